"""``quoteattr --jsonl``: corpora in, one line per record out, errors, CSV, resuming."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import quoteattr
import quoteattr.cli
from quoteattr.cli import CSV_COLUMNS, main

RECORDS = [
    {"id": "a", "text": '"We have made hard choices," the mayor said on Monday.'},
    {"id": "b", "text": "No one said anything."},
    {"id": "c", "text": 'Tom Reyes said the plan was "a gift to developers".'},
    {"id": "d", "text": '"Come in," said Mrs. Hale. "The tea is getting cold."'},
    {"id": "e", "text": '"Thank you," John replied.'},
]


def _runner() -> CliRunner:
    """A runner keeping standard error apart from standard output on every click 8."""
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]  # click < 8.2
    except TypeError:
        return CliRunner()


def _write_jsonl(path: Path, lines: list[object]) -> Path:
    """Write each item as a JSON line (a ``str`` is written as it is)."""
    text = "".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines)
    path.write_text(text, encoding="utf-8")
    return path


def _expected(record: dict[str, str], key: object = None) -> dict[str, object]:
    """The output line of a well-formed record."""
    quotes = [q.to_dict() for q in quoteattr.extract(record["text"])]
    return {"id": record["id"] if key is None else key, "quotes": quotes}


def _lines(path: Path) -> list[dict[str, object]]:
    """The JSON objects of an output file, one a line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A well-formed corpus of five records."""
    return _write_jsonl(tmp_path / "corpus.jsonl", list(RECORDS))


def test_one_line_per_record_with_its_id_and_quotes(corpus: Path) -> None:
    """Each record gives ``{"id", "quotes"}`` on standard output, in input order."""
    result = _runner().invoke(main, ["--jsonl", str(corpus)])
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == [_expected(r) for r in RECORDS]
    assert lines[1]["quotes"] == []


def test_output_option_writes_the_file(corpus: Path, tmp_path: Path) -> None:
    """``-o OUT`` writes the lines to OUT and nothing to standard output."""
    out = tmp_path / "out.jsonl"
    result = _runner().invoke(main, ["--jsonl", str(corpus), "-o", str(out)])
    assert (result.exit_code, result.stdout) == (0, "")
    assert _lines(out) == [_expected(r) for r in RECORDS]


def test_two_jobs_write_the_same_file(corpus: Path, tmp_path: Path) -> None:
    """``--jobs 2`` writes exactly what one job writes."""
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    _runner().invoke(main, ["--jsonl", str(corpus), "-o", str(one)])
    result = _runner().invoke(main, ["--jsonl", str(corpus), "-o", str(two), "--jobs", "2"])
    assert result.exit_code == 0
    assert two.read_bytes() == one.read_bytes()


def test_id_is_the_line_number_without_an_id_field(tmp_path: Path) -> None:
    """A record without the id field is named by its line number (blank lines count)."""
    path = _write_jsonl(tmp_path / "c.jsonl", [{"text": RECORDS[0]["text"]}, "", RECORDS[1]])
    result = _runner().invoke(main, ["--jsonl", str(path)])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == [1, "b"]


def test_text_and_id_fields_can_be_named(tmp_path: Path) -> None:
    """``--text-field`` and ``--id-field`` choose where the text and the id are."""
    records = [{"doc": "x1", "body": r["text"]} for r in RECORDS[:2]]
    path = _write_jsonl(tmp_path / "c.jsonl", records)
    args = ["--jsonl", str(path), "--text-field", "body", "--id-field", "doc"]
    result = _runner().invoke(main, args)
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == [_expected(r, "x1") for r in RECORDS[:2]]


def test_standard_input_is_read_with_a_dash(corpus: Path) -> None:
    """``--jsonl -`` reads the corpus from standard input."""
    result = _runner().invoke(main, ["--jsonl", "-"], input=corpus.read_bytes())
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == len(RECORDS)


def test_malformed_line_gives_an_error_line_and_the_run_goes_on(tmp_path: Path) -> None:
    """Bad JSON: an error line with its line number, the others written, exit status 1."""
    path = _write_jsonl(tmp_path / "c.jsonl", [RECORDS[0], '{"id": "x", "text": ', RECORDS[2]])
    out = tmp_path / "out.jsonl"
    result = _runner().invoke(main, ["--jsonl", str(path), "-o", str(out)])
    assert result.exit_code == 1
    first, error, third = _lines(out)
    assert (first, third) == (_expected(RECORDS[0]), _expected(RECORDS[2]))
    assert error["id"] == 2 and error["line"] == 2
    assert str(error["error"]).startswith("not valid JSON")
    assert f"{path} line 2: not valid JSON" in result.stderr


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ({"id": "x", "body": "hi"}, "the record has no 'text' field"),
        ({"id": "x", "text": 5}, "the record has a 'text' field holding int, not str"),
    ],
)
def test_record_without_text_gives_an_error_line_with_its_id(
    tmp_path: Path, line: dict[str, object], message: str
) -> None:
    """A record lacking a text (or with a non-string one) is reported by id and line."""
    path = _write_jsonl(tmp_path / "c.jsonl", [line, RECORDS[1]])
    result = _runner().invoke(main, ["--jsonl", str(path)])
    assert result.exit_code == 1
    error, ok = (json.loads(x) for x in result.stdout.splitlines())
    assert (error["id"], error["line"]) == ("x", 1)
    assert error["error"].startswith(message)
    assert ok == _expected(RECORDS[1])


@pytest.mark.parametrize("line", ["[1, 2]", '"just a string"', "3"])
def test_json_that_is_not_an_object_gives_an_error_line(tmp_path: Path, line: str) -> None:
    """A JSON value other than an object is an error line saying what it is."""
    path = _write_jsonl(tmp_path / "c.jsonl", [line])
    result = _runner().invoke(main, ["--jsonl", str(path)])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"].startswith("not a JSON object but ")


def test_clean_corpus_reports_nothing_on_standard_error(corpus: Path) -> None:
    """A run where every record is fine writes nothing on standard error (no bar: no tty)."""
    result = _runner().invoke(main, ["--jsonl", str(corpus)])
    assert (result.exit_code, result.stderr) == (0, "")


def test_csv_writes_a_header_and_one_row_per_quote(corpus: Path) -> None:
    """``--format csv``: the header, then one row per quotation with the record's id."""
    result = _runner().invoke(main, ["--jsonl", str(corpus), "--format", "csv"])
    assert result.exit_code == 0
    header, *rows = list(csv.reader(io.StringIO(result.stdout)))
    assert header == ["id", *CSV_COLUMNS]
    expected = [(r["id"], q) for r in RECORDS for q in quoteattr.extract(r["text"])]
    assert len(rows) == len(expected)
    for row, (key, quote) in zip(rows, expected, strict=True):
        assert row[0] == key
        assert row[1:4] == [str(quote.start), str(quote.end), quote.kind]
        assert row[-1] == quote.text
    assert "b" not in [row[0] for row in rows]  # no quotations, no rows


