"""示范市住房公积金管理中心 (gjj): a department site whose consultation lists show each message's reply day in ways
govcheck must read as the reply's, never as the day the public asked, or (咨询投诉) show it on its letters' pages.

Its homepage shows no 中心动态 block: its boxes alone (通知公告, 20 days) read stale, but its 在线咨询 box dates it
fresh by a reply (5 days, below). 12345热线办件 lists the hotline's work orders under 工单标题 | 受理时间 |
办结时间 | 办理状态 (the time of day too): answered within days but one, 办理中 for 100 days (flagged for a
person), one 重复件 of 150 days (no valid message: not flagged), and one whose 办结时间 precedes its 受理时间 (a slip:
its status says it is answered; not flagged). It is dated by its newest 办结时间 (3 days), not its newest 受理时间 (5
days), and is typed other (the profile names no 12345 column), so not timed. 主任信箱 (interaction) lists its letters
as entries, each a title over a line 来信时间：…　回复时间：…　状态：已回复: all four answered within weeks, the
newest came 95 days ago and was answered 60 days ago. Its replies are what the indicators time: it is not stale,
though its newest letter is older than 3 months. 咨询投诉 (interaction) lists 信件标题 | 来信时间 | 办理状态
alone, each letter's 回复时间 on its own page: the newest came 100 days ago and was answered 80 days ago (not stale,
though the list shows no day newer than 100 days), one waits since 130 days (flagged for a person). 信件选登, the
letters the centre publishes (interaction, a consultation column as 留言选登 is), lists them the same way: the newest
came 40 days ago and was answered 30 days ago, one 已受理 since 110 days (flagged for a person). 网上留言
(interaction) lists them as Lonsun's guestbook does (www.ahxx.gov.cn's 县长信箱): no table, a <ul> of labels
留言时间 | 办理状态 | 信件类型 | 信件编号 | 信件标题 | 受理单位 over a <ul> per letter, a <li> each cell, each
letter's own page showing its reply's day as Lonsun's does (答复单位：…　答复时间：… in one line, after an automatic
预答复时间 of the day the letter came): the newest came 100 days ago and was answered 85 days ago (not stale,
though the list shows no day newer than 100 days), one 办理中 since 120 days (flagged for a person). 在线咨询
(interaction) lists 信件标题 | 来信时间 alone, each letter's page as Lonsun's, which shows no 答复情况 at all while
the letter waits (its 来信时间 and the automatic 预答复时间 alone): one waits since 110 days (flagged for a person).
留言咨询 (interaction) is 网上留言's layout, its newest letter 办理中 since 60 days, its page showing no reply:
the letter's day is no reply, so the column is as new as its newest reply, 100 days ago (stale), never fresh by the
day the public asked. Its homepage's 在线咨询 box lists 在线咨询's letters as Lonsun's homepage boxes do, an <li>
of <p>s of labels (信件标题 | 来信时间 | 办理状态) over an <li> a letter, a <p> each cell: its newest letter, asked
yesterday, waits, and is no update of the site's; the one answered 5 days ago (its reply's day on its own page)
keeps the homepage fresh. The site passes.
"""

from __future__ import annotations

