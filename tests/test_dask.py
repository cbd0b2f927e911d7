"""``quoteattr.dask_bag.extract_bag``: a Dask bag in, result dicts out, as serial runs give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quoteattr

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")

from quoteattr.dask_bag import extract_bag  # noqa: E402  (needs dask)

RECORDS = [
    {"id": f"r{i}", "text": text}
    for i, text in enumerate(
        [
            '"We have made hard choices," the mayor said on Monday.',
            "No one said anything.",
            'Tom Reyes said the plan was "a gift to developers".',
            '"Come in," said Mrs. Hale. "The tea is getting cold."',
            '"Thank you," John replied.',
            'She called it "the \u2018savings\u2019 plan" and laughed.',
        ]
        * 2
    )
]


def _serial(record: dict[str, str]) -> dict[str, object]:
    """What ``extract_bag`` should give for a well-formed record."""
    return {"id": record["id"], "quotes": [q.to_dict() for q in quoteattr.extract(record["text"])]}


def test_processes_scheduler_gives_the_serial_results() -> None:
    """On two worker processes, each record's result equals a serial ``extract``."""
    bag = db.from_sequence(RECORDS, npartitions=4)
    with dask.config.set(scheduler="processes", num_workers=2):
        results = extract_bag(bag).compute()
    assert results == [_serial(r) for r in RECORDS]


def test_texts_are_named_by_partition_and_place() -> None:
    """Plain strings get the id ``"P:I"``; records keep their own id."""
    texts = [r["text"] for r in RECORDS[:4]]
    bag = db.from_sequence([*texts, RECORDS[4]], npartitions=2)
    results = extract_bag(bag).compute(scheduler="sync")
    assert [r["id"] for r in results] == ["0:0", "0:1", "0:2", "1:0", "r4"]
    assert [r["quotes"] for r in results[:4]] == [_serial(r)["quotes"] for r in RECORDS[:4]]


def test_fields_and_options_are_used() -> None:
    """``text_field``, ``id_field`` and ``extract``'s options are honoured."""
    bag = db.from_sequence([{"doc": 1, "body": RECORDS[0]["text"]}])
    [result] = extract_bag(bag, text_field="body", id_field="doc", rules=()).compute(
        scheduler="sync"
    )
    expected = [q.to_dict() for q in quoteattr.extract(RECORDS[0]["text"], rules=())]
    assert result == {"id": 1, "quotes": expected}
    assert expected[0]["speaker"] is None


def test_item_without_text_gives_an_error_dict() -> None:
    """A record missing its text gives ``{"id", "error"}``; the other items are done."""
    bag = db.from_sequence([{"id": "x", "body": "hi"}, RECORDS[0], 3], npartitions=1)
    bad, good, number = extract_bag(bag).compute(scheduler="sync")
    assert bad == {"id": "x", "error": "the item has no 'text' field (its fields: 'id', 'body')"}
    assert good == _serial(RECORDS[0])
    assert number["id"] == "0:2" and number["error"].startswith("the item has type int")


def test_bad_arguments_raise_on_the_call() -> None:
    """Not a bag, or an option ``extract`` does not take: TypeError at once."""
    with pytest.raises(TypeError, match=r"takes a dask.bag.Bag, not list"):
        extract_bag([RECORDS[0]["text"]])
    with pytest.raises(TypeError, match=r"unexpected option 'styel'; allowed: rules, style"):
        extract_bag(db.from_sequence(["x"]), styel="news")


def test_jsonl_files_in_and_out_recipe(tmp_path: Path) -> None:
    """The documented recipe: read JSON Lines, extract, write JSON Lines, read them back."""
    (tmp_path / "in").mkdir()
    for part in (0, 1):
        lines = [json.dumps(r) for r in RECORDS[part * 6 : part * 6 + 6]]
        (tmp_path / "in" / f"{part}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    records = db.read_text(str(tmp_path / "in" / "*.jsonl")).map(json.loads)
    written = extract_bag(records).map(json.dumps).to_textfiles(
        str(tmp_path / "out" / "*.jsonl"), compute=False
    )
    dask.compute(*written, scheduler="sync")
    out = sorted((tmp_path / "out").glob("*.jsonl"))
    assert len(out) == 2
    results = [json.loads(x) for path in out for x in path.read_text("utf-8").splitlines()]
    assert results == [_serial(r) for r in RECORDS]
