"""The `govcheck` command: site lists, the demo, reports, exports and re-judging of stored runs.

Crawling itself is `scrapy crawl portal` / `scrapy crawl probe`; `govcheck demo` runs one for you.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from govcheck.confirmations import ConfirmationsError
from govcheck.office import OfficeError
from govcheck.report.messages import MessagesError
from govcheck.rules import ProfileError
from govcheck.sites import SiteListError, profile_column_types, read_site_list
from govcheck.store.db import StoreError, database_url, get_engine, redact
from govcheck.store.read import RunNotFound


class UsageError(ValueError):
    """Arguments that do not go together or do not parse; said in one line, exit code 2."""


def _engine(args):
    return get_engine(getattr(args, "db", None))


def _run_id(engine, wanted: int | None) -> int:
    from govcheck.store.read import latest_run_id

    run_id = wanted or latest_run_id(engine)
    if run_id is None:
        raise RunNotFound("no complete run in the store yet; run `scrapy crawl portal` or `make demo` first")
    return run_id


def cmd_sites_check(args) -> int:
    path = args.file or "data/sites.csv"
    sites, detected = read_site_list(path, profile_column_types(args.rules))
    active = sum(s.active for s in sites)
    print(f"{path}: {len(sites)} sites ({active} active, {len(sites) - active} offline), read as {detected}: OK")
    return 0


def cmd_export(args) -> int:
    from govcheck.export import export_run

    engine = _engine(args)
    data = export_run(engine, _run_id(engine, args.run), args.judgement)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if args.output and args.output != "-":
        Path(args.output).write_text(text + "\n", encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        print(text)
    return 0


def cmd_report(args) -> int:
    from govcheck.report.write import write_report

    engine = _engine(args)
    run_id, compare = _report_runs(engine, args)
    index = write_report(engine, run_id, Path(args.output) if args.output else None, compare, args.judgement,
                         office=args.office, messages=args.messages)
    print(f"report of run {run_id}: {index}")
    return 0


def _report_runs(engine, args) -> tuple[int, int | None]:
    """(the run reported, the run compared with): by run id, or by round with --round (--compare is then a round)."""
    from govcheck.rounds import RoundError, parse_round
    from govcheck.store.rounds import round_run_id

    if args.round and args.run:
        raise UsageError("report: give --run or --round, not both")
    if not args.round:
        if args.compare is not None and not args.compare.isdigit():
            raise UsageError(f"report: --compare {args.compare!r} is not a run id (with --round it is a round)")
        return _run_id(engine, args.run), int(args.compare) if args.compare is not None else None
    try:
        chosen = parse_round(args.round, date.today())
        compare = parse_round(args.compare, date.today()) if args.compare is not None else None
    except RoundError as exc:
        raise UsageError(f"report: {exc}".replace("round argument: ", "")) from None
    return round_run_id(engine, chosen), round_run_id(engine, compare) if compare else None


def cmd_rounds(args) -> int:
    from govcheck.report.figures import percent
    from govcheck.store.rounds import round_rows

    rows = round_rows(_engine(args))
    if not rows:
        print("no complete round run in the store yet")
        return 0
    print(f"{'round':8} {'run':>5}  {'as_of':10}  {'sites':>5} {'checked':>7} {'failed':>6}  {'pass rate':>9}  sample")
    for r in rows:
        cells = ["-" if r[k] is None else r[k] for k in ("sites", "checked", "failed")]
        print(f"{r['round']:8} {r['run']:>5}  {r['as_of']:10}  {cells[0]:>5} {cells[1]:>7} {cells[2]:>6}  "
              f"{percent(r['pass_rate']):>9}  {r['sample']}")
    return 0


def cmd_score(args) -> int:
    from govcheck.confirmations import read_confirmations
    from govcheck.rules import load_profile
    from govcheck.store.finish import judge_run
    from govcheck.store.read import judgement_rows

    load_profile(args.rules)  # a bad name is said before the store is opened, whatever it holds
    decisions = read_confirmations(args.confirmations) if args.confirmations else None
    engine = _engine(args)
    run_id = _run_id(engine, args.run)
    jid = judge_run(engine, run_id, args.rules, decisions)
    j, rows = judgement_rows(engine, run_id, jid)
    print(f"run {run_id} judged under {args.rules}: judgement {jid}")
    for sid, row in rows.items():
        score = "-" if row.score is None else f"{row.score:.1f}"
        print(f"  {sid:12} {row.verdict:12} {score}")
    print(f"  summary: {j.summary}")
    return 0


def cmd_finish(args) -> int:
    """Finishes a distributed run whose workers are all gone (its last one died before finishing it)."""
    import redis
    from sqlalchemy.exc import NoResultFound

    from govcheck.distributed.finish import finish_run_now
    from govcheck.settings import GOVCHECK_REDIS_URL

    redis_url = args.redis or GOVCHECK_REDIS_URL
    try:
        summary = finish_run_now(args.run, getattr(args, "db", None), redis_url, args.rules)
    except NoResultFound:
        raise RunNotFound(f"no run {args.run} in the store") from None
    except RuntimeError as exc:
        raise UsageError(str(exc)) from None
    except redis.exceptions.ConnectionError as exc:
        raise UsageError(f"run {args.run} finished, but its Redis keys could not be deleted ({exc}): "
                         f"redis-cli --scan --pattern 'govcheck:run:{args.run}:*' lists them") from None
    print(f"run {args.run} finished: {summary}")
    return 0


def cmd_demo_serve(args) -> int:
    from govcheck.demo.server import main as serve

    argv = ["--as-of", args.as_of or date.today().isoformat(), "--port", str(args.port), "--round", str(args.round)]
    return serve(argv) or 0


def cmd_demo(args) -> int:
    """Serve the demo portals, audit them in this process, write the report."""
    from govcheck.demo.run import run_demo

    return run_demo(as_of=date.fromisoformat(args.as_of) if args.as_of else date.today(), port=args.port,
                    round_=args.round, db=args.db, sites=args.sites)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="govcheck", description=__doc__.splitlines()[0])
    p.add_argument("--db",
                   help="SQLAlchemy URL of the store (default: GOVCHECK_DATABASE_URL, else var/govcheck.sqlite)")
    sub = p.add_subparsers(dest="command", required=True)

    sites = sub.add_parser("sites", help="site list tools").add_subparsers(dest="sites_command", required=True)
    check = sites.add_parser("check", help="validate a site list")
    check.add_argument("file", nargs="?")
    check.add_argument("--rules", help="the rule profile whose column types column_types may name (default: national)")
    check.set_defaults(func=cmd_sites_check)

    exp = sub.add_parser("export", help="write a run as JSON")
    exp.add_argument("--run", type=int)
    exp.add_argument("--judgement", type=int, help="a judgement of the run other than the newest")
    exp.add_argument("-o", "--output")
    exp.set_defaults(func=cmd_export)

    rep = sub.add_parser("report", help="write the report of a run into reports/<run>/")
    rep.add_argument("--run", type=int)
    rep.add_argument("--round", help="the run of a round (2019Q1) instead of --run")
    rep.add_argument("--compare", help="the run to compare with, or with --round a round (default: the round before)")
    rep.add_argument("--judgement", type=int)
    rep.add_argument("-o", "--output")
    rep.add_argument("--office", help="the issuing office: a name in data/offices/ or a YAML file "
                                      "(default: GOVCHECK_OFFICE, else example)")
    rep.add_argument("--messages", help="the 我为政府网站找错 messages CSV (default: GOVCHECK_MESSAGES, "
                                        "else data/zhaocuo-messages.csv when it exists)")
    rep.set_defaults(func=cmd_report)

    rounds = sub.add_parser("rounds", help="list the rounds and the run that stands for each")
    rounds.set_defaults(func=cmd_rounds)

    score = sub.add_parser("score", help="re-judge a stored run under a rule profile, without crawling")
    score.add_argument("--run", type=int)
    score.add_argument("--rules", required=True, help="a profile name in data/rules/ or a YAML file")
    score.add_argument("--confirmations", help="a person's decisions on the findings awaiting confirmation "
                       "(CSV or .xlsx, as the report's confirmations.csv); without it the run's last ones are kept")
    score.set_defaults(func=cmd_score)

    finish = sub.add_parser("finish", help="finish a distributed run whose workers are all gone")
    finish.add_argument("--run", type=int, required=True)
    finish.add_argument("--rules", default="national-2019", help="the rule profile the run is judged under")
    finish.add_argument("--redis", help="Redis URL of the run (default: GOVCHECK_REDIS_URL)")
    finish.set_defaults(func=cmd_finish)

    demo = sub.add_parser("demo", help="audit the bundled demo portals and write the report")
    demo.add_argument("--as-of")
    demo.add_argument("--port", type=int, default=8808)
    demo.add_argument("--round", type=int, choices=(1, 2),
                      help="one crawl of the portals in one state (1 before, 2 after fixing some problems); "
                           "default: last quarter's round over 1, an ad hoc check of one site, this quarter's over 2")
    demo.add_argument("--sites", type=lambda v: [s for s in v.split(",") if s],
                      help="comma-separated site ids: audit these demo portals alone (default: all)")
    demo.set_defaults(func=cmd_demo)
    demo_sub = demo.add_subparsers(dest="demo_command")
    serve = demo_sub.add_parser("serve", help="only serve the demo portals until Ctrl-C")
    serve.add_argument("--as-of")
    serve.add_argument("--port", type=int, default=8808)
    serve.add_argument("--round", type=int, default=1)
    serve.set_defaults(func=cmd_demo_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except SiteListError as exc:
        print(f"govcheck: {exc}", file=sys.stderr)
        return 2
    except StoreError as exc:
        print(f"govcheck: {exc} (database {redact(database_url(getattr(args, 'db', None)))})", file=sys.stderr)
        return 3
    except (RunNotFound, ProfileError, OfficeError, MessagesError, UsageError, ConfirmationsError) as exc:
        print(f"govcheck: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
