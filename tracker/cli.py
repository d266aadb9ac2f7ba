"""The `tracker` command: a thin layer over the library.

Exit codes: 0 success (for validate: every article conforms); 1 validate found violations (or
the reader of standard output stopped reading, as `| head` does);
2 bad input or usage (a missing, empty or binary file, an unknown option, a refused query);
3 the store is unavailable (in use by another process, missing, a server that does not answer)
or a query ran past its time; 4 an internal error (a bug: one line, or the traceback with
TRACKER_DEBUG=1), or a damaged installation (a file it ships missing or changed).

Over 400 lines because typer declares each command's options in its signature: one function per
command, each parsing its options and calling one library function, with every option a user can
give in one file.
"""
from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import sys
import time
from contextlib import contextmanager
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .formats import FORMATS as EXPORT_FORMATS
from .report import counted

app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  context_settings={"help_option_names": ["-h", "--help"]},
                  help="Who said what, according to whom, and when: claims of news and commentary as linked data.")

EXIT_OK, EXIT_VIOLATIONS, EXIT_BAD_INPUT, EXIT_STORE, EXIT_INTERNAL = 0, 1, 2, 3, 4
EXIT_INTERRUPTED = 130                  # Ctrl-C: what was done is kept, as the shell's convention says


class ExtractFormat(str, Enum):
    trig = "trig"
    turtle = "turtle"
    nquads = "nquads"
    jsonld = "jsonld"
    json = "json"
    table = "table"


_BY_SUFFIX = {".trig": ExtractFormat.trig, ".ttl": ExtractFormat.turtle, ".nq": ExtractFormat.nquads,
              ".jsonld": ExtractFormat.jsonld, ".json": ExtractFormat.json}


class ReportFormat(str, Enum):
    text = "text"
    json = "json"
    turtle = "turtle"


