"""The attribution rules of ``quoteattr.rules``, one behaviour per test.

Each rule of :data:`quoteattr.rules.DEFAULT_RULES` has at least one positive test (it
decides, with the expected speaker, mention and cue) and one negative test (a look-alike
where it must not decide, or decides differently). Rules are run alone through
``extract(text, rules=[rule])``, in the default order through ``extract(text)``, and
where useful called directly on a :class:`~quoteattr.context.Context`.

The snippets are invented, in the manner of wire-service news and 19th-century novels.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr import Quote, extract
from quoteattr import rules as R
from quoteattr.context import Context, contexts
from quoteattr.mentions import read_mention
from quoteattr.patterns import MENTION_AFTER_QUOTE
from quoteattr.quotes import find_quotes, paragraphs, quote_kind
from quoteattr.rules import DEFAULT_RULES, Decision
from quoteattr.speakers import build_cast

# --- helpers ------------------------------------------------------------------------


def _only(text: str, rule: R.Rule, style: str = "news") -> list[Quote]:
    """Run ``extract`` with ``rule`` alone."""
    return extract(text, rules=[rule], style=style)


def _one(text: str, rule: R.Rule, style: str = "news") -> Quote:
    """The single quotation of ``text``, attributed by ``rule`` alone."""
    (quote,) = _only(text, rule, style)
    return quote


def _attributed(q: Quote) -> tuple[str | None, str | None, str | None, str | None]:
    """``(speaker, mention, cue, rule)`` of a quote, as plain strings."""
    return (
        q.speaker,
        None if q.mention is None else q.mention.text,
        None if q.cue is None else q.cue.text,
        q.rule,
    )


def _contexts(text: str, style: str = "news") -> list[Context]:
    """The contexts of ``text``'s quotations, built as the pipeline builds them."""
    paras = list(paragraphs(text))
    found = [attrs.evolve(q, kind=quote_kind(text, q)) for q in find_quotes(text, paras)]
    return list(contexts(text, found, paras, style, build_cast(text, found, paras)))


def _decision(text: str, words: str, speaker: str, rule: str = "cue_after") -> Decision:
    """A decision resting on the first occurrence of ``words`` in ``text``."""
    start = text.index(words)
    mention = read_mention(text, start, start + len(words), source=True)
    assert mention is not None
    return Decision(mention, None, rule, speaker=speaker)


def _speakers(text: str, **kwargs: object) -> list[str | None]:
    return [q.speaker for q in extract(text, **kwargs)]  # type: ignore[arg-type]


# --- the rule set -------------------------------------------------------------------


def test_default_rules_order() -> None:
    """DEFAULT_RULES lists the rules most precise first, in the documented order."""
    assert [r.__name__ for r in DEFAULT_RULES] == [
        "cue_after",
        "attribution_clause",
        "cue_before",
        "according_to",
        "colon_intro",
        "same_paragraph",
        "vocative",
        "reply_to_named",
        "sentence_subject",
        "previous_sentence",
        "only_name_in_paragraph",
        "paragraph_subject",
        "continues_previous",
        "conversation",
        "narration_before",
        "named_in_reply",
    ]


def test_every_default_rule_is_exported() -> None:
    """Every rule in DEFAULT_RULES is named in ``quoteattr.rules.__all__``."""
    assert {r.__name__ for r in DEFAULT_RULES} <= set(R.__all__)


@pytest.mark.parametrize("rule", DEFAULT_RULES, ids=lambda r: r.__name__)
def test_every_rule_has_a_docstring_example(rule: R.Rule) -> None:
    """Every default rule documents itself with a doctest example."""
    assert rule.__doc__ is not None and ">>>" in rule.__doc__


@pytest.mark.parametrize("rule", DEFAULT_RULES, ids=lambda r: r.__name__)
def test_no_rule_gives_a_term_a_speaker(rule: R.Rule) -> None:
    """A title in quotation marks (kind "term") is never attributed, by any rule."""
    text = 'Critics called the film "Jaws," Ruth Ames said.'
    quote = _one(text, rule)
    assert quote.kind == "term"
    assert quote.speaker is None and quote.rule is None


@pytest.mark.parametrize("rule", DEFAULT_RULES, ids=lambda r: r.__name__)
def test_every_rule_passes_on_bare_quotation(rule: R.Rule) -> None:
    """A lone quotation with no narration around it gives no rule anything to go on."""
    ctx = _contexts('"The river is rising."')[0]
    assert rule(ctx, []) is None


# --- cue_after ----------------------------------------------------------------------


def test_cue_after_speaker_then_verb() -> None:
    """``"…," Trump said.``: the name before the verb after the quotation speaks."""
    q = _one('"We will cut taxes," Trump said.', R.cue_after)
    assert _attributed(q) == ("Trump", "Trump", "said", "cue_after")


def test_cue_after_verb_then_name_with_party_suffix() -> None:
    """``said Sen. John McCain, R-Ariz.``: title kept in the mention, suffix left out,
    the speaker is the bare name."""
    q = _one('"We will hold the line," said Sen. John McCain, R-Ariz.', R.cue_after)
    assert _attributed(q) == ("John McCain", "Sen. John McCain", "said", "cue_after")


def test_cue_after_told_reporters_is_one_cue() -> None:
    """``he told reporters``: the set phrase is the cue, the pronoun the mention."""
    q = _one('"The vote is close," he told reporters.', R.cue_after)
    assert (q.mention.text, q.cue.text) == ("he", "told reporters")  # type: ignore[union-attr]


def test_cue_after_without_comma() -> None:
    """``"…" the official said``: no comma between quotation and cue is needed."""
    q = _one('"The talks have stalled" the official said.', R.cue_after)
    assert _attributed(q) == ("the official", "the official", "said", "cue_after")


def test_cue_after_ignores_what_follows_the_cue() -> None:
    """``"…," Trump said at a rally, adding …``: the cue is "said", the speaker Trump."""
    q = _one('"We will win," Trump said at a rally, adding that polls were wrong.', R.cue_after)
    assert _attributed(q) == ("Trump", "Trump", "said", "cue_after")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('"We will appeal," Ruth Ames went on to say.', "went on to say"),
        ('"We will appeal," Ruth Ames said in a statement.', "said in a statement"),
    ],
)
def test_cue_after_multiword_cue(text: str, cue: str) -> None:
    """Multiword cues ("went on to say", "said in a statement") are read whole."""
    q = _one(text, R.cue_after)
    assert (q.speaker, q.cue.text) == ("Ruth Ames", cue)  # type: ignore[union-attr]


def test_cue_after_appositive_between_name_and_verb() -> None:
    """``Hugh Hill, a doctor at the clinic, said``: the appositive is passed over."""
    q = _one('"The ward is full," Hugh Hill, a doctor at the clinic, said.', R.cue_after)
    assert _attributed(q) == ("Hugh Hill", "Hugh Hill", "said", "cue_after")


def test_cue_after_appositive_after_inverted_verb() -> None:
    """``said Hugh Hill, a doctor at the clinic.``: the name, not the appositive."""
    q = _one('"The ward is full," said Hugh Hill, a doctor at the clinic.', R.cue_after)
    assert (q.speaker, q.mention.text) == ("Hugh Hill", "Hugh Hill")  # type: ignore[union-attr]


def test_cue_after_month_name_as_speaker() -> None:
    """``May said``: a month name beside a speech verb is a person."""
    q = _one('"We will leave the union," May said.', R.cue_after)
    assert (q.speaker, q.mention.text) == ("May", "May")  # type: ignore[union-attr]


def test_cue_after_month_inside_quotation_is_not_speaker() -> None:
    """``"…in May," Cole said``: the month inside the quotation is no speaker."""
    q = _one('"We met in May," Cole said.', R.cue_after)
    assert q.speaker == "Cole"


def test_cue_after_name_inside_quotation_is_not_speaker() -> None:
    """``"I know that Mr. Smith is …," Lavrova said.``: Lavrova, never Smith."""
    q = _one('"I know that Mr. Smith is an honest man," Lavrova said.', R.cue_after)
    assert _attributed(q) == ("Lavrova", "Lavrova", "said", "cue_after")


def test_cue_after_description_stays_as_written() -> None:
    """``a White House spokesman said``: the description is the speaker, unchanged."""
    q = _one('"No comment," a White House spokesman said.', R.cue_after)
    assert q.speaker == "a White House spokesman"


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('"It is very late," said Elizabeth.', "Elizabeth", "said"),
        ('"It is very late," said he.', "he", "said"),
        ('"It is very late," cried Mrs. Bennet.', "Mrs. Bennet", "cried"),
        ('"It is very late," replied her sister.', "her sister", "replied"),
        ('"It is very late," exclaimed Harriet.', "Harriet", "exclaimed"),
    ],
)
def test_cue_after_inverted_fiction_cues(text: str, speaker: str, cue: str) -> None:
    """Fiction's inverted cues (``said Elizabeth``, ``said he``, ``cried Mrs. Bennet``,
    ``replied her sister``) name the speaker after the verb."""
    q = _one(text, R.cue_after, style="fiction")
    assert (q.speaker, q.cue.text, q.rule) == (speaker, cue, "cue_after")  # type: ignore[union-attr]


def test_cue_after_not_for_cue_before_the_quotation() -> None:
    """``Trump said: "…"``: nothing follows the quotation, so cue_after passes."""
    assert _one('Trump said: "We will build it."', R.cue_after).rule is None


def test_cue_after_not_for_lead_in_to_next_quotation() -> None:
    """``"…." He added: "…"``: narration ending in a colon introduces the next
    quotation, so it does not attribute the previous one."""
    quotes = _only('"We won." He added: "Again."', R.cue_after)
    assert [q.rule for q in quotes] == [None, None]


def test_cue_after_colon_after_its_own_cue() -> None:
    """``"…," said Skelly, explaining that:``: a quotation whose sentence goes on into
    the cue keeps it, though the narration ends with a colon."""
    text = '"It is valuable," said Skelly, explaining how he worked:\n\n"Vito is good."'
    assert _only(text, R.cue_after)[0].speaker == "Skelly"


def test_cue_after_not_when_led_in_by_its_own_cue() -> None:
    """``Erdogan said, "…." The deal is a step``: in news, a quotation led in by a
    speech verb and a comma, ending its sentence, leaves cue_after to the next
    sentence's speaker; cue_before reads its own."""
    text = 'Erdogan said, "Let others take them." He added that it was fair.'
    assert _one(text, R.cue_after).rule is None
    assert (_one(text, R.cue_before).speaker, extract(text)[0].rule) == ("Erdogan", "cue_before")


def test_cue_after_led_in_quotation_whose_sentence_goes_on() -> None:
    """A led-in quotation that does not end its sentence keeps the cue after it:
    ``When someone shouted, "Cruz," Beck joked``."""
    q = _one('When the crowd shouted, "Cruz," Beck said.', R.cue_after)
    assert (q.speaker, q.rule) == ("Beck", "cue_after")


def test_cue_after_fragment_ending_in_a_nested_quotation() -> None:
    """A fragment whose words end with a nested quotation's close after the comma
    (``… 'helping my husband,'" Anthony says``) runs into the cue after it."""
    q = _one('Her "role was \'helping my husband,\'" Anthony says.', R.cue_after)
    assert (q.kind, q.speaker, q.rule) == ("partial", "Anthony", "cue_after")


def test_cue_after_role_for_a_noun_phrase() -> None:
    """``"…," a spokesman for committee Democrats said``: a role's prepositional phrase
    may hold a noun phrase, not only a name."""
    q = _one('"The facts have not changed," a spokesman for committee Democrats said.', R.cue_after)
    assert q.mention.text == "a spokesman for committee Democrats"  # type: ignore[union-attr]


def test_cue_after_demonstrative_description() -> None:
    """``"…," this source told the Post``: a description opened by a demonstrative."""
    q = _one('"The kids do not like him," this source told the Post.', R.cue_after)
    assert q.mention.text == "this source"  # type: ignore[union-attr]


def test_cue_after_no_speaker_after_a_participle() -> None:
    """``"…," citing an instance``: the noun after a participle is its object; the
    main clause's subject speaks, read by a later rule."""
    text = 'The two lawmakers, however, argue that "there is precedent," citing an instance.'
    assert _one(text, R.cue_after).rule is None
    assert extract(text, style="news")[0].mention.text == "The two lawmakers"  # type: ignore[union-attr]


def test_cue_after_as_clause() -> None:
    """``the race "is a dead heat," as Cruz said on Monday``: an as-clause cue."""
    q = _one('Still, the race "is a dead heat right now," as Cruz said on Monday.', R.cue_after)
    assert (q.speaker, q.cue.text) == ("Cruz", "said")  # type: ignore[union-attr]


def test_cue_after_party_and_state_closed_by_a_comma() -> None:
    """``"…," Mitch McConnell, R-Ky., said``: the comma closing the party and state."""
    q = _one('"We will win," Mitch McConnell, R-Ky., said.', R.cue_after)
    assert (q.speaker, q.cue.text) == ("Mitch McConnell", "said")  # type: ignore[union-attr]


def test_cue_after_not_for_fragment_whose_sentence_goes_on() -> None:
    """A fragment run into the sentence is not attributed to a later, unrelated verb."""
    q = _one('He called the plan "a disgrace" and Hale said nothing more.', R.cue_after)
    assert q.kind == "partial" and q.rule is None


def test_cue_after_not_for_narration_without_speech_verb() -> None:
    """``"…," Trump wrote nothing``-like narration without a cue gives no speaker."""
    assert _one('"We will win," Trump and his aides left the hall.', R.cue_after).rule is None


def test_cue_after_long_source_phrase_in_news() -> None:
    """``"…," Ann Lee of the Center for Policy Studies wrote``: in news, a name with a
    long affiliation between the quotation and its verb is the speaker."""
    text = '"The test failed," Ann Lee of the Center for Arms Control Studies wrote on Monday.'
    assert _attributed(_one(text, R.cue_after)) == ("Ann Lee", "Ann Lee", "wrote", "cue_after")


def test_cue_after_long_description_with_role_head() -> None:
    """``"…," the Ohio senator and party leader said``: a description whose head is a
    role speaks, read up to ``and``."""
    q = _one('"We will not wait," the Ohio senator and party leader said.', R.cue_after)
    assert q.mention.text == "the Ohio senator"  # type: ignore[union-attr]


def test_cue_after_long_phrase_not_a_clause_or_a_thing() -> None:
    """A name followed by a verb of its own (``Lee seized upon the point, repeating``),
    or a noun phrase whose head is no person (``a website linked to a group called``),
    is not read as the speaker of a long phrase."""
    text = 'She cited "a plan for all," Lee seized upon the point, repeating it.'
    assert _one(text, R.cue_after).rule is None
    text = 'One sign read "stopthem.org," a website linked to a group called the Union.'
    assert _one(text, R.cue_after).rule is None


def test_cue_after_long_source_phrase_not_in_fiction() -> None:
    """Fiction does not read a long phrase before the verb as a source."""
    text = '"I will go," Ann Lee of the Hall at Longbourn said.'
    assert _one(text, R.cue_after, style="fiction").speaker != "Ann Lee"


def test_cue_after_direct_call_returns_decision() -> None:
    """Called on a Context, cue_after returns a Decision naming itself, speaker unset."""
    ctx = _contexts('"Rents will rise," Ruth Ames said.')[0]
    decision = R.cue_after(ctx, [])
    assert decision is not None
    assert (decision.mention.core, decision.cue.text, decision.rule, decision.speaker) == (  # type: ignore[union-attr]
        "Ruth Ames",
        "said",
        "cue_after",
        None,
    )


def test_cue_after_bare_plural_role() -> None:
    """``"…," federal prosecutors wrote``: in news a bare plural role right after the
    quotation speaks, as ``officials said`` does."""
    q = extract('"The harm is great," federal prosecutors wrote in a filing.', style="news")[0]
    assert (q.mention.text, q.rule) == ("federal prosecutors", "cue_after")  # type: ignore[union-attr]