def test_csv_reports_errors_on_standard_error_only(tmp_path: Path) -> None:
    """With CSV a bad record is reported on standard error and the status is 1."""
    path = _write_jsonl(tmp_path / "c.jsonl", ["{oops", RECORDS[0]])
    result = _runner().invoke(main, ["--jsonl", str(path), "-f", "csv"])
    assert result.exit_code == 1
    assert "line 1: not valid JSON" in result.stderr
    assert len(list(csv.reader(io.StringIO(result.stdout)))) == 2  # header and a quote


def test_resume_after_an_interruption_writes_each_record_once(
    corpus: Path, tmp_path: Path
) -> None:
    """Cut short after k lines (and half a line), ``--resume`` ends with the full file."""
    full, cut = tmp_path / "full.jsonl", tmp_path / "cut.jsonl"
    _runner().invoke(main, ["--jsonl", str(corpus), "-o", str(full)])
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    for k in (0, 2, 4):
        cut.write_text("".join(lines[:k]) + lines[k][:20], encoding="utf-8")
        args = ["--jsonl", str(corpus), "-o", str(cut), "--resume"]
        result = _runner().invoke(main, args)
        assert result.exit_code == 0
        assert cut.read_bytes() == full.read_bytes()


def test_resume_with_two_jobs_writes_each_record_once(corpus: Path, tmp_path: Path) -> None:
    """Resuming in worker processes gives the same file as one uninterrupted run."""
    full, cut = tmp_path / "full.jsonl", tmp_path / "cut.jsonl"
    _runner().invoke(main, ["--jsonl", str(corpus), "-o", str(full)])
    cut.write_text("".join(full.read_text(encoding="utf-8").splitlines(True)[:3]), "utf-8")
    args = ["--jsonl", str(corpus), "-o", str(cut), "--resume", "-j", "2"]
    assert _runner().invoke(main, args).exit_code == 0
    assert cut.read_bytes() == full.read_bytes()


def test_resume_of_a_finished_run_adds_nothing(corpus: Path, tmp_path: Path) -> None:
    """``--resume`` on a complete output leaves it as it is."""
    out = tmp_path / "out.jsonl"
    _runner().invoke(main, ["--jsonl", str(corpus), "-o", str(out)])
    before = out.read_bytes()
    result = _runner().invoke(main, ["--jsonl", str(corpus), "-o", str(out), "--resume"])
    assert result.exit_code == 0
    assert out.read_bytes() == before


