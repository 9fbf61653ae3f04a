"""A homepage the list reader fails on: its freshness is unknown, never 'not updated'. The page is stored as
unread, the site's homepage as unread, the judge vetoes nothing for it and a qualified verdict awaits a person."""

from __future__ import annotations

from datetime import datetime

import pytest

from govcheck.export import export_run
from govcheck.items import PageItem
from govcheck.report.figures import problem_words
from govcheck.report.notice import notice_context
from govcheck.report.render import load_texts
from govcheck.store.db import make_engine, migrate
from govcheck.store.finish import finish_run
from govcheck.store.models import Page, ProbeRecord, Run, RunSite
from tests.spiders.helpers import HOME, portal_spider, response
from tests.spiders.test_columns import Page as BrowserPage
from tests.spiders.test_columns import PlaywrightRequest, answered, widgets_failed

AS_OF = datetime(2026, 11, 26)
OLD_NEWS = '<ul class="list">' + "".join(
    f'<li><a href="/xwzx/{k}.html">第{k}条工作动态</a><span>2026-0{k}-01</span></li>' for k in range(1, 6)) + "</ul>"


def broken_reader(*args, **kwargs):
    raise RecursionError("a page the reader cannot take")


@pytest.mark.parametrize("fails", [False, True])
def test_the_homepage_page_says_whether_its_list_was_read(monkeypatch, fails):
    spider = portal_spider()
    if fails:
        monkeypatch.setattr("govcheck.spiders.portal.parse_list", broken_reader)
    site = spider.sites[0]
    home = response(HOME, f"<html><body>{OLD_NEWS}</body></html>",
                    meta=dict(spider.page_request(HOME, site, 0, home=True).meta))
    (page,) = [i for i in spider.read_page(home, site) if isinstance(i, PageItem)]
    assert page.unread is fails and page.dated_items == (0 if fails else 5)


