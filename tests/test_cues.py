"""Finding speech cues: ``quoteattr.cues.speech_cues``.

Speech verbs and multiword cue phrases are found; nouns that look like verbs are not.
"""

from __future__ import annotations

import pytest

from quoteattr.cues import (
    _PHRASES_BY_TWO,
    _WORD,
    _ascii_words,
    _noun_here,
    opens_cue,
    speech_cues,
)


def _cues(text: str) -> list[str]:
    """The cue words found in the whole of ``text``."""
    return [text[a:b] for a, b in speech_cues(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Trump said", "said"),
        ("the senator says", "says"),
        ("He replied", "replied"),
        ("She cried", "cried"),
        ("she whispered", "whispered"),
        ("Mrs. Bennet exclaimed", "exclaimed"),
        ("he added", "added"),
        ("he acknowledged", "acknowledged"),
        ("the nominee riffed", "riffed"),
        ("reacted Trump", "reacted"),
    ],
)
def test_speech_verb_found(text: str, cue: str) -> None:
    """Speech verbs of news and fiction are cues."""
    assert _cues(text) == [cue]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("He went on to say", "went on to say"),
        ("the company said in a statement", "said in a statement"),
        ("she told reporters", "told reporters"),
        ("according to aides", "according to"),
        ("Hale added that", "added that"),
        ("But he wanted to know", "wanted to know"),
    ],
)
def test_multiword_phrase_found_whole(text: str, cue: str) -> None:
    """A set phrase is one cue, longest first, not its first word alone."""
    assert _cues(text) == [cue]


@pytest.mark.parametrize(
    "text", ["Trump's saddle", "the saddle was sad", "the sayings of sages", "a sadder day"]
)
def test_look_alike_words_are_not_cues(text: str) -> None:
    """Words that merely begin like a speech verb ("saddle", "sayings") are not cues."""
    assert _cues(text) == []


def test_cue_lookup_ignores_case() -> None:
    """``Said he`` and ``SAID HE``: the verb is found whatever its case, as written."""
    assert (_cues("Said he"), _cues("SAID HE")) == (["Said"], ["SAID"])


def test_several_cues_in_order() -> None:
    """Every cue of the stretch is found, in order."""
    assert _cues("Then she went on to say, and later added") == ["went on to say", "added"]


def test_opens_cue_for_verbs_and_phrase_openers() -> None:
    """A speech verb (``said``) or a phrase's first word (``in a statement``) opens a cue."""
    assert opens_cue("said") and opens_cue("in")


def test_opens_cue_not_for_other_words() -> None:
    """``and``, ``table``: words that begin no cue."""
    assert not opens_cue("and") and not opens_cue("table")


def test_phrases_by_first_two_words_longest_first() -> None:
    """The phrases under their first two words, the longest first (``in a written
    statement`` is tried before ``in a statement``)."""
    phrases = _PHRASES_BY_TWO["in", "a"]
    assert phrases.index(("in", "a", "written", "statement")) < phrases.index(
        ("in", "a", "statement")
    )


def test_phrases_by_first_two_words_only_under_their_own() -> None:
    """A phrase stands under its own first two words only: ``in his words`` is not
    under ``in a``."""
    assert ("in", "his", "words") not in _PHRASES_BY_TWO["in", "a"]
    assert ("in", "his", "words") in _PHRASES_BY_TWO["in", "his"]


def test_noun_after_a_marker_in_capitals() -> None:
    """``THE claim``: a determiner in capitals still makes the word after it a noun."""
    assert _noun_here("THE claim", 4, 9)


def test_no_noun_after_a_word_ending_like_no_marker() -> None:
    """``Trump claim``, ``it claimed``: the word before ends with no determiner's or
    possessive's last letter, so the word is no noun."""
    assert not _noun_here("Trump claim", 6, 11) and not _noun_here("it claimed", 3, 10)


def test_offsets_index_the_text() -> None:
    """The offsets are into the whole text, within the stretch asked for."""
    text = "abc said xyz said"
    assert speech_cues(text, 4, 12) == [(4, 8)]


