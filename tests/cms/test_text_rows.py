"""An old 公告栏's lines of text, each a title and its date, no element and no link: counted, never read as none."""

from __future__ import annotations

from parsel import Selector

from govcheck.cms.text_rows import dated_lines

TITLES = ("关于开展冬季森林防火检查的通告", "关于2026年度城乡居民医保缴费的公告", "关于调整部分公交线路的通知")


def page(box: str) -> Selector:
    return Selector(text=f'<html><body><div class="nav"><a href="/">首页</a></div><div class="box"><h3>通知公告</h3>'
                         f'{box}</div><div class="footer">网站更新时间：2026-11-26</div></body></html>')


def test_lines_ended_by_a_br_or_each_a_paragraph_are_dated_rows():
    assert dated_lines(page("".join(f"· {t} 2026-11-2{k}<br>" for k, t in enumerate(TITLES)))) == 3
    assert dated_lines(page("<font size=2>" + "".join(f"· {t} <font color=#999>[2026-11-2{k}]</font><br>"
                                                      for k, t in enumerate(TITLES)) + "</font>")) == 3
    assert dated_lines(page("".join(f"<p>{t}（2026年11月2{k}日）</p>" for k, t in enumerate(TITLES)))) == 3
    assert dated_lines(page("".join(f"<p>2026-11-2{k} {t}</p>" for k, t in enumerate(TITLES)))) == 3


def test_links_sentences_labels_and_today_are_no_such_rows():
    linked = "".join(f'· <a href="/{k}.html">{t}</a> 2026-11-2{k}<br>' for k, t in enumerate(TITLES))
    assert dated_lines(page(linked)) == 0
    assert dated_lines(page("".join(f"<p>2026年11月2{k}日，县委书记主持召开会议，研究部署冬季森林防火工作。</p>"
                                    for k in range(3)))) == 0
    assert dated_lines(page("<p>今天是 2026年11月26日 星期四</p><p>本站信息最后更新时间：2026-11-26</p>")) == 0
