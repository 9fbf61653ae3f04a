"""Telling an empty column list from a static page that has no list at all, from a list a script fills, and
from a list shown in a frame of the page."""

from __future__ import annotations

import re
from itertools import islice, takewhile
from urllib.parse import urlsplit

from govcheck.cms.base import (
    class_id,
    clean,
    compiled,
    flat,
    iter_doc,
    marker,
    placeholder_line,
    same_page,
    visible_text,
)
from govcheck.cms.empty_boxes import LIST_HINT, empty_table, header_row, no_data_picture
from govcheck.cms.listing import looks_like_article
from govcheck.cms.row_dates import date_cell, row_item
from govcheck.cms.rows import Chrome, collect_rows
from govcheck.cms.search_pages import search_page
from govcheck.cms.widgets import fills_nothing
from govcheck.judge.dates import SHOWN_YEAR
from govcheck.judge.domains import same_government
from govcheck.judge.urls import join_url, link_kind

EMPTY_LIST_CHARS = 30  # an empty list shows a short line at most (a header row, 暂无信息), never a page's text
# a box of a heading, classed after the list it heads (list-title, news_tit, listHead): no list itself
_TITLE_BOX = re.compile(r"title|tit(?![a-z])|head|(?<![a-z])hd(?![a-z])|caption", re.I)
_PROSE = re.compile("[，。；]")  # a sentence: a page's own text (a placeholder's is told by its phrase)
# what a box shows that is content, not an empty list: a picture (an org chart), a document, a map
_CONTENT = ".//img | .//object | .//embed | .//video | .//iframe | .//svg"
STATIC_TEXT_CHARS = 30  # a sentence this long, of the page's own: a static page's text
_BANNER = re.compile(r"banner|(?<![a-z])ad(?![a-z])|guanggao", re.I)  # a column's banner over its list: no content
_OWN_TEXT = ("p", "div", "td", "li", "dd", "span", "font", "section", "article", "center")
_HEADLINE_CHARS = 8  # a link this long beside a paragraph is a headline, the paragraph its summary
_FOOT = re.compile(r"foot|bottom|banquan|bqxx|copyright", re.I)  # a footer's box, whatever the template calls it
# the related items' slot a template leaves under an article or a single page, empty when it found none: no list
_RELATED = re.compile(r"^(?:相关(?:文章|阅读|链接|信息|新闻|稿件|附件|文件|内容|报道|下载)|附件(?:下载)?[:：]?$)")
# 相关文章 … in pinyin (xgwz, list-xg, xiangguan), or in English
_RELATED_BOX = re.compile(r"(?<![a-z])xg(?:wz|yd|xx|lj|wj|xw|nr)?(?![a-z])|xiangguan|related", re.I)


def has_empty_list(sel, url: str | None = None) -> bool:
    """True when the page has a list container with no link in it and next to nothing else: a short line at most
    (a header row, 暂无信息), no sentence. A static page may keep its text in a box classed like a list
    (news-content, list-con, a listTable of its facts): that is no empty column; nor is a page that shows text of its
    own beside an empty box, nor an empty 相关文章 box, which single pages' templates leave under their facts."""
    if shows_own_text(sel) or search_page(sel):  # a search's result box, nothing asked yet
        return False
    for el in sel.root.iter("ul", "ol", "table", "div", "dl"):
        words = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not (LIST_HINT.search(words) or empty_table(el)) or _TITLE_BOX.search(words) or el.xpath(".//a[@href]") \
                or _related(el) or not all(map(no_data_picture, el.xpath(_CONTENT))):
            continue
        rows = sum(bool(flat(visible_text(r))) for r in el.iter("li", "tr", "dd") if not header_row(r))
        text = flat(visible_text(el)).replace(" ", "")
        if rows <= 1 and len(text) <= EMPTY_LIST_CHARS and not _PROSE.search(text) and not _page_beside(el, url):
            return True
    return False


FACT_LINES = 3  # short lines of the page's own beside an empty box: its facts (职务 and 分工, 地址, 电话, its duties)


