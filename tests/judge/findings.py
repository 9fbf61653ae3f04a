"""A site's findings built by hand, for the judges' tests: probes, columns, links."""

from datetime import date, datetime, timedelta

from govcheck.judge.findings import ColumnFinding, LinkFinding, Probe, SiteFindings

AS_OF = date(2019, 3, 1)


def probes(total, failed):
    start = datetime(2019, 2, 22, 0, 0)
    return [
        Probe(at=start + timedelta(minutes=10 * i), ok=i >= failed, reason=None if i >= failed else "timeout")
        for i in range(total)
    ]


def column(type_, last_update, *, top_level=True, empty=False, name=None):
    return ColumnFinding(
        name=name or f"{type_}栏目", url=f"http://www.example.gov.cn/{type_}/{id(last_update)}/",
        type=type_, last_update=last_update, items=0 if empty else 10, empty=empty,
        stale=False, threshold_days=None, top_level=top_level,
    )


def stale(profile, type_, n, **kw):
    days = profile.threshold_days(type_) + 1
    return [column(type_, AS_OF - timedelta(days=days), name=f"{type_}{i}", **kw) for i in range(n)]


def fresh(type_, n):
    return [column(type_, AS_OF - timedelta(days=1), name=f"{type_}{i}") for i in range(n)]


def link(url, *, home=False, category="http_404", verdict="broken", confirmed=True):
    return LinkFinding(
        url=url, source="http://www.example.gov.cn/" if home else "http://www.example.gov.cn/a/",
        text="链接", on_homepage=home, kind="page", external=False, category=category,
        verdict=verdict, http_status=404, confirmed=confirmed,
    )


def broken(n, *, home, prefix="x", **kw):
    return [link(f"http://www.example.gov.cn/{prefix}{i}.html", home=home, **kw) for i in range(n)]


def site(**kw):
    base = dict(
        site_id="s1", as_of=AS_OF, status="checked", probes=probes(140, 0),
        homepage_last_update=AS_OF - timedelta(days=1),
        identity={},
    )
    base.update(kw)
    return SiteFindings(**base)


def rules_of(j):
    return [v.rule for v in j.vetoes]


def deduction(j, indicator):
    found = [d for d in j.deductions if d.indicator == indicator]
    return found[0] if found else None
