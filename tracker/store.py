"""Where claims are kept: an embedded Oxigraph store on disk by default, or any SPARQL 1.1 server.

Both backends take the same calls. Each write is atomic, so after a crash every article is either
fully in the store or not at all. One process writes to an embedded store at a time:
a lock file beside it turns a second writer away with a clear message instead of corrupting it.
"""
from __future__ import annotations

import fcntl
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import StoreUnavailable
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

    def graph_exists(self, iri: str) -> bool: ...
    def write(self, parts: list[tuple[str, str]]) -> None: ...   # (graph IRI, N-Triples), one transaction
    def drop_graph(self, iri: str) -> bool: ...
    def select(self, query: str, *, timeout: float | None = None, limit: int | None = None) -> Results: ...
    def ask(self, query: str) -> bool: ...
    def construct(self, query: str) -> str: ...           # N-Triples
    def graphs(self) -> list[str]: ...                    # the tracker's named graphs
    def quads(self, graph: str) -> Iterator: ...         # a graph's quads (pyoxigraph Quad), streamed
    def close(self) -> None: ...

    def compact(self) -> None:
        """Reorganise the store after many writes, where the backend needs it (a server does its own)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# ---------------------------------------------------------------- embedded (pyoxigraph)

def _term(t) -> dict:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype and t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            d["datatype"] = t.datatype.value
        return d
    return {"type": "literal", "value": str(t)}


class EmbeddedStore(Backend):
    """An Oxigraph store in a folder. `write=True` takes the store for this process alone."""

    def __init__(self, path: str | Path, *, write: bool = False):
        import pyoxigraph as ox

        self.path = Path(path)
        self.location = str(self.path)
        self._write = write
        self._lock_file = None
        if not write and not (self.path / "CURRENT").exists():
            raise StoreUnavailable(f"no store at {self.path} yet: ingest an article first (or give --store)")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock(write)
        try:
            self._store = ox.Store(str(self.path)) if write else ox.Store.read_only(str(self.path))
        except OSError as exc:
            self._unlock()
            raise StoreUnavailable(f"cannot open the store at {self.path}: {exc}") from None
        self._ox = ox

    def _lock(self, exclusive: bool) -> None:
        lock_path = self.path.with_name(self.path.name + ".lock")
        fh = open(lock_path, "a+")
        try:
            fcntl.flock(fh, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.close()
            raise StoreUnavailable(
                f"the store at {self.path} is in use by another process"
                + (" (one writer at a time)" if exclusive else " that is writing to it") + "; try again when it is done"
            ) from None
        self._lock_file = fh

    def _unlock(self) -> None:
        if self._lock_file is not None:
            fcntl.flock(self._lock_file, fcntl.LOCK_UN)
            self._lock_file.close()
            self._lock_file = None

    def graph_exists(self, iri: str) -> bool:
        return self._store.contains_named_graph(self._ox.NamedNode(iri))

    def write(self, parts: list[tuple[str, str]]) -> None:
        # Oxigraph's bulk loader (0.5 and later) is atomic: it builds the sorted files of every
        # index aside and adds them all in one RocksDB ingestion, so all of `parts` is written or
        # none. It is about three times faster than a transaction (`Store.load`), which holds the
        # whole write in memory and indexes it quad by quad.
        self._store.bulk_load(_nquads(parts).encode("utf-8"), format=self._ox.RdfFormat.N_QUADS)

    def drop_graph(self, iri: str) -> bool:
        node = self._ox.NamedNode(iri)
        if not self._store.contains_named_graph(node):
            return False
        self._store.remove_graph(node)
        return True

    def _query(self, query: str):
        try:
            return self._store.query(query, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryFailed(f"the query does not parse: {exc}") from None

    def select(self, query: str, *, timeout: float | None = None, limit: int | None = None) -> Results:
        if timeout:
            return _select_in_child(self.location, query, timeout, limit)
        return _collect(self._query(query), limit)

    def ask(self, query: str) -> bool:
        return bool(self._query(query))

    def construct(self, query: str) -> str:
        out = []
        for t in self._query(query):
            out.append(f"{t.subject} {t.predicate} {t.object} .")
        return "\n".join(out) + ("\n" if out else "")

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, self._ox.NamedNode) and g.value.startswith(ID_BASE))

    def quads(self, graph: str) -> Iterator:
        return self._store.quads_for_pattern(None, None, None, self._ox.NamedNode(graph))

    def flush(self) -> None:
        self._store.flush()

    def compact(self) -> None:
        # each bulk load adds its own sorted files; until RocksDB merges them, a query looks
        # through all of them (three to five times slower after 800 articles in 100k-quad loads)
        self._store.optimize()

    def close(self) -> None:
        if getattr(self, "_store", None) is not None:
            if self._write:
                self._store.flush()
            self._store = None
        self._unlock()


def _collect(solutions, limit: int | None) -> Results:
    variables = tuple(v.value for v in solutions.variables)
    rows, truncated = [], False
    for sol in solutions:
        if limit is not None and len(rows) >= limit:
            truncated = True
            break
        rows.append({v: _term(sol[v]) for v in variables if sol[v] is not None})
    return Results(variables, rows, truncated)


def _child_select(path: str, query: str, limit: int | None, conn) -> None:
    try:
        import pyoxigraph as ox

        store = ox.Store.read_only(path)
        res = _collect(store.query(query, use_default_graph_as_union=True), limit)
        conn.send(("ok", res.variables, res.rows, res.truncated))
    except Exception as exc:   # sent back to the parent, which raises it as a one-line error
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def _select_in_child(path: str, query: str, timeout: float, limit: int | None) -> Results:
    """Run a read query in a child process, so that a query past its time can be stopped."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child_select, args=(path, query, limit, child), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise QueryTimeout(f"the query took longer than {timeout:g} s and was stopped")
        msg = parent.recv()
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
    if msg[0] == "error":
        raise QueryFailed(msg[1])
    return Results(msg[1], msg[2], msg[3])