def _published(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2024-07-10") from None


PublishedOpt = typer.Option(None, "--published", help="Publication date of the article (YYYY-MM-DD), for the year of relative dates.")
AllowPrivateOpt = typer.Option(False, "--allow-private", help="Fetch URLs on private, loopback and link-local addresses too (refused by default).")
OfflineOpt = typer.Option(False, "--offline", help="Read URLs from the page cache only (see TRACKER_CACHE), never from the network.")
WorkersOpt = typer.Option(1, "--workers", "-w", min=1, help="Read and extract articles in this many processes.")
DaskOpt = typer.Option(None, "--dask", metavar="ADDRESS", help="Read and extract on this Dask scheduler (tcp://host:8786) instead.")
ProgressOpt = typer.Option(None, "--progress/--no-progress", help="A progress bar on standard error (default: when it is a terminal).")
AllowAddressOpt = typer.Option([], "--allow-address", metavar="CIDR", help="A private network to fetch from all the same (e.g. 10.1.2.0/24). Repeatable.")


def _web(allow_private: bool, offline: bool, allowed: list[str] = ()):
    import ipaddress

    from .fetch import Policy
    from .read import Web

    for net in allowed:
        try:
            ipaddress.ip_network(net, strict=False)
        except ValueError:
            raise typer.BadParameter(f"--allow-address {net!r} is not an address or network like 10.1.2.0/24") from None
    deadline = os.environ.get("TRACKER_FETCH_SECONDS") or Policy.deadline
    try:
        deadline = float(deadline)
    except ValueError:
        deadline = -1.0
    if not 0 < deadline <= 86400:
        raise typer.BadParameter(f"TRACKER_FETCH_SECONDS={os.environ['TRACKER_FETCH_SECONDS']!r} is not a number of seconds "
                                 "above 0 and at most 86400 (a day)")
    return Web(Policy(allow_private=allow_private, allowed=tuple(allowed), deadline=deadline), "offline" if offline else "fetch")


_WARNINGS_SHOWN = 10         # extract's warnings on standard error: a page of 1,000 undated brackets is not 1,000 lines


def _say(text: str, *, err: bool = False) -> None:
    """A line for a person, through the terminal guard: nothing in it reaches the terminal as a
    control, and a newline in a file name or a server's words cannot start a line of its own."""
    from .guard import for_terminal

    typer.echo(for_terminal(text, one_line=True), err=err)


def _error(message: str) -> None:
    """An error as one line on standard error (a 100 KB address is not repeated in full)."""
    message = re.sub(r"[ \t]+", " ", message).strip()       # a newline in a name stays visible: the guard writes \n
    if len(message) > 400:
        message = message[:399] + "…"
    _say(f"error: {message}", err=True)


def _fail(message: str, code: int = EXIT_BAD_INPUT) -> None:
    _error(message)
    raise typer.Exit(code)


StoreOpt = typer.Option(None, "--store", envvar="TRACKER_STORE", help="Folder of the embedded store (default: ~/.local/share/claim-tracker/store).")
EndpointOpt = typer.Option(None, "--endpoint", envvar="TRACKER_ENDPOINT", help="A SPARQL 1.1 query endpoint to use instead of the embedded store.")
UpdateOpt = typer.Option(None, "--update-endpoint", envvar="TRACKER_UPDATE_ENDPOINT", help="Its update endpoint, if not the same URL.")
UserOpt = typer.Option(None, "--user", envvar="TRACKER_USER", help="User name for the server (HTTP digest auth).")
PasswordOpt = typer.Option(None, "--password", envvar="TRACKER_PASSWORD", help="Password for the server.")


@contextmanager
def _exits():
    """Bad input: one line, exit 2; the store unavailable or a query failing there: one line, exit 3."""
    from .errors import BadInput, StoreUnavailable
    from .store import QueryFailed

    try:
        yield
    except BadInput as exc:
        _fail(str(exc))
    except (StoreUnavailable, QueryFailed) as exc:
        _fail(str(exc), EXIT_STORE)


def _open(store, endpoint, update_endpoint, user, password, *, write: bool, existing: bool = False):
    from .errors import StoreUnavailable
    from .store import open_store

    try:
        return open_store(store=store, endpoint=endpoint, update_endpoint=update_endpoint,
                          user=user, password=password, write=write, existing=existing)
    except StoreUnavailable as exc:
        _fail(str(exc), EXIT_STORE)


# a descriptor already open, named as a file
_DESCRIPTOR = re.compile(r"/dev/(stdout|stderr)|/dev/fd/([0-9]{1,4})|/proc/self/fd/([0-9]{1,4})")


def _room_in(target: Path, size: int, had: int) -> bool:
    """Whether `size` bytes are reserved in the file `target` (posix_fallocate: the disk's blocks
    for it, its content untouched), so that writing them into it cannot run out of room halfway.
    Where they cannot be, the file is cut back to the `had` bytes it held (a file system without
    native reservation has zeros written, and may have grown it)."""
    try:
        with open(target, "r+b") as fh:
            try:
                os.posix_fallocate(fh.fileno(), 0, max(size, 1))
                return True
            except OSError:
                fh.truncate(had)
                return False
    except (OSError, AttributeError):       # no room, or a file system (or system) that cannot say
        return False


def _dash(output: Optional[Path]) -> Optional[Path]:
    """`-o -` is standard output, as everywhere else."""
    return None if output is not None and str(output) == "-" else output


def _write_out(output: Optional[Path], produce) -> None:
    """`produce(out)` writes bytes to standard output, or to OUTPUT whole or not at all: to a
    temporary file beside it, renamed over it once complete, so that a failed or interrupted write
    leaves what was there before. A symbolic link is followed (the file it names is replaced, the
    link stays), an existing file keeps its permissions and is replaced only if it may be written
    (`chmod 444` protects it as it does from the shell's `>`), and what is not a regular file (a
    device, a pipe) is written into as it is, never replaced; nor is a file with several names
    (hard links) or another owner's, written into once the output is complete and room for it is
    reserved (else it is replaced, which splits the names). An open descriptor named as a file
    (/dev/stdout, /dev/fd/N, /proc/self/fd/N) is written into where it stands: `-o /dev/stdout
    >> log` appends to the log. A reader that stops reading (`| head`) ends the command quietly
    (exit 1, as click ends it); any other failure to write is one line and exit 2."""
    import shutil
    import stat
    import tempfile

    tmp = None
    try:
        if output is None and sys.stdout is None:
            _fail("standard output is closed: give -o FILE")
        if output is None:
            sys.stdout.flush()
            produce(sys.stdout.buffer)
            sys.stdout.buffer.flush()
            return
        if (fd := _DESCRIPTOR.fullmatch(str(output))) is not None:
            number = {"stdout": 1, "stderr": 2}.get(fd.group(1)) or int(fd.group(2) or fd.group(3))
            sys.stdout.flush()
            with os.fdopen(os.dup(number), "wb") as fh:
                produce(fh)
            return
        try:
            target = output.resolve()
        except RuntimeError:            # a symbolic link loop
            _fail(f"{output}: cannot write (a symbolic link loop)")
        try:
            st = os.stat(target)
            mode = st.st_mode
        except FileNotFoundError:
            st = mode = None
        if mode is not None and stat.S_ISREG(mode) and not os.access(target, os.W_OK):
            _fail(f"{output}: cannot write (Permission denied)")
        if mode is not None and not stat.S_ISREG(mode):
            if stat.S_ISDIR(mode):
                _fail(f"{output}: is a directory")
            with open(target, "wb") as fh:
                produce(fh)
            return
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name[:100]}.")   # (a name near the limit: its temporary one fits)
        with os.fdopen(fd, "wb") as fh:
            produce(fh)
        if st is not None and (st.st_nlink > 1 or st.st_uid != os.geteuid()) and _room_in(target, os.path.getsize(tmp), st.st_size):
            # a file with other names (a hard link), or someone else's: written into once the output
            # is complete and the room for it is reserved, so that every name sees it and it keeps
            # its owner (where room cannot be reserved, it is replaced like any other file)
            with open(tmp, "rb") as done, open(target, "r+b") as fh:
                shutil.copyfileobj(done, fh)
                fh.truncate()
            return
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)        # as an ordinary new file, not mkstemp's 0600
        else:
            os.chmod(tmp, stat.S_IMODE(mode))    # the file it replaces keeps its permissions
        os.replace(tmp, target)
        tmp = None
    except BrokenPipeError:
        raise
    except OSError as exc:
        _fail(f"{output or 'standard output'}: cannot write ({exc.strerror or exc})")
    finally:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


