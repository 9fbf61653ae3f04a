"""Lists loaded by a page's own script: finding the endpoint, reading its answer (govcheck/cms/endpoints.py)."""

from datetime import date

import pytest
from parsel import Selector

from govcheck.cms.base import Endpoint
from govcheck.cms.endpoints import error_answer, find_endpoints, parse_endpoint
from govcheck.cms.hanweb import parse_hanweb_records
from tests.cms.pages import FIXTURES, REAL_URLS, real, real_text

PAGE = "http://www.xx.gov.cn/zcwj/index.html"


def endpoints(script: str, head: str = "") -> list[Endpoint]:
    html = f"<html><head>{head}</head><body><ul id='list'></ul><script>{script}</script></body></html>"
    return find_endpoints(Selector(text=html), PAGE)


# --- the forms a script writes ----------------------------------------------------------------------------

def test_xhr_open_get():
    script = 'var x = new XMLHttpRequest(); x.open("GET", "/api/list.json?page=1", true); x.send();'
    assert endpoints(script) == [Endpoint("http://www.xx.gov.cn/api/list.json?page=1")]


def test_xhr_post_sends_the_body_of_send():
    script = "var x = new XMLHttpRequest();\nx.open('POST', 'data/list.do');\nx.send('columnId=12&page=1');"
    assert endpoints(script) == [Endpoint("http://www.xx.gov.cn/zcwj/data/list.do", "POST",
                                          {"columnId": "12", "page": "1"})]


def test_fetch():
    assert endpoints("fetch('/api/news').then(r => r.json()).then(render);") == [
        Endpoint("http://www.xx.gov.cn/api/news")]


def test_fetch_post_with_a_body():
    script = "fetch('/api/news', {method: 'POST', body: new URLSearchParams({col: '5', size: 20})})"
    assert endpoints(script) == [Endpoint("http://www.xx.gov.cn/api/news", "POST", {"col": "5", "size": "20"})]


def test_get_json_with_data():
    script = "$.getJSON('../api/items.json', {channel: 'tzgg', n: 15}, function (d) { $('#list').html(d); });"
    assert endpoints(script) == [
        Endpoint("http://www.xx.gov.cn/api/items.json", "GET", {"channel": "tzgg", "n": "15"})]


def test_ajax_settings_with_url_type_and_data():
    script = """$.ajax({
        url: '/interface/list.jsp',
        type: 'post',
        dataType: 'json',
        data: {columnid: '1234', pageNo: 1, size: pageSize},
        success: function (res) { var row = {title: res.t}; }
    });"""
    # size is a variable: its value is unknown, so it is not sent
    assert endpoints(script) == [Endpoint("http://www.xx.gov.cn/interface/list.jsp", "POST",
                                          {"columnid": "1234", "pageNo": "1"})]


def test_ajax_url_first_with_a_query_string_body():
    assert endpoints("$.ajax('/api/x', {type: 'POST', data: 'a=1&b=2'})") == [
        Endpoint("http://www.xx.gov.cn/api/x", "POST", {"a": "1", "b": "2"})]


def test_jquery_post():
    script = 'jQuery.post("/front/list", {"webId": "7"}, function(data){ $("#list").append(data); });'
    assert endpoints(script) == [Endpoint("http://www.xx.gov.cn/front/list", "POST", {"webId": "7"})]


def test_get_with_a_callback_sends_nothing():
    script = "$.get('/fragment/list_1.html', function(html){ $('#list').html(html) });"
    assert endpoints(script) == [Endpoint("http://www.xx.gov.cn/fragment/list_1.html")]


def test_axios_get_with_params():
    script = "axios.get('/api/v1/articles', { params: { cat: 'notice', page: 1 } }).then(fill)"
    assert endpoints(script) == [Endpoint("http://www.xx.gov.cn/api/v1/articles", "GET",
                                          {"cat": "notice", "page": "1"})]


def test_axios_config_object():
    assert endpoints("axios({method: 'post', url: '/api/v2/list', data: {a: 'b'}})") == [
        Endpoint("http://www.xx.gov.cn/api/v2/list", "POST", {"a": "b"})]


