"""Run the command line as ``python -m quoteattr FILE...`` (see :mod:`quoteattr.cli`)."""

from __future__ import annotations

__all__: list[str] = []

if __name__ == "__main__":
    from quoteattr.cli import main

    main(prog_name="quoteattr")
