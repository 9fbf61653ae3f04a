"""The private parts of Scrapy a distributed run still leans on: a Scrapy without them fails here, and the run
itself stops with a clear error rather than behaving differently."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import scrapy.core.engine as engine_module

from govcheck.distributed import ENGINE_PRIVATES, engine_private


@pytest.mark.parametrize(("owner", "name"), ENGINE_PRIVATES)
def test_the_installed_scrapy_has_them(owner, name):
    cls = getattr(engine_module, owner)
    # an attribute each slot sets up (a change to how a slot is made fails here too)
    nextcall = SimpleNamespace(schedule=lambda *args: None, cancel=lambda: None)
    assert isinstance(getattr(cls(close_if_idle=True, nextcall=nextcall, scheduler=None), name), set)


def test_a_missing_one_is_a_clear_error():
    with pytest.raises(RuntimeError, match=r"needs Scrapy's private object\.nope, which Scrapy .* lacks"):
        engine_private(object(), "nope")

