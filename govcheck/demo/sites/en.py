"""示范市人民政府英文网 (en): the city government's English sub-site.

Its lists, homepage blocks and articles (Updated: Nov 25, 2026 17:06) write dates in English, at addresses that
carry a year and month but no day (/news/202611/25/content_WS674501.html: the day a folder of its own). News (a news
column: its page's ColumnName is the type's key), last updated a day before the check date, keeps the homepage
fresh; Policies (60 days, a name the indicators time no type by) is older.
"""

from __future__ import annotations

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
    return Site(meta, cms="generic", columns=[news, policies],
                blocks=[Block("News", 6, "en"), Block("Policies", 4, "en")])
