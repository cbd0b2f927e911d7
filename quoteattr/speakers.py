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
import re
from collections.abc import Iterator, Sequence
from itertools import chain

import attrs
import regex

from . import lexicon
from .mentions import Mention, is_object, names_in, read_mention, starts_sentence
from .patterns import (
    CLAUSE_END,
    GENDERED_PRONOUN,
    HOLD,
    INDEFINITE_PERSON,
    NARRATION_BREAK,
    POSSESSED_NOUN,
)
from .records import Quote, Span

__all__ = ["Cast", "Characters", "build_cast", "is_headline", "narrator", "resolve"]


def _key(word: str) -> str:
    return word.lower().rstrip(".")


def _first_two(names: Iterator[str]) -> tuple[str, ...]:
    """The first two distinct ``names`` (at least one), in order, read only up to the
    second.

    >>> _first_two(iter(["Ann Lee", "Ann Lee", "Jo Lee", "Bo Lee"])), _first_two(iter(["Jo"]))
    (('Ann Lee', 'Jo Lee'), ('Jo',))
    """
    first = next(names)
    for name in names:
        if name != first:
            return first, name
    return (first,)


#: Up to how many numbers :func:`_bit_set` and :func:`_members` handle one at a time;
#: more go through a string of binary digits, written or read in one pass.
_FEW_BITS = 64

#: A set bit among the binary digits of an int (written lowest first).
_SET_BIT = re.compile("1")


def _bit_set(indices: Sequence[int]) -> int:
    """The int whose bits ``indices`` (increasing) are set: a set of small numbers that
    intersects another in one ``&``.

    >>> _bit_set([0, 3]), _bit_set([])
    (9, 0)
    """
    if len(indices) <= _FEW_BITS:
        bits = 0
        for i in indices:
            bits |= 1 << i
        return bits
    digits = bytearray(b"0") * (indices[-1] + 1)
    for i in indices:
        digits[i] = 49  # ord("1")
    digits.reverse()
    return int(digits, 2)


def _members(bits: int) -> list[int]:
    """The indices of the set bits of ``bits``, increasing (:func:`_bit_set` undone).

    >>> _members(9), _members(0)
    ([0, 3], [])
    """
    if bits.bit_count() <= _FEW_BITS:
        found = []
        while bits:
            top = bits.bit_length() - 1
            found.append(top)
            bits ^= 1 << top
        found.reverse()
        return found
    return [m.start() for m in _SET_BIT.finditer(bin(bits)[:1:-1])]


@attrs.frozen(eq=False)
class _Bucket:
    """The forms of a name that share a rank in :meth:`Cast.canonical`: its tier (whether
    they look like a person, their length in words), their gender, and the forms as a
    bit set (bit ``i`` for the form first written as mention ``i``). Compared by
    identity: the cast keeps, by bucket, where its forms are written and their first
    two distinct names, read when first asked (:meth:`Cast._where`,
    :meth:`Cast._fuller`)."""

    tier: tuple[bool, int]
    gender: str | None
    forms: int


