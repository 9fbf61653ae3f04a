"""示范市农业农村局 (nyj): a bureau whose homepage boxes show the day the page is served beside rows that were put up
long before, as real portals draw them, and whose fresh items are a picture and its caption, a letter answered and a
Vue template's rows.

Its homepage's blocks, 农业动态 (news, 40 days: stale) and 通知公告 (notice, 25 days), are stale. Beside them:
- 今日关注: the newest of 图片新闻 (news, 3 days) shown as one picture and its caption, both linking the article, in a
  box named for no slide, no heading, no date shown: a fresh item, which would keep it fresh alone;
- 12345热线: five 工单 of the city's hotline, each row showing the day the page is served (its template prints the
  day it draws the box), each 工单's page published 18 to 34 days before;
- 今日头条: four of the province's news relayed on the site, each row showing the day the page is served, each
  article published 20 to 41 days before;
- 今日值班: one row, 值班安排 and the day, linking the duty page (a page of text, no item);
- 值班安排: the week's duty roster, a table of a row per day from two days before the check to four after it (日期 |
  星期 | 带班领导, each leader's name linking the leader's page, a page of text | 值班人员): each day a duty's, no
  publication's;
- 局长信箱: four letters in a table (标题 | 留言时间 | 状态 | 回复时间), two asked 1 and 4 days before the check and
  not answered yet (未回复, 处理中: no reply date), two answered 2 and 38 days before it (asked 30 and 45 days
  before): a letter is the office's publication when it is answered, the day it was asked a visitor's (the newest
  answered one dates the homepage: 2 days);
- 农事动态 (news, 1 day): a Vue template's row (<li v-for="n in news">) an inline script mounts with its data, the
  column's six newest (title, address, date), Vue loaded from a file of the site's: no row of it in the markup;
- 在线访谈: a 预告 dated 9 days after the check (the interview's day), its page put up 25 days before;
- 本站最后更新：<the day the page is served>, a line of the site's, no item's;
- 政务微博: the bureau's four newest posts on its weibo account (1 to 4 days before the check), rows an inline script
  writes from an array of its own: another site's posts, no item of the site's;
- 省政府信息: four more of the province's news relayed on the site, rows an inline script writes from an array of its
  own, each the day the page is served, each article published 22 to 38 days before;
- 专题专栏: three banners, each a picture linking a 专题's folder, its alt naming the day of its event (2 to 6 days
  before the check): a 专题's page is no item, its day no publication.
The homepage's last update is 农事动态's (1 day; the letter answered 2 days before, the picture's 3 days): the site
passes, 政策文件 (policy, 200 days) stale, 5 points off.
Each row whose box shows another day than its article's is a suspected faked date for a person (date_mismatch).
"""

from __future__ import annotations

import json
from datetime import timedelta

from govcheck.demo.column import Item
from govcheck.demo.home_markup import home_block_inline
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, image, trs_path, undated_path
from govcheck.demo.web import Reply

TICKETS = (("关于城郊菜市场周边占道经营的诉求", 18), ("关于农村公路路面破损维修的诉求", 21),
           ("关于灌溉渠道清淤的诉求", 25), ("关于耕地地力保护补贴发放的咨询", 30), ("关于畜禽养殖异味扰民的投诉", 34))
WEIBO = ("【天气提醒】寒潮来袭，请做好农作物防冻工作", "全市冬小麦田间管理技术指导", "农产品质量安全抽检结果公布",
         "高标准农田建设项目验收工作启动")
FEED2 = (("全省农业农村工作会议召开", 22), ("省政府出台扶持粮食生产十条措施", 27), ("全省春耕备耕工作部署会召开", 31),
         ("省农业农村厅发布农资打假专项行动方案", 38))
TOPICS = (("nmjqh", "农民丰收节庆祝活动", 2), ("lsaq", "全国粮食安全宣传周", 4), ("xczx", "乡村振兴现场推进会", 6))
FEED = (("全省秋冬种工作推进会召开", 20), ("省政府常务会议研究部署粮食安全工作", 26),
        ("全省高标准农田建设现场会召开", 33), ("省农业农村厅部署冬季农业生产", 41))

LEADERS = ("王建国", "李卫东", "张晓明")
VUE = Reply(200, {"Content-Type": "application/javascript; charset=utf-8"}, b"/*! Vue.js v2.7.16 */\n")
# (title, asked, status, replied: days before the check)
LETTERS = (("关于村道路灯损坏无人维修的反映", 1, "未回复", None), ("关于土地流转合同纠纷的咨询", 4, "处理中", None),
           ("关于耕地地力保护补贴发放时间的咨询", 30, "已回复", 2),
           ("关于农机购置补贴申请条件的咨询", 45, "已回复", 38))