def _area(box):
    """The content around an empty box: its parent, or the one above when the parent holds the box alone; None for
    the page's body or its navigation, header and footer."""
    area = box.getparent()
    if area is not None and len(area) == 1 and area.getparent() is not None:
        area = area.getparent()
    return None if area is None or area.tag == "body" or Chrome()(area) else area


def beside_a_page(sel, hidden: set, url: str | None = None) -> bool:
    """Whether every line of the page saying its list is empty (outside `hidden`) sits in a box beside what a static
    page shows (its leaders' cards, a map, a hub of its sub-columns' icons): the list its template keeps under the
    page's content says it, not an empty column."""
    found = False
    for el in iter_doc(sel, *_OWN_TEXT):
        own = _own_text(el)
        if not own or not placeholder_line(own) or el in hidden or not hidden.isdisjoint(el.iterancestors()):
            continue
        box = next((up for up in [el, *islice(el.iterancestors(), 3)] if up.tag in ("ul", "ol", "table", "dl")
                    or LIST_HINT.search(class_id(up))), el)
        if not _page_beside(box, url):
            return False
        found = True
    return found


def placeholder_picture(sel, url: str | None = None) -> bool:
    """Whether the page's content shows a picture saying its list is empty or being built (alt="建设中",
    jianshezhong.jpg) and nothing else: no text of its own, no other picture, no links beside it (navigation,
    header and footer aside). Its template's way of saying 栏目建设中: an empty column."""
    if shows_own_text(sel, url):
        return False
    chrome = Chrome()
    for img in iter_doc(sel, "img"):
        ups = list(img.iterancestors())
        if no_data_picture(img) and not chrome(img) and not any(up.tag == "a" for up in ups) \
                and not any(_HIDDEN_STYLE.search((up.get("style") or "").replace(" ", "")) for up in [img, *ups]) \
                and not _page_beside(img.getparent(), url):
            return True
    return False


_HIDDEN_STYLE = re.compile(r"display:none|visibility:hidden", re.I)


def _page_beside(box, url: str | None) -> bool:
    """Whether a static page's facts or content sit around an empty box (at `url`: a hub of its sub-columns too):
    the box is its template's."""
    area = _area(box)
    return area is not None and (_facts_beside(box, area) or _content_beside(box, area, url))


def _facts_beside(box, area) -> bool:
    """Whether the content around an empty box shows the page's facts in short lines of its own, FACT_LINES or more
    of STATIC_TEXT_CHARS in all, outside links and headings: a leaders' page or an office's table beside the list box
    its template keeps."""
    lines = [own for el in area.iter(*_OWN_TEXT) if el is not box and box not in el.iterancestors()
             and not any(up.tag == "a" or re.fullmatch(r"h\d", up.tag) for up in el.iterancestors())
             and len(own := _own_text(el)) >= 2
             and not placeholder_line(own) and not _PAGER_OR_CRUMB.search(own) and not _dated_row(el, area)]
    return len(lines) >= FACT_LINES and sum(map(len, lines)) >= STATIC_TEXT_CHARS


def _dated_row(el, area) -> bool:
    """Whether `el` sits in a list's dated row (a <li>, <tr> or <dd> with a link, showing a year): its date and
    title are a list's, no static page's facts (a box of another column's newest beside the empty list)."""
    for up in [el, *takewhile(lambda up: up is not area, el.iterancestors())]:
        if up.tag in ("li", "tr", "dd") and up.find(".//a[@href]") is not None:
            return bool(SHOWN_YEAR.search(visible_text(up)))
    return False


