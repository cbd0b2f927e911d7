"""Time the ways of running quoteattr over a corpus: one core, several, the CLI, Dask.

Prints one Markdown table (the one in docs/scale.md): for the PolNeAR dev corpus, the
median wall time of ``--runs`` passes of each way, documents per second, and the
speed-up over ``extract_many`` on one core.

    python benchmarks/scale.py --runs 3 --jobs 2

The corpus is read from ``../shared/data/polnear.jsonl`` (not part of the repository);
the script stops with a message when it is absent. The Dask row needs ``dask[bag]``
(``pip install -e ".[dask]"``) and is skipped without it. Run it on a quiet machine:
the rows compare processes that compete for the same cores.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import quoteattr

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear.jsonl"


def _median_seconds(run: Callable[[], object], runs: int) -> float:
    """The median wall time of ``runs`` calls of ``run``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    """Time each way over the corpus and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed passes per row")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel rows")
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"scale.py: {CORPUS} is absent; nothing to time", file=sys.stderr)
        return 1
    records = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    texts = [r["text"] for r in records]
    quoteattr.extract('"Warm," she said.')  # import NLTK before timing
    rows: list[tuple[str, float]] = []

    rows.append(("`extract_many(texts)` (one core)",
                 _median_seconds(lambda: list(quoteattr.extract_many(texts)), args.runs)))
    rows.append((f"`extract_many(texts, jobs={args.jobs})`",
                 _median_seconds(lambda: list(quoteattr.extract_many(texts, jobs=args.jobs)),
                                 args.runs)))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        command = [sys.executable, "-m", "quoteattr", "--jsonl", str(CORPUS), "-o", str(out),
                   "--jobs", str(args.jobs)]

        def cli() -> None:
            out.unlink(missing_ok=True)
            subprocess.run(command, check=True, stderr=subprocess.DEVNULL)

        rows.append((f"`quoteattr --jsonl ... --jobs {args.jobs}`",
                     _median_seconds(cli, args.runs)))
    try:
        import dask
        import dask.bag as db

        from quoteattr.dask_bag import extract_bag
    except ImportError:
        print("scale.py: dask is not installed; skipping the Dask row", file=sys.stderr)
    else:
        def bag() -> None:
            with dask.config.set(scheduler="processes", num_workers=args.jobs):
                extract_bag(db.from_sequence(records, npartitions=8 * args.jobs)).compute()

        rows.append((f"`extract_bag` (processes scheduler, {args.jobs} workers)",
                     _median_seconds(bag, args.runs)))

    base = rows[0][1]
    print(f"PolNeAR dev: {len(texts)} documents, {sum(map(len, texts)):,} characters; "
          f"{os.cpu_count()} cores; median of {args.runs} runs")
    print()
    print("| how | wall time | documents / s | speed-up over one core |")
    print("| --- | --- | --- | --- |")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.2f} s | {len(texts) / seconds:,.0f} | "
              f"{base / seconds:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