@app.command()
def extract(
    source: str = typer.Argument(..., metavar="SOURCE", help="An article: a file (text or HTML), a URL, or - for standard input."),
    format: Optional[ExtractFormat] = typer.Option(None, "--format", "-f", show_default=False,
                                                   help="Output format (default: by the -o file's extension, else trig)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", callback=_dash, help="Write here instead of standard output (-: standard output)."),
    published: Optional[str] = PublishedOpt,
    allow_private: bool = AllowPrivateOpt, allow_address: list[str] = AllowAddressOpt, offline: bool = OfflineOpt,
) -> None:
    """Extract every statement of an article as claims (RDF, JSON or a table)."""
    from .errors import BadInput
    from .export import serialize, write
    from .pipeline import extract as run

    with contextlib.suppress(OSError):
        if output is not None and (os.path.samefile(output, source) if source != "-"
                                   else os.path.samestat(os.fstat(0), os.stat(output))):
            _fail(f"{output}: is the article being read; it would be overwritten")
    if format is None:          # -o claims.ttl: Turtle, as the name says
        suffix = output.suffix.lower() if output else ""
        if suffix and suffix not in _BY_SUFFIX:
            _fail(f"{output}: no format of extract is written to {suffix} files; give --format "
                  f"({', '.join(f.value for f in ExtractFormat)}), or see tracker export for csv")
        format = _BY_SUFFIX.get(suffix, ExtractFormat.trig)

    try:
        ex = run(source, published=_published(published), web=_web(allow_private, offline, allow_address))
    except BadInput as exc:
        _fail(str(exc))
    for note in ex.article.notes:
        _say(f"note: {note}", err=True)
    # (the year of 【11月19日 時事】 cannot be known: said here as validate says it; the first few only)
    warned = [p.message for p in ex.problems if p.severity == "Warning" and p.message not in ex.article.notes]
    for message in warned[:_WARNINGS_SHOWN]:
        _say(f"warning: {message}", err=True)
    if len(warned) > _WARNINGS_SHOWN:
        _say(f"warning: and {len(warned) - _WARNINGS_SHOWN:,} more (tracker validate lists them all, with their lines)", err=True)
    from .formats import JSON
    from .guard import DataWriter, for_data, for_json, for_terminal, write_all

    def produce(out) -> None:
        if format is ExtractFormat.table:
            write_all(out, for_terminal(serialize(ex, format.value)).encode("utf-8"))
            return
        # streamed as it is serialised, through the data guard (JSON's where it is JSON)
        guarded = DataWriter(out, for_json if format.value in JSON else for_data)
        write(ex, format.value, guarded)
        guarded.flush()

    _write_out(output, produce)


def _print_report(report) -> None:
    from .guard import for_terminal
    from .report import render

    sys.stdout.write(for_terminal(render([report], "text")))
    sys.stdout.flush()


@app.command()
def validate(
    sources: list[str] = typer.Argument(..., metavar="SOURCE", help="Articles (files, text or HTML; folders, globs, URLs, @LIST files of them; - for standard input), or linked data (.ttl .trig .nt .nq .jsonld .rdf)."),
    format: ReportFormat = typer.Option(ReportFormat.text, "--format", "-f", help="Report format."),
    published: Optional[str] = PublishedOpt,
    allow_private: bool = AllowPrivateOpt, allow_address: list[str] = AllowAddressOpt, offline: bool = OfflineOpt,
    workers: int = WorkersOpt, dask: Optional[str] = DaskOpt, progress: Optional[bool] = ProgressOpt,
    store: Optional[str] = typer.Option(None, "--store", help="Also check against what this store knows of the speakers and outlets the article names."),
    endpoint: Optional[str] = typer.Option(None, "--endpoint", help="The same, with a SPARQL server."),
    user: Optional[str] = UserOpt, password: Optional[str] = PasswordOpt,
) -> None:
    """Check that every statement is cited, and that citations, dates and anchors are sound.

    Exit 0 when every article conforms, 1 when any has a violation, 2 when an article could not
    be read (the others are still checked)."""
    from functools import partial

    from .batch import Progress, extract_or_rdf, run as run_all, validated
    from .errors import BadInput, StoreUnavailable
    from .graph import claims_to_graph
    from .ingest import entities_for
    from .report import render
    from .store import QueryFailed
    from .model import Extraction
    from .validate import validate_extraction, validate_rdf

    when, web = _published(published), _web(allow_private, offline, allow_address)
    found = _sources(sources)
    backend = _open(store, endpoint, None, user, password, write=False) if (store or endpoint) else None
    # with a store, the workers extract and this process validates with what the store knows
    work = partial(extract_or_rdf if backend else validated, published=when, web=web)
    bar = Progress(len(found), "validate", sys.stderr.isatty() if progress is None else progress)
    reports, failures, interrupted, broken = [], [], False, False
    counts = {"conforming": 0, "with violations": 0}
    keep_graph = format is ReportFormat.turtle      # the SHACL results graph, only if it is printed
    streamed = format is ReportFormat.text          # JSON and Turtle are one document, printed at the end
    try:
        for outcome in run_all(found, work, workers=workers, dask=dask, started=bar.started):
            if outcome.error:
                bar.note(f"error: {outcome.error}")
                failures.append(outcome.source)
                broken |= outcome.internal
            else:
                if backend and not isinstance(outcome.value, Extraction):      # linked data, checked as given
                    done = validate_rdf(outcome.source)
                elif backend:
                    ds = claims_to_graph(outcome.value)
                    done = validate_extraction(outcome.value, ds, context=entities_for(backend, ds))
                else:
                    done = outcome.value
                counts["conforming" if done.conforms else "with violations"] += 1      # before a write Ctrl-C may cut
                if streamed:        # each article's report as soon as it is checked
                    _print_report(done)
                else:
                    reports.append(done if keep_graph else dataclasses.replace(done, results=None))
            bar.step(outcome.error is None, outcome.source)
    except KeyboardInterrupt:
        interrupted = True
        bar.note("interrupted" + ("" if streamed else ": the reports of the articles checked so far follow"))
    except BadInput as exc:
        _fail(str(exc))
    except (StoreUnavailable, QueryFailed) as exc:
        _fail(str(exc), EXIT_STORE)
    finally:
        bar.close()
        if backend:
            backend.close()
    if reports:
        from .guard import for_data, for_json

        sys.stdout.write((for_json if format is ReportFormat.json else for_data)(render(reports, format.value)))
    _summary("validated", len(found), bar, counts, failures, force=interrupted)
    if interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if failures:
        raise typer.Exit(EXIT_INTERNAL if broken else EXIT_BAD_INPUT)
    raise typer.Exit(EXIT_OK if not counts["with violations"] else EXIT_VIOLATIONS)


