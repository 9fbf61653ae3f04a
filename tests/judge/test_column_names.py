"""Column typing on the column names real portals use (tests/fixtures/column_names.csv: each name, the menu
heading it sits under, the type the indicators give it and why where it is not plain)."""

import csv
from pathlib import Path

from govcheck.judge.columns import column_type

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "column_names.csv"

# Where govcheck's typing by name alone differs from the fixture: (name, heading, fixture's type, govcheck's). Each
# one is a column named only by whose or which items it holds, news by its menu heading, which govcheck does not weigh
# (新闻中心 also heads 党建工作 and 领导讲话); its own page's name does type it (部门动态 on 部门's page: heading=).
KNOWN = {
    ("部门信息", "县市区动态", "news", "other"),
    ("最新活动", "省长", "news", "other"),
    ("部门", "新闻", "news", "other"),
    ("镇（街道）", "新闻", "news", "other"),
}


def rows() -> list[dict]:
    with open(FIXTURE, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_the_fixture_holds_several_hundred_real_names_each_of_a_known_type(national):
    names = rows()
    assert len(names) >= 250
    assert {r["type"] for r in names} <= set(national.columns.types)


def test_every_real_name_is_typed_as_the_indicators_give_it(national):
    """A disagreement fixed leaves KNOWN; one made (a pattern added that types a name wrong) fails here."""
    got = {(r["name"], r["parent"], r["type"], column_type(r["name"], None, national)) for r in rows()}
    assert {g for g in got if g[2] != g[3]} == KNOWN


def test_realpage_70_press_block_names_conferences_not_news(national):
    """四川's homepage heads its press block 新闻发布厅 and links 省直部门新闻通气会 and 市州新闻发布会 under it; its
    newest conference was 79 days old on the day the page was made: timed as news (14 days) by their 新闻, a province
    would be stale by its conferences."""
    from parsel import Selector

    from tests.cms.pages import real_text

    sel = Selector(text=real_text("70-sichuan-home-2021.html"))
    names = [sel.css(".Xwfbt strong::text").get(), *sel.css(".xwfbtTqh a::text, .xwfbtFbh a::text").getall()]
    assert names == ["新闻发布厅", "省直部门新闻通气会", "市州新闻发布会"]
    assert {column_type(n, None, national) for n in names} == {"policy"}


def test_realpage_38_consultation_rules_are_no_consultation_column(national):
    """萧县's 互动交流 menu: its two mailboxes are consultation columns; 互动制度, the rules they are answered by, is
    none for its 互动 (timed as one, a page put up once would be stale after 3 months), nor are its surveys and
    interviews."""
    from parsel import Selector

    from tests.cms.pages import real_text

    sel = Selector(text=real_text("38-ahxx-xzxx-2026.html"))
    menu = {a.attrib["title"]: column_type(a.attrib["title"], None, national) for a in sel.css(".dropdown-menu a")}
    assert menu == {"书记信箱": "interaction", "县长信箱": "interaction", "民意征集": "other", "在线调查": "other",
                    "互动制度": "other", "在线访谈": "other", "访谈公告": "other"}
