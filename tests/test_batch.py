"""``quoteattr.extract_many``: order, processes, records, streaming, argument checks."""

from __future__ import annotations

import itertools
import json
import pickle
from collections.abc import Iterator

import pytest

import quoteattr
from quoteattr import extract, extract_many
from quoteattr.batch import _cores, _warm_up

TEXTS = [
    '"We have made hard choices," the mayor said on Monday.',
    "No one said anything.",
    'Tom Reyes, a council member, said the plan was "a gift to developers".',
    '"Come in," said Mrs. Hale. "The tea is getting cold."\n\n"Thank you," John replied.',
    "",
    'She called it "the \u2018savings\u2019 plan" and laughed.',
] * 3


class _Counted:
    """An endless iterator of texts that counts how many were taken from it."""

    def __init__(self) -> None:
        self.taken = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        self.taken += 1
        return f'"Line {self.taken - 1} is here," Jane Doe said.'


def test_is_exported_from_the_package() -> None:
    """``extract_many`` is part of the package's public names."""
    assert "extract_many" in quoteattr.__all__
    assert quoteattr.extract_many is extract_many


def test_warm_up_loads_what_workers_would_load_each() -> None:
    """Before forking workers, every lazily compiled pattern and Punkt are loaded."""
    from quoteattr.patterns import _LAZY
    from quoteattr.sentences import _tokenizer

    _warm_up()
    assert all(p._compiled is not None for p in _LAZY)
    assert _tokenizer.cache_info().currsize == 1


def test_one_result_per_text_in_input_order() -> None:
    """Each text gives ``extract(text)``, in the order the texts came."""
    assert list(extract_many(TEXTS)) == [extract(t) for t in TEXTS]


def test_empty_input_gives_nothing() -> None:
    """No texts, no results (in process and with workers)."""
    assert list(extract_many([])) == []
    assert list(extract_many([], jobs=2)) == []


def test_two_jobs_give_the_same_results_as_one() -> None:
    """Worker processes change nothing in the results, over many small chunks."""
    serial = list(extract_many(TEXTS, jobs=1))
    assert list(extract_many(TEXTS, jobs=2, chunksize=2)) == serial
    assert list(extract_many(iter(TEXTS), jobs=2)) == serial


def test_all_cores_gives_the_same_results() -> None:
    """``jobs=-1`` uses every core and still gives the serial results."""
    assert _cores() >= 1
    assert list(extract_many(TEXTS[:6], jobs=-1, chunksize=1)) == [extract(t) for t in TEXTS[:6]]


def test_records_give_the_text_under_the_text_field() -> None:
    """Mappings are read through ``text_field``; strings and records can be mixed."""
    records = [{"id": i, "text": t} for i, t in enumerate(TEXTS[:4])]
    assert list(extract_many(records)) == [extract(t) for t in TEXTS[:4]]
    other = [{"body": TEXTS[0]}, TEXTS[2]]
    assert list(extract_many(other, text_field="body")) == [extract(TEXTS[0]), extract(TEXTS[2])]


def test_records_in_processes_give_the_same_results() -> None:
    """Records are read in this process; only their texts go to the workers."""
    records = [{"id": i, "text": t, "meta": {"n": i}} for i, t in enumerate(TEXTS)]
    assert list(extract_many(records, jobs=2, chunksize=3)) == [extract(t) for t in TEXTS]


@pytest.mark.parametrize("jobs", [1, 2])
def test_record_without_text_raises_after_the_results_before_it(jobs: int) -> None:
    """A record missing the field: earlier results come first, then ValueError naming it."""
    records = [{"text": TEXTS[0]}, {"text": TEXTS[2]}, {"id": 5, "body": "x"}, {"text": "y"}]
    results = extract_many(records, jobs=jobs, chunksize=1)
    assert next(results) == extract(TEXTS[0])
    assert next(results) == extract(TEXTS[2])
    with pytest.raises(ValueError, match=r"item 2 has no 'text' field \(its fields: 'id', 'body'"):
        next(results)


@pytest.mark.parametrize("item", [b'"Hi," he said.', 3, None, {"text": 3}])
def test_item_that_is_not_text_raises_type_error(item: object) -> None:
    """Bytes, numbers, or a record whose field is not a str: TypeError naming the item."""
    with pytest.raises(TypeError, match=r"item 1 has"):
        list(extract_many(["ok", item]))


