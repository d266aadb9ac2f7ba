"""Keep articles in a store: ingest, revisions, removal, counts, and the entities an article uses.

An article's graph is named by its content hash, so ingesting the same text again finds it there
and changes nothing. A different text from the same source (URL or file) is a new version: both
are kept, the new one `prov:wasRevisionOf` the latest earlier one.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from datetime import datetime, timezone

from rdflib import Dataset, Graph, URIRef

from .backend import given, given_count, plain_string
from .errors import BadInput
from .graph import ENTITIES_GRAPH, article_iri, claims_to_graph, graph_iri, iri_of, source_iri
from .link import Linker
from .model import Extraction
from .store import Backend, dataset_parts, iri_ref, is_iri
from .unlink import bands_handed_on, relink
from .vocab import ID, PROV

PREFIXES = """PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX ct: <https://w3id.org/claim-tracker/ns#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


@dataclass(frozen=True)
class Ingested:
    source: str
    article: str
    graph: str
    status: str                 # added, unchanged, revision
    claims: int
    revision_of: str | None = None
    note: str | None = None     # what the user should know of it (a publication date not applied)


def _iri_literal(value: str) -> str:
    return "<" + value.replace(">", "%3E").replace(" ", "%20") + ">"


def previous_version(store: Backend, origin: str, exclude: str) -> str | None:
    rows = store.select(PREFIXES + f"""
        SELECT ?a ?t WHERE {{ ?a dcterms:source {_iri_literal(origin)} ; prov:generatedAtTime ?t .
                             FILTER (?a != {iri_ref(exclude)}) }} ORDER BY DESC(?t) LIMIT 1""").rows
    return given(rows[0], "a") if rows else None


def _published_apart(store: Backend, ex: Extraction, g: str, a: str) -> str | None:
    """A note where the store holds the same text read with another publication date than the one
    given now: the stored reading stands (the article's graph is its text's), and how to re-read it."""
    given_on = ex.article.published
    if given_on is None:
        return None
    rows = store.select(PREFIXES + f"SELECT ?d WHERE {{ GRAPH {iri_ref(g)} {{ {iri_ref(a)} schema:datePublished ?d }} }} LIMIT 1").rows
    stored = given(rows[0], "d", iri=False) if rows else None
    if stored == given_on.isoformat():
        return None
    return (f"stored as published {stored or 'on an unknown date'}, not {given_on.isoformat()}: its dates stay as stored; "
            f"remove it (tracker remove) and ingest it again to read it with the new date")


def prepare(store: Backend, ex: Extraction, *, generated_at: datetime | None = None,
            linker: Linker | None = None, earlier: str | None = None) -> tuple[Ingested, list[tuple[str, str]]]:
    """What ingesting `ex` would write: (the outcome, the parts to write; none if unchanged),
    linked to what the store holds (`link.py`) by `linker`, or by one of its own. `earlier`: an
    earlier version of the same source not yet in the store (queued), the one this revises."""
    sha = ex.article.sha256
    g, a = str(graph_iri(sha)), str(article_iri(sha))
    if store.graph_exists(g):
        return Ingested(ex.article.source, a, g, "unchanged", len(ex.claims), note=_published_apart(store, ex, g, a)), []
    ds = claims_to_graph(ex, generated_at=generated_at or datetime.now(timezone.utc))
    origin = source_iri(ex.article)
    prev = earlier or (previous_version(store, origin, a) if origin else None)
    if prev:
        ds.graph(URIRef(g)).add((URIRef(a), PROV.wasRevisionOf, URIRef(prev)))
    status = "revision" if prev else "added"
    links = (linker or Linker(store)).link(ds.graph(URIRef(g)), g, ds.graph(ENTITIES_GRAPH))
    # shared entities first, the article's own graph last: its arrival completes the article
    parts = sorted(dataset_parts(ds) + links, key=lambda part: part[0] == g)
    return Ingested(ex.article.source, a, g, status, len(ex.claims), prev), parts


def ingest(store: Backend, ex: Extraction, *, generated_at: datetime | None = None) -> Ingested:
    """Write one article's graph and the shared entities it uses, in one transaction."""
    linker = Linker(store)
    result, parts = prepare(store, ex, generated_at=generated_at, linker=linker)
    if parts:
        linker.seal()
        store.write(parts)
        linker.written()
    return result


