"""A column's place (parent, first level or not) comes from the homepage's menus, then from the site map, whichever
page's link to it the crawl followed first: a first-level column listed in another column's sidebar stays
first-level."""

from __future__ import annotations

from sqlalchemy import select

from govcheck.cms.list_urls import column_key
from govcheck.store.finish import settle_columns
from govcheck.store.models import Column, Page


def column(url: str, parent: str | None) -> Column:
    return Column(site_id="s", name=url, url=url, parent=parent, top_level=parent is None)


def test_a_menu_column_reached_first_from_a_sidebar_is_first_level_again():
    sibling, child, deep = column("/zyygl/", "人事信息"), column("/rsxx/", None), column("/rsxx/sub/", "人事信息")
    settle_columns([["/zyygl/", None], ["/rsxx/", None], ["/zwgk/tzgg/", "政务公开"]], [sibling, child, deep])
    assert (sibling.parent, sibling.top_level) == (None, True)
    assert (child.parent, child.top_level) == (None, True)
    # a sub-column the homepage does not lead to keeps the parent whose page listed it
    assert (deep.parent, deep.top_level) == ("人事信息", False)


def test_a_menu_entry_under_a_heading_keeps_that_heading():
    notice = column("/zwgk/tzgg/", None)
    settle_columns([["/zwgk/tzgg/", "政务公开"]], [notice])
    assert (notice.parent, notice.top_level) == ("政务公开", False)


def test_a_sub_column_named_by_its_own_page_takes_its_place_from_the_site_map():
    # read first through a plain link: its ColumnName made it a column, with no parent
    towns, notice = column("/gzdt/xzdt/", None), column("/zwgk/tzgg/", None)
    site_map = [["/gzdt/", None], ["/gzdt/xzdt/", "工作动态"], ["/zwgk/tzgg/", "信息公开"]]
    settle_columns([["/gzdt/", None], ["/zwgk/tzgg/", "政务公开"]], [towns, notice], site_map)
    assert (towns.parent, towns.top_level) == ("工作动态", False)
    assert notice.parent == "政务公开"  # the homepage's place wins over the map's


def test_a_towns_column_reached_first_by_a_plain_link_sits_under_the_town_whatever_its_breadcrumb_says():
    # read before the town's homepage: its ColumnName made it a column, its breadcrumb (首页 > 公示公告, 首页 the
    # town's homepage) first-level; the town's homepage's menu, kept with the site map's entries, places it
    notice = column("/xzjd/abz/gsgg/", None)
    notice.evidence = {"crumb": [None]}
    settle_columns([["/xzjd/", "政务公开"]], [notice], [["/xzjd/abz/gsgg/", "安边镇"]])
    assert (notice.parent, notice.top_level) == ("安边镇", False)


def test_the_demo_county_sub_column_sits_under_its_parent(sqlite_audit):
    engine, run_id = sqlite_audit[0], sqlite_audit[1]
    with engine.connect() as conn:
        towns = conn.execute(select(Column.parent, Column.top_level).where(
            Column.run_id == run_id, Column.site_id == "qx", Column.url.like("%/xwzx/gzdt/xzdt/"))).one()
    assert tuple(towns) == ("工作动态", False)


def test_the_homepage_row_keeps_its_menu_and_every_stored_column_agrees_with_it(sqlite_audit):
    engine, run_id = sqlite_audit[0], sqlite_audit[1]
    with engine.connect() as conn:
        menus: dict = {}  # what the homepage and its frames lead to
        for site, menu in conn.execute(select(Page.site_id, Page.menu).where(
                Page.run_id == run_id, Page.is_homepage | Page.home_frame, Page.menu.is_not(None))):
            if menu:  # a homepage behind a bot wall, an article asked for a block's date: JSON null, no menu
                menus.setdefault(site, {}).update({column_key(url): parent for url, parent in menu})
        columns = conn.execute(select(Column.site_id, Column.url, Column.parent, Column.top_level)
                               .where(Column.run_id == run_id)).all()
    assert len(menus) >= 5 and all(menus.values())
    placed = [c for c in columns if c.url in menus.get(c.site_id, {})]
    assert len(placed) >= 20
    assert all((c.parent, c.top_level) == (menus[c.site_id][c.url], menus[c.site_id][c.url] is None) for c in placed)


