"""示范市信访局 (xfj): a department site whose homepage is fresh only by its 头条, whose article a rate limiter
answers 429 every time govcheck asks (its server counts a crawler's requests; a visitor's pace passes).

Over its blocks the homepage shows one headline, a title alone in an <h3> at an address that carries no date
(/xfdt/content_N.html): the newest item of 信访动态 (news, 1 day), whose article alone would show its date. The blocks
under it are older: 通知公告 (notice) 20 days, 政策法规 (policy) 45 days. Its article never read, the homepage's
freshness is unknown: no homepage veto, a person checks (首页未能读取). 信访公告 (notice) shows no dates: of its
first three articles the first answers 503 every time, the second resets the connection, the third shows no date
at all: unverified (a newer date may be on those not read), never stale for the one read (two broken links, 0.2 off).
Its 局长信箱 (interaction) lists letters under 标题 | 留言时间 | 办理状态 | 回复时间: the newest came 100 days ago and
was answered 15 days later, 85 days ago, each letter answered within the month: its replies are within the 3 months
the indicators allow, so it is not stale, though its newest letter is older than that. 互动访谈 lists three interviews
with the bureau's head, the newest 400 days old: an interview asks no reply, so the interaction columns' 3 months do
not time it (other, not stale), whatever its name's 互动 says.
The site passes, the homepage uncertain.
"""

from __future__ import annotations

from govcheck.demo.channels import mailbox
from govcheck.demo.column import Column, Item
from govcheck.demo.model import Block, PlantedLink, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path, undated_path
from govcheck.demo.web import Reply

LIMITED = Reply(429, {"Content-Type": "text/html; charset=utf-8", "Retry-After": "1"},
                b"<html><body><h1>429 Too Many Requests</h1></body></html>")


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 830000)
    news = mk.column("信访动态", "/xfdt/index.html", "news", 1, 10, "gov_news", undated_path("/xfdt/"), gap=3,
                     paging="next")
    # the blocks under the 头条, both older than the homepage's limit
    notices, policies = (mk.column(name, f"/{d}/index.html", kind, newest, count, kind, trs_path(f"/{d}/"), gap=gap)
                         for name, d, kind, newest, count, gap in (("通知公告", "tzgg", "notice", 20, 8, 10),
                                                                    ("政策法规", "zcfg", "policy", 45, 6, 20)))
    # undated: its articles alone tell its dates, and of the first three only the last opens, showing none
    bulletins = mk.column("信访公告", "/xfgg/index.html", "notice", 30, 3, "notice", undated_path("/xfgg/"), gap=20,
                          undated=True, fail="articles_mixed")
    # its letters all answered within the month, the newest 85 days ago
    letters = mailbox("局长信箱", "/hdjl/jzxx/", env.as_of, [
        ("关于信访事项复查程序的咨询", 100, "已回复", 85), ("反映拆迁补偿款未到位的问题", 130, "已回复", 110),
        ("咨询网上信访办理进度查询方式", 160, "已回复", 150)], per_page=10)
    # interviews, the newest over a year old: no reply to time
    talks = Column("互动访谈", "/hdjl/hdft/index.html", "other", [
        Item(f"“{topic}”在线访谈", f"/hdjl/hdft/{d:%Y%m}/t{d:%Y%m%d}_{k}.html", d)
        for k, (topic, d) in enumerate(((t, mk.day(ago)) for t, ago in (
            ("依法逐级走访 畅通信访渠道", 400), ("网上信访 让群众少跑腿", 480), ("信访工作条例解读", 560))), 1)])
    head = news.items[0]
    site = Site(meta, cms="trs", columns=[news, notices, policies, bulletins, letters, talks],
                blocks=[Block("通知公告", 6), Block("政策法规", 5)], headline=head, headline_status=429,
                # a rate limit says nothing of the page: unverified, never broken
                links=[PlantedLink(head.path, source, head.title, "rate_limited", "unverified")
                       for source in ("/", news.path)]
                + [PlantedLink(i.path, bulletins.path, i.title, category, "broken")
                   for i, category in zip(bulletins.items, ("http_5xx", "connection_reset"), strict=False)])
    site.channels.add("consultation")
    site.raw[head.path] = LIMITED
    first, second, third = bulletins.items
    site.raw[first.path] = Reply(503, {"Content-Type": "text/html; charset=utf-8"},
                                 b"<html><body><h1>503 Service Unavailable</h1></body></html>")
    site.raw[second.path] = Reply(action="reset")
    site.raw[third.path] = Reply(200, {"Content-Type": "text/html; charset=utf-8"}, (
        f"<html><head><title>{third.title}</title></head><body><h1>{third.title}</h1><div class=\"content\">"
        "<p>为进一步规范信访秩序，依法维护信访人合法权益，现将有关事项公告如下。</p></div></body></html>").encode())
    return site
