"""The demo's consultation channels and services entries, with what a correct audit must find in them.

A mailbox column lists messages with their question date, status and reply date (Item.published, status,
reply); a services page leads to 办事指南 pages, each labelling some of the eight key elements. A site that gets
neither (most demo sites) must be found to have no consultation channel and no services entry. The limits below
are the indicators' (国办秘函〔2019〕19号), kept apart from data/ on purpose, as in truth.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

from govcheck.demo.column import Column, Item
from govcheck.demo.model import Site

REPLY_DAYS = 90  # 超过3个月未回应
WINDOW_DAYS = 365  # 监测时间点前1年内
ELEMENTS = ("事项名称", "设定依据", "申请条件", "办理材料", "办理地点", "办理时间", "联系电话", "办理流程")
# the labels a guide writes for each element: synonyms on purpose (受理条件, 所需材料, 咨询电话, 法定依据)
LABELS = {"事项名称": "事项名称", "设定依据": "法定依据", "申请条件": "受理条件", "办理材料": "所需材料",
          "办理地点": "办理地点", "办理时间": "办理时间", "联系电话": "咨询电话", "办理流程": "办理流程"}
SERVICES_PAGE = "/bsfw/index.html"


@dataclass(frozen=True)
class Guide:
    path: str
    name: str  # the 事项 the guide is for
    missing: tuple[str, ...] = ()  # the key elements it leaves out


# msgplain: 标题 | 来信时间 alone, each letter's reply (its 回复时间, left empty while it waits) on its own page;
# hotline: a 12345 hotline's 工单标题 | 受理时间 | 办结时间 | 办理状态; msglabels: an entry a letter, its title then
# 来信时间：…　回复时间：…　状态：… in a line under it; msgstatus: 信件标题 | 来信时间 | 办理状态 in words, each
# letter's reply day on its own page alone; msgul: Lonsun's guestbook list, msgstatus's as a <ul> of labels over a
# <ul> per letter (留言时间 | 办理状态 | 信件类型 | 信件编号 | 信件标题 | 受理单位, a <li> each);
# msgplainls: msgplain's list, each letter's page as Lonsun's (no 答复情况 at all while it waits); msgewcms:
# msgstatus's list, each letter's page as ewcms's (德安, 瑞昌): each label a <strong>, its value after it;
# msgdate: ewcms's interaction list (类型 | 标题 | 受理单位 | 状态 | 日期, a bare 日期 the letter's), its pages
# ewcms's; msgminmore: MinMore's DirectorMail list (来信主题 | 状态 | 时间 | 受理单位, 已回复 or 未回复, a bare 时间
# the letter's) on a page that names itself by its heading alone, no consultation name (realpages/63)
MESSAGE_LAYOUTS = ("messages", "msgicons", "msgplain", "hotline", "msglabels", "msgstatus", "msgul", "msgplainls",
                   "msgewcms", "msgdate", "msgminmore")
PLAIN = ("msgplain", "msgplainls")  # lists of 信件标题 | 来信时间 alone: a letter waits while its page shows no reply
# the layouts whose list (or, msgstatus and msgul, whose letters' pages) show each reply's day: as new as its newest
# reply
REPLY_DATED = ("messages", "hotline", "msglabels", "msgstatus", "msgul", "msgewcms", "msgdate", "msgminmore")
# statuses of a message not answered yet, as platforms write them: 已受理 and 已转办 say it was received or passed on
WAITING = ("未回复", "处理中", "待回复", "已受理", "已转办", "办理中")
# msgplain: a letter answered whose page shows the reply but no 回复时间 (its status, which the list does not show)
ANSWERED_UNDATED = "已回复"
STATUS_ICONS = {"已回复": "/images/xx/yhf.png", "未回复": "/images/xx/whf.png"}  # msgicons: each status a picture


def message_table(items: list[Item], icons: bool = False, plain: bool = False, layout: str = "messages") -> str:
    """A mailbox list page: 标题 | 留言时间 | 办理状态 | 回复时间, one row a message; `icons`: 信件标题 | 来信时间 |
    状态, each status a picture that says it in its alt and title only (no reply date); `plain`: 信件标题 |
    来信时间; `layout` hotline or msglabels (MESSAGE_LAYOUTS)."""
    if layout == "hotline":
        rows = "\n".join(f'<tr><td class="title"><a href="{escape(i.path)}" target="_blank">{escape(i.title)}</a></td>'
                         f"<td>{i.published:%Y-%m-%d %H:%M}</td><td>{f'{i.reply:%Y-%m-%d %H:%M}' if i.reply else ''}"
                         f"</td><td>{escape(i.status)}</td></tr>" for i in items)
        return ('<table class="gdlb" width="100%">\n<tr><th>工单标题</th><th>受理时间</th><th>办结时间</th>'
                f"<th>办理状态</th></tr>\n{rows}\n</table>")
    if layout in ("msgstatus", "msgewcms"):
        rows = "\n".join(f'<tr><td class="title"><a href="{escape(i.path)}" target="_blank">{escape(i.title)}</a></td>'
                         f"<td>{i.published:%Y-%m-%d}</td><td>{escape(i.status)}</td></tr>" for i in items)
        return (f'<table class="xxlb" width="100%">\n<tr><th>信件标题</th><th>来信时间</th><th>办理状态</th></tr>\n'
                f"{rows}\n</table>")
    if layout == "msgdate":  # ewcms's interaction/list.jsp: the letter's day under a bare 日期 beside its 状态
        return _ewcms_list(items)
    if layout == "msgminmore":  # MinMore's DirectorMail/Index/index.php: the day the letter came under a bare 时间
        rows = "\n".join(f'<tr><td><a href="{escape(i.path)}">{escape(i.title)}</a></td><td>{escape(i.status)}</td>'
                         f"<td>{i.published:%Y-%m-%d} 09:42:17</td><td>局办公室</td></tr>" for i in items)
        return ('<div class="mailbox-data-list"><table><thead><tr><th>来信主题</th><th>状态</th><th>时间</th>'
                f"<th>受理单位</th></tr></thead><tbody>\n{rows}\n</tbody></table></div>")
    if layout == "msgul":  # www.ahxx.gov.cn's 县长信箱 (Lonsun): no table, a <ul> a row, a <li> a cell
        rows = "\n".join(
            f'<ul class="{"even" if k % 2 else "odd"}"><li class="t0">{i.published:%Y-%m-%d}</li><li class="t5"><span>'
            f'{escape(i.status)}</span></li><li class="t1">我要咨询</li><li class="t2">{i.published:%Y%m%d}{k + 1:03d}'
            f'</li><li class="t3"><a href="{escape(i.path)}" target="_blank" title="{escape(i.title)}"><font>'
            f'{escape(i.title)}</font></a></li><li class="t4">局办公室</li></ul>' for k, i in enumerate(items))
        return ('<div class="guestbook-table" id="message_list">\n<ul class="guestbook_title">'
                '<li class="t0">留言时间</li><li class="t5">办理状态</li><li class="t1">信件类型</li>'
                '<li class="t2">信件编号</li><li class="t3">信件标题</li><li class="t4">受理单位</li></ul>\n'
                f"{rows}\n</div>")
    if layout == "msglabels":
        rows = "\n".join(f'<li><a href="{escape(i.path)}" target="_blank">{escape(i.title)}</a><p class="xx-info">'
                         f"<span>来信时间：{i.published:%Y-%m-%d}</span><span>回复时间："
                         f"{f'{i.reply:%Y-%m-%d}' if i.reply else ''}</span><span>状态：{escape(i.status)}</span></p>"
                         "</li>" for i in items)
        return f'<ul class="xxlb">\n{rows}\n</ul>'
    if plain:
        rows = "\n".join(f'<tr><td class="title"><a href="{escape(i.path)}" target="_blank">{escape(i.title)}</a></td>'
                         f"<td>{i.published.isoformat()}</td></tr>" for i in items)
        return (f'<table class="xxlb" width="100%">\n<tr><th>信件标题</th><th>来信时间</th></tr>\n{rows}\n'
                "</table>")
    if icons:
        rows = "\n".join(
            f'<tr><td class="title"><a href="{escape(i.path)}" target="_blank">{escape(i.title)}</a></td>'
            f"<td>{i.published.isoformat()}</td><td><img src=\"{STATUS_ICONS[i.status]}\" alt=\"{escape(i.status)}\" "
            f'title="{escape(i.status)}"></td></tr>' for i in items)
        head = "<tr><th>信件标题</th><th>来信时间</th><th>状态</th></tr>"
    else:
        rows = "\n".join(
            f'<tr><td class="title"><a href="{escape(i.path)}" target="_blank">{escape(i.title)}</a></td>'
            f"<td>{i.published.isoformat() if i.published else ''}</td><td>{escape(i.status)}</td>"
            f"<td>{i.reply.isoformat() if i.reply else ''}</td></tr>" for i in items)
        head = "<tr><th>标题</th><th>留言时间</th><th>办理状态</th><th>回复时间</th></tr>"
    return f'<table class="xxlb" width="100%">\n{head}\n{rows}\n</table>'



def _ewcms_list(items: list[Item]) -> str:
    """ewcms's interaction list (component_da's main_interaction.html as its script writes it)."""
    head = "".join(f'<td{w} background="images/an_bg.jpg"><div align="center">{t}</div></td>' for w, t in (
        (' width="60" height="25"', "类型"), ("", "标题"), (' width="100"', "受理单位"), (' width="60"', "状态"),
        (' width="60"', "日期")))
    rows = "\n".join(
        f'<tr bgcolor="{"#F2F2F2" if k % 2 else "#FFFFFF"}"><td height="22"><div align="center">咨询</div></td>'
        f'<td><div align="left"><a class=hui href="{escape(i.path)}" target=_blank>{escape(i.title)}</a></div></td>'
        f'<td><div align="center">局办公室</div></td><td><div align="center">{escape(i.status)}</div></td>'
        f'<td><div align="center">{i.published:%Y-%m-%d}</div></td></tr>' for k, i in enumerate(items))
    return ('<table width="100%"  border="1" cellpadding="3" cellspacing="1" bordercolor="#FFFFFF" bgcolor="#CCCCCC" '
            f'class="hui">\n<tr bgcolor="#F0F0F0">{head}</tr>\n{rows}\n</table>')


def mailbox(name: str, folder: str, as_of: date, messages: list[tuple[str, int, str, int | None]],
            per_page: int = 4, layout: str = "messages") -> Column:
    """A consultation column: (title, days before as_of asked, status, days before as_of replied or None); its
    layout one of MESSAGE_LAYOUTS."""
    items = []
    for k, (title, asked, status, replied) in enumerate(messages):
        day = as_of - timedelta(days=asked)
        items.append(Item(title, f"{folder}{day:%Y%m}/t{day:%Y%m%d}_{k + 1}.html", day, status=status,
                          reply=as_of - timedelta(days=replied) if replied is not None else None))
    return Column(name, f"{folder}index.html", "interaction", items, layout=layout, paging="next",
                  per_page=per_page)


# a 县长信箱 whose list is on another host than the portal's (柘城's at letter.zhangjixi.com:8005, 瑞昌's at a bare
# IP): the homepage's link leads there, the list its letters, one left unanswered for five months
ELSEWHERE_LIST = "/xjxx/index.html"


def letters_elsewhere(as_of: date) -> Column:
    return mailbox("县长信箱", "/xjxx/", as_of, [("关于城区供暖不足的反映", 150, "未回复", None),
                                             ("关于学校门口交通拥堵的建议", 60, "已回复", 50)], per_page=10)


def mailbox_elsewhere(site: Site, name: str, base: str) -> None:
    """The homepage's consultation channel `name`, a link to the letters list another host (`base`) serves."""
    site.home_links.append((base.rstrip("/") + ELSEWHERE_LIST, name))
    site.letters_at = base
    site.channels.add("consultation")


