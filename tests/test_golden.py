"""The team's golden cases (tests/golden/cases.jsonl): invented news and fiction snippets.

Each case lists every top-level quotation expected, with its kind and, where the case
gives one, its speaker (null means "not checked" for fiction, "no speaker" for terms).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import quoteattr

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "golden" / "cases.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_golden_quotes_found(case: dict[str, Any]) -> None:
    """Exactly the expected quotations are found, in order."""
    found = quoteattr.extract(case["text"])
    assert [q.text for q in found] == [q["text"] for q in case["quotes"]]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_golden_kinds(case: dict[str, Any]) -> None:
    """Each quotation gets the expected kind."""
    found = quoteattr.extract(case["text"])
    assert [q.kind for q in found] == [q["kind"] for q in case["quotes"]]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_golden_speakers(case: dict[str, Any]) -> None:
    """Each quotation with an expected speaker gets it (as speaker or mention text)."""
    found = quoteattr.extract(case["text"])
    for q, want in zip(found, case["quotes"], strict=True):
        if want["kind"] == "term":
            assert q.speaker is None
        elif want["speaker"] is not None:
            assert want["speaker"] in (q.speaker, q.mention.text if q.mention else None)
