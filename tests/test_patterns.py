"""The compiled patterns: ``quoteattr.patterns``.

The lookaheads added for speed must not change what a pattern matches: they hold only
while the word lists keep the shapes checked here.
"""

from __future__ import annotations

import regex

from quoteattr import lexicon
from quoteattr.patterns import NAME


def test_capitalised_abbreviations_open_with_a_capital_and_are_all_letters() -> None:
    # NAME opens with (?=\p{Lu}) and tries the abbreviations after (?=\p{L}++\.).
    for word in lexicon.ABBREVIATIONS:
        if word.isalpha() and len(word) > 1:
            assert regex.fullmatch(r"\p{Lu}\p{L}++", word.capitalize()), word


def test_name_reads_titles_initials_and_suffixes() -> None:
    text = "Then Sen. John F. Kennedy Jr. and Mrs. Ann Lee, R-Ariz., spoke."
    assert [m.group() for m in NAME.finditer(text)] == [
        "Then Sen. John F. Kennedy Jr",
        "Mrs. Ann Lee, R-Ariz.",
    ]
