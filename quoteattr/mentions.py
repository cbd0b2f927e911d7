"""Finding mentions of people: names, pronouns and descriptions, without an NER model.

A name is a run of capitalised words (:data:`quoteattr.patterns.NAME`); it is then
cleaned: words that open a sentence but never name anyone (``But``, ``Yesterday``,
``In``) are dropped from its front, titles (``Sen.``, ``Prime Minister``) are split
off, and runs made only of such words, or naming an organisation or place
(``White House``, ``State Department``), are not people.

>>> m = read_mention("But Sen. John McCain", 0, 20)
>>> m.span.text, m.kind, m.core
('Sen. John McCain', 'name', 'John McCain')

Notes: the title, stop-word and organisation lists are in ``quoteattr/data/``; the
idea of stripping honorifics before matching names follows CoreNLP's QuoteAttribution.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import attrs
import regex

from . import lexicon
from .patterns import HOLD, NAME, QUANTITY, WORD
from .records import Span, _field_setters

__all__ = ["Mention", "is_object", "names_in", "read_mention", "starts_sentence"]

#: Words before a capitalised word that make it a date, place or time, not a person.
_PREPOSITIONS = frozenset(
    "in on since until till by during of from to at for before after into through".split()
)
#: Words that may stand between title and name without being part of the name.
_TITLE_MODIFIERS = frozenset(
    "former then vice deputy acting prime foreign interior defence defense home chief "
    "senior first lady general attorney press national state white house majority "
    "minority republican democratic democrat gop u.s. us american british french staff "
    "german russian chinese israeli iranian".split()
)

#: Title modifiers that are never a name on their own (unlike ``White`` or ``General``).
_NEVER_A_NAME = frozenset("former then acting deputy vice".split())


@attrs.frozen
class Mention:
    """Words in the text that stand for a person: a ``name``, ``pronoun``, ``description``
    or ``relative`` (``who`` after a name and a comma).

    ``core`` is the name without titles (``"Donald Trump"`` for ``"President Donald
    Trump"``), the pronoun or the description in lower case; ``gender`` is ``"m"``,
    ``"f"``, ``"p"`` (plural) or None when unknown; ``title`` is the gendered title the
    name was written with (``"Mrs."``), which tells Mr. from Mrs. Bennet.

    >>> read_mention("she", 0, 3)
    Mention(span=Span(start=0, end=3, text='she'), kind='pronoun', core='she', gender='f', title='')
    >>> read_mention("Mrs. Bennet", 0, 11).title
    'Mrs.'
    """

    span: Span
    kind: str
    core: str
    gender: str | None = None
    title: str = ""


# A name mention made field by field through its slots' own descriptors: the same record
# as ``Mention(Span(a, b, words), "name", core, gender, title)``, at about half the cost of
# the two generated ``__init__`` (which set each field through ``object.__setattr__``);
# :func:`names_in` makes one for every name in a text's narration (as records._quote).
_new = object.__new__
_set_start, _set_end, _set_text = _field_setters(Span)
_set_span, _set_kind, _set_core, _set_gender, _set_title = _field_setters(Mention)


def _name_mention(
    start: int, end: int, words: str, core: str, gender: str | None, title: str
) -> Mention:
    """``Mention(Span(start, end, words), "name", core, gender, title)``, made faster.

    >>> args = (4, 15, "Mrs. Bennet", "Bennet", "f", "Mrs.")
    >>> _name_mention(*args) == Mention(Span(*args[:3]), "name", *args[3:])
    True
    """
    span = _new(Span)
    _set_start(span, start)
    _set_end(span, end)
    _set_text(span, words)
    mention = _new(Mention)
    _set_span(mention, span)
    _set_kind(mention, "name")
    _set_core(mention, core)
    _set_gender(mention, gender)
    _set_title(mention, title)
    return mention

#: :data:`~quoteattr.patterns.WORD` for ASCII text, where the letters and digits it
#: joins are these and its joiners the apostrophe and the hyphen: the same words, found
#: by the standard library's engine in about half the time on a name's few words.
_ASCII_WORD = re.compile(
    r"""
    [A-Za-z0-9]+                # a run of letters or digits
    (?:['\-][A-Za-z0-9]+)*      # joined by apostrophes or hyphens
    """,
    re.VERBOSE,
)


#: The regex module's ``\s`` (Unicode White_Space), written out for the standard library,
#: whose ``\s`` also takes the separators ``\x1c``-``\x1f``.
_SPACE = r"[\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"

#: The abbreviations of NAME's ``Sen.`` (``data/abbreviations.txt``, capitalised), as a
#: look-behind for each length: the standard library's look-behinds are of one width.
_ASCII_ABBR = "|".join(
    "(?<=(?<![A-Za-z])(?:{}){})".format("|".join(sorted(group)), r"\.")
    for group in (
        {w.capitalize() for w in lexicon.ABBREVIATIONS if w.isalpha() and w.isascii()
         and len(w) == n}
        for n in range(2, 1 + max(map(len, lexicon.ABBREVIATIONS)))
    )
    if group
)

#: A capitalised word of :data:`~quoteattr.patterns.NAME` in ASCII text (its ``_CAP``,
#: each class by the ASCII characters it holds); a name's later words.
_ASCII_CAP = rf"""
    [A-Z][A-Za-z]*+
    (?:\.(?<=[A-Za-z][A-Za-z]\.)(?:{_ASCII_ABBR})(?={_SPACE}++[A-Z])   # Sen. before a name
      |\.(?<![A-Za-z][A-Za-z]\.)(?={_SPACE}*+[A-Z])                   # F. before a name
      |[A-Za-z'’]*+(?:-(?!-)[A-Za-z'’]*+)*+)                           # the rest of a word
"""

#: :data:`~quoteattr.patterns.NAME` for text without letters, marks or digits beyond
#: ASCII (see :func:`_ascii_names`), where ``\p{Lu}`` is ``[A-Z]``, ``\p{L}`` is
#: ``[A-Za-z]``, ``\p{N}`` is ``[0-9]`` and ``\p{M}`` is nothing: the same matches,
#: which the standard library's engine finds in about a third of the time (it skips to
#: the next capital without trying the pattern at each character). The same pieces in
#: the same order, so both engines backtrack alike; only the first word's "not inside a
#: word" is asked after its capital, so that the capital opens the pattern.
_ASCII_NAME = re.compile(
    rf"""
    [A-Z](?<![A-Za-z0-9'’][A-Z])     # a capital, not inside a word
    (?:[A-Za-z]*+                     # the first word: _ASCII_CAP past its capital
      (?:\.(?<=[A-Za-z][A-Za-z]\.)(?:{_ASCII_ABBR})(?={_SPACE}++[A-Z])
        |\.(?<![A-Za-z][A-Za-z]\.)(?={_SPACE}*+[A-Z])
        |[A-Za-z'’]*+(?:-(?!-)[A-Za-z'’]*+)*+))
    (?:[ \t]*+\n?[ \t]*+(?:{_ASCII_CAP}
      |(?:{"|".join(sorted(lexicon.NAME_PARTICLES, key=lambda w: (-len(w), w)))})
       {_SPACE}++{_ASCII_CAP})){{0,5}}+   # up to five more words, a particle between
    (?:,{_SPACE}++(?:[RDI]-[A-Z][A-Za-z.]*+|Jr\.|Sr\.|III|II)
      |[ \t]++\([RDI]-[A-Z][A-Za-z.]*+\))?+   # party and state: R-Ariz. or (D-Va.)
    """,
    re.VERBOSE,
)

#: A character :data:`_ASCII_NAME` does not read as NAME does: one beyond ASCII that
#: is not a space, a dash, a quotation mark or other punctuation (of Latin-1 and of
#: General Punctuation), a currency sign or the byte-order mark; a letter (``é``), a
#: combining mark or a digit (``½``) among them.
_NOT_ASCII_NAME = re.compile(
    "[^\x00-\xa9\xab-\xb1\xb4\xb6-\xb8\xbb\xbf\xd7\xf7\u1680\u2000-\u206f"
    "\u20a0-\u20c0\u3000\ufeff]"
)


def _ascii_names(text: str, start: int, end: int) -> bool:
    """True when :data:`_ASCII_NAME` finds in ``text[start:end]`` what NAME finds: no
    character there (or just before, which NAME's look-behind reads) is a letter, mark
    or digit beyond ASCII.

    >>> _ascii_names("Mr. O’Neil said", 0, 15), _ascii_names("Mr. Ó Néill said", 0, 16)
    (True, False)
    """
    lo = max(0, start - 1)
    # (All ASCII, as half the stretches of news are, is told at once; the rest searched.)
    return text[lo:end].isascii() or _NOT_ASCII_NAME.search(text, lo, end) is None


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where each word (:data:`~quoteattr.patterns.WORD`) of ``text[start:end]`` is.

    >>> _words("Mr. Jean-Luc O’Brien", 0, 20), _words("Mr. Jean-Luc O'Brien", 4, 20)
    ([(0, 2), (4, 12), (13, 20)], [(4, 12), (13, 20)])
    """
    chunk = text[start:end]
    found = (_ASCII_WORD if chunk.isascii() else WORD).finditer(chunk)
    return [(start + m.start(), start + m.end()) for m in found]


def read_mention(text: str, start: int, end: int, *, source: bool = False) -> Mention | None:
    """Read ``text[start:end]`` (a match of a mention pattern) as a :class:`Mention`.

    Returns None when the words name no person. With ``source=True`` (the words stand
    right beside a speech verb) an organisation is a speaker too: ``Fox News reported``.

    >>> read_mention("Yesterday", 0, 9) is None
    True
    >>> read_mention("the official", 0, 12).kind
    'description'
    """
    raw = text[start:end]
    low = raw.lower()
    if source and _after_determiner(text, start) and raw[:1].isupper():
        return None  # "a Twitter comment", "the Clinton campaign": a name as modifier
    if low == "who":
        return Mention(Span(start, end, raw), "relative", low)
    if QUANTITY.fullmatch(raw, None, None, HOLD):
        if low == "one" and not source:
            return None  # ``"…," one said`` is someone; ``One recent evening,`` is not
        # ``21 percent``, ``Most``, ``another``: a share of people, as written.
        return Mention(Span(start, end, raw), "description", " ".join(low.split()))
    if low in lexicon.PRONOUNS:
        return Mention(Span(start, end, raw), "pronoun", low, lexicon.PRONOUNS[low])
    first = low.split(None, 1)[0] if low.strip() else ""
    if first in _DETERMINERS or _possessive_description(raw):
        if len(low.split()) < 2 or raw.isupper():
            return None  # "The" alone describes nobody; "THE END" is a heading
        # A manner adverb after the description is not part of it: "her husband impatiently".
        words = _words(text, start, end)
        while len(words) > 2 and text[words[-1][0] : words[-1][1]].lower().endswith("ly"):
            words.pop()
        end = words[-1][1] if len(words) > 1 else end
        raw = text[start:end]
        low = raw.lower()
        return Mention(Span(start, end, raw), "description", " ".join(low.split()),
                       _description_gender(low))
    return _read_name(text, start, end, source)


def _possessive_description(raw: str) -> bool:
    """True for a possessive name and a description after it, which names no one:
    ``Ryan's spokeswoman`` (but ``Trump's aide Jo Lee`` names Jo Lee).

    >>> _possessive_description("Ryan’s spokeswoman")
    True
    >>> _possessive_description("Trump's aide Jo Lee")
    False
    """
    words = raw.split()
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and words[0].endswith(("'s", "’s", "s'", "s’"))
        and not words[-1][:1].isupper()
    )


def _after_determiner(text: str, pos: int) -> bool:
    """True when a determiner stands right before ``pos`` in the same paragraph: a word
    that ends the paragraph before (``… this one\\n\\nShe said``) is none.

    >>> _after_determiner("said the Clinton", 9), _after_determiner("this one\\n\\nShe", 10)
    (True, False)
    """
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    gap = text[i:pos]
    if gap.count("\n") + gap.count("\r") - gap.count("\r\n") > 1:
        return False  # a blank line: the word before is in another paragraph
    return _word_before(text, i) in _DETERMINERS


_DETERMINERS = frozenset(
    "the this these a an another one two three several some many his her their its our my".split()
)


def _description_gender(low: str) -> str | None:
    for word in reversed(low.split()):
        if word in _FEMALE_NOUNS:
            return "f"
        if word in _MALE_NOUNS:
            return "m"
    return None


_FEMALE_NOUNS = frozenset(
    "woman lady girl spokeswoman chairwoman congresswoman mother wife sister daughter "
    "aunt grandmother queen princess duchess countess widow maid actress".split()
)
_MALE_NOUNS = frozenset(
    "man gentleman boy spokesman chairman congressman father husband brother son uncle "
    "grandfather king prince duke count widower actor".split()
)


def _read_name(text: str, start: int, end: int, source: bool = False) -> Mention | None:
    parts = _name_parts(text[start:end], source)
    if parts is None:
        return None
    span_start, span_end, core_text, gender, month, title = parts
    if month and _preposition_before(text, start + span_start):
        return None  # "in May", not "May said"
    a, b = start + span_start, start + span_end
    return _name_mention(a, b, text[a:b], core_text, gender, title)


def _title_word(low: str) -> bool:
    """True for a word that goes on a title: ``State`` in ``Secretary of State``."""
    return (
        low in lexicon.TITLES or low in lexicon.ORG_WORDS or low in _TITLE_MODIFIERS
        or low in lexicon.PLACES
    )


@lru_cache(maxsize=65536)
def _name_parts(
    raw: str, source: bool = False
) -> tuple[int, int, str, str | None, bool, str] | None:
    """Read a run of capitalised words on its own (cached: names recur).

    Returns the name's span relative to ``raw``, its core, the gender its title gives,
    and whether it is a lone month-name (which a preposition before it rules out).
    With ``source``, organisations (``Fox News``) are read as names too.
    """
    end = len(raw)
    for stop in (",", " ("):
        cut = raw.find(stop, 0, end)
        if cut != -1:
            end = cut  # a party-and-state or generational suffix is not part of the name
    cut = raw.find(" of ", 0, end)
    if cut != -1 and any(
        _lower(raw, w) not in lexicon.TITLES and _lower(raw, w) not in _TITLE_MODIFIERS
        for w in _words(raw, 0, cut)
    ):
        end = cut  # "Ann Cole of Ohio": the place is where she is from, not her name
    words = _words(raw, 0, end)
    # Each word lower-cased once (a word of WORD holds no full stop: as _lower reads
    # it), kept beside ``words`` as words are dropped.
    lows = [raw[a:b].lower() for a, b in words]
    # Words before the last run of capitalised words describe the person (``New York
    # attorney Eric Levine``); the name is that last run.
    # An "of" inside a title (``Secretary of State``) does not end the description, nor
    # a particle inside a name (``Lady Catherine de Bourgh``: her surname is "de Bourgh").
    last = len(words) - 1
    i = last  # the last lower-case word that ends a description, or -1
    while i >= 0 and (
        raw[words[i][0]].isupper()
        or (
            0 < i < last and raw[words[i][0] : words[i][1]] == "of"
            and lows[i - 1] in lexicon.TITLES and _title_word(lows[i + 1])
        )
        or _inner_particle(raw, words, i)
    ):
        i -= 1
    if 0 <= i < last:
        del words[: i + 1], lows[: i + 1]
    # Drop sentence openers and other words that never begin a name.
    while len(words) > 1 and (lows[0] in lexicon.NOT_NAMES or _adverb(lows[0])):
        del words[0], lows[0]
    # ... and words that end a name only by running into the next sentence or clause.
    while len(words) > 1 and lows[-1] in lexicon.NOT_NAMES and lows[-1] not in _MONTH_NAMES:
        del words[-1], lows[-1]
    if not words:
        return None
    month = False
    count = len(words)
    if count == 1:
        if _adverb(lows[0]):
            return None  # "Presently he said": an adverb opening its sentence
        if lows[0] in lexicon.NOT_NAMES:
            if source and lows[0] in lexicon.GROUPS:
                pass  # ``Democrats said``: a group speaks beside its verb
            elif lows[0] not in _MONTH_NAMES:
                return None
            else:
                month = True
    # The person's name follows the last title or organisation word, if any follows
    # (``NATO Secretary General Jens Stoltenberg``, ``White House Press Secretary Jo``):
    # the core is ``words[first:]``.
    first = 0
    for i in range(count - 2, -1, -1):
        low = lows[i]
        if (
            low in lexicon.TITLES or low in lexicon.ORG_WORDS or low in _TITLE_MODIFIERS
            or low.endswith(("'s", "’s"))  # ``The Post's Ruth Marcus``
        ):
            first = i + 1
            break
    gender = None
    title = ""
    for k in range(first):
        g = lexicon.TITLES.get(lows[k])
        if g and not gender:
            gender = g
            a, b = words[k]
            title = raw[a:b] + ("." if raw[b : b + 1] == "." else "")
    core_lows = lows[first:]
    if any(low in lexicon.ORG_WORDS for low in core_lows) or " ".join(core_lows) in lexicon.PLACES:
        if not source:
            return None  # an organisation or place: a speaker only beside a speech verb
        first = 0  # an organisation speaks under its whole name
    elif all(raw[a:b].isupper() and b - a > 1 for a, b in words[first:]) and (
        not source or count - first > 2
    ):
        return None  # headings and acronyms (CHAPTER, THE END, NATO), not people
    if count == 1 and lows[0] in lexicon.TITLES and not source:
        return None  # a title alone ("Sir", "Mother") names nobody in particular
    if count == 1 and lows[0] in _NEVER_A_NAME:
        return None  # "Former" (of "Former Republican candidate Jo Bush"): no one at all
    span_start = words[0][0]
    span_end = end if raw[words[-1][1] : end].strip(" ,.") else words[-1][1]
    span_end = max(span_end, words[-1][1])
    # An initial keeps its full stop: ``Donald J. Trump``.
    core_text = " ".join(
        [raw[a:b] + ("." if b - a == 1 and raw[b : b + 1] == "." else "") for a, b in words[first:]]
    )
    if core_text.endswith(("'s", "’s")):
        core_text = core_text[:-2]  # the possessive ending is not part of the name
    return span_start, span_end, core_text, gender, month, title


_MONTH_NAMES = frozenset({"may", "june", "april", "august"})


def _inner_particle(raw: str, words: list[tuple[int, int]], i: int) -> bool:
    """True when word ``i`` is a name particle (``data/name_particles.txt``) between two
    capitalised words: part of the name, not the end of a description before it.

    >>> raw = "Lady Catherine de Bourgh"
    >>> _inner_particle(raw, _words(raw, 0, len(raw)), 2)
    True
    >>> raw = "the lawyer de Bourgh"
    >>> _inner_particle(raw, _words(raw, 0, len(raw)), 2)
    False

    Notes: European surnames keep their particle (de Gaulle, van Gogh, von Trapp);
    the Chicago Manual of Style (8.29) files them under the particle or the name after it.
    """
    return (
        0 < i < len(words) - 1
        and raw[words[i][0] : words[i][1]] in lexicon.NAME_PARTICLES
        and raw[words[i - 1][0]].isupper()
        and raw[words[i + 1][0]].isupper()
    )


#: A word in -ly of six letters or more: an adverb (``presently``, ``mechanically``), or
#: a name in -lly (``Connolly``, ``Donnelly``), which :func:`_adverb` tells apart.
_LY_WORD = regex.compile(r"\p{Ll}{4,}ly")


def _adverb(word: str) -> bool:
    """True when the lower-case ``word`` is an adverb in -ly opening a run of capitalised
    words (``Presently Tony``, ``Mechanically Yegorushka``), not a name: no given name
    (``Kimberly``), no surname in -lly other than -ally or -ully (``Connolly``).

    >>> _adverb("presently"), _adverb("mechanically"), _adverb("kimberly"), _adverb("connolly")
    (True, True, False, False)

    Notes: an adverb opening a sentence is capitalised like the name after it; English
    names seldom end in -ly, and the -lly ones that do are not -ally or -ully.
    """
    if (
        not word.endswith("ly")
        or _LY_WORD.fullmatch(word, None, None, HOLD) is None
        or word in lexicon.GIVEN_NAMES
    ):
        return False
    return not word.endswith("lly") or word.endswith(("ally", "ully"))


def _lower(text: str, word: tuple[int, int]) -> str:
    return text[word[0] : word[1]].lower().rstrip(".")


def _word_before(text: str, pos: int) -> str:
    """The word (letters only, lower-cased) just before ``pos``, past any spaces."""
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:i].lower()


def _preposition_before(text: str, pos: int) -> bool:
    return _word_before(text, pos) in _PREPOSITIONS


def names_in(text: str, start: int, end: int) -> Iterator[Mention]:
    """Yield the people named in ``text[start:end]``, in order.

    >>> [m.core for m in names_in("In May, Mr. Smith met Theresa May in London.", 0, 44)]
    ['Smith', 'Theresa May']
    """
    # An ``&`` next to a match can only stand in text[start - 1 : end + 1]; most texts
    # have none there, and then no match needs asking.
    ampersand = text.find("&", max(0, start - 1), end + 1) != -1
    found = (
        _ASCII_NAME.finditer(text, start, end)
        if _ascii_names(text, start, end)
        else NAME.finditer(text, start, end, False, HOLD)
    )
    for m in found:
        reading = _name_reading(m.group())
        if reading is None:
            continue
        span_start, words, core, gender, title, bare = reading
        where = m.start()
        a = where + span_start
        # One bare word after a preposition is a place or a date: ``in London``,
        # ``in May`` (a month alone, as _read_name reads it).
        if bare and _word_before(text, a) in _PREPOSITIONS and not passive_agent(text, a):
            continue
        if ampersand and (text.startswith("&", m.end()) or text.endswith("&", 0, where)):
            continue  # ``Q&A``, ``AT&T``, ``S&P``: an abbreviation joined by ``&``
        yield _name_mention(a, a + len(words), words, core, gender, title)


@lru_cache(maxsize=65536)
def _name_reading(
    raw: str,
) -> tuple[int, str, str, str | None, str, bool] | None:
    """:func:`_name_parts` of a match of NAME for :func:`names_in`: None when it names
    no one whatever stands before it, else where its span starts in ``raw`` and the
    span's words, its core, gender and title, and whether a preposition before it would
    make it a place or a date.

    >>> _name_reading("But Mrs. Ann Lee"), _name_reading("But")
    ((4, 'Mrs. Ann Lee', 'Ann Lee', 'f', 'Mrs.', False), None)
    """
    parts = _name_parts(raw, False)  # as _read_name asks: one cache entry
    if parts is None:
        return None
    span_start, span_end, core, gender, month, title = parts
    if core.lower() in lexicon.NOT_NAMES:
        return None
    # One capitalised word, untitled, as written: a place after a preposition.
    words = raw[span_start:span_end]
    place = " " not in core and gender is None and words == core
    return span_start, words, core, gender, title, month or place


#: Words before a mention that make it the object of a preposition.
_OBJECT_MARKERS = frozenset(
    "in at of from with by for about on upon to after before during into over under than "
    "like as against between among toward towards beside behind".split()
)


def is_object(text: str, mention: Mention) -> bool:
    """True for a possessive (``Trump's``) or a mention after a preposition (``in Iowa``),
    unless that word also opens a clause of which the mention is the subject (``before
    Mr. Collins came up``).

    >>> text = "He wrote to Jane Eyre."
    >>> is_object(text, next(names_in(text, 0, len(text))))
    True
    >>> text = "She had replied, before Mr. Collins came up."
    >>> is_object(text, next(names_in(text, 0, len(text))))
    False
    """
    if mention.span.text.endswith(("'s", "’s", "s'", "s’")):
        return True
    if mention.kind == "pronoun" and mention.core in _SUBJECT_PRONOUNS:
        return False  # ``as she said``: a subject pronoun after a conjunction
    before = _word_before(text, mention.span.start)
    if before in _CONJUNCTIONS_TOO and _verb_after(text, mention.span.end):
        return False  # ``before Mr. Collins came up``: the subject of a clause
    if before == "by" and passive_agent(text, mention.span.start):
        return False  # ``she was overtaken by Wickham``: the one who acts
    return before in _OBJECT_MARKERS


def passive_agent(text: str, pos: int) -> bool:
    """True when the words before ``pos`` are a passive (a form of ``be`` and a past
    participle) and ``by``: what stands at ``pos`` is its agent, who acts (``was
    overtaken by Tom``, ``was soon joined by Tom``), not an object or a place (``stood
    by Tom``). A participle alone (``a letter obtained by the Post``) is left out:
    news writes it of the reporter who got the words, not the one who spoke.

    >>> passive_agent("She was overtaken by Tom.", 21), passive_agent("She stood by Tom.", 13)
    (True, False)
    >>> passive_agent("A letter obtained by Tom.", 21)
    False

    Notes: the by-phrase of a passive names its agent (Quirk et al., *A Comprehensive
    Grammar of the English Language*, 3.63); centering ranks the agent with subjects.
    """
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if text[max(0, i - 2) : i] != "by" or (i > 2 and text[i - 3].isalpha()):
        return False
    return _PASSIVE_BY.search(text, max(0, i - 60), i, HOLD) is not None


#: A form of ``be``, perhaps an adverb, a past participle, regular (``joined``) or
#: strong (``overtaken``, ``drawn``, ``caught``), and ``by``, ending where it is searched.
_PASSIVE_BY = regex.compile(
    r"""(?<![\p{L}])(?:was|were|is|are|be|been|being)\s++(?:\p{Ll}++ly\s++)?
        \p{Ll}{2,}(?:ed|en|wn|ght)\s++by\Z""",
    regex.VERBOSE,
)


#: Markers of an object that also open a clause (``before Mr. Collins came up``).
_CONJUNCTIONS_TOO = frozenset("after before as than".split())

#: Words after a name that are not the verb of a clause it opens.
_NOT_CLAUSE_VERBS = frozenset(
    "and or but of to in on at by for from with as than who which that whose whom "
    "the a an his her their its himself herself".split()
)


def _verb_after(text: str, end: int) -> bool:
    """True when the word right after ``end`` could be a verb: a lower-case word that
    is no conjunction, preposition, determiner or pronoun (no comma between).

    >>> _verb_after("before Mr. Collins came up", 18), _verb_after("before Mr. Collins and", 18)
    (True, False)
    """
    i, n = end, len(text)
    while i < n and text[i] in " \t":
        i += 1
    j = i
    while j < n and text[j].isalpha() and text[j].islower():
        j += 1
    if j == i or i == end or (j < n and (text[j].isalpha() or text[j] in "'’")):
        return False  # no space, no word, or a word not all lower case ("'s")
    return text[i:j] not in _NOT_CLAUSE_VERBS


#: Pronouns that are only ever subjects.
_SUBJECT_PRONOUNS = frozenset("he she they we i".split())


def starts_sentence(text: str, pos: int) -> bool:
    """True when ``text[pos]`` opens a sentence (after . ! ? or at a paragraph start).

    >>> starts_sentence("It rained. Tears fell.", 11), starts_sentence("He saw Tears.", 7)
    (True, False)
    """
    i = pos
    while i > 0 and (text[i - 1] in " \t\"'“‘”’(_" ):
        i -= 1  # spaces, and marks: ``good.” Adding`` opens a sentence too
    if i == 0:
        return True
    if text[i - 1] == "\n":
        return i < 2 or text[i - 2] == "\n" or text[i - 2] in ".!?:"
    return text[i - 1] in ".!?…:;—"
