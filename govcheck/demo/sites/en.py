"""示范市人民政府英文网 (en): the city government's English sub-site.

Its lists, homepage blocks and articles (Updated: Nov 25, 2026 17:06) write dates in English, at addresses that
carry a year and month but no day (/news/202611/25/content_WS674501.html: the day a folder of its own). News (a news
column: its page's ColumnName is the type's key), last updated a day before the check date, keeps the homepage
fresh; Policies (60 days, a name the indicators time no type by) is older. Its Notices 通知公告 (a notice column, 180
days) are dated month first under a two-digit year, as its English template writes them (11/10/26: 10 November 2026,
never 26 October 2011), each in the first days of its month, where the figures could be either: the folders of their
addresses tell the order (/202611/10/). Its Bulletins (not timed) are dated day first, as a British template writes
them (24/11/26: 24 November 2026, never 26 November 2024), the folders of their addresses telling the order too.
"""

from __future__ import annotations

from datetime import date

from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "", 170000)

    def path(slug):
        return lambda d, i: f"/{slug}/{d:%Y%m}/{d:%d}/content_WS{i}.html"

    news = mk.column("News", "/news/index.html", "news", 1, 10, "en_news", path("news"), gap=4, style="en",
                     paging="next", article_style="en")
    policies = mk.column("Policies", "/policies/index.html", "other", 60, 5, "en_policy", path("policies"), gap=30,
                         style="en", paging="next", article_style="en")
    notices = mk.column("Notices 通知公告", "/notices/index.html", "notice", 16, 4, "en_policy", path("notices"),
                        gap=30, style="mdy", paging="next", article_style="en")
    # the 10th of this month (of the month before until the 10th: no notice after the check), the 9th of the month
    # before, …: days under 13
    latest = env.as_of.year * 12 + env.as_of.month - 1 - (env.as_of.day < 10)
    for k, item in enumerate(notices.items):
        month = latest - k
        item.published = date(month // 12, month % 12 + 1, 10 - k)
        item.path = path("notices")(item.published, int(item.path.rsplit("WS", 1)[1].split(".")[0]))
    bulletins = mk.column("Bulletins", "/bulletins/index.html", "other", 2, 4, "en_news", path("bulletins"), gap=8,
                          style="dmyy", paging="next", article_style="en")
    return Site(meta, cms="generic", columns=[news, policies, notices, bulletins],
                blocks=[Block("News", 6, "en"), Block("Policies", 4, "en")])
