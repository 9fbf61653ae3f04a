"""Realpages 58 and 59 (lgedu, SiteServer): pages of one article and no list, an office's introduction (人事科's 科室
简介) and a 工作动态 article, each dated by its 发布时间 line."""

from datetime import date

from parsel import Selector

from govcheck.cms import parse_list
from govcheck.cms.article import shown_pub_date
from govcheck.cms.containers import has_empty_list, shows_own_text
from tests.cms.pages import real_text

INTRO, INTRO_URL = "58-lgedu-rsk-intro-article-2020.html", "http://www.lgedu.net/contents/19127/383681.html"
NEWS, NEWS_URL = "59-lgedu-gzdt-article-2020.html", "http://www.lgedu.net/contents/18108/375257.html"
AS_OF = date(2020, 12, 31)


def _read(name: str, url: str):
    sel = Selector(text=real_text(name))
    return sel, parse_list(sel, url, as_of=AS_OF)


def test_realpages_58_59_are_one_article_each_no_list_dated_by_their_text():
    for name, url, day in ((INTRO, INTRO_URL, date(2020, 12, 10)), (NEWS, NEWS_URL, date(2020, 7, 31))):
        sel, page = _read(name, url)
        assert page.items == [] and not page.placeholder and not page.scripted and not page.endpoints
        assert not has_empty_list(sel, url)
        assert shows_own_text(sel)  # its text: the page reads as a static one
        assert shown_pub_date(sel) == day


# --- a column whose page is one article: its day, and whether it dates the column ----------------------------------

def test_realpages_58_59_one_articles_day_is_the_one_its_text_shows():
    from govcheck.cms.one_article import one_article_date

    assert one_article_date(_read(NEWS, NEWS_URL)[0], NEWS_URL, as_of=AS_OF) == date(2020, 7, 31)
    assert one_article_date(_read(INTRO, INTRO_URL)[0], INTRO_URL, as_of=AS_OF) == date(2020, 12, 10)
    # a day after the inspection's is a typo, no update: unsure
    assert one_article_date(_read(NEWS, NEWS_URL)[0], NEWS_URL, as_of=date(2020, 7, 30)) is None


def test_a_page_dated_by_its_pubdate_meta_alone_or_showing_no_text_gives_no_day():
    from govcheck.cms.one_article import one_article_date

    body = "<p>近日，示范市退役军人事务局召开党建工作推进会，传达学习上级有关会议精神，部署下一阶段重点工作任务。</p>"
    meta = '<meta name="PubDate" content="2026-09-12 09:00">'
    assert one_article_date(Selector(text=f"<html><head>{meta}</head><body><h1>召开党建工作推进会</h1>{body}"
                                          "</body></html>")) is None  # its text shows no day: unsure
    assert one_article_date(Selector(text="<html><body><h1>召开党建工作推进会</h1><p>发布时间：2026-09-12</p>"
                                          "</body></html>")) is None  # no text of its own: no article
    assert one_article_date(Selector(text=f"<html><body><h1>召开党建工作推进会</h1><p>发布时间：2026-09-12　来源："
                                          f"本局</p>{body}</body></html>")) == date(2026, 9, 12)


def test_a_news_or_notice_columns_one_article_dates_it_an_offices_or_an_untimed_pages_never():
    from govcheck.judge.columns import column_type, judged_by_its_article
    from govcheck.rules import load_profile

    profile = load_profile("national-2019")
    judged = {name: judged_by_its_article(name, column_type(name, None, profile))
              for name in ("工作动态", "党建动态", "通知公告", "人事科", "政策法规科", "发展规划科", "新闻科",
                           "新闻中心", "新闻办", "机构职能", "领导简介", "联系我们", "科室简介")}
    assert [n for n, yes in judged.items() if yes] == ["工作动态", "党建动态", "通知公告"]


def test_only_a_menus_entry_named_as_a_column_is_judged_by_its_one_article():
    """An article a list page links, its row not taken by the reader (ksy's 政策法规), is followed as a page under
    the column: its title (关于…的通知) and its source (no menu) say it is no column."""
    from govcheck.judge.columns import judged_by_its_article

    assert judged_by_its_article("党建动态", "news", "map")
    assert not judged_by_its_article("党建动态", "news", "more")  # a box's 更多 link: the box's list, read as such
    assert not judged_by_its_article("关于做好2026年普通高考报名工作的通知", "notice", "nav")
    assert not judged_by_its_article("关于召开会议的通知", "notice", "nav")
    assert not judged_by_its_article("2026年普通高考报名工作正式启动", "news", "nav")
