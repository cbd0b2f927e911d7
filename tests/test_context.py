"""Where a quotation stands: ``quoteattr.context``.

``contexts()``'s before/after/lead/tail stretches, paragraphs, ``opens_paragraph``,
``sentence_rest`` and ``guess_style``.
"""

from __future__ import annotations

import random

import pytest

from quoteattr.context import STYLES, Context, contexts, guess_style
from quoteattr.patterns import DIGIT, EXCLAIMED, FICTION_MARKERS, NEWS_MARKERS, PRONOUN_CUE
from quoteattr.quotes import find_quotes, paragraphs
from quoteattr.sentences import _one_sentence, _tokenizer
from quoteattr.speakers import build_cast


def _contexts(text: str, style: str = "news") -> list[Context]:
    """The contexts of ``text``'s quotations."""
    return list(contexts(text, list(find_quotes(text)), list(paragraphs(text)), style))


def _cut(text: str, where: tuple[int, int]) -> str:
    return text[where[0] : where[1]]


# --- before / after -----------------------------------------------------------------


def test_before_is_narration_of_the_sentence() -> None:
    """``before`` is the narration of the quotation's sentence before it."""
    text = 'It rained all day. Then Smith said: "We won." He left.'
    assert _contexts(text)[0].before_text == "Then Smith said: "


def test_before_empty_after_finished_sentence() -> None:
    """When the sentence before has ended, ``before`` is empty."""
    text = 'Smith spoke. "We won."'
    ctx = _contexts(text)[0]
    assert ctx.before_text == "" and ctx.before[0] == ctx.before[1]


def test_before_keeps_abbreviated_title() -> None:
    """``Sen.`` does not end the sentence before the quotation."""
    text = 'It rained. Then Sen. Hale said: "We won."'
    assert _contexts(text)[0].before_text == "Then Sen. Hale said: "


def test_after_is_first_sentence_after() -> None:
    """``after`` stops at the end of the quotation's sentence."""
    text = '"We won," Smith said. He left at noon.'
    assert _contexts(text)[0].after_text == " Smith said."


def test_after_empty_at_paragraph_end() -> None:
    """A quotation ending its paragraph has nothing after it."""
    text = 'Smith said: "We won."\n\nHe left.'
    assert _contexts(text)[0].after_text == ""


def test_before_does_not_cross_previous_quotation() -> None:
    """``before`` of a second quotation starts after the first."""
    text = '"We won," Sen. Hale said. "Again."'
    ctxs = _contexts(text)
    assert (ctxs[0].after_text, ctxs[1].before_text) == (" Sen. Hale said.", "")


# --- lead / tail ----------------------------------------------------------------------


def test_lead_and_tail_span_to_neighbours() -> None:
    """``lead`` runs from the paragraph start, ``tail`` to the paragraph end."""
    text = 'After the vote, Smith said: "We won." Then he left.'
    ctx = _contexts(text)[0]
    assert (_cut(text, ctx.lead), _cut(text, ctx.tail)) == (
        "After the vote, Smith said: ",
        " Then he left.",
    )


def test_lead_starts_at_previous_quotation() -> None:
    """The lead of a later quotation begins where the previous one ends."""
    text = 'Smith said: "We won." "Again," he added.'
    ctx = _contexts(text)[1]
    assert (ctx.lead, _cut(text, ctx.lead)) == ((21, 22), " ")


def test_tail_stops_at_next_quotation() -> None:
    """The tail of a quotation ends where the next one begins."""
    text = '"One," she said. "Two."'
    assert _cut(text, _contexts(text)[0].tail) == " she said. "


def test_lead_does_not_cross_paragraph() -> None:
    """A lead never reaches back into the previous paragraph."""
    text = 'Smith spoke.\n\n"We won."'
    ctx = _contexts(text)[0]
    assert _cut(text, ctx.lead) == ""


# --- paragraphs ---------------------------------------------------------------------


def test_paragraph_and_index() -> None:
    """Each context knows its paragraph span and index."""
    text = '"Yes," she said.\n\n"No."'
    ctxs = _contexts(text)
    assert [(c.paragraph, c.paragraph_index) for c in ctxs] == [((0, 16), 0), ((18, 23), 1)]


