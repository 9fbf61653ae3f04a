"""notice.docx as GB/T 9704-2012 lays out a 公文, read back with python-docx; and the office profile's names in
notice.html."""

from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

from govcheck.office import load_office
from govcheck.report.notice_docx import write_docx
from govcheck.report.render import render_report

BODY = """
<p class="center docno">××政办函〔2026〕  号</p>
<h1>关于2026年第4季度全市政府网站抽查情况的通报</h1>
<p class="plain">各区人民政府：</p>
<p>根据要求，现将有关情况通报如下：</p>
<h2>一、总体情况</h2>
<h3>（一）抽查范围</h3>
<p>本次共抽查4个。</p>
<ol><li>首页不更新：共1个网站。</li><li>空白栏目：共5个栏目。</li></ol>
<table><tr><th>序号</th><th>网站名称</th></tr><tr><td>1</td><td>&lt;b&gt;示例&lt;/b&gt;</td></tr></table>
<p class="right">××市人民政府办公室</p>
"""
ROWS = [{"序号": 1, "网站名称": "示例区教育局网站", "主办单位": "示例区教育局", "检查结果": "合格", "单项否决原因": "",
         "得分": 98.9, "问题描述": "无", "找错留言数": 2, "超期办理留言数": None}]


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "notice.docx"
    write_docx(BODY, path, load_office("example"), attachment=("2026年第4季度政府网站抽查情况表", ROWS))
    return Document(str(path))


def paragraph(doc, text: str):
    return next(p for p in doc.paragraphs if p.text == text)


def east_asian_font(p) -> str | None:
    """The East Asian font a paragraph's text shows in: its runs', else its style chain's."""
    for run in p.runs:
        rfonts = run._r.rPr.rFonts if run._r.rPr is not None else None
        if rfonts is not None and rfonts.get(qn("w:eastAsia")):
            return rfonts.get(qn("w:eastAsia"))
    style = p.style
    while style is not None:
        rpr = style.element.rPr
        if rpr is not None and rpr.rFonts is not None and rpr.rFonts.get(qn("w:eastAsia")):
            return rpr.rFonts.get(qn("w:eastAsia"))
        style = style.base_style
    return None


def size(p):
    style = p.style
    while style.font.size is None:
        style = style.base_style
    return style.font.size


def test_a4_with_the_standard_margins(doc):
    s = doc.sections[0]
    def mm(length) -> float:  # Word stores twentieths of a point: 210 mm reads back as 210.004
        return round(length / 36000, 1)  # EMU per mm

    assert (mm(s.page_width), mm(s.page_height)) == (210, 297)  # A4, not US Letter
    assert (mm(s.top_margin), mm(s.left_margin)) == (37, 28)
    assert mm(s.page_width - s.left_margin - s.right_margin) == 156  # the type area
    assert mm(s.page_height - s.top_margin - s.bottom_margin) == 225
    grid = s._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines" and grid.get(qn("w:linePitch")) == "579"  # 28.95 pt: 22 lines


def test_title_in_xiaobiaosong_2hao_centred(doc):
    title = paragraph(doc, "关于2026年第4季度全市政府网站抽查情况的通报")
    assert east_asian_font(title) == "方正小标宋简体"
    assert size(title) == Pt(22)
    assert title.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_body_in_fangsong_3hao_indented_on_a_fixed_grid(doc):
    body = paragraph(doc, "根据要求，现将有关情况通报如下：")
    assert east_asian_font(body) == "仿宋_GB2312"
    assert size(body) == Pt(16)
    fmt = doc.styles["Normal"].paragraph_format
    assert fmt.first_line_indent == Pt(32)  # two characters of 16 pt
    assert fmt.line_spacing_rule == WD_LINE_SPACING.EXACTLY and fmt.line_spacing == Pt(28.95)
    assert paragraph(doc, "各区人民政府：").paragraph_format.first_line_indent == 0  # 主送机关 at the margin
    assert paragraph(doc, "1.首页不更新：共1个网站。") and paragraph(doc, "2.空白栏目：共5个栏目。")


