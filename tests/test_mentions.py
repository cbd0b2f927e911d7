"""Reading mentions of people: ``quoteattr.mentions``.

Names with titles, descriptions, pronouns with gender, organisations (only beside a
speech verb), headings, objects, sentence starts, and ``names_in``.
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.mentions import (
    _ASCII_NAME,
    _NOT_ASCII_NAME,
    _SPACE,
    Mention,
    _ascii_names,
    _words,
    is_object,
    names_in,
    passive_agent,
    read_mention,
    starts_sentence,
)
from quoteattr.patterns import NAME, WORD


def _read(words: str, *, source: bool = False) -> Mention | None:
    """Read the whole of ``words`` as a mention."""
    return read_mention(words, 0, len(words), source=source)


def _first_name(text: str) -> Mention:
    """The first person named in ``text``."""
    return next(names_in(text, 0, len(text)))


# --- names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "span", "core"),
    [
        ("Sen. John McCain", "Sen. John McCain", "John McCain"),
        ("President Donald Trump", "President Donald Trump", "Donald Trump"),
        ("Prime Minister Theresa May", "Prime Minister Theresa May", "Theresa May"),
        ("Dr. Hugh Hill", "Dr. Hugh Hill", "Hugh Hill"),
    ],
)
def test_name_title_split_off_core(words: str, span: str, core: str) -> None:
    """A title stays in the mention's span but not in its core."""
    m = _read(words)
    assert m is not None
    assert (m.kind, m.span.text, m.core) == ("name", span, core)


@pytest.mark.parametrize(
    ("words", "gender"),
    [("Mrs. Bennet", "f"), ("Mr. Darcy", "m"), ("Lady Catherine", "f"), ("Sen. Hale", None)],
)
def test_name_gender_from_title(words: str, gender: str | None) -> None:
    """A gendered title gives the name its gender; a neutral title gives none."""
    m = _read(words)
    assert m is not None and m.gender == gender


def test_name_party_suffix_left_out() -> None:
    """``Sen. John McCain, R-Ariz.``: the party-and-state suffix is not in the span."""
    m = _read("Sen. John McCain, R-Ariz.")
    assert m is not None
    assert (m.span.text, m.core) == ("Sen. John McCain", "John McCain")


def test_name_descriptive_words_before_it_dropped() -> None:
    """``New York attorney Eric Levine``: the name is the last run of capitals."""
    m = _read("New York attorney Eric Levine")
    assert m is not None
    assert (m.span.text, m.core) == ("Eric Levine", "Eric Levine")


def test_name_sentence_opener_dropped() -> None:
    """``But Sen. John McCain``: the opening "But" is not part of the name."""
    m = _read("But Sen. John McCain")
    assert m is not None and m.span.text == "Sen. John McCain"


def test_name_opening_adverb_dropped() -> None:
    """``Presently Tony``: an adverb in -ly opening the run is no part of the name, and
    alone (``Presently he said``) names no one."""
    m = _read("Presently Tony")
    assert m is not None and (m.span.text, m.core) == ("Tony", "Tony")
    assert _read("Mechanically Yegorushka").core == "Yegorushka"  # type: ignore[union-attr]
    assert _read("Presently") is None


def test_name_in_ly_kept() -> None:
    """Names in -ly stay names: a given name (``Kimberly``), a surname in -lly
    (``Connolly``), a short one (``Daly``)."""
    for words, core in (("Kimberly Ann Lee", "Kimberly Ann Lee"), ("Connolly", "Connolly"),
                        ("Daly", "Daly"), ("Connolly Hart", "Connolly Hart")):
        m = _read(words)
        assert m is not None and m.core == core, words


def test_name_possessive_not_in_core() -> None:
    """``Trump's``: the possessive ending is not in the core."""
    m = _read("Trump's")
    assert m is not None and m.core == "Trump"


def test_name_span_offsets_point_into_text() -> None:
    """The span's offsets index the text it was read from."""
    text = "Later Mr. Hale left."
    m = read_mention(text, 6, 14)
    assert m is not None
    assert text[m.span.start : m.span.end] == m.span.text == "Mr. Hale"


@pytest.mark.parametrize("words", ["Yesterday", "Well", "Yes", "Oh", "Sir"])
def test_words_that_name_nobody(words: str) -> None:
    """Sentence openers, interjections and a lone title name nobody."""
    assert _read(words) is None