def test_cue_after_bare_plural_not_a_joined_clause() -> None:
    """``He talks about "…," and voters cheer``: a clause joined with ``and`` is not a
    reporting clause."""
    text = 'Cole spoke. He talks about "spoiling the party," and voters cheer.'
    assert extract(text, style="news")[0].mention.text == "He"  # type: ignore[union-attr]


def test_cue_after_adverb_now_between_speaker_and_verb() -> None:
    """``"…," he now says``: ``now`` (like ``still``) may stand between."""
    q = extract('"This is your movement," he now says.', style="news")[0]
    assert (q.mention.text, q.cue.text) == ("he", "says")  # type: ignore[union-attr]


def test_cue_after_not_past_other_words_between_speaker_and_verb() -> None:
    """``"…," he in fact says``: words other than the set adverbs do not stand between
    a speaker and the verb (``in fact`` is no such adverb)."""
    text = '"Go," he in fact says'
    assert MENTION_AFTER_QUOTE.fullmatch(text, 5, text.index("says")) is None
    now = '"Go," he now says'
    assert MENTION_AFTER_QUOTE.fullmatch(now, 5, now.index("says")) is not None


def test_cue_after_part_of_a_group_speaks() -> None:
    """``"…," said one of those advisers, who …``: a share of a group is the speaker."""
    text = '"No path," said one of those advisers, who spoke on condition of anonymity.'
    q = extract(text, style="news")[0]
    assert q.mention.text == "one of those advisers"  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ['"Go," and Lee said', '"Go," \u2014 but Lee said'])
def test_no_source_opening_after_a_conjunction(text: str) -> None:
    """``"…," and Lee said``: a conjunction (or preposition) after the quotation, past
    its comma and dashes, opens no cue and no speaker."""
    assert R._no_source_opening(text, 5, len(text))


@pytest.mark.parametrize("text", ['"Go," Lee said', '"Go," as Lee said', '"Go," in a statement'])
def test_no_source_opening_not_before_a_speaker_or_cue(text: str) -> None:
    """A name, ``as`` (``"…," as Lee said``) or a cue phrase's first word (``in a
    statement``) may open a cue or a speaker after the quotation."""
    assert not R._no_source_opening(text, 5, len(text))


@pytest.mark.parametrize("word", sorted(R._NO_SOURCE_WORDS))
def test_no_source_words_open_no_mention_after_a_quotation(word: str) -> None:
    """No mention read right after a quotation opens with one of these words."""
    text = f'"Go," {word} the spokesman Ann Lee said'
    assert MENTION_AFTER_QUOTE.fullmatch(text, 5, text.index("said")) is None


def test_cue_after_not_after_and_without_a_comma() -> None:
    """``"…," and Gov. Ann Lee told reporters``: a clause joined with ``and`` and no
    comma is not the quotation's reporting clause."""
    text = 'Cole said "we will win," and Gov. Ann Lee told reporters.'
    assert R.cue_after(_contexts(text)[0], []) is None


def test_attribution_clause_not_after_and_without_a_comma() -> None:
    """The same joined clause is no reporting clause of a fragment before it."""
    text = 'Cole said "we will win," and Gov. Ann Lee told reporters.'
    assert R.attribution_clause(_contexts(text)[0], []) is None


def test_may_relay_with_according_or_reports() -> None:
    """``according to`` in any case, or ``reports``, may relay a cue."""
    for text in ("said, ACCORDING TO aides", "said, reports the Tribune"):
        assert R._may_relay(text, 0, len(text))


def test_may_relay_not_without_them() -> None:
    """A stretch with neither word relays nothing (``RELAYED_BY`` finds no match)."""
    text = "said on Monday at a rally in Ohio"
    assert not R._may_relay(text, 0, len(text)) and not R.RELAYED_BY.search(text)


def test_may_relay_not_for_reporters_without_a_comma() -> None:
    """``report`` with no comma before it (``told reporters``) relays nothing: the
    pattern's ``reports`` follows a comma."""
    text = "said Monday, and told reporters"
    assert not R._may_relay(text, 0, len(text)) and not R.RELAYED_BY.search(text)


def test_unbroken_to_quote_finds_the_relative() -> None:
    """The relative ``who`` whose clause runs to the quotation is found."""
    ctx = _contexts('Beck, who called it "a sham," left.')[0]
    found = R._unbroken_to_quote(ctx, R._RELATIVE_WHO, "who")
    assert found is not None and found.group("who") == "who"


def test_unbroken_to_quote_spared_without_the_needle() -> None:
    """Narration without the string every match holds is not searched: no match."""
    ctx = _contexts('Beck, a critic, called it "a sham," and left.')[0]
    assert R._unbroken_to_quote(ctx, R._RELATIVE_WHO, "who") is None


def test_dash_source_after_a_dash() -> None:
    """``"…" ― Ann Lee``: a dash and a name after the quotation sign it."""
    text = '"We won." \u2015 Ann Lee'
    assert R._dash_source(text, 9, len(text)).group("mention") == "Ann Lee"  # type: ignore[union-attr]


def test_dash_source_not_without_a_dash() -> None:
    """A name after the quotation with no dash before it signs nothing."""
    text = '"We won." Ann Lee'
    assert R._dash_source(text, 9, len(text)) is None


# --- attribution_clause -------------------------------------------------------------


def test_attribution_clause_speaker_first_after_fragment() -> None:
    """``Obama "felt a duty" to act, Axelrod said.``: the clause attributes the fragment."""
    q = _one('Obama "felt a duty" to act, Axelrod said.', R.attribution_clause)
    assert _attributed(q) == ("Axelrod", "Axelrod", "said", "attribution_clause")


def test_attribution_clause_inverted_clause_before_fragment() -> None:
    """``The plan, says Carl Anthony, is "a mess."``: a parenthetical clause counts."""
    q = _one('The plan, says Carl Anthony, is "a mess."', R.attribution_clause)
    assert _attributed(q) == ("Carl Anthony", "Carl Anthony", "says", "attribution_clause")


def test_attribution_clause_with_title_and_day() -> None:
    """``…," Governor Ann Price said on Tuesday.``: the title stays in the mention."""
    q = _one(
        'The tax is "a burden on farmers," Governor Ann Price said on Tuesday.',
        R.attribution_clause,
    )
    assert (q.speaker, q.mention.text) == ("Ann Price", "Governor Ann Price")  # type: ignore[union-attr]


def test_attribution_clause_not_without_cue() -> None:
    """``She saw "a duty" to act, and the crowd left.``: no reporting clause, no decision."""
    assert _one('She saw "a duty" to act, and the crowd left.', R.attribution_clause).rule is None


def test_attribution_clause_not_when_clause_runs_on() -> None:
    """A cue whose clause runs on for many words is not a parenthetical attribution."""
    text = 'Obama "felt a duty" to act, Axelrod said in a long talk with the paper on Friday night.'
    assert _one(text, R.attribution_clause).rule is None


def test_attribution_clause_fragment_clause_closed_by_a_colon() -> None:
    """``This "verbal vomit" can be helpful, she says: "…"``: a fragment's clause may
    close on a colon leading in the next quotation."""
    text = 'This kind of "verbal vomit" can be helpful, she says: "I let it out."'
    q = extract(text, style="news")[0]
    assert (q.rule, q.mention.text) == ("attribution_clause", "she")  # type: ignore[union-attr]


def test_attribution_clause_direct_not_from_a_colon_clause_after_it() -> None:
    """A full quotation before a sentence whose clause closes on a colon (``Asked what
    it meant, she said: "…"``) is not given that clause."""
    text = 'Lee spoke first. "We will win." Asked about it, she said: "Soon."'
    assert _only(text, R.attribution_clause)[0].rule is None


def test_attribution_clause_not_from_the_next_sentence_of_a_led_in_quotation() -> None:
    """In news, a quotation led in by its own cue and ending its sentence (``Labott
    tweeted, "…."``) is not given the clause of the next sentence (``CNN claimed``)."""
    text = 'On Monday, Labott tweeted, "The bill passed." This opining, CNN claimed, is bad.'
    q = _one(text, R.attribution_clause)
    assert q.mention.text == "Labott"  # type: ignore[union-attr]


def test_attribution_clause_not_from_the_next_sentence_of_a_fragment() -> None:
    """In news, a fragment that ends its sentence (``as "kind."``) is not given the
    clause of the next sentence (``Since then, Tom Hale said, …``)."""
    text = 'Ann Lee described Trump as "kind." Since then, Tom Hale said, the mood has changed.'
    assert _one(text, R.attribution_clause).rule is None
    assert extract(text, style="news")[0].speaker == "Ann Lee"


def test_attribution_clause_leaves_fiction_speech_to_cue_after() -> None:
    """In fiction a direct quotation is left to cue_after, even with a clause beside it."""
    text = '"It is late," said Tom, and shut the door.'
    assert _one(text, R.attribution_clause, style="fiction").rule is None


def test_attribution_clause_takes_news_direct_quotation() -> None:
    """In news the same clause attributes a direct quotation too."""
    text = '"It is late," said Tom, and shut the door.'
    assert _one(text, R.attribution_clause, style="news").speaker == "Tom"


def test_attribution_clause_fiction_fragment() -> None:
    """In fiction a quoted fragment with a reporting clause is still attributed."""
    q = _one('Tom called it "a mess," said Jane.', R.attribution_clause, style="fiction")
    assert (q.kind, q.speaker) == ("partial", "Jane")


def test_attribution_clause_not_from_next_sentence() -> None:
    """``Hale called the plan "a mess." "A joke," Smith said.``: the fragment is not
    Smith's; his clause belongs to the next sentence."""
    text = 'Hale called the plan "a mess." "A joke," Smith said.'
    assert _only(text, R.attribution_clause)[0].rule is None


def test_attribution_clause_verb_first_before_a_time_adjunct() -> None:
    """``…"casually" at work, said the director, Jo Lee, on Monday.``: a time adjunct
    may close the reporting clause."""
    text = (
        'They found no "ties of any kind," apart from knowing each other "casually" at '
        "work, said the director, Jo Lee, on Monday."
    )
    assert [q.rule for q in extract(text, style="news")] == ["attribution_clause"] * 2


def test_attribution_clause_verb_first_not_before_a_clause() -> None:
    """``…, said the director in a long report on their days at work``: more than an
    adjunct follows, so the clause does not close there."""
    text = 'They met "casually" at work, said the director in a long report on their days.'
    assert extract(text, style="news")[0].rule != "attribution_clause"


def test_attribution_clause_governs_a_later_fragment_of_its_sentence() -> None:
    """``The facts, the lawyers said, "all agree" that Lee meets the "natural" test``:
    the second fragment is the lawyers' too, though Lee is named before it."""
    text = 'The facts, the lawyers said, "all agree" that Lee meets the "natural" test.'
    assert [q.speaker for q in extract(text, style="news")] == ["the lawyers"] * 2


def test_attribution_clause_not_carried_into_the_next_sentence() -> None:
    """A fragment in the next sentence has a subject of its own."""
    text = 'The facts, the lawyers said, "all agree." Lee later called it "natural."'
    assert extract(text, style="news")[1].speaker == "Lee"


# --- cue_before ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["31% of voters said", "About 4 in 10 people said", "Al Lee said"])
def test_mention_may_end_at_a_name_or_a_share_of_people(text: str) -> None:
    """A name, or a share of people written with a number or ``%`` (whose last words
    are no name), may end right before the verb."""
    verb = text.rindex("said")
    assert R._mention_may_end(text, 0, verb)


@pytest.mark.parametrize("text", ["and then it sat there and said", "the rain fell and said"])
def test_mention_may_not_end_after_other_words(text: str) -> None:
    """Lower-case words that end no mention, and no number near: no mention ends."""
    assert not R._mention_may_end(text, 0, text.rindex("said"))


@pytest.mark.parametrize("text", ["Al Lee Jr. said", "Sen. Al Lee, R-Ariz. said", "Al Lee said"])
def test_a_mention_may_end_before_the_verb(text: str) -> None:
    """A name, a suffix (``Jr.``) or a party and state may end right before a verb."""
    assert not R._closes_no_mention(text, text.index("said"))


@pytest.mark.parametrize("text", ["A. B. said", "It rained today. said", "Lee,said"])
def test_no_mention_ends_at_a_full_stop_or_without_a_space(text: str) -> None:
    """An initial or a word with a full stop, or no space, cannot end a mention."""
    assert R._closes_no_mention(text, text.index("said"))


@pytest.mark.parametrize("text", [
    "In the fall, Ann Lee later said",
    "Back home, Ann Lee, a nurse, said",
    "In 2012, his wife, Ann Lee, said",
    "Sen. Al Lee (D-Va.) then said",
    "He saw that 1,000 percent of them said",
    "Ann Lee, 52, of Salem, Ore., who ran, said",
    "When Lee left - he was sad - a former aide said",
    "The storm, which hit (hard) on Monday, was what he said",
])
def test_mention_floor_keeps_the_match(text: str) -> None:
    """Searching for the mention from :func:`_mention_floor` finds what searching the
    whole stretch finds."""
    verb = text.rindex("said")
    whole = R.MENTION_BEFORE_VERB.search(text, 0, verb)
    found = R.MENTION_BEFORE_VERB.search(text, R._mention_floor(text, 0, verb), verb)
    assert whole is not None and found is not None
    assert found.span("mention") == whole.span("mention")


@pytest.mark.parametrize("text, floor", [
    ("Back home; in May, Ann Lee said", "Back home; in May,"),
    ("He left (in a hurry), Ann Lee, a nurse, said", "He left (in a hurry),"),
])
def test_mention_floor_skips_what_no_mention_holds(text: str, floor: str) -> None:
    """No mention holds a semicolon, nor a comma that sets off no part of it: the search
    begins after them."""
    assert R._mention_floor(text, 0, text.rindex("said")) == len(floor)


def test_mention_floor_stays_before_an_appositive() -> None:
    """A text that may end with an appositive keeps the words before its parts."""
    text = "Ann Lee, a nurse, 52, said"
    assert R._mention_floor(text, 0, text.rindex("said")) == 0


def test_cue_after_possessive_description() -> None:
    """A possessive name and a role (``Ryan's spokeswoman``) is a description speaker."""
    quote = _one('"We are done," Ryan’s spokeswoman, Jo Lee, said Monday.', R.cue_after)
    assert quote.mention.text == "Ryan’s spokeswoman"


def test_cue_after_role_appositive() -> None:
    """An appositive may open with a role noun: ``Doug Usher, director of research,``."""
    quote = _one('"We won," Al Day, director of research at Acme, said.', R.cue_after)
    assert quote.speaker == "Al Day"


@pytest.mark.parametrize("between, speaker", [
    (", 66,", "Al Day"),
    (", 30, of Salem, Ore., who was polled,", "Al Day"),
    (", the mayor of Salem, one of the towns suing the state,", "Al Day"),
    (", legal director for the union,", "Al Day"),
])
def test_cue_after_appositives(between: str, speaker: str) -> None:
    """An age, a hometown, a role and up to four appositives may stand before the verb."""
    assert _one(f'"We won," Al Day{between} said on Monday.', R.cue_after).speaker == speaker


def test_cue_after_description_with_a_name_in_apposition() -> None:
    """``his wife, Ann Lee, wrote``: the description is the mention the rule rests on."""
    quote = _one('"We need him," his wife, Ann Lee, wrote in a letter.', R.cue_after)
    assert quote.mention.text == "his wife"  # type: ignore[union-attr]


def test_cue_after_a_name_is_not_in_apposition_to_a_name() -> None:
    """``Of Carson, Levine, who gave money, said``: Levine speaks, not Carson."""
    text = 'He praised Trump. Of Carson, Levine, who gave money to Rubio, said, "He is scary."'
    assert _one(text, R.cue_before).speaker == "Levine"


