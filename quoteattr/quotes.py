"""Finding quotations: pair the quotation marks of a text, paragraph by paragraph.

One regex pass finds every mark (:data:`quoteattr.patterns.QUOTE_MARK`); each mark is
then read from its neighbours as an opener, a closer, either, or an apostrophe
(:func:`mark_role`); a stack pairs openers with closers inside each paragraph
(:func:`find_quotes`). The rules, in the order they apply:

1. A mark with a space before it and a word after it opens; a word or punctuation
   before it and a space or punctuation after it closes. The glyph (“ or ”) decides
   only where the neighbours do not, so ``word.“`` closes and mixed pairs such as
   ``"…”`` and ``“…"`` pair as printed.
2. A single mark between two letters (``it's``, ``o'clock``), before a digit
   (``'90s``) or before an elided word (``'tis``, ``rock 'n' roll``) is an apostrophe.
   A single closer right after a letter (``Jones'``) is taken as a closer only when no
   later closer after punctuation could end the quotation.
3. A quotation lives inside one paragraph, except that a paragraph left open whose
   next paragraph begins with a new opening mark of the same kind continues into it
   (the convention for speech over several paragraphs).
4. A double opening mark left unclosed at the end of its paragraph closes there, when
   that is at most :data:`MAX_UNCLOSED` characters away; otherwise, and for single
   marks (so often apostrophes), it is dropped. The damage stays in that paragraph.
5. A quotation inside another one is kept in its parent's ``nested``.

Notes: the flanking tests follow the "left-/right-flanking delimiter" idea of the
CommonMark spec; the continuation convention is the one in the Chicago Manual of Style.

>>> [q.text for q in find_quotes('"I know," she said. \\'Fine.\\'')]
['"I know,"', "'Fine.'"]
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from . import lexicon
from .patterns import (
    BLANK_LINE,
    CLOSING_MARKS,
    DOUBLED_APOSTROPHE,
    MARKUP_TAG,
    NEWLINE_RUN,
    OPENING_MARKS,
    QUOTE_MARK,
)
from .records import Quote, Span

__all__ = ["MAX_UNCLOSED", "Mark", "find_quotes", "mark_role", "paragraphs", "quote_kind"]

#: How far (in characters) an unclosed double quotation may run to its paragraph end.
MAX_UNCLOSED = 1500

#: Longest line (in characters) of a hard-wrapped block, whose lines are not paragraphs.
WRAP_WIDTH = 100

DOUBLE = "double"
SINGLE = "single"

OPEN = "open"
CLOSE = "close"
EITHER = "either"
APOSTROPHE = "apostrophe"

_FAMILY = {m: DOUBLE for m in '"“”„‟«»'} | {m: SINGLE for m in "'‘’‚‛‹›"}
# Characters after which a mark may open (beside spaces), and before which it may close.
_OPENS_AFTER = "([{<—–-/_*\"'“”‘’„‟‚‛«»‹›"
_CLOSES_BEFORE = ".,;:!?)]}>—–-/_*…\"'“”‘’„‟‚‛«»‹›"
_STRONG_BEFORE_CLOSE = ".,;:!?—–-…_*)"


@attrs.frozen
class Mark:
    """A quotation mark at ``pos`` with its ``family`` (double/single) and ``role``.

    >>> mark_role('He said "yes" twice.', 8)
    Mark(pos=8, family='double', role='open', strong=True)
    """

    pos: int
    family: str
    role: str
    strong: bool = True


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def mark_role(text: str, pos: int) -> Mark:
    """Read the mark at ``text[pos]`` from its neighbours (rules 1 and 2 above).

    >>> mark_role("it's", 2).role
    'apostrophe'
    >>> mark_role("'Fine,' she said", 0).role, mark_role("'Fine,' she said", 6).role
    ('open', 'close')
    >>> mark_role("the '90s", 4).role
    'apostrophe'
    """
    ch = text[pos]
    family = _FAMILY[ch]
    prev = text[pos - 1] if pos > 0 else ""
    nxt = text[pos + 1] if pos + 1 < len(text) else ""
    left = not _is_space(nxt) and (_is_space(prev) or prev in _OPENS_AFTER)
    right = not _is_space(prev) and (_is_space(nxt) or nxt in _CLOSES_BEFORE)
    if family == SINGLE:
        if prev.isalnum() and nxt.isalnum():
            return Mark(pos, family, APOSTROPHE)
        if left and not right:
            if nxt.isdigit() or _elided_word_follows(text, pos + 1):
                return Mark(pos, family, APOSTROPHE)
            return Mark(pos, family, OPEN)
        if right and not left:
            return Mark(pos, family, CLOSE, strong=prev in _STRONG_BEFORE_CLOSE)
        if left and right:
            return Mark(pos, family, EITHER)
        return Mark(pos, family, APOSTROPHE)
    if left and not right:
        return Mark(pos, family, OPEN)
    if right and not left:
        return Mark(pos, family, CLOSE)
    if ch in OPENING_MARKS:
        return Mark(pos, family, OPEN)
    if ch in CLOSING_MARKS:
        return Mark(pos, family, CLOSE)
    return Mark(pos, family, EITHER)


def _elided_word_follows(text: str, pos: int) -> bool:
    """True when ``text[pos:]`` starts with a word that is written with a leading apostrophe."""
    end = pos
    limit = min(len(text), pos + 8)
    while end < limit and text[end].isalpha():
        end += 1
    if end < len(text) and text[end].isalpha():
        return False
    return text[pos:end].lower() in lexicon.ELISIONS


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Yield the ``(start, end)`` of each paragraph, blank lines and line breaks excluded.

    Blank lines always separate paragraphs. Inside a block between blank lines, each
    line is a paragraph of its own unless the block is hard-wrapped, as novels often
    are: all its lines but the last at most :data:`WRAP_WIDTH` characters long, and at
    least one of them broken in mid-sentence.

    >>> text = "One.\\nTwo.\\n\\nA wrapped\\nparagraph."
    >>> [text[a:b] for a, b in paragraphs(text)]
    ['One.', 'Two.', 'A wrapped\\nparagraph.']

    Notes: the per-block decision keeps the reading local, so text appended at the end
    never changes how earlier paragraphs are read.
    """
    pos = 0
    for m in BLANK_LINE.finditer(text):
        yield from _block_paragraphs(text, pos, m.start())
        pos = m.end()
    yield from _block_paragraphs(text, pos, len(text))