def test_resume_without_output_file_starts_afresh(corpus: Path, tmp_path: Path) -> None:
    """``--resume`` with an OUT that does not exist yet does the whole corpus."""
    out = tmp_path / "new.jsonl"
    result = _runner().invoke(main, ["--jsonl", str(corpus), "-o", str(out), "--resume"])
    assert result.exit_code == 0
    assert _lines(out) == [_expected(r) for r in RECORDS]


def test_resume_keeps_earlier_error_lines_and_fails(tmp_path: Path) -> None:
    """Error lines already in OUT are kept, reported, and the status stays 1."""
    path = _write_jsonl(tmp_path / "c.jsonl", ["{oops", RECORDS[0], RECORDS[1]])
    out = tmp_path / "out.jsonl"
    _runner().invoke(main, ["--jsonl", str(path), "-o", str(out)])
    out.write_text(out.read_text(encoding="utf-8").splitlines(True)[0], encoding="utf-8")
    result = _runner().invoke(main, ["--jsonl", str(path), "-o", str(out), "--resume"])
    assert result.exit_code == 1
    assert "already holds 1 error lines" in result.stderr
    assert [line.get("error") is None for line in _lines(out)] == [False, True, True]


def test_resume_refuses_an_output_of_another_corpus(corpus: Path, tmp_path: Path) -> None:
    """OUT whose ids do not match the corpus is a usage error and is left untouched."""
    other = _write_jsonl(tmp_path / "other.jsonl", [{**RECORDS[0], "id": "zz"}])
    out = tmp_path / "out.jsonl"
    _runner().invoke(main, ["--jsonl", str(other), "-o", str(out)])
    out.write_bytes(out.read_bytes() + b'{"id": "half')
    before = out.read_bytes()
    result = _runner().invoke(main, ["--jsonl", str(corpus), "-o", str(out), "--resume"])
    assert result.exit_code == 2
    assert '"zz"' in result.stderr and '"a"' in result.stderr
    assert out.read_bytes() == before


def test_resume_refuses_an_output_longer_than_the_corpus(corpus: Path, tmp_path: Path) -> None:
    """OUT with more lines than the corpus has records cannot be its output."""
    out = tmp_path / "out.jsonl"
    _runner().invoke(main, ["--jsonl", str(corpus), "-o", str(out)])
    short = _write_jsonl(tmp_path / "short.jsonl", RECORDS[:2])
    result = _runner().invoke(main, ["--jsonl", str(short), "-o", str(out), "--resume"])
    assert result.exit_code == 2
    assert "has only 2 records" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--resume"],  # no -o
        ["--resume", "-o", "out.jsonl", "-f", "csv"],
        ["-f", "table"],
        ["-f", "json"],
        ["--jobs", "0"],
        ["--jobs", "-3"],
        ["story.txt"],  # FILEs and --jsonl together
    ],
)
def test_combinations_that_cannot_work_are_usage_errors(corpus: Path, args: list[str]) -> None:
    """Resuming without OUT or with CSV, other formats, bad --jobs, or FILEs: exit 2."""
    result = _runner().invoke(main, ["--jsonl", str(corpus), *args])
    assert result.exit_code == 2
    assert result.stdout == ""


@pytest.mark.parametrize("option", ["--text-field", "--id-field"])
def test_corpus_options_without_jsonl_are_usage_errors(option: str, tmp_path: Path) -> None:
    """``--text-field``/``--id-field`` without ``--jsonl`` are refused, not ignored."""
    story = tmp_path / "s.txt"
    story.write_text("x", encoding="utf-8")
    result = _runner().invoke(main, [option, "body", str(story)])
    assert result.exit_code == 2
    assert option in result.stderr


def test_missing_corpus_is_an_error_naming_it(tmp_path: Path) -> None:
    """A corpus that cannot be opened: a message naming it and exit status 1."""
    result = _runner().invoke(main, ["--jsonl", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 1
    assert "nope.jsonl" in result.stderr


def test_progress_bar_is_shown_on_a_terminal_unless_quiet(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a terminal a progress bar counting records goes to standard error; -q hides it."""
    monkeypatch.setattr(quoteattr.cli, "_isatty", lambda stream: True)
    out = tmp_path / "out.jsonl"
    shown = _runner().invoke(main, ["--jsonl", str(corpus), "-o", str(out)])
    assert shown.exit_code == 0
    assert "5/5" in shown.stderr and "record" in shown.stderr
    quiet = _runner().invoke(main, ["--jsonl", str(corpus), "-o", str(out), "--quiet"])
    assert (quiet.exit_code, quiet.stderr) == (0, "")
