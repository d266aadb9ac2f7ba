"""Read linked data someone else wrote (`tracker validate FILE.ttl|.trig|.nt|.nq|.jsonld|.rdf`), bounded.

A file is untrusted: it is measured before it is parsed, and refused when it cannot be checked in
bounded time and memory. Bounds: its size; how deep its brackets nest (Turtle and TriG `( [ {`,
JSON-LD `{ [`, RDF/XML elements), since parsers recurse on nesting (Oxigraph's JSON-LD parser
overflows its stack at a few thousand levels, its RDF/XML parser takes quadratic time) and
nesting is where memory grows; and the number of triples, since validating costs memory per
triple. Nothing is fetched: no remote JSON-LD context, no owl:imports; RDF/XML with a DTD is
refused (entity definitions that expand into each other turn bytes into gigabytes).
"""
from __future__ import annotations

import json
import re
from itertools import islice
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef

from .errors import BadInput
from .sources import RDF_FORMATS
from .vocab import CT, DCTERMS, NANOPUB, OA, PROV, SCHEMA

MAX_RDF_BYTES = 10 * 1024 * 1024        # an article's graph is tens of KB; validating 10 MB takes about 1 GB
MAX_TRIPLES = 250_000                   # about 600 MB once validated; a 1 MB article makes far fewer
MAX_NESTING = 64                        # our own exports nest fewer than 10 deep
RDF_SECONDS = 60.0                      # to read and validate one file ($TRACKER_RDF_SECONDS); our 1 MB article's graph takes a few
RDF_MEMORY = 4 * 1024 ** 3              # bytes of address space for it
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)

# What can hold a bracket that is not structure, and the brackets themselves. A quote or # after a
# backslash is part of a name (PN_LOCAL_ESC), not a string or a comment.
_TURTLE_TOKENS = re.compile(rb'''
    (?<!\\)"""(?:[^"\\]|\\.|"(?!""))*"""  | (?<!\\)\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
  | (?<!\\)"(?:[^"\\\n\r]|\\.)*"          | (?<!\\)'(?:[^'\\\n\r]|\\.)*'
  | (?P<star><<)
  | <(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>      | (?<!\\)\#[^\n\r]*
  | (?P<open>[(\[{])                      | (?P<close>[)\]}])
''', re.VERBOSE)
_JSON_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"|(?P<open>[\[{])|(?P<close>[\]}])')


def nesting(data: bytes, tokens: re.Pattern) -> int:
    """How deep the brackets of a text format nest, strings, IRIs and comments left out (linear)."""
    depth = deepest = 0
    for m in tokens.finditer(data):
        if m.lastgroup == "star":
            raise BadInput("RDF-star triple terms (<< … >>) are not validated")
        if m.lastgroup == "open":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_NESTING:
                    break
        elif m.lastgroup == "close":
            depth -= 1
    return deepest


def xml_depth(data: bytes) -> int:
    """How deep the elements of an XML document nest (expat, linear time; the DTD, the only
    source of entity expansion, has been refused before). Not well-formed XML is refused: what
    expat cannot read cannot be measured."""
    from xml.parsers import expat

    parser = expat.ParserCreate()
    depth = deepest = 0

    def start(*_):
        nonlocal depth, deepest
        depth += 1
        deepest = max(deepest, depth)
        if deepest > MAX_NESTING:
            raise StopIteration

    def end(*_):
        nonlocal depth
        depth -= 1

    parser.StartElementHandler, parser.EndElementHandler = start, end
    try:
        parser.Parse(data, True)
    except StopIteration:
        pass
    except expat.ExpatError as exc:
        raise BadInput(f"not well-formed XML ({exc})") from None
    return deepest


def read_rdf(source: str) -> Graph:
    """The triples of a linked-data file (quads in named graphs merged), or BadInput with one line."""
    from .read import read_bytes

    data = read_bytes(source, MAX_RDF_BYTES)
    name = RDF_FORMATS[Path(source).suffix.lower()]
    try:
        return parse_rdf(data, name)
    except BadInput as exc:
        raise BadInput(f"{source}: {exc}") from None