@app.command()
def evaluate(
    sources: list[str] = typer.Argument(..., metavar="ARTICLE GOLD | FOLDER", help="An article and its gold annotation (JSON), or folders of NAME.txt with NAME.gold.json (a development set)."),
    json_out: bool = typer.Option(False, "--json", help="Print the figures and misses as JSON."),
    published: Optional[str] = PublishedOpt,
) -> None:
    """Measure extraction and validation against gold annotations, in any language: one article,
    or a development set whose figures are summed over its articles."""
    import json

    from .errors import BadInput
    from .evaluate import Score, evaluate_source, pairs

    total = Score()
    try:
        found = pairs(sources)
        for article, gold in found:
            score, _ = evaluate_source(article, gold, published=_published(published))
            total.add(score, Path(article).name if len(found) > 1 else "")
    except BadInput as exc:
        _fail(str(exc))
    figures = {"articles": len(found), **total.figures()}
    misses = [m[1:] if m and m[0] == "" else m for m in total.misses]
    if json_out:
        from .guard import for_json

        typer.echo(for_json(json.dumps({**figures, "misses": misses}, ensure_ascii=False, indent=1)))
        return
    for miss in misses:
        _say("MISS " + " ".join(str(m) for m in miss))
    width = max(len(k) for k in figures)
    for k, v in figures.items():
        _say(f"{k:<{width}}  {v}")


def _sources(args: list[str]) -> list[str]:
    from .sources import expand
    from .errors import BadInput

    try:
        found = expand(args)
    except BadInput as exc:
        _fail(str(exc))
    if not found:
        from .sources import ARTICLE_SUFFIXES
        from .errors import brief

        named = ", ".join(brief(a) for a in args[:3]) + (", …" if len(args) > 3 else "")
        _fail(f"no article to read in {named}: no {' '.join(ARTICLE_SUFFIXES)} file there (hidden folders are skipped)")
    return found


def _summary(what: str, total: int, progress, counts: dict[str, int], failures: list[str], *, force: bool = False) -> None:
    """The line that closes a batch; `force` (an interrupted run) prints it for one article too.
    The articles done are those `counts` counts (what was reported), not the progress bar's steps:
    an interruption between the two must not make them disagree."""
    if total < 2 and not force:
        return
    took = time.monotonic() - progress.start
    parts = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
    _say(f"{what} {sum(counts.values())} of {counted(total, 'article')} in {took:.1f} s ({progress.done / max(took, 1e-9):.1f}/s)"
               + (f": {parts}" if parts else "") + (f"; {len(failures)} failed: " + ", ".join(failures[:10])
               + (" …" if len(failures) > 10 else "") if failures else "")
               + ("; interrupted" if force else ""), err=True)


@app.command()
def ingest(
    sources: list[str] = typer.Argument(..., metavar="SOURCE", help="Articles: files (text or HTML), folders, globs, URLs, @LIST files of them, or - for standard input."),
    published: Optional[str] = PublishedOpt,
    allow_private: bool = AllowPrivateOpt, allow_address: list[str] = AllowAddressOpt, offline: bool = OfflineOpt,
    workers: int = WorkersOpt, dask: Optional[str] = DaskOpt, progress: Optional[bool] = ProgressOpt,
    store: Optional[str] = StoreOpt, endpoint: Optional[str] = EndpointOpt, update_endpoint: Optional[str] = UpdateOpt,
    user: Optional[str] = UserOpt, password: Optional[str] = PasswordOpt,
) -> None:
    """Store articles' claims: each article's graph is written whole or not at all.

    The same text again changes nothing; a changed text from the same file or URL is kept as a
    new version linked to the old one (prov:wasRevisionOf). An article that cannot be read is
    reported and skipped; the exit code is then 2."""
    from functools import partial

    from .batch import Progress, run as run_all
    from .errors import BadInput, StoreUnavailable
    from .ingest import Batch
    from .pipeline import extract
    from .store import QueryFailed

    when, web = _published(published), _web(allow_private, offline, allow_address)
    found = _sources(sources)
    backend = _open(store, endpoint, update_endpoint, user, password, write=True)
    bar = Progress(len(found), "ingest", sys.stderr.isatty() if progress is None else progress)
    counts = {"added": 0, "unchanged": 0, "revision": 0}
    failures: list[str] = []

    def report(results) -> None:
        for r in results:
            counts[r.status] += 1
            extra = f" (revision of {r.revision_of})" if r.revision_of else ""
            _say(f"{r.status}: {r.source}: {counted(r.claims, 'statement')} → {r.graph}{extra}")
            if r.note:
                bar.note(f"note: {r.source}: {r.note}")

    interrupted, broken = False, False
    try:
        batch = Batch(backend)
        try:
            for outcome in run_all(found, partial(extract, published=when, web=web), workers=workers, dask=dask,
                                   started=bar.started):
                if outcome.error:
                    bar.note(f"error: {outcome.error}")
                    failures.append(outcome.source)
                    broken |= outcome.internal
                else:
                    for note in outcome.value.article.notes:
                        bar.note(f"note: {note}")
                    if undated := sum(c.date_note == "year unknown" for c in outcome.value.citations):
                        bar.note(f"note: {outcome.source}: the year of {counted(undated, 'cited report')} cannot be known from "
                                 "the text; stored without a date (give --published)")
                    report(batch.add(outcome.value))
                bar.step(outcome.error is None, outcome.source)
        except KeyboardInterrupt:
            interrupted = True
            bar.note("interrupted: storing the articles read so far")
        except BaseException:        # the batch cannot go on: what was read before it still goes in
            with contextlib.suppress(Exception):
                report(batch.finish())
            raise
        report(batch.finish())
        if batch.interrupted and not interrupted:
            interrupted = True
            bar.note("interrupted while the last articles were written: every article read is stored")
        if not interrupted:
            try:
                batch.compact()
            except KeyboardInterrupt:
                interrupted = True
                bar.note("interrupted while compacting the store: every article read is stored")
    except BadInput as exc:          # the batch as a whole cannot run (a Dask scheduler out of reach)
        _fail(str(exc))
    except (StoreUnavailable, QueryFailed) as exc:
        _fail(str(exc), EXIT_STORE)
    finally:
        bar.close()
        backend.close()
    _summary("ingested", len(found), bar, {"added": counts["added"], "unchanged": counts["unchanged"],
                                            "revisions": counts["revision"]}, failures, force=interrupted)
    if interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if failures:
        raise typer.Exit(EXIT_INTERNAL if broken else EXIT_BAD_INPUT)