def test_jquery_load_puts_a_page_into_an_element():
    """$(…).load(url): the HTML it brings is the list; a selector after a space only picks part of it."""
    assert endpoints('$("#list").load("list_ajax.html");') == [Endpoint("http://www.xx.gov.cn/zcwj/list_ajax.html")]
    assert endpoints("jQuery('#list').load('/zcwj/list.html #rows', function () { init(); });") == [
        Endpoint("http://www.xx.gov.cn/zcwj/list.html")]
    assert endpoints("$(window).load(function () { $('#list').show(); }); $('#x').load(url);") == []


def test_script_attributes_name_the_endpoint():
    html = """<html><body><script src="/js/unitbuild.js" url="/api/unit"
        queryData="{'webId':'7','tagId':'信息列表'}"></script></body></html>"""
    assert find_endpoints(Selector(text=html), PAGE) == [
        Endpoint("http://www.xx.gov.cn/api/unit", "GET", {"webId": "7", "tagId": "信息列表"})]


# --- what is not an endpoint ------------------------------------------------------------------------------

def test_other_hosts_code_styles_and_pictures_are_not_endpoints():
    script = ("$.getJSON('https://api.other.cn/list'); $.get('/static/a.css'); fetch('/img/a.png');"
              "$.get('/js/app.js'); $.get('//tongji.other.cn/hit')")
    assert endpoints(script) == []


def test_a_field_sent_from_the_pages_config_object_is_read_there():
    # gkmlpt's pages keep the site's id in window._CONFIG; its list asked without it is another list (none)
    head = "<script>window._CONFIG = {SID: '662021', TREE: [{id: 721, name: '通知公告'}]};</script>"
    script = "$.getJSON('/gkmlpt/api/all/721', {page: 1, sid: window._CONFIG.SID}, function (d) {});"
    assert endpoints(script, head) == [Endpoint("http://www.xx.gov.cn/gkmlpt/api/all/721", "GET",
                                                {"page": "1", "sid": "662021"})]
    assert endpoints("var siteId = 12;\n$.ajax({url: '/api/list.do', data: {siteId: siteId, pageNo: 1}});") == [
        Endpoint("http://www.xx.gov.cn/api/list.do", "GET", {"siteId": "12", "pageNo": "1"})]


def test_a_request_of_a_field_that_cannot_be_known_is_not_read_as_sent():
    # the column's id in a variable no literal names: asked without it, the backend answers another list
    assert endpoints("$.post('/api/list.do', {columnId: getColumn(), page: 1}, fill);") == []
    assert endpoints("var id = 'c' + n; $.ajax({url: '/api/list.do', data: {columnId: id}});") == []


def test_window_open_is_not_a_request():
    assert endpoints("window.open('/api/open'); win.open('/wap/index.html', '_self');") == []


def test_a_url_built_from_variables_is_not_guessed():
    assert endpoints("$.get('/api/list?page=' + page); fetch(`/api/${col}/list`);") == []


def test_text_of_a_script_with_src_is_not_run():
    html = "<html><body><script src='/js/a.js'>fetch('/api/ignored')</script></body></html>"
    assert find_endpoints(Selector(text=html), PAGE) == []


def test_page_order_each_once():
    script = "fetch('/api/b'); $.get('/api/a'); fetch('/api/b')"
    assert [e.url for e in endpoints(script)] == ["http://www.xx.gov.cn/api/b", "http://www.xx.gov.cn/api/a"]


def test_relative_urls_resolve_against_the_base_tag():
    head = "<base href='http://www.xx.gov.cn/sub/'>"
    assert endpoints("fetch('api/a')", head) == [Endpoint("http://www.xx.gov.cn/sub/api/a")]


def test_get_request_url_carries_the_fields():
    assert Endpoint("http://www.xx.gov.cn/api?x=1", "GET", {"tagId": "信息列表"}).request_url() == \
        "http://www.xx.gov.cn/api?x=1&tagId=%E4%BF%A1%E6%81%AF%E5%88%97%E8%A1%A8"
    assert Endpoint("http://www.xx.gov.cn/api", "POST", {"a": "1"}).request_url() == "http://www.xx.gov.cn/api"


# --- answers ----------------------------------------------------------------------------------------------

def read(text: str, **kw) -> list[tuple]:
    return [(i.title, i.url, i.date) for i in parse_endpoint(text, PAGE, **kw).items]


