"""Menu links at other governments' hosts (realpages 09, 22, 62): 国务院部门 at www.gov.cn, 市政府文件, 省政府文件,
国务院文件, a city's 公共服务 at its province's platform. The spider asks them as a platform's pages that may lend the
site columns (its 信息公开 on its city's platform shows the site's code), but one that shows no code at all is the
other government's, never a column of the site's judged empty or stale."""

from __future__ import annotations

import pytest

from govcheck.spiders.base import page_selector
from govcheck.spiders.portal import PortalSpider
from tests.cms.pages import real, real_text
from tests.spiders.helpers import response
from tests.spiders.test_base import built

HEADER = "site_id,name,url,site_code,sponsor,kind,region,status,note\n"
SITES = {
    "09-shanxi-article-2019.html": "sx,山西省人民政府,http://www.shanxi.gov.cn/,1400000045,山西省人民政府办公厅,portal,山西省",
    "22-zhecheng-zfwj-2018.html": "zc,柘城县人民政府,http://www.zhecheng.gov.cn/,4114240001,柘城县人民政府办公室,portal,柘城县",
    "62-hangzhou-home-2018.html": "hz,杭州市人民政府,http://www.hangzhou.gov.cn/,3301000001,杭州市人民政府办公厅,portal,杭州市",
}
OTHERS = {  # the links each page's menus lead to at another government's host
    "09-shanxi-article-2019.html": {"退役军人事务部": "http://www.gov.cn/guoqing/2018-05/03/content_5287353.htm",
                                    "国务院研究室": "http://www.gov.cn/guoqing/2005-12/26/content_2652073.htm"},
    "22-zhecheng-zfwj-2018.html": {"市政府文件": "http://www.shangqiu.gov.cn/Government/Search.aspx",
                                   "省政府文件": "http://henan.gov.cn/zwgk/fgwj/",
                                   "国务院文件": "http://www.gov.cn/zhengce/xxgkzl.htm"},
    "62-hangzhou-home-2018.html": {"公共服务": "http://hz.zjzwfw.gov.cn/col/col1962/index.html",
                                   "工作目标": "http://kpb.hz.gov.cn/showpage.aspx?id=1121",
                                   "实事项目": "http://kpb.hz.gov.cn/showpage.aspx?id=244",
                                   "法规规章": "http://www.hangzhoufz.gov.cn/list/hzfg.aspx?code=06"},
}
# a real list page of another body showing no 网站标识码 (国家统计局's 最新发布, 2020): what such a link's page shows
UNMARKED = "24-stats-zxfb-2020.html"


def _spider(tmp_path, name: str):
    path = tmp_path / "sites.csv"
    path.write_text(HEADER + SITES[name] + ",active,\n", encoding="utf-8")
    spider = built(PortalSpider, tmp_path, path)
    return spider, spider.sites[0]


def _linked(spider, site, name: str) -> dict[str, tuple]:
    """name -> (column link, URL) of the columns the page leads to, as the spider reads it (follow.column_links):
    a homepage's menus, a column's page's sub-columns too."""
    sel, url = real(name)
    home = name.startswith("62-")
    column = None if home else {"name": "栏目", "level": 1}
    return {link.name: (link, target) for link, target, _ in spider.column_links(sel, url, site, home, column)}


def _hint(link) -> dict:
    return {"name": link.name, "parent": None, "top_level": True, "source": link.source, "level": 1}


@pytest.mark.parametrize("name", list(OTHERS))
def test_a_menu_link_at_another_governments_host_is_asked_as_a_platforms(tmp_path, name):
    spider, site = _spider(tmp_path, name)
    linked = _linked(spider, site, name)
    for label, url in OTHERS[name].items():
        assert linked[label][1] == url
        assert spider.borrowed(site, url)  # asked: only the page it leads to tells whose it is


@pytest.mark.parametrize("name", list(OTHERS))
def test_another_governments_page_showing_no_code_is_no_column_of_the_sites(tmp_path, name):
    spider, site = _spider(tmp_path, name)
    linked = _linked(spider, site, name)
    for label in OTHERS[name]:
        link, target = linked[label]
        sel = page_selector(response(target, real_text(UNMARKED)))
        assert spider.page_site(site, sel, {"borrowed": True, "column": _hint(link)}, target) is None, label


def test_the_sites_own_columns_on_another_host_are_still_its(tmp_path):
    """柘城's 政府文件 page (22, showing 柘城's code) at its city's platform is its column there; a page showing no
    code is its own at a host of its registered domain (its 信息公开 platform, xxgk.zhecheng.gov.cn)."""
    name = "22-zhecheng-zfwj-2018.html"
    spider, site = _spider(tmp_path, name)
    hint = {"name": "政府文件", "parent": None, "top_level": True, "source": "nav", "level": 1}
    city = "http://www.shangqiu.gov.cn/zfxxgk/zc/zfwj/index.html"
    assert spider.page_site(site, page_selector(response(city, real_text(name))), {"borrowed": True, "column": hint},
                            city) is site
    own = "http://xxgk.zhecheng.gov.cn/zfwj/index.html"
    assert spider.page_site(site, page_selector(response(own, real_text(UNMARKED))),
                            {"borrowed": True, "column": hint}, own) is site
