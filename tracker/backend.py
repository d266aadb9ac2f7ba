"""What every store answers: the calls (`Backend`), query results, and the errors of a store.

The backends are `embedded.py` (Oxigraph on disk) and `remote.py` (any SPARQL 1.1 server);
`store.py` opens the one the options name.
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import BadInput, StoreUnavailable
from .vocab import ID

ID_BASE = str(ID)      # every IRI the tracker mints starts here

ENV_STORE = "TRACKER_STORE"
ENV_ENDPOINT = "TRACKER_ENDPOINT"


def default_store_path() -> Path:
    """`$TRACKER_STORE`, else `$XDG_DATA_HOME/claim-tracker/store` (~/.local/share/claim-tracker/store)."""
    if os.environ.get(ENV_STORE):
        return Path(os.environ[ENV_STORE])
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "claim-tracker" / "store"


@dataclass(frozen=True)
class Results:
    variables: tuple[str, ...]
    rows: list[dict]                # variable -> term, as in SPARQL JSON results: {"type", "value", "datatype"?, "xml:lang"?}
    truncated: bool = False


class Backend:
    """The calls every store answers."""

    location: str
    writes_aside = False        # a write may run in one thread while others read (`ingest.Batch`)

    def graph_exists(self, iri: str) -> bool: ...
    def write(self, parts: list[tuple[str, str]]) -> None: ...   # (graph IRI, N-Triples), one transaction
    def drop_graph(self, iri: str) -> bool: ...
    def update(self, request: str) -> None: ...   # a SPARQL 1.1 Update the tracker writes itself, one transaction
    # Queries: `prefixes` are declared for the query without adding lines to its text (so that
    # error positions are the query's own); `timeout` stops a query running past it.
    def select(self, query: str, *, timeout: float | None = None, limit: int | None = None,
               prefixes: dict[str, str] | None = None) -> Results: ...
    def ask(self, query: str, *, timeout: float | None = None, prefixes: dict[str, str] | None = None) -> bool: ...
    def construct(self, query: str, *, timeout: float | None = None,
                  prefixes: dict[str, str] | None = None) -> str: ...           # N-Triples
    def graphs(self) -> list[str]: ...                    # the tracker's named graphs

    def subjects_with(self, predicate: str, values: list[str], *, limit: int = 32) -> list[tuple[str, str]]:
        """(value, subject) for the subjects (IRIs) that have `predicate` with each plain string
        `value`, at most `limit` a value: lookups by value, for linking (`link.py`). A server is
        asked in one query; the embedded store looks each value up in its index."""
        if not values:
            return []
        quoted = " ".join(map(plain_string, values))
        rows = self.select(f"SELECT ?v ?s WHERE {{ VALUES ?v {{ {quoted} }} ?s {iri_ref(predicate)} ?v }} "
                           f"LIMIT {limit * len(values)}").rows
        return [(given(r, "v", iri=False), given_iri(r, "s")) for r in rows]
    def quads(self, graph: str) -> Iterator: ...         # a graph's quads (pyoxigraph Quad), streamed

    def values_of(self, predicate: str) -> Stream | None:
        """Every plain-string value of `predicate` in the store, streamed from a snapshot: an
        iterator with `complete` (once it ends: whether it gave every value; the store ends it
        early when it closes) and `release()`. None where the backend cannot say that no one
        writes beside this process (a server): `keyfilter.py` relies on it."""
        return None

    def close(self) -> None: ...

    def compact(self) -> None:
        """Reorganise the store after many writes, where the backend needs it (a server does its own)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Stream:
    """Values streamed from what a backend reads (`pick`: the value of an item, None to skip
    it); `complete` once every one was given, and not if `release` ended it early."""

    def __init__(self, items: Iterator, pick: Callable[[object], str | None]):
        self._items, self._pick, self.complete = items, pick, False

    def __iter__(self):
        return self

    def __next__(self) -> str:
        if self._items is not None:
            for item in self._items:
                if (value := self._pick(item)) is not None:
                    return value
            self._items, self.complete = None, True
        raise StopIteration

    def release(self) -> None:
        self._items = None


class QueryTimeout(StoreUnavailable):
    """The query ran past its time."""


def given(row: dict, name: str, *, iri: bool = True) -> str:
    """The value of ?name in a row of one of the tracker's own queries, which always binds it (to
    an IRI, unless `iri` is false): a store that answers otherwise (a server misbehaving) is
    unavailable, not a bug of ours, nor the user's bad input."""
    term = row.get(name)
    if not isinstance(term, dict) or not isinstance(term.get("value"), str) or (iri and term.get("type") != "uri"):
        raise StoreUnavailable(f"the store answered without ?{name}" + (" as an IRI" if iri else ""))
    return term["value"]


def plain_string(value: str) -> str:
    """A string literal as both N-Triples and SPARQL read it, for text the tracker writes itself."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def given_iri(row: dict, name: str) -> str:
    """`given`, and an IRI that may be written back (no space, no `>`): a server that answers
    something else is unavailable, not the user's bad input."""
    value = given(row, name)
    if not is_iri(value):
        raise StoreUnavailable(f"the store answered ?{name} with no IRI: {value[:80]!r}")
    return value


def given_count(row: dict, name: str) -> int:
    """A COUNT of one of the tracker's own queries: a whole number, or the store misbehaves."""
    value = given(row, name, iri=False)
    if not (value.isascii() and value.isdigit() and len(value) <= 18):
        raise StoreUnavailable(f"the store answered a count that is no number: {value[:40]!r}")
    return int(value)


class QueryFailed(Exception):
    """The store rejected or could not run the query."""


def dataset_parts(ds) -> list[tuple[str, str]]:
    """An rdflib Dataset as (graph IRI, N-Triples) parts, the unit every backend writes."""
    parts = []
    for g in ds.graphs():
        if len(g) and str(g.identifier) != str(ds.default_graph.identifier):
            parts.append((str(g.identifier), g.serialize(format="nt")))
    return parts


def nquads_of(parts: Iterable[tuple[str, str]]) -> str:
    out = []
    for graph, nt in parts:
        suffix = f" <{graph}> .\n"
        out.extend(line.rstrip()[:-1].rstrip() + suffix for line in nt.split("\n") if line.strip() and not line.startswith("#"))
    return "".join(out)


_IRI = re.compile(r'[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>"{}|\\^`\x7f-\x9f]*')


def is_iri(value: str) -> bool:
    return bool(_IRI.fullmatch(value))


def iri_ref(value: str) -> str:
    """`<value>` for SPARQL text the tracker writes itself: the one guard between a value (an
    argument, an answer, an IRI read from a file) and a query. What is not an absolute IRI, or
    holds a character that could end one, is refused (BadInput), never pasted."""
    if not is_iri(value):
        raise BadInput(f"not an IRI: {value[:120]!r}")
    return f"<{value}>"