@dataclass
class _Queued:
    """Articles waiting to be written together: what to write, and what to report once written."""
    parts: list[tuple[str, str]] = field(default_factory=list)
    results: list[Ingested] = field(default_factory=list)
    quads: int = 0
    graphs: dict[str, str] = field(default_factory=dict)        # graph IRI -> article IRI

    def then(self, later: _Queued) -> _Queued:
        """This queue followed by `later`, as one."""
        return _Queued(self.parts + later.parts, self.results + later.results, self.quads + later.quads,
                       {**self.graphs, **later.graphs})


class _Aside:
    """One write running in a thread of its own."""

    def __init__(self, write, parts: list[tuple[str, str]]):
        self._error: BaseException | None = None
        self._ended = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(write, parts), name="tracker-write")
        self._thread.start()

    def _run(self, write, parts) -> None:
        try:
            write(parts)
        except BaseException as exc:           # given to the thread that waits
            self._error = exc
        finally:
            self._ended.set()

    def wait(self) -> bool:
        """Wait until the write ends, even through Ctrl-C (its outcome must be known: a join
        that Ctrl-C interrupts takes the thread for ended); raises its error, else says whether
        Ctrl-C came meanwhile."""
        interrupted = False
        while not self._ended.is_set():
            try:
                self._ended.wait()
            except KeyboardInterrupt:
                interrupted = True
        if self._error is not None:
            raise self._error
        return interrupted


class Batch:
    """Ingest many articles with fewer, larger transactions: articles are queued until about
    `max_quads` quads wait, then written together. An article is never split across
    transactions, so a crash still leaves each one whole or absent.

    Where the store answers reads while it writes (`writes_aside`: the embedded store, whose
    bulk load runs outside Python's lock), a batch is written in a thread while the next is
    read and linked; one write at a time. A write that fails is tried again with the next batch
    (`finish`), so that no batch is written linked to one that is not. Call `finish` before
    closing the store."""

    def __init__(self, store: Backend, *, max_quads: int = 100_000):
        self.store = store
        self.max_quads = max_quads
        self.written = 0                        # quads written so far
        self.linker = Linker(store)             # remembers what was queued until written
        self._queued = _Queued()
        self._writing: tuple[_Queued, _Aside] | None = None
        self._done: list[Ingested] = []         # written, not yet returned
        self._latest: dict[str, str] = {}       # source -> the latest version this run stored or queued
        self.interrupted = False                # Ctrl-C came while `finish` waited for a write

    def add(self, ex: Extraction, *, generated_at: datetime | None = None) -> list[Ingested]:
        """Queue an article; returns what was written if the queue was flushed."""
        g = str(graph_iri(ex.article.sha256))
        waiting = [self._queued] + ([self._writing[0]] if self._writing else [])
        if (article := next((q.graphs[g] for q in waiting if g in q.graphs), None)) is not None:
            self._queued.results.append(Ingested(ex.article.source, article, g, "unchanged", len(ex.claims)))
            return []
        origin = source_iri(ex.article)
        # an earlier version in this run: waiting to be written, or written within the same second
        # as this one (the store's own order, by prov:generatedAtTime, cannot tell those apart)
        earlier = self._latest.get(origin) if origin else None
        result, parts = prepare(self.store, ex, generated_at=generated_at, linker=self.linker, earlier=earlier)
        return self.queue(result, parts, origin)

    def queue(self, result: Ingested, parts: list[tuple[str, str]], origin: str | None) -> list[Ingested]:
        """Queue what `prepare` decided for one article; flush when enough waits."""
        q = self._queued
        q.results.append(result)
        if parts:
            q.graphs[result.graph] = result.article
            if origin:
                self._latest[origin] = result.article
            q.parts.extend(parts)
            q.quads += sum(nt.count("\n") for _, nt in parts)
            if q.quads >= self.max_quads:
                return self.flush()
        elif len(q.results) >= 1000:
            return self.flush()
        return []

    def flush(self) -> list[Ingested]:
        """Write what is queued (shared entities first, then each article's graph), or begin to
        (aside); returns what was written by then. Ctrl-C while it waited for the write before
        is raised once the next has begun; `finish` reports both."""
        if self._hand_over():
            raise KeyboardInterrupt
        return self._taken()

    def finish(self) -> list[Ingested]:
        """Write what is queued and wait for it: what was written is then all reported (see
        `compact`). Ctrl-C while it waits is noted (`interrupted`), not raised: the write goes on."""
        self.interrupted |= self._hand_over()
        self.interrupted |= self._settle()
        return self._taken()

    def _hand_over(self) -> bool:
        interrupted = self._settle()
        q = self._queued
        if not q.parts:
            self._done += q.results
            self._queued = _Queued()
        else:
            ordered = sorted(q.parts, key=lambda part: part[0] in q.graphs)
            self.linker.seal()
            if self.store.writes_aside:
                self._writing, self._queued = (q, _Aside(self.store.write, ordered)), _Queued()
            else:
                self.store.write(ordered)           # fails: all stays queued, to be tried again
                self._queued = _Queued()
                self._wrote(q)
        return interrupted

    def _taken(self) -> list[Ingested]:
        done, self._done = self._done, []
        return done

    def _settle(self) -> bool:
        """Wait for the write aside, if one runs; whether Ctrl-C came meanwhile."""
        if self._writing is None:
            return False
        q, aside = self._writing
        self._writing = None
        try:
            interrupted = aside.wait()
        except BaseException:
            self._queued = q.then(self._queued)     # tried again with what follows, in one write
            raise
        self._wrote(q)
        return interrupted

    def _wrote(self, q: _Queued) -> None:
        self.written += q.quads
        self.linker.written()
        self._done += q.results

    def compact(self) -> None:
        """Compact the store if this run wrote at least a full batch: after many writes a
        compacted store answers queries several times faster, while compacting after one small
        article would rewrite a large store for little. Apart from `finish`, so that an
        interruption while compacting cannot lose the report of what was written."""
        if self.written >= self.max_quads:
            self.store.compact()