@pytest.fixture
def store(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite'}")
    migrate(engine)
    yield engine
    engine.dispose()


def finished(engine, unread: bool) -> dict:
    from sqlalchemy.orm import Session

    with Session(engine) as s, s.begin():
        run = Run(as_of=AS_OF.date(), started_at=AS_OF, status="finishing")
        s.add(run)
        s.flush()
        s.add(RunSite(run_id=run.id, site_id="s", name="示范县人民政府", url=HOME))
        s.add(Page(run_id=run.id, site_id="s", url=HOME, status=200, depth=0, is_homepage=True, dated_items=0,
                   unread=unread, identity={}, fetched_at=AS_OF))
        s.add_all(ProbeRecord(run_id=run.id, site_id="s", url=HOME, source="crawl", seq=n + 1, at=AS_OF, ok=True,
                              elapsed=0.1, http_status=200) for n in range(3))
        run_id = run.id
    finish_run(engine, run_id, "national-2019")
    return export_run(engine, run_id)


def test_an_unread_homepage_vetoes_nothing_and_the_notice_names_it(store):
    export = finished(store, unread=True)
    (site,) = export["sites"]
    assert site["homepage"]["unread"] and not site["homepage"]["nav_only"]
    assert (site["verdict"], site["vetoes"], site["uncertain"]) == ("qualified", [], ["homepage"])
    # the warning names what was not read
    assert any(w["rule"] == "homepage.unverified" and f"信息列表：{HOME}。" in w["detail"] for w in site["warnings"])
    texts = load_texts()
    assert "首页未能读取，结论待人工核实" in problem_words(site, texts)
    (entry,) = notice_context(export, texts, None, None, None)["uncertain"]
    assert entry == {"name": "示范县人民政府", "unread": ["首页"]}


def test_a_homepage_read_with_nothing_dated_still_fails_for_it(store):
    """Not as a navigation page: it leads nowhere (a 网站维护中 page), and the veto says it shows no dated item."""
    (site,) = finished(store, unread=False)["sites"]
    assert site["verdict"] == "unqualified" and [v["rule"] for v in site["vetoes"]] == ["homepage"]
    assert not site["homepage"]["nav_only"] and "导航页" not in site["vetoes"][0]["detail"]


WRITTEN = '<div class="yw"><h3>要闻</h3><ul><script src="/js/xnyw.js"></script></ul></div>'
EPOCHS = ('<ul id="n"></ul><script>var d=[{t:"要闻",u:"/a.html",d:1764288000000}];d.forEach(function(x){'
          'document.getElementById("n").innerHTML+="<li><a href=\'"+x.u+"\'>"+x.t+"</a></li>";});</script>')


# an empty list a script file beside it fills, a template's rows a bundle in the head fills; a library is no filler
FILLED = '<div class="yw"><h3>要闻</h3><ul class="list" id="ywList"></ul><script src="/js/yw.js"></script></div>'
TEMPLATE = ('<script src="/static/js/app.8f3a2c.js" defer></script><ul class="news"><li v-for="item in records">'
            '<a :href="item.linkUrl">{{ item.title }}</a></li></ul>')
LIBRARY = '<ul class="list" id="ywList"></ul><script src="/js/jquery.min.js"></script>'
# the rows' copy for a browser that runs no script, beside the empty list its script file fills
NOSCRIPT = FILLED.replace("</div>", f"<noscript>{OLD_NEWS}</noscript></div>")


@pytest.mark.parametrize(("extra", "browser"), [(WRITTEN, True), (WRITTEN, False), (EPOCHS, True), ("", True),
                                                (FILLED, True), (TEMPLATE, True), (FILLED, False), (LIBRARY, True),
                                                (NOSCRIPT, True)])
def test_a_stale_homepage_that_shows_rows_its_html_does_not_is_rendered_or_unknown(extra, browser):
    """Rows a script file writes in place or fills into an empty list (or a template's), or an inline script writes
    with dates govcheck does not read: Chromium renders the homepage, read as a part of it; without a browser its
    freshness is unknown, never stale."""
    spider = portal_spider(GOVCHECK_PLAYWRIGHT=browser)
    site = spider.sites[0]
    home = response(HOME, f"<html><body>{OLD_NEWS}{extra}</body></html>",
                    meta=dict(spider.page_request(HOME, site, 0, home=True).meta))
    out = list(spider.read_page(home, site))
    renders = [r for r in out if getattr(r, "meta", {}).get("playwright")]
    parts = [i for i in out if isinstance(i, PageItem) and i.url == f"{HOME}#rendered"]
    if not extra or extra == LIBRARY:
        assert not renders and not parts
    elif browser and spider.browser_ready():
        assert [r.url for r in renders] == [HOME] and renders[0].meta["check_url"] == f"{HOME}#rendered"
        rendered = response(HOME, f"<html><body>{OLD_NEWS}<ul><li><a href='/xw/9.html'>要闻一则</a>"
                                  "<span>2026-11-25</span></li></ul></body></html>", meta=renders[0].meta)
        (part,) = list(spider.parse_home_render(rendered))
        assert (part.home_frame, part.unread, part.newest_date) == (True, False, datetime(2026, 11, 25).date())
    else:
        assert not renders and [(p.home_frame, p.unread) for p in parts] == [(True, True)]


def test_rendered_month_days_date_the_homepage_only_once_an_article_tells_their_year():
    """A rendered homepage whose rows show month-days alone at addresses without a year: no date for sure; the
    newest row's article is asked, and its own date (a year before) stands."""
    spider = portal_spider(GOVCHECK_PLAYWRIGHT=True)
    site = spider.sites[0]
    meta = {"site_id": site.site_id, "page_depth": 0, "check_url": f"{HOME}#rendered", "home_url": HOME}
    rows = "".join(f'<li><a href="/show.asp?id={k}">第{k}条工作动态</a>(11-{20 + k})</li>' for k in range(1, 5))
    part, ask = spider.parse_home_render(response(HOME, f"<html><body><ul>{rows}</ul></body></html>", meta=meta))
    assert (part.newest_date, part.dated_items, part.unread) == (None, 0, False)
    assert ask.url.endswith("/show.asp?id=4") and ask.meta["guessed"] == "2026-11-24"
    article = response(ask.url, "<html><head><meta name='PubDate' content='2025-11-24 09:00'></head><body>"
                                "<h1>第4条工作动态</h1><p>正文</p></body></html>", meta=ask.meta)
    (told,) = spider.parse_home_article(article)
    assert told.newest_date == datetime(2025, 11, 24).date()
    # the HTML's reading asked the same article already: not asked again
    again = {**meta, "year_asked": ask.url}
    (part,) = spider.parse_home_render(response(HOME, f"<html><body><ul>{rows}</ul></body></html>", meta=again))
    assert part.newest_date is None


def filled_home_render():
    """A spider with a browser, and its render request of a homepage whose boxes a script file fills (FILLED)."""
    spider = portal_spider(GOVCHECK_PLAYWRIGHT=True)
    site = spider.sites[0]
    spider.browser_ready = lambda: True
    home = response(HOME, f"<html><body>{FILLED}</body></html>",
                    meta=dict(spider.page_request(HOME, site, 0, home=True).meta))
    (render,) = [r for r in spider.read_page(home, site) if getattr(r, "meta", {}).get("playwright")]
    return spider, render


@pytest.mark.parametrize("fresh", [False, True])
def test_a_rendered_homepage_whose_boxes_data_did_not_come_is_unknown_naming_the_requests(fresh):
    """Its boxes filled by a script file whose data answers 500: the render shows them empty. Stale (or dating
    nothing) beside them, the homepage is unknown, never stale nor a navigation page, each request not got a part of
    it unread at its own address; a render fresh anyway is fresh."""
    spider, render = filled_home_render()
    assert render.meta["render_token"] and render.meta["playwright_page_event_handlers"]
    spider.render_trouble[render.meta["render_token"]] = [f"{HOME}api/yw.json（返回500）",
                                                          f"{HOME}api/tz.json（返回错误：系统异常）"]
    rows = "<li><a href='/xw/9.html'>要闻一则</a><span>2026-11-25</span></li>" if fresh else ""
    out = list(spider.parse_home_render(response(HOME, f"<html><body>{FILLED.replace('></ul>', f'>{rows}</ul>')}"
                                                       "</body></html>", meta=render.meta)))
    assert not spider.render_trouble
    parts = [(p.url, p.status, p.unread, p.home_frame) for p in out]
    if fresh:
        assert parts == [(f"{HOME}#rendered", 200, False, True)]
    else:
        assert parts == [(f"{HOME}#rendered", 200, False, True), (f"{HOME}api/tz.json#unread", None, True, True),
                         (f"{HOME}api/yw.json#unread", 500, True, True)]  # by address


@pytest.mark.parametrize("own", [None, "js/yw.js", "api/yw.json"])
def test_a_stale_rendered_homepage_whose_only_failed_requests_are_widgets_stays_stale(own):
    """Counters, the 找错 widget, a 无障碍 toolbar and share buttons that did not load (refused off loopback, 404) fill
    no box: the stale homepage is stale, its veto holds. Beside them the site's own script or data answering 404 may
    have left its boxes empty: the homepage is unknown, that request alone a part of it unread."""
    from scrapy.utils.misc import load_object

    spider, render = filled_home_render()
    page = BrowserPage(HOME)
    with pytest.raises(StopIteration):  # as scrapy-playwright calls it: it awaits nothing
        load_object(render.meta["playwright_page_init_callback"])(page, render).send(None)
    widgets_failed(spider, page)
    if own:
        answered(spider, PlaywrightRequest(f"{HOME}{own}", "script" if own.endswith(".js") else "xhr", page), 404)
    out = list(spider.parse_home_render(response(HOME, f"<html><body>{FILLED}</body></html>", meta=render.meta)))
    unread = [(f"{HOME}{own}#unread", 404, True)] if own else []
    assert [(p.url, p.status, p.unread) for p in out] == [(f"{HOME}#rendered", 200, False), *unread]
