"""Many articles at once: the sources `sources.expand` names, each read and
extracted in worker processes (or on a Dask cluster), with a progress bar; an article that fails
is reported and skipped, never stopping the rest.
"""
from __future__ import annotations

import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from .errors import BadInput
from .fetch import is_url
from .sources import Unreadable


@dataclass(frozen=True)
class Outcome:
    source: str
    value: Any = None
    error: str | None = None
    internal: bool = False          # the error is a bug of ours, not bad input


def _attempt(work: Callable[[str], Any], source: str) -> Outcome:
    try:
        return Outcome(source, work(source))
    except BadInput as exc:
        return Outcome(source, error=str(exc))
    except MemoryError:
        return Outcome(source, error=f"{source}: too large to process in memory")
    except Exception as exc:       # one article's bug must not stop the batch; it is reported
        return Outcome(source, error=f"{source}: internal error ({type(exc).__name__}: {exc})", internal=True)


class _Attempt:
    """`_attempt` bound to `work`, picklable for worker processes."""

    def __init__(self, work):
        self.work = work

    def __call__(self, source: str) -> Outcome:
        return _attempt(self.work, source)


def run(sources: list[str], work: Callable[[str], Any], *, workers: int = 1, dask: str | None = None,
        started: Callable[[str], None] = lambda source: None) -> Iterator[Outcome]:
    """`work(source)` for each source, as Outcomes: in order when run here, as they complete in
    worker processes or on Dask (so one slow page holds back nothing). `work` must be picklable
    (a module-level function, or a partial of one) when workers > 1 or on Dask. `started(source)`
    is told when a source is begun here or handed to a worker (Dask: all at once).

    Ctrl-C ends the run with KeyboardInterrupt even where the interrupt it raised was caught on
    the way and turned into an article's error (by a library that checks for signals as it
    works): that article is not reported, it was interrupted, not bad."""
    with _CtrlC() as ctrl_c:
        for outcome in _run(sources, work, workers, dask, started):
            if ctrl_c.heard:
                raise KeyboardInterrupt
            yield outcome


class _CtrlC:
    """Whether Ctrl-C came while a run went on, heard by a SIGINT handler of its own that raises
    KeyboardInterrupt as Python's does (set only in the main thread, over Python's own handler)."""

    def __enter__(self) -> _CtrlC:
        self.heard = False
        self._before = None
        if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            self._before = signal.signal(signal.SIGINT, self._heard)
        return self

    def _heard(self, signum, frame) -> None:
        self.heard = True
        raise KeyboardInterrupt

    def __exit__(self, *exc) -> None:
        if self._before is not None:
            signal.signal(signal.SIGINT, self._before)


def _run(sources: list[str], work: Callable[[str], Any], workers: int, dask: str | None,
         started: Callable[[str], None]) -> Iterator[Outcome]:
    attempt = _Attempt(work)
    for source in sources:
        if isinstance(source, Unreadable):
            started(source)
            yield Outcome(source, error=source.error)
    sources = [s for s in sources if not isinstance(s, Unreadable)]
    if "-" in sources:                  # standard input is this process's to read
        started("-")
        yield attempt("-")
        sources = [s for s in sources if s != "-"]
    if dask:
        for source in sources:
            started(source)
        yield from _on_dask(dask, sources, attempt)
    elif workers > 1 and len(sources) > 1:
        yield from _in_processes(sources, attempt, workers, started)
    else:
        for source in sources:
            started(source)
            yield attempt(source)


def _quiet_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)      # Ctrl-C is the parent's to handle


def _in_processes(sources: list[str], attempt: _Attempt, workers: int, started: Callable[[str], None]) -> Iterator[Outcome]:
    """A pool of worker processes, with a few articles in flight per worker. A worker that dies
    (the out-of-memory killer, a crash in a native library) breaks the pool: the articles then in
    flight are run again one by one, each in a process of its own, so the one that kills its worker
    is reported and the others are read; the rest go on in a new pool."""
    queue = deque(sources)
    while queue:
        lost: list[str] = []
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_quiet_worker)
        try:
            flying: dict[Future, str] = {}
            while queue or flying:
                while queue and len(flying) < 2 * workers:
                    source = queue.popleft()
                    flying[pool.submit(attempt, source)] = source
                    started(source)
                done, _ = wait(flying, return_when=FIRST_COMPLETED)
                for future in done:
                    source = flying.pop(future)
                    try:
                        yield future.result()
                    except BrokenProcessPool:
                        lost.append(source)
                if lost:
                    lost += flying.values()
                    break
        finally:
            _stop(pool)
        for source in lost:
            yield _alone(attempt, source)


def _alone(attempt: _Attempt, source: str) -> Outcome:
    pool = ProcessPoolExecutor(max_workers=1, initializer=_quiet_worker)
    try:
        return pool.submit(attempt, source).result()
    except BrokenProcessPool:
        return Outcome(source, error=f"{source}: the worker process reading it died (killed, or out of memory)")
    finally:
        _stop(pool)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut a pool without waiting for work nobody will read (after Ctrl-C, or a broken pool)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
    # and its manager thread, which would otherwise be woken at exit through a pipe the broken
    # pool has closed (a "Bad file descriptor" traceback after a killed worker)
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None and manager.is_alive():
        manager.join(timeout=5)
    if manager is not None and manager.is_alive():
        # still reading a result a terminated worker was half-way through writing, which never
        # comes (Ctrl-C hung at exit, about one run in 30): closing this process's end of the
        # results pipe, which it never writes to, lets the read meet the pipe's end
        writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
        if writer is not None:
            writer.close()
        manager.join(timeout=5)