def letter_page(item: Item, layout: str = "") -> str:
    """A letter's own page (msgplain's): 来信时间, 回复单位 and 回复时间 in a table, the reply below, or 回复时间 left
    empty and 暂未回复 while it waits; msgul's as Lonsun's (lonsun_letter)."""
    if layout in ("msgul", "msgplainls"):
        return lonsun_letter(item)
    if layout in ("msgewcms", "msgdate"):
        return ewcms_letter(item)
    reply = f"{item.reply:%Y-%m-%d}" if item.reply else ""
    # ANSWERED_UNDATED: the reply's text shown, its 回复时间 left empty (the office never set it)
    text = "您好！您反映的问题已转相关科室办理，现答复如下：……" if item.reply or item.status == ANSWERED_UNDATED \
        else "暂未回复"
    return ('<table class="xjxq"><tr><th>来信人</th><td>张**</td><th>来信时间</th>'
            f"<td>{item.published:%Y-%m-%d}</td></tr><tr><th>回复单位</th><td>局办公室</td><th>回复时间</th>"
            f'<td>{reply}</td></tr></table><div class="hfnr"><h4>回复内容</h4><p>{escape(text)}</p></div>')


def lonsun_letter(item: Item) -> str:
    """A letter's page as www.ahxx.gov.cn's (Lonsun) shows it: 来信时间 in a table's cell, an automatic 预答复 of the
    day it came (预答复时间, no reply of the office's), then 答复情况: 答复单位 and 答复时间 in one line over the
    reply; no 答复情况 while it waits."""
    asked = f"{item.published:%Y-%m-%d} 11:10"
    answer = "" if item.reply is None else (
        '<tr><th class="tit">答复情况：</th><td class="nrtxt" colspan="3"><div class="dfbox clearfix">'
        f'<div class="clearfix">\n    答复单位：局办公室   \n    答复时间：\n    {item.reply:%Y-%m-%d} 16:57    </div>'
        '<div class="dfyj"><p>答复意见：</p><p>尊敬的来信人：您好！您反映的问题已核实办理，现答复如下：……</p></div>'
        "</div></td></tr>")
    return ('<table class="liuyancon" width="100%"><tr><th class="tit">信件编号：</th>'
            f'<td class="nr">{item.published:%Y%m%d}001</td><th class="tit">来信时间：</th><td class="nr">{asked}</td>'
            '</tr><tr><th class="tit">智能预答复情况：</th><td class="nrtxt" colspan="3"><div class="message_info fr">'
            f'<span class="lxsj">预答复时间：{asked}</span></div></td></tr>{answer}</table>')


