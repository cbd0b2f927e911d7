"""Finding quotations: pair the quotation marks of a text, paragraph by paragraph.

A ``str.find`` loop for each mark finds every mark that may pair (where
:data:`quoteattr.patterns.PAIRING_MARK` matches); each is then read from its neighbours
as an opener, a closer, either, or an apostrophe (:func:`mark_role`); a stack pairs
openers with closers inside each paragraph (:func:`find_quotes`). The rules, in the
order they apply:

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
5. A quotation inside another one is kept in its parent's ``nested``, at most
   :data:`MAX_NESTING` levels deep.

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
    DOUBLE_MARKS,
    DOUBLED_APOSTROPHE,
    HOLD,
    MARKUP_TAG,
    OPENING_MARKS,
    SINGLE_MARKS,
    TERM_LIST,
)
from .records import Quote
from .records import _quote as _new_quote
from .records import _span as _new_span

__all__ = [
    "MAX_NESTING",
    "MAX_UNCLOSED",
    "Mark",
    "find_quotes",
    "mark_role",
    "paragraphs",
    "quote_kind",
]

#: How far (in characters) an unclosed double quotation may run to its paragraph end.
MAX_UNCLOSED = 1500

#: Longest line (in characters) of a hard-wrapped block, whose lines are not paragraphs.
WRAP_WIDTH = 100

#: How many quotations deep nesting may go; an opening mark deeper than that is not
#: read as one. Real text nests two or three deep; the cap keeps the records shallow
#: enough to compare, print and convert with ``to_dict()`` (which recurse).
MAX_NESTING = 32

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


def mark_role(text: str, pos: int) -> Mark:
    """Read the mark at ``text[pos]`` from its neighbours (rules 1 and 2 above).

    >>> mark_role("it's", 2).role
    'apostrophe'
    >>> mark_role("'Fine,' she said", 0).role, mark_role("'Fine,' she said", 6).role
    ('open', 'close')
    >>> mark_role("the '90s", 4).role
    'apostrophe'
    """
    return Mark(pos, *_read(text, pos))


#: What the pairing needs to know of a mark besides where it is: its ``(family, role,
#: strong)``, the fields of :class:`Mark` after ``pos``. There are only a few such
#: triples, so they are shared, not made for each mark: a text of a million marks
#: costs a list of a million positions and one of a million references, no more.
_Role = tuple[str, str, bool]
_ROLES: dict[_Role, _Role] = {
    (family, role, strong): (family, role, strong)
    for family in (DOUBLE, SINGLE)
    for role in (OPEN, CLOSE, EITHER, APOSTROPHE)
    for strong in (True, False)
}


def _read(text: str, pos: int) -> _Role:
    """:func:`mark_role` without the position, as one of the shared :data:`_ROLES`."""
    ch = text[pos]
    family = _FAMILY[ch]
    prev = text[pos - 1] if pos > 0 else ""
    nxt = text[pos + 1] if pos + 1 < len(text) else ""
    # The start and end of the text count as space.
    prev_space = prev == "" or prev.isspace()
    nxt_space = nxt == "" or nxt.isspace()
    left = not nxt_space and (prev_space or prev in _OPENS_AFTER)
    right = not prev_space and (nxt_space or nxt in _CLOSES_BEFORE)
    if family == SINGLE:
        if prev.isalnum() and nxt.isalnum():
            return _ROLES[family, APOSTROPHE, True]
        if left and not right:
            if nxt.isdigit() or _elided_word_follows(text, pos + 1):
                return _ROLES[family, APOSTROPHE, True]
            return _ROLES[family, OPEN, True]
        if right and not left:
            return _ROLES[family, CLOSE, prev in _STRONG_BEFORE_CLOSE]
        if left and right:
            return _ROLES[family, EITHER, True]
        return _ROLES[family, APOSTROPHE, True]
    if left and not right:
        return _ROLES[family, OPEN, True]
    if right and not left:
        return _ROLES[family, CLOSE, True]
    if ch in OPENING_MARKS:
        return _ROLES[family, OPEN, True]
    if ch in CLOSING_MARKS:
        return _ROLES[family, CLOSE, True]
    return _ROLES[family, EITHER, True]


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
    if _plain_lines(text):
        yield from _plain_paragraphs(text)
        return
    pos = 0
    for m in BLANK_LINE.finditer(text, None, None, False, HOLD):
        yield from _block_paragraphs(text, pos, m.start())
        pos = m.end()
    yield from _block_paragraphs(text, pos, len(text))


#: What :func:`_plain_lines` wants absent: every character that ends a line but ``\n``
#: (see :data:`_LINE_ENDS`), and the tab.
_NOT_PLAIN = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029\t"


def _plain_lines(text: str) -> bool:
    """True when only ``\\n`` ends the lines of ``text``, which holds no tab and no
    space before a line end (most text): a run of two or more ``\\n`` is then a
    blank line (what :data:`~quoteattr.patterns.BLANK_LINE` finds) and any other
    ``\\n`` a line break.

    >>> _plain_lines("One.\\n\\nTwo."), _plain_lines("One. \\nTwo."), _plain_lines("One.\\r\\n")
    (True, False, False)
    """
    for ch in _NOT_PLAIN:
        if ch in text:
            return False
    return " \n" not in text


def _plain_paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """:func:`paragraphs` of a text of :func:`_plain_lines`: the blocks between runs
    of ``\\n`` found with ``str.find``, and a block without a line break taken whole.

    >>> text = "One.\\n\\n\\nTwo.\\nThree.\\n\\n"
    >>> [text[a:b] for a, b in _plain_paragraphs(text)]
    ['One.', 'Two.', 'Three.']
    """
    n = len(text)
    pos = 0
    while True:
        i = text.find("\n\n", pos)
        last = i == -1
        if last:
            i = n
        if text.find("\n", pos, i) != -1:
            yield from _block_paragraphs(text, pos, i)
        elif i > pos:
            yield pos, i
        if last:
            return
        pos = i + 2
        while pos < n and text[pos] == "\n":
            pos += 1


def _block_paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    breaks = _line_breaks(text, start, end)
    if not breaks:
        if end > start:
            yield start, end
        return
    # A last break with only space after it (the line end of a file's last line) is no
    # line break inside the block: text appended later would not see it, so it must not
    # decide how the block reads.
    inner = breaks[:-1] if not text[breaks[-1][1] : end].strip() else breaks
    line_start = start
    wrapped = True
    mid_sentence = False
    for a, b in inner:
        if a - line_start > WRAP_WIDTH:
            wrapped = False
            break
        # (A break that opens the block ends no line: text[a - 1] is not in the block.)
        # A closing mark before a lower-case line (``"…!"`` then ``whispered Tom.``)
        # ends no sentence either.
        if a > line_start and (
            text[a - 1] not in _LINE_FINAL
            or (text[a - 1] in _QUOTE_CLOSERS and text[b : b + 1].islower())
        ):
            mid_sentence = True
        line_start = b
    if wrapped and mid_sentence:
        yield start, end
        return
    pos = start
    for a, b in breaks:
        if a > pos:
            yield pos, a
        pos = b
    if end > pos and text[pos:end].strip():
        yield pos, end


#: The characters that end a line (``str.splitlines`` ends lines at exactly these, and
#: at ``\r\n``); :data:`quoteattr.patterns.NEWLINE_RUN` breaks at the same ones.
_LINE_ENDS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def _line_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each run of line breaks in ``text[start:end]``, spaces
    and tabs before each break included: what :data:`~quoteattr.patterns.NEWLINE_RUN`
    finds, without its cost on a long run of spaces (a regex search for it tries again
    from every space of a run, so a megabyte of spaces took minutes).

    >>> _line_breaks("One. \\n\\t\\r\\nTwo\\n", 0, 13)  # " \\n\\t\\r\\n" and "\\n"
    [(4, 9), (12, 13)]
    """
    out: list[tuple[int, int]] = []
    pos = start
    for line in text[start:end].splitlines(keepends=True):
        if line.endswith("\r\n"):
            body = len(line) - 2
        elif line[-1] in _LINE_ENDS:
            body = len(line) - 1
        else:
            break  # the last line, which has no line end
        spaces = body - len(line[:body].rstrip(" \t"))
        if out and out[-1][1] == pos and spaces == body:
            out[-1] = (out[-1][0], pos + len(line))  # a line of nothing but spaces
        else:
            out.append((pos + body - spaces, pos + len(line)))
        pos += len(line)
    return out


