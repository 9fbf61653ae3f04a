"""A search page (站内搜索, 高级检索, a 信息公开 目录's 信息检索) shows a form over the results of what is asked:
before anything is asked its result box is empty or says so (暂无数据, 没有符合条件的记录). That is no column's empty
list."""

from __future__ import annotations

from govcheck.cms.base import marker
from govcheck.cms.names import column_name

# a form's field a visitor types into: a text or search box (an <input> without a type is one)
_TEXT_INPUT = ("//form//input[not(@type) or translate(@type, 'TEXSRCH', 'texsrch')='text'"
               " or translate(@type, 'TEXSRCH', 'texsrch')='search']")


def search_page(sel) -> bool:
    """Whether the page names itself for a search (its ColumnName, breadcrumb or title: 搜索, 检索) and holds a form
    to type into."""
    name = column_name(sel) or ""
    return any(w in name for w in marker("search_page_words")) and bool(sel.root.xpath(_TEXT_INPUT))
