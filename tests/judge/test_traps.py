"""Crawl traps are recognised by what their pages yield."""

from govcheck.judge.traps import added_something, adds_nothing, echo_key, hollow


def test_echo_key_ignores_numbers_and_spacing_only():
    shape = "h/calendar?date"
    november, december = "活动日历 2026-11\n 1日活动 2日活动", "活动日历 2026-12 3日活动  4日活动"
    assert echo_key(shape, november) == echo_key(shape, december)
    assert echo_key(shape, "第12期 政务简报") != echo_key(shape, "第12期 工作简报")
    assert echo_key(shape, "同样的文字") != echo_key("h/other?", "同样的文字")


def test_a_page_leading_only_to_itself_adds_nothing():
    assert adds_nothing(own=1, trapped=0, fresh=0, echo=False)  # a search's next page


def test_a_repeated_page_leading_on_only_into_traps_adds_nothing():
    assert adds_nothing(own=2, trapped=30, fresh=0, echo=True)  # a calendar month whose days are a trap
    assert adds_nothing(own=0, trapped=5, fresh=0, echo=True)  # the month before, its neighbours known


def test_anything_new_to_check_is_not_nothing():
    assert not adds_nothing(own=1, trapped=0, fresh=1, echo=True)  # a bulletin with its own attachment
    assert not adds_nothing(own=0, trapped=0, fresh=0, echo=False)  # a page whose links were all known


def test_a_dead_end_is_not_a_trap():
    assert not adds_nothing(own=0, trapped=0, fresh=0, echo=True)  # an article republished at another URL


def test_a_page_of_its_own_words_is_not_condemned_by_its_links():
    # a column listing articles of a proven-trap shape, beside other columns: it says something of its own
    assert not adds_nothing(own=3, trapped=20, fresh=0, echo=False)


def test_a_shape_of_pages_all_alike_and_bringing_nothing_is_hollow():
    assert not added_something(fresh=0, echo=True)  # an empty calendar day
    assert added_something(fresh=1, echo=True) and added_something(fresh=0, echo=False)
    assert hollow(read=30, added=1, cap=30)  # thirty empty days, the first of them new
    assert not hollow(read=29, added=1, cap=30)  # too few to tell
    assert not hollow(read=95, added=65, cap=30)  # articles, some republished
    assert not hollow(read=40, added=40, cap=30)  # bulletins alike, each with its own attachment
