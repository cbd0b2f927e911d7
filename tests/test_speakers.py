"""From mention to speaker: ``quoteattr.speakers``.

The cast of a document, canonical names, antecedents by gender, headlines, and
``resolve``'s preferences.
"""

from __future__ import annotations

import attrs
import pytest

from quoteattr.mentions import Mention
from quoteattr.quotes import find_quotes, paragraphs
from quoteattr.records import Span
from quoteattr.speakers import (
    FICTION_REACH,
    NEAR,
    Cast,
    Characters,
    _bit_set,
    _first_two,
    _holds,
    _members,
    build_cast,
    is_headline,
    narrator,
    resolve,
)


def _cast(text: str) -> Cast:
    """The cast of ``text``, its quotations and headlines left out as the pipeline does."""
    return build_cast(text, list(find_quotes(text)), list(paragraphs(text)))


def _pronoun(word: str, pos: int) -> Mention:
    """A pronoun mention at ``pos`` (its gender from the word)."""
    gender = {"he": "m", "she": "f", "they": "p"}[word]
    return Mention(Span(pos, pos + len(word), word), "pronoun", word, gender)


# --- Cast.canonical -----------------------------------------------------------------


@pytest.mark.parametrize("core", ["Trump", "Donald Trump", "Donald"])
def test_canonical_fullest_name(core: str) -> None:
    """"Trump" (or any part of the name) is the fullest form the text gives."""
    cast = build_cast("President Donald Trump spoke at length. Later Mr. Trump left.", [])
    assert cast.canonical(core, 50) == "Donald Trump"


def test_canonical_may() -> None:
    """"May" after "British Prime Minister Theresa May" is "Theresa May"."""
    cast = build_cast("British Prime Minister Theresa May spoke. May left.", [])
    assert cast.canonical("May", 45) == "Theresa May"


def test_canonical_unknown_name_unchanged() -> None:
    """A name the cast does not hold comes back as given."""
    cast = build_cast("Donald Trump spoke at length.", [])
    assert cast.canonical("Pence", 30) == "Pence"


def test_canonical_part_of_a_word_is_no_match() -> None:
    """A prefix of a name word ("Don") is not that name."""
    cast = build_cast("Donald Trump spoke. Trump left.", [])
    assert cast.canonical("Don", 25) == "Don"


def test_canonical_nearest_before_among_equals() -> None:
    """Of two people sharing a surname, the one named nearest before wins."""
    cast = build_cast("Ann Lee spoke first. Later Tom Lee spoke. Then Lee left.", [])
    assert (cast.canonical("Lee", 10), cast.canonical("Lee", 50)) == ("Ann Lee", "Tom Lee")


# --- Cast.knows ---------------------------------------------------------------------


def test_knows_a_name_word() -> None:
    """``knows`` is true for a word of a name in the cast."""
    assert build_cast("Ann Lee left.", []).knows("Lee")


def test_knows_not_an_absent_name() -> None:
    """``knows`` is false for a name the text does not give."""
    assert not build_cast("Ann Lee left.", []).knows("Darcy")


# --- Cast.person_before ---------------------------------------------------------------


def test_person_before_by_gender() -> None:
    """The most recent person of the asked gender, skipping others."""
    cast = build_cast("Mrs. Smith met Mr. Jones.", [])
    assert (cast.person_before(25, "f").core, cast.person_before(25, "m").core) == (  # type: ignore[union-attr]
        "Smith",
        "Jones",
    )


def test_person_before_any_gender() -> None:
    """With no gender asked, simply the most recent person."""
    cast = build_cast("Mrs. Smith met Mr. Jones.", [])
    assert cast.person_before(25, None).core == "Jones"  # type: ignore[union-attr]


def test_person_before_skips_objects() -> None:
    """A name after a preposition (``to Mrs. Jones``) is passed over."""
    text = "Mrs. Smith wrote to Mrs. Jones."
    assert build_cast(text, []).person_before(len(text), "f").core == "Smith"  # type: ignore[union-attr]


def test_person_before_exclude() -> None:
    """``exclude`` passes over the person named."""
    text = "Mrs. Smith met Mrs. Jones."
    assert build_cast(text, []).person_before(len(text), "f", exclude="Jones").core == "Smith"  # type: ignore[union-attr]


def test_person_before_unknown_gender_fits() -> None:
    """Not strict, a person of unknown gender fits any gender."""
    text = "The vote passed, and later Sen. Hale spoke."
    assert build_cast(text, []).person_before(len(text), "m").core == "Hale"  # type: ignore[union-attr]


def test_person_before_strict_needs_known_gender() -> None:
    """Strict, a person of unknown gender does not fit."""
    text = "The vote passed, and later Sen. Hale spoke."
    assert build_cast(text, []).person_before(len(text), "m", strict=True) is None


def test_person_before_none_of_other_gender() -> None:
    """Only women named: no man is found."""
    text = "Mrs. Smith met Ann Lee."
    assert build_cast(text, []).person_before(len(text), "m") is None


def test_person_before_reach() -> None:
    """A person named further back than ``reach`` is not found."""
    text = "Tom Hale met Ann Lee at the gate."
    cast = build_cast(text, [])
    assert cast.person_before(len(text), "m", reach=5) is None


def test_person_before_nothing_before_start() -> None:
    """Before the first name there is nobody."""
    assert build_cast("It rained. Mr. Hale left.", []).person_before(3, None) is None