def test_empty_stretch() -> None:
    """An empty stretch has no cues."""
    assert speech_cues("Trump said", 5, 5) == []


def test_no_cue_in_plain_narration() -> None:
    """Narration without speech has no cues."""
    assert _cues("The rain fell on the roofs all night.") == []


def test_capitalised_word_inside_a_sentence_is_no_cue() -> None:
    """``White House Press Secretary``: a capitalised word mid-sentence is a name's."""
    text = "with White House Press Secretary Josh Earnest"
    assert speech_cues(text, 0, len(text)) == []


def test_capitalised_verb_opening_a_sentence_is_a_cue() -> None:
    """``Said Dorothy Lee, …``: a verb may open its sentence with a capital."""
    text = 'He left. Said Dorothy Lee, "We were proud."'
    assert [text[a:b] for a, b in speech_cues(text, 0, len(text))] == ["Said"]


@pytest.mark.parametrize("text", [
    "Trump's claim that it was", "his promise to act", "the rules committee",
    "an Islamic State counter-attack",
])
def test_a_noun_is_no_cue(text: str) -> None:
    """A cue word after a determiner or possessive, or in a compound, is a noun."""
    assert speech_cues(text, 0, len(text)) == []


def test_a_verb_after_a_name_is_a_cue() -> None:
    """``the Times reported``: the verb follows the name, not the article."""
    text = "the Times reported"
    assert [text[a:b] for a, b in speech_cues(text, 0, len(text))] == ["reported"]


def test_title_case_past_verb_after_a_name_is_a_cue() -> None:
    """``Cole Joked It Was "…"``: a headline in title case capitalises its verb; a
    past-tense verb of reporting right after a name still reports."""
    assert _cues("Ann Cole Joked It Was Risky") == ["Joked"]


def test_capitalised_past_verb_after_an_appositive_comma_is_a_cue() -> None:
    """``Murphy, the head of the group, Tweeted on Friday``: after a comma too."""
    assert _cues("Murphy, the head of the group, Tweeted on Friday") == ["Tweeted"]


def test_title_case_verb_not_after_an_adverb_or_in_the_present() -> None:
    """``Frequently Asked Questions`` and ``Cole Says``: an adverb before it, or a
    present tense (``Says`` is as often a noun or title word), is no cue."""
    assert _cues("the Frequently Asked Questions page") == []
    assert _cues("the Cole Says column") == []


def test_verb_after_a_contracted_pronoun_is_a_cue() -> None:
    """``He’s claiming``: the ``’s`` of a pronoun is ``is``, not a possessive."""
    assert _cues("He’s claiming that") == ["claiming"]


def test_noun_after_a_possessive_name_is_still_no_cue() -> None:
    """``Trump’s claim``: the ``’s`` of a name is a possessive."""
    assert _cues("Trump’s claim that") == []


def test_title_case_verb_not_after_a_word_that_follows_a_quoted_title() -> None:
    """``"Broad City" Star Asked …``: the word after a quoted title is part of a
    headline's noun phrase, not a name that speaks."""
    assert _cues("“Broad City” Star Asked Actors") == []


@pytest.mark.parametrize(
    "stretch",
    [
        "It's a 'rock'n'roll'' -- o''k, he said.",
        "'tis  the  season'",
        "no-one (said) [anything]; 42 times!",
        "",
    ],
)
def test_ascii_words_are_the_word_pattern_s(stretch: str) -> None:
    """An ASCII stretch is cut into the same words as the word pattern finds:
    apostrophes join letters only between two of them."""
    assert _ascii_words(stretch) == _WORD.findall(stretch)


def test_cues_are_the_same_in_ascii_and_wider_text() -> None:
    """A stretch read as ASCII gives the cues it gives as part of a stretch with other
    characters (read by the word pattern), at the text's offsets."""
    stretch = "Then she went on to say, and he added"
    wide = "“No.” " + stretch
    ascii_cues = speech_cues(stretch, 0, len(stretch))
    assert ascii_cues == [(a - 6, b - 6) for a, b in speech_cues(wide, 0, len(wide))]
    assert [stretch[a:b] for a, b in ascii_cues] == ["went on to say", "added"]
