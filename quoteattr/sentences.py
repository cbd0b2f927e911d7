"""Sentence boundaries in the narration around a quotation, with NLTK's Punkt.

Punkt runs with parameters this package writes and ships (the abbreviation list in
``data/abbreviations.txt``), so it needs no ``nltk_data`` and no training. NLTK is
imported on first use, not at ``import quoteattr``, and only narration next to a
quotation is ever split.

>>> text = 'Sen. Jones spoke. Then Mr. Smith said'
>>> [text[a:b] for a, b in sentence_spans(text, 0, len(text))]
['Sen. Jones spoke.', 'Then Mr. Smith said']

Notes: Punkt is Kiss and Strunk (2006), "Unsupervised Multilingual Sentence Boundary
Detection"; we use its decision procedure with a hand-written abbreviation list.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex

from . import lexicon
from .patterns import HOLD

__all__ = ["ends_sentence", "sentence_spans"]

_FINAL = ".!?…"
_CLOSERS = "\"'”’)]»›"


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    """Punkt with our parameters, matching with its own compiled patterns directly.

    NLTK 3.9.3 and later compile Punkt's patterns with ``regex`` and run each match
    under a timeout wrapper (``nltk.redos``), which adds about a third to the time of a
    split; the patterns here are those same compiled ``regex`` patterns, unwrapped (they
    are NLTK's fixed patterns, linear on any text), so the spans are the same.
    """
    from nltk.tokenize import punkt

    class Vars(punkt.PunktLanguageVars):
        re_boundary_realignment = _unwrapped(punkt.PunktLanguageVars.re_boundary_realignment)

        def _word_tokenizer_re(self) -> Any:
            return _unwrapped(super()._word_tokenizer_re())

        def period_context_re(self) -> Any:
            return _unwrapped(super().period_context_re())

    non_punct = _unwrapped(punkt._re_non_punct)

    class Token(punkt.PunktToken):
        _RE_ELLIPSIS = _unwrapped(punkt.PunktToken._RE_ELLIPSIS)
        _RE_NUMERIC = _unwrapped(punkt.PunktToken._RE_NUMERIC)
        _RE_INITIAL = _unwrapped(punkt.PunktToken._RE_INITIAL)
        _RE_ALPHA = _unwrapped(punkt.PunktToken._RE_ALPHA)

        @property
        def is_non_punct(self) -> Any:
            return non_punct.search(self.type)

    params = punkt.PunktParameters()
    params.abbrev_types = set(lexicon.ABBREVIATIONS)
    return punkt.PunktSentenceTokenizer(params, lang_vars=Vars(), token_cls=Token)


def _unwrapped(pattern: Any) -> Any:
    """The compiled pattern inside an ``nltk.redos`` timeout wrapper (as is, if none)."""
    return getattr(pattern, "_rx", pattern)


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each sentence of ``text[start:end]``, in text offsets.

    >>> sentence_spans("It rained. We left.", 0, 19)
    [(0, 10), (11, 19)]
    >>> sentence_spans("An F.B.I. inquiry began.", 0, 24)
    [(0, 24)]
    """
    if end <= start:
        return []
    chunk = text[start:end]
    single = _one_sentence(chunk)
    if single is not None:
        return [(start, start + single)]
    if not ("." in chunk or "!" in chunk or "?" in chunk or "…" in chunk):  # no _FINAL
        stripped = chunk.strip()
        if not stripped:
            return []
        lead = len(chunk) - len(chunk.lstrip())
        return [(start + lead, start + lead + len(stripped))]
    # _plain_spans first: where abbreviations alone stop (the test below) and it reads
    # the chunk too, it gives the same one span, from the chunk's start (it breaks only
    # after a word of two letters or more that is no abbreviation, which that test
    # refuses); so a chunk with a sentence end is read once, not twice.
    plain = _plain_spans(chunk)
    if plain is None and _only_abbreviations_stop(chunk):
        # One sentence, spanned as Punkt spans it: from the chunk's start.
        return [(start, start + len(chunk.rstrip()))]
    spans: list[tuple[int, int]] = []
    for a, b in _tokenizer().span_tokenize(chunk) if plain is None else plain:
        if spans and (
            chunk[a : a + 1].islower()
            or chunk[a : a + 1] in _NEVER_OPENS
            or (chunk[a : a + 1].isdigit() and _number_sign_before(text, spans[-1]))
        ):
            # No sentence opens in lower case: ``an F.B.I. investigation`` is one; nor
            # on a closing bracket or a comma: ``Sen. Al Day (D-Ill.), noting …``; nor
            # on the number after ``No.``: ``the No. 2 in the leadership``.
            spans[-1] = (spans[-1][0], start + b)
        else:
            spans.append((start + a, start + b))
    return spans


#: Characters no sentence opens with: what closes or goes on the one before.
_NEVER_OPENS = frozenset("),;:]}")
#: ``No.`` (number) closing a span: the number after it is in the same sentence.
_NUMBER_SIGN = regex.compile(r"(?<![\p{L}])Nos?\.\Z")


def _number_sign_before(text: str, span: tuple[int, int]) -> bool:
    """True when the sentence ``span`` ends on the sign ``No.`` (``the No. 2``).

    >>> _number_sign_before("the No. 2", (0, 7)), _number_sign_before("said no.", (0, 8))
    (True, False)
    """
    return _NUMBER_SIGN.search(text, span[0], span[1], HOLD) is not None


def _one_sentence(chunk: str) -> int | None:
    """Where the one sentence of ``chunk`` ends when a look shows it without Punkt: the
    chunk ends on a full stop, ? or ! (space after it aside) and has none before.
    Punkt weighs only a . ? or ! that has a token after it (its period context), so it
    finds no break; its one span runs from the chunk's start to its end without the
    trailing space. None when not so plain.

    >>> _one_sentence(" Smith said. "), _one_sentence("Mr. Smith said.")
    (12, None)
    """
    stripped = chunk.rstrip()
    last = len(stripped) - 1
    if (
        last < 0
        or stripped[last] not in _PUNKT_ENDS
        or stripped.find(".", 0, last) != -1
        or stripped.find("?", 0, last) != -1
        or stripped.find("!", 0, last) != -1
        # str.rstrip strips these, but to Punkt's \s they are not space.
        or _has_separator(chunk)
    ):
        return None
    return last + 1


#: The characters Punkt takes for a possible sentence end.
_PUNKT_ENDS = ".?!"


def _only_abbreviations_stop(chunk: str) -> bool:
    """True when every full stop in ``chunk`` either sits inside a word (``3.5``) or
    ends, before a space, an abbreviation (``Sen.``, ``Mr.``, ``U.S.``), and nothing
    else ends a sentence: Punkt, with our parameters and no orthographic statistics,
    would find one sentence, so it is spared.

    >>> _only_abbreviations_stop("said Sen. Al Day and Mr. Lee")
    True
    >>> _only_abbreviations_stop("a day. Then"), _only_abbreviations_stop("the F.B.I.'s case")
    (False, False)
    """
    if "." not in chunk or "!" in chunk or "?" in chunk or "…" in chunk:
        return False
    if _has_separator(chunk):
        return False
    i = chunk.find(".")
    while i != -1:
        after = chunk[i + 1 : i + 2]
        if not after.isalnum():
            if after and not after.isspace():
                return False  # ``F.B.I.'s``, ``Lizzy.--I``: let Punkt weigh it
            if (
                after == " "
                and i
                and chunk[i - 1].isalpha()
                and (i == 1 or chunk[i - 2] in _ASCII_SPACE)
                and (chunk[i + 2 : i + 3].isupper() or chunk[i + 2 : i + 3].islower())
            ):
                # An initial before a word, as _initial_stop reads it, at once: a
                # line of initials is read a period at a time.
                i = chunk.find(".", i + 1)
                continue
            start = i
            while start > 0 and not chunk[start - 1].isspace():
                start -= 1
            if chunk[start:i].lower() not in lexicon.ABBREVIATIONS and not _initial_stop(
                chunk, start, i
            ):
                return False
        i = chunk.find(".", i + 1)
    return True


def _plain_spans(chunk: str) -> list[tuple[int, int]] | None:
    """What Punkt's ``span_tokenize`` gives for ``chunk``, read without it when every
    full stop that may end a sentence is of a kind whose answer is forced, else None.

    With our parameters (an abbreviation list, and no collocations, sentence starters
    or orthographic statistics) Punkt decides a full stop between space before its word
    and a next word as follows: after a listed abbreviation or an initial before a
    cased word, never a sentence end (see :func:`_only_abbreviations_stop`); after a
    word of two letters or more that is no abbreviation, always one, the next sentence
    starting at the next word. A full stop inside a word (``3.5``) or with only space
    after it is no candidate. Anything else (``!``, ``?``, ``…``, a full stop before
    punctuation, after a digit or a mark, or after a space Punkt does not see as one)
    is left to Punkt. This spares Punkt's 20 to 50 µs a full stop on plain narration.

    >>> _plain_spans("It rained hard. We left. Mr. Smith stayed.")
    [(0, 15), (16, 24), (25, 42)]
    >>> _plain_spans("It rained. (We left.)") is None
    True
    """
    if "!" in chunk or "?" in chunk or "…" in chunk or _has_separator(chunk):
        return None
    n = len(chunk)
    spans: list[tuple[int, int]] = []
    last = 0
    i = chunk.find(".")
    while i != -1:
        after = chunk[i + 1 : i + 2]
        if after and not after.isalnum():
            if not after.isspace():
                return None
            nxt = i + 1
            while nxt < n and chunk[nxt].isspace():
                nxt += 1
            if nxt < n:  # (a full stop with only space after it is no candidate)
                start = i
                while start > 0 and not chunk[start - 1].isspace():
                    start -= 1
                if start and chunk[start - 1] not in _ASCII_SPACE:
                    return None
                word = chunk[start:i]
                if word.lower() in lexicon.ABBREVIATIONS:
                    pass
                elif not word.isalpha():
                    return None
                elif len(word) == 1:
                    if not (chunk[nxt].isupper() or chunk[nxt].islower()):
                        return None
                elif chunk[nxt].isalnum():
                    spans.append((last, i + 1))
                    last = nxt
                else:
                    return None
        i = chunk.find(".", i + 1)
    end = len(chunk.rstrip())
    if end > last:
        spans.append((last, end))
    return spans


#: Characters that are space to ``str.isspace`` but not to the ``regex`` module's
#: ``\s``, which Punkt's patterns use: a text holding one is left to Punkt.
_SEPARATORS = "\x1c\x1d\x1e\x1f"


def _has_separator(chunk: str) -> bool:
    """True when ``chunk`` holds one of :data:`_SEPARATORS` (four scans for one
    character each: far cheaper than a set's look at every character of the chunk).

    >>> _has_separator("a\\x1fb"), _has_separator("a b")
    (True, False)
    """
    return "\x1c" in chunk or "\x1d" in chunk or "\x1e" in chunk or "\x1f" in chunk


#: What Punkt counts as space when it looks back for the word before a full stop.
_ASCII_SPACE = " \t\n\r\x0b\x0c"


def _initial_stop(chunk: str, start: int, stop: int) -> bool:
    """True when the full stop at ``chunk[stop]``, which ends the word from ``start``
    and has space or nothing after it, ends an initial (``A.``) that Punkt, with our
    parameters, never takes for a sentence end: the next word opens with a cased
    letter, upper case (``A. Smith``, by Punkt's rule for initials before a
    capitalised word) or lower case (``A. said``, which opens no sentence), or there
    is no next word.

    >>> _initial_stop("J. Smith", 0, 1), _initial_stop("J. said", 0, 1), _initial_stop("J. 5", 0, 1)
    (True, True, False)
    """
    if stop - start != 1 or not chunk[start].isalpha():
        return False
    if start and chunk[start - 1] not in _ASCII_SPACE:
        return False  # a word Punkt may read from further back
    nxt = stop + 1
    while nxt < len(chunk) and chunk[nxt].isspace():
        nxt += 1
    return nxt == len(chunk) or chunk[nxt].isupper() or chunk[nxt].islower()




def ends_sentence(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` ends with a full stop, ?, ! or … (closers allowed).

    >>> ends_sentence("she said. ", 0, 10), ends_sentence("she said, ", 0, 10)
    (True, False)
    >>> ends_sentence("said Mr. ", 0, 9)
    False
    """
    i = end
    while i > start and text[i - 1].isspace():
        i -= 1
    while i > start and text[i - 1] in _CLOSERS:
        i -= 1
    if i <= start or text[i - 1] not in _FINAL:
        return False
    if text[i - 1] != ".":
        return True
    word_start = i - 1
    while word_start > start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start : i - 1].lower().lstrip("(\"'“‘")
    return not (word in lexicon.ABBREVIATIONS or (len(word) == 1 and word.isalpha()))