# --- gender -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Elizabeth Bennet", "f"),
        ("Mr. Bennet", "m"),
        ("Mrs. Bennet", "f"),
        ("Lady Catherine", "f"),
        ("John", "m"),
        ("Hale", None),
        ("Sen. Hale", None),
    ],
)
def test_gender_of_name(name: str, gender: str | None) -> None:
    """From a title, else a known given name, else unknown."""
    assert build_cast("", []).gender_of_name(name) == gender


def test_gender_of_name_from_title_elsewhere() -> None:
    """``Mrs. Bennet`` earlier makes a later bare "Bennet" female."""
    cast = build_cast("Mrs. Bennet came. Bennet sat.", [])
    assert cast.gender_of_name("Bennet") == "f"


def test_gender_of_name_told_by_the_narration() -> None:
    """Pronouns after a bare name tell its gender, over a title its surname had
    elsewhere (Mrs. Archer is his mother)."""
    text = (
        "Mrs. Archer came. Archer rose; he took the hat. Archer said he would go.\n\n"
        "Then Morland sat; she took a hat. Later Morland turned; she said nothing."
    )
    cast = _cast(text)
    assert cast.gender_of_name("Archer") == "m"
    assert cast.gender_of_name("Morland") == "f"
    assert cast.gender_of_name("Mrs. Archer") == "f"


def test_gender_of_name_needs_two_clear_votes() -> None:
    """One pronoun, or pronouns of both kinds, tell nothing."""
    assert _cast("Lee took his hat.").gender_of_name("Lee") is None
    text = "Lee took his hat. Lee took her hat. Lee took his coat."
    assert _cast(text).gender_of_name("Lee") is None


def test_gender_of_name_not_told_by_an_object_pronoun() -> None:
    """``Lee saw her`` is about someone else: object and possessive forms tell nothing."""
    text = "Then Lee saw her. Then Lee took her hand. Then Lee met her there."
    assert _cast(text).gender_of_name("Lee") is None
    text = "Then Lee rose; she left. Then Lee sat; she wept."
    assert _cast(text).gender_of_name("Lee") == "f"


def test_gender_of_name_given_name_outweighs_mixed_or_few_votes() -> None:
    """"George …; she …" (a heroine thinking of him) does not make George a woman when
    the votes are mixed or fewer than three: his given name outweighs them."""
    text = ("Then George came; she smiled. Later George left; she wept. George sat; he "
            "sang. George rose; she ran.")
    assert _cast(text).gender_of_name("George") == "m"
    text = "Then Brett came; she smiled. Later Brett left; she wept."
    assert _cast(text).gender_of_name("Brett") == "m"


def test_gender_of_name_unanimous_votes_outweigh_the_given_name() -> None:
    """Three votes and none against make Brett a woman despite the lexicon (a name
    given to both); a name the lexicon does not know needs only the usual two."""
    text = "Then Brett came; she smiled. Later Brett left; she wept. Brett sat; she sang."
    assert _cast(text).gender_of_name("Brett") == "f"
    text = "Then Morland came; she smiled. Later Morland left; she wept."
    assert _cast(text).gender_of_name("Morland") == "f"


def test_gender_of_name_not_told_by_a_quotation() -> None:
    """A pronoun inside a quotation after the name is not about it."""
    text = 'Lee said, "she is here." Lee said, "she left."'
    assert _cast(text).gender_of_name("Lee") is None


def test_narrator_named_by_the_replies() -> None:
    """The name spoken in the paragraphs beside the narrator's speeches names them."""
    first = [True, False, True, False, False]
    addressed = [None, "Jake", None, "Jake", "Bill"]
    assert narrator(first, addressed, [0, 1, 2, 3, 5]) == "Jake"


def test_narrator_needs_two_clear_replies() -> None:
    """One reply, a tie, or a name only far from the narrator's speeches names nobody."""
    assert narrator([True, False], [None, "Jake"], [0, 1]) is None
    tie = narrator([False, True, False, False, True, False],
                   ["Jake", None, "Bill", "Jake", None, "Bill"], [0, 1, 2, 3, 4, 5])
    assert tie is None
    assert narrator([True, False, False], [None, "Jake", "Jake"], [0, 5, 7]) is None


def test_narrator_not_named_by_own_speeches() -> None:
    """Whom the narrator speaks to is not the narrator."""
    assert narrator([True, True, True], ["Bill", "Bill", "Bill"], [0, 1, 2]) is None


def test_gender_of_mention_prefers_its_own_title() -> None:
    """A mention's own title decides its gender over the cast's."""
    cast = build_cast("Mrs. Bennet came. Mr. Bennet sat.", [])
    assert [cast.gender_of(m) for m in cast.mentions] == ["f", "m"]


# --- build_cast ---------------------------------------------------------------------


def test_build_cast_leaves_out_quotations() -> None:
    """Names inside quotations are not in the cast."""
    assert [m.core for m in _cast('"Hi, Tom," said Ann Lee.').mentions] == ["Ann Lee"]


def test_build_cast_leaves_out_headlines() -> None:
    """Names in headline paragraphs are not in the cast."""
    text = (
        "Trump Blasts Clinton on Trade\n\n"
        "Mayor Ann Cole spoke at the fair for an hour on Monday."
    )
    assert [m.core for m in _cast(text).mentions] == ["Ann Cole"]


def test_build_cast_drops_sentence_opening_words() -> None:
    """A capitalised word seen only opening sentences ("Tears") is not a person."""
    assert [m.core for m in build_cast("Tears came to her eyes. Later Jane wept.", []).mentions] \
        == ["Jane"]


def test_build_cast_keeps_given_name_opening_sentence() -> None:
    """A known given name opening a sentence is still a person."""
    assert [m.core for m in build_cast("Harriet came in. Tears fell.", []).mentions] \
        == ["Harriet"]


