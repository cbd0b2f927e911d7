"""The ``quoteattr`` command: print the quotations found in files, or in a JSON Lines corpus.

``quoteattr FILE...`` (or ``python -m quoteattr FILE...``) reads each file, ``-`` meaning
standard input and a directory meaning the ``*.txt`` files in it (sorted by name, not
recursing), and prints its quotations in one of four formats:

* ``jsonl`` (the default): one JSON object a line per quotation,
  ``{"file": NAME, **quote.to_dict()}``, written as each file is done;
* ``json``: one JSON document for the whole run, an object mapping each file name to
  the list of its quotations (``[]`` when it has none); a file that could not be read
  is left out of it, and a name given twice appears once, holding the later reading;
* ``table``: an aligned table for people (file, start, end, kind, speaker, text), the
  text on one line and cut to :data:`TEXT_WIDTH` characters;
* ``csv``: a header, then one row per quotation with the columns of :data:`CSV_COLUMNS`
  (``mention`` and ``cue`` are the words, the empty string when there are none).

Files are read as bytes and decoded with ``--encoding`` (``utf-8`` by default); line
endings are left as they are, so every offset printed is a code-point offset into the
decoded file (with ``utf-8``, a byte-order mark counts as one; ``utf-8-sig`` drops it).
A file that cannot be opened or decoded gets a one-line error on standard error naming
it (and, for decoding, the byte where it failed); the other files are still processed
and the exit status is 1 at the end. Bad usage exits with 2.

``quoteattr --jsonl CORPUS.jsonl -o OUT.jsonl`` reads a corpus of JSON records, one a
line (blank lines are skipped), the text of each under ``--text-field`` (``text``), and
writes one line per record, in input order: ``{"id": ID, "quotes": [quote.to_dict(),
...]}``, where ``ID`` is the record's ``--id-field`` (``id``) or else its line number.
A line that is not a JSON object, or a record with no text, gives instead
``{"id": ID, "line": N, "error": MESSAGE}`` (and the same message on standard error)
and the run goes on; the exit status is then 1. ``--format csv`` writes rows as above
with an ``id`` column, and the errors on standard error only.

``--jobs N`` works in ``N`` processes (``-1``: every core) with the same output. Each
line is written whole and flushed, so an interrupted run leaves a valid file, and
``--resume`` finishes it: it keeps the lines already in OUT (checking their ids against
the input's first records), drops a last line cut short, and appends the rest. A
progress bar is shown on standard error when it is a terminal (not with ``--quiet``).

>>> from click.testing import CliRunner
>>> result = CliRunner().invoke(main, ["-"], input='"We won," she said.')
>>> result.exit_code, result.output.startswith('{"file": "-", "start": 0, "end": 9,')
(0, True)
>>> result = CliRunner().invoke(main, ["--jsonl", "-"], input='{"id": 1, "text": "No."}')
>>> result.exit_code, result.output
(0, '{"id": 1, "quotes": []}\\n')
>>> CliRunner().invoke(main, ["--version"]).output
'quoteattr, version ...\\n'
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

import attrs
import click

from . import __version__
from .batch import CHUNKSIZE, _check_jobs, _record_text, _stream
from .records import Quote

__all__ = ["CSV_COLUMNS", "FORMATS", "TEXT_WIDTH", "main"]

#: The output formats of ``--format``.
FORMATS: tuple[str, ...] = ("jsonl", "json", "table", "csv")

#: The formats that ``--jsonl`` can write.
_CORPUS_FORMATS = ("jsonl", "csv")

#: The columns of ``--format csv`` after the first (``file``, or ``id`` with ``--jsonl``).
CSV_COLUMNS: tuple[str, ...] = (
    "start", "end", "kind", "speaker", "mention", "cue", "rule", "text",
)

#: The longest quotation text a ``table`` row shows; longer ones end in "…".
TEXT_WIDTH = 60

_STDIN = "-"


class _InputError(Exception):
    """A file that could not be read or decoded; the message says why (not naming it)."""


@attrs.frozen
class _Item:
    """One unit of input: a file or a corpus record, its text or what is wrong with it."""

    key: Any  # the file name, or the record's id
    text: str | None
    error: str | None = None
    line: int | None = None  # the record's line number (--jsonl)


def _validate_encoding(ctx: click.Context, param: click.Parameter, value: str) -> str:
    try:
        # Not b"": decoding nothing skips the codec lookup. Refuses rot13 and the like.
        b"x".decode(value)
    except LookupError:
        raise click.BadParameter(f"unknown text encoding {value!r}") from None
    except ValueError:
        pass  # a real encoding in which b"x" alone is not valid (utf-16, say)
    return value


def _validate_jobs(ctx: click.Context, param: click.Parameter, value: int) -> int:
    try:
        return _check_jobs(value)
    except ValueError:
        raise click.BadParameter(
            f"{value} is not a number of processes; give 1 or more, or -1 for every core"
        ) from None


def _read(name: str, encoding: str) -> str:
    """The decoded text of file ``name`` (``-`` is standard input), or :class:`_InputError`."""
    try:
        if name == _STDIN:
            if sys.stdin is None:
                raise _InputError("standard input is closed")
            data = sys.stdin.buffer.read()
        else:
            with open(name, "rb") as fh:
                data = fh.read()
    except FileNotFoundError:
        raise _InputError("no such file") from None
    except IsADirectoryError:
        raise _InputError("is a directory") from None
    except OSError as err:
        raise _InputError(f"cannot read: {err.strerror or err}") from None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise _InputError(
            f"cannot decode as {encoding} at byte {err.start} ({err.reason}); try --encoding"
        ) from None


def _expand(names: Iterable[str]) -> list[str | tuple[str, str]]:
    """Each name, a directory replaced by its ``*.txt`` files; ``(name, error)`` if none."""
    out: list[str | tuple[str, str]] = []
    for name in names:
        if name != _STDIN and os.path.isdir(name):
            txt = sorted(
                entry.name
                for entry in os.scandir(name)
                if entry.name.endswith(".txt") and entry.is_file()
            )
            if not txt:
                out.append((name, "is a directory with no .txt files in it"))
            out.extend(os.path.join(name, t) for t in txt)
        else:
            out.append(name)
    return out


def _file_items(names: list[str | tuple[str, str]], encoding: str) -> Iterator[_Item]:
    for name in names:
        if isinstance(name, tuple):
            yield _Item(name[0], None, name[1])
            continue
        try:
            yield _Item(name, _read(name, encoding))
        except _InputError as err:
            yield _Item(name, None, str(err))


def _json_type(value: Any) -> str:
    names = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _corpus_items(
    lines: Iterable[bytes], encoding: str, text_field: str, id_field: str
) -> Iterator[_Item]:
    """The records of a JSON Lines corpus (blank lines skipped), each with its line number."""
    for number, raw in enumerate(lines, 1):
        try:
            line = raw.decode(encoding)
        except UnicodeDecodeError as err:
            yield _Item(
                number, None,
                f"cannot decode as {encoding} at byte {err.start} of the line ({err.reason})",
                number,
            )
            continue
        if number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield _Item(number, None, f"not valid JSON: {err.msg} at column {err.colno}", number)
            continue
        if not isinstance(record, dict):
            yield _Item(number, None, f"not a JSON object but {_json_type(record)}", number)
            continue
        key = record.get(id_field, number)
        try:
            text = _record_text(record, text_field)
        except ValueError as err:
            yield _Item(key, None, f"the record {err}; name it with --text-field", number)
            continue
        except TypeError as err:
            yield _Item(key, None, f"the record {err}", number)
            continue
        yield _Item(key, text, None, number)


def _outcomes(items: Iterator[_Item], jobs: int) -> Iterator[tuple[_Item, list[Quote] | str]]:
    """Each item with its quotes, or the message of what went wrong, in input order."""
    waiting: deque[_Item] = deque()

    def texts() -> Iterator[str]:
        for item in items:
            waiting.append(item)
            if item.text is not None:
                yield item.text

    for outcome in _stream(texts(), jobs=jobs, chunksize=CHUNKSIZE, options={}, safe=True):
        while waiting[0].text is None:
            item = waiting.popleft()
            yield item, str(item.error)
        yield waiting.popleft(), outcome
    while waiting:
        item = waiting.popleft()
        yield item, str(item.error)


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


def _one_line(text: str, width: int) -> str:
    """``text`` with its whitespace runs made single spaces, cut to ``width`` with "…"."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _table(rows: list[tuple[str, ...]]) -> Iterator[str]:
    """The lines of an aligned table: a header, then ``rows`` (numbers right-aligned)."""
    header = ("FILE", "START", "END", "KIND", "SPEAKER", "TEXT")
    right = (False, True, True, False, False, False)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        cells = [
            cell.rjust(w) if r else cell.ljust(w)
            for cell, w, r in zip(row[:-1], widths, right, strict=False)
        ]
        yield "  ".join([*cells, row[-1]])


