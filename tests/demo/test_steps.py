"""The crawls `govcheck demo` makes: last quarter's round, an ad hoc check of one site, this quarter's round."""

from datetime import date

from govcheck.demo.run import ADHOC_SITE, demo_steps


def test_two_rounds_with_an_adhoc_check_between():
    steps = demo_steps(date(2026, 11, 26))
    assert [(s.state, s.args) for s in steps] == [(1, {"round": "2026Q3"}), (2, {"url": ADHOC_SITE}),
                                                   (2, {"round": "2026Q4"})]


def test_the_quarter_before_the_first_is_last_year():
    assert demo_steps(date(2027, 2, 1))[0].args == {"round": "2026Q4"}
    assert demo_steps(date(2027, 4, 1))[0].args == {"round": "2027Q1"}


def test_one_state_alone_is_one_round():
    assert [s.args for s in demo_steps(date(2026, 11, 26), 1)] == [{"round": "2026Q3"}]
    assert [s.args for s in demo_steps(date(2026, 11, 26), 2)] == [{"round": "2026Q4"}]
