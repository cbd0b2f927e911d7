"""Extract quotations from many texts: a corpus streamed through one or several processes.

:func:`extract_many` takes any iterable of texts (or of records holding one) and yields
one list of :class:`~quoteattr.Quote` records per input, in input order, as it goes:

>>> from quoteattr import extract_many
>>> [[q.text for q in quotes] for quotes in extract_many(['"Hi," he said.', "None."])]
[['"Hi,"'], []]

The command line (``quoteattr --jsonl``) and :mod:`quoteattr.dask_bag` run on the same
machinery; see ``docs/scale.md``.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, cast

from .pipeline import extract
from .records import Quote

__all__ = ["CHUNKSIZE", "extract_many"]

#: How many texts :func:`extract_many` sends to a worker process at most at a time when
#: ``jobs`` is more than 1: enough to amortise the cost of shipping them, few enough
#: that memory stays small and every worker gets a share of a short corpus.
CHUNKSIZE = 64

#: The most characters of text in one chunk (about a fifth of a second of work), so
#: that a few long texts (novels) are still spread over the workers.
_CHUNK_CHARS = 100_000

#: How many chunks per worker are kept in flight: one being worked on, one waiting.
_IN_FLIGHT_PER_JOB = 2

#: What a text gives in "safe" mode: its quotes, or the message of what went wrong.
_Outcome = list[Quote] | str


def extract_many(
    texts: Iterable[str | Mapping[str, Any]],
    *,
    jobs: int = 1,
    text_field: str = "text",
    chunksize: int = CHUNKSIZE,
    **options: Any,
) -> Iterator[list[Quote]]:
    """Yield ``extract(text, **options)`` for each of ``texts``, in order, as they are done.

    ``texts`` is any iterable, read lazily: strings, or mappings (such as records
    parsed from JSON Lines) holding the text under ``text_field``. At most a few chunks
    of it are held at once, so a corpus of any length streams through.

    ``jobs`` is the number of processes: ``1`` (the default) works in this process,
    ``N > 1`` in ``N`` worker processes fed chunks of up to ``chunksize`` texts (fewer
    when the texts are long), and ``-1`` uses every core this process may run on. The
    results are the same whatever ``jobs`` is. ``options`` are
    :func:`quoteattr.extract`'s keyword options (``rules``, ``style``, ...); with
    ``jobs > 1`` they must pickle (module-level functions do, lambdas do not).

    An item that is neither a string nor a mapping with a string under ``text_field``
    raises (``TypeError``, or ``ValueError`` for a missing field) when it is reached,
    after the results of every item before it have been yielded.

    >>> texts = ['"We won," Jane Doe said.', {"id": 7, "text": 'Tom Reyes said: "We lost."'}]
    >>> for quotes in extract_many(texts, style="news"):
    ...     print([(q.text, q.speaker) for q in quotes])
    [('"We won,"', 'Jane Doe')]
    [('"We lost."', 'Tom Reyes')]
    >>> extract_many(texts, jobs=0)
    Traceback (most recent call last):
      ...
    ValueError: jobs must be a positive number of processes or -1 for every core, not 0
    """
    jobs = _check_jobs(jobs)
    _check_text_field(text_field)
    chunksize = _check_chunksize(chunksize)
    options = _check_options(options, jobs, "extract_many")

    def as_texts() -> Iterator[str]:
        for index, item in enumerate(texts):
            try:
                yield _record_text(item, text_field)
            except (TypeError, ValueError) as err:
                raise type(err)(f"extract_many: item {index} {err}") from None

    # Not a generator itself, so that bad arguments raise on the call, not on next().
    # Without safe=True no outcome is an error message: each is a list of quotes.
    outcomes = _stream(as_texts(), jobs=jobs, chunksize=chunksize, options=options)
    return cast("Iterator[list[Quote]]", outcomes)


# --- argument checks (shared with the command line and quoteattr.dask_bag) -----------


def _cores() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _check_jobs(jobs: object) -> int:
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise TypeError(
            f"jobs must be an int (a number of processes, or -1 for every core), "
            f"not {type(jobs).__name__}"
        )
    if jobs == -1:
        return _cores()
    if jobs < 1:
        raise ValueError(
            f"jobs must be a positive number of processes or -1 for every core, not {jobs}"
        )
    return jobs


def _check_chunksize(chunksize: object) -> int:
    if isinstance(chunksize, bool) or not isinstance(chunksize, int):
        raise TypeError(f"chunksize must be an int, not {type(chunksize).__name__}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be a positive number of texts, not {chunksize}")
    return chunksize


def _check_text_field(text_field: object) -> None:
    if not isinstance(text_field, str):
        raise TypeError(
            f"text_field must be a str naming the field that holds the text, "
            f"not {type(text_field).__name__}"
        )


def _extract_options() -> tuple[str, ...]:
    """The keyword options :func:`quoteattr.extract` takes."""
    import inspect  # lazily: keep ``import quoteattr`` fast
    params = inspect.signature(extract).parameters.values()
    return tuple(p.name for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY)


def _check_options(options: dict[str, Any], jobs: int, caller: str) -> dict[str, Any]:
    """``options`` checked against :func:`extract`'s keywords and values, or an error."""
    allowed = _extract_options()
    for name in options:
        if name not in allowed:
            raise TypeError(
                f"{caller}() got an unexpected option {name!r}; "
                f"allowed: {', '.join(allowed)}"
            )
    extract("", **options)  # cheap: it checks the values before looking at the text
    if jobs > 1:
        import pickle

        try:
            pickle.dumps(options)
        except Exception as err:
            raise TypeError(
                f"with jobs > 1 the options are sent to other processes, so they must "
                f"pickle (use module-level functions as rules, not lambdas): {err}"
            ) from None
    return options


