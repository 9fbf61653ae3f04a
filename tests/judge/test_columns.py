"""Column typing and a column's freshness."""

from datetime import date, timedelta

import pytest

from govcheck.judge.columns import (
    beside_others_boxes,
    channel_page,
    column_type,
    is_stale,
    judge_column,
    list_order,
    own_list,
    sitewide_signatures,
    typed_anew,
)
from govcheck.rules import load_profile

AS_OF = date(2019, 3, 1)


@pytest.fixture(scope="module")
def national():
    return load_profile("national-2019")


@pytest.fixture(scope="module")
def local():
    return load_profile("local-strict")


@pytest.mark.parametrize(
    "name, expected",
    [
        # indicators.md section 3
        ("动态", "news"), ("要闻", "news"), ("新闻", "news"), ("工作动态", "news"), ("部门动态", "news"),
        ("乡镇动态", "news"), ("通知", "notice"), ("公告", "notice"), ("通知公告", "notice"),
        ("政策", "policy"), ("文件", "policy"), ("规范性文件", "policy"), ("政策文件", "policy"),
        ("人事", "personnel"), ("任免", "personnel"), ("招考", "personnel"), ("招聘", "personnel"),
        ("规划", "plan"), ("计划", "plan"), ("规划计划", "plan"),
        ("咨询", "interaction"), ("信箱", "interaction"), ("留言", "interaction"), ("互动", "interaction"),
        ("机构概况", "other"), ("领导信息", "other"), ("地区介绍", "other"),
        # real column names and the order of the patterns
        ("山西要闻", "news"), ("政务要闻", "news"), ("丰城新闻", "news"), ("图片新闻", "news"),
        ("政策解读", "policy"), ("解读", "policy"), ("政策咨询", "interaction"), ("政策动态", "news"),
        ("新闻发布会", "policy"), ("新闻发布会实录", "policy"), ("新闻发布", "news"),
        ("招聘公告", "personnel"), ("人事任免", "personnel"), ("县长信箱", "interaction"), ("政民互动", "interaction"),
        ("信息公开年报", "other"), ("通知 公告", "notice"), ("", "other"),
        # news, personnel, notice, policy and plan columns named by none of the words above (real portals' menus)
        ("领导活动", "news"), ("县领导活动", "news"), ("政务活动", "news"), ("区县快讯", "news"),
        ("今日鄂前旗", "news"),
        ("媒体聚焦", "news"), ("媒体关注", "news"), ("头条", "news"), ("活动预告", "other"), ("政务新媒体", "other"),
        ("干部任前公示", "personnel"), ("公务员招录", "personnel"), ("公开遴选", "personnel"),
        ("干部选拔", "personnel"), ("人才引进", "personnel"), ("录用公示", "personnel"),
        ("公示", "notice"), ("公示信息", "notice"), ("通告", "notice"), ("通报", "notice"),
        ("政府规章", "policy"), ("市政府令", "policy"), ("政府公报", "policy"),
        ("工作总结", "plan"), ("年度工作要点", "plan"),
        # a timed type's word in a name of no timed list
        ("新闻发言人", "other"), ("文件下载", "other"), ("通知文件下载", "other"), ("计划生育", "other"),
        ("统计公报", "other"), ("国民经济和社会发展统计公报", "other"),
        # monthly statistics releases: no news column for their 快讯 (another 快讯 still is)
        ("统计快讯", "other"), ("区县快讯", "news"),
        # procurement and tenders: no 通知公告 column (a 招聘公告 is still personnel)
        ("采购公告", "other"), ("政府采购", "other"), ("招标公告", "other"), ("中标公告", "other"),
        ("招投标信息", "other"), ("招聘公告", "personnel"),
        # news rolled into one list
        ("政务联播", "news"), ("全省农业信息联播", "news"),
        # an organ's orders are its 规章
        ("发展改革委令", "policy"), ("商务部令", "policy"), ("总局令", "policy"), ("国务院令", "policy"),
        ("管委会令", "policy"), ("主席令", "policy"),
    ],
)
def test_names(national, name, expected):
    assert column_type(name, None, national) == expected


