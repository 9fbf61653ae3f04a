"""The wording matcher's speed on `make bench`'s pages, without a crawl: every page of the farm rendered and parsed
first, then timed apart: the visible text taken out of each parsed page, the bundled list's matcher over those
texts, and the same with a list of many more phrases (an office's long list).

    python -m bench.wording [--sites 10 --pages 550 --extra 5000 --repeat 3 --out var/bench-wording.json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from parsel import Selector

from bench.farm import Farm
from govcheck.wording.matcher import Matcher
from govcheck.wording.phrases import Phrase, PhraseList, load_phrases
from govcheck.wording.text import page_text

ROOT = Path(__file__).resolve().parent.parent


def farm_pages(sites: int, pages: int, seed: int) -> list[str]:
    farm = Farm(sites, pages, seed)
    out = []
    for site in farm.sites:
        for page in site.pages:
            status, ctype, body = farm.respond(site.ip, page.path)
            if status == 200 and "html" in ctype:
                out.append(body.decode("utf-8"))
    return out


def made_up_phrases(n: int, firsts: int | None = None, seed: int = 1) -> list[Phrase]:
    """n phrases of 4 to 10 random Chinese characters, which the farm's text is unlikely to hold; `firsts`: drawn
    from that many first characters (a real list's names start with a few: 国, 中, 省, 市 …), None: any."""
    rng = random.Random(seed)
    pool = [chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(firsts or 0)]
    char = lambda: chr(rng.randint(0x4E00, 0x9FA5))  # noqa: E731
    return [Phrase((rng.choice(pool) if pool else char()) + "".join(char() for _ in range(rng.randint(3, 9))),
                   "某", "expression") for _ in range(n)]


def best_of(repeat: int, run) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - t0)
    return best, result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.wording", description=__doc__.split("\n")[0])
    p.add_argument("--sites", type=int, default=10)
    p.add_argument("--pages", type=int, default=550, help="pages per site")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--extra", type=int, default=5000, help="made-up phrases added for the long-list run")
    p.add_argument("--repeat", type=int, default=3, help="runs of each step; the fastest counts")
    p.add_argument("--out", type=Path, default=ROOT / "var" / "bench-wording.json")
    opts = p.parse_args(argv)

    html = farm_pages(opts.sites, opts.pages, opts.seed)
    parse_s, sels = best_of(1, lambda: [Selector(text=h) for h in html])
    text_s, texts = best_of(opts.repeat, lambda: [page_text(s) for s in sels])
    bundled = load_phrases()
    lists = {"bundled": bundled}
    # pyahocorasick looks a character up among a node's children one by one: the first characters' variety costs
    for firsts in (100, None):
        made_up = made_up_phrases(opts.extra, firsts)
        name = f"bundled+{opts.extra} ({len({p.wrong[0] for p in made_up})} first characters)"
        lists[name] = PhraseList(bundled.phrases + tuple(made_up), bundled.historical_prefixes)
    rows = {}
    for name, phrases in lists.items():
        build_s, matcher = best_of(1, lambda phrases=phrases: Matcher(phrases))
        match_s, hits = best_of(opts.repeat, lambda matcher=matcher: sum(len(matcher.find(t)) for t in texts))
        rows[name] = {"phrases": len(phrases.phrases), "build_s": round(build_s, 4), "match_s": round(match_s, 3),
                      "pages_per_s": round(len(texts) / match_s), "hits": hits}
    chars = sum(len(t) for t in texts)
    result = {"pages": len(html), "html_mb": round(sum(map(len, html)) / 1e6, 1),
              "text_chars_per_page": round(chars / len(texts)), "parse_s": round(parse_s, 2),
              "text_s": round(text_s, 2), "text_pages_per_s": round(len(texts) / text_s), "matchers": rows}
    print(f"{result['pages']} pages ({result['html_mb']} MB of HTML, {result['text_chars_per_page']} characters of "
          f"visible text each); parsed in {parse_s:.2f} s (not part of the check: the crawl parses them anyway)")
    print(f"visible text taken out: {text_s:.2f} s, {result['text_pages_per_s']} pages/s")
    for name, r in rows.items():
        print(f"matcher, {name} ({r['phrases']} phrases, built in {r['build_s'] * 1000:.1f} ms): "
              f"{r['match_s']:.3f} s, {r['pages_per_s']} pages/s, {r['hits']} hits")
    opts.out.parent.mkdir(parents=True, exist_ok=True)
    opts.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
