"""The embedded store: Oxigraph in a folder on disk, nothing to set up.

Each write is atomic, so after a crash every article is either fully in the store or not at all.
One process writes at a time: a lock file beside the store turns a second writer away with a
clear message instead of corrupting it.
"""
from __future__ import annotations

import fcntl
from collections.abc import Iterator
from pathlib import Path

from .backend import ID_BASE, Backend, QueryFailed, QueryTimeout, Results, nquads_of
from .errors import StoreUnavailable

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
        self._store.bulk_load(nquads_of(parts).encode("utf-8"), format=self._ox.RdfFormat.N_QUADS)

    def drop_graph(self, iri: str) -> bool:
        node = self._ox.NamedNode(iri)
        if not self._store.contains_named_graph(node):
            return False
        self._store.remove_graph(node)
        return True

    def _query(self, query: str, prefixes: dict[str, str] | None = None):
        try:
            return self._store.query(query, use_default_graph_as_union=True, prefixes=prefixes)
        except SyntaxError as exc:
            raise QueryFailed(f"the query does not parse: {exc}") from None

    def select(self, query: str, *, timeout: float | None = None, limit: int | None = None,
               prefixes: dict[str, str] | None = None) -> Results:
        if timeout:
            return _in_child(self.location, query, prefixes, timeout, limit)
        return _collect(self._query(query, prefixes), limit)

    def ask(self, query: str, *, timeout: float | None = None, prefixes: dict[str, str] | None = None) -> bool:
        if timeout:
            return _in_child(self.location, query, prefixes, timeout, None)
        return bool(self._query(query, prefixes))

    def construct(self, query: str, *, timeout: float | None = None, prefixes: dict[str, str] | None = None) -> str:
        if timeout:
            return _in_child(self.location, query, prefixes, timeout, None)
        return _ntriples(self._query(query, prefixes))

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


def _ntriples(triples) -> str:
    out = [f"{t.subject} {t.predicate} {t.object} ." for t in triples]
    return "\n".join(out) + ("\n" if out else "")


def _answer(result, limit: int | None):
    """A query's result as plain data a pipe can carry: Results, a bool, or N-Triples."""
    import pyoxigraph as ox

    if isinstance(result, ox.QuerySolutions):
        return _collect(result, limit)
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    return _ntriples(result)


def _child_query(path: str, query: str, prefixes: dict | None, limit: int | None, conn) -> None:
    try:
        import pyoxigraph as ox

        store = ox.Store.read_only(path)
        conn.send(("ok", _answer(store.query(query, use_default_graph_as_union=True, prefixes=prefixes), limit)))
    except SyntaxError as exc:
        conn.send(("error", f"the query does not parse: {exc}"))
    except Exception as exc:   # sent back to the parent, which raises it as a one-line error
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def _in_child(path: str, query: str, prefixes: dict | None, timeout: float, limit: int | None):
    """Run a read query in a child process, so that a query past its time can be stopped."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child_query, args=(path, query, prefixes, limit, child), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise QueryTimeout(f"the query took longer than {timeout:g} s and was stopped")
        msg = parent.recv()
    except EOFError:
        raise QueryFailed("the query stopped without an answer (out of memory?)") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
    if msg[0] == "error":
        raise QueryFailed(msg[1])
    return msg[1]