def _block_paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    breaks = list(NEWLINE_RUN.finditer(text, start, end))
    if not breaks:
        if end > start:
            yield start, end
        return
    line_start = start
    wrapped = True
    mid_sentence = False
    for m in breaks:
        if m.start() - line_start > WRAP_WIDTH:
            wrapped = False
            break
        if text[m.start() - 1] not in _LINE_FINAL:
            mid_sentence = True
        line_start = m.end()
    if wrapped and mid_sentence:
        yield start, end
        return
    pos = start
    for m in breaks:
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if end > pos:
        yield pos, end


#: Characters that end a line which ends a sentence (a line ending otherwise is a wrap).
_LINE_FINAL = ".!?:;\"'”’»)]…"


@attrs.define
class _Open:
    """An opening mark waiting for its closer (mutable scratch state of the pairing)."""

    mark: Mark
    children: list[Quote] = attrs.field(factory=list)


def find_quotes(text: str, paras: list[tuple[int, int]] | None = None) -> Iterator[Quote]:
    """Yield the top-level quotations of ``text`` in order, nested ones inside them.

    Kinds are not decided here: every quote comes out as ``"direct"`` (see
    :func:`quote_kind`). ``paras`` are the text's :func:`paragraphs`, if known.

    >>> [q.text for q in find_quotes('“Not so fast," he said. "The ‘plan’ failed.”')]
    ['“Not so fast,"', '"The ‘plan’ failed.”']
    >>> [n.text for n in list(find_quotes('"The ‘plan’ failed."'))[0].nested]
    ['‘plan’']
    >>> [q.text for q in find_quotes('"Unclosed, he said.\\n\\nNext paragraph.')]
    ['"Unclosed, he said.']
    """
    if not QUOTE_MARK.search(text):
        return
    if paras is None:
        paras = list(paragraphs(text))
    marks = list(_marks(text))
    mi = 0
    carried: _Open | None = None
    for pi, (pstart, pend) in enumerate(paras):
        para_marks: list[Mark] = []
        while mi < len(marks) and marks[mi].pos < pend:
            if marks[mi].pos >= pstart:
                para_marks.append(marks[mi])
            mi += 1
        if carried is not None:
            # Rule 3: the continuing paragraph re-opens with its own mark; skip it.
            para_marks = para_marks[1:]
        stack: list[_Open] = [carried] if carried is not None else []
        carried = None
        yield from _pair(text, para_marks, stack)
        if not stack:
            continue
        bottom = stack[0]
        nxt = paras[pi + 1] if pi + 1 < len(paras) else None
        if nxt is not None and _reopens(text, nxt[0], bottom.mark.family):
            carried = _Open(bottom.mark, bottom.children)
            continue
        if bottom.mark.family == DOUBLE and bottom.mark.role == OPEN:
            end = pend
            while end > bottom.mark.pos + 1 and text[end - 1].isspace():
                end -= 1
            if end - bottom.mark.pos <= MAX_UNCLOSED and end > bottom.mark.pos + 1:
                yield _quote(text, bottom, end, end)
    if carried is not None:
        end = len(text.rstrip())
        if end > carried.mark.pos + 1:
            yield _quote(text, carried, end, end)