def _table_row(name: str, quote: Quote) -> tuple[str, ...]:
    return (
        name,
        str(quote.start),
        str(quote.end),
        quote.kind,
        quote.speaker if quote.speaker is not None else "-",
        _one_line(quote.text, TEXT_WIDTH),
    )


def _csv_line(row: Iterable[Any]) -> str:
    """One CSV record (without its line end; a field may hold line breaks, quoted)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(row)
    return buffer.getvalue()


def _csv_row(key: Any, quote: Quote) -> list[Any]:
    return [
        key,
        quote.start,
        quote.end,
        quote.kind,
        quote.speaker or "",
        "" if quote.mention is None else quote.mention.text,
        "" if quote.cue is None else quote.cue.text,
        quote.rule or "",
        quote.text,
    ]


def _count_records(path: str) -> int | None:
    """The number of non-blank lines of a regular file (for the progress bar), else ``None``."""
    if path == _STDIN or not os.path.isfile(path):
        return None
    with open(path, "rb") as fh:
        return sum(1 for line in fh if not line.isspace())


def _whole_lines(path: str) -> tuple[int, int]:
    """How many whole lines ``path`` starts with, and the byte just after the last one.

    ``(0, 0)`` if there is no such file. A last line with no line end was cut short.
    """
    if not os.path.exists(path):
        return 0, 0
    count = end = 0
    with open(path, "rb") as fh:
        for line in fh:
            if not line.endswith(b"\n"):
                break
            count += 1
            end += len(line)
    return count, end


def _skip_done(
    items: Iterator[_Item], path: str, done: int, source: str
) -> tuple[Iterator[_Item], int]:
    """``items`` after the first ``done``, each checked against its line in ``path``.

    Also gives how many of the lines kept are error lines.
    """
    failed = 0
    if not done:
        return items, failed
    with open(path, "rb") as fh:
        for number in range(1, done + 1):
            raw = fh.readline()
            try:
                record = json.loads(raw)
                key = record["id"]
            except (ValueError, TypeError, KeyError):
                raise click.UsageError(
                    f"cannot resume: line {number} of {path} is not a line that "
                    "quoteattr --jsonl writes"
                ) from None
            failed += "error" in record
            item = next(items, None)
            if item is None:
                raise click.UsageError(
                    f"cannot resume: {path} has {done} lines but {source} has only "
                    f"{number - 1} records; is it the output of this input?"
                )
            if item.key != key:
                raise click.UsageError(
                    f"cannot resume: line {number} of {path} is for id {_dumps(key)} but "
                    f"record {number} of {source} has id {_dumps(item.key)}; "
                    "is it the output of this input?"
                )
    return items, failed


@click.command(
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="Exit status: 0 when every file or record was done, 1 when one could not be, "
    "2 on bad usage.",
)
@click.argument("files", nargs=-1, metavar="[FILE]...")
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(FORMATS),
    default="jsonl",
    show_default=True,
    help="jsonl: a JSON object a line per quote (with --jsonl: per record); json: one "
    "document {file: [quotes]}; table: an aligned table for reading; csv: a row per quote.",
)
@click.option(
    "--encoding",
    "-e",
    default="utf-8",
    show_default=True,
    callback=_validate_encoding,
    help="How the input files are decoded.",
)
@click.option(
    "--jsonl",
    "corpus",
    metavar="CORPUS",
    help="Read a corpus of JSON records, one a line (- for standard input), instead of "
    "FILEs, and write one line per record.",
)
@click.option(
    "--text-field",
    metavar="FIELD",
    default="text",
    show_default=True,
    help="The field holding the text.",
)
@click.option(
    "--id-field",
    metavar="FIELD",
    default="id",
    show_default=True,
    help="The field holding the record's id (else the line number is used).",
)
@click.option(
    "--output", "-o", metavar="OUT", help="Write to OUT instead of standard output."
)
@click.option(
    "--jobs",
    "-j",
    type=int,
    metavar="N",
    default=1,
    show_default=True,
    callback=_validate_jobs,
    help="The number of processes to work in; -1 for every core.",
)
@click.option(
    "--resume",
    is_flag=True,
    help="With --jsonl and -o: keep the records already in OUT and append the others.",
)
@click.option("--quiet", "-q", is_flag=True, help="Show no progress bar.")
@click.version_option(__version__, "--version", "-V", prog_name="quoteattr")
@click.pass_context
def main(
    ctx: click.Context,
    files: tuple[str, ...],
    fmt: str,
    encoding: str,
    corpus: str | None,
    text_field: str,
    id_field: str,
    output: str | None,
    jobs: int,
    resume: bool,
    quiet: bool,
) -> None:
    """Print the quotations found in each FILE (- for standard input) and who said them.

    Offsets count code points of the decoded file. A FILE that cannot be read or
    decoded is reported on standard error and skipped; the others are still done. A
    directory stands for the *.txt files in it.

    With --jsonl CORPUS, each line of CORPUS is a JSON record whose text is read; one
    line is written per record: {"id": ..., "quotes": [...]}, or an error line.
    \f
    (``main`` is a click command; the module docstring holds its examples.)
    """
    _check_usage(ctx, files, fmt, corpus, output, resume)
    with contextlib.ExitStack() as stack:
        failed = _run(stack, files, fmt, encoding, corpus, text_field, id_field, output,
                      jobs, resume, quiet)
    if failed:
        sys.exit(1)


def _run(
    stack: contextlib.ExitStack,
    files: tuple[str, ...],
    fmt: str,
    encoding: str,
    corpus: str | None,
    text_field: str,
    id_field: str,
    output: str | None,
    jobs: int,
    resume: bool,
    quiet: bool,
) -> bool:
    """Do what :func:`main` was asked (files to close go on ``stack``); say if any failed."""
    show = _shows_progress(quiet, to_terminal=output is None)
    skip = failed_before = 0
    if corpus is not None:
        source = "standard input" if corpus == _STDIN else corpus
        if corpus == _STDIN:
            if sys.stdin is None:
                raise click.ClickException("cannot read standard input: it is closed")
            lines: IO[bytes] = sys.stdin.buffer
        else:
            lines = stack.enter_context(_open(corpus, "rb", "read"))
        items = _corpus_items(lines, encoding, text_field, id_field)
        if resume and output is not None:
            skip, end = _whole_lines(output)
            items, failed_before = _skip_done(items, output, skip, source)
            if skip and end != os.path.getsize(output):
                with open(output, "rb+") as fh:
                    fh.truncate(end)  # the line an interruption cut short
        total, unit = (_count_records(corpus) if show else None), "record"
    else:
        names = _expand(files)
        items = _file_items(names, encoding)
        total, unit = len(names), "file"

    out: IO[str] | None = None
    if output is not None:
        out = stack.enter_context(_open(output, "a" if skip else "w", "write"))
    bar = stack.enter_context(_progress(total, skip, unit)) if show else None

    def emit(line: str) -> None:
        if out is None:
            click.echo(line)
        else:
            out.write(line + "\n")
            out.flush()

    def report(message: str) -> None:
        message = _printable(message)
        if bar is None:
            click.echo(f"quoteattr: {message}", err=True)
        else:
            bar.write(f"quoteattr: {message}", file=sys.stderr)

    if failed_before:
        report(f"{output} already holds {failed_before} error lines, kept as they are")
    try:
        if corpus is not None:
            failed = _run_corpus(items, jobs, fmt, emit, report, source, bar)
        else:
            failed = _run_files(items, jobs, fmt, emit, report, bar)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``quoteattr big.txt | head``): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    return failed or failed_before > 0


def _open(path: str, mode: str, verb: str) -> IO[Any]:
    """``path`` opened (text: UTF-8), or a :class:`click.ClickException` saying why not."""
    try:
        if "b" in mode:
            return open(path, mode)
        # newline="": "\n" stays "\n"; backslashreplace: a lone surrogate cannot stop a run
        return open(path, mode, encoding="utf-8", errors="backslashreplace", newline="")
    except OSError as err:
        raise click.ClickException(f"cannot {verb} {path}: {err.strerror or err}") from None


def _check_usage(
    ctx: click.Context,
    files: tuple[str, ...],
    fmt: str,
    corpus: str | None,
    output: str | None,
    resume: bool,
) -> None:
    """Refuse combinations of arguments that cannot work (exit status 2)."""
    if corpus is None:
        if not files:
            raise click.UsageError("give one or more FILEs, or --jsonl CORPUS")
        for name in ("text_field", "id_field", "resume"):
            if ctx.get_parameter_source(name) is click.core.ParameterSource.COMMANDLINE:
                option = "--" + name.replace("_", "-")
                raise click.UsageError(f"{option} goes with --jsonl CORPUS")
        return
    if files:
        raise click.UsageError("give either FILEs or --jsonl CORPUS, not both")
    if fmt not in _CORPUS_FORMATS:
        raise click.UsageError(
            f"--format {fmt} is for FILEs; with --jsonl use {' or '.join(_CORPUS_FORMATS)}"
        )
    if resume and (output is None or fmt != "jsonl"):
        raise click.UsageError("--resume needs -o OUT and --format jsonl")


def _shows_progress(quiet: bool, to_terminal: bool) -> bool:
    """Whether to show a progress bar: when standard error is a terminal and not ``quiet``.

    Not when the output itself goes to the terminal: the two would garble each other.
    """
    return not quiet and _isatty(sys.stderr) and not (to_terminal and _isatty(sys.stdout))


def _progress(total: int | None, done: int, unit: str) -> Any:
    """A tqdm progress bar on standard error."""
    from tqdm import tqdm  # lazily: only for runs that show it

    return tqdm(total=total, initial=done, unit=unit, file=sys.stderr, dynamic_ncols=True)


def _isatty(stream: IO[str] | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


def _run_corpus(
    items: Iterator[_Item],
    jobs: int,
    fmt: str,
    emit: Callable[[str], None],
    report: Callable[[str], None],
    source: str,
    bar: Any = None,
) -> bool:
    """Write the line (or CSV rows) of each record; say whether any record failed."""
    failed = False
    if fmt == "csv":
        emit(_csv_line(("id", *CSV_COLUMNS)))
    for item, outcome in _outcomes(items, jobs):
        if isinstance(outcome, str):
            failed = True
            report(f"{source} line {item.line}: {outcome}")
            if fmt == "jsonl":
                emit(_dumps({"id": item.key, "line": item.line, "error": outcome}))
        elif fmt == "jsonl":
            emit(_dumps({"id": item.key, "quotes": [q.to_dict() for q in outcome]}))
        else:
            for quote in outcome:
                emit(_csv_line(_csv_row(item.key, quote)))
        if bar is not None:
            bar.update()
    return failed


def _printable(message: str) -> str:
    """Escape what is not printable (line breaks above all), so a message is one line.

    >>> _printable("two\\nlines.txt: cannot read")
    'two\\\\nlines.txt: cannot read'
    """
    if message.isprintable():
        return message
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in message)


def _run_files(
    items: Iterator[_Item],
    jobs: int,
    fmt: str,
    emit: Callable[[str], None],
    report: Callable[[str], None],
    bar: Any,
) -> bool:
    """Write the quotations of each file; say whether any file failed."""
    failed = False
    document: dict[str, list[dict[str, Any]]] = {}
    rows: list[tuple[str, ...]] = []
    if fmt == "csv":
        emit(_csv_line(("file", *CSV_COLUMNS)))
    for item, outcome in _outcomes(items, jobs):
        if bar is not None:
            bar.update()
        name = item.key
        if isinstance(outcome, str):
            failed = True
            report(f"{name}: {outcome}")
            continue
        if fmt == "jsonl":
            for quote in outcome:
                emit(_dumps({"file": name, **quote.to_dict()}))
        elif fmt == "json":
            document[name] = [q.to_dict() for q in outcome]
        elif fmt == "csv":
            for quote in outcome:
                emit(_csv_line(_csv_row(name, quote)))
        else:
            rows.extend(_table_row(name, q) for q in outcome)
    if fmt == "json":
        emit(_dumps(document))
    elif fmt == "table" and rows:
        for line in _table(rows):
            emit(line.rstrip())
    return failed
