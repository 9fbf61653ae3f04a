"""The site list's file as offices keep it: CSV in UTF-8, GBK or GB18030 (Excel and WPS save CSV in GBK), read
into rows of text; sites.py validates them.

Every failure is a FileError with one line naming the file.
"""

from __future__ import annotations

import codecs
import csv
import re
from dataclasses import dataclass
from pathlib import Path

UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# no text CSV holds these control characters; a binary file that happens to decode does
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SAVE_AS = "save it as CSV UTF-8"


class FileError(ValueError):
    """A site list file that cannot be read as rows of text; the message names the file."""


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (the line as a person finds it, the cells)
    detected: str  # how the file was read, for a person: "CSV in GBK"


def read_table(path: Path) -> Table:
    """The header and rows of a site list file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FileError(f"{path}: cannot read the site list ({exc.strerror})") from None
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
