"""Sentence boundaries: ``quoteattr.sentences``.

``sentence_spans`` with abbreviations (Mr., Sen., U.S.) and initials, and
``ends_sentence``.
"""

from __future__ import annotations

import pytest

from quoteattr.sentences import _unwrapped, ends_sentence, sentence_spans


def _sentences(text: str) -> list[str]:
    """The sentences of the whole of ``text``."""
    return [text[a:b] for a, b in sentence_spans(text, 0, len(text))]


def test_two_plain_sentences() -> None:
    """Two sentences split at the full stop, with offsets into the text."""
    assert sentence_spans("It rained. We left.", 0, 19) == [(0, 10), (11, 19)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. Jones spoke. Then Mr. Smith said", ["Sen. Jones spoke.", "Then Mr. Smith said"]),
        ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
        ("Dr. Hale and Mrs. Cole met. They left.", ["Dr. Hale and Mrs. Cole met.", "They left."]),
        ("He met John F. Kennedy. Then he left.", ["He met John F. Kennedy.", "Then he left."]),
    ],
)
def test_abbreviations_do_not_end_sentences(text: str, expected: list[str]) -> None:
    """Titles, "U.S." and initials keep their sentence together."""
    assert _sentences(text) == expected


def test_question_and_exclamation_end_sentences() -> None:
    """``!`` and ``?`` end sentences too."""
    text = "Gov. Ann Price of St. Louis spoke! Why? Nobody knew."
    assert _sentences(text) == ["Gov. Ann Price of St. Louis spoke!", "Why?", "Nobody knew."]


def test_no_final_punctuation_is_one_sentence() -> None:
    """Without any final punctuation, the stripped stretch is one sentence."""
    text = "  no final stop here "
    assert _sentences(text) == ["no final stop here"]


@pytest.mark.parametrize(("text", "start", "end"), [("   ", 0, 3), ("", 0, 0), ("abc", 2, 1)])
def test_blank_or_empty_has_no_sentences(text: str, start: int, end: int) -> None:
    """Blank or empty (or reversed) stretches have no sentences."""
    assert sentence_spans(text, start, end) == []


def test_spans_offset_by_start() -> None:
    """Spans of a stretch inside the text are in text offsets."""
    assert sentence_spans("xx It rained. We left.", 3, 22) == [(3, 13), (14, 22)]


@pytest.mark.parametrize(
    "text", ["she said. ", 'she said." ', "He asked? ", "Stop! ", "Wait… ", "(He left.) "]
)
def test_ends_sentence_true(text: str) -> None:
    """A final . ? ! or …, closing marks and spaces allowed after it."""
    assert ends_sentence(text, 0, len(text))


@pytest.mark.parametrize(
    "text", ["she said, ", "she said ", "said Mr. ", "Sen. ", "came from the U.S. ", "met John F. ",
             ""],
)
def test_ends_sentence_false(text: str) -> None:
    """No final punctuation, or a full stop after an abbreviation or initial."""
    assert not ends_sentence(text, 0, len(text))


def test_ends_sentence_within_bounds() -> None:
    """Only the stretch asked for is read."""
    text = "It rained. We"
    assert ends_sentence(text, 0, 10) and not ends_sentence(text, 0, len(text))


def test_abbreviations_alone_make_one_sentence_as_punkt_does() -> None:
    """A stretch whose only full stops end abbreviations is one sentence, spanned from
    the stretch's start as Punkt spans it (Punkt itself is not run)."""
    text = " said Sen. Al Day and Mr. Lee "
    assert sentence_spans(text, 0, len(text)) == [(0, len(text.rstrip()))]


def test_a_quoted_abbreviation_goes_to_punkt() -> None:
    """``“Mr.`` is not the abbreviation ``Mr.`` to Punkt, so the shortcut stays away."""
    from quoteattr.sentences import _only_abbreviations_stop

    assert not _only_abbreviations_stop("as “Mr. Trump,” while")


