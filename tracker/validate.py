"""Validate an article's claims with the SHACL shapes, and point each result back into the text.

The report keeps SHACL's structure (severity, focus node, path, message, source shape) and adds
the line and the statement it concerns; for an uncited statement, the quoted report nearby that
might support it.
"""
from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF

from .compact import IndexedStore
from .datagraph import ValidationGraph
from .errors import brief
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
    g = Graph(store=IndexedStore())         # pySHACL reads each shape's parameters for every focus node
    for f in sorted(shapes_dir().glob("*.ttl")):
        g.parse(f, format="turtle")
    for shape, query in list(g.subject_objects(URIRef(SH + "select"))):
        if (short := _one_line(str(query))) != str(query):
            g.set((shape, URIRef(SH + "select"), Literal(short)))
    return g


def _one_line(query: str) -> str:
    """The query on one line, where that changes nothing: no comment (which would run on), no long
    string (whose line ends are its text). pySHACL checks each query with regular expressions
    before each focus node, in time that grows with its lines times its length: a multi-line
    query cost 80 to 320 us a node before it ran; on one line, a quarter of that."""
    if "#" in query or "'''" in query or '"""' in query:
        return query
    return " ".join(line.strip() for line in query.splitlines() if line.strip())


def merged(data: Graph | Dataset) -> Graph:
    """One graph holding every triple of the data: pySHACL sees one graph at a time."""
    if isinstance(data, ValidationGraph):
        return data
    g = ValidationGraph()
    if isinstance(data, Dataset):
        for s, p, o, _ in data.quads((None, None, None, None)):
            g.add((s, p, o))
    else:
        for t in data:
            g.add(t)
    return g


@cache
def _messages_take_values_as_written() -> None:
    """pySHACL (0.40) fills a message's {?text} with `re.sub(pattern, value, message)`, which reads
    the value as a replacement template: a statement quoting `C:\\1data` or `\\g<x>` raised
    re.error (an internal error, exit 4), and one quoting `C:\\\\data` lost a backslash. Its
    method is replaced by one that puts each value in as it is written, bound the same way."""
    import re

    from pyshacl.constraints.constraint_component import ConstraintComponent

    if not hasattr(ConstraintComponent, "_format_sparql_based_result_message"):
        return          # another pySHACL: its own way stands

    def as_written(self, msg, bound_vars):
        values: dict = {}
        if isinstance(bound_vars, (tuple, list)):
            if len(bound_vars) == 4:
                values.update(bound_vars[3])
                bound_vars = bound_vars[:3]
            if len(bound_vars) == 3:
                values.update((k, v) for k, v in zip(("this", "path", "value"), bound_vars) if v is not None)
        elif isinstance(bound_vars, dict):
            values.update(bound_vars)
        else:
            return msg
        named = {str(name): str(value) for name, value in values.items()}
        # one pass: a value holding "{?e}" is put in as it is, not filled in again
        return re.sub(r"\{[?$](\w+)\}", lambda m: named.get(m[1], m[0]), msg)

    ConstraintComponent._format_sparql_based_result_message = as_written


def validate_graph(data: Graph | Dataset, shapes: Graph | None = None, *, own: bool = False) -> tuple[bool, Graph, Graph]:
    """Run pySHACL: (no violation, the SHACL results graph, the data graph validated).

    `own`: the data is an extraction's graph, every term of it the tracker's own making (texts,
    dates from date objects, offsets from ints): its SPARQL constraints are then answered once
    per shape (`datagraph`). Two SPARQL engines part ways on values nobody here made (an offset
    of -1, a 30 February, a number past 64 bits): linked data read from a file or a store, and
    other shapes, are validated as pySHACL does it, node by node in rdflib."""
    import pyshacl

    _messages_take_values_as_written()
    g = merged(data)
    with g.answering_once() if own and shapes is None else nullcontext():
        _, results, _ = pyshacl.validate(g, shacl_graph=shapes if shapes is not None else load_shapes(),
                                         inference="none", allow_infos=True, allow_warnings=True)
    violations = any(True for _ in results.subjects(URIRef(SH + "resultSeverity"), URIRef(SH + "Violation")))
    return not violations, results, g


