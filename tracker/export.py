"""Serialise an extraction (`tracker extract`: RDF and readable formats, the registry `FORMATS`),
and export from a store (`tracker export`: the registries of `tracker.formats`)."""
from __future__ import annotations

import io
import json
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import BinaryIO

from rdflib import Dataset, Graph, Literal, URIRef

from .backend import given
from .errors import BadInput
from .lexicon import outlet_name
from .model import Extraction
from .store import Backend, iri_ref, is_iri


@contextmanager
def verbatim_literals():
    """Keep literals as the store wrote them: rdflib would otherwise rewrite some lexical forms
    on parsing (a dateTime's "Z" as "+00:00"), and an export is to be faithful."""
    import rdflib

    before, rdflib.NORMALIZE_LITERALS = rdflib.NORMALIZE_LITERALS, False
    try:
        yield
    finally:
        rdflib.NORMALIZE_LITERALS = before


@cache
def jsonld_context() -> dict:
    """The JSON-LD context shipped with the package: no remote context is ever fetched."""
    return json.loads(resources.files("tracker").joinpath("data").joinpath("context.jsonld").read_text("utf-8"))["@context"]


def _union(ds: Dataset) -> Graph:
    from .compact import CompactStore
    from .graph import bind_prefixes

    g = Graph(store=CompactStore())
    bind_prefixes(g)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _trig(graph: Callable[[], Dataset], ex: Extraction, out: BinaryIO) -> None:
    graph().serialize(destination=out, format="tracker-trig", encoding="utf-8")


def _nquads(graph: Callable[[], Dataset], ex: Extraction, out: BinaryIO) -> None:
    graph().serialize(destination=out, format="nquads", encoding="utf-8")


def _turtle(graph: Callable[[], Dataset], ex: Extraction, out: BinaryIO) -> None:
    _union(graph()).serialize(destination=out, format="tracker-turtle", encoding="utf-8")


def _jsonld(graph: Callable[[], Dataset], ex: Extraction, out: BinaryIO) -> None:
    graph().serialize(destination=out, format="json-ld", encoding="utf-8", context=jsonld_context(), indent=1, ensure_ascii=False)


def claim_records(ex: Extraction) -> list[dict]:
    """Each claim as a plain record, for scripts and tables."""
    out = []
    for c in ex.claims:
        cit = ex.citations[c.citation] if c.citation is not None else None
        out.append({
            "line": c.line, "start": c.start, "end": c.end, "kind": c.kind,
            "speaker": " / ".join(s.name for s in c.speakers), "speaker_kind": c.speakers[0].kind if c.speakers else None,
            "mention": c.mention, "cue": c.cue, "text": c.text, "content": c.content, "quoted": c.quoted,
            "stance": c.stance, "attitude": c.attitude if c.kind == "reported_speech" else None,
            "outlet": (outlet_name(cit.outlet, cit.outlet_written) if cit else None), "report_date": cit.date.isoformat() if cit and cit.date else None,
            "citation": cit.text.strip() if cit else None,
            "via": [v.mention for v in c.via], "date": c.date.isoformat() if c.date else None, "date_note": c.date_note,
            "uncited": cit is None and c.kind != "author_opinion",
            # a joint attribution's other reports (The BBC and Reuters reported): the first is above
            "also_cited": [{"outlet": outlet_name(o.outlet, o.outlet_written), "report_date": o.date.isoformat() if o.date else None, "citation": o.text.strip()}
                           for o in (ex.citations[k] for k in c.also_cited)],
        })
    return out


