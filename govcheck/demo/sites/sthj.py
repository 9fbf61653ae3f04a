"""示范市生态环境局 (sthj): a department site behind a web application firewall that refuses crawlers.

Every page answers a crawler (a User-Agent naming govcheck or Scrapy, or none of a browser's) 403 禁止访问, a plain
page of the firewall's with no challenge script; a browser gets every page. Its columns are fresh: 环保动态
(news, 3 days), 通知公告 (notice, 20 days). The site can be reached: a probe refused as a crawler is no failed probe
when a browser's request answers.
"""

from __future__ import annotations

from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path

WAF_PAGE = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>403 禁止访问</title></head><body>'
            "<h1>403 禁止访问</h1><p>您的请求被拒绝，请使用浏览器访问本网站。</p>"
            "<p>事件编号：20261201-8f2a</p></body></html>")


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 260000)
    news = mk.column("环保动态", "/hbdt/index.html", "news", 3, 10, "gov_news", trs_path("/hbdt/"), gap=3)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 20, 8, "notice", trs_path("/tzgg/"), gap=10)
    return Site(meta, cms="trs", columns=[news, notices], blocks=[Block("环保动态", 6), Block("通知公告", 6)])