def test_cue_after_dash_and_name() -> None:
    """``"…" ― Carlos Ruiz``: a quotation signed with a dash and a name."""
    quote = _one('"The best is yet to come." ― Carlos Ruiz', R.cue_after)
    assert (quote.speaker, quote.cue.text) == ("Carlos Ruiz", "―")  # type: ignore[union-attr]


def test_cue_after_no_dash_source_for_a_clause() -> None:
    """``"…" — and then the crowd left``: a dash before a clause names no one."""
    assert _one('"We won." — and then the crowd left.', R.cue_after).rule is None


def test_cue_after_question_then_cue_with_adjunct() -> None:
    """A question ends its sentence; ``X said at …`` after it is still its cue."""
    text = '"Why act?" Ann Lee said at a summit in Boston on Thursday.'
    assert _one(text, R.cue_after).speaker == "Ann Lee"


def test_cue_after_not_a_new_claim_after_a_full_stop() -> None:
    """After a quotation that ends its sentence, ``X said the …`` reports other speech."""
    text = '"We lost." Ann Lee said the count in Ohio was wrong and unfair.'
    assert _one(text, R.cue_after).speaker is None


def test_cue_before_relative_who() -> None:
    """``X of Y, who mused that "…"``: the mention is ``who``, the speaker X."""
    text = 'Sen. Al Day of Ohio, who mused that the plan was "dead on arrival" in May.'
    quote = _one(text, R.cue_before)
    assert (quote.speaker, quote.mention.text, quote.cue.text) == ("Al Day", "who", "mused")


def test_cue_before_who_as_object_is_no_mention() -> None:
    """``the man who he blasted as "…"`` does not read ``who`` (no comma) as the speaker."""
    quote = _one('Al Day, a man who he blasted as "a bully and a liar" on Monday.', R.cue_before)
    assert quote.mention is None or quote.mention.text != "who"


def test_cue_before_speaker_verb_colon() -> None:
    """``Trump said: "…"``: the speaker and verb before the quotation."""
    q = _one('Trump said: "We will build it."', R.cue_before)
    assert _attributed(q) == ("Trump", "Trump", "said", "cue_before")


def test_cue_before_inverted_lead_in() -> None:
    """``Said Mr. Jones: "…"``: the mention after a sentence-initial verb."""
    q = _one('Said Mr. Jones: "We will build it."', R.cue_before)
    assert _attributed(q) == ("Mr. Jones", "Mr. Jones", "Said", "cue_before")


def test_cue_before_inverted_lead_in_with_appositive() -> None:
    """``Said Ann Lee, who grew up there, "…"``: an appositive closing with its comma
    before the quotation."""
    q = _one('Said Ann Lee, who grew up with him, "We were all so proud."', R.cue_before)
    assert (q.mention.text, q.cue.text) == ("Ann Lee", "Said")  # type: ignore[union-attr]


def test_cue_before_no_inversion_after_characterized() -> None:
    """``he characterized Sen. Tim Kaine, D-Va., as, "…"``: the name after
    ``characterized`` is its object, never the speaker."""
    text = 'Later he characterized Sen. Tim Kaine, D-Va., as, "a little desperate."'
    assert extract(text, style="news")[0].mention.text == "he"  # type: ignore[union-attr]


def test_cue_before_agent_of_a_passive_speech_verb() -> None:
    """``Lee was asked by host Ann Cole, "…"``: the agent after ``by`` speaks, not the
    subject spoken to."""
    q = _one('Lee was asked by host Ann Cole, who backs him, "Why now?"', R.cue_before)
    assert (q.speaker, q.cue.text) == ("Ann Cole", "asked")  # type: ignore[union-attr]


def test_cue_before_agent_of_a_passive_with_an_adverb() -> None:
    """``Lee was repeatedly asked by Ann Cole, "…"``: a manner adverb between ``be`` and
    the verb keeps it passive."""
    q = _one('Lee was repeatedly asked by Ann Cole, "Why now?"', R.cue_before)
    assert q.speaker == "Ann Cole"


def test_cue_before_active_verb_before_by_keeps_its_subject() -> None:
    """``Lee asked, by phone, "…"`` is active: no ``be`` before the verb, the subject
    speaks."""
    q = _one('Lee asked by phone, "Why now?"', R.cue_before)
    assert q.speaker == "Lee"


def test_cue_before_role_appositive_before_the_verb() -> None:
    """``in what Ann Ross, national treasurer for the campaign, called "…"``: a role
    appositive between the name and the verb."""
    text = 'He won it, in what Ann Ross, national treasurer for the campaign, called "hard combat."'
    assert extract(text, style="news")[0].speaker == "Ann Ross"


def test_cue_before_acknowledged_for_the_first_time() -> None:
    """``…he acknowledged for the first time, "…"``: the pronoun is the mention, and it
    resolves to the man named before it."""
    text = 'Mr. Hale spoke slowly and he acknowledged for the first time, "I was wrong."'
    q = _one(text, R.cue_before)
    assert _attributed(q) == ("Mr. Hale", "he", "acknowledged", "cue_before")


def test_cue_before_added_that_fragment() -> None:
    """``X added that "…"``: the cue phrase "added that" and its subject."""
    q = _one('Ruth Ames added that "the plan is dead."', R.cue_before)
    assert _attributed(q) == ("Ruth Ames", "Ruth Ames", "added that", "cue_before")


def test_cue_before_fragment_in_a_joined_main_clause() -> None:
    """In news, a fragment after ``, and``/``, but``/``;`` and a clause with its own
    speech verb is that clause's: ``Eyal noted that …, and he speculated that "…"``."""
    text = 'Mr. Eyal noted that banks were fined, and he speculated that they may "prefer it."'
    assert _one(text, R.cue_before).mention.text == "he"  # type: ignore[union-attr]
    text = 'A lawyer accused Thomas of lying; he has denied the claim as "preposterous."'
    assert _one(text, R.cue_before).mention.text == "he"  # type: ignore[union-attr]
    text = 'Rubio suggested that Trump cannot win, while Cruz said that the "stakes are high."'
    assert _one(text, R.cue_before).mention.text == "Cruz"  # type: ignore[union-attr]


def test_cue_before_fragment_in_a_relative_clause_with_its_own_verb() -> None:
    """In news, a fragment in a relative clause with its own speech verb is the
    clause's: ``he echoed Sen. Ron Johnson, who told a paper that "…"``."""
    text = 'And he echoed Sen. Ron Johnson, who told a paper that she may be "impeached."'
    q = _one(text, R.cue_before)
    assert (q.mention.text, q.speaker, q.cue.text) == ("who", "Ron Johnson", "told")  # type: ignore[union-attr]


def test_cue_before_nested_report_by_a_pronoun_is_the_outer_source() -> None:
    """In news, ``The longtime senator said he rarely asks …, "…"``: the pronoun opening
    the reported clause is the one who tells it; the outer source is the speaker."""
    text = 'The longtime senator said he rarely asks for help, "except from people I know."'
    q = _one(text, R.cue_before)
    assert (q.mention.text, q.cue.text) == ("The longtime senator", "said")  # type: ignore[union-attr]


def test_cue_before_nested_report_by_a_named_person_keeps_the_words() -> None:
    """``Ann Lee said Tom Hale asked, "Why now?"``: a person named in the reported
    clause keeps the words they said."""
    q = _one('Ann Lee said Tom Hale asked, "Why now?"', R.cue_before)
    assert q.speaker == "Tom Hale"


def test_cue_before_name_after_a_modifying_name() -> None:
    """In news, ``In a Bloomberg interview Trump declared "…"``: the name modifying a
    noun is no speaker; the name after that noun is."""
    q = _one('In a Bloomberg interview Trump declared "NATO may be obsolete."', R.cue_before)
    assert (q.speaker, q.cue.text) == ("Trump", "declared")  # type: ignore[union-attr]


def test_cue_before_no_speaker_from_the_rest_of_a_name() -> None:
    """``the State Department told CREW that "…"``: the last word of a name after a
    determiner is not read as a speaker of its own."""
    q = _one('In May the State Department told CREW that "no records were found."', R.cue_before)
    assert q.mention is None or q.mention.text != "Department"


def test_cue_before_fragment_in_reported_clause_keeps_main_speaker() -> None:
    """A joined clause with no speech verb of its own leaves the fragment to the main
    clause: ``Lee said banks were fined, and they may "prefer it."``."""
    text = 'Ann Lee said banks were fined, and they may "prefer it."'
    assert _one(text, R.cue_before).speaker == "Ann Lee"


def test_cue_before_appositive_between_name_and_verb() -> None:
    """``Hugh Hill, a doctor at the clinic, said: "…"``: the name, not the appositive."""
    q = _one('Hugh Hill, a doctor at the clinic, said: "The ward is full."', R.cue_before)
    assert (q.speaker, q.mention.text) == ("Hugh Hill", "Hugh Hill")  # type: ignore[union-attr]


def test_cue_before_organisation_after_told_is_not_speaker() -> None:
    """``Ann Cole told Fox News: "…"``: the person before the verb, not the outlet."""
    q = _one('Ann Cole told Fox News: "We will win."', R.cue_before)
    assert (q.speaker, q.cue.text) == ("Ann Cole", "told")  # type: ignore[union-attr]


def test_cue_before_object_after_verb_is_not_speaker() -> None:
    """``The senator added a caveat: "…"``: "a caveat" is the verb's object; the
    senator speaks."""
    q = _one('The senator added a caveat: "Only if it passes."', R.cue_before)
    assert (q.mention.text, q.cue.text) == ("The senator", "added")  # type: ignore[union-attr]


def test_cue_before_saying_with_known_subject() -> None:
    """``Elizabeth Warren endorsed Clinton, saying, "…"``: the sentence's subject."""
    q = _one('Elizabeth Warren endorsed Clinton, saying, "She is ready."', R.cue_before)
    assert (q.speaker, q.cue.text) == ("Elizabeth Warren", "saying")  # type: ignore[union-attr]


def test_cue_before_saying_with_surname_subject() -> None:
    """``Warren endorsed Clinton, saying, "…"``: Warren speaks, not Clinton."""
    q = _one('Warren endorsed Clinton, saying, "She is ready."', R.cue_before)
    assert q.speaker == "Warren"


def test_cue_before_person_wins_over_nearer_place() -> None:
    """``Mayor Ann Cole of Ohio said: "…"``: Ann Cole, not Ohio."""
    q = _one('Mayor Ann Cole of Ohio said: "We will win."', R.cue_before)
    assert q.speaker == "Ann Cole"


def test_cue_before_fiction_subject_of_the_last_clause() -> None:
    """In fiction, ``…; but Mr. Collins laid aside his book, and said, "…"``: the
    subject of the clause after the semicolon, not the sentence's first."""
    text = (
        "Lydia was bid to hold her tongue; but Mr. Collins, much offended, laid aside "
        'his book, and said, "I have often observed it."'
    )
    assert _one(text, R.cue_before, "fiction").speaker == "Mr. Collins"


def test_cue_before_fiction_last_clause_with_a_subject() -> None:
    """``…; but Ann Lee declined; and then, rising, said``: the last clause has no
    subject, so the one before it that has one speaks, not the sentence's first."""
    text = (
        "Mrs. Ray wanted her to stay; but Ann Lee firmly declined; and then, rising up, "
        'said to Jane, "I must go."'
    )
    assert _one(text, R.cue_before, "fiction").speaker == "Ann Lee"


def test_cue_before_fiction_verb_before_a_semicolon_is_another_clause() -> None:
    """In fiction, ``begged`` before the semicolon is Mrs. Ray's, not the cue of the
    speech after ``but Ann Lee, rising up, said``; news keeps trying earlier verbs."""
    text = 'Mrs. Ray begged her to stay; but Ann Lee, rising up, said to Jane, "I must go."'
    assert _one(text, R.cue_before, "fiction").speaker == "Ann Lee"
    assert _one(text, R.cue_before, "news").speaker == "Mrs. Ray"


def test_cue_before_fiction_one_clause_keeps_the_first_subject() -> None:
    """Without a clause break the sentence's first subject speaks, in fiction too; and
    news keeps reading from the sentence's opening."""
    text = 'Tom took the hint from Mary, and then said aloud, "That will do."'
    assert _one(text, R.cue_before, "fiction").speaker == "Tom"
    text = (
        "Lydia was bid to hold her tongue; but Mr. Collins, much offended, laid aside "
        'his book, and said, "I have often observed it."'
    )
    assert _one(text, R.cue_before, "news").speaker == "Lydia"


def test_fiction_subject_after_an_opening_participle_phrase() -> None:
    """``Observing his second daughter at work, he addressed her with, "…"``: the
    subject after the participle phrase, not the object inside it."""
    text = ('Tom sat by the fire.\n\nObserving his second daughter at work, he '
            'addressed her with, "I hope you like it, Lizzy."')
    assert extract(text, style="fiction")[0].speaker == "Tom"


def test_fiction_opening_ing_name_is_a_subject() -> None:
    """A known name in -ing opening the sentence is its subject (``Manning, …``)."""
    text = ('Tom Manning sat by the fire while the rain fell on the roof of the house.\n\n'
            'Manning, with his daughter Ann Lee at work, looked up and added, "I hope so."')
    assert extract(text, style="fiction")[0].speaker == "Tom Manning"


def test_cue_before_not_without_speech_verb() -> None:
    """``Trump arrived: "…"``: a colon without a speech verb is not cue_before's."""
    assert _one('Trump arrived: "We will win."', R.cue_before).rule is None


def test_cue_before_not_for_cue_after_the_quotation() -> None:
    """``"…," Trump said.``: nothing precedes the quotation, so cue_before passes."""
    assert _one('"We will win," Trump said.', R.cue_before).rule is None


def test_cue_before_not_across_a_finished_sentence() -> None:
    """A cue in an earlier, finished sentence does not reach the quotation."""
    assert _one('Trump said nothing. "We will win."', R.cue_before).rule is None


def test_cue_before_object_relative_subject_speaks() -> None:
    """``what former students have called a "…"``: in news the relative clause's own
    subject speaks the fragment, not the main clause's."""
    q = extract('The school is what former students have called a "fraudulent scheme."')[0]
    assert (q.mention.text, q.cue.text, q.rule) == (  # type: ignore[union-attr]
        "former students",
        "called",
        "cue_before",
    )


def test_cue_before_object_relative_pronoun_subject() -> None:
    """``the deal, which Obama had called a "…"``: the relative clause's subject."""
    q = extract('Trump praised the deal, which Obama had called a "disaster."')[0]
    assert q.speaker == "Obama"


def test_cue_before_object_relative_not_a_share_of_people() -> None:
    """``what some call the "…"``: a name in common use, not someone's words; the main
    clause's subject keeps the fragment."""
    text = 'Cole has called on Ross to help close what some call the "gun show loophole."'
    assert extract(text)[0].speaker == "Cole"


def test_cue_before_object_relative_not_far_from_the_fragment() -> None:
    """A relative clause whose verb lies many words before the fragment does not give
    it its subject (the nearest cue may still, as cue_before reads it)."""
    text = 'Cole praised the park, which Obama declared a monument to the story of "the fight."'
    assert R._relative_speaker(_contexts(text)[0]) is None
    near = 'Cole praised the park, which Obama declared "a monument."'
    assert R._relative_speaker(_contexts(near)[0]) is not None


def test_cue_before_naming_agent_after_the_fragment() -> None:
    """``has been called "…" by Ann Cole``: the by-phrase after the fragment names the
    one who called it so."""
    q = extract('The plan has been called "a sham" by Ann Cole, a critic.')[0]
    assert (q.speaker, q.cue.text, q.rule) == ("Ann Cole", "called", "cue_before")  # type: ignore[union-attr]


def test_cue_before_naming_agent_not_after_another_phrase() -> None:
    """``reported in a "hit piece" by the Times``: the verb does not name the words
    (a preposition stands between), so the by-phrase is not their speaker."""
    q = extract('It was reported in a "hit piece" by the Times.')[0]
    assert q.speaker != "the Times"


