"""Saved pages for the page-reader tests: the real ones (tests/fixtures/realpages) and small ones (fixtures/cms)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from parsel import Selector

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# Where each real page was served from (its relative links resolve against these).
REAL_URLS = {
    "01-ordos-egb-xxgknb.html": "http://www.ordos.gov.cn/egb/xxgk/xxgknb/index.html",
    "03-yichun-home-2023.html": "https://www.yichun.gov.cn/ycsrmzf/index.shtml",
    "04-yuanzhou-zwyw-2017.html": "http://www.yzq.gov.cn/zwgk/zwdt/zwyw/index.html",
    "06-fengcheng-fcxw-2017.html": "http://www.jxfc.gov.cn/n3/n13/index.html",
    "09-shanxi-article-2019.html": "http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml",
    "10-govcn-gongbao-article-2007.html": "https://www.gov.cn/gongbao/content/2007/content_711039.htm",
    "11-dingxi-hanweb-datastore-2022.html": "http://www.dingxi.gov.cn/col/col12377/index.html",
}


def real_text(name: str) -> str:
    return (FIXTURES / "realpages" / name).read_text(encoding="utf-8")


@cache
def real(name: str) -> tuple[Selector, str]:
    """(Selector, URL) of a real page."""
    return Selector(text=real_text(name)), REAL_URLS[name]


def small(name: str, encoding: str = "utf-8") -> Selector:
    return Selector(text=(FIXTURES / "cms" / name).read_bytes().decode(encoding))
