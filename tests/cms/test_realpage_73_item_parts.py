"""Realpage 73: a homepage whose rows are tables of their own, the title in a <div class='div_item_link'> and the
date in a <div class='div_item_date'> beside it; and the same class words on any list's title box."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms import guessed_newest, homepage_dates, parse_list
from tests.cms.pages import real

PAGE = "73-sdnu-jxjy-home-2020.html"
AS_OF = date(2021, 1, 2)


@pytest.fixture(scope="module")
def listing():
    return parse_list(*real(PAGE), as_of=AS_OF)


def test_the_rows_beside_their_title_boxes_date_the_homepage(listing):
    sel, url = real(PAGE)
    dates = [d for d in homepage_dates(listing, sel, url, AS_OF) if d]
    assert max(dates) == date(2020, 12, 28)
    assert len(dates) >= 24  # 学院新闻, 培训新闻, 通知公告 and 招生考试, eight rows each at most


def test_a_row_keeps_its_title_and_its_date(listing):
    item = next(i for i in listing.items if i.url.endswith("st_app_news_i_x63744769387104468.html"))
    assert (item.raw_date, item.date) == ("12-28", date(2020, 12, 28))
    assert item.title.startswith("我院参加中国成人教育协会")


def test_the_newest_year_is_its_articles_to_tell(listing):
    """Month-days alone at addresses without a date: the newest's year is a guess its article confirms."""
    guess, guessed = guessed_newest(listing)
    assert guess is not None and guess.date == date(2020, 12, 28)
    assert date(2020, 12, 28) in guessed


def _list(title_box: str, date_box: str) -> str:
    link = '<a href="/xw/{0}.html">市政府召开第{0}次常务会议研究部署工作</a>'
    rows = "".join("<li>" + title_box.format(a=link.format(d)) + date_box.format(d=f"2026-11-{d:02d}") + "</li>"
                   for d in (24, 21, 18, 15, 10, 7))
    return f"<html><body><div class='news'><ul>{rows}</ul></div></body></html>"


@pytest.mark.parametrize("title_box, date_box", [
    ("<div class='item-title'>{a}</div>", "<div class='item-date'>{d}</div>"),
    ("<p class='news_item_tit'>{a}</p>", "<span>{d}</span>"),
    ("<div class='entry-link'>{a}</div>", "<em>{d}</em>"),
])
def test_a_title_box_named_a_part_of_an_entry_is_no_row(title_box, date_box):
    listing = parse_list(Selector(text=_list(title_box, date_box)), "http://www.xx.gov.cn/", as_of=date(2026, 11, 26))
    assert [i.date for i in listing.items] == [date(2026, 11, d) for d in (24, 21, 18, 15, 10, 7)]


def test_a_box_whose_class_names_an_entry_is_still_a_row():
    rows = "".join(f"<div class='list-item'><a href='/xw/{d}.html'>市政府召开第{d}次常务会议研究部署工作</a>"
                   f"<span>2026-11-{d:02d}</span></div>" for d in (24, 21, 18))
    html = f"<html><body><div class='news'>{rows}<p class='more'><a href='/xw/'>更多</a></p></div></body></html>"
    listing = parse_list(Selector(text=html), "http://www.xx.gov.cn/", as_of=date(2026, 11, 26))
    assert [i.date for i in listing.items] == [date(2026, 11, d) for d in (24, 21, 18)]