def test_cue_before_title_case_verb_reads_its_subject_before_it() -> None:
    """``Cole Said Of Wall Street, "…"``: a title-case verb inside its sentence has its
    subject before it, not a name after it as ``Said Cole:`` would."""
    q = extract('Cole Said Of Wall Street, "You Have To Keep Looking."')[0]
    assert (q.speaker, q.cue.text) == ("Cole", "Said")  # type: ignore[union-attr]


def test_cue_before_verb_opening_a_sentence_still_reads_the_name_after() -> None:
    """``Said Mr. Jones: "…"``: opening its sentence, the verb comes first."""
    assert extract('It rained. Said Mr. Jones: "Go."')[0].speaker == "Mr. Jones"


def test_cue_before_nested_report_in_a_bare_plural_role() -> None:
    """``Law enforcement sources have said he said "…"``: the outer source of a nested
    report may be a bare plural role, without a determiner."""
    text = 'Law enforcement sources have said he said "no more delays" to officials.'
    q = extract(text, style="news")[0]
    assert (q.mention.text, q.cue.text) == ("Law enforcement sources", "said")  # type: ignore[union-attr]


def test_cue_before_nested_report_not_a_plural_that_is_no_role() -> None:
    """``Many towns say he said "…"``: a plural that names no role is no source; the
    pronoun keeps the words."""
    text = 'In the end, many towns say he said "no more delays" to officials.'
    assert extract(text, style="news")[0].mention.text == "he"  # type: ignore[union-attr]


def test_cue_before_contracted_pronoun_subject() -> None:
    """``He’s claiming that … "…"``: in news the pronoun of a contraction speaks."""
    text = 'Ann Cole spoke in Ohio.\n\nHe’s claiming that fraud is "a big problem" here.'
    q = extract(text, style="news")[0]
    assert (q.mention.text, q.cue.text) == ("He", "claiming")  # type: ignore[union-attr]


def test_cue_before_contracted_pronoun_not_it() -> None:
    """``It’s said that … "…"``: an impersonal ``it`` is no speaker."""
    text = 'Ann Cole spoke in Ohio.\n\nIt’s said that fraud is "a big problem" here.'
    q = extract(text, style="news")[0]
    assert q.mention is None or q.mention.text != "It"


# --- according_to -------------------------------------------------------------------


def test_according_to_after_quotation() -> None:
    """``"…," according to a senior official.``: the description is the speaker."""
    q = _one('The deal is "dead," according to a senior official.', R.according_to)
    assert _attributed(q) == (
        "a senior official",
        "a senior official",
        "according to",
        "according_to",
    )


def test_according_to_before_quotation() -> None:
    """``According to Mayor Ann Cole, … "…"``: the phrase may open the sentence."""
    q = _one('According to Mayor Ann Cole, the plan is "dead in the water."', R.according_to)
    assert _attributed(q) == ("Ann Cole", "Mayor Ann Cole", "According to", "according_to")


def test_according_to_direct_quotation_in_default_order() -> None:
    """``"…," according to X``: in the default order cue_after takes the set phrase
    "according to" as its cue, with the same speaker."""
    q = extract('"The plan is dead," according to Mayor Ann Cole.')[0]
    assert (q.speaker, q.cue.text) == ("Ann Cole", "according to")  # type: ignore[union-attr]


def test_according_to_not_without_phrase() -> None:
    """``"…," a senior official said.``: no "according to", so the rule passes."""
    assert _one('The deal is "dead," a senior official said.', R.according_to).rule is None


def test_according_to_not_in_another_sentence() -> None:
    """``according to`` in a neighbouring sentence does not attribute the quotation."""
    text = 'The vote was close, according to Ann Cole. Critics said it was "a sham."'
    q = _only(text, R.according_to)[0]
    assert q.rule is None


# --- _relayed (according to, beside another cue) -------------------------------------


def test_relayed_according_to_after_the_cue_wins() -> None:
    """``"…," Walker said, according to the local paper.``: in news the source the
    writer cites relays the speech and is its speaker."""
    q = extract('"We will win," Walker said Monday, according to the local paper.')[0]
    assert _attributed(q) == ("the local paper", "the local paper", "according to", "cue_after")


def test_relayed_according_to_opening_the_sentence_wins() -> None:
    """``According to the paper, Walker said that "…"``: the opening source wins."""
    q = extract('According to the paper, Walker said Friday that he would "sign it."')[0]
    assert (q.speaker, q.rule) == ("the paper", "cue_before")


def test_relayed_record_passed_on_by_its_agent() -> None:
    """``according to audio obtained by the Tribune``: the agent after ``by`` cites it."""
    q = extract('"We will win," Ann Cole said, according to audio obtained by the Tribune.')[0]
    assert q.speaker == "the Tribune"


def test_relayed_reports_after_a_comma() -> None:
    """``"…," said Ann Cole, head of the group, reports the Tribune.``: the outlet that
    reports the speech relays it."""
    text = '"We will win," said Ann Cole, head of the group, reports the Tribune.'
    assert extract(text)[0].speaker == "the Tribune"


def test_relayed_not_reports_without_a_comma() -> None:
    """``"…," Cole said in reports the Tribune ran``: no comma before ``reports``."""
    text = '"We will win," Ann Cole said as reports spread.'
    assert extract(text)[0].speaker == "Ann Cole"


def test_relayed_not_in_fiction() -> None:
    """Fiction keeps the speaker beside the cue."""
    text = '"We will win," said Walker, according to the old custom of the house.'
    assert extract(text, style="fiction")[0].speaker == "Walker"


def test_relayed_not_after_the_sentence_ends() -> None:
    """``according to`` in a sentence after the cue's does not relay it."""
    text = '"We will win," Walker said. According to the paper, he left early.'
    assert extract(text)[0].speaker == "Walker"


def test_relayed_not_from_a_later_sentence_after_a_finished_quotation() -> None:
    """A cue before a quotation that ends its sentence: ``according to`` after the
    quotation belongs to the next sentence."""
    text = (
        'Walker said on Twitter that they should act "without delay." '
        "Cole plans to visit, according to an aide."
    )
    assert extract(text)[0].speaker == "Walker"


# --- colon_intro --------------------------------------------------------------------


def test_colon_intro_subject_before_an_object_name() -> None:
    """In news, a lead-in whose subject comes before its verb (``Sen. Ann Lee also
    forwarded Tom Hale a message:``) is the subject's, not the last person named."""
    q = _one('Sen. Ann Lee also forwarded Tom Hale a message: "Pls print."', R.colon_intro)
    assert q.speaker == "Ann Lee"


def test_colon_intro_heading_signed_with_a_dash_and_name() -> None:
    """In news, ``Pollsters agree - Carl Bialik: "…"``: the name after the dash signs
    the words, not the heading's verb."""
    text = 'Polls were off.\n\nPollsters agree - Carl Bialik: "Keep contacting voters."'
    q = extract(text, style="news")[0]
    assert (q.speaker, q.rule) == ("Carl Bialik", "colon_intro")


def test_colon_intro_from_a_source() -> None:
    """In news, ``More from Jones:`` or ``From the report:`` names the source the
    quotation is taken from, a bare surname or a description."""
    for text, mention in (
        ('What it means - More from Jones: "The map favors them."', "Jones"),
        ('Not all panels are equal. From the report: "Samples differ."', "the report"),
    ):
        q = _one(text, R.colon_intro)
        assert q.mention.text == mention, text  # type: ignore[union-attr]


def test_colon_intro_no_source_from_a_range() -> None:
    """``ranged from skeptical to hostile:`` names no source."""
    q = _one('The questions ranged from skeptical to hostile: "Is it time?"', R.colon_intro)
    assert q.mention is None or q.mention.text != "skeptical to hostile"


def test_colon_intro_paragraph_lead_in() -> None:
    """``And from Chairwoman Jane Rosen:`` then a paragraph of quotation."""
    q = _one('And from Chairwoman Jane Rosen:\n\n"We must act now."', R.colon_intro)
    assert _attributed(q) == ("Jane Rosen", "Chairwoman Jane Rosen", ":", "colon_intro")


def test_colon_intro_same_line() -> None:
    """``Mayor Ann Cole: "…"``: a name and colon right before the quotation."""
    q = _one('Mayor Ann Cole: "We must act now."', R.colon_intro)
    assert (q.speaker, q.cue.text) == ("Ann Cole", ":")  # type: ignore[union-attr]


def test_colon_intro_not_without_name() -> None:
    """``The agenda had three items:``: a colon that names nobody decides nothing."""
    assert _one('The agenda had three items:\n\n"Roads, schools and parks."', R.colon_intro).rule \
        is None


def test_colon_intro_fiction_passes_over_objects() -> None:
    """In fiction, ``thought a minute and said:`` and ``from Mr. Ray`` are no one: the
    lead-in's subject speaks. News keeps the verb's mention as written."""
    text = 'Tom came.\n\nAnn Lee frowned, thought a minute and said:\n\n"No."'
    assert _only(text, R.colon_intro, "fiction")[0].speaker == "Ann Lee"
    assert _only(text, R.colon_intro, "news")[0].speaker != "Ann Lee"
    text = 'Tom came.\n\nAnn Lee took the cake from Mr. Ray, and asked:\n\n"No?"'
    assert _only(text, R.colon_intro, "fiction")[0].speaker == "Ann Lee"


def test_colon_intro_fiction_subject_of_the_last_clause() -> None:
    """In fiction, ``asked Tom Ray softly:`` names whom Ann asks: the subject of the last
    clause speaks (``Tom sat; but Ann Lee rose and said:``), not the last name."""
    text = 'Tom came.\n\nAnn Lee looked up and asked Tom Ray softly:\n\n"No?"'
    assert _only(text, R.colon_intro, "fiction")[0].speaker == "Ann Lee"
    text = 'It was late.\n\nTom Ray sat; but Ann Lee rose and said:\n\n"Go."'
    assert _only(text, R.colon_intro, "fiction")[0].speaker == "Ann Lee"


def test_colon_intro_fiction_last_name_without_a_person_subject() -> None:
    """A lead-in whose subject is no person (``The letter from Mr. Ray ended thus:``)
    falls back on the name in it."""
    text = 'It was late.\n\nThe letter from Mr. Ray ended thus:\n\n"Go."'
    assert _only(text, R.colon_intro, "fiction")[0].speaker == "Mr. Ray"


def test_colon_intro_fiction_keeps_a_person_of_the_verb() -> None:
    """In fiction too, a person before the speech verb is the speaker, and a lead-in
    naming no one decides nothing."""
    text = 'It was late.\n\nThen Al Day turned to Jo Lee and told her:\n\n"Go."'
    assert _only(text, R.colon_intro, "fiction")[0].speaker == "Al Day"
    text = 'It was late.\n\nThe agenda had three items:\n\n"Roads, schools and parks."'
    assert _only(text, R.colon_intro, "fiction")[0].rule is None


def test_colon_intro_not_without_colon() -> None:
    """A named paragraph ending in a full stop is no colon lead-in."""
    text = 'Chairwoman Jane Rosen spoke at length on Tuesday.\n\n"We must act now."'
    assert _one(text, R.colon_intro).rule is None


def test_colon_intro_speaker_of_the_lead_in_verb() -> None:
    """``Al Day told Jo Lee in Ohio:``: the verb's speaker, not the last name."""
    text = 'It was late.\n\nAl Day told Jo Lee in Ohio:\n\n"We must act now."'
    q = _only(text, R.colon_intro)[0]
    assert (q.speaker, q.cue.text) == ("Al Day", "told")  # type: ignore[union-attr]


def test_colon_intro_pronoun_subject() -> None:
    """``He then listed the rules:``, no name and no speech verb: its subject."""
    text = 'Mayor Al Day came at noon on Monday.\n\nHe then listed the rules:\n\n"No cars."'
    q = _only(text, R.colon_intro)[0]
    assert (q.speaker, q.mention.text) == ("Al Day", "He")  # type: ignore[union-attr]


def test_colon_intro_not_for_first_paragraph() -> None:
    """A quotation opening the text has no lead-in paragraph before it."""
    assert _one('"We must act now."\n\nJane Rosen:', R.colon_intro).rule is None


# --- previous_sentence --------------------------------------------------------------


def test_previous_sentence_in_the_same_paragraph() -> None:
    """``Ann Lee praised the plan. "…"``: the speaker of the sentence before."""
    q = _one('Gov. Ann Lee praised the plan on Monday. "It will work."', R.previous_sentence)
    assert (q.speaker, q.cue.text, q.rule) == ("Ann Lee", "praised", "previous_sentence")  # type: ignore[union-attr]


def test_previous_sentence_closing_the_paragraph_before() -> None:
    """A quotation opening its paragraph takes the cue closing the one before."""
    text = 'Rates rose again.\n\nThe plan is fair, said Al Day, a banker.\n\n"It will work."'
    assert _one(text, R.previous_sentence).speaker == "Al Day"


def test_previous_sentence_subject_of_a_verb_with_no_speaker_beside_it() -> None:
    """``Al Day ended the talk by saying he would help.``: the sentence's subject."""
    text = 'Al Day ended the talk by saying he would help. "I will support him."'
    assert _one(text, R.previous_sentence).speaker == "Al Day"


def test_previous_sentence_not_when_the_quotation_has_a_cue_after_it() -> None:
    """A cue after the quotation that cue_after could not read still rules this out."""
    text = 'Ann Lee praised it. "It is the law," said the Speaker of the House Al Day.'
    assert _one(text, R.previous_sentence).rule is None


def test_previous_sentence_needs_a_speech_verb() -> None:
    """A sentence that reports no speech (``Al Day left early.``) names no speaker."""
    assert _one('Al Day left early on Monday. "It will work."', R.previous_sentence).rule is None


def test_previous_sentence_not_in_fiction() -> None:
    """In fiction a beat before a line is another rule's business."""
    text = 'Al Day praised the plan. "It will work."'
    assert _one(text, R.previous_sentence, style="fiction").rule is None


# --- same_paragraph -----------------------------------------------------------------


def test_same_paragraph_split_quotation() -> None:
    """``"…," she said. "…"``: the second part goes on the first part's speech."""
    quotes = extract('"We lost," she said. "It was close."', rules=[R.cue_after, R.same_paragraph])
    assert [_attributed(q) for q in quotes] == [
        ("she", "she", "said", "cue_after"),
        ("she", "she", "said", "same_paragraph"),
    ]


def test_same_paragraph_after_cue_before() -> None:
    """``Cole said: "…" "…"``: a second quotation right after goes on the same speech."""
    text = 'Cole said: "We lost." "It was close."'
    quotes = extract(text, rules=[R.cue_before, R.same_paragraph])
    assert [(q.speaker, q.rule) for q in quotes] == [
        ("Cole", "cue_before"),
        ("Cole", "same_paragraph"),
    ]


def test_same_paragraph_not_when_someone_else_is_named_between() -> None:
    """When the cue is not between the parts, another person named between them
    blocks the rule."""
    text = 'Cole said: "We lost." Then Mayor Hale stood up. "It was close."'
    quotes = extract(text, rules=[R.cue_before, R.same_paragraph])
    assert quotes[1].rule is None


def test_same_paragraph_not_when_a_new_sentence_has_its_own_subject() -> None:
    """In news, a fragment whose sentence opens after the earlier quotation with a
    subject of its own is that subject's: ``The agency declined to detail its "…"``."""
    text = 'Ann Lee said the vote was "close." The agency declined to detail its "specific focus."'
    q = extract(text, style="news")[1]
    assert (q.rule, q.mention.text) == ("sentence_subject", "The agency")  # type: ignore[union-attr]


def test_same_paragraph_not_over_a_pronoun_subject_of_a_new_sentence() -> None:
    """In news, a fragment in a new sentence after the cue, opening with a pronoun
    subject (``"…," she says. She wants them "to admit it."``), rests on that pronoun."""
    text = '"We are late," Ann Lee says. She wants them "to admit it is real."'
    q = extract(text, style="news")[1]
    assert (q.rule, q.mention.text) == ("sentence_subject", "She")  # type: ignore[union-attr]