def test_month_alone_is_a_name() -> None:
    """``May`` with nothing before it may be a person (``May said``)."""
    text = "Then May said."
    m = read_mention(text, 5, 8)
    assert m is not None and (m.kind, m.core) == ("name", "May")


def test_month_after_preposition_is_not_a_name() -> None:
    """``in May`` is a date, not a person."""
    text = "We met in May."
    assert read_mention(text, 10, 13) is None


# --- descriptions -------------------------------------------------------------------


def test_description_kept_as_written() -> None:
    """``the official``: a description, its core in lower case."""
    m = _read("the official")
    assert m is not None
    assert (m.kind, m.span.text, m.core, m.gender) == (
        "description",
        "the official",
        "the official",
        None,
    )


def test_description_with_a_demonstrative() -> None:
    """``this source``, ``these officials``: a demonstrative opens a description too."""
    for raw in ("this source", "These officials"):
        m = _read(raw)
        assert m is not None and (m.kind, m.span.text) == ("description", raw)


def test_description_keeps_capitals_in_span() -> None:
    """``a White House spokesman``: span as written, core lower-cased, gender male."""
    m = _read("a White House spokesman")
    assert m is not None
    assert (m.span.text, m.core, m.gender) == (
        "a White House spokesman",
        "a white house spokesman",
        "m",
    )


def test_description_trailing_manner_adverb_dropped() -> None:
    """``her husband impatiently``: the manner adverb is not part of the description."""
    m = _read("her husband impatiently")
    assert m is not None
    assert (m.span.text, m.gender) == ("her husband", "m")


def test_description_female_noun() -> None:
    """``the spokeswoman`` is female."""
    m = _read("the spokeswoman")
    assert m is not None and m.gender == "f"


def test_bare_determiner_is_no_mention() -> None:
    """``The`` alone describes nobody."""
    assert _read("The") is None


# --- pronouns -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "core", "gender"),
    [("she", "she", "f"), ("He", "he", "m"), ("they", "they", "p"), ("I", "i", "i"),
     ("it", "it", "n")],
)
def test_pronoun_with_gender(word: str, core: str, gender: str) -> None:
    """Pronouns keep their case in the span, lower-case core, and carry a gender."""
    m = _read(word)
    assert m is not None
    assert (m.kind, m.span.text, m.core, m.gender) == ("pronoun", word, core, gender)


# --- organisations and headings -------------------------------------------------------


@pytest.mark.parametrize("words", ["Fox News", "White House", "State Department"])
def test_organisation_not_a_person(words: str) -> None:
    """An organisation is not a person on its own."""
    assert _read(words) is None


@pytest.mark.parametrize("words", ["Fox News", "White House"])
def test_organisation_is_a_source_beside_a_verb(words: str) -> None:
    """With ``source=True`` (beside a speech verb) an organisation speaks under its name."""
    m = _read(words, source=True)
    assert m is not None and (m.kind, m.core) == ("name", words)


@pytest.mark.parametrize("words", ["CHAPTER", "NATO"])
def test_all_caps_heading_rejected(words: str) -> None:
    """All-capital words (headings, acronyms) are not people."""
    assert _read(words) is None


def test_all_caps_heading_with_determiner_rejected() -> None:
    """``THE END`` is a heading, not a description of anyone."""
    assert _read("THE END") is None


def test_acronym_is_a_source_beside_a_verb() -> None:
    """An acronym may speak beside a verb (``NATO said``)."""
    m = _read("NATO", source=True)
    assert m is not None and m.core == "NATO"


# --- is_object ------------------------------------------------------------------------


def test_is_object_after_preposition() -> None:
    """A name after a preposition is an object."""
    assert is_object("He wrote to Jane Eyre.", _first_name("He wrote to Jane Eyre."))


def test_is_object_not_the_subject_of_a_clause_after_a_conjunction() -> None:
    """``before Mr. Collins came up``: "before" opens a clause whose subject he is."""
    text = "She had scarcely replied, before Mr. Collins came up to them."
    assert not is_object(text, _first_name(text))
    text = "As Mr. Hale had said, it rained."
    assert not is_object(text, _first_name(text))


def test_is_object_after_a_conjunction_like_preposition_without_verb() -> None:
    """``before Mr. Collins and his wife``, ``after Mr. Hale, she``: no verb follows,
    so the name is an object of the preposition."""
    for text in ("He came in before Mr. Collins and his wife.", "After Mr. Hale, she rose.",
                 "He came in after Mr. Collins's wife."):
        assert is_object(text, _first_name(text)), text


