#!/usr/bin/env python3
"""Time and memory of quoteattr.extract on adversarial texts, against news of the same size.

    python benchmarks/adversarial.py [--size 1000000] [--runs 3] [--case NAME ...]
                                     [--no-memory] [--list]

Each case builds one text (most of ``--size`` characters; the nesting and paragraph
cases have the size their description gives). Its row is the median CPU time
(``time.process_time``, so other work on a shared machine counts less) of ``--runs``
timed calls of ``quoteattr.extract`` on it; ``x news`` divides that by the median time
of ordinary news text of the same length: the dev texts of PolNeAR
(``../shared/data/polnear.jsonl``) joined by blank lines, or, when that file is absent,
an invented news article repeated. One more, untimed call under :mod:`tracemalloc`
gives the peak of Python allocations while processing (the text itself was made
before, and is not counted). See docs/robustness.md for the figures and what they say.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import quoteattr

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # the corpus loader and the invented article, shared

_SURNAMES = "Smith Jones Brown Green Hill Stone Wood Lake Ford Gray Black White Young King".split()
_TITLES = "Mr. Mrs. Dr. Sen. Gov. Rep.".split()
_VERBS = "said told added asked replied noted".split()


def news(size: int) -> str:
    """``size`` characters of ordinary news text (see the module docstring)."""
    texts = bench.load_texts("polnear") or bench.invented_texts(20)
    base = "\n\n".join(texts)
    text = base
    while len(text) < size:
        text += "\n\n" + base
    return text[:size]


def nested(levels: int, marks: str) -> str:
    """``levels`` quotations each inside the last, opening with ``marks`` in turn."""
    closers = {"“": "”", "‘": "’", "«": "»", "‹": "›"}
    opening = "".join(f"{marks[i % len(marks)]}level {i} " for i in range(levels))
    closing = "".join(closers[marks[i % len(marks)]] for i in reversed(range(levels)))
    return opening + "the end." + closing


def capitalised(size: int) -> str:
    """Runs of capitalised names (``Mr. Smith Jones Brown Green``) next to speech verbs,
    each pair of names new, four sentences to a paragraph."""
    rng = random.Random(7)
    sentences: list[str] = []
    length = 0
    while length < size:
        a, b = (" ".join([rng.choice(_TITLES), *rng.sample(_SURNAMES, 4)]) for _ in "ab")
        sentence = (
            f'{a} {rng.choice(_VERBS)} "We will win the vote today," and {b} '
            f"{rng.choice(_VERBS)} reporters."
        )
        sentences.append(sentence + ("\n" if len(sentences) % 4 == 3 else " "))
        length += len(sentences[-1])
    return "".join(sentences)[:size]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


#: name -> (what the text is, how to make it from --size)
CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "straight-double": ('1 MB of " alone', lambda n: '"' * n),
    "curly-open": ("1 MB of “ alone", lambda n: "“" * n),
    "curly-pairs": ("1 MB of “” alternating", lambda n: _repeat("“”", n)),
    "straight-single": ("1 MB of ' alone", lambda n: "'" * n),
    "no-newline": (
        "1 MB of news in one paragraph (line breaks made spaces)",
        lambda n: news(n).replace("\r", " ").replace("\n", " "),
    ),
    "nested-mixed": ("10,000 nested levels, “ and ‘ in turn", lambda n: nested(10_000, "“‘")),
    "nested-single": ("10,000 nested levels, all ‘", lambda n: nested(10_000, "‘")),
    "unclosed-paragraphs": (
        "100,000 paragraphs, each opening a quotation never closed",
        lambda n: 'It was "never closed, and it never will be\n\n' * 100_000,
    ),
    "unclosed-with-verb": (
        "100,000 such paragraphs, each with a speech verb",
        lambda n: 'She said "we will never close this one\n\n' * 100_000,
    ),
    "capitalised": ("1 MB of capitalised names next to speech verbs", capitalised),
    "spaces": ("1 MB of spaces, then a quotation", lambda n: " " * n + '"Hi," he said.'),
    "possessives": (
        "1 MB of possessives (Jones') after one opening ‘",
        lambda n: "‘" + _repeat("Jones’ ", n - 1),
    ),
    "initials": (
        "1 MB of lines of 53 initials (A. A. …) and a quoted speech",
        lambda n: _repeat('A. ' * 53 + 'said "We won the vote today."\n', n),
    ),
    "verbs-before": (
        "10 KB of 'said ' before one quotation",
        lambda n: _repeat("said ", 10_000) + '"We won."',
    ),
}


def _median_seconds(text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.process_time()
        quoteattr.extract(text)
        times.append(time.process_time() - start)
    return statistics.median(times)


def _peak_mb(text: str) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        quoteattr.extract(text)
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    """Print the table of the chosen cases (all by default)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters (1 MB)")
    parser.add_argument("--runs", type=int, default=3, help="timed calls per row")
    parser.add_argument("--case", action="append", choices=sorted(CASES), help="repeatable")
    parser.add_argument("--no-memory", action="store_true", help="skip tracemalloc")
    parser.add_argument("--list", action="store_true", help="list the cases and stop")
    args = parser.parse_args(argv)
    if args.list:
        for name, (what, _) in CASES.items():
            print(f"{name:20} {what}")
        return 0
    quoteattr.extract(news(20_000))  # the first calls import NLTK and compile patterns
    source = "PolNeAR dev texts" if (bench.DATA / "polnear.jsonl").exists() else "invented news"
    print(f"quoteattr from {Path(quoteattr.__file__).parent}")
    print(f"news baseline: {source}; median CPU time of {args.runs} runs\n")
    print("| case | text | chars | s | chars/s | x news | peak MB |")
    print("|---|---|---:|---:|---:|---:|---:|")
    baselines: dict[int, float] = {}
    for name in args.case or list(CASES):
        what, make = CASES[name]
        text = make(args.size)
        if len(text) not in baselines:
            baselines[len(text)] = _median_seconds(news(len(text)), args.runs)
        seconds = _median_seconds(text, args.runs)
        peak = "" if args.no_memory else f"{_peak_mb(text):,.0f}"
        ratio = seconds / baselines[len(text)]
        print(
            f"| {name} | {what} | {len(text):,} | {seconds:.2f} | {len(text) / seconds:,.0f} "
            f"| {ratio:.1f} | {peak} |",
            flush=True,
        )
    print()
    for size, seconds in baselines.items():
        print(f"news, {size:,} chars: {seconds:.2f} s, {size / seconds:,.0f} chars/s")
    if not args.no_memory:
        news_text = news(args.size)
        print(f"news, {args.size:,} chars: peak {_peak_mb(news_text):,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
