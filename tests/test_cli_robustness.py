"""The command line on bad input: files that cannot be read or decoded, empty input.

Each bad input gets one clear line on standard error naming it, the other inputs are
still processed, and the exit status is 1. An empty file or empty standard input is
not an error: it holds no quotation (exit 0). tests/test_cli.py has the basic cases (a
missing file, a byte that does not decode); this file adds the rest.
"""

from __future__ import annotations

import builtins
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import quoteattr
from quoteattr.cli import main

TEXT = '"We won," she said.\n'


def _runner() -> CliRunner:
    """A runner keeping standard error apart from standard output on every click 8."""
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]  # click < 8.2
    except TypeError:
        return CliRunner()


def _invoke(*args: str, stdin: bytes | None = None) -> Result:
    """Run the command with ``args``, standard error kept apart."""
    return _runner().invoke(main, list(args), input=stdin)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    """A small UTF-8 file holding one quotation."""
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _files(result: Result) -> list[str]:
    """The file named on each JSON line printed."""
    return [json.loads(line)["file"] for line in result.stdout.splitlines()]


def test_path_through_a_file_is_one_error_line(story: Path) -> None:
    """A path that cannot be opened (a file used as a directory): one line naming it and
    saying why, the next file still done, exit status 1."""
    bad = f"{story}/inner.txt"
    result = _invoke(bad, str(story))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"quoteattr: {bad}: cannot read: Not a directory"]
    assert _files(result) == [str(story)]


def test_permission_denied_is_one_error_line(
    story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file the user may not read: one line naming it and saying so, the other file
    still done, exit status 1. (Opening is refused by hand: root may read anything.)"""
    locked = tmp_path / "locked.txt"
    locked.write_text(TEXT, encoding="utf-8")
    real_open = builtins.open

    def refusing_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    monkeypatch.setattr(io, "open", refusing_open)
    result = _invoke(str(locked), str(story))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"quoteattr: {locked}: cannot read: Permission denied"
    ]
    assert _files(result) == [str(story)]


def test_undecodable_byte_offset_counts_bytes_not_characters(tmp_path: Path) -> None:
    """The offset in the decoding error is in bytes: ``é`` takes two before the bad one."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes("café café ".encode() + b'\xff "x"')
    result = _invoke(str(bad))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"quoteattr: {bad}: cannot decode as utf-8 at byte 12 (invalid start byte); "
        "try --encoding"
    ]


def test_undecodable_standard_input_names_it_and_the_byte() -> None:
    """Standard input that does not decode: one line naming ``-``, the byte and the
    option to use, exit status 1."""
    result = _invoke("-", stdin=b'ok "\xfe"')
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "quoteattr: -: cannot decode as utf-8 at byte 4 (invalid start byte); try --encoding"
    ]
    assert result.stdout == ""


def test_each_bad_input_gets_its_own_line_and_the_good_ones_are_done(
    story: Path, tmp_path: Path
) -> None:
    """Several bad inputs among good ones: one error line each, in input order, every
    good file's quotations printed in order, exit status 1 once."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff")
    result = _invoke(str(story), "missing.txt", str(bad), str(story))
    assert result.exit_code == 1
    assert [line.split(":")[1].strip() for line in result.stderr.splitlines()] == [
        "missing.txt", str(bad)
    ]
    assert _files(result) == [str(story), str(story)]


def test_empty_file_among_others_is_no_error(story: Path, tmp_path: Path) -> None:
    """An empty file is read as a text without quotations: no error line, the other
    files done, exit status 0."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = _invoke(str(empty), str(story), str(empty))
    assert (result.exit_code, result.stderr) == (0, "")
    assert _files(result) == [str(story)]


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_empty_file_in_json_and_csv(tmp_path: Path, fmt: str) -> None:
    """An empty file gives an empty list in ``json`` and the header alone in ``csv``."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = _invoke("-f", fmt, str(empty))
    assert (result.exit_code, result.stderr) == (0, "")
    if fmt == "json":
        assert json.loads(result.stdout) == {str(empty): []}
    else:
        assert result.stdout.splitlines()[1:] == []


def test_odd_characters_keep_offsets_into_the_decoded_file(tmp_path: Path) -> None:
    """CRLF and lone CR line ends, NUL, bidi and zero-width characters: every offset
    printed slices the decoded file to the text printed."""
    text = 'He said\r\n"a\x00b\u202e\u200b," she said.\r"Lone CR," he said.\f"Yes."\r\n'
    path = tmp_path / "odd.txt"
    path.write_bytes(text.encode("utf-8"))
    result = _invoke(str(path))
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in records] == [q.text for q in quoteattr.extract(text)]
    for record in records:
        assert text[record["start"] : record["end"]] == record["text"]


def test_error_for_a_name_with_a_line_break_is_one_line(tmp_path: Path) -> None:
    """A missing file whose name holds a line break is still reported on one line."""
    result = _invoke(str(tmp_path / "two\nlines.txt"))
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1