def _on_dask(address: str, sources: list[str], attempt: _Attempt) -> Iterator[Outcome]:
    try:
        from dask.distributed import Client, as_completed
    except ImportError:
        raise BadInput("--dask needs dask.distributed: pip install 'claim-tracker[dask]'") from None
    try:
        client = Client(address, timeout="10s")
    except Exception as exc:        # unreachable, or not an address at all: the batch cannot run
        reason = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise BadInput(f"--dask {address}: cannot reach the scheduler ({reason})") from None
    try:
        futures = client.map(attempt, sources, pure=False)
        source_of = {future.key: source for future, source in zip(futures, sources)}
        blamed: list[str] = []
        for future in as_completed(futures):
            source = source_of[future.key]
            try:
                yield future.result()
            except Exception as exc:      # a worker killed while reading it (KilledWorker), and the like
                if type(exc).__name__ == "KilledWorker":
                    blamed.append(source)
                else:
                    yield Outcome(source, error=f"{source}: the Dask worker failed ({type(exc).__name__}: {exc})")
            future.release()
        # Dask blames every article a dying worker held: run each once more, one at a time, so
        # that only the article that kills its worker fails again
        for source in blamed:
            try:
                yield client.submit(attempt, source, pure=False).result()
            except Exception as exc:
                yield Outcome(source, error=f"{source}: the Dask worker failed ({type(exc).__name__}: {exc})")
    finally:
        client.close()


class Progress:
    """A progress bar on standard error (counts, failures, rate, and the article that has been
    read longest once it takes a while), or nothing when `show` is off."""

    SLOW = 2.0          # seconds an article is read before the bar names it
    BESIDE = 50         # columns the bar's other parts take, besides its label and counts

    def __init__(self, total: int, what: str, show: bool):
        self.total, self.done, self.failed, self.start = total, 0, 0, time.monotonic()
        self.reading: dict[str, float] = {}         # source → when it was begun (in order)
        self._bar = None
        if show:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, ProgressColumn, TextColumn, TimeElapsedColumn
            from rich.text import Text

            class Slowest(ProgressColumn):      # drawn afresh at each refresh, in the width the others leave
                def render(column, task) -> Text:
                    room = self._bar.console.width - len(what) - 2 * len(str(total)) - self.BESIDE
                    return Text(self.slowest(room), no_wrap=True, overflow="ellipsis")

            # the terminal's width (COLUMNS, or 80, where standard error is not a terminal)
            self._bar = Bar(TextColumn(what), BarColumn(bar_width=20), MofNCompleteColumn(),
                            TextColumn("{task.fields[failed]} failed"), TextColumn("{task.fields[rate]}/s"),
                            TimeElapsedColumn(), Slowest(),
                            console=Console(file=sys.stderr, force_terminal=True), transient=False,
                            # output printed above the bar, where both are the terminal; else it
                            # stays where it goes (a file, a pipe, a terminal while the bar goes elsewhere)
                            redirect_stdout=sys.stdout.isatty() and sys.stderr.isatty())
            self._task = self._bar.add_task(what, total=total, failed=0, rate="0.0")
            self._bar.start()

    def started(self, source: str) -> None:
        self.reading[source] = time.monotonic()

    def slowest(self, room: int = 80) -> str:
        """`reading NAME (N s)` for the article begun first of those still being read, once it
        has taken SLOW seconds, its name cut at the front to fit `room` columns (its end says
        most); else nothing."""
        from rich.cells import cell_len

        from .guard import for_terminal

        for source, began in self.reading.items():
            took = time.monotonic() - began
            if took < self.SLOW:
                return ""
            name, tail = for_terminal(source, one_line=True), f" ({took:.0f} s)"
            room = max(room - len("reading ") - len(tail), 12)
            if cell_len(name) > room:
                kept, width = [], 1                     # "…" and the end of the name
                for ch in reversed(name):
                    width += cell_len(ch)
                    if width > room:
                        break
                    kept.append(ch)
                name = "…" + "".join(reversed(kept))
            return f"reading {name}{tail}"
        return ""

    def step(self, ok: bool, source: str | None = None) -> None:
        self.reading.pop(source, None)
        self.done += 1
        self.failed += not ok
        if self._bar is not None:
            self._bar.update(self._task, completed=self.done, failed=self.failed, rate=f"{self.rate:.1f}")

    def note(self, line: str) -> None:
        from .guard import for_terminal

        line = for_terminal(line, one_line=True)
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False, emoji=False, soft_wrap=True)
        else:
            print(line, file=sys.stderr)

    @property
    def rate(self) -> float:
        return self.done / max(time.monotonic() - self.start, 1e-9)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def validated(source: str, *, published=None, web=None):
    """Read, extract and validate one article on its own (no store): a worker's whole job.
    Linked data (.ttl, .trig, .nt, .nq, .jsonld, .rdf) is validated as it is."""
    from .pipeline import extract
    from .sources import is_rdf
    from .validate import validate_extraction, validate_rdf

    if is_rdf(source) and not is_url(source):
        return validate_rdf(source)
    return validate_extraction(extract(source, published=published, web=web))


def extract_or_rdf(source: str, *, published=None, web=None):
    """An article's extraction, or, for linked data, its path (validated as it is)."""
    from .pipeline import extract
    from .sources import is_rdf

    if is_rdf(source) and not is_url(source):
        return source
    return extract(source, published=published, web=web)
