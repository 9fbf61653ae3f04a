"""The newest item date of every saved list page is the one tests/fixtures/realpages/README.md states."""

from datetime import date, timedelta

import pytest

from govcheck.cms import parse_list
from govcheck.cms.endpoints import find_endpoints, parse_endpoint
from tests.cms.pages import REAL_URLS, real, real_text

# The newest date of each list page's README row ("facts to assert"); 03, 28, 29, 32 and 33 are homepages' newest
# items.
NEWEST = {
    "01-ordos-egb-xxgknb.html": date(2020, 9, 3),
    "03-yichun-home-2023.html": date(2023, 10, 11),
    "04-yuanzhou-zwyw-2017.html": date(2017, 10, 13),
    "06-fengcheng-fcxw-2017.html": date(2017, 10, 13),
    "11-dingxi-hanweb-datastore-2022.html": date(2022, 1, 20),
    "14-ndrc-tz-2026.html": date(2026, 8, 27),
    "15-jsfzggw-tzgg-2026.html": date(2026, 8, 28),
    "16-zjfzggw-xzgfxwj-2026.html": date(2026, 6, 5),  # row 17: the answer of the endpoint page 16 names
    "18-wanzai-wzyw-2017.html": date(2017, 10, 13),
    "19-zhangshu-zhxx-2017.html": date(2017, 10, 19),
    "20-yctravel-lykb-2017.html": date(2017, 9, 28),
    "22-zhecheng-zfwj-2018.html": date(2018, 7, 6),
    "23-zhecheng-fzggw-2018.html": date(2018, 7, 23),
    "24-stats-zxfb-2020.html": date(2020, 1, 9),
    "25-antu-lyxx-2021.html": date(2021, 6, 9),
    "26-scedu-jyyw-2021.html": date(2021, 1, 8),
    "27-cwl-tzgg-2020.html": date(2020, 12, 23),
    "28-gxpopss-home-2019.html": date(2019, 5, 23),  # the homepage's newest, dated by its address alone
    "29-cwl-home-2020.html": date(2020, 12, 29),
    "30-pds-ywjy-2020.html": date(2020, 3, 17),
    "31-bjchy-twdt-2021.html": date(2021, 4, 16),
    "32-hdzfxxgk-home-2020.html": date(2020, 8, 2),
    "33-zhecheng-home-2018.html": date(2018, 7, 27),
}
# Pages whose list a script loads, and the saved answer of the endpoint it loads from.
ANSWERS = {"16-zjfzggw-xzgfxwj-2026.html": "17-zjfzggw-xzgfxwj-2026-unit.json"}


def newest_item_date(page: str, as_of: date) -> date | None:
    """The newest date parse_list reads; for a shell page, the newest its endpoint's saved answer gives."""
    sel, url = real(page)
    items = parse_list(sel, url, as_of=as_of).items
    if not items and page in ANSWERS:
        answer = ANSWERS[page]
        assert REAL_URLS[answer] in [e.url for e in find_endpoints(sel, url)]
        items = parse_endpoint(real_text(answer), url, as_of=as_of).items
    return max((i.date for i in items if i.date), default=None)


@pytest.mark.parametrize(("page", "newest"), NEWEST.items(), ids=[p.split("-")[0] for p in NEWEST])
def test_newest_item_date(page, newest):
    assert newest_item_date(page, newest + timedelta(days=1)) == newest
