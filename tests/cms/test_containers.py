import pytest
from parsel import Selector

from govcheck.cms import is_placeholder
from govcheck.cms.containers import (
    app_shell,
    has_empty_list,
    list_frame,
    list_scripts,
    opaque_rows,
    route_links,
    shows_own_text,
    stray_dates,
)


def test_empty_list_container_is_an_empty_column():
    assert has_empty_list(Selector(text='<div class="column"><h2>卫生监督</h2><ul class="list"> </ul></div>'))


def test_static_page_has_no_empty_list():
    page = '<div class="column"><h2>机构职能</h2><div class="TRS_Editor"><p>负责拟订全市卫生健康政策。</p></div></div>'
    assert not has_empty_list(Selector(text=page))


def test_list_with_links_is_not_empty():
    assert not has_empty_list(Selector(text='<ul class="list"><li><a href="/a.html">通知</a></li></ul>'))


@pytest.mark.parametrize(("box", "empty"), [
    ('<table class="list"><tr><th>标题</th><th>发布日期</th><th>来源</th></tr></table>', True),  # a header row only
    ('<ul class="list"><li class="empty">暂无内容</li></ul>', True),
    ('<div class="list-con"><p>山阳县位于示范市西部，辖8镇4乡。</p></div>', False),  # a static page's sentence
    ('<div class="news-content"><p>示范市人民政府办公室是市政府的办事机构，负责市政府日常工作。</p></div>', False),
    ('<table class="listTable"><tr><td>机构名称</td><td>示范市人民政府办公室</td></tr>'
     "<tr><td>地址</td><td>示范市人民路1号</td></tr></table>", False),  # a table of the page's facts
    # a static page's heading boxed in a class named after a list's: no list, not an empty one
    ('<div class="list-title"><h3>主要职责</h3></div><p>负责拟订全市卫生健康政策</p>', False),
    ('<div class="news_tit">机构职能</div>', False), ('<div class="listHead"><span>领导信息</span></div>', False),
    ('<div class="news-list"><ul></ul></div>', True), ('<ul class="list" id="institution"></ul>', True),
    ('<div class="xwlb"><ul></ul></div>', True),  # a list box named in pinyin initials (新闻列表)
    # an org chart, a picture alone in a box classed like a list: content; a picture that says 暂无数据 is none
    ('<div class="news_content"><p><img src="./W020240312398765432100.jpg"></p></div>', False),
    ('<div class="news-list"><img src="/images/nodata.png" alt="暂无数据"></div>', True),
    # 栏目建设中 said by a picture: its words, or its file named by the phrase's initials
    ('<div class="list"><img src="/images/pic01.jpg" alt="栏目建设中" width="600"></div>', True),
    ('<div class="list"><img src="/images/lmjsz.jpg" width="600"></div>', True),
    ('<div class="list"><img src="/images/jszx.jpg" alt="技术中心"></div>', False),
    # the related items' slot a single page's template leaves empty under its facts: TRS's, Dede's <dl>
    ('<p>地址：示范市人民路88号</p><p>邮编：342600</p>'
     '<div class="xgwz"><h4>相关文章</h4><ul class="xgwz_list"></ul></div>', False),
    ('<p>电话：0550-7601234</p>'
     '<dl class="tbox"><dt><strong>相关文章</strong></dt><dd><ul class="list-xg"></ul></dd></dl>', False),
    ('<p>电话：0550-7601234</p><h4>相关链接</h4><ul class="list"></ul>', False),
    # the page's facts in short lines beside the empty list box its template keeps: a leaders' page, an office's
    ('<div class="ld"><p><img src="/ld1.jpg"></p><p>县长：张三</p><p>主持县政府全面工作</p><p>副县长：李四</p>'
     '<p>负责工业、交通、安全生产</p></div><ul class="list"></ul>', False),
    ('<table class="jg"><tr><td>机构名称</td><td>某县人民政府办公室</td></tr><tr><td>主要职责</td>'
     '<td>负责县政府会务</td></tr><tr><td>办公地址</td><td>某县人民路1号</td></tr></table>'
     '<div class="list_con"><ul id="list"></ul></div>', False),
    # a heading, a breadcrumb and a pager beside it are no facts
    ('<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="#">党建</a></div><h3>党建工作</h3>'
     '<ul class="list"></ul><div class="page">共0页 <a>首页</a> <a>上一页</a> 第1页</div>', True),
    # nor a breadcrumb of another class, its links to the column's parents, nor a pager's links
    ('<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
     '<a href="/zwgk/tzgg/">通知公告</a></div><ul class="list"></ul>'
     '<div class="pages"><a href="index.html">首页</a><a href="index_1.html">下一页</a></div>', True),
    # three duties in short lines beside it: a static page's
    ('<h3>主要职能</h3><p>1.宣传贯彻党的路线方针政策</p><p>2.制定全镇经济社会发展规划</p><p>3.负责全镇社会治安综合治理</p>'
     '<div class="list-box"><ul class="news-list"></ul></div>', False),
    # what a static page shows beside its template's empty box: leaders' cards, a map, a gallery, a grid of links
    ('<div class="card"><a href="/ldzc/zg.html"><img src="/img/zg.jpg"></a><p><a href="/ldzc/zg.html">赵刚</a></p>'
     '</div><div class="list-box"><ul class="news-list"></ul></div>', False),
    ('<p><img src="/img/xzqh.jpg" alt="行政区划图"></p><div class="list-box"><ul class="news-list"></ul></div>',
     False),
    ('<div class="grid"><a href="/csdh/hkc.html">湖口村</a><a href="/csdh/xtc.html">新塘村</a></div>'
     '<ul class="list"></ul>', False),
    # a picture that says 暂无数据, one link, a side box of the site's news (its articles, their dates): nothing
    ('<p><img src="/images/nodata.png"></p><a href="/">返回首页</a><ul class="list"></ul>', True),
    ('<div class="box"><h3>热点新闻</h3><ul><li><a href="/xw/202611/t20261125_1.html">全县召开会议</a>'
     '<span>2026-11-25</span></li><li><a href="/xw/202611/t20261124_2.html">我县开展活动</a></li></ul></div>'
     '<ul class="list"></ul>', True),
    # a table's header row (<th> cells, or its <thead>) over one row that says it has nothing: its labels, no item
    ('<table class="list"><tr><th>标题</th><th>发布日期</th></tr><tr><td colspan="2">暂无数据</td></tr></table>',
     True),
    ('<table class="xxgk-list"><thead><tr><td>文件名称</td><td>发布日期</td></tr></thead><tbody><tr><td colspan="2">'
     '暂无数据</td></tr></tbody></table>', True),
    # a table of any class, its header row over a row that says so; not over a row of facts
    ('<table class="wj-table"><tr><th>序号</th><th>文件名称</th><th>发布日期</th></tr><tr><td colspan="3">'
     '暂无数据</td></tr></table>', True),
    ('<table class="tb"><tr><th>名称</th><th>电话</th></tr><tr><td>办公室</td><td>1234567</td></tr></table>', False),
    # two rows of cells: a static page's table of its facts
    ('<table class="list"><tr><td>地址</td><td>人民路1号</td></tr><tr><td>电话</td><td>1234567</td></tr></table>',
     False),
])
def test_a_box_classed_like_a_list_is_empty_only_when_it_shows_next_to_nothing(box, empty):
    assert has_empty_list(Selector(text=f'<div class="column"><h2>栏目</h2>{box}</div>')) is empty


