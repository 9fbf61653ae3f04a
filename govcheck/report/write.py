"""Writing a stored run's report: the run, the one it is compared with and the rounds before, exported and rendered."""

from __future__ import annotations

from pathlib import Path

from govcheck.export import export_run
from govcheck.office import load_office
from govcheck.paths import REPORTS_DIR
from govcheck.report.messages import messages_file
from govcheck.report.render import render_report
from govcheck.store.rounds import previous_run_id, trend_run_ids

HISTORY_RUNS = 8  # rounds drawn in the trend charts, this run's included


def write_report(engine, run_id: int, out: Path | None = None, compare: int | None = None,
                 judgement: int | None = None, office: str | None = None, messages: str | None = None) -> Path:
    """reports/<run>/ (or out): the notice, the attachment, the fix lists; compared with `compare`, else the previous
    round's run (an ad hoc or one-site run is never compared with); issued by `office` (else GOVCHECK_OFFICE), with
    the 找错 messages of `messages` (else GOVCHECK_MESSAGES, else data/zhaocuo-messages.csv when it exists). Returns
    the index page's path."""
    issuer = load_office(office)  # a bad profile or file is said before the runs are read
    messages_csv = messages_file(messages)
    data = export_run(engine, run_id, judgement)
    before = compare if compare is not None else previous_run_id(engine, run_id)
    previous = export_run(engine, before) if before else None
    history = [export_run(engine, i) for i in trend_run_ids(engine, run_id, HISTORY_RUNS)] + [data]
    out = out or REPORTS_DIR / str(run_id)
    return render_report(data, out, previous=previous, history=history, messages_csv=messages_csv, office=issuer)