def _record_text(item: object, text_field: str) -> str:
    """The text of one corpus item: a str, or ``item[text_field]`` of a mapping.

    Anything else raises ``TypeError`` (``ValueError`` for a missing field) with a
    message that reads after "item 3 " or "the record ": "has no 'text' field ...".
    """
    if isinstance(item, str):
        return item
    if isinstance(item, Mapping):
        if text_field not in item:
            fields = [str(k) for k in item]
            shown = ", ".join(repr(f) for f in fields[:10]) + (", ..." if len(fields) > 10 else "")
            raise ValueError(f"has no {text_field!r} field (its fields: {shown or 'none'})")
        text = item[text_field]
        if not isinstance(text, str):
            raise TypeError(f"has a {text_field!r} field holding {type(text).__name__}, not str")
        return text
    raise TypeError(
        f"has type {type(item).__name__}; expected a str or a mapping with a "
        f"{text_field!r} field"
    )


# --- the engine ----------------------------------------------------------------------


def _extract_chunk(
    texts: list[str], options: dict[str, Any], safe: bool
) -> tuple[list[_Outcome], BaseException | None]:
    """Extract from each text (in a worker): the outcomes, and the error that stopped it.

    In ``safe`` mode an error in one text becomes its outcome (a message) and the rest go
    on; otherwise the outcomes so far come back with the error, to be raised in order.
    """
    out: list[_Outcome] = []
    for text in texts:
        try:
            out.append(extract(text, **options))
        except Exception as err:
            if not safe:
                return out, err
            out.append(f"internal error: {type(err).__name__}: {err}")
    return out, None


def _stream(
    texts: Iterator[str],
    *,
    jobs: int,
    chunksize: int,
    options: dict[str, Any],
    safe: bool = False,
) -> Iterator[_Outcome]:
    """The outcome of each text in order: serial for ``jobs == 1``, else in processes.

    Arguments must be checked already. With ``safe`` a text on which :func:`extract`
    fails gives a message (a ``str``) in place of its quotes; an error raised while
    reading ``texts`` is still raised, after the outcomes of the texts before it.
    """
    if jobs == 1:
        for text in texts:
            outcomes, error = _extract_chunk([text], options, safe)
            yield from outcomes
            if error is not None:
                raise error
        return
    yield from _parallel(texts, _extract_chunk, jobs, chunksize, options, safe)


def _watch_parent(parent: int) -> None:
    """In a worker: exit when ``parent`` is gone (killed: it could not shut us down)."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="quoteattr-watch-parent", daemon=True).start()


def _warm_up() -> None:
    """Load what the first calls of :func:`extract` would: NLTK's Punkt, and every
    pattern compiled on first use."""
    from .patterns import compile_all
    from .sentences import _tokenizer

    compile_all()
    _tokenizer()
    extract('"Ready," she said.')


def _parallel(
    texts: Iterator[str],
    work: Callable[..., tuple[list[_Outcome], BaseException | None]],
    jobs: int,
    chunksize: int,
    options: dict[str, Any],
    safe: bool,
) -> Iterator[_Outcome]:
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor  # slow to import: lazily

    if multiprocessing.get_start_method() == "fork":
        # Forked workers inherit what this process has loaded: load it once, here,
        # rather than once in every worker (NLTK's Punkt and the large patterns: ~1 s).
        _warm_up()
    pool = ProcessPoolExecutor(
        max_workers=jobs, initializer=_watch_parent, initargs=(os.getpid(),)
    )
    pending: deque[Future[tuple[list[_Outcome], BaseException | None]]] = deque()
    read_error: BaseException | None = None
    exhausted = False

    def submit_next() -> None:
        nonlocal read_error, exhausted
        chunk: list[str] = []
        chars = 0
        try:
            while len(chunk) < chunksize and chars < _CHUNK_CHARS:
                text = next(texts, None)
                if text is None:
                    exhausted = True
                    break
                chunk.append(text)
                chars += len(text)
        except Exception as err:  # a bad item: raised once everything before it is out
            read_error = err
            exhausted = True
        if chunk:
            pending.append(pool.submit(work, chunk, options, safe))

    try:
        while not exhausted and len(pending) < jobs * _IN_FLIGHT_PER_JOB:
            submit_next()
        while pending:
            outcomes, error = pending.popleft().result()
            if not exhausted:
                submit_next()  # keep the workers busy while the caller reads
            yield from outcomes
            if error is not None:
                raise error
        if read_error is not None:
            raise read_error
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