def test_a_stale_policy_column_in_a_menu_headings_dropdown_is_second_level_and_changes_no_verdict():
    """Four stale news columns and 政策解读, not updated for 200 days, in the 政务公开 dropdown: under the stale
    column veto (second-level policy columns do not count toward it) and no policy-column deduction."""
    from datetime import timedelta

    from parsel import Selector

    from govcheck.cms.navigation import find_column_links
    from govcheck.judge.scoring import judge_site
    from govcheck.rules import load_profile
    from tests.judge.findings import AS_OF, site, stale
    from tests.judge.findings import column as finding

    menu = ('<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/col/col1011/index.html">政务公开</a>'
            '<ul><li><a href="/col/col1011/index.html">通知公告</a></li><li><a href="/col/col1013/index.html">政策解读'
            '</a></li></ul></li></ul></div>')
    links = find_column_links(Selector(text=menu), "http://www.xx.gov.cn/")
    readings = column(column_key("http://www.xx.gov.cn/col/col1013/index.html"), None)
    settle_columns([[c.url, c.parent] for c in links], [readings])
    assert (readings.parent, readings.top_level) == ("政务公开", False)
    national = load_profile()
    policy = finding("policy", AS_OF - timedelta(days=200), top_level=readings.top_level, name="政策解读")
    j = judge_site(site(columns=stale(national, "news", 4) + [policy]), national)
    assert (j.verdict, j.vetoes, j.score) == ("qualified", [], 100)


def test_a_sub_sites_column_whose_homepage_was_never_read_sits_under_it_by_its_breadcrumb():
    # its breadcrumb's 首页 the town's homepage, which answered 500: no menu of the town's places it, yet it is the
    # town's, named as the site's links to that homepage name it (or by its folder when none does)
    home = "http://www.msx.gov.cn/xzjd/xcz/index.html"
    docs, news, other = column("/xzjd/xcz/zfwj/", None), column("/xzjd/xcz/gzdt/", None), column("/xzjd/x/a/", None)
    docs.evidence, news.evidence = {"crumb": ["政务公开", home]}, {"crumb": [None, home]}
    other.evidence = {"crumb": [None, "http://www.msx.gov.cn/xzjd/x/index.html"]}
    settle_columns([["/xzjd/", "政务公开"]], [docs, news, other], (), {home: "新城镇"})
    assert [(c.parent, c.top_level) for c in (docs, news, other)] == [
        ("新城镇 › 政务公开", False), ("新城镇", False), ("/xzjd/x/", False)]


def test_a_sub_site_is_named_by_the_sites_links_to_its_homepage():
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from govcheck.store.finish import sub_site_names
    from govcheck.store.models import Base, LinkOccurrence

    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    home = "http://www.msx.gov.cn/xzjd/xcz/index.html"
    with Session(engine) as s:
        for n, (source, target, text) in enumerate([
                ("http://www.msx.gov.cn/xzjd/xcz/zfwj/", home, "首页"),
                ("http://www.msx.gov.cn/xzjd/index.html", "http://www.msx.gov.cn/xzjd/xcz/", "新城镇"),
                ("http://www.msx.gov.cn/", "http://www.msx.gov.cn/xzjd/xcz/gzdt/", "[新城镇]")]):
            s.add(LinkOccurrence(run_id=1, site_id="s", key=str(n), source_url=source, target_url=target, text=text))
        # a site whose homepage is at a folder of its own, its menu's 首页 leading there: no sub-site's
        web = "http://www.msx.gov.cn/web/index.html"
        s.add(LinkOccurrence(run_id=1, site_id="s", key="w", source_url="http://www.msx.gov.cn/", target_url=web,
                             text="首页", on_homepage=True))
        docs, news = column("/xzjd/xcz/zfwj/", None), column("/web/tzgg/", None)
        docs.evidence, news.evidence = {"crumb": [None, home]}, {"crumb": [None, web]}
        names = sub_site_names(s, 1, "s", [docs, news, column("/tzgg/", None)])
        assert names == {home: "新城镇", web: ""}
        assert sub_site_names(s, 1, "s", [column("/tzgg/", None)]) == {}
    settle_columns([], [docs, news], (), names)
    assert [(c.parent, c.top_level) for c in (docs, news)] == [("新城镇", False), (None, True)]