def mailbox(mk, pages: dict) -> tuple[str, list[Item]]:
    """局长信箱's table of letters, and each answered one as the item it makes (published the day it was answered)."""
    rows, answered = [], []
    for n, (title, asked, status, replied) in enumerate(LETTERS):
        path, on = f"/jzxx/xj/{771200 + n}.html", mk.day(asked)
        reply = f"{mk.day(replied):%Y-%m-%d}" if replied is not None else ""
        rows.append(f'<tr><td><a href="{path}" target="_blank">{title}</a></td><td>{on:%Y-%m-%d}</td>'
                    f"<td>{status}</td><td>{reply}</td></tr>")
        pages[path] = (title, f"<table><tr><th>留言标题</th><td>{title}</td></tr><tr><th>留言时间</th>"
                              f"<td>{on:%Y-%m-%d}</td></tr><tr><th>办理状态</th><td>{status}</td></tr>"
                              f"<tr><th>回复时间</th><td>{reply}</td></tr></table>")
        if replied is not None:
            answered.append(Item(title, path, mk.day(replied)))
    return ("<table><tr><th>标题</th><th>留言时间</th><th>状态</th><th>回复时间</th></tr>" + "".join(rows)
            + "</table>", answered)


def roster(as_of) -> str:
    """The week's duty roster: a row per day, two days before `as_of` to four after it, each day's leader linked."""
    rows = "".join(
        f"<tr><td>{d:%Y-%m-%d}</td><td>星期{'一二三四五六日'[d.weekday()]}</td>"
        f'<td><a href="/ldzc/ld{n % 3}.html" target="_blank">{LEADERS[n % 3]}</a></td><td>值班员{n + 1}</td></tr>'
        for n, d in enumerate(as_of + timedelta(days=k) for k in range(-2, 5)))
    return f"<table><tr><th>日期</th><th>星期</th><th>带班领导</th><th>值班人员</th></tr>{rows}</table>"


def vue_box(col) -> str:
    """A box whose rows a Vue template draws from the data an inline script mounts it with (title, url, date)."""
    data = json.dumps([{"title": i.title, "url": i.path, "date": f"{i.published:%Y-%m-%d}"} for i in col.items[:6]],
                      ensure_ascii=False).replace("</", "<\\/")
    return (f'<div class="nsdt"><div class="nsdt-hd">{col.name}</div><ul id="nsdt-app"><li v-for="n in news" '
            ':key="n.url"><a :href="n.url" target="_blank">{{ n.title }}</a><span>{{ n.date }}</span></li></ul>'
            '</div>\n<script src="/js/vue.min.js"></script>\n'
            f"<script>\nnew Vue({{ el: '#nsdt-app', data: {{ news: {data} }} }});\n</script>\n")