def _content_beside(box, area, url: str | None = None) -> bool:
    """Whether the content around an empty box shows content of its own: a picture (leaders' photos, a map, a
    gallery) or two links or more (a grid of service guides, leaders' pages) that are no article of a list, outside
    navigation, a breadcrumb and a pager; or, at `url`, two links into its own folder's sub-columns, in a box classed
    as a menu too (a hub of their icons): a static page's, the box its template's."""
    chrome = Chrome()
    folder = urlsplit(url).path.rsplit("/", 1)[0] + "/" if url else "/"
    section = folder.rstrip("/").rsplit("/", 1)[0] + "/"  # its parent's folder: /zwgk/ for /zwgk/tzgg/

    def path_of(a) -> str:
        return urlsplit(join_url(url, a.get("href") or "") or "").path if url and a.tag == "a" else ""

    def child(el) -> bool:  # a link to a sub-column: a folder of its own under the page's
        path = path_of(el) if folder != "/" else ""
        return path.startswith(folder) and "/" in path[len(folder):]

    def sibling(a) -> bool:  # a link to its parent or a sibling column: a menu of its section beside its list
        path = path_of(a)
        return section != "/" and path.startswith(section) and not path.startswith(folder)

    def own(el) -> bool:  # not in the box, a breadcrumb's or a pager's line, nor a dated row of a list
        ups = list(takewhile(lambda up: up is not area, el.iterancestors()))
        return box not in ups and (not chrome(el) or child(el)) and not any(
            _PAGER_OR_CRUMB.search(flat(visible_text(up))[:12]) or up.tag in ("li", "tr", "dd")
            and SHOWN_YEAR.search(visible_text(up)) for up in ups)

    def page_link(a) -> bool:
        href = (a.get("href") or "").strip()
        return bool(href) and not href.startswith(("#", "javascript")) and not looks_like_article(href) \
            and not _PAGER_OR_CRUMB.search(flat(visible_text(a)))

    if any(own(el) and not no_data_picture(el) and not any(
            up.tag == "a" and looks_like_article(up.get("href") or "") or _BANNER.search(class_id(up))
            for up in el.iterancestors()) and not _BANNER.search(f"{class_id(el)} {el.get('src') or ''}")
           for el in area.xpath(_CONTENT)):
        return True
    links = (a for a in area.iter("a") if page_link(a) and own(a) and not sibling(a))
    return next(islice(links, 1, None), None) is not None  # a second one


_PAGER_OR_CRUMB = re.compile(r"当前位置|您现在的位置|共\s*\d+\s*[条页]|第\s*\d+\s*页|首页|上一页|下一页|尾页")


def _related(box) -> bool:
    """Whether a box is a related items' slot: named so (xgwz_list, list-xg), or in a box named so or under a
    相关文章 heading, at most two levels up (a Dede <dl>: the heading its <dt>, the list in its <dd>)."""
    for el in [box, *islice(box.iterancestors(), 2)]:
        heading = el.getprevious()
        if _RELATED_BOX.search(class_id(el)) or heading is not None and _RELATED.match(flat(visible_text(heading))):
            return True
    return False


def related_placeholders(sel) -> set:
    """The related items' boxes (相关文章, 相关下载 …) that say they have nothing (暂无相关信息): a single page's
    template, not the page's list saying it is empty."""
    out = set()
    for el in iter_doc(sel, "li", "p", "div", "span", "td", "dd"):
        own = _own_text(el)
        if own and placeholder_line(own):
            out.update(up for up in [el, *islice(el.iterancestors(), 3)] if _related(up))
    return out


def _own_text(el) -> str:
    """An element's own text, not its children's (they come in turn when elements are walked), flattened."""
    return clean("".join([el.text or "", *(c.tail or "" for c in el)]))


def shows_own_text(sel, url: str | None = None) -> bool:
    """Whether the page shows text of its own: a sentence of STATIC_TEXT_CHARS or more, outside its links, its
    navigation, header and footer, that is no line saying a list is empty nor the summary under a headline. Such a
    page is a static page (机构职能's duties, a guide's paragraphs), whatever empty box or 暂无内容 sits beside its
    text."""
    chrome = Chrome()
    for el in iter_doc(sel, *_OWN_TEXT):
        own = _own_text(el)
        if len(own) < STATIC_TEXT_CHARS or not _PROSE.search(own) or placeholder_line(own):
            continue
        ups = list(el.iterancestors())
        if not chrome(el) and not any(up.tag == "a" or _FOOT.search(class_id(up)) for up in ups) \
                and not _FOOT.search(class_id(el)) and not any(_headline(up, el) for up in ups[:2]):
            return True
    return False


