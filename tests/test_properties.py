"""Properties that hold for every input string, checked with hypothesis.

Three strategies: any text at all; text built from quotation marks, words, spaces and
line breaks, which reaches the pairing logic far more often than random characters do;
and such text mixed with the characters that trip text handling up (lone surrogates,
NUL, zero-width and bidi controls, combining marks, CR and CRLF line ends, form feeds,
NBSP), with names and speech verbs so that attribution runs too.

Edits far away: the quotations (offsets, kinds, nesting) found in a text stay the same
when a paragraph is appended to it. Speakers are not compared: the cast of a document
(the fullest form of each name) and the guessed style (``style="auto"``) rightly read
the whole text, so a later paragraph may change who an earlier quotation is given to.
See docs/robustness.md.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise

from hypothesis import example, given, settings
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

#: Characters that trip text handling up: lone surrogates, NUL, zero-width and bidi
#: controls, combining marks, line ends of every kind, NBSP and a byte-order mark.
ODD = [
    "\ud800", "\udfff", "\x00", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",
    "\u202e", "\u202a", "\u2066", "\u2069", "\u200f", "\u0301", "\u0308", "\u20dd",
    "\u00a0", "\u2028", "\u2029", "\x85", "\x0c", "\x0b", "\x1c", "\r", "\r\n", "\r\r",
]

#: Quotey text with odd characters, names, titles and speech verbs mixed in.
odd_text = st.lists(
    st.one_of(
        st.sampled_from(list(MARKS + "‹›‚‟‛")),
        st.sampled_from(ODD),
        st.sampled_from(
            ["said", "told", "replied", "Mr.", "Mrs.", "Sen.", "Jane", "Smith", "Ann Lee",
             "he", "she", "Oh,", "according to", "a spokesman", "We won", "it's", "I"]
        ),
        st.sampled_from([" ", " ", "\n", "\n\n", "\t", ",", ".", ":", "?", "—"]),
        st.sampled_from(["<b x=", ">", "''", "(", ")"]),
        st.text(max_size=3),
    ),
    max_size=80,
).map("".join)

any_text = st.text(max_size=300)
some_text = st.one_of(any_text, quotey_text, odd_text)

#: A line of marks and words (no line break), for blocks of several lines.
_line = st.lists(
    st.one_of(
        st.sampled_from(list(MARKS)),
        st.sampled_from(["We", "won", "said", "it's", "one.", "two", "Jones'", " ", " ", ","]),
    ),
    max_size=12,
).map("".join)

#: Lines joined by single line breaks, ending with or without a line break: a block
#: that may read as hard-wrapped, which is where a trailing line end matters.
lined_text = st.tuples(
    st.lists(_line, min_size=1, max_size=4).map("\n".join),
    st.sampled_from(["", "\n", "\r\n", "\r", "\n ", " "]),
).map("".join)

#: A paragraph to append: it starts with a letter (a paragraph that starts with an
#: opening mark continues the speech left open before it; see docs/finding.md).
appended = st.tuples(st.sampled_from("AbZ"), st.one_of(quotey_text, odd_text)).map("".join)

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


@SETTINGS
@given(odd_text, st.sampled_from(["auto", "news", "fiction"]))
def test_extract_never_raises_in_any_style(text: str, style: str) -> None:
    """Odd characters and line ends never make extract raise, whatever the style."""
    assert all(isinstance(q, Quote) for q in quoteattr.extract(text, style=style))


@SETTINGS
@given(some_text, st.sampled_from(["news", "fiction"]))
def test_mention_and_cue_offsets_slice_the_input(text: str, style: str) -> None:
    """Every mention and cue span slices the input to its own text, nested quotes too."""
    for quote in _walk(quoteattr.extract(text, style=style)):
        for span in (quote.mention, quote.cue):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text)
                assert text[span.start : span.end] == span.text


@SETTINGS
@given(some_text, st.sampled_from(["news", "fiction"]))
def test_speaker_mention_is_never_inside_its_own_quotation(text: str, style: str) -> None:
    """The words a quotation is attributed on lie outside that quotation."""
    for quote in quoteattr.extract(text, style=style):
        if quote.mention is not None:
            assert quote.mention.end <= quote.start or quote.mention.start >= quote.end


def _shape(quotes: Sequence[Quote]) -> list[tuple[int, int, str, list[object]]]:
    """The offsets and kind of each quote, with those of its nested ones."""
    return [(q.start, q.end, q.kind, _shape(q.nested)) for q in quotes]


@SETTINGS
@given(st.one_of(quotey_text, odd_text, lined_text), appended)
@example('He said "one.\ntwo\n', "Next.")  # a trailing line end made the block wrapped
@example('\n"\n"', "A")  # the wrap test read the text's last character for the first line
def test_appending_a_paragraph_keeps_the_quotes_before_it(text: str, extra: str) -> None:
    """A paragraph appended after a blank line leaves the earlier quotations as they were:
    same offsets, kinds and nesting (speakers may change; see the module docstring)."""
    before = quoteattr.extract(text)
    after = quoteattr.extract(text + "\n\n" + extra)
    assert _shape(before) == _shape([q for q in after if q.start < len(text)])
