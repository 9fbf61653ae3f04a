"""What a page's bytes say of how its server sent it, before any reader: a web page under another type (text/plain,
a download), a compressed body its server did not say was compressed, server-side includes left unprocessed."""

from __future__ import annotations

import re

from govcheck.judge.answers import cut_short

# a document's own markup among its first bytes: a page, whatever type its server named (never JSON's { or [)
_DOCUMENT = re.compile(rb"<(?:!doctype\s+html|html|head|body|title|meta|frameset)[\s>/]", re.I)
_LEADING = b"\xef\xbb\xbf \t\r\n"
GZIP_MAGIC = b"\x1f\x8b"
_UNSAID = frozenset({b"text/plain", b"application/octet-stream", b"binary/octet-stream", b""})
INCLUDE_UNRUN = "栏目页面含未执行的服务器端包含指令（<!--#include …-->），其列表未送达"
_INCLUDE = re.compile(r"<!--#\s*include\s+(?:virtual|file)\s*=", re.I)


def page_under_another_type(body: bytes) -> bool:
    """Whether a body sent as text/plain or application/octet-stream is a web page: it starts with markup and shows
    a document's own tags (<!DOCTYPE html PUBLIC …>, <html xmlns=…>, <head>, <body>) in its first 1024 bytes; an
    old server's MIME map without the page's extension (Apache 2.2's DefaultType text/plain for .shtml) sends such."""
    head = body[:1024].lstrip(_LEADING)
    return head.startswith(b"<") and _DOCUMENT.search(head) is not None


def compressed_unsaid(body: bytes) -> str | None:
    """Why a 2xx body cannot be read, when it is still gzip-compressed once what its Content-Encoding named was
    undone: a precompressed file sent as the page, or a page compressed twice. A browser shows it as garbage."""
    if body.startswith(GZIP_MAGIC):
        return "返回gzip压缩数据而未声明（Content-Encoding），内容无法显示"
    return None


def unprocessed_include(text: str) -> bool:
    """Whether a page carries a server-side include its server never ran (<!--#include virtual="/inc/list.html"
    -->): a comment to a browser, the part it names missing from the page."""
    return "<!--#" in text and _INCLUDE.search(text) is not None


def read_as_page(content_type: bytes, body: bytes) -> bool:
    """Whether a text answer is read as a web page: its type says HTML, or it says nothing of what the text is
    (text/plain, a download, none) and its bytes are a page's. XML and JSON stay data (an RSS feed has a <title>)."""
    mime = content_type.split(b";")[0].strip().lower()
    return b"html" in mime or mime in _UNSAID and page_under_another_type(body)


def page_incomplete(text: str) -> bool:
    """Whether a page that shows no dated item may hold some the visitor was not sent: cut mid-page, or its parts left
    to includes its server never ran. Its freshness is unknown, never none."""
    return cut_short(text) or unprocessed_include(text)