def _headline(box, el) -> bool:
    """Whether `box`, around a paragraph `el`, holds a headline's link beside it: the paragraph is its summary (a
    news box's lead story, a programme's blurb), not the page's text."""
    inner = set(el.iter("a"))
    return any(a.get("href") and a not in inner and len(clean(a.text_content())) >= _HEADLINE_CHARS
               for a in box.iter("a"))


def opaque_rows(sel, url: str) -> int:
    """How many rows show a date while their link runs a script that names no address govcheck can read (a
    function of a script file called with an id): a list that only a browser which clicks could follow."""
    return sum(row_item(r, None)[1] for r in collect_rows(sel, url, opaque=True))


_CELLS = ("td", "span", "em", "i", "font", "b", "p", "div", "li", "dd", "small", "label")


def stray_dates(sel, url: str) -> int:
    """How many cells showing a full date alone sit outside the rows of links read and the page's navigation,
    header and footer: the dates of a list whose rows govcheck cannot follow (rows without a link, links opened by a
    script), which is no empty list."""
    read = {r.box if r.el.getparent() is None else r.el for r in collect_rows(sel, url)}
    chrome = Chrome()
    # a full date each: a month-day alone may be a calendar's or a weather box's
    cells = [el for el in iter_doc(sel, *_CELLS)
             if (found := date_cell(el, url, None)) and SHOWN_YEAR.search(found[1])]
    inner = set(cells)
    return sum(1 for el in cells if not any(c in inner for c in el.iterdescendants())
               and el not in read and not any(up in read for up in el.iterancestors()) and not chrome(el)
               and not _todays(el))


def _todays(cell) -> bool:
    """A cell just after words that say it shows today's date (今天是 <span>…</span>)."""
    before, line = cell.getprevious(), cell.getparent()
    text = (before.tail if before is not None else line.text if line is not None else "") or ""
    return any(p in text[-12:] for p in marker("not_item_dates"))


# a frame named for the list or the main content, in English or pinyin initials (列表 lb, 内容 nr)
_MAIN_FRAME = re.compile(r"list|main|content|right|lb|nr", re.I)


def list_frame(sel, url: str) -> str | None:
    """The page of this site, or of another host of its government's domain (a 信息公开 platform at xxgk.…), shown in
    a frame or iframe of the page's content (not its header, menu or footer): where a column page whose own HTML
    lists nothing may keep its list. A frame named like a list or the main content (list, main, content, right)
    first, else the first one."""
    host = urlsplit(url).hostname
    chrome = Chrome()
    found = []
    for el in iter_doc(sel, "frame", "iframe"):
        target = join_url(url, (el.get("src") or "").strip())
        other = target and urlsplit(target).hostname
        if not target or (other != host and not same_government(host or "", other or "")) \
                or same_page(target, url) or link_kind(target, el.tag) != "page":
            continue
        if chrome(el):
            continue
        found.append((not _MAIN_FRAME.search(f"{el.get('name') or ''} {el.get('id') or ''}"), target))
    return min(found, key=lambda f: f[0])[1] if found else None


_ROWS_HOLDERS = frozenset({"ul", "ol", "dl", "table", "tbody", "tr", "td"})


def written_in_place(sel, url: str) -> bool:
    """Whether a block's rows are written where a script file is included, inside a list (<ul><script
    src="/js/xnyw.js"></script></ul>, document.write): rows only a browser shows."""
    for el in iter_doc(sel, "script"):
        if _filling_script(el, url):
            box = el.getparent()
            if box is not None and (box.tag in _ROWS_HOLDERS or LIST_HINT.search(class_id(box))):
                return True
    return False


