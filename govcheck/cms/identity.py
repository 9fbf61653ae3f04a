"""The identity marks a government site's footer must show (indicators.md section 2).

read_identity returns, for each mark, what was found (a string such as the ICP number, or True) or False
when the page does not show it: the scoring counts exactly the False ones as missing.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from govcheck.cms.article import valid_site_code
from govcheck.cms.base import (
    base_url,
    class_id,
    compiled,
    doc_text,
    flat,
    fragments,
    iter_doc,
    link_title,
    marker,
    meta_content,
    resolve,
    visible_text,
)
from govcheck.cms.jsliterals import strings


def _footer_box(el, frags) -> bool:
    """Whether an element is a footer's box: <footer>, or named so (footer, copyright, bottom…)."""
    return el.tag == "footer" or bool(frags.search(class_id(el)))


def _footer_text(sel, page_text: str) -> str:
    """Text of the blocks marked as footer (footer, copyright, bottom…), else the end of the page's text."""
    frags = fragments(*marker("identity")["footer_fragments"])
    parts, taken = [], set()
    for el in iter_doc(sel):
        if not isinstance(el.tag, str):
            continue
        if _footer_box(el, frags):
            if any(p in taken for p in el.iterancestors()):
                continue
            taken.add(el)
            parts.append(visible_text(el))
    text = flat(" ".join(parts))
    return text or page_text[-marker("identity")["footer_tail_chars"]:]


# the marks read_identity reads, each a key of what it returns
IDENTITY_MARKS = ("conac_mark", "site_code", "icp", "psb", "sponsor", "zhaocuo", "sitemap", "contact")


def shown_site_code(sel, text: str | None = None, scripts: list | None = None) -> str | None:
    """The 网站标识码 a page shows: its SiteIDCode <meta>, else its text's, else the one its 找错 script names."""
    cfg = marker("identity")
    code = valid_site_code(meta_content(sel, "SiteIDCode"))
    if code is None:
        m = re.search(cfg["site_code_text"], doc_text(sel) if text is None else text)
        code = valid_site_code(m.group(1)) if m else None
    if code is None:
        pat = re.compile(cfg["site_code_script"], re.I)
        if scripts is None:
            scripts = [(s.get("src") or "", s.text or "", s) for s in iter_doc(sel, "script")]
        for src, body, el in scripts:  # the 找错 script names the site: <script id="_jiucuo_" sitecode='…'>
            attr = el.get("sitecode")
            m = pat.search(body) or pat.search(src)
            code = valid_site_code(attr) or (valid_site_code(m.group(1)) if m else None)
            if code:
                break
    return code


def shown_units(sel) -> tuple[str | None, str | None]:
    """(the sponsor a page shows, 主办单位; the unit it says runs the site for it, 承办单位), each None if none."""
    cfg, text = marker("identity"), doc_text(sel)
    found = [re.search(cfg[key], text) for key in ("sponsor", "undertaker")]
    return found[0].group(1) if found[0] else None, found[1].group(1) if found[1] else None


def read_identity(sel, page_url: str) -> dict[str, bool | str]:
    """conac_mark, site_code, icp, psb, sponsor, zhaocuo, sitemap (the map's URL), contact."""
    cfg = marker("identity")
    text = doc_text(sel)
    scripts = [(s.get("src") or "", s.text or "", s) for s in iter_doc(sel, "script")]
    hrefs = [(a, a.get("href") or "") for a in iter_doc(sel, "a")]
    imgs = [i.get("src") or "" for i in iter_doc(sel, "img")]

    conac = tuple(cfg["conac_hosts"])
    conac_mark = (any(h in href for _, href in hrefs for h in conac) or any(h in src for src in imgs for h in conac)
                  or any(h in src or h in body for src, body, _ in scripts for h in conac))

    code = shown_site_code(sel, text, scripts)

    icp = compiled(cfg["icp"], flags=0).search(text)
    psb = compiled(cfg["psb"], flags=0).search(text)
    sponsor = re.search(cfg["sponsor"], text)

    hosts = tuple(cfg["zhaocuo_hosts"])
    zhaocuo = (any(t in text for t in cfg["zhaocuo_text"])
               or any(h in href.lower() for _, href in hrefs for h in hosts)
               or any(h in src.lower() or h in (el.get("id") or "").lower() for src, _, el in scripts for h in hosts)
               or any(h in src.lower() for src in imgs for h in hosts))

    base = base_url(sel, page_url)
    names = frozenset(marker("sitemap_texts"))
    sitemap = next((resolve(base, href) for a, href in hrefs if link_title(a) in names and resolve(base, href)), None)

    footer = _footer_text(sel, text)
    contact = any(w in footer for w in cfg["contact_text"])

    return {
        "conac_mark": conac_mark,
        "site_code": code or False,
        "icp": re.sub(r"\s+", "", icp.group(0)) if icp else False,
        "psb": _spaced(psb.group(0)) if psb else False,
        "sponsor": sponsor.group(1) if sponsor else False,
        "zhaocuo": zhaocuo,
        "sitemap": sitemap or False,
        "contact": contact,
    }


FOOTER_SCRIPTS = 2  # script files of a footer read for the marks they write


def footer_scripts(sel, url: str) -> list[str]:
    """The site's own script files a page's footer includes (<div class="footer"><script src="/js/footer.js">, or
    one named so): they may write its marks where they are included."""
    frags, host = fragments(*marker("identity")["footer_fragments"]), urlsplit(url).hostname
    out = []
    for el in iter_doc(sel, "script"):
        src = el.get("src") or ""
        in_footer = any(_footer_box(up, frags) for up in el.iterancestors())
        target = resolve(base_url(sel, url), src) if src and (in_footer or frags.search(src.rsplit("/", 1)[-1])) \
            else None
        if target and urlsplit(target).hostname == host and target not in out:
            out.append(target)
    return out[:FOOTER_SCRIPTS]


def written_markup(script: str) -> str:
    """The markup a script writes: its string literals (document.write('…') a line), joined."""
    return " ".join(strings(script))


def _spaced(psb: str) -> str:
    """赣公网安备\\n36090202000004号 as 赣公网安备 36090202000004号 (one space, as most footers write it)."""
    return re.sub(r"\s+", " ", psb).strip()