#: Characters that end a line which ends a sentence (a line ending otherwise is a wrap).
_LINE_FINAL = ".!?:;\"'”’»)]…"
#: Closing marks that may end a wrapped line in mid-sentence, before its cue.
_QUOTE_CLOSERS = "\"'”’»"


class _Open:
    """An opening mark waiting for its closer (mutable scratch state of the pairing)."""

    __slots__ = ("children", "pos", "role")

    def __init__(self, pos: int, role: _Role, children: list[Quote] | None = None) -> None:
        self.pos = pos
        self.role = role
        self.children = children  # the quotations closed inside it; None for none yet


def find_quotes(
    text: str, paras: list[tuple[int, int]] | None = None, *, kinds: bool = False
) -> Iterator[Quote]:
    """Yield the top-level quotations of ``text`` in order, nested ones inside them.

    ``paras`` are the text's :func:`paragraphs`, if known. Kinds are decided only with
    ``kinds=True``, for the top-level quotations (see :func:`quote_kind`); otherwise
    every quote comes out as ``"direct"``.

    >>> [q.text for q in find_quotes('“Not so fast," he said. "The ‘plan’ failed.”')]
    ['“Not so fast,"', '"The ‘plan’ failed.”']
    >>> [n.text for n in list(find_quotes('"The ‘plan’ failed."'))[0].nested]
    ['‘plan’']
    >>> [q.text for q in find_quotes('"Unclosed, he said.\\n\\nNext paragraph.')]
    ['"Unclosed, he said.']
    >>> [q.text for q in find_quotes('An empty pair "" quotes nothing.')]
    []
    """
    positions, roles = _marks(text)
    if not positions:
        return  # (a paragraph without marks yields no quotation)
    if paras is None:
        paras = list(paragraphs(text))
    mi = 0
    carried: _Open | None = None
    for pi, (pstart, pend) in enumerate(paras):
        first = mi
        while mi < len(positions) and positions[mi] < pend:
            mi += 1
        while first < mi and positions[first] < pstart:
            first += 1
        if carried is not None:
            # Rule 3: the continuing paragraph re-opens with its own mark; skip it.
            first = min(first + 1, mi)
        stack: list[_Open] = [carried] if carried is not None else []
        carried = None
        if first < mi:
            yield from _pair(text, positions[first:mi], roles[first:mi], stack, kinds)
        if not stack:
            continue
        bottom = stack[0]
        pos, (family, role, _) = bottom.pos, bottom.role
        nxt = paras[pi + 1] if pi + 1 < len(paras) else None
        # The next paragraph's first mark (``positions[mi]``) is where it re-opens, if it
        # does: a mark at its start that is ignored (``''``, inside a tag) does not count.
        if (
            nxt is not None
            and mi < len(positions)
            and positions[mi] == nxt[0]
            and roles[mi][0] == family
            and roles[mi][1] in (OPEN, EITHER)
        ):
            carried = bottom
            continue
        if family == DOUBLE and role == OPEN:
            end = pend
            while end > pos + 1 and text[end - 1].isspace():
                end -= 1
            if end - pos <= MAX_UNCLOSED and end > pos + 1:
                yield _quote(text, bottom, end, end, kinds)
    if carried is not None:
        end = len(text.rstrip())
        if end > carried.pos + 1:
            yield _quote(text, carried, end, end, kinds)


