"""Validate an article's claims with the SHACL shapes, and point each result back into the text.

The report keeps SHACL's structure (severity, focus node, path, message, source shape) and adds
the line and the statement it concerns; for an uncited statement, the quoted report nearby that
might support it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.plugins.sparql import prepareQuery

from .errors import BadInput
from .model import Extraction, Problem
from .vocab import CT, OA, SCHEMA

SH = "http://www.w3.org/ns/shacl#"
_SEVERITY = {URIRef(SH + "Violation"): "Violation", URIRef(SH + "Warning"): "Warning", URIRef(SH + "Info"): "Info"}


def shapes_dir() -> Path:
    """The shapes shipped in the package, or `shapes/` beside it in a source checkout."""
    packaged = resources.files("tracker").joinpath("shapes")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "shapes"


@cache
def load_shapes() -> Graph:
    g = Graph()
    for f in sorted(shapes_dir().glob("*.ttl")):
        g.parse(f, format="turtle")
    return g


class _PreparedQueries(Graph):
    """A graph that parses each SPARQL text once: pySHACL sends the same query for every focus
    node, and parsing costs some 30 times the query itself."""

    _cache: dict = {}

    def query(self, query_object, *args, **kwargs):
        if isinstance(query_object, str):
            prepared = self._cache.get(query_object)
            if prepared is None:
                prepared = self._cache[query_object] = prepareQuery(query_object, initNs=kwargs.get("initNs") or {})
            query_object = prepared
        return super().query(query_object, *args, **kwargs)


def merged(data: Graph | Dataset) -> Graph:
    """One graph holding every triple of the data: pySHACL sees one graph at a time."""
    g = _PreparedQueries()
    if isinstance(data, Dataset):
        for s, p, o, _ in data.quads((None, None, None, None)):
            g.add((s, p, o))
    else:
        for t in data:
            g.add(t)
    return g


def validate_graph(data: Graph | Dataset, shapes: Graph | None = None) -> tuple[bool, Graph, Graph]:
    """Run pySHACL: (no violation, the SHACL results graph, the data graph validated)."""
    import pyshacl

    g = merged(data)
    _, results, _ = pyshacl.validate(g, shacl_graph=shapes if shapes is not None else load_shapes(),
                                     inference="none", allow_infos=True, allow_warnings=True)
    violations = any(True for _ in results.subjects(URIRef(SH + "resultSeverity"), URIRef(SH + "Violation")))
    return not violations, results, g


@dataclass(frozen=True)
class Report:
    source: str
    conforms: bool
    claims: int
    problems: tuple[Problem, ...]
    results: Graph = field(compare=False, repr=False)

    def count(self, severity: str) -> int:
        return sum(1 for p in self.problems if p.severity == severity)


def validate_extraction(ex: Extraction, data: Dataset | None = None, *, context: Graph | None = None) -> Report:
    """Validate an extraction (or its graph, if already built) and locate each result.
    `context`: what a store knows of the entities the article refers to, validated with it."""
    from .graph import claims_to_graph

    ds = data if data is not None else claims_to_graph(ex)
    if context is not None and len(context):
        ds = _with(ds, context)
    conforms, results, g = validate_graph(ds)
    problems = [*ex.problems, *sorted(_locate(results, g), key=lambda p: (p.line or 0, p.start or 0))]
    return Report(ex.article.source, conforms, len(ex.claims), tuple(problems), results)


def locate_problems(data: Graph | Dataset) -> list[Problem]:
    """Validate graphs read back (from a store or a file) and locate each result in its article."""
    _, results, g = validate_graph(data)
    return sorted(_locate(results, g), key=lambda p: (p.line or 0, p.start or 0))


def _with(ds: Dataset, context: Graph) -> Graph:
    g = merged(ds)
    for t in context:
        g.add(t)
    return g


def _locate(results: Graph, g: Graph) -> list[Problem]:
    out = []
    for r in results.subjects(RDF.type, URIRef(SH + "ValidationResult")):
        focus = results.value(r, URIRef(SH + "focusNode"))
        path = results.value(r, URIRef(SH + "resultPath"))
        message = str(results.value(r, URIRef(SH + "resultMessage")) or "")
        severity = _SEVERITY.get(results.value(r, URIRef(SH + "resultSeverity")), "Violation")
        owner = focus
        if (focus, RDF.type, OA.SpecificResource) in g:
            owner = next(g.subjects(CT.anchor, focus), focus)
        line = g.value(owner, CT.line)
        start = end = None
        anchor = g.value(owner, CT.anchor)
        for sel in g.objects(anchor, OA.hasSelector) if anchor is not None else ():
            if (sel, RDF.type, OA.TextPositionSelector) in g:
                start, end = int(g.value(sel, OA.start)), int(g.value(sel, OA.end))
        snippet = g.value(owner, SCHEMA.text) or g.value(owner, CT.citationText)
        out.append(Problem(
            severity, message, start, end, int(line) if line is not None else None,
            focus=str(focus), path=str(path) if path is not None else None, source="shacl",
            snippet=str(snippet) if snippet is not None else None, hint=_hint(g, owner),
        ))
    return out


def _hint(g: Graph, claim) -> str | None:
    report = g.value(claim, CT.nearbyReport)
    if report is None:
        return None
    title = g.value(report, SCHEMA.headline)
    outlet = g.value(g.value(report, SCHEMA.publisher), SCHEMA.name)
    date = g.value(report, SCHEMA.datePublished)
    line = g.value(report, CT.line)
    what = f"«{title}»" if title else "a quoted report"
    by = ", ".join(str(x) for x in (outlet, date) if x is not None)
    return f"the quoted report {what} ({by}) cited at line {line} might support it" if line else f"{what} ({by}) might support it"


RDF_FORMATS = {".ttl": "TURTLE", ".trig": "TRIG", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".jsonld": "JSON_LD",
               ".rdf": "RDF_XML", ".owl": "RDF_XML"}
MAX_RDF_BYTES = 10 * 1024 * 1024        # an article's graph is tens of KB; validating 10 MB takes about 1 GB
MAX_XML_DEPTH = 256                     # RDF/XML nested deeper is refused: its parser takes quadratic time
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


def is_rdf(source: str) -> bool:
    return Path(source).suffix.lower() in RDF_FORMATS


def validate_rdf(source: str) -> Report:
    """Validate linked data as given (a graph the tracker exported, or another tool's). It is
    parsed without any network access: pyoxigraph loads no remote JSON-LD context, follows no
    owl:imports, and the shapes are run on the data alone. RDF/XML with a DTD is refused: entity
    definitions that expand into each other turn a few hundred bytes into gigabytes."""
    import pyoxigraph as ox

    from .read import read_bytes

    path = Path(source)
    data = read_bytes(source, MAX_RDF_BYTES)
    fmt = getattr(ox.RdfFormat, RDF_FORMATS[path.suffix.lower()])
    if fmt == ox.RdfFormat.RDF_XML and _DTD.search(data):
        raise BadInput(f"{source}: RDF/XML with a document type definition (<!DOCTYPE or <!ENTITY) is not read")
    if fmt == ox.RdfFormat.RDF_XML and _xml_depth(data) > MAX_XML_DEPTH:
        raise BadInput(f"{source}: RDF/XML nested more than {MAX_XML_DEPTH} elements deep is not read")
    g = Graph()
    try:
        for q in ox.parse(data, format=fmt):
            g.add((_rdflib(q.subject), _rdflib(q.predicate), _rdflib(q.object)))
    except (SyntaxError, ValueError, OSError) as exc:
        raise BadInput(f"{source}: not valid {fmt.name} ({' '.join(str(exc).split())[:200]})") from None
    conforms, results, merged_graph = validate_graph(g)
    problems = sorted(_locate(results, merged_graph), key=lambda p: (p.line or 0, p.start or 0))
    claims = sum(1 for _ in g.subjects(RDF.type, SCHEMA.Claim))
    return Report(source, conforms, claims, tuple(problems), results)


def _xml_depth(data: bytes) -> int:
    """How deep the elements of an XML document nest (expat reads it in linear time; the DTD,
    the only source of entity expansion, has been refused before)."""
    from xml.parsers import expat

    parser = expat.ParserCreate()
    depth = deepest = 0

    def start(*_):
        nonlocal depth, deepest
        depth += 1
        deepest = max(deepest, depth)
        if deepest > MAX_XML_DEPTH:
            raise StopIteration

    def end(*_):
        nonlocal depth
        depth -= 1

    parser.StartElementHandler, parser.EndElementHandler = start, end
    try:
        parser.Parse(data, True)
    except StopIteration:
        pass
    except expat.ExpatError:
        return 0                # not well-formed: the RDF/XML parser says where
    return deepest


def _rdflib(term):
    """A pyoxigraph term as rdflib's, term by term (no serialising and parsing again)."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise BadInput(f"RDF-star triple terms are not validated ({term})")