@pytest.mark.parametrize(("page", "frame"), [
    ('<div class="list"><iframe src="list.html"></iframe></div>', "list.html"),
    ('<div class="nav"><iframe src="menu.html"></iframe></div><header><iframe src="top.html"></iframe></header>'
     '<iframe src="/video/a.mp4"></iframe><iframe src="http://other.gov.cn/a.html"></iframe>', None),
    ('<frameset><frame src="top.html" name="top"><frame src="main.html" name="mainFrame"></frameset>', "main.html"),
])
def test_the_frame_a_column_page_shows_its_list_in(page, frame):
    """Its own site's page, shown in the page's content (not the menu, the header, a video, another site)."""
    found = list_frame(Selector(text=page), "http://a.gov.cn/tzgg/index.html")
    assert found == (frame and f"http://a.gov.cn/tzgg/{frame}")


@pytest.mark.parametrize(("page_url", "src", "read"), [
    ("http://www.qx.gov.cn/xxgk/index.html", "http://xxgk.qx.gov.cn/gfxwj/list.html", True),  # its government's
    ("http://qx.hunan.gov.cn/xxgk/index.html", "http://xxgk.qx.hunan.gov.cn/list.html", True),
    ("http://qx.hunan.gov.cn/xxgk/index.html", "http://yy.hunan.gov.cn/list.html", False),  # another county's
    ("http://www.qx.gov.cn/xxgk/index.html", "http://www.qx-xxgk.com/list.html", False),
    ("http://127.0.0.9/xxgk/index.html", "http://127.0.0.10/list.html", False),
])
def test_a_list_frame_on_another_host_is_read_only_under_its_governments_domain(page_url, src, read):
    page = f'<div class="list"><iframe src="{src}" name="listFrame"></iframe></div>'
    assert list_frame(Selector(text=page), page_url) == (src if read else None)