def _ignored_stretches(text: str) -> list[tuple[int, int]]:
    """Where marks are not quotation marks: markup tags and doubled apostrophes."""
    spans = (
        [m.span() for m in DOUBLED_APOSTROPHE.finditer(text, None, None, False, HOLD)]
        if "''" in text
        else []
    )
    if "<" in text:
        spans += [m.span() for m in MARKUP_TAG.finditer(text, None, None, False, HOLD)]
    return sorted(spans)


#: The roles of the marks read so far, by the three characters around each (see
#: :func:`_marks`), shared by all texts: a few hundred triples make most of them.
#: Emptied when it holds :data:`_KNOWN_ROLES_SIZE`, so it stays small on any text.
_KNOWN_ROLES: dict[str, _Role] = {}
_KNOWN_ROLES_SIZE = 4096


def _marks(text: str) -> tuple[list[int], list[_Role]]:
    """Where the quotation marks of ``text`` are, and their roles (two lists of the same
    length), skipping ignored stretches and the apostrophes inside words (rule 2: they
    never pair, and news has as many of them as of all the other marks)."""
    positions = _pairing_marks(text)
    skip = _ignored_stretches(text) if positions else []
    if skip:
        kept = []
        si = 0
        for pos in positions:
            while si < len(skip) and skip[si][1] <= pos:
                si += 1
            if si < len(skip) and skip[si][0] <= pos:
                continue
            kept.append(pos)
        positions = kept
    # A mark's role depends only on the characters on either side of it, except that a
    # single mark before a letter may start an elided word ('tis): roles are looked up
    # by those three characters, and read afresh only for a new three (few recur).
    roles = []
    known = _KNOWN_ROLES
    last = len(text) - 1
    for pos in positions:
        if 0 < pos < last:
            key = text[pos - 1 : pos + 2]
            role = known.get(key)
            if role is None:
                role = _read(text, pos)
                if not (key[2].isalpha() and role[0] == SINGLE):
                    if len(known) >= _KNOWN_ROLES_SIZE:
                        known.clear()
                    known[key] = role
        else:
            role = _read(text, pos)
        roles.append(role)
    return positions, roles


