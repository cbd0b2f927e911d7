"""From mention to speaker: the cast of a document and the canonical name of each person.

Stage two of attribution. Every name written outside quotations is gathered into a
:class:`Cast`; mentions of one person cluster by their words, and the speaker's
canonical name is the fullest form the text gives (``"Trump"``, ``"Mr. Trump"`` and
``"President Donald Trump"`` are all ``"Donald Trump"``). A pronoun speaker takes the
most recent person named before it whose gender fits; a description (``"a White House
spokesman"``) stays as written.

>>> text = "President Donald Trump spoke. Later Mr. Trump left."
>>> cast = build_cast(text, [])
>>> cast.canonical("Trump", 40)
'Donald Trump'

Notes: the deterministic name/pronoun resolution is the second stage of CoreNLP's quote
attribution (Muzny et al., EACL 2017), without its coreference system.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from .mentions import Mention, names_in
from .records import Quote

__all__ = ["Cast", "build_cast", "resolve"]


def _key(word: str) -> str:
    return word.lower().rstrip(".")


@attrs.frozen
class Cast:
    """The people named in a document: every name mention outside quotations, in order.

    ``by_word`` indexes the mentions by each word of their name; ``genders`` maps a
    name word to the gender a title gave it (``Mrs. Bennet`` makes "bennet" female).
    """

    mentions: tuple[Mention, ...]
    starts: tuple[int, ...]
    by_word: dict[str, tuple[int, ...]] = attrs.field(factory=dict, eq=False, repr=False)
    genders: dict[str, str] = attrs.field(factory=dict, eq=False, repr=False)

    def canonical(self, core: str, pos: int) -> str:
        """The fullest name in the document for the person called ``core`` near ``pos``.

        >>> cast = build_cast("Theresa May spoke. May left.", [])
        >>> cast.canonical("May", 20)
        'Theresa May'
        """
        words = [_key(w) for w in core.split()]
        if not words:
            return core
        wanted = set(words)
        best: str | None = None
        best_key: tuple[int, int] = (0, 0)
        for i in self.by_word.get(words[-1], ()):
            m = self.mentions[i]
            have = [_key(w) for w in m.core.split()]
            if not wanted.issubset(have):
                continue
            if len(words) == 1 and words[0] not in (have[0], have[-1]):
                continue
            # Fullest first; among equals, the one nearest before ``pos``.
            start = self.starts[i]
            near = start - pos if start <= pos else -(10**9) - start
            key = (len(have), near)
            if best is None or key > best_key:
                best, best_key = m.core, key
        return best or core

    def person_before(self, pos: int, gender: str | None) -> Mention | None:
        """The most recent named person before ``pos`` whose gender fits ``gender``.

        >>> cast = build_cast("Mrs. Smith met Mr. Jones.", [])
        >>> cast.person_before(25, "f").core
        'Smith'
        """
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and pos - self.starts[i] < 5000:
            m = self.mentions[i]
            if gender is None or self.gender_of(m) in (None, gender):
                return m
            i -= 1
        return None

    def gender_of(self, mention: Mention) -> str | None:
        """The gender of ``mention``: its own title's, else one its name words got elsewhere.

        >>> cast = build_cast("Mrs. Bennet came. Bennet sat.", [])
        >>> cast.gender_of(cast.mentions[1])
        'f'
        """
        if mention.gender is not None:
            return mention.gender
        for word in mention.core.split():
            g = self.genders.get(_key(word))
            if g is not None:
                return g
        return None


def build_cast(text: str, quotes: Sequence[Quote]) -> Cast:
    """Gather the names written outside ``quotes`` (top-level, in order) in ``text``.

    >>> [m.core for m in build_cast('"Hi, Tom," said Ann Lee.', []).mentions]
    ['Tom', 'Ann Lee']
    """
    found: list[Mention] = []
    pos = 0
    for q in quotes:
        if q.start > pos:
            found.extend(names_in(text, pos, q.start))
        pos = max(pos, q.end)
    found.extend(names_in(text, pos, len(text)))
    by_word: dict[str, list[int]] = {}
    genders: dict[str, str] = {}
    for i, m in enumerate(found):
        words = [_key(w) for w in m.core.split()]
        for w in set(words):
            by_word.setdefault(w, []).append(i)
        if m.gender in ("m", "f") and words:
            genders.setdefault(words[-1], m.gender)
    return Cast(
        tuple(found),
        tuple(m.span.start for m in found),
        {w: tuple(ix) for w, ix in by_word.items()},
        genders,
    )


def resolve(cast: Cast, mention: Mention) -> str | None:
    """The speaker's name for ``mention``: canonical name, antecedent, or description.

    >>> from quoteattr.records import Span
    >>> cast = build_cast("Mrs. Ann Smith arrived.", [])
    >>> resolve(cast, Mention(Span(30, 33, "she"), "pronoun", "she", "f"))
    'Ann Smith'
    """
    if mention.kind == "name":
        return cast.canonical(mention.core, mention.span.start)
    if mention.kind == "pronoun":
        if mention.gender not in ("m", "f"):
            return mention.span.text
        antecedent = cast.person_before(mention.span.start, mention.gender)
        if antecedent is None:
            return mention.span.text
        return cast.canonical(antecedent.core, antecedent.span.start)
    return mention.span.text

