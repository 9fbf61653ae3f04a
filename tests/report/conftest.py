"""Export dicts built by hand: the shape of govcheck.export.export_run, with hostile crawled text."""

import copy

import pytest

HOSTILE = '<script>alert("x")</script><b>粗体</b>'
FORMULA = '=HYPERLINK("http://x")'
MANUAL = [
    "互动回应差", "严重问题", "服务不实用",
]


def site(site_id, name, verdict, *, status="checked", score=None, kind="department", **extra):
    out = {
        "site_id": site_id, "name": name, "url": f"http://{site_id}.example.gov.cn/", "site_code": "3301000001",
        "sponsor": f"{name}办公室", "kind": kind, "region": "示例区", "status": status, "verdict": verdict,
        "score": score, "vetoes": [], "deductions": [], "warnings": [], "manual_checks": list(MANUAL),
        "pages": 40, "links": [], "columns": [],
        "homepage": {"last_update": "2019-02-27", "stale": False, "nav_only": False},
        "identity": {"conac_mark": True, "site_code": True, "icp": True},
    }
    out.update(extra)
    return out


def link(site_id, path, *, source="/", text="链接", home=True, category="http_404", verdict="broken", **kw):
    base = f"http://{site_id}.example.gov.cn"
    return {"url": f"{base}{path}", "source": f"{base}{source}", "text": text, "on_homepage": home,
            "kind": kw.pop("kind", "page"), "external": False, "category": category,
            "http_status": kw.pop("http_status", 404), "verdict": verdict, "confirmed": kw.pop("confirmed", True),
            **kw}


def column(site_id, path, name, *, stale=False, empty=False, type_="news", last="2019-01-02", days=58):
    return {"name": name, "url": f"http://{site_id}.example.gov.cn{path}", "type": type_, "parent": None,
            "last_update": None if empty else last, "items": 0 if empty else 12, "empty": empty, "stale": stale,
            "threshold_days": 14, "days_since": None if empty else days, "future_dates": 0, "rendered": False}


def build_export():
    good = site("jyj", "示例区教育局网站", "qualified", score=98.9,
                deductions=[{"indicator": "links_other", "label": "其他页面链接不可用", "points": 0.1, "count": 1,
                             "detail": "其他页面链接不可用1个，每个扣0.1分，共扣0.1分。"},
                            {"indicator": "identity_missing", "label": "网站标识信息缺失", "points": 1, "count": 1,
                             "detail": "页脚缺少公安机关备案标识，每项扣1分，共扣1分。"}],
                links=[link("jyj", "/old/a.html", source="/news/", home=False, http_status=404),
                       link("jyj", "/x", source="/news/", home=False, category="bot_blocked", verdict="unverified",
                            http_status=403, confirmed=False)],
                columns=[column("jyj", "/news/", "工作动态", last="2019-02-25", days=4)],
                identity={"conac_mark": True, "site_code": True, "icp": True, "psb": False})
    bad = site("wjw", "示例区卫生健康局网站", "unqualified",
               vetoes=[{"rule": "homepage", "label": "首页不更新",
                        "detail": "首页最近一次更新为2019-01-02，距检查日2019-03-01已58天，超过14天未更新。"},
                       {"rule": "columns.empty", "label": "空白栏目", "detail": "空白栏目共5个，达到5个的否决线。"}],
               homepage={"last_update": "2019-01-02", "stale": True, "nav_only": False},
               columns=[column("wjw", f"/col{i}/", f"空白栏目{i}", empty=True, type_="other") for i in range(5)]
               + [column("wjw", "/dt/", "卫健动态", stale=True)],
               links=[link("wjw", "/gone.html", text="通知公告", home=True, http_status=404),
                      link("wjw", "/gone.html", text="通知公告", home=True, http_status=404),  # twice on a page
                      link("wjw", "/t.doc", source="/zwgk/", text="附件", home=False, category="timeout",
                           http_status=None, kind="attachment"),
                      # a long unbroken URL must wrap, not widen the page
                      link("wjw", "/art/2019/1/2/" + "art_1229_" * 30 + ".html", source="/zwgk/", home=False)])
    exempt = site("qq", "示例区气象局网站", "exempt", status="exempt", manual_checks=[], pages=0,
                  homepage={"last_update": None, "stale": False, "nav_only": False}, identity={})
    down = site("qx", "示例区文旅局网站", "unqualified", status="unreachable", pages=0,
                vetoes=[{"rule": "availability", "label": "站点无法访问",
                         "detail": "检查时站点无法访问，首页均未能打开。"}],
                homepage={"last_update": None, "stale": False, "nav_only": False}, identity={})
    hostile = site("evil", HOSTILE, "unqualified", score=55.0, kind="portal",
                   sponsor=FORMULA,
                   deductions=[{"indicator": "links_homepage", "label": "首页链接不可用", "points": 30, "count": 45,
                                "detail": "首页链接不可用45个，每个扣1分，按本项上限扣30分。"},
                               {"indicator": "policy_column_stale", "label": "政策文件栏目不更新", "points": 15,
                                "count": 3, "detail": f"{HOSTILE}等长期未更新，每个扣5分，共扣15分。"}],
                   links=[link("evil", f"/p{i}.html", text=HOSTILE, source_title=HOSTILE) for i in range(44)]
                   + [link("evil", "/f.html", text=FORMULA),
                      {**link("evil", "/js", text="脚本"), "url": 'javascript:alert("x")'}],
                   columns=[column("evil", "/zc/", HOSTILE, stale=True, type_="policy", days=200, last="2018-08-13")])
    sites = [good, bad, exempt, down, hostile]
    return {
        "run": {"id": 7, "as_of": "2019-03-01", "started_at": "2019-03-01 08:00:00",
                "finished_at": "2019-03-01 09:30:00", "status": "complete", "profile": "national-2019"},
        "summary": {"sites_in_list": 5, "exempt": 1, "checked": 4, "unqualified": 3, "qualified": 1,
                    "pass_rate": 25.0, "sampling_share": 100.0},
        "sites": sites,
    }


def build_previous():
    """Run 6: the qualified site had a broken homepage link now gone; the hostile site had the same links."""
    prev = copy.deepcopy(build_export())
    prev["run"].update(id=6, as_of="2018-12-01", started_at="2018-12-01 08:00:00", finished_at="2018-12-01 09:00:00")
    prev["summary"] = {"sites_in_list": 5, "exempt": 1, "checked": 4, "unqualified": 2, "qualified": 2,
                       "pass_rate": 50.0, "sampling_share": 100.0}
    good = prev["sites"][0]
    good["links"].append(link("jyj", "/fixed-now.html", text="已修复的链接", home=True))
    bad = prev["sites"][1]
    bad["verdict"] = "unqualified"
    return prev


@pytest.fixture
def export():
    return build_export()


@pytest.fixture
def previous():
    return build_previous()