def test_is_object_possessive() -> None:
    """A possessive is not a subject."""
    text = "Later Hale's aide spoke."
    m = read_mention(text, 6, 12)
    assert m is not None and is_object(text, m)


def test_is_object_false_for_subject() -> None:
    """A name before its verb is no object."""
    text = "Jane Eyre wrote a letter."
    assert not is_object(text, _first_name(text))


# --- starts_sentence ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("It rained. Tears fell.", 11, True),
        ("He saw Tears.", 7, False),
        ("Tears fell.", 0, True),
        ('He said: "Tears fell."', 10, True),
        ("One.\n\nTears fell.", 6, True),
        ("the heavy\nTears fell.", 10, False),
    ],
)
def test_starts_sentence(text: str, pos: int, expected: bool) -> None:
    """True after . ! ? : or a paragraph break, false mid-sentence or after a wrap."""
    assert starts_sentence(text, pos) is expected


# --- names_in -----------------------------------------------------------------------


def test_names_in_month_and_place_skipped() -> None:
    """``In May`` and ``in London`` are skipped; the people are kept, in order."""
    text = "In May, Mr. Smith met Theresa May in London."
    assert [m.core for m in names_in(text, 0, len(text))] == ["Smith", "Theresa May"]


def test_names_in_keeps_titled_name_after_preposition() -> None:
    """A name with a title after a preposition is still a person."""
    text = "The letter came from Mrs. Jennings."
    assert [m.core for m in names_in(text, 0, len(text))] == ["Jennings"]


def test_names_in_keeps_full_name_after_preposition() -> None:
    """A two-word name after a preposition is still a person."""
    text = "The letter came from Ann Lee."
    assert [m.core for m in names_in(text, 0, len(text))] == ["Ann Lee"]


def test_names_in_respects_bounds() -> None:
    """Only names within ``[start, end)`` are yielded."""
    text = "Mr. Hale met Mrs. Cole."
    assert [m.core for m in names_in(text, 9, len(text))] == ["Cole"]


def test_names_in_finds_nothing_in_plain_words() -> None:
    """Lower-case narration names nobody."""
    text = "the rain fell on the roofs all night."
    assert list(names_in(text, 0, len(text))) == []


def test_a_place_alone_names_no_person() -> None:
    """``Mexico`` or ``New Hampshire`` alone is a place, not a person."""
    assert read_mention("New Hampshire", 0, 13) is None
    text = "Trump won New Hampshire and Mexico paid."
    assert [m.core for m in names_in(text, 0, len(text))] == ["Trump"]


def test_a_place_beside_a_speech_verb_is_a_source() -> None:
    """``Mexico said``: beside a speech verb, a country speaks for its government."""
    mention = read_mention("Mexico", 0, 6, source=True)
    assert mention is not None and mention.core == "Mexico"


def test_a_place_inside_a_longer_name_is_kept() -> None:
    """``Ohio`` in ``Ohio Smith`` does not make the name a place."""
    mention = read_mention("Ohio Smith", 0, 10)
    assert mention is not None and mention.core == "Ohio Smith"


def test_a_subject_pronoun_is_never_an_object() -> None:
    """``as she said``: ``she`` after a word that can be a preposition is still a subject."""
    text = "He waved as she said it."
    she = read_mention(text, 12, 15)
    assert she is not None and not is_object(text, she)


def test_an_initial_keeps_its_full_stop_in_the_core() -> None:
    """``Donald J. Trump`` keeps the stop of its initial."""
    mention = read_mention("Donald J. Trump", 0, 15)
    assert mention is not None and mention.core == "Donald J. Trump"


def test_a_sentence_opens_after_a_closing_quotation_mark() -> None:
    """``was “good.” Adding`` opens a sentence, as ``was good. Adding`` does."""
    text = "It was “good.” Adding more."
    assert starts_sentence(text, text.index("Adding"))
    assert not starts_sentence('He said “no,” Adding more.', 14)


def test_secretary_of_state_is_one_title() -> None:
    """``Former Secretary of State Madeleine Albright``: ``of State`` belongs to the
    title, so the mention starts at ``Former`` and is not read as an object of ``of``."""
    text = "Former Secretary of State Madeleine Albright"
    mention = read_mention(text, 0, len(text))
    assert mention is not None
    assert (mention.span.text, mention.core) == (text, "Madeleine Albright")
    assert not is_object(text, mention)


