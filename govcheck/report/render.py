"""The report an office publishes, rendered from a run's export dict (govcheck.export.export_run).

Writes index.html, sites/<site_id>.html (fix lists), notice.html and notice.docx (the 通报 draft),
attachment.html, attachment.xlsx and attachment.csv (the 抽查情况表). Every template autoescapes: the
crawled text (titles, link texts, column names, URLs) is untrusted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from jinja2 import Environment, FileSystemLoader

from govcheck.confirmations import write_template
from govcheck.paths import TEMPLATES_DIR
from govcheck.report import charts
from govcheck.report.attachment import COLUMNS, attachment_rows, cell_text, write_csv, write_xlsx
from govcheck.report.figures import percent, score_text, site_figures, veto_reasons
from govcheck.report.fixlist import Since, describe, fix_list
from govcheck.report.history import Diff, diff, first_seen, problem_counts, run_problems, site_problems
from govcheck.report.messages import MessagesError, messages_summary, period, read_messages
from govcheck.report.notice import main_problems, notice_context, summary_phrase
from govcheck.report.notice_docx import write_docx
from govcheck.report.rounds import run_label, sample_facts
from govcheck.report.rounds import trends as round_trends


def environment(templates_dir: Path | None = None) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates_dir or TEMPLATES_DIR)),
        autoescape=True,  # every template, whatever its name: crawled text is untrusted
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["href"] = safe_href
    env.filters["percent"] = percent
    env.filters["score"] = score_text
    env.filters["cell"] = cell_text
    return env


def safe_href(url: Any) -> str | None:
    """A URL fit for an href: http(s) only, so a crawled javascript: or data: URL never becomes a link."""
    if not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def load_texts(templates_dir: Path | None = None) -> dict[str, Any]:
    return _texts(str((templates_dir or TEMPLATES_DIR) / "texts.yaml"))


@lru_cache(maxsize=4)
def _texts(path: str) -> dict[str, Any]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    data["verdicts"] = {(None if k in (None, "null") else k): v for k, v in data["verdicts"].items()}
    return data


def load_run_profile(export: Mapping[str, Any]):
    """The rule profile the run was judged under, for the rules' wording; None when it is not installed."""
    from govcheck.rules import ProfileError, load_profile

    name = (export.get("run") or {}).get("profile")
    if not name:
        return None
    try:
        return load_profile(name)
    except (ProfileError, OSError):
        return None


def site_filename(site_id: str) -> str:
    """A file name for a site's page that cannot leave the sites/ folder."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", str(site_id)).lstrip(".") or "site"
    return f"{safe}.html"


_SITE_DEFAULTS = {"name": "", "url": "", "site_code": "", "sponsor": "", "kind": "", "region": "", "status": "checked",
                  "verdict": None, "score": None, "pages": None}
_SITE_LISTS = ("vetoes", "deductions", "warnings", "manual_checks", "links", "columns")


def _normalised(export: Mapping[str, Any]) -> dict[str, Any]:
    """A copy whose sites carry every key the templates read, so an older or thinner export still renders."""
    sites = []
    for site in export.get("sites", []):
        s = {**_SITE_DEFAULTS, **{k: [] for k in _SITE_LISTS}, **{k: v for k, v in site.items() if v is not None}}
        s["status"] = s["status"] or "checked"
        s["homepage"] = {"last_update": None, "stale": False, "nav_only": False, **(site.get("homepage") or {})}
        s["identity"] = site.get("identity") or {}
        sites.append(s)
    run = {"id": None, "as_of": None, "started_at": None, "finished_at": None, "status": None, "profile": None,
           **(export.get("run") or {})}
    return {**export, "run": run, "summary": export.get("summary") or {}, "sites": sites}


def _timeline(export: Mapping[str, Any], previous: Mapping[str, Any] | None,
              history: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The runs known, oldest first, up to and including this one."""
    cur = export["run"]["id"]
    runs = {r["run"]["id"]: r for r in [*history, *([previous] if previous else [])]}
    runs = {k: v for k, v in runs.items() if k != cur}
    try:
        ordered = [runs[k] for k in sorted(runs) if k < cur]
    except TypeError:
        ordered = list(runs.values())
    return [*ordered, export]


def _site_trends(timeline: list[Mapping[str, Any]]) -> dict[str, list[int | None]]:
    """Problems per site per run (None where the site was not checked in that run)."""
    out: dict[str, list[int | None]] = {}
    for i, run in enumerate(timeline):
        for site in run.get("sites", []):
            values = out.setdefault(site["site_id"], [None] * len(timeline))
            if (site.get("status") or "checked") != "exempt":
                values[i] = len(site_problems(site))
    return out


