"""The pipeline: ``quoteattr.pipeline.extract``.

Argument checking for ``rules`` and ``style``, rule order and stamping, results in
text order, nested quotations kept inside their parents.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from quoteattr import extract
from quoteattr import rules as R
from quoteattr.context import Context
from quoteattr.mentions import read_mention
from quoteattr.records import Span
from quoteattr.rules import Decision

_TEXT = '"We won," Ruth Ames said. "It was close."'


def _never(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    """A rule that never decides."""
    return None


def _the_clerk(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    """A rule that gives every quotation to the first "clerk" of the text."""
    start = ctx.text.find("the clerk")
    if start == -1:
        return None
    mention = read_mention(ctx.text, start, start + len("the clerk"))
    return None if mention is None else Decision(mention, None, "the_clerk")


# --- rules argument -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("rules", "type_name"),
    [(R.cue_after, "function"), (5, "int"), (None, "NoneType"), ("cue_after", "str"),
     (b"cue_after", "bytes")],
)
def test_rules_not_a_sequence_is_type_error(rules: object, type_name: str) -> None:
    """``rules`` that is not a sequence raises TypeError naming what was given."""
    message = rf"rules must be a sequence of rule functions, not {type_name}"
    with pytest.raises(TypeError, match=message):
        extract(_TEXT, rules=rules)  # type: ignore[arg-type]


@pytest.mark.parametrize(("item", "shown"), [(1, r"1 \(int\)"), ("x", r"'x' \(str\)")])
def test_rules_holding_non_callables_is_type_error(item: object, shown: str) -> None:
    """A non-callable among the rules raises TypeError showing it and its type."""
    with pytest.raises(TypeError, match=rf"rules must hold callables .*got {shown}"):
        extract(_TEXT, rules=[R.cue_after, item])  # type: ignore[list-item]


def test_rules_checked_even_without_quotations() -> None:
    """Bad rules are reported even for a text with no quotation."""
    with pytest.raises(TypeError):
        extract("No one spoke.", rules=5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "make", [list, tuple, iter, lambda rs: (r for r in rs)], ids=["list", "tuple", "iter", "gen"]
)
def test_rules_any_iterable_of_callables(make: object) -> None:
    """Lists, tuples, iterators and generators of rules are all accepted."""
    rules = make([R.cue_after])  # type: ignore[operator]
    assert [q.rule for q in extract(_TEXT, rules=rules)] == ["cue_after", None]


# --- style argument -----------------------------------------------------------------


@pytest.mark.parametrize("style", ["poetry", "News", "", None])
def test_bad_style_is_value_error(style: object) -> None:
    """A style other than auto, news or fiction raises ValueError naming it."""
    with pytest.raises(ValueError, match=r"style must be 'auto', 'news' or 'fiction', not"):
        extract(_TEXT, style=style)  # type: ignore[arg-type]


def test_bad_style_checked_even_without_quotations() -> None:
    """A bad style is reported even for a text with no quotation."""
    with pytest.raises(ValueError):
        extract("No one spoke.", style="poetry")


@pytest.mark.parametrize("style", ["auto", "news", "fiction"])
def test_good_styles_accepted(style: str) -> None:
    """The three styles are accepted."""
    assert extract(_TEXT, style=style)[0].speaker == "Ruth Ames"


def test_style_reaches_the_rules() -> None:
    """The chosen (or guessed) style is on every context a rule sees."""
    seen: list[str] = []

    def spy(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
        seen.append(ctx.style)
        return None

    extract(_TEXT, rules=[spy], style="fiction")
    extract('"Go," said she. "No," he replied.', rules=[spy])
    extract('"Go," Sen. Hale said Monday.', rules=[spy])
    # (In fiction the rules see each undecided quotation twice: a second pass.)
    assert seen == ["fiction"] * 8 + ["news"]


# --- rules applied ------------------------------------------------------------------


def test_empty_rules_finds_quotes_without_speakers() -> None:
    """With no rules, quotations are found but nobody is named."""
    quotes = extract(_TEXT, rules=())
    assert [q.text for q in quotes] == ['"We won,"', '"It was close."']
    assert all(q.speaker is q.mention is q.cue is q.rule is None for q in quotes)


def test_rule_that_never_decides() -> None:
    """Rules that always pass leave every quotation unattributed."""
    assert [q.speaker for q in extract(_TEXT, rules=[_never])] == [None, None]


def test_first_deciding_rule_wins() -> None:
    """The first rule that decides wins, and its name is stamped on the quote."""
    text = '"We won," the clerk said. "It was close."'
    quotes = extract(text, rules=[_the_clerk, R.cue_after])
    assert [(q.speaker, q.rule) for q in quotes] == [("the clerk", "the_clerk")] * 2
    quotes = extract(text, rules=[R.cue_after, _the_clerk])
    assert [q.rule for q in quotes] == ["cue_after", "the_clerk"]


def test_custom_rule_mention_and_cue_reported() -> None:
    """A decision's mention and cue come back as spans of the text."""
    text = '"We won," the clerk said.'
    (q,) = extract(text, rules=[_the_clerk])
    assert q.mention == Span(10, 19, "the clerk") and q.cue is None


