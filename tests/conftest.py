"""Shared fixtures: the sample article, articles made from small snippets, and the CLI run as a subprocess."""
from __future__ import annotations

import atexit
import hashlib
import http.server
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

from tracker.model import Article
from tracker.pipeline import extract_article
from tracker.lang import detect

ROOT = Path(__file__).resolve().parents[1]
# pages fetched by the tests are kept in a cache of their own, never in the user's, removed when the run ends
if "TRACKER_CACHE" not in os.environ:
    os.environ["TRACKER_CACHE"] = tempfile.mkdtemp(prefix="tracker-test-cache-")
    atexit.register(shutil.rmtree, os.environ["TRACKER_CACHE"], True)
SAMPLE = ROOT / "data" / "seed-ja-2024-russia-china.txt"
GOLD = ROOT / "data" / "seed-ja-2024-russia-china.gold.json"


def article_of(text: str, **kw) -> Article:
    return Article(text=text, source="snippet", encoding="utf-8",
                   sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), lang=detect(text), **kw)


def extract_text(text: str, **kw):
    return extract_article(article_of(text, **kw))


@pytest.fixture(scope="session")
def sample():
    from tracker.pipeline import extract
    return extract(str(SAMPLE))


# ---------------------------------------------------------------- the CLI as a user runs it

def run_cli(*args: str, input: bytes | str | None = None, cwd: Path = ROOT,
            timeout: float = 300, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m tracker.cli ARGS` in a fresh process; stdout and stderr decoded as UTF-8."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8", "COLUMNS": "160", **(env or {})}
    if isinstance(input, str):
        input = input.encode("utf-8")
    done = subprocess.run([sys.executable, "-m", "tracker.cli", *args], input=input, cwd=cwd, env=env,
                          capture_output=True, timeout=timeout)
    return subprocess.CompletedProcess(done.args, done.returncode,
                                       done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))


@pytest.fixture(scope="session")
def cli():
    return run_cli


@contextmanager
def serving(handler):
    """A threaded HTTP server on loopback with request handler class `handler`, for the length of
    a `with`: its address, http://127.0.0.1:PORT."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """A Virtuoso server for the session; skipped where Virtuoso is not installed, except in CI."""
    import os

    from . import virtuoso as v

    if not v.available():
        if os.environ.get("CI"):
            pytest.fail("Virtuoso is not installed; .ci/run installs virtuoso-opensource")
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    server = v.Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["embedded", "virtuoso"])
def backend(request, tmp_path):
    """The same store tests against the embedded store and a real SPARQL server."""
    from tracker.store import EmbeddedStore, RemoteStore

    if request.param == "embedded":
        store = EmbeddedStore(tmp_path / "store", write=True)
        yield store
        store.close()
    else:
        server = request.getfixturevalue("virtuoso")
        server.clear()
        store = RemoteStore(server.endpoint)
        yield store
        store.close()


@contextmanager
def mounted(*args: str):
    """A mount for the length of a test, where this machine lets the tests mount (root)."""
    target = args[-1]
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting needs root")
    done = subprocess.run(["mount", *args], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", target], capture_output=True)


def ctrl_c_heard() -> None:
    """In a child process: Ctrl-C as a terminal gives it, even when the tests run in the
    background (a shell starts a background job with SIGINT ignored, and Python keeps it so)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def shacl_results(report) -> set:
    """A SHACL validation report as a set of (focus, shape, severity, message, path, value)."""
    from rdflib import URIRef
    from rdflib.namespace import RDF

    sh = "http://www.w3.org/ns/shacl#"
    keys = ("focusNode", "sourceShape", "resultSeverity", "resultMessage", "resultPath", "value")
    return {tuple(report.value(r, URIRef(sh + k)) for k in keys)
            for r in report.subjects(RDF.type, URIRef(sh + "ValidationResult"))}


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """One line saying what was skipped and why (Virtuoso or rapper absent, no root …), so that a
    green run without them does not pass for a full one."""
    from collections import Counter

    why = Counter()
    for report in terminalreporter.stats.get("skipped", []):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        why[reason.removeprefix("Skipped: ")] += 1
    if why:
        total = sum(why.values())
        terminalreporter.write_line(f"skipped {total} test{'s' if total != 1 else ''}: "
                                    + "; ".join(f"{n} because {reason}" for reason, n in why.most_common())
                                    + " (.ci/run installs what the tests need)")