def test_a_topics_sub_sites_columns_are_untimed_whichever_link_led_to_them():
    from datetime import date

    from govcheck.rules import load_profile
    from govcheck.store.finish import untime_topics

    news = column("/zt/shce/gzdt/", "专题专栏 › 扫黑除恶专项斗争")
    listed = column("/zt/gdbh/", "专题专栏")  # a 专题 the index lists as a list of its own: a column of the site
    for c in (news, listed):
        c.name, c.type, c.last_update, c.stale, c.verdict, c.threshold_days = "工作动态", "news", date(2021, 3, 15), \
            True, "stale", 14
        c.evidence = {"meta_type": None, "heading": None, "archived": False}
    untime_topics([news, listed], load_profile(), date(2026, 11, 26), {})
    assert (news.type, news.stale, news.verdict, news.threshold_days, news.evidence["archived"]) == (
        "other", False, "ok", None, True)
    assert (listed.type, listed.stale, listed.verdict) == ("news", True, "stale")


def test_a_folder_holding_the_homepage_as_read_is_the_sites_own_not_a_sub_sites():
    # the listed root redirects to /web/index.html, whose menu's 首页 leads back to the root: the columns' breadcrumbs'
    # 首页 (/web/index.html) is still the site's homepage, its columns first-level as their breadcrumbs say
    from datetime import datetime

    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from govcheck.store.finish import sub_site_names
    from govcheck.store.models import Base, LinkCheck, LinkOccurrence, Page

    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    web = "http://www.msx.gov.cn/web/index.html"
    with Session(engine) as s:
        s.add(LinkOccurrence(run_id=1, site_id="s", key="h", source_url=web, target_url="http://www.msx.gov.cn/",
                             text="首页", on_homepage=True))
        s.add(Page(run_id=1, site_id="s", url="http://www.msx.gov.cn/", is_homepage=True,
                   fetched_at=datetime(2026, 11, 26)))
        s.add(LinkCheck(run_id=1, url="http://www.msx.gov.cn/", http_status=200, category="ok", verdict="ok",
                        final_url=web, checked_at=datetime(2026, 11, 26)))
        news = column("/web/tzgg/", None)
        news.evidence = {"crumb": [None, web]}
        names = sub_site_names(s, 1, "s", [news])
    assert names == {web: ""}
    settle_columns([], [news], (), names)
    assert (news.parent, news.top_level) == (None, True)


def _links(s, rows):
    from govcheck.store.models import LinkOccurrence

    for n, (source, target, text) in enumerate(rows):
        s.add(LinkOccurrence(run_id=1, site_id="s", key=f"k{n}", source_url=source, target_url=target, text=text))


def test_an_unread_topic_sub_site_linked_by_a_topic_index_sits_under_it_its_columns_untimed():
    # 乡村振兴's homepage answered 500: its columns' breadcrumbs lead to it, and 专题专栏's page (named so by the
    # site's links to it) links it: a 专题's sub-site, its columns under 专题专栏 › 乡村振兴 and untimed, an empty one
    # still empty
    from datetime import date

    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from govcheck.rules import load_profile
    from govcheck.store.finish import untime_topics
    from govcheck.store.models import Base
    from govcheck.store.sub_sites import sub_site_names

    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    site, hub = "http://zrzy.example.gov.cn", "http://zrzy.example.gov.cn/zt/index.html"
    home = f"{site}/zt/xczx/index.html"
    with Session(engine) as s:
        _links(s, [(f"{site}/zt/xczx/gzdt/index.html", home, "首页"), (hub, home, "乡村振兴"),
                   (f"{site}/zt/gdbh/index.html", hub, "专题专栏"), (f"{site}/", f"{site}/zt/xczx/gzdt/", "工作动态")])
        news, blank = column("/zt/xczx/gzdt/", None), column("/zt/xczx/tzgg/", None)
        kept = (("工作动态", "news", date(2022, 9, 20), True, False), ("通知公告", "notice", None, False, True))
        for c, (name, type_, last, stale, empty) in zip((news, blank), kept, strict=True):
            c.name, c.type, c.last_update, c.stale, c.empty, c.threshold_days = name, type_, last, stale, empty, 14
            c.verdict = "empty" if empty else "stale"
            c.evidence = {"crumb": [None, home], "meta_type": None, "heading": None}
        names = sub_site_names(s, 1, "s", [news, blank])
    assert names == {home: "专题专栏 › 乡村振兴"}
    settle_columns([], [news, blank], (), names)
    untime_topics([news, blank], load_profile(), date(2026, 11, 26), {})
    assert [(c.parent, c.type, c.stale, c.empty, c.verdict) for c in (news, blank)] == [
        ("专题专栏 › 乡村振兴", "other", False, False, "ok"), ("专题专栏 › 乡村振兴", "other", False, True, "empty")]