def test_json_items_resolve_against_the_page():
    text = ('{"items":[{"title":"甲","url":"/a/1.html","date":"2024-03-05"},'
            '{"title":"乙","url":"b/2.html","date":"2024-03-01"}]}')
    assert read(text) == [("甲", "http://www.xx.gov.cn/a/1.html", date(2024, 3, 5)),
                          ("乙", "http://www.xx.gov.cn/zcwj/b/2.html", date(2024, 3, 1))]


def test_json_html_with_an_unpaired_surrogate_escape_is_still_read():
    """A "\\ud800" escape with no pair decodes to text lxml refuses: it is read as a replacement character."""
    text = ('{"data":{"html":"<li><a href=\\"/a/1.html\\">甲\\ud800</a><span>2024-03-05</span></li>'
            '<li><a href=\\"/a/2.html\\">乙</a><span>2024-03-01</span></li>"}}')
    assert [(t[1], t[2]) for t in read(text)] == [("http://www.xx.gov.cn/a/1.html", date(2024, 3, 5)),
                                                  ("http://www.xx.gov.cn/a/2.html", date(2024, 3, 1))]


def test_xml_a_recovering_parser_mangles_is_read_as_html_without_an_error():
    """Element names no XML name allows and a character reference to a surrogate: the answer is read, as XML where
    it can be, else as HTML; never an exception that leaves the column unread."""
    text = ('<?xml version="1.0"?><datastore><recordhttp:x>&#xD800;</recordhttp:x>'
            '<record><![CDATA[<li><a href="/a/1.html">甲</a><span>2024-03-05</span></li>]]></record></datastore>')
    assert [(t[1], t[2]) for t in read(text, content_type="text/xml")] == [
        ("http://www.xx.gov.cn/a/1.html", date(2024, 3, 5))]


def test_an_html_answer_with_an_xml_declaration_is_read_as_html():
    text = '<?xml version="1.0" encoding="utf-8"?><ul><li><a href="/a/2.html">乙</a><span>2024-03-01</span></li></ul>'
    assert [(t[1], t[2]) for t in read(text)] == [("http://www.xx.gov.cn/a/2.html", date(2024, 3, 1))]


def test_json_list_with_link_and_pub_date():
    text = ('{"code":0,"data":{"total":1,'
            '"list":[{"title":"丙","link":"http://www.xx.gov.cn/c.html","pubDate":"2024年3月6日"}]}}')
    assert read(text) == [("丙", "http://www.xx.gov.cn/c.html", date(2024, 3, 6))]


def test_json_date_nested_and_as_an_epoch_stamp():
    # 1709654400000 ms is 2024-03-05 16:00 UTC: 6 March on a Chinese portal
    text = '{"rows":[{"docTitle":"丁","docPubUrl":"/d.html","meta":{"publishTime":1709654400000}}]}'
    assert read(text) == [("丁", "http://www.xx.gov.cn/d.html", date(2024, 3, 6))]


@pytest.mark.parametrize(("dates", "shown"), [
    ('"signDate":"2026-04-16","effectiveDate":"2026-05-16"', None),  # signed, in force: when put up, not said
    ('"cwrq":"2026-04-16","updateTime":"2026-11-20 10:00"', date(2026, 11, 20)),
    ('"startTime":"2026-12-05","endTime":"2026-12-09","createTime":"2026-11-18"', date(2026, 11, 18)),
    # gkmlpt: `date` its 成文日期 (2026-11-01 00:00), display_publish_time its publication (2026-11-21 09:30)
    ('"date":1793462400,"created_at":"2026-11-21 09:30:00","display_publish_time":1795224600', date(2026, 11, 21)),
    ('"date":"2026-11-01","publish_time":"2026-11-21"', date(2026, 11, 21)),
])
def test_a_json_items_other_days_date_nothing(dates, shown):
    text = f'{{"data":[{{"title":"规范性文件","url":"/f.html",{dates}}}]}}'
    assert read(text) == [("规范性文件", "http://www.xx.gov.cn/f.html", shown)]


