"""What a column page shows in place of its list when it has none, told from a static page's facts."""

import pytest
from parsel import Selector

from govcheck.cms import is_placeholder
from govcheck.cms.empty_boxes import open_comment_note, said_apart, said_in_its_list


def _column_page(name: str, box: str) -> Selector:
    """A column page of the demo's template: menus, a breadcrumb, the column's heading over `box`, a footer."""
    return Selector(text=(
        f'<html><head><title>{name} - 示范市国资委</title></head><body><div class="nav"><ul><li><a href="/">首页</a>'
        '</li><li><a href="/zwgk/">政务公开</a></li></ul></div>'
        f'<div class="location">当前位置：<a href="/">首页</a> &gt; {name}</div>'
        f'<div class="column"><div class="column-hd"><h2>{name}</h2></div>{box}</div>'
        '<div class="footer"><p>主办单位：示范市国资委 网站标识码：4399000076</p></div></body></html>'))


@pytest.mark.parametrize(("box", "empty"), [
    # a bare 暂无 or 无, all the content under the column's heading shows: its list has nothing
    ('<div class="con"><p align="center">暂无</p></div>', True),
    ('<div class="main-con"><p>无</p></div>', True),
    ('<div class="con"><div class="zw">暂无。</div></div>', True),
    # beside a pager of none
    ('<div class="con"><div class="zw">暂无</div></div><div class="page">共0页 首页 上一页 下一页 尾页</div>', True),
    # a fact's value beside its label: a contact page's 传真：暂无, its table's 传真 | 暂无, a leader's 分工 of 无
    ('<div class="con"><p>地址：示范市行政中心</p><p>传真：暂无</p></div>', False),
    ('<table class="info"><tr><td>地址</td><td>示范市行政中心北楼8楼</td></tr><tr><td>传真</td><td>暂无</td></tr>'
     "</table>", False),
    ('<div class="con"><p>姓名：张三</p><p>分工：</p><p>无</p></div>', False),
    # a 暂无 beside the page's other content (a box of links), or hidden until a script shows it
    ('<div class="con"><p>暂无</p></div><div class="links"><a href="/a/">办事指南</a><a href="/b/">表格下载</a></div>',
     False),
    ('<div class="con"><p style="display:none">暂无</p></div>', False),
])
def test_a_bare_word_alone_under_the_columns_heading_says_its_list_is_empty(box, empty):
    sel = _column_page("企业动态", box)
    assert said_apart(sel) is empty
    assert is_placeholder(sel, "http://127.0.0.1/qydt/index.html") is empty


def test_a_bare_word_under_another_heading_is_no_columns():
    """A side box's 暂无 under its own heading (热点关注), beside the column's heading over a page of facts."""
    box = ('<div class="side"><h3>热点关注</h3><div class="bd">暂无</div></div>'
           '<div class="con"><p>电话：0799-1</p></div>')
    assert not said_apart(_column_page("联系我们", box))


@pytest.mark.parametrize(("script", "empty"), [
    ("<script>alert('该栏目暂无信息');</script>", True),
    ('<script type="text/javascript">alert("暂无内容！");history.back();</script>', True),
    # an alert a function holds (a click's), or one that says anything else, runs as no page loads
    ("<script>function nodata(){ alert('该栏目暂无信息'); }</script>", False),
    ("<script>if (!q) { alert('请输入关键词'); }</script>", False),
    ("<script>alert('请输入关键词');</script>", False),
    # a script that writes no more than that in place
    ("<script>document.write('<p class=\"nodata\">该栏目暂无信息</p>');</script>", True),
    ('<script>document.writeln("暂无内容");</script>', True),
    # a script writing anything else, or building what it writes: its rows, or a condition's branch
    ("<script>document.write('<p>欢迎访问</p>');</script>", False),
    ("<script>if (n == 0) document.write('暂无信息'); else show(list);</script>", False),
    ("<script>document.write('暂无信息' + more);</script>", False),
])
def test_a_script_the_page_runs_as_it_loads_saying_the_column_has_nothing(script, empty):
    sel = _column_page("业绩考核", script)
    assert said_apart(sel) is empty
    assert is_placeholder(sel, "http://127.0.0.1/yjkh/index.html") is empty


_ROWS = "".join(f'<li><a href="/zcfg/202611/t2026110{k}_{k}.html">关于第{k}项工作的通知</a><span>2026-11-0{k}</span>'
                "</li>"
                for k in range(1, 4))


@pytest.mark.parametrize(("page", "hidden"), [
    # a comment its template left open over the list: a browser shows nothing from there on
    (f'<div class="list"><!-- 列表开始 <ul>{_ROWS}</ul></div><div class="footer">版权所有</div>', 3),
    # comments closed, one way or another: what follows them shows
    (f"<!-- 列表开始 --><ul>{_ROWS}</ul><!-- 列表结束 -->", 0),
    (f"<!--> <ul>{_ROWS}</ul>", 0),
    (f"<!-- a --!> <ul>{_ROWS}</ul>", 0),
    # a <!-- inside a script is its text, no comment of the page's
    (f'<script>document.write("<!--");</script><ul>{_ROWS}</ul>', 0),
    # a comment left open over a counter's script, after the list: no list's rows hidden
    (f'<ul>{_ROWS}</ul><!-- 统计代码 <script src="/js/tj.js"></script>', 0),
])
def test_a_list_a_comment_left_open_hides_is_told_by_its_rows(page, hidden):
    note = open_comment_note(f"<html><body>{page}</body></html>", "http://127.0.0.1/zcfg/index.html")
    assert (note is not None) is bool(hidden)
    if hidden:
        assert f"{hidden}条" in note and "<!--" in note


@pytest.mark.parametrize(("box", "row"), [
    # a list's row saying it has nothing: its template's, which a script filling the list replaces
    ('<ul id="newsList"><li class="nodata">暂无数据</li></ul>', True),
    ('<div class="list-box"><div class="nodata">暂无信息</div></div>', True),
    ('<table class="table"><tbody id="tb"><tr><td colspan="3">暂无数据</td></tr></tbody></table>', True),
    # a pager's count of none, which the server counted; a line in no list's box
    ('<ul class="list"></ul><div class="pager">共0条 当前第1/1页</div>', False),
    ('<div class="con"><p>暂无信息</p></div>', False),
])
def test_a_list_says_it_has_nothing_in_a_row_of_its_own_box(box, row):
    assert said_in_its_list(_column_page("政务公开", box)) is row