def test_cast_tells_objects() -> None:
    """A name after a preposition is an object; the subject before it is not."""
    cast = build_cast("Mrs. Bennet spoke to Jane Eyre.", [])
    assert [cast.after_preposition(i) for i in range(2)] == [False, True]


def test_possessive_opening_a_sentence_is_no_object() -> None:
    """``Ann Lee's eyes filled.``: a possessive opening its sentence stands as its
    subject; the same possessive inside a sentence is an object."""
    cast = build_cast("Ann Lee's eyes filled. Tom took Ann Lee's hand.", [])
    assert [cast.after_preposition(i) for i in range(3)] == [False, False, True]


def test_pronoun_after_possessive_opening_the_sentence() -> None:
    """``she`` after ``Mrs. Lee's eyes filled.`` stands for Mrs. Lee, not for a woman
    named earlier."""
    text = "Ann Ray sat. Mrs. Lee's eyes filled. "
    she = _pronoun("she", len(text))
    assert resolve(build_cast(text, []), she, epithets=True) == "Mrs. Lee"


# --- is_headline --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Trump Blasts Clinton on Trade", "Related: Senate passes the budget", "Photo by Ann Lee"],
)
def test_is_headline_true(text: str) -> None:
    """Title case, a "Related" line, or a short line without a full stop."""
    assert is_headline(text, 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "Trump spoke on Monday about trade.",
        "The mayor said the vote would be held in March, and that she expected it to pass.",
        "",
    ],
)
def test_is_headline_false(text: str) -> None:
    """A sentence of body text (or nothing) is no headline."""
    assert not is_headline(text, 0, len(text))


def test_is_headline_narration_with_names() -> None:
    """A short sentence of narration about two people, closed by a full stop, is no
    headline, though most of its long words are names."""
    assert not is_headline("Father Brown was talking to Flambeau.", 0, 37)


def test_is_headline_title_case_with_full_stop() -> None:
    """Every long word capitalised, a full stop after: still a headline."""
    text = "Senate Passes Budget Bill."
    assert is_headline(text, 0, len(text))


def test_is_headline_needs_three_capitalised_words_before_a_full_stop() -> None:
    """Two long capitalised words closed by a full stop are a sentence, not a title."""
    assert not is_headline("Senate Passes.", 0, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Senate Passes Budget Bill, Sources Say:", True), ("Senate Passes the budget bill:", False)],
)
def test_is_headline_closed_by_another_mark_is_mostly_capitalised(
    text: str, expected: bool
) -> None:
    """Closed by a colon (or a quotation mark), a line is a title when most of its long
    words are capitalised."""
    assert is_headline(text, 0, len(text)) is expected


# --- resolve ------------------------------------------------------------------------


def test_resolve_name_to_canonical() -> None:
    """A name resolves to its fullest form."""
    cast = build_cast("Mrs. Ann Smith arrived at the house.", [])
    mention = Mention(Span(40, 45, "Smith"), "name", "Smith", None)
    assert resolve(cast, mention) == "Ann Smith"


def test_resolve_description_as_written() -> None:
    """A description stays as written."""
    cast = build_cast("Mrs. Ann Smith arrived at the house.", [])
    mention = Mention(Span(40, 63, "a White House spokesman"), "description",
                      "a white house spokesman", "m")
    assert resolve(cast, mention) == "a White House spokesman"


def test_resolve_pronoun_to_person_of_its_gender() -> None:
    """``she`` resolves to the woman named before it."""
    cast = build_cast("Mrs. Ann Smith arrived at the house.", [])
    assert resolve(cast, _pronoun("she", 40)) == "Ann Smith"


def test_resolve_pronoun_without_match_stays() -> None:
    """``he`` with only a woman named stays ``he``."""
    cast = build_cast("Mrs. Ann Smith arrived at the house.", [])
    assert resolve(cast, _pronoun("he", 40)) == "he"


def test_resolve_plural_pronoun_stays() -> None:
    """``they`` is never resolved to one person."""
    cast = build_cast("Mrs. Ann Smith arrived at the house.", [])
    assert resolve(cast, _pronoun("they", 40)) == "they"


def test_resolve_most_recent_compatible() -> None:
    """Of two women, the more recent one."""
    cast = build_cast("Mrs. Ann Smith met Mrs. Jane Cole at the house.", [])
    assert resolve(cast, _pronoun("she", 60)) == "Jane Cole"


def test_resolve_never_the_addressed() -> None:
    """Whom the quotation itself addresses is passed over."""
    cast = build_cast("Mrs. Ann Smith met Mrs. Jane Cole at the house.", [])
    assert resolve(cast, _pronoun("she", 60), addressed="Jane Cole") == "Ann Smith"


def test_resolve_prefers_spoken_to() -> None:
    """Whom the previous quotation addressed answers, if the gender fits."""
    cast = build_cast("Mrs. Ann Smith met Mrs. Jane Cole at the house.", [])
    assert resolve(cast, _pronoun("she", 60), spoken_to="Ann Smith") == "Ann Smith"


def test_resolve_spoken_to_of_other_gender_ignored() -> None:
    """``spoken_to`` of the wrong gender is not taken."""
    cast = build_cast("Mr. Tom Hale met Mrs. Jane Cole at the house.", [])
    assert resolve(cast, _pronoun("she", 60), spoken_to="Tom Hale") == "Jane Cole"