@app.command()
def remove(
    articles: list[str] = typer.Argument(..., metavar="ARTICLE", help="Article key (6+ hex digits of its hash), article or graph IRI, its file or URL (all versions), a folder (every article ingested from under it), a glob, or @LIST."),
    store: Optional[str] = StoreOpt, endpoint: Optional[str] = EndpointOpt, update_endpoint: Optional[str] = UpdateOpt,
    user: Optional[str] = UserOpt, password: Optional[str] = PasswordOpt,
) -> None:
    """Drop articles' graphs from the store (shared entities stay); claims of other articles
    linked to their claims are linked again to what else the store holds. One named that the
    store does not hold is reported, the others removed all the same (exit 2)."""
    import glob

    from .sources import expand
    from .errors import BadInput, StoreUnavailable
    from .fetch import is_url
    from .ingest import find_articles, remove_article
    from .store import QueryFailed

    if any(not a.strip() for a in articles):      # "$ARTICLE" unset: never the current folder
        _fail("a blank name names no article (give its key, IRI, file, URL or folder)")
    named, unread = [], []
    for a in articles:
        try:
            listed = expand([a.strip()], literal=True)     # @LIST read; folders and globs as named
        except BadInput as exc:                            # a list that cannot be read: the others all the same
            unread.append(str(exc))
            continue
        if not listed:
            unread.append(f"{a.strip()[1:]}: the list names no article")
        named += listed
    backend = _open(store, endpoint, update_endpoint, user, password, write=True, existing=True)
    missing, found = [], {}
    try:
        for name in named:
            try:
                pairs = find_articles(backend, name)
                # a glob (* or ?) only where no file has the name: removing `a[1].txt` again never takes a1.txt
                if not pairs and not is_url(name) and any(ch in name for ch in "*?") and not Path(name).exists():
                    pairs = [p for m in sorted(glob.glob(name, recursive=True)) if Path(m).is_file() for p in find_articles(backend, m)]
            except BadInput as exc:             # a key naming two articles, the root folder, an IRI with a space
                unread.append(str(exc))
                continue
            if not pairs:
                missing.append(name)
            found.update(dict.fromkeys(pairs))      # named twice (a folder and a file in it): once
        for a, g in found:
            relinked: dict[str, int] = {}
            if remove_article(backend, a, g, relinked):
                n = relinked.get(g, 0)
                _say(f"removed {g}" + (f" ({n} claim{'s' * (n != 1)} of other articles linked to its claims, linked again)" if n else ""))
    except (StoreUnavailable, QueryFailed) as exc:
        _fail(str(exc), EXIT_STORE)
    finally:
        backend.close()
    for message in unread:
        _error(message)
    for name in missing:
        _error(f"no article {name!r} in the store")
    if missing or unread:
        raise typer.Exit(EXIT_BAD_INPUT)


@app.command()
def stats(
    store: Optional[str] = StoreOpt, endpoint: Optional[str] = EndpointOpt,
    user: Optional[str] = UserOpt, password: Optional[str] = PasswordOpt,
) -> None:
    """Count articles, claims, uncited claims, speakers and outlets in the store."""
    from .errors import StoreUnavailable
    from .ingest import stats as count
    from .store import QueryFailed

    backend = _open(store, endpoint, None, user, password, write=False)
    try:
        figures = count(backend)
    except (StoreUnavailable, QueryFailed) as exc:
        _fail(str(exc), EXIT_STORE)
    finally:
        backend.close()
    width = max(len(k) for k in figures)
    for k, v in figures.items():
        _say(f"{k:<{width}}  {v}")


