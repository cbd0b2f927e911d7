"""Tests of quote finding (quoteattr.quotes): pairing marks into quotations."""

from __future__ import annotations

import random
import time

import pytest

from quoteattr.patterns import PAIRING_MARK
from quoteattr.quotes import find_quotes, mark_role, paragraphs, quote_kind


def texts(text: str) -> list[str]:
    return [q.text for q in find_quotes(text)]


def test_straight_double_quotes() -> None:
    """Straight double quotes pair into one quotation each."""
    assert texts('"We won," she said. "Again."') == ['"We won,"', '"Again."']


def test_curly_double_quotes() -> None:
    """Curly double quotes pair."""
    assert texts("“We won,” she said.") == ["“We won,”"]


@pytest.mark.parametrize(
    "text",
    [
        'He said "at least for a period of time” and left.',
        "He said “at least for a period of time\" and left.",
    ],
)
def test_mixed_straight_and_curly_pairs(text: str) -> None:
    """A straight mark pairs with a curly one, as news prints them."""
    assert texts(text) == [text[8:39]]


@pytest.mark.parametrize("text", ["„Ja“, sagte er.", "«Oui», dit-il.", "‹Oui›, dit-il."])
def test_other_quotation_marks(text: str) -> None:
    """Low-9 marks and guillemets are quotation marks too."""
    found = texts(text)
    assert len(found) == 1 and found[0][0] in "„«‹"


def test_british_single_quotes() -> None:
    """Single quotes serve as the outer marks in British-style fiction."""
    assert texts("'I know,' she said. 'Go.'") == ["'I know,'", "'Go.'"]


