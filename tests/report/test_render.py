"""The rendered report: every file, the numbers, the escaping of crawled text, the compare mode."""

import csv
import re
import shutil
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from govcheck.report.attachment import COLUMNS, display_width, guard
from govcheck.report.render import TEMPLATES_DIR, render_report, safe_href, site_filename
from tests.report.conftest import FORMULA, HOSTILE

OUTPUTS = ["index.html", "notice.html", "notice.docx", "attachment.html", "attachment.xlsx", "attachment.csv",
           "sites/jyj.html", "sites/wjw.html", "sites/qq.html", "sites/qx.html", "sites/evil.html"]


@pytest.fixture
def report(tmp_path, export, previous):
    index = render_report(export, tmp_path / "out", previous=previous, history=[previous, export])
    return index.parent


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def figure(html: str, name: str) -> str:
    m = re.search(rf'data-figure="{name}">([^<]*)<', html)
    assert m, name
    return m.group(1)


def test_every_output_exists_and_is_not_empty(report):
    for name in OUTPUTS:
        assert (report / name).stat().st_size > 0, name


def test_index_numbers_equal_the_summary(report, export):
    html = read(report / "index.html")
    s = export["summary"]
    for key in ("sites_in_list", "exempt", "checked", "qualified", "unqualified"):
        assert figure(html, key) == str(s[key])
    assert figure(html, "pass_rate") == "25%"
    assert figure(html, "sampling_share") == "100%"
    assert "抽查4个，合格1个，合格率25%" in html
    for sid in ("jyj", "wjw", "qq", "qx", "evil"):
        assert f'href="sites/{sid}.html"' in html


def test_the_phrase_keeps_one_decimal():
    from govcheck.report.notice import summary_phrase

    assert summary_phrase({"checked": 54, "qualified": 50, "pass_rate": 92.6}) == "抽查54个，合格50个，合格率92.6%"


def test_crawled_text_is_escaped_in_every_html_file(report):
    for path in [report / n for n in OUTPUTS if n.endswith(".html")]:
        html = read(path)
        assert "<script" not in html.lower(), path.name
        assert "<b>粗体" not in html, path.name
        assert 'href="javascript:' not in html, path.name
    evil = read(report / "sites" / "evil.html")
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&lt;b&gt;粗体&lt;/b&gt;" in evil
    # the escaped text shows in the link text, the column name and the page title
    assert evil.count("&lt;script&gt;") >= 44 + 1 + 1


def test_site_page_is_a_fix_list(report):
    html = read(report / "sites" / "wjw.html")
    assert "整改清单" in html and "@media print" in html
    assert "首页不更新" in html and "空白栏目" in html and "栏目不更新" in html
    assert 'href="http://wjw.example.gov.cn/dt/"' in html  # the column, as a link
    assert "所在页面" in html and 'href="http://wjw.example.gov.cn/zwgk/"' in html  # links grouped by page
    assert "页面不存在（404）" in html and "访问超时" in html  # category labels from link_categories.yaml
    assert "请在网站后台恢复该页面" in html  # the category's fix
    assert "自第6次检查（2018-12-01）起存在" in html
    assert html.count("需人工核查") >= 3
    assert "单项否决指标“首页不更新”" in html


def test_unverified_links_stand_apart_and_do_not_count(report):
    html = read(report / "sites" / "jyj.html")
    head, _, unverified = html.partition('id="section-unverified"')
    assert "被防护拦截" in unverified and "不计入错链" in unverified
    assert "http://jyj.example.gov.cn/x" not in head
    assert figure(html, "broken") == "0 / 1"
    assert "已整改" in html and "已修复的链接" in html  # the link fixed since run 6


def test_compare_mode_lists_fixed_problems(report):
    html = read(report / "index.html")
    assert figure(html, "fixed") == "1" and figure(html, "new") == "0"
    assert figure(html, "persisting") == "60"
    fixed = html.split('id="fixed"')[1]
    assert "已修复的链接" in fixed and "示例区教育局网站" in fixed


def test_without_previous_there_is_no_compare(tmp_path, export):
    html = read(render_report(export, tmp_path))
    assert 'id="compare"' not in html and 'data-figure="fixed"' not in html
    notice = read(tmp_path / "notice.html")
    assert "本次为首次检查" in notice
    assert "暂无数据" in notice  # no messages CSV


