"""How a page's server sent it, told by its bytes: a page under another type, a body still compressed, an include
its server never ran."""

from __future__ import annotations

import gzip

from govcheck.cms.served import compressed_unsaid, page_incomplete, page_under_another_type, read_as_page

XHTML = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
         '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
         "<head><title>示范县人民政府</title></head><body></body></html>")


def test_a_page_sent_as_text_or_a_download_is_a_page():
    assert page_under_another_type(XHTML.encode())
    assert page_under_another_type(b"\xef\xbb\xbf\r\n<HTML><HEAD><TITLE>x</TITLE></HEAD></HTML>")
    assert read_as_page(b"text/plain", XHTML.encode()) and read_as_page(b"text/html; charset=gbk", b"")


def test_data_and_plain_text_are_no_page():
    for body in (b'{"total": 0, "articles": []}', b"[]", "暂无数据 <html>".encode(), b"<?xml version='1.0'?><a/>"):
        assert not page_under_another_type(body)
    assert not read_as_page(b"application/json", b'{"html": "<html>"}')
    feed = b'<?xml version="1.0"?><rss><channel><title>\xe5\x8a\xa8\xe6\x80\x81</title></channel></rss>'
    assert not read_as_page(b"text/xml; charset=utf-8", feed)  # data, whatever tags it shares with a page


def test_a_body_still_gzipped_is_unreadable():
    assert compressed_unsaid(gzip.compress(XHTML.encode())) is not None
    assert compressed_unsaid(XHTML.encode()) is None


def test_an_include_never_run_leaves_the_page_incomplete():
    page = '<html><body><div class="news"><!--#include virtual="/inc/gzdt.html" --></div></body></html>'
    assert page_incomplete(page) and page_incomplete(page.replace("virtual", "file"))
    assert not page_incomplete(page.replace("#include", " include "))  # a comment, not a directive
