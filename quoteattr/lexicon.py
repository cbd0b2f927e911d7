"""Word lists the rules use, loaded from the plain-text files in ``quoteattr/data/``.

Each file holds one entry a line; ``#`` starts a comment. The lists are ours, written
for this package; nothing is downloaded. Every entry is lower case, so look words up
with ``word.lower()``.

>>> "tis" in ELISIONS
True
>>> "said" in SPEECH_VERBS and "table" not in SPEECH_VERBS
True
>>> TITLES["mrs"], PRONOUNS["he"]
('f', 'm')

Notes: the lists are written from general knowledge of English (news and fiction
prose), not harvested from any corpus; each data file's header says what it holds and
what it leaves out on purpose.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

__all__ = [
    "ABBREVIATIONS",
    "ANSWERING_VERBS",
    "ELISIONS",
    "FICTION_TITLES",
    "GIVEN_NAMES",
    "GROUPS",
    "NAME_PARTICLES",
    "NICKNAMES",
    "NOT_HEADS",
    "NOT_NAMES",
    "ORG_WORDS",
    "PLACES",
    "PRONOUNS",
    "RELAY_PARTICIPLES",
    "ROLE_NOUNS",
    "SPEECH_NOUNS",
    "SPEECH_PHRASES",
    "SPEECH_VERBS",
    "TITLES",
    "WORD_NOUNS",
    "WORK_NOUNS",
    "load",
    "load_table",
]


def _entries(name: str) -> Iterator[str]:
    """Each entry of ``data/<name>.txt``: comments dropped, spaces tidied, lower-cased.

    >>> next(_entries("pronouns"))
    'he\\tm'
    """
    raw = resources.files("quoteattr").joinpath("data", f"{name}.txt").read_text("utf-8")
    for line in raw.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            yield "\t".join(" ".join(cell.split()) for cell in entry.lower().split("\t"))


def load(name: str) -> frozenset[str]:
    """The entries of ``data/<name>.txt``, lower-cased, one a line.

    >>> sorted(load("elisions"))[:3]
    ['bout', 'cause', 'cos']
    """
    return frozenset(_entries(name))


def load_table(name: str) -> dict[str, str]:
    """The two-column file ``data/<name>.txt`` (``entry<TAB>value``) as a dict.

    >>> load_table("pronouns")["she"]
    'f'
    """
    table: dict[str, str] = {}
    for entry in _entries(name):
        cells = entry.split("\t")
        if len(cells) != 2 or not all(cells):
            raise ValueError(f"data/{name}.txt: want 'entry<TAB>value', got {entry!r}")
        table[cells[0]] = cells[1]
    return table


def _words(name: str) -> frozenset[str]:
    """Every word of ``data/<name>.txt``, for files that list a word's forms on one line.

    >>> {"told", "telling"} <= _words("speech_verbs")
    True
    """
    return frozenset(word for entry in _entries(name) for word in entry.split())


#: Words written with a leading apostrophe (``'tis``, ``'em``, rock ``'n'`` roll): an
#: apostrophe before them does not open a quotation.
ELISIONS = load("elisions")

#: Every form of the verbs that introduce or report speech or writing ("said", "tells",
#: "shouted", "tweeting", "written"), British and American spellings, lower case. Also
#: the gesture beats fiction writes in their place ("smiled", "shrugged").
SPEECH_VERBS: frozenset[str] = _words("speech_verbs")

#: Multiword speech cues ("according to", "went on to say", "told reporters", "cut in"),
#: lower case, longest first so that a matcher trying them in turn finds the longest.
SPEECH_PHRASES: tuple[str, ...] = tuple(
    sorted(load("speech_phrases"), key=lambda phrase: (-len(phrase), phrase))
)

#: Nouns that name something said or written ("claim", "promise", "remarks"): a
#: named person's claim, quoted, is that person's words.
SPEECH_NOUNS: frozenset[str] = load("speech_nouns")

#: Words telling that a paragraph's subject answered in reported speech or kept silent
#: ("replied", "answer", "silent"): the speech after that paragraph is someone else's.
REPORTED_REPLIES: frozenset[str] = load("reported_replies")

#: Titles and honorifics that precede a name ("mrs", "sen", "prime", "uncle"), lower
#: case without a final period, mapped to the gender they tell: ``"m"``, ``"f"`` or
#: ``None`` when they tell none.
TITLES: dict[str, str | None] = {
    title: None if gender == "-" else gender for title, gender in load_table("titles").items()
}

#: Titles that tell no gender in :data:`TITLES` but a man's in fiction (``colonel``,
#: ``captain``), lower case, mapped to that gender: read only for fiction.
FICTION_TITLES: dict[str, str] = load_table("fiction_titles")

#: Nouns, singular and plural, that describe a speaker without naming them
#: ("spokesman", "officials", "man", "witness") or a document or body reported as
#: speaking ("statement", "company"). One word each: "the old man" is found by "man".
ROLE_NOUNS: frozenset[str] = _words("role_nouns")

#: Participles that pass a record on from its source ("obtained", "provided"):
#: ``according to audio obtained by the Tribune`` cites the Tribune.
RELAY_PARTICIPLES: frozenset[str] = load("relay_participles")

#: Personal pronouns (subject, object, possessive, reflexive) mapped to ``"m"`` (he),
#: ``"f"`` (she), ``"p"`` (they, we), ``"i"`` (I) or ``"n"`` (it). "You" is not here.
PRONOUNS: dict[str, str] = load_table("pronouns")

#: Words often capitalised that never name a speaker: months, days, holidays,
#: interjections, sentence-opening function words, numbers, nationalities, parties.
NOT_NAMES: frozenset[str] = load("not_names")

#: Familiar forms of given names mapped to the formal name ("lizzy": "elizabeth",
#: "tom": "thomas"), lower case: one person, called one way and named the other.
NICKNAMES: dict[str, str] = load_table("nicknames")

#: Lower-case particles written inside a name between its capitalised words ("de" in
#: Lady Catherine de Bourgh, "van" in Ludwig van Beethoven): part of the surname after them.
NAME_PARTICLES: frozenset[str] = load("name_particles")

#: Groups named by a capitalised plural ("democrats", "israelis"): beside a speech verb
#: or opening a clause, the source of the words.
GROUPS: frozenset[str] = load("groups")

#: Words that cannot head a noun phrase after a determiner, and forms of *be*:
#: modals and auxiliaries (``That could``, ``This isn't``), comparatives (``The less``).
NOT_HEADS: frozenset[str] = load("not_heads")

#: Nouns naming a kind of work ("book", "movie", "show"): title-cased words quoted
#: right after one are its title, not speech.
WORK_NOUNS: frozenset[str] = load("work_nouns")

#: Verbs of answering and saying ("answered", "said"): a short capitalised quotation
#: right after one is what was said, not a title.
ANSWERING_VERBS: frozenset[str] = load("answering_verbs")

#: Nouns that name words as words ("term", "phrase"): quoted words set off after one
#: (``the term, "…"``) are mentioned, not said.
WORD_NOUNS: frozenset[str] = load("word_nouns")

#: Words that mark a capitalised sequence as an organisation, place or thing rather
#: than a person ("house", "ministry", "corp", "times", "street").
ORG_WORDS: frozenset[str] = load("org_words")

#: Places ("mexico", "new hampshire", "europe"): a capitalised sequence that is one of
#: these and nothing more names no person.
PLACES: frozenset[str] = load("places")

#: Abbreviations whose final period does not end a sentence, in the form NLTK Punkt's
#: ``PunktParameters.abbrev_types`` wants: lower case, no final period ("mr", "u.s").
ABBREVIATIONS: frozenset[str] = load("abbreviations")

#: Given names mapped to the gender they usually tell, ``"m"`` or ``"f"``, lower case
#: ("elizabeth", "lizzy", "henry", "ned", "josé" and "jose"). Names given to either sex
#: ("taylor", "sam"), more often surnames ("warren") or common words ("will") are left out.
GIVEN_NAMES: dict[str, str] = load_table("given_names")