def test_a_meta_types_key_wins_and_its_words_only_where_the_name_says_nothing(national):
    assert column_type("信息公开", "news", national) == "news"
    assert column_type("信息公开", " Policy ", national) == "policy"
    assert column_type("综合信息", "通知公告", national) == "notice"
    # a meta type that signals nothing falls back to the name
    assert column_type("工作动态", "信息公开", national) == "news"
    assert column_type("工作动态", "", national) == "news"
    # a meta naming the section: the column's own name says what it is (realpages 14 and 32 carry such metas)
    assert column_type("人事任免", "信息公开，政策文件", national) == "personnel"
    assert column_type("通知", "政策文件", national) == "notice"


def test_the_heading_its_page_gives_types_a_column_its_menu_name_does_not(national):
    # menus shorten the name the column's own page shows: a news list, timed as one
    assert column_type("部门", None, national, heading="部门动态") == "news"
    assert column_type("镇（街道）", None, national, heading="镇街动态") == "news"
    assert column_type("部门", None, national) == "other"
    # the name types it when it can: the heading does not overrule it, nor does a heading of no type
    assert column_type("文件下载", None, national, heading="工作动态") == "other"
    assert column_type("通知", None, national, heading="工作动态") == "notice"
    assert column_type("部门", None, national, heading="部门信息") == "other"
    # the column's heading before a ColumnType meta's words, which may be its section's
    assert column_type("部门", "信息公开，政策文件", national, heading="部门动态") == "news"
    assert column_type("部门", "news", national, heading="部门文件") == "news"  # a type's key still wins


def test_a_menu_name_its_page_gives_in_full_is_typed_by_the_full_name(national):
    # the menu shortens the page's name: the words the menu kept type it otherwise
    assert column_type("新闻发布", None, national, heading="新闻发布会") == "policy"
    assert column_type("文件", None, national, heading="文件下载") == "other"
    assert column_type("公告", None, national, heading="采购公告") == "other"
    assert column_type("部门", None, national, heading="部门动态") == "news"
    # a page named otherwise, or named the same, leaves the menu's name to type it
    assert column_type("新闻发布", None, national, heading="发布会") == "news"
    assert column_type("通知", None, national, heading="工作动态") == "notice"
    assert column_type("通知公告", None, national, heading="通知公告") == "notice"


def test_a_yearly_bulletin_is_no_policy_column_a_gazette_is(national):
    for name in ("生态环境状况公报", "海洋环境状况公报", "水资源公报", "森林资源公报", "公报"):
        assert column_type(name, None, national) == "other", name
    for name in ("政府公报", "示范市人民政府公报", "国务院公报"):
        assert column_type(name, None, national) == "policy", name
    assert column_type("公报", None, national, heading="示范市人民政府公报") == "policy"


def test_news_under_other_words_is_news(national):
    for name in ("文旅资讯", "政务资讯", "图片报道", "视频报道", "专题报道"):
        assert column_type(name, None, national) == "news", name
    # a type the profile gives first still wins
    assert column_type("招聘资讯", None, national) == "personnel"
    assert column_type("采购资讯", None, national) == "other"


def test_readings_of_documents_are_timed_as_policy_whatever_their_names(national):
    for name in ("政策解读", "解读回应", "文件解读", "专家解读", "图文解读", "解读", "政策问答", "政策图解"):
        assert column_type(name, None, national) == "policy", name
    assert column_type("新闻发布会", None, national) == "policy"
    assert column_type("回应", None, national, heading="解读回应") == "policy"
    # a statistics bureau's readings of its figures are its data's, no document's
    assert column_type("统计数据解读", None, national) == "other"
    assert column_type("数据解读", None, national) == "other"


