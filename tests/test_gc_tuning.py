"""The garbage collector tuned for the crawl (fewer young collections, start-up objects frozen), then restored."""

from __future__ import annotations


def test_the_collector_is_tuned_while_the_engine_runs_and_restored_after():
    import gc

    from govcheck.extensions.gc_tuning import GcTuning

    before = gc.get_threshold()
    ext = GcTuning(20000)
    ext.engine_started()
    try:
        assert gc.get_threshold()[0] == 20000 and gc.get_freeze_count() > 0
    finally:
        ext.engine_stopped()
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
