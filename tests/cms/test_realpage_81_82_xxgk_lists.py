"""Realpages 81 and 82: two 信息公开 lists read as a person reads them. 81, a county's 政府年报: each report's title
names the year it is about, the year before it was published, and every address's folder the day the site went
online; only the date shown counts. 82, a TRS 信息公开 table (名称 | 索引号 | 发布机构 | 发布日期): the row's date is
its 发布日期 cell, never the figures of its 索引号 (000014348/2020-35428)."""

from datetime import date

from govcheck.cms import column_list, parse_list
from tests.cms.pages import real


def _items(name: str, column: str, as_of: date):
    sel, url = real(name)
    return column_list(sel, url, parse_list(sel, url, as_of=as_of), (url, column))


def test_annual_reports_dated_by_the_day_shown_not_the_year_they_report():
    listing = _items("81-zhecheng-zfnb-2018.html", "政府年报", date(2018, 7, 30))
    assert [(i.date, i.title[3:8]) for i in listing.items] == [
        (date(2018, 2, 22), "2017年"), (date(2017, 3, 6), "2016年"), (date(2016, 1, 13), "2015年"),
        (date(2015, 2, 28), "2014年"), (date(2014, 2, 27), "2013年")]
    # the folder every address carries (2018-07-12) is the day the site went online, no report's date
    assert all("/zfnb/2018-07-12/" in i.url for i in listing.items)
    assert listing.next_pages == []


def test_an_xxgk_table_row_is_dated_by_its_publication_cell_not_its_index_number():
    listing = _items("82-handan-jinqixxgk-2020.html", "近期信息公开", date(2020, 8, 10))
    assert [(i.date, i.url) for i in listing.items] == [
        (date(2020, 8, 5), "http://hdzfxxgk.hd.gov.cn/gszbm/auto23716/202008/t20200805_1353179.html")]
    assert listing.items[0].title.startswith("邯郸市教育局关于印发")
    # the pager's script wrote its links when the page was saved: page 2, then the last of 56
    assert listing.next_pages[:1] == ["http://hdzfxxgk.hd.gov.cn/zfwj/jinqixxgk/index_1.html"]
    assert listing.last_page == "http://hdzfxxgk.hd.gov.cn/zfwj/jinqixxgk/index_55.html"
