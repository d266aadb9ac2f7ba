"""Reads of the embedded store for a long-lived process (`tracker serve`), each within its time.

Oxigraph cannot stop a query once started, so every read runs in a worker process kept warm
(the store open through `LiveReader`, which lets writers in), and a worker that runs
past a read's time is killed and replaced. `WorkerPool` answers the calls of any other store
(`backend.Backend`), so the tracker's own code (named queries, exports, validation) reads
through it unchanged.
"""
from __future__ import annotations

import contextlib
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from .backend import ID_BASE, Backend, QueryFailed, QueryTimeout, Results
from .embedded import READER_WAIT, WRITER_WAIT, EmbeddedStore
from .errors import StoreUnavailable


# ---------------------------------------------------------------- a reader that lets writers in

class LiveReader:
    """A reader for a long-lived process (`tracker serve`) that never holds a writer off.

    It holds one reader open and lends it out (`lease`). A thread looks every `every` seconds
    for a change: a writer announcing itself while the reader has the store itself, a newer
    snapshot, or the writer gone. It then stops lending the old reader, closes it once the
    leases already out are back (the writer waits for that, as for any reader), and opens the
    store afresh, which reads the writer's snapshot of the last committed state, or the store
    itself once the writer is done."""

    def __init__(self, path: str | Path, *, every: float = 0.2):
        self.path = path
        self._cond = threading.Condition()
        self._current: EmbeddedStore | None = EmbeddedStore(path)
        self._leases: dict[int, int] = {}
        self._retiring: list[EmbeddedStore] = []
        self._closed = False
        self._every = every
        self._watcher = threading.Thread(target=self._watch, name="tracker-store-watch", daemon=True)
        self._watcher.start()

    @contextlib.contextmanager
    def lease(self, wait: float = READER_WAIT + 5):
        """The reader, for one read; given back when the block ends."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._current is not None or self._closed, wait):
                raise StoreUnavailable(f"the store at {self.path} is being written and has no snapshot to read yet; "
                                       "try again in a moment")
            if self._closed:
                raise StoreUnavailable("the store is closed")
            store = self._current
            self._leases[id(store)] = self._leases.get(id(store), 0) + 1
        try:
            yield store
        finally:
            with self._cond:
                self._leases[id(store)] -= 1
                self._close_retired()

    def _close_retired(self) -> None:
        for old in list(self._retiring):
            if not self._leases.get(id(old)):
                self._leases.pop(id(old), None)
                self._retiring.remove(old)
                old.close()
        self._cond.notify_all()

    def _stale(self, store: EmbeddedStore) -> bool:
        if store._snapshot_lock is None:                  # the store itself: a writer waits for it
            return store._writer_there()
        if not store._writer_there():
            return True                                   # the writer is done: read what it wrote
        try:
            newest = (store._snapshots / "current").read_text("utf-8").strip()
        except OSError:
            return False
        return newest != store._data_path.name

    def refresh(self) -> None:
        """Read afresh if the store has changed under the reader (the watcher calls this)."""
        with self._cond:
            current = self._current
            if current is None or self._closed or not self._stale(current):
                return
            self._current = None                           # new leases wait for the next reader
            self._retiring.append(current)
            self._close_retired()
            # the writer takes the store once the leases out are back: wait for them first
            self._cond.wait_for(lambda: current not in self._retiring or self._closed, WRITER_WAIT)
        try:
            fresh = EmbeddedStore(self.path)
        except StoreUnavailable:
            fresh = None                                   # tried again at the next look
        with self._cond:
            if self._closed:
                if fresh is not None:
                    fresh.close()
                return
            self._current = fresh
            self._cond.notify_all()

    def _watch(self) -> None:
        while not self._closed:
            time.sleep(self._every)
            try:
                if self._current is None and not self._closed:
                    fresh = EmbeddedStore(self.path)
                    with self._cond:
                        self._current = fresh
                        self._cond.notify_all()
                else:
                    self.refresh()
            except Exception:                              # noqa: BLE001 - looked at again next time
                continue

    def close(self) -> None:
        with self._cond:
            self._closed = True
            if self._current is not None:
                self._retiring.append(self._current)
                self._current = None
            self._close_retired()


def store_version(path: str | Path) -> tuple:
    """What changes whenever what a reader sees of the store may have changed: the files of the
    store (a bulk load adds sorted files, a removal grows the log), the writer's presence and its
    newest snapshot. Cheap (one folder listing): for a cache of answers, not a checksum."""
    p = Path(path)
    seen = []
    try:
        with os.scandir(p) as entries:
            for e in entries:
                if e.name.endswith((".sst", ".log")) or e.name.startswith(("MANIFEST", "CURRENT")):
                    st = e.stat()
                    seen.append((e.name, st.st_size, st.st_mtime_ns))
    except OSError:
        pass
    try:
        snapshot = (p.with_name(p.name + ".snapshots") / "current").read_text("utf-8")
    except OSError:
        snapshot = None
    return tuple(sorted(seen)), snapshot


# ---------------------------------------------------------------- what a worker runs

# bytes an answer may take: more is refused in the worker, before it reaches the server's memory
MAX_ANSWER = 64 << 20
# bytes of memory a worker may take for its data (a query's joins, its answer): past it the worker
# dies, is replaced, and the query is told it stopped without an answer
WORKER_MEMORY = 2 << 30


def _too_big(size: int) -> None:
    if size > MAX_ANSWER:
        raise QueryFailed(f"the answer passes {MAX_ANSWER >> 20} MB; ask for fewer rows or shorter values")


def _select(store, query: str, prefixes: dict | None, limit: int | None) -> Results:
    res = store.select(query, limit=limit, prefixes=prefixes)
    _too_big(sum(len(t.get("value", "")) + 40 for row in res.rows for t in row.values()))
    return res


def _ask(store, query: str, prefixes: dict | None) -> bool:
    return store.ask(query, prefixes=prefixes)


def _construct(store, query: str, prefixes: dict | None) -> str:
    nt = store.construct(query, prefixes=prefixes)
    _too_big(len(nt))
    return nt


def _graphs(store) -> list[str]:
    return store.graphs()


def _graph_exists(store, iri: str) -> bool:
    return store.graph_exists(iri)


def _quads(store, graph: str) -> bytes:
    import pyoxigraph as ox

    return ox.serialize(store.quads(graph), None, ox.RdfFormat.N_QUADS)


def _serve(path: str, conn, parent: int) -> None:
    """A worker: read calls from `conn` and answer each, until the pipe closes."""
    from .child import die_with_parent
    from .errors import BadInput
    from .query import QueryRefused

    die_with_parent(parent)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_DATA, (WORKER_MEMORY, WORKER_MEMORY))
    except (ImportError, ValueError, OSError):
        pass
    try:
        reader = LiveReader(path)
    except Exception as exc:                               # noqa: BLE001 - told to the parent
        conn.send(("raised", StoreUnavailable(str(exc))))
        return
    conn.send(("ok", "ready"))
    while True:
        try:
            fn, args = conn.recv()
        except (EOFError, OSError):
            break
        try:
            with reader.lease() as store:
                value = ("ok", fn(store, *args))
        except (QueryFailed, StoreUnavailable, BadInput, QueryRefused) as exc:
            value = ("raised", exc)
        except MemoryError:
            value = ("raised", QueryFailed(f"the query needed more than {WORKER_MEMORY >> 30} GB of memory"))
        except Exception as exc:                           # noqa: BLE001 - one line for the caller
            value = ("raised", QueryFailed(f"{type(exc).__name__}: {exc}"))
        try:
            conn.send(value)
        except Exception:                                  # noqa: BLE001 - an answer that does not pickle
            conn.send(("raised", QueryFailed("the answer could not be sent back")))
    reader.close()


# ---------------------------------------------------------------- the pool

class _Worker:
    def __init__(self, ctx, path: str):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(path, child, os.getpid()), daemon=True, name="tracker-reader")
        self.proc.start()
        child.close()

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class WorkerPool(Backend):
    """`size` warm worker processes reading the embedded store at `path`. Each call waits for a
    free worker and its answer within `timeout` seconds (the call's own, or the pool's)."""

    def __init__(self, path: str, *, size: int = 2, timeout: float = 30.0):
        import multiprocessing as mp

        EmbeddedStore(path).close()                        # no store, or one being written: say so now
        self.location = str(path)
        self.timeout = timeout
        self._path = str(path)
        self._ctx = mp.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        self._closed = False
        # workers are started by one thread that lives as long as the pool: Linux kills a child
        # whose parent dies when the *thread* that started it ends (PR_SET_PDEATHSIG), and the
        # server's request threads come and go
        self._spawns: queue.Queue = queue.Queue()
        threading.Thread(target=self._spawner, name="tracker-reader-spawner", daemon=True).start()
        for _ in range(max(1, size)):
            self._idle.put(self._start())

    def _spawner(self) -> None:
        while True:
            done = self._spawns.get()
            if done is None:
                return
            try:
                done.set_result(_Worker(self._ctx, self._path))
            except BaseException as exc:                  # noqa: BLE001 - the caller raises it
                done.set_exception(exc)

    def _start(self) -> _Worker:
        from concurrent.futures import Future

        done: Future = Future()
        self._spawns.put(done)
        w = done.result()
        with self._lock:
            self._all.append(w)
        return w

    def _replace(self, w: _Worker) -> None:
        w.kill()
        with self._lock:
            if w in self._all:
                self._all.remove(w)
        if not self._closed:
            self._idle.put(self._start())

    def call(self, fn: Callable, *args, timeout: float | None = None):
        """`fn(store, *args)` in a worker: its value, or what it raised."""
        seconds = timeout or self.timeout
        deadline = time.monotonic() + seconds
        try:
            w = self._idle.get(timeout=seconds)
        except queue.Empty:
            raise QueryTimeout(f"the store was busy for {seconds:g} s; try again in a moment") from None
        try:
            w.conn.send((fn, args))
            while True:                                    # a new worker says it is ready first
                if not w.conn.poll(max(0.0, deadline - time.monotonic())):
                    self._replace(w)
                    w = None
                    raise QueryTimeout(f"the query took longer than {seconds:g} s and was stopped")
                status, value = w.conn.recv()
                if value != "ready":
                    break
        except (EOFError, OSError, BrokenPipeError):
            self._replace(w)
            w = None
            raise QueryFailed("the query stopped without an answer (out of memory?)") from None
        finally:
            if w is not None:
                self._idle.put(w)
        if status == "raised":
            raise value
        return value

    # the calls of a store
    def select(self, query: str, *, timeout: float | None = None, limit: int | None = None,
               prefixes: dict[str, str] | None = None) -> Results:
        return self.call(_select, query, prefixes, limit, timeout=timeout)

    def ask(self, query: str, *, timeout: float | None = None, prefixes: dict[str, str] | None = None) -> bool:
        return self.call(_ask, query, prefixes, timeout=timeout)

    def construct(self, query: str, *, timeout: float | None = None, prefixes: dict[str, str] | None = None) -> str:
        return self.call(_construct, query, prefixes, timeout=timeout)

    def graphs(self) -> list[str]:
        return [g for g in self.call(_graphs) if g.startswith(ID_BASE)]

    def graph_exists(self, iri: str) -> bool:
        return self.call(_graph_exists, iri)

    def quads(self, graph: str) -> Iterator:
        import pyoxigraph as ox

        return ox.parse(self.call(_quads, graph), ox.RdfFormat.N_QUADS)

    def version(self) -> tuple:
        """What changes when what the workers read may have changed (`store_version`)."""
        return store_version(self._path)

    def write(self, parts):
        raise StoreUnavailable("this store is opened to read only")

    def drop_graph(self, iri: str) -> bool:
        raise StoreUnavailable("this store is opened to read only")

    def update(self, request: str) -> None:
        raise StoreUnavailable("this store is opened to read only")

    def close(self) -> None:
        self._closed = True
        self._spawns.put(None)
        with self._lock:
            workers, self._all = list(self._all), []
        for w in workers:
            w.kill()
