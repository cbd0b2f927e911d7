"""The compiled patterns: ``quoteattr.patterns``.

The lookaheads added for speed must not change what a pattern matches: they hold only
while the word lists keep the shapes checked here.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr import lexicon
from quoteattr.patterns import (
    ACCORDING_TO,
    MENTION_AFTER_VERB,
    MENTION_BEFORE_VERB,
    MENTION_BEFORE_VERB_PLAIN,
    NAME,
    PAIRING_MARK,
    QUOTE_MARK,
    SUBJECT,
    SUBJECT_PLAIN,
)


def test_pairing_mark_leaves_out_apostrophes_inside_words() -> None:
    """``it's``, ``o’clock`` and ``rock'n'roll`` hold apostrophes that never pair: no
    match; a mark with a space, a mark or the text's edge on one side is one."""
    for text in ("it's", "o’clock", "rock'n'roll", "l‘été", "1‘2"):
        assert PAIRING_MARK.search(text) is None, text
    text = """'Tis "Jones’ dog," ‘he’ said «’» it' 'x"""
    assert [m.start() for m in PAIRING_MARK.finditer(text)] == [
        m.start() for m in QUOTE_MARK.finditer(text)
    ]


def test_pairing_mark_keeps_double_marks_between_letters() -> None:
    """A double mark between letters (``a"b``) may still pair: only single marks are
    apostrophes."""
    assert [m.group() for m in PAIRING_MARK.finditer('a"b a“b a»b')] == ['"', "“", "»"]


def test_capitalised_abbreviations_open_with_a_capital_and_are_all_letters() -> None:
    # NAME's words open with \p{Lu}\p{L}*+ and ask for an abbreviation only behind it.
    for word in lexicon.ABBREVIATIONS:
        if word.isalpha() and len(word) > 1:
            assert regex.fullmatch(r"\p{Lu}\p{L}++", word.capitalize()), word


def test_name_reads_titles_initials_and_suffixes() -> None:
    text = "Then Sen. John F. Kennedy Jr. and Mrs. Ann Lee, R-Ariz., spoke."
    assert [m.group() for m in NAME.finditer(text)] == [
        "Then Sen. John F. Kennedy Jr",
        "Mrs. Ann Lee, R-Ariz.",
    ]


def test_name_keeps_the_period_of_a_whole_abbreviation_only() -> None:
    """An abbreviation keeps its period when it is the whole word (``Sen.``, also after
    a hyphen: ``ex-Sen.``), not when it ends a longer one (``Co-Gen.``, ``O'Gen.``)."""
    text = "The ex-Sen. Ann Lee met Co-Gen. Tom Ray and O'Gen. Jo Kay."
    assert [m.group() for m in NAME.finditer(text)] == [
        "The", "Sen. Ann Lee", "Co-Gen", "Tom Ray", "O'Gen", "Jo Kay",
    ]


def test_name_stops_at_a_double_hyphen() -> None:
    """A double hyphen is a dash between words (``Colonel Inch--Richard Last``), not the
    hyphen of a double-barrelled name (``Grant-Menzies``), which stays in the name."""
    text = "Then Colonel Inch--Richard Last and Jock Grant-Menzies came."
    assert [m.group() for m in NAME.finditer(text)] == [
        "Then Colonel Inch", "Richard Last", "Jock Grant-Menzies",
    ]


def test_vocative_opening_name_before_a_dash() -> None:
    """A name opening a speech before a dash (``Lucy--have you …``, ``Oh, Mr. Hale—``)
    is spoken to, as before a comma."""
    from quoteattr.patterns import VOCATIVE

    for speech in ("Lucy--have you a sixpence?", "Lucy—have you one?", "Oh, Mr. Hale--"):
        assert VOCATIVE.search(speech) is not None, speech
    assert VOCATIVE.search("Lucy has one.") is None


def test_vocative_opening_name_before_comma_or_exclamation() -> None:
    """A name opening a speech before , ! or ? is spoken to."""
    from quoteattr.patterns import VOCATIVE

    for speech in ("Jane, come here.", "Jane!", "Mr. Hale, sit down."):
        assert VOCATIVE.search(speech) is not None, speech


def test_vocative_not_an_opening_name_before_full_stop_or_semicolon() -> None:
    """``"Bingley."`` answers a question; ``"Poor Tom; …"`` speaks of him."""
    from quoteattr.patterns import VOCATIVE

    for speech in ("Bingley.", "Poor Tom; he is ill."):
        assert VOCATIVE.search(speech) is None, speech
    assert VOCATIVE.search("Come here, Jane.") is not None


def test_mention_after_quote_role_with_a_noun_phrase_after_its_preposition() -> None:
    """After a role noun, the description's prepositional phrase may hold a noun phrase
    of up to four words (``a spokesman for committee Democrats``), without a word that
    may stand before the verb (``has``, ``later``)."""
    from quoteattr.patterns import MENTION_AFTER_QUOTE

    for text, mention in (
        (" a spokesman for committee Democrats ", "a spokesman for committee Democrats"),
        (" a spokesman for the committee has ", "a spokesman for the committee"),
        (" a Democratic staffer in the room ", "a Democratic staffer in the room"),
    ):
        m = MENTION_AFTER_QUOTE.fullmatch(text)
        assert m is not None and m.group("mention") == mention, text


def test_mention_after_quote_no_noun_phrase_after_other_nouns() -> None:
    """A noun that is no role keeps its phrase to a name: ``a website linked to a
    group`` (an appositive before a participle) is no speaker."""
    from quoteattr.patterns import MENTION_AFTER_QUOTE

    assert MENTION_AFTER_QUOTE.fullmatch(" a website linked to a group ") is None


