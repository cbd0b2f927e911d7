"""Word lists the rules use, loaded from the plain-text files in ``quoteattr/data/``.

Each file holds one entry a line; ``#`` starts a comment. The lists are ours, written
for this package; nothing is downloaded.

>>> "tis" in ELISIONS
True
"""

from __future__ import annotations

from importlib import resources

__all__ = ["ELISIONS", "load"]


def load(name: str) -> frozenset[str]:
    """The entries of ``data/<name>.txt``, lower-cased unless the file says otherwise.

    >>> sorted(load("elisions"))[:3]
    ['bout', 'cause', 'cos']
    """
    raw = resources.files("quoteattr").joinpath("data", f"{name}.txt").read_text("utf-8")
    entries = set()
    for line in raw.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.add(entry.lower())
    return frozenset(entries)


#: Words written with a leading apostrophe (``'tis``, ``'em``, rock ``'n'`` roll): an
#: apostrophe before them does not open a quotation.
ELISIONS = load("elisions")