def find_articles(store: Backend, ident: str) -> list[tuple[str, str]]:
    """(article IRI, graph IRI) of the articles `ident` names: a folder (every article ingested
    from a file under it), an article or graph IRI, its key (a prefix of the text's SHA-256, 6 hex
    digits or more), or its source (a URL or a file path). A blank name names none."""
    ident = ident.strip()
    url = re.match(r"^[a-z][a-z0-9+.-]*://", ident)
    if not ident:
        return []
    key = not url and re.fullmatch(r"[0-9a-f]{6,64}", ident) and not _exists(ident)     # a file named 20240708 is the file
    if not url and (is_folder(ident) or ident.endswith("/")):
        # every article ingested from under the folder, its files deleted since included; before a
        # key (a folder named 20240701 is the folder); one gone from the disk named with a closing /
        folder = Path(ident).resolve()
        if folder == Path(folder.anchor) or (".." in Path(ident).parts and not is_folder(ident)):
            raise BadInput(f"{ident!r} names {'every article' if folder == Path(folder.anchor) else 'a folder that is not there'}: "
                           "name the folder the articles were ingested from")     # "$DIR/" with DIR unset
        cond = f"?a dcterms:source ?src . FILTER (STRSTARTS(STR(?src), {plain_string(folder.as_uri().rstrip('/') + '/')}))"
    elif key:
        cond = f'FILTER (STRSTARTS(?sha, "{ident[:64]}"))'
    elif ident.startswith(str(ID)):
        cond = f"FILTER (?a = {iri_ref(ident)} || ?g = {iri_ref(ident)})"
    else:           # as ingest wrote it (`graph.source_iri`)
        origin = iri_of(ident) if url else Path(ident).resolve().as_uri()
        cond = f"?a dcterms:source {_iri_literal(origin)} ."
    def query(c: str) -> str:       # (concatenated: a folder's name may hold braces)
        return PREFIXES + "SELECT DISTINCT ?a ?g WHERE { GRAPH ?g { ?g schema:about ?a . ?a ct:sha256 ?sha . " + c + " } }"
    rows = store.select(query(cond)).rows
    if not rows and not key and not url and (sha := _text_sha(ident)):
        rows = store.select(query(f'VALUES ?sha {{ "{sha}" }}')).rows    # a saved page, ingested as its canonical URL's: by its text
    found = [(given(r, "a"), given(r, "g")) for r in rows]
    if key and len({a for a, _ in found}) > 1:       # as git refuses a short hash that names two commits
        raise BadInput(f"the key {ident} names {len({a for a, _ in found})} articles: give more of its digits")
    return found


def _text_sha(name: str) -> str | None:
    """The SHA-256 of the article text a file holds, as ingest reads it; None if it cannot be read."""
    from .errors import BadInput
    from .read import read_article

    if not Path(name).is_file():
        return None
    try:
        return read_article(name).sha256
    except (BadInput, OSError, UnicodeError):
        return None


def _exists(name: str) -> bool:
    try:
        return Path(name).exists()
    except (OSError, ValueError):
        return False


