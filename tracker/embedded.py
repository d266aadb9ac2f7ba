"""The embedded store: Oxigraph in a folder on disk, nothing to set up.

Each write is atomic, so after a crash every article is either fully in the store or not at all.
One process writes at a time: a lock file beside the store turns a second writer away with a
clear message instead of corrupting it.

Over 400 lines because opening, locking, snapshots for readers during a write, and reading in a
bounded child are one protocol between a writer and its readers: kept together, each part can be
checked against the others.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile
import threading
import time
import weakref
from collections.abc import Iterator
from pathlib import Path

from .backend import ID_BASE, Backend, QueryFailed, QueryTimeout, Results, Stream, nquads_of
from .child import Died, Stopped, run_bounded
from .errors import StoreUnavailable, damaged, is_damage

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


SNAPSHOT_EVERY = 2.0       # seconds: how stale, at most, what readers see during a long write is
READER_WAIT = 10.0         # seconds a reader waits for a writer's first snapshot
# address space a query's child may take: a quarter of the machine's memory, within 2 to 8 GB
QUERY_MEMORY = min(8 * 1024 ** 3, max(2 * 1024 ** 3, os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 4))
WRITER_WAIT = 60.0         # seconds a writer waits for the readers already reading to finish
KEPT_LOGS = 3              # the storage engine's old information logs a writer leaves


class EmbeddedStore(Backend):
    """An Oxigraph store in a folder. `write=True` takes the store for this process alone.

    Readers and the writer never open the same files at once (Oxigraph does not allow a reader
    beside a writing process). A writer first says it is coming (`STORE.writer`, a lock of its
    own, which also turns a second writer away), waits for the readers already reading the store
    to finish (`STORE.lock`: shared by readers, exclusive for the writer), and then publishes
    snapshots of the last committed state (a RocksDB checkpoint: hard links, no copy) in
    `STORE.snapshots/`, one at its start and at most every `SNAPSHOT_EVERY` seconds of writing.
    A reader that finds a writer there opens the newest snapshot instead. Each snapshot has a lock
    of its own, so the writer removes only those no reader holds; the rest go at the next
    writer's start or end."""

    writes_aside = True         # its bulk load runs outside Python's lock; reads see what it committed

    def __init__(self, path: str | Path, *, write: bool = False, existing: bool = False):
        import pyoxigraph as ox

        self._ox = ox
        self.path = Path(path).resolve()           # through a symlink, the same locks as everyone else
        self.location = str(Path(path))
        self._write = write
        self._lock_file = self._snapshot_lock = self._intent = None
        self._published = 0.0
        self._writing = threading.Lock()           # held by a write (in a thread: `ingest.Batch`); close waits for it
        self._streams: weakref.WeakSet[Stream] = weakref.WeakSet()   # open `values_of`: they hold the store's files
        self._snapshots = self.path.with_name(self.path.name + ".snapshots")
        if not (self.path / "CURRENT").exists() and self.path.is_dir() and (
                any(self.path.glob("MANIFEST-*")) or any(self.path.glob("*.sst"))):
            raise damaged(self.location, "its CURRENT file is missing")         # not a new store: a broken one
        if (existing or not write) and not (self.path / "CURRENT").exists():     # a writer makes one, unless `existing`
            raise StoreUnavailable(f"no store at {self.location} yet: ingest an article first (or give --store)")
        if write:
            self._open_writer()
        else:
            self._open_reader()

    # ------------------------------------------------------------ opening

    def _open_writer(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            intent = open(self._lock_path(".writer"), "a+")
            main = open(self._lock_path(".lock"), "a+")
        except OSError as exc:
            raise StoreUnavailable(f"cannot write to the store at {self.location}: {exc.strerror or exc}") from None
        # a reader looks at the intent lock for an instant: try again for a moment before
        # concluding that another writer has it
        if not _wait_flock(intent, fcntl.LOCK_EX, 1.0):
            intent.close()
            main.close()
            raise StoreUnavailable(f"the store at {self.location} is in use by another process (one writer at a "
                                   "time); try again when it is done")
        self._intent = intent
        if not _wait_flock(main, fcntl.LOCK_EX, WRITER_WAIT):
            main.close()
            self.close()
            raise StoreUnavailable(f"the store at {self.location} is still being read after {WRITER_WAIT:g} s; "
                                   "try again when the queries are done")
        self._lock_file = main
        # a bulk load killed half-way leaves its sorted files (bulk-*.sst) beside the store, never
        # ingested; with the store ours alone, they are nobody's
        for leftover in self.path.glob("bulk-*.sst") if self.path.is_dir() else ():
            leftover.unlink(missing_ok=True)
        try:
            self._store = self._ox.Store(str(self.path))
            self._data_path = self.path
            self._publish()
        except (OSError, RuntimeError) as exc:
            self.close()
            if is_damage(exc):
                raise damaged(self.location, exc) from None
            raise StoreUnavailable(f"cannot open the store at {self.location} to write: {exc}") from None

    def _open_reader(self) -> None:
        deadline = time.monotonic() + READER_WAIT
        while True:
            opened = self._try_snapshot() if self._writer_there() else self._try_main()
            if opened:
                break
            if time.monotonic() > deadline:
                raise StoreUnavailable(f"the store at {self.location} is being written and has no snapshot to "
                                       "read yet; try again in a moment")
            time.sleep(0.05)
        try:
            self._store = self._ox.Store.read_only(str(self._data_path))
        except (OSError, RuntimeError) as exc:
            self.close()
            if is_damage(exc):
                raise damaged(self.location, exc) from None
            raise StoreUnavailable(f"cannot open the store at {self.location}: {exc}") from None

    def _writer_there(self) -> bool:
        try:
            fh = open(self._lock_path(".writer"), "r")
        except OSError:
            return False                                # never written here, or a read-only place
        with fh:
            return not _flock(fh, fcntl.LOCK_SH)      # released as the file closes

    def _try_main(self) -> bool:
        """Take the store itself to read, unless a writer has it."""
        try:
            fh = open(self._lock_path(".lock"), "r")
        except FileNotFoundError:
            try:
                fh = open(self._lock_path(".lock"), "a+")
            except OSError:
                # a read-only place where no writer ever took the lock: nobody writes here
                self._data_path = self.path
                return True
        except OSError as exc:
            raise StoreUnavailable(f"cannot read the store at {self.location}: {exc.strerror or exc}") from None
        if not _flock(fh, fcntl.LOCK_SH):
            fh.close()
            return False
        self._lock_file, self._data_path = fh, self.path
        return True

    def _try_snapshot(self) -> bool:
        """Take the newest snapshot a writer has published to read."""
        try:
            name = (self._snapshots / "current").read_text("utf-8").strip()
            fh = open(self._snapshots / f"{name}.lock", "a+")
        except OSError:
            return False
        if not _flock(fh, fcntl.LOCK_SH) or not (self._snapshots / name / "CURRENT").exists():
            fh.close()                                    # being removed: try again
            return False
        self._snapshot_lock, self._data_path = fh, self._snapshots / name
        return True

    def _lock_path(self, suffix: str) -> Path:
        return self.path.with_name(self.path.name + suffix)

    # ------------------------------------------------------------ snapshots (the writer's)

    def _publish(self) -> None:
        """Make a snapshot of what is committed now and point readers at it; remove the old ones."""
        self._snapshots.mkdir(exist_ok=True)
        if self._snapshots.is_symlink() or not self._snapshots.is_dir():
            raise StoreUnavailable(f"{self._snapshots} is not a folder of this store's own; remove it and try again")
        name = f"s{time.time_ns()}"
        self._store.backup(str(self._snapshots / name))
        fd, pointer = tempfile.mkstemp(dir=self._snapshots, prefix=".current.")      # a new file, never a planted link
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(name)
        os.replace(pointer, self._snapshots / "current")
        self._published = time.monotonic()
        self._prune(keep=name)

    def _prune(self, keep: str | None = None) -> None:
        if self._snapshots.is_symlink() or not self._snapshots.is_dir():
            return
        for entry in self._snapshots.iterdir():
            if entry.is_symlink():
                continue                                  # not ours: never followed
            if entry.is_dir() and entry.name != keep:
                lock = self._snapshots / f"{entry.name}.lock"
                with open(lock, "a+") as fh:
                    if not _flock(fh, fcntl.LOCK_EX):
                        continue                          # a reader has it
                    shutil.rmtree(entry, ignore_errors=True)
                    lock.unlink(missing_ok=True)
            elif entry.suffix == ".lock" and entry.stem != keep and not (self._snapshots / entry.stem).exists():
                entry.unlink(missing_ok=True)

    def _wrote(self) -> None:
        if time.monotonic() - self._published >= SNAPSHOT_EVERY:
            self._publish()

    def graph_exists(self, iri: str) -> bool:
        return self._store.contains_named_graph(self._ox.NamedNode(iri))

    def write(self, parts: list[tuple[str, str]]) -> None:
        # Oxigraph's bulk loader (0.5 and later) is atomic: it builds the sorted files of every
        # index aside and adds them all in one RocksDB ingestion, so all of `parts` is written or
        # none. It is about three times faster than a transaction (`Store.load`), which holds the
        # whole write in memory and indexes it quad by quad.
        with self._writing:
            if self._store is None:
                raise StoreUnavailable(f"the store at {self.location} was closed before this write")
            try:
                self._store.bulk_load(nquads_of(parts).encode("utf-8"), format=self._ox.RdfFormat.N_QUADS)
            except OSError as exc:         # disk full: the load is atomic, the store as it was
                raise StoreUnavailable(f"cannot write to the store at {self.location}: {exc}") from None
            self._wrote()

    def update(self, request: str) -> None:
        with self._writing:
            if self._store is None:
                raise StoreUnavailable(f"the store at {self.location} was closed before this write")
            try:
                self._store.update(request)
            except OSError as exc:
                raise StoreUnavailable(f"cannot write to the store at {self.location}: {exc}") from None
            self._wrote()

    def drop_graph(self, iri: str) -> bool:
        node = self._ox.NamedNode(iri)
        if not self._store.contains_named_graph(node):
            return False
        self._store.remove_graph(node)
        self._wrote()
        return True

    def _query(self, query: str, prefixes: dict[str, str] | None = None):
        try:
            return self._store.query(query, use_default_graph_as_union=True, prefixes=prefixes)
        except SyntaxError as exc:
            raise QueryFailed(f"the query does not parse: {exc}") from None

    def select(self, query: str, *, timeout: float | None = None, limit: int | None = None,
               prefixes: dict[str, str] | None = None) -> Results:
        if timeout:
            return _in_child(str(self._data_path), query, prefixes, timeout, limit)
        return _collect(self._query(query, prefixes), limit)

    def ask(self, query: str, *, timeout: float | None = None, prefixes: dict[str, str] | None = None) -> bool:
        if timeout:
            return _in_child(str(self._data_path), query, prefixes, timeout, None)
        return bool(self._query(query, prefixes))

    def construct(self, query: str, *, timeout: float | None = None, prefixes: dict[str, str] | None = None) -> str:
        if timeout:
            return _in_child(str(self._data_path), query, prefixes, timeout, None)
        return _ntriples(self._query(query, prefixes))

    def subjects_with(self, predicate: str, values: list[str], *, limit: int = 32) -> list[tuple[str, str]]:
        # one index lookup a value: a VALUES join is planned as a scan of every triple with the
        # predicate, 35 ms an article at 1M claims
        p, out = self._ox.NamedNode(predicate), []
        for v in dict.fromkeys(values):
            for i, q in enumerate(self._store.quads_for_pattern(None, p, self._ox.Literal(v))):
                if i >= limit:
                    break
                if isinstance(q.subject, self._ox.NamedNode):
                    out.append((v, q.subject.value))
        return out

    def values_of(self, predicate: str) -> Stream | None:
        if not self._write or self._store is None:
            return None          # a reader (a writer elsewhere may add what a scan would not see), or closed
        # this process is the store's one writer (`_open_writer`'s locks): no key appears unseen
        literal = self._ox.Literal
        stream = Stream(self._store.quads_for_pattern(None, self._ox.NamedNode(predicate), None),
                        lambda q: q.object.value if isinstance(q.object, literal) else None)
        self._streams.add(stream)
        return stream

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
        with getattr(self, "_writing", contextlib.nullcontext()):     # a write aside ends first
            self._close()

    def _close(self) -> None:
        for stream in list(getattr(self, "_streams", ())):
            stream.release()                       # else its iterator keeps the database open
        if getattr(self, "_store", None) is not None:
            if self._write:
                self._store.flush()
            self._store = None
        if self._write and self._lock_file is not None:
            (self._snapshots / "current").unlink(missing_ok=True)
            self._prune()
            # the storage engine starts an information log each time it opens and keeps the old ones
            # (LOG.old.<time>, about 140 KB each): past the last few, a log nobody reads
            for old in sorted(self.path.glob("LOG.old.*"), key=lambda f: f.name)[:-KEPT_LOGS]:
                old.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                self._snapshots.rmdir()
        if self._snapshot_lock is not None and not self._writer_there():
            # the writer is gone and left this snapshot to us: remove it once no reader holds it
            held = self._data_path
            fcntl.flock(self._snapshot_lock, fcntl.LOCK_UN)
            if _flock(self._snapshot_lock, fcntl.LOCK_EX) and not held.is_symlink():
                shutil.rmtree(held, ignore_errors=True)
                with contextlib.suppress(OSError):
                    (self._snapshots / f"{held.name}.lock").unlink()
                    self._snapshots.rmdir()
        for fh in (self._lock_file, self._snapshot_lock, self._intent):
            if fh is not None:
                fcntl.flock(fh, fcntl.LOCK_UN)
                fh.close()
        self._lock_file = self._snapshot_lock = self._intent = None


def _wait_flock(fh, kind: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not _flock(fh, kind):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def _flock(fh, kind: int) -> bool:
    try:
        fcntl.flock(fh, kind | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


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


def _query_here(path: str, query: str, prefixes: dict | None, limit: int | None):
    import pyoxigraph as ox

    try:
        return _answer(ox.Store.read_only(path).query(query, use_default_graph_as_union=True, prefixes=prefixes), limit)
    except SyntaxError as exc:
        raise QueryFailed(f"the query does not parse: {exc}") from None
    except Exception as exc:   # raised in the parent as a one-line error
        if is_damage(exc):
            raise damaged(path, exc) from None
        raise QueryFailed(f"{type(exc).__name__}: {exc}") from None


def _in_child(path: str, query: str, prefixes: dict | None, timeout: float, limit: int | None):
    """Run a read query in a child process, so that a query past its time or its memory can be
    stopped (a damaged store can make one ask for memory without end)."""
    try:
        return run_bounded(_query_here, (path, query, prefixes, limit), seconds=timeout, memory=QUERY_MEMORY)
    except Stopped:
        raise QueryTimeout(f"the query took longer than {timeout:g} s and was stopped") from None
    except Died:        # (exit 3, as a query past its time: what the store could not answer within its bounds)
        raise QueryTimeout(f"the query stopped without an answer: out of memory (it may take {QUERY_MEMORY / 1024 ** 3:.0f} GB), "
                           "or the store is damaged") from None