def ewcms_letter(item: Item) -> str:
    """A letter's page as ewcms's interaction/detail.jsp shows it (德安县, 瑞昌市): each label a <strong> and its value
    the text after it (<strong>回复时间：</strong>2019-01-09), the reply below; 办理中 and 回复时间 empty while it
    waits."""
    state = "已回复" if item.reply else "办理中"
    reply = "" if item.reply is None else '<div class="text_detail">您好！您反映的问题已核实办理，现答复如下：……</div>'
    return ('<div id="letter_detail"><div class="source">\n<span><strong>编号：</strong>'
            f"{item.published:%Y%m%d}0012</span>\n<span><strong>咨询人：</strong>张**</span>\n"
            f"<span><strong>提交时间：</strong>{item.published:%Y-%m-%d}</span><span>\n<strong>受理单位：</strong>"
            "局办公室</span>\n</div>\n<div class=\"text_detail\">\n<strong>受理状态：</strong>\n"
            f"{state}\n</div>\n<div class=\"text_detail\">\n<strong>回复单位：</strong>局办公室<br />\n"
            f"<strong>回复时间：</strong>{f'{item.reply:%Y-%m-%d}' if item.reply else ''}\n{reply}\n</div></div>")


def letter_box(site: Site, name: str, path: str) -> None:
    """A consultation channel that is a letter form on the homepage's links (no list of messages)."""
    site.home_links.append((path, name))
    site.pages[path] = (name, '<form class="xx" action="#"><p>姓名：<input name="xm"></p>'
                              '<p>标题：<input name="bt"></p><p>内容：<textarea name="nr"></textarea></p>'
                              "<p>我们将在5个工作日内答复。</p></form>")
    site.channels.add("consultation")