@pytest.mark.parametrize(("rows", "count"), [
    ("<li><a href=\"javascript:openDoc('{k}')\">关于第{k}项工作的通知</a><span>2026-10-0{k}</span></li>", 3),
    ("<li><a href='#' onclick=\"openDoc('{k}')\">关于第{k}项工作的通知</a><span>2026-10-0{k}</span></li>", 3),
    ("<li><a href=\"javascript:switchTab({k})\">第{k}栏</a></li>", 0),  # tabs: no date
    ("<li><a href='/a/{k}.html'>关于第{k}项工作的通知</a><span>2026-10-0{k}</span></li>", 0),  # an address
])
def test_dated_rows_whose_links_open_only_by_a_script(rows, count):
    html = "<html><body><ul>" + "".join(rows.format(k=k) for k in range(1, 4)) + "</ul></body></html>"
    assert opaque_rows(Selector(text=html), "http://www.x.gov.cn/tzgg/") == count


def cells_page(body: str) -> Selector:
    return Selector(text=f'<html><body><div class="header">今天是 <span>2026-11-26</span></div>{body}'
                         f'<div class="footer">更新时间：<span>2026-11-25</span></div></body></html>')


@pytest.mark.parametrize(("body", "count"), [
    # rows with no link, each opening its article by a script, after an empty list the template leaves
    ('<ul class="list"></ul><table>' + "".join(f"<tr onclick=\"openDoc('{k}')\"><td>关于第{k}项工作的通知</td>"
                                               f"<td><span>2026-10-0{k}</span></td></tr>" for k in range(1, 5))
     + "</table>", 4),
    # an empty list beside a side block of dated links: the side block's dates are its rows'
    ('<ul class="list"></ul><div class="side"><ul>' + "".join(
        f'<li><a href="/a/{k}.html">第{k}条新闻的标题文字</a><span>2026-11-2{k}</span></li>' for k in range(1, 5))
     + "</ul></div>", 0),
    # a static page's text names dates in its sentences
    ("<p>本办法自2026年1月1日起施行，2020年3月5日印发的办法同时废止。</p><p>2026年11月20日</p>", 1),

])
def test_dates_shown_outside_every_row_read(body, count):
    assert stray_dates(cells_page(body), "http://www.x.gov.cn/tzgg/") == count


def test_days_without_a_year_are_no_stray_dates():
    """A weather box's days (12月6日 …), on a page whose address names a year: a calendar's, not a list's."""
    box = '<div class="weather">' + "".join(f"<span>12月{d}日</span><span>晴</span>" for d in (6, 7, 8)) + "</div>"
    assert stray_dates(cells_page(box), "http://www.x.gov.cn/2026/tzgg/") == 0


