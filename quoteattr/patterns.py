"""Compiled regular expressions shared by the modules, each named, verbose and commented.

Patterns are compiled once: the small ones at import, the large mention patterns on
first use (:class:`LazyPattern`). None of them can backtrack catastrophically: every
repetition is over a single character class or is possessive/atomic.

A pattern that is one class of listed characters (the quotation marks) is compiled
with the standard library's ``re``, which matches such a class the same and scans
for it two to three times faster than ``regex``; every other pattern needs what only
``regex`` has (``\\p{Lu}`` classes, possessive quantifiers on Python 3.10).

>>> [m.group() for m in QUOTE_MARK.finditer('"Hi," he said. \\'No.\\'')]
['"', '"', "'", "'"]
"""

from __future__ import annotations

import re
from typing import Any

import regex

__all__ = [
    "ACCORDING_TO",
    "APPOSITIVE_OPENER",
    "BETWEEN_WORDS",
    "BLANK_LINE",
    "CLAUSE_END",
    "CLOSING_MARKS",
    "DASH_SOURCE",
    "DIGIT",
    "DOUBLED_APOSTROPHE",
    "DOUBLE_MARKS",
    "EXCLAIMED",
    "FICTION_MARKERS",
    "FICTION_VERBS",
    "FICTION_VERBS_AFTER",
    "GENDERED_PRONOUN",
    "HOLD",
    "INDEFINITE_PERSON",
    "MARKUP_TAG",
    "MENTION_AFTER_QUOTE",
    "MENTION_AFTER_VERB",
    "MENTION_AFTER_VERB_LEAD_IN",
    "MENTION_BEFORE_VERB",
    "MENTION_BEFORE_VERB_PLAIN",
    "MENTION_BREAK",
    "NAME",
    "NARRATION_BREAK",
    "NEWLINE_RUN",
    "NEWS_MARKERS",
    "NON_SPACE",
    "OPENING_MARKS",
    "PAIRING_MARK",
    "POSSESSED_NOUN",
    "PRONOUN_CUE",
    "QUANTITY",
    "QUANTITY_PRONOUNS",
    "QUOTE_MARK",
    "RELAYED_BY",
    "SINGLE_MARKS",
    "SUBJECT",
    "SUBJECT_PHRASE",
    "SUBJECT_PLAIN",
    "SURVEY_PARTICIPLES",
    "TERM_LIST",
    "UPPER",
    "VOCATIVE",
    "VOCATIVE_INSIDE",
    "VOCATIVE_OPENING",
    "WORD",
    "LazyPattern",
    "compile_all",
]