def _json(graph: Callable[[], Dataset], ex: Extraction, out: BinaryIO) -> None:
    doc = {
        "article": {"source": ex.article.source, "title": ex.layout.title, "site": ex.layout.site,
                    "sha256": ex.article.sha256, "encoding": ex.article.encoding, "year": ex.year,
                    "year_source": ex.year_source},
        "citations": [{"text": c.text.strip(), "kind": c.kind, "outlet": outlet_name(c.outlet, c.outlet_written), "date": c.date.isoformat() if c.date else None,
                       "line": ex.article.line_of(c.start), "note": c.date_note} for c in ex.citations],
        "claims": claim_records(ex),
        "problems": [{"severity": p.severity, "message": p.message, "line": p.line} for p in ex.problems],
    }
    # (a file name that is no UTF-8 keeps its bytes as Python does, and the data guard writes them out as escapes)
    out.write((json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8", "surrogateescape"))


def _table(graph: Callable[[], Dataset], ex: Extraction, out: BinaryIO, width: int | None = None) -> None:
    from rich.cells import cell_len
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from .guard import for_terminal
    from .report import at_most

    kinds = {"reported_speech": "speech", "reported_fact": "fact", "author_assertion": "author", "author_opinion": "opinion"}
    width = max(width or shutil.get_terminal_size((160, 24)).columns, 60)
    # a terminal under 120 columns gets five columns: the cue under the speaker, the date said
    # under the citation
    narrow = width < 120
    columns = (("line", "kind", "speaker, cue", "statement", "cited to, said") if narrow
               else ("line", "kind", "speaker", "cue", "statement", "cited to", "date"))
    rows = []
    for r in claim_records(ex):
        cited = " / ".join(f"{o['outlet']} {o['report_date'] or '?'}" for o in [r, *r["also_cited"]]) if r["outlet"] \
            else ("UNCITED" if r["uncited"] else "—")
        if r["via"]:
            cited += " via " + ", ".join(r["via"])
        kind = r["attitude"] if r["kind"] == "reported_speech" else kinds.get(r["kind"], r["kind"])   # speech, belief, …
        kind += ", hearsay" if r["stance"] == "Hearsay" and r["kind"].startswith("author") else ""     # passed on from no one named (reportedly, とされる)
        cells = [str(r["line"]), kind, at_most(r["speaker"]), at_most(r["cue"] or ""),
                 at_most(r["text"]), at_most(cited), r["date"] or ""]
        if narrow:
            cells = cells[:2] + ["\n".join(filter(None, cells[2:4])), cells[4],
                                 cells[5] + (f"\nsaid {cells[6]}" if cells[6] else "")]
        rows.append([for_terminal(cell) for cell in cells])
    # the statement whole, in the width the other columns leave it: each of them takes what it
    # needs, up to its cap (a share of the terminal, and a width past which it folds)
    caps = {"speaker": min(24, width // 8), "cue": min(14, width // 12), "cited to": min(30, width // 7),
            "speaker, cue": min(24, width // 6), "cited to, said": min(30, width // 5)}
    needs = [max(cell_len(part) for cell in [c] + [row[i] for row in rows] for part in cell.split("\n"))
             for i, c in enumerate(columns)]
    sizes = [min(n, max(6, caps[c])) if c in caps else n for c, n in zip(columns, needs)]
    said = columns.index("statement")
    sizes[said] = max(12, min(needs[said], width - (sum(sizes) - sizes[said]) - (3 * len(columns) + 1)))
    unknown = any("?" in row[-1 if narrow else 5] for row in rows)
    note = ("cited to: the report and when it was published" + (" (?: no full date: the text gives none, or only --published can tell its year)" if unknown else "")
            + "; " + ("said" if narrow else "date") + ": when the statement was made, where the text says")
    table = Table(title=Text(for_terminal(ex.layout.title or ex.article.source)), caption=Text(note), show_lines=False)
    for c, size in zip(columns, sizes):
        table.add_column(c, overflow="fold", width=size)
    for row in rows:
        table.add_row(*map(Text, row))       # never read as markup; controls written out above
    buf = io.StringIO()
    Console(file=buf, width=width, force_terminal=False, color_system=None).print(table)
    out.write(buf.getvalue().encode("utf-8"))


# each writer is handed the extraction and a way to its graph, which the readable formats never build
FORMATS: dict[str, Callable[[Callable[[], Dataset], Extraction, BinaryIO], None]] = {
    "trig": _trig,
    "turtle": _turtle,
    "nquads": _nquads,
    "jsonld": _jsonld,
    "json": _json,
    "table": _table,
}


def write(ex: Extraction, fmt: str, out: BinaryIO, ds: Dataset | None = None) -> None:
    """The extraction in format `fmt`, written to `out` (UTF-8) as it is serialised: a large
    article's TriG is never held whole in memory, and its graph is built in the compact store
    that writing needs (`compact.py`)."""
    from .compact import CompactStore
    from .graph import claims_to_graph

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    FORMATS[fmt](lambda: ds if ds is not None else claims_to_graph(ex, store=CompactStore()), ex, out)


def serialize(ex: Extraction, fmt: str, ds: Dataset | None = None) -> str:
    buf = io.BytesIO()
    write(ex, fmt, buf, ds)
    return buf.getvalue().decode("utf-8")


# ---------------------------------------------------------------- from a store: `tracker export`

@dataclass(frozen=True)
class Selection:
    """What to export: some articles (keys, IRIs, files or URLs), everything, or what a query picks
    (a CONSTRUCT for the RDF formats; a SELECT with a ?claim column for the claim formats)."""
    articles: tuple[str, ...] = ()
    everything: bool = False
    query: str | None = None
    timeout: float | None = 60.0      # seconds the query may run



def _articles(store: Backend, sel: Selection) -> list[tuple[str, str]]:
    from .ingest import PREFIXES, find_articles

    if sel.everything:
        rows = store.select(PREFIXES + "SELECT DISTINCT ?a ?g WHERE { GRAPH ?g { ?g schema:about ?a } } ORDER BY ?g").rows
        return [(given(r, "a"), given(r, "g")) for r in rows]
    found: list[tuple[str, str]] = []
    for ident in sel.articles:
        hits = find_articles(store, ident)
        if not hits:
            raise BadInput(f"no article {ident!r} in the store at {store.location}")
        found += [h for h in hits if h not in found]
    return found


def _reviews(store: Backend, article: str) -> list[str]:
    from .ingest import PREFIXES

    rows = store.select(PREFIXES + f"""SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?rev a schema:ClaimReview ; schema:itemReviewed ?c }}
                                    ?c schema:appearance {iri_ref(article)} }}""").rows
    return [given(r, "g") for r in rows]


def _as_quads(graph: Graph, name: str | None) -> Iterator:
    import pyoxigraph as ox

    g = ox.NamedNode(name) if name else ox.DefaultGraph()
    nt = graph.serialize(format="nt").encode("utf-8")
    for t in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES):
        yield ox.Quad(t.subject, t.predicate, t.object, g)


def _checked(query: str):
    from .query import QueryRefused, check

    try:
        return check(query)
    except QueryRefused as exc:
        raise BadInput(str(exc)) from None


def _constructed(store: Backend, sel: Selection) -> Graph:
    from .query import PREFIX_MAP

    q = _checked(sel.query)
    if q.form not in ("CONSTRUCT", "DESCRIBE"):
        raise BadInput(f"--query for an RDF format must be a CONSTRUCT or DESCRIBE query, not {q.form}")
    g = Graph()
    with verbatim_literals():
        g.parse(data=store.construct(q.text, timeout=sel.timeout, prefixes=PREFIX_MAP), format="nt")
    return g


def store_graphs(store: Backend, sel: Selection) -> Iterator[tuple[str, Iterator]]:
    """(graph IRI, its quads streamed) for what `sel` names. An article comes with the part of the
    shared entities graph it refers to, and with the reviews of its claims."""
    from .graph import ENTITIES_GRAPH, as_written

    if sel.query:
        yield "", as_written(_as_quads(_constructed(store, sel), None))
        return
    if sel.everything:
        for g in store.graphs():
            yield g, as_written(store.quads(g))
        return
    entities = Graph()
    for article, g in _articles(store, sel):
        yield g, as_written(store.quads(g))
        for review in _reviews(store, article):
            yield review, as_written(store.quads(review))
        entities += _entities(store, _read_graph(store, g))
    yield str(ENTITIES_GRAPH), _as_quads(entities, str(ENTITIES_GRAPH))


def _entities(store: Backend, ds: Dataset) -> Graph:
    """The shared entities an article refers to, and those they refer to in turn (an account
    to the outlet it belongs to), so that an article's export describes every node it names."""
    from .ingest import entities_for

    found = entities_for(store, ds)
    for _ in range(3):
        more = Dataset()
        for t in found:
            more.graph(URIRef("urn:x-entities")).add(t)
        extra = entities_for(store, more) - found
        if not len(extra):
            break
        found += extra
    return found


def _read_graph(store: Backend, g: str) -> Dataset:
    import pyoxigraph as ox

    from .graph import as_written

    ds = Dataset()
    nq = ox.serialize(as_written(store.quads(g)), None, ox.RdfFormat.N_QUADS)
    with verbatim_literals():
        ds.parse(data=nq.decode("utf-8"), format="nquads")
    return ds


def article_views(store: Backend, sel: Selection) -> tuple[Iterator[Graph], set[str] | None]:
    """Each selected article as one graph (its own, the entities it refers to, the reviews of its
    claims), read one at a time; and the claims to keep (None: all of them)."""
    from .ingest import PREFIXES

    claims = None
    if sel.query:
        from .query import PREFIX_MAP

        q = _checked(sel.query)
        res = store.select(q.text, timeout=sel.timeout, prefixes=PREFIX_MAP) if q.form == "SELECT" else None
        if res is None or "claim" not in res.variables:
            raise BadInput("--query for a claim format must be a SELECT query with a ?claim column")
        # the query's answers are data: only IRIs that are IRIs go into the next query
        claims = {r["claim"]["value"] for r in res.rows
                  if r.get("claim", {}).get("type") == "uri" and is_iri(r["claim"]["value"])}
        values = " ".join(iri_ref(c) for c in sorted(claims))
        rows = store.select(PREFIXES + f"""SELECT DISTINCT ?a ?g WHERE {{ VALUES ?c {{ {values} }}
                                           GRAPH ?g {{ ?c schema:appearance ?a . ?g schema:about ?a }} }}""",
                            timeout=sel.timeout).rows if claims else []
        pairs = [(given(r, "a"), given(r, "g")) for r in rows]
    else:
        pairs = _articles(store, sel)

    def views() -> Iterator[Graph]:
        for article, g in pairs:
            ds = _read_graph(store, g)
            merged = Graph()
            for s, p, o, _ in ds.quads((None, None, None, None)):
                merged.add((s, p, o))
            merged += _entities(store, ds)
            for review in _reviews(store, article):
                for s, p, o, _ in _read_graph(store, review).quads((None, None, None, None)):
                    merged.add((s, p, o))
            yield merged

    return views(), claims


def first_appearance(store: Backend):
    """For a claim, the earliest dated report that any article in the store cites the same words to."""
    from .formats.facts import _report
    from .ingest import PREFIXES

    def find(f):
        text = Literal(f.text, lang=f.text_lang).n3()
        rows = store.select(PREFIXES + f"""SELECT ?r ?d WHERE {{ ?c schema:text {text} ; schema:citation ?r .
                                         ?r schema:datePublished ?d }} ORDER BY ?d ?r LIMIT 1""").rows
        if not rows:
            return None
        r = given(rows[0], "r")
        g = Graph()
        g.parse(data=store.construct(PREFIXES + f"""CONSTRUCT {{ {iri_ref(r)} ?p ?o . ?o ?p2 ?o2 }} WHERE {{ {iri_ref(r)} ?p ?o .
                                                    OPTIONAL {{ {iri_ref(r)} schema:publisher ?o . ?o ?p2 ?o2 }} }}"""), format="nt")
        return _report(g, URIRef(r))

    return find


def export(store: Backend, sel: Selection, fmt: str, out: BinaryIO, *, bom: bool = False) -> None:
    """Write what `sel` names from the store in format `fmt` to `out`."""
    from .formats import RDF, writer

    if fmt in RDF:
        writer(fmt)(store_graphs(store, sel), out)
        return
    views, claims = article_views(store, sel)
    writer(fmt)(views, out, claims=claims, bom=bom, first_appearance=first_appearance(store))
