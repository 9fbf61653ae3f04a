"""bench/wording.py on a small farm: every page timed, each list's matcher built and run, the numbers written."""

from __future__ import annotations

import json

from bench.wording import made_up_phrases, main


def test_the_matcher_is_timed_on_every_page_of_the_farm(tmp_path, capsys):
    out = tmp_path / "wording.json"
    assert main(["--sites", "2", "--pages", "20", "--extra", "50", "--repeat", "1", "--out", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["pages"] == 40 and result["text_pages_per_s"] > 0
    bundled = result["matchers"]["bundled"]["phrases"]
    assert [r["phrases"] - bundled for r in result["matchers"].values()] == [0, 50, 50]
    assert all(r["pages_per_s"] > 0 and r["hits"] == 0 for r in result["matchers"].values())
    assert "pages/s" in capsys.readouterr().out


def test_made_up_phrases_start_with_as_few_characters_as_asked():
    assert len({p.wrong[0] for p in made_up_phrases(500, firsts=10)}) <= 10
    assert len({p.wrong[0] for p in made_up_phrases(500)}) > 400