@pytest.mark.parametrize(("dates", "shown"), [
    # TRS 海云's document in the platform's order of its fields: created on the platform (an import) and last touched
    # weeks after its publication, DOCRELTIME, the day its page shows
    ('"CRTIME":"2026-11-17 09:00:00","DOCRELTIME":"2026-10-12 09:00:00","CHNLDOC_OPERTIME":"2026-11-17 10:00:00"',
     date(2026, 10, 12)),
    ('"createTime":"2026-11-18 08:00","updateTime":"2026-11-19","time":"2026-10-02"', date(2026, 10, 2)),
    ('"CRTIME":"2026-11-17 09:00:00"', date(2026, 11, 17)),  # the only day it names
])
def test_a_records_creation_or_last_change_dates_it_only_when_no_other_day_is_named(dates, shown):
    text = f'{{"total":1,"data":[{{"DOCID":"1","DOCTITLE":"基层动态","DOCPUBURL":"/f.html",{dates}}}]}}'
    assert read(text) == [("基层动态", "http://www.xx.gov.cn/f.html", shown)]


def test_json_wrapper_with_its_own_title_and_url_is_not_an_item():
    text = ('{"pageTitle":"通知","nextUrl":"/api?p=2",'
            '"rows":[{"title":"戊","url":"/e.html","time":"2024-02-01 10:00"}]}')
    assert read(text) == [("戊", "http://www.xx.gov.cn/e.html", date(2024, 2, 1))]


def test_jsonp():
    assert read('cb({"list":[{"title":"己","url":"/f.html","date":"2024-01-02"}]});') == [
        ("己", "http://www.xx.gov.cn/f.html", date(2024, 1, 2))]


def test_html_inside_a_json_string():
    text = '{"data":{"html":"<ul><li><a href=\\"/g.html\\">庚</a><span>2024-01-03</span></li></ul>"}}'
    assert read(text, content_type="application/json;charset=UTF-8") == [
        ("庚", "http://www.xx.gov.cn/g.html", date(2024, 1, 3))]


def test_xml_items_and_not_their_channel():
    text = ('<?xml version="1.0" encoding="GBK"?><rss><channel><title>站</title><link>http://www.xx.gov.cn/</link>'
            '<item><title>辛</title><link>/h.html</link><pubDate>2024-01-04</pubDate></item></channel></rss>')
    assert read(text) == [("辛", "http://www.xx.gov.cn/h.html", date(2024, 1, 4))]


def test_xml_records_of_cdata_html_read_as_hanweb_does():
    text = (FIXTURES / "cms" / "hanweb_proxy_6_10.xml").read_text(encoding="utf-8")
    hanweb = parse_hanweb_records(text, PAGE)
    assert [(i.url, i.date) for i in parse_endpoint(text, PAGE).items] == [(i.url, i.date) for i in hanweb.items]


def test_plain_html():
    text = ("<ul><li><a href='/i.html'>壬</a><span>2024-01-05</span></li>"
            "<li><a href='/j.html'>癸</a><span>2024-01-01</span></li></ul>")
    assert read(text, content_type="text/html") == [("壬", "http://www.xx.gov.cn/i.html", date(2024, 1, 5)),
                                                     ("癸", "http://www.xx.gov.cn/j.html", date(2024, 1, 1))]


def test_empty_and_unreadable_answers_have_no_item():
    for text in ('{"data":[]}', "", "not a list", "{broken"):
        page = parse_endpoint(text, PAGE)
        assert page.items == [] and page.family == "endpoint"


# --- realpages 16 and 17 ----------------------------------------------------------------------------------

def test_realpage_16_names_the_unit_endpoint_and_its_query_data():
    (unit,) = find_endpoints(*real("16-zjfzggw-xzgfxwj-2026.html"))
    assert (unit.url, unit.method) == (REAL_URLS["17-zjfzggw-xzgfxwj-2026-unit.json"], "GET")
    assert (unit.form["webId"], unit.form["pageId"], unit.form["tagId"]) == ("3185", "1229565788", "信息列表")
    assert unit.form["tplSetId"] == "o0YcVHHq5vWtr3uiCp4SY"


def test_realpage_17_answer():
    page = parse_endpoint(real_text("17-zjfzggw-xzgfxwj-2026-unit.json"), REAL_URLS["16-zjfzggw-xzgfxwj-2026.html"])
    dates = [i.date for i in page.items]
    assert (len(dates), max(dates), min(dates)) == (15, date(2026, 6, 5), date(2025, 1, 27))