def test_quote_paragraphs() -> None:
    """``quote_paragraphs`` gives the paragraph of every quotation."""
    text = '"Yes," she said. "Well."\n\nIt rained.\n\n"No."'
    assert list(_contexts(text)[0].quote_paragraphs) == [0, 0, 2]


def test_opens_paragraph_true() -> None:
    """A quotation with only space before it in its paragraph opens it."""
    text = 'Smith spoke.\n\n  "We won."'
    assert _contexts(text)[0].opens_paragraph


def test_opens_paragraph_false() -> None:
    """A quotation after narration in its paragraph does not open it."""
    assert not _contexts('Smith said: "We won."')[0].opens_paragraph


def test_second_quotation_does_not_open_paragraph() -> None:
    """The second quotation of a paragraph does not open it."""
    assert not _contexts('"We won." "Again."')[1].opens_paragraph


def test_quote_property() -> None:
    """``quote`` is the quotation the context is about."""
    text = '"One," she said. "Two."'
    assert [c.quote.text for c in _contexts(text)] == ['"One,"', '"Two."']


def test_style_and_cast_carried() -> None:
    """The style and cast passed in are on every context."""
    text = '"One," said Jane.'
    quotes = list(find_quotes(text))
    cast = build_cast(text, quotes)
    ctx = next(contexts(text, quotes, list(paragraphs(text)), "fiction", cast))
    assert (ctx.style, ctx.cast) == ("fiction", cast)


def test_contexts_without_paragraphs() -> None:
    """With no paragraphs given, the whole text is one paragraph."""
    text = 'Smith said: "We won."'
    ctx = next(contexts(text, list(find_quotes(text)), []))
    assert (ctx.paragraph, ctx.before_text) == ((0, len(text)), "Smith said: ")


# --- sentence_rest ------------------------------------------------------------------


def test_sentence_rest_crosses_later_fragments() -> None:
    """The rest of the sentence crosses a later quotation of the same sentence."""
    text = 'He called it "a mess" and "a joke," Smith said. "Yes."'
    ctx = _contexts(text)[0]
    assert [text[a:b] for a, b in ctx.sentence_rest()] == [" and", " Smith said."]


def test_sentence_rest_limit() -> None:
    """``limit=0`` crosses no quotation."""
    text = 'He called it "a mess" and "a joke," Smith said. "Yes."'
    ctx = _contexts(text)[0]
    assert [text[a:b] for a, b in ctx.sentence_rest(limit=0)] == [" and"]


def test_sentence_rest_stops_where_next_quotation_ends_sentence() -> None:
    """A later quotation ending in a full stop ends the sentence: no crossing."""
    text = 'He called it "a mess" and "a joke." Smith said so.'
    ctx = _contexts(text)[0]
    assert [text[a:b] for a, b in ctx.sentence_rest()] == [" and"]


def test_sentence_rest_stops_where_this_quotation_ends_sentence() -> None:
    """A quotation ending in a full stop ends its sentence: the next one is not crossed."""
    text = 'Hale called the plan "a mess." "A joke," Smith said.'
    ctx = _contexts(text)[0]
    assert [text[a:b] for a, b in ctx.sentence_rest()] == [""]


def test_sentence_rest_not_into_next_paragraph() -> None:
    """The rest of a sentence never crosses into the next paragraph."""
    text = 'He called it "a mess"\n\n"A joke," Smith said.'
    ctx = _contexts(text)[0]
    assert [text[a:b] for a, b in ctx.sentence_rest()] == [""]


# --- guess_style --------------------------------------------------------------------


def test_styles() -> None:
    """The two styles are news and fiction."""
    assert STYLES == ("news", "fiction")


@pytest.mark.parametrize(
    "text",
    ['"Go," said she. "No," he replied.', '"Go," said she.', '"Stay!" cried he.'],
)
def test_guess_style_fiction(text: str) -> None:
    """Inverted or pronoun-led dialogue cues make fiction."""
    assert guess_style(text) == "fiction"