@pytest.mark.parametrize(("src", "fills"), [
    ("/js/list.js", True),  # the site's own
    ("http://static.platform.gov.cn/unit/build.js", True),  # a platform's or a CDN's, on another host
    ("/js/jquery-1.12.4.min.js", False),  # libraries
    ("https://hm.baidu.com/hm.js?0a1b2c", False),  # a counter
    ("https://pucha.kaipuyun.cn/exposure/jiucuo.js", False),  # the error-report service
    ("http://dcs.conac.cn/js/33/000/0000/60429971/CA330000000604299710000.js", False),  # the conac mark
])
def test_the_scripts_that_may_fill_an_empty_list(src, fills):
    page = Selector(text=f'<ul class="list"></ul><script src="{src}"></script><script>var a = 1;</script>')
    assert bool(list_scripts(page, "http://a.gov.cn/tzgg/index.html")) is fills


DUTIES = ("<p>（一）贯彻执行国家、省有关发展和改革工作的方针政策和法律法规，"
          "拟订并组织实施全县国民经济和社会发展战略。</p>"
          "<p>（二）负责监测和分析全县宏观经济和社会发展态势，承担预测预警和信息引导的责任。</p>")
CHROME = ('<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>'
          '<div class="footer"><p>主办单位：示范县人民政府办公室，地址：示范县人民路1号，'
          "建议使用1024×768分辨率浏览本网站。</p></div>")


@pytest.mark.parametrize(("content", "own"), [
    (DUTIES, True),  # a 机构职能 page's duties
    (f'{DUTIES}<div class="xgwz"><div class="xgwz_tit">相关文章</div><ul class="xgwz_list"></ul></div>', True),
    ('<ul class="list"></ul><p class="nodata">对不起，本栏目暂无信息，我们将尽快更新，敬请关注，谢谢！</p>', False),
    ('<div class="building">本栏目正在建设中，敬请期待！</div>', False),  # short
    ('<ul class="list"><li><a href="/a.html">关于开展全县安全生产大检查工作的通知，请各单位认真贯彻落实</a></li>'
     "</ul>", False),  # a link's text
    ('<div class="sy_foot">本网站由示范县人民政府主办，示范县大数据中心承办，建议使用IE9以上版本浏览器浏览。'
     "</div>", False),  # a footer the template names its own way
])
def test_a_page_that_shows_text_of_its_own(content, own):
    """A sentence of the page's own, outside its links, menus, header and footer, and no line saying a list is
    empty: a static page's text."""
    assert shows_own_text(Selector(text=f"<html><body>{CHROME}<div class='main'>{content}</div></body></html>")) is own


@pytest.mark.parametrize(("content", "says"), [
    ('<ul class="list"><li>暂无信息</li></ul>', True),
    ('<div class="building">本栏目正在建设中，敬请期待！</div>', True),
    ('<div id="right_table"><p>本栏目信息正在更新中</p></div>', True), ('<div class="lm_con">栏目维护中</div>', True),
    ('<div class="r_nr">暂无相关内容</div>', True),
    # a pager's line: long, but no sentence
    ('<div class="page">共0条记录 每页15条 当前第1/1页 首页 上一页 下一页 尾页 转到 页</div>', True),
    ('<div class="nodata" style="display:none">暂无数据</div><ul class="list"></ul>', False),  # hidden as served
    # DedeCMS's table: one row under its header says so, the pager counts no record; a cell's 信息整理中，敬请期待！
    ('<table class="cwgk"><tr><th>标题</th><th>发布时间</th></tr><tr><td colspan="2">本栏目尚未发布内容</td></tr>'
     '</table><div class="pages">共0条记录</div>', True),
    ('<table class="list"><tr><td>信息整理中，敬请期待！</td></tr></table>', True),
    # a row under the header in words of the site's own: 对不起，暂时没有相关数据！, 没有符合条件的记录
    ('<table class="list"><tr><th>标题</th><th>发布日期</th></tr><tr><td colspan="2">对不起，暂时没有相关数据！</td>'
     "</tr></table>", True),
    ('<div class="list"><p>没有找到相关数据</p></div>', True),
    ('<ul class="list"><li>没有符合条件的记录</li></ul>', True),
    # a sentence of a guide's text names an empty search result
    ("<p>二、依申请公开：申请人提出申请后，经检索本机关无相关信息的，告知申请人该政府信息不存在。</p>", False),
])
def test_a_page_says_its_list_is_empty_in_a_line_of_its_own(content, says):
    assert is_placeholder(Selector(text=f"<html><body>{CHROME}{content}</body></html>")) is says