def test_same_paragraph_over_a_name_opening_a_new_sentence() -> None:
    """A name opening the fragment's sentence may be spoken of (``"…," said Aida.
    Biden "kind of misspoke."``): the speech goes on."""
    text = '"We thought only he was rude," said Ann Lee. Biden "kind of misspoke. He erred."'
    q = extract(text, style="news")[1]
    assert (q.rule, q.speaker) == ("same_paragraph", "Ann Lee")


def test_same_paragraph_when_the_sentence_goes_on() -> None:
    """A fragment in the same sentence as the earlier one goes on with its speaker,
    whatever subject its own stretch holds: ``… "weak" plan and said it had "…"``."""
    text = 'Ann Lee blasted the "weak" plan and said it had "zero support" at home.'
    assert [q.rule for q in extract(text, style="news")] == ["cue_before", "same_paragraph"]


def test_same_paragraph_not_over_a_reporting_sentence_between() -> None:
    """In news, a quotation after a sentence that reports someone's speech (``Then he
    promised that …``) is left to previous_sentence, not carried on from before it."""
    text = 'Ann Lee said: "We will stay." Then her husband said that they would go. "We won!"'
    q = extract(text, style="news")[1]
    assert (q.rule, q.mention.text) == ("previous_sentence", "her husband")  # type: ignore[union-attr]


def test_same_paragraph_not_without_earlier_decision() -> None:
    """Alone, same_paragraph has no earlier decision to go on."""
    assert [q.rule for q in _only('"We lost," she said. "It was close."', R.same_paragraph)] \
        == [None, None]


def test_same_paragraph_not_across_paragraphs() -> None:
    """A quotation in the next paragraph is not same_paragraph's."""
    text = '"We lost," Cole said.\n\n"It was close."'
    quotes = extract(text, rules=[R.cue_after, R.same_paragraph])
    assert quotes[1].rule is None


def test_same_paragraph_direct_call_copies_decision() -> None:
    """Called directly, it copies the earlier decision under its own name."""
    text = '"We lost," Cole said. "It was close."'
    ctx = _contexts(text)[1]
    earlier = _decision(text, "Cole", "Cole")
    decision = R.same_paragraph(ctx, [earlier])
    assert decision == attrs.evolve(earlier, rule="same_paragraph")


# --- vocative -----------------------------------------------------------------------

_EXCHANGE = '"Come here," said Ann.\n\n"I will not," said Tom.\n\n'


def test_vocative_mention_of_another_quotation_reads_that_one() -> None:
    """Whom quotation ``k`` speaks to, asked from another quotation's context, is what
    that quotation's own context finds (its echo check included)."""
    text = 'Anne and Jock sat.\n\n"Ask Jock," she said.\n\n"Jock? Why?"\n\n"Anne, go."'
    found = list(find_quotes(text))
    cast = build_cast(text, found)
    ctxs = list(contexts(text, found, list(paragraphs(text)), "fiction", cast))
    first = ctxs[0]
    assert [R._vocative_mention(first, k) for k in range(3)] == [
        R._vocative_mention(c) for c in ctxs
    ]
    assert R._vocative_mention(first, 1) is None  # "Jock?" echoes the speech before
    assert R._vocative_mention(first, 2).core == "Anne"  # type: ignore[union-attr]


def test_vocative_answer_to_the_one_named() -> None:
    """``"Oh, Tom, do!"`` after Tom spoke: the other party, Ann, says it."""
    quotes = extract(_EXCHANGE + '"Oh, Tom, do!"', rules=[R.cue_after, R.vocative], style="fiction")
    assert _attributed(quotes[-1]) == ("Ann", "Ann", None, "vocative")


def test_vocative_answer_by_the_one_the_turn_named() -> None:
    """``"I will not, Kate," said Tom.`` then ``"Oh, Tom, do!"``: Kate, whom Tom spoke
    to, answers him, not Ann who spoke before."""
    text = _EXCHANGE.replace('not," said Tom.', 'not, Kate," said Tom.') + '"Oh, Tom, do!"'
    quotes = extract(text, rules=[R.cue_after, R.vocative], style="fiction")
    assert (quotes[-1].speaker, quotes[-1].rule) == ("Kate", "vocative")


def test_vocative_turn_naming_the_one_answered_is_no_other_party() -> None:
    """A turn that names only the one it is answered by (``"Tom, I will not," said
    Tom``: whom it calls is Tom) leaves the answer to the earlier speaker, Ann."""
    text = '"Come here," said Ann.\n\n"No, Tom, I will not," said Tom.\n\n"Oh, Tom, do!"'
    quotes = extract(text, rules=[R.cue_after, R.vocative], style="fiction")
    assert quotes[-1].speaker == "Ann"


def test_addressee_not_a_possessive_or_polite_address() -> None:
    """``"Tom's,"`` answers whose; ``Ma'am`` is no name: neither is spoken to, while
    ``"Yes, Tom, …"`` is."""
    text = 'Tom sat.\n\n'
    for speech, who in (('"Tom\'s," she said.', None), ('"Yes, Ma\'am, all."', None),
                        ('"Yes, Tom, all."', "Tom")):
        found = list(find_quotes(text + speech))
        ctx = list(contexts(text + speech, found, list(paragraphs(text + speech)),
                            "fiction", build_cast(text + speech, found)))[-1]
        assert R.addressee(ctx) == who, speech


def test_vocative_not_when_naming_someone_else() -> None:
    """``"Oh, Ann, do!"`` right after Tom spoke is no answer to Tom: no decision."""
    quotes = extract(_EXCHANGE + '"Oh, Ann, do!"', rules=[R.cue_after, R.vocative], style="fiction")
    assert quotes[-1].rule is None


def test_vocative_not_in_news() -> None:
    """In news the vocative rule does nothing."""
    quotes = extract(_EXCHANGE + '"Oh, Tom, do!"', rules=[R.cue_after, R.vocative], style="news")
    assert quotes[-1].rule is None


def test_vocative_names_addressee_not_speaker() -> None:
    """``"Oh, Tom, do!"``: with every rule, the one named is not taken as speaker."""
    quotes = extract(_EXCHANGE + '"Oh, Tom, do!"', style="fiction")
    assert quotes[-1].speaker == "Ann"


def test_vocative_addressee_in_action_beat_is_not_speaker() -> None:
    """``Jane sat by the fire. "Oh, Jane, …"``: whoever speaks, it is not Jane."""
    quote = extract('Jane sat by the fire. "Oh, Jane, how good you are!"', style="fiction")[0]
    assert quote.speaker != "Jane"


def test_vocative_direct_call_takes_other_party() -> None:
    """Called directly with Ann's and Tom's turns decided, it gives the turn to Ann."""
    text = _EXCHANGE + '"Oh, Tom, do!"'
    ctx = _contexts(text, style="fiction")[2]
    decided = [_decision(text, "Ann", "Ann"), _decision(text, "Tom", "Tom")]
    decision = R.vocative(ctx, decided)
    assert decision == attrs.evolve(decided[0], rule="vocative", cue=None)


def _addressee_of_last(text: str) -> str | None:
    found = list(find_quotes(text))
    ctx = list(contexts(text, found, list(paragraphs(text)), "fiction",
                        build_cast(text, found)))[-1]
    return R.addressee(ctx)


def test_addressee_not_a_name_asked_back() -> None:
    """``"Jock? How odd."`` after a speech that named Jock asks his name back: an
    echo, no one spoken to."""
    text = 'Jock Hay sat.\n\n"Jock wants to see you."\n\n"Jock? How odd."'
    assert _addressee_of_last(text) is None


def test_addressee_a_name_asked_not_said_before() -> None:
    """``"Jock? Are you there?"`` after a speech that did not name him calls him."""
    text = 'Jock Hay sat.\n\n"Someone wants to see you."\n\n"Jock? Are you there?"'
    assert _addressee_of_last(text) == "Jock Hay"


def test_addressee_reads_vocative() -> None:
    """``addressee`` gives the canonical name a quotation speaks to."""
    ctx = _contexts('"Oh, Jane, look at the sea!"', style="fiction")[0]
    assert R.addressee(ctx) == "Jane"


def test_addressee_none_without_vocative() -> None:
    """A name that is the quotation's subject, not set off by commas, is no vocative."""
    ctx = _contexts('"Jane looked at the sea for an hour."', style="fiction")[0]
    assert R.addressee(ctx) is None


def test_addressee_at_the_very_start() -> None:
    """``"Jane, are you coming?"``: a name the narration knows, opening the speech."""
    ctx = _contexts('Jane sat down.\n\n"Jane, are you coming?"', style="fiction")[0]
    assert R.addressee(ctx) == "Jane"


def test_addressee_after_my_dear() -> None:
    """``"My dear Jane, …"`` names Jane (a space after "dear", no comma)."""
    ctx = _contexts('Jane sat down.\n\n"My dear Jane, come."', style="fiction")[0]
    assert R.addressee(ctx) == "Jane"


def test_addressee_not_an_opening_interjection() -> None:
    """``"Yes, …"``, ``"Well, …"``: a word opening the speech that the narration never
    names is no one spoken to; ``"Oh, Jane, …"`` still names Jane."""
    for speech in ('"Yes, I will come."', '"Well, it is late."', '"Nonsense, child!"'):
        ctx = _contexts("Jane sat down.\n\n" + speech, style="fiction")[0]
        assert R.addressee(ctx) is None
    ctx = _contexts('Jane sat down.\n\n"Oh, Jane, come."', style="fiction")[0]
    assert R.addressee(ctx) == "Jane"


def test_addressee_at_start_unknown_name_is_none() -> None:
    """A capitalised word at the start that the narration never names is not taken."""
    ctx = _contexts('Tom sat down.\n\n"Paris, it is far."', style="fiction")[0]
    assert R.addressee(ctx) is None


# --- reply_to_named -----------------------------------------------------------------

_CALLED = '"You are late, Mr. Thornton!" said Margaret.\n\n'


def test_reply_to_named_answer_by_the_one_named() -> None:
    """After ``"…, Mr. Thornton!"``, the next paragraph's quotation is Thornton's."""
    quotes = extract(
        _CALLED + '"The roads were bad."', rules=[R.cue_after, R.reply_to_named], style="fiction"
    )
    assert _attributed(quotes[-1]) == ("Mr. Thornton", "Mr. Thornton", None, "reply_to_named")


def test_reply_to_named_when_an_earlier_part_of_the_turn_named() -> None:
    """``"You are late, Mr. Thornton," said Margaret, "very late."``: the name in the
    turn's first part still makes the next paragraph his reply."""
    text = '"You are late, Mr. Thornton," said Margaret, "very late."\n\n"The roads were bad."'
    quotes = extract(text, style="fiction")
    assert (quotes[-1].speaker, quotes[-1].rule) == ("Mr. Thornton", "reply_to_named")


def test_reply_to_named_not_from_another_speaker_in_the_paragraph() -> None:
    """A paragraph with two speakers: the first one's vocative does not name the one
    the next paragraph answers for."""
    text = (
        '"Come, Mr. Thornton," said Margaret. Then Tom Hale spoke: "Wait."\n\n'
        '"The roads were bad."'
    )
    quotes = extract(text, rules=[R.cue_after, R.cue_before, R.colon_intro,
                                  R.reply_to_named], style="fiction")
    assert quotes[-1].rule != "reply_to_named"


def test_reply_to_named_not_after_a_name_spoken_of() -> None:
    """``"He is the son of my sister, Olga Lee,"`` and ``"From Mr. Thornton!"`` name
    someone spoken of: the next paragraph is not that person's reply."""
    for said in ('"He is the son of my sister, Olga Lee," said Tom Hale.',
                 '"From Mr. Thornton!" said Tom Hale.'):
        text = "Olga Lee and Mr. Thornton sat down.\n\n" + said + '\n\n"The roads were bad."'
        quotes = extract(text, rules=[R.cue_after, R.reply_to_named], style="fiction")
        assert quotes[-1].rule is None, said


def test_reply_to_named_after_a_name_beside_a_thing_possessed() -> None:
    """``"…under my roof, Anne."``: a name after a possessed thing, not a person, is
    still spoken to."""
    text = ('Anne sat down.\n\n"You must pray under my roof, Anne," said Marilla.\n\n'
            '"Of course."')
    quotes = extract(text, rules=[R.cue_after, R.reply_to_named], style="fiction")
    assert (quotes[-1].speaker, quotes[-1].rule) == ("Anne", "reply_to_named")


def test_reply_to_named_not_when_nobody_was_named() -> None:
    """A quotation that named no one gives the reply no speaker."""
    text = '"You are late!" said Margaret.\n\n"The roads were bad."'
    quotes = extract(text, rules=[R.cue_after, R.reply_to_named], style="fiction")
    assert quotes[-1].rule is None


def test_reply_to_named_not_after_narration() -> None:
    """Narration between the two breaks the exchange."""
    text = _CALLED + "The fire burned low.\n\n" + '"The roads were bad."'
    quotes = extract(text, rules=[R.cue_after, R.reply_to_named], style="fiction")
    assert quotes[-1].rule is None


def test_reply_to_named_not_when_not_opening_paragraph() -> None:
    """A reply after an action beat in its paragraph is not reply_to_named's."""
    text = _CALLED + 'He bowed. "The roads were bad."'
    quotes = extract(text, rules=[R.cue_after, R.reply_to_named], style="fiction")
    assert quotes[-1].rule is None


def test_reply_to_named_not_in_news() -> None:
    """In news the rule does nothing."""
    quotes = extract(
        _CALLED + '"The roads were bad."', rules=[R.cue_after, R.reply_to_named], style="news"
    )
    assert quotes[-1].rule is None


# --- sentence_subject ---------------------------------------------------------------


def test_sentence_subject_fragment_belongs_to_subject() -> None:
    """``Mayor Ann Cole called the budget "a shambles"``: the sentence's subject."""
    q = _one('Mayor Ann Cole called the budget "a shambles" on Friday.', R.sentence_subject)
    assert _attributed(q) == ("Ann Cole", "Mayor Ann Cole", None, "sentence_subject")


def test_sentence_subject_across_an_earlier_fragment() -> None:
    """``Cruz says his "friend" Rubio ran "a fine race."``: the sentence opens before the
    first fragment, so its subject is Cruz, not the Rubio between the two."""
    text = 'Ted Cruz says his "friend and colleague" Marco Rubio ran "a fine, hopeful race."'
    quotes = _only(text, R.sentence_subject)
    assert quotes[1].speaker == "Ted Cruz"


def test_sentence_subject_not_across_a_fragment_that_ends_a_sentence() -> None:
    """A fragment ending with a full stop ends its sentence: the next one has its own."""
    text = 'Al Day said "we lost." Ann Lee called it "a fair and close race."'
    quotes = _only(text, R.sentence_subject)
    assert quotes[1].speaker == "Ann Lee"


def test_sentence_subject_noun_phrase_when_no_person() -> None:
    """In news, ``The deal promotes the "…"``: the clause's opening noun phrase."""
    quote = _one('The deal promotes the "excellent location" of the hotel.', R.sentence_subject)
    assert (quote.speaker, quote.mention.text) == ("The deal", "The deal")  # type: ignore[union-attr]


def test_sentence_subject_no_copula_subject_in_news() -> None:
    """``The plan is really a "pilot"``: a form of *be* after the opening phrase makes
    the quotation the writer's description of it, so the phrase is no source."""
    quote = _one('The plan is really a "pilot" for the county.', R.sentence_subject)
    assert quote.speaker is None


def test_sentence_subject_no_modal_or_comparative_phrase_in_news() -> None:
    """``That could start a "bidding war"``, ``The less costly parts go in a "trust"``:
    a determiner before a modal or a comparative opens no noun phrase."""
    for text in (
        'That could start a "bidding war" among the cities.',
        'The less costly parts would go in a "holding trust."',
    ):
        assert _one(text, R.sentence_subject).speaker is None, text


