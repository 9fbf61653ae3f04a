"""示范市统计局 (tjj): a department site behind a bot wall (瑞数-like): its homepage answers every request that does
not run its script with 412 and a page that sets a cookie by script and reloads. A browser gets through; govcheck,
which does not, knows nothing of the site: not down, not stale, its footer and channels unread. Its homepage waits
for a person, and the site passes with nothing found.
"""

from __future__ import annotations

from govcheck.demo.model import Site, SiteMeta
from govcheck.demo.sites import Env, behind_wall
from govcheck.demo.web import DemoRequest, Reply

CHALLENGE = (b'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta http-equiv="Pragma" content="no-cache">'
             b"<script>$_ts=window['$_ts'];if(!$_ts)$_ts=window['$_ts']={};$_ts.nsd=48211;$_ts.cd="
             b'"qEVfrrAlqGWcqqAlqr9EqqAlqaxE";</script><script type="text/javascript" charset="utf-8" '
             b'src="/k8bZpLxW8d2a/c.FxJzG50F.7a1e2c3.js" r="m"></script></head><body></body></html>\n')


def build(meta: SiteMeta, env: Env) -> Site:
    def wall(req: DemoRequest) -> Reply:
        return Reply(412, {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache"}, CHALLENGE)

    return behind_wall(meta, env, 140000, "统计动态", "tjdt", wall)
