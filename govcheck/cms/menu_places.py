"""A column link's place among the columns: the heading a menu entry sits under (its parent column), the label
without a link over a menu's list, and the entry or heading a site map link sits under."""

from __future__ import annotations

from govcheck.cms.base import clean, marker, visible_text
from govcheck.cms.block_titles import heading_like

_MAP_LEVELS = 6  # how far up from a site map link its parent's label may sit
# a dropdown panel's boxes between a menu entry (or its list) and its heading's <li>, and how many may nest
_PANEL_BOXES = frozenset({"div", "section", "span"})
_PANEL_LEVELS = 6  # 博达's drop-down: <div class="subBox"><div class="con"><div class="m-inte"><div class="col-r">…
_PANE_LEVELS = 3  # how far up from a 更多 link the box of the list it ends may sit
_POPUP_LEVELS = 8  # how far up from a link the entry of a 网站导航 popup holding it may sit


def _menu_heading(a) -> str | None:
    """The heading a menu entry sits under, which makes it a second-level column: the outer entry whose <li> holds
    its list (<li><a>政务公开</a><ul><li><a>通知公告</a>, a <dl> of <dd>s or a <div> around it too), or a heading
    with a link just before its list (<h3><a>政务公开</a></h3><ul>); None for an entry of the menu's first level,
    also under 首页 in a box of its own before the list (山西's <dl class="main-nav-home">): the homepage heads
    nothing."""
    label = _heading_label(a)
    return None if label in frozenset(marker("home_texts")) else label


def _panel_li(node):
    """The <li> of a menu heading whose dropdown panel holds `node` in boxes alone (up to _PANEL_LEVELS): 扎兰屯's
    mega menu (<li><a>政务公开</a><div class="dd"><div class="item"><div class="link-dt"><a>政策文件</a>), no list of
    its own, or a list several boxes deep (<li><a>…</a><div class="subnav"><div><div class="w1200"><ul>…)."""
    for _, p in zip(range(_PANEL_LEVELS), node.iterancestors(), strict=False):
        if p.tag == "li":
            return p
        if p.tag not in _PANEL_BOXES:
            return None
    return None


def _box_heading(a, own) -> str | None:
    """The label before a box of bare links in a heading's <li> (<li><a href="javascript:void(0)">新闻中心</a><div
    class="sub-nav"><a>…<a>…), not a link wrapped in a box of its own <li>."""
    child = next(p for p in (a, *a.iterancestors()) if p.getparent() is own)
    if child is a or child.tag not in _PANEL_BOXES:
        return None
    label = next((x for s in child.itersiblings(preceding=True) if (x := _label_of(s))), None) or clean(own.text)
    return label if 0 < len(label) <= 20 else None


def _heading_label(a) -> str | None:
    own = next((p for _, p in zip(range(3), a.iterancestors(), strict=False) if p.tag in ("li", "dd")), None)
    if own is not None and own.tag == "li" and (head := _box_heading(a, own)):
        return None if head.endswith("导航") else head
    menu = own.getparent() if own is not None else None
    if menu is None:  # an entry in a panel's boxes alone: its heading's <li> holds them, its label before them
        outer = _panel_li(a)
        label = _li_label(outer, None) if outer is not None else None
        return None if not label or label.endswith("导航") else label
    outer = next((p for _, p in zip(range(2), menu.iterancestors(), strict=False) if p.tag == "li"), None)
    if outer is None:
        outer = _panel_li(menu)
    label = _li_label(outer, own) if outer is not None else None
    if label and label.endswith("导航"):  # a popup's title over the whole menu (网站导航, 栏目导航) heads none of it
        return None
    if own.tag == "dd":  # <dl><dt>政务公开</dt><dd><span><a>政府公告</a></span>…: the term its entries describe
        term = next((s for s in own.itersiblings(preceding=True) if s.tag == "dt"), None)
        head = _label_of(term) if term is not None else None
        if head and not head.endswith("导航"):
            return head
    if outer is not None:
        return label
    for sib in menu.itersiblings(preceding=True):
        if isinstance(sib.tag, str) and clean(visible_text(sib)):
            label = _label_of(sib) if heading_like(sib) else None
            # the heading's own link names it (not a 返回 arrow's beside a dialog's title, 栏目导航)
            return label if any(clean(visible_text(x)) == label and not (x.get("href") or "").startswith(
                ("javascript:", "#")) for x in sib.iter("a")) else None
    return None


def _unlinked_label(a) -> str | None:
    """The label without a link just before the list a menu entry sits in: <p>政务公开</p><ul><li><a>…"""
    own = next((p for _, p in zip(range(3), a.iterancestors(), strict=False) if p.tag in ("li", "dd")), None)
    menu = own.getparent() if own is not None else None
    if menu is None:
        return None
    sib = next((x for x in menu.itersiblings(preceding=True) if isinstance(x.tag, str) and clean(visible_text(x))),
               None)
    return _label_of(sib) if sib is not None and sib.find(".//a") is None else None


def _label_of(el) -> str | None:
    """The label an element shows as a parent: its text when short and holding at most one link."""
    if not isinstance(el.tag, str) or el.tag in ("script", "style", "ul", "ol", "table"):
        return None
    if len(el.findall(".//a")) > 1 or el.find(".//ul") is not None or el.find(".//table") is not None:
        return None
    text = clean(visible_text(el))
    return text if 0 < len(text) <= 20 else None