def test_prices_published_as_data_are_no_news_column(national):
    for name in ("价格资讯", "粮油价格资讯", "价格快讯", "价格监测", "价格监测动态", "市场价格", "农产品价格监测信息"):
        assert column_type(name, None, national) == "other", name
    assert column_type("资讯", None, national, heading="粮油价格资讯") == "other"
    assert column_type("文旅资讯", None, national) == "news"
    assert column_type("价格政策", None, national) == "policy"  # the office's price documents stay timed


def test_decisions_published_as_made_are_no_notice_column(national):
    for name in ("双公示", "信用信息双公示", "行政许可公示", "行政处罚公示"):
        assert column_type(name, None, national) == "other", name
    assert column_type("公示公告", None, national) == "notice"
    assert column_type("任前公示", None, national) == "personnel"


def test_law_enforcement_and_spot_checks_published_are_no_notice_column(national):
    for name in ("执法公示", "行政执法公示", "行政执法信息公示", "执法结果公示", "双随机一公开", "双随机抽查结果公示",
                 "“双随机、一公开”抽查结果公示"):
        assert column_type(name, None, national) == "other", name
    assert column_type("执法动态", None, national) == "news"
    assert column_type("公示", None, national, heading="行政执法公示") == "other"


def test_override_wins(national):
    assert column_type("工作动态", "news", national, override="other") == "other"
    assert column_type("机构概况", None, national, override="plan") == "plan"
    with pytest.raises(ValueError, match="unknown column type 'newz'"):
        column_type("工作动态", None, national, override="newz")


def test_is_stale_edges():
    assert is_stale(AS_OF - timedelta(days=14), 14, AS_OF) is False
    assert is_stale(AS_OF - timedelta(days=15), 14, AS_OF) is True
    assert is_stale(None, 14, AS_OF) is True
    assert is_stale(None, None, AS_OF) is False
    assert is_stale(date(2000, 1, 1), None, AS_OF) is False


@pytest.mark.parametrize("profile_name, limit", [("national-2019", 14), ("local-strict", 10)])
def test_news_column_edges(profile_name, limit):
    p = load_profile(profile_name)
    fresh = judge_column([AS_OF - timedelta(days=limit), None], "news", AS_OF, p)
    assert (fresh.stale, fresh.days_since, fresh.threshold_days) == (False, limit, limit)
    old = judge_column([AS_OF - timedelta(days=limit + 1)], "news", AS_OF, p)
    assert (old.stale, old.days_since) == (True, limit + 1)


def test_newest_date_is_the_last_update(national):
    dates = [date(2019, 2, 1), None, date(2019, 2, 20), date(2019, 1, 5)]
    v = judge_column(dates, "news", AS_OF, national)
    assert (v.last_update, v.items, v.dated_items, v.days_since) == (date(2019, 2, 20), 4, 3, 9)
    assert (v.stale, v.empty, v.future_dates) == (False, False, [])


def test_future_dates_are_reported_not_taken(national):
    dates = [date(2019, 3, 2), date(2020, 1, 1), date(2019, 2, 1), AS_OF]
    v = judge_column(dates, "news", AS_OF, national)
    assert v.last_update == AS_OF
    assert v.future_dates == [date(2019, 3, 2), date(2020, 1, 1)]
    only_future = judge_column([date(2019, 3, 9)], "news", AS_OF, national)
    assert (only_future.last_update, only_future.stale) == (None, True)


def test_undated_items_are_no_update(national):
    v = judge_column([None, None, None], "notice", AS_OF, national)
    assert (v.last_update, v.items, v.empty, v.stale, v.days_since) == (None, 3, False, True, None)
    # a type without a limit is never stale
    assert judge_column([None], "other", AS_OF, national).stale is False