def test_headings_in_heiti_and_kaiti(doc):
    assert east_asian_font(paragraph(doc, "一、总体情况")) == "黑体"
    assert east_asian_font(paragraph(doc, "（一）抽查范围")) == "楷体_GB2312"
    assert size(paragraph(doc, "一、总体情况")) == Pt(16)
    assert not doc.styles["一级标题"].font.bold


def test_page_numbers_are_a_page_field_between_dashes(doc):
    settings = doc.settings.element
    assert settings.find(qn("w:evenAndOddHeaders")) is not None
    for footer in (doc.sections[0].footer, doc.sections[0].even_page_footer):
        p = footer.paragraphs[0]
        xml = p._p.xml
        assert 'w:fldCharType="begin"' in xml and "PAGE" in "".join(p._p.itertext())
        assert p.text == "— 1 —"
        assert east_asian_font(p) == "宋体" and size(p) == Pt(14)
        assert p.style.element.rPr.rFonts.get(qn("w:ascii")) == "宋体"  # the digits too
    assert doc.sections[0].footer.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT  # odd pages
    assert doc.sections[0].even_page_footer.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.LEFT


def test_attachment_starts_on_a_new_page(doc):
    from docx.enum.section import WD_SECTION

    assert len(doc.sections) == 2 and doc.sections[1].start_type == WD_SECTION.NEW_PAGE
    body = doc.element.body
    label = paragraph(doc, "附件")._p
    before = label.getprevious()
    assert before.find(qn("w:pPr")) is not None and before.find(qn("w:pPr")).find(qn("w:sectPr")) is not None
    assert east_asian_font(paragraph(doc, "附件")) == "黑体"
    texts = [p.text for p in doc.paragraphs]
    assert texts[texts.index("附件") + 1] == "2026年第4季度政府网站抽查情况表"
    table = doc.tables[-1]
    assert table._tbl.getparent() is body and [c.text for c in table.rows[0].cells][:2] == ["序号", "网站名称"]
    assert [c.text for c in table.rows[1].cells][-2:] == ["2", "—"]


def test_escaped_text_is_written_as_plain_text(doc):
    assert doc.tables[0].rows[1].cells[1].text == "<b>示例</b>"


def test_fallback_fonts_in_the_font_table(doc):
    table = etree.fromstring(doc.part.part_related_by(RT.FONT_TABLE).blob)
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    alt = {f.get(f"{w}name"): f.find(f"{w}altName").get(f"{w}val") for f in table.findall(f"{w}font")
           if f.find(f"{w}altName") is not None}
    assert alt["仿宋_GB2312"] == "仿宋,FangSong" and alt["方正小标宋简体"].startswith("华文中宋")


OFFICE = """\
name: 黄山市人民政府办公室
area: 全市
document_number: 黄政办函〔{year}〕{n}号
recipients: 各区县人民政府，市政府各部门
fix_deadline: 2026年12月31日前
contact: 联系人：张三，联系电话：0559-1234567
fonts:
  title: [方正小标宋简体]
  body: [仿宋_GB2312, 仿宋]
  heading1: [黑体]
  heading2: [楷体_GB2312]
  page_number: [宋体]
  latin: Times New Roman
messages:
  reply_within_working_days: 3
  source: 本市规定
"""


def test_the_notice_is_the_office_s_own(tmp_path, export):
    profile = tmp_path / "hs.yaml"
    profile.write_text(OFFICE, encoding="utf-8")
    render_report(export, tmp_path / "out", office=load_office(str(profile)))
    html = (tmp_path / "out" / "notice.html").read_text(encoding="utf-8")
    for text in ("黄政办函〔2019〕  号", "各区县人民政府，市政府各部门：", "黄山市人民政府办公室于2019年3月1日对全市",
                 "于2026年12月31日前将整改情况报黄山市人民政府办公室", "（联系人：张三，联系电话：0559-1234567）",
                 '<p class="right">黄山市人民政府办公室</p>', '"仿宋_GB2312", "仿宋", serif'):
        assert text in html, text
    assert "××" not in html
    doc = Document(str(tmp_path / "out" / "notice.docx"))
    assert any(p.text == "黄山市人民政府办公室" for p in doc.paragraphs)
    assert Path(tmp_path / "out" / "notice.docx").stat().st_size > 0
