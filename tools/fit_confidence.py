"""Fit the event confidence model (``events.confidence``) on the ordinary-news dev half.

    .venv/bin/python tools/fit_confidence.py [--l2 1.0] [--folds 5] [--set polnear_events]
        [--leave-out ordinary_news:7]

Why: the confidence of an event should read as the chance that it is right on ordinary news. This
codes every article of ``eval/data/ordinary_news/local/dev.jsonl`` and of the dev halves named by
``--set`` (build them first: see each set's README; test halves are never read), labels each
asserted event right when it matches an asserted gold event (the scorer's own matching: same
sentence and type, one to one), records the facts the
model weighs (``eventwire.events.confidence.features``) and fits a logistic regression with an L2
penalty by Newton's method. It prints the weights as ``[events.confidence]`` TOML (paste them into
the defaults of ``eventwire.config.ConfidenceWeights``), the ranking (AUC: how often a right event
reads higher than a wrong one, which no bias or floor changes) and the precision by confidence bin, in
sample and by cross-validation over articles (each fold's articles scored by weights fitted on the
others), so that the in-sample figure is not mistaken for what to expect.

Unasserted events are not scored by the set, so ``not_asserted`` cannot be fitted here and keeps
its current value; so does any weight whose fact never varies in the dev events.

    .venv/bin/python tools/fit_confidence.py --set polnear_events \
        --calibrate ordinary_news:7 --calibrate polnear_events:4

fits the bias alone, every other weight kept, on the rounds named (the checks that no rule was
read from), and prints the floors (``events.min_confidence*``) moved by the same log-odds, so that
the same events are coded. The rounds the rules were written from overstate how often an event is
right (their false events are the ones the rules were written to remove), so a model fitted there
reads high on news it has not seen; the checks say by how much.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

import eventwire
import eventwire.events as coder
from eventwire.config import Config, active
from eventwire.evaluate.ordinary import match, read_article
from eventwire.evaluate.records import read_jsonl
from eventwire.events.confidence import Candidate, features
from eventwire.parse import Parse

DATA = Path(__file__).resolve().parent.parent / "eval/data"
FIXED = ("not_asserted",)

Row = tuple[str, dict[str, float], bool]


def collect(records: Sequence[Mapping[str, Any]], floorless: bool = False) -> list[Row]:
    """(article id, facts, right) of every asserted engine event of the records; with
    ``floorless``, also of those the confidence floors (``events.min_confidence*``) would drop, so
    that the fit sees every event the model will be asked about, not those its current weights let by."""
    config = None
    if floorless:
        base = Config()
        events = base.events.model_copy(update={"min_confidence": 0.0, "min_confidence_other_types": 0.0})
        config = base.model_copy(update={"events": events})
    seen: dict[int, dict[str, float]] = {}

    def recording(parse: Parse, event: Candidate) -> dict[str, float]:
        seen[event.tok.start] = features(parse, event)
        return seen[event.tok.start]

    coder.features = recording  # type: ignore[attr-defined]
    rows: list[Row] = []
    try:
        for rec in records:
            seen.clear()
            item = {key: rec.get(key) for key in ("id", "text", "published", "title")}
            [article] = eventwire.process([item], config=config)
            golds, _sentences, found, _spans = read_article(rec, article)
            right = {f for g, f in match(golds, found) if golds[g].asserted}
            for f, one in enumerate(found):
                facts = seen.get(one.event.trigger.start) if one.event.trigger else None
                if facts is not None:
                    rows.append((rec["id"], facts, f in right))
    finally:
        coder.features = features  # type: ignore[attr-defined]
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float, offset: np.ndarray) -> np.ndarray:
    """Logistic regression by Newton's method; column 0 is the bias (not penalised); ``offset`` is
    what the weights that are kept add to each event's log-odds."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w + offset)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def design(rows: Sequence[Row], names: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The facts fitted (a column of ones first), the labels, and the kept weights' log-odds."""
    x = np.array([[1.0] + [facts[n] for n in names] for _aid, facts, _ok in rows])
    current = active().events.confidence
    kept = [n for n in rows[0][1] if n not in names]
    offset = np.array([sum(getattr(current, n) * facts[n] for n in kept) for _aid, facts, _ok in rows])
    return x, np.array([float(ok) for _aid, _facts, ok in rows]), offset


def log_loss(prob: np.ndarray, y: np.ndarray) -> float:
    prob = np.clip(prob, 1e-6, 1 - 1e-6)
    return float(-(y * np.log(prob) + (1 - y) * np.log(1 - prob)).mean())


def ranking(prob: np.ndarray, y: np.ndarray) -> float:
    """The area under the ROC curve: the chance that a right event has a higher confidence than a
    wrong one (ties count half); 0.5 is no ranking at all. A bias or a floor cannot change it, so it
    tells whether precision at 0.5 falls short for want of calibration or of ranking."""
    right, wrong = prob[y == 1], prob[y == 0]
    if not len(right) or not len(wrong):
        return float("nan")
    above = (right[:, None] > wrong[None, :]).sum() + 0.5 * (right[:, None] == wrong[None, :]).sum()
    return float(above / (len(right) * len(wrong)))


def table(prob: np.ndarray, y: np.ndarray) -> list[str]:
    base = log_loss(np.full(len(y), y.mean()), y)
    lines = [f"  log-loss {log_loss(prob, y):.3f} (a constant at the base rate: {base:.3f})"]
    lines.append(f"  ranking (AUC) {ranking(prob, y):.3f}")
    for low in (0.0, 0.2, 0.4, 0.5, 0.6, 0.8):
        kept = prob >= low
        if kept.any():
            lines.append(f"  >= {low:.1f}: {int(kept.sum()):4d} events, precision {y[kept].mean():.3f}")
    return lines


def cross_validated(rows: Sequence[Row], names: Sequence[str], l2: float, folds: int) -> np.ndarray:
    ids = sorted({aid for aid, _f, _o in rows})
    fold_of = {aid: k % folds for k, aid in enumerate(ids)}
    x, y, offset = design(rows, names)
    prob = np.zeros(len(rows))
    for k in range(folds):
        held = np.array([fold_of[aid] == k for aid, _f, _o in rows])
        w = fit(x[~held], y[~held], l2, offset[~held])
        prob[held] = 1.0 / (1.0 + np.exp(-(x[held] @ w + offset[held])))
    return prob


def dev_records(
    sets: Sequence[str], left_out: set[str], only: set[str] | None = None
) -> list[dict[str, Any]]:
    """The dev articles of these sets, less the rounds named ``SET:ROUND`` in ``left_out``; with
    ``only``, just the rounds named there."""
    records = []
    for name in sets:
        for record in read_jsonl(DATA / name / "local" / "dev.jsonl"):
            key = f"{name}:{record.get('round')}"
            if key not in left_out and (only is None or key in only):
                records.append(record)
    return records


def calibrate(records: Sequence[Mapping[str, Any]]) -> None:
    """Fit the bias alone on ``records`` and print it with the floors moved by the same log-odds."""
    rows = collect(records)
    x, y, offset = design(rows, [])
    current = active().events
    bias = float(fit(x, y, 0.0, offset)[0])
    shift = bias - current.confidence.bias
    print(f"{len(rows)} asserted events in {len(records)} articles, {int(y.sum())} right")
    print(f"bias = {bias:.2f}  # was {current.confidence.bias:.2f}: {shift:+.2f} log-odds")
    for name in ("min_confidence", "min_confidence_other_types"):
        floor = getattr(current, name)
        print(f"{name} = {move_floor(floor, shift):.2f}  # was {floor:.2f}")
    print("before:", *table(1.0 / (1.0 + np.exp(-(x[:, 0] * current.confidence.bias + offset))), y), sep="\n")
    print("after (in sample):", *table(1.0 / (1.0 + np.exp(-(x[:, 0] * bias + offset))), y), sep="\n")


def move_floor(floor: float, shift: float) -> float:
    """A confidence floor moved by ``shift`` log-odds, as every event's confidence is when the bias
    moves by that much: the same events stay above it."""
    return float(1.0 / (1.0 + np.exp(-(np.log(floor / (1.0 - floor)) + shift))))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--l2", type=float, default=3.0, help="L2 penalty on every weight but the bias")
    parser.add_argument("--folds", type=int, default=5, help="folds over articles for the held-out figure")
    parser.add_argument(
        "--keep", action="append", default=list(FIXED), help="a weight not to fit: its current value is kept"
    )
    parser.add_argument(
        "--set",
        dest="sets",
        action="append",
        default=[],
        help="a sentence-coded set besides ordinary_news whose dev half is fitted on too (polnear_events)",
    )
    parser.add_argument(
        "--leave-out", action="append", default=[], help="SET:ROUND, a round not to fit on (a check)"
    )
    parser.add_argument(
        "--floorless", action="store_true", help="fit on the events the confidence floors drop too"
    )
    parser.add_argument(
        "--calibrate",
        action="append",
        default=[],
        help="SET:ROUND, a check round to fit the bias alone on (every other weight kept)",
    )
    args = parser.parse_args()
    sets = ["ordinary_news", *args.sets]
    if args.calibrate:
        calibrate(dev_records(sets, set(), only=set(args.calibrate)))
        return
    records = dev_records(sets, set(args.leave_out))
    rows = collect(records, args.floorless)
    varied = [n for n in rows[0][1] if n not in args.keep and len({facts[n] for _a, facts, _o in rows}) > 1]
    x, y, offset = design(rows, varied)
    w = fit(x, y, args.l2, offset)
    print(f"{len(rows)} asserted events in {len(records)} dev articles, {int(y.sum())} right")
    print("[events.confidence]")
    print(f"bias = {w[0]:.2f}")
    current = active().events.confidence
    for name in rows[0][1]:
        value = w[1 + varied.index(name)] if name in varied else getattr(current, name)
        print(f"{name} = {value:.2f}" + ("" if name in varied else "  # not fitted: kept"))
    print("in sample:", *table(1.0 / (1.0 + np.exp(-(x @ w + offset))), y), sep="\n")
    print(f"cross-validated ({args.folds} folds over articles):")
    print(*table(cross_validated(rows, varied, args.l2, args.folds), y), sep="\n")


if __name__ == "__main__":
    main()