class LazyPattern:
    """A regular expression compiled on its first use, not at import: the mention
    patterns hold large word alternations that take a tenth of a second each to
    compile, and ``import quoteattr`` should stay fast. It answers what the package asks
    of a compiled pattern (``search``, ``match``, ``finditer``, ``pattern``, …).

    >>> pattern = _lazy(r"a+", 0)
    >>> pattern.search("baa").group()
    'aa'
    """

    # The compiled pattern's methods the package calls are slots filled on first use,
    # so a call after that is a plain attribute look-up, not one through __getattr__.
    __slots__ = (
        "_compiled", "_flags", "_source", "findall", "finditer", "fullmatch", "match",
        "search",
    )
    findall: Any
    finditer: Any
    fullmatch: Any
    match: Any
    search: Any

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags
        self._compiled: regex.Pattern[str] | None = None

    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet; two threads doing so
        at once compile the same pattern twice, harmlessly)."""
        compiled = self._compiled
        if compiled is None:
            compiled = regex.compile(self._source, self._flags)
            for name in ("findall", "finditer", "fullmatch", "match", "search"):
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)


def _lazy(source: str, flags: int) -> Any:
    """``regex.compile(source, flags)``, put off until the pattern is first used."""
    pattern = LazyPattern(source, flags)
    _LAZY.append(pattern)
    return pattern


#: Every pattern made by :func:`_lazy`, in the order made.
_LAZY: list[LazyPattern] = []


def compile_all() -> None:
    """Compile every pattern not compiled yet (about a second in all): done before
    starting worker processes that inherit this one's memory, so that none of them
    compiles them again.

    >>> compile_all()
    >>> all(p._compiled is not None for p in _LAZY)
    True
    """
    for pattern in _LAZY:
        pattern.compiled()


#: The regex module's ``concurrent`` argument, which every call of a compiled pattern in
#: the package passes by position (``PATTERN.search(text, start, end, HOLD)``;
#: ``finditer`` and ``findall`` take ``overlapped`` before it: ``PATTERN.finditer(text,
#: start, end, False, HOLD)``). False keeps the GIL while matching. Left to its default,
#: the module lets the GIL go and takes it back around every match on a str, which costs
#: more than most of the package's matches, a few words long, take (PolNeAR: 2-5% of
#: ``extract``). The stdlib's ``re`` never lets it go either. By position, since a keyword
#: costs more to parse than the call saves.
HOLD = False

#: Double quotation marks (and guillemets, which play the same part).
DOUBLE_MARKS = '"“”„‟«»'
#: Single quotation marks, which are also apostrophes.
SINGLE_MARKS = "'‘’‚‛‹›"
#: Marks whose glyph says "I open" ...
OPENING_MARKS = "“„‟«‘‚‛‹"
#: ... and marks whose glyph says "I close" (context can overrule both).
CLOSING_MARKS = "”»’›"

#: Any quotation mark or apostrophe: the one pass over the raw text that finds
#: every candidate quotation boundary.
QUOTE_MARK = re.compile(
    r"""
    [\"'“”‘’„‟‚‛«»‹›]     # straight, curly, low-9 and guillemet marks
    """,
    re.VERBOSE,
)

#: A mark that may open or close a quotation: every mark of :data:`QUOTE_MARK` but a
#: single one between two letters or digits (``it's``, ``o'clock``, ``rock’n’roll``),
#: which is always an apostrophe. (``[^\W_]`` is what ``str.isalnum`` tells.)
PAIRING_MARK = re.compile(
    r"""
    [\"'“”‘’„‟‚‛«»‹›]
    (?:(?<=[\"“”„‟«»])      # a double mark,
      |(?<![^\W_].)         # or a single one with no letter or digit before it
      |(?![^\W_]))          # or none after it
    """,
    re.VERBOSE,
)

#: Quoted words listed after a noun such as "words" or "terms" and ``such as`` or
#: ``including``, up to the end of the searched text: what comes next is another item
#: of the list (``words such as "attack," "Libya" and``).
TERM_LIST = regex.compile(
    r"""
    (?<![\p{L}])
    (?:words?|terms?|phrases?|labels?|slogans?|hashtags?)   # the noun naming the list
    \s++(?:such\s++as|including)
    (?:[\s,]*+[\"“‘][^\"“”‘’\n]{1,60}[\"”’])*+            # the items before this one
    [\s,]*+(?:(?:and|or)\s++)?+
    \Z
    """,
    regex.VERBOSE,
)

#: An HTML or XML tag left in scraped text (``<tweet id="42">``): the marks inside
#: delimit attribute values, not quotations.
MARKUP_TAG = regex.compile(
    r"""
    </?+                  # the tag opens
    [A-Za-z][\w:.-]*+      # its name
    (?:\s[^<>\n]*+)?+      # attributes, on one line, no nested brackets
    /?+>                  # the tag closes
    """,
    regex.VERBOSE,
)

#: Two apostrophes typed for one double mark (``''So terrible''``), as in old wire
#: archives; also feet and inches, ditto marks and empty strings, so not read as marks.
DOUBLED_APOSTROPHE = regex.compile(
    r"""
    ''                    # exactly two straight apostrophes ...
    (?!')                 # ... and not three
    """,
    regex.VERBOSE,
)

#: A blank line: a line break, optional spaces, another line break (and any more).
#: In hard-wrapped text (novels) this is what separates paragraphs.
BLANK_LINE = regex.compile(
    r"""
    \r?\n                 # end of a line
    (?:[ \t\f\v]*+\r?\n)++  # one or more lines holding only spaces
    """,
    regex.VERBOSE,
)

#: Any run of line breaks: in text whose lines are paragraphs (most news), every
#: line break separates paragraphs.
NEWLINE_RUN = regex.compile(
    r"""
    (?<![ \t])           # start at the first space, not at each of a long run's
    (?:[ \t]*+(?:\r\n|[\n\r\f\v\x1c-\x1e\x85\u2028\u2029]))++  # breaks, with spaces before
    """,
    regex.VERBOSE,
)

#: A run of characters that are not space (as ``\s`` means it in the patterns here).
NON_SPACE = regex.compile(r"\S++")

#: An upper-case letter (as ``\p{Lu}`` opens each word of a name).
UPPER = regex.compile(r"\p{Lu}")

#: A word: letters, digits, and inner apostrophes or hyphens (``don't``, ``well-known``).
WORD = regex.compile(
    r"""
    [\p{L}\p{N}]++                      # a run of letters or digits
    (?:['’\-][\p{L}\p{N}]++)*+          # joined by apostrophes or hyphens
    """,
    regex.VERBOSE,
)


# --- mentions and cues --------------------------------------------------------------
# Built from the word lists in quoteattr/data/ (see quoteattr.lexicon).

from . import lexicon  # noqa: E402  (the lists are data; the patterns are built here)


def _alternation(words: object) -> str:
    """A regex alternation of ``words``, longest first, each escaped, spaces flexible."""
    ordered = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "|".join(regex.escape(w).replace(r"\ ", r"\s++") for w in ordered)


#: Abbreviations that may stand capitalised inside a name with their period:
#: ``Sen.``, ``Mr.``, ``St.``, ``Jr.`` (from ``data/abbreviations.txt``).
_ABBR_CAP = _alternation(
    w.capitalize() for w in lexicon.ABBREVIATIONS if w.isalpha() and len(w) > 1
)

#: A capitalised word of a name: an abbreviated title with its period, an initial
#: (``F.`` in ``John F. Kennedy``), or a word. A period after any other word ends the
#: sentence, so the name stops there (``Fitzwilliam. He`` is not one name); a word's
#: hyphens are single (``Grant-Menzies``): a double one is a dash between words
#: (``Colonel Inch--Richard Last`` is two names).
#: The word's capital and letters come first, so a place that cannot start a word (a
#: lower-case word after a name) fails at its first character; only a period after the
#: letters asks whether they are an abbreviation (all two letters or more, so a lone
#: capital is an initial) or an initial. The letters never follow a letter (a name's
#: first word stands after none, its later words after a space, a period or another
#: word's end), so the abbreviation behind the period, after no letter, is all of them.
_CAP = rf"""
    \p{{Lu}}\p{{L}}*+
    (?:\.(?<=\p{{L}}\p{{L}}\.)(?<=(?<!\p{{L}})(?:{_ABBR_CAP})\.)(?=\s++\p{{Lu}})
                                     # Sen. before a name (two letters at least: an
                                     # initial, F., never tries the abbreviations)
      |\.(?<!\p{{L}}\p{{L}}\.)(?=\s*+\p{{Lu}})                  # F. before a name
      |[\p{{L}}\p{{M}}'’]*+(?:-(?!-)[\p{{L}}\p{{M}}'’]*+)*+)     # the rest of a word
"""
#: Lower-case particles inside names: Charles de Gaulle, Ludwig van Beethoven
#: (``data/name_particles.txt``).
_PARTICLE = f"(?:{_alternation(lexicon.NAME_PARTICLES)})"

#: A name: up to six capitalised words (titles included; they are split off later),
#: with an optional party-and-state or generational suffix (``, R-Ariz.``, ``Jr.``).
NAME = regex.compile(
    rf"""
    (?=\p{{Lu}})                      # every word of _CAP opens with a capital: saying so
                                     # first lets the engine skip other places fast
    (?<![\p{{L}}\p{{N}}'’])           # not inside a word (asked second: most places
                                     # fail the capital already)
    {_CAP}
    (?:[ \t]*+\n?[ \t]*+(?:{_CAP}|{_PARTICLE}\s++{_CAP})){{0,5}}+  # a particle (lower
                                     # case) only where no capital is
    (?:,\s++(?:[RDI]-[\p{{Lu}}][\p{{L}}.]*+|Jr\.|Sr\.|III|II)
      |[ \t]++\([RDI]-[\p{{Lu}}][\p{{L}}.]*+\))?+   # party and state: R-Ariz. or (D-Va.)
    """,
    regex.VERBOSE,
)

#: NAME inside the larger patterns below, written out in each place: a subroutine call
#: (``(?&name)`` to a DEFINE group) matches the same (the regex module's calls are not
#: atomic) but costs several times more at each of the many places it is tried.
_NAME_IN = f"(?:{NAME.pattern})"

_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)(?![\p{L}'’])"
#: A determiner word (no possessive name).
_DETERMINER_WORD = (
    r"(?:[Tt]he|[Tt]his|[Tt]hese|[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|"
    r"[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)"
)
_DETERMINER = (
    rf"(?:{_DETERMINER_WORD}"
    # a possessive name: ``Ryan's spokeswoman``, ``the governor's aide``
    rf"|{_NAME_IN}(?<=\p{{L}}['’]s|s['’]))"
)
_ROLE = _alternation(lexicon.ROLE_NOUNS)


#: Words that end a mention read after its verb (``said Trump on Monday``).
_STOP = (
    r"(?:on|in|at|of|for|from|to|with|by|after|before|during|and|or|but|who|whom|whose|"
    r"that|which|when|while|as|than|about|into|last|this|next|earlier|later)(?![\p{L}])"
)

#: An appositive after a mention, set off by commas: it opens like a noun phrase or a
#: relative clause (``, a doctor at the clinic,`` / ``, who ran in 2012,`` / ``, Sanders'
#: campaign manager,``), so a clause (``, and took a heckler in stride,``) is not one.
#: How each part of an appositive opens, after its comma and spaces.
_APPOSITIVE_OPENER = rf"""
       (?:(?:a|an|the|who|whose|which|one|his|her|its|their|our|now|then|also|both|
             former|longtime|senior|chief|acting|of|from)\b
          |\d++                                   # an age: ``, 66,``
          |(?:\p{{Ll}}[\p{{L}}\-]*+\s++){{0,2}}(?:{_ROLE})(?![\p{{L}}])
                                                  # a role: ``, legal director for X,``
          |(?:\p{{Lu}}[\p{{L}}.\-]*+\s++){{0,2}}\p{{Lu}}[\p{{L}}.\-]*+['’]s?(?=\s)
                                                  # a possessive: ``, New Jersey's governor,``
          |\p{{Lu}}\p{{L}}{{0,3}}\.(?:\p{{Lu}}\.)?+(?=,))   # a state: ``, N.C.,`` ``, Ariz.,``
"""
_APPOSITIVE = rf"""
    (?:(?:,\s++ {_APPOSITIVE_OPENER}
       [^,;:"“”\n]{{0,150}}+){{1,4}}+,)?+       # up to four: ``, 30, of Raleigh, N.C.,``
"""


#: A share of people, as polls report them: ``21 percent``, ``About four in 10``,
#: ``31% of Republicans``; or a pronoun of quantity (``Most``, ``Others``, ``Another``,
#: ``those surveyed``). A bare number is not one (``in 2012 said``).
#: Pronouns of quantity that stand for people: ``Most said``, ``Another tweeted``.
QUANTITY_PRONOUNS: tuple[str, ...] = (
    "most", "many", "some", "others", "both", "another", "several", "one",
)
#: Participles that make ``those`` a group of people: ``those surveyed said``.
SURVEY_PARTICIPLES: tuple[str, ...] = ("surveyed", "polled", "asked", "questioned", "interviewed")

_QUANTITY = r"""
    (?:
        (?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Jj]ust|[Oo]nly|[Oo]ver|[Uu]nder|
              [Mm]ore\s++than|[Ff]ewer\s++than|[Ll]ess\s++than)\s++)?
        (?:\d[\d,.]*+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)
        (?:\s*+%|\s++percent|\s++in\s++(?:\d++|ten)|\s++out\s++of\s++(?:\d++|ten))
        (?:\s++of\s++(?:the\s++|all\s++|those\s++)?\p{L}[\p{L}\-’']*+)?+
      | (?:""" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in QUANTITY_PRONOUNS) + r"""|
           [Tt]hose\s++(?:""" + "|".join(SURVEY_PARTICIPLES) + r"""))
        (?![\p{L}'’])
    )
"""


#: :data:`_QUANTITY` on its own, to tell such a mention when reading it.
QUANTITY = _lazy(_QUANTITY, regex.VERBOSE)


#: Part of a group: ``one of those advisers``, ``two of the senators``, ``some of his
#: aides`` (a share word, ``of``, a determiner or possessive name, a plural role noun;
#: ``one of the galleries`` is no one).
_PART_OF = rf"""
    (?:[Oo]ne|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Tt]wo|[Tt]hree|[Ee]ach|[Nn]one)
    \s++of\s++
    (?:(?:the|those|these|his|her|their|its|our|two|three|several|\p{{Lu}}[\p{{L}}.\-]*+['’]s?)\s++)?+
    (?:\p{{L}}[\p{{L}}\-]*+\s++){{0,2}}?(?=\p{{Ll}}++(?<=s)(?![\p{{L}}'’]))(?:{_ROLE})(?![\p{{L}}'’])
"""


def _mention(
    description: str, relative: bool = False, of: str = _NAME_IN, possessive: bool = True
) -> str:
    """A mention pattern whose description part is ``description``; with ``relative``,
    ``who`` after a comma is one too (``Beck, who has said …``). A description may
    have a name in apposition (``Ryan's spokeswoman, AshLee Strong,``); a name may not
    (``Of Carson, Levine, who …`` is Levine). ``of`` is what a description's
    prepositional phrase may hold (``a spokesman for Disney``): a name by default.
    Without ``possessive``, no possessive name opens a description: the pattern for a
    stretch of text with no apostrophe, where none can (the same matches there, and
    a name is not read twice at each place tried)."""
    who = r"(?P<mention>(?<=,[ \t\n]{1,3})who(?![\p{L}'’]))|" if relative else ""
    determiner = _DETERMINER if possessive else _DETERMINER_WORD
    return rf"""
    (?:
        {who}
        (?P<mention>
            {determiner}\s++{description}
            (?:\s++(?:for|of|at|with|from|in|to|on)\s++(?:the\s++)?{of})?+
        )
        (?:,\s++{_NAME_IN},(?=\s))?+ {_APPOSITIVE}
      | (?P<mention>
            {_PRONOUN}
          | {_PART_OF}
          | {_QUANTITY}
          | (?:(?:{_NAME_IN}|(?!{_STOP}|{_DETERMINER_WORD}\b)\p{{Ll}}[\p{{L}}\-’']*+)\s++){{0,4}}?
            {_NAME_IN}
            (?:\s++(?:and|of)\s++{_NAME_IN})?+
        )
        {_APPOSITIVE}
    )
"""


#: How every match of :func:`_mention` begins, told cheaply: a capital (a name, or a
#: possessive name before a description), up to four lower-case words before one (the
#: words before a name: ``New York attorney Eric Levine``), a relative ``who``, a
#: determiner and a space (a description), a pronoun, or a share of people
#: (:data:`_QUANTITY`). Put before a searched mention pattern, it spares trying the
#: whole pattern at every other word (same matches).
_MENTION_START = rf"""
    (?=\p{{Lu}}
      |(?:\p{{Ll}}[\p{{L}}\-’']*+\s++){{1,4}}\p{{Lu}}
      |who
      |{_DETERMINER_WORD}\s
      |{_PRONOUN}
      |{_QUANTITY})
"""

#: A mention a quotation can rest on: a description ending in a role noun (``a White
#: House spokesman``, ``a spokesman for Disney``), a pronoun, or a name with the words
#: before it (``New York attorney Eric Levine``); with an optional appositive (``Jeff
#: Weaver, the campaign manager,``).
_MENTION_DESCRIPTION = rf"(?:[\p{{L}}\p{{N}}\-’'.&]++\s++){{0,4}}?(?:{_ROLE})(?![\p{{L}}])"
_MENTION = _mention(_MENTION_DESCRIPTION)
#: The same, or a relative ``who`` standing for the name before its comma.
_MENTION_RELATIVE = _mention(_MENTION_DESCRIPTION, relative=True)
#: The same, with no possessive name (for a stretch with no apostrophe).
_MENTION_RELATIVE_PLAIN = _mention(_MENTION_DESCRIPTION, relative=True, possessive=False)
#: Words allowed between a speaker and the speech verb: ``has said``, ``later told``.
BETWEEN_WORDS: tuple[str, ...] = (
    "also", "then", "later", "again", "once", "finally", "recently", "previously",
    "further", "earlier", "quickly", "simply", "now", "still",
    "had", "has", "have", "would", "will",
    "was", "were", "is", "did", "does",
)
#: A word of the noun phrase after a description's preposition (``for the committee``):
#: not a word from :data:`_STOP`, :data:`BETWEEN_WORDS` or one ending in ``-ly``.
_OBJECT_WORD = (
    rf"(?!{_STOP}|(?:{'|'.join(BETWEEN_WORDS)})(?![\p{{L}}])|\p{{L}}++(?<=ly)(?![\p{{L}}]))"
    r"[\p{L}\p{N}\-’'.&]++"
)

#: The same, but any noun phrase of up to six words may describe the speaker
#: (``the influential daily``): used only right after a quotation, where the verb beside
#: it makes the reading safe.
_MENTION_NEAR = _mention(
    rf"(?:(?!{_STOP})[\p{{L}}\p{{N}}\-’'.&]++\s++){{0,5}}?(?!{_STOP})[\p{{L}}\-’']++",
    # and, after a role (``a spokesman for committee Democrats``), so may what its
    # prepositional phrase holds: up to four words, none one that may stand before a verb
    of=rf"""(?:{_NAME_IN}|(?<=(?:{_ROLE})\s++\p{{Ll}}++\s++(?:the\s++)?)
                {_OBJECT_WORD}(?:\s++{_OBJECT_WORD}){{0,3}}+)""",
)
#: A mention read after its speech verb (``said GOP strategist Keith Nahigian``,
#: ``said the designer, who …``): as long as it goes, up to punctuation or a word
#: from :data:`_STOP`.
_MENTION_AFTER_VERB = rf"""
    (?P<mention>
        {_DETERMINER}\s++(?:(?!{_STOP})[\p{{L}}\p{{N}}\-’'.&]++\s++){{0,5}}?
        (?!{_STOP})[\p{{L}}\p{{N}}\-’']++(?=\s*+(?:[,.;:!?)—–]|\Z|{_STOP}))
        (?:\s++(?:for|of|at|with|from|in|to|on)\s++(?:the\s++)?{_NAME_IN})?+
      | {_PRONOUN}
      | {_PART_OF}
      | {_QUANTITY}(?=\s*+(?:[,.;:!?)—–]|\Z))
      | (?:(?:{_NAME_IN}|(?!{_STOP})\p{{Ll}}[\p{{L}}\-’']*+)\s++){{0,4}}{_NAME_IN}
    )
    (?:,\s++[^,;:"“”\n]{{1,150}}+,)?+
"""

#: Up to three of them (or of other ``-ly`` words), each with the space after it.
_BETWEEN = rf"(?:(?:{'|'.join(BETWEEN_WORDS)}|\p{{Ll}}++(?<=ly))\s++){{0,3}}+"

#: The speaker of a cue right after a quotation, speaker first (match it from the
#: quotation's end to the verb's start): ``Trump`` in ``"…," Trump said``; ``as`` may
#: open it (``"…," as Cruz said``) and a comma close it (``Mitch McConnell, R-Ky., said``).
MENTION_AFTER_QUOTE = _lazy(
    rf"""
    [\s,—–\-]*+ (?:as\s++)?+ {_MENTION_NEAR} ,?+ \s++ {_BETWEEN}
    """,
    regex.VERBOSE,
)

#: A mention that ends right before a speech verb (match it up to the verb's start):
#: ``Trump`` in ``Trump said``, ``he`` in ``he later told``.
MENTION_BEFORE_VERB = _lazy(
    rf"""
    (?<![\p{{L}}\p{{N}}'’])          # a whole word: not "he" in "the rules"
    {_MENTION_START}
    {_MENTION_RELATIVE} \s++ {_BETWEEN} \Z
    """,
    regex.VERBOSE,
)
#: :data:`MENTION_BEFORE_VERB` for a stretch with no apostrophe (``'`` or ``’``), where
#: no possessive name (``Ryan's spokeswoman``) can open a mention: the same matches
#: there, found faster (each of these patterns costs about 0.2 s to compile, so only the
#: searches that measurably gain have one: this and :data:`SUBJECT_PLAIN`).
MENTION_BEFORE_VERB_PLAIN = _lazy(
    rf"""
    (?<![\p{{L}}\p{{N}}'’])
    {_MENTION_START}
    {_MENTION_RELATIVE_PLAIN} \s++ {_BETWEEN} \Z
    """,
    regex.VERBOSE,
)

#: Where a match of :data:`MENTION_BEFORE_VERB` cannot begin before: a character that
#: only an appositive holds (not a letter, mark, digit, space or one of ``'’-.&%,()``),
#: or a comma that is neither a name's suffix (``, R-Ariz.``, ``, Jr.``) nor inside a
#: number of a share (``1,000 percent``). A name, pronoun, description or share of
#: people has none, nor do the words between it and its verb. The last one in the
#: searched text is found (a reverse search).
MENTION_BREAK = regex.compile(
    r"""(?r)
    [^\p{L}\p{M}\p{N}\s'’\-.&%,()]
    |,(?!\s++(?:[RDI]-|Jr\.|Sr\.|II))         # no name's suffix after it
      (?:(?<![\d.,],)                           # no number before it ...
        |(?![\d,.]*+(?:\s*+%|\s++(?:percent|in|out))))   # ... or none of a share
    """,
    regex.VERBOSE,
)

#: How a part of an appositive opens, from the spaces after its comma (see
#: :data:`_APPOSITIVE`): ``a doctor``, ``66``, ``legal director``, ``New Jersey's``.
APPOSITIVE_OPENER = _lazy(rf"\s++{_APPOSITIVE_OPENER}", regex.VERBOSE)

#: The speaker right after a speech verb (match it from the verb's end):
#: ``Sen. John McCain`` in ``said Sen. John McCain, R-Ariz.``.
MENTION_AFTER_VERB = _lazy(
    rf"""
    \s++ {_MENTION_AFTER_VERB}
    """,
    regex.VERBOSE,
)

#: The same, closing a lead-in to a quotation (fullmatch from the verb's end to the
#: quotation): ``Said Mr. Jones:`` / ``asked Sen. Cruz, who …,``.
MENTION_AFTER_VERB_LEAD_IN = _lazy(
    rf"""
    \s++ {_MENTION_AFTER_VERB} (?:\s*+[,:]|(?<=,))\s*+
    """,
    regex.VERBOSE,
)

#: A dash and a name right after a quotation, as in lists of quotes and epigraphs:
#: ``"…" ― Carlos Ruiz`` / ``"…" —Jane Doe, a voter``.
DASH_SOURCE = _lazy(
    rf"""
    [ \t]*+[—–―][ \t]*+
    (?P<mention>{_NAME_IN})
    (?=[ \t]*+(?:[,.;|)\n]|\Z))
    """,
    regex.VERBOSE,
)

#: ``according to X`` next to a quotation; X may pass on a record of what was said
#: (``according to audio obtained by the Tribune``: the Tribune).
ACCORDING_TO = _lazy(
    rf"""
    (?i:according)\s++to\s++
    (?:(?:\p{{Ll}}[\p{{L}}\-]*+\s++){{1,3}}?(?:{_alternation(lexicon.RELAY_PARTICIPLES)})
       \s++by\s++)?+                   # the record: ``audio obtained by``
    {_MENTION_AFTER_VERB}
    """,
    regex.VERBOSE,
)

#: A source relaying a report, after its cue: ``according to X`` (as
#: :data:`ACCORDING_TO`) or, after a comma, ``reports X`` (``…," said Ann Cole,
#: reports the Tribune``).
RELAYED_BY = _lazy(
    rf"""
    (?:(?i:according)\s++to\s++
       (?:(?:\p{{Ll}}[\p{{L}}\-]*+\s++){{1,3}}?(?:{_alternation(lexicon.RELAY_PARTICIPLES)})
          \s++by\s++)?+
      |(?<=,[ \t]{{0,3}})report(?:s|ed)\s++)
    {_MENTION_AFTER_VERB}
    """,
    regex.VERBOSE,
)

#: A possible subject of the sentence a quoted fragment sits in: any mention.
SUBJECT = _lazy(
    rf"""
    (?<![\p{{L}}\p{{N}}])
    {_MENTION_START}
    {_MENTION}
    """,
    regex.VERBOSE,
)
#: :data:`SUBJECT` for a stretch with no apostrophe (see
#: :data:`MENTION_BEFORE_VERB_PLAIN`).
SUBJECT_PLAIN = _lazy(
    rf"""
    (?<![\p{{L}}\p{{N}}])
    {_MENTION_START}
    {_mention(_MENTION_DESCRIPTION, possessive=False)}
    """,
    regex.VERBOSE,
)

#: A noun phrase opening a clause, read when no person is its subject: a determiner
#: and the fewest words after it (``The deal`` in ``The deal promotes the "…"``,
#: ``An average`` in ``An average of 10 percent of voters reported "…"``).
SUBJECT_PHRASE = _lazy(
    rf"""
    (?P<mention>
        (?:{_DETERMINER_WORD}|[Mm]ost|[Bb]oth|[Oo]thers|[Aa]ll|[Ee]ach|[Tt]hose|[Tt]his|[Tt]hat)
        \s++(?!{_STOP})[\p{{L}}\-’']++
    )
    (?![\p{{L}}])
    """,
    regex.VERBOSE,
)

#: The verbs of :data:`FICTION_MARKERS` before a pronoun (``said she``), and after one
#: (``he replied``): every match holds one of the first (the second are among them),
#: which :func:`quoteattr.context.guess_style` finds with ``str.find`` to count them.
FICTION_VERBS = (
    "said", "replied", "cried", "returned", "answered", "exclaimed", "asked", "continued",
    "observed", "rejoined",
)
FICTION_VERBS_AFTER = ("cried", "replied", "exclaimed", "returned", "answered", "rejoined")

#: Cues typical of fiction: inverted or pronoun-led dialogue verbs (``said she``,
#: ``he replied``). Counted against :data:`NEWS_MARKERS` to guess a document's style.
FICTION_MARKERS = _lazy(
    rf"""
    \b(?:{"|".join(FICTION_VERBS)})
    \s++(?:he|she|I)\b
    | \b(?:he|she|I)\s++(?:{"|".join(FICTION_VERBS_AFTER)})\b
    """,
    regex.VERBOSE,
)

#: A past-tense cue led by a pronoun right after a quotation (``," she whispered``):
#: fiction's dialogue; news writes ``he said`` but seldom other verbs. Every match opens
#: with one of the pairs ``[,!?]["”]`` (``guess_style`` counts it only there).
PRONOUN_CUE = _lazy(
    r"""
    [,!?]["”]\s++          # a quotation closing on , ! or ?
    (?:he|she|I)\s++        # a pronoun
    \p{Ll}+ed\b            # a past-tense verb
    """,
    regex.VERBOSE,
)

#: A quotation closing on ! or ?: dialogue is full of them, reported speech is not.
#: (``guess_style`` counts its four pairs from where the closing marks stand: keep
#: in step.)
EXCLAIMED = regex.compile(r"""[!?]["”]""")

#: A digit: news is full of numbers, dates and figures; novels spell them out.
DIGIT = regex.compile(r"""\d""")

#: Marks of news writing: days after speech verbs, set attribution phrases, official
#: titles, percentages and years. (:func:`quoteattr.context.guess_style` tries it only
#: where a match can start, from its own lists of first words: keep them in step.)
NEWS_MARKERS = _lazy(
    r"""
    \b(?:said|says|told)\s++(?:on\s++)?
       (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
    | \bin\s++a\s++statement\b | \btold\s++reporters\b | \baccording\s++to\b
    | \bpercent\b | \b(?:Sen|Rep|Gov)\.\s | \b(?:19|20)\d\d\b
    """,
    regex.VERBOSE,
)

#: A gendered subject or reflexive pronoun, a whole word: ``Archer rose; he left``
#: tells that Archer is a man. Object and possessive forms are left out: ``Archer saw
#: her``, ``Archer took her hand`` are most often about someone else. Searched for in
#: the narration after a name, up to the next quotation mark or second line break (see
#: :data:`NARRATION_BREAK`).
GENDERED_PRONOUN = regex.compile(
    r"""
    (?<![\p{L}'’])
    (?: (?P<m>[Hh]e|[Hh]imself)
      | (?P<f>[Ss]he|[Hh]erself) )
    (?![\p{L}'’])
    """,
    regex.VERBOSE,
)

#: What ends the narration a pronoun is looked for in: a double quotation mark (a
#: speech begins) or a line break (one is crossed at most, a wrapped paragraph's).
NARRATION_BREAK = re.compile(r"""["“”«»\n]""")

#: Someone brought into the narration with an indefinite article: ``an old man``,
#: ``a tall girl``, ``one gentleman`` (the head noun in ``noun``).
INDEFINITE_PERSON = _lazy(
    rf"""
    (?<![\p{{L}}])(?:[Aa]n?|[Oo]ne)\s++
    (?:[\p{{L}}\-]++\s++){{0,2}}?                # up to two words before the noun
    (?P<noun>{_ROLE})(?![\p{{L}}])
    """,
    regex.VERBOSE,
)

#: A name spoken to (a vocative) inside a quotation: ``"Oh, Jane, …"``, ``"…, Lizzy."``,
#: ``"My dear Mr. Bennet, …"``: at the start or after a comma, before , ! ? . or a dash
#: (``"Lucy--have you …"``; at the very start, not before . or ;: ``"Bingley."`` answers
#: a question, ``"Poor Wickham;"`` speaks of him).
#: (NAME is written out here, as in the patterns above, not called as a subroutine: a
#: call costs about three times more, and the two matched the same at each of 12.5
#: million places tried, every position of the dev corpora's quotations and fuzzed text.)
_VOCATIVE = r"""
    (?:(?P<open>{open})|[,;]\s++|(?:Oh|O|Ah|Dear|[Mm]y\s++dear|[Mm]y\s++good)(?:\s*+,)?+\s++)
    (?P<mention>(?:{name}))
    (?(open)(?=\s*+(?:[,!?—–]|--)|\s*+\Z)|(?=\s*+(?:[,!?.;—–]|--)|\s*+\Z))
    """
VOCATIVE = _lazy(_VOCATIVE.format(name=NAME.pattern, open=r"\G"), regex.VERBOSE)

#: :data:`VOCATIVE` anywhere but where the search starts (its ``open`` group never takes
#: part): what ``VOCATIVE.search`` finds past its first position.
VOCATIVE_INSIDE = _lazy(_VOCATIVE.format(name=NAME.pattern, open="(?!)"), regex.VERBOSE)

#: Where a :data:`VOCATIVE_INSIDE` match can begin, and more: a comma or semicolon, space
#: and a capital, or an interjection (``Oh``, ``Dear``, ``My``) then a space or comma. A
#: stretch without one holds no match of it; this is far cheaper to search for.
VOCATIVE_OPENING = regex.compile(r"[,;]\s++\p{Lu}|(?:Oh|O|Ah|Dear|[Mm]y)[\s,]")

#: Where a sentence or clause of narration ends: a full stop (not one of an abbreviated
#: title or an initial: ``Mr. Hale``, ``J. Smith``), ! ? or ; (and any closing
#: quotation mark) before space, or a blank line. Used to find a sentence's opening.
CLAUSE_END = regex.compile(
    rf"""
    (?: (?<! (?<![\p{{L}}]) (?:{_ABBR_CAP}|\p{{Lu}}) ) \.   # a full stop, not Mr. or J.
      | [!?;] )
    ['’”"]?+\s++                # any closing mark, then space
    | \n[ \t]*+\n              # or a paragraph break
    """,
    regex.VERBOSE,
)

#: A lower-case noun after "her" or "his": ``her mother``, ``His wife`` (the noun in
#: ``noun``; the reader decides which nouns count).
POSSESSED_NOUN = regex.compile(
    r"""
    (?<![\p{L}])(?:[Hh]er|[Hh]is)\s++   # the possessive, as a word
    (?P<noun>\p{Ll}++)(?![\p{L}'’])      # a lower-case word, not a possessive itself
    """,
    regex.VERBOSE,
)
