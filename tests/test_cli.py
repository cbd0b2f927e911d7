"""The ``quoteattr`` command line: formats, standard input, errors, exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import quoteattr
from quoteattr.cli import CSV_COLUMNS, TEXT_WIDTH, main

TEXT = '"We won," she said. He called it "a disgrace".\n'


def _runner() -> CliRunner:
    """A runner keeping standard error apart from standard output on every click 8."""
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]  # click < 8.2
    except TypeError:
        return CliRunner()


@pytest.fixture
def story(tmp_path: Path) -> Path:
    """A small UTF-8 file holding two quotations."""
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_jsonl_is_the_default_with_one_object_a_line(story: Path) -> None:
    """By default each quotation is one JSON line: the file name plus ``to_dict()``."""
    result = _runner().invoke(main, [str(story)])
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    expected = [{"file": str(story), **q.to_dict()} for q in quoteattr.extract(TEXT)]
    assert lines == expected
    assert [line["text"] for line in lines] == ['"We won,"', '"a disgrace"']


def test_jsonl_offsets_slice_the_decoded_file(story: Path) -> None:
    """The offsets printed index the file's text as decoded."""
    result = _runner().invoke(main, [str(story)])
    for line in result.stdout.splitlines():
        record = json.loads(line)
        assert TEXT[record["start"] : record["end"]] == record["text"]


def test_json_prints_one_document_keyed_by_file(story: Path, tmp_path: Path) -> None:
    """``--format json`` prints one object mapping each file to its list of quotes."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = _runner().invoke(main, ["--format", "json", str(story), str(empty)])
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert list(document) == [str(story), str(empty)]
    assert document[str(story)] == [q.to_dict() for q in quoteattr.extract(TEXT)]
    assert document[str(empty)] == []


def test_table_lists_quotes_in_aligned_columns(story: Path) -> None:
    """``--format table`` prints a header and one row per quote, columns aligned."""
    result = _runner().invoke(main, ["-f", "table", str(story)])
    assert result.exit_code == 0
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["FILE", "START", "END", "KIND", "SPEAKER", "TEXT"]
    assert len(rows) == 2
    assert rows[0].endswith('"We won,"') and rows[1].endswith('"a disgrace"')
    column = header.index("TEXT")
    assert all(row[column] == '"' for row in rows)


def test_table_truncates_long_text_to_one_line(tmp_path: Path) -> None:
    """A long quotation is shown on one line, cut to the text width with an ellipsis."""
    path = tmp_path / "long.txt"
    words = " ".join(["word"] * 40)
    path.write_text(f'She said "{words}\nand more {words}" today.', encoding="utf-8")
    result = _runner().invoke(main, ["-f", "table", str(path)])
    header, row = result.stdout.splitlines()
    shown = row[header.index("TEXT") :]
    assert len(shown) == TEXT_WIDTH
    assert shown.endswith("…")
    assert "\n" not in shown


def test_table_of_short_text_is_not_truncated(story: Path) -> None:
    """A quotation shorter than the text width is shown whole, with no ellipsis."""
    result = _runner().invoke(main, ["-f", "table", str(story)])
    assert "…" not in result.stdout


def test_dash_reads_standard_input() -> None:
    """``-`` stands for standard input and is named ``-`` in the output."""
    result = _runner().invoke(main, ["-"], input=TEXT.encode("utf-8"))
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"] for r in records] == ["-", "-"]
    assert records[0]["text"] == '"We won,"'


def test_missing_file_is_reported_and_others_still_processed(story: Path) -> None:
    """A missing file: one error line naming it, the next file done, exit status 1."""
    result = _runner().invoke(main, ["no-such-file.txt", str(story)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == ["quoteattr: no-such-file.txt: no such file"]
    assert len(result.stdout.splitlines()) == 2


def test_directory_without_txt_files_is_reported(tmp_path: Path) -> None:
    """A directory holding no ``*.txt`` file is an error naming it, not a crash."""
    (tmp_path / "notes.md").write_text('"Hi," he said.', encoding="utf-8")
    result = _runner().invoke(main, [str(tmp_path)])
    assert result.exit_code == 1
    assert str(tmp_path) in result.stderr and "no .txt files" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_directory_stands_for_its_txt_files_in_name_order(tmp_path: Path) -> None:
    """A directory argument is read as its ``*.txt`` files, sorted, not recursing."""
    (tmp_path / "b.txt").write_text('"Bye," she said.', encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "skip.md").write_text('"No," he said.', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text('"Deep," he said.', encoding="utf-8")
    result = _runner().invoke(main, [str(tmp_path)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    names = [os.path.basename(r["file"]) for r in records]
    assert names == ["a.txt", "a.txt", "b.txt"]
    assert records[0]["file"] == str(tmp_path / "a.txt")


def test_csv_writes_a_header_and_a_row_per_quote(story: Path) -> None:
    """``--format csv`` writes the file name column, then the quote's fields."""
    result = _runner().invoke(main, ["-f", "csv", str(story)])
    assert result.exit_code == 0
    header, *rows = list(csv.reader(io.StringIO(result.stdout)))
    assert header == ["file", *CSV_COLUMNS]
    expected = [
        [str(story), str(q.start), str(q.end), q.kind, q.speaker or "",
         q.mention.text if q.mention else "", q.cue.text if q.cue else "", q.rule or "", q.text]
        for q in quoteattr.extract(TEXT)
    ]
    assert rows == expected


