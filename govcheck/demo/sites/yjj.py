"""示范市应急管理局 (yjj): a homepage whose every box a script file fills from data that does not come.

Its three boxes, 应急要闻, 通知公告 and 政策文件, are empty lists, each beside a script file of the site's
(/js/fill-<n>.js) that fetches its rows from /api/home-<n>.json, which answers 500: a visitor sees the boxes empty
while the site's backend is down, and what they hold is unknown. Its only dates are its own: a 今日 line with the
day's weather, and 网站最后更新 the day before the inspection, the site's line, no item. The homepage is not read:
unverified, never stale, nor a navigation page judged by its columns, whose newest (应急要闻's, 20 days) is stale.
政策文件's script file itself is gone (/js/fill-2.js answers 404): its box is as unknown. Beside them the homepage
loads third-party widgets (a counter, the 找错 widget, …) refused off loopback: they fill no box, and it is the
site's own requests the homepage's warning names.
"""

from __future__ import annotations

from datetime import timedelta

from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path
from govcheck.demo.sites.lk import WIDGETS


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 770000)
    news = mk.column("应急要闻", "/yjyw/index.html", "news", 20, 8, "gov_news", trs_path("/yjyw/"), gap=4)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 40, 6, "notice", trs_path("/tzgg/"), gap=15)
    policies = mk.column("政策文件", "/zcwj/index.html", "policy", 60, 5, "policy", trs_path("/zcwj/"), gap=20)
    today = env.as_of
    bar = (f'<div class="today">今日：{today.year}年{today.month}月{today.day}日 示范市 晴 3~12℃</div>'
           f'<div class="site-update">网站最后更新：{today - timedelta(days=1)}</div>')
    return Site(meta, cms="trs", columns=[news, notices, policies],
                blocks=[*(Block(c.name, 6, filled=True, fails=True) for c in (news, notices)),
                        Block(policies.name, 6, filled=True, fails="script")],
                homepage_html=bar + WIDGETS.format(code=meta.site_code))
