"""Which articles the command line names: files and URLs as given, the article files under folders,
what globs match, the lines of @LIST files. What cannot be read on the way is a source of its own
(`Unreadable`) that the batch reports as failed, so one locked folder never hides or stops the rest.
"""
from __future__ import annotations

import csv
import errno
import glob
import json
import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path

from .errors import BadInput, brief
from .fetch import is_url

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".md")
# linked data, validated as it is (`rdfread.py`) and never read as an article: the parser of each
RDF_FORMATS = {".ttl": "TURTLE", ".trig": "TRIG", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".jsonld": "JSON_LD",
               ".rdf": "RDF_XML", ".owl": "RDF_XML"}


def is_rdf(source: str) -> bool:
    return Path(source).suffix.lower() in RDF_FORMATS


_TURTLE_HEAD = re.compile(r"(?:\s*#[^\n]*\n)*\s*(?:@prefix|@base|PREFIX|BASE)\s+[\w\-.]*:?\s*<[^>\s]*>", re.IGNORECASE)
_TRIPLE_LINE = re.compile(r"\s*(?:<[^>\s]+>|_:\S+)\s+<[^>\s]+>\s+\S")


def looks_like_linked_data(text: str) -> bool:
    """Whether a text is linked data or another export of ours, whatever its name (piped to ingest,
    renamed .txt): Turtle or TriG by its prefix lines, N-Triples or N-Quads by its first line, our
    CSV by its header's columns, JSON-LD by a document whose top holds @context or @graph, our JSON
    by its article and claims."""
    head = text[:2000]
    if _TURTLE_HEAD.match(head) or _TRIPLE_LINE.match(head):
        return True
    if {"claim", "speaker", "text"} <= set(next(csv.reader([head.lstrip("\ufeff").split("\n", 1)[0]]), [])):
        return True
    if head.lstrip()[:1] not in ("{", "["):
        return False
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        return False
    return any(isinstance(d, dict) and ("@context" in d or "@graph" in d or {"article", "claims"} <= d.keys())
               for d in (doc if isinstance(doc, list) else [doc]))


def expand(args: Iterable[str], _lists: frozenset[Path] = frozenset(), *, literal: bool = False) -> list[str]:
    """The articles `args` name: files and URLs as given; every article file (.txt, .html, …) under
    a folder; the files a glob matches (`**` included); and the lines of `@LIST` files (URLs or
    paths, one a line, `#` for comments). Each once, in order. A folder or file met on the way that
    cannot be read is an `Unreadable` source: `run` reports it as failed and reads the others.
    `literal`: folders and globs are kept as named, only lists read (`tracker remove` matches them
    against what the store holds)."""
    out: list[str] = []
    for arg in args:
        try:
            out += _expand_one(arg, _lists, literal)
        except OSError as exc:          # a name too long for the file system
            out.append(_cannot_read(exc.filename or arg, exc))
        except ValueError:              # a NUL byte in a name (from an @LIST line)
            out.append(Unreadable(arg, f"{brief(arg)}: cannot read (a NUL byte in the name)"))
    return list(dict.fromkeys(out))


class Unreadable(str):
    """A source met while expanding that cannot be read (a folder not to be listed or entered, a
    file not to be looked at): its outcome is this error, and the other sources are still read."""

    def __new__(cls, path: str, error: str):
        made = super().__new__(cls, path)
        made.error = error
        return made

    def __reduce__(self):
        return (Unreadable, (str(self), self.error))


def _cannot_read(path: str, exc: OSError) -> Unreadable:
    return Unreadable(path, f"{brief(path)}: cannot read ({exc.strerror or exc})")


