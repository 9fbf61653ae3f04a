"""示范市工商业联合会 (gsl): a small office's portal whose homepage is kept fresh by its 书记信箱 box alone, a table
of 标题 | 来信时间 | 状态 that shows each letter's status in words (已回复, 未回复) but no day of its reply: each
letter's own page shows its 回复时间.

Its homepage's 通知公告 block (notice, 20 days: the column fresh, the homepage stale by it alone) sits beside the box:
the newest letter came 2 days before the check and waits (未回复); the next came 8 days before and was answered 3
days before, its page says; the third came 25 days before and was answered 18 days before. A letter is the office's
publication when it is answered: the homepage's last update is 3 days before the check, and the site passes
(政策文件, policy, 60 days, fresh). Its 书记信箱 link leads to a letter form: a consultation channel; no services
entry.
"""

from __future__ import annotations

from html import escape

from govcheck.demo.channels import letter_box, letter_page
from govcheck.demo.column import Item
from govcheck.demo.model import Block, Site, SiteMeta
from govcheck.demo.sites import Env, Maker, trs_path

# (title, days before the check asked, status, days before the check answered or None)
LETTERS = (("关于小微企业融资担保政策的咨询", 2, "未回复", None), ("关于商会年检材料的咨询", 8, "已回复", 3),
           ("关于民营企业参加展会补贴的建议", 25, "已回复", 18))


def build(meta: SiteMeta, env: Env) -> Site:
    mk = Maker(meta, env, "市", 980000)
    notices = mk.column("通知公告", "/tzgg/index.html", "notice", 20, 8, "notice", trs_path("/tzgg/"), gap=10)
    policy = mk.column("政策文件", "/zcwj/index.html", "policy", 60, 8, "policy", trs_path("/zcwj/"), gap=20)
    pages, rows, answered = {}, [], []
    for n, (title, asked, status, replied) in enumerate(LETTERS):
        letter = Item(title, f"/sjxx/xj/{983100 + n}.html", mk.day(asked), status=status,
                      reply=mk.day(replied) if replied is not None else None)
        pages[letter.path] = (title, letter_page(letter))
        rows.append(f'<tr><td><a href="{letter.path}" target="_blank">{escape(title)}</a></td>'
                    f"<td>{letter.published:%Y-%m-%d}</td><td>{status}</td></tr>")
        if letter.reply is not None:  # published the day it was answered
            answered.append(Item(title, letter.path, letter.reply))
    html = ('<div class="sjxx"><div class="sjxx-hd">书记信箱</div><table><tr><th>标题</th><th>来信时间</th>'
            f"<th>状态</th></tr>{''.join(rows)}</table></div>\n")
    site = Site(meta, cms="trs", columns=[notices, policy], blocks=[Block("通知公告", 6)], pages=pages,
                homepage_html=html, home_items=answered)
    letter_box(site, "书记信箱", "/sjxx/xx.html")
    return site
