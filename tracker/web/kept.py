"""What the server keeps: each article's validation report (an article's graph never changes),
and the answers of pages and named queries while the store stays as it was."""
from __future__ import annotations

import threading
from collections import OrderedDict

from starlette.requests import Request
from starlette.responses import Response

from ..backend import Backend, QueryFailed, QueryTimeout
from . import views


class Problems:
    """Each article's validation report, made once (an article's graph never changes: a new
    version is a new graph) and kept for the most recent `size` articles."""

    def __init__(self, size: int = 256):
        self._done: OrderedDict[str, list[dict]] = OrderedDict()
        self._making: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self._size = size

    def get(self, store: Backend, graph: str, seconds: float) -> list[dict] | None:
        """The report, or None where validating took longer than `seconds` (not tried again)."""
        with self._lock:
            if graph in self._done:
                self._done.move_to_end(graph)
                return self._done[graph]
            making = self._making.setdefault(graph, threading.Lock())
        with making:                    # one validation an article, however many ask at once
            with self._lock:
                if graph in self._done:
                    return self._done[graph]
            try:
                found = call(store, views.problems_of, graph, timeout=seconds)
            except (QueryTimeout, QueryFailed):
                found = None
            with self._lock:
                self._done[graph] = found
                self._making.pop(graph, None)
                while len(self._done) > self._size:
                    self._done.popitem(last=False)
            return found


class Answers:
    """The answers of pages and named queries, kept while the store stays as it was when each was
    made: whether it has changed is looked at (`version`, a folder listing) at most every `every`
    seconds, so that an answer is at most that much staler than the store's last committed state.
    An answer is kept only once the store has been as it is for `settle` seconds: the readers
    take a moment to move to what was written, and an answer read before would be kept stale.
    At most `budget` bytes are kept, the least recently asked for going first."""

    def __init__(self, version, *, budget: int = 64 << 20, every: float = 0.5, settle: float = 2.0):
        self._version, self._every, self._budget, self._settle = version, every, budget, settle
        self._seen, self._looked, self._since = None, 0.0, 0.0
        self._kept: OrderedDict[tuple, Response] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def _fresh(self) -> None:
        import time

        now = time.monotonic()
        if now - self._looked < self._every:
            return
        self._looked = now
        seen = self._version()
        if seen != self._seen:
            self._seen, self._since = seen, now
            self._kept.clear()
            self._size = 0

    def __call__(self, handler):
        def answer(request: Request) -> Response:
            key = (request.url.path, request.url.query, request.headers.get("accept", ""))
            with self._lock:
                self._fresh()
                kept = self._kept.get(key)
                if kept is not None:
                    self._kept.move_to_end(key)
                    return kept
            import time

            settled = time.monotonic() - self._since >= self._settle
            before = self._version()
            response = handler(request)
            if (settled and response.status_code == 200 and len(response.body) < self._budget // 16
                    and self._version() == before):       # the store did not change while it was read
                with self._lock:
                    if key not in self._kept and before == self._seen and time.monotonic() - self._since >= self._settle:
                        self._kept[key] = response
                        self._size += len(response.body)
                    while self._size > self._budget and self._kept:
                        _, old = self._kept.popitem(last=False)
                        self._size -= len(old.body)
            return response
        return answer


def call(store: Backend, fn, *args, timeout: float | None = None):
    """`fn(store, *args)` where the store is read: in a worker for the embedded store (so that a
    validation runs beside the pages, and stops at its time), here for a server."""
    call = getattr(store, "call", None)
    return call(fn, *args, timeout=timeout) if call else fn(store, *args)
