"""Finding cues: the speech verbs and set phrases that report speech (``said``,
``told reporters``, ``went on to say``).

Words are looked up in the lexicon's lists rather than matched by one large regex
alternation: one pass over the words of a stretch, a set lookup for each.

>>> text = 'Then she went on to say, and later added'
>>> [text[a:b] for a, b in speech_cues(text, 0, len(text))]
['went on to say', 'added']

Notes: the verb and phrase lists are ``data/speech_verbs.txt`` and
``data/speech_phrases.txt``.
"""

from __future__ import annotations

from itertools import accumulate, compress

import regex

from . import lexicon
from .patterns import HOLD

__all__ = ["opens_cue", "speech_cues"]

#: A word for cue lookup: letters with inner apostrophes.
_WORD = regex.compile(r"\p{L}++(?:['’]\p{L}++)*+")


def _phrases_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lexicon.SPEECH_PHRASES:  # longest first
        words = tuple(phrase.split())
        table.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in table.items()}


_PHRASES = _phrases_by_first_word()
#: The most words a phrase opening with a word has.
_LONGEST = {word: max(map(len, phrases)) for word, phrases in _PHRASES.items()}


def _phrases_by_first_two_words() -> dict[tuple[str, str], tuple[tuple[str, ...], ...]]:
    table: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for phrases in _PHRASES.values():  # each longest first
        for words in phrases:
            if len(words) > 1:
                table.setdefault(words[:2], []).append(words)
    return {k: tuple(v) for k, v in table.items()}


#: The phrases of two words or more by their first two words, longest first: a phrase
#: is only tried where both stand (``in a`` tries ``in a statement``, not ``in his
#: words``).
_PHRASES_BY_TWO = _phrases_by_first_two_words()

#: One more than a number (a word's length and the space after it).
_PLUS_ONE = (1).__add__

#: The words a cue can begin with: the verbs and the first words of the phrases.
_CUE_OPENERS = lexicon.SPEECH_VERBS | frozenset(_PHRASES)


def opens_cue(word: str) -> bool:
    """True when a cue may begin with the lower-case ``word``: a speech verb, or the
    first word of a cue phrase.

    >>> opens_cue("said"), opens_cue("in"), opens_cue("and")
    (True, True, False)
    """
    return word in _CUE_OPENERS


