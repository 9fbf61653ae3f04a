"""The notice (通报) as Word, from the same rendered template as notice.html, laid out as GB/T 9704-2012
(党政机关公文格式) sets it: A4, a 156 × 225 mm type area (top 37 mm, left 28 mm), 22 lines of 28 characters, the
title in 2号 小标宋, the body in 3号 仿宋 with a two-character first-line indent, 一、 headings in 黑体 and （一）
headings in 楷体, page numbers "— 1 —" in 4号 宋体 at the foot (odd pages right, even pages left, one character in),
and the attachment on its own pages behind a "附件" label in 黑体. Fonts come from the office profile: the first of
each list is set, the others are written into the font table as the names Word falls back to."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from lxml import etree

from govcheck.report.attachment import cell_text

TITLE_PT, BODY_PT, PAGE_NUMBER_PT, TABLE_PT = 22, 16, 14, 10.5  # 2号, 3号, 4号, 五号
LINE_PT = 28.95  # 225 mm over 22 lines
INDENT_CHARS = 2
# the attachment as printed: the columns a reader of the notice needs (the .xlsx keeps them all)
DOCX_COLUMNS = ("序号", "网站名称", "主办单位", "检查结果", "单项否决原因", "得分", "问题描述", "找错留言数",
                "超期办理留言数")
_THEME_FONTS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def _text(el) -> str:
    """An element's text as a reader sees it: entities decoded, whitespace collapsed."""
    return re.sub(r"\s+", " ", el.text_content()).strip()


def write_docx(body_html: str, path: Path, office, attachment: tuple[str, Sequence[Mapping[str, Any]]] | None = None
               ) -> Path:
    """The notice: h1 title, h2 一、 and h3 （一） headings, paragraphs, lists and tables of the rendered template;
    then, on new pages, the attachment (its title and rows) when given."""
    import lxml.html
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    fonts = office.fonts
    _styles(doc, fonts)
    _page(doc.sections[0], landscape=False)
    _page_numbers(doc, doc.sections[0])
    _fallbacks(doc, fonts)
    root = lxml.html.fragment_fromstring(body_html, create_parent="div")
    numbers: dict[Any, int] = {}
    for el in root.xpath(".//h1|.//h2|.//h3|.//p|.//li|.//table"):
        if el.xpath("ancestor::table") or (el.tag == "p" and el.xpath("ancestor::li")):
            continue  # written with their table or list item
        text, classes = _text(el), (el.get("class") or "").split()
        if el.tag == "h1":
            doc.add_paragraph(text, style="公文标题")
        elif el.tag in ("h2", "h3"):
            doc.add_paragraph(text, style="一级标题" if el.tag == "h2" else "二级标题")
        elif el.tag == "li":
            parent = el.getparent()
            if parent.tag == "ol":  # GB/T 9704's third level: 1.
                numbers[parent] = numbers.get(parent, 0) + 1
                text = f"{numbers[parent]}.{text}"
            doc.add_paragraph(text)
        elif el.tag == "table":
            _table(doc, [[_text(c) for c in r.xpath("./th|./td")] for r in el.xpath(".//tr")])
        elif text:
            p = doc.add_paragraph(text)
            if "right" in classes:  # signature and date: four characters in from the right
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.paragraph_format.first_line_indent = 0
                p.paragraph_format.right_indent = _pt(4 * BODY_PT)
            elif "plain" in classes or "center" in classes:  # 主送机关 and 附件 lines start at the margin
                p.paragraph_format.first_line_indent = 0
                if "center" in classes:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if attachment is not None:
        _attachment(doc, *attachment)
    doc.save(path)
    return path


def _pt(value: float):
    from docx.shared import Pt

    return Pt(value)


def _set_fonts(element, east_asia: str, latin: str) -> None:
    """East Asian and Latin fonts of a style, run or the defaults, any theme font taken off (it would win)."""
    from docx.oxml.ns import qn

    rfonts = element.get_or_add_rPr().get_or_add_rFonts()
    for attr in _THEME_FONTS:
        rfonts.attrib.pop(qn(attr), None)
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)
    rfonts.set(qn("w:eastAsia"), east_asia)
    rfonts.set(qn("w:hint"), "eastAsia")


