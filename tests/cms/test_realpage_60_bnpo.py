"""Realpage 60: the splash of www.bnpo.gov.cn (北京市方圆公证处, about 2018): a picture and 点击进入, whose link is a
void script opening `index` by its onclick, as the page's own timer does after ten seconds; it dates nothing."""

from datetime import date

from govcheck.cms import homepage_dates, parse_list
from govcheck.cms.base import base_url
from govcheck.cms.navigation import find_column_links
from govcheck.cms.openers import sent_on
from govcheck.cms.splash import entry_link
from tests.cms.pages import real

PAGE = "60-bnpo-splash-2018.html"


def test_the_splash_leads_to_the_homepage_its_onclick_opens():
    sel, url = real(PAGE)
    assert entry_link(sel, base_url(sel, url)) == "http://www.bnpo.gov.cn/index"


def test_the_splash_dates_nothing_and_names_no_column():
    """Alone it would read as a page that leads nowhere: the page behind it is the homepage."""
    sel, url = real(PAGE)
    listing = parse_list(sel, url, as_of=date(2018, 3, 20))
    assert not [d for d in homepage_dates(listing, sel, url, date(2018, 3, 20)) if d]
    assert find_column_links(sel, url) == []


def test_it_is_no_page_that_only_sends_its_visitor_on():
    """It shows a line and a link: its timer is a visitor's to wait for, the entry link says where it leads."""
    assert sent_on(real(PAGE)[0]) is None
