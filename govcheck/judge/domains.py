"""A site's domain against the rules (pure): a government site under .gov.cn, a department under its government's
domain, a listed homepage that lands on its own registered domain. An IP literal or a name without a public suffix
says nothing of a domain: no finding is made on it."""

from __future__ import annotations

from functools import cache
from urllib.parse import urlsplit

import tldextract

from govcheck.judge.addresses import host_is_literal_ip

GOV_SUFFIX = "gov.cn"


@cache
def _extract() -> tldextract.TLDExtract:
    # the suffix list bundled with tldextract: no download, no cache written
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def judgeable(host: str) -> bool:
    """A name whose domain can be judged: not an IP literal, and under a public suffix."""
    return bool(host) and host_is_literal_ip(host) is None and bool(_extract()(host).suffix)


def registered_domain(host: str) -> str:
    """sysx.gov.cn for www.sysx.gov.cn; "" for an IP literal or a name without a public suffix."""
    if not judgeable(host):
        return ""
    return _extract()(host).top_domain_under_public_suffix


def government_domain(host: str) -> str:
    """The domain a government portal's departments sit under: its host without www., never above its registered
    domain (www.sysx.gov.cn -> sysx.gov.cn; xx.hunan.gov.cn stays xx.hunan.gov.cn)."""
    reg = registered_domain(host)
    if not reg:
        return ""
    return host[4:] if host.startswith("www.") and host[4:].endswith(reg) else host


def under(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def same_government(host: str, other: str) -> bool:
    """Whether `other` is a host of `host`'s government's domain (xxgk.qx.gov.cn, news.qx.gov.cn for
    www.qx.gov.cn; not another county's yy.hunan.gov.cn for qx.hunan.gov.cn)."""
    government = government_domain(host.lower())
    return bool(government) and under(other.lower(), government)


def domain_problem(url: str, parent_url: str = "") -> tuple[str, str] | None:
    """(reason, what was expected) when the site at url breaks the domain rule, else None. reason: not_gov (not
    under .gov.cn), not_under_parent (a department outside its government portal's domain)."""
    host = host_of(url)
    if not judgeable(host):
        return None
    if not under(host, GOV_SUFFIX):
        return "not_gov", "以.gov.cn结尾的域名"
    parent = government_domain(host_of(parent_url)) if parent_url else ""
    if parent and not under(host, parent):
        return "not_under_parent", f"{parent}的下级域名"
    return None


def redirected_elsewhere(listed: str, final: str) -> bool:
    """Whether the listed homepage landed on another registered domain. A listed IP literal is not judged; a listed
    name that lands on an IP literal has left its domain."""
    listed_domain = registered_domain(host_of(listed))
    if not listed_domain:
        return False
    return registered_domain(host_of(final)) != listed_domain
