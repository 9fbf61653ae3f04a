"""The site list as offices keep it: one list saved as UTF-8, GBK or GB18030 loads to the same sites, and a file
that is none of these stops with one line saying what to save it as."""

import random
from dataclasses import replace

import pytest

from govcheck.sitefile import FileError, decode_csv
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
EXPECTED = [
    Site("gov", "示范县人民政府", "http://127.0.0.1:9/", "4399210001", "示范县人民政府办公室", "portal", "示范县",
         "active", ""),
    Site("jyj", "示范县教育局", "http://127.0.0.1:9/jyj/", "4399210002", "示范县教育局", "department", "示范县",
         "active", "联系人：𠮷先生, 电话 0791-1234"),
    Site("old", "示范县档案馆", "http://127.0.0.1:9/da/", "", "示范县档案馆", "department", "示范县",
         "offline", "改版中"),
]
ROWS_GBK = [[v.replace("𠮷", "吉") for v in row] for row in ROWS]
EXPECTED_GBK = [replace(s, note=s.note.replace("𠮷", "吉")) for s in EXPECTED]


def csv_text(rows, newline="\r\n"):  # Excel and WPS end lines with CRLF
    def field(value):
        return f'"{value}"' if "," in value else value
    return newline.join(",".join(field(v) for v in row) for row in [COLUMNS, *rows]) + newline


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
])
def test_an_unreadable_file_stops_with_one_line(tmp_path, name, raw, message):
    path = tmp_path / name
    path.write_bytes(raw)
    with pytest.raises(SiteListError) as err:
        load_sites(path)
    text = str(err.value)
    assert text.startswith(f"{path}: ") and message in text and "\n" not in text
    assert text.endswith("save it as CSV UTF-8")


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(SiteListError, match=r"nosuch\.csv: cannot read the site list \(No such file"):
        load_sites(tmp_path / "nosuch.csv")


def test_decode_errors_name_the_file_they_are_given():
    with pytest.raises(FileError, match=r"^list\.csv: UTF-16"):
        decode_csv("x".encode("utf-16"), "list.csv")