# a hotline's page with a form to write in, as a town portal's 网上诉求 form is laid out (realpages/71): a 反映内容
# textarea, its 提交 a button whose script posts the form; beside it a form that looks a reply up by its number
HOTLINE_FORM = (
    '<p>{org}12345政务服务便民热线：拨打12345，7×24小时人工接听；也可在下方在线提交您的咨询、求助、投诉和建议。</p>'
    '<form method="post" action="/rx12345/search/">受理编号：<input type="text" name="handle_id">查询密码：'
    '<input type="password" name="password"><input type="submit" value="查询"></form>'
    '<form name="myform" action="/rx12345/handle" method="post">'
    '<dl><dt>诉求主题：</dt><dd><input type="text" name="title" maxlength="50"></dd></dl>'
    '<dl><dt>反映内容：</dt><dd><textarea id="content" name="content" rows="8" cols="120"></textarea></dd></dl>'
    '<dl><dt>用户姓名：</dt><dd><input type="text" name="contact_name"></dd></dl>'
    '<dl><dt>手机号码：</dt><dd><input type="text" name="mobile" maxlength="11"></dd></dl>'
    '<dl><dt></dt><dd><input type="button" value="提&nbsp;&nbsp;交" onclick="checkdata()">'
    '<input type="reset" value="重&nbsp;&nbsp;置"></dd></dl></form>')