def test_sentence_subject_quantity_inside_a_phrase_is_no_subject() -> None:
    """``It took him most of a week``, ``the mayor's most costly "fix"``: a quantity
    word after an object or a possessive names no one; after a clause break it does."""
    for text in (
        'It took him most of a week to offer an "apology" to the town.',
        'The mayor\'s most costly "fix" was the bridge.',
    ):
        quote = _one(text, R.sentence_subject)
        assert quote.mention is None or quote.mention.text != "most", text
    quote = _one('In the end, most called the race "a circus."', R.sentence_subject)
    assert quote.mention is not None and quote.mention.text == "most"


def test_sentence_subject_claim_holder_of_a_catch_phrase() -> None:
    """``Rubio's catch phrase was that Crist "…"``: a phrase, line or mantra is
    something said, held by the possessive before it."""
    text = 'Rubio ran against Crist. Rubio\'s catch phrase was that Crist "would say anything."'
    assert _one(text, R.sentence_subject).speaker == "Rubio"


def test_sentence_subject_possessive_pronoun_claim_holder() -> None:
    """In news, ``his promise to be "…"``: a possessive pronoun before a noun of speech
    holds the fragment, resolved to the person it stands for."""
    text = 'Sen. Tom Hale spoke in Ohio. Many voters still doubt his promise to be "neutral."'
    q = _one(text, R.sentence_subject)
    assert (q.mention.text, q.speaker) == ("his", "Tom Hale")  # type: ignore[union-attr]


def test_sentence_subject_possessive_pronoun_before_other_noun() -> None:
    """A possessive pronoun before a noun that is no speech (``his trip``) holds
    nothing: the clause's subject does."""
    text = 'Sen. Tom Hale spoke in Ohio. Many voters still doubt his trip to the "rust belt."'
    assert _one(text, R.sentence_subject).mention.text == "Many voters"  # type: ignore[union-attr]


def test_sentence_subject_reporter_of_the_clause() -> None:
    """In news, a person inside a clause reported by a speech verb is not the source:
    ``The radioman pointed out that Trump was "…"`` is the radioman's."""
    q = _one('The radioman pointed out that Trump was once "a big spender."', R.sentence_subject)
    assert q.mention.text == "The radioman"  # type: ignore[union-attr]


def test_sentence_subject_no_reporter_when_a_person_speaks() -> None:
    """A speech verb with a person of its own before it (``after Trump told the Post he
    was "…"``) leaves the fragment to that person (the subject of the clause ``after``
    opens), not to the sentence's opening noun phrase."""
    text = 'The endorsement comes days after Trump told the Post he was "not quite there yet."'
    assert _one(text, R.sentence_subject).mention.text == "Trump"  # type: ignore[union-attr]


def test_sentence_subject_bare_plural_role() -> None:
    """In news, a clause opened by a bare plural role (``Federal labor organizations``)
    is the source of its fragment when no person is."""
    text = 'Federal labor organizations long campaigned against "inherently governmental" work.'
    q = _one(text, R.sentence_subject)
    assert q.mention.text == "Federal labor organizations"  # type: ignore[union-attr]


def test_sentence_subject_pronoun_of_a_joined_clause() -> None:
    """In news, a fragment in a later clause with a pronoun subject of its own (``…,
    and he saw that as "…"``) rests on that pronoun, resolved to the person."""
    q = _one('Ted Cruz visited every county, and he saw that as a sign of "the old way."',
             R.sentence_subject)
    assert (q.mention.text, q.speaker) == ("he", "Ted Cruz")  # type: ignore[union-attr]


def test_sentence_subject_joined_clause_without_pronoun() -> None:
    """A joined clause whose subject is no pronoun (``, and voters saw``) leaves the
    fragment to the sentence's first person."""
    q = _one('Ted Cruz visited every county, and voters saw that as a sign of "the old way."',
             R.sentence_subject)
    assert q.mention.text == "Ted Cruz"  # type: ignore[union-attr]


def test_sentence_subject_no_noun_phrase_in_fiction() -> None:
    """In fiction a noun phrase is not read as a fragment's source."""
    text = 'The deal promotes the "excellent location" of the hotel.'
    assert _one(text, R.sentence_subject, style="fiction").rule is None


def test_sentence_subject_relative_who_holding_the_fragment() -> None:
    """In news, a fragment inside a relative clause (``Beck, who in the past described
    Trump as "…"``, or set off by dashes) rests on its ``who``, resolved to the name."""
    for text in (
        'Glenn Beck, who in the past described Trump as "a sociopath," spoke.',
        'Glenn Beck - who in the past described Trump as "a sociopath" - spoke.',
    ):
        q = _one(text, R.sentence_subject)
        assert (q.mention.text, q.speaker) == ("who", "Glenn Beck")  # type: ignore[union-attr]


def test_sentence_subject_relative_which_after_a_name() -> None:
    """In news, ``groups like Greenpeace which charged that it risked "…"``: the
    relative ``which`` is the source, the body it names the speaker."""
    text = 'He fought the deal with groups like Greenpeace which charged that it risked "greed."'
    q = _one(text, R.sentence_subject)
    assert (q.mention.text, q.speaker) == ("which", "Greenpeace")  # type: ignore[union-attr]


def test_sentence_subject_relative_which_without_speech() -> None:
    """A ``which`` clause without a speech verb (``the Stonewall Inn, which Obama
    declared a "monument"``) is no source of its own."""
    text = 'They met near the Stonewall Inn, which Obama named a "national monument" on Friday.'
    q = _one(text, R.sentence_subject)
    assert q.mention is None or q.mention.text != "which"


def test_sentence_subject_no_relative_who_once_its_clause_closed() -> None:
    """A relative clause closed by a comma before the fragment leaves it to the
    sentence's subject: ``Beck, who lives in Texas, took up the "…" label``."""
    q = _one('Glenn Beck, who lives in Texas, took up the "sociopath" label.', R.sentence_subject)
    assert q.mention.text == "Glenn Beck"  # type: ignore[union-attr]


def test_sentence_subject_claim_holder() -> None:
    """``seized on Al Day's claim that there were "thousands"``: the claim's holder."""
    text = 'The site seized on Al Day’s claim that there were "thousands of cases" there.'
    assert _one(text, R.sentence_subject).speaker == "Al Day"


def test_sentence_subject_no_claim_holder_after_a_speech_verb() -> None:
    """``Most say Al Day's remarks are "unacceptable"``: the verb's subject speaks."""
    text = 'Most voters say Al Day’s remarks were "completely unacceptable" to them.'
    assert _one(text, R.sentence_subject).speaker != "Al Day"


def test_sentence_subject_not_for_direct_quotation() -> None:
    """A direct quotation is never sentence_subject's."""
    assert _one('Mayor Ann Cole said: "We need more time."', R.sentence_subject).rule is None


def test_sentence_subject_skips_objects() -> None:
    """``In Iowa, farmers called …``: the place after a preposition is no subject."""
    q = _one('In Iowa, farmers called the rule "a burden on families."', R.sentence_subject)
    assert q.rule is None


def test_sentence_subject_takes_opening_surname_before_its_verb() -> None:
    """A lone surname opening the sentence, with its verb after it, is the subject."""
    q = _one('Clinton called for more "flexibility" in trade.', R.sentence_subject)
    assert q.speaker == "Clinton"


def test_sentence_subject_skips_unknown_sentence_opener() -> None:
    """A capitalised participle opening the sentence, named nowhere else, is passed over."""
    q = _one('Preceded by the band, the crowd roared for "more."', R.sentence_subject)
    assert q.speaker != "Preceded"


def test_sentence_subject_after_an_opening_participle_phrase() -> None:
    """``After calling the plan "a sham," Ann Cole left``: in news the fragment in an
    opening participle phrase is the main clause's subject's."""
    text = 'After calling the plan "a sham," Ann Cole left the room.'
    q = extract(text, style="news")[0]
    assert (q.speaker, q.rule) == ("Ann Cole", "sentence_subject")


def test_sentence_subject_after_an_opening_phrase_with_a_comma_later() -> None:
    """``Acknowledging that he "…" too, Ann Cole said``: the comma after the fragment."""
    text = 'Acknowledging that the plan is "a sham" in parts, Ann Cole voted for it.'
    assert extract(text, style="news")[0].speaker == "Ann Cole"


def test_sentence_subject_not_after_a_preposition_in_ing() -> None:
    """``During his takedown of the "…" in Ohio, Cole called …``: ``During`` opens a
    prepositional phrase, not a participle one; the fragment is a term of the phrase."""
    text = 'During his usual takedown of the "lying press" in Ohio, Cole called out the press.'
    assert R._subject_after_intro(_contexts(text)[0]) is None


def test_sentence_subject_not_after_a_clause_with_its_own_subject() -> None:
    """``As they weigh the "contested" race, Cole supporters …``: a finite clause has a
    subject of its own, who keeps the fragment."""
    text = 'As they weigh the "contested" race, Cole supporters think back.'
    assert extract(text, style="news")[0].mention.text == "they"  # type: ignore[union-attr]


def test_sentence_subject_news_skips_an_opening_participle_phrase() -> None:
    """``Reprising one of her lines, the governor backed the "…"``: in news the -ing
    word opening the sentence before a lower-case word is no name, even when the cast
    has read it as one."""
    text = (
        '"No," Reprising said.\n\nReprising one of her lines, the governor backed the '
        '"progress" made.'
    )
    q = extract(text, style="news")[1]
    assert q.mention.text == "the governor"  # type: ignore[union-attr]


def test_sentence_subject_news_keeps_an_ing_name_before_a_verb() -> None:
    """``Manning backed the "…", and Lee left``: an -ing name before a verb is still
    the subject, not a participle phrase running to the comma."""
    text = '"No," Manning said.\n\nManning backed the "progress" made, and Lee left.'
    assert extract(text, style="news")[1].speaker == "Manning"


# --- only_name_in_paragraph ---------------------------------------------------------


def test_only_name_in_paragraph_single_person() -> None:
    """One person named in the paragraph, outside quotations, is its speaker."""
    q = _one('Councilwoman Ruth Ames spoke at noon. "Rents will rise."', R.only_name_in_paragraph)
    assert _attributed(q) == ("Ruth Ames", "Councilwoman Ruth Ames", None,
                              "only_name_in_paragraph")


def test_only_name_in_paragraph_ignores_names_in_quotations() -> None:
    """A name inside a quotation does not count against the one outside."""
    q = _one('Councilwoman Ruth Ames spoke at noon. "I trust Mr. Smith."', R.only_name_in_paragraph)
    assert q.speaker == "Ruth Ames"


def test_only_name_in_paragraph_not_for_a_fragment() -> None:
    """A quoted fragment in the writer's sentence is not given to a name nearby
    (``Ann Lee spoke. The "reform" failed.``)."""
    text = 'Councilwoman Ruth Ames spoke at noon. The "reform bill" failed.'
    assert _one(text, R.only_name_in_paragraph).rule is None


def test_only_name_in_paragraph_not_with_two_people() -> None:
    """Two people named: the rule cannot choose."""
    text = 'Mayor Jane Doe spoke with Governor Ann Price at noon. "Taxes will fall."'
    assert _one(text, R.only_name_in_paragraph).rule is None


def test_only_name_in_paragraph_not_with_nobody() -> None:
    """Nobody named outside quotations: no decision, even if a name is quoted."""
    quotes = _only('"I trust Mr. Smith," the clerk said. "He is honest."', R.only_name_in_paragraph)
    assert [q.rule for q in quotes] == [None, None]


# --- paragraph_subject --------------------------------------------------------------


def test_paragraph_subject_beat_before() -> None:
    """``Catherine Morland laughed. "…"``: the subject of the beat before speaks."""
    text = 'Catherine Morland laughed at the window. "It is late."'
    q = _one(text, R.paragraph_subject, style="fiction")
    assert _attributed(q) == ("Catherine Morland", "Catherine Morland", None, "paragraph_subject")


def test_paragraph_subject_beat_after() -> None:
    """``"…" Catherine Morland turned away.``: the subject of the beat after speaks."""
    text = '"It is late." Catherine Morland turned from the window.'
    q = _one(text, R.paragraph_subject, style="fiction")
    assert q.speaker == "Catherine Morland"


def test_paragraph_subject_pronoun_beat() -> None:
    """``She turned to the window. "…"``: a pronoun subject is the mention."""
    q = _one('She turned to the window. "It is late."', R.paragraph_subject, style="fiction")
    assert (q.mention.text, q.rule) == ("She", "paragraph_subject")  # type: ignore[union-attr]


def test_paragraph_subject_not_in_news() -> None:
    """In news an action beat does not attribute (fiction only)."""
    text = 'Catherine Morland laughed at the window. "It is late."'
    assert _one(text, R.paragraph_subject, style="news").rule is None


def test_paragraph_subject_not_from_previous_paragraph() -> None:
    """A beat in the paragraph before is not beside the quotation."""
    q = _one('Mr. Rochester rose.\n\n"It is late."', R.paragraph_subject, style="fiction")
    assert q.rule is None


@pytest.mark.parametrize(
    "text",
    ['Yes, the door was open. "Come in."', 'Oh, the rain fell hard. "Come in."'],
)
def test_paragraph_subject_interjections_are_not_speakers(text: str) -> None:
    """Sentence-initial words such as "Yes" and "Oh" are never speakers."""
    assert _one(text, R.paragraph_subject, style="fiction").rule is None


def test_paragraph_subject_not_a_bare_determiner() -> None:
    """``The clock struck nine. "…"``: no person in the beat, so no decision."""
    q = _one('The clock struck nine. "It is late."', R.paragraph_subject, style="fiction")
    assert q.speaker is None


def test_paragraph_subject_not_it() -> None:
    """``Well, it was late. "…"``: neither "Well" nor "it" is a speaker."""
    q = _one('Well, it was late. "Come in."', R.paragraph_subject, style="fiction")
    assert q.speaker is None


# --- continues_previous -------------------------------------------------------------

_CP = [R.cue_after, R.continues_previous]


def test_continues_previous_news_paragraph() -> None:
    """In news a paragraph of quotation alone goes on the previous speech."""
    quotes = extract('"We won," Mayor Ann Cole said.\n\n"It was close."', rules=_CP, style="news")
    assert _attributed(quotes[1]) == ("Ann Cole", "Mayor Ann Cole", "said", "continues_previous")


def test_continues_previous_keeps_description() -> None:
    """A description speaker is carried on as written."""
    text = '"No comment," a White House spokesman said.\n\n"We will see."'
    assert _speakers(text, rules=_CP, style="news") == ["a White House spokesman"] * 2


def test_continues_previous_not_in_fiction() -> None:
    """In fiction the same paragraph answers rather than continues."""
    text = '"We won," Mayor Ann Cole said.\n\n"It was close."'
    quotes = extract(text, rules=_CP, style="fiction")
    assert quotes[1].rule is None


def test_continues_previous_not_when_paragraph_names_someone() -> None:
    """A paragraph that names someone after its quotation is not a continuation."""
    text = '"We won," Mayor Ann Cole said.\n\n"It was close." Governor Hale sat down.'
    ctx = _contexts(text)[1]
    assert R.continues_previous(ctx, [_decision(text, "Mayor Ann Cole", "Ann Cole")]) is None


def test_continues_previous_not_after_intervening_paragraphs() -> None:
    """Two narration paragraphs between break the continuation."""
    text = (
        '"We won," Mayor Ann Cole said.\n\nThe count ended at dawn.\n\n'
        'Turnout was low.\n\n"It was close."'
    )
    assert extract(text, rules=_CP, style="news")[1].rule is None


def test_continues_previous_not_mid_paragraph() -> None:
    """A quotation that does not open its paragraph is not a continuation."""
    text = '"We won," Mayor Ann Cole said.\n\nThe count went on. "It was close."'
    assert extract(text, rules=_CP, style="news")[1].rule is None