WP_SEARCH = ('<form role="search" class="search-form" action="/"><label><span class="screen-reader-text">搜索：</span>'
             '<input type="search" class="search-field" name="s"></label><input type="submit" value="搜索"></form>')
WP_SIDEBAR = ('<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">'
              '<h2 class="widget-title">近期文章</h2><ul><li><a href="/archives/12">镇召开安全生产工作会议</a></li>'
              '<li><a href="/archives/11">镇开展防汛应急演练</a></li></ul></section></aside>')


@pytest.mark.parametrize(("main", "says"), [
    # WordPress's content-none part where its loop found no post, in zh_CN (a sentence of 28 characters) or in English
    ('<section class="no-results not-found"><header class="page-header"><h1 class="page-title">未找到</h1>'
     '</header><div class="page-content"><p>我们可能无法找到您需要的内容。或许搜索功能可以帮到您。</p>'
     f"{WP_SEARCH}</div></section>", True),
    ('<section class="no-results not-found"><header class="page-header"><h1 class="page-title">Nothing Found</h1>'
     "</header><div class=\"page-content\"><p>It seems we can&rsquo;t find what you&rsquo;re looking for. Perhaps "
     f"searching can help.</p>{WP_SEARCH}</div></section>", True),
    # a block theme's Query Loop (Twenty Twenty-Four): its No Results block, its paragraph
    ('<div class="wp-block-query alignwide is-layout-constrained"><div class="wp-block-query-no-results">'
     '<p class="wp-block-paragraph">抱歉，没有找到任何内容。请尝试使用其他关键词搜索。</p></div></div>', True),
    # a page of the site (机构职能): its text, no such part
    ('<article class="page type-page"><header class="entry-header"><h1 class="entry-title">机构职能</h1></header>'
     '<div class="entry-content"><p>白沙镇人民政府是示范县人民政府的派出机构，负责贯彻执行党和国家的路线方针政策，'
     "落实上级党委政府的决策部署。</p></div></article>", False),
    # hidden as served, or a box of that class holding links: no word of the page's list
    ('<section class="no-results" style="display: none"><h1>未找到</h1></section><ul class="list"></ul>', False),
    ('<div class="no-results"><p>试试这些：</p><ul><li><a href="/archives/3">镇召开安全生产工作会议</a></li></ul>'
     "</div>", False),
])
def test_a_blog_themes_part_for_a_loop_that_found_no_post_says_its_list_is_empty(main, says):
    page = f'<html><body class="archive category">{CHROME}<main id="main">{main}</main>{WP_SIDEBAR}</body></html>'
    assert is_placeholder(Selector(text=page)) is says


def test_a_headlines_summary_is_no_text_of_the_page():
    """A news box's lead story: its summary beside its headline's link is the story's, not the page's own text."""
    box = ('<div class="item"><div class="newstt"><a href="/xw/202310/t20231011_1.html">市委书记调研锂电新能源产业</a>'
           "<p>10月9日至10日，市委书记围绕推动锂电新能源产业高质量发展这一课题，深入到万载、宜丰、奉新实地调研。</p>"
           "</div></div>")
    assert not shows_own_text(Selector(text=f"<html><body>{box}<ul class='list'></ul></body></html>"))


@pytest.mark.parametrize(("side", "says"), [
    ('<div class="side"><h3>相关下载</h3><ul><li>暂无相关信息</li></ul></div>', False),  # a template's slot
    ('<div class="side"><h3>附件</h3><p>暂无数据</p></div>', False),
    # the page's own list says it: an empty column, unless what the page shows beside it is a static page's
    ('<div class="list"><ul><li>暂无相关信息</li></ul></div>', True),
])
def test_a_related_items_box_that_has_nothing_is_no_empty_list(side, says):
    html = f'<div class="main"><div class="content"><h2>组织机构</h2></div>{side}</div>'
    assert is_placeholder(Selector(text=html)) is says
    # beside the org chart a static page shows, the list its template keeps says it has nothing: no empty column
    chart = '<p><img src="/images/zzjg.png" alt="组织机构图"></p></div>'
    assert not is_placeholder(Selector(text=html.replace("</h2></div>", f"</h2>{chart}")))