def test_empty_columns_are_not_stale(national):
    v = judge_column([], "news", AS_OF, national)
    assert (v.empty, v.stale, v.items, v.last_update) == (True, False, 0, None)
    placeholder = judge_column([None], "policy", AS_OF, national, placeholder=True)
    assert (placeholder.empty, placeholder.stale) == (True, False)


def test_thresholds_per_type(national, local):
    old = [AS_OF - timedelta(days=200)]
    assert judge_column(old, "notice", AS_OF, national).stale is True
    assert judge_column(old, "personnel", AS_OF, national).stale is False
    assert judge_column(old, "other", AS_OF, national).threshold_days is None
    assert judge_column(old, "interaction", AS_OF, local).threshold_days == 90
    assert judge_column(old, "unknown-type", AS_OF, national).stale is False


def test_verdict_to_dict(national):
    d = judge_column([date(2019, 3, 5), date(2019, 2, 27)], "news", AS_OF, national).to_dict()
    assert d == {
        "last_update": "2019-02-27", "items": 2, "dated_items": 2, "days_since": 2, "threshold_days": 14,
        "stale": False, "empty": False, "future_dates": ["2019-03-05"], "verdict": "ok",
    }


def test_an_unread_column_is_neither_empty_nor_stale(national):
    never = judge_column([], "news", AS_OF, national, unverified="its page could not be read (timeout)")
    assert (never.empty, never.stale, never.verdict) == (False, False, "unverified")
    old = judge_column([AS_OF - timedelta(days=400)], "news", AS_OF, national, unverified="list page 2 failed")
    assert (old.empty, old.stale, old.verdict) == (False, False, "unverified")
    assert judge_column([], "news", AS_OF, national).verdict == "empty"
    assert judge_column([AS_OF - timedelta(days=40)], "news", AS_OF, national).verdict == "stale"


@pytest.mark.parametrize("dates, order", [
    ([5, 4, 4, 2, 1], "newest_first"),
    ([1, 2, 3, 9, 8, 7, 6, 5, 4], "newest_first"),  # two old items pinned on top
    ([1, 2, 3, 4, 5], "oldest_first"),
    ([0, 1, 2, 3, 4, 5], "oldest_first"),
    ([3, 9, 1, 7, 2, 8], "unsorted"),
    ([4], "newest_first"),
    ([None, 3, None, 2], "newest_first"),
])
def test_list_order(dates, order):
    assert list_order([None if d is None else date(2019, 1, 1 + d) for d in dates]) == order


def test_a_block_found_on_many_pages_is_the_sites():
    pages = [("/a/", ["side", "a-own"]), ("/b/", ["side", "b-own"]), ("/a/t1.html", ["side"]),
             ("/a/t2.html", ["side"]), ("/c/", ["c-own"]), ("/", ["c-own"])]
    wide = sitewide_signatures(pages, {"/a/", "/b/", "/c/"})
    assert set(wide) == {"side"}  # a column's list previewed on one other page stays the column's


def test_own_list_takes_the_sites_block_out():
    evidence = {"blocks": [{"sig": "own", "dates": ["2019-01-02", "2019-01-01"], "picked": True},
                           {"sig": "side", "dates": ["2019-03-01"], "picked": True}],
                "dates": ["2019-01-02", "2019-01-01", "2019-03-01", "2018-12-30"], "first": 3}
    own = own_list(evidence, {"side": {"/x/", "/y/"}})
    assert own.dates == [date(2019, 1, 2), date(2019, 1, 1), date(2018, 12, 30)] and not own.static
    assert own_list(evidence, {}) is None


def test_a_site_block_made_of_the_columns_own_items_leaves_them_in():
    # the box shows the column's newest two items: page one's items counted them once
    evidence = {"blocks": [{"sig": "own", "dates": ["2019-03-01", "2019-02-27", "2019-02-20"], "picked": True},
                           {"sig": "side", "dates": ["2019-03-01", "2019-02-27"], "picked": True}],
                "dates": ["2019-03-01", "2019-02-27", "2019-02-20"], "first": 3}
    assert max(own_list(evidence, {"side": set()}).dates) == date(2019, 3, 1)