def test_continues_previous_not_after_a_question() -> None:
    """A paragraph of quotation alone after a question answers it: another's words;
    after a statement it goes on the same speech."""
    text = '"Do we give up?" Mayor Ann Cole asked.\n\n"No!"'
    assert extract(text, rules=_CP, style="news")[1].rule is None
    text = '"We will not give up," Mayor Ann Cole said.\n\n"Not now!"'
    assert extract(text, rules=_CP, style="news")[1].rule == "continues_previous"


def test_continues_previous_not_without_earlier_decision() -> None:
    """Alone, the rule has nothing to continue."""
    assert [q.rule for q in _only('"We won," Ann Cole said.\n\n"It was close."',
                                  R.continues_previous)] == [None, None]


# --- conversation -------------------------------------------------------------------

_TALK = '"Come," said Jane.\n\n"No," said Tom.\n\n"Please!"\n\n"Never!"'


_SILENT = (
    'Tom Ray and Ann Lee sat by the fire.\n\n"Will you come?" said Ann.\n\n'
    '"No," said Tom.\n\n"Why not?"\n\n{beat}\n\n'
    '"You never tell me anything."\n\n"There is nothing to tell."'
)


_NEWCOMER_TALK = ('"Good day," said Tom Ray.\n\n"Good day," said Ann Lee.\n\n{beat}\n\n'
                  '"How fine it is," said Ann Lee, smiling at his coat.\n\n"It is old."')


def test_conversation_other_gender_named_since_the_earlier_speaker() -> None:
    """Ann's turn speaks of a man (``his coat``); Mr. Hale came in after Tom Ray last
    spoke: the reply is the newcomer's."""
    text = _NEWCOMER_TALK.format(beat="Later Mr. Hale came in. He sat down by the fire.")
    assert extract(text, style="fiction")[-1].speaker == "Mr. Hale"


def test_conversation_other_gender_earlier_speaker_without_a_newcomer() -> None:
    """No man named since Tom Ray spoke: the reply is Tom's."""
    text = _NEWCOMER_TALK.format(beat="The rain fell on the roof.")
    assert extract(text, style="fiction")[-1].speaker == "Tom Ray"


def test_conversation_after_a_silent_turn() -> None:
    """``He made no answer.`` takes a turn: the one unanswered speaks on, then he."""
    quotes = extract(_SILENT.format(beat="He made no answer."), style="fiction")
    assert [(q.speaker, q.rule) for q in quotes[3:]] == [
        ("Ann Lee", "conversation"), ("Tom Ray", "conversation")
    ]


def test_conversation_silent_turn_only_when_the_unanswered_spoke_on() -> None:
    """``Kate Bell made no answer.`` then another's cued speech: the turn after is the
    exchange's, not Kate's."""
    text = (
        'Tom Ray and Ann Lee sat by the fire. Kate Bell sat apart.\n\n"Will you come?" '
        'said Tom.\n\nKate Bell made no answer.\n\n"Do come," said Ann.\n\n"I cannot."'
    )
    assert extract(text, style="fiction")[-1].speaker == "Tom Ray"


def test_conversation_not_after_a_beat_of_action() -> None:
    """``He rose from his chair.`` tells no reply: the speech after it is not carried
    on from the one before the narration."""
    quotes = extract(_SILENT.format(beat="He rose from his chair."), style="fiction")
    assert quotes[3].speaker != "Ann Lee"


def test_conversation_does_not_carry_a_speaker_left_as_written() -> None:
    """Two paragraphs back "said her sister" resolved to no one: not copied on; a
    named speaker there is (and a pronoun in a text naming no one, see below)."""
    text = '"Come," said her sister.\n\n"No," said Tom.\n\n"Please!"'
    quotes = extract(text, rules=[R.cue_after, R.conversation], style="fiction")
    assert quotes[0].speaker == "her sister"
    assert quotes[-1].speaker != "her sister"
    text = '"Come," said Ann.\n\n"No," said Tom.\n\n"Please!"'
    quotes = extract(text, rules=[R.cue_after, R.conversation], style="fiction")
    assert quotes[-1].speaker == "Ann"


def test_conversation_alternates_two_speakers() -> None:
    """Uncued paragraphs in a two-person exchange alternate speakers."""
    quotes = extract(_TALK, rules=[R.cue_after, R.conversation], style="fiction")
    assert [(q.speaker, q.rule) for q in quotes] == [
        ("Jane", "cue_after"),
        ("Tom", "cue_after"),
        ("Jane", "conversation"),
        ("Tom", "conversation"),
    ]


def test_conversation_direct_call_two_back() -> None:
    """Called directly, the turn goes to the speaker two paragraphs back."""
    ctx = _contexts(_TALK, style="fiction")[2]
    decided = [_decision(_TALK, "Jane", "Jane"), _decision(_TALK, "Tom", "Tom")]
    decision = R.conversation(ctx, decided)
    assert decision == attrs.evolve(decided[0], rule="conversation", cue=None)


def test_conversation_direct_call_not_after_undecided_turn() -> None:
    """With the last turn undecided and nobody two back, the rule passes."""
    ctx = _contexts(_TALK, style="fiction")[2]
    assert R.conversation(ctx, [None, None]) is None


def test_conversation_drops_cue() -> None:
    """An inferred turn has no cue of its own."""
    quotes = extract(_TALK, rules=[R.cue_after, R.conversation], style="fiction")
    assert quotes[2].cue is None and quotes[2].mention.text == "Jane"  # type: ignore[union-attr]


def test_conversation_with_pronoun_speakers() -> None:
    """The exchange alternates between pronoun speakers too (``said she``/``replied he``)."""
    text = '"Come," said she.\n\n"No," replied he.\n\n"Please!"\n\n"Never!"'
    assert _speakers(text, style="fiction") == ["she", "he", "she", "he"]


def test_conversation_not_after_narration() -> None:
    """Narration between the turns breaks the exchange."""
    text = '"Come," said Jane.\n\n"No," said Tom.\n\nThe rain fell.\n\n"Please!"'
    quotes = extract(text, rules=[R.cue_after, R.conversation], style="fiction")
    assert quotes[-1].rule is None


def test_conversation_answer_by_the_one_the_turn_names() -> None:
    """No one two back: the turn's narration names one other person, who answers."""
    text = 'Jane sat down.\n\nShe wanted Mr. Hale to speak. "Why?" said Jane.\n\n"I cannot."'
    quotes = extract(text, rules=[R.cue_after, R.conversation], style="fiction")
    assert (quotes[-1].speaker, quotes[-1].rule) == ("Mr. Hale", "conversation")


def test_conversation_answer_not_by_one_named_after_a_preposition() -> None:
    """Two others named in the turn's narration: the one after a preposition (``with
    Ann``) is passed over for the subject (``Tom Ray``)."""
    text = (
        'Jane sat down.\n\nWhile Tom Ray talked with Ann Lee, Jane rose. "Why?" said '
        'Jane.\n\n"I cannot."'
    )
    quotes = extract(text, rules=[R.cue_after, R.conversation], style="fiction")
    assert quotes[-1].speaker == "Tom Ray"


def test_conversation_answer_not_by_the_one_it_addresses() -> None:
    """The one named in the turn before is not the speaker of a reply that calls them
    by name."""
    text = 'Jane sat down.\n\nShe wanted Mr. Hale to speak. "Why?" said Jane.\n\n"Mr. Hale, no."'
    quotes = extract(text, rules=[R.cue_after, R.conversation], style="fiction")
    assert quotes[-1].speaker != "Mr. Hale"


_TURN_WITH = (
    '"Come," said Tom.\n\n"Well," said Ann.\n\n"Go," said Kate.\n\n'
    '"Yes," said Kate, and took {pronoun} hand.\n\n"I cannot."'
)


def test_conversation_reply_by_the_gender_the_turn_speaks_of() -> None:
    """``took his hand`` in a woman's turn: the reply is the latest earlier speaker who
    is a man (Tom), not the latest other one (Ann)."""
    quotes = extract(_TURN_WITH.format(pronoun="his"), style="fiction")
    assert (quotes[-1].speaker, quotes[-1].rule) == ("Tom", "conversation")


def test_conversation_reply_of_her_own_gender_when_the_turn_says_so() -> None:
    """``took her hand``: nothing rules Ann out; the latest other speaker replies."""
    assert extract(_TURN_WITH.format(pronoun="her"), style="fiction")[-1].speaker == "Ann"


def test_conversation_reply_by_one_named_before_of_that_gender() -> None:
    """No earlier speaker is a man: the man named last before, as a subject, replies;
    with no such pronoun in the turn, no one is guessed."""
    text = (
        'Mr. Hale sat by the fire.\n\n"Go," said Kate.\n\n"Yes," said Kate, and took '
        '{pronoun} hand.\n\n"I cannot."'
    )
    assert extract(text.format(pronoun="his"), style="fiction")[-1].speaker == "Mr. Hale"
    assert extract(text.format(pronoun="her"), style="fiction")[-1].speaker != "Mr. Hale"


def test_conversation_not_in_news() -> None:
    """In news the same text continues the previous speech instead."""
    assert _speakers(_TALK, style="news") == ["Jane", "Tom", "Tom", "Tom"]


def test_conversation_never_gives_turn_to_the_addressee() -> None:
    """``"Please, Jane!"``: Jane is spoken to, so the turn is not hers."""
    text = '"Come," said Jane.\n\n"No," said Tom.\n\n"Please, Jane!"'
    quotes = extract(text, rules=[R.cue_after, R.conversation], style="fiction")
    assert quotes[-1].speaker != "Jane"


def test_conversation_two_back_among_three() -> None:
    """With three speakers, an uncued turn goes to the one two paragraphs back."""
    text = '"Come," said Jane.\n\n"No," said Tom.\n\n"Stay," said Ann.\n\n"Please!"'
    quotes = extract(text, rules=[R.cue_after, R.conversation], style="fiction")
    assert (quotes[-1].speaker, quotes[-1].rule) == ("Tom", "conversation")


def test_conversation_between_mr_and_mrs() -> None:
    """Mr. and Mrs. Bennet are two speakers, and the uncued turn answers the last."""
    text = '"Yes," said Mrs. Bennet.\n\n"No," said Mr. Bennet.\n\n"Oh!"'
    speakers = _speakers(text, style="fiction")
    assert speakers[0] != speakers[1]
    assert speakers[2] == speakers[0]


def test_conversation_two_ahead_once_later_turns_are_decided() -> None:
    """Called with decisions for the whole text (a second pass), an uncued turn that
    opens an exchange takes the speaker two paragraphs ahead."""
    text = '"Are you coming?"\n\n"No."\n\n"Please!" said Jane.\n\n"Never!" said Tom.'
    ctx = _contexts(text, style="fiction")[0]
    decided = [None, None, _decision(text, "Jane", "Jane"), _decision(text, "Tom", "Tom")]
    decision = R.conversation(ctx, decided)
    assert decision is not None and (decision.speaker, decision.rule) == ("Jane", "conversation")
    assert R.conversation(ctx, decided[:1]) is None  # first pass: nothing ahead yet


def test_conversation_two_ahead_not_the_one_spoken_to() -> None:
    """``"Are you coming, Jane?"``: the turn two ahead is Jane's, so this one is not."""
    text = '"Are you coming, Jane?"\n\n"No."\n\n"Please!" said Jane.'
    ctx = _contexts(text, style="fiction")[0]
    decided = [None, None, _decision(text, "Jane", "Jane")]
    assert R.conversation(ctx, decided) is None


# --- narration_before ----------------------------------------------------------------


def test_narration_before_subject_of_last_sentence() -> None:
    """A speech alone after a narration paragraph is its last sentence's subject's."""
    text = 'The rain stopped.\n\nAt last Tom looked up from the map.\n\n"We must go."'
    q = _only(text, R.narration_before, style="fiction")[-1]
    assert _attributed(q) == ("Tom", "Tom", None, "narration_before")


def test_narration_before_pronoun_resolved() -> None:
    """A pronoun subject resolves to the person it stands for."""
    text = 'Ann Lee sat by the fire.\n\nShe put down her cup.\n\n"It is late."'
    assert _only(text, R.narration_before, style="fiction")[-1].speaker == "Ann Lee"


def test_narration_before_possessor_opening_the_sentence() -> None:
    """``Mrs. Lee's eyes turned to Ann.``: the possessor opening the last sentence is the
    one in focus, and speaks next."""
    text = 'Ann sat.\n\nMrs. Lee\'s eyes turned to Ann.\n\n"You came."'
    q = _only(text, R.narration_before, style="fiction")[-1]
    assert (q.speaker, q.rule) == ("Mrs. Lee", "narration_before")


def test_narration_before_possessive_not_opening_the_sentence() -> None:
    """A possessive after the sentence's first word (``Then Mrs. Lee's eyes …``) is not
    read as its subject."""
    text = 'Ann sat.\n\nThen Mrs. Lee\'s eyes turned to Ann.\n\n"You came."'
    assert _only(text, R.narration_before, style="fiction")[-1].speaker != "Mrs. Lee"


def test_paragraph_subject_possessor_of_the_beat() -> None:
    """``Mrs. Lee's face fell.`` beside a speech: the possessor is whose beat it is."""
    text = 'Ann sat.\n\nMrs. Lee\'s face fell. "You came."'
    q = _only(text, R.paragraph_subject, style="fiction")[-1]
    assert (q.speaker, q.rule) == ("Mrs. Lee", "paragraph_subject")


def test_narration_before_not_after_a_speech() -> None:
    """A paragraph holding a quotation is an exchange, not narration."""
    text = 'Tom looked up. "Ready?"\n\n"We must go."'
    assert _only(text, R.narration_before, style="fiction")[-1].rule is None


def test_narration_before_not_a_description_or_plural() -> None:
    """``His voice broke.``, ``They turned.``: no one person to give the speech to."""
    for before in ("His voice broke.", "They turned away."):
        text = f"Tom stood.\n\n{before}\n\n\"We must go.\""
        assert _only(text, R.narration_before, style="fiction")[-1].rule is None


def test_narration_before_not_after_a_reported_reply() -> None:
    """``He made no answer.``, ``She replied that …``: the speech after is another's."""
    for before in ("Tom made no answer.", "Tom replied that he would."):
        text = f"The rain stopped.\n\n{before}\n\n\"We must go.\""
        assert _only(text, R.narration_before, style="fiction")[-1].rule is None


def test_reports_a_reply() -> None:
    """Reported or withheld answers are told; other actions are not."""
    assert R.reports_a_reply("She replied in the affirmative.", 3, 31)
    assert R.reports_a_reply("He was silent.", 2, 14)
    assert not R.reports_a_reply("He looked up from the map.", 2, 26)


def test_turn_party_needs_a_speech_between() -> None:
    """Whose turn it is: the speaker two paragraphs back, only across a turn of speech."""
    text = '"Come," said Jane.\n\n"No," said Tom.\n\n"Do," she said.'
    quotes = extract(text, style="fiction")
    found = list(find_quotes(text))
    ctxs = list(contexts(text, found, list(paragraphs(text)), "fiction",
                         build_cast(text, found)))
    decided = [Decision(q.mention and read_mention(text, q.mention.start, q.mention.end),
                        None, "cue_after", speaker=q.speaker) for q in quotes]
    assert R.turn_party(ctxs[2], decided[:2]) == "Jane"
    assert R.turn_party(ctxs[1], decided[:1]) is None
    assert R.turn_party(attrs.evolve(ctxs[2], style="news"), decided[:2]) is None


def test_narration_before_not_in_news() -> None:
    """News has no such convention."""
    text = 'The rain stopped.\n\nAt last Tom looked up from the map.\n\n"We must go."'
    assert _only(text, R.narration_before)[-1].rule is None


def test_narration_before_not_mid_paragraph() -> None:
    """Only a quotation opening its paragraph follows the narration before it."""
    text = 'At last Tom looked up.\n\nThe dog barked. "We must go."'
    assert _only(text, R.narration_before, style="fiction")[-1].rule is None


# --- named_in_reply ------------------------------------------------------------------