def hotline_form(site: Site, name: str, path: str, org: str) -> None:
    """A consultation channel that is a hotline whose page lists no calls but offers a form to write in: a working
    channel for questions, as a letter form is."""
    site.home_links.append((path, name))
    site.pages[path] = (name, HOTLINE_FORM.format(org=escape(org)))
    site.channels.add("consultation")


def guide_body(guide: Guide, org: str) -> str:
    values = {"事项名称": guide.name, "设定依据": "《中华人民共和国行政许可法》及相关规定",
              "申请条件": "申请人具有完全民事行为能力，材料齐全、符合法定形式", "办理材料": "申请表；身份证复印件",
              "办理地点": f"{org}政务服务中心一楼综合窗口", "办理时间": "工作日 9:00-12:00，13:30-17:00",
              "联系电话": "0799-6212000", "办理流程": "申请—受理—审查—决定—送达"}
    rows = "".join(f"<tr><th>{LABELS[e]}</th><td>{escape(values[e])}</td></tr>"
                   for e in ELEMENTS if e not in guide.missing)
    return f'<table class="bszn">{rows}</table>'


def services(site: Site, entry: str, guides: list[Guide], org: str) -> None:
    """A services entry on the homepage, leading to a page of 办事指南."""
    site.home_links.append((SERVICES_PAGE, entry))
    links = "".join(f'<li><a href="{g.path}">{escape(g.name)}</a></li>' for g in guides)
    site.pages[SERVICES_PAGE] = (entry, f'<div class="links"><h3>办事指南</h3><ul>{links}</ul></div>')
    for g in guides:
        site.pages[g.path] = (f"{g.name}办事指南", guide_body(g, org))
    site.guides += guides
    site.channels.add("services")


def message_truth(col: Column, base: str, as_of: date) -> list[dict]:
    """The messages a correct audit flags: asked within the year, unanswered after three months, or answered late."""
    out = []
    for n, page in enumerate(col.pages()):
        for i in page:
            asked = i.published
            if asked is None or (as_of - asked).days > WINDOW_DAYS:
                continue
            # a reply date before the question is none: a database's empty date (1900-01-01) the list shows
            reply = i.reply if i.reply is not None and i.reply >= asked else None
            late = reply is not None and (reply - asked).days > REPLY_DAYS
            # msgplain: the letter's page shows its 回复时间 empty (msgplainls: no 答复情况) while it waits
            waiting = reply is None and (i.status in WAITING or (col.layout in PLAIN and i.status != ANSWERED_UNDATED))
            open_ = waiting and (as_of - asked).days > REPLY_DAYS
            if late or open_:
                out.append({"check": "unanswered_message", "page": base.rstrip("/") + col.page_path(n),
                            "found": f"{i.title}（{asked.isoformat()}）"})
    return out


def channel_truth(site: Site, base: str, as_of: date, home: str) -> list[dict]:
    """The interaction and services findings a correct audit makes of a site whose homepage it read; a site's
    missing channel is shown on `home`, the homepage its list gives (a platform's subsite's folder, a moved name)."""
    out = []
    if "consultation" not in site.channels:
        out.append({"check": "no_consultation", "page": home, "found": None})
    if "services" not in site.channels:
        out.append({"check": "no_services", "page": home, "found": None})
    for col in site.columns:
        if col.layout in MESSAGE_LAYOUTS:
            out += message_truth(col, base, as_of)
    if site.letters_at:  # its list read on the host its link leads to, as a visitor reads it
        out += message_truth(letters_elsewhere(as_of), site.letters_at, as_of)
    for g in site.guides:
        if g.missing:
            out.append({"check": "guide_incomplete", "page": base.rstrip("/") + g.path,
                        "found": "、".join(e for e in ELEMENTS if e in g.missing)})
    return out
