#!/usr/bin/env python3
"""Speed and memory of quoteattr on the dev corpora, or on synthetic text of set sizes.

    python benchmarks/bench.py [--runs 3] [--corpus polnear,quoteli3,pdnc,clic]
                               [--stage find|extract|both] [--synthetic] [--no-memory]

Stages: ``find`` is ``list(quoteattr.quotes.find_quotes(text))`` (quote finding only);
``extract`` is ``quoteattr.extract(text)`` (finding, kinds and attribution). Each row is
the median of ``--runs`` timed passes over every document; one more, untimed pass under
:mod:`tracemalloc` gives the peak of Python allocations made while processing (the texts
themselves were allocated before, and are not counted). The process peak RSS, which
counts everything (the interpreter, the loaded texts, tracemalloc's own bookkeeping), is
printed once at the end.

The corpora are read from ``../shared/data`` next to the repository and never copied
into it; corpora that are absent are skipped. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import quoteattr
from quoteattr.quotes import find_quotes

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
DATA = SHARED / "data"
CORPORA = ("polnear", "quoteli3", "pdnc", "clic")
STAGES = ("find", "extract")

#: Figures for textacy + spaCy from the issue, for comparison (not measured here).
REFERENCE = "textacy + spaCy (from the issue): ~61,000 chars/s, ~750 MB per process"

#: An invented news article with quotations, used when ../shared is absent (--synthetic);
#: the names vary from one copy to the next (see :func:`invented_texts`).
INVENTED = (
    '"We have made hard choices, and we will make more," Mayor {a} said on '
    "Monday, standing outside the city hall.\n\n"
    '{b}, a council member, called the budget "a gift to developers" and said '
    'he would vote against it. "I can\'t support a plan that closes two libraries," he '
    "said.\n\n"
    'The so-called "rainy day fund" would fall by a third. {a_last} disagreed: "The fund '
    'was built for years like this one. We are using it as it was meant to be used."\n\n'
    '"It\'s not over," said {c}, who leads the neighbourhood association. "We '
    'will be back at every meeting until they listen."\n'
)

_GIVEN = "Ana Tom Lena Omar Ruth Ivan Mei Paul Sara Ken Nadia Luis Joan Amir Rosa Dev".split()
_STEMS = "Al Bar Cor Dal El Fen Gar Hol Ir Jan Kel Lor Mar Nor Or Pel Quin Ros Sal Tor".split()
_ENDS = "ton ley wick mar dez sen ford ini ova berg well croft ard son holm ridge by".split()


def invented_texts(count: int = 2000) -> list[str]:
    """``count`` copies of :data:`INVENTED`, each with its own invented names."""
    surnames = [stem + end.lower() for stem in _STEMS for end in _ENDS]

    def name(i: int) -> str:
        return f"{_GIVEN[i % len(_GIVEN)]} {surnames[i % len(surnames)]}"

    texts = []
    for i in range(count):
        a, b, c = name(3 * i), name(3 * i + 1), name(3 * i + 2)
        texts.append(INVENTED.format(a=a, b=b, c=c, a_last=a.split()[-1]))
    return texts


Stage = Callable[[str], object]


def _find(text: str) -> object:
    return list(find_quotes(text))


def _extract(text: str) -> object:
    return quoteattr.extract(text)


STAGE_FUNCS: dict[str, Stage] = {"find": _find, "extract": _extract}


def load_texts(corpus: str) -> list[str] | None:
    """The texts of ``corpus``'s dev records, or None when the file is absent."""
    path = DATA / f"{corpus}.jsonl"
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def time_pass(func: Stage, texts: list[str]) -> float:
    """Seconds to run ``func`` on every text, results dropped as they come."""
    t0 = time.perf_counter()
    for text in texts:
        func(text)
    return time.perf_counter() - t0


