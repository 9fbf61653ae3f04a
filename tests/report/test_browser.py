"""The report in a real browser: the numbers shown, nothing overflowing its container, nothing empty."""

import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from govcheck.report.render import render_report

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-quic"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium at /usr/bin/chromium (CI installs it)")

# the main tables and containers, each must fit its own box and hold something
OVERFLOW_JS = """
(selectors) => {
  const out = [];
  for (const sel of selectors) {
    for (const el of document.querySelectorAll(sel)) {
      out.push({sel, id: el.id || el.className || el.tagName, scroll: el.scrollWidth, client: el.clientWidth,
                parent: el.parentElement.clientWidth, width: el.getBoundingClientRect().width,
                text: el.innerText.trim().length, children: el.children.length});
    }
  }
  return out;
}
"""
CONTAINERS = ["main", "table", "dl.figures", "figure.chart", ".problem", "h1", "h2"]


def _copy_screenshot(path: Path) -> None:
    target = os.environ.get("GOVCHECK_SCREENSHOT_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(target) / path.name)


def _check_layout(page, name):
    boxes = page.evaluate(OVERFLOW_JS, CONTAINERS)
    assert boxes, name
    for b in boxes:
        where = f"{name}: {b['sel']} {b['id']}"
        assert b["scroll"] <= b["client"] + 1, f"{where} overflows its own box ({b['scroll']} > {b['client']})"
        assert b["width"] <= b["parent"] + 1, f"{where} is wider than its container ({b['width']} > {b['parent']})"
        assert b["text"] > 0 or b["children"] > 0, f"{where} is empty"
    for sel in ("svg",):
        for svg in page.query_selector_all(sel):
            assert svg.evaluate("e => e.children.length") > 0, f"{name}: an empty chart"
    empty = page.evaluate("() => [...document.querySelectorAll('[data-figure]')]"
                          ".filter(e => !e.innerText.trim()).map(e => e.dataset.figure)")
    assert empty == [], f"{name}: empty figures {empty}"


def test_index_and_site_page_in_chromium(tmp_path, export, previous):
    index = render_report(export, tmp_path / "report", previous=previous, history=[previous])
    # pytest runs under an asyncio reactor here; Playwright's sync API needs a thread without a running loop
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(_browse, index, tmp_path, export).result(timeout=60)


def _browse(index: Path, tmp_path: Path, export: dict) -> None:
    from playwright.sync_api import sync_playwright

    summary = export["summary"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(index.as_uri())
            shown = page.evaluate("() => Object.fromEntries([...document.querySelectorAll('#summary [data-figure]')]"
                                  ".map(e => [e.dataset.figure, e.innerText.trim()]))")
            assert shown == {
                "sites_in_list": str(summary["sites_in_list"]), "exempt": str(summary["exempt"]),
                "checked": str(summary["checked"]), "sampling_share": "100%",
                "qualified": str(summary["qualified"]), "unqualified": str(summary["unqualified"]),
                "pass_rate": "25%",
            }
            assert page.inner_text("#phrase") == "抽查4个，合格1个，合格率25%"
            assert page.locator("#sites tbody tr").count() == len(export["sites"])
            assert page.evaluate("() => window.__xss === undefined && !document.querySelector('main b')")
            _check_layout(page, "index.html")
            shot = tmp_path / "index.png"
            page.screenshot(path=str(shot), full_page=True)
            _copy_screenshot(shot)

            # the site whose crawled text is hostile, followed from the index
            page.click("#sites tr[data-site=evil] a")
            assert page.url.endswith("/sites/evil.html")
            assert page.inner_text("h1") == '整改清单：<script>alert("x")</script><b>粗体</b>'
            assert page.inner_text("[data-figure=broken]") == "46 / 0"
            assert page.locator("table.links tbody tr").count() == 46
            _check_layout(page, "sites/evil.html")
            shot = tmp_path / "site-evil.png"
            page.screenshot(path=str(shot), full_page=True)
            _copy_screenshot(shot)
            assert shot.stat().st_size > 10_000

            # a site with vetoes and a long unbroken URL that must wrap
            page.goto((index.parent / "sites" / "wjw.html").as_uri())
            assert page.inner_text("[data-figure=verdict]") == "不合格"
            assert page.locator(".veto").count() == 2
            _check_layout(page, "sites/wjw.html")
        finally:
            browser.close()
