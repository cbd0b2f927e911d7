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


@attrs.frozen
class Cast:
    """The people named in a document: every name mention outside quotations, in order."""

    mentions: tuple[Mention, ...]
    starts: tuple[int, ...]

    def canonical(self, core: str, pos: int) -> str:
        """The fullest name in the document for the person called ``core`` near ``pos``.

        >>> cast = build_cast("Theresa May spoke. May left.", [])
        >>> cast.canonical("May", 20)
        'Theresa May'
        """
        words = core.split()
        if not words:
            return core
        wanted = {w.lower().rstrip(".") for w in words}
        best: str | None = None
        best_key: tuple[int, int] = (0, 0)
        for i, m in enumerate(self.mentions):
            have = [w.lower().rstrip(".") for w in m.core.split()]
            if not wanted.issubset(have):
                continue
            if len(words) == 1 and words[0].lower().rstrip(".") not in (have[0], have[-1]):
                continue
            # Fullest first; among equals, the one nearest before ``pos``.
            near = -abs(pos - self.starts[i]) if self.starts[i] <= pos else -10**9 - self.starts[i]
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
            if gender is None or m.gender is None or m.gender == gender:
                if gender in ("m", "f") and m.gender is None and self._known_gender(m) not in (
                    None,
                    gender,
                ):
                    i -= 1
                    continue
                return m
            i -= 1
        return None

    def _known_gender(self, mention: Mention) -> str | None:
        last = mention.core.split()[-1].lower()
        for m in self.mentions:
            if m.gender is not None and m.core.split()[-1].lower() == last:
                return m.gender
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
    return Cast(tuple(found), tuple(m.span.start for m in found))


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

