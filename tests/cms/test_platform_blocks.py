"""A platform subsite's homepage blocks whose owner no address tells (a Hanweb department's: every site's articles
under /art/), grouped by their articles' column ids."""

from __future__ import annotations

from datetime import date

from govcheck.cms.base import ListItem
from govcheck.cms.listing import ListBlock
from govcheck.cms.platform_blocks import column_ids, owner_unknown

HOST = "http://www.sfcity.gov.cn"
FOLDER = "www.sfcity.gov.cn/col/col2001/"
SINCE = date(2026, 11, 17)  # 14 days before 2026-12-01


def block(col: int, *days: date, host: str = HOST) -> ListBlock:
    items = [ListItem(f"第{n}条", f"{host}/art/{d.year}/{d.month}/{d.day}/art_{col}_{n}.html", d, None)
             for n, d in enumerate(days)]
    return ListBlock(items=items, rows=len(items), shown=len(items))


def test_a_blocks_column_ids_are_its_articles():
    assert column_ids(block(13, date(2026, 11, 30), date(2026, 11, 20)).items) == {"13"}
    assert column_ids([ListItem("a", f"{HOST}/col/col13/index.html", None, None)]) == frozenset()


def test_only_the_blocks_that_alone_keep_the_homepage_fresh_are_asked_one_article_a_column():
    city = block(13, date(2026, 11, 30), date(2026, 11, 27))
    city_more = block(13, date(2026, 11, 29))  # the same column's box: one question for both
    own = block(2002, date(2026, 10, 20), date(2026, 10, 15))  # stale whoever's it is: not asked
    groups = owner_unknown([own, city, city_more], FOLDER, SINCE)
    assert [g.lead for g in groups] == [city.items[0].url]
    assert groups[0].urls == {i.url for i in city.items + city_more.items}
    assert max(groups[0].dates) == date(2026, 11, 30)
    fresh_own = block(2002, date(2026, 11, 28))
    assert [g.lead for g in owner_unknown([city, fresh_own], FOLDER, SINCE)] == [
        city.items[0].url, fresh_own.items[0].url]


def test_a_block_in_the_sites_folder_tells_them_apart_and_another_hosts_is_never_asked():
    item = ListItem("a", f"{HOST}/col/col2001/art/1.html", date(2026, 11, 30), None)
    inside = ListBlock(items=[item], rows=1, shown=1)
    assert owner_unknown([inside, block(13, date(2026, 11, 30))], FOLDER, SINCE) == []
    assert owner_unknown([block(13, date(2026, 11, 30), host="http://www.gov.cn")], FOLDER, SINCE) == []
    assert owner_unknown([block(13, date(2026, 11, 30))], "", SINCE) == []  # a site at its host's root
