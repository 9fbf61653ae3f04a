"""The demo sites built for an inspection date and round, and where each is served: base URLs, the names it is
served under, the homepage the site list gives."""

from __future__ import annotations

import importlib
from datetime import date
from urllib.parse import urlsplit

from govcheck.demo.model import DEFAULT_PORT, EXTERNAL_IP, Site, SiteMeta
from govcheck.demo.site_list import BUILDERS, SITES
from govcheck.demo.sites import Env
from govcheck.demo.web import rebase


def dns_hosts() -> dict[str, str]:
    """The domain names of the sites listed by name, and where they moved, -> their loopback IPs."""
    return {name: m.ip for m in SITES for name in (m.host, m.moved_to, *m.also_serves) if name}


def site_base(m: SiteMeta, ip_base: str) -> str:
    """A site's base URL: its name in place of its IP when it is listed by name (the same port)."""
    return ip_base.replace(f"//{m.ip}:", f"//{m.host}:", 1) if m.host else ip_base


def landing_base(m: SiteMeta, base: str) -> str:
    """Where the site's pages are: the name its listed homepage redirects to, else its base."""
    return base.replace(f"//{m.host}:", f"//{m.moved_to}:", 1) if m.moved_to else base


def listed_url(m: SiteMeta, base: str) -> str:
    """The homepage the site list gives: its base, or a platform's subsite's folder under it."""
    return base.rstrip("/") + m.home if m.home else base


def meta(site_id: str) -> SiteMeta:
    return next(m for m in SITES if m.site_id == site_id)


def scheme(m: SiteMeta) -> str:
    return "https" if m.tls else "http"


def default_bases(port: int = DEFAULT_PORT) -> dict[str, str]:
    """Base URLs by site_id and by IP when every address listens on the same port."""
    bases = {m.site_id: site_base(m, f"{scheme(m)}://{m.ip}:{port}/") for m in SITES}
    bases.update({m.ip: f"{scheme(m)}://{m.ip}:{port}/" for m in SITES})
    bases.setdefault(EXTERNAL_IP, f"http://{EXTERNAL_IP}:{port}/")
    return bases


def link_cases(as_of: date, bases: dict[str, str]) -> list[dict]:
    """The external link cases of linkhosts.py with their URLs on the real ports; none if the module is absent."""
    try:
        linkhosts = importlib.import_module("govcheck.demo.linkhosts")
    except ModuleNotFoundError as exc:
        if exc.name != "govcheck.demo.linkhosts":
            raise
        return []
    cases = getattr(linkhosts, "link_cases", None)
    if cases is None:
        return []
    ports = {ip: urlsplit(url).port for ip, url in bases.items() if ip.count(".") == 3 and urlsplit(url).port}
    return [{**c, "url": rebase(c["url"], bases)} for c in cases(as_of, ports)]


def build_site(site_id: str, as_of: date, round: int, bases: dict[str, str]) -> Site:
    m = meta(site_id)
    builder = BUILDERS.get(site_id)
    if builder is None:  # mz (not listening), gh (https dead) and old (offline): nothing to crawl
        return Site(m, cms="static")
    cases = link_cases(as_of, bases) if site_id == "qx" else []
    return builder(m, Env(as_of, round, bases, cases))


def build_sites(as_of: date, round: int, bases: dict[str, str]) -> dict[str, Site]:
    return {m.site_id: build_site(m.site_id, as_of, round, bases) for m in SITES}