@attrs.frozen
class Cast:
    """The people named in a document: every name mention outside quotations, in order.

    ``by_word`` indexes, by each word of their name, the distinct (name, gender) forms
    the text gives, each by the index of its first mention, as a bit set
    (:func:`_bit_set`), and ``ends`` by the word that opens or ends them; ``seen``
    lists where each form was written (the indices of its mentions), so looking a name
    up costs the number of its forms, not of its mentions, and intersecting the forms
    of its words costs a few ``&``;
    ``genders`` maps a name word to the gender a title gave it (``Mrs. Bennet`` makes
    "bennet" female); ``objects`` keeps, for each mention index asked about, whether
    it stands after a preposition (:meth:`after_preposition`);
    ``untitled`` where each name written without a title stands, whose gender from the
    narration (:meth:`told_gender`) is read when first asked and kept in ``told``;
    ``named`` keeps each answer of :meth:`gender_of_name`.

    >>> cast = build_cast("Mrs. Bennet spoke to Jane Eyre.", [])
    >>> [m.core for m in cast.mentions], cast.genders, cast.after_preposition(1)
    (['Bennet', 'Jane Eyre'], {'bennet': 'f'}, True)
    """

    mentions: tuple[Mention, ...]
    starts: tuple[int, ...]
    by_word: dict[str, int] = attrs.field(factory=dict, eq=False, repr=False)
    genders: dict[str, str] = attrs.field(factory=dict, eq=False, repr=False)
    objects: dict[int, bool] = attrs.field(factory=dict, eq=False, repr=False)
    seen: dict[int, tuple[int, ...]] = attrs.field(factory=dict, eq=False, repr=False)
    form_words: dict[int, tuple[str, ...]] = attrs.field(factory=dict, eq=False, repr=False)
    ends: dict[str, int] = attrs.field(factory=dict, eq=False, repr=False)
    memo: dict[frozenset[str], tuple[_Bucket, ...]] = attrs.field(
        factory=dict, eq=False, repr=False
    )
    rank_keys: list[tuple[tuple[bool, int], str | None]] = attrs.field(
        factory=list, init=False, eq=False, repr=False
    )
    rank_numbers: dict[tuple[tuple[bool, int], str | None], int] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )
    rank_forms: list[int] = attrs.field(factory=list, init=False, eq=False, repr=False)
    rank_order: list[int] = attrs.field(factory=list, init=False, eq=False, repr=False)
    untitled: dict[str, tuple[int, ...]] = attrs.field(factory=dict, eq=False, repr=False)
    told: dict[str, str | None] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )
    named: dict[str, str | None] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )
    looked_up: dict[str, tuple[int, tuple[_Bucket, ...]]] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )
    wheres: dict[_Bucket, Sequence[int]] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )
    fullers: dict[_Bucket, tuple[str, ...]] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )
    text: str = attrs.field(default="", eq=False, repr=False)

    def canonical(self, core: str, pos: int, gender: str | None = None, title: str = "") -> str:
        """The fullest name in the document for the person called ``core`` near ``pos``,
        of ``gender`` if known; a bare surname keeps its ``title`` (``Mrs. Bennet``).

        >>> cast = build_cast("Theresa May spoke. May left.", [])
        >>> cast.canonical("May", 20)
        'Theresa May'
        >>> cast = build_cast("Mr. Bennet and Mrs. Bennet sat.", [])
        >>> cast.canonical("Bennet", 30, "f", "Mrs.")
        'Mrs. Bennet'
        """
        got = self.looked_up.get(core)
        if got is None:
            words = tuple([_key(w) for w in core.split()])
            got = self.looked_up[core] = (len(words), self._buckets(words) if words else ())
        length, buckets = got
        if not length:
            return core
        single = length == 1
        if title and single and self._crowded(buckets, gender):
            return f"{title} {core}"  # Mrs. Bennet, among Elizabeth and Jane Bennet
        best: str | None = None
        best_tier = (False, 0)
        best_near = 0
        starts, mentions, wheres = self.starts, self.mentions, self.wheres
        # The mentions written at ``pos`` or before it are those of index below ``upto``.
        upto = bisect.bisect_right(starts, pos)
        # A person-like name first (a known given name or a title), then the fullest;
        # among equals, the one written nearest before ``pos``. The buckets come in
        # that order: past the tier of the first that fits, none can be better.
        for bucket in buckets:
            if best is not None and bucket.tier != best_tier:
                break
            if gender and bucket.gender not in (None, gender):
                continue
            where = wheres.get(bucket)
            if where is None:
                where = self._where(bucket)
            k = bisect.bisect_left(where, upto) - 1
            if k >= 0:
                j = where[k]
                near = starts[j] - pos
            else:
                j = where[0]
                near = -(10**9) - starts[j]
            # (Two buckets never tie: no mention is in both, and each starts elsewhere.)
            if best is None or near > best_near:
                best, best_tier, best_near = mentions[j].core, bucket.tier, near
        if best is None or (title and single and len(best.split()) == 1):
            return f"{title} {core}" if title and single else (best or core)
        return best

    def _crowded(self, buckets: tuple[_Bucket, ...], gender: str | None) -> bool:
        """True when the ``buckets`` of a one-word name that fit ``gender`` hold two or
        more distinct fuller names (``Elizabeth Bennet`` and ``Jane Bennet``).

        >>> cast = build_cast("Ann Lee and Jo Lee came.", [])
        >>> lee, ann = cast._buckets(("lee",)), cast._buckets(("ann",))
        >>> cast._crowded(lee, None), cast._crowded(ann, None)
        (True, False)
        """
        names: set[str] = set()
        for bucket in buckets:
            if bucket.tier[1] > 1 and not (gender and bucket.gender not in (None, gender)):
                names.update(self._fuller(bucket))
                if len(names) > 1:
                    return True
        return False

    def _where(self, bucket: _Bucket) -> Sequence[int]:
        """Every place a form of ``bucket`` is written, as the index of its mention in
        the cast (increasing), kept in ``wheres``.

        >>> cast = build_cast("Mr. Tom Lee came. Mr. Bob Lee sat. Mr. Tom Lee left.", [])
        >>> [cast._where(b) for b in cast._buckets(("lee",))]
        [(0, 1, 2)]
        """
        forms = _members(bucket.forms)
        seen = self.seen
        if len(forms) == 1:
            where = seen[forms[0]]
        else:
            where = tuple(sorted(chain.from_iterable([seen[i] for i in forms])))
        self.wheres[bucket] = where
        return where

    def _fuller(self, bucket: _Bucket) -> tuple[str, ...]:
        """Up to two distinct names of the forms of ``bucket``, in the order they are
        first written (a form is first written at its own index), kept in ``fullers``.

        >>> cast = build_cast("Mr. Tom Lee came. Mr. Tom Lee sat. Mr. Bob Lee left.", [])
        >>> [cast._fuller(b) for b in cast._buckets(("lee",))]
        [('Tom Lee', 'Bob Lee')]
        """
        got = self.fullers.get(bucket)
        if got is None:
            mentions = self.mentions
            got = _first_two(mentions[i].core for i in _members(bucket.forms))
            self.fullers[bucket] = got
        return got

    def _buckets(self, words: tuple[str, ...]) -> tuple[_Bucket, ...]:
        """The forms ``words`` can stand for, grouped as :meth:`canonical` ranks them,
        in its order; made once for each set of words, so a lookup costs a few
        bisections."""
        memo_key = frozenset(words)
        got = self.memo.get(memo_key)
        if got is not None:
            return got
        # One word stands for the forms it opens or ends.
        owners = self.ends.get(words[0], 0) if len(words) == 1 else self._owners(memo_key)
        keys = self.rank_keys
        got = self.memo[memo_key] = tuple(
            [_Bucket(*keys[rank], forms) for rank, forms in self._groups(owners)]
        )
        return got

    def _owners(self, words: frozenset[str]) -> int:
        """The forms whose name has all of ``words``, as a bit set.

        >>> cast = build_cast("Ann Lee met Ann Kay Lee, then Kay.", [])
        >>> _members(cast._owners(frozenset({"ann", "lee"}))), cast._owners(frozenset())
        ([0, 1], 0)
        """
        owners = -1 if words else 0  # (all bits set: the forms of no word yet)
        sets = self.by_word
        for word in words:
            owners &= sets.get(word, 0)
            if not owners:
                break
        return owners

    def _groups(self, owners: int) -> list[tuple[int, int]]:
        """The forms of the bit set ``owners`` by rank, as (rank number, bit set), the
        ranks in :meth:`canonical`'s order (``rank_order``); forms not ranked yet are
        ranked first (:meth:`_rank_forms`).

        >>> cast = build_cast("Mrs. Ann Lee came. Quorn Blick sat. Mrs. Amy Ray left.", [])
        >>> [(cast.rank_keys[r], _members(f)) for r, f in cast._groups(0b111)]
        [(((True, 2), 'f'), [0, 2]), (((False, 2), None), [1])]
        """
        found = []
        rest = owners
        forms = self.rank_forms
        for rank in self.rank_order:
            if not rest:
                break
            got = owners & forms[rank]
            if got:
                found.append((rank, got))
                rest ^= got
        if rest:
            self._rank_forms(rest)
            return self._groups(owners)
        return found

    def _rank_forms(self, forms: int) -> None:
        """Rank the bit set ``forms`` (:meth:`_rank`), adding each to ``rank_forms``."""
        ranked: dict[int, list[int]] = {}
        for i in _members(forms):
            rank = self._rank(i)
            got = ranked.get(rank)
            if got is None:
                ranked[rank] = [i]
            else:
                got.append(i)
        for rank, where in ranked.items():
            self.rank_forms[rank] |= _bit_set(where)

    def after_preposition(self, i: int) -> bool:
        """True when mention ``i`` is an object (after a preposition) or a possessive
        (:func:`~quoteattr.mentions.is_object`), read when first asked. A possessive
        opening its sentence is none: ``Ann's eyes filled.`` is about Ann, as if she
        were its subject.

        >>> cast = build_cast("Mrs. Bennet spoke to Jane Eyre.", [])
        >>> cast.after_preposition(0), cast.after_preposition(1)
        (False, True)
        >>> cast = build_cast("Ann Lee's eyes filled. Tom took Ann Lee's hand.", [])
        >>> cast.after_preposition(0), cast.after_preposition(2)
        (False, True)

        Notes: centering (Grosz, Joshi & Weinstein 1995) ranks the possessor of a
        subject with the subject: "Ann's eyes filled. …," she said" is Ann.
        """
        got = self.objects.get(i)
        if got is None:
            m = self.mentions[i]
            got = is_object(self.text, m) and not (
                m.span.text.endswith(("'s", "’s")) and starts_sentence(self.text, m.span.start)
            )
            self.objects[i] = got
        return got

    def _rank(self, i: int) -> int:
        """The bucket of form ``i`` (its tier: whether it looks like a person, its length
        in words; its gender), kept in ``rank_keys`` by number, the numbers in
        :meth:`canonical`'s order (person-like, then fullest, first) in ``rank_order``.

        >>> cast = build_cast("Mrs. Bennet came. Mrs. Bennet sat.", [])
        >>> cast.rank_keys[cast._rank(0)]
        ((True, 1), 'f')
        """
        m = self.mentions[i]
        have = self.form_words[i]
        if m.gender is not None:
            person, gender = True, m.gender
        else:  # (as gender_of, from the words already split)
            person, gender = have[0] in lexicon.GIVEN_NAMES, self._gender_of_words(have)
        key = ((person, len(have)), gender)
        rank = self.rank_numbers.get(key)
        if rank is None:
            keys = self.rank_keys
            rank = self.rank_numbers[key] = len(keys)
            keys.append(key)
            self.rank_forms.append(0)
            self.rank_order.append(rank)
            self.rank_order.sort(key=lambda r: keys[r][0], reverse=True)
        return rank

    def knows(self, core: str) -> bool:
        """True when some name in the cast contains the word(s) of ``core``.

        >>> build_cast("Ann Lee left.", []).knows("Lee"), build_cast("", []).knows("Lee")
        (True, False)
        """
        words = [_key(w) for w in core.split()]
        return bool(words) and words[-1] in self.by_word

    def person_before(
        self,
        pos: int,
        gender: str | None,
        reach: int = 5000,
        strict: bool = False,
        exclude: str | None = None,
        subject: bool = False,
    ) -> Mention | None:
        """The most recent person named within ``reach`` before ``pos`` whose gender fits
        (is ``gender``, or unknown unless ``strict``), other than ``exclude``; names after
        a preposition are passed over. With ``subject``, the first fitting person of that
        person's sentence instead (:meth:`_first_in_sentence`).

        >>> cast = build_cast("Mrs. Smith met Mr. Jones.", [])
        >>> cast.person_before(25, "f").core
        'Smith'
        >>> cast = build_cast("Mr. Hale saw that Mr. Bell had come. ", [])
        >>> cast.person_before(37, "m").core, cast.person_before(37, "m", subject=True).core
        ('Bell', 'Hale')

        Notes: ``subject`` after Hobbs (1978), whose search reads the previous sentence
        left to right, so that its subject comes before the names in its clauses.
        """
        allowed = (gender,) if strict or gender is None else (None, gender)
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and pos - self.starts[i] < reach:
            m = self.mentions[i]
            if not self.after_preposition(i) and (gender is None or self.gender_of(m) in allowed):
                if exclude is None or _key(m.core.split()[-1]) not in _words_of(exclude):
                    if subject:
                        return self._first_in_sentence(i, allowed if gender else None, exclude)
                    return m
            i -= 1
        return None

    def person_after(
        self, pos: int, gender: str, reach: int = 5000, exclude: str | None = None
    ) -> Mention | None:
        """The first person named within ``reach`` after ``pos`` known to be of
        ``gender``, other than ``exclude``, not after a preposition.

        >>> cast = build_cast("He came. Then Mr. Hale and Mrs. Hale sat.", [])
        >>> cast.person_after(0, "m").core, cast.person_after(0, "f").core
        ('Hale', 'Hale')
        >>> cast.person_after(0, "f", reach=20) is None
        True
        """
        i = bisect.bisect_left(self.starts, pos)
        while i < len(self.mentions) and self.starts[i] - pos < reach:
            m = self.mentions[i]
            if not self.after_preposition(i) and self.gender_of(m) == gender:
                if exclude is None or _key(m.core.split()[-1]) not in _words_of(exclude):
                    return m
            i += 1
        return None

    def _first_in_sentence(
        self, i: int, allowed: tuple[str | None, ...] | None, exclude: str | None
    ) -> Mention:
        """The first person of the sentence of mention ``i`` (within :data:`SENTENCE_BACK`
        characters) whose gender is in ``allowed`` (any if None), other than ``exclude``
        and not after a preposition: the sentence's subject, more likely than a later
        name to be what a pronoun in the next sentence refers to.

        >>> cast = build_cast("Tom thought that Bob was sad. He wept.", [])
        >>> cast._first_in_sentence(1, ("m", None), None).core
        'Tom'
        """
        m = self.mentions[i]
        lo = max(0, m.span.start - SENTENCE_BACK)
        opening = lo
        for end in CLAUSE_END.finditer(self.text, lo, m.span.start, False, HOLD):
            opening = end.end()
        best = m
        j = i - 1
        while j >= 0 and self.starts[j] >= opening:
            o = self.mentions[j]
            if not self.after_preposition(j) and (allowed is None or self.gender_of(o) in allowed):
                if exclude is None or _key(o.core.split()[-1]) not in _words_of(exclude):
                    best = o
            j -= 1
        return best

    def gender_of(self, mention: Mention) -> str | None:
        """The gender of ``mention``: its own title's, else one its name words got elsewhere.

        >>> cast = build_cast("Mrs. Bennet came. Bennet sat.", [])
        >>> cast.gender_of(cast.mentions[1])
        'f'
        """
        if mention.gender is not None:
            return mention.gender
        return self.gender_of_name(mention.core)

    def gender_of_name(self, name: str) -> str | None:
        """The gender of a person called ``name``: from a title met elsewhere in the text
        (``Mrs. Bennet``), else from a given name (``Elizabeth``), else None.

        >>> build_cast("", []).gender_of_name("Elizabeth Bennet")
        'f'

        Kept for each name once read (the rules ask again of every recent speaker).
        """
        named = self.named
        if name in named:
            return named[name]
        got = named[name] = self._gender_of_words(tuple([_key(w) for w in name.split()]))
        return got

    def _gender_of_words(self, words: tuple[str, ...]) -> str | None:
        """:meth:`gender_of_name` of a name already split into its words as looked up
        (lower case, without full stops).

        >>> build_cast("", [])._gender_of_words(("elizabeth", "bennet"))
        'f'
        """
        for word in words:
            if lexicon.TITLES.get(word):
                return lexicon.TITLES[word]
        told = self.told_gender(" ".join(words))
        if told is not None:
            return told
        for word in reversed(words):
            g = self.genders.get(word)
            if g is not None:
                return g
        for word in words:
            if word in lexicon.GIVEN_NAMES:
                return lexicon.GIVEN_NAMES[word]
        return None

    def told_gender(self, key: str) -> str | None:
        """The gender the narration gives the untitled name ``key`` (its words lower
        case, without full stops; see :func:`_told_gender`), read once for each name
        when first asked: a document's other names cost nothing.

        >>> cast = build_cast("Archer rose; he left. Later Archer sat; he slept.", [])
        >>> cast.told_gender("archer"), cast.told_gender("later")
        ('m', None)
        """
        if key in self.told:
            return self.told[key]
        where = self.untitled.get(key)
        got = None
        if where is not None:
            got = _told_gender(self.text, self.starts, self.mentions, where, key)
        self.told[key] = got
        return got