def test_xlsx_guard_header_and_fill(report, export):
    wb = load_workbook(report / "attachment.xlsx")
    ws = wb.active
    assert [c.value for c in ws[1]] == list(COLUMNS)
    assert ws.freeze_panes == "A2"
    rows = {r[1].value: r for r in ws.iter_rows(min_row=2)}
    evil = rows[HOSTILE]
    sponsor = evil[COLUMNS.index("主办单位")]
    assert sponsor.value == "'" + FORMULA and sponsor.data_type == "s"
    assert evil[COLUMNS.index("首页错链数")].value == 46
    assert evil[COLUMNS.index("得分")].value == 55
    assert evil[0].fill.fgColor.rgb.endswith("FFE4E1")  # unqualified: light red
    assert rows["示例区教育局网站"][0].fill.fill_type is None
    name_width = ws.column_dimensions["B"].width
    assert name_width >= display_width("示例区卫生健康局网站")  # CJK counted as 2
    assert [r[COLUMNS.index("检查结果")].value for r in ws.iter_rows(min_row=2)] == [
        "合格", "不合格", "免检", "不合格", "不合格"]
    assert rows["示例区文旅局网站"][COLUMNS.index("问题描述")].value == "网站无法访问"
    assert "首页长时间未更新" in rows["示例区卫生健康局网站"][COLUMNS.index("问题描述")].value
    assert "多个栏目为空白" in rows["示例区卫生健康局网站"][COLUMNS.index("问题描述")].value


def test_csv_has_bom_and_guard(report):
    raw = (report / "attachment.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == list(COLUMNS)
    evil = next(r for r in rows if r[1] == HOSTILE)
    assert evil[COLUMNS.index("主办单位")] == "'" + FORMULA
    assert [r[COLUMNS.index("网站类型")] for r in rows[1:]] == ["部门网站"] * 4 + ["门户网站"]


def test_docx_is_plain_text(report):
    doc = Document(str(report / "notice.docx"))
    text = "\n".join(p.text for p in doc.paragraphs)
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert "关于2019年第1季度全市政府网站抽查情况的通报" in text
    assert "抽查4个，合格1个，合格率25%" in text
    assert "下一步工作" in text
    assert HOSTILE in cells  # the site's name, read back as the plain text it was
    assert not any("&lt;" in c or "&#34;" in c for c in cells + [text])
    assert "47个问题均未整改" in cells and "仍无法访问" in cells


def test_notice_counts_messages(tmp_path, export):
    csv_path = tmp_path / "m.csv"
    shutil.copy(Path(__file__).resolve().parents[2] / "data" / "zhaocuo-messages.example.csv", csv_path)
    render_report(export, tmp_path / "out", messages_csv=csv_path)
    notice = read(tmp_path / "out" / "notice.html")
    assert "网民留言3条，已办结2条，办结率66.7%" in notice and "尚有1条未办结" in notice


def test_templates_dir_override(tmp_path, export):
    custom = tmp_path / "tpl"
    shutil.copytree(TEMPLATES_DIR, custom)
    body = custom / "notice_body.html"
    body.write_text(read(body).replace("{{ office }}</p>", "{{ office }}（本单位改写）</p>"), encoding="utf-8")
    render_report(export, tmp_path / "out", templates_dir=custom)
    assert "××市人民政府办公室（本单位改写）" in read(tmp_path / "out" / "notice.html")
    doc = Document(str(tmp_path / "out" / "notice.docx"))
    assert any(p.text == "××市人民政府办公室（本单位改写）" for p in doc.paragraphs)


@pytest.mark.parametrize("value, expected", [
    (FORMULA, "'" + FORMULA), ("+1", "'+1"), ("-1", "'-1"), ("@x", "'@x"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("普通文字", "普通文字"), (-1, -1), (None, None),
])
def test_guard(value, expected):
    assert guard(value) == expected


def test_safe_href_and_file_names():
    assert safe_href("http://a.gov.cn/x") == "http://a.gov.cn/x"
    assert safe_href(' javascript:alert("x")') is None and safe_href("data:text/html,x") is None
    assert site_filename("../../etc/passwd") == "_.._etc_passwd.html"
    assert display_width("ab网站") == 6


def test_why_each_problem_counts(report):
    evil = read(report / "sites" / "evil.html")
    assert "扣分指标“首页链接不可用”（暂定分值，未见公开文件确认）：每个扣1分，本项最多扣30分。" in evil
    assert "扣分指标“政策文件栏目不更新”：每个扣5分" in evil
    wjw = read(report / "sites" / "wjw.html")
    assert "本站已被单项否决，本项不再计分，但仍须整改。" in wjw  # its links under a veto
    assert "单项否决指标“空白栏目”：空白栏目共5个" in wjw


def test_a_thin_export_still_renders(tmp_path):
    thin = {"run": {"id": 1, "as_of": None}, "summary": {},
            "sites": [{"site_id": "a", "name": "甲网站", "status": "exempt", "verdict": "exempt"}]}
    index = render_report(thin, tmp_path)
    assert "甲网站" in read(index)
    assert (tmp_path / "sites" / "a.html").exists() and (tmp_path / "attachment.xlsx").exists()


def test_a_bad_messages_file_names_its_line(tmp_path, export):
    from govcheck.report.messages import MessagesError

    bad = tmp_path / "m.csv"
    bad.write_text("received_at,site_id,summary,status,resolved_at\n2019-01-01,a,x,done,\n", encoding="utf-8")
    with pytest.raises(MessagesError, match="line 2: status must be resolved or open"):
        render_report(export, tmp_path / "out", messages_csv=bad)
