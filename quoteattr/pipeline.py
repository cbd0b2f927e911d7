"""The pipeline: find the quotations of a text, classify them, attribute them."""

from __future__ import annotations

from .quotes import find_quotes
from .records import Quote

__all__ = ["extract"]


def extract(text: str) -> list[Quote]:
    """Find the quotations of ``text``, in text order.

    >>> [q.text for q in extract('"We won," she said.')]
    ['"We won,"']
    """
    if not isinstance(text, str):
        hint = " (decode it first, e.g. data.decode('utf-8'))" if isinstance(
            text, (bytes, bytearray)) else ""
        raise TypeError(f"extract() takes a str, not {type(text).__name__}{hint}")
    return list(find_quotes(text))
