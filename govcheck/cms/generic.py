"""Any portal: dated rows of links, and the next list page from a 下一页 link or a reverse-numbered pager."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urljoin

from govcheck.cms.aspnet import POSTBACK, form_post, grid_postback
from govcheck.cms.base import (
    ListPage,
    base_url,
    class_id,
    compiled,
    is_phrase,
    iter_doc,
    link_title,
    marker,
    resolve,
    same_page,
    scripted_target,
    squeeze,
)
from govcheck.cms.listing import pick_blocks, read_blocks, unique_items
from govcheck.cms.text import text_content

# A pager script that numbers pages backwards from the oldest (index_958_1.html is the oldest page, the
# first page shows the newest and index_958_<max-1>.html is the second): realpage 06.
_REVERSE_BASE = re.compile(r"""\bvar\s+purl\s*=\s*["']([^"']+)["']""")
_REVERSE_MAX = re.compile(r"\bmaxPageNum\s*=\s*(\d+)\s*;")  # the last assignment counts (var maxPageNum=0 first)
_REVERSE_DOWN = re.compile(r"createUrl\(\s*pageName\s*-\s*1\s*\)")


def next_link(sel, base: str, page_url: str) -> str | None:
    """The target of the first 下一页 (下页, >, ...) link that leads to another page, by its address or by the one
    its script opens (`href="#" onclick="location.href='index_2.jhtml'"`)."""
    for a in iter_doc(sel, "a"):
        href = a.get("href")
        if not href and not a.get("onclick") or not _is_next(a):
            continue
        url = scripted_target(a, base) or resolve(base, href)
        if url and not same_page(url, page_url):
            return url
    return None


def pager_pages(sel, page_url: str) -> list[str]:
    """The other pages of a list that its pager links: its 下一页, and in the pager's box each page by its number
    and its 尾页 (PHPCMS's 上一页 1 2 3 下一页, page k at k.html: no shape tells it from an article's; SiteServer's
    首页 | 上一页 | 下一页 | 末页 in one cell, [1] [2] [3] in the next, page k at /channels/12_k.html; VSB's 下页 alone
    in its span.p_next beside a span.p_no per page and span.p_last, /ksdt/3.htm … /ksdt/1.htm)."""
    nxt = next((a for a in iter_doc(sel, "a") if (a.get("href") or a.get("onclick")) and _is_next(a)), None)
    if nxt is None or nxt.getparent() is None:
        return []
    base, out = base_url(sel, page_url), []
    for a in _pager_box(nxt).iter("a"):
        text = text_content(a).strip()
        if a is nxt or _page_number(text) or _is_last(a):
            url = scripted_target(a, base) or resolve(base, a.get("href") or "")
            if url and not same_page(url, page_url) and url not in out:
                out.append(url)
    return out


def _pager_box(nxt):
    """The box of a pager around its 下一页: its parent, widened while every link of the wider box is the pager's
    (a table of the pager's cells, a <ul> of its <li>s), never to the list's."""
    box = nxt.getparent()
    for up in list(box.iterancestors())[:3]:
        if up.tag in ("body", "html") or not all(_pager_word(text_content(a)) or _glyph(a) for a in up.iter("a")):
            break
        box = up
    return box


def _page_number(text: str) -> bool:
    """A page's number as pagers write it: 3, [3], 【3】."""
    word = text.strip(_ARROWS)
    return word.isdigit() and len(word) <= 5


def _pager_word(text: str) -> bool:
    """A pager link's text: a page number, 首页, 上一页, 下一页, 末页, 下5页, an ellipsis between numbers."""
    text = text.strip()
    word = text.strip(_ARROWS)
    return (_page_number(text) or word in ("...", "…", "……") or any(
        is_phrase(t, key) for t in (text, word) for key in ("next_texts", "last_texts", "home_texts"))
        or bool(compiled(marker("page_group_text")).match(squeeze(word))))


_ARROWS = "<>›»‹«[]【】()（） \u00a0"


def _is_next(a) -> bool:
    """A pager's 下一页 link (下页, >, a class="next" &gt;&gt;)."""
    text = text_content(a).strip()
    if len(text) > 8:
        return False
    word = text.strip(_ARROWS)  # 下一页>, [下一页], >下一页, 下一页 ›
    return is_phrase(text, "next_texts") or (word != text and bool(word) and is_phrase(word, "next_texts")) \
        or (not text and is_phrase(link_title(a), "next_texts")) or (len(text) <= 3 and "next" in class_id(a)) \
        or _glyph(a) == "next"


# AspNetPager 5's buttons (and old ASP pagers'): a Webdings glyph each, 9 首页, 3 上一页, 4 下一页, : 尾页
_WEBDINGS = {"4": "next", ":": "last"}


def _glyph(a) -> str | None:
    """What a pager's Webdings button is (<a><font face="webdings">4</font></a>: its 下一页), else None."""
    meaning = _WEBDINGS.get(text_content(a).strip())
    if meaning is None:
        return None
    fonts = [*a.iter("font"), *(f for _, f in zip(range(2), a.iterancestors("font"), strict=False))]
    return meaning if any((f.get("face") or "").strip().lower() == "webdings" for f in fonts) else None


def _is_last(a) -> bool:
    """A pager's 尾页 (末页, 最后一页, a Webdings :)."""
    return is_phrase(text_content(a), "last_texts") or _glyph(a) == "last"


def last_link(sel, base: str, page_url: str) -> str | None:
    """The target of a 尾页 (末页, 最后一页) link that leads to another page: the list's last page."""
    for a in iter_doc(sel, "a"):
        href = a.get("href")
        if (href or a.get("onclick")) and _is_last(a):
            url = scripted_target(a, base) or resolve(base, href)
            if url and not same_page(url, page_url):
                return url
    return None


def postback(sel, base: str, page_url: str, last: bool = False) -> tuple[str, dict[str, str]] | None:
    """ASP.NET WebForms: the 下一页 (or 尾页) link that posts the page's form back (javascript:__doPostBack('…Pager',
    '2')), else a GridView's numeric pager's next (or last) page (Page$N), as (the form's address, its hidden fields
    with the event's target and argument)."""
    for a in iter_doc(sel, "a"):
        # the postback first: most links post nothing, and their text need not be read
        m = POSTBACK.search(f"{a.get('href') or ''} {a.get('onclick') or ''}")
        if m is None or not (_is_last(a) if last else _is_next(a)):
            continue
        if (post := form_post(a, m, base, page_url)) is not None:
            return post
    return grid_postback(sel, base, page_url, last=last)


def reverse_pager_next(scripts: str, page_url: str) -> str | None:
    """The second page of a backwards-numbered pager, and only that one: its hidden block of every page
    link (199 on realpage 06) is a crawl trap, not a list of next pages."""
    base_m, tops = _REVERSE_BASE.search(scripts), _REVERSE_MAX.findall(scripts)
    if not base_m or not tops or not _REVERSE_DOWN.search(scripts):
        return None
    prefix, top = base_m.group(1), int(tops[-1])
    here = re.search(re.escape(prefix.rsplit("/", 1)[-1]) + r"_(\d+)\.s?html?$", page_url.split("?", 1)[0])
    current = int(here.group(1)) if here else top  # the first page is the newest, number max
    if current <= 1:
        return None
    return urljoin(page_url, f"{prefix}_{current - 1}.html")


class GenericList:
    name = "generic"

    def matches(self, sel, page: str, links: str) -> bool:
        return True

    def next_pages(self, sel, url: str, base: str, scripts: str) -> list[str]:
        nxt = reverse_pager_next(scripts, url) or next_link(sel, base, url)
        return [nxt] if nxt else []

    def last_page(self, sel, url: str, base: str, scripts: str) -> str | None:
        return last_link(sel, base, url)

    def read(self, sel, url: str, base: str, scripts: str, as_of: date | None,
             column: tuple | None = None) -> ListPage:
        """The list of a page; column (its URL and name) when the page is read as a column's, so that the blocks
        the whole site carries are left out."""
        blocks = read_blocks(sel, base, as_of=as_of)
        column_url, column_name = column or (None, None)
        picked = pick_blocks(blocks, column_url=column_url, column_name=column_name)
        for b in picked:
            b.picked = True
        items = unique_items(i for b in picked for i in b.items)
        nxt = self.next_pages(sel, url, base, scripts)
        post = None if nxt or not items else postback(sel, base, url)
        return ListPage(items=items, next_pages=nxt, family=self.name, blocks=blocks,
                        last_page=self.last_page(sel, url, base, scripts) if nxt else None,
                        post_requests=[post] if post else [], last_post=post and postback(sel, base, url, last=True))
