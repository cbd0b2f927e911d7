"""Where a quotation stands: its paragraph, and the narration of its sentence around it.

The rules read a :class:`Context` instead of the raw text: it says which stretch of
narration (text outside any quotation) precedes and follows the quotation within its
sentence, and which paragraph holds it.

>>> from quoteattr.quotes import find_quotes
>>> text = 'After the vote, Smith said: "We won." Then he left.'
>>> ctx = next(contexts(text, list(find_quotes(text)), [(0, len(text))]))
>>> ctx.before_text, ctx.after_text
('After the vote, Smith said: ', ' Then he left.')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from .patterns import (
    DIGIT,
    FICTION_MARKERS,
    FICTION_VERBS,
    FICTION_VERBS_AFTER,
    HOLD,
    NEWS_MARKERS,
    PRONOUN_CUE,
)
from .records import Quote, _field_setters
from .sentences import ends_sentence, sentence_spans
from .speakers import Cast

__all__ = ["STYLES", "Context", "contexts", "guess_style"]

#: The writing styles the rules know: news and fiction follow different conventions
#: for who speaks in a paragraph that holds only a quotation.
STYLES = ("news", "fiction")


def guess_style(text: str) -> str:
    """``"fiction"`` when fiction's dialogue cues outnumber marks of news writing.

    >>> guess_style('"Go," said she. "No," he replied.')
    'fiction'
    >>> guess_style('"Go," Sen. Smith said Monday, according to aides.')
    'news'
    >>> guess_style('"Never!" I cried. "Oh, never?" she whispered.')
    'fiction'

    Fiction's side counts inverted or pronoun-led cues (``said she``, ``," he
    whispered``) and, at a lower weight, quotations closing on ! or ?; news's side
    counts set phrases, titles and years, and, at a lower weight, every digit.

    Notes: ties (including texts with neither) count as news, whose conventions are
    the safer default: a paragraph of quotation alone goes on the previous speech. The
    weights were set on the development corpora's two genres, not on any one text.
    """
    # The verdict is fiction's side, (markers + pronoun cues) + exclaimed, against
    # news's, its markers + digits: "fiction" only when the first is the greater.
    # Each side only grows (float rounding included) with each of its counts, so
    # bounds settle most texts. The markers and cues are counted only where a few
    # ``str.find`` loops say a match may begin; where fiction's side is nothing, news's
    # is not read at all, and the digits are counted with a regex only when the ASCII
    # ones (a lower bound) and every other character (an upper one) leave it open.
    exclaimed_pairs, cue_starts = _closing_pairs(text)
    exclaimed = _EXCLAIMED_WEIGHT * exclaimed_pairs
    pronoun_cues = _count_at(PRONOUN_CUE, text, cue_starts)
    markers = None  # read when needed
    if not pronoun_cues and not exclaimed_pairs:
        markers = _fiction_markers(text)
        if not markers:
            return "news"  # nothing on fiction's side: a tie at best
    # UTF-8 writes an ASCII digit as its one byte, and any other character in bytes
    # that are not ASCII: at least one more than the character.
    data = text.encode("utf-8", "surrogatepass")
    ascii_digits = len(data) - len(data.translate(None, b"0123456789"))
    other_chars = len(data) - len(text)
    digits_low = _DIGIT_WEIGHT * ascii_digits
    digits_high = _DIGIT_WEIGHT * (ascii_digits + other_chars)
    if pronoun_cues + exclaimed <= digits_low:
        # News-like: fiction's markers may not outweigh even the digits.
        if markers is None:
            markers = _fiction_markers(text)
        fiction = markers + pronoun_cues + exclaimed
        if fiction <= digits_low:
            return "news"
        news_markers = _news_markers(text)
    else:
        news_markers = _news_markers(text)
        if pronoun_cues + exclaimed > news_markers + digits_high:
            return "fiction"
        fiction = _fiction_markers(text) + pronoun_cues + exclaimed
    if fiction <= news_markers + digits_low:
        return "news"
    if fiction > news_markers + digits_high:
        return "fiction"
    counted = ascii_digits if not other_chars else len(DIGIT.findall(text, None, None, False, HOLD))
    digits = _DIGIT_WEIGHT * counted
    news = news_markers + digits
    return "fiction" if fiction > news else "news"


def _fiction_markers(text: str) -> int:
    """``len(FICTION_MARKERS.findall(text))``, tried only where a match may begin.

    >>> _fiction_markers("said he. He said. I replied, said Ann.")
    2
    """
    return _count_at(FICTION_MARKERS, text, _marker_starts(text))


def _news_markers(text: str) -> int:
    """``len(NEWS_MARKERS.findall(text))``, tried only where a match may begin.

    >>> _news_markers("He said on Monday, in a statement, that 40 percent voted in 2016.")
    4
    """
    return _count_at(NEWS_MARKERS, text, _news_marker_starts(text))


def _news_marker_starts(text: str) -> list[int]:
    """Where a match of NEWS_MARKERS may begin: at one of its verbs with space and then
    a weekday's capital, ``on`` or ``reporters`` after it (``said Monday``, ``told
    reporters``), at the ``in`` of ``in a statement``, and at each of the strings that
    open its other parts (``according``, ``percent``, ``Sen.``, a year's ``19``).

    >>> text = "Sen. Day said  Tuesday, in a  statement: 1999 saw 20 percent says Ann."
    >>> [text[k:k + 4] for k in sorted(_news_marker_starts(text))]
    ['Sen.', 'said', 'in a', '1999', '20 p', 'perc']

    Notes: the pattern's ``\\s`` is within ``str.isspace``, and the words it wants
    after space are no space: the runs of space a match has are the ones walked over.
    """
    out = []
    for verb in _NEWS_VERBS:
        i = text.find(verb)
        while i != -1:
            if _space_then(text, i + len(verb), _AFTER_NEWS_VERB):
                out.append(i)
            i = text.find(verb, i + 1)
    i = text.find("statement")
    while i != -1:
        j = _space_start(text, i)
        if j < i and text[j - 1 : j] == "a":
            k = _space_start(text, j - 1)
            if k < j - 1 and k >= 2:
                out.append(k - 2)  # where ``in`` would begin
        i = text.find("statement", i + 1)
    for opener in _NEWS_OPENERS:
        i = text.find(opener)
        while i != -1:
            out.append(i)
            i = text.find(opener, i + 1)
    return out


#: The verbs NEWS_MARKERS wants before a weekday (and ``told`` before ``reporters``),
#: the first letters of what it wants after them, and the strings that open its other
#: parts. Keep in step with the pattern.
_NEWS_VERBS = ("said", "says", "told")
_AFTER_NEWS_VERB = frozenset("MTWFSor")
_NEWS_OPENERS = ("according", "percent", "Sen.", "Rep.", "Gov.", "19", "20")


#: The pairs EXCLAIMED matches (no two can overlap: none ends with ! or ?).
_EXCLAIMED_PAIRS = ('!"', "!”", '?"', "?”")
#: The pairs a match of PRONOUN_CUE opens with.
_CUE_PAIRS = (',"', ",”", *_EXCLAIMED_PAIRS)
#: The marks that close the pairs of _CUE_PAIRS, and the characters before them.
_PAIR_CLOSERS = ('"', "”")
_PAIR_OPENERS = ",!?"


def _closing_pairs(text: str) -> tuple[int, list[int]]:
    """How many of _EXCLAIMED_PAIRS occur in ``text``, and where each of _CUE_PAIRS
    occurs with space and then ``h``, ``s`` or ``I`` after it (the only places where
    PRONOUN_CUE may match): one ``str.find`` loop for each closing mark, looking at
    the character before it, not a scan of the text for each pair.

    >>> text = '"No," he said. "Why?" "Oh!"she sighed, "Ok?"  I asked. ,,"'
    >>> _closing_pairs(text)
    (3, [3, 42])

    Notes: no pair overlaps another (none ends with , ! or ?), so each closing mark
    ends at most one, and ``str.count`` of each pair finds as many.
    """
    exclaimed = 0
    starts = []
    for mark in _PAIR_CLOSERS:
        i = text.find(mark, 1)
        while i != -1:
            before = text[i - 1]
            if before in _PAIR_OPENERS:
                if before != ",":
                    exclaimed += 1
                if _space_then(text, i + 1, _PRONOUN_INITIALS):
                    starts.append(i - 1)
            i = text.find(mark, i + 1)
    return exclaimed, starts


def _space_then(text: str, pos: int, initials: frozenset[str]) -> bool:
    """True when space begins at ``pos`` and, past it, a character of ``initials``.

    >>> _space_then("said  she", 4, frozenset("hs")), _space_then("said,she", 4, frozenset("s"))
    (True, False)
    """
    k, n = pos, len(text)
    while k < n and text[k].isspace():
        k += 1
    return k > pos and text[k : k + 1] in initials


def _space_start(text: str, pos: int) -> int:
    """Where the run of space that ends at ``pos`` begins (``pos`` when there is none).

    >>> _space_start("a  statement", 3), _space_start("a statement", 1)
    (1, 1)
    """
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


#: The first letters of the pronouns PRONOUN_CUE and FICTION_MARKERS want.
_PRONOUN_INITIALS = frozenset("hsI")


def _marker_starts(text: str) -> list[int]:
    """Where a match of FICTION_MARKERS may begin: at one of its verbs before a pronoun
    (``said she``), or at a pronoun (``he``, ``she``, ``I``) that ends where the space
    before one of the verbs it puts after a pronoun begins (``he replied``; not ``he
    said``, so not before news's many saids). One ``str.find`` loop for each verb
    reads both sides of it.

    >>> text = "said he. She replied. Ann replied. I  cried."
    >>> [text[k:k + 3] for k in sorted(_marker_starts(text))]
    ['sai', 'She', 'he ', 'I  ']

    Notes: the pattern's ``\\s`` is within ``str.isspace``, and a pronoun's first
    letter is no space: the run of space a match has is the one walked over here.
    """
    out = []
    for verb in _MARKER_VERBS:
        before_pronoun = verb in _VERBS_BEFORE_PRONOUN
        after_pronoun = verb in _VERBS_AFTER_PRONOUN
        i = text.find(verb)
        while i != -1:
            if before_pronoun and _space_then(text, i + len(verb), _PRONOUN_INITIALS):
                out.append(i)
            if after_pronoun:
                j = _space_start(text, i)
                if 0 < j < i:
                    if text[j - 1] == "I":
                        out.append(j - 1)
                    elif text[j - 1] == "e":  # ``he`` or ``she``: the pattern tells which
                        out.extend(k for k in (j - 2, j - 3) if k >= 0)
            i = text.find(verb, i + 1)
    return out


#: The verbs of FICTION_MARKERS, each once; those it wants before a pronoun, and after.
_MARKER_VERBS = tuple(dict.fromkeys((*FICTION_VERBS, *FICTION_VERBS_AFTER)))
_VERBS_BEFORE_PRONOUN = frozenset(FICTION_VERBS)
_VERBS_AFTER_PRONOUN = frozenset(FICTION_VERBS_AFTER)


def _count_at(pattern: Any, text: str, starts: list[int]) -> int:
    """``len(pattern.findall(text))`` for a pattern whose every match begins at one
    of ``starts``: the matches tried there, left to right, none overlapping."""
    count = 0
    last = 0
    for s in sorted(set(starts)):
        if s < last:
            continue
        m = pattern.match(text, s, None, HOLD)
        if m is not None:
            count += 1
            last = m.end()
    return count


#: What a quotation closing on ! or ? counts for fiction, against a full cue's 1.
_EXCLAIMED_WEIGHT = 0.3
#: What a digit counts for news, against a full mark of news writing's 1.
_DIGIT_WEIGHT = 0.2


@attrs.frozen
class Context:
    """A quotation and what surrounds it, with half-open offsets into ``text``.

    ``before``/``after`` are the narration of the quotation's sentence before and after
    it (not crossing another quotation); ``lead`` is all narration between the previous
    quotation of the paragraph (or the paragraph start) and this one; ``tail`` is the
    narration from this quotation to the next one (or the paragraph end). ``memo`` is
    shared by the contexts of one text: what is read once there (the sentences of a
    stretch, whom a quotation speaks to) is not read again; it lives as long as they do.

    >>> from quoteattr.quotes import find_quotes
    >>> text = 'Smith said: "We won." "Again," he added.'
    >>> ctx = list(contexts(text, list(find_quotes(text)), [(0, len(text))]))[1]
    >>> ctx.quote.text, ctx.lead, ctx.after_text, ctx.opens_paragraph
    ('"Again,"', (21, 22), ' he added.', False)
    """

    text: str
    quotes: Sequence[Quote]
    index: int
    paragraph: tuple[int, int]
    paragraph_index: int
    before: tuple[int, int]
    after: tuple[int, int]
    lead: tuple[int, int]
    tail: tuple[int, int]
    style: str = "news"
    cast: Cast | None = None
    quote_paragraphs: Sequence[int] = ()
    memo: dict[Any, Any] = attrs.field(factory=dict, eq=False, repr=False)

    @property
    def quote(self) -> Quote:
        """The quotation this context is about."""
        return self.quotes[self.index]

    @property
    def before_text(self) -> str:
        """The narration before the quotation in its sentence."""
        return self.text[self.before[0] : self.before[1]]

    @property
    def after_text(self) -> str:
        """The narration after the quotation in its sentence."""
        return self.text[self.after[0] : self.after[1]]

    def sentence_rest(self, limit: int = 4) -> list[tuple[int, int]]:
        """The narration after the quotation up to its sentence's end, in stretches,
        crossing up to ``limit`` later quotations that sit inside the same sentence.

        >>> from quoteattr.quotes import find_quotes
        >>> text = 'He called it "a mess" and "a joke," Smith said. "Yes."'
        >>> ctx = next(contexts(text, list(find_quotes(text)), [(0, len(text))]))
        >>> [text[a:b] for a, b in ctx.sentence_rest()]
        [' and', ' Smith said.']
        """
        text, quotes = self.text, self.quotes
        if self.quote.content.text.rstrip()[-1:] in (".", "!", "?"):
            return [self.after]  # the sentence ended inside this quotation
        out = [self.after]
        i, end, tail_end = self.index, self.after[1], self.tail[1]
        pend = self.paragraph[1]
        while limit > 0 and not text[end:tail_end].strip():
            if ends_sentence(text, *out[-1]):
                break  # ``"big tent" party. "Arm in arm," he said``: a new sentence
            if i + 1 >= len(quotes) or quotes[i + 1].start >= pend:
                break
            nxt = quotes[i + 1]
            if nxt.content.text.rstrip()[-1:] in (".", "!", "?"):
                break  # the sentence ends inside the next quotation
            following = quotes[i + 2].start if i + 2 < len(quotes) else pend
            tail = (nxt.end, max(nxt.end, min(following, pend)))
            start, end = _sentence_after(text, tail, self.memo)
            out.append((start, end))
            i, tail_end, limit = i + 1, tail[1], limit - 1
        return out

    def sentences(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """The sentences of ``text[start:end]`` (:func:`~quoteattr.sentences.sentence_spans`),
        split once per stretch of the text: the rules of every quotation share them.

        >>> from quoteattr.quotes import find_quotes
        >>> text = 'It rained. We left. "Go."'
        >>> ctx = next(contexts(text, list(find_quotes(text)), [(0, len(text))]))
        >>> ctx.sentences(0, 19) is ctx.sentences(0, 19)
        True
        """
        return _sentences(self.text, start, end, self.memo)

    @property
    def opens_paragraph(self) -> bool:
        """True when nothing but space precedes the quotation in its paragraph."""
        return not self.text[self.paragraph[0] : self.quote.start].strip()


def contexts(
    text: str,
    quotes: Sequence[Quote],
    paragraphs: Sequence[tuple[int, int]],
    style: str = "news",
    cast: Cast | None = None,
    indices: Iterable[int] | None = None,
    memo: dict[Any, Any] | None = None,
) -> Iterator[Context]:
    """Yield a :class:`Context` for each of ``quotes`` (top-level, in order).

    ``paragraphs`` are the ``(start, end)`` of the text's paragraphs, in order;
    ``style`` is one of :data:`STYLES`; ``cast`` the document's people, if known.
    ``indices`` (increasing) picks the quotations to yield a context for: all if None.
    ``memo`` is what the contexts share (see :class:`Context`); pass the one of earlier
    contexts of the same text, quotations and cast to go on with what they read.

    >>> from quoteattr.quotes import find_quotes
    >>> text = '"Yes," she said.\\n\\n"No."'
    >>> [c.paragraph_index for c in contexts(text, list(find_quotes(text)), [(0, 16), (18, 23)])]
    [0, 1]
    """
    where = _paragraph_indices(quotes, paragraphs)
    before, after = _speech_neighbours(quotes)
    if memo is None:
        memo = {}
    for i in range(len(quotes)) if indices is None else indices:
        q = quotes[i]
        pi = where[i]
        pstart, pend = paragraphs[pi] if paragraphs else (0, len(text))
        pend = max(pend, q.end)
        # A term (a title, a scare quote) is part of the narration around a quotation:
        # ``Johnson tells MSNBC's "Morning Joe" that "…"``.
        b, a = before[i], after[i]
        prev_end = quotes[b].end if b >= 0 and quotes[b].end > pstart else pstart
        next_start = quotes[a].start if a < len(quotes) else pend
        next_start = min(max(next_start, q.end), pend)
        lead = (prev_end, q.start)
        tail = (q.end, next_start)
        before_span = _sentence_before(text, lead, memo)
        after_span = _sentence_after(text, tail, memo)
        yield _context(text, quotes, i, (pstart, pend), pi, before_span, after_span,
                       lead, tail, style, cast, where, memo)


# A context made field by field through its slots' setters (see records._quote): the
# same record as ``Context(...)``, at a fraction of the cost of the generated
# ``__init__``; one is made for every quotation of a text.
_new = object.__new__
(_set_text, _set_quotes, _set_index, _set_paragraph, _set_paragraph_index, _set_before,
 _set_after, _set_lead, _set_tail, _set_style, _set_cast, _set_quote_paragraphs,
 _set_memo) = _field_setters(Context)


def _context(
    text: str,
    quotes: Sequence[Quote],
    index: int,
    paragraph: tuple[int, int],
    paragraph_index: int,
    before: tuple[int, int],
    after: tuple[int, int],
    lead: tuple[int, int],
    tail: tuple[int, int],
    style: str,
    cast: Cast | None,
    quote_paragraphs: Sequence[int],
    memo: dict[Any, Any],
) -> Context:
    """``Context(text, quotes, index, …, memo)``, made faster.

    >>> args = ("a", (), 0, (0, 1), 0, (0, 0), (1, 1), (0, 0), (1, 1), "news", None, [0], {})
    >>> _context(*args) == Context(*args)
    True
    """
    ctx = _new(Context)
    _set_text(ctx, text)
    _set_quotes(ctx, quotes)
    _set_index(ctx, index)
    _set_paragraph(ctx, paragraph)
    _set_paragraph_index(ctx, paragraph_index)
    _set_before(ctx, before)
    _set_after(ctx, after)
    _set_lead(ctx, lead)
    _set_tail(ctx, tail)
    _set_style(ctx, style)
    _set_cast(ctx, cast)
    _set_quote_paragraphs(ctx, quote_paragraphs)
    _set_memo(ctx, memo)
    return ctx


def _speech_neighbours(quotes: Sequence[Quote]) -> tuple[list[int], list[int]]:
    """For each quotation, the index of the nearest quotation before it and after it
    that is not a term (-1 and ``len(quotes)`` where there is none).

    >>> from quoteattr.quotes import find_quotes
    >>> text = '"Hi," he said of the "Times" and "Post." "Go."'
    >>> _speech_neighbours(list(find_quotes(text, kinds=True)))
    ([-1, 0, 0, 0], [3, 3, 3, 4])
    """
    before, after = [], [len(quotes)] * len(quotes)
    last = -1
    for i, q in enumerate(quotes):
        before.append(last)
        if q.kind != "term":
            last = i
    last = len(quotes)
    for i in range(len(quotes) - 1, -1, -1):
        after[i] = last
        if quotes[i].kind != "term":
            last = i
    return before, after


def _paragraph_indices(
    quotes: Sequence[Quote], paragraphs: Sequence[tuple[int, int]]
) -> list[int]:
    """The index of the paragraph each quotation starts in."""
    out = []
    pi = 0
    for q in quotes:
        while pi + 1 < len(paragraphs) and paragraphs[pi][1] <= q.start:
            pi += 1
        out.append(pi)
    return out


def _sentences(
    text: str, start: int, end: int, memo: dict[Any, Any]
) -> tuple[tuple[int, int], ...]:
    """:func:`sentence_spans`, read once per stretch of one text (a quotation's tail is
    most often the next one's lead); kept as a tuple, which the garbage collector stops
    tracking (a long text keeps one for each stretch)."""
    key = ("sentences", start, end)
    spans = memo.get(key)
    if spans is None:
        spans = memo[key] = tuple(sentence_spans(text, start, end))
    return spans


def _sentence_before(
    text: str, lead: tuple[int, int], memo: dict[Any, Any]
) -> tuple[int, int]:
    start, end = lead
    if start >= end:
        return (end, end)
    if ends_sentence(text, start, end):
        return (end, end)
    spans = _sentences(text, start, end, memo)
    if not spans:
        return (end, end)
    return (spans[-1][0], end)


def _sentence_after(
    text: str, tail: tuple[int, int], memo: dict[Any, Any]
) -> tuple[int, int]:
    start, end = tail
    if start >= end:
        return (start, start)
    spans = _sentences(text, start, end, memo)
    if not spans:
        return (start, start)
    first_end = spans[0][1]
    # A tail that opens with a lower-case word or punctuation continues the sentence.
    return (start, first_end)