class QueryTimeout(StoreUnavailable):
    """The query ran past its time."""


class QueryFailed(Exception):
    """The store rejected or could not run the query."""


# ---------------------------------------------------------------- remote (SPARQL 1.1 protocol)

class RemoteStore(Backend):
    """Any SPARQL 1.1 server: queries to `endpoint`, updates to `update_endpoint`."""

    def __init__(self, endpoint: str, *, update_endpoint: str | None = None, user: str | None = None,
                 password: str | None = None, auth: str = "digest", timeout: float = 60.0):
        import requests
        from requests.auth import HTTPBasicAuth, HTTPDigestAuth

        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or endpoint
        self.location = endpoint
        self.timeout = timeout
        self.chunk = 500          # triples per INSERT DATA (Virtuoso refuses much larger ones)
        self.page = 10_000        # rows per answer read (Virtuoso's ResultSetMaxRows default)
        self._session = requests.Session()
        self._session.headers["User-Agent"] = "claim-tracker (+https://w3id.org/claim-tracker)"
        if user:
            self._session.auth = (HTTPDigestAuth if auth == "digest" else HTTPBasicAuth)(user, password or "")
        self._requests = requests

    def _post(self, url: str, data: dict, accept: str, timeout: float | None = None, stream: bool = False):
        try:
            r = self._session.post(url, data=data, headers={"Accept": accept}, timeout=(10, timeout or self.timeout), stream=stream)
        except self._requests.Timeout:
            raise QueryTimeout(f"{url} did not answer within {timeout or self.timeout:g} s") from None
        except self._requests.RequestException as exc:
            raise StoreUnavailable(f"cannot reach the SPARQL server at {url}: {type(exc).__name__}") from None
        if r.status_code >= 400:
            detail = " ".join(r.text.split())[:200]
            if r.status_code in (401, 403):
                raise StoreUnavailable(f"{url} refused the request ({r.status_code}): check --user/--password and update rights")
            raise QueryFailed(f"{url} answered {r.status_code}: {detail}")
        return r

    def graph_exists(self, iri: str) -> bool:
        return self.ask(f"ASK {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")

    def write(self, parts: list[tuple[str, str]]) -> None:
        """Servers cap the size of one update, so each graph is sent in pieces to a staging graph
        and then added to its real name in one operation: readers never see half an article.
        Parts are written in order; the article's own graph comes last."""
        for graph, nt in parts:
            staging = f"{graph}#staging"
            self._update(f"DROP SILENT GRAPH <{staging}>")
            lines = [ln for ln in nt.splitlines() if ln.strip() and not ln.startswith("#")]
            for k in range(0, len(lines), self.chunk):
                self._update(_insert_data([(staging, "\n".join(lines[k:k + self.chunk]))]))
            self._update(f"ADD SILENT <{staging}> TO <{graph}> ; DROP SILENT GRAPH <{staging}>")

    def _update(self, update: str) -> None:
        self._post(self.update_endpoint, {"update": update}, "*/*")

    def drop_graph(self, iri: str) -> bool:
        existed = self.graph_exists(iri)
        self._update(f"DROP SILENT GRAPH <{iri}>")
        return existed

    def select(self, query: str, *, timeout: float | None = None, limit: int | None = None) -> Results:
        data = {"query": query}
        if timeout:
            data["timeout"] = str(int(timeout * 1000))      # understood by Virtuoso; ignored elsewhere
        r = self._post(self.endpoint, data, "application/sparql-results+json", timeout)
        try:
            doc = r.json()
        except ValueError:
            raise QueryFailed(f"{self.endpoint} did not answer with SPARQL JSON results") from None
        variables = tuple(doc.get("head", {}).get("vars", []))
        bindings = doc.get("results", {}).get("bindings", [])
        truncated = limit is not None and len(bindings) > limit
        rows = [{k: _normalise_remote(v) for k, v in b.items()} for b in bindings[: limit if limit is not None else None]]
        return Results(variables, rows, truncated)

    def ask(self, query: str) -> bool:
        r = self._post(self.endpoint, {"query": query}, "application/sparql-results+json")
        return bool(r.json().get("boolean"))

    def construct(self, query: str) -> str:
        return self._post(self.endpoint, {"query": query}, "application/n-triples").text

    def graphs(self) -> list[str]:
        rows = self.select(f"""SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
                              FILTER (STRSTARTS(STR(?g), "{ID_BASE}")) }}""").rows
        return sorted(r["g"]["value"] for r in rows if not r["g"]["value"].endswith("#staging"))

    def quads(self, graph: str) -> Iterator:
        """The graph as N-Triples read off the wire as they come, never held whole. Servers cap
        the rows of one answer (Virtuoso: 10,000 by default), so a large graph is read in pages,
        and the count is checked: a graph is exported whole or the export fails."""
        import pyoxigraph as ox

        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").rows
        total = int(rows[0]["n"]["value"]) if rows else 0
        g, seen = ox.NamedNode(graph), 0
        for offset in range(0, total, self.page):
            paged = f" LIMIT {self.page} OFFSET {offset}" if total > self.page else ""
            r = self._post(self.endpoint, {"query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}{paged}"},
                           "application/n-triples", stream=True)
            try:
                r.raw.decode_content = True
                for t in ox.parse(r.raw, format=ox.RdfFormat.N_TRIPLES):
                    seen += 1
                    yield ox.Quad(t.subject, t.predicate, t.object, g)
            finally:
                r.close()
        if seen != total:
            raise QueryFailed(f"{self.endpoint} gave {seen:,} of the {total:,} statements of {graph}; "
                              "it may cap the rows of an answer below the page size")

    def close(self) -> None:
        self._session.close()


