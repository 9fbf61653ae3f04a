"""The site list as offices keep it: one list saved as UTF-8, GBK, GB18030 or an Excel workbook loads to the same
sites, and a file that is none of these stops with one line saying what to save it as."""

import io
import random
import zipfile
from dataclasses import replace
from datetime import datetime

import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from govcheck.cli import main
from govcheck.sitefile import FileError, cell_text, decode_csv
from govcheck.sites import Site, SiteListError, load_sites, read_site_list

COLUMNS = ["site_id", "name", "url", "site_code", "sponsor", "kind", "region", "status", "note", "column_types"]
# 𠮷 is in GB18030 but not in GBK; the GBK list has 吉 there
ROWS = [
    ["gov", "示范县人民政府", "http://127.0.0.1:9/", "4399210001", "示范县人民政府办公室", "portal", "示范县",
     "active", "", "领导活动=news;专题=other"],
    ["jyj", "示范县教育局", "http://127.0.0.1:9/jyj/", "4399210002", "示范县教育局", "department", "示范县",
     "active", "联系人：𠮷先生, 电话 0791-1234", ""],
    ["old", "示范县档案馆", "http://127.0.0.1:9/da/", "", "示范县档案馆", "department", "示范县",
     "offline", "改版中", ""],
]
# the departments belong to the one portal of their region
EXPECTED = [
    Site("gov", "示范县人民政府", "http://127.0.0.1:9/", "4399210001", "示范县人民政府办公室", "portal", "示范县",
         "active", ""),
    Site("jyj", "示范县教育局", "http://127.0.0.1:9/jyj/", "4399210002", "示范县教育局", "department", "示范县",
         "active", "联系人：𠮷先生, 电话 0791-1234", parent_url="http://127.0.0.1:9/"),
    Site("old", "示范县档案馆", "http://127.0.0.1:9/da/", "", "示范县档案馆", "department", "示范县",
         "offline", "改版中", parent_url="http://127.0.0.1:9/"),
]
ROWS_GBK = [[v.replace("𠮷", "吉") for v in row] for row in ROWS]
EXPECTED_GBK = [replace(s, note=s.note.replace("𠮷", "吉")) for s in EXPECTED]


def csv_text(rows, newline="\r\n"):  # Excel and WPS end lines with CRLF
    def field(value):
        return f'"{value}"' if "," in value else value
    return newline.join(",".join(field(v) for v in row) for row in [COLUMNS, *rows]) + newline


def workbook(path, rows, title="站点"):
    """The list as Excel keeps it: codes typed as numbers, empty cells empty, a second sheet."""
    book = Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append([int(v) if v.isdigit() else (v or None) for v in row])
    # trailing rows Excel keeps: a formatted empty cell, then one cleared to ""
    sheet.cell(row=sheet.max_row + 2, column=1).fill = PatternFill("solid", fgColor="FFFF00")
    sheet.append([""] * len(COLUMNS))
    book.create_sheet("说明").append(["这张表不是站点表"])
    book.save(path)
    return path


def zipped(name, text):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(name, text)
    return out.getvalue()


def assert_same_sites(sites, expected=EXPECTED):
    assert sites == expected
    assert [s.column_types for s in sites] == [{"领导活动": "news", "专题": "other"}, {}, {}]


@pytest.mark.parametrize("encoding, rows, expected, detected", [
    ("utf-8", ROWS, EXPECTED, "CSV in UTF-8"),
    ("utf-8-sig", ROWS, EXPECTED, "CSV in UTF-8 with BOM"),
    ("gbk", ROWS_GBK, EXPECTED_GBK, "CSV in GBK"),
    ("gb18030", ROWS, EXPECTED, "CSV in GB18030"),
])
def test_the_same_list_in_each_encoding_loads_alike(tmp_path, encoding, rows, expected, detected):
    path = tmp_path / "sites.csv"
    path.write_bytes(csv_text(rows).encode(encoding))
    sites, how = read_site_list(path)
    assert how == detected
    assert_same_sites(sites, expected)
    assert load_sites(path) == sites


def float_code(path, code):
    """The workbook as a writer that stores a number as a float leaves it (4.399210002E9)."""
    with zipfile.ZipFile(path) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    sheet, number = parts["xl/worksheets/sheet1.xml"], f"<v>{code}</v>".encode()
    assert sheet.count(number) == 1
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(number, f"<v>{int(code) / 1e9}E9</v>".encode())
    with zipfile.ZipFile(path, "w") as book:
        for name, data in parts.items():
            book.writestr(name, data)
    return path


def test_a_workbook_loads_like_the_csv(tmp_path):
    path = float_code(workbook(tmp_path / "sites.xlsx", ROWS), "4399210002")
    sites, how = read_site_list(path)
    assert how == "Excel workbook (.xlsx), sheet 站点"
    assert_same_sites(sites)