def test_an_answer_with_only_empty_arrays_is_an_empty_list():
    empty = parse_endpoint('{"code": 200, "data": {"total": 0, "list": []}}', "http://a.gov.cn/x/")
    assert empty.items == [] and empty.placeholder
    odd = parse_endpoint('{"code": 200, "data": {"rows": [{"a": 1}]}}', "http://a.gov.cn/x/")
    assert odd.items == [] and not odd.placeholder  # something this reader does not know: not empty


@pytest.mark.parametrize(("target", "read"), [
    ('$("#list").html(h)', True),  # the script writes its list into the box that says 暂无数据 until then
    ("document.getElementById('list').innerHTML = h", True),
    ('$("#side").html(h)', False),  # another box: the list says it is empty
])
def test_a_placeholder_a_script_replaces_is_read_where_the_script_loads_the_list(target, read):
    from govcheck.cms import parse_list

    html = ('<div class="main"><ul id="list"><li class="nodata">暂无数据</li></ul><div id="side"></div></div>'
            '<script>$(function(){ $.getJSON("/api/tzgg.json", {page: 1}, function(res){ var h = "";'
            f" $.each(res.data, function(i, r){{ h += '<li>' + r.title + '</li>'; }}); {target}; }}); }});</script>")
    page = parse_list(Selector(text=html), "http://www.xx.gov.cn/tzgg/")
    assert page.placeholder
    assert [e.url for e in page.endpoints] == (["http://www.xx.gov.cn/api/tzgg.json"] if read else [])


@pytest.mark.parametrize(("text", "said"), [
    ('{"code": 500, "msg": "系统繁忙，请稍后再试", "data": null}', "系统繁忙，请稍后再试"),
    ('{"code": 401, "msg": "请先登录"}', "请先登录"),  # a login wall
    ('{"code": "500"}', "状态500"),
    ('{"status": -1, "message": " 未授权 "}', "未授权"),
    ('{"success": false}', "请求未成功"),
    ('{"code": 200, "msg": "操作成功", "data": {"records": [], "total": 0}}', None),  # an empty list
    # the error beside its answer's empty defaults: no list either
    ('{"code": 500, "data": []}', "状态500"),
    ('{"total": 0, "rows": [], "code": 500, "msg": "系统繁忙"}', "系统繁忙"),
    ('{"success": false, "rows": [], "total": 0, "message": "查询失败"}', "查询失败"),
    ('{"total": 0, "rows": [], "code": 200, "msg": "查询成功"}', None),  # an empty list
    ('{"code": 500, "data": [{"title": "x"}]}', None),  # a list, whatever its status
    # the error said in words alone: a status word, a message under no status, a code of no HTTP's, WeChat's errcode
    ('{"status": "error", "rows": []}', "状态error"),
    ('{"total": 0, "rows": [], "msg": "系统异常"}', "系统异常"),
    ('{"success": false, "data": []}', "请求未成功"),
    ('{"code": "9999", "message": "服务器内部错误", "list": []}', "服务器内部错误"),
    ('{"errcode": 40001, "errmsg": "invalid token", "data": null}', "invalid token"),
    ('{"result": "FAIL", "msg": "Request timed out", "rows": []}', "Request timed out"),
    # real empty answers, whatever words their status and message use
    ('{"code": 200, "msg": "success", "total": 0, "rows": []}', None),
    ('{"code": 0, "msg": "操作成功", "data": {"list": []}}', None),
    ('{"status": "ok", "rows": []}', None),
    ('{"errcode": 0, "errmsg": "ok", "data": []}', None),
    ('{"code": 1, "msg": "暂无数据", "rows": []}', None),
    ('{"status": 1, "data": [{"title": "x"}]}', None),
    ('{"code": 0, "msg": "ok"}', None),
    ('{"count": 12345}', None),  # a counter
    ("<html><body>500</body></html>", None),
])
def test_an_answer_that_is_the_backends_error_is_told_from_an_empty_list(text, said):
    assert error_answer(text, "application/json") == said
    # an error is no empty list; a real empty answer is one (an answer of no array, a counter's, says nothing)
    assert parse_endpoint(text, PAGE, content_type="application/json").placeholder == (
        said is None and "[]" in text.replace(" ", ""))