def _normalise_remote(term: dict) -> dict:
    t = dict(term)
    if t.get("type") == "typed-literal":
        t["type"] = "literal"
    if t.get("datatype") == "http://www.w3.org/2001/XMLSchema#string":
        del t["datatype"]
    return t


def dataset_parts(ds) -> list[tuple[str, str]]:
    """An rdflib Dataset as (graph IRI, N-Triples) parts, the unit every backend writes."""
    parts = []
    for g in ds.graphs():
        if len(g) and str(g.identifier) != str(ds.default_graph.identifier):
            parts.append((str(g.identifier), g.serialize(format="nt")))
    return parts


def _nquads(parts: Iterable[tuple[str, str]]) -> str:
    out = []
    for graph, nt in parts:
        suffix = f" <{graph}> .\n"
        out.extend(line.rstrip()[:-1].rstrip() + suffix for line in nt.splitlines() if line.strip() and not line.startswith("#"))
    return "".join(out)


def _insert_data(parts: Iterable[tuple[str, str]]) -> str:
    """One SPARQL `INSERT DATA` with a GRAPH block per part: one request, one transaction."""
    blocks = [f"GRAPH <{graph}> {{\n{nt}\n}}" for graph, nt in parts]
    return "INSERT DATA {\n" + "\n".join(blocks) + "\n}"


def open_store(*, store: str | None = None, endpoint: str | None = None, update_endpoint: str | None = None,
               user: str | None = None, password: str | None = None, write: bool = False) -> Backend:
    """The store the options name: `endpoint` (or $TRACKER_ENDPOINT) for a server, else the
    embedded store at `store` (or the default location)."""
    endpoint = endpoint or os.environ.get(ENV_ENDPOINT)
    if endpoint:
        return RemoteStore(endpoint, update_endpoint=update_endpoint, user=user,
                           password=password or os.environ.get("TRACKER_PASSWORD"))
    return EmbeddedStore(store or default_store_path(), write=write)
