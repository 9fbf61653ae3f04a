"""The page reader's speed without a crawl: `parse_list` over each saved real page (tests/fixtures/realpages),
each the fastest of `--repeat` runs after one that warms the marker caches. The crawl reads every page it fetches,
so a reader that turns slower than linear on a large homepage shows here first.

    python -m bench.reading [--repeat 10 --out var/bench-reading.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from govcheck.cms import parse_list

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    from tests.cms.pages import REAL_URLS, real

    p = argparse.ArgumentParser(prog="python -m bench.reading", description=__doc__.split("\n")[0])
    p.add_argument("--repeat", type=int, default=10, help="runs of each page; the fastest counts")
    p.add_argument("--out", type=Path, default=ROOT / "var" / "bench-reading.json")
    opts = p.parse_args(argv)
    rows = {}
    for name in sorted(REAL_URLS):
        if not name.endswith(".html"):
            continue
        sel, url = real(name)
        parse_list(sel, url)  # warm the marker caches
        best = float("inf")
        for _ in range(opts.repeat):
            t0 = time.perf_counter()
            parse_list(sel, url)
            best = min(best, time.perf_counter() - t0)
        rows[name] = {"kb": round(len(sel.get()) / 1024), "ms": round(best * 1000, 1)}
        print(f"{name:45} {rows[name]['kb']:5} KB  {rows[name]['ms']:7.1f} ms")
    total = sum(r["ms"] for r in rows.values())
    print(f"{len(rows)} pages, {total:.0f} ms in all")
    opts.out.parent.mkdir(parents=True, exist_ok=True)
    opts.out.write_text(json.dumps({"pages": rows, "total_ms": round(total, 1)}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
