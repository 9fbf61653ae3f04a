"""示范市市场监督管理局 (scj): a department site served over HTTPS whose server sends its certificate without the
intermediate CA that signed it, as very many government servers do.

The certificate is in date and names the site's address; it names where its intermediate is (Authority Information
Access, caIssuers: the demo CA's plain-HTTP server, demo/tlscerts.py), and a browser, which fetches it there, opens
the site without a warning. Its homepage is fresh by 市场监管要闻 (news, 2 days); 通知公告 (notice, 15 days) is in
time, 政策法规 (policy, 200 days) is a stale first-level column (−5), and 消费维权 shows 暂无信息 (empty).
"""

from __future__ import annotations

from govcheck.demo.model import Block, Column, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 700000)
    news = mk.column("市场监管要闻", "/scjgyw/index.html", "news", 2, 12, "gov_news", trs_path("/scjgyw/"), gap=3)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 15, 8, "notice", trs_path("/tzgg/"), gap=12)
    policy = mk.column("政策法规", "/zcfg/index.html", "policy", 200, 6, "policy", trs_path("/zcfg/"), gap=30)
    consumers = Column("消费维权", "/xfwq/index.html", "other", empty_text='<div class="no-data">暂无信息</div>')
    return Site(meta, cms="trs", columns=[news, notices, policy, consumers],
                blocks=[Block("市场监管要闻", 6), Block("通知公告", 6)])