def path_text(g: Graph, path) -> str:
    """A SHACL property path as SPARQL writes it (`<a>/<b>`, `^<a>`, `(<a>|<b>)`, `<a>*`): an IRI
    as it is, never a blank node's random name."""
    from rdflib import BNode
    from rdflib.collection import Collection

    if not isinstance(path, BNode):
        return str(path)
    if g.value(path, RDF.first) is not None:
        return "/".join(_step(g, p) for p in Collection(g, path))
    for key, form in (("inversePath", "^{}"), ("zeroOrMorePath", "{}*"), ("oneOrMorePath", "{}+"), ("zeroOrOnePath", "{}?")):
        inner = g.value(path, URIRef(SH + key))
        if inner is not None:
            return form.format(_step(g, inner))
    either = g.value(path, URIRef(SH + "alternativePath"))
    if either is not None:
        return "(" + "|".join(_step(g, p) for p in Collection(g, either)) + ")"
    return "?"


def _step(g: Graph, path) -> str:
    text = path_text(g, path)
    return f"<{text}>" if isinstance(path, URIRef) else f"({text})" if "/" in text else text


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
    from .graph import claims_into

    ds = data if data is not None else claims_into(ex, ValidationGraph())
    own = context is None or not len(context)      # a store's entities are not the tracker's alone
    if not own:
        ds = _with(ds, context)
    conforms, results, g = validate_graph(ds, own=own)
    # a warning the reading already gave in its own words (the year of 【7月31日 時事】 cannot be known) is not given twice
    told = {(p.line, p.start, p.end) for p in ex.problems if p.severity == "Warning"}
    located = [p for p in _locate(results, g) if not (p.severity == "Warning" and (p.line, p.start, p.end) in told)]
    problems = [*ex.problems, *sorted(located, key=lambda p: (p.line or 0, p.start or 0))]
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
    from .graph import whole_number

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
                start, end = whole_number(g.value(sel, OA.start), None), whole_number(g.value(sel, OA.end), None)
        snippet = g.value(owner, SCHEMA.text) or g.value(owner, CT.citationText)
        out.append(Problem(
            severity, message, start, end, whole_number(line, None),
            focus=str(focus), path=path_text(results, path) if path is not None else None, source="shacl",
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


def validate_rdf(source: str) -> Report:
    """Validate linked data as given (a graph the tracker exported, or another tool's), read
    within bounds and without any network access (`rdfread.py`); the shapes run on the data alone,
    in a process of its own with a time and a memory limit (`rdfread.bounded`): what cannot be
    checked within them is refused, and cannot take the other files' reports down with it."""
    from .rdfread import bounded

    return bounded(_validate_rdf_here, source)


def _validate_rdf_here(source: str) -> Report:
    from .rdfread import claims_of, read_rdf

    g = read_rdf(source)
    g += claims_of(g)           # nanopublications of ours: their claims as the claims' own triples
    conforms, results, merged_graph = validate_graph(g)
    # each line is the article's, not the file's: the article is named with it
    problems = sorted((replace(p, article=_article_of(merged_graph, URIRef(p.focus))) for p in _locate(results, merged_graph)),
                      key=lambda p: (p.article or "", p.line or 0, p.start or 0))
    claims = sum(1 for _ in g.subjects(RDF.type, SCHEMA.Claim))
    return Report(source, conforms, claims, tuple(problems), results)


def _article_of(g: Graph, focus: URIRef) -> str | None:
    """The article a result's claim, report or anchor stands in, as its source names it (a file's
    path, a page's URL), else its IRI."""
    owner = next(g.subjects(CT.anchor, focus), focus)
    article = g.value(owner, SCHEMA.appearance) or g.value(next(g.subjects(SCHEMA.citation, owner), owner), SCHEMA.appearance)
    if article is None:
        return None
    source = g.value(article, DCTERMS.source)
    if source is not None and str(source).startswith("file://"):
        return brief(url2pathname(urlsplit(str(source)).path), 300)
    return brief(str(source if source is not None else article), 300)     # (a hostile file's name of a megabyte, once per finding)
