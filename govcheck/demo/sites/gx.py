"""示范高新区管理委员会 (gx) at www.sfgx.gov.cn: a portal whose homepage 要闻 is a page of its news host.

Its homepage shows 要闻 (news, 2 days) in an iframe of a page that news.sfgx.gov.cn, another host of its government's
domain, serves; its own blocks are older: 工作动态 (news) 20 days, 通知公告 (notice) 30 days. A reader of the
homepage's own HTML finds it stale. 工作动态 is stale; 要闻 and 通知公告 are within their limits. 政策解读 (policy, 6
days) lists titles alone; its articles show their 发布日期 in Chinese numerals (二〇二六年十一月二十日), as a 公文's
落款 does, and carry no PubDate; so do 规范性文件's (policy, 12 days), their zero a circle (二○二六年), as many a
公文 writes it. 统计公报 holds the zone's yearly 国民经济和社会发展统计公报, the last one put up 250 days ago: a yearly
report, not a 政策文件 column for the 公报 in its name, and not stale. 统计快讯 holds the zone's monthly statistics
releases, the last one 25 days ago: no 动态要闻 column for the 快讯 in its name, and not stale; nor is 采购公告, the
zone's procurement notices, its last 200 days ago (notices that come as purchases do: no 通知公告 column of the
office's). 管委会令 lists the committee's own orders (its 规章: policy, 200 days), a stale first-level policy column.
政府文件 (policy, 15 days) lists titles alone, each a 关于印发《…》的通知; its articles show 来源：… and then the date,
unlabelled, each in a <small> of its own, as cwl.gov.cn's template writes them, and carry no PubDate: the 印发 of a
heading just over that line names no cell of a table (成文日期 …), and the column is fresh.
园区动态 (news, 8 days) lists titles alone, fifteen characters each; its articles' template (hodesoft's) puts a search
box before the heading, 发布日期检索 从 [ ] 至 [ ], whose label is no publication date's, and shows the date unlabelled
under the heading: read from that label, the window after it would cut the date (2026-11-1…) and date the column 25
days back, stale; it is fresh.
Its menu ends with 市政府文件, the city's own list on the city's host (www.sfshi.gov.cn, another government's domain),
as 柘城's 政府文件 page links its city's, province's and State Council's (realpage 22): that page shows no 网站标识码,
its documents 200 days old and more. No column of the zone's (read as one, a stale first-level policy column more).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path
from govcheck.demo.sites.sy import CITY_FILES, CITY_HOST

# 园区动态's titles, fifteen characters each
PARK_TITLES = ("示范高新区召开安全生产工作会议", "示范高新区召开招商引资推进会议", "示范高新区开展防汛应急演练活动",
               "示范高新区举办重点项目签约仪式", "示范高新区召开经济运行分析会议", "示范高新区企业服务中心揭牌运行")


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "区", 180000)
    headlines = mk.column("要闻", "/yw/index.html", "news", 2, 12, "gov_news", trs_path("/yw/"), gap=3)
    news = mk.column("工作动态", "/gzdt/index.html", "news", 20, 10, "gov_news", trs_path("/gzdt/"), gap=5)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 30, 8, "notice", trs_path("/tzgg/"), gap=10)
    listed = urlsplit(env.bases[meta.site_id])
    frame = listed._replace(netloc=f"{meta.also_serves[0]}:{listed.port}", path="/frames/yw.html").geturl()
    # titles alone; its articles show 发布日期 in Chinese numerals (二〇二六年十一月二十日) and no PubDate
    readings = mk.column("政策解读", "/zcjd/index.html", "policy", 6, 6, "policy", lambda d, i: f"/zcjd/{i}.html",
                         gap=20, paging="next", undated=True, article_style="cn")
    # the same, the zero a circle (二○二六年十一月十四日)
    rules = mk.column("规范性文件", "/gfxwj/index.html", "policy", 12, 5, "policy", lambda d, i: f"/gfxwj/{i}.html",
                      gap=40, paging="next", undated=True, article_style="cnc")
    # titles alone, each a 关于印发《…》的通知; its articles show 来源 and then the date unlabelled, no PubDate
    files = mk.column("政府文件", "/zfwj/index.html", "policy", 15, 5, "policy", lambda d, i: f"/zfwj/{i}.html",
                      gap=30, paging="next", undated=True, article_style="source")
    for item, name in zip(files.items, ("企业研发费用补助办法", "高层次人才引进实施细则", "安全生产责任清单",
                                        "政务公开工作要点", "标准厂房租赁管理办法"), strict=True):
        item.title = f"示范高新区管理委员会关于印发《示范高新区{name}》的通知"
    # titles alone, fifteen characters each; its articles' template (hodesoft's) puts a search box, 发布日期检索 从 [ ]
    # 至 [ ], before the heading, and the date unlabelled under it, no PubDate
    park = mk.column("园区动态", "/yqdt/index.html", "news", 8, 6, "gov_news", lambda d, i: f"/yqdt/{i}.html", gap=6,
                     paging="next", undated=True, article_style="hode")
    for item, title in zip(park.items, PARK_TITLES, strict=True):
        item.title = title
    # one 统计公报 a year: no policy column for its 公报
    bulletins = mk.column("统计公报", "/tjgb/index.html", "other", 250, 5, "other", trs_path("/tjgb/"), gap=365)
    # monthly releases: no news column for its 快讯
    flashes = mk.column("统计快讯", "/tjkx/index.html", "other", 25, 8, "other", trs_path("/tjkx/"), gap=30)
    # procurement notices, as purchases come: no 通知公告 column
    purchases = mk.column("采购公告", "/cggg/index.html", "other", 200, 6, "notice", trs_path("/cggg/"), gap=40)
    # the committee's own orders: its 规章
    orders = mk.column("管委会令", "/gwhl/index.html", "policy", 200, 4, "policy", trs_path("/gwhl/"), gap=90)
    # its menu's 市政府文件: the city's own list on the city's host, showing no 网站标识码 (柘城's 政府文件 page's
    # 市政府文件, realpage 22): another government's page, no column of the zone's
    city = urlsplit(env.bases["sy"])
    city = city._replace(netloc=f"{CITY_HOST}:{city.port}", path=CITY_FILES)
    return Site(meta, cms="trs", columns=[headlines, news, notices, readings, rules, bulletins, flashes, purchases,
                                          orders, files, park],
                blocks=[Block("要闻", 8, frame_url=frame), Block("工作动态", 8), Block("通知公告", 6)],
                menu_away=(("市政府文件", city.geturl()),))
