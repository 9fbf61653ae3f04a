"""The site list's file as offices keep it: CSV in UTF-8, GBK or GB18030 (Excel and WPS save CSV in GBK), or an
Excel workbook (.xlsx), read into rows of text; sites.py validates them.

Every failure is a FileError with one line naming the file.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
import zipfile
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path

# spreadsheets openpyxl cannot read: old binary Excel, WPS's own, binary Excel, OpenDocument
OTHER_SHEETS = {".xls": "an old Excel workbook (.xls)", ".et": "a WPS workbook (.et)",
                ".xlsb": "a binary Excel workbook (.xlsb)", ".ods": "an OpenDocument spreadsheet (.ods)"}
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls and .et files begin so, whatever they are named
ZIP = b"PK\x03\x04"  # .xlsx files begin so
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# no text CSV holds these control characters; a binary file that happens to decode does
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SAVE_AS = "save it as an Excel workbook (.xlsx) or as CSV"


class FileError(ValueError):
    """A site list file that cannot be read as rows of text; the message names the file."""


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (the line, or the sheet's row number, as a person finds it; the cells)
    detected: str  # how the file was read, for a person: "CSV in GBK", "Excel workbook (.xlsx), sheet 站点"


def read_table(path: Path) -> Table:
    """The header and rows of a site list file, by its name's suffix: .xlsx is a workbook, anything else CSV."""
    suffix = path.suffix.lower()
    if suffix in OTHER_SHEETS:
        raise FileError(f"{path}: {OTHER_SHEETS[suffix]} cannot be read; {SAVE_AS}")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FileError(f"{path}: cannot read the site list ({exc.strerror})") from None
    if raw.startswith(OLE2):
        raise FileError(f"{path}: an old Excel (.xls) or WPS (.et) workbook, or a password-protected one, "
                        f"cannot be read; {SAVE_AS}")
    if suffix == ".xlsx":
        return xlsx_table(raw, str(path))
    if raw.startswith(ZIP):
        raise FileError(f"{path}: a zip file, not CSV text; if it is an Excel workbook, name it .xlsx")
    text, encoding = decode_csv(raw, str(path))
    return csv_table(text, f"CSV in {encoding}", str(path))


def decode_csv(raw: bytes, where: str) -> tuple[str, str]:
    """The text of a CSV file and its encoding's name: UTF-8 when it decodes strictly (a BOM says UTF-8), else
    GB18030, which decodes GBK and GB2312 as they do and more; no guessing beyond."""
    if raw.startswith(UTF16_BOMS):
        raise FileError(f"{where}: UTF-16 text (Excel's \"Unicode text\") cannot be read; {SAVE_AS}")
    if b"\x00" in raw:  # UTF-8 and GB18030 text never holds a zero byte
        raise FileError(f"{where}: not CSV text: it has zero bytes (UTF-16 text, or not a text file); {SAVE_AS}")
    if raw.startswith(codecs.BOM_UTF8):
        bom = len(codecs.BOM_UTF8)
        try:
            text, encoding = raw[bom:].decode("utf-8"), "UTF-8 with BOM"
        except UnicodeDecodeError as exc:
            raise FileError(f"{where}: begins as UTF-8 (a BOM) but is not UTF-8 (byte {bom + exc.start}); "
                            f"{SAVE_AS}") from None
    else:
        try:
            text, encoding = raw.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError:
            try:
                text = raw.decode("gb18030")
            except UnicodeDecodeError as exc:
                raise FileError(f"{where}: neither UTF-8 nor GBK/GB18030 text (byte {exc.start}); "
                                f"{SAVE_AS}") from None
            encoding = "GBK" if _decodes(raw, "gbk") else "GB18030"
    control = CONTROL.search(text)
    if control:
        raise FileError(f"{where}: not CSV text: it has control character {ord(control.group()):#04x}; {SAVE_AS}")
    return text, encoding


def _decodes(raw: bytes, encoding: str) -> bool:
    try:
        raw.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def csv_table(text: str, detected: str, where: str) -> Table:
    reader = csv.reader(text.splitlines())
    try:
        header = next(reader, [])
        # line_num: the file's line, blank lines counted
        rows = [(reader.line_num, cells) for cells in reader]
    except csv.Error as exc:
        raise FileError(f"{where}:{reader.line_num}: {exc}") from None
    return Table(header, rows, detected)


def cell_text(value) -> str:
    """A workbook cell as the text the office typed: a site code Excel stored as a number (4399210001, or the
    float 4399210001.0) comes out "4399210001", an empty cell ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    return str(value)


def xlsx_table(raw: bytes, where: str) -> Table:
    """The first sheet of a workbook, formulas by their saved values, each row numbered as Excel numbers it."""
    from openpyxl import load_workbook  # only workbooks need it
    from openpyxl.utils.exceptions import InvalidFileException

    # what a damaged or foreign file raises: not a zip, no workbook parts, broken XML, bad values
    unreadable = (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, SyntaxError, ValueError, TypeError)
    # openpyxl warns of parts it drops (data validation, unknown extensions): nothing here writes the workbook
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
            try:
                sheet = book.worksheets[0] if book.worksheets else None
                if sheet is not None:
                    sheet.reset_dimensions()  # the size a workbook states can be wrong: read every row there is
                    rows = [(number, [cell_text(v) for v in values])
                            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)]
            finally:
                book.close()
        except unreadable as exc:
            raise FileError(f"{where}: not a readable Excel workbook ({type(exc).__name__}); {SAVE_AS}") from None
    if sheet is None:
        raise FileError(f"{where}: the workbook has no sheet")
    header = rows[0][1] if rows else []
    return Table(header, rows[1:], f"Excel workbook (.xlsx), sheet {sheet.title}")