def _page(title: str, published, text: str) -> tuple[str, str]:
    return title, (f'<div class="article-info"><span>发布时间：{published:%Y-%m-%d} 10:00</span></div>'
                   f"<p>{text}</p>")


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 820000)
    today = f"{env.as_of:%Y-%m-%d}"

    def col(name: str, folder: str, type_: str, newest: int, pool: str, path=None):
        return mk.column(name, f"/{folder}/index.html", type_, newest, 8, pool, path or trs_path(f"/{folder}/"),
                         gap=9)

    pictures = col("图片新闻", "tpxw", "news", 3, "gov_news", undated_path("/tpxw/"))
    farming = col("农事动态", "nsdt", "news", 1, "gov_news")
    columns = [col("农业动态", "nydt", "news", 40, "gov_news"), col("通知公告", "tzgg", "notice", 25, "notice"),
               pictures, col("政策文件", "zcwj", "policy", 200, "policy"), farming]
    pages, shown = {}, []
    # each row shows the day the page is served (the preview its interview's day), its article its own date
    tickets = [Item(t, f"/rx12345/gd/{582310 + n}.html", env.as_of, article_date=mk.day(d))
               for n, (t, d) in enumerate(TICKETS)]
    feed = [Item(t, f"/szyw/content_{920100 + n}.html", env.as_of, article_date=mk.day(d))
            for n, (t, d) in enumerate(FEED)]
    preview = Item("【预告】市农业农村局局长谈高标准农田建设", "/zxft/content_930001.html",
                   env.as_of + timedelta(days=9), article_date=mk.day(25))
    for i in tickets:
        pages[i.path] = _page(i.title, i.article_date, "诉求内容：群众来电反映相关问题。办理结果：已转相关单位办理。")
    for i in feed:
        pages[i.path] = _page(i.title, i.article_date, "本文转自省人民政府网站。")
    pages[preview.path] = _page(preview.title, preview.article_date,
                                f"访谈时间：{preview.published:%Y-%m-%d} 09:30，访谈嘉宾：市农业农村局局长。")
    pages["/zbap/index.html"] = ("值班安排", "<p>本局实行24小时值班制度，值班电话：0799-8239820。</p>")
    for n, leader in enumerate(LEADERS):
        pages[f"/ldzc/ld{n}.html"] = (leader, f"<p>{leader}，市农业农村局领导，负责局机关日常工作。</p>")
    topics = [(f"/ztzl/{slug}/index.html", f"{name}（{mk.day(d):%Y年%m月%d日}）") for slug, name, d in TOPICS]
    for path, alt in topics:
        pages[path] = (alt, f"<p>{alt}，本专题集中发布相关工作动态和政策解读。</p>")
    # the script's rows show the day the page is served; no list of the page shows them (no date compared)
    feed2 = [Item(t, f"/szyw/content_{920200 + n}.html", mk.day(d)) for n, (t, d) in enumerate(FEED2)]
    for i in feed2:
        pages[i.path] = _page(i.title, i.published, "本文转自省人民政府网站。")
    written = [Item(i.title, i.path, env.as_of) for i in feed2]
    posts = [Item(t, f"https://weibo.com/7712345678/P{n}x{env.as_of:%m%d}", mk.day(n + 1))
             for n, t in enumerate(WEIBO)]
    pic = pictures.items[0]
    letters, answered = mailbox(mk, pages)
    shown += [pic, *tickets, *feed, *feed2, preview, *answered, *farming.items[:6]]
    rows = lambda items: "".join(  # noqa: E731 - one line per row
        f'<li><a href="{i.path}" target="_blank" title="{i.title}">{i.title}</a><span>{i.published:%Y-%m-%d}</span>'
        "</li>" for i in items)
    html = (f'<div class="jrgz"><div class="jrgz-hd">今日关注</div><div class="pic"><a href="{pic.path}" '
            f'target="_blank"><img src="/images/jrgz.jpg" alt="{pic.title}"></a></div><p class="tit">'
            f'<a href="{pic.path}" target="_blank">{pic.title}</a></p></div>\n'
            f'<div class="rx12345"><div class="rx-hd">12345热线</div><ul>{rows(tickets)}</ul></div>\n'
            f'<div class="jrtt"><div class="jrtt-hd">今日头条</div><ul>{rows(feed)}</ul></div>\n'
            f'<div class="zbxx"><div class="zbxx-hd">今日值班</div><ul><li><a href="/zbap/index.html">值班安排</a>'
            f"<span>{today}</span></li><li>带班领导：王建国</li><li>值班电话：0799-8239820</li></ul></div>\n"
            f'<div class="zbap"><div class="zbap-hd">值班安排</div>{roster(env.as_of)}</div>\n'
            f'<div class="jzxx"><div class="jzxx-hd">局长信箱</div>{letters}</div>\n'
            + vue_box(farming) +
            f'<div class="zxft"><div class="zxft-hd">在线访谈</div><ul>{rows([preview])}</ul></div>\n'
            f'<div class="zhgx">本站最后更新：{today}</div>\n'
            f'<div class="zwwb"><div class="zwwb-hd">政务微博</div>{home_block_inline(90, posts)}</div>\n'
            f'<div class="szfxx"><div class="szfxx-hd">省政府信息</div>{home_block_inline(91, written)}</div>\n'
            '<div class="ztzl"><div class="ztzl-hd">专题专栏</div><ul>' + "".join(
                f'<li><a href="{path}" target="_blank"><img src="/images/zt{n}.jpg" alt="{alt}"></a></li>'
                for n, (path, alt) in enumerate(topics)) + "</ul></div>")
    return Site(meta, cms="trs", columns=columns, blocks=[Block("农业动态", 6), Block("通知公告", 6)],
                pages=pages, raw={"/js/vue.min.js": VUE, **{p: image() for p in (
                    "/images/jrgz.jpg", *(f"/images/zt{n}.jpg" for n in range(3)))}},
                homepage_html=html, home_items=shown)