def _pairing_marks(text: str) -> list[int]:
    """Where :data:`~quoteattr.patterns.PAIRING_MARK` matches in ``text``, in order:
    every double mark, and every single one without a letter or digit on both sides
    (``str.isalnum`` is what the pattern's ``[^\\W_]`` tells). A ``str.find`` loop
    for each mark, which skips to the next one at the speed of ``memchr``, costs less
    than the pattern's look at every character of the text.

    >>> _pairing_marks("'Tis Ann's “word”, 'not' mine'")
    [0, 11, 16, 19, 23, 29]
    """
    out: list[int] = []
    for mark in DOUBLE_MARKS:
        if mark not in text:
            continue  # (``in`` asks less of the interpreter than ``find``)
        i = text.find(mark)
        while i != -1:
            out.append(i)
            i = text.find(mark, i + 1)
    last = len(text) - 1
    for mark in SINGLE_MARKS:
        if mark not in text:
            continue
        i = text.find(mark)
        while i != -1:
            if not (0 < i < last and text[i - 1].isalnum() and text[i + 1].isalnum()):
                out.append(i)
            i = text.find(mark, i + 1)
    out.sort()
    return out


def _pair(
    text: str, positions: list[int], roles: list[_Role], stack: list[_Open], kinds: bool
) -> Iterator[Quote]:
    """Pair the marks of one paragraph on ``stack``; yield the top-level quotes closed
    (with their kinds decided, if ``kinds``)."""
    stronger: list[bool] | None = None  # _stronger_closers(roles), made when first needed
    n = len(positions)
    i = -1
    while i + 1 < n:
        i += 1
        pos = positions[i]
        family, role, strong = roles[i]
        if role == APOSTROPHE:
            continue
        if not stack:
            depth: int | None = None
        elif stack[-1].role[0] == family:
            depth = len(stack) - 1
        else:
            depth = _innermost(stack, family)
        if depth is None:
            if role == CLOSE or len(stack) >= MAX_NESTING:
                continue
            if not stack and i + 1 < n and positions[i + 1] == pos + 1:
                # An opener closed by the very next character (``""``, ``“”``) quotes
                # nothing: the two marks pair and no quotation is made. (What the code
                # below does with the two marks, in fewer steps.)
                next_family, next_role, next_strong = roles[i + 1]
                if next_family == family and (next_role == CLOSE or next_role == EITHER):
                    if not next_strong and stronger is None:
                        stronger = _stronger_closers(roles)
                    if next_strong or not stronger[i + 1]:  # type: ignore[index]
                        i += 1
                        continue
            stack.append(_Open(pos, roles[i]))
            continue
        if role == OPEN:
            if family == DOUBLE:
                # A fresh double opener while one is open: the earlier one was never closed.
                del stack[depth:]
                stack.append(_Open(pos, roles[i]))
            elif len(stack) < MAX_NESTING:
                stack.append(_Open(pos, roles[i]))
            continue
        if not strong:
            if stronger is None:
                stronger = _stronger_closers(roles)
            if stronger[i]:
                continue
        opened = stack[depth]
        del stack[depth:]
        if pos == opened.pos + 1:
            continue  # an empty pair of marks quotes nothing
        if stack:
            parent = stack[-1]
            if parent.children is None:
                parent.children = []
            parent.children.append(_quote(text, opened, pos, pos + 1))
        else:
            yield _quote(text, opened, pos, pos + 1, kinds)


def _innermost(stack: list[_Open], family: str) -> int | None:
    """The depth of the innermost open mark of ``family`` on ``stack``, if any."""
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth].role[0] == family:
            return depth
    return None