@pytest.mark.parametrize("jobs", [0, -2, -10])
def test_bad_number_of_jobs_raises_value_error_on_the_call(jobs: int) -> None:
    """0 or a negative other than -1 is refused at once, before any iteration."""
    with pytest.raises(ValueError, match=rf"jobs must be .* or -1 .*, not {jobs}"):
        extract_many(TEXTS, jobs=jobs)


@pytest.mark.parametrize("jobs", ["2", 1.5, True, None])
def test_jobs_that_is_not_an_int_raises_type_error(jobs: object) -> None:
    """A string, float, bool or None for ``jobs`` is a TypeError naming its type."""
    with pytest.raises(TypeError, match=rf"jobs must be an int .*not {type(jobs).__name__}"):
        extract_many(TEXTS, jobs=jobs)  # type: ignore[arg-type]


@pytest.mark.parametrize("chunksize", [0, -1])
def test_chunksize_below_one_raises_value_error(chunksize: int) -> None:
    """``chunksize`` must be a positive number of texts."""
    with pytest.raises(ValueError, match=rf"chunksize must be a positive number .*not {chunksize}"):
        extract_many(TEXTS, jobs=2, chunksize=chunksize)


@pytest.mark.parametrize("chunksize", [2.5, "64", None])
def test_chunksize_that_is_not_an_int_raises_type_error(chunksize: object) -> None:
    """A float, string or None for ``chunksize`` is a TypeError naming its type."""
    name = type(chunksize).__name__
    with pytest.raises(TypeError, match=rf"chunksize must be an int, not {name}"):
        extract_many(TEXTS, jobs=2, chunksize=chunksize)  # type: ignore[arg-type]


def test_unknown_option_raises_type_error_listing_allowed_ones() -> None:
    """A keyword ``extract`` does not take is named, with the ones it does take."""
    with pytest.raises(TypeError, match=r"unexpected option 'styel'; allowed: rules, style"):
        extract_many(TEXTS, styel="news")


def test_options_are_passed_to_extract() -> None:
    """``rules`` and ``style`` reach ``extract``, in process and in workers."""
    expected = [extract(t, rules=(), style="fiction") for t in TEXTS]
    assert list(extract_many(TEXTS, rules=(), style="fiction")) == expected
    assert list(extract_many(TEXTS, jobs=2, rules=(), style="fiction")) == expected
    assert expected != [extract(t) for t in TEXTS]


def test_bad_option_value_raises_on_the_call() -> None:
    """A value ``extract`` refuses is refused by ``extract_many`` before any work."""
    with pytest.raises(ValueError, match=r"style must be"):
        extract_many(TEXTS, style="poetry")


def test_unpicklable_rules_need_one_job() -> None:
    """A lambda rule works in process; with workers it is a TypeError saying why."""
    assert list(extract_many(TEXTS[:2], rules=[lambda ctx, decided: None])) == [
        extract(t, rules=()) for t in TEXTS[:2]
    ]
    with pytest.raises(TypeError, match=r"must pickle"):
        extract_many(TEXTS, jobs=2, rules=[lambda ctx, decided: None])


@pytest.mark.parametrize("jobs", [1, 2])
def test_input_is_read_lazily(jobs: int) -> None:
    """An endless generator streams: the first results come, and only a few chunks are read."""
    texts = _Counted()
    first = list(itertools.islice(extract_many(texts, jobs=jobs, chunksize=4), 3))
    assert [quotes[0].text for quotes in first] == [f'"Line {i} is here,"' for i in range(3)]
    assert texts.taken <= (3 if jobs == 1 else 2 * jobs * 4 + 4)


def test_results_are_produced_one_by_one_in_process() -> None:
    """With one job, the text after the one being yielded has not been read yet."""
    texts = _Counted()
    results = extract_many(texts)
    next(results)
    assert texts.taken == 1


def test_results_pickle_and_convert_to_json() -> None:
    """What comes back pickles, and ``to_dict()`` gives JSON that reads back equal."""
    results = list(extract_many(TEXTS, jobs=2))
    assert pickle.loads(pickle.dumps(results)) == results
    data = json.loads(json.dumps([[q.to_dict() for q in qs] for qs in results]))
    assert [[quoteattr.Quote.from_dict(d) for d in qs] for qs in data] == results
