"""Accuracy floors on the dev corpora in ``../shared/data`` (skipped when it is absent).

The corpora are scored with the independent scorer ``../shared/eval/score.py``, loaded by
path and used exactly as its ``main()`` does (``score_doc`` over every record, then the
same aggregate formulas). Each floor is the value measured when it was set, rounded down
to two decimals, minus 0.01: a drop below it is a regression to look at, not noise.
Raise a floor when accuracy improves for good (a raised floor may sit about 0.005 below
the value then measured: QuoteLi3's, measured 0.775 and 0.784; PDNC's first 40
records', 0.768 and 0.754).

The corpora are never copied into the repository; see ``../shared/data/README.md``.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import quoteattr

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
DATA = SHARED / "data"
SCORER = SHARED / "eval" / "score.py"

#: Lowest accepted score per corpus and metric. CLiC has no speaker annotations, so only
#: its detection is checked (its speaker metrics are 0 by construction).
FLOORS: dict[str, dict[str, float]] = {
    "polnear": {"detect_f1": 0.963, "speaker_acc": 0.916, "e2e_f1": 0.908},
    "quoteli3": {"detect_f1": 0.98, "speaker_acc": 0.795, "e2e_f1": 0.804},
    "clic": {"detect_f1": 0.97},
    "pdnc": {"detect_f1": 0.95, "speaker_acc": 0.777, "e2e_f1": 0.761},
}

#: Highest accepted count per corpus and metric: PolNeAR's scare quotes and titles
#: given a speaker (``scare_spk``, measured 117), with a little room above it.
CEILINGS: dict[str, dict[str, float]] = {"polnear": {"scare_spk": 121}}

#: Records read per corpus (0: all). PDNC's dev set is 17 MB: its first records suffice.
LIMITS: dict[str, int] = {"polnear": 0, "quoteli3": 0, "clic": 0, "pdnc": 40}

_CASES = [(corpus, metric) for corpus, floors in FLOORS.items() for metric in floors]
_SCORES: dict[str, dict[str, float]] = {}


def _scorer() -> ModuleType:
    """The independent scorer module, loaded from its file."""
    if not SCORER.is_file():
        pytest.skip(f"scorer not found at {SCORER}")
    spec = importlib.util.spec_from_file_location("quoteattr_eval_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def corpus_scores(corpus: str) -> dict[str, float]:
    """detect_f1, speaker_acc and e2e_f1 of ``quoteattr.extract`` on one dev corpus.

    Computed once per session; skips the test when the corpus or scorer is absent.
    """
    if corpus in _SCORES:
        return _SCORES[corpus]
    path = DATA / f"{corpus}.jsonl"
    if not path.is_file():
        pytest.skip(f"evaluation corpus not found at {path}")
    score = _scorer()
    agg: dict[str, Any] = dict.fromkeys(
        [
            "gold",
            "pred",
            "found",
            "gold_spk",
            "pred_spk",
            "found_spk",
            "right",
            "e2e_tp",
            "scare_spk",
            "chars",
            "docs",
        ],
        0,
    )
    limit = LIMITS.get(corpus, 0)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            if limit and agg["docs"] >= limit:
                break
            rec = json.loads(line)
            preds = list(quoteattr.extract(rec["text"]))
            agg["chars"] += len(rec["text"])
            agg["docs"] += 1
            score.score_doc(rec, preds, agg)
    dp = agg["found"] / agg["pred"] if agg["pred"] else 0.0
    dr = agg["found"] / agg["gold"] if agg["gold"] else 0.0
    ep = agg["e2e_tp"] / agg["pred_spk"] if agg["pred_spk"] else 0.0
    er = agg["e2e_tp"] / agg["gold_spk"] if agg["gold_spk"] else 0.0
    _SCORES[corpus] = {
        "detect_f1": _f1(dp, dr),
        "speaker_acc": agg["right"] / agg["found_spk"] if agg["found_spk"] else 0.0,
        "e2e_f1": _f1(ep, er),
        "scare_spk": float(agg["scare_spk"]),
    }
    return _SCORES[corpus]


@pytest.mark.parametrize(("corpus", "metric"), _CASES, ids=[f"{c}-{m}" for c, m in _CASES])
def test_accuracy_floor(corpus: str, metric: str) -> None:
    """The dev-set score of ``metric`` on ``corpus`` stays at or above its floor."""
    value = corpus_scores(corpus)[metric]
    floor = FLOORS[corpus][metric]
    assert value >= floor, f"{corpus} {metric} = {value:.4f}, below its floor {floor:.2f}"


_CEILING_CASES = [(corpus, metric) for corpus, caps in CEILINGS.items() for metric in caps]


@pytest.mark.parametrize(
    ("corpus", "metric"), _CEILING_CASES, ids=[f"{c}-{m}" for c, m in _CEILING_CASES]
)
def test_accuracy_ceiling(corpus: str, metric: str) -> None:
    """The dev-set count of ``metric`` on ``corpus`` (an error count) stays at or
    below its ceiling."""
    value = corpus_scores(corpus)[metric]
    ceiling = CEILINGS[corpus][metric]
    assert value <= ceiling, f"{corpus} {metric} = {value:.0f}, above its ceiling {ceiling:.0f}"


if __name__ == "__main__":
    # Print the current scores and the floors they suggest (rounded down, minus 0.01).
    import math

    for name, floors in FLOORS.items():
        try:
            scores = corpus_scores(name)
        except pytest.skip.Exception as skipped:
            print(f"{name}: skipped ({skipped})")
            continue
        for key in floors:
            v = scores[key]
            suggested = math.floor(v * 100) / 100 - 0.01
            print(
                f"{name:9} {key:12} {v:.4f}  floor now {floors[key]:.2f}  suggested {suggested:.2f}"
            )