def test_a_workbook_row_is_named_by_its_row_number(tmp_path):
    rows = [ROWS[0], [""] * len(COLUMNS), [*ROWS[1][:7], "paused", *ROWS[1][8:]]]
    path = workbook(tmp_path / "sites.xlsx", rows)
    with pytest.raises(SiteListError) as err:
        load_sites(path)
    assert str(err.value) == f"{path}:4: unknown status 'paused' (use active or offline)"


@pytest.mark.parametrize("value, text", [
    (4399210001, "4399210001"),
    (4399210001.0, "4399210001"),
    (None, ""),
    ("bm00000001", "bm00000001"),
    (0.5, "0.5"),
    (True, "TRUE"),
    (datetime(2026, 11, 26), "2026-11-26"),
])
def test_a_cell_reads_as_the_office_typed_it(value, text):
    assert cell_text(value) == text


@pytest.mark.parametrize("raw, encoding", [
    (b"site_id\nqx\n", "UTF-8"),
    ("示范县".encode("gb2312"), "GBK"),  # GB2312 is a part of GBK
    ("€ 示范县".encode(), "UTF-8"),
    ("𠮷".encode("gb18030"), "GB18030"),
])
def test_decoding_tries_utf8_then_gb18030(raw, encoding):
    text, found = decode_csv(raw, "x.csv")
    assert found == encoding and text == raw.decode("utf-8" if encoding == "UTF-8" else "gb18030")


@pytest.mark.parametrize("name, raw, message", [
    ("sites.csv", csv_text(ROWS).encode("utf-16"), "UTF-16 text (Excel's \"Unicode text\") cannot be read"),
    ("sites.csv", csv_text(ROWS).encode("utf-16-le"), "not CSV text: it has zero bytes (UTF-16 text, or not"),
    ("sites.csv", random.Random(1).randbytes(4096), "not CSV text: it has zero bytes"),
    ("sites.csv", random.Random(1).randbytes(4096).replace(b"\0", b"!"), "neither UTF-8 nor GBK/GB18030 text"),
    ("sites.csv", b"\x89PNG\r\n\x1a\nIHDR", "not CSV text: it has control character 0x1a;"),
    ("sites.csv", b"\xef\xbb\xbf" + "示范".encode("gbk"), "begins as UTF-8 (a BOM) but is not UTF-8 (byte 5)"),
    ("sites.xls", csv_text(ROWS).encode(), "an old Excel workbook (.xls) cannot be read"),
    ("sites.ods", b"PK\x03\x04", "an OpenDocument spreadsheet (.ods) cannot be read"),
    ("sites.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "an old Excel (.xls) or WPS (.et) workbook"),
    ("sites.xlsx", random.Random(2).randbytes(4096), "not a readable Excel workbook (BadZipFile)"),
    ("sites.xlsx", zipped("readme.txt", "not a workbook"), "not a readable Excel workbook (KeyError)"),
    ("sites.xlsx", zipped("[Content_Types].xml", "<broken"), "not a readable Excel workbook (XMLSyntaxError)"),
])
def test_an_unreadable_file_stops_with_one_line(tmp_path, name, raw, message):
    path = tmp_path / name
    path.write_bytes(raw)
    with pytest.raises(SiteListError) as err:
        load_sites(path)
    text = str(err.value)
    assert text.startswith(f"{path}: ") and message in text and "\n" not in text
    assert text.endswith("save it as an Excel workbook (.xlsx) or as CSV")


def test_a_workbook_named_csv_is_told_to_be_named_xlsx(tmp_path):
    path = workbook(tmp_path / "sites.csv", ROWS)
    with pytest.raises(SiteListError) as err:
        load_sites(path)
    assert str(err.value) == f"{path}: a zip file, not CSV text; if it is an Excel workbook, name it .xlsx"


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(SiteListError, match=r"nosuch\.xlsx: cannot read the site list \(No such file"):
        load_sites(tmp_path / "nosuch.xlsx")


def test_decode_errors_name_the_file_they_are_given():
    with pytest.raises(FileError, match=r"^list\.csv: UTF-16"):
        decode_csv("x".encode("utf-16"), "list.csv")


@pytest.mark.parametrize("name, save, detected", [
    ("sites.csv", lambda p: p.write_bytes(csv_text(ROWS_GBK).encode("gbk")), "CSV in GBK"),
    ("sites.xlsx", lambda p: workbook(p, ROWS), "Excel workbook (.xlsx), sheet 站点"),
])
def test_sites_check_says_how_it_read_the_file(tmp_path, capsys, name, save, detected):
    path = tmp_path / name
    save(path)
    assert main(["sites", "check", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}: 3 sites (2 active, 1 offline), read as {detected}: OK\n"


def test_sites_check_refuses_an_xls_in_one_line(tmp_path, capsys):
    path = tmp_path / "sites.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    assert main(["sites", "check", str(path)]) == 2
    assert capsys.readouterr().err == (f"govcheck: {path}: an old Excel workbook (.xls) cannot be read; "
                                       "save it as an Excel workbook (.xlsx) or as CSV\n")
