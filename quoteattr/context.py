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

from collections.abc import Container, Iterable, Iterator, Sequence
from typing import Any

import attrs

from .patterns import (
    DIGIT,
    FICTION_MARKERS,
    FICTION_VERBS,
    FICTION_VERBS_AFTER,
    NEWS_MARKER_WORDS,
    NEWS_MARKERS,
    PRONOUN_CUE,
)
from .records import Quote
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
    # cheap bounds on the counts (``str.count`` of strings every match holds) settle
    # most texts; a count is read in full only while the bounds leave it open.
    # Each pair and verb is counted once; one that does not occur is not looked for
    # again below.
    pair_counts = {pair: text.count(pair) for pair in _CUE_PAIRS}
    exclaimed = _EXCLAIMED_WEIGHT * sum(pair_counts[pair] for pair in _EXCLAIMED_PAIRS)
    # UTF-8 writes an ASCII digit as its one byte, and any other character in bytes
    # that are not ASCII: at least one more than the character.
    data = text.encode("utf-8", "surrogatepass")
    ascii_digits = len(data) - len(data.translate(None, b"0123456789"))
    other_chars = len(data) - len(text)
    digits_low = _DIGIT_WEIGHT * ascii_digits
    verb_counts = {verb: text.count(verb) for verb in FICTION_VERBS}
    verbs = sum(verb_counts.values())  # no verb overlaps itself
    pairs = sum(pair_counts.values())  # the pairs a pronoun cue opens with
    if verbs + pairs + exclaimed <= digits_low:
        return "news"
    present = [pair for pair in _CUE_PAIRS if pair_counts[pair]]
    pronoun_cues = _count_at(PRONOUN_CUE, text, _starts_before_pronoun(text, present))
    absent = {verb for verb, count in verb_counts.items() if not count}
    if verbs + pronoun_cues + exclaimed <= digits_low:
        return "news"
    # At most one per string every match holds, and every digit.
    digits_high = _DIGIT_WEIGHT * (ascii_digits + other_chars)
    if pronoun_cues + exclaimed <= digits_low:
        # News-like: fiction's markers may not outweigh even the digits.
        markers = _count_at(FICTION_MARKERS, text, _marker_starts(text, absent))
        fiction = markers + pronoun_cues + exclaimed
        if fiction <= digits_low:
            return "news"
        news_high = sum(map(text.count, NEWS_MARKER_WORDS)) + digits_high
    else:
        news_high = sum(map(text.count, NEWS_MARKER_WORDS)) + digits_high
        if pronoun_cues + exclaimed > news_high:
            return "fiction"
        markers = _count_at(FICTION_MARKERS, text, _marker_starts(text, absent))
        fiction = markers + pronoun_cues + exclaimed
    if fiction > news_high:
        return "fiction"
    digits = _DIGIT_WEIGHT * (ascii_digits if not other_chars else len(DIGIT.findall(text)))
    if fiction <= digits:
        return "news"
    news = len(NEWS_MARKERS.findall(text)) + digits
    return "fiction" if fiction > news else "news"


#: The pairs EXCLAIMED matches (no two can overlap: none ends with ! or ?).
_EXCLAIMED_PAIRS = ('!"', "!”", '?"', "?”")
#: The pairs a match of PRONOUN_CUE opens with.
_CUE_PAIRS = (',"', ",”", *_EXCLAIMED_PAIRS)


def _starts(text: str, strings: Iterable[str]) -> list[int]:
    """Where each of ``strings`` occurs in ``text`` (overlapping occurrences too)."""
    out = []
    for s in strings:
        i = text.find(s)
        while i != -1:
            out.append(i)
            i = text.find(s, i + 1)
    return out


def _starts_before_pronoun(text: str, strings: Iterable[str]) -> list[int]:
    """Where each of ``strings`` occurs in ``text`` (overlapping occurrences too) with
    space after it and then ``h``, ``s`` or ``I``: the only places where a pattern
    wanting one of them, space and a pronoun (``he``, ``she``, ``I``) may match
    (PRONOUN_CUE's ``," he``, FICTION_MARKERS' ``said she``).

    >>> _starts_before_pronoun("said she; said Ann; said  I; said", ["said"])
    [0, 20]

    Notes: the patterns' ``\\s`` is within ``str.isspace``, and a pronoun's first
    letter is no space: the run of space a match has is the one walked over here.
    """
    out = []
    n = len(text)
    for s in strings:
        for i in _starts(text, (s,)):
            k = after = i + len(s)
            while k < n and text[k].isspace():
                k += 1
            if k > after and text[k : k + 1] in _PRONOUN_INITIALS:
                out.append(i)
    return out


#: The first letters of the pronouns PRONOUN_CUE and FICTION_MARKERS want.
_PRONOUN_INITIALS = frozenset("hsI")


def _marker_starts(text: str, absent: Container[str] = ()) -> list[int]:
    """Where a match of FICTION_MARKERS may begin: at one of its verbs before a pronoun
    (``said she``), or at a pronoun (``he``, ``she``, ``I``) that ends where the space
    before one of the verbs it puts after a pronoun begins (``he replied``; not ``he
    said``, so not before news's many saids). ``absent`` are verbs known not to occur
    in ``text``: they are not looked for.

    >>> text = "said he. She replied. Ann replied. I  cried."
    >>> [text[k:k + 3] for k in sorted(_marker_starts(text))]
    ['sai', 'She', 'he ', 'I  ']
    >>> [text[k:k + 3] for k in sorted(_marker_starts(text, {"cried"}))]
    ['sai', 'She', 'he ']
    """
    out = _starts_before_pronoun(text, [verb for verb in FICTION_VERBS if verb not in absent])
    for i in _starts(text, [verb for verb in FICTION_VERBS_AFTER if verb not in absent]):
        j = i
        while j > 0 and text[j - 1].isspace():  # \s is within str.isspace
            j -= 1
        if j == i:
            continue
        if text[j - 1] == "I":
            out.append(j - 1)
        elif text[j - 1] == "e":  # ``he`` or ``she``: the pattern tells which
            out.extend(k for k in (j - 2, j - 3) if k >= 0)
    return out


def _count_at(pattern: Any, text: str, starts: list[int]) -> int:
    """``len(pattern.findall(text))`` for a pattern whose every match begins at one
    of ``starts``: the matches tried there, left to right, none overlapping."""
    count = 0
    last = 0
    for s in sorted(set(starts)):
        if s < last:
            continue
        m = pattern.match(text, s)
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
        yield Context(
            text=text,
            quotes=quotes,
            index=i,
            paragraph=(pstart, pend),
            paragraph_index=pi,
            before=_sentence_before(text, lead, memo),
            after=_sentence_after(text, tail, memo),
            lead=lead,
            tail=tail,
            style=style,
            cast=cast,
            quote_paragraphs=where,
            memo=memo,
        )


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
