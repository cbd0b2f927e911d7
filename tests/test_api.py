"""The public entry point ``quoteattr.extract``: argument checks, odd input, order."""

from __future__ import annotations

import pytest

import quoteattr
from quoteattr import Quote


@pytest.mark.parametrize(
    ("value", "type_name"),
    [(None, "NoneType"), (123, "int"), (["a"], "list"), (bytearray(b"x"), "bytearray")],
)
def test_non_str_is_a_type_error_naming_the_type(value: object, type_name: str) -> None:
    """Anything but a str raises TypeError, and the message names the type given."""
    with pytest.raises(TypeError, match=type_name):
        quoteattr.extract(value)  # type: ignore[arg-type]


def test_bytes_type_error_says_to_decode() -> None:
    """Bytes raise TypeError telling the caller to decode them first."""
    with pytest.raises(TypeError, match=r"bytes.*decode"):
        quoteattr.extract(b'"We won," she said.')  # type: ignore[arg-type]


def test_str_subclass_is_accepted() -> None:
    """A subclass of str is a str, and is read like one."""

    class Text(str):
        """A str subclass."""

    assert [q.text for q in quoteattr.extract(Text('"Yes," he said.'))] == ['"Yes,"']


@pytest.mark.parametrize(
    "text",
    ["", '"', "'", "“", "\r\n", "\x00", '"\x00"', "\r", "\n\n\n", " ", "\ufeff", '""', "''"],
)
def test_odd_strings_do_not_raise(text: str) -> None:
    """Degenerate strings return a list of quotes without raising."""
    result = quoteattr.extract(text)
    assert isinstance(result, list)
    assert all(isinstance(q, Quote) for q in result)


def test_text_without_marks_has_no_quotes() -> None:
    """Text with no quotation marks gives an empty list."""
    assert quoteattr.extract("No one said anything at all today.") == []


def test_results_are_in_text_order() -> None:
    """Quotes come back ordered by their start offset, as they appear."""
    text = (
        '"First," she said.\n'
        "He called it 'second' then.\n"
        "\u201cThird,\u201d they said, \u201cand fourth.\u201d\n"
    )
    quotes = quoteattr.extract(text)
    assert [q.content.text for q in quotes] == ["First,", "second", "Third,", "and fourth."]
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


def test_result_offsets_slice_the_input() -> None:
    """Each quote's offsets slice the input to its text, marks included."""
    text = 'Ann said: "We\r\nwon." Then she left.'
    for quote in quoteattr.extract(text):
        assert text[quote.start : quote.end] == quote.text


def test_extract_returns_a_new_list_each_call() -> None:
    """Each call returns its own list, so a caller may change it freely."""
    first = quoteattr.extract('"Hi," he said.')
    first.clear()
    assert len(quoteattr.extract('"Hi," he said.')) == 1