@pytest.mark.parametrize(
    "text",
    [
        "It's Jones' turn in the '90s.",
        "They played rock 'n' roll at six o'clock, ma'am.",
        "'Tis the season.",
    ],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    """Apostrophes in contractions, possessives, years and elisions open nothing."""
    assert texts(text) == []


def test_possessive_inside_single_quotes() -> None:
    """A possessive apostrophe inside a single-quoted speech does not close it early."""
    assert texts("'I took the Jones' dog,' she said.") == ["'I took the Jones' dog,'"]


def test_nested_single_inside_double() -> None:
    """A single-quoted quotation inside a double-quoted one is nested, not top-level."""
    [q] = list(find_quotes('"He told me \'never\' twice," she said.'))
    assert [n.text for n in q.nested] == ["'never'"]


def test_nested_double_inside_single() -> None:
    """A double-quoted quotation inside a single-quoted one (British style) is nested."""
    [q] = list(find_quotes("'He said \"no\" to me,' she said."))
    assert [n.text for n in q.nested] == ['"no"']


def test_multi_paragraph_quotation_is_one() -> None:
    """Each paragraph opens with a mark and only the last closes: one quotation."""
    text = '"First part of it.\n\n"Second part.\n\n"Last part." She stopped.\n\nThen "x" came.'
    assert texts(text) == ['"First part of it.\n\n"Second part.\n\n"Last part."', '"x"']


def test_unclosed_quote_closes_at_paragraph_end() -> None:
    """An unclosed double quotation ends with its paragraph, not later."""
    text = 'He said "this never ends.\n\nNew paragraph with "a quote" here.'
    assert texts(text) == ['"this never ends.', '"a quote"']


def test_unclosed_single_quote_is_dropped() -> None:
    """An unclosed single mark (so often an apostrophe) is dropped."""
    assert texts("He said 'this never ends.\n\nNext.") == []


def test_stray_closer_is_ignored() -> None:
    """A closing mark with no opener before it is ignored."""
    assert texts('Nothing here” at all. "Here."') == ['"Here."']


@pytest.mark.parametrize("pair", ['""', "“”", "«»"])
def test_empty_pair_of_marks_is_no_quotation(pair: str) -> None:
    """Two marks with nothing between them pair with each other and make no quotation."""
    assert texts(f'He typed {pair} by mistake. "Here," she said.') == ['"Here,"']


def test_empty_pair_nested_is_no_quotation() -> None:
    """An empty pair inside a quotation is not among its nested quotations."""
    [quote] = find_quotes("“He said ‘’, then ‘no’.”")
    assert [n.text for n in quote.nested] == ["‘no’"]


def test_marks_with_a_space_between_still_pair() -> None:
    """A pair holding only a space is still a quotation (only an empty pair is not)."""
    assert texts('He typed " " twice.') == ['" "']


def test_marks_inside_markup_tags_are_ignored() -> None:
    """Attribute values inside HTML/XML tags are not quotations."""
    assert texts('<tweet id="42" user="@x"> "Real quote." </tweet>') == ['"Real quote."']


def test_doubled_apostrophes_are_not_marks() -> None:
    """Two apostrophes typed for one double mark are left alone."""
    assert texts("He is 5'' tall and said ''so'' twice.") == []


def test_hard_wrapped_paragraphs() -> None:
    """A quotation may run over the line breaks of a hard-wrapped paragraph."""
    text = '"This line is wrapped\nat the margin," she said.\n\nNext.'
    assert texts(text) == ['"This line is wrapped\nat the margin,"']


def test_line_opening_lower_case_continues_the_paragraph() -> None:
    """A wrapped line may end at a closing mark: a next line that opens with a
    lower-case word (``whispered Tom.``) goes on the same sentence."""
    text = '"Come along, Ned!"\nwhispered Tom.\n\nNext.'
    assert next(iter(paragraphs(text))) == (0, 33)
    assert list(paragraphs("One.\nTwo.")) == [(0, 4), (5, 9)]


def test_paragraphs_split_at_line_breaks_of_long_lines() -> None:
    """Long lines separated by single line breaks are paragraphs of their own."""
    long = "x" * 120
    text = f"{long}\n{long}"
    assert list(paragraphs(text)) == [(0, 120), (121, 241)]


def test_mark_role_reads_neighbours() -> None:
    """A mark after a space opens; one before a space closes."""
    assert mark_role('a "b" c', 2).role == "open"
    assert mark_role('a "b" c', 4).role == "close"


def test_quote_kind_term() -> None:
    """A title-cased or introduced short fragment is a term."""
    text = 'the film "Jaws" and the "Brexit" vote'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["term", "term"]


def test_quote_kind_capitalised_answer_is_speech() -> None:
    """A short capitalised quotation right after a verb of answering or saying is what
    was said (``answered "Undoubtedly;"``), not a title."""
    text = 'Elizabeth quietly answered "Undoubtedly;" and they went in.'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["partial"]
    text = 'Stephen said "Yes," again.'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["partial"]


def test_quote_kind_capitalised_after_other_verbs_stays_a_term() -> None:
    """After a verb that is not one of saying, a short capitalised quotation is still a
    title or name (``watched "Jaws"``, ``called it "Big Deal"``)."""
    text = 'They watched "Jaws" twice and called it "Big Deal" later.'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["term", "term"]


def test_quote_kind_long_title_after_a_work_noun() -> None:
    """Title-cased words after ``the book`` or ``CNN's`` are a title, however long;
    words in sentence case there, or title case after another word, are not."""
    text = 'He wrote the book "How the Towns of the North Lost Their Mills" last year.'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["term"]
    text = 'She said on CNN\'s "Morning Report With Ann Lee Today." Then she left.'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["term"]
    text = 'He wrote the book "how the towns of the north lost their mills" last year.'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["partial"]
    text = 'He said that "The Towns Of The North Lost Their Mills" last year.'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["partial"]


def test_quote_kind_label_with_a_colon() -> None:
    """A lone capitalised word and a colon (``"Related:"``) is a label; a longer line
    ending in a colon is speech."""
    text = 'The vote failed.\n\n"Related:"\n\nMore news.'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["term"]
    text = 'The vote failed.\n\n"Here is why:"\n\nMore news.'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["direct"]


def test_quote_kind_items_of_a_list_of_words() -> None:
    """Every quoted item after ``words such as`` is a term, the first run into the
    sentence and the later ones after a comma or ``and``; quoted words after a
    plain noun are not."""
    text = 'They looked for terms such as "flood," "levee" and "storm surge." Then they left.'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["term"] * 3
    text = 'They looked for records such as "flood," "levee" and "storm surge." Then they left.'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["partial", "direct", "partial"]


def test_quote_kind_headline_in_capitals() -> None:
    """A line that is a quotation in capitals with no final punctuation is a headline
    (a term); capitals inside a sentence, or a shout ending in ``!``, are not."""
    text = 'The talks ended.\n"TOWNS AGREE ON A NEW ROAD"\nThe mayors met at noon.'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["term"]
    text = 'The talks ended.\n"GET OUT OF MY TOWN!"\nThe mayor left.'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["direct"]
    text = 'The sign said\n"KEEP OUT" in red letters.'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["direct"]


def test_quote_kind_set_off_after_a_noun_naming_words() -> None:
    """Quoted words set off by a comma after ``the term`` are a term; a sentence said
    there (``!``), or words after another noun, are direct."""
    text = 'She avoided the term, "hard border," all evening.'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["term"]
    text = 'He came in with the phrase, "Good evening, all!" and sat.'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["direct"]
    text = 'She avoided the question, "hard border," all evening.'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["direct"]


def test_quote_kind_partial_and_direct() -> None:
    """A fragment run into the sentence is partial; a sentence after a colon is direct."""
    text = 'She called it "deeply troubling" today. He said: "We won."'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["partial", "direct"]


def test_quote_kind_no_break_space_is_a_space() -> None:
    """A no-break space after a sentence's end is a space: the quotation after it opens
    a sentence (direct); after a word it is run into the sentence (a term here)."""
    text = 'He gave a one word answer.\u00a0"Denver," he said.'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["direct"]
    text = 'He likes the\u00a0"Denver" team.'
    assert [quote_kind(text, q) for q in find_quotes(text)] == ["term"]


def test_long_unbalanced_text_is_linear() -> None:
    """A megabyte of stray marks finishes quickly (no runaway pairing)."""
    text = ('"' * 1000 + "\n") * 1000
    t0 = time.perf_counter()
    list(find_quotes(text))
    assert time.perf_counter() - t0 < 20


# --- shortcuts that must agree with the full reading ---------------------------------


def test_pairing_marks_keep_double_marks_and_single_ones_outside_words() -> None:
    """Every double mark is kept, and a single mark with no letter or digit on one side
    (``'Tis``, ``Jones'``, ``'90s``)."""
    from quoteattr.quotes import _pairing_marks

    assert _pairing_marks("a\"b “c” 'Tis Jones' '90s") == [1, 4, 6, 8, 18, 20]


def test_pairing_marks_drop_single_marks_inside_words() -> None:
    """A single mark between two letters or digits (``it's``, ``rock’n’roll``, ``5'9``)
    is an apostrophe inside a word, never kept."""
    from quoteattr.quotes import _pairing_marks

    assert _pairing_marks("it's rock’n’roll, 5'9 é'é") == []


def test_pairing_marks_agree_with_the_pattern() -> None:
    """The ``str.find`` loops find what PAIRING_MARK finds, text ends included."""
    from quoteattr.quotes import _pairing_marks

    pieces = [*"\"'“”‘’„‟‚‛«»‹›", "a", "Z", "1", "_", " ", "\n", "é", "٣", "²", "\u00a0", "-", "中"]
    rnd = random.Random(3)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 12)))
        assert _pairing_marks(text) == [m.start() for m in PAIRING_MARK.finditer(text)], text


