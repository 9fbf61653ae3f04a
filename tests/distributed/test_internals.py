"""The private parts of Scrapy govcheck still leans on: a Scrapy without them fails here, and a crawl stops with a
clear error rather than behaving differently."""

from __future__ import annotations

import inspect
from types import SimpleNamespace

import pytest
import scrapy.core.engine as engine_module
from scrapy.extensions.httpcache import FilesystemCacheStorage

from govcheck.distributed import SCRAPY_PRIVATES, scrapy_private


def test_the_installed_scrapy_has_them():
    assert SCRAPY_PRIVATES == ("ExecutionEngine._slot", "_Slot.inprogress", "FilesystemCacheStorage._get_request_path")
    # attributes set up as the engine and each of its slots are made (a change to how they are made fails too)
    assert "self._slot: _Slot | None" in inspect.getsource(engine_module.ExecutionEngine.__init__)
    nextcall = SimpleNamespace(schedule=lambda *args: None, cancel=lambda: None)
    assert isinstance(engine_module._Slot(close_if_idle=True, nextcall=nextcall, scheduler=None).inprogress, set)
    # the cache's own reads and writes find an entry through it, so an override decides where entries go
    for method in (FilesystemCacheStorage.store_response, FilesystemCacheStorage.retrieve_response):
        assert "self._get_request_path(" in inspect.getsource(method)


@pytest.mark.parametrize("obj", [object(), object])
def test_a_missing_one_is_a_clear_error(obj):
    with pytest.raises(RuntimeError, match=r"needs Scrapy's private object\.nope, which Scrapy .* lacks"):
        scrapy_private(obj, "nope")
