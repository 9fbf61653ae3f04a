"""示范市机关事务管理局 (jgsw): a bureau whose every page includes a script file of its own named for no header
(`<script src="/js/common.js">`) that loads the header, its menu in it, from an HTML fragment
(`$("#header").load("/public/header.html")`): no menu link in any page's HTML, nor in an inline script.

Its homepage's one block, 机关动态 (news, 40 days: stale), sits under two 图片新闻 shown as a swiper's slides (too
few for a list), each a picture and a caption linking its article, no date shown: the first put up 3 days ago, the
homepage's only fresh item, which keeps it fresh. Only the menu leads to 图片新闻 (news, 3 days), 通知公告 (notice,
30 days) and 政策文件 (policy, 300 days: stale, 5 points off). The site passes, two of its columns out of date.
Beside them a box of its figures, each row a link to a page of text and 统计截至：<yesterday>: a date of the figures,
no item's; the homepage's last update is the slide's.
Its 规范性文件 is a list of uploaded files alone (policy), each name a date typed at its head (2026-05-21关于….pdf,
20260521关于….doc) and no other date shown: those may be the documents' own dates, not when each was put up, so a
person checks (unverified), neither stale (the newest name's 200 days) nor a static page.
"""

from __future__ import annotations

from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path
from govcheck.demo.web import Reply

FIGURES = (("sjtj/gkxx.html", "主动公开政府信息 1268 条"), ("sjtj/ysq.html", "受理依申请公开 35 件"),
           ("sjtj/zxzx.html", "办理咨询留言 368 件"))


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 680000)

    def col(name: str, folder: str, type_: str, newest: int, pool: str):
        return mk.column(name, f"/{folder}/index.html", type_, newest, 8, pool, trs_path(f"/{folder}/"), gap=9)

    pictures = col("图片新闻", "tpxw", "news", 3, "gov_news")
    columns = [col("机关动态", "jgdt", "news", 40, "gov_news"), pictures,
               col("通知公告", "tzgg", "notice", 30, "notice"), col("政策文件", "zcwj", "policy", 300, "policy")]
    files = mk.column("规范性文件", "/gfxwj/index.html", "policy", 200, 6, "policy",
                      lambda _d, i: f"/gfxwj/files/{i}.{'pdf' if i % 2 else 'doc'}", gap=30, layout="files",
                      paging="none", fail="file_dates")
    columns.append(files)
    raw = {i.path: Reply(200, {"Content-Type": "application/pdf" if i.path.endswith("pdf") else "application/msword"},
                         b"%PDF-1.4\n%%EOF\n" if i.path.endswith("pdf") else b"\xd0\xcf\x11\xe0") for i in files.items}
    cut = f"{mk.day(1):%Y-%m-%d}"
    rows = "".join(f'<li><a href="/{path}">{text}</a><span>统计截至：{cut}</span></li>' for path, text in FIGURES)
    pages = {f"/{path}": (text, f"<p>{text}，统计截至{cut}，数据来源于本局政务公开工作台账。</p>")
             for path, text in FIGURES}
    return Site(meta, cms="trs", columns=columns, blocks=[Block("机关动态", 6)], slides=pictures.items[:2],
                header_load=True, header_js="/js/common.js", pages=pages, raw=raw,
                homepage_html=f'<div class="sjtj"><div class="sjtj-hd">数据统计</div><ul>{rows}</ul></div>')