def test_a_place_after_of_is_still_not_part_of_the_name() -> None:
    """``Ann Cole of Ohio``: the place after a name is where she is from."""
    mention = read_mention("Ann Cole of Ohio", 0, 16)
    assert mention is not None and mention.core == "Ann Cole"


def test_a_share_of_people_is_a_description() -> None:
    """``31% of voters`` and ``Others`` are read as descriptions, as written."""
    for text in ("31% of voters", "Others", "those surveyed"):
        mention = read_mention(text, 0, len(text))
        assert mention is not None and mention.kind == "description"


def test_one_is_a_speaker_only_beside_a_verb() -> None:
    """``"…," one said``: ``one`` beside a speech verb is someone; read on its own (a
    sentence's subject: ``One recent evening, …``) it is no one."""
    assert read_mention("one", 0, 3, source=True).kind == "description"  # type: ignore[union-attr]
    assert read_mention("One", 0, 3) is None


def test_a_state_abbreviation_names_no_person() -> None:
    """``of Mobile, Ala.,``: a state abbreviation is a place, so ``she`` is not Ala."""
    assert read_mention("Ala", 0, 3) is None


def test_determiner_in_the_paragraph_before_is_none() -> None:
    """A paragraph that ends on ``one`` (no full stop) does not make the next paragraph's
    opening pronoun a modifier: ``She`` beside ``said`` is still a speaker."""
    text = "It was this one\n\nShe said"
    assert read_mention(text, 17, 20, source=True) is not None


def test_determiner_in_the_same_paragraph_still_counts() -> None:
    """A capitalised word after a determiner in the same sentence, even across a
    hard-wrapped line, modifies a noun: ``the\\nClinton campaign`` names no speaker."""
    text = "said the\nClinton campaign"
    assert read_mention(text, 9, 16, source=True) is None


# --- particles and passive agents ---------------------------------------------------


def test_particle_inside_a_name_stays_in_its_core() -> None:
    """``de`` between two capitalised words is part of the surname: the core keeps the
    whole name after the title."""
    m = _read("Lady Margaret de Vere")
    assert m is not None
    assert (m.core, m.title) == ("Margaret de Vere", "Lady")


def test_lower_case_word_before_a_name_still_ends_a_description() -> None:
    """A lower-case word that is no particle still ends the description before a name."""
    m = _read("Paris attorney Margaret Vere")
    assert m is not None
    assert (m.span.text, m.core) == ("Margaret Vere", "Margaret Vere")


def test_passive_agent_is_not_an_object() -> None:
    """``was overtaken by Tom``: the agent of a passive is found and is not an object."""
    text = "She was overtaken by Tom."
    m = _first_name(text)
    assert m.core == "Tom"
    assert passive_agent(text, m.span.start)
    assert not is_object(text, m)


def test_by_without_a_passive_is_a_preposition() -> None:
    """``stood by Tom`` and a participle with no ``be`` (``a letter obtained by``) are no
    passive: the name after ``by`` is an object, or no one."""
    text = "She stood by Tom."
    assert not passive_agent(text, text.index("Tom"))
    assert list(names_in(text, 0, len(text))) == []
    text = "A letter obtained by Tom Lee was read."
    assert not passive_agent(text, text.index("Tom"))
    assert is_object(text, _first_name(text))


def test_a_lone_title_modifier_names_no_one() -> None:
    """``Former Republican`` (of ``Former Republican candidate Jo Bush``): once the
    party is dropped, ``Former`` alone names no one."""
    assert read_mention("Former Republican", 0, 17) is None


def test_a_modifier_word_that_is_also_a_surname_still_names() -> None:
    """``White said``: a word of ``White House`` is a surname on its own."""
    mention = read_mention("White", 0, 5, source=True)
    assert mention is not None and mention.core == "White"


def test_names_in_skips_letters_joined_by_an_ampersand() -> None:
    """``a Q&A with AT&T``: letters joined by ``&`` are abbreviations, not people."""
    text = "Ann Cole held a Q&A with AT&T staff."
    assert [m.core for m in names_in(text, 0, len(text))] == ["Ann Cole"]


def test_names_in_sees_an_ampersand_just_outside_its_stretch() -> None:
    """The ``&`` of ``Q&A`` counts when the stretch read starts or ends beside it."""
    text = "Ann met Q&A Bob"
    assert list(names_in(text, 8, 9)) == [] and list(names_in(text, 10, 11)) == []
    assert [m.core for m in names_in("Ann met Q and A Bob", 8, 9)] == ["Q"]


