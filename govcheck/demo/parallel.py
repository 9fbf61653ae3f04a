"""A column's list whose titles and dates stand in boxes apart, matched by their order: twoul (two <ul>s side by
side in one box, one of the titles' links, one of the dates) | tdbr (old table portals: a <td> of links, one a
<br>, beside a <td> of their dates, one a <br>) | dlfirst (one <dl> of date-first pairs, <dt> a date, <dd> its
title's link) | ticker (a <marquee> of links in turn, each followed by its date: a homepage's scrolling notices)."""

from __future__ import annotations

from html import escape

LAYOUTS = ("twoul", "tdbr", "dlfirst", "ticker")


def parallel_list(rows: list[tuple[str, str, str]], layout: str) -> str:
    """rows: (address, title, the date as the list writes it) in the order shown."""
    links = [f'<a href="{escape(href)}" title="{escape(title)}" target="_blank">{escape(title)}</a>'
             for href, title, _ in rows]
    if layout == "dlfirst":
        pairs = "".join(f"<dt>{escape(shown)}</dt><dd>{a}</dd>" for a, (_, _, shown) in zip(links, rows, strict=True))
        return f'<dl class="list news-list">\n{pairs}\n</dl>'
    if layout == "ticker":
        runs = "&nbsp;&nbsp;&nbsp;".join(f"{a}&nbsp;[{escape(shown)}]" for a, (_, _, shown) in zip(links, rows,
                                                                                                  strict=True))
        return (f'<div class="list gdtz"><marquee direction="left" scrollamount="3" onmouseover="this.stop()" '
                f'onmouseout="this.start()">{runs}</marquee></div>')
    if layout == "twoul":
        titles = "".join(f"<li>{a}</li>" for a in links)
        days = "".join(f"<li>{escape(shown)}</li>" for _, _, shown in rows)
        return (f'<div class="list news-list clearfix">\n<ul class="news-tit fl">{titles}</ul>\n'
                f'<ul class="news-date fr">{days}</ul>\n</div>')
    titles = "<br>\n".join(f"·{a}" for a in links)
    days = "<br>\n".join(escape(shown) for _, _, shown in rows)
    return ('<table class="list" width="100%" border="0" cellspacing="0" cellpadding="0">\n<tr>'
            f'<td width="82%" valign="top" class="lh24">{titles}</td>\n'
            f'<td width="18%" valign="top" align="right" class="lh24">{days}</td></tr>\n</table>')
