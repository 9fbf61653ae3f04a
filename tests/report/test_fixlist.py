"""A site's fix list (govcheck/report/fixlist.py): why a problem counts, and its broken links grouped."""

from govcheck.report.fixlist import Reasons, _by_page
from govcheck.rules import load_profile


def _column(name, type_, *, stale=True, top_level=True):
    return {"name": name, "url": f"http://www.xx.gov.cn/{name}/", "type": type_, "stale": stale, "empty": False,
            "top_level": top_level}


def test_a_stale_news_column_of_a_site_one_short_of_the_veto_says_so():
    """Four stale news columns pass, one short of the five-column veto: each entry names that line, not the ten of
    any type, so the site's staff see how near they are."""
    columns = [_column(n, "news") for n in ("乡镇动态", "媒体聚焦", "领导活动", "乡村振兴动态")]
    columns += [_column("政策解读", "policy", top_level=False), _column("人事信息", "personnel")]
    site = {"site_id": "apx", "status": "checked", "verdict": "qualified", "vetoes": [], "columns": columns}
    reasons = Reasons(site, load_profile())
    assert reasons.column(columns[0]) == (
        "动态要闻类栏目、一级通知公告类栏目、一级政策文件类栏目未更新累计5个即单项否决，本站现有4个。")
    # a second-level policy column and a personnel column: the ten-column line, every stale column counted
    assert reasons.column(columns[4]) == "长期未更新栏目累计10个即单项否决，本站现有6个。"
    assert reasons.column(columns[5]) == "长期未更新栏目累计10个即单项否决，本站现有6个。"


def test_a_broken_link_on_every_page_is_listed_once_with_the_pages_that_show_it():
    """A footer's dead link on 284 pages: one entry (the homepage's, where it counts most), not 284 tables."""
    footer = "https://beian.miit.gov.cn/"
    pages = ["http://www.xx.gov.cn/"] + [f"http://www.xx.gov.cn/a{i}.html" for i in range(5)]
    entries = [({"url": footer, "source": p, "on_homepage": p.endswith("cn/")}, {"url": footer, "source": p})
               for p in reversed(pages)]
    entries.append(({"url": "http://www.xx.gov.cn/x.pdf", "source": pages[2], "on_homepage": False},
                    {"url": "http://www.xx.gov.cn/x.pdf"}))
    groups = _by_page(entries)
    assert [g.get("shared", False) for g in groups] == [True, False]
    (shared,) = groups[0]["links"]
    assert (shared["source"], shared["pages"], shared["examples"][0]) == (pages[0], 6, pages[0])
    assert (groups[1]["url"], [e["url"] for e in groups[1]["links"]]) == (pages[2], ["http://www.xx.gov.cn/x.pdf"])


def test_an_empty_column_whose_rows_a_comment_left_open_hides_says_why():
    """Its rows in the page's source after a `<!--` never closed: empty for visitors, and its entry says so, for the
    site's staff, who see the rows in their template, to find the comment."""
    from govcheck.report.fixlist import Since, fix_list
    from govcheck.report.render import load_texts

    note = "网页源码中有6条列表信息位于未闭合的HTML注释（<!--）之后，浏览器不予显示，访问者看到的列表为空"
    columns = [{**_column("政策法规", "policy", stale=False), "empty": True, "note": note},
               {**_column("党建工作", "other", stale=False), "empty": True, "note": None}]
    site = {"site_id": "apx", "url": "http://www.xx.gov.cn/", "status": "checked", "verdict": "qualified",
            "vetoes": [], "columns": columns}
    texts = load_texts()
    fix = fix_list(site, texts, Since(1, {}, {}, texts, False), load_profile())
    (section,) = [s for s in fix["sections"] if s["kind"] == "column_empty"]
    assert [p["what"] for p in section["problems"]] == [f"政策文件类栏目，列表中没有任何信息（{note}）。",
                                                        "其他栏目，列表中没有任何信息。"]


def test_a_consultation_list_not_read_on_another_host_is_for_a_person_to_check_and_never_scores():
    site = {"site_id": "zc", "status": "checked", "verdict": "qualified", "vetoes": [], "columns": []}
    e = {"check": "consultation_unverified", "needs_confirmation": True,
         "found": "县长信箱：留言列表在其他主机（letter.zhangjixi.com:8005），未能读取：HTTP 404"}
    why = Reasons(site, load_profile()).evidence(e)
    assert why.startswith("检查工具未能读取，不据此认定问题，请人工核查；不计分") and "计入扣分" not in why


def test_a_stale_column_of_one_article_says_it_holds_one_article():
    """A 工作动态 whose menu leads straight to one article, 75 days old: stale, and its entry says it was judged by
    that article's day, for the site's staff, who may take it for a static page."""
    from govcheck.report.fixlist import Since, fix_list
    from govcheck.report.render import load_texts
    from govcheck.spiders.columns import ONE_ARTICLE

    column = {**_column("党建动态", "news"), "last_update": "2026-09-12", "threshold_days": 14, "days_since": 75,
              "note": ONE_ARTICLE}
    site = {"site_id": "apx", "url": "http://www.xx.gov.cn/", "status": "checked", "verdict": "qualified",
            "vetoes": [], "columns": [column]}
    texts = load_texts()
    fix = fix_list(site, texts, Since(1, {}, {}, texts, False), load_profile())
    (section,) = [s for s in fix["sections"] if s["kind"] == "column_stale"]
    assert [p["what"] for p in section["problems"]] == [
        f"动态要闻类栏目，应在14天内更新；最近更新：2026-09-12，已75天未更新。{ONE_ARTICLE}。"]