def _ignored_stretches(text: str) -> list[tuple[int, int]]:
    """Where marks are not quotation marks: markup tags and doubled apostrophes."""
    spans = [m.span() for m in DOUBLED_APOSTROPHE.finditer(text)] if "''" in text else []
    if "<" in text:
        spans += [m.span() for m in MARKUP_TAG.finditer(text)]
    return sorted(spans)


def _marks(text: str) -> Iterator[Mark]:
    """Every quotation mark of ``text`` with its role, skipping ignored stretches."""
    skip = _ignored_stretches(text)
    si = 0
    for m in QUOTE_MARK.finditer(text):
        pos = m.start()
        while si < len(skip) and skip[si][1] <= pos:
            si += 1
        if si < len(skip) and skip[si][0] <= pos:
            continue
        yield mark_role(text, pos)


def _reopens(text: str, pos: int, family: str) -> bool:
    """True when the paragraph at ``pos`` starts with an opening mark of ``family``."""
    ch = text[pos] if pos < len(text) else ""
    if _FAMILY.get(ch) != family:
        return False
    return mark_role(text, pos).role in (OPEN, EITHER)


def _pair(text: str, marks: list[Mark], stack: list[_Open]) -> Iterator[Quote]:
    """Pair the marks of one paragraph on ``stack``; yield the top-level quotes closed."""
    for i, mark in enumerate(marks):
        if mark.role == APOSTROPHE:
            continue
        depth = _innermost(stack, mark.family)
        if depth is None:
            if mark.role in (OPEN, EITHER):
                stack.append(_Open(mark))
            continue
        if mark.role == OPEN and stack[depth].mark.family == DOUBLE:
            # A fresh double opener while one is open: the earlier one was never closed.
            del stack[depth:]
            stack.append(_Open(mark))
            continue
        if mark.role == OPEN:
            stack.append(_Open(mark))
            continue
        if not mark.strong and _stronger_closer_follows(marks, i):
            continue
        opened = stack[depth]
        del stack[depth:]
        quote = _quote(text, opened, mark.pos, mark.pos + 1)
        if stack:
            stack[-1].children.append(quote)
        else:
            yield quote


def _innermost(stack: list[_Open], family: str) -> int | None:
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth].mark.family == family:
            return depth
    return None


def _stronger_closer_follows(marks: list[Mark], i: int) -> bool:
    """True when a closer after punctuation follows mark ``i`` before any new opener."""
    family = marks[i].family
    for later in marks[i + 1 :]:
        if later.family != family:
            continue
        if later.role == OPEN:
            return False
        if later.role == CLOSE and later.strong:
            return True
    return False


def _quote(text: str, opened: _Open, content_end: int, end: int) -> Quote:
    start = opened.mark.pos
    return Quote(
        start=start,
        end=end,
        text=text[start:end],
        content=Span(start + 1, content_end, text[start + 1 : content_end]),
        nested=tuple(opened.children),
    )


#: Words after which a quoted phrase names a term or title, not speech.
_TERM_INTRODUCERS = frozenset(
    "so-called dubbed titled entitled nicknamed word words term terms phrase "
    "label slogan motto hashtag headline".split()
)
_SPEECH_END = ".,!?…;:—–-"


def quote_kind(text: str, quote: Quote) -> str:
    """``"direct"``, ``"partial"`` or ``"term"`` for ``quote``, from how it sits in its sentence.

    A quotation that stands after a colon, comma or sentence end is direct; a fragment
    run into the writer's sentence is partial; a fragment of up to four words that is
    title-cased (a title or name) or follows a word such as "so-called", "dubbed" or
    "the word" is a term (a scare quote, title or nickname).

    >>> text = 'Critics called it a "disaster" and the "Big Deal" failed. "We won."'
    >>> [quote_kind(text, q) for q in find_quotes(text)]
    ['partial', 'term', 'direct']

    Notes: textacy's direct_quotations skips all-title-case quotes as titles; the
    introducer words are a common-sense list of our own.
    """
    content = quote.content.text.strip()
    if not content:
        return "term"
    words = content.split()
    i = quote.start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    prev = text[i - 1] if i > 0 else "\n"
    embedded = prev.isalnum() or prev in "\u00a0"
    if not embedded:
        return "direct"
    if content[-1] in _SPEECH_END and len(words) > 4:
        return "partial"
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "-'’"):
        j -= 1
    before_word = text[j:i].lower()
    if len(words) <= 4:
        if before_word in _TERM_INTRODUCERS:
            return "term"
        if all(w[:1].isupper() or not w[:1].isalpha() for w in words if len(w) > 3):
            return "term"
    return "partial"