@pytest.mark.parametrize(("content", "says"), [
    ('<div class="card"><a href="/ldzc/zq.html"><img src="/img/zq.jpg" alt="周强"></a><p>镇长</p></div>', False),
    ('<p><img src="/img/map.jpg" alt="行政区划图"></p>', False),
    ('<div class="grid"><a href="/bmdh/dzb.html">党政办公室</a><a href="/bmdh/jjb.html">经济发展办公室</a></div>',
     False),
    # what a column page shows beside its empty list that is no page of its own: an empty column
    ('<a href="/">返回首页</a>', True), ('<p><img src="/images/nodata.png"></p>', True),
    # a column's banner over its list
    ('<div class="lm-banner"><img src="/images/lm_01.jpg"></div>', True), ('<img src="/images/banner_01.jpg">', True),
    ('<div class="box"><h3>热点新闻</h3><ul><li><a href="/xw/202611/t20261125_1.html">全县召开会议</a>'
     "<span>2026-11-25</span></li></ul></div>", True),
])
def test_a_list_saying_it_has_nothing_beside_what_a_static_page_shows_is_its_templates(content, says):
    """Leaders' cards, a map, a grid of links to the town's offices, over the list the page's template keeps, which
    says 暂无信息: a static page, no empty column."""
    html = f'<div class="main"><h2>领导之窗</h2>{content}<ul class="list"><li class="nodata">暂无信息</li></ul></div>'
    assert is_placeholder(Selector(text=html)) is says


@pytest.mark.parametrize(("url", "says"), [
    ("http://a.gov.cn/zwgk/index.html", False),  # its own sub-columns: a hub, no empty column
    ("http://a.gov.cn/zwgk/tzgg/index.html", True),  # its siblings in a menu beside its own empty list
])
def test_a_hub_of_its_sub_columns_in_a_menu_box_over_its_templates_empty_list_is_no_empty_column(url, says):
    icons = "".join(f'<a href="/zwgk/{slug}/"><img src="/img/{slug}.png"><span>{name}</span></a>'
                    for name, slug in (("通知公告", "tzgg"), ("政策文件", "zcwj"), ("财政信息", "czxx")))
    html = f'<div class="main"><div class="gk-nav">{icons}</div><ul class="list"><li>暂无信息</li></ul></div>'
    assert is_placeholder(Selector(text=html), url) is says
    assert has_empty_list(Selector(text=html.replace("<li>暂无信息</li>", "")), url) is says


def test_a_menu_of_its_sections_columns_beside_its_empty_list_is_no_page_of_its_own():
    """通知公告's page, its section's columns in a left box named by no menu word, its own list empty: empty."""
    left = ('<div class="left"><h3>政务公开</h3><ul><li><a href="/zwgk/">政务公开</a></li>'
            '<li><a href="/zwgk/tzgg/">通知公告</a></li><li><a href="/zwgk/zcwj/">政策文件</a></li></ul></div>')
    url = "http://a.gov.cn/zwgk/tzgg/index.html"
    assert has_empty_list(Selector(text=f'<div class="main">{left}<ul class="list"></ul></div>'), url)
    assert is_placeholder(Selector(text=f'<div class="main">{left}<ul class="list"><li>暂无信息</li></ul></div>'), url)



def test_a_box_of_another_columns_dated_rows_beside_an_empty_list_is_no_static_pages_facts():
    """Five rows of 工作动态's newest, each a link and its date, beside the column's empty list (shown on screens, the
    box on phones alone): a list's dates, no leaders' or office's facts in short lines: the column is empty."""
    rows = "".join(f'<li><a href="/gzdt/2026/{k}.html">桥头镇召开第{k}次工作会议</a><span class="date">2026-11-{k:02d}'
                   "</span></li>" for k in (29, 26, 23, 20, 17))
    html = (f'<div class="col-md-12"><div class="visible-xs"><div class="m-tit">工作动态</div><ul class="list">{rows}'
            '</ul></div><div class="hidden-xs"><ul class="list"></ul></div></div>')
    assert has_empty_list(Selector(text=html), "http://a.gov.cn/zcwj/")


