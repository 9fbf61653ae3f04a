"""The stratified draw (抽查) without a crawl."""

from __future__ import annotations

import random
from collections import Counter
from fractions import Fraction

import pytest

from govcheck.sampling import SampleError, SampleSpec, Unit, allocate, draw, parse_sample, parse_seed


def units():
    """57 sites: 12 portals in 3 regions, 45 departments in 3 regions (30, 10, 5)."""
    out = [Unit(f"p{i:02}", "portal", ("甲区", "乙区", "丙区")[i % 3]) for i in range(12)]
    for region, n in (("市本级", 30), ("甲区", 10), ("乙区", 5)):
        out += [Unit(f"d{region}{i:02}", "department", region) for i in range(n)]
    return out


def test_sample_arguments():
    assert parse_sample(None).all and parse_sample("ALL").all
    assert parse_sample("30%") == SampleSpec(percent=Fraction(30))
    assert parse_sample("12.5%").percent == Fraction(25, 2)
    assert parse_sample("20") == SampleSpec(count=20)
    assert parse_seed(None) is None and parse_seed("12345") == 12345


@pytest.mark.parametrize("bad", ["0%", "101%", "0", "-3", "thirty", "30 %x", "%"])
def test_a_bad_sample_is_one_line(bad):
    with pytest.raises(SampleError) as exc:
        parse_sample(bad)
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("bad", ["-1", "x", "1.5", "10000000"])
def test_a_bad_seed_is_one_line(bad):
    with pytest.raises(SampleError):
        parse_seed(bad)


def test_sizes():
    assert SampleSpec(percent=Fraction(30)).size(57) == 17  # 17.1
    assert SampleSpec(percent=Fraction(50)).size(5) == 3  # 2.5 rounds half up
    assert SampleSpec(percent=Fraction(1)).size(20) == 1  # never none
    assert SampleSpec(count=80).size(57) == 57
    assert SampleSpec().size(57) == 57


def test_the_same_seed_draws_the_same_sites_and_another_seed_others():
    spec = parse_sample("30%")
    first = draw(units(), spec, 12345)
    assert len(first.chosen) == 17
    assert sorted(draw(list(reversed(units())), spec, 12345).chosen) == sorted(first.chosen)  # whatever the order
    assert draw(units(), spec, 54321).chosen != first.chosen


def test_allocation_is_proportional_with_one_per_stratum():
    d = draw(units(), parse_sample("30%"), 7)
    assert d.strata[("department", "市本级")] == (30, 9)
    assert all(drawn >= 1 for _, drawn in d.strata.values())
    assert sum(drawn for _, drawn in d.strata.values()) == 17
    by_stratum = Counter((u.kind, u.region) for u in units() if u.site_id in d.chosen)
    assert dict(by_stratum) == {k: v[1] for k, v in d.strata.items()}


def test_fewer_sites_than_strata_gives_some_strata_none():
    alloc = allocate({("a", "1"): 10, ("b", "1"): 1, ("c", "1"): 1}, 2, random.Random(1))
    assert sum(alloc.values()) == 2 and alloc[("a", "1")] >= 1


def test_the_floor_of_one_never_overshoots():
    alloc = allocate({("a", ""): 50, ("b", ""): 1, ("c", ""): 1, ("d", ""): 1}, 4, random.Random(3))
    assert alloc == {("a", ""): 1, ("b", ""): 1, ("c", ""): 1, ("d", ""): 1}


def test_sites_that_failed_last_round_are_forced_in():
    forced = ["d市本级03", "p04", "d乙区01", "nowhere"]
    d = draw(units(), parse_sample("10%"), 99, forced)
    assert set(forced[:3]) <= set(d.chosen)
    assert d.forced == ["p04", "d市本级03", "d乙区01"]  # list order, unknown ids dropped


def test_all_draws_every_site():
    assert draw(units(), parse_sample("all"), 1).chosen == [u.site_id for u in units()]
