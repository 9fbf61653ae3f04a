"""The tab box of old table portals (www.hangzhou.gov.cn's homepage of 2018, a Hanweb template): tabs that are
cells of a table, each with an onMouseOver handler and no link, over panes that are tables of their own, each with
its 更多 at its foot, four tables away from its tab."""

from __future__ import annotations

from govcheck.demo.column import Column
from govcheck.demo.markup import esc

# the template's script: tab n (li01n) shows pane n (act01n), every other hidden
SCRIPT = ("<script type=\"text/javascript\">function changeNews(n){for(var i=1;i<=5;i++){"
          "var curB=document.getElementById(\"li01\"+i);var curC=document.getElementById(\"act01\"+i);"
          "if(n==i){curB.className=\"act02_1\";curC.style.display=\"block\";}"
          "else{curB.className=\"nor02_1\";curC.style.display=\"none\";}}}</script>")


def cell_tab_box(tabs: list[tuple[Column, str]]) -> str:
    """Up to five tabs li011 … (cells with onMouseOver="changeNews(n)", each its name alone in two <div>s) in a row
    of their own table, over panes act011 … (tables, all but the first display:none), each a cell of its list and
    a cell of its 更多, the only link to its column."""
    heads, panes = [], []
    for i, (col, items) in enumerate(tabs, 1):
        on = "act02_1" if i == 1 else "nor02_1"
        heads.append(f'<td width="66" height="25" align="center" class="{on}" id="li01{i}" '
                     f'onMouseOver="changeNews({i})"><div><div>{esc(col.name)}</div></div></td>')
        shown = "" if i == 1 else ' style="display:none;"'
        panes.append(f'<table width="330" border="0" align="center" cellpadding="0" cellspacing="0" class="h_news1" '
                     f'id="act01{i}"{shown}><tbody><tr>\n<td width="290"><div>{items}</div></td>\n'
                     f'<td valign="bottom" align="right"><div><a href="{esc(col.path)}" class="l12_f63">'
                     "更多&gt;&gt;</a>\n</div></td></tr></tbody></table>")
    return ('<table width="100%" border="0" align="center" cellpadding="0" cellspacing="0" class="martop5"><tbody>'
            '<tr><td><table border="0" align="center" cellpadding="0" cellspacing="0"><tbody><tr>'
            + "".join(heads) + "</tr></tbody></table></td></tr>\n<tr><td valign=\"top\">"
            + "\n".join(panes) + "</td></tr></tbody></table>" + SCRIPT)