def test_resolve_spoken_to_but_addressed_again() -> None:
    """``spoken_to`` who is also addressed now is not the speaker."""
    cast = build_cast("Mrs. Ann Smith met Mrs. Jane Cole at the house.", [])
    assert resolve(cast, _pronoun("she", 60), spoken_to="Ann Smith", addressed="Ann Smith") \
        == "Jane Cole"


def test_resolve_recent_speaker_when_no_name_near() -> None:
    """With nobody named nearby, the latest recent speaker of the gender."""
    cast = build_cast("It rained all day.", [])
    assert resolve(cast, _pronoun("she", 40), recent=["Tom", "Harriet", "Jane", "Bob"]) == "Jane"


def test_resolve_recent_speaker_before_far_name() -> None:
    """Beyond NEAR characters, a recent speaker beats an old antecedent."""
    text = "Harriet wrote a long letter to her aunt." + " " * NEAR + "x"
    cast = build_cast(text, [])
    assert resolve(cast, _pronoun("she", len(text)), recent=["Emma"]) == "Emma"


def test_resolve_recent_speaker_not_the_addressed() -> None:
    """A recent speaker who is being addressed is not taken."""
    cast = build_cast("It rained all day.", [])
    assert resolve(cast, _pronoun("she", 40), recent=["Jane"], addressed="Jane") == "she"


# --- Characters (a caller's known cast) ------------------------------------------------


def test_characters_alias_maps_to_canonical() -> None:
    """An alias the caller gives resolves to the character's canonical name."""
    cast = Characters.from_mapping({"Elizabeth Bennet": ["Lizzy", "Eliza"]})
    assert cast.match("Lizzy") == "Elizabeth Bennet"


def test_characters_titles_are_ignored_when_matching() -> None:
    """Titles do not stop a match: "Miss Elizabeth" is Elizabeth Bennet."""
    cast = Characters.from_mapping({"Elizabeth Bennet": []})
    assert cast.match("Miss Elizabeth") == "Elizabeth Bennet"


def test_characters_ambiguous_word_is_left_alone() -> None:
    """A surname shared by two characters matches neither."""
    cast = Characters.from_mapping(["Jane Bennet", "Elizabeth Bennet"])
    assert cast.match("Bennet") == "Bennet"


def test_characters_unknown_speaker_is_kept() -> None:
    """A speaker outside the given cast keeps the name the text gives."""
    assert Characters.from_mapping(["Jane Eyre"]).match("Mr. Rochester") == "Mr. Rochester"


@pytest.mark.parametrize(
    ("characters", "error"),
    [
        ("Jane Eyre", TypeError),
        (42, TypeError),
        ({"Jane Eyre": "Janet"}, TypeError),
        ({"": []}, ValueError),
        ({"Jane Eyre": [""]}, ValueError),
        ([None], ValueError),
    ],
)
def test_characters_bad_argument_raises(characters: object, error: type) -> None:
    """A malformed cast raises TypeError or ValueError naming what was given."""
    with pytest.raises(error, match="characters"):
        Characters.from_mapping(characters)


def test_relative_who_resolves_to_the_name_before_it() -> None:
    """A relative ``who`` is the person named just before its comma."""
    text = "Sen. Al Day of Ohio, who spoke."
    cast = build_cast(text, [])
    who = Mention(Span(21, 24, "who"), "relative", "who")
    assert resolve(cast, who) == "Al Day"


def test_relative_who_without_a_name_stays_who() -> None:
    """With no person named just before, ``who`` stays as written."""
    cast = build_cast("The group, who spoke.", [])
    assert resolve(cast, Mention(Span(11, 14, "who"), "relative", "who")) == "who"


def test_pronoun_reach_in_fiction_passes_over_recent_speakers() -> None:
    """With ``reach=FICTION_REACH`` a "she" takes the woman named paragraphs back,
    over a recent speaker; with the default reach, the recent speaker."""
    text = "Then Mrs. Ann Smith came in." + " The rain fell." * 60 + ' "Go," said she.'
    cast = _cast(text)
    she = _pronoun("she", text.rindex("she"))
    assert resolve(cast, she, ["Mrs. Jo Lee"], reach=FICTION_REACH) == "Ann Smith"
    assert resolve(cast, she, ["Mrs. Jo Lee"]) == "Mrs. Jo Lee"


def test_kinship_possessor_found_within_reach() -> None:
    """``her mother`` far from the daughter's name is found with a fiction reach."""
    text = (
        "Mr. Bennet and Mrs. Bennet sat. Then Elizabeth Bennet came."
        + " The rain fell." * 40 + " Then her mother spoke."
    )
    cast = _cast(text)
    start = text.rindex("her mother")
    mother = Mention(Span(start, start + 10, "her mother"), "description", "her mother", "f")
    assert resolve(cast, mother, reach=FICTION_REACH) == "Mrs. Bennet"
    assert resolve(cast, mother) == "her mother"


def _description(text: str, words: str) -> Mention:
    """The description ``words`` at its last place in ``text``."""
    start = text.rindex(words)
    gender = "f" if words.split()[-1] in ("girl", "mother", "aunt", "lady") else "m"
    return Mention(Span(start, start + len(words), words), "description", words, gender)


def test_kinship_in_dialogue_possessor_is_the_one_spoken_to() -> None:
    """``"Another time, Elizabeth," said her mother``: Elizabeth's mother, though
    another Mrs. was named last."""
    text = (
        "Mrs. Bennet was sitting by the fire when Elizabeth Bennet came in. Mrs. Long "
        'rose.\n\n"Another time, Elizabeth," said her mother.'
    )
    mother = _description(text, "her mother")
    assert resolve(_cast(text), mother, addressed="Elizabeth", epithets=True) == "Mrs. Bennet"
    assert resolve(_cast(text), mother, epithets=True) == "her mother"