def traced_peak(func: Stage, texts: list[str]) -> int:
    """Peak bytes of Python allocations while running ``func`` on every text."""
    gc.collect()
    tracemalloc.start()
    try:
        for text in texts:
            func(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def measure(func: Stage, texts: list[str], runs: int, memory: bool) -> tuple[float, int | None]:
    """Median seconds over ``runs`` passes, and the traced peak (or None)."""
    times = [time_pass(func, texts) for _ in range(runs)]
    peak = traced_peak(func, texts) if memory else None
    return statistics.median(times), peak


HEADER = (
    f"{'corpus':<22} {'stage':<8} {'docs':>6} {'chars':>12} {'median s':>9} "
    f"{'chars/s':>11} {'peak MB':>8}"
)


def row(name: str, stage: str, texts: list[str], seconds: float, peak: int | None) -> str:
    """One line of the table."""
    chars = sum(map(len, texts))
    rate = chars / seconds if seconds else float("inf")
    mb = f"{peak / 2**20:8.1f}" if peak is not None else f"{'-':>8}"
    return f"{name:<22} {stage:<8} {len(texts):>6} {chars:>12,} {seconds:>9.3f} {rate:>11,.0f} {mb}"


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB (ru_maxrss is KB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 2**10


def warm_up() -> None:
    """Load, untimed, what the first calls would: NLTK's Punkt and the patterns compiled
    on first use (about a second in all, which a short first row would otherwise pay)."""
    from quoteattr.batch import _warm_up

    _warm_up()
    text = invented_texts(1)[0]
    quoteattr.extract(text)
    list(find_quotes(text))


def paragraph_stream(texts: list[str]) -> Iterator[str]:
    """The blank-line separated paragraphs of ``texts``, cycling over them forever."""
    paras = [p for t in texts for p in t.split("\n\n") if p.strip()]
    if not paras:
        raise ValueError("no text to build synthetic documents from")
    while True:
        yield from paras


def build_docs(stream: Iterator[str], count: int, size: int) -> list[str]:
    """``count`` documents of at least ``size`` characters, whole paragraphs each."""
    docs = []
    for _ in range(count):
        parts: list[str] = []
        n = 0
        while n < size:
            p = next(stream)
            parts.append(p)
            n += len(p) + 2
        docs.append("\n\n".join(parts) + "\n")
    return docs


def synthetic_sets() -> Iterator[tuple[str, list[str]]]:
    """Named document sets of growing size, built one at a time (to keep memory low).

    News comes from PolNeAR's dev texts, fiction from PDNC's; without them, news is the
    invented article with varied names.
    """
    news = load_texts("polnear")
    source = "polnear" if news else "invented"
    texts = news or invented_texts()
    # Each pair holds the same paragraphs, cut into small documents or kept as one.
    yield f"{source} 100 x 10 KB", build_docs(paragraph_stream(texts), 100, 10_000)
    yield f"{source} 1 x 1 MB", build_docs(paragraph_stream(texts), 1, 1_000_000)
    yield f"{source} 1000 x 10 KB", build_docs(paragraph_stream(texts), 1000, 10_000)
    yield f"{source} 1 x 10 MB", build_docs(paragraph_stream(texts), 1, 10_000_000)
    del news, texts
    fiction = load_texts("pdnc")
    if fiction:
        yield "pdnc 100 x 10 KB", build_docs(paragraph_stream(fiction), 100, 10_000)
        yield "pdnc 1 x 1 MB", build_docs(paragraph_stream(fiction), 1, 1_000_000)
        yield "pdnc 1000 x 10 KB", build_docs(paragraph_stream(fiction), 1000, 10_000)
        yield "pdnc 1 x 10 MB", build_docs(paragraph_stream(fiction), 1, 10_000_000)


def corpus_sets(names: list[str]) -> Iterator[tuple[str, list[str]]]:
    """Each named dev corpus that is present, loaded only when its turn comes."""
    for name in names:
        texts = load_texts(name)
        if texts is not None:
            yield name, texts
            del texts


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--runs", type=int, default=3, help="timed passes per row (median shown)")
    ap.add_argument(
        "--corpus",
        default=",".join(CORPORA),
        help="comma-separated dev corpora to time (default: all)",
    )
    ap.add_argument("--stage", choices=[*STAGES, "both"], default="both")
    ap.add_argument(
        "--synthetic",
        action="store_true",
        help="time synthetic documents of 10 KB, 1 MB and 10 MB instead",
    )
    ap.add_argument(
        "--no-memory", action="store_true", help="skip the extra tracemalloc pass per row"
    )
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    stages = STAGES if args.stage == "both" else (args.stage,)

    sets: Iterator[tuple[str, list[str]]]
    if args.synthetic:
        if not DATA.is_dir():
            print(f"note: {DATA} not found; synthetic documents use an invented article")
        sets = synthetic_sets()
    else:
        names = [c.strip() for c in args.corpus.split(",") if c.strip()]
        unknown = sorted(set(names) - set(CORPORA))
        if unknown:
            ap.error(f"unknown corpus {', '.join(unknown)} (choose from {', '.join(CORPORA)})")
        for name in names:
            if not (DATA / f"{name}.jsonl").is_file():
                print(f"skipped {name}: {DATA / (name + '.jsonl')} not found")
        names = [n for n in names if (DATA / f"{n}.jsonl").is_file()]
        if not names:
            print("no corpus found; nothing to time (see benchmarks/README.md)")
            return 0
        sets = corpus_sets(names)

    warm_up()
    print(
        f"quoteattr {quoteattr.__version__}, Python {sys.version.split()[0]}, "
        f"median of {args.runs} run(s)"
    )
    print(HEADER)
    print("-" * len(HEADER))
    for name, texts in sets:
        for stage in stages:
            seconds, peak = measure(STAGE_FUNCS[stage], texts, args.runs, not args.no_memory)
            print(row(name, stage, texts, seconds, peak), flush=True)
        del texts
    print()
    print("peak MB: tracemalloc peak of Python allocations during one pass of that row")
    print("         (texts loaded beforehand not counted; results dropped per document).")
    print(f"process peak RSS (ru_maxrss, whole process incl. loaded texts): {peak_rss_mb():.0f} MB")
    print(f"reference, not measured here: {REFERENCE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
