"""Third-party widgets a page loads that fill no box of it: visitor counters, the 找错 widget, 无障碍 toolbars, share
buttons, weather boxes (data/cms_markers.yaml `widget_requests`). No list waits on their scripts, and their failure
while a page renders leaves nothing of it unread."""

from __future__ import annotations

from urllib.parse import urlsplit

from govcheck.cms.base import compiled, marker
from govcheck.judge.domains import under


def fills_nothing(url: str) -> bool:
    """Whether a request to `url` (a script's, a data request's) is a third-party widget's that fills no box: by its
    host or a host under it, its host's first label (wza.), or its path, on any host."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().rstrip(".")
    except ValueError:
        return False
    known = marker("widget_requests")
    return (any(under(host, h) for h in known["hosts"]) or host.split(".", 1)[0] in known["host_labels"]
            or bool(compiled(*known["paths"]).search(parts.path)))