def test_a_sub_site_under_a_topic_folder_that_no_topic_index_links_stays_timed():
    # /zt/ alone names no 专题: a folder's name is no index listing it; nor does a column of the sub-site's own whose
    # name says 专题 (专题动态, its breadcrumb's 首页 that homepage) make its own sub-site a 专题's
    from datetime import date

    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from govcheck.rules import load_profile
    from govcheck.store.finish import untime_topics
    from govcheck.store.models import Base
    from govcheck.store.sub_sites import sub_site_names

    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    site = "http://zrzy.example.gov.cn"
    home = f"{site}/zt/xczx/index.html"
    with Session(engine) as s:
        _links(s, [(f"{site}/zt/xczx/ztdt/index.html", home, "首页"), (f"{site}/xwzx/index.html", home, "乡村振兴"),
                   (f"{site}/", f"{site}/xwzx/index.html", "新闻中心")])
        news = column("/zt/xczx/ztdt/", None)
        news.name, news.type, news.last_update, news.stale, news.verdict, news.threshold_days = \
            "专题动态", "news", date(2022, 9, 20), True, "stale", 14
        news.evidence = {"crumb": [None, home], "meta_type": None, "heading": None}
        names = sub_site_names(s, 1, "s", [news])
    assert names == {home: "乡村振兴"}
    settle_columns([], [news], (), names)
    untime_topics([news], load_profile(), date(2026, 11, 26), {})
    assert (news.parent, news.type, news.stale, news.verdict) == ("乡村振兴", "news", True, "stale")


def test_a_topic_index_that_is_a_column_of_the_site_names_an_unread_topic_sub_site_by_its_name():
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from govcheck.store.models import Base
    from govcheck.store.sub_sites import sub_site_names

    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    site = "http://zrzy.example.gov.cn"
    home, hub = f"{site}/ztzl/lhzt/index.html", column(f"{site}/ztzl/", "政务公开")
    hub.name = "热点专题"
    with Session(engine) as s:
        _links(s, [(f"{site}/ztzl/index.html", f"{site}/ztzl/lhzt/", "")])  # a picture's link: no name of its own
        news = column(f"{site}/ztzl/lhzt/lhdt/", None)
        news.evidence = {"crumb": [None, home]}
        assert sub_site_names(s, 1, "s", [hub, news]) == {home: "热点专题 › /ztzl/lhzt/"}


def test_a_sub_sites_homepage_that_could_not_be_read_is_no_column():
    # 乡镇街道's or 专题专栏's link to it followed first, it answered 500: unverified, yet its columns' breadcrumbs
    # lead to it, a sub-site's homepage, no column; an unread column no breadcrumb leads to stays, unverified
    from govcheck.store.sub_sites import unread_homes

    home, broken = column("http://www.msx.gov.cn/xzjd/xcz/", "乡镇街道"), column("http://www.msx.gov.cn/tjxx/", None)
    read = column("http://www.msx.gov.cn/zt/xczx/", "专题专栏")
    home.verdict = broken.verdict = "unverified"
    read.verdict = "ok"
    subs = {"http://www.msx.gov.cn/xzjd/xcz/index.html": "新城镇", "http://www.msx.gov.cn/tjxx/index.html": "",
            "http://www.msx.gov.cn/zt/xczx/index.html": "专题专栏 › 乡村振兴"}
    assert unread_homes([home, broken, read], subs) == [home]
