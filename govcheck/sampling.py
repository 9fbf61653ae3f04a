"""Sampling (抽查): which sites of the list a round crawls, stratified by kind and region (pure functions).

Proportional allocation (largest remainder), at least one site per non-empty stratum when the total allows, sites
drawn within each stratum from a seeded generator: the same list, sample and seed draw the same sites.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

SEED_MAX = 999_999


class SampleError(ValueError):
    """A sample or seed argument that cannot be used; the message is one line."""


@dataclass(frozen=True)
class SampleSpec:
    """How many sites to draw: a share (percent) or a count; neither means every site."""

    percent: Fraction | None = None
    count: int | None = None

    @property
    def all(self) -> bool:
        return self.percent is None and self.count is None

    def text(self) -> str:
        if self.percent is not None:
            return f"{float(self.percent):g}%"
        return "all" if self.count is None else str(self.count)

    def size(self, population: int) -> int:
        if self.percent is not None:
            # half up, as an office rounds by hand; at least one site
            return min(population, max(1, int(self.percent * population / 100 + Fraction(1, 2))))
        return population if self.count is None else min(self.count, population)


def parse_sample(text: str | None) -> SampleSpec:
    """-a sample=30% | 20 | all (default)."""
    value = (text or "all").strip().lower()
    if value == "all":
        return SampleSpec()
    if m := re.fullmatch(r"(\d+(?:\.\d+)?)%", value):
        share = Fraction(m.group(1))
        if 0 < share <= 100:
            return SampleSpec(percent=share)
    elif value.isdigit() and int(value) > 0:
        return SampleSpec(count=int(value))
    raise SampleError(f"sample argument: {text!r} is not a share (30%), a number of sites (20) or all")


def parse_seed(text: str | None) -> int | None:
    """-a seed=N, None when not given (a random one is drawn and stored)."""
    if text is None or not str(text).strip():
        return None
    value = str(text).strip()
    if not value.isdigit() or int(value) > SEED_MAX:
        raise SampleError(f"seed argument: {text!r} is not a whole number from 0 to {SEED_MAX}")
    return int(value)


def new_seed() -> int:
    return random.SystemRandom().randint(10_000, SEED_MAX)


@dataclass(frozen=True)
class Unit:
    """A site to draw from: its id and its stratum."""

    site_id: str
    kind: str
    region: str

    @property
    def stratum(self) -> tuple[str, str]:
        return (self.kind, self.region)


@dataclass
class Draw:
    """The sites drawn, in list order, and per stratum (kind, region): (sites in it, drawn)."""

    chosen: list[str]
    strata: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    forced: list[str] = field(default_factory=list)  # in whatever the draw: -a include=failed


def allocate(sizes: dict[tuple[str, str], int], n: int, rng: random.Random) -> dict[tuple[str, str], int]:
    """How many of n each stratum gets: proportional to its size, largest remainders first (ties by the seed), at
    least one each when n covers every stratum, never more than a stratum holds."""
    total = sum(sizes.values())
    keys = sorted(sizes)
    quota = {k: Fraction(n * sizes[k], total) for k in keys}
    floor_one = n >= len(keys)
    alloc = {k: min(sizes[k], max(1 if floor_one else 0, int(quota[k]))) for k in keys}
    tie = {k: rng.random() for k in keys}
    while sum(alloc.values()) < n:
        k = max((k for k in keys if alloc[k] < sizes[k]), key=lambda k: (quota[k] - alloc[k], tie[k]))
        alloc[k] += 1
    while sum(alloc.values()) > n:  # the one-each floor overshot: take from the most over-served
        k = min((k for k in keys if alloc[k] > 1), key=lambda k: (quota[k] - alloc[k], tie[k]))
        alloc[k] -= 1
    return alloc


def draw(units: Sequence[Unit], spec: SampleSpec, seed: int, forced: Iterable[str] = ()) -> Draw:
    """The sites a round crawls. `forced` ids (sites that failed last round) are in whatever the draw, each counting
    toward its stratum's share; a stratum with more of them than its share takes them all."""
    forced_set = {u.site_id for u in units} & set(forced)
    strata: dict[tuple[str, str], list[Unit]] = {}
    for u in units:
        strata.setdefault(u.stratum, []).append(u)
    rng = random.Random(seed)
    n = spec.size(len(units))
    alloc = allocate({k: len(v) for k, v in strata.items()}, n, rng) if units else {}
    chosen: set[str] = set()
    counts = {}
    for key in sorted(strata):
        members = sorted(strata[key], key=lambda u: u.site_id)
        must = [u.site_id for u in members if u.site_id in forced_set]
        rest = [u.site_id for u in members if u.site_id not in forced_set]
        picked = must + rng.sample(rest, max(0, alloc[key] - len(must)))
        chosen.update(picked)
        counts[key] = (len(members), len(picked))
    return Draw([u.site_id for u in units if u.site_id in chosen], counts,
                [u.site_id for u in units if u.site_id in forced_set])