def _stronger_closers(roles: list[_Role]) -> list[bool]:
    """For each mark, whether a closer after punctuation of its family follows it
    before any new opener of that family: one pass from the end, so a paragraph of
    many possessives (``Jones'``) stays linear.
    """
    follows = {DOUBLE: False, SINGLE: False}
    out = [False] * len(roles)
    for i in range(len(roles) - 1, -1, -1):
        family, role, strong = roles[i]
        out[i] = follows[family]
        if role == OPEN:
            follows[family] = False
        elif role == CLOSE and strong:
            follows[family] = True
    return out


def _quote(
    text: str, opened: _Open, content_end: int, end: int, decide: bool = False
) -> Quote:
    """The quotation from ``opened`` to ``end``; its kind decided if ``decide``."""
    start = opened.pos
    content = text[start + 1 : content_end]
    kind = _kind(text, start, content, end) if decide else "direct"
    span = _new_span(start + 1, content_end, content)
    if opened.children is None:
        return _new_quote(start, end, text[start:end], span, kind)
    return _new_quote(start, end, text[start:end], span, kind, tuple(opened.children))


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
    "the word" is a term (a scare quote, title or nickname), unless a verb of answering
    or saying stands right before it (``answered "Undoubtedly;"``: what was said).

    >>> text = 'Critics called it a "disaster" and the "Big Deal" failed. "We won."'
    >>> [quote_kind(text, q) for q in find_quotes(text)]
    ['partial', 'term', 'direct']
    >>> text = 'Stephen answered "Yes," again.'
    >>> [quote_kind(text, q) for q in find_quotes(text)]
    ['partial']

    Notes: textacy's direct_quotations skips all-title-case quotes as titles; the
    introducer words and the verbs of answering are common-sense lists of our own.
    """
    return _kind(text, quote.start, quote.content.text, quote.end)


def _kind(text: str, start: int, content: str, end: int) -> str:
    """:func:`quote_kind` of the quotation from ``start`` to ``end``, content ``content``."""
    content = content.strip()
    if not content:
        return "term"
    # Split at most _MAX_TITLE_WORDS times: len(words) is the word count where that is
    # at most _MAX_TITLE_WORDS + 1, more than every test below tells apart, and the
    # words are read only where there are no more than _MAX_TITLE_WORDS of them; so a
    # long quotation is not split in full.
    words = content.split(None, _MAX_TITLE_WORDS)
    if len(words) == 1 and _is_label(content):
        return "term"  # ``"Related:"``: a label standing for what follows, not speech
    if len(words) > 1 and _is_headline(text, start, end, content):
        return "term"
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1  # a no-break space is a space: ``answer.\u00a0"Denver," he said`` opens
    prev = text[i - 1] if i > 0 else "\n"
    embedded = prev.isalnum()
    if len(words) <= 4 and _listed_term(text, start):
        return "term"
    if not embedded:
        if len(words) <= 4 and content[-1] not in ".!?…" and _after_named_words(text, i):
            return "term"  # ``the charged term, "radical Islam,"``
        return "direct"
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "-'’"):
        j -= 1
    before_word = text[j:i].lower()
    if len(words) <= _MAX_TITLE_WORDS and _names_a_work(text, j, before_word, words):
        return "term"
    if content[-1] in _SPEECH_END and len(words) > 4:
        return "partial"
    if len(words) <= 4:
        if before_word in _TERM_INTRODUCERS:
            return "term"
        if before_word in lexicon.ANSWERING_VERBS:
            return "partial"  # ``Elizabeth quietly answered "Undoubtedly;"``: words said
        if _title_cased(words):
            return "term"
    return "partial"



def _is_label(word: str) -> bool:
    """True for one capitalised word and a colon, a label standing for what follows
    (``"Related:"``, ``"Update:"``), not speech.

    >>> _is_label("Related:"), _is_label("Related"), _is_label("NO:")
    (True, False, False)

    Notes: news sites print such labels before links and updates; ours.
    """
    head = word[:-1]
    return word.endswith(":") and head.isalpha() and head[:1].isupper() and head[1:].islower()
#: The most words of a title named by the word before it (``the book "…"``).
_MAX_TITLE_WORDS = 12


def _title_cased(words: list[str]) -> bool:
    """True when every word of more than three letters starts with a capital or is
    no word: ``Failure to Adjust: How Americans Got Left Behind``.

    >>> _title_cased("Failure to Adjust: How Americans Got".split()), _title_cased("a sham".split())
    (True, False)
    """
    return all(w[:1].isupper() or not w[:1].isalpha() for w in words if len(w) > 3)


def _names_a_work(text: str, word_start: int, before_word: str, words: list[str]) -> bool:
    """True when title-cased ``words`` follow the name of a kind of work (``the book
    "…"``, ``the movie "…"``) or a capitalised possessive (``ABC's "This Week …"``):
    the title of a book, show or film, however long, not speech.

    >>> text = 'He wrote the book "Failure to Adjust: How Americans Got Left Behind."'
    >>> _names_a_work(text, 13, "book", "Failure to Adjust: How Americans Got Left Behind.".split())
    True
    >>> text = "He said on ABC's “This Week With George Stephanopoulos.”"
    >>> _names_a_work(text, 11, "abc's", "This Week With George Stephanopoulos.".split())
    True
    >>> _names_a_work(text, 11, "abc's", "we will win this fight.".split())
    False

    Notes: titles of articles, songs, episodes and shows are printed in quotation marks
    (Chicago Manual of Style, on titles of works), often after the noun naming their
    kind or the possessive of their network; textacy skips title-cased quotations as
    titles.
    """
    if before_word in lexicon.WORK_NOUNS or (
        before_word.endswith(("'s", "’s")) and text[word_start : word_start + 1].isupper()
    ):
        return _title_cased(words)
    return False


#: How far back a list of quoted words is looked for (``words such as "a," "b" and``).
_TERM_LIST_REACH = 300


def _listed_term(text: str, start: int) -> bool:
    """True when the quotation at ``start`` is an item of a list of quoted words after
    a noun such as "words" and ``such as`` or ``including``: each of ``"attack,"``,
    ``"Libya"`` and ``"talking points"`` in ``words such as "attack," "Libya" and
    "talking points"``.

    >>> text = 'He searched for words such as "attack," "Libya" and "talking points."'
    >>> [_listed_term(text, text.index(w) - 1) for w in ("attack", "Libya", "talking")]
    [True, True, True]
    >>> text = 'He searched for words. "Attack," she said.'
    >>> _listed_term(text, text.index("Attack") - 1)
    False

    Notes: words named as words, not used, are printed in quotation marks (Chicago
    Manual of Style, on words used as words); the list construction is ours.
    """
    lo = max(0, start - _TERM_LIST_REACH)
    if text.find(" such as", lo, start) < 0 and text.find(" including", lo, start) < 0:
        return False
    return TERM_LIST.search(text, lo, start, HOLD) is not None


def _is_headline(text: str, start: int, end: int, content: str) -> bool:
    """True for a quotation in capitals that is a line of its own and ends with no
    punctuation: a headline or banner (``"EVENTUALLY VOTERS MAKE GOOD DECISIONS"``),
    not speech, which a shout would end with ``!``.

    >>> text = 'He left.\\n"VOTERS MAKE GOOD DECISIONS"\\nThen'
    >>> _is_headline(text, 9, 37, "VOTERS MAKE GOOD DECISIONS")
    True
    >>> _is_headline('He left.\\n"GET OUT NOW!"', 9, 23, "GET OUT NOW!")
    False
    >>> _is_headline('The words\\n"EAT ME" were there.', 10, 18, "EAT ME")
    False

    Notes: news pages print headlines and pull quotes in capitals on their own line;
    ours.
    """
    if not content[-1:].isalnum() or not content.isupper():
        return False
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    if i > 0 and text[i - 1] != "\n":
        return False
    j = end
    while j < len(text) and text[j] in " \t\u00a0":
        j += 1
    return j >= len(text) or text[j] == "\n"


def _after_named_words(text: str, pos: int) -> bool:
    """True when a comma, colon or dash right before ``pos`` follows a noun that names
    words as words: ``the charged term, "radical Islam,"``, ``That wording -- "…"``
    (the caller also wants no final full stop, ``!`` or ``?``: that is speech).

    >>> text = 'She avoided the term, "radical Islam," all night.'
    >>> _after_named_words(text, text.index('"'))
    True
    >>> text = 'She avoided the question, "Why now?" all night.'
    >>> _after_named_words(text, text.index('"'))
    False

    Notes: words named as words, not used, are printed in quotation marks (Chicago
    Manual of Style, on words used as words); as with :data:`_TERM_INTRODUCERS`, but
    set off. The nouns are ``data/word_nouns.txt``.
    """
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0,:—–-":
        i -= 1
    if i == pos:
        return False
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:i].lower() in lexicon.WORD_NOUNS