@pytest.mark.parametrize(
    "text",
    [
        '"Go," Sen. Smith said Monday, according to aides.',
        '"Go," she said.',
        "",
        '"Go," said she, in a statement issued in 2019, according to aides.',
    ],
)
def test_guess_style_news(text: str) -> None:
    """News marks, or a tie (including none at all), make news."""
    assert guess_style(text) == "news"


def test_lead_reaches_across_a_term() -> None:
    """A title in quotation marks is narration: the lead of the next quotation starts
    before it, so ``Johnson tells MSNBC's "Morning Joe" that "…"`` keeps its cue."""
    text = 'Johnson tells MSNBC\'s "Morning Joe" that "nobody knows who did it."'
    quotes = list(find_quotes(text, kinds=True))
    assert [q.kind for q in quotes] == ["term", "partial"]
    ctx = list(contexts(text, quotes, [(0, len(text))]))[1]
    assert ctx.lead[0] == 0


def test_lead_stops_at_a_quotation() -> None:
    """A quotation that is not a term still bounds the lead of the next one."""
    text = '"We won," he said, and "we will win again."'
    quotes = list(find_quotes(text, kinds=True))
    ctx = list(contexts(text, quotes, [(0, len(text))]))[1]
    assert ctx.lead[0] == quotes[0].end


def test_guess_style_fiction_by_pronoun_cues_and_exclamations() -> None:
    """``," she whispered`` and speeches closing on ! or ? make fiction, though no
    marker of the older list (``said she``) is there."""
    assert guess_style('"Oh, come!" she whispered. "Must I?" I asked.') == "fiction"


def test_guess_style_news_by_its_figures() -> None:
    """Digits weigh for news: one exclamation does not outweigh a page of figures."""
    text = 'The plan costs $4.5 billion over 10 years, up 12 from 2015. "Wow!" I asked.'
    assert guess_style(text) == "news"


def test_sentence_rest_stops_at_a_sentence_end() -> None:
    """``a "big tent" party. "Arm in arm," he said.``: the first quotation's sentence ends
    before the second, so the second's cue is not in its rest."""
    text = 'He wants a "big tent" party. "Arm in arm, we win," he said.'
    ctx = next(contexts(text, list(find_quotes(text)), [(0, len(text))]))
    assert [text[a:b] for a, b in ctx.sentence_rest()] == [" party."]


# --- shortcuts that must agree with the full reading ---------------------------------

_PIECES = [
    "Smith said", " he", "Mr.", " Sen.", " U.S.", ".", "!", "?", "…", ",", " ", "  ", "\n",
    "\t", "\x1c", "\u00a0", '"', "”", "’", ")", " and", " Then", " the end", "3.5", "F.B.I.",
    " I", " she replied", " said he", "," + '"', "!”", "?" + '"', " 2016", " percent",
    " Monday", " according to", " told reporters", " in a statement", "é", "٣",
]


def _random_text(rnd: random.Random, pieces: int) -> str:
    return "".join(rnd.choice(_PIECES) for _ in range(pieces))


def test_one_sentence_agrees_with_punkt() -> None:
    """The Punkt-free reading of a plain one-sentence stretch (``sentence_spans``'
    first shortcut, on the stretches the rules read) is what Punkt gives."""
    rnd = random.Random(5)
    shortcut = 0
    for _ in range(3000):
        text = _random_text(rnd, rnd.randrange(1, 12))
        start = rnd.randrange(len(text) + 1)
        end = rnd.randrange(start, len(text) + 1)
        one = _one_sentence(text[start:end])
        if one is not None:
            shortcut += 1
            punkt = list(_tokenizer().span_tokenize(text[start:end]))
            assert punkt == [(0, one)], repr(text[start:end])
    assert shortcut > 100


def test_guess_style_bounds_agree_with_the_full_counts() -> None:
    """``guess_style`` settles on bounds and counts only where a match can begin; its
    verdict is that of the full counts."""
    rnd = random.Random(7)
    for _ in range(3000):
        text = _random_text(rnd, rnd.randrange(1, 40))
        fiction = (len(FICTION_MARKERS.findall(text)) + len(PRONOUN_CUE.findall(text))) + (
            0.3 * len(EXCLAIMED.findall(text))
        )
        news = len(NEWS_MARKERS.findall(text)) + 0.2 * len(DIGIT.findall(text))
        assert guess_style(text) == ("fiction" if fiction > news else "news"), repr(text)