def _li_label(li, own) -> str | None:
    """The name of a list entry that holds a sub-list: its own link or text before the sub-list."""
    if li is own:
        return None
    for child in li:
        if not isinstance(child.tag, str):
            continue
        if child.tag in ("ul", "ol", "div", "dl", "table"):
            break
        label = _label_of(child)
        if label:
            return label
    text = clean(li.text)
    return text if 0 < len(text) <= 20 else None


def _nearest_label(child) -> str | None:
    """The label just before child: its nearest preceding element with text, unless that is a peer entry
    (same tag, no heading look) rather than a heading."""
    for sib in child.itersiblings(preceding=True):
        if not isinstance(sib.tag, str) or not clean(visible_text(sib)):
            continue
        if sib.tag == child.tag and not heading_like(sib) and sib.find(".//strong") is None \
                and sib.find(".//b") is None:
            return None
        return _label_of(sib)
    return None


def _parent_name(a, scope, ignore: frozenset[str]) -> str | None:
    """The column a site map link sits under: the entry holding its sub-list, or the heading before it."""
    parent = a.getparent()
    own = next((p for p in (parent, parent.getparent() if parent is not None else None)
                if p is not None and p.tag == "li"), None)
    child, node = a, parent
    for _ in range(_MAP_LEVELS):
        if node is None or child is scope:
            return None
        label = _li_label(node, own) if node.tag == "li" else _nearest_label(child)
        if label and label not in ignore:
            return label
        child, node = node, node.getparent()
    return None


def nav_popup(a):
    """The entry of a popup over the whole site's columns (网站导航, an entry of the menu named for navigation) that a
    link sits in, listing them flat (中国福利彩票's <li class="pop_wzdh">网站导航<div><dl><dd><div class="n_item">…);
    None for a link of the menu itself."""
    child = a
    for _, p in zip(range(_POPUP_LEVELS), a.iterancestors(), strict=False):
        # in a box of the entry's (not its own label: <li><a>场景导航</a></li> is an entry)
        if p.tag == "li" and child.tag in ("div", "ul", "ol", "dl") and (label := _li_label(p, None)) \
                and label.endswith("导航"):
            return p
        child = p
    return None


def drop_down_heading(a) -> str | None:
    """The heading of the menu entry whose drop-down holds a link (a 更多 in a box of 灞桥's <li><a>政务公开</a><div
    class="subBox">…<ul><li>…</li><div><a>更多+</a></div></ul>), however deep: the label before the box in the
    nearest <li> around it; None for a link of that <li> itself (a block's own heading row in it), under 首页 or a
    popup's title (网站导航)."""
    child = a
    for li in a.iterancestors():
        if li.tag == "li":
            break
        child = li
    else:
        return None
    if child is a or child.tag not in ("div", "ul", "ol", "dl", "section"):
        return None
    label = _li_label(li, None)
    return None if not label or label in frozenset(marker("home_texts")) or label.endswith("导航") else label


def pane_items(more, target_of, article) -> list:
    """The items of the list a 更多 link goes with in a menu's drop-down, whose column is the 更多's: no
    columns of the menu's. They are the links to elsewhere of the nearest box around it that holds two or more: all
    of them when the 更多 ends their list, no entry of it, in one of a tab box's panes (博达's <div
    class="tabshow4"><ul>…letters…</ul><a class="m-btn2">更多+</a>, 灞桥's 政民互动), and leads elsewhere than the
    drop-down's heading (not <li><a>政务公开</a><div><ul>…</ul><a>更多</a>, its sub-columns); else those an
    article's address links (`article`: a block's titles under its heading row's 更多, 文化灞桥 更多+ over
    info/1496/9350.htm …). Not a drop-down's sub-columns whose last entry is a 更多 (瑞昌's <li><a
    href="/zhengwugongkai">更多</a></li>), nor a box's list of columns under its heading row (在线咨询 更多+
    over 区长信箱 | 开门纳谏). `target_of` resolves a link: None for one that leads nowhere."""
    target, node = target_of(more), more.getparent()
    for _ in range(_PANE_LEVELS):
        if node is None:
            return []
        links = [x for x in node.iter("a") if x is not more and (to := target_of(x)) is not None and to != target]
        if len(links) >= 2:
            break
        node = node.getparent()
    else:
        return []
    titles = [x for x in links if article(target_of(x))]
    ends = all(x in _before(node, more) for x in links) and not any(
        p.tag in ("li", "dd", "tr") for p in more.iterancestors() if p is not node and node in p.iterancestors())
    entry = next((p for p in node.iterancestors() if p.tag == "li"), None)
    head = entry.find(".//a") if entry is not None else None
    if ends and (head is None or target_of(head) != target) and any(_a_pane(p) for p in (node, *_ups(node))):
        return links
    return titles


def _before(box, el) -> set:
    """The links of `box` before `el` in the document."""
    found = set()
    for x in box.iter("a"):
        if x is el:
            break
        found.add(x)
    return found


def _ups(el):
    return [p for _, p in zip(range(_PANE_LEVELS), el.iterancestors(), strict=False)]


def _a_pane(box) -> bool:
    """Whether a box is one of a tab box's panes: beside others of its tag and class (tabshow4, tabshow4 dn)."""
    kind = (box.get("class") or "").split(" ", 1)[0]
    return bool(kind) and any(s.tag == box.tag and (s.get("class") or "").split(" ", 1)[0] == kind
                              for s in (*box.itersiblings(), *box.itersiblings(preceding=True)))
