"""quoteattr works offline: no NLTK data, no network, nothing fetched at run time.

Each test runs a fresh Python process, so that nothing imported by other tests (and no
data found by them) can help it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Run in the child: forbid every way of opening a connection, then use quoteattr.
_GUARDED_EXTRACT = r"""
import json, socket, sys

attempts = []

def _refuse(*args, **kwargs):
    attempts.append(repr(args)[:80])
    raise OSError("network access is forbidden in this test")

class _RefusedSocket(socket.socket):
    # A class, not a function, so that modules subclassing socket.socket still import.
    def __init__(self, *args, **kwargs):
        _refuse(*args)

socket.socket = _RefusedSocket
for _name in ("create_connection", "getaddrinfo", "gethostbyname"):
    setattr(socket, _name, _refuse)

import quoteattr

text = (
    '"We will not back down," the minister said on Tuesday.\n'
    "Critics called the plan 'a gift to landlords'.\n"
)
quotes = quoteattr.extract(text)
click_imported = "click" in sys.modules
try:
    import nltk.data
    nltk_paths = [str(p) for p in nltk.data.path]
except ImportError:
    nltk_paths = []
print(json.dumps({
    "texts": [q.text for q in quotes],
    "attempts": attempts,
    "nltk_paths": nltk_paths,
    "click_imported": click_imported,
}))
"""


def _run_isolated(code: str, tmp_path: Path) -> dict[str, object]:
    """Run ``code`` in a child process with empty NLTK_DATA and HOME; return its JSON."""
    nltk_data = tmp_path / "nltk_data"
    home = tmp_path / "home"
    nltk_data.mkdir()
    home.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("NLTK", "APPDATA", "XDG_"))
    }
    env.update(NLTK_DATA=str(nltk_data), HOME=str(home), PYTHONIOENCODING="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    return json.loads(done.stdout.decode("utf-8").splitlines()[-1])


@pytest.fixture(scope="module")
def isolated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    """The folder and the report of one guarded, isolated run (shared: it is slow)."""
    folder = tmp_path_factory.mktemp("offline")
    return folder, _run_isolated(_GUARDED_EXTRACT, folder)


def test_extract_works_without_nltk_data_or_network(
    isolated: tuple[Path, dict[str, object]],
) -> None:
    """With NLTK_DATA empty, HOME elsewhere and sockets refused, extract still works."""
    _, report = isolated
    assert report["texts"] == [
        '"We will not back down,"',
        "'a gift to landlords'",
    ]


def test_extract_makes_no_network_attempt(isolated: tuple[Path, dict[str, object]]) -> None:
    """Importing quoteattr and extracting never tries to open a connection."""
    _, report = isolated
    assert report["attempts"] == []


def test_nltk_would_find_no_data_in_the_isolated_process(
    isolated: tuple[Path, dict[str, object]],
) -> None:
    """The isolation holds: NLTK's search path has the empty folder and not ~/nltk_data."""
    folder, report = isolated
    paths = report["nltk_paths"]
    assert isinstance(paths, list)
    if paths:
        assert str(folder / "nltk_data") in paths
        assert str(Path.home() / "nltk_data") not in paths


def test_import_quoteattr_does_not_import_click(
    isolated: tuple[Path, dict[str, object]],
) -> None:
    """``import quoteattr`` stays light: click is imported only by the command line."""
    _, report = isolated
    assert report["click_imported"] is False


def test_socket_guard_catches_a_connection(tmp_path: Path) -> None:
    """The guard itself works: a connection attempt in the child is caught and recorded."""
    code = _GUARDED_EXTRACT.replace(
        "import quoteattr\n",
        "import quoteattr\ntry:\n    socket.create_connection(('localhost', 9))\n"
        "except OSError:\n    pass\n",
    )
    report = _run_isolated(code, tmp_path)
    assert len(report["attempts"]) == 1
