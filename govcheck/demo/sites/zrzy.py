"""示范市自然资源和规划局 (zrzy): a bureau whose header, its menu in it, a script file of its own writes where every
page includes it, alone under <body> (`<script src="/include/head.js">`, document.write): no menu link in the pages'
HTML, and no navigation box around the script.

Its homepage's block 自然资源要闻 (news, 1 day) leads to its column by 更多 and keeps the homepage fresh. Only the menu
leads to 通知公告 (notice, 20 days), 政策文件 (policy, 300 days: stale, 5 points off) and 规划动态 (news, 25
days: stale). The site passes, two of its columns out of date.
政策文件 lists its documents' files alone, titles without a date, each linking the PDF that TRS names by the day it
was put up (/zcwj/P020260131123456789012.pdf: P0, the day, a serial): the only place the list's dates show.
"""

from __future__ import annotations

from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path
from govcheck.demo.web import Reply

MENU_JS = "/include/head.js"
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def trs_file(col_dir: str):
    """TRS's name of a file put up on day d: P0, the day, a serial of 12 digits."""
    return lambda d, i: f"{col_dir}P0{d:%Y%m%d}{i * 7919 % 10**12:012d}.pdf"


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 660000)

    def col(name: str, folder: str, type_: str, newest: int, pool: str):
        return mk.column(name, f"/{folder}/index.html", type_, newest, 8, pool, trs_path(f"/{folder}/"), gap=9)

    files = mk.column("政策文件", "/zcwj/index.html", "policy", 300, 8, "policy", trs_file("/zcwj/"), gap=9,
                      undated=True)
    columns = [col("自然资源要闻", "zryw", "news", 1, "gov_news"), col("通知公告", "tzgg", "notice", 20, "notice"),
               files, col("规划动态", "ghdt", "news", 25, "gov_news")]
    raw = {i.path: Reply(200, {"Content-Type": "application/pdf"}, PDF) for i in files.items}
    return Site(meta, cms="trs", columns=columns, blocks=[Block("自然资源要闻", 6)], menu_js=MENU_JS, menu_box="",
                raw=raw)