def test_closing_pairs_keeps_a_pair_before_space_and_a_pronoun() -> None:
    """A pair of , ! or ? and a closing mark with space and then ``h``, ``s`` or ``I``
    after it is kept; each pair of ! or ? is counted as exclaimed."""
    from quoteattr.context import _closing_pairs

    exclaimed, starts = _closing_pairs('"No," he said. "Go!”  I cried. "Why?"\nshe asked')
    assert (exclaimed, sorted(starts)) == (2, [3, 18, 35])


def test_closing_pairs_drops_other_pairs() -> None:
    """No space after the pair, another letter after the space, or no , ! or ? before
    the mark: nothing is kept, and only ! and ? count as exclaimed."""
    from quoteattr.context import _closing_pairs

    assert _closing_pairs('"No,"he said. "Go," Ann said. "Yes" he said. "Oh!" and') == (1, [])


def test_closing_pairs_agrees_with_the_pair_counts() -> None:
    """The exclaimed pairs are as many as ``str.count`` finds of each."""
    from quoteattr.context import _EXCLAIMED_PAIRS, _closing_pairs

    rnd = random.Random(13)
    for _ in range(2000):
        text = _random_text(rnd, rnd.randrange(1, 40))
        count = sum(text.count(pair) for pair in _EXCLAIMED_PAIRS)
        assert _closing_pairs(text)[0] == count, repr(text)


def test_marker_starts_reads_both_sides_of_a_verb() -> None:
    """A verb before space and a pronoun (``said she``) starts a candidate at the verb;
    a pronoun and space before a verb it may follow (``he replied``) at the pronoun,
    ``he`` or ``she``; ``he said`` and ``said Ann`` start none."""
    from quoteattr.context import _marker_starts

    text = "said she. he replied. he said. said Ann."
    assert sorted(_marker_starts(text)) == [0, 9, 10]


def test_count_at_the_kept_starts_counts_every_match() -> None:
    """Counted only where ``_closing_pairs`` and ``_marker_starts`` say a match
    may begin, the pronoun cues and fiction markers are as many as ``findall`` finds."""
    from quoteattr.context import (
        _closing_pairs,
        _count_at,
        _marker_starts,
    )

    rnd = random.Random(11)
    for _ in range(3000):
        text = _random_text(rnd, rnd.randrange(1, 40))
        cues = _count_at(PRONOUN_CUE, text, _closing_pairs(text)[1])
        assert cues == len(PRONOUN_CUE.findall(text)), repr(text)
        markers = _count_at(FICTION_MARKERS, text, _marker_starts(text))
        assert markers == len(FICTION_MARKERS.findall(text)), repr(text)


def test_news_marker_starts_keeps_where_a_mark_of_news_may_begin() -> None:
    """A verb with space and a weekday, ``on`` or ``reporters`` after it, the ``in`` of
    ``in a statement`` and each opening string of the other parts are kept."""
    from quoteattr.context import _news_marker_starts

    text = "said Monday; told  reporters; in a statement; Gov. Lee; 40 percent; 2016"
    starts = sorted(_news_marker_starts(text))
    assert [text[k : k + 4] for k in starts] == ["said", "told", "in a", "Gov.", "perc", "2016"]


def test_news_marker_starts_drops_other_verbs() -> None:
    """A verb with no space, or another word after the space, starts no candidate; nor
    does ``statement`` without ``a`` and space before it."""
    from quoteattr.context import _news_marker_starts

    assert _news_marker_starts("said Ann; saidMonday; says that; the statement") == []


def test_news_markers_agree_with_findall() -> None:
    """Counted only where ``_news_marker_starts`` says a match may begin, the marks of
    news writing are as many as ``findall`` finds."""
    from quoteattr.context import _news_markers

    pieces = [*_PIECES, "said", "says", "told", " on", " Friday", " reporters", " in", " a",
              " statement", "statement", " to", "Sen", "Rep.", "Gov.", "19", "20", "99", "_"]
    rnd = random.Random(17)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 30)))
        assert _news_markers(text) == len(NEWS_MARKERS.findall(text)), repr(text)
