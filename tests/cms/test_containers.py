from parsel import Selector

from govcheck.cms.containers import has_empty_list


def test_empty_list_container_is_an_empty_column():
    assert has_empty_list(Selector(text='<div class="column"><h2>卫生监督</h2><ul class="list"> </ul></div>'))


def test_static_page_has_no_empty_list():
    page = '<div class="column"><h2>机构职能</h2><div class="TRS_Editor"><p>负责拟订全市卫生健康政策。</p></div></div>'
    assert not has_empty_list(Selector(text=page))


def test_list_with_links_is_not_empty():
    assert not has_empty_list(Selector(text='<ul class="list"><li><a href="/a.html">通知</a></li></ul>'))