def _styles(doc, fonts) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml.ns import qn
    from docx.shared import RGBColor

    defaults = doc.styles.element.find(qn("w:docDefaults"))
    for rfonts in defaults.iter(qn("w:rFonts")):
        for attr in _THEME_FONTS:
            rfonts.attrib.pop(qn(attr), None)

    def shape(style, east_asia: str, size: float, indent: bool = True, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
              outline: int | None = None) -> None:
        style.font.size = _pt(size)
        style.font.bold = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        _set_fonts(style.element, east_asia, fonts.latin)
        pf = style.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = _pt(LINE_PT)
        pf.space_before = pf.space_after = 0
        pf.first_line_indent = _pt(INDENT_CHARS * BODY_PT) if indent else 0
        pf.alignment = align
        pf.widow_control = False  # the 22-line grid, not widows, sets where a page ends
        if outline is not None:  # the heading shows in Word's navigation pane
            lvl = style.element.get_or_add_pPr().makeelement(qn("w:outlineLvl"), {qn("w:val"): str(outline)})
            style.element.get_or_add_pPr().append(lvl)

    shape(doc.styles["Normal"], fonts.body[0], BODY_PT)
    for name, font, size, indent, align, outline in (
            ("公文标题", fonts.title[0], TITLE_PT, False, WD_ALIGN_PARAGRAPH.CENTER, None),
            ("一级标题", fonts.heading1[0], BODY_PT, True, WD_ALIGN_PARAGRAPH.JUSTIFY, 0),
            ("二级标题", fonts.heading2[0], BODY_PT, True, WD_ALIGN_PARAGRAPH.JUSTIFY, 1),
            ("附件标识", fonts.heading1[0], BODY_PT, False, WD_ALIGN_PARAGRAPH.LEFT, None),
            ("页码", fonts.page_number[0], PAGE_NUMBER_PT, False, WD_ALIGN_PARAGRAPH.RIGHT, None),
            ("表格文字", fonts.body[0], TABLE_PT, False, WD_ALIGN_PARAGRAPH.CENTER, None)):
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        shape(style, font, size, indent, align, outline)
    _set_fonts(doc.styles["页码"].element, fonts.page_number[0], fonts.page_number[0])  # 半角 digits in 宋体 too
    for name in ("页码", "表格文字"):  # single spacing: outside the body's line grid
        pf = doc.styles[name].paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    # the title may take two or three lines: its own exact spacing fits 22 pt characters
    doc.styles["公文标题"].paragraph_format.line_spacing = _pt(LINE_PT * 1.2)


def _page(section, landscape: bool) -> None:
    """A4 with GB/T 9704's margins (turned for a wide attachment) and a grid of 22 lines."""
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Mm

    top, bottom, left, right = Mm(37), Mm(35), Mm(28), Mm(26)  # 297 - 37 - 35 = 225, 210 - 28 - 26 = 156
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        top, bottom, left, right = Mm(28), Mm(26), Mm(37), Mm(35)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = top, bottom, left, right
    section.footer_distance = Mm(28) - Mm(7)  # the page number sits 7 mm below the type area
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = section._sectPr.makeelement(qn("w:docGrid"), {})
        section._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(round(LINE_PT * 20)))


def _page_numbers(doc, section) -> None:
    """— 1 — with a PAGE field: odd pages on the right, even pages on the left, one character in."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc.settings.odd_and_even_pages_header_footer = True
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT), (section.even_page_footer,
                                                                        WD_ALIGN_PARAGRAPH.LEFT)):
        p = footer.paragraphs[0]
        p.style = doc.styles["页码"]
        p.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = _pt(PAGE_NUMBER_PT)
        else:
            p.paragraph_format.left_indent = _pt(PAGE_NUMBER_PT)
        p.add_run("— ")
        _field(p, "PAGE", "1")
        p.add_run(" —")


def _field(paragraph, instruction: str, shown: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str) -> None:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(el)

    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    char("separate")
    paragraph.add_run(shown)
    char("end")


def _fallbacks(doc, fonts) -> None:
    """Each set font in the font table, with the next names of its list as w:altName: the fonts Word uses where it
    is missing."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    part = doc.part.part_related_by(RT.FONT_TABLE)
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    table = etree.fromstring(part.blob)
    for names in (fonts.title, fonts.body, fonts.heading1, fonts.heading2, fonts.page_number):
        font = etree.SubElement(table, f"{{{w}}}font", {f"{{{w}}}name": names[0]})
        if len(names) > 1:
            etree.SubElement(font, f"{{{w}}}altName", {f"{{{w}}}val": ",".join(names[1:])})
        etree.SubElement(font, f"{{{w}}}charset", {f"{{{w}}}val": "86"})  # GB2312
    part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)


def _table(doc, rows: list[list[str]], header: bool = True) -> None:
    rows = [r for r in rows if r]
    if not rows:
        return
    width = max(len(r) for r in rows)
    table = doc.add_table(rows=0, cols=width)
    table.style = "Table Grid"
    for n, row in enumerate(rows):
        cells = table.add_row().cells
        for i, value in enumerate(row):
            p = cells[i].paragraphs[0]
            p.style = doc.styles["表格文字"]
            run = p.add_run(value)
            run.bold = header and n == 0


def _attachment(doc, title: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """附件 on new pages, turned landscape for its columns: the label at the margin in 黑体, the title, the table."""
    from docx.enum.section import WD_SECTION

    section = doc.add_section(WD_SECTION.NEW_PAGE)
    _page(section, landscape=True)
    doc.add_paragraph("附件", style="附件标识")
    doc.add_paragraph(title, style="公文标题")
    _table(doc, [list(DOCX_COLUMNS)] + [[cell_text(r.get(c)) for c in DOCX_COLUMNS] for r in rows])