class QueryOutput(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


ExportFormat = Enum("ExportFormat", {name: name for name in EXPORT_FORMATS}, type=str)


@app.command()
def export(
    article: list[str] = typer.Option([], "--article", "-a", help="An article: key (6+ hex digits of its hash), IRI, file or URL. Repeatable."),
    all_: bool = typer.Option(False, "--all", help="Everything in the store."),
    query_file: Optional[Path] = typer.Option(None, "--query", "-q", help="A .rq file: a CONSTRUCT for the RDF formats, a SELECT with ?claim for the others."),
    format: ExportFormat = typer.Option(..., "--format", "-f", metavar="FORMAT", help="turtle, trig, nquads, ntriples, jsonld; claimreview, nanopub, webanno, csv."),
    timeout: float = typer.Option(60.0, "--timeout", min=0.1, help="With --query: stop the query running longer than this (seconds)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", callback=_dash,
                                          help="Write here (whole or not at all) instead of standard output (-: standard output)."),
    bom: bool = typer.Option(False, "--bom", help="csv: start with a byte-order mark, for spreadsheets."),
    store: Optional[str] = StoreOpt, endpoint: Optional[str] = EndpointOpt,
    user: Optional[str] = UserOpt, password: Optional[str] = PasswordOpt,
) -> None:
    """Export claims from the store as linked data or in the formats fact-checkers' tools read."""
    from .errors import BadInput, StoreUnavailable
    from .export import Selection, export as run
    from .formats import JSON
    from .guard import DataWriter, for_data, for_json
    from .store import QueryFailed

    if sum((bool(article), all_, query_file is not None)) != 1:
        _fail("say what to export: --article ID (repeatable), --all, or --query FILE")
    try:
        query = query_file.read_text("utf-8") if query_file else None
    except OSError as exc:
        _fail(f"{query_file}: cannot read ({exc.strerror or exc})")
    backend = _open(store, endpoint, None, user, password, write=False)

    def produce(out) -> None:
        # csv has its own guard, per cell
        guarded = out if format.value == "csv" else DataWriter(out, for_json if format.value in JSON else for_data)
        run(backend, Selection(tuple(article), all_, query, timeout), format.value, guarded, bom=bom)
        guarded.flush()

    try:
        _write_out(output, produce)
    except BadInput as exc:
        _fail(str(exc))
    except (StoreUnavailable, QueryFailed) as exc:
        _fail(str(exc), EXIT_STORE if isinstance(exc, StoreUnavailable) else EXIT_BAD_INPUT)
    finally:
        backend.close()


@app.command()
def review(
    claim: str = typer.Argument(..., metavar="CLAIM", help="The claim: its IRI, id:claim/… as tables show it, or KEY/START-END."),
    rating: str = typer.Option(..., "--rating", help="The verdict in words (reviewRating/alternateName), e.g. False, Misleading, 根拠不明."),
    url: str = typer.Option(..., "--url", help="The page that publishes the review."),
    reviewer: str = typer.Option(..., "--reviewer", help="Who reviews: the fact-checking organisation (or person)."),
    reviewer_url: Optional[str] = typer.Option(None, "--reviewer-url", help="The reviewer's home page."),
    person: bool = typer.Option(False, "--person", help="The reviewer is a person, not an organisation."),
    value: Optional[float] = typer.Option(None, "--value", help="The rating as a number (ratingValue)..."),
    best: Optional[float] = typer.Option(None, "--best", help="...on a scale up to this (bestRating)..."),
    worst: Optional[float] = typer.Option(None, "--worst", help="...down to this (worstRating)."),
    published: Optional[str] = typer.Option(None, "--date", help="When the review was published (YYYY-MM-DD; default today)."),
    store: Optional[str] = StoreOpt, endpoint: Optional[str] = EndpointOpt, update_endpoint: Optional[str] = UpdateOpt,
    user: Optional[str] = UserOpt, password: Optional[str] = PasswordOpt,
) -> None:
    """Record a fact-checker's ClaimReview of a claim in the store."""
    from .review import Verdict, record_review

    verdict = Verdict(rating, url, reviewer, reviewer_url, "Person" if person else "Organization", value, best, worst,
                      _published(published))
    backend = _open(store, endpoint, update_endpoint, user, password, write=True)
    try:
        with _exits():
            iri = record_review(backend, claim, verdict)
    finally:
        backend.close()
    _say(f"reviewed: {iri}")


def _reading(store, endpoint, user, password, read):
    """`read(backend)` on the store opened for reading, its failures one line each (see `_exits`)."""
    backend = _open(store, endpoint, None, user, password, write=False)
    try:
        with _exits():
            return read(backend)
    finally:
        backend.close()


@app.command()
def show(
    claim: str = typer.Argument(..., metavar="CLAIM", help="The claim: its ID as a table shows it (id:claim/…), KEY/START-END, or its IRI."),
    json_: bool = typer.Option(False, "--json", help="Print JSON instead of lines for a person."),
    store: Optional[str] = StoreOpt, endpoint: Optional[str] = EndpointOpt,
    user: Optional[str] = UserOpt, password: Optional[str] = PasswordOpt,
) -> None:
    """One claim with everything known about it: text, speaker, cue, citation, chain of sources,
    where it stands in its article, reviews, other renderings of it."""
    from .trace import show as show_claim, show_text

    info = _reading(store, endpoint, user, password, lambda backend: show_claim(backend, claim))
    if json_:
        import json

        from .guard import for_json

        sys.stdout.write(for_json(json.dumps(info, ensure_ascii=False, indent=1)) + "\n")
    else:
        sys.stdout.write(show_text(info))


@app.command()
def trace(
    claim: str = typer.Argument(..., metavar="CLAIM", help="The claim: its ID as a table shows it (id:claim/…), KEY/START-END, or its IRI."),
    format: QueryOutput = typer.Option(QueryOutput.table, "--format", "-f", help="Output format: the table for a person, or its rows."),
    limit: int = typer.Option(1000, "--limit", min=1, help="Stop after this many carriers."),
    store: Optional[str] = StoreOpt, endpoint: Optional[str] = EndpointOpt,
    user: Optional[str] = UserOpt, password: Optional[str] = PasswordOpt,
) -> None:
    """Where a statement came from and who carried it: the earliest report, each article that
    carries it with its date, and what each changed in the words of the earliest (the named query
    `lineage`, its changes named against the earliest rendering in each language)."""
    from .query import OUTPUTS
    from .trace import carriers_table, lineage, trace_text

    res = _reading(store, endpoint, user, password, lambda backend: lineage(backend, claim, limit=limit))
    sys.stdout.write(trace_text(res) if format is QueryOutput.table else OUTPUTS[format.value](carriers_table(res)))
    if res.truncated and format is not QueryOutput.table:     # the table says so itself
        _say(f"note: stopped at the row limit, {counted(limit, 'carrier')}; see --limit", err=True)


TABLE_ROWS = 100          # a page to read in a terminal
FILE_ROWS = 5_000         # for a script or a spreadsheet (Virtuoso sorts at most 10,000 rows under a LIMIT)


@app.command()
def query(
    sparql: Optional[str] = typer.Argument(None, metavar="SPARQL|FILE.rq", help="A SPARQL query, or a .rq file."),
    name: Optional[str] = typer.Option(None, "--name", "-n", help="Run a named query (see --list)."),
    param: list[str] = typer.Option([], "--param", "-p", help="A parameter of the named query: NAME=VALUE."),
    list_: bool = typer.Option(False, "--list", help="List the named queries and their parameters."),
    format: QueryOutput = typer.Option(QueryOutput.table, "--format", "-f", help="Output format."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help=f"Stop after this many rows (default {TABLE_ROWS} for a table, {FILE_ROWS:,} for csv, tsv and json)."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, help="Stop a query running longer than this (seconds)."),
    store: Optional[str] = StoreOpt, endpoint: Optional[str] = EndpointOpt,
    user: Optional[str] = UserOpt, password: Optional[str] = PasswordOpt,
) -> None:
    """Ask the store in SPARQL (read-only), or by a named query with parameters."""
    from .errors import BadInput, StoreUnavailable
    from .query import OUTPUTS, QueryRefused, check, library, near_names, render_named, run, with_claims
    from .store import QueryFailed

    if list_:
        for q in library().values():
            _say(f"{q.name}: {q.description}")
            for p in q.params:
                default = f" (default {p.default})" if p.default else ""
                _say(f"    --param {p.name}=…  {p.type}{default}  {p.help}")
        return
    if not name and sparql in library() and not Path(sparql).exists():
        name, sparql = sparql, None          # `tracker query who-said -p …`: the named query
    try:
        if not name and sparql and re.fullmatch(r"[A-Za-z][\w-]{0,60}", sparql) and not Path(sparql).exists():
            raise QueryRefused(f"no named query {sparql!r} (see --list)")       # a word (who-sad, -p or not): a name mistyped, no SPARQL
        if param and not name:
            raise QueryRefused("--param is for a named query: give --name (see --list)")
        if name:
            values = {}
            for item in param:
                key, sep, value = item.partition("=")
                if not sep:
                    raise QueryRefused(f"--param {item!r}: write NAME=VALUE")
                values[key.strip()] = value
            claims = {p.name for p in library()[name].params if p.type == "claim"} if name in library() else set()
            # every parameter checked before touching the store; a claim's ID is looked up in it after
            render_named(name, {k: "urn:claim-tracker:looked-up-later" if k in claims else v for k, v in values.items()})
            text = None
        elif sparql:
            text = _query_text(sparql)
        else:
            raise QueryRefused("give a query, a .rq file, or --name (see --list)")
        text = check(text) if text is not None else None      # refuse before touching the store
    except QueryRefused as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{sparql}: cannot read ({exc.strerror or exc})")
    backend = _open(store, endpoint, None, user, password, write=False)
    try:
        if limit is None:
            limit = TABLE_ROWS if format is QueryOutput.table else FILE_ROWS
        if name:           # a claim as any command prints it, its article's key short or not
            text = check(render_named(name, with_claims(backend, name, values)))
        res = run(backend, text, timeout=timeout, limit=limit)
        near = near_names(backend, name, values, timeout=timeout) if name and not res.rows else []
    except (QueryRefused, BadInput) as exc:
        _fail(str(exc))
    except StoreUnavailable as exc:
        _fail(str(exc), EXIT_STORE)
    except QueryFailed as exc:
        _fail(str(exc))
    finally:
        backend.close()
    sys.stdout.write(OUTPUTS[format.value](res))        # each output has its guard (query.py)
    if near:        # names are matched as the store writes them: say which it holds
        _say(f"note: no rows; names match as the store writes them, which holds: {', '.join(near)}", err=True)     # (_say guards)
    if res.truncated and format is not QueryOutput.table:     # the table says so itself
        _say(f"note: stopped at the row limit, {counted(limit, 'row')}; see --limit", err=True)


def _query_text(arg: str) -> str:
    """The query `arg` is, or the text of the .rq file it names."""
    from .errors import brief
    from .query import QueryRefused

    if not any(c.isspace() for c in arg) and os.path.isdir(arg):       # no query is one word
        raise QueryRefused(f"{brief(arg)}: a folder, not a query or a .rq file")
    if not arg.rstrip().lower().endswith(".rq") or "\n" in arg:
        return arg

    path = Path(arg)
    if not path.is_file():
        raise QueryRefused(f"{brief(arg)}: " + ("no such file" if not path.exists() else "not a file"))
    return path.read_text("utf-8")


def _version(value: bool) -> None:
    if value:
        from . import __version__

        _say(f"claim-tracker {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _tracker(version: bool = typer.Option(False, "--version", "-V", is_eager=True, callback=_version,
                                          help="Print the version and exit.")) -> None:
    """Who said what, according to whom, and when: claims of news and commentary as linked data."""


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback unless you say otherwise)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, max=50.0, help="Stop a SPARQL query running longer than this (seconds; a writer waits for the queries running)."),
    limit: int = typer.Option(FILE_ROWS, "--limit", min=1, help="Stop a SPARQL query after this many rows."),
    workers: int = typer.Option(2, "--workers", min=1, max=64, help="Processes answering SPARQL queries on the embedded store (the pages have two of their own)."),
    cors: list[str] = typer.Option(["https://yasgui.triply.cc"], "--cors", help="An origin whose pages may query /sparql (YASGUI's); repeatable; '*' for any, '' for none."),
    allow_host: list[str] = typer.Option([], "--allow-host", help="A host name the server answers to besides its address (with --host beyond loopback); repeatable."),
    store: Optional[str] = StoreOpt, endpoint: Optional[str] = EndpointOpt,
    user: Optional[str] = UserOpt, password: Optional[str] = PasswordOpt,
) -> None:
    """Serve the store: pages that show each article with its claims marked in place, each claim with its chain of sources, speakers and outlets; claim IRIs that dereference; and a read-only SPARQL 1.1 endpoint at /sparql.

    Reads go on while `tracker ingest` writes, from the last committed state. Ctrl-C stops."""
    import ipaddress
    import socket

    from .backend import default_store_path
    from .errors import StoreUnavailable

    for origin in cors:
        if origin not in ("", "*") and not re.fullmatch(r"https?://[A-Za-z0-9.-]+(?::\d{1,5})?", origin):
            _fail(f"--cors {origin!r}: give an origin like https://yasgui.example.org, '*' or ''")
    for name in allow_host:
        if not re.fullmatch(r"[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]+\]", name):
            _fail(f"--allow-host {name!r}: give a host name or address")
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except (OSError, OverflowError) as exc:
        _fail(f"cannot listen on {host}:{port}: {getattr(exc, 'strerror', None) or exc}")
    if endpoint or os.environ.get("TRACKER_ENDPOINT"):
        backend = queries = _open(store, endpoint, None, user, password, write=False)
    else:
        from .workers import WorkerPool

        try:
            backend = WorkerPool(str(store or default_store_path()), size=2, timeout=60.0)
            queries = WorkerPool(str(store or default_store_path()), size=workers, timeout=timeout)
        except StoreUnavailable as exc:
            sock.close()
            _fail(str(exc), EXIT_STORE)
    import uvicorn

    from .web.app import Settings, make_app

    # the names it answers to (a page elsewhere that points a name of its own at this address is
    # turned away: DNS rebinding); beyond loopback, the machine's names and those given too
    hosts = {"127.0.0.1", "localhost", "[::1]", "::1", host, f"[{host}]", *allow_host}
    if not loopback:
        hosts |= {socket.gethostname(), socket.getfqdn()}
    origins = tuple(o for o in cors if o)
    app = make_app(backend, Settings(timeout=timeout, limit=limit, hosts=tuple(sorted(hosts)), cors=origins),
                   queries_store=queries)
    bound = sock.getsockname()
    shown = f"[{bound[0]}]" if family == socket.AF_INET6 else bound[0]
    _say(f"serving {backend.location} at http://{shown}:{bound[1]}/ (SPARQL at /sparql; Ctrl-C stops)", err=True)
    if not loopback:
        _say(f"note: listening on {host}, beyond this machine: anyone who reaches it can read the store", err=True)
    try:
        uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")).run(sockets=[sock])
    finally:
        backend.close()
        if queries is not backend:
            queries.close()



