"""The records: construction, immutability, dict/JSON/pickle round trips."""

from __future__ import annotations

import json
import pickle

import attrs
import pytest

from quoteattr import KINDS, Quote, Span

TEXT = "\"The 'plan' failed,\" Ann Lee said."


def _full_quote() -> Quote:
    """A quote with every field set, including a nested quote and mention/cue spans."""
    inner = Quote(5, 11, "'plan'", Span(6, 10, "plan"), kind="term")
    return Quote(
        start=0,
        end=20,
        text=TEXT[0:20],
        content=Span(1, 19, TEXT[1:19]),
        kind="direct",
        speaker="Ann Lee",
        mention=Span(21, 28, "Ann Lee"),
        cue=Span(29, 33, "said"),
        rule="after-verb",
        nested=(inner,),
    )


def test_span_holds_its_fields() -> None:
    """A span keeps the start, end and text it was given."""
    span = Span(4, 9, "Trump")
    assert (span.start, span.end, span.text) == (4, 9, "Trump")


def test_quote_defaults_are_unattributed_direct_and_flat() -> None:
    """A quote built from offsets alone is direct, with no speaker, cue or nesting."""
    quote = Quote(0, 4, '"Hi"', Span(1, 3, "Hi"))
    assert quote.kind == "direct"
    assert (quote.speaker, quote.mention, quote.cue, quote.rule) == (None, None, None, None)
    assert quote.nested == ()


def test_kinds_are_the_documented_three() -> None:
    """The kinds are direct, partial and term, in that order."""
    assert KINDS == ("direct", "partial", "term")


def test_equal_fields_make_equal_and_hashable_records() -> None:
    """Records compare by value and can be set members."""
    assert _full_quote() == _full_quote()
    assert len({_full_quote(), _full_quote()}) == 1


def test_different_fields_make_unequal_records() -> None:
    """Records that differ in one field are not equal."""
    assert Span(0, 1, "a") != Span(0, 1, "b")
    assert _full_quote() != attrs.evolve(_full_quote(), speaker="Bob")


def test_span_is_frozen() -> None:
    """Assigning to a span's field raises FrozenInstanceError."""
    span = Span(0, 1, "a")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 5  # type: ignore[misc]


def test_quote_is_frozen() -> None:
    """Assigning to a quote's field raises FrozenInstanceError."""
    quote = _full_quote()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        quote.speaker = "Someone else"  # type: ignore[misc]


def test_span_dict_round_trip() -> None:
    """``Span.from_dict(span.to_dict())`` gives the same span."""
    span = Span(4, 9, "Trump")
    assert span.to_dict() == {"start": 4, "end": 9, "text": "Trump"}
    assert Span.from_dict(span.to_dict()) == span


def test_quote_dict_round_trip_keeps_nested_mention_and_cue() -> None:
    """A fully set quote survives ``to_dict``/``from_dict``, nested quote included."""
    quote = _full_quote()
    again = Quote.from_dict(quote.to_dict())
    assert again == quote
    assert again.nested[0].kind == "term"
    assert again.mention == Span(21, 28, "Ann Lee") and again.cue == Span(29, 33, "said")


def test_quote_dict_has_plain_nested_lists() -> None:
    """``to_dict`` gives nested quotes as a list of dicts and spans as dicts."""
    data = _full_quote().to_dict()
    assert isinstance(data["nested"], list) and isinstance(data["nested"][0], dict)
    assert data["mention"] == {"start": 21, "end": 28, "text": "Ann Lee"}


def test_unset_spans_are_none_in_dict() -> None:
    """A quote with no mention or cue writes them as None, and reads them back so."""
    quote = Quote(0, 4, '"Hi"', Span(1, 3, "Hi"))
    data = quote.to_dict()
    assert data["mention"] is None and data["cue"] is None
    assert Quote.from_dict(data) == quote


def test_quote_dict_is_json_serialisable() -> None:
    """``json.dumps(quote.to_dict())`` works and loads back to an equal quote."""
    quote = _full_quote()
    text = json.dumps(quote.to_dict(), ensure_ascii=False)
    assert Quote.from_dict(json.loads(text)) == quote


def test_records_pickle_round_trip() -> None:
    """Spans and quotes (nested included) survive pickling unchanged."""
    quote = _full_quote()
    assert pickle.loads(pickle.dumps(quote)) == quote
    assert pickle.loads(pickle.dumps(quote.content)) == quote.content


def test_pickled_records_carry_every_field() -> None:
    """Quote and Span pickle as their class called with every field, in field order, so
    a field added later cannot be dropped silently; a bare quote's defaults come back."""
    for record in (_full_quote(), _full_quote().content):
        cls, args = record.__reduce__()
        assert cls is type(record)
        assert args == tuple(getattr(record, f.name) for f in attrs.fields(cls))
    bare = Quote(0, 4, '"Hi"', Span(1, 3, "Hi"))
    assert pickle.loads(pickle.dumps(bare)) == bare


def test_from_dict_rejects_missing_fields() -> None:
    """A dict missing a required field is refused with KeyError, not half-read."""
    data = _full_quote().to_dict()
    del data["content"]
    with pytest.raises(KeyError):
        Quote.from_dict(data)
