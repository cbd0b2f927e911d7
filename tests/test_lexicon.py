"""Tests for quoteattr.lexicon: the word lists load, are tidy, and hold what rules need."""

from __future__ import annotations

import ast
import inspect
from importlib import resources

import pytest
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from quoteattr import lexicon
from quoteattr.lexicon import (
    ABBREVIATIONS,
    ANSWERING_VERBS,
    GIVEN_NAMES,
    NOT_HEADS,
    NOT_NAMES,
    ORG_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_PHRASES,
    SPEECH_VERBS,
    TITLES,
    WORD_NOUNS,
    WORK_NOUNS,
    load,
    load_table,
)

DATA_FILES = sorted(
    path.name.removesuffix(".txt")
    for path in resources.files("quoteattr").joinpath("data").iterdir()
    if path.name.endswith(".txt")
)

CONSTANTS = [name for name in lexicon.__all__ if name.isupper()]


def _all_entries() -> list[str]:
    """Every word or key of every exposed list."""
    entries: list[str] = []
    for name in CONSTANTS:
        entries.extend(getattr(lexicon, name))
    return entries


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_data_file_loads(name: str) -> None:
    """Each file in data/ loads to a non-empty set of entries."""
    assert load(name)


def test_entries_are_lower_case_and_trimmed() -> None:
    """No entry of any list has upper case, surrounding spaces or doubled spaces."""
    for entry in _all_entries():
        assert entry == entry.lower(), entry
        assert entry == entry.strip(), entry
        assert "  " not in entry and "\t" not in entry, entry


def test_every_constant_is_documented() -> None:
    """Each exposed constant is preceded by a ``#:`` doc comment in the source."""
    source = inspect.getsource(lexicon).splitlines()
    for name in CONSTANTS:
        line = next(i for i, text in enumerate(source) if text.startswith(f"{name}"))
        assert source[line - 1].startswith("#:"), name


def test_lexicon_does_not_import_nltk() -> None:
    """lexicon.py imports only the standard library, so importing it stays fast."""
    tree = ast.parse(inspect.getsource(lexicon))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module or "")
    assert not any(module.startswith("nltk") for module in imported)


def test_speech_verbs_hold_every_form() -> None:
    """Base, -s, past, participle and -ing forms, in both spellings, are all there."""
    forms = """say says said saying told wrote written tweeted whispered emphasised emphasized
    enquired inquired quipped snapped cried replied labelled labeled smiled"""
    for word in forms.split():
        assert word in SPEECH_VERBS, word


def test_speech_verbs_leave_out_ordinary_words() -> None:
    """Words that never report speech are not speech verbs."""
    for word in ["table", "house", "the", "walked", "ate", "he", "slamed", "cood"]:
        assert word not in SPEECH_VERBS, word


def test_speech_verbs_cover_many_verbs() -> None:
    """The file lists at least 250 verbs (one a line, with their forms)."""
    assert len(load("speech_verbs")) >= 250


def test_speech_phrases_are_longest_first() -> None:
    """Phrases come longest first, so "went on to say" is tried before "went on"."""
    lengths = [len(phrase) for phrase in SPEECH_PHRASES]
    assert lengths == sorted(lengths, reverse=True)
    assert SPEECH_PHRASES.index("went on to say") < SPEECH_PHRASES.index("went on")


def test_speech_phrases_are_multiword_cues() -> None:
    """Every phrase has two or more words; the news formulas are there."""
    assert all(" " in phrase for phrase in SPEECH_PHRASES)
    for phrase in ["according to", "in a statement", "told reporters", "pointed out"]:
        assert phrase in SPEECH_PHRASES, phrase
    assert "said" not in SPEECH_PHRASES


def test_titles_tell_gender() -> None:
    """Titles map to 'm', 'f', or None when they tell no gender."""
    assert TITLES["mrs"] == "f"
    assert TITLES["mr"] == "m"
    assert TITLES["sir"] == "m"
    assert TITLES["dr"] is None
    assert TITLES["sen"] is None
    assert set(TITLES.values()) <= {"m", "f", None}


def test_fiction_titles_are_titles_that_tell_no_gender() -> None:
    """Each fiction rank is a title that tells no gender in news, and tells one in
    fiction."""
    from quoteattr.lexicon import FICTION_TITLES

    assert FICTION_TITLES["colonel"] == "m"
    for title, gender in FICTION_TITLES.items():
        assert title in TITLES and TITLES[title] is None, title
        assert gender in ("m", "f"), title
    assert "mrs" not in FICTION_TITLES and "dr" not in FICTION_TITLES


def test_titles_have_no_final_period() -> None:
    """Titles are stored bare ("dr", not "dr.") and ordinary words are not titles."""
    assert not any(title.endswith(".") for title in TITLES)
    assert "the" not in TITLES and "said" not in TITLES


def test_role_nouns_name_speakers_without_names() -> None:
    """Role nouns hold singular and plural speakers, and documents that "say"."""
    nouns = "spokesman spokeswoman official officials man men witness witnesses statement landlady"
    for word in nouns.split():
        assert word in ROLE_NOUNS, word
    for word in ["said", "the", "he", "quickly"]:
        assert word not in ROLE_NOUNS, word


def test_pronouns_tell_person_and_gender() -> None:
    """Pronouns map to m, f, p (plural), i (first person) or n (it); "you" is absent."""
    assert PRONOUNS["he"] == PRONOUNS["his"] == "m"
    assert PRONOUNS["she"] == PRONOUNS["herself"] == "f"
    assert PRONOUNS["they"] == PRONOUNS["we"] == "p"
    assert PRONOUNS["i"] == "i"
    assert PRONOUNS["it"] == "n"
    assert set(PRONOUNS.values()) <= {"m", "f", "p", "i", "n"}
    assert "you" not in PRONOUNS