# what an option's value is, where its name does not say
_METAVARS = {"published": "DATE", "date": "DATE", "store": "DIR", "endpoint": "URL", "update_endpoint": "URL",
             "url": "URL", "reviewer_url": "URL", "user": "NAME", "reviewer": "NAME", "password": "TEXT",
             "rating": "TEXT", "workers": "N", "limit": "N", "value": "N", "best": "N", "worst": "N",
             "timeout": "SECONDS", "output": "FILE", "query_file": "FILE.rq", "param": "NAME=VALUE",
             "article": "KEY|FILE|URL", "host": "ADDRESS", "port": "PORT", "cors": "ORIGIN", "allow_host": "NAME"}


def _command():
    """The click command behind `app`, its help without typer's type labels (`<bool>` beside a
    flag, `<str>`, `<list[str]>`): a flag shows none, an option its metavar (the option's name in
    capitals unless it names one), a choice its choices."""
    import inspect

    cmd = typer.main.get_command(app)
    for sub in (cmd, *getattr(cmd, "commands", {}).values()):
        if sub.help:            # each paragraph of a docstring flows in the terminal's width
            sub.help = "\n\n".join(" ".join(p.split()) for p in inspect.cleandoc(sub.help).split("\n\n"))
        sub.get_help_option = _untyped_help(sub.get_help_option)
        for param in sub.params:
            if getattr(param, "is_flag", False) or param.param_type_name == "argument":
                _untyped(param)
            elif param.metavar is None and not _is_choice(param):
                param.metavar = _METAVARS.get(param.name, param.name.upper())
    return cmd