def test_mark_roles_are_the_same_read_afresh() -> None:
    """The roles ``_marks`` looks up by the characters around a mark (kept from earlier
    texts) are those ``mark_role`` reads; an elided word after a single mark
    (``'tis`` against ``'tiger``) is read afresh each time."""
    from quoteattr.quotes import _marks

    for text in ("'tis 'tiger' said he", "'tiger' 'tis", 'a "b" c', "x 'y' z"):
        positions, roles = _marks(text)
        for pos, role in zip(positions, roles, strict=True):
            mark = mark_role(text, pos)
            assert role == (mark.family, mark.role, mark.strong), (text, pos)


def test_plain_lines_only_newlines() -> None:
    """Lines ended by ``\\n`` alone, with no tab and no space before a line end, are plain;
    a carriage return, a tab or a space before a line end is not."""
    from quoteattr.quotes import _plain_lines

    assert _plain_lines("One.\n\nTwo.\nThree, four.")
    assert not any(map(_plain_lines, ["One.\r\nTwo.", "One.\tTwo.", "One. \n\nTwo."]))


def test_plain_paragraphs_agree_with_the_blank_line_reading() -> None:
    """On plain text, the paragraphs read between runs of ``\\n`` are those read
    between the matches of BLANK_LINE, wrapped blocks and text ends included."""
    from quoteattr.patterns import BLANK_LINE
    from quoteattr.quotes import _block_paragraphs, _plain_lines, _plain_paragraphs

    def reference(text: str) -> list[tuple[int, int]]:
        out, pos = [], 0
        for m in BLANK_LINE.finditer(text):
            out += _block_paragraphs(text, pos, m.start())
            pos = m.end()
        return out + list(_block_paragraphs(text, pos, len(text)))

    pieces = ["a", "It ends.", "word ", '"', "”", "\n", "\n\n", "\n\n\n", " ", "x" * 120]
    rnd = random.Random(8)
    plain = 0
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 16)))
        if _plain_lines(text):
            plain += 1
            assert list(_plain_paragraphs(text)) == reference(text), repr(text)
    assert plain > 1000


def test_quote_kind_counts_the_words_of_a_title_up_to_its_limit() -> None:
    """A title-cased quotation after the name of a kind of work is a title up to
    twelve words (a term), and speech run into the sentence beyond (partial): the
    word count is read exactly around the limit."""
    kinds = []
    for n in (11, 12, 13, 14, 40):
        text = f'He wrote the book "{" ".join(["Word"] * n)}" last year.'
        kinds += [quote_kind(text, q) for q in find_quotes(text)]
    assert kinds == ["term", "term", "partial", "partial", "partial"]
