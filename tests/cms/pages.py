"""Saved pages for the page-reader tests: the real ones (tests/fixtures/realpages) and small ones (fixtures/cms)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from parsel import Selector

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# Where each real page was served from (its relative links resolve against these).
REAL_URLS = {
    "01-ordos-egb-xxgknb.html": "http://www.ordos.gov.cn/egb/xxgk/xxgknb/index.html",
    "03-yichun-home-2023.html": "https://www.yichun.gov.cn/ycsrmzf/index.shtml",
    "04-yuanzhou-zwyw-2017.html": "http://www.yzq.gov.cn/zwgk/zwdt/zwyw/index.html",
    "06-fengcheng-fcxw-2017.html": "http://www.jxfc.gov.cn/n3/n13/index.html",
    "09-shanxi-article-2019.html": "http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml",
    "10-govcn-gongbao-article-2007.html": "https://www.gov.cn/gongbao/content/2007/content_711039.htm",
    "11-dingxi-hanweb-datastore-2022.html": "http://www.dingxi.gov.cn/col/col12377/index.html",
    "14-ndrc-tz-2026.html": "http://www.ndrc.gov.cn/xxgk/zcfb/tz/index.html",
    "15-jsfzggw-tzgg-2026.html": "https://fzggw.jiangsu.gov.cn/col/col83620/index.html",
    "16-zjfzggw-xzgfxwj-2026.html": "https://fzggw.zj.gov.cn/col/col1229565788/index.html",
    "18-wanzai-wzyw-2017.html": "http://www.wanzai.gov.cn/news-list-wanzaiyaowen.html",
    "19-zhangshu-zhxx-2017.html": "http://www.zhangshu.gov.cn/zwgk/zhxx/index.html",
    "20-yctravel-lykb-2017.html": "http://www.yctravel.gov.cn/lykb/index_6.jhtml",
    "21-zhecheng-xswj-empty-2018.html": "http://www.zhecheng.gov.cn/gzjg/zfgzbm/xswj/index.html",
    "22-zhecheng-zfwj-2018.html": "http://www.zhecheng.gov.cn/xxgk/xxgkml/zfwj/index.html",
    "23-zhecheng-fzggw-2018.html": "http://www.zhecheng.gov.cn/gzjg/zfgzbm/fzggw/index.html",
    "24-stats-zxfb-2020.html": "http://www.stats.gov.cn/tjsj/zxfb/",
    "25-antu-lyxx-2021.html": "https://www.atxlyj.cn/xwdt/lyxx/index.html",
    "26-scedu-jyyw-2021.html": "http://edu.sc.gov.cn/scedu/c100494/xwzx_list.shtml",
    "27-cwl-tzgg-2020.html": "http://www.cwl.gov.cn/xxgk/tzgg/index.html",
    "28-gxpopss-home-2019.html": "http://www.gxpopss.cn/",
    "29-cwl-home-2020.html": "http://www.cwl.gov.cn/",
    "30-pds-ywjy-2020.html": "http://www.pds.gov.cn/channels/4583.html",
    "31-bjchy-twdt-2021.html": "http://youth.bjchy.gov.cn/news/Default.aspx",
    "32-hdzfxxgk-home-2020.html": "http://hdzfxxgk.hd.gov.cn/",
    "33-zhecheng-home-2018.html": "http://www.zhecheng.gov.cn/",
    # 34-36 are articles
    "34-zhecheng-article-2018.html": "http://www.zhecheng.gov.cn/xxgk/xxgkml/zfwj/xzfwj/zzb/2018-07-11/6357.html",
    "35-moe-article-2024.html": "http://www.moe.gov.cn/srcsite/A12/moe_1407/s3008/202406/t20240613_1135415.html",
    "36-sc-ucap-article-2020.html":
        "http://www.sc.gov.cn/10462/10464/10465/10595/2020/9/15/e651244f5f89400a95c651e2f53de7fe.shtml",
    "37-jspn-tpxw-2020.html": "http://www.jspn.js.cn/col26/piccolumn.html",
    "38-ahxx-xzxx-2026.html": "https://www.ahxx.gov.cn/hdjl/xzxx/index.html",
    "45-zhecheng-bmdt-epoch-2018.html": "http://www.zhecheng.gov.cn/ywdt/bmdt/index_4.html",
    "46-gzdzhrss-home-2020.html": "http://www.gzdzhrss.com/index.html",
    "60-bnpo-splash-2018.html": "http://www.bnpo.gov.cn/",
    "61-bjsat-root-2018.html": "http://www.bjsat.gov.cn/",
    # 40 is one entry of the homepage's menu (its <li> alone: read inside the menu's <ul class="nav nav2 nav3">)
    "40-baqiao-zmhd-nav-2018.html": "http://www.baqiao.gov.cn/",
    "41-baqiao-home-news-2018.html": "http://www.baqiao.gov.cn/",  # one box of the same homepage
    "42-baqiao-zwgk-nav-2018.html": "http://www.baqiao.gov.cn/",  # two entries of 40's menu, read as 40 is
    # 80 is the header every page of the portal includes (the JSP source of the portal's own template)
    "80-ruichang-header-2012.html": "http://www.ruichang.gov.cn/",
    # 53 and 54: pages of one site group's copy, at the host the copy names
    "53-lgedu-tyc-empty-2020.html": "https://www.lgedu.net/channels/18235.html",
    "54-lgedu-bgs-2020.html": "https://www.lgedu.net/channels/18106.html",
    "55-cwl-zjjd-empty-2020.html": "http://www.cwl.gov.cn/zcjd/zjjd/index.html",
    "62-hangzhou-home-2018.html": "http://www.hangzhou.gov.cn/",
    # 17 is not a page: the answer of the endpoint that page 16's script loads its list from
    "17-zjfzggw-xzgfxwj-2026-unit.json":
        "https://fzggw.zj.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit",
}


def real_text(name: str) -> str:
    return (FIXTURES / "realpages" / name).read_text(encoding="utf-8")


def real_bytes(name: str) -> bytes:
    """A real page as saved: its line endings untouched (real_text turns CRLF into LF)."""
    return (FIXTURES / "realpages" / name).read_bytes()


@cache
def real(name: str) -> tuple[Selector, str]:
    """(Selector, URL) of a real page."""
    return Selector(text=real_text(name)), REAL_URLS[name]


def menu_entry_columns(name: str) -> dict:
    """The columns of a real page that is entries of a homepage's menu alone (40, 42: 灞桥's <li>s), read inside the
    menu's <ul class="nav nav2 nav3"> as the homepage shows them, by their addresses under the site's root."""
    from govcheck.cms.navigation import find_column_links

    sel, url = Selector(text=f'<ul class="nav nav2 nav3">{real_text(name)}</ul>'), REAL_URLS[name]
    return {c.url.removeprefix(url): c for c in find_column_links(sel, url)}


def small(name: str, encoding: str = "utf-8") -> Selector:
    return Selector(text=(FIXTURES / "cms" / name).read_bytes().decode(encoding))

# 66: a sub-centre's page of a city's public resources trading portal, at the host the copy names
REAL_URLS["66-szggzy-wjfzx-2021.html"] = "http://www.zjgztb.com/wjqfzx/wjCity.html"
REAL_URLS["67-szggzy-zjgfzx-2021.html"] = "http://www.zjgztb.com/zjgsfzx/index.html"  # 66's portal, another sub-centre
REAL_URLS["68-zhecheng-gsgg-titledates-2018.html"] = "http://www.zhecheng.gov.cn/xxgk/xxgkml/gsgg/index_7.html"
REAL_URLS["73-sdnu-jxjy-home-2020.html"] = "http://www.ilushanedu.com/index.html"  # a college's homepage, not a gov's
REAL_URLS["74-szggzy-home-2021.html"] = "http://www.zjgztb.com/index.html"  # 66's portal's homepage
REAL_URLS["81-zhecheng-zfnb-2018.html"] = "http://www.zhecheng.gov.cn/xxgk/xxgknb/zfnb/index.html"  # 政府年报
REAL_URLS["82-handan-jinqixxgk-2020.html"] = "http://hdzfxxgk.hd.gov.cn/zfwj/jinqixxgk/index.html"  # 32's platform
REAL_URLS["83-ahxx-gfxwj-2026.html"] = "https://www.ahxx.gov.cn/public/column/6629711?type=4&catId=60733431&action=list"
REAL_URLS["84-cnu-cjy-kydt-2021.html"] = "http://www.maia.org.cn/kxyj/kydt/index.html"  # a college's, the copy's host
REAL_URLS["86-bjcy-ldjh-2021.html"] = "http://youth.bjchy.gov.cn/speech/Default.aspx"  # 31's site, its 领导讲话
# 87: the copy keeps no address of its own; read at its column's (2024)
REAL_URLS["87-sjz-article-menu-2024.html"] = \
    "https://www.sjz.gov.cn/columns/8166f236-f8c8-4504-8077-98e9ec77c1e6/index.html"
REAL_URLS["90-jsou-wfxy-xwgg-vsb-empty-2021.html"] = "http://www.tztvu.com.cn/xwgg1.htm"  # the copy's host, VSB
REAL_URLS["91-jsou-jnds-cjwt-vsb-empty-2021.html"] = "http://www.tztvu.com.cn/cjwt.htm"
REAL_URLS["92-ahyx-home-2018.html"] = "http://ahyx.gov.cn/"  # 岳西网's homepage; its links are absolute
# 97, 99: articles whose header carries a bar of the site's tools (用户登录, 智能问答, 长者专区 …) beside its menu
REAL_URLS["97-gz-toolbar-article-2023.html"] = "https://www.gz.gov.cn/ysgz/xwdt/ysdt/content/post_9360641.html"
REAL_URLS["99-fcgs-toolbar-article-2024.html"] = "http://www.fcgs.gov.cn/zxzx/zdxm/t20240912_1.shtml"
REAL_URLS["94-hongshan-article-2023.html"] = "https://www.hongshan.gov.cn/hsyw/202306/t20230608_2213652.shtml"
REAL_URLS["100-cqcbc-home-2021.html"] = "http://www.hcdd.cq.cn/index1.html"  # the copy's host; its links relative
# 106, 107: a school's column pages (SiteServer-like, the copy's host), each beside its section's menu
REAL_URLS["106-23slxx-rsgl-empty-2021.html"] = "http://www.23slxx.cn/newslist/201962713361289943581268.html"
REAL_URLS["107-23slxx-bmzz-2021.html"] = "http://www.23slxx.cn/newslist/201962713361289965725753.html"
# 108, 109: a college's column pages (the copy's host), each beside its section's menu of bare links
REAL_URLS["108-ilushanedu-xgkx-empty-2021.html"] = "http://www.ilushanedu.com/p/5/637050199628472995.html"
REAL_URLS["109-ilushanedu-jwtz-2021.html"] = "http://www.ilushanedu.com/p/11/156940738959391587.html"
