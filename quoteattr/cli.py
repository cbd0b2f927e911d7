"""The ``quoteattr`` command: print the quotations found in files (or standard input).

``quoteattr FILE...`` (or ``python -m quoteattr FILE...``) reads each file, ``-`` meaning
standard input, and prints its quotations in one of three formats:

* ``jsonl`` (the default): one JSON object a line per quotation,
  ``{"file": NAME, **quote.to_dict()}``, written as each file is done;
* ``json``: one JSON document for the whole run, an object mapping each file name to
  the list of its quotations (``[]`` when it has none); a file that could not be read
  is left out of it, and a name given twice appears once, holding the later reading;
* ``table``: an aligned table for people (file, start, end, kind, speaker, text), the
  text on one line and cut to :data:`TEXT_WIDTH` characters.

Files are read as bytes and decoded with ``--encoding`` (``utf-8`` by default); line
endings are left as they are, so every offset printed is a code-point offset into the
decoded file (with ``utf-8``, a byte-order mark counts as one; ``utf-8-sig`` drops it).
A file that cannot be opened or decoded gets a one-line error on standard error naming
it (and, for decoding, the byte where it failed); the other files are still processed
and the exit status is 1 at the end. Bad usage exits with 2.

>>> from click.testing import CliRunner
>>> result = CliRunner().invoke(main, ["-"], input='"We won," she said.')
>>> result.exit_code, result.output.startswith('{"file": "-", "start": 0, "end": 9,')
(0, True)
>>> CliRunner().invoke(main, ["--version"]).output
'quoteattr, version ...\\n'
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from typing import Any

import click

from . import __version__
from .pipeline import extract
from .records import Quote

__all__ = ["FORMATS", "TEXT_WIDTH", "main"]

#: The output formats of ``--format``.
FORMATS: tuple[str, ...] = ("jsonl", "json", "table")

#: The longest quotation text a ``table`` row shows; longer ones end in "…".
TEXT_WIDTH = 60

_STDIN = "-"


class _InputError(Exception):
    """A file that could not be read or decoded; the message is the one-line report."""


def _validate_encoding(ctx: click.Context, param: click.Parameter, value: str) -> str:
    try:
        # Not b"": decoding nothing skips the codec lookup. Refuses rot13 and the like.
        b"x".decode(value)
    except LookupError:
        raise click.BadParameter(f"unknown text encoding {value!r}") from None
    except ValueError:
        pass  # a real encoding in which b"x" alone is not valid (utf-16, say)
    return value


def _read(name: str, encoding: str) -> str:
    """The decoded text of file ``name`` (``-`` is standard input), or :class:`_InputError`."""
    try:
        if name == _STDIN:
            if sys.stdin is None:
                raise _InputError(f"{name}: standard input is closed")
            data = sys.stdin.buffer.read()
        else:
            with open(name, "rb") as fh:
                data = fh.read()
    except FileNotFoundError:
        raise _InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise _InputError(f"{name}: is a directory") from None
    except OSError as err:
        raise _InputError(f"{name}: cannot read: {err.strerror or err}") from None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise _InputError(
            f"{name}: cannot decode as {encoding} at byte {err.start} ({err.reason}); "
            "try --encoding"
        ) from None


def _record(name: str, quote: Quote) -> dict[str, Any]:
    return {"file": name, **quote.to_dict()}


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


@click.command(
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="Exit status: 0 when every file was read, 1 when one could not be, 2 on bad usage.",
)
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(FORMATS),
    default="jsonl",
    show_default=True,
    help="jsonl: a JSON object a line per quote; json: one document {file: [quotes]}; "
    "table: an aligned table for reading.",
)
@click.option(
    "--encoding",
    "-e",
    default="utf-8",
    show_default=True,
    callback=_validate_encoding,
    help="How the input files are decoded.",
)
@click.version_option(__version__, "--version", "-V", prog_name="quoteattr")
def main(files: tuple[str, ...], fmt: str, encoding: str) -> None:
    """Print the quotations found in each FILE (- for standard input) and who said them.

    Offsets count code points of the decoded file. A FILE that cannot be read or
    decoded is reported on standard error and skipped; the others are still done.
    \f
    (``main`` is a click command; the module docstring holds its examples.)
    """
    failed = False
    document: dict[str, list[dict[str, Any]]] = {}
    rows: list[tuple[str, ...]] = []
    try:
        for name in files:
            try:
                text = _read(name, encoding)
            except _InputError as err:
                failed = True
                click.echo(f"quoteattr: {err}", err=True)
                continue
            quotes = extract(text)
            if fmt == "jsonl":
                for quote in quotes:
                    click.echo(_dumps(_record(name, quote)))
            elif fmt == "json":
                document[name] = [q.to_dict() for q in quotes]
            else:
                rows.extend(_table_row(name, q) for q in quotes)
        if fmt == "json":
            click.echo(_dumps(document))
        elif fmt == "table" and rows:
            for line in _table(rows):
                click.echo(line.rstrip())
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``quoteattr big.txt | head``): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    if failed:
        sys.exit(1)
