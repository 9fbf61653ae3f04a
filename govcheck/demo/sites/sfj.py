"""示范市司法局 (sfj): a department site behind another kind of bot wall: every request without its cookie gets a
200 page whose only content is a script that sets the cookie (its name hex-escaped, as 安恒's wzws does) and
reloads. A browser gets through; govcheck, which runs no script, reads nothing of the site: not down, not stale, no
navigation page. Its homepage waits for a person, and the site passes with nothing found.
"""

from __future__ import annotations

from govcheck.demo.model import Site, SiteMeta
from govcheck.demo.sites import Env, behind_wall
from govcheck.demo.web import DemoRequest, Reply

COOKIE = "wzws_cid"
CHALLENGE = (b'<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>'
             b'<script type="text/javascript">var _0x1f2e=["\\x77\\x7a\\x77\\x73\\x5f\\x63\\x69\\x64"];'
             b'function _c(){var t=new Date().getTime(),h=(t*7+13)%1000003;return h.toString(16)+"a9f3c2e1";}'
             b'document.cookie=_0x1f2e[0]+"="+_c()+"; path=/";location.reload();</script></body></html>')


def build(meta: SiteMeta, env: Env) -> Site:
    def wall(req: DemoRequest) -> Reply | None:
        if f"{COOKIE}=" in req.headers.get("cookie", ""):
            return None  # through: the page itself
        return Reply(200, {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache"}, CHALLENGE)

    return behind_wall(meta, env, 190000, "司法行政动态", "sfdt", wall)