def test_kinship_in_dialogue_possessor_is_the_last_speaker() -> None:
    """``"Yes," said her mother`` after Lydia spoke: Lydia's mother; not a man who spoke."""
    text = (
        "Mrs. Bennet was sitting by the fire when Lydia Bennet came in.\n\n"
        '"May I go?" cried Lydia.\n\nMrs. Long looked up from her work.\n\n'
        '"Yes," said her mother.'
    )
    mother = _description(text, "her mother")
    assert resolve(_cast(text), mother, ["Lydia"], epithets=True) == "Mrs. Bennet"
    assert resolve(_cast(text), mother, ["Mr. Long"], epithets=True) == "her mother"


def test_relational_description_takes_the_party_spoken_to() -> None:
    """``replied her sister`` after a turn that named Jane is Jane; not a man so named,
    nor a parent (``her mother``: Jane may be the daughter), nor a description that is
    not relational (``the shopman``)."""
    text = '"Oh, Jane, it is true!" said Elizabeth.\n\n"Perhaps," replied her sister.'
    cast = _cast(text)
    sister = attrs.evolve(_description(text, "her sister"), gender="f")
    assert resolve(cast, sister, ["Elizabeth"], "Jane", epithets=True) == "Jane"
    assert resolve(cast, sister, ["Elizabeth"], "Jane") == "her sister"
    assert resolve(cast, sister, ["Elizabeth"], "Mr. Jones", epithets=True) == "her sister"
    mother = attrs.evolve(sister, core="her mother")
    assert resolve(cast, mother, ["Elizabeth"], "Jane", epithets=True) != "Jane"
    shopman = attrs.evolve(sister, core="the shopman", gender="m")
    assert resolve(cast, shopman, [], "Mr. Jones", epithets=True) != "Mr. Jones"


def test_fiction_pronoun_before_any_name_takes_the_first_named_after() -> None:
    """A chapter cut from a novel opening on "he": the first man named after it, even
    beyond the fiction reach (within FICTION_FAR); in news it stays as written."""
    text = '"This is a parade," cried he.' + " The rain fell." * 300 + " Then Mr. Bennet sat."
    he = _pronoun("he", text.index("he."))
    assert resolve(_cast(text), he, reach=FICTION_REACH, epithets=True) == "Mr. Bennet"
    assert resolve(_cast(text), he) == "he"
    far = '"No," cried he.' + " The rain fell." * 1500 + " Then Mr. Bennet sat."
    he = _pronoun("he", far.index("he."))
    assert resolve(_cast(far), he, reach=FICTION_REACH, epithets=True) == "he"


def test_relational_description_takes_a_recent_speaker_not_the_last() -> None:
    """``replied her sister`` with no one spoken to and no turn party: the latest recent
    speaker of her gender who did not speak last (Elizabeth spoke last: her sister is
    Jane); no one else of that gender spoke: as written."""
    text = '"It is true!" said Elizabeth.\n\n"Perhaps," replied her sister.'
    cast = _cast(text)
    sister = attrs.evolve(_description(text, "her sister"), gender="f")
    recent = ["Jane", "Mr. Hale", "Elizabeth"]
    assert resolve(cast, sister, recent, epithets=True) == "Jane"
    assert resolve(cast, sister, ["Mr. Hale", "Elizabeth"], epithets=True) == "her sister"
    assert resolve(cast, sister, recent) == "her sister"


def test_kinship_his_lady_is_his_wife() -> None:
    """``his lady`` is the wife, of his surname; ``her lady`` (a maid's) is no kin."""
    text = "Mr. Bennet sat in his library, and Mrs. Bennet came in. Then his lady spoke."
    lady = attrs.evolve(_description(text, "his lady"), gender="f")
    assert resolve(_cast(text), lady, epithets=True) == "Mrs. Bennet"
    text = "Mr. Bennet sat in his library, and Mrs. Bennet came in. Then her lady spoke."
    lady = attrs.evolve(_description(text, "her lady"), gender="f")
    assert resolve(_cast(text), lady, epithets=True) != "Mrs. Bennet"


def test_the_other_is_the_other_party() -> None:
    """``replied the other`` is whose turn it is, else the one spoken to, else the
    recent speaker before the last; in news it stays as written."""
    text = 'Ann Lee and Tom Ray met.\n\n"Well?" said Tom.\n\n"Yes," replied the other.'
    cast = _cast(text)
    other = attrs.evolve(_description(text, "the other"), gender=None)
    assert resolve(cast, other, ["Ann Lee", "Tom Ray"], epithets=True) == "Ann Lee"
    assert resolve(cast, other, ["Tom Ray"], turn="Ann Lee", epithets=True) == "Ann Lee"
    assert resolve(cast, other, ["Ann Lee", "Tom Ray"]) == "the other"


def test_the_other_not_the_one_spoken_to_nor_alone() -> None:
    """The one the quotation addresses is not "the other"; a lone speaker has none."""
    text = 'Ann Lee and Tom Ray met.\n\n"Well?" said Tom.\n\n"Yes, Ann," replied the other.'
    cast = _cast(text)
    other = attrs.evolve(_description(text, "the other"), gender=None)
    assert resolve(cast, other, ["Ann Lee", "Tom Ray"], addressed="Ann Lee",
                   epithets=True) == "the other"
    assert resolve(cast, other, ["Tom Ray"], epithets=True) == "the other"