def test_not_names_hold_capitalised_non_names() -> None:
    """Days, months, interjections, function words and nationalities are not names."""
    words = "monday january may christmas well yes the however american democrats today"
    for word in words.split():
        assert word in NOT_NAMES, word


def test_not_names_spare_common_names() -> None:
    """Words that are often given names or surnames stay out of NOT_NAMES."""
    for word in ["john", "mary", "sun", "will", "grace", "west", "god"]:
        assert word not in NOT_NAMES, word


def test_org_words_mark_organisations() -> None:
    """Organisation and place words are there; common surnames are not."""
    for word in ["house", "senate", "ministry", "corp", "inc", "times", "street", "reuters"]:
        assert word in ORG_WORDS, word
    for word in ["park", "hill", "smith", "said"]:
        assert word not in ORG_WORDS, word


def test_abbreviations_are_in_punkt_form() -> None:
    """Abbreviations are lower case without the final period ("u.s", not "u.s.")."""
    for word in ["mr", "sen", "gov", "u.s", "calif", "jan", "a.m", "e.g", "st", "inc"]:
        assert word in ABBREVIATIONS, word
    assert not any(word.endswith(".") for word in ABBREVIATIONS)
    assert "no" not in ABBREVIATIONS and "sun" not in ABBREVIATIONS


def test_abbreviations_keep_punkt_from_splitting() -> None:
    """With these abbreviations Punkt splits after "grew." but not after "Sen." or "U.S."."""
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    text = "Sen. Smith of Calif. said the U.S. economy grew. Mr. Jones disagreed."
    assert PunktSentenceTokenizer(params).tokenize(text) == [
        "Sen. Smith of Calif. said the U.S. economy grew.",
        "Mr. Jones disagreed.",
    ]


def test_load_table_rejects_a_line_without_a_tab(monkeypatch: pytest.MonkeyPatch) -> None:
    """A two-column file with a line that is not ``entry<TAB>value`` is an error."""
    monkeypatch.setattr(lexicon, "_entries", lambda name: iter(["mr\tm", "mrs f"]))
    with pytest.raises(ValueError, match="mrs f"):
        load_table("titles")


def test_given_names_tell_gender() -> None:
    """Common given names map to the gender they tell: elizabeth f, henry m."""
    assert GIVEN_NAMES["elizabeth"] == "f"
    assert GIVEN_NAMES["henry"] == "m"


def test_given_names_hold_pet_forms() -> None:
    """Pet forms are names in their own right: lizzy is f."""
    assert GIVEN_NAMES["lizzy"] == "f"


def test_given_names_leave_out_unisex_names() -> None:
    """A name given to either sex, such as taylor, tells no gender and is absent."""
    assert "taylor" not in GIVEN_NAMES


def test_given_names_values_are_m_or_f() -> None:
    """Every given name maps to 'm' or 'f', and there are many of both."""
    assert set(GIVEN_NAMES.values()) == {"m", "f"}
    assert len(GIVEN_NAMES) >= 1500


def test_given_names_keys_are_lower_case_words() -> None:
    """Every given name is lower case with no spaces."""
    for name in GIVEN_NAMES:
        assert name == name.lower(), name
        assert " " not in name and "\t" not in name, name


def test_nicknames_map_to_a_formal_name() -> None:
    """A familiar form maps to one formal given name, never to itself."""
    assert lexicon.NICKNAMES["lizzy"] == "elizabeth"
    assert all(k != v and " " not in v for k, v in lexicon.NICKNAMES.items())
    assert "elizabeth" not in lexicon.NICKNAMES


def test_relay_participles_pass_records_on() -> None:
    """The participles of ``according to audio obtained by``: past participles only."""
    assert {"obtained", "provided"} <= lexicon.RELAY_PARTICIPLES
    assert "said" not in lexicon.RELAY_PARTICIPLES


def test_not_heads_hold_modals_and_be_but_no_nouns() -> None:
    """NOT_HEADS lists modals, forms of *be* and comparatives, never a noun."""
    assert {"could", "is", "isn't", "less"} <= NOT_HEADS
    assert not {"deal", "report", "group", "officials"} & NOT_HEADS


def test_work_nouns_leave_out_verb_forms() -> None:
    """WORK_NOUNS names kinds of works, but not words as often verbs (``plays``,
    ``shows``) before a quotation."""
    assert {"book", "movie", "memoir", "song"} <= WORK_NOUNS
    assert not {"plays", "shows", "books", "films", "said"} & WORK_NOUNS


def test_word_nouns_name_words_but_not_speech() -> None:
    """WORD_NOUNS holds nouns naming words as words, not ``words`` (which introduces
    speech: ``with the words, "…!"``) nor nouns of speech (``remark``)."""
    assert {"term", "phrase", "wording"} <= WORD_NOUNS
    assert not {"word", "words", "remark", "statement"} & WORD_NOUNS



def test_answering_verbs_are_verbs_of_saying_not_of_naming() -> None:
    """ANSWERING_VERBS holds verbs of answering and saying, never verbs that name
    (``called``, ``dubbed``), whose quoted object is a name or a title."""
    assert {"answered", "replied", "said"} <= ANSWERING_VERBS
    assert not {"called", "dubbed", "named", "titled"} & ANSWERING_VERBS
