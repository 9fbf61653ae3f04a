"""Hanweb column pages and dataproxy.jsp responses (govcheck/cms/hanweb.py)."""

from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
from parsel import Selector

from govcheck.cms import parse_list
from govcheck.cms.hanweb import HanwebList, parse_hanweb_records
from tests.cms.pages import FIXTURES, real, small

COLUMN = "http://www.xx.gov.cn/col/col1234/index.html"
PROXY = ("http://www.xx.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=6&endrecord=10&perpage=5"
         "&col=1&appid=1&webid=12&path=%2F&columnid=1234&sourceContentType=1&unitid=41234&permissiontype=0")


@pytest.fixture(scope="module")
def column():
    return parse_list(small("hanweb_column.html"), COLUMN)


def test_family(column):
    assert column.family == "hanweb"


def test_records_are_the_items_not_the_sidebar(column):
    assert [i.title for i in column.items] == ["关于征集民生实事项目的公告", "关于春节期间烟花爆竹燃放的通告",
                                               "关于开展冬季安全检查的通知", "政府信息公开工作年度报告",
                                               "元旦假期工作安排"]


def test_shown_date_counts_over_the_url(column):
    assert column.items[1].date == date(2024, 2, 4)  # the URL says 2024/2/5


def test_undated_record_falls_back_to_the_url_date(column):
    item = column.items[3]
    assert (item.date, item.raw_date) == (date(2024, 1, 12), None)


def test_next_group_from_the_jpage_call(column):
    (url, form), = column.post_requests
    query = parse_qs(urlsplit(url).query)
    assert (query["startrecord"], query["endrecord"], query["perpage"]) == (["6"], ["10"], ["5"])
    assert url.startswith("http://www.xx.gov.cn/module/web/jpage/dataproxy.jsp?")
    assert form == {"col": "1", "appid": "1", "webid": "12", "path": "/", "columnid": "1234",
                    "sourceContentType": "1", "unitid": "41234", "webname": "某市人民政府", "permissiontype": "0"}


def test_the_last_group_for_a_list_sorted_oldest_first(column):
    """23 records in groups of 5: the newest of an oldest-first list are records 21 to 23."""
    url, form = column.last_post
    query = parse_qs(urlsplit(url).query)
    assert (query["startrecord"], query["endrecord"], query["perpage"]) == (["21"], ["23"], ["5"])
    assert form["columnid"] == "1234"


def test_the_total_is_the_jpage_call_given_the_datastore_not_a_search_forms():
    """The Jiangsu page's search form calls jpage with totalRecord 1000 before the call given its datastore (138)."""
    listing = parse_list(*real("15-jsfzggw-tzgg-2026.html"))
    query = parse_qs(urlsplit(listing.last_post[0]).query)
    assert (query["startrecord"], query["endrecord"]) == (["121"], ["138"])


def test_a_store_that_counts_nothing_knows_no_last_group():
    page = ('<div id="1"><script type="text/xml"><datastore><recordset><record><![CDATA[<li><a href="/art/2026/1/2/'
            'art_5_1.html">一</a><span>2026-01-02</span></li>]]></record></recordset></datastore></script></div>')
    assert parse_list(Selector(text=page), COLUMN).last_post is None


def test_column_name(column):
    assert column.column_name == "通知公告"


def test_proxy_response_items_and_following_group():
    text = (FIXTURES / "cms" / "hanweb_proxy_6_10.xml").read_text(encoding="utf-8")
    page = parse_hanweb_records(text, PROXY)
    assert len(page.items) == 5
    assert page.items[0].url == "http://www.xx.gov.cn/art/2023/12/28/art_1234_8950.html"
    assert page.items[-1].date == date(2023, 11, 20)
    (url, form), = page.post_requests
    query = parse_qs(urlsplit(url).query)
    assert (query["startrecord"], query["endrecord"]) == (["11"], ["15"])
    assert form["columnid"] == "1234" and form["unitid"] == "41234"


def test_last_group_stops():
    text = (FIXTURES / "cms" / "hanweb_proxy_6_10.xml").read_text(encoding="utf-8")
    beyond = PROXY.replace("startrecord=6&endrecord=10", "startrecord=21&endrecord=25")
    assert parse_hanweb_records(text, beyond).post_requests == []  # 23 records in all
    short = text.replace("<record>", "<!--", 1).replace("</record>", "-->", 1)  # 4 records: a short group
    assert parse_hanweb_records(short, PROXY).post_requests == []


def test_empty_response():
    page = parse_hanweb_records("<datastore><recordset></recordset></datastore>", PROXY)
    assert page.items == [] and page.post_requests == []