def test_names_in_keeps_a_name_beside_a_spaced_ampersand() -> None:
    """``Smith & Wesson``: an ampersand set off by spaces leaves the names as they are."""
    text = "Ann Cole met Tom Smith & Jo Wesson."
    assert [m.core for m in names_in(text, 0, len(text))] == ["Ann Cole", "Tom Smith", "Jo Wesson"]


@given(st.text(alphabet="aZ09 '-.,’é", max_size=30), st.integers(0, 5))
def test_words_are_those_of_word_in_ascii_text_and_other(text: str, start: int) -> None:
    """``_words`` reads ASCII text with the standard library's engine and other text
    with WORD: the same words either way."""
    want = [(start + m.start(), start + m.end()) for m in WORD.finditer(text[start:])]
    assert _words(text, start, len(text)) == want


def test_words_keep_apostrophes_and_hyphens_inside_a_word() -> None:
    """``O'Brien`` and ``Jean-Luc`` are one word each; a stray mark is no word."""
    text = "Jean-Luc O'Brien - ' x"
    assert [text[a:b] for a, b in _words(text, 0, len(text))] == ["Jean-Luc", "O'Brien", "x"]


#: Pieces of invented text that try each part of NAME: titles, initials, particles,
#: suffixes, hyphens, apostrophes, line breaks, spaces beyond ASCII and letters after.
_NAME_PIECES = [
    "Mr.", "Sen.", "Gen.", "F.", "J.", "U.S.", "St.", "Xyz.", "mr.", "Ph.D.", "de", "van",
    " ", "  ", "\n", "\n\n", "\t", ",", ", ", "R-Ariz.", "(D-Va.)", " (R-", "Jr.", "III",
    "Smith", "O'Neil", "O’Neil", "Jean-Luc", "Inch--Rich", "said", "the", "’", "-", ".",
    "3M", "AT&T", "Q", "\xa0", "\u2009", "\x1c", "—", "“", "é", "É",
]


@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=12), st.integers(0, 3))
def test_ascii_name_finds_what_name_finds(pieces: list[str], start: int) -> None:
    """Where ``_ascii_names`` allows it, ``_ASCII_NAME`` finds NAME's matches."""
    text = "".join(pieces)
    start = min(start, len(text))
    if _ascii_names(text, start, len(text)):
        want = [m.span() for m in NAME.finditer(text, start)]
        assert [m.span() for m in _ASCII_NAME.finditer(text, start)] == want


def test_ascii_name_reads_titles_initials_and_suffixes() -> None:
    """A title, an initial, a particle and a party-and-state suffix, as NAME reads them;
    a word inside another word is none."""
    text = "In May, Sen. John F. Kennedy, R-Ariz., met Charles de Gaulle (D-Va.) and 3Mx."
    found = [m.group() for m in _ASCII_NAME.finditer(text)]
    assert found == [m.group() for m in NAME.finditer(text)]
    assert found == ["In May", "Sen. John F. Kennedy, R-Ariz.", "Charles de Gaulle (D-Va.)"]


def test_ascii_names_refuses_letters_and_digits_beyond_ascii() -> None:
    """Punctuation and spaces beyond ASCII leave the ASCII pattern in use; a letter, a
    mark or a digit beyond ASCII, in the stretch or just before it, does not."""
    assert _ascii_names("Ann’s “Bob” — Jo\xa0Lee", 0, 21)
    assert not _ascii_names("José Lee", 0, 8)
    assert not _ascii_names("éAnn Lee", 1, 8)
    assert _ascii_names("éx Ann Lee", 2, 10)


def test_ascii_name_allowed_characters_are_no_letters_and_spaces_alike() -> None:
    """No character ``_NOT_ASCII_NAME`` lets through is a letter, mark or digit for the
    regex module, and ``_SPACE`` is the regex module's ``\\s`` on every one of them."""
    allowed = [c for c in map(chr, range(0x10000)) if not _NOT_ASCII_NAME.match(c)]
    assert "’" in allowed and "é" not in allowed
    for c in allowed:
        if not c.isascii():
            assert regex.match(r"[\p{L}\p{M}\p{N}]", c) is None, hex(ord(c))
        assert bool(re.match(_SPACE, c)) == bool(regex.match(r"\s", c)), hex(ord(c))