def test_nothing_of_its_own_is_empty_or_a_plain_page():
    side = {"blocks": [{"sig": "side", "dates": ["2019-03-01"], "picked": True}], "dates": ["2019-03-01"]}
    assert own_list({**side, "empty_list": True}, {"side": set()}).dates == []
    assert own_list(side, {"side": set()}).static
    undated = {**side, "blocks": side["blocks"] + [{"sig": "own", "dates": [None, None], "picked": False}]}
    assert own_list(undated, {"side": set()}).reason  # its articles were not read: unverified


def test_a_block_shown_only_on_the_columns_own_pages_stays_its_list():
    """A young column's articles each show its whole list in a box: the block is on many pages, all under the
    column's folder; the same block on another folder's pages is the site's."""
    evidence = {"blocks": [{"sig": "own", "dates": ["2026-11-27", "2026-11-20"], "picked": True},
                           {"sig": "pics", "dates": ["2026-02-01"], "picked": False}],
                "dates": ["2026-11-27", "2026-11-20"], "first": 2}
    column = "http://x.gov.cn/djdt/"
    mine = {column, "http://x.gov.cn/djdt/202611/t20261127_1.html", "http://x.gov.cn/djdt/202611/t20261120_2.html"}
    assert own_list(evidence, {"own": mine}, column) is None
    wide = own_list(evidence, {"own": mine | {"http://x.gov.cn/tzgg/202611/t20261101_3.html"}}, column)
    assert wide is not None and max(wide.dates) == date(2026, 2, 1)
    assert own_list(evidence, {"own": {"http://x.gov.cn/a.html", "http://x.gov.cn/b.html"}}, "http://x.gov.cn/")


def _boxes(*headings, picked=True):
    return {"blocks": [{"sig": h, "dates": ["2026-11-11"], "picked": picked, "heading": h} for h in headings]}


@pytest.mark.parametrize("evidence, channel", [
    # 新闻中心's page: its columns' boxes, each under the column's name and its 更多 link
    (_boxes("镇务动态 更多>>", "工作动态 更多>>", "部门动态"), True),
    # one box is a column's own list however it is headed
    (_boxes("镇务动态 更多>>"), False),
    # its own list beside them, unheaded or under its own name
    (_boxes("镇务动态 更多>>", "工作动态 更多>>", ""), False),
    (_boxes("镇务动态 更多>>", "新闻中心"), False),
    # a box under a name that is no column's
    (_boxes("镇务动态 更多>>", "热点新闻 更多>>"), False),
    # an empty list of its own beside the boxes: an empty column, not a channel page
    ({**_boxes("镇务动态", "工作动态"), "empty_list": True}, False),
])
def test_a_channel_page_of_other_columns_boxes_is_no_column(evidence, channel):
    assert channel_page(evidence, "新闻中心", {"新闻中心", "镇务动态", "工作动态", "部门动态"}) is channel


@pytest.mark.parametrize("evidence, empty", [
    # an empty list of its own beside a box of another column's newest: read from the box, an empty column
    ({**_boxes("工作动态"), "empty_list": True}, True),
    ({**_boxes("工作动态 更多>>", "镇务动态"), "placeholder": True}, True),
    # nothing says its own list is empty: the box is its list
    (_boxes("工作动态"), False),
    # a box under its own name, its parent's (a template's title over the column's list) or no column's
    ({**_boxes("规划计划"), "empty_list": True}, False),
    ({**_boxes("政务公开"), "empty_list": True}, False),
    ({**_boxes("最新信息"), "empty_list": True}, False),
    ({**_boxes("工作动态", ""), "empty_list": True}, False),
])
def test_an_empty_list_beside_other_columns_boxes_is_an_empty_column(evidence, empty):
    names = {"政务公开", "规划计划", "工作动态", "镇务动态"}
    assert beside_others_boxes(evidence, "规划计划", "政务公开", names) is empty