def _untyped(param):
    param.display_type_rich = lambda ctx: None
    return param


def _untyped_help(made):
    """The help option as `made` makes it (click makes it afresh for each context), untyped."""
    def help_option(ctx):
        option = made(ctx)
        return _untyped(option) if option is not None else None
    return help_option


def _is_choice(param) -> bool:
    described = getattr(param, "type_descriptor", None)        # typer ≥ 0.2x; click's own types before
    return described.is_choice if described is not None else bool(getattr(param.type, "choices", None))


def main() -> None:
    """Run the CLI; usage errors become one `error:` line and exit code 2."""
    import logging

    # rdflib logs a traceback for an ill-typed literal ("abc"^^xsd:integer) in data it reads; the
    # shapes report such a literal, in one line
    logging.getLogger("rdflib").setLevel(logging.ERROR)
    try:
        code = _command()(standalone_mode=False)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        _say("interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except UnicodeError as exc:         # a file or an argument that is not text (a lone surrogate, bad bytes)
        _error(f"not valid text: {exc}")
        sys.exit(EXIT_BAD_INPUT)
    except Exception as exc:
        from .errors import BadInput, Damaged

        if isinstance(exc, BadInput):       # bad input a command did not catch itself: still one line, exit 2
            _error(str(exc))
            sys.exit(EXIT_BAD_INPUT)
        if isinstance(exc, Damaged):        # an installation with a file missing or changed: not a bug to report
            _error(str(exc))
            sys.exit(EXIT_INTERNAL)
        from .errors import damaged, is_damage

        if is_damage(exc):                  # a store's files damaged, met in the middle of a command
            _error(str(damaged(None, exc)))
            sys.exit(EXIT_STORE)
        # click's UsageError and BadParameter (vendored by recent typer): exit code 2
        if getattr(exc, "exit_code", None) == EXIT_BAD_INPUT and hasattr(exc, "format_message"):
            if exc.format_message():       # empty when the help was shown for a bare `tracker`
                # (typer words an enum's refusal "Value error, 'yaml' is not one of …": the refusal alone)
                _say(f"error: {' '.join(exc.format_message().replace(': Value error, ', ': ').split())}", err=True)   # (one line: click lists choices a line each)
            sys.exit(EXIT_BAD_INPUT)
        if os.environ.get("TRACKER_DEBUG"):
            raise
        _say(f"error: internal error ({type(exc).__name__}: {exc}); please report it "
                   "(TRACKER_DEBUG=1 shows where)", err=True)
        sys.exit(EXIT_INTERNAL)
    sys.exit(code if isinstance(code, int) else EXIT_OK)


if __name__ == "__main__":
    main()
