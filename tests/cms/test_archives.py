"""An archived 专题's page: by what leads to it, its breadcrumb or a line of its own."""

from parsel import Selector

from govcheck.cms.archives import archived_topic

LIST = ('<ul class="list"><li><a href="/zt/yqfk/202301/t20230108_1.html">全市疫情防控工作会议召开</a>'
        '<span>2023-01-08</span></li></ul>')


def page(crumb: str, over_list: str = "") -> Selector:
    return Selector(text=f'<html><body><div class="position">当前位置：<a href="/">首页</a> &gt; {crumb}</div>'
                         f'<div class="column"><h2>疫情防控动态</h2>{over_list}</div>{LIST}</body></html>')


def test_a_topic_listed_under_an_archive_or_its_breadcrumb_naming_one_is_archived():
    assert archived_topic(page('<span>疫情防控动态</span>'), parent="往期专题")
    assert archived_topic(page('<a href="/zt/">专题专栏</a> &gt; <a href="/zt/wqzt/">历史专题</a> &gt; '
                               '<span>疫情防控动态</span>'))
    assert archived_topic(page('<a href="/zt/wqzt/">往期专题</a> &gt; <span>疫情防控动态</span>'), "http://x/")


def test_a_topic_whose_page_says_it_is_archived_in_a_line_of_its_own():
    crumb = '<a href="/zt/">专题专栏</a> &gt; <span>疫情防控动态</span>'
    assert archived_topic(page(crumb, '<div class="zt-tip">本专题已归档</div>'), parent="专题专栏")
    assert archived_topic(page(crumb, "<p>（已归档）</p>"))


def test_a_topic_under_way_is_not_archived():
    crumb = '<a href="/zt/">专题专栏</a> &gt; <span>疫情防控动态</span>'
    assert not archived_topic(page(crumb), parent="专题专栏")
    assert not archived_topic(page(crumb), parent=None)
    # a row's title, a link, and a sentence of the page's are no mark of its own
    titled = Selector(text='<html><body><ul><li><a href="/a/1.html">已归档</a></li></ul></body></html>')
    assert not archived_topic(titled)
    said = page(crumb, "<p>按照档案管理要求，本局二〇二五年度文书档案已归档移交市档案馆。</p>")
    assert not archived_topic(said)


def test_a_topics_sub_sites_columns_are_archived_not_the_topics_the_index_lists_itself():
    from govcheck.cms.archives import topic_place

    assert topic_place("专题专栏 › 扫黑除恶专项斗争") and topic_place("往期专题 › 两会 › 两会动态")
    assert not topic_place("专题专栏") and not topic_place(None) and not topic_place("安边镇 › 专题专栏")
    assert archived_topic(Selector(text="<html><body><ul></ul></body></html>"), parent="专题专栏 › 扫黑除恶")
