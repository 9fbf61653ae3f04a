"""The round a crawl belongs to and the sites it draws: ``-a round=2019Q1``, ``-a sample=30%|20|all``,
``-a seed=N``, ``-a include=failed`` (the draw itself is govcheck.sampling, pure)."""

from __future__ import annotations

import logging
from typing import Protocol

from govcheck.rounds import RoundError, parse_round, run_scope
from govcheck.sampling import SampleError, SampleSpec, Unit, draw, new_seed, parse_sample, parse_seed
from govcheck.sites import Site, SiteListError

logger = logging.getLogger(__name__)

INCLUDE = ("failed",)


class RoundSpider(Protocol):
    as_of: object
    arg_site: str | None
    arg_url: str | None


class RoundMixin:
    """Reads the round arguments; ``select_sites`` (called by SiteListSpider.configure) keeps the drawn sites."""

    round: str
    scope: str
    sample_record: dict | None = None  # stored with the run: how the sites were drawn

    def read_round_args(self: RoundSpider, round_, sample, seed, include) -> str | None:
        """Parses the arguments; returns why they cannot be used, in one line, or None."""
        self.scope = run_scope(self.arg_url, self.arg_site)
        self.round, self.spec, self.seed, self.include = "", SampleSpec(), None, None
        try:
            self.round = parse_round(round_, self.as_of)
            self.spec, self.seed = parse_sample(sample), parse_seed(seed)
        except (RoundError, SampleError) as exc:
            return str(exc)
        if include and include not in INCLUDE:
            return f"include argument: {include!r} is not one of: {', '.join(INCLUDE)}"
        self.include = include
        if not self.spec.all and self.scope != "round":
            return "sample argument: only a round over the whole site list is sampled, not -a url or -a site"
        return None

    def select_sites(self, listed: list[Site], active: list[Site], settings) -> tuple[list[Site], list[Site]]:
        """(the run's sites, the sites to crawl): offline sites stay in the run as exempt; of the active ones, only
        those drawn are crawled."""
        if self.spec.all:
            return listed, active
        if self.seed is None and (settings.getbool("GOVCHECK_DISTRIBUTED") or settings.get("JOBDIR")):
            # each worker, and a resumed crawl, must draw the same sites
            raise SiteListError("seed argument: a sampled run shared by workers or resumed needs -a seed=N")
        seed = new_seed() if self.seed is None else self.seed
        forced = self.failed_last_round(settings) if self.include == "failed" else []
        d = draw([Unit(s.site_id, s.kind, s.region) for s in active], self.spec, seed, forced)
        chosen = set(d.chosen)
        self.sample_record = {
            "spec": self.spec.text(), "seed": seed, "listed": len(listed), "population": len(active),
            "drawn": len(chosen), "include": self.include, "forced": d.forced, "chosen": d.chosen,
            "strata": [[kind, region, n, k] for (kind, region), (n, k) in sorted(d.strata.items())],
        }
        logger.info("sample %s of %d active sites with seed %d: %d drawn", self.spec.text(), len(active), seed,
                    len(chosen))
        return [s for s in listed if not s.active or s.site_id in chosen], [s for s in active if s.site_id in chosen]

    def failed_last_round(self, settings) -> list[str]:
        from govcheck.store.db import StoreError, get_engine
        from govcheck.store.rounds import failed_last_round

        try:
            return failed_last_round(get_engine(settings.get("GOVCHECK_DATABASE_URL")), self.round)
        except StoreError as exc:
            raise SiteListError(f"include argument: {exc}") from None