def test_according_to_reads_the_agent_of_a_record_passed_on() -> None:
    """``according to audio obtained by the Tribune``: the mention is the agent."""
    m = ACCORDING_TO.search("according to audio obtained by the Tribune.")
    assert m is not None and m.group("mention") == "the Tribune"


def test_according_to_without_a_record_reads_the_phrase_itself() -> None:
    """``according to a senior official``: no participle and ``by``, the phrase."""
    m = ACCORDING_TO.search("according to a senior official.")
    assert m is not None and m.group("mention") == "a senior official"


def test_mention_after_verb_reads_part_of_a_group() -> None:
    """``said one of those advisers``: a share of a group is a mention."""
    m = MENTION_AFTER_VERB.match(" one of those advisers, who spoke.")
    assert m is not None and m.group("mention") == "one of those advisers"


def test_mention_after_verb_part_of_needs_a_plural() -> None:
    """``said one of the time``: no plural noun closes it, so it is no share of people."""
    m = MENTION_AFTER_VERB.match(" one of the time.")
    assert m is None or m.group("mention") != "one of the time"


#: Words a speaker before its verb is made of, no apostrophe among them.
_MENTION_WORDS = (
    "Mr.", "Sen.", "John", "F.", "Lee", "New", "York", "the", "a", "his", "one", "of",
    "spokesman", "attorney", "for", "Disney", "who", "he", "they", "later", "also", "and",
    "21", "percent", "voters", "Most", "those", "surveyed", ",", "R-Ariz.", "in", "May",
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MENTION_WORDS), min_size=1, max_size=9))
def test_plain_mention_patterns_match_the_same_without_an_apostrophe(words: list[str]) -> None:
    """Where no apostrophe stands, the patterns without a possessive name find the same
    matches as the full ones (the rules pick them by that test)."""
    lead = " ".join(words).replace(" ,", ",")
    text = f'"Go," {lead} said'
    verb = len(text) - len("said")
    full = MENTION_BEFORE_VERB.search(text, 0, verb)
    plain = MENTION_BEFORE_VERB_PLAIN.search(text, 0, verb)
    assert (full and full.span("mention")) == (plain and plain.span("mention"))
    spans = [m.span("mention") for m in SUBJECT.finditer(text)]
    assert spans == [m.span("mention") for m in SUBJECT_PLAIN.finditer(text)]


def test_plain_mention_patterns_read_no_possessive_name() -> None:
    """The plain patterns are for stretches with no apostrophe only: a possessive name
    opening a description (``Ryan's spokeswoman``) needs the full ones."""
    text = '"Go," Ryan’s spokeswoman said'
    verb = len(text) - len("said")
    assert MENTION_BEFORE_VERB.search(text, 0, verb).group("mention") == "Ryan’s spokeswoman"
    assert MENTION_BEFORE_VERB_PLAIN.search(text, 0, verb) is None
    assert SUBJECT.search(text, 5).group("mention") == "Ryan’s spokeswoman"
    assert SUBJECT_PLAIN.search(text, 5).group("mention") != "Ryan’s spokeswoman"



_MATCH_METHODS = {"search": 4, "match": 4, "fullmatch": 4, "finditer": 5, "findall": 5}


def _missing_hold(source: str, namespace: dict[str, object], where: str) -> list[str]:
    """The calls in ``source`` of a ``regex`` pattern of ``namespace`` (a module's
    globals) whose matching method is not given ``concurrent`` (:data:`HOLD`) by
    position, as ``where:line pattern.method``."""
    import ast

    from quoteattr.patterns import LazyPattern

    missing = []
    for node in ast.walk(ast.parse(source)):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _MATCH_METHODS
            and isinstance(node.func.value, ast.Name)
        ):
            continue
        target = namespace.get(node.func.value.id)
        if not isinstance(target, (regex.Pattern, LazyPattern)):
            continue  # a local name, or the standard library's ``re``
        if len(node.args) < _MATCH_METHODS[node.func.attr]:
            missing.append(f"{where}:{node.lineno} {node.func.value.id}.{node.func.attr}")
    return missing


def test_every_regex_call_holds_the_gil() -> None:
    """Each call of a module-level ``regex`` pattern in the package passes ``HOLD`` as
    its ``concurrent`` argument, by position, so the module does not let the GIL go
    and take it back around every match (``re`` patterns take no such argument)."""
    import importlib
    import pathlib

    import quoteattr

    missing = []
    for path in sorted(pathlib.Path(quoteattr.__file__).parent.glob("*.py")):
        module = importlib.import_module(f"quoteattr.{path.stem}")
        missing += _missing_hold(path.read_text(encoding="utf-8"), vars(module), path.name)
    assert missing == []


def test_hold_check_reports_only_regex_calls_without_it() -> None:
    """The check flags a ``regex`` pattern's call without ``concurrent``, not one with
    it, nor a standard-library pattern's call, nor a name it cannot resolve."""
    namespace = {"NAME": NAME, "PAIRING_MARK": PAIRING_MARK, "HOLD": False}
    source = (
        "NAME.search(text)\n"
        "NAME.search(text, 0, 9, HOLD)\n"
        "NAME.finditer(text, 0, 9, False, HOLD)\n"
        "NAME.finditer(text, 0, 9)\n"
        "PAIRING_MARK.search(text)\n"
        "pattern.search(text)\n"
    )
    found = _missing_hold(source, namespace, "x.py")
    assert found == ["x.py:1 NAME.search", "x.py:4 NAME.finditer"]