from govcheck.demo.channels import mailbox
from govcheck.demo.model import Block, Item, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 970000)
    news = mk.column("中心动态", "/zxdt/index.html", "news", 2, 10, "gov_news", trs_path("/zxdt/"), gap=3)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 20, 8, "notice", trs_path("/tzgg/"), gap=10)
    # (title, days before the check asked, status, days before the check answered or None)
    hotline = mailbox("12345热线办件", "/hdjl/rxbj/", env.as_of, [
        ("咨询公积金贷款额度计算方式", 5, "已办结", 3), ("反映公积金提取到账慢的问题", 20, "已办结", 12),
        ("咨询退休提取所需材料", 60, "已办结", 62), ("关于异地转移接续的诉求", 100, "办理中", None),
        ("重复反映单位未缴存公积金", 150, "重复件", None), ("关于贷款审批进度的诉求", 200, "已办结", 195)],
        per_page=10, layout="hotline")
    hotline.type = "other"
    letters = mailbox("主任信箱", "/hdjl/zrxx/", env.as_of, [
        ("咨询公积金缴存基数调整", 95, "已回复", 60), ("关于租房提取额度的建议", 120, "已回复", 100),
        ("反映贷款审批材料繁琐", 150, "已回复", 140), ("咨询灵活就业人员缴存", 200, "已回复", 190)],
        per_page=10, layout="msglabels")
    asks = mailbox("咨询投诉", "/hdjl/zxts/", env.as_of, [
        ("咨询贷款提前还款手续", 100, "已回复", 80), ("关于提取审核进度的咨询", 120, "已回复", 100),
        ("反映缴存证明开具不便", 130, "未回复", None), ("咨询公积金账户合并", 160, "已回复", 150),
        # 已回复 in the list, its page's 回复时间 120 days after its 来信时间: answered late
        ("咨询公积金贷款提前结清手续", 210, "已回复", 90)],
        per_page=10, layout="msgstatus")
    published = mailbox("信件选登", "/hdjl/xjxd/", env.as_of, [
        ("咨询缴存比例调整时间", 40, "已回复", 30), ("反映服务大厅排队时间长", 110, "已受理", None),
        ("咨询商业贷款转公积金贷款", 150, "已回复", 140)], per_page=10, layout="msgstatus")
    guestbook = mailbox("网上留言", "/hdjl/wsly/", env.as_of, [
        ("咨询公积金异地贷款政策", 100, "已回复", 85), ("反映单位未按时缴存公积金", 120, "办理中", None),
        ("咨询冲还贷业务办理流程", 170, "已回复", 160)], per_page=10, layout="msgul")
    online = mailbox("在线咨询", "/hdjl/zxzx/", env.as_of, [
        ("咨询公积金账户密码重置", 1, "", None), ("咨询公积金贷款申请条件", 20, "", 5),
        ("反映公积金提取审核超时", 110, "", None),
        ("咨询缴存证明打印方式", 140, "", 130)], per_page=10, layout="msgplainls")
    waiting = mailbox("留言咨询", "/hdjl/lyzx/", env.as_of, [
        ("咨询公积金贷款额度上限", 60, "办理中", None), ("反映提取业务到账慢", 130, "已回复", 100),
        ("咨询退休提取所需证明", 150, "已回复", 140)], per_page=10, layout="msgul")
    for col in (hotline, letters, asks, published, guestbook, online, waiting):
        col.article_style = "letter"
    site = Site(meta, cms="trs", columns=[news, notices, hotline, letters, asks, published, guestbook, online,
                                          waiting],
                blocks=[Block("通知公告", 6)])
    site.channels.add("consultation")
    site.homepage_html = letters_box(online, ("办理中", "已回复", "待回复"))
    answered = online.items[1]  # the homepage is as new as the reply its box leads to
    site.home_items.append(Item(answered.title, answered.path, answered.reply))
    return site


def letters_box(col, statuses: tuple[str, ...]) -> str:
    """A homepage's letters box as Lonsun's: an <li> of <p>s of labels over an <li> per letter, a <p> each cell."""
    rows = "".join(f'<li><p class="bt"><a href="{i.path}" target="_blank">{i.title}</a></p><p class="sj">'
                   f'{i.published:%Y-%m-%d}</p><p class="zt">{status}</p></li>'
                   for i, status in zip(col.items, statuses, strict=False))
    return ('<div class="xzxx"><div class="hd"><h3>在线咨询</h3><a href="/hdjl/zxzx/index.html">更多</a></div><ul>'
            '<li class="tit"><p class="bt">信件标题</p><p class="sj">来信时间</p><p class="zt">办理状态</p></li>'
            f"{rows}</ul></div>")
