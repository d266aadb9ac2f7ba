"""Many articles at once: sources expanded from folders, globs and lists of URLs, each read and
extracted in worker processes (or on a Dask cluster), with a progress bar; an article that fails
is reported and skipped, never stopping the rest.
"""
from __future__ import annotations

import glob
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import BadInput
from .fetch import is_url

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".md")


def expand(args: Iterable[str]) -> list[str]:
    """The articles `args` name: files and URLs as given; every article file (.txt, .html, …) under
    a folder; the files a glob matches (`**` included); and the lines of `@LIST` files (URLs or
    paths, one a line, `#` for comments). Each once, in order."""
    out: list[str] = []
    for arg in args:
        if arg == "-" or is_url(arg):
            out.append(arg)
        elif arg.startswith("@"):
            try:
                lines = Path(arg[1:]).read_text("utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise BadInput(f"{arg[1:]}: cannot read the list ({getattr(exc, 'strerror', None) or exc})") from None
            out += expand(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))
        elif Path(arg).is_dir():
            out += sorted(str(p) for p in Path(arg).rglob("*")
                          if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                          and not any(part.startswith(".") for part in p.relative_to(arg).parts))
        elif any(ch in arg for ch in "*?[") and not Path(arg).exists():
            matched = sorted(p for p in glob.glob(arg, recursive=True) if Path(p).is_file())
            out += matched or [arg]          # nothing matched: reported as a missing file
        else:
            out.append(arg)
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class Outcome:
    source: str
    value: Any = None
    error: str | None = None


def _attempt(work: Callable[[str], Any], source: str) -> Outcome:
    try:
        return Outcome(source, work(source))
    except BadInput as exc:
        return Outcome(source, error=str(exc))
    except MemoryError:
        return Outcome(source, error=f"{source}: too large to process in memory")
    except Exception as exc:       # one article's bug must not stop the batch; it is reported
        return Outcome(source, error=f"{source}: internal error ({type(exc).__name__}: {exc})")


class _Attempt:
    """`_attempt` bound to `work`, picklable for worker processes."""

    def __init__(self, work):
        self.work = work

    def __call__(self, source: str) -> Outcome:
        return _attempt(self.work, source)


def run(sources: list[str], work: Callable[[str], Any], *, workers: int = 1, dask: str | None = None) -> Iterator[Outcome]:
    """`work(source)` for each source, as Outcomes in the order of `sources`. `work` must be
    picklable (a module-level function, or a partial of one) when workers > 1 or on Dask."""
    attempt = _Attempt(work)
    if dask:
        yield from _on_dask(dask, sources, attempt)
    elif workers > 1 and len(sources) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            yield from pool.map(attempt, sources, chunksize=1)
    else:
        for source in sources:
            yield attempt(source)


def _on_dask(address: str, sources: list[str], attempt: _Attempt) -> Iterator[Outcome]:
    try:
        from dask.distributed import Client
    except ImportError:
        raise BadInput("--dask needs dask.distributed: pip install 'claim-tracker[dask]'") from None
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise BadInput(f"--dask {address}: cannot reach the scheduler ({exc})") from None
    try:
        futures = client.map(attempt, sources, pure=False)
        for future in futures:
            yield future.result()
    finally:
        client.close()


class Progress:
    """A progress bar on standard error (counts, failures, rate), or nothing when `show` is off."""

    def __init__(self, total: int, what: str, show: bool):
        self.total, self.done, self.failed, self.start = total, 0, 0, time.monotonic()
        self._bar = None
        if show:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeElapsedColumn

            self._bar = Bar(TextColumn(what), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[failed]} failed"),
                            TextColumn("{task.fields[rate]}/s"), TimeElapsedColumn(),
                            console=Console(file=sys.stderr, force_terminal=True, width=100), transient=False)
            self._task = self._bar.add_task(what, total=total, failed=0, rate="0.0")
            self._bar.start()

    def step(self, ok: bool) -> None:
        self.done += 1
        self.failed += not ok
        if self._bar is not None:
            self._bar.update(self._task, completed=self.done, failed=self.failed, rate=f"{self.rate:.1f}")

    def note(self, line: str) -> None:
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
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
    from .validate import is_rdf, validate_extraction, validate_rdf

    if is_rdf(source) and not is_url(source):
        return validate_rdf(source)
    return validate_extraction(extract(source, published=published, web=web))


def extract_or_rdf(source: str, *, published=None, web=None):
    """An article's extraction, or, for linked data, its path (validated as it is)."""
    from .pipeline import extract
    from .validate import is_rdf

    if is_rdf(source) and not is_url(source):
        return source
    return extract(source, published=published, web=web)
