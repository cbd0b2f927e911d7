"""Properties that hold for every input string, checked with hypothesis.

Two strategies: any text at all, and text built from quotation marks, words, spaces and
line breaks, which reaches the pairing logic far more often than random characters do.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import KINDS, Quote

MARKS = "\"'“”‘’«»„"

#: Text made of quotation marks, words, punctuation, spaces and line breaks.
quotey_text = st.lists(
    st.one_of(
        st.sampled_from(list(MARKS)),
        st.sampled_from(["We", "won", "said", "it's", "Jones", "the", "'90s", "I", "plan"]),
        st.sampled_from([" ", " ", "  ", "\n", "\n\n", "\r", "\r\n", "\t"]),
        st.sampled_from([",", ".", "!", "?", ":", "—", "(", ")"]),
        st.text(max_size=3),
    ),
    max_size=60,
).map("".join)

any_text = st.text(max_size=300)
some_text = st.one_of(any_text, quotey_text)

SETTINGS = settings(max_examples=200, deadline=None)


def _walk(quotes: Sequence[Quote]) -> Iterator[Quote]:
    """Every quote of ``quotes`` and, recursively, every quote nested in them."""
    for quote in quotes:
        yield quote
        yield from _walk(quote.nested)


def _ordered_and_disjoint(quotes: Sequence[Quote]) -> bool:
    """True when each quote ends at or before the next one starts."""
    return all(a.end <= b.start for a, b in pairwise(quotes))


@SETTINGS
@given(some_text)
def test_extract_returns_a_list_of_quotes(text: str) -> None:
    """For any string, extract returns a list whose items are all Quote records."""
    result = quoteattr.extract(text)
    assert isinstance(result, list)
    assert all(isinstance(q, Quote) for q in result)


@SETTINGS
@given(some_text)
def test_top_level_quotes_are_ordered_and_do_not_overlap(text: str) -> None:
    """Top-level quotes come in text order and no two of them overlap."""
    assert _ordered_and_disjoint(quoteattr.extract(text))


@SETTINGS
@given(some_text)
def test_quote_offsets_slice_the_input(text: str) -> None:
    """``text[q.start:q.end] == q.text`` for every quote, nested ones included."""
    for quote in _walk(quoteattr.extract(text)):
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text


@SETTINGS
@given(some_text)
def test_content_offsets_slice_the_input_inside_the_quote(text: str) -> None:
    """The content span slices the input to its text and lies within its quote."""
    for quote in _walk(quoteattr.extract(text)):
        content = quote.content
        assert text[content.start : content.end] == content.text
        assert quote.start <= content.start <= content.end <= quote.end


@SETTINGS
@given(some_text)
def test_nested_quotes_lie_within_their_parent(text: str) -> None:
    """Every nested quote lies inside its parent's content, siblings in order, apart."""
    for parent in _walk(quoteattr.extract(text)):
        for child in parent.nested:
            assert parent.content.start <= child.start
            assert child.end <= parent.content.end
        assert _ordered_and_disjoint(parent.nested)


@SETTINGS
@given(some_text)
def test_every_kind_is_a_known_kind(text: str) -> None:
    """Every quote's kind is one of KINDS."""
    assert all(q.kind in KINDS for q in _walk(quoteattr.extract(text)))


@SETTINGS
@given(quotey_text)
def test_extract_is_deterministic(text: str) -> None:
    """Two calls on the same text return equal results."""
    assert quoteattr.extract(text) == quoteattr.extract(text)


@SETTINGS
@given(quotey_text)
def test_quotes_survive_the_dict_round_trip(text: str) -> None:
    """Every quote found comes back equal from ``Quote.from_dict(q.to_dict())``."""
    for quote in quoteattr.extract(text):
        assert Quote.from_dict(quote.to_dict()) == quote


@given(st.text(alphabet=st.characters(blacklist_characters=MARKS + "‟‚‛‹›"), max_size=200))
@SETTINGS
def test_text_without_marks_has_no_quotes(text: str) -> None:
    """A string with no quotation mark of any kind yields no quotes."""
    assert quoteattr.extract(text) == []