def build_cast(
    text: str,
    quotes: Sequence[Quote],
    paragraphs: Sequence[tuple[int, int]] = (),
    fiction: bool = False,
) -> Cast:
    """Gather the names written outside ``quotes`` (top-level, in order) in ``text``,
    leaving out those in headline-like ``paragraphs`` (see :func:`is_headline`; the
    paragraphs in order and disjoint, as :func:`~quoteattr.quotes.paragraphs` gives
    them). In ``fiction`` a rank (``Colonel Brandon``) tells a man (:func:`_ranked`).

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
    # Only a paragraph holding a name needs reading (the paragraphs are in order and
    # do not overlap, so a name is in a headline just when its paragraph is one).
    written = [m.span.start for m in found]
    headlines = [
        p for p in paragraphs
        if (p[1] - p[0] <= 200 or text[p[0]].isspace() or text[p[1] - 1].isspace())
        and _holds(written, *p) and is_headline(text, *p)
    ]  # (is_headline's first test asked first: a long paragraph is no headline)
    if headlines:
        heads = [a for a, _ in headlines]
        found = [m for m in found if not _inside(m.span.start, headlines, heads)]
    found = _drop_sentence_openers(text, found)
    if fiction:
        found = [_ranked(m) for m in found]
    by_word: dict[str, list[int]] = {}
    ends: dict[str, list[int]] = {}  # a name's first or last word -> its forms
    genders: dict[str, str] = {}
    seen: dict[int, list[int]] = {}
    form_words: dict[int, tuple[str, ...]] = {}
    untitled: dict[str, list[int]] = {}  # an untitled name's words -> where written
    keyed: dict[str, tuple[str, ...]] = {}  # a core -> its words as looked up
    forms: dict[tuple[str, str | None], list[int]] = {}  # (name, gender) -> where written
    for i, m in enumerate(found):
        core, gender = m.core, m.gender
        form = (core, gender)
        where = forms.get(form)
        if where is not None:
            where.append(i)
            words = form_words[where[0]]
        else:
            words = keyed.get(core)
            if words is None:
                words = keyed[core] = tuple([_key(w) for w in core.split()])
            forms[form] = seen[i] = [i]
            form_words[i] = words
            for w in set(words):
                by_word.setdefault(w, []).append(i)
            if words:
                ends.setdefault(words[0], []).append(i)
                if words[-1] != words[0]:
                    ends.setdefault(words[-1], []).append(i)
        if gender is None:
            key = " ".join(words)
            got = untitled.get(key)
            if got is None:
                untitled[key] = [i]
            else:
                got.append(i)
        elif gender in ("m", "f") and words:
            if genders.setdefault(words[-1], gender) != gender:
                genders[words[-1]] = "?"  # Mr. and Mrs. Bennet: the surname alone tells nothing
    genders = {w: g for w, g in genders.items() if g != "?"}
    return Cast(
        tuple(found),
        tuple([m.span.start for m in found]),
        {w: _bit_set(ix) for w, ix in by_word.items()},
        genders,
        {},
        {i: tuple(v) for i, v in seen.items()},
        form_words,
        {w: _bit_set(ix) for w, ix in ends.items()},
        untitled={k: tuple(v) for k, v in untitled.items()},
        text=text,
    )


def _ranked(mention: Mention) -> Mention:
    """``mention`` with the gender its title tells in fiction (``data/fiction_titles.txt``)
    when it has none of its own.

    >>> from quoteattr.mentions import read_mention
    >>> _ranked(read_mention("Colonel Brandon", 0, 15)).gender
    'm'
    >>> _ranked(read_mention("Brandon", 0, 7)).gender is None
    True

    Notes: the novels of the 19th and early 20th centuries give military ranks to men
    only (Colonel Brandon, Captain Wentworth); news gives them to women too.
    """
    if mention.gender is not None or mention.kind != "name":
        return mention
    first = mention.span.text.split()[0].rstrip(".").lower()
    gender = lexicon.FICTION_TITLES.get(first)
    if gender is None or mention.core.split()[0].lower() == first:
        return mention
    return attrs.evolve(mention, gender=gender)


def _told_gender(
    text: str,
    starts: Sequence[int],
    found: Sequence[Mention],
    where: Sequence[int],
    name: str,
) -> str | None:
    """The gender the narration gives the untitled ``name``, written at the indices
    ``where`` of ``found`` (whose starts are ``starts``): the first he/himself or
    she/herself after each of those mentions, before the next name, votes; a clear
    majority of at least two votes decides (``Archer rose; he left`` makes Archer a
    man). A word of the name that is a given name of the other gender (``George``,
    :data:`~quoteattr.lexicon.GIVEN_NAMES`) outweighs votes that are mixed or fewer
    than three; three or more, none against, outweigh it (``Brett``, given to both).

    >>> text = "George rose; she left. George sat; she wept."
    >>> cast = build_cast(text, [])
    >>> print(_told_gender(text, cast.starts, cast.mentions, (0, 1), "george"))
    None
    >>> text = "Archer rose; he left. Later Archer sat; he slept."
    >>> cast = build_cast(text, [])
    >>> _told_gender(text, cast.starts, cast.mentions, (0, 1), "archer")
    'm'

    Notes: Bergsma and Lin (2006) learn noun gender from pronouns that follow; this
    is the same idea on one document's narration, without a parser.
    """
    if len(where) < 2:
        return None  # one vote at most: never a clear majority of two
    votes = [0, 0]  # he, she
    for i in where:
        m = found[i]
        end = starts[i + 1] if i + 1 < len(found) else len(text)
        hit = _pronoun_after(text, m.span.end, max(m.span.end, end))
        if hit is not None:
            votes[0 if hit.group("m") else 1] += 1
    men, women = votes
    if not (max(men, women) >= 2 and max(men, women) >= 2 * min(men, women) + 1):
        return None
    gender = "m" if men > women else "f"
    # In a heroine's story "George …; she …" is most often her, thinking of him.
    if all(lexicon.GIVEN_NAMES.get(w, gender) == gender for w in name.split()) or (
        min(votes) == 0 and max(votes) >= 3
    ):
        return gender
    return None


#: How far into the narration after a name its pronoun is looked for, in characters
#: from the name's end (and again from a line break, when one is crossed).
_PRONOUN_REACH = 160


def _pronoun_after(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The first gendered pronoun (:data:`~quoteattr.patterns.GENDERED_PRONOUN`) that
    begins within :data:`_PRONOUN_REACH` characters of ``start``, before ``end``, in the
    same stretch of narration: no double quotation mark before it, and at most one line
    break, past which it begins within the reach again.

    >>> text = 'Ann\\nturned; she "no" he'
    >>> _pronoun_after(text, 3, len(text)).group()
    'she'
    >>> _pronoun_after(text, 16, len(text)) is None
    True
    """
    stop = NARRATION_BREAK.search(text, start, min(end, start + _PRONOUN_REACH + 1))
    last = start + _PRONOUN_REACH if stop is None else stop.start() - 1
    hit = _first_pronoun(text, start, end, last)
    if hit is not None or stop is None or stop.group() != "\n":
        return hit
    start = stop.end()
    stop = NARRATION_BREAK.search(text, start, min(end, start + _PRONOUN_REACH + 1))
    last = start + _PRONOUN_REACH if stop is None else stop.start() - 1
    return _first_pronoun(text, start, end, last)