def test_speaker_resolved_by_pipeline() -> None:
    """A rule's pronoun mention is resolved to a named person by the pipeline."""
    text = "Mrs. Ruth Ames arrived at the hall at noon.\n\n" + '"We won," she said.'
    (q,) = extract(text, rules=[R.cue_after])
    assert (q.mention.text, q.speaker) == ("she", "Ruth Ames")  # type: ignore[union-attr]


def test_terms_are_never_given_to_rules() -> None:
    """A term quotation is not shown to any rule."""
    seen: list[str] = []

    def spy(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
        seen.append(ctx.quote.text)
        return None

    extract('Critics called the film "Jaws" and Hale said: "It was dull."', rules=[spy])
    assert seen == ['"It was dull."']


# --- results --------------------------------------------------------------------------


def test_results_in_text_order() -> None:
    """Quotes come back ordered by offset, across paragraphs and kinds."""
    text = (
        '"First," said Hale.\n\nShe called it "second" and left.\n\n'
        '"Third," she said, "and fourth."'
    )
    quotes = extract(text)
    assert [q.content.text for q in quotes] == ["First,", "second", "Third,", "and fourth."]
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


def test_no_quotations_gives_empty_list() -> None:
    """Text without quotation marks gives an empty list."""
    assert extract("No one said anything at all.") == []


def test_nested_quotation_inside_parent() -> None:
    """A quotation inside another is kept in its parent's ``nested``, not listed apart."""
    text = "\"The word 'never' is final,\" Cole said."
    (q,) = extract(text)
    assert [n.text for n in q.nested] == ["'never'"]
    assert q.nested[0].start > q.start and q.nested[0].end < q.end


def test_nested_quotation_has_no_speaker() -> None:
    """The parent is attributed; the quotation nested in it is not."""
    text = "\"The word 'never' is final,\" Cole said."
    (q,) = extract(text)
    assert (q.speaker, q.nested[0].speaker) == ("Cole", None)


def test_kinds_assigned() -> None:
    """Each top-level quote has its kind: direct, partial or term."""
    text = 'Critics called it a "total disaster" and the "Big Deal" failed. "We won."'
    assert [q.kind for q in extract(text)] == ["partial", "term", "direct"]


def test_extract_with_characters_uses_known_names() -> None:
    """A speaker named by an alias of a given character gets the canonical name."""
    quotes = extract('"No," said Lizzy.', characters={"Elizabeth Bennet": ["Lizzy"]})
    assert quotes[0].speaker == "Elizabeth Bennet"


def test_extract_with_bad_characters_raises() -> None:
    """A malformed characters= argument is a caller's mistake: TypeError."""
    with pytest.raises(TypeError, match="characters"):
        extract('"No," said Lizzy.', characters="Lizzy")


def test_first_person_narrator_named_by_replies() -> None:
    """In fiction, the narration's "I" is given the name the others call the narrator."""
    text = (
        '"Well," I said, "here we are."\n\n"Yes, Jake, here we are."\n\n'
        '"It is late," I said.\n\n"Too late, Jake," said Bill.'
    )
    quotes = extract(text, style="fiction")
    assert quotes[0].speaker == "Jake" and quotes[0].mention.text == "I"  # type: ignore[union-attr]
    assert quotes[-1].speaker == "Bill"


def test_first_person_narrator_without_name_stays_i() -> None:
    """With nobody calling the narrator by name, "I" stays "I"."""
    assert extract('"Well," I said.\n\n"Yes."', style="fiction")[0].speaker == "I"


def test_second_pass_reads_later_cues_in_fiction() -> None:
    """An exchange whose cues come later: its first turns take the speakers of the
    turns two paragraphs ahead (a second pass, once those are decided)."""
    text = '"Are you coming?"\n\n"No."\n\n"Please!" said Jane.\n\n"Never!" said Tom.'
    quotes = extract(text, style="fiction")
    assert [q.speaker for q in quotes] == ["Jane", "Tom", "Jane", "Tom"]
    assert quotes[0].rule == "conversation"


def test_no_second_pass_in_news() -> None:
    """News conventions have no exchange: early uncued quotations stay undecided."""
    text = '"Are you coming?"\n\n"No."\n\n"Please!" said Jane.'
    assert extract(text, style="news")[0].speaker is None


def test_pronoun_reply_goes_to_the_one_the_previous_turn_named() -> None:
    """A turn that named Mr. Hale in its first part, then went on after its cue: the
    next turn's "he" is Mr. Hale, the one spoken to, not the nearest man named."""
    text = (
        'Tom came in with Mr. Hale.\n\n'
        '"I am afraid, Mr. Hale," said Margaret, "that it is late."\n\n'
        '"Not at all," he replied.'
    )
    quotes = extract(text, style="fiction")
    assert quotes[-1].speaker == "Mr. Hale"


def test_pronoun_reply_without_a_name_spoken_to() -> None:
    """When the previous turn named no one, "he" is not taken from it."""
    text = (
        'Mr. Hale came in.\n\n'
        '"It is late," said Margaret, "very late."\n\n'
        '"Not at all," he replied.'
    )
    assert extract(text, style="fiction")[-1].speaker == "Mr. Hale"


def test_pronoun_cue_takes_the_party_whose_turn_it_is() -> None:
    """In a two-party exchange, "said he" is the man whose turn it is by alternation,
    not the last man the narration named."""
    text = (
        'Tom had seen Mr. Ray at the inn.\n\n'
        '"Where were you?" said Mr. Hale.\n\n'
        '"At home," said Ann.\n\n'
        '"Alone?" said he.'
    )
    assert extract(text, style="fiction")[-1].speaker == "Mr. Hale"


def test_pronoun_cue_after_narration_is_not_taken_by_turn() -> None:
    """A turn ending in a stretch of narration is no turn of an exchange: the
    pronoun goes to the person the narration named."""
    text = (
        '"Where were you?" said Mr. Hale.\n\n'
        '"At home," said Ann. She turned away. Mr. Ray came to the window and stood '
        'there without a word for a long while.\n\n'
        '"Alone?" said he.'
    )
    assert extract(text, style="fiction")[-1].speaker == "Mr. Ray"


def test_pronoun_prefers_the_subject_of_the_sentence_before() -> None:
    """In fiction "he" after "Tom thought that Bob was sad." is Tom, the subject."""
    text = 'Tom thought that Bob was sad.\n\n"I am here," he said.'
    assert extract(text, style="fiction")[0].speaker == "Tom"
    assert extract(text, style="news")[0].speaker == "Bob"


def test_reanchor_from_a_nearer_cue_ahead() -> None:
    """A narration line between two turns of one speaker broke the alternation; the
    cued turn two paragraphs ahead sets the uncued one right."""
    text = (
        '"Come," said Jane.\n\n"No," said Tom.\n\n"Please!"\n\n'
        'He made no answer.\n\n"Do," said Jane.\n\n"Well?"\n\n"Never," said Tom.'
    )
    quotes = extract(text, style="fiction")
    assert [q.speaker for q in quotes] == ["Jane", "Tom", "Jane", "Jane", "Tom", "Tom"]


_MOTHER = (
    'Mrs. Bennet was sitting by the fire with Kitty Bennet and Tom Ray.\n\n"Come," said '
    'Tom Ray.\n\n"No," said Kitty.\n\n"Please!"\n\n"Never!"\n\n"Go, child."\n\n'
    '"I will not."\n\n"Go at once," said {cue}.'
)


def test_reanchor_from_a_description_resolved_to_a_name() -> None:
    """``said her mother`` (Mrs. Bennet) two paragraphs ahead re-reads the turn that
    alternation copied from Tom far back: the mother joined the exchange."""
    quotes = extract(_MOTHER.format(cue="her mother"), style="fiction")
    assert [q.speaker for q in quotes][-3:] == ["Mrs. Bennet", "Kitty Bennet", "Mrs. Bennet"]


def test_reanchor_not_from_a_description_left_as_written() -> None:
    """``said a voice`` names no one: the turn two paragraphs before keeps Tom."""
    quotes = extract(_MOTHER.format(cue="a voice"), style="fiction")
    assert quotes[-3].speaker == "Tom Ray"


def test_reanchor_keeps_a_turn_whose_cue_is_odd_paragraphs_ahead() -> None:
    """An anchor an odd number of paragraphs ahead says nothing sure: kept as is."""
    import attrs

    from quoteattr.mentions import read_mention
    from quoteattr.pipeline import reanchor
    from quoteattr.rules import Decision

    def turn(name: str, rule: str) -> Decision:
        return Decision(read_mention(name, 0, len(name)), None, rule, speaker=name)

    tom, ann = turn("Tom", "cue_after"), turn("Ann", "cue_after")
    copied = attrs.evolve(tom, rule="conversation")
    run = [tom, ann, copied, None, copied, ann]
    assert [d and d.speaker for d in reanchor(run, [0, 1, 2, 3, 4, 5])] == [
        "Tom", "Ann", "Tom", None, "Tom", "Ann"
    ]


def test_fiction_speech_not_by_whom_its_later_part_calls() -> None:
    """``"I was shocked," said she. "Oh, Ann, no!"``: the later part calls Ann, so
    ``she`` is another woman; the same words with no name called keep the nearest."""
    text = 'Jane Ray came in. Ann Lee sat down. "I was shocked," said she. "Oh, {who} no!"'
    assert extract(text.format(who="Ann,"), style="fiction")[0].speaker == "Jane Ray"
    assert extract(text.format(who=""), style="fiction")[0].speaker == "Ann Lee"


def test_fiction_speech_not_by_whom_it_calls_by_a_familiar_name() -> None:
    """``Lizzy`` called is Elizabeth (data/nicknames.txt): not the speaker."""
    text = 'Jane Ray came in. Then Elizabeth sat down. "I was shocked," said she. "Oh, Lizzy!"'
    assert extract(text, style="fiction")[0].speaker == "Jane Ray"


# --- whom the turn before spoke to ------------------------------------------------------

_CALLED = 'Ann Lee sat by Kate Ray.\n\n"Now, Kate, go," said Tom Hale{tail}.\n\n"Well," said she.'


def test_pronoun_after_a_short_turn_is_whom_it_called() -> None:
    """``"Now, Kate, go," said Tom Hale.`` then ``said she``: Kate, spoken to, answers."""
    text = _CALLED.format(tail="")
    assert extract(text, style="fiction")[-1].speaker == "Kate Ray"


def test_pronoun_after_a_turn_ending_in_narration_is_not_whom_it_called() -> None:
    """The turn ends in a long stretch of narration (he leaves the room): whom it
    called is not taken for ``she``; the narration's woman is."""
    text = _CALLED.format(tail=", and he left the room, slamming the heavy door behind him")
    assert extract(text, style="fiction")[-1].speaker == "Ann Lee"
