"""A column's newest article shown as a card over its list (cms.cards): one of the column's items."""

from datetime import date

from parsel import Selector

from govcheck.cms import column_list, parse_list

AS_OF = date(2026, 12, 1)
URL = "http://a.gov.cn/gzdt/index.html"
COLUMN = ("http://a.gov.cn/gzdt/", "工作动态")
LIST = "<ul class=\"list\">" + "".join(
    f'<li><a href="/gzdt/content_{n}.html">县政府召开第{n}次常务会议</a><span>2026-11-{n:02d}</span></li>'
    for n in (13, 10, 7, 4)) + "</ul>"


def card(href: str, shown: str = "<p class=\"time\">2026-11-28</p>") -> str:
    return (f'<div class="news-top"><a href="{href}"><img src="/img/top.jpg"></a><div class="txt"><h3>'
            f'<a href="{href}">全县冬季安全生产工作会议召开</a></h3>{shown}<p class="sum">会议要求，'
            "自2019年1月1日起施行的规定要抓好落实。</p></div></div>")


def read(body: str):
    sel = Selector(text=f'<html><body><div class="main">{body}</div></body></html>')
    return column_list(sel, URL, parse_list(sel, URL, as_of=AS_OF), COLUMN, as_of=AS_OF)


def test_a_card_over_the_list_is_its_newest_item():
    """Its picture and heading both link it; its date, not the day its summary names, is the item's."""
    listing = read(card("/gzdt/content_28.html") + LIST)
    assert [(i.url, i.date) for i in listing.items][:2] == [
        ("http://a.gov.cn/gzdt/content_28.html", date(2026, 11, 28)),
        ("http://a.gov.cn/gzdt/content_13.html", date(2026, 11, 13))]
    main = max((b for b in listing.blocks if b.picked), key=lambda b: b.rows)
    assert main.items[0].date == date(2026, 11, 28)  # with the list's block, as stored for the column


def test_what_is_no_card_of_the_column():
    """A card of another folder's article (a 专题's banner), one that shows no date, or a date only in a sentence (the
    day a rule takes effect), a box that links two articles, a card of an article the list holds: nothing is
    added."""
    for body in (card("/zt/2026/content_28.html"), card("/gzdt/content_28.html", shown=""),
                 card("/gzdt/content_28.html", shown="<p>2026年11月28日起施行</p>"),
                 card("/gzdt/content_28.html").replace('<p class="sum">', '<p><a href="/gzdt/content_29.html">又一篇'
                                                                         "</a></p><p>"),
                 card("/gzdt/content_13.html")):
        assert max(i.date for i in read(body + LIST).items) == date(2026, 11, 13)
