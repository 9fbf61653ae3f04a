"""The report of a real stored audit of the demo portals, from the export govcheck.export makes."""

import re

from govcheck.report.render import render_report


def test_report_of_the_demo_audit(sqlite_audit, tmp_path):
    _, _, export, _ = sqlite_audit
    index = render_report(export, tmp_path)
    html = index.read_text(encoding="utf-8")
    summary = export["summary"]
    for key in ("sites_in_list", "exempt", "checked", "qualified", "unqualified"):
        assert re.search(rf'data-figure="{key}">{summary[key]}<', html), key
    for site in export["sites"]:
        page = (tmp_path / "sites" / f"{site['site_id']}.html").read_text(encoding="utf-8")
        assert site["name"] in page
    assert (tmp_path / "notice.docx").stat().st_size > 0
