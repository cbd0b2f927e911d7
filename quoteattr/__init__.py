"""quoteattr: find every quotation in English text and name who said it.

>>> import quoteattr
>>> [q.text for q in quoteattr.extract('"We won," she said.')]
['"We won,"']
"""

from __future__ import annotations

from .batch import extract_many
from .pipeline import extract
from .records import KINDS, Quote, Span

__all__ = ["KINDS", "Quote", "Span", "extract", "extract_many"]
__version__ = "0.1.0"