APP = ('<html><head><title>示范市医疗保障局</title><link href="/static/css/app.css" rel="stylesheet"></head><body>'
       '<noscript><strong>本网站需要启用<a href="/help.html">JavaScript</a>才能正常浏览。</strong></noscript>{}'
       '<script src="{}"></script></body></html>')


@pytest.mark.parametrize(("mount", "src", "shell"), [
    ('<div id="app"></div>', "/static/js/app.8c1d.js", True),  # Vue's
    ('<div id="root"><div class="loading">加载中...</div></div>', "/static/js/main.js", True),  # React's, loading
    ('<div id="app"></div>', "", False),  # no bundle: nothing draws it
    ('<div id="app"><p>网站维护中</p></div>', "/static/js/app.js", False),  # says what it is
    ('<div id="app"><a href="/xwzx/">新闻中心</a></div>', "/static/js/app.js", False),
    ('<div id="app"><img src="/images/banner.jpg"></div>', "/static/js/app.js", False),
])
def test_a_single_page_apps_mount_point_is_told_from_a_page_that_shows_something(mount, src, shell):
    page = APP.format(mount, src).replace('<script src=""></script>', "")
    assert app_shell(Selector(text=page), "http://www.example.gov.cn/") is shell


def test_hash_route_links_are_counted_apart_from_anchors():
    page = ('<ul><li><a href="#/list?id=12">通知公告</a></li><li><a href=" #!/detail/345">标题</a></li>'
            '<li><a href="#top">返回顶部</a></li><li><a href="/list/13">政策文件</a></li></ul>')
    assert route_links(Selector(text=page)) == 2


def _column_page(name: str, box: str) -> Selector:
    """A column page of the demo's template: menus, a breadcrumb, the column's heading over `box`, a footer."""
    return Selector(text=(
        '<html><body><div class="nav"><ul><li><a href="/">首页</a></li>'
        '<li><a href="/zwgk/">政务公开</a></li></ul></div>'
        f'<div class="location">当前位置：<a href="/">首页</a> &gt; {name}</div>'
        f'<div class="column"><div class="column-hd"><h2>{name}</h2></div>{box}</div>'
        '<div class="footer"><p>主办单位：示范市住房和城乡建设局 网站标识码：3609000001</p></div></body></html>'))


@pytest.mark.parametrize(("box", "empty"), [
    # a table's header row alone: its labels in <td>s, as old table portals write them, or a <thead> over no row
    ('<table width="100%" border="0"><tr class="tit"><td width="60">序号</td><td>标题</td>'
     '<td width="120">发布日期</td></tr></table>', True),
    ('<div class="con"><table class="table table-striped"><thead><tr><th>标题</th><th>发布日期</th></tr></thead>'
     "<tbody></tbody></table></div>", True),
    # a table of an office's facts, its first row no list's labels; a heading's lone cell over nothing
    ('<table width="100%"><tr><td>科室</td><td>电话</td></tr><tr><td>办公室</td><td>0795-1234567</td></tr></table>',
     False),
    ('<table width="100%"><tr><th>领导简介</th></tr></table><div class="ld"><img src="/images/ld1.jpg" alt="张三">'
     "<p>局长</p></div>", False),
])
def test_a_tables_header_row_alone_is_an_empty_list(box, empty):
    assert has_empty_list(_column_page("资质审批", box), "http://127.0.0.1/zzsp/index.html") is empty


