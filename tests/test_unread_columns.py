"""A list that only a browser can build, audited without one: the column is unverified with the reason, never empty,
and the site's qualified verdict says it waits on a person. Chromium turned off and Chromium missing."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_crawl


@pytest.fixture(scope="module", params=["off", "missing"])
def audit(request, demo_sites_csv, tmp_path_factory):
    from govcheck.export import export_run
    from govcheck.store.db import make_engine
    from govcheck.store.read import latest_run_id

    url = f"sqlite:///{tmp_path_factory.mktemp('unread') / 'govcheck.sqlite'}"
    extra = ({"GOVCHECK_PLAYWRIGHT": False} if request.param == "off" else
             {"PLAYWRIGHT_LAUNCH_OPTIONS": json.dumps({"executable_path": "/nonexistent/chromium", "headless": True})})
    done = run_crawl(demo_sites_csv, url, extra=extra, args={"site": "xc"})
    assert done.returncode == 0, done.stderr[-3000:]
    engine = make_engine(url)
    export = export_run(engine, latest_run_id(engine))
    engine.dispose()
    return request.param, next(s for s in export["sites"] if s["site_id"] == "xc")


def test_a_list_only_a_browser_builds_is_unverified_not_empty(audit, truth):
    how, xc = audit
    (videos,) = [c for c in xc["columns"] if c["name"] == "视频新闻"]
    assert (videos["verdict"], videos["empty"], videos["stale"], videos["rendered"]) == (
        "unverified", False, False, False)
    assert ("未启用浏览器渲染" if how == "off" else "未安装Chromium") in videos["reason"]
    # the lists their scripts name an endpoint for need no browser
    want = {c["name"]: c for c in truth["sites"]["xc"]["columns"]}
    for name in ("部门动态", "审计信息"):
        (col,) = [c for c in xc["columns"] if c["name"] == name]
        assert (col["last_update"], col["empty"], col["verdict"]) == (
            want[name]["last_update"], want[name]["empty"], want[name]["verdict"])


def test_the_verdict_stands_but_waits_on_a_person(audit):
    _, xc = audit
    # without a browser, its homepage's freshest block (a script file writes it in place) is unknown too
    assert xc["verdict"] == "qualified" and xc["uncertain"] == ["homepage", "columns.empty"]
    # 统计信息, 财政预算, 招标采购, 建议提案, 政策解读 and 新闻发布会 as in every run, and 视频新闻 with no browser
    assert sum(c["verdict"] == "unverified" for c in xc["columns"]) == 7
