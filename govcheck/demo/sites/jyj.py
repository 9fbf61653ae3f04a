"""示范市教育局 (jyj): a Hanweb-like department site in GBK whose homepage has not been updated.

The homepage shows nothing newer than as_of-20; the 通知公告 column holds 45 records over 3 groups,
the first embedded in a ``<datastore>``, the others fetched by POST from ``dataproxy.jsp``; 教育动态 (news, 3
days) sorts its 60 records oldest first, its newest in its fourth and last group; 人事信息's records sit in
jpage's older form, an array of row strings in the page's script (var InitData48103=[…]). 政策文件's page shows, before
its list, a box of 通知公告's oldest records in a datastore of their own (a second jpage unit). 教育督导 is empty: its
datastore holds no record, and nothing else on the page says so; 领导信息, a static page, shows its leaders in
short lines beside an empty list box its template keeps. Its 活动预告 box lists
three notices by the days their events are held (活动时间, up to yesterday), and its 公示公告 box shows titles alone,
one ending with the day the notice is about (five days ago), a weather box shows today's date beside a link (星期四
and ℃, 周四 and °C), a line of the site's own in a box named "ft" says 网站更新时间 today beside its links, and a
国务院要闻 block lists the national government's news of the last days at its own site: no day the homepage was
updated. Its 县长信箱 is a link to a letters list on another host, a letter there unanswered for five months.
"""

from __future__ import annotations

from govcheck.demo.channels import mailbox_elsewhere
from govcheck.demo.column import Column
from govcheck.demo.list_rows import BLANK_GIF
from govcheck.demo.markup import esc
from govcheck.demo.model import EXTERNAL_IP, Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, hanweb_path


def hanweb_column(mk: Maker, name: str, col_id: int, type_: str, newest: int, count: int, pool: str,
                  gap: int, **kw) -> Column:
    col = mk.column(name, f"/col/col{col_id}/index.html", type_, newest, count, pool, hanweb_path(col_id), gap=gap,
                    paging="hanweb", layout="hanweb", **kw)
    col.hanweb_id = col_id
    return col


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 56000)
    notice = hanweb_column(mk, "通知公告", 8101, "notice", 20, 45, "notice", 4)
    policy = hanweb_column(mk, "政策文件", 8102, "policy", 35, 12, "policy", 15)
    personnel = hanweb_column(mk, "人事信息", 8103, "personnel", 60, 10, "personnel", 20)
    # its records oldest first, 60 over four groups: its newest (3 days) in the last
    news = hanweb_column(mk, "教育动态", 8107, "news", 3, 60, "gov_news", 2, order="asc")
    personnel.hanweb_array = True  # its records in jpage's older form: var InitData48103=['<li>…', …]
    # 政策文件's page shows first, in a box on its left, a unit of 通知公告's oldest records (half a year old): a
    # datastore of its own before the list's
    policy.unit_before = (8101, "往期公告", tuple(notice.items[-3:]))
    # empty: its datastore holds no record (totalrecord 0, jpage's totalRecord: 0), and nothing else says so
    inspection = Column("教育督导", "/col/col8105/index.html", "other", paging="hanweb", layout="hanweb",
                        hanweb_id=8105)
    duty = Column("机构职能", "/col/col8104/index.html", "other", static_html=(
        "<p>示范市教育局是市人民政府工作部门，负责全市教育事业发展规划、基础教育、职业教育和教师队伍建设等工作。</p>"
        "<p>内设办公室、基础教育科、职业与成人教育科、人事科、计划财务科等科室。</p>"))
    # the leaders' page: a picture and short lines (名, 职务, 分工), no sentence, beside the empty list box its
    # template keeps: a static page
    leaders = Column("领导信息", "/col/col8106/index.html", "other", static_html=(
        f'<div class="ld"><p><img src="{BLANK_GIF}" width="120" height="160"></p><p>局长：张明华</p>'
        "<p>主持市教育局全面工作</p><p>副局长：刘建国</p><p>负责基础教育、教育督导</p><p>副局长：陈丽</p>"
        '<p>负责职业教育、计划财务</p></div><ul class="list"></ul>'))
    site = Site(meta, cms="hanweb", charset="gbk", header_charset=True, meta_charset=False,
                columns=[notice, policy, personnel, news, inspection, duty, leaders],
                blocks=[Block("通知公告", 7), Block("政策文件", 5), Block("人事信息", 5)])
    events = "".join(f'<li><a href="{esc(item.path)}">{esc(item.title)}</a>'
                     f"<span>活动时间：{mk.day(held):%Y-%m-%d}</span></li>"
                     for item, held in zip(notice.items, (1, 3, 6), strict=False))
    # titles alone, one ending with the day the notice is about (five days ago), not the day it was published
    item = notice.items[3]
    called = f"{esc(item.title)}（{mk.day(5):%Y年%m月%d日}）"
    # a weather box whose one row shows today's date beside a link
    today = mk.day(0)
    weather = (f'<div class="weather"><ul><li><a href="{esc(notice.path)}">天气预报</a> {today:%Y年%m月%d日} '
               f'星期{"一二三四五六日"[today.weekday()]} 小雨 3~8℃</li>'
               # another way to write it: the weekday as 周四, degrees as °C
               f'<li><a href="{esc(notice.path)}">城区天气</a> {today:%m-%d} 周{"一二三四五六日"[today.weekday()]} '
               "晴转多云 2/12°C</li></ul></div>")
    # the site's own line under the page, today's date beside its links, in a box its template calls "ft"
    stamp = (f'<div class="ft"><p>版权所有：示范市教育局 <a href="/wzdt/">网站地图</a> <a href="/lxwm/">联系我们</a> '
             f"网站更新时间：{today:%Y-%m-%d}</p></div>")
    # the national government's news, fresh, at its own site: not this site's updates
    national = env.bases[EXTERNAL_IP].rstrip("/")
    state = "".join(f'<li><a href="{national}/yw/{k}.html">国务院常务会议部署第{k}项重点工作</a>'
                    f"<span>{mk.day(k):%Y-%m-%d}</span></li>" for k in range(1, 6))
    # its 县长信箱 on another host (柘城's at letter.zhangjixi.com:8005): a letter there unanswered for five months
    mailbox_elsewhere(site, "县长信箱", national)
    site.homepage_html = (
        f'<div class="block"><div class="block-hd"><h3>国务院要闻</h3></div><ul>{state}</ul></div>'
        f'{weather}{stamp}<div class="block"><div class="block-hd"><h3>活动预告</h3></div><ul>{events}</ul></div>'
        f'<div class="block"><div class="block-hd"><h3>公示公告</h3></div><ul><li><a href="{esc(item.path)}">{called}'
        f'</a></li><li><a href="{esc(notice.items[4].path)}">{esc(notice.items[4].title)}</a></li></ul></div>')
    return site