def test_records_in_jpages_older_array_form():
    """var InitData49468; InitData49468=['<tr>…', …]; …jpage({dataStore:InitData49468, proxyUrl:…}) (a city's
    procurement site, 2014): the array's rows are the list, the next group asked where its proxyUrl says."""
    rows = ",".join(f"""'<tr><td><a href=\\'/art/2014/7/{d}/art_30067_{d}.html\\' title=\\'采购项目{d}\\'>"""
                    f"""采购项目{d}招标公告</a></td><td>[2014-07-{d:02d}]</td></tr>'""" for d in range(14, 4, -1))
    script = (f"var InitData49468;InitData49468=[{rows}];$(function(){{$('#49468').jpage({{totalRecord:1418,"
              "dataStore:InitData49468,groupSize:3,proxyUrl:'/module/jslib/jquery/jpage/dataproxy.jsp',perPage:10,"
              "ajaxParam:{col:1,appid:'1',webid:60,path:'/',columnid:30067,unitid:'49468',permissiontype:0}});});")
    side = '<ul><li><a href="/art/2014/7/15/art_1_1.html">热点</a><span>2014-07-15</span></li></ul>'
    html = f'<html><body><div id="49468"></div><script>{script}</script>{side}</body></html>'
    page = parse_list(Selector(text=html), "http://zfcg.example.gov.cn/col/col30067/index.html")
    assert [i.date for i in page.items] == [date(2014, 7, d) for d in range(14, 4, -1)]
    (url, form), = page.post_requests
    assert url.startswith("http://zfcg.example.gov.cn/module/jslib/jquery/jpage/dataproxy.jsp?startrecord=11&")
    assert HanwebList.answers(url) and form["columnid"] == "30067"


def test_an_array_no_jpage_call_names_is_no_record_group():
    html = ("<html><body><script>var InitData1=['<li>x</li>'];</script>"
            '<ul><li><a href="/art/2014/7/1/art_1_1.html">关于开展某项工作的通知</a><span>2014-07-01</span></li></ul>'
            "</body></html>")
    page = parse_list(Selector(text=html), "http://www.xx.gov.cn/col/col1/index.html")
    assert [i.title for i in page.items] == ["关于开展某项工作的通知"]


@pytest.mark.parametrize(("store", "empty"), [
    ("<datastore><totalrecord>0</totalrecord><recordset></recordset></datastore>", True),
    ("<datastore><recordset></recordset></datastore>", True),  # jpage's call below counts none
    ("<datastore><totalrecord>12</totalrecord><recordset></recordset></datastore>", False),  # counts some: unknown
])
def test_a_datastore_of_no_record_is_an_empty_list(store, empty):
    html = (f'<html><body><div id="41235"><script type="text/xml">{store}</script></div><script>'
            "$('#41235').jpage({totalRecord:0,perPage:15,proxyUrl:'/module/web/jpage/dataproxy.jsp'});</script>"
            "</body></html>")
    if "12" in store:
        html = html.replace("totalRecord:0", "totalRecord:12")
    page = parse_list(Selector(text=html), "http://www.xx.gov.cn/col/col1235/index.html")
    assert page.items == [] and page.placeholder is empty


def _unit(unit: int, col: int, days: list[int], total: int | None = None, named: bool = True) -> str:
    records = "".join(f'<record><![CDATA[<li><a href="/art/2026/{d // 100}/{d % 100}/art_{col}_{unit}{d}.html">'
                      f"第{unit}单元第{d}条信息标题</a><span>2026-{d // 100:02d}-{d % 100:02d}</span></li>]]></record>"
                      for d in days)
    group = (f'<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=1&columnid={col}'
             f'&unitid={unit}"></a>]]></nextgroup>') if named else ""
    return (f'<div id="{unit}"><script type="text/xml"><datastore>{group}<recordset>{records}</recordset></datastore>'
            f'</script></div><script>$("#{unit}").jpage({{perPage:15, totalRecord:{total or len(days)}, '
            f'proxyUrl:"/module/web/jpage/dataproxy.jsp", ajaxParam:{{columnid:{col}, unitid:{unit}}}}});</script>')


@pytest.mark.parametrize("named", [True, False])
def test_of_several_units_the_columns_own_datastore_is_its_list(named):
    """A 政策解读 unit before 政策文件's list (col1004): the list is the unit that names the column, by its group's
    columnid or its articles' art_1004_; else the largest."""
    side = _unit(3011, 1011, [420, 315], named=named)
    own = _unit(3004, 1004, [1118, 1030, 902], total=40, named=named)
    page = parse_list(Selector(text=f"<div class='left'>{side}</div><div class='right'>{own}</div>"),
                      "http://www.xx.gov.cn/col/col1004/index.html", as_of=date(2026, 12, 1))
    assert max(i.date for i in page.items) == date(2026, 11, 18) and len(page.items) == 3
    ((proxy, form),) = page.post_requests  # its next group: 40 records in all
    assert form["unitid"] == "3004" and parse_qs(urlsplit(proxy).query)["startrecord"] == ["4"]
