"""A list of files whose names alone show a date: counted as rows for a person to check, not read as dated."""

from __future__ import annotations

from datetime import date

from parsel import Selector

from govcheck.cms.file_rows import file_dated_rows, head_date

URL = "http://www.sfjgsw.gov.cn/gfxwj/index.html"


def test_the_date_a_files_name_starts_with():
    assert head_date("2026-11-20关于开展节能宣传周活动的通知.pdf") == date(2026, 11, 20)
    assert head_date("20261120通知公告.doc") == date(2026, 11, 20)
    assert head_date("【2026.05.01】关于印发实施方案") == date(2026, 5, 1)
    assert head_date("2026年5月8日关于调整收费标准的批复.docx") == date(2026, 5, 8)
    assert head_date("2026-11-20.pdf") is None  # a date alone: no name of its own
    assert head_date("20261320通知公告.doc") is None  # no such day
    assert head_date("123456789关于") is None and head_date("关于2026-11-20的通知.pdf") is None


def page(rows: str, nav: str = "") -> Selector:
    return Selector(text=f'<html><body><div class="nav">{nav}</div><ul class="list">{rows}</ul>'
                         '<div class="footer"><a href="/a.pdf">2026-01-01隐私声明.pdf</a></div></body></html>')


def test_links_to_files_whose_names_start_with_a_date_are_rows_of_a_list():
    rows = ('<li><a href="files/1.pdf">2026-05-21关于印发国土空间总体规划的通知.pdf</a></li>'
            '<li><a href="files/2.doc">20260505关于推进一网通办的实施方案.doc</a></li>'
            '<li><a href="download.jsp?id=3">2026-04-06关于优化营商环境的若干意见.pdf</a></li>'  # a file by its name
            '<li><a href="files/2.doc">20260505关于推进一网通办的实施方案.doc</a></li>')  # the same file again
    assert file_dated_rows(page(rows), URL) == 3


def test_pages_or_files_without_a_date_at_the_head_of_their_name_are_none():
    rows = ('<li><a href="/art/1.html">2026-05-21关于印发国土空间总体规划的通知</a></li>'  # an article's page
            '<li><a href="files/2.doc">关于推进一网通办的实施方案.doc</a></li>')
    assert file_dated_rows(page(rows), URL) == 0
