"""Realpage 30: 义务教育 of a city's government site group (2020): each item a card link holding its title, a summary
and the date behind a label of the site's own wording (日间：2020-03-17, for 日期)."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import column_list, parse_list
from govcheck.cms.row_dates import date_cell
from tests.cms.pages import real

PAGE = "30-pds-ywjy-2020.html"


def test_the_cards_dates_behind_a_label_of_the_sites_own():
    sel, url = real(PAGE)
    items = column_list(sel, url, parse_list(sel, url, as_of=date(2020, 3, 20)), (url, "义务教育")).items
    dates = [i.date for i in items]
    # five of the ten cards link an article; the copy turned the others' links into javascript:;
    assert len(items) == 5 and None not in dates
    assert (max(dates), min(dates)) == (date(2020, 3, 17), date(2020, 1, 3))


@pytest.mark.parametrize(("text", "shown"), [
    ("日间：2020-03-17", date(2020, 3, 17)), ("日期：2020-03-17", date(2020, 3, 17)),
    ("[2020-03-17]", date(2020, 3, 17)),
    ("成文日期：2020-03-17", None), ("截止日期：2020-03-17", None),  # another date than the publication's
    ("主题分类：2020-03-17 教育", None),  # more than a date
])
def test_a_date_cell_may_carry_a_short_label(text, shown):
    el = Selector(text=f"<i>{text}</i>").root.find(".//i")
    found = date_cell(el, "http://www.pds.gov.cn/channels/4583.html", None)
    assert (found[0] if found else None) == shown