_NAMED = 'Tom Hale came in.\n\nThe rain fell.\n\n{first}\n\n{reply}'


def test_named_in_reply_speaker_is_whom_the_reply_calls() -> None:
    """``"Is it late?"`` / ``"Not yet, Tom."``: Tom asked."""
    text = _NAMED.format(first='"Is it late?"', reply='"Not yet, Tom."')
    quote = _only(text, R.named_in_reply, style="fiction")[0]
    assert (quote.speaker, quote.rule) == ("Tom Hale", "named_in_reply")


def test_named_in_reply_not_across_narration() -> None:
    """A paragraph of narration between the speech and the one that names Tom: no
    reply, no decision."""
    text = _NAMED.format(first='"Is it late?"\n\nThe clock struck.', reply='"Not yet, Tom."')
    assert _only(text, R.named_in_reply, style="fiction")[0].rule is None


def test_named_in_reply_not_whom_the_speech_calls() -> None:
    """``"Tom, is it late?"`` calls Tom: it is not his, whatever the reply calls."""
    text = _NAMED.format(first='"Tom, is it late?"', reply='"Not yet, Tom."')
    assert _only(text, R.named_in_reply, style="fiction")[0].rule is None


def test_named_in_reply_not_the_one_who_spoke_last() -> None:
    """Tom spoke the turn before: the reply that calls him answers him, and the
    speech between is not his."""
    text = '"Come," said Tom Hale.\n\n"Is it late?"\n\n"Not yet, Tom."'
    quotes = extract(text, rules=[R.cue_after, R.named_in_reply], style="fiction")
    assert quotes[1].rule is None


def test_named_in_reply_not_in_news() -> None:
    """News has no exchanges of turns."""
    text = _NAMED.format(first='"Is it late?"', reply='"Not yet, Tom."')
    assert _only(text, R.named_in_reply)[0].rule is None


def test_conversation_asks_named_in_reply_when_two_back_does_not_fit() -> None:
    """In an exchange with no speaker two paragraphs back, the turn is by whom the
    reply calls (Kate), not by another earlier speaker."""
    text = ('Ann Ray, Kate Bell and Tom Hale sat by the fire.\n\nThe rain fell.'
            '\n\nTom Hale rose. "It is cold," said he.\n\n"Is it late?"\n\n"Not yet, Kate."')
    quote = extract(text, style="fiction")[1]
    assert (quote.speaker, quote.rule) == ("Kate Bell", "conversation")


def test_conversation_two_back_before_named_in_reply() -> None:
    """Alternation first: with Jane two paragraphs back, the reply's ``Kate`` does not
    take the turn."""
    text = '"Come," said Jane.\n\n"No," said Tom.\n\n"Please!"\n\n"Never, Kate!"'
    assert extract(text, style="fiction")[2].speaker == "Jane"


# --- across rules: news ---------------------------------------------------------------


def test_news_colon_speaker_in_default_order() -> None:
    """``Trump said: "…"`` with every rule: cue_before decides."""
    q = extract('Trump said: "We will build it."')[0]
    assert (q.speaker, q.rule) == ("Trump", "cue_before")


def test_news_adding_second_quotation() -> None:
    """``"…," Trump said at a rally, adding, "…"``: both quotations are Trump's."""
    text = '"We will win," Trump said at a rally, adding, "Believe me."'
    assert _speakers(text) == ["Trump", "Trump"]


def test_news_split_quotation_cue_between() -> None:
    """``"…," Hale went on to say, "…"``: both parts are Hale's."""
    text = '"We will appeal," Hale went on to say, "and we will win."'
    assert _speakers(text) == ["Hale", "Hale"]


def test_news_pronoun_resolves_to_recent_compatible_person() -> None:
    """``he`` and ``she`` resolve to the most recent named person of their gender."""
    text = (
        "On Friday the mayor, Ann Cole, met with the governor, Tom Price, to discuss the "
        'budget.\n\n"We agreed," she said.\n\n"We did," he said.'
    )
    assert _speakers(text) == ["Ann Cole", "Tom Price"]


def test_news_pronoun_without_compatible_person_stays_pronoun() -> None:
    """``he`` with only a woman named before stays ``he``."""
    text = (
        "Ann Cole, the mayor, met the governor on Friday to discuss the budget."
        '\n\n"We agreed," he said.'
    )
    assert _speakers(text) == ["he"]


def test_news_headline_is_not_a_speaker() -> None:
    """Names in a headline are not the body's people: ``he`` stays unresolved."""
    text = 'Trump Blasts Clinton on Trade\n\n"We will win," he said.'
    assert _speakers(text) == ["he"]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("Trump said", "Donald Trump"),
        ("Mr. Trump said", "Donald Trump"),
        ("said President Donald Trump", "Donald Trump"),
    ],
)
def test_news_canonical_trump(cue: str, speaker: str) -> None:
    """"Trump", "Mr. Trump", "President Donald Trump" are all "Donald Trump"."""
    text = (
        "President Donald Trump spoke to the crowd at the state fair on a hot afternoon."
        f'\n\n"We will win," {cue}.'
    )
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("cue", ["May said", "Theresa May said", "said Prime Minister Theresa May"])
def test_news_canonical_may(cue: str) -> None:
    """"May", "Theresa May", "British Prime Minister Theresa May" are all "Theresa May"."""
    text = (
        "British Prime Minister Theresa May flew to the summit in the morning."
        f'\n\n"We are ready," {cue}.'
    )
    assert _speakers(text) == ["Theresa May"]


def test_news_month_after_preposition_is_not_may() -> None:
    """"in May" is a month: the quotation's speaker is the one beside the verb."""
    text = 'In May, Cole said: "We will win."'
    assert _speakers(text) == ["Cole"]


def test_news_scare_quote_has_no_speaker() -> None:
    """A scare quote or title (kind "term") gets no speaker even beside a cue."""
    (q,) = extract('He called it the "Grand Plan" on Monday, Hale said.')
    assert (q.kind, q.speaker) == ("term", None)


# --- across rules: fiction ------------------------------------------------------------


def test_fiction_said_he_resolves_to_named_man() -> None:
    """``"…" said he.`` after Mr. Bennet is named: the speaker is Bennet."""
    text = 'Mr. Bennet laid down his book and looked up at his wife.\n\n"What is it now?" said he.'
    assert _speakers(text, style="fiction") == ["Mr. Bennet"]


def test_fiction_cued_vocative_speaker_is_the_cue() -> None:
    """``"Oh, Jane, …" cried Elizabeth.``: Elizabeth speaks; Jane is spoken to."""
    assert _speakers('"Oh, Jane, how good you are!" cried Elizabeth.', style="fiction") == [
        "Elizabeth"
    ]


def test_fiction_pronoun_reply_is_the_one_addressed_before() -> None:
    """``"Come here, Jane," said Elizabeth.`` then ``"I will," she said.``: Jane."""
    text = '"Come here, Jane," said Elizabeth.\n\n"I will," she said.'
    assert _speakers(text, style="fiction") == ["Elizabeth", "Jane"]


def test_fiction_style_switch_changes_uncued_paragraph() -> None:
    """The same text reads as a continuation in news and as a reply in fiction."""
    assert _speakers(_TALK, style="news")[2] == "Tom"
    assert _speakers(_TALK, style="fiction")[2] == "Jane"


def test_fiction_auto_style_guesses_fiction() -> None:
    """With style "auto", inverted pronoun cues make the text fiction."""
    text = '"Come," said she.\n\n"No," replied he.\n\n"Please!"'
    assert extract(text)[-1].rule == "conversation"


@pytest.mark.parametrize(
    "text",
    [
        '"Well," said Tom. "Yes."',
        'Well! "Come in," said she.',
        'Yes, Oh, Well. "Come in."',
        'Oh, the rain fell hard. "Come in."',
    ],
)
def test_fiction_interjections_are_never_speakers(text: str) -> None:
    """Sentence-initial "Well", "Yes", "Oh" are never speakers."""
    for q in extract(text, style="fiction"):
        assert q.speaker not in {"Well", "Yes", "Oh"}


def test_fiction_action_beat_in_default_order() -> None:
    """``He smiled at his daughter. "…"``: the pronoun of the beat is the mention."""
    q = extract('He smiled at his daughter. "You may go."', style="fiction")[0]
    assert (q.mention.text, q.rule) == ("He", "paragraph_subject")  # type: ignore[union-attr]


# --- rule contract ------------------------------------------------------------------


def test_reply_to_named_fills_speaker_itself() -> None:
    """reply_to_named already knows the canonical name, so it sets ``speaker``."""
    text = _CALLED + '"The roads were bad."'
    ctxs = _contexts(text, "fiction")
    earlier = _decision(text, "Margaret", "Margaret")
    decision = R.reply_to_named(ctxs[1], [earlier])
    assert decision is not None and decision.speaker == "Mr. Thornton"


def _noop(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    return None


def test_rule_sees_one_decision_per_earlier_quotation() -> None:
    """Rules are given the decisions so far: one entry per earlier quotation."""
    seen: list[int] = []

    def spy(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
        seen.append(len(decided))
        return None

    extract('"One," she said. "Two." "Three."', rules=[_noop, spy])
    assert seen == [0, 1, 2]


def test_cue_before_reads_no_pronoun_inside_a_word() -> None:
    """``the rules`` holds ``he`` and a verb-like ``rules``: no mention is read there."""
    quote = _one('Then the rules "must change," as everyone knows.', R.cue_before)
    assert quote.mention is None


def test_cue_before_manner_adverb_between_speaker_and_verb() -> None:
    """``as she angrily said``: an ``-ly`` adverb may stand between speaker and verb."""
    quote = _one('Ann Lee left the stage as she angrily said, "I am so tired."', R.cue_before)
    assert quote.mention.text == "she"  # type: ignore[union-attr]


def test_cue_before_as_clause() -> None:
    """``As Al Day said last week, "…"``: the name after ``as`` is the clause's subject."""
    quote = _one('As Al Day said last week in Ohio, "The future is here."', R.cue_before)
    assert quote.speaker == "Al Day"


def test_cue_before_as_he_put_it() -> None:
    """``as the prosecutor Al Day put it, "…"``: ``put it`` reports speech."""
    quote = _one('At the time, as prosecutor Al Day put it, "nothing was amiss."', R.cue_before)
    assert (quote.speaker, quote.cue.text) == ("Al Day", "put it")  # type: ignore[union-attr]


@pytest.mark.parametrize("text, mention", [
    ('After the debate, 21 percent said "not too likely" in the poll.', "21 percent"),
    ('About four in 10 said they were "angry" at Washington.', "About four in 10"),
    ('Most said they were "very worried" about it.', "Most"),
    ('Another tweeted, "She thinks she is above the rules."', "Another"),
])
def test_cue_before_a_share_of_people(text: str, mention: str) -> None:
    """Polls and crowds speak as shares: ``21 percent said``, ``Most said``, ``Another``."""
    quote = _one(text, R.cue_before)
    assert quote.mention is not None and quote.mention.text == mention


def test_cue_after_one_of_a_group() -> None:
    """``"…," one said``: one of the group just spoken of speaks; an opening ``One
    recent evening,`` is no speaker."""
    q = _one('"I am voting for him," one said.', R.cue_after)
    assert q.mention is not None and q.mention.text == "one"
    text = 'One recent evening, Ann Lee put up a sign that read, "We Win."'
    assert extract(text, style="news")[0].speaker == "Ann Lee"


def test_a_year_is_no_share_of_people() -> None:
    """``In 2012 said``: a bare number is no speaker."""
    quote = _one('Back in 2012 said "no" to it.', R.cue_before)
    assert quote.mention is None or quote.mention.text != "2012"


def test_cue_before_with_and_a_participle() -> None:
    """``with Al Day tweeting that it was a "disaster"``: Al Day is the participle's subject."""
    text = 'Critics were quick to react, with Al Day tweeting that it was a "disaster".'
    assert _one(text, R.cue_before).speaker == "Al Day"


def test_cue_before_the_issuer_of_a_statement() -> None:
    """``Ann Lee released a statement saying, "…"``: Ann Lee speaks, not the statement."""
    text = 'Later, Ann Lee released a statement saying, "We trust our partners."'
    assert _one(text, R.cue_before).speaker == "Ann Lee"


def test_cue_before_a_statement_as_subject_speaks() -> None:
    """``A statement from the firm, saying …``: with no verb before it, it is the source."""
    quote = _one('A statement saying "we are fine" was released.', R.cue_before)
    assert quote.speaker == "A statement"


def test_a_group_beside_its_verb_speaks() -> None:
    """``Democrats said the plan was "dead on arrival"``: the party speaks."""
    quote = _one('Democrats said the plan was "dead on arrival" there.', R.cue_before)
    assert quote.speaker == "Democrats"


def test_a_group_opening_the_clause_is_a_fragment_source() -> None:
    """In news, ``Republicans blasted the "poison pill" measures``: the group's words."""
    quote = _one('Republicans blasted the "poison pill" measures.', R.sentence_subject)
    assert quote.speaker == "Republicans"


def test_a_group_alone_is_no_name() -> None:
    """``in front of Democrats``, with no verb beside it, names no speaker."""
    quote = _one('He spoke in front of Democrats about "the plan" today.', R.cue_before)
    assert quote.speaker != "Democrats"


def test_pronoun_cue_after_a_newcomer_is_the_newcomer() -> None:
    """"An old woman came in. The old woman yawned." then "… she said": the newcomer
    the story has not named, not the woman named before."""
    text = ('Ann Lee sat by the fire.\n\nA lean, bent old woman came in. The old woman '
            'yawned.\n\n"It is late," she said.')
    q = extract(text, style="fiction")[-1]
    assert q.speaker == "The old woman"
    assert q.rule == "cue_after"


def test_pronoun_cue_after_a_description_that_is_no_newcomer() -> None:
    """No "a woman" brought her in, or a title ("The Princess"), or a speech in the
    paragraph before: the pronoun looks for a name as before."""
    text = 'Ann Lee sat by the fire.\n\nThe old woman yawned.\n\n"It is late," she said.'
    assert extract(text, style="fiction")[-1].speaker == "Ann Lee"
    text = ('Ann Lee sat by the fire.\n\nA princess came in. The princess yawned.'
            '\n\n"It is late," she said.')
    assert extract(text, style="fiction")[-1].speaker == "Ann Lee"
    text = ('Ann Lee sat by the fire.\n\nAn old woman came in. "Hush." The old woman '
            'yawned.\n\n"It is late," she said.')
    assert extract(text, style="fiction")[-1].speaker == "Ann Lee"
    text = ('Ann Lee sat by the fire.\n\nAn old woman came in. The old woman yawned.'
            '\n\n"It is late," she said.')
    assert extract(text, style="news")[-1].speaker != "The old woman"


def test_cue_before_relative_set_off_before_the_verb() -> None:
    """"She met Maria, who, breathless, cried out": Maria, not the sentence's subject;
    a ``who`` with more than one phrase before the verb, or in news, is left alone."""
    text = 'Ann rose. She met Maria, who, breathless with haste, cried out, "Come!"'
    assert extract(text, style="fiction")[0].speaker == "Maria"
    assert extract(text, style="news")[0].speaker != "Maria"
    text = 'Ann Lee met Maria, who, though surprised, was glad, and cried out, "Come!"'
    assert extract(text, style="fiction")[0].speaker == "Ann Lee"


@given(st.text(alphabet=" \t\n\u00a0aB.,x", max_size=40), st.integers(0, 40))
def test_token_before_is_the_last_token_of_the_prefix(text: str, pos: int) -> None:
    """``_token_before`` reads back from ``pos`` only, and gives what splitting the whole
    prefix would (it replaced ``text[:pos].split()[-1:]``, quadratic on a long text)."""
    pos = min(pos, len(text))
    assert R._token_before(text, pos) == (text[:pos].split()[-1:] or [""])[0]


def test_token_before_none_at_the_start() -> None:
    """No token before the first character."""
    assert R._token_before("Trump said", 0) == ""