def _filling_script(el, url: str) -> str | None:
    """The address of the script file a <script> loads when it may fill a list: not a known library, counter,
    error-report or accessibility script."""
    src = (el.get("src") or "").strip()
    target = join_url(url, src) if src else None
    if target is None:
        return None
    libraries = compiled(*marker("script_libraries"))
    parts = urlsplit(target)
    return None if libraries.search(parts.path.rsplit("/", 1)[-1]) or libraries.search(f"//{parts.hostname}/") \
        or fills_nothing(target) else target


def filled_by_files(sel, url: str) -> bool:
    """Whether a page shows a list its script files fill: a list box with nothing in it (a homepage's text and its
    <noscript> copy of the rows beside it are no matter), or a template's rows (v-for, ng-repeat), on a page that
    loads a script file that may fill it (list_scripts)."""
    template = bool(sel.root.xpath("//*[@v-for or @ng-repeat]"))
    return (template or any(map(_bare_box, iter_doc(sel, "ul", "ol", "table", "div")))) \
        and bool(list_scripts(sel, url))


def _bare_box(el) -> bool:
    words = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(LIST_HINT.search(words)) and not _TITLE_BOX.search(words) and not el.xpath(f".//a | {_CONTENT}") \
        and not flat(visible_text(el)).strip()


def list_scripts(sel, url: str) -> list[str]:
    """The script files a page loads that may fill an empty list: the site's own, and other hosts' (a platform's,
    a CDN's), bar known libraries and the counters, error-report and accessibility scripts every page carries. Such a
    list is empty only once a browser has run them."""
    return [target for el in iter_doc(sel, "script") if (target := _filling_script(el, url))]


_APP_TEXT = re.compile(r"(?:(?:正在)?加载中?|loading)\W*", re.I)  # what an app's mount point may show as served


def app_shell(sel, url: str) -> bool:
    """Whether a page is a single-page app's mount point (Vue's or React's <div id="app"></div> and its bundle): its
    body shows no link, picture or frame and no text but a 加载中… line (a <noscript> notice is no matter; a page
    saying 网站维护中 shows what it is), and it loads a script file that may draw it (list_scripts). Its menus,
    lists and footer are only what a browser shows."""
    bodies = sel.root.xpath("//body")
    if not bodies or bodies[0].xpath(f".//a[not(ancestor::noscript or ancestor::template)] | {_CONTENT}"):
        return False
    shown = "".join(visible_text(el) for el in bodies[0] if isinstance(el.tag, str)
                    and el.tag not in ("noscript", "template"))
    shown = flat(shown).strip()
    return (not shown or bool(_APP_TEXT.fullmatch(shown))) and bool(list_scripts(sel, url))


def route_links(sel) -> int:
    """How many links of a page are an app's hash routes (#/list?id=12, #!/detail/345): pages only its script shows,
    at addresses govcheck does not follow (the part after # never reaches the server)."""
    return len(sel.root.xpath('//a[starts-with(normalize-space(@href), "#/") or starts-with(normalize-space(@href), '
                              '"#!/")]'))


NO_POST_CHARS = 120  # a theme's message that its loop found nothing: a heading and a sentence or two


def no_post_part(sel) -> bool:
    """Whether the page shows, where its list would be, the part a blog theme shows when its loop found no post:
    WordPress's content-none (`<section class="no-results not-found">`: 未找到, a sentence, a search form), in any
    language (`no_post_classes` in data/cms_markers.yaml). Its class says the list is empty, however long its sentence;
    not a box hidden as served, nor one holding links or more text than such a message."""
    classes = set(marker("no_post_classes"))
    for el in iter_doc(sel, "section", "div", "article"):
        if classes.isdisjoint((el.get("class") or "").split()) or el.xpath(".//a[@href]") \
                or el.xpath("ancestor-or-self::*[@hidden or contains(translate(@style, ' ', ''), 'display:none')]"):
            continue
        if len(flat(visible_text(el))) <= NO_POST_CHARS:
            return True
    return False
