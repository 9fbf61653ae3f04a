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


ROWS = tuple(f"{H}/hydt/202611/t20261101_{n}.html" for n in range(20, 0, -1))


def test_one_list_in_two_page_sizes_is_one_column():
    # the menu's index.html shows 15 rows, the homepage's 更多 the same list 20 rows a page
    jsp = f"{H}/list.jsp?channelid=hydt&pagesize=20"
    assert alias_groups([Listed(jsp, ROWS), Listed(f"{H}/hydt/", ROWS[:15])], menu={f"{H}/hydt/"}) == {
        jsp: f"{H}/hydt/"}
    # a list of 18: the longer shows all of it, under the size it names
    assert alias_groups([Listed(jsp, ROWS[:18]), Listed(f"{H}/hydt/", ROWS[:15])], menu={f"{H}/hydt/"}) == {
        jsp: f"{H}/hydt/"}
    # ?pageSize=15 beside ?pageSize=20
    small, large = f"{H}/list.do?cid=7&pageSize=15", f"{H}/list.do?cid=7&pageSize=20"
    assert alias_groups([Listed(large, ROWS), Listed(small, ROWS[:15])], menu={small}) == {large: small}


def test_a_list_whose_first_rows_another_shows_is_another_without_a_page_size():
    # a section's page of its sub-column's newest, or a list ending short of the size it names, stays apart
    assert alias_groups([Listed(f"{H}/xxgk/", ROWS), Listed(f"{H}/hydt/", ROWS[:15])]) == {}
    assert alias_groups([Listed(f"{H}/xxgk/", ROWS), Listed(f"{H}/hydt/?pagesize=20", ROWS[:15])]) == {}
    assert alias_groups([Listed(f"{H}/xxgk/?pagesize=18", ROWS), Listed(f"{H}/hydt/", ROWS[:15])]) == {}
    # the same rows in another order, or fewer than three
    assert alias_groups([Listed(f"{H}/hydt/?pagesize=20", ROWS), Listed(f"{H}/hydt/", ROWS[14::-1])]) == {}
    assert alias_groups([Listed(f"{H}/hydt/?pagesize=20", ROWS[:4]), Listed(f"{H}/hydt/", ROWS[:2])]) == {}


def test_empty_lists_in_two_page_sizes_are_one_column():
    assert alias_groups([Listed(f"{H}/djgz/list.jsp?cid=3&pageSize=20", ()), Listed(f"{H}/djgz/list.jsp?cid=3", ())]
                        ) == {f"{H}/djgz/list.jsp?cid=3&pageSize=20": f"{H}/djgz/list.jsp?cid=3"}


def test_a_column_whose_address_redirects_to_anothers_is_one_with_it():
    # the menu's short address answers 302 with the list's, which a homepage box's 更多 links: two items, judged once
    short, jsp = f"{H}/lm/12", f"{H}/list.jsp?classid=12"
    two = ARTS[:2]
    cols = [Listed(short, two, moved=jsp), Listed(jsp, two)]
    assert alias_groups(cols, menu={short}) == alias_groups(cols[::-1], menu={short}) == {jsp: short}
    # empty, and no menu gives either: the one without a query... then the shortest
    assert alias_groups([Listed(short, (), moved=jsp), Listed(jsp, ())]) == {jsp: short}
    # two menu entries redirected to one page no column stands for: one page
    assert alias_groups([Listed(short, (), moved=jsp), Listed(f"{H}/lm/13", (), moved=jsp)], menu={short}) == {
        f"{H}/lm/13": short}
    # an unread column tells nothing of where it led; a column's own address is no redirect
    assert alias_groups([Listed(short, (), read=False, moved=jsp), Listed(jsp, ())]) == {}
    assert alias_groups([Listed(jsp, (), moved=jsp), Listed(short, ())]) == {}