def test_kinship_possessor_without_surname_takes_the_nearest_title() -> None:
    """``her mother`` after a bare given name: the nearest Mrs. named before."""
    text = "Mrs. Hale sat by the fire. Then Margaret came in, and her mother spoke."
    assert resolve(_cast(text), _description(text, "her mother")) == "Mrs. Hale"


def test_kinship_aunt_is_not_of_the_possessors_surname() -> None:
    """An aunt bears another surname: Mrs. Gray, not Mrs. Bennet."""
    text = (
        "Mrs. Gray and Mrs. Bennet sat. Then Elizabeth Bennet came in, "
        "and her aunt spoke."
    )
    assert resolve(_cast(text), _description(text, "her aunt")) == "Mrs. Gray"


def test_kinship_no_title_named_stays_as_written() -> None:
    """No Mrs. named anywhere: ``her mother`` stays a description."""
    text = "Then Margaret came in, and her mother spoke."
    assert resolve(_cast(text), _description(text, "her mother")) == "her mother"


def test_epithet_in_fiction_is_the_nearest_person_of_its_gender() -> None:
    """``the girl`` in fiction is the nearest woman named before; in news, as written."""
    text = "Then Ann Lee sat; she wept. Later Ann Lee sat; she slept. Said the girl."
    girl = _description(text, "the girl")
    assert resolve(_cast(text), girl, reach=FICTION_REACH, epithets=True) == "Ann Lee"
    assert resolve(_cast(text), girl) == "the girl"


def test_epithet_after_a_newcomer_stays_as_written() -> None:
    """``A girl came in`` after the name: "the girl" is the newcomer."""
    text = "Then Ann Lee sat; she wept. Later Ann Lee sat; she slept. A girl came. The girl spoke."
    girl = _description(text, "The girl")
    girl = attrs.evolve(girl, core="the girl")
    assert resolve(_cast(text), girl, reach=FICTION_REACH, epithets=True) == "The girl"


def test_epithet_needs_a_person_known_of_its_gender() -> None:
    """No woman named: "the girl" stays as written, never a man or an unknown."""
    text = "Then Tom Lee sat; he wept. Later Kip sat down. Said the girl."
    girl = _description(text, "the girl")
    assert resolve(_cast(text), girl, reach=FICTION_REACH, epithets=True) == "the girl"


def test_narrator_named_by_a_reply_on_their_side_of_the_exchange() -> None:
    """Replies given the name they were called by, two paragraphs from the narrator's
    own speeches, vote for that name."""
    first = [True, False, False, False, True]
    replies = [None, None, "Jake", None, None]
    assert narrator(first, [None, "Jake", None, None, None], [0, 1, 2, 3, 4], replies) == "Jake"
    assert narrator(first, [None, "Jake", None, None, None], [0, 1, 2, 3, 4]) is None


def test_person_after_first_of_the_gender() -> None:
    """The first person of the gender named after the position, within reach."""
    cast = build_cast("He came. Then Ann Lee and Mr. Hale sat.", [])
    assert cast.person_after(0, "m").core == "Hale"
    assert cast.person_after(0, "m", reach=10) is None


def test_fiction_pronoun_before_any_name_takes_the_first_after() -> None:
    """A chapter cut from a novel opening on "he": fiction looks ahead, news does not."""
    from quoteattr import extract

    text = '"Come in," he said.\n\nAnn rose. Mr. Hale came in.'
    assert extract(text, style="fiction")[0].speaker == "Mr. Hale"
    assert extract(text, style="news")[0].speaker == "he"


def test_fiction_pronoun_far_back() -> None:
    """With no one of its gender within reach, a pronoun in fiction takes the one far
    back (up to FICTION_FAR); news leaves it as written."""
    from quoteattr import extract

    text = "Mr. Hale left. " + "It rained all day. " * 300 + '\n\n"So," he said.'
    assert extract(text, style="fiction")[-1].speaker == "Mr. Hale"
    assert extract(text, style="news")[-1].speaker == "he"


def test_kin_named_only_after_the_description() -> None:
    """"his wife" before Mrs. Hale is first named: her; another surname is not."""
    from quoteattr import extract

    text = 'Mr. Hale came in.\n\n"Sit down," said his wife.\n\nMrs. Hale rose.'
    assert extract(text, style="fiction")[0].speaker == "Mrs. Hale"
    text = 'Mr. Hale came in.\n\n"Sit down," said his wife.\n\nMrs. Bell rose.'
    assert extract(text, style="fiction")[0].speaker != "Mrs. Bell"


def test_honorific_named_only_after() -> None:
    """"her ladyship" before any Lady is named: the first Lady named after; a Lord is not."""
    from quoteattr import extract

    text = '"Sit," said her ladyship.\n\nLady Anne smiled.'
    assert extract(text, style="fiction")[0].speaker == "Lady Anne"
    text = '"Sit," said her ladyship.\n\nLord Bell smiled.'
    assert extract(text, style="fiction")[0].speaker == "her ladyship"


def test_kin_without_surname_takes_the_most_named_title() -> None:
    """"her mother" of a girl with no surname and no Mrs. near: the Mrs. named most
    often around; with none at all, the description stays."""
    from quoteattr import extract

    filler = "It rained. " * 400
    text = (f'Mrs. Ray sat. Mrs. Ray sat. {filler}Ann wept.\n\n"Hush," said her mother.'
            f'\n\nMrs. Lee came.')
    assert extract(text, style="fiction")[0].speaker == "Mrs. Ray"
    text = 'Ann wept.\n\n"Hush," said her mother.'
    assert extract(text, style="fiction")[0].speaker == "her mother"


