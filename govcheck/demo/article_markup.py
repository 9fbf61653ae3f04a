"""A demo article page."""

from __future__ import annotations

import re
from datetime import timedelta

from govcheck.demo.channels import letter_page
from govcheck.demo.chrome import page, position
from govcheck.demo.column import Column, Item
from govcheck.demo.list_rows import listed
from govcheck.demo.markup import cn_date, esc, fmt_date
from govcheck.demo.model import Site

# --- articles, homepage, site map, error pages -----------------------------------------------------------

def article(site: Site, col: Column, item: Item, bases: dict[str, str]) -> str:
    shown = item.article_date or item.published
    when = f"{shown.isoformat()} {item.hour}" if shown else ""
    when = "1970-01-01 08:00:00" if item.epoch else when  # the CMS's empty time, Unix time 0 in Beijing
    source = site.meta.sponsor
    paras = [f"{item.title}。",
             f"近日，{source}认真贯彻落实上级部署要求，结合实际推进相关工作，现将有关情况公布如下。",
             "一是提高思想认识，压实工作责任；二是聚焦重点任务，细化工作措施；三是加强督促检查，确保取得实效。",
             "下一步，将持续跟踪工作进展，及时公开相关信息，主动接受社会监督。"]
    paras = list(item.text) or paras
    attach = ""
    if item.attachments:
        attach = '<div class="attachments"><p>附件：</p><ul>' + "".join(
            f'<li><a href="{esc(p)}">附件{k + 1}：{esc(item.title)}（{k + 1}）.{p.rsplit(".", 1)[-1]}</a></li>'
            for k, p in enumerate(item.attachments)) + "</ul></div>"
    if item.related:
        attach += '<div class="xgyd"><h4>相关阅读</h4><ul>' + "".join(
            f'<li><a href="{esc(r.path)}">{esc(r.title)}</a><span>发布时间：{r.published:%Y-%m-%d}</span></li>'
            for r in item.related) + "</ul></div>"
    if col.article_box:  # the column's newest, beside each of its articles, as its list shows them
        attach += (f'<div class="lmzx"><h4>{esc(col.name)}</h4>{listed(col, col.items[:col.article_box])}'
                   "</div>")
    box = {"trs": "TRS_Editor", "hanweb": "zoom", "generic": "article-content"}[site.cms]
    attr = f'id="{box}"' if site.cms == "hanweb" else f'class="{box}"'
    line = f"发布时间：{when}" if when else ""
    info = f'<div class="article-info"><span>{line}</span>　<span>来源：{esc(source)}</span></div>'
    metas = {"ColumnName": col.heading or col.name, "ArticleTitle": item.title, "ContentSource": source}
    if when:
        metas["PubDate"] = when
    if col.article_style == "gkml" and shown:  # the document's facts in a table; no 发布时间 line
        written = item.written or shown
        info = ('<table class="xxgk-info"><tr><td>索引号：</td><td>' + esc(item.path.rsplit("/", 1)[-1].split(".")[0])
                + f"</td><td>发布机构：</td><td>{esc(source)}</td></tr><tr><td>{col.written_label}：</td>"
                  f"<td>{written:%Y-%m-%d}</td><td>发布日期：</td><td>{shown:%Y-%m-%d}</td></tr></table>")
    if col.article_style == "fagao" and shown:  # 发稿时间 (a label of TRS's), no PubDate
        info = f'<div class="pwz">发稿时间：{shown:%Y-%m-%d} {item.hour}　来源：{esc(source)}</div>'
        metas.pop("PubDate", None)
    if col.article_style == "bare" and shown:  # 动易: an unlabelled date, then 作者 and 点击数; no PubDate
        info = f'<div class="info">{shown:%Y-%m-%d} {item.hour}　作者：{esc(source)}　点击数：128</div>'
        metas.pop("PubDate", None)
    if col.article_style == "ucap" and shown:  # the page's generation time as its PubDate; the date line unlabelled
        info = (f'<div class="article-info"><ul><li>{shown:%Y年%m月%d日} {item.hour.replace(":", "时")}分</li>'
                f"<li>来源: {esc(source)}</li></ul></div>")
        # the site's pages all generated again the day after its newest item
        generated = f"{max(i.published for i in col.items if i.published) + timedelta(days=1):%Y-%m-%d} 10:16:14"
        metas.update({"PubDate": generated, "others": f"页面生成时间 {generated}"})
    if col.article_style in ("cn", "cnc") and shown:  # in Chinese numerals, as a 公文's 落款: 二〇二六年十一月二十日
        zero = "○" if col.article_style == "cnc" else "〇"  # cnc: its zero a circle, 二○二六年
        info = f'<div class="info">发布日期：{cn_date(shown, zero)}　来源：{esc(source)}</div>'
        metas.pop("PubDate", None)
    if col.article_style == "source" and shown:  # 来源, then the date unlabelled in a <small> of its own; no PubDate
        info = (f'<div class="info"><small>来源：<span>{esc(source)}</span></small><small class="sj-zh">'
                f"&nbsp;&nbsp;&nbsp;&nbsp;{shown:%Y-%m-%d} {item.hour}</small></div>")
        metas.pop("PubDate", None)
    if col.article_style == "datespan" and shown:  # 日期：… and 来源 in <span>s under the heading (realpage 94)
        info = (f'<div class="xl_tit2"><span style="margin-right:10px">日期：{shown:%Y-%m-%d} {item.hour}</span>'
                f'<span style="margin-right:10px">来源：{esc(source)}</span></div>')
    search = ""
    if col.article_style == "fcg" and shown:  # 防城港's (realpage 99): the date in a hidden box of the article's
        # fields for its scripts, then unlabelled before 来源 under the heading; PubDate the day the site's pages were
        # last generated, no 生成时间 meta saying so
        search = "".join(f'<div id="NewsArticle{k}" style="display:none;">{esc(v)}</div>' for k, v in (
            ("Title", item.title), ("Source", source), ("PubDay", f"{shown:%Y-%m-%d}")))
        info = (f'<div class="article-inf fn-clear"><div class="article-inf-left">{shown:%Y-%m-%d} {item.hour}'
                f"&nbsp;&nbsp;&nbsp;&nbsp;来源：{esc(source)}</div></div>")
        newest = max(i.published for c in site.columns for i in c.items if i.published)
        metas["PubDate"] = f"{newest:%Y-%m-%d} 10:10"
    if col.article_style == "coltitle" and shown:  # 重庆市文旅委's (realpage 110): a hidden tip for old browsers over
        # the heading, 日期：… in <span>s under it, a <title> naming the column, no PubDate
        search = ('<div class="ie-jr" style="display: none;"><div class="ie-tip"><p>当前浏览器版本过低，建议升级到'
                  "Internet Explorer 9及以上版本或者安装Chrome内核浏览器获得最佳浏览体验。<a>查看详情</a></p>"
                  "</div></div>")
        info = (f'<div class="zwxl-bar"><span class="tit">日期：</span><span class="con">{shown:%Y-%m-%d}</span>'
                f'<span class="tit">来源：</span><span class="con">{esc(source)}</span></div>')
        metas.pop("PubDate", None)
    if col.article_style == "hode" and shown:  # hodesoft's: a search box before the heading, the date unlabelled
        search = ('<table class="search"><tr><td>发布日期检索</td></tr><tr><td>从 <input name="strStartTime"></td>'
                  '</tr><tr><td>至 <input name="strEndTime"></td></tr></table>')
        info = f'<div class="info">{shown:%Y-%m-%d} {item.hour}:16 李罗保 王世春</div>'  # its authors, unlabelled
        metas.pop("PubDate", None)
    if col.article_style == "en" and shown:  # an English sub-site's: Updated: Nov 25, 2026 17:06, no PubDate
        info = f'<div class="info">Updated: {fmt_date(shown, "en")} {item.hour}</div>'
        metas.pop("PubDate", None)
    if col.article_style == "dede" and shown:  # DedeCMS's default article template: <small>时间:</small>, no PubDate
        aid = re.search(r"(\d+)\.html$|aid=(\d+)", item.path)
        info = (f'<div class="info"><small>时间:</small>{shown:%Y-%m-%d} {item.hour}<small>来源:</small>'
                f'{esc(source)} <small>作者:</small>admin <small>点击:</small><script src="/plus/count.php?view=yes'
                f'&amp;aid={aid and (aid[1] or aid[2])}&amp;mid=1" type="text/javascript" language="javascript">'
                "</script>次</div>")
        metas.pop("PubDate", None)
    if col.article_style == "dedeplain":  # the same template without its 时间: the article shows no date
        info = f'<div class="info"><small>来源:</small>{esc(source)} <small>作者:</small>admin</div>'
    if col.article_style in ("dede", "dedeplain"):  # no meta of its column nor of itself
        metas = {}
    if col.article_style == "letter":  # a letter of a mailbox: its dates and its reply, no 发布时间 line
        info, paras = letter_page(item, col.layout), []
        metas.pop("PubDate", None)
    body = (f'{position(site, col)}\n{search}<div class="article"><h1 class="article-title">{esc(item.title)}</h1>'
            f"{info}"
            f'<div {attr}>' + "".join(f"<p>{esc(p)}</p>" for p in paras) + f"</div>{attach}"
            '<div class="article-tools"><a href="#top">返回顶部</a> <a href="javascript:window.print()">打印本页</a> '
            '<a href="javascript:window.close()">关闭窗口</a></div></div>')
    # Dede's {dede:field.title/}_{dede:global.cfg_webname/}
    sep = "_" if col.article_style in ("dede", "dedeplain") else " - "
    title = f"{col.name}_{site.meta.name}" if col.article_style == "coltitle" else f"{item.title}{sep}{site.meta.name}"
    return page(site, title, body, bases, metas, side=True)