@pytest.mark.parametrize(("name", "expected"), [
    # the indicators' other interaction columns ask no reply for the interaction columns' 3 months to time
    ("互动访谈", "other"), ("访谈互动", "other"), ("互动征集", "other"), ("网上调查", "other"), ("在线调查", "other"),
    # consultation columns stay so
    ("互动交流", "interaction"), ("局长信箱", "interaction"), ("咨询投诉", "interaction"), ("政民互动", "interaction"),
])
def test_interviews_and_consultations_of_the_public_are_no_interaction_column_to_time(national, name, expected):
    assert column_type(name, None, national) == expected


def test_a_stored_column_is_typed_anew_under_the_profile_judging_it(national, tmp_path):
    """A re-judged run takes the profile's names: a profile of this test's own calls 双公示 a notice column."""
    path = tmp_path / "decisions-notice.yaml"
    path.write_text("extends: national-2019\nname: decisions-notice\ncolumns:\n  patterns:\n"
                    "    - {match: 双公示, type: notice}\n    - {match: 动态, type: news}\n", encoding="utf-8")
    custom = load_profile(path)
    assert typed_anew("双公示", "other", (None, None, None, False), custom) == "notice"
    assert typed_anew("公示", "other", (None, "信用信息双公示", None, False), custom) == "notice"  # its page's heading
    assert typed_anew("双公示", "notice", (None, None, None, False), national) == "other"
    assert typed_anew("工作动态", "news", ("other", None, None, False), custom) == "other"  # a meta naming a type
    # the site list's override still wins; one the profile has no type for keeps the stored type
    assert typed_anew("双公示", "other", (None, None, "other", False), custom) == "other"
    assert typed_anew("双公示", "other", (None, None, "press", False), custom) == "other"
    # an archived 专题's list, untimed under any profile's names
    assert typed_anew("双公示", "notice", (None, None, None, True), custom) == "other"
    # a run stored before what typed it was kept: its stored type
    assert typed_anew("双公示", "other", None, custom) == "other"


def test_an_archived_topics_list_is_untimed_whatever_its_name(national):
    for name in ("疫情防控动态", "党史学习教育动态", "通知公告", "政策文件"):
        assert column_type(name, None, national, archived=True) == "other", name
        assert column_type(name, None, national) != "other", name
    assert column_type("工作动态", "news", national, archived=True) == "other"  # its CMS's ColumnType as well
    assert column_type("疫情防控动态", None, national, override="news", archived=True) == "news"  # the list's own say


@pytest.mark.parametrize("name, expected", [
    # news: reports as they happen
    ("领导活动", "news"), ("媒体关注", "news"), ("视频新闻", "news"), ("基层动态", "news"), ("图片新闻", "news"),
    # documents, and the press conferences that read them (解读回应)
    ("部门文件", "policy"), ("新闻发布会", "policy"),
    ("人事信息", "personnel"), ("人事任免", "personnel"),
    ("公示公告", "notice"),
    # plans and the yearly work they plan and report, timed a year
    ("规划计划", "plan"), ("年度计划", "plan"), ("工作总结", "plan"),
    # yearly reports, data, procurement, interviews, hubs and services: not timed
    ("财政预决算", "other"), ("政府信息公开年报", "other"), ("建议提案办理", "other"), ("政府工作报告", "other"),
    ("统计数据", "other"), ("统计公报", "other"), ("统计分析", "other"), ("招标公告", "other"), ("政府采购", "other"),
    ("在线访谈", "other"), ("重点领域信息公开", "other"), ("热点专题", "other"), ("应急管理", "other"),
    ("权责清单", "other"), ("办事指南", "other"), ("公共服务", "other"),
])
def test_real_menus_names(national, name, expected):
    assert column_type(name, None, national) == expected