def is_folder(name: str) -> bool:
    """Whether `name` is a folder (a name the system refuses, too long or with a NUL, is not)."""
    try:
        return Path(name).is_dir()
    except (OSError, ValueError):
        return False


def remove(store: Backend, ident: str, relinked: dict[str, int] | None = None) -> list[str]:
    """Drop the named graphs of the articles `ident` names (`remove_article`): those dropped."""
    return [g for a, g in find_articles(store, ident) if remove_article(store, a, g, relinked)]


def remove_article(store: Backend, a: str, g: str, relinked: dict[str, int] | None = None) -> bool:
    """Drop article `a`'s named graph `g`, and the reviews of its claims; the shared entities
    stay. Claims of other articles that were linked to its claims are linked again (`unlink.py`):
    how many in `relinked[g]` where given. False if the store had no such graph."""
    reviews = [given(r, "rg") for r in store.select(PREFIXES + f"""SELECT DISTINCT ?rg WHERE {{
        GRAPH {iri_ref(g)} {{ ?c a schema:Claim }} GRAPH ?rg {{ ?rev schema:itemReviewed ?c }} }}""").rows]
    for rg in reviews:
        store.drop_graph(rg)
    _bridge_versions(store, a, g)
    handed = bands_handed_on(store, g)      # the bands of words others say too: theirs now
    if handed:
        store.write(handed)
    count = relink(store, g)                 # others' claims linked to its claims: to what else the store holds
    if relinked is not None:
        relinked[g] = count
    return store.drop_graph(g)               # last: a crash before it leaves the article, to remove again


def _bridge_versions(store: Backend, article: str, graph: str) -> None:
    """A version removed from the middle of a chain (v1 ← v2 ← v3, v2 removed): the newer one is
    linked to the older, so that v1 still counts as revised."""
    rows = store.select(PREFIXES + f"""SELECT DISTINCT ?newer ?ng ?older WHERE {{
        GRAPH ?ng {{ ?newer prov:wasRevisionOf {iri_ref(article)} }}
        GRAPH {iri_ref(graph)} {{ {iri_ref(article)} prov:wasRevisionOf ?older }} }}""").rows
    parts = [(given(r, "ng"), f"{iri_ref(given(r, 'newer'))} <{PROV.wasRevisionOf}> {iri_ref(given(r, 'older'))} .\n")
             for r in rows if given(r, "ng") != graph]
    if parts:
        store.write(parts)


# Figures of what the store holds now: an article revised since counts by its newest version only.
_CURRENT = "GRAPH ?g { ?g schema:about ?a } FILTER NOT EXISTS { ?newer prov:wasRevisionOf ?a }"
STATS = {
    "articles": f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ {_CURRENT} }}",
    "claims": f"SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ {_CURRENT} GRAPH ?g {{ ?c a schema:Claim }} }}",
    "uncited claims": f"""SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ {_CURRENT} GRAPH ?g {{ ?c a schema:Claim }}
        FILTER NOT EXISTS {{ ?c a ct:AuthorOpinion }} FILTER NOT EXISTS {{ ?c schema:citation ?r }} }}""",
    "speakers": f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {_CURRENT}
        GRAPH ?g {{ ?c a schema:Claim ; prov:wasAttributedTo ?s }} }}""",
    "outlets": f"""SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {{ {_CURRENT}
        GRAPH ?g {{ ?r schema:publisher ?o }} ?o a schema:NewsMediaOrganization }}""",
}


def stats(store: Backend) -> dict[str, int]:
    out = {}
    for name, q in STATS.items():
        rows = store.select(PREFIXES + q, timeout=600.0).rows      # (in a bounded child: a damaged store stops there)
        out[name] = given_count(rows[0], "n") if rows and "n" in rows[0] else 0
    return out


def entities_for(store: Backend, ds: Dataset) -> Graph:
    """What the store's entities graph says of the IRIs an article's graph refers to: the only
    part of the store an article is validated with, whatever the store's size."""
    iris = {str(o) for s, p, o, _ in ds.quads((None, None, None, None)) if isinstance(o, URIRef) and "/id/" in str(o)}
    g = Graph()
    if not iris:
        return g
    values = " ".join(iri_ref(i) for i in sorted(iris) if is_iri(i))     # a file's odd IRIs have no entities
    nt = store.construct(f"""CONSTRUCT {{ ?e ?p ?o }} WHERE {{ VALUES ?e {{ {values} }}
                             GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} }}""")
    if nt.strip():
        g.parse(data=nt, format="nt")
    return g