@pytest.mark.parametrize(("box", "empty"), [
    ('<div class="main-con"><img class="img-responsive" alt="建设中" src="/images/building.jpg"></div>', True),
    ('<div class="con" style="text-align:center"><img src="/images/jianshezhong.jpg" width="600"></div>', True),
    ('<div class="con"><img src="/uploads/zt.png" alt="网站正在建设中…"></div>', True),
    # an org chart, a photo whose caption names a building site, a 建设中 picture beside a page's text: content
    ('<div class="con"><img src="/images/jgsz.jpg" alt="机构设置图"></div>', False),
    ('<div class="con"><img src="/images/dq.jpg" alt="跨江大桥建设中"></div>', False),
    ('<div class="con"><img src="/images/jsz.gif" alt="建设中"><p>示范市住房和城乡建设局是市政府工作部门，'
     "负责全市住房和城乡建设管理工作。</p></div>", False),
    # a 建设中 picture as a menu's entry, or a link's: no list's placeholder
    ('<div class="con"><a href="/zt/"><img src="/images/jsz.gif" alt="建设中"></a><a href="/a/">专题一</a>'
     '<a href="/b/">专题二</a></div>', False),
])
def test_a_picture_alone_saying_it_is_being_built_is_an_empty_column(box, empty):
    assert is_placeholder(_column_page("行业标准", box), "http://127.0.0.1/hybz/index.html") is empty


@pytest.mark.parametrize(("line", "empty"), [
    # a line of its own, in no list's box, saying the column has nothing in words other templates use
    ("建设中...", True), ("正在建设中", True), ("信息正在整理中", True), ("内容正在完善中", True),
    ("本栏目目前没有信息", True), ("没有数据", True), ("Sorry, 暂无此类信息", True), ("没有找到符合条件的信息", True),
    # a name holding 建设中 (a 建设中心), a caption of a building site: no placeholder
    ("示范市城乡建设中心", False), ("跨江大桥项目建设中", False),
])
def test_a_line_of_its_own_saying_the_column_has_nothing_is_an_empty_column(line, empty):
    box = f'<div class="con"><p align="center">{line}</p></div>'
    assert is_placeholder(_column_page("数据标准", box), "http://127.0.0.1/sjbz/index.html") is empty


_HEADER_SEARCH = '<div class="search"><form action="/search/index.html"><input name="q" type="text"></form></div>'


@pytest.mark.parametrize("page", [
    # 惠来's searchList.jsp before anything is asked: a form over an empty result box
    '<title>站内搜索 - 示范市商务局</title><div class="so"><form action="/search/"><input type="text" name="q">'
    '<input type="submit"></form></div><div class="list"><h3>搜索结果</h3><ul class="list"></ul><p>暂无数据</p></div>',
    # a 信息公开 目录's 检索: a form over a table's header row and a row saying nothing matched
    '<meta name="ColumnName" content="信息检索"><form action="/xxgk/search.html"><input name="title">'
    '<input name="wh" type="TEXT"></form><table class="list"><tr><th>标题</th><th>文号</th><th>发布日期</th></tr>'
    '<tr><td colspan="3">没有符合条件的记录</td></tr></table>',
    # 德安's 公文检索, named by its breadcrumb
    '<title>中国·德安欢迎您！</title><p class="position"><span>当前位置：</span><a href="/">首页</a> &gt;&gt; '
    "公文检索</p>"
    '<form action="/interaction/searchresult"><input type="search" name="k"></form><ul class="news-list"></ul>'
    "<p>共 0 条 当前第 1 / 1 页</p>",
])
def test_a_search_pages_result_box_before_anything_is_asked_is_no_empty_list(page):
    sel = Selector(text=page)
    assert not is_placeholder(sel) and not has_empty_list(sel)


def test_an_empty_column_beside_the_headers_search_box_is_still_empty():
    """Every page carries the header's search form: a column whose name says no search is still an empty one."""
    page = (f'<title>财政资金 - 示范市商务局</title>{_HEADER_SEARCH}<div class="crumb">当前位置：'
            '<a href="/">首页</a> &gt; 财政资金</div><ul class="list"><li>暂无信息</li></ul>')
    sel = Selector(text=page)
    assert is_placeholder(sel) and has_empty_list(sel)
    # a page named for a search with no form to type into is read as any page
    sel = Selector(text='<title>检索指南</title><ul class="list"><li>暂无信息</li></ul>')
    assert is_placeholder(sel) and has_empty_list(sel)