def test_title_description_stays_as_written() -> None:
    """"the Queen" is a person known by her title, not the nearest woman named; "the
    girl" still is."""
    from quoteattr import extract

    text = 'Ann Lee sat; she wept.\n\n"Off with it!" said the Queen.'
    assert extract(text, style="fiction")[0].speaker.lower() == "the queen"
    text = 'Ann Lee sat; she wept.\n\n"Off with it!" said the girl.'
    assert extract(text, style="fiction")[0].speaker == "Ann Lee"


def test_pronoun_after_a_kin_description_stands_for_it() -> None:
    """"Her father … said he": the kin description nearer than any name is whom "he"
    stands for; without it, the nearest man named."""
    from quoteattr import extract

    head = 'Mr. Lee and Mrs. Lee sat. Ann Lee came in. Tom Ray bowed.\n\n'
    text = head + 'Her father was walking about the room.\n\n"Well," said he.'
    assert extract(text, style="fiction")[-1].speaker == "Mr. Lee"
    text = head + 'The room was cold.\n\n"Well," said he.'
    assert extract(text, style="fiction")[-1].speaker == "Tom Ray"


def test_kin_possessor_far_back_in_fiction_only() -> None:
    """"her mother" with no woman named within reach: fiction finds the possessor far
    back (and so her mother); news leaves the description as written."""
    from quoteattr import extract

    text = ("Mrs. Lee sat. Ann Lee came in. " + "It rained all day. " * 200
            + '\n\n"Hush," said her mother.')
    assert extract(text, style="fiction")[-1].speaker == "Mrs. Lee"
    assert extract(text, style="news")[-1].speaker == "her mother"


_EXCHANGE = '"Where is it?" said Ann Lee.\n\n"Here," said Tom Ray.\n\n'


def test_pronoun_passes_over_a_woman_named_after_she() -> None:
    """"She saw that Mrs. Bell …": the woman named after a "she" of her sentence is
    named in passing; fiction's next "she" is the recent speaker, news keeps the
    nearest name."""
    from quoteattr import extract

    text = _EXCHANGE + 'She saw that Mrs. Bell was by the door.\n\n"Good," she said.'
    assert extract(text, style="fiction")[-1].speaker == "Ann Lee"
    assert extract(text, style="news")[-1].speaker == "Mrs. Bell"


def test_pronoun_keeps_a_woman_who_is_the_subject() -> None:
    """"Mrs. Bell stood …": no "she" before her in her sentence, so she is whom the
    next "she" stands for, though another woman spoke last."""
    from quoteattr import extract

    text = _EXCHANGE + 'Mrs. Bell stood by the door.\n\n"Good," she said.'
    assert extract(text, style="fiction")[-1].speaker == "Mrs. Bell"


def test_pronoun_named_in_passing_without_a_recent_speaker_of_the_gender() -> None:
    """No woman among the recent speakers: the woman named in passing stays."""
    from quoteattr import extract

    text = ('"Where is it?" said Tom Ray.\n\nShe saw that Mrs. Bell was by the door.'
            '\n\n"Good," she said.')
    assert extract(text, style="fiction")[-1].speaker == "Mrs. Bell"


def test_pronoun_named_in_passing_takes_the_woman_who_spoke_most() -> None:
    """Of two women among the recent speakers, the one who spoke more often is whom
    "she" goes on standing for, not the one who spoke last."""
    from quoteattr import extract

    text = ('"Where?" said Ann Lee.\n\n"Here," said Tom Ray.\n\n"Sure?" said Ann Lee.'
            '\n\n"Yes," said Kit Kay.\n\nShe saw that Mrs. Bell was by the door.'
            '\n\n"Good," she said.')
    assert extract(text, style="fiction")[-1].speaker == "Ann Lee"


def test_kinship_looks_back_a_bounded_distance() -> None:
    """``his wife``: a relative of his surname named further back than FICTION_FAR is not
    searched for, so the look-up costs the same in a long novel as in a short one."""
    from quoteattr.speakers import FICTION_FAR, _by_kinship

    text = "Mrs. Hale sat. " + "x " * FICTION_FAR + "Mr. Hale came. Then his wife spoke."
    cast = build_cast(text, [])
    pos = text.index("his wife")
    wife = Mention(Span(pos, pos + 8, "his wife"), "description", "his wife", "f")
    assert _by_kinship(cast, wife, []) is None


def test_kin_without_surname_takes_the_household() -> None:
    """"her father" of a girl the text gives no surname: the Mr. of the surname that
    also has a Mrs. and a Miss (her household), not a nearer passing Mr.; news keeps
    the nearest Mr."""
    from quoteattr import extract

    head = "Mr. Lee and Mrs. Lee sat with Miss Lee. Mr. Ray came in. Mr. Ray bowed.\n\n"
    text = head + 'Kate wept. Her father rose.\n\n"Well," said he.'
    assert extract(text, style="fiction")[-1].speaker == "Mr. Lee"
    text = head + 'Kate wept.\n\n"Hush," said her mother.'
    assert extract(text, style="fiction")[-1].speaker == "Mrs. Lee"


def test_kin_without_surname_no_household_takes_the_nearest_title() -> None:
    """No surname has a Mr., a Mrs. and a Miss: the nearest Mr. named, as before."""
    from quoteattr import extract

    head = "Mr. Lee and Mrs. Lee sat. Mr. Ray came in. Mr. Ray bowed.\n\n"
    text = head + 'Kate wept. Her father rose.\n\n"Well," said he.'
    assert extract(text, style="fiction")[-1].speaker == "Mr. Ray"


