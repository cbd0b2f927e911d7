"""Pytest set-up shared by the doctests of the package and the tests."""

from __future__ import annotations

import importlib.util

# quoteattr/dask_bag.py's examples need the optional ``dask`` extra.
collect_ignore = [] if importlib.util.find_spec("dask") else ["quoteattr/dask_bag.py"]