def speech_cues(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each speech verb or cue phrase in ``text[start:end]``.

    >>> speech_cues("Trump said", 0, 10), speech_cues("Trump's saddle", 0, 14)
    ([(6, 10)], [])

    A capitalised word inside a sentence is part of a name or title, not a verb
    (``White House Press Secretary``, ``BBC Radio Four's Any Questions``):

    >>> speech_cues("the Press Secretary", 0, 19), speech_cues("It rained. Said Al", 0, 18)
    ([], [(11, 15)])
    """
    stretch = text[start:end]
    letters = None
    if not stretch.isascii():
        raw = _WORD.findall(text, start, end, False, HOLD)
        lows = list(map(str.lower, raw))
    elif "'" in stretch:
        raw = _ascii_words(stretch)
        lows = list(map(str.lower, raw))
    else:
        # Without an apostrophe, each run of letters is a word (see _ascii_words).
        letters = _ascii_letters(stretch)
        raw = letters.split()
        lows = letters.lower().split()
    if _CUE_OPENERS.isdisjoint(lows):
        return []  # most stretches: no word could open a cue, none needs its offsets
    openers = [k for k, w in enumerate(lows) if w in _CUE_OPENERS]
    if letters is not None:
        # Where each word starts: the runs of letters between single spaces, placed by
        # the lengths of all the runs before them, empty ones too.
        parts = letters.split(" ")
        starts = list(compress(accumulate(map(_PLUS_ONE, map(len, parts)), initial=start), parts))
    else:
        # The words' offsets, found in order with str.find: only other characters than
        # letters lie between two words, so each one's first place after the last is
        # its own.
        starts = []
        pos = start
        for w in raw:
            pos = text.find(w, pos)
            starts.append(pos)
            pos += len(w)

    def kept(j: int) -> bool:
        # A capitalised word inside a sentence is passed over, as if not there; but
        # not a verb reporting in the past right after a name or a comma. (Asked of
        # capitalised words only: every other word is kept.)
        return _opens_sentence(text, starts[j]) or (
            j > 0 and _capitalised_report(text, raw[j - 1], starts[j - 1] + len(raw[j - 1]), raw[j])
        )

    found: list[tuple[int, int]] = []
    i = 0  # the first word a cue may begin at: none begins inside the last one found
    for k in openers:
        if k < i or (raw[k][0].isupper() and not kept(k)):
            continue
        i = k + 1
        word = lows[k]
        cue = None
        if word in _PHRASES:
            # The word and the kept words after it, as many as the longest phrase has;
            # none of its phrases can match unless the first kept word after it is
            # the second word of one (the phrases are looked up by their first two).
            j = k + 1
            while j < len(lows) and raw[j][0].isupper() and not kept(j):
                j += 1
            if j < len(lows) and (word, lows[j]) in _PHRASES_BY_TWO:
                run = [k, j]
                j += 1
                while len(run) < _LONGEST[word] and j < len(lows):
                    if not raw[j][0].isupper() or kept(j):
                        run.append(j)
                    j += 1
                words = tuple([lows[r] for r in run])
                for phrase in _PHRASES_BY_TWO[word, words[1]]:
                    n = len(phrase)
                    if words[:n] == phrase:
                        cue = run[n - 1]
                        break
        if cue is None and word not in lexicon.SPEECH_VERBS:
            continue  # no cue here: whether the word is a noun does not matter
        s = starts[k]
        e = s + len(raw[k])
        if _noun_here(text, s, e):
            continue
        if cue is None:
            found.append((s, e))
        else:
            found.append((s, starts[cue] + len(raw[cue])))
            i = cue + 1
    return found


#: A table for ``bytes.translate``: each ASCII letter and the apostrophe to itself,
#: every other byte to a space (ASCII's letters and its apostrophe are what
#: :data:`_WORD` matches among its characters).
_ASCII_WORD_BYTES = bytes(
    c if c < 128 and (chr(c).isalpha() or chr(c) == "'") else 32 for c in range(256)
)


def _ascii_letters(stretch: str) -> str:
    """An ASCII ``stretch`` with every character but its letters and apostrophes made a
    space (offsets kept).

    >>> _ascii_letters("It's 12, he said.")
    "It's     he said "
    """
    return stretch.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii")


def _ascii_words(stretch: str) -> list[str]:
    """``_WORD.findall(stretch)`` for an ASCII ``stretch``, read without the regex
    engine (which costs far more per character): the runs of letters and apostrophes,
    each cut at its apostrophes that do not stand between two letters.

    >>> _ascii_words("It's 'rock'n'roll'' -- o''k, he said.")
    ["It's", "rock'n'roll", 'o', 'k', 'he', 'said']
    """
    words = []
    for run in _ascii_letters(stretch).split():
        if "'" not in run:
            words.append(run)
            continue
        # A word is letters joined by single apostrophes: the parts between the
        # apostrophes, up to an empty one (two apostrophes, or one at either end).
        joined: list[str] = []
        for part in run.split("'"):
            if part:
                joined.append(part)
            elif joined:
                words.append("'".join(joined))
                joined = []
        if joined:
            words.append("'".join(joined))
    return words


def _capitalised_report(text: str, before: str, gap_start: int, word: str) -> bool:
    """True for a capitalised verb of reporting in the past that follows a name or an
    appositive's comma, as headlines in title case and social-media captions write
    them: ``Clinton Joked``, ``Murphy, the head of the group, Tweeted``.

    >>> _capitalised_report("Cole Said", "Cole", 4, "Said")
    True
    >>> _capitalised_report("Frequently Asked", "Frequently", 10, "Asked")
    False

    Notes: headline capitalisation (title case) capitalises every verb (Chicago
    Manual of Style, 8.159); a past-tense verb after a name there still reports.
    """
    low = word.lower()
    if low not in lexicon.SPEECH_VERBS or not (low.endswith("ed") or low in _IRREGULAR_PAST):
        return False
    gap = text[gap_start : gap_start + 3]
    if gap.startswith(", "):
        return True
    opens = gap_start - len(before)
    return gap[:1] == " " and before[:1].isupper() and not before.isupper() and (
        not before.lower().endswith("ly")
        and text[max(0, opens - 2) : opens].strip(" ")[-1:] not in ("”", '"', "’")
    )  # a name before it: not ``Frequently Asked``, nor ``"Broad City" Star Asked``


#: Past tenses of reporting verbs that do not end in -ed.
_IRREGULAR_PAST = frozenset("said told wrote spoke".split())


#: Characters after which a capitalised word may open a sentence (or a heading line).
_OPENERS = frozenset(".!?…:;\"“”‘’'(—–-\n")


def _opens_sentence(text: str, pos: int) -> bool:
    """True when only space lies between ``pos`` and a sentence end, a quotation mark, a
    dash, a line break or the start of the text."""
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    return i == 0 or text[i - 1] in _OPENERS


#: Words after which a word is a noun, never a verb: ``his claim``, ``the rules``.
_NOUN_MARKERS = frozenset("the a an his their its my our your this".split())


def _noun_here(text: str, start: int, end: int) -> bool:
    """True when the word at ``text[start:end]`` is used as a noun: right after a
    determiner or a possessive (``Trump's claim that``, ``the rules``), or in a
    hyphenated compound (``counter-attack``).

    >>> _noun_here("Trump's claim", 8, 13), _noun_here("he said", 3, 7)
    (True, False)
    >>> _noun_here("the Times reported", 10, 18)
    False
    """
    if text[end : end + 1] == "-" or text[start - 1 : start] == "-":
        return True
    i = start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    if i == 0 or (text[i - 1].isascii() and text[i - 1] not in _MARKER_LAST_LETTERS):
        return False  # the word before ends with no marker's last letter, nor ``'s``
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "'’"):
        j -= 1
    before = text[j:i].lower()
    if before[:-2] in _CONTRACTING and before.endswith(("'s", "’s")):
        return False  # ``he’s claiming``: a pronoun and ``is``, not a possessive
    return before in _NOUN_MARKERS or (i < start and before.endswith(("'s", "’s")))


#: The letters a word of :data:`_NOUN_MARKERS` or a possessive (``'s``) ends with, in
#: either case.
_MARKER_LAST_LETTERS = frozenset(
    c for w in (*_NOUN_MARKERS, "s") for c in (w[-1], w[-1].upper())
)

#: Words whose ``'s`` is ``is`` or ``has``, never a possessive: ``he’s said``.
_CONTRACTING = frozenset("he she it that who there what here".split())
