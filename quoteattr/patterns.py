"""Compiled regular expressions shared by the modules, each named, verbose and commented.

Patterns are compiled once at import. None of them can backtrack catastrophically:
every repetition is over a single character class or is possessive/atomic.

>>> [m.group() for m in QUOTE_MARK.finditer('"Hi," he said. \\'No.\\'')]
['"', '"', "'", "'"]
"""

from __future__ import annotations

import regex

__all__ = [
    "BLANK_LINE",
    "DOUBLED_APOSTROPHE",
    "MARKUP_TAG",
    "DOUBLE_MARKS",
    "NEWLINE_RUN",
    "OPENING_MARKS",
    "CLOSING_MARKS",
    "QUOTE_MARK",
    "SINGLE_MARKS",
    "WORD",
]

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
QUOTE_MARK = regex.compile(
    r"""
    [\"'“”‘’„‟‚‛«»‹›]     # straight, curly, low-9 and guillemet marks
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
    (?:[ \t]*+(?:\r\n|[\n\r\f\v\x1c-\x1e\x85\u2028\u2029]))++  # breaks, with spaces before
    """,
    regex.VERBOSE,
)

#: A word: letters, digits, and inner apostrophes or hyphens (``don't``, ``well-known``).
WORD = regex.compile(
    r"""
    [\p{L}\p{N}]++                      # a run of letters or digits
    (?:['’\-][\p{L}\p{N}]++)*+          # joined by apostrophes or hyphens
    """,
    regex.VERBOSE,
)
