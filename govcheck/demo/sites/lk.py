"""示范林口乡人民政府 (lk): an abandoned township portal, nothing new for over a year.

Its homepage and its lists show month-days alone ((11-28)), at addresses without a year (show.asp?id=N): the newest
item, put up 370 days before the check date, reads as five days old in this year, unless its article is asked, which
shows the whole date. 工作动态 (370 days) and 通知公告 (420 days) are stale; so is the homepage, though a bar of
its tools (setting the homepage, adding a bookmark: scripts; 手机版 a link) ends with 网站更新时间 of the check date,
which its template writes whatever was updated, a banner that a click opens (no link) announces an event of the
check date, and a 专题's picture links an article over a caption naming the day a rule takes effect (the check date):
no item of the homepage. Its menu is written by an inline script from an array of its own (navData), so its homepage
is rendered before it is called stale: the rendered rows show the same month-days, no surer a date. Like most
portals, it loads third-party scripts that fill no box: the 找错 widget, Baidu's and CNZZ's counters, Baidu's share
buttons, a 无障碍 toolbar. None is on loopback, so each is refused while the page renders: a counter that did not load
leaves nothing of the homepage unread, and the stale homepage is vetoed all the same.
"""

from __future__ import annotations

from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, image

RULE_PAGE = "/zt/cgmy/content_1.html"  # a 专题's article its picture links
# third-party scripts of the homepage, off loopback: refused while it renders, and none fills a box
WIDGETS = ('<script id="_jiucuo_" sitecode="{code}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>'
           '<script>var _hmt = _hmt || [];(function() {{ var hm = document.createElement("script");'
           ' hm.src = "https://hm.baidu.com/hm.js?5f3a9c0e7b21d4c8";'
           ' var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); }})();</script>'
           '<script src="https://s4.cnzz.com/z_stat.php?id=1281034567&amp;web_id=1281034567"></script>'
           '<script src="http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js"></script>'
           '<script src="https://wza.lkx.gov.cn/assist.js"></script>')


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "乡", 150000)

    def show(d, i):
        return f"/show.asp?id={i}"

    news = mk.column("工作动态", "/gzdt/index.html", "news", 370, 10, "town_news", show, gap=6, style="md",
                     paging="next")
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 420, 8, "notice", show, gap=15, style="md",
                        paging="next")
    # the site's update time the template writes at the end of a bar of tools: no item's date
    tools = (f'<div class="gjl"><a href="javascript:void(0)" onclick="SetHome(this, window.location)">设为首页</a> | '
             '<a href="javascript:void(0)" onclick="AddFavorite(document.title)">加入收藏</a> | '
             '<a href="javascript:void(0)" onclick="aria.start()">无障碍浏览</a> | <a href="/m/index.html">手机版</a>'
             f"　网站更新时间：{env.as_of:%Y-%m-%d}</div>")
    # a 专题's picture linking an article, and a caption: the day a rule takes effect is no item's date
    tools += (f'<div class="zt"><a href="{RULE_PAGE}"><img src="/images/zt.png" alt="《林口乡村规民约》"></a>'
              f"<p>{env.as_of.year}年{env.as_of.month}月{env.as_of.day}日起施行</p></div>")
    # a banner a click opens, no link: the day of an event it announces is no item's date
    tools += (f'<div class="banner" onclick="location.href=\'/zt/index.html\'">林口乡第十届农民运动会 '
              f"{env.as_of.year}年{env.as_of.month}月{env.as_of.day}日开幕</div>")
    tools += WIDGETS.format(code=meta.site_code)
    return Site(meta, cms="generic", columns=[news, notices],
                blocks=[Block("工作动态", 8, "md"), Block("通知公告", 6, "md")], homepage_html=tools, script_menu=True,
                pages={"/m/index.html": ("手机版", "<p>请使用手机访问。</p>"),
                       "/zt/index.html": ("农民运动会", "<p>林口乡第十届农民运动会专题。</p>"),
                       RULE_PAGE: ("林口乡村规民约", "<p>林口乡村规民约全文。</p>")},
                raw={"/images/zt.png": image()})