def _expand_one(arg: str, lists: frozenset[Path], literal: bool) -> list[str]:
    if arg == "-" or is_url(arg) or (literal and not arg.startswith("@")):
        return [arg]
    if arg.startswith("@"):
        path = Path(arg[1:])
        try:
            resolved = path.resolve()
        except RuntimeError:            # a link to itself
            raise BadInput(f"{brief(arg[1:])}: cannot read the list (a symbolic link loop)") from None
        if resolved in lists:
            raise BadInput(f"{brief(arg[1:])}: the list includes itself")
        try:
            lines = path.read_text("utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise BadInput(f"{brief(arg[1:])}: cannot read the list ({getattr(exc, 'strerror', None) or exc})") from None
        return expand((line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")),
                      lists | {resolved}, literal=literal)
    if os.path.isdir(arg):
        return _articles_under(arg)
    if _magic(arg) and not os.path.lexists(arg):
        return _globbed(arg)
    return [arg]


def _magic(part: str) -> bool:
    return any(ch in part for ch in "*?[")


def _globbed(pattern: str) -> list[str]:
    """The files `pattern` matches, and as `Unreadable` every folder it would have looked into but
    could not (glob passes over those in silence, as if they held nothing)."""
    found: list[str] = []
    try:
        matched = sorted(_glob(pattern))
    except RecursionError:
        raise BadInput(f"{brief(pattern)}: folders nested too deeply to read") from None
    seen: set[str] = set()
    for path in matched:
        real = _real(path)
        if real in seen:
            continue            # the same file again, through a link (t/**/*.txt where t/self links to t)
        seen.add(real)
        try:
            if _regular(path):
                found.append(path)
        except OSError as exc:
            found.append(_cannot_read(path, exc))
    parts = Path(pattern).parts[:-1]
    static = next((i for i, part in enumerate(parts) if _magic(part)), len(parts))
    looked = [os.path.join(*parts[:static])] if static else []
    looked += [g for i in range(static, len(parts)) if _magic(parts[i])
               for g in _glob(os.path.join(*parts[:i + 1]))]
    if Path(pattern).name == "**":      # t/**: what it matches are folders too, each looked into
        looked += [g for g in matched if os.path.isdir(g)]
    for folder in dict.fromkeys(_real(f) for f in looked):
        try:
            with os.scandir(folder):
                pass
        except (NotADirectoryError, FileNotFoundError):
            pass
        except OSError as exc:
            if exc.errno != errno.ELOOP:        # a link to itself is no folder: named once, as a file, if it has an article's name
                found.append(_cannot_read(folder, exc))
    return found or [pattern]          # nothing matched: reported as a missing file


def _glob(pattern: str) -> list[str]:
    """What a pattern matches as glob.glob(recursive=True) would, ** into folders but not through
    links to folders (glob.glob follows them: a folder holding two links to itself made 2^40
    paths), hidden names left out unless the pattern names them."""
    parts = tuple(part if part == "**" else part.replace("**", "*") for part in Path(pattern).parts)    # (**.txt: as *.txt)
    if "**" not in parts:
        return glob.glob(pattern)
    static = next(i for i, part in enumerate(parts) if _magic(part))
    root = Path(*parts[:static]) if static else Path(".")
    rest = list(parts[static:])
    found = [*root.glob(str(Path(*rest))), *(root.glob(str(Path(*rest, "*"))) if rest[-1] == "**" else ())]
    hidden_ok = any(part.startswith(".") for part in rest)
    out = []
    for m in found:
        relative = m.relative_to(root).parts
        if not relative or (not hidden_ok and any(part.startswith(".") for part in relative)):
            continue
        out.append(str(m))
    return list(dict.fromkeys(out))


def _real(path: str) -> str:
    """Where a path leads, links followed; the path itself if that cannot be told."""
    try:
        return os.path.realpath(path)
    except (OSError, RuntimeError, ValueError):
        return path


def _articles_under(folder: str) -> list[str]:
    """Every article file under `folder`, hidden files and folders left out. A folder or file under
    it that cannot be read is an `Unreadable` source naming it, not a folder with nothing in it."""
    found: list[str] = []

    def fail(exc: OSError) -> None:
        found.append(_cannot_read(exc.filename or folder, exc))
    try:
        for top, dirs, files in os.walk(folder, onerror=fail):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for f in files:
                path = os.path.join(top, f)
                if f.startswith(".") or Path(f).suffix.lower() not in ARTICLE_SUFFIXES:
                    continue
                try:
                    if _regular(path):
                        found.append(path)
                except OSError as exc:
                    found.append(_cannot_read(path, exc))
    except RecursionError:
        raise BadInput(f"{brief(folder)}: folders nested too deeply to read") from None
    return sorted(found)


def _regular(path: str) -> bool:
    """Whether `path` is a regular file (a link to one too, wherever it leads: a folder of links to
    articles is a folder of articles); a folder is passed over. What has an article's name and
    cannot be read as one is an error naming it, never a file passed over in silence: one that
    cannot be looked at (in a folder that can be listed but not entered), a link to nothing or to
    itself, a pipe or a device."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise OSError(errno.ENOENT, "a symbolic link to nothing", path) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OSError(errno.ELOOP, "a symbolic link loop", path) from None
        raise
    if stat.S_ISDIR(mode):
        return False
    if not stat.S_ISREG(mode):
        raise OSError(errno.EINVAL, "not a regular file: a pipe, a socket or a device", path)
    return True