def _first_pronoun(text: str, start: int, end: int, last: int) -> regex.Match[str] | None:
    """The first gendered pronoun in ``text[start:end]`` beginning at ``last`` at most.

    The search stops a little past ``last``: the longest pronoun (``herself``) and the
    character after it are all it needs to read there.
    """
    if last < start:
        return None
    hit = GENDERED_PRONOUN.search(text, start, min(end, last + 8), HOLD)
    return hit if hit is not None and hit.start() <= last else None


def _holds(places: list[int], start: int, end: int) -> bool:
    """True when one of the sorted ``places`` lies in ``[start, end)``.

    >>> _holds([3, 9], 4, 9), _holds([3, 9], 4, 10)
    (False, True)
    """
    k = bisect.bisect_left(places, start)
    return k < len(places) and places[k] < end


def _inside(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """True when ``pos`` lies in one of the sorted, disjoint ``spans``."""
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and pos < spans[k][1]


def is_headline(text: str, start: int, end: int) -> bool:
    """True for a short paragraph in title case or without a closing full stop: a
    headline, a "Related:" link or a caption, whose names are not the body's people.

    >>> is_headline("Trump Blasts Clinton on Trade", 0, 29)
    True
    >>> is_headline("Trump spoke on Monday about trade.", 0, 34)
    False

    Notes: news pages as scraped keep headlines and link lines as paragraphs; the
    issue tracker of the Gender Gap Tracker reports them as a source of false speakers.
    """
    if end - start > 200 and not text[start].isspace() and not text[end - 1].isspace():
        return False  # nothing to strip: too long (as below, without the copy)
    chunk = text[start:end].strip()
    if not chunk or len(chunk) > 200:
        return False
    if chunk.lower().startswith("related"):
        return True
    if chunk.endswith("."):
        # Closed by a full stop: a title only when its long words, three or more, are all
        # capitalised; a sentence with a long word in lower case is narration about
        # people ("Father Christopher was talking to Solomon."). The first such word
        # decides, so a paragraph of prose is read only up to it.
        count = 0
        for w in chunk.split():
            if len(w) > 3 and w[0].isalpha():
                if not w[0].isupper():
                    return False
                count += 1
        return count >= 3
    if chunk[-1] not in "!?\"'”’:)" and len(chunk) < 120:
        return True  # short and not closed as a sentence: a headline or a caption
    # Closed by another mark (a quotation's, a colon), or long: a title if mostly capitalised.
    words = [w for w in chunk.split() if len(w) > 3 and w[0].isalpha()]
    capitalised = sum(1 for w in words if w[0].isupper())
    return len(words) >= 3 and capitalised >= 0.7 * len(words)


def _drop_sentence_openers(text: str, found: list[Mention]) -> list[Mention]:
    """Drop one-word "names" seen only at the start of sentences (``Tears came…``).

    A capitalised word that is never capitalised mid-sentence, has no title and is no
    known given name is more likely an ordinary word opening its sentence.
    """
    mid: set[str] = set()
    opener = False  # whether one name might be dropped
    given = lexicon.GIVEN_NAMES
    for m in found:
        low = m.core.lower()
        if low in mid or low in given:
            continue  # kept, wherever it stands: no need to ask
        if " " in m.core or m.gender is not None or not starts_sentence(text, m.span.start):
            mid.add(low)
        else:
            opener = True
    if not opener:
        return found  # every name is in ``mid``
    return [
        m for m in found
        if m.core.lower() in mid or m.core.lower() in lexicon.GIVEN_NAMES
    ]


#: How far back (in characters) a pronoun first looks for a named antecedent before
#: it turns to the speakers of the quotations just before.
NEAR = 400

#: How far back a pronoun in fiction looks for a person named with its gender before it
#: turns to the speakers of the quotations just before: a novel names a person, then
#: keeps to "he" or "she" for paragraphs (the nearest such name was right 69% of the
#: time on the fiction dev sets against 63% for the recent speakers, at 3000).
FICTION_REACH = 3000

#: How far back a pronoun in fiction looks, as a last resort, for a person named with its
#: gender (bounded so that each pronoun costs the same however long the text).
FICTION_FAR = 20000

#: How far back (in characters) :meth:`Cast._first_in_sentence` looks for the opening
#: of a name's sentence.
SENTENCE_BACK = 400

#: How far before a relative ``who`` its antecedent may be named, in characters.
RELATIVE_REACH = 120


#: Descriptions that stand for the nearest person holding a title: "her ladyship" is
#: the last Lady named, "his lordship" the last Lord.
_HONORIFICS = {"ladyship": ("lady",), "lordship": ("lord",), "majesty": ("king", "queen")}


def _by_honorific(cast: Cast, mention: Mention) -> str | None:
    """The person a ``her ladyship``-style description stands for: the last so titled
    before it, else the first after it (within :data:`FICTION_FAR`).

    >>> cast = build_cast("Lady Catherine came in.", [])
    >>> _by_honorific(cast, Mention(Span(30, 43, "her ladyship"), "description",
    ...                             "her ladyship", "f"))
    'Lady Catherine'
    >>> cast = build_cast("Then her ladyship rose. Lady Anne sat.", [])
    >>> _by_honorific(cast, Mention(Span(5, 17, "her ladyship"), "description",
    ...                             "her ladyship", "f"))
    'Lady Anne'
    """
    words = mention.core.split()
    titles = _HONORIFICS.get(words[-1]) if len(words) == 2 else None
    if not titles:
        return None
    i = bisect.bisect_left(cast.starts, mention.span.start) - 1
    while i >= 0:
        m = cast.mentions[i]
        if _key(m.title) in titles:
            return cast.canonical(m.core, m.span.start, m.gender, m.title)
        i -= 1
    i = bisect.bisect_left(cast.starts, mention.span.start)
    while i < len(cast.mentions) and cast.starts[i] - mention.span.start < FICTION_FAR:
        m = cast.mentions[i]
        if _key(m.title) in titles:
            return cast.canonical(m.core, m.span.start, m.gender, m.title)
        i += 1
    return None


#: Kin nouns after "her"/"his", with the title or gender the relative bears and
#: whether the relative shares the possessor's surname ("his lady": his wife).
_KIN = {
    "mother": ("mrs", "f", True), "father": ("mr", "m", True), "wife": ("mrs", "f", True),
    "husband": ("mr", "m", True), "sister": ("", "f", True), "brother": ("", "m", True),
    "daughter": ("", "f", True), "son": ("", "m", True), "aunt": ("mrs", "f", False),
    "uncle": ("mr", "m", False), "lady": ("mrs", "f", True),
}


def _kin_before(text: str, start: int, end: int, gender: str) -> Mention | None:
    """The last kin description (``her mother``, ``his son``) in ``text[start:end]`` whose
    noun is of ``gender``.

    >>> _kin_before("Her father rose; his wife sat.", 0, 30, "m").span
    Span(start=0, end=10, text='Her father')
    >>> _kin_before("Her father rose; his wife sat.", 0, 30, "f").core
    'his wife'
    >>> _kin_before("Her eyes shone.", 0, 15, "f") is None
    True
    """
    found = None
    for m in POSSESSED_NOUN.finditer(text, start, end, False, HOLD):
        kin = _KIN.get(m.group("noun"))
        if kin is not None and kin[1] == gender:
            found = m
    if found is None:
        return None
    words = found.group().lower().split()
    return Mention(Span(found.start(), found.end(), found.group()), "description",
                   f"{words[0]} {words[-1]}", gender)


def _by_kinship(
    cast: Cast, mention: Mention, recent: Sequence[str], reach: int = NEAR,
    far: bool = False, possessor: Mention | None = None,
) -> str | None:
    """The relative a ``her mother``-style description names. The possessor is the
    nearest person of the possessive's gender; the relative is the person of the
    possessor's surname with the right title or gender (``Mrs. Bennet``), or, when the
    text gives the possessor no surname (``Elizabeth``) or the relative has another
    (an aunt, an uncle), the nearest person named with the relative's title. A
    relative of the possessor's surname not yet named is the first so named after the
    description, within :data:`FICTION_FAR` (``his wife`` … ``Mrs. Bennet``). With
    ``far`` (fiction), a possessor not found within ``reach`` is sought within
    :data:`FICTION_FAR` before, else within ``reach`` after, and a possessor without
    surname has a parent or spouse in the household named around
    (:func:`_household`). Failing
    a person with the relative's title within ``reach`` before, the one most often so
    named within :data:`FICTION_FAR` before or after.

    >>> cast = build_cast("Mr. Bennet and Mrs. Bennet sat. Elizabeth Bennet came.", [])
    >>> _by_kinship(cast, Mention(Span(60, 70, "her mother"), "description",
    ...                           "her mother", "f"), [])
    'Mrs. Bennet'
    >>> cast = build_cast("Mrs. Hale sat. Then Margaret came in.", [])
    >>> _by_kinship(cast, Mention(Span(40, 50, "her mother"), "description",
    ...                           "her mother", "f"), [])
    'Mrs. Hale'
    >>> far = build_cast("Ann came. Then her mother spoke. Mrs. Lee sat. Mrs. Ray, Mrs. Ray.", [])
    >>> _by_kinship(far, Mention(Span(15, 25, "her mother"), "description",
    ...                          "her mother", "f"), [])
    'Mrs. Ray'
    >>> cast = build_cast("Mr. Hale sat. Then his wife spoke. Mrs. Hale was ill.", [])
    >>> _by_kinship(cast, Mention(Span(19, 27, "his wife"), "description",
    ...                           "his wife", "f"), [])
    'Mrs. Hale'

    Notes: a novel's families share surnames (Austen's Bennets); this reads kinship
    from that alone, where CoreNLP leaves such mentions to its coreference system.
    """
    words = mention.core.split()[:2]  # "her mother soon afterwards": her mother
    if len(words) != 2 or words[0] not in ("her", "his") or words[1] not in _KIN:
        return None
    if words == ["her", "lady"]:
        return None  # a maid's mistress, not a wife
    title, gender, same_name = _KIN[words[1]]
    pos = mention.span.start
    if possessor is None:
        possessor = cast.person_before(
            pos, "f" if words[0] == "her" else "m", reach=reach, strict=True
        )
    if possessor is None and far:
        # No one of that gender in reach: the nearest far back, else the first after.
        possessor = cast.person_before(
            pos, "f" if words[0] == "her" else "m", reach=FICTION_FAR, strict=True
        ) or cast.person_after(pos, "f" if words[0] == "her" else "m", reach=reach)
    if possessor is None:
        return None
    full = cast.canonical(possessor.core, possessor.span.start, possessor.gender,
                          possessor.title)
    named = full.split()
    surname = _key(named[-1]) if len(named) > 1 or possessor.title else None
    own = _words_of(possessor.core)
    i = bisect.bisect_left(cast.starts, pos) - 1
    while same_name and surname and i >= 0 and pos - cast.starts[i] < FICTION_FAR:
        m = cast.mentions[i]
        same = _words_of(m.core) >= own and m.title == possessor.title
        if _key(m.core.split()[-1]) == surname and not same:
            if title and _key(m.title) == title:
                return f"{m.title} {m.core}"  # the possessor may bear the fuller name
            if not title and cast.gender_of(m) == gender and len(m.core.split()) > 1:
                return cast.canonical(m.core, m.span.start, m.gender, m.title)
        i -= 1
    if same_name and surname and title:
        # Not yet named: the first of that surname and title written after it.
        i = bisect.bisect_left(cast.starts, pos)
        while i < len(cast.mentions) and cast.starts[i] - pos < FICTION_FAR:
            m = cast.mentions[i]
            if _key(m.core.split()[-1]) == surname and _key(m.title) == title:
                if m.title != possessor.title:
                    return f"{m.title} {m.core}"
            i += 1
    if not title or (same_name and surname):
        return None
    if same_name and far:
        # A possessor the text gives no surname (``Lizzy``): the parent or spouse of the
        # household named around (``Mr.``, ``Mrs.`` and ``Miss`` of one surname).
        found = _household(cast, pos, title)
        if found:
            return found
    i = bisect.bisect_left(cast.starts, pos) - 1
    while i >= 0 and pos - cast.starts[i] < reach:
        m = cast.mentions[i]
        if _key(m.title) == title and _key(m.core.split()[-1]) != surname:
            return f"{m.title} {m.core}"
        i -= 1
    # None near: the one most often named with that title within FICTION_FAR either way
    # (a heroine's mother is named often, a passing Mrs. seldom).
    counts: dict[str, int] = {}
    i = bisect.bisect_left(cast.starts, pos - FICTION_FAR)
    while i < len(cast.mentions) and cast.starts[i] < pos + FICTION_FAR:
        m = cast.mentions[i]
        if _key(m.title) == title and _key(m.core.split()[-1]) != surname:
            name = f"{m.title} {m.core}"
            counts[name] = counts.get(name, 0) + 1
        i += 1
    return max(counts, key=counts.__getitem__) if counts else None


#: The titles that together tell a household: a husband, a wife and a daughter.
_HOUSEHOLD = frozenset({"mr", "mrs", "miss"})


def _household(cast: Cast, pos: int, title: str) -> str | None:
    """The person most often named with ``title`` (``mr`` or ``mrs``) within
    :data:`FICTION_FAR` of ``pos`` whose surname the text also gives a ``Mr.``, a
    ``Mrs.`` and a ``Miss``: the household a surname-less daughter or wife belongs to.

    >>> text = "Mr. Ray came. Mr. Bell and Mrs. Bell sat; Miss Bell read. Mr. Ray left."
    >>> cast = build_cast(text, [])
    >>> _household(cast, len(text), "mr"), _household(cast, len(text), "mrs")
    ('Mr. Bell', 'Mrs. Bell')
    >>> _household(build_cast("Mr. Ray and Mrs. Ray came.", []), 20, "mr") is None
    True

    Notes: a novel's heroine is often named by her given name alone ("Lizzy"), her
    parents by title and surname ("Mr. Bennet"); a family is the surname the text
    gives a husband, a wife and an unmarried daughter, which a passing "Mr." is not.
    """
    counts: dict[str, int] = {}
    titles: dict[str, set[str]] = {}
    i = bisect.bisect_left(cast.starts, pos - FICTION_FAR)
    while i < len(cast.mentions) and cast.starts[i] < pos + FICTION_FAR:
        m = cast.mentions[i]
        held = _key(m.title) if m.title else ""
        if held in _HOUSEHOLD:
            surname = _key(m.core.split()[-1])
            titles.setdefault(surname, set()).add(held)
            if held == title:
                name = f"{m.title} {m.core}"
                counts[name] = counts.get(name, 0) + 1
        i += 1
    family = {
        name: n for name, n in counts.items() if titles[_key(name.split()[-1])] >= _HOUSEHOLD
    }
    return max(family, key=family.__getitem__) if family else None


#: Titles that are also everyday nouns for a man or a woman ("the old lady"): a
#: description ending in another title ("the Queen") is a person known by it.
_COMMON_TITLES = frozenset({"lady", "lord"})


def _by_epithet(
    cast: Cast, mention: Mention, reach: int, addressed: str | None = None
) -> str | None:
    """The person a definite description of a man or a woman (``the old gentleman``,
    ``the girl``) stands for: the nearest person known to be of that gender named
    within ``reach`` before it, unless the narration brought someone new in with that
    noun after that name (``an old man`` … ``the old man``). Not a title (``the Queen``,
    ``the Duchess``): a person the story knows by it, who stays so called.

    >>> cast = build_cast("Then Ann Lee sat; she wept. Later Ann Lee sat; she slept.", [])
    >>> girl = Mention(Span(70, 78, "the girl"), "description", "the girl", "f")
    >>> _by_epithet(cast, girl, 3000)
    'Ann Lee'
    >>> text = "Then Ann Lee sat; she wept. Later Ann Lee sat; she slept. A girl came."
    >>> _by_epithet(build_cast(text, []), attrs.evolve(girl, span=Span(75, 83, "the girl")),
    ...             3000) is None
    True
    >>> _by_epithet(cast, attrs.evolve(girl, core="the queen"), 3000) is None
    True

    Notes: a novel's narration names a character, then calls them "the girl" or "the
    old gentleman" to vary the words; CoreNLP leaves nominal mentions to its
    coreference system. Read on fiction only: news keeps "a spokesman" as written.
    """
    words = mention.core.split()
    if words[0] != "the" or mention.gender not in ("m", "f"):
        return None
    if _key(words[-1]) in lexicon.TITLES and _key(words[-1]) not in _COMMON_TITLES:
        return None  # "the Queen", "the Duchess": a person known by that title
    pos = mention.span.start
    antecedent = cast.person_before(pos, mention.gender, reach=reach, strict=True,
                                    exclude=addressed)
    if antecedent is None:
        return None
    for m in INDEFINITE_PERSON.finditer(cast.text, antecedent.span.end, pos, False, HOLD):
        if m.group("noun").lower() == words[-1]:
            return None  # "an old man" came in after the name: the newcomer
    return cast.canonical(
        antecedent.core, antecedent.span.start, antecedent.gender, antecedent.title
    )


def _kin_in_dialogue(
    cast: Cast, mention: Mention, recent: Sequence[str], addressed: str | None, reach: int
) -> str | None:
    """The relative a ``her mother``-style description in a dialogue names, its
    possessor being a party of the exchange: whom the quotation speaks to
    (``"Another time, Lizzy," said her mother``), else the one who spoke last (the
    latest of ``recent``), when the possessive's gender fits (see :func:`_by_kinship`).

    >>> cast = build_cast("Mrs. Bennet sat. Mrs. Long came. Lydia Bennet sat.", [])
    >>> mother = Mention(Span(60, 70, "her mother"), "description", "her mother", "f")
    >>> _kin_in_dialogue(cast, mother, ["Lydia Bennet"], None, 3000)
    'Mrs. Bennet'
    >>> _kin_in_dialogue(cast, mother, ["Mr. Long"], None, 3000) is None
    True

    Notes: in a novel's dialogue "said her mother" most often answers the daughter who
    spoke or was spoken to, not the woman the narration named last.
    """
    words = mention.core.split()[:2]
    if len(words) != 2 or words[0] not in ("her", "his") or words[1] not in _KIN:
        return None
    gender = "f" if words[0] == "her" else "m"
    for party in (addressed, recent[-1] if recent else None):
        if not party or cast.gender_of_name(party) != gender:
            continue
        who = read_mention(party, 0, len(party))
        if who is None or who.kind != "name":
            continue
        who = attrs.evolve(who, span=Span(mention.span.start, mention.span.start, party),
                           gender=gender)
        found = _by_kinship(cast, mention, recent, reach, True, possessor=who)
        if found and _key(found) != _key(party):
            return found
    return None


def _the_other(
    recent: Sequence[str], spoken_to: str | None, addressed: str | None, turn: str | None
) -> str | None:
    """Whom ``replied the other`` stands for in a dialogue: the party whose turn it is
    by alternation, else whom the quotation before spoke to, else the latest of the
    ``recent`` speakers who is not the last one; never ``addressed``.

    >>> _the_other(["Ann", "Tom", "Ann"], None, None, None)
    'Tom'
    >>> _the_other(["Ann", "Tom"], "Kate", None, None), _the_other(["Ann"], None, None, None)
    ('Kate', None)

    Notes: "the other" in a novel's dialogue is the other party of a two-person
    exchange, not the last person the narration named.
    """
    for party in (turn, spoken_to):
        if party and not (addressed and _words_of(addressed) & _words_of(party)):
            return party
    if not recent:
        return None
    last = _words_of(recent[-1])
    for name in reversed(recent):
        if not _words_of(name) & last:
            if not (addressed and _words_of(addressed) & _words_of(name)):
                return name
    return None


def _words_of(name: str) -> set[str]:
    """The words of ``name``, lower case, a familiar given name as its formal one
    (``data/nicknames.txt``): one person's names share words.

    >>> sorted(_words_of("Lizzy")), sorted(_words_of("Mrs. Elizabeth Bennet"))
    (['elizabeth'], ['bennet', 'elizabeth', 'mrs'])
    """
    words = set()
    for w in name.split():
        k = _key(w)
        words.add(lexicon.NICKNAMES.get(k, k))
    return words


_SUBJECT_PRONOUN = {
    "f": regex.compile(r"(?i)\bshe\b"),
    "m": regex.compile(r"(?i)\bhe\b"),
}


def _recent_over_passing(
    cast: Cast, antecedent: Mention, gender: str, recent: Sequence[str], addressed: str | None
) -> str | None:
    """The one of the ``recent`` speakers of ``gender`` (not ``addressed``) who spoke
    most often, the latest of those on a tie, when ``antecedent`` is only named in
    passing: its sentence already speaks of someone of that gender as ``she``/``he``
    before naming it, so that pronoun, and the one being resolved, stand for someone
    named further back, such as the one who has been speaking. None otherwise, or when
    no recent speaker is of that gender.

    >>> cast = build_cast("Mrs. Ann Lee came. She saw Mrs. Bell. She wept.", [])
    >>> bell = cast.mentions[1]
    >>> _recent_over_passing(cast, bell, "f", ["Mr. Ray", "Ann Lee"], None)
    'Ann Lee'
    >>> _recent_over_passing(cast, bell, "f", ["Ann Lee", "Ann Lee", "Mrs. Kay"], None)
    'Ann Lee'
    >>> _recent_over_passing(cast, bell, "f", ["Mr. Ray"], None) is None
    True
    >>> first = cast.mentions[0]
    >>> _recent_over_passing(cast, first, "f", ["Ann Lee", "Mrs. Bell"], None) is None
    True

    Notes: centering theory (Grosz, Joshi & Weinstein 1995): a pronoun in subject
    position keeps the current centre, so a name after it in the same sentence is
    not the centre a later pronoun continues.
    """
    lo = max(0, antecedent.span.start - SENTENCE_BACK)
    opening = lo
    for end in CLAUSE_END.finditer(cast.text, lo, antecedent.span.start, False, HOLD):
        opening = end.end()
    if _SUBJECT_PRONOUN[gender].search(cast.text, opening, antecedent.span.start):
        fitting = [
            name for name in recent
            if cast.gender_of_name(name) == gender
            and not (addressed and _words_of(addressed) & _words_of(name))
        ]
        if fitting:
            return max(reversed(fitting), key=fitting.count)
    return None


def resolve(
    cast: Cast,
    mention: Mention,
    recent: Sequence[str] = (),
    spoken_to: str | None = None,
    addressed: str | None = None,
    paragraph_start: int | None = None,
    reach: int = NEAR,
    epithets: bool = False,
    turn: str | None = None,
) -> str | None:
    """The speaker's name for ``mention``: canonical name, antecedent, or description.

    With ``epithets`` (fiction), a description such as "the girl" is the person it
    stands for, if one is found (:func:`_by_epithet`).

    A pronoun takes ``spoken_to`` (whom the quotation before it addressed by name) if
    the gender fits; else ``turn`` (whose turn it is by alternation in an exchange,
    see :func:`quoteattr.rules.turn_party`) if the gender fits; else the nearest person
    of its gender (known, then unknown) named earlier in its own paragraph (from
    ``paragraph_start``); else the nearest person known to be of its gender named
    within ``reach`` characters before it (fiction passes :data:`FICTION_REACH`: a
    novel's narration keeps a person as "he" for paragraphs after naming them); else
    the latest of the ``recent`` speakers (most recent last) whose gender fits; else
    the nearest person of unknown gender; else any earlier one. Never ``addressed``,
    whom the quotation itself speaks to. In fiction (``epithets``) a named antecedent
    is the first fitting person of its sentence, its likely subject
    (:meth:`Cast.person_before`), unless a kin description of its gender (``her
    father``) comes after that name, which it then stands for; failing all else it
    takes the nearest person known to be of its gender within :data:`FICTION_FAR`
    before it, or else the first within :data:`FICTION_FAR` after it (a text cut from a
    longer one). Also in fiction, a named antecedent whose sentence already has a ``she``/``he``
    of its gender before it was only named in passing: the recent speaker of that gender
    who spoke most often is taken instead (:func:`_recent_over_passing`), unless such a
    kin description comes after it (nearer, it goes first).

    >>> from quoteattr.records import Span
    >>> cast = build_cast("Mrs. Ann Smith arrived.", [])
    >>> resolve(cast, Mention(Span(30, 33, "she"), "pronoun", "she", "f"))
    'Ann Smith'
    >>> far = build_cast("Mrs. Ann Smith came." + " It rained." * 60, [])
    >>> she = Mention(Span(700, 703, "she"), "pronoun", "she", "f")
    >>> resolve(far, she, ["Mrs. Jo Lee"]), resolve(far, she, ["Mrs. Jo Lee"], reach=3000)
    ('Mrs. Jo Lee', 'Ann Smith')
    >>> he = Mention(Span(40, 42, "he"), "pronoun", "he", "m")
    >>> two = build_cast("Mr. Ray sat with Mr. Hale.", [])
    >>> resolve(two, he), resolve(two, he, turn="Hale", epithets=True)
    ('Mr. Ray', 'Hale')

    Notes: the deterministic pronoun step of CoreNLP's mention-to-speaker stage, with
    the recent speakers standing in for its coreference chains.
    """
    if mention.kind == "name":
        return cast.canonical(mention.core, mention.span.start, mention.gender, mention.title)
    if mention.kind == "description":
        found = _by_honorific(cast, mention)
        if not found and epithets:
            found = _kin_in_dialogue(cast, mention, recent, addressed, reach)
        found = found or _by_kinship(cast, mention, recent, reach, epithets)
        if found:
            return found
        if epithets and mention.core == "the other":
            found = _the_other(recent, spoken_to, addressed, turn)
            if found:
                return found
        if epithets:
            found = _by_epithet(cast, mention, reach, addressed)
            if found:
                return found
            # "replied her sister", "said his friend": a party of the exchange.
            words = mention.core.split()
            # Not a parent, a spouse, an aunt or an uncle: the party is as likely the
            # possessor ("said her mother" after the daughter's turn).
            relational = words[0] in ("her", "his") and not _KIN.get(words[-1], ("",))[0]
            for party in (spoken_to, turn) if relational else ():
                if party and cast.gender_of_name(party) == mention.gender:
                    if not (addressed and _words_of(addressed) & _words_of(party)):
                        return party
            if relational and recent:
                # Else the latest recent speaker of that gender who did not speak last
                # (the possessor, most often).
                last = _words_of(recent[-1])
                for name in reversed(recent):
                    if _words_of(name) & last or cast.gender_of_name(name) != mention.gender:
                        continue
                    if not (addressed and _words_of(addressed) & _words_of(name)):
                        return name
        return mention.span.text
    if mention.kind == "relative":
        # ``Rubio of Florida, who mused …``: the person named before it.
        antecedent = cast.person_before(mention.span.start, None, reach=RELATIVE_REACH)
        if antecedent is None:
            return mention.span.text
        return resolve(cast, antecedent)
    if mention.kind != "pronoun":
        return mention.span.text
    if mention.gender not in ("m", "f"):
        return mention.span.text
    gender = mention.gender
    if spoken_to and cast.gender_of_name(spoken_to) == gender:
        if not (addressed and _words_of(addressed) & _words_of(spoken_to)):
            return spoken_to
    if turn and cast.gender_of_name(turn) == gender:
        if not (addressed and _words_of(addressed) & _words_of(turn)):
            return turn
    pos = mention.span.start
    antecedent = None
    if paragraph_start is not None and paragraph_start < pos:
        here = pos - paragraph_start
        antecedent = cast.person_before(
            pos, gender, reach=here, strict=True, exclude=addressed,
            subject=epithets,
        ) or cast.person_before(pos, gender, reach=here, exclude=addressed)
    if antecedent is None:
        antecedent = cast.person_before(
            pos, gender, reach=reach, strict=True, exclude=addressed,
            subject=epithets,
        )
    if epithets:
        # "Her father was walking about the room. … said he": a kin description of
        # the pronoun's gender, nearer than any name, is whom the pronoun stands for.
        lo = antecedent.span.end if antecedent is not None else max(0, pos - reach)
        kin = _kin_before(cast.text, lo, pos, gender)
        found = _by_kinship(cast, kin, recent, reach, far=True) if kin is not None else None
        if found:
            return found
    if epithets and antecedent is not None:
        found = _recent_over_passing(cast, antecedent, gender, recent, addressed)
        if found:
            return found
    if antecedent is not None:
        return cast.canonical(
            antecedent.core, antecedent.span.start, antecedent.gender, antecedent.title
        )
    for name in reversed(recent):
        if cast.gender_of_name(name) == gender:
            if not (addressed and _words_of(addressed) & _words_of(name)):
                return name
    antecedent = cast.person_before(pos, gender, reach=NEAR, exclude=addressed)
    if antecedent is None:
        antecedent = cast.person_before(pos, gender, exclude=addressed)
    if antecedent is None and epithets:
        # A novel's chapter may speak of someone as "he" long after naming them, or
        # (a text cut from a longer one) before naming them at all.
        antecedent = cast.person_before(
            pos, gender, reach=FICTION_FAR, strict=True, exclude=addressed
        ) or cast.person_after(pos, gender, reach=FICTION_FAR, exclude=addressed)
    if antecedent is None:
        return mention.span.text
    return cast.canonical(
        antecedent.core, antecedent.span.start, antecedent.gender, antecedent.title
    )


def narrator(
    first_person: Sequence[bool],
    addressed: Sequence[str | None],
    paragraph_of: Sequence[int],
    replies: Sequence[str | None] = (),
) -> str | None:
    """The name of a first-person narrator: the person most often spoken to by name in
    the quotations of the paragraphs just before and after the narrator's own speeches.

    ``first_person[i]`` says whether quotation ``i`` is cued by the narration's "I"
    (``"…," I said``), ``addressed[i]`` whom quotation ``i`` names as spoken to, and
    ``paragraph_of[i]`` its paragraph's index. At least two such replies must name the
    narrator, and more of them than any other name. ``replies[i]``, if given, is the
    one quotation ``i`` answers for, having been named by the turn before it: a
    reply two paragraphs from a speech of the narrator's, on the narrator's side of
    the exchange, votes for that name too.

    >>> narrator([False, True, False, True], ["Jake", None, "Jake", "Bill"], [0, 1, 2, 3])
    'Jake'
    >>> narrator([True, False], [None, "Jake"], [0, 1]) is None
    True
    >>> narrator([True, False, False, False, True], [None, "Jake", None, None, None],
    ...          [0, 1, 2, 3, 4], [None, None, "Jake", None, None])
    'Jake'

    Notes: a first-person narrator is named mostly by the others' speeches to them;
    CoreNLP leaves "I" to its coreference system.
    """
    mine: set[int] = {p for p, f in zip(paragraph_of, first_person, strict=True) if f}
    votes: dict[str, int] = {}
    for i, name in enumerate(addressed):
        p = paragraph_of[i]
        if name and not first_person[i] and (p - 1 in mine or p + 1 in mine):
            votes[name] = votes.get(name, 0) + 1
    for i, name in enumerate(replies):
        p = paragraph_of[i]
        if name and not first_person[i] and (p - 2 in mine or p + 2 in mine):
            votes[name] = votes.get(name, 0) + 1
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _name_words(name: str) -> frozenset[str]:
    """The words of a name without titles: ``"Mrs. Bennet"`` -> {"bennet"}."""
    words = [_key(w) for w in name.replace(",", " ").split()]
    return frozenset(w for w in words if w and w not in lexicon.TITLES)


@attrs.frozen
class Characters:
    """A known cast given by the caller: canonical names and their aliases.

    A resolved speaker that is one of a character's names (case and titles aside), or
    whose words belong to one character's names only, becomes that character.

    >>> cast = Characters.from_mapping({"Elizabeth Bennet": ["Lizzy", "Eliza"]})
    >>> cast.match("Lizzy"), cast.match("Miss Elizabeth"), cast.match("Mr. Darcy")
    ('Elizabeth Bennet', 'Elizabeth Bennet', 'Mr. Darcy')
    """

    names: dict[frozenset[str], str] = attrs.field(eq=False)
    by_word: dict[str, frozenset[str]] = attrs.field(eq=False)

    @classmethod
    def from_mapping(cls, characters: object) -> Characters:
        """Build from ``{name: [aliases]}`` or from an iterable of names; a caller's
        mistake raises TypeError or ValueError saying what was given.

        >>> Characters.from_mapping(["Jane Eyre"]).match("Jane")
        'Jane Eyre'
        >>> Characters.from_mapping({"Jane": "Janet"})
        Traceback (most recent call last):
        ...
        TypeError: characters={'Jane': ...}: aliases must be a list of str, not str
        """
        if isinstance(characters, (str, bytes)) or not hasattr(characters, "__iter__"):
            raise TypeError(
                "characters must be a mapping of names to lists of aliases, or a list of "
                f"names, not {type(characters).__name__}"
            )
        items: list[tuple[object, object]]
        if hasattr(characters, "items"):
            items = list(characters.items())  # type: ignore[union-attr]
        else:
            items = [(name, ()) for name in characters]  # type: ignore[union-attr]
        names: dict[frozenset[str], str] = {}
        by_word: dict[str, set[str]] = {}
        for name, aliases in items:
            if not isinstance(name, str) or not _name_words(name):
                raise ValueError(f"characters: each name must be a non-empty str, not {name!r}")
            if isinstance(aliases, (str, bytes)) or not hasattr(aliases, "__iter__"):
                raise TypeError(
                    f"characters={{{name!r}: ...}}: aliases must be a list of str, "
                    f"not {type(aliases).__name__}"
                )
            for alias in (name, *aliases):  # type: ignore[misc]
                if not isinstance(alias, str) or not _name_words(alias):
                    raise ValueError(
                        f"characters={{{name!r}: ...}}: each alias must be a non-empty "
                        f"str, not {alias!r}"
                    )
                words = _name_words(alias)
                names.setdefault(words, name)
                for w in words:
                    by_word.setdefault(w, set()).add(name)
        return cls(names, {w: frozenset(v) for w, v in by_word.items()})

    def match(self, speaker: str) -> str:
        """The character ``speaker`` names, or ``speaker`` itself when none or several."""
        words = _name_words(speaker)
        if not words:
            return speaker
        if words in self.names:
            return self.names[words]
        candidates: set[str] | None = None
        for w in words:
            owners = self.by_word.get(w, frozenset())
            candidates = set(owners) if candidates is None else candidates & owners
            if not candidates:
                return speaker
        if candidates and len(candidates) == 1:
            return next(iter(candidates))
        return speaker