def test_no_sentence_opens_in_lower_case() -> None:
    """``an F.B.I. investigation``: Punkt's break before a lower-case word is undone."""
    text = "He denied an F.B.I. investigation and left. Then he spoke."
    assert [text[a:b] for a, b in sentence_spans(text, 0, len(text))] == [
        "He denied an F.B.I. investigation and left.", "Then he spoke."
    ]


def test_no_sentence_opens_on_a_closing_bracket_or_comma() -> None:
    """``Sen. Al Day (D-Ill.), noting …``: Punkt's break after the abbreviation inside
    the brackets is undone; a capitalised word after a bracketed sentence opens one."""
    text = "But Sen. Al Day (D-Ill.), noting the size, said it."
    assert sentence_spans(text, 0, len(text)) == [(0, len(text))]
    text = "He left. (It rained.) Then he spoke."
    assert [text[a:b] for a, b in sentence_spans(text, 0, len(text))][-1] == "Then he spoke."


def test_no_sentence_opens_on_the_number_after_no() -> None:
    """``the No. 2 in the leadership``: the number sign ``No.`` does not end a sentence
    before its number; a lower-case ``no.`` (the answer) still may."""
    text = "As Al Day, the No. 2 in the party, put it: the end."
    assert sentence_spans(text, 0, len(text)) == [(0, len(text))]
    text = "They said no. 2 more came."
    assert len(sentence_spans(text, 0, len(text))) == 2


_PUNKT_TEXTS = [
    'Mr. Smith went. He said "no." Then J. R. left... Ok! 3.5 is it.',
    "It rained (a lot.) We left -- at 5 p.m. -- and the U.S. team stayed?",
    "\u201cCome,\u201d said she. \u2018Why?\u2019 He left. Sen. Al Day, R-Ariz., voted.",
]


@pytest.mark.parametrize("text", _PUNKT_TEXTS)
def test_tokenizer_splits_as_nltk_punkt(text: str) -> None:
    """The tokenizer, its patterns unwrapped from NLTK's timeout guard, gives the spans
    of NLTK's own Punkt with the same parameters."""
    from nltk.tokenize import punkt

    from quoteattr import lexicon
    from quoteattr.sentences import _tokenizer

    params = punkt.PunktParameters()
    params.abbrev_types = set(lexicon.ABBREVIATIONS)
    reference = punkt.PunktSentenceTokenizer(params)
    assert list(_tokenizer().span_tokenize(text)) == list(reference.span_tokenize(text))


def test_unwrapped_keeps_a_plain_pattern() -> None:
    """A pattern with no timeout wrapper around it is used as it is."""
    import re

    plain = re.compile(r"\w+")
    assert _unwrapped(plain) is plain


def test_unwrapped_takes_the_pattern_out_of_nltk_redos() -> None:
    """NLTK's timeout wrapper gives up the compiled pattern it holds."""
    redos = pytest.importorskip("nltk.redos")
    wrapped = redos.compile(r"\w+")
    assert _unwrapped(wrapped) is wrapped._rx


def test_has_separator() -> None:
    """A chunk holding an information separator (space to ``str.isspace``, not to
    Punkt) is told apart from one without."""
    from quoteattr.sentences import _has_separator

    assert _has_separator("Mr.\x1dSmith") and not _has_separator("Mr. Smith\u00a0said")


def test_plain_spans_agree_with_the_abbreviations_shortcut() -> None:
    """Where only abbreviations stop and ``_plain_spans`` reads the chunk, it gives the
    one span the shortcut gives (``sentence_spans`` asks it first)."""
    import random

    from quoteattr.sentences import _only_abbreviations_stop, _plain_spans

    pieces = ["Mr.", " Sen.", " U.S.", " A.", " b.", " Smith", " said", ".", " ", "  ", "\n",
              "\t", ",", ")", "3.5", " No.", " 2", " word.", " It", "\u00a0", "\x1c", "!"]
    rnd = random.Random(3)
    agreed = 0
    for _ in range(5000):
        chunk = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 12)))
        plain = _plain_spans(chunk)
        if plain is not None and _only_abbreviations_stop(chunk):
            agreed += 1
            assert plain == [(0, len(chunk.rstrip()))], repr(chunk)
    assert agreed > 100