def test_output_option_writes_to_a_file(story: Path, tmp_path: Path) -> None:
    """``-o OUT`` puts what would be printed into OUT instead."""
    out = tmp_path / "out.jsonl"
    printed = _runner().invoke(main, [str(story)]).stdout
    result = _runner().invoke(main, ["-o", str(out), str(story)])
    assert (result.exit_code, result.stdout) == (0, "")
    assert out.read_text(encoding="utf-8") == printed


def test_jobs_give_the_same_output_for_files(story: Path, tmp_path: Path) -> None:
    """``--jobs 2`` prints what one job prints, errors included, in the same order."""
    other = tmp_path / "other.txt"
    other.write_text('"Bye," Jane Doe said.', encoding="utf-8")
    args = [str(story), "missing.txt", str(other), str(story)]
    one = _runner().invoke(main, args)
    two = _runner().invoke(main, ["--jobs", "2", *args])
    assert (two.exit_code, two.stdout, two.stderr) == (1, one.stdout, one.stderr)


def test_undecodable_bytes_name_file_offset_and_encoding(tmp_path: Path, story: Path) -> None:
    """Bytes that do not decode: the error names the file and byte, and hints --encoding."""
    bad = tmp_path / "latin.txt"
    bad.write_bytes(b'ok "caf\xe9"\n')
    result = _runner().invoke(main, [str(bad), str(story)])
    assert result.exit_code == 1
    [message] = result.stderr.strip().splitlines()
    assert str(bad) in message and "byte 7" in message and "--encoding" in message
    assert len(result.stdout.splitlines()) == 2


def test_encoding_option_decodes_other_encodings(tmp_path: Path) -> None:
    """``--encoding latin-1`` reads a Latin-1 file that UTF-8 cannot."""
    bad = tmp_path / "latin.txt"
    bad.write_bytes(b'ok "caf\xe9"\n')
    result = _runner().invoke(main, ["--encoding", "latin-1", str(bad)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["text"] == '"café"'


@pytest.mark.parametrize("encoding", ["no-such-codec", "rot13"])
def test_unknown_encoding_is_a_usage_error(story: Path, encoding: str) -> None:
    """An unknown encoding, or a codec that is not a text encoding, is a usage error."""
    result = _runner().invoke(main, ["--encoding", encoding, str(story)])
    assert result.exit_code == 2
    assert encoding in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("fmt", ["jsonl", "table"])
def test_empty_input_prints_nothing(tmp_path: Path, fmt: str) -> None:
    """An empty file is fine: no output and exit status 0 (jsonl and table)."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = _runner().invoke(main, ["-f", fmt, str(empty)])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_empty_stdin_prints_nothing() -> None:
    """Empty standard input is fine: no output and exit status 0."""
    result = _runner().invoke(main, ["-"], input=b"")
    assert (result.exit_code, result.stdout) == (0, "")


def test_text_without_quotes_prints_nothing(tmp_path: Path) -> None:
    """A file with no quotation marks gives no lines, and is not an error."""
    plain = tmp_path / "plain.txt"
    plain.write_text("No one said anything today.\n", encoding="utf-8")
    result = _runner().invoke(main, [str(plain)])
    assert (result.exit_code, result.stdout) == (0, "")


def test_no_file_argument_is_a_usage_error() -> None:
    """Running with no FILE at all is a usage error (exit 2), not a wait on stdin."""
    result = _runner().invoke(main, [])
    assert result.exit_code == 2


def test_version_prints_package_version() -> None:
    """``--version`` prints the package version."""
    result = _runner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"quoteattr, version {quoteattr.__version__}"


def test_python_dash_m_runs_the_cli(story: Path) -> None:
    """``python -m quoteattr`` runs the same command in a real process."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "quoteattr", "-", str(story), "missing.txt"],
        input=b'"Hi," he said.',
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    records = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [(r["file"], r["text"]) for r in records] == [
        ("-", '"Hi,"'),
        (str(story), '"We won,"'),
        (str(story), '"a disgrace"'),
    ]
    assert done.stderr.decode("utf-8").strip() == "quoteattr: missing.txt: no such file"