def test_pronoun_kin_description_before_a_name_in_passing() -> None:
    """A kin description after a name met in passing is nearer evidence than the recent
    speakers: "she" is Kate's mother; without it, the recent speaker as before."""
    from quoteattr import extract

    text = ('Mrs. Ray sat. Ann Lee came in.\n\n"Hush," said Ann Lee.\n\n"No," said Ann Lee.'
            '\n\nShe turned, and Kate Ray smiled; her mother was glad.\n\n"Come," said she.')
    assert extract(text, style="fiction")[-1].speaker == "Mrs. Ray"
    text = text.replace("; her mother was glad", "")
    assert extract(text, style="fiction")[-1].speaker == "Ann Lee"


# --- ranks in fiction -----------------------------------------------------------------

_RANKED = "John Hale sat. Then Colonel Hythe came in. "


def test_fiction_rank_tells_a_man() -> None:
    """In fiction ``Colonel Hythe`` is a man: ``he`` after him stands for him."""
    he = _pronoun("he", len(_RANKED))
    assert resolve(build_cast(_RANKED, [], fiction=True), he) == "Hythe"


def test_rank_tells_no_gender_outside_fiction() -> None:
    """In news a rank tells no gender (``Attorney General Loretta Lynch``): ``he``
    passes over the colonel to the man named before."""
    he = _pronoun("he", len(_RANKED))
    assert resolve(build_cast(_RANKED, []), he) == "John Hale"


def test_fiction_rank_not_over_a_gendered_title() -> None:
    """A gender the name's own title tells is kept (``Mrs. Hythe`` stays a woman)."""
    cast = build_cast("Then Mrs. Hythe came in.", [], fiction=True)
    assert cast.gender_of(cast.mentions[0]) == "f"


# --- the cast's indexes (lookups made faster, same names) ---------------------------


def test_first_two_names_in_order() -> None:
    """The first two distinct names, in the order given; one when all are the same."""
    assert _first_two(iter(["Ann Lee", "Ann Lee", "Jo Lee", "Bo Lee"])) == ("Ann Lee", "Jo Lee")
    assert _first_two(iter(["Jo", "Jo"])) == ("Jo",)


def test_owners_have_every_word() -> None:
    """The forms of a set of words are those whose name has all of them, not some."""
    cast = build_cast("Ann Lee met Ann Kay Lee, then Kay Ray.", [])
    assert _members(cast._owners(frozenset({"ann", "lee"}))) == [0, 1]
    assert _members(cast._owners(frozenset({"kay", "lee", "ann"}))) == [1]
    assert not cast._owners(frozenset({"ray", "lee"}))


def test_bit_set_has_the_bits_given() -> None:
    """A bit set has a bit for each number given, few or many, and no other."""
    many = list(range(3, 700, 7))
    assert _bit_set([0, 3]) == 0b1001
    assert _bit_set(many) == sum(1 << i for i in many)
    assert _bit_set([]) == 0
    assert not _bit_set(many) & (1 << 4)


def test_members_undo_bit_set() -> None:
    """The members of a bit set are its numbers, increasing, whether few or many."""
    many = list(range(3, 700, 7))
    assert _members(_bit_set([2, 5])) == [2, 5]
    assert _members(_bit_set(many)) == many
    assert _members(0) == []
    assert 4 not in _members(_bit_set(many))


def test_canonical_among_buckets_of_one_tier() -> None:
    """Among forms of the best tier, the one written nearest before wins, whatever its
    gender; a form of a lower tier never does, however near."""
    cast = build_cast("Mrs. Ann Lee came. Mr. Tom Lee sat. Lee spoke.", [])
    assert cast.canonical("Lee", 40) == "Tom Lee"
    assert cast.canonical("Lee", 40, "f") == "Ann Lee"
    cast = build_cast("Mr. Tom Lee came. Then Lee sat. Lee spoke.", [])
    assert cast.canonical("Lee", 40) == "Tom Lee"


def test_holds_a_place_in_span() -> None:
    """A span holds a place from its start up to, not including, its end."""
    assert _holds([3, 9], 4, 10)
    assert not _holds([3, 9], 4, 9)
    assert not _holds([], 0, 5)


def test_gender_of_words_as_of_name() -> None:
    """The gender of a name split into its words is that of the name."""
    cast = build_cast("Mrs. Bennet came. Later Jo Bennet sat.", [])
    assert cast._gender_of_words(("jo", "bennet")) == cast.gender_of_name("Jo Bennet") == "f"
    assert cast._gender_of_words(("quorn", "blick")) is None


def test_canonical_same_whatever_lookups_came_before() -> None:
    """A name's canonical form does not depend on which names were looked up before
    it (each lookup is kept, for its words and for its name)."""
    text = "Ann Lee came. Jo Lee sat. Mr. Lee spoke. Lee left."
    fresh = build_cast(text, [])
    used = build_cast(text, [])
    for core in ("Lee", "Ann Lee", "Jo Lee", "Lee"):
        used.canonical(core, 40)
    assert used.canonical("Lee", 45) == fresh.canonical("Lee", 45) == "Ann Lee"
    assert used.canonical("Lee", 45, "m", "Mr.") == fresh.canonical("Lee", 45, "m", "Mr.")


def test_gender_of_name_is_read_once_for_each_name() -> None:
    """A name's gender is kept once read (the rules ask it of every recent speaker), and
    a name never read is not kept."""
    cast = build_cast("Mrs. Bennet came. She sat.", [])
    assert cast.gender_of_name("Bennet") == "f"
    assert cast.named == {"Bennet": "f"}
    assert cast.gender_of_name("Bennet") == "f"
    assert "Jane" not in cast.named
