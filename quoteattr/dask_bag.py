"""Extract quotations over a Dask bag, on a laptop's cores or a cluster.

Needs the ``dask`` extra (``pip install "quoteattr[dask]"``); ``import quoteattr`` never
imports Dask. :func:`extract_bag` maps extraction over a bag of texts or of records
and gives a bag of plain dicts, ready for ``json.dumps``. A corpus of JSON Lines files
in, JSON Lines files out::

    import json
    import dask.bag as db
    from quoteattr.dask_bag import extract_bag

    records = db.read_text("corpus/*.jsonl").map(json.loads)
    extract_bag(records).map(json.dumps).to_textfiles("quotes/*.jsonl")

Which machines do the work is Dask's business: the default scheduler for bags uses
the local cores in processes; a ``dask.distributed`` client sends it to a cluster.
See ``docs/scale.md``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .batch import _check_options, _check_text_field, _extract_chunk, _record_text

if TYPE_CHECKING:
    import dask.bag

__all__ = ["extract_bag"]


def extract_bag(
    bag: dask.bag.Bag, *, text_field: str = "text", id_field: str = "id", **options: Any
) -> dask.bag.Bag:
    """A bag of ``{"id": ID, "quotes": [quote.to_dict(), ...]}``, one per item of ``bag``.

    Each item of ``bag`` is a text (a ``str``) or a mapping (a record parsed from JSON,
    say) holding its text under ``text_field``. ``ID`` is the record's ``id_field``
    when it has one, else ``"P:I"``: the item's partition and place in it. The result
    has the partitions and order of ``bag``, so ``dask.bag.zip`` lines it up with it.
    An item with no text, or on which extraction fails, gives
    ``{"id": ID, "error": MESSAGE}`` instead of stopping the computation. ``options``
    are :func:`quoteattr.extract`'s (``rules``, ``style``, ...), checked on the call.

    Nothing is computed until you ask (``.compute()``, ``.to_textfiles(...)``):

    >>> import dask.bag as db
    >>> bag = db.from_sequence(['"We won," Jane Doe said.', {"id": "b", "text": "No."}])
    >>> results = extract_bag(bag, style="news").compute(scheduler="sync")
    >>> [(r["id"], [q["speaker"] for q in r["quotes"]]) for r in results]
    [('0:0', ['Jane Doe']), ('b', [])]
    """
    import dask
    import dask.bag as db

    _check_text_field(text_field)
    if not isinstance(id_field, str):
        raise TypeError(
            f"id_field must be a str naming the field that holds the id, "
            f"not {type(id_field).__name__}"
        )
    options = _check_options(options, 1, "extract_bag")  # Dask pickles with cloudpickle
    if not isinstance(bag, db.Bag):
        raise TypeError(
            f"extract_bag() takes a dask.bag.Bag, not {type(bag).__name__}; "
            "make one with dask.bag.from_sequence(...) or dask.bag.read_text(...)"
        )
    task = dask.delayed(_extract_partition, pure=True)
    parts = bag.to_delayed()
    return db.from_delayed(
        [task(part, i, text_field, id_field, options) for i, part in enumerate(parts)]
    )


def _extract_partition(
    items: list[Any], partition: int, text_field: str, id_field: str, options: dict[str, Any]
) -> list[dict[str, Any]]:
    """The result dict of each item of one partition (run by a Dask worker)."""
    out: list[dict[str, Any]] = []
    for place, item in enumerate(items):
        key = f"{partition}:{place}"
        if isinstance(item, Mapping):
            key = item.get(id_field, key)
        try:
            text = _record_text(item, text_field)
        except (TypeError, ValueError) as err:
            out.append({"id": key, "error": f"the item {err}"})
            continue
        [outcome], _ = _extract_chunk([text], options, safe=True)
        if isinstance(outcome, str):
            out.append({"id": key, "error": outcome})
        else:
            out.append({"id": key, "quotes": [q.to_dict() for q in outcome]})
    return out
