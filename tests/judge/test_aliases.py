"""One column under two addresses: told by its first page's articles, or by an address that differs only by scheme,
case or a tracking query; judged once, under its menu's address."""

from __future__ import annotations

from govcheck.judge.aliases import Listed, alias_groups, loose_key

H = "http://www.zjw.gov.cn"
ARTS = tuple(f"{H}/info/1005/{n}.htm" for n in (31, 30, 29, 28))


def test_vsb_htm_and_list_jsp_showing_the_same_articles_are_one_column_under_the_menus_address():
    jsp = f"{H}/list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1005"
    got = alias_groups([Listed(jsp, ARTS), Listed(f"{H}/zcfg.htm", ARTS)], menu={f"{H}/zcfg.htm"})
    assert got == {jsp: f"{H}/zcfg.htm"}


def test_pageadmin_column_and_its_one_sub_column_are_one():
    top, sub = f"{H}/index.aspx?lanmuid=3", f"{H}/index.aspx?lanmuid=3&sublanmuid=12"
    assert alias_groups([Listed(sub, ARTS), Listed(top, ARTS)], menu={top}) == {sub: top}


def test_the_choice_does_not_depend_on_the_order_columns_come_in():
    cols = [Listed(f"{H}/HYDT/", ARTS), Listed(f"{H}/hydt/", ARTS), Listed("https://www.zjw.gov.cn/hydt/", ARTS)]
    assert alias_groups(cols, menu={f"{H}/hydt/"}) == alias_groups(cols[::-1], menu={f"{H}/hydt/"}) == {
        f"{H}/HYDT/": f"{H}/hydt/", "https://www.zjw.gov.cn/hydt/": f"{H}/hydt/"}
    # no menu gives either: the shortest address without a query, then the first in order
    assert alias_groups([Listed(f"{H}/tzgg/?from=nav", ARTS), Listed(f"{H}/tzgg/", ARTS)]) == {
        f"{H}/tzgg/?from=nav": f"{H}/tzgg/"}


def test_different_columns_sharing_some_articles_stay_apart():
    a = Listed(f"{H}/gzdt/", ARTS)
    assert alias_groups([a, Listed(f"{H}/tzgg/", ARTS[:3])]) == {}  # the same three, and one more: another list
    assert alias_groups([a, Listed(f"{H}/tzgg/", ARTS[::-1])]) == {}  # in another order
    two = ARTS[:2]  # a column of two items may share both with another
    assert alias_groups([Listed(f"{H}/gzdt/", two), Listed(f"{H}/tzgg/", two)]) == {}


def test_empty_columns_are_one_only_under_the_same_address_but_for_a_tracking_query_scheme_or_case():
    assert alias_groups([Listed(f"{H}/djgz/?from=nav", ()), Listed(f"{H}/djgz/", ())]) == {
        f"{H}/djgz/?from=nav": f"{H}/djgz/"}
    assert alias_groups([Listed(f"{H}/djgz/", ()), Listed(f"{H}/bmfw/", ())]) == {}  # two empty columns
    # a parameter that names a page is no tracking query
    assert alias_groups([Listed(f"{H}/list.php?tid=5", ()), Listed(f"{H}/list.php?tid=6", ())]) == {}
    # one read, one not: what the unread one holds is unknown
    assert alias_groups([Listed(f"{H}/djgz/?from=nav", (), read=False), Listed(f"{H}/djgz/", ())]) == {}


def test_loose_key():
    assert loose_key(f"{H}/TZGG/index.html?utm_source=wx&from=nav") == loose_key("https://WWW.zjw.gov.cn/tzgg/index.html")
    assert loose_key(f"{H}/list.jsp?wbtreeid=1005") != loose_key(f"{H}/list.jsp?wbtreeid=1006")


def test_a_columns_first_page_articles_are_stored_with_it():
    from govcheck.items import ColumnItem
    from govcheck.store.rows import to_rows

    table, [row] = to_rows(ColumnItem(site_id="zjw", name="政策法规", url=f"{H}/zcfg.htm", links=list(ARTS)))
    assert table == "columns" and row["evidence"]["links"] == list(ARTS) and "links" not in row


def test_a_later_page_numbered_in_its_lists_folder_is_no_column_of_its_own():
    from govcheck.judge.aliases import pager_strays

    cols = ["http://a.gov.cn/ksdt.htm", "http://a.gov.cn/ksdt/2.htm",  # VSB: page seven of eight, numbered down
            "http://a.gov.cn/wldt/", "http://a.gov.cn/wldt/3.html",  # PHPCMS
            "http://a.gov.cn/zcwj/4.html",  # no list of that name: a column of its own
            "http://a.gov.cn/tzgg/2.htm"]  # offered by the menu: its column
    menu = ["http://a.gov.cn/tzgg/2.htm"]
    assert pager_strays(cols, menu) == {"http://a.gov.cn/ksdt/2.htm", "http://a.gov.cn/wldt/3.html"}
    assert pager_strays(["http://a.gov.cn/ksdt/2.htm"]) == set()  # its list not among the columns