def render_report(export: dict, out_dir: Path, previous: dict | None = None, history: list[dict] = (),
                  messages_csv: Path | None = None, templates_dir: Path | None = None, office=None) -> Path:
    """Write the whole report into out_dir and return the path of its index.html. office: the issuing office's
    profile (govcheck.office.Office), else the one GOVCHECK_OFFICE names."""
    from govcheck.office import load_office

    export = _normalised(export)
    previous = _normalised(previous) if previous is not None else None
    history = [_normalised(h) for h in history]
    out_dir = Path(out_dir)
    (out_dir / "sites").mkdir(parents=True, exist_ok=True)
    env = environment(templates_dir)
    texts = load_texts(templates_dir)
    profile = load_run_profile(export)
    run = export["run"]
    summary = export.get("summary") or {}
    compared = previous is not None
    changes: Diff | None = diff(previous, export) if compared else None
    timeline = _timeline(export, previous, history)
    first = first_seen(export, timeline[:-1])
    run_dates = {r["run"]["id"]: r["run"].get("as_of") for r in timeline}
    since = Since(run["id"], first, run_dates, texts,
                  compared=compared or len(timeline) > 1)
    office = office or load_office()
    messages = None
    if messages_csv:
        try:
            days = period(_as_of(run) or date.today(), run.get("round"))
        except ValueError as exc:  # a round stored in another shape: the period cannot be told
            raise MessagesError(f"{messages_csv}: the messages' period: run {run['id']}: {exc}") from None
        messages = messages_summary(read_messages(messages_csv), days, office.messages)
    common = {"run": run, "summary": summary, "texts": texts, "compared": compared, "issuer": office,
              "profile_title": profile.title if profile else (run.get("profile") or "")}

    # the fix list of each site
    site_rows = []
    trends = _site_trends(timeline)
    for site in export.get("sites", []):
        mine = changes.for_site(site["site_id"]) if changes else None
        data = fix_list(site, texts, since, profile, mine)
        data["trend"] = charts.sparkline(trends.get(site["site_id"], []), width=240, height=48)
        data["trend_labels"] = [run_label(r) for r in timeline]
        filename = site_filename(site["site_id"])
        _write(out_dir / "sites" / filename, env.get_template("site.html").render(**common, fix=data, root="../"))
        fig = site_figures(site)
        site_rows.append({
            "site": site, "file": f"sites/{filename}", "figures": fig,
            "verdict": texts["verdicts"].get(site.get("verdict"), ""),
            "kind": texts["site_kinds"].get(site.get("kind"), site.get("kind") or ""),
            "score": score_text(site.get("score")), "vetoes": veto_reasons(site),
            "broken": None if fig["broken_links_homepage"] is None
            else fig["broken_links_homepage"] + fig["broken_links_other"],
            "diff": mine.counts() if mine else None,
            "spark": charts.sparkline(trends.get(site["site_id"], [])),
        })

    # the index
    problems_now = list(run_problems(export).values())
    by_class = problem_counts(problems_now)
    class_chart = charts.hbar_chart([(texts["problems"][k]["label"], n) for k, n in by_class.items()])
    trend = round_trends(_timeline(export, None, history), texts)  # rounds only: a run compared by hand is not one
    pass_chart = charts.bar_chart(list(zip(trend["labels"], trend["pass_rate"], strict=True)))
    veto_chart = charts.grouped_bars(trend["labels"], [(r["label"], r["values"]) for r in trend["vetoes"]])
    problem_chart = charts.grouped_bars(trend["labels"], [(r["label"], r["values"]) for r in trend["problems"]])
    fixed_lines = [dict(describe(p, texts, profile), site=_site_name(export, previous, p.site_id))
                   for p in changes.fixed] if changes else []
    index = env.get_template("index.html").render(
        **common, root="", rows=site_rows, phrase=summary_phrase(summary),
        pass_chart=pass_chart, class_chart=class_chart, totals=changes.counts() if changes else None,
        trend=trend, veto_chart=veto_chart, problem_chart=problem_chart, sample=sample_facts(export),
        fixed_lines=fixed_lines, main_problems=main_problems(export, texts),
        previous_run=previous["run"] if previous else None,
    )
    _write(out_dir / "index.html", index)

    # the notice, HTML and DOCX from one rendered body; the DOCX carries the attachment on its own pages
    ctx = notice_context(export, texts, changes, previous, messages)
    body = env.get_template("notice_body.html").render(**common, notice=ctx)
    _write(out_dir / "notice.html", env.get_template("notice.html").render(**common, root="", notice=ctx))
    rows = attachment_rows(export, texts, messages)
    write_docx(body, out_dir / "notice.docx", office, attachment=(ctx["attachment_title"], rows))

    # the attachment
    _write(out_dir / "attachment.html",
           env.get_template("attachment.html").render(**common, root="", columns=COLUMNS, rows=rows))
    write_xlsx(rows, out_dir / "attachment.xlsx")
    write_csv(rows, out_dir / "attachment.csv")
    write_template(export, out_dir / "confirmations.csv")  # the findings a person is to confirm or reject
    return out_dir / "index.html"


def _site_name(export: Mapping[str, Any], previous: Mapping[str, Any] | None, site_id: str) -> str:
    for run in (export, previous or {}):
        for s in run.get("sites", []):
            if s["site_id"] == site_id:
                return s.get("name") or site_id
    return site_id


def _as_of(run: Mapping[str, Any]) -> date | None:
    return date.fromisoformat(run["as_of"][:10]) if run.get("as_of") else None


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