def _remote_context(data: bytes) -> str | None:
    """The first remote context a JSON-LD document's top objects name (schema.org's, in a
    ClaimReview), if any: read from the parsed document, not its text."""
    try:
        doc = json.loads(data)
    except ValueError:
        return None             # the parser says what is wrong with it
    for top in doc if isinstance(doc, list) else [doc]:
        context = top.get("@context") if isinstance(top, dict) else None
        for c in context if isinstance(context, list) else [context]:
            if isinstance(c, str):
                return c
    return None


def parse_rdf(data: bytes, name: str) -> Graph:
    """`data` in the format called `name` (a pyoxigraph RdfFormat name), measured, then parsed."""
    import pyoxigraph as ox

    fmt = getattr(ox.RdfFormat, name)
    if fmt == ox.RdfFormat.RDF_XML:
        if _DTD.search(data):
            raise BadInput("RDF/XML with a document type definition (<!DOCTYPE or <!ENTITY) is not read")
        deepest = xml_depth(data)
    elif fmt == ox.RdfFormat.JSON_LD:
        deepest = nesting(data, _JSON_TOKENS)
        if deepest <= MAX_NESTING and (remote := _remote_context(data)):
            raise BadInput(f"its remote context ({remote[:100]}) is not fetched: validate the article, "
                           "or an export in turtle, trig or jsonld")
    else:                               # Turtle, TriG; N-Triples and N-Quads nest only in triple terms
        deepest = nesting(data, _TURTLE_TOKENS)
    if deepest > MAX_NESTING:
        raise BadInput(f"nested more than {MAX_NESTING} deep; not read")
    g = Graph()
    try:
        for k, q in enumerate(ox.parse(data, format=fmt)):
            if k >= MAX_TRIPLES:
                raise BadInput(f"more than {MAX_TRIPLES:,} triples; not read (validate an article's graph at a time)")
            g.add((_rdflib(q.subject), _rdflib(q.predicate), _rdflib(q.object)))
    except (SyntaxError, ValueError, OSError, UnicodeError) as exc:
        raise BadInput(f"not valid {fmt.name} ({' '.join(str(exc).split())[:200]})") from None
    return g


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
    raise BadInput("RDF-star triple terms are not validated")


def bounded(fn, source: str):
    """`fn(source)` in a child process limited to RDF_SECONDS and RDF_MEMORY: a file whose
    validation would run away (a literal that expands, shapes whose work multiplies, a parser's
    crash) is refused in one line (BadInput), and the process that reads the others goes on."""
    import os

    from .child import Died, Stopped, run_bounded

    seconds = float(os.environ.get("TRACKER_RDF_SECONDS") or RDF_SECONDS)
    try:
        return run_bounded(fn, (source,), seconds=seconds, memory=RDF_MEMORY)
    except Stopped:
        raise BadInput(f"{source}: not checked within {seconds:g} s; validate a smaller graph") from None
    except Died:
        raise BadInput(f"{source}: could not be checked within {RDF_MEMORY // 1024 ** 3} GB "
                       "(the reader stopped); validate a smaller graph") from None


def claims_of(g: Graph) -> Graph:
    """What the nanopublications merged in `g` (`formats/nanopub.py`) say of the claims they
    introduce, as the claims' own triples (`graph.py`): the provenance's report is the claim's
    citation, its article the claim's appearance, its target the claim's anchor. Validating an
    export of ours checks the claims it carries, not the nanopublication's packaging."""
    out = Graph()
    introduces = URIRef("http://purl.org/nanopub/x/introduces")
    for np_, assertion in g.subject_objects(URIRef(NANOPUB + "hasAssertion")):
        c = next(g.objects(np_, introduces), None)      # ours introduce one claim each, from a few sources: a file
        if c is None:                                   # that multiplies them is read as far as ours go (linear)
            continue
        for x in islice(g.objects(assertion, PROV.wasDerivedFrom), _SOURCES):
            if (x, CT.citationText, None) in g:         # the report, as the article writes it; not an account behind it
                out.add((c, SCHEMA.citation, x))
            elif (x, SCHEMA.inLanguage, None) in g or (x, DCTERMS.source, None) in g:
                out.add((c, SCHEMA.appearance, x))      # the article
        for y in islice(g.objects(assertion, OA.hasTarget), _SOURCES):
            out.add((c, CT.anchor, y))
    return out


_SOURCES = 16
