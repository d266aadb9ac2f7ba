"""Nanopublications: one per claim, four named graphs (head, assertion, provenance, publication
info), named by a Trusty URI: an "RA" code, the SHA-256 of the nanopublication's quads normalised
with its own name left out, so that the same claim exported twice gets the same IRI and anyone can
check that the content was not changed since.

assertion   the claim: what was said, by whom (with the speaker's names), the cue, when
provenance  where the assertion comes from: the article and the place in it, the report it is
            cited to with its outlet, date and the sources behind it
pubinfo     what the nanopublication is and what it introduces (no timestamp, so that its
            name depends on its content alone)
"""
from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from typing import BinaryIO

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.term import Node

from ..vocab import CT, DCTERMS, NANOPUB, OA, PROV, SCHEMA
from .facts import claim_facts

NP = NANOPUB
NP_BASE = "https://w3id.org/claim-tracker/np/"
PLACEHOLDER = NP_BASE + "~~~ARTIFACTCODE~~~"
PARTS = ("Head", "assertion", "provenance", "pubinfo")


def _describe(g: Graph, node: Node, seen: set) -> Iterable[tuple]:
    """`node`'s triples and, depth first, those of the tracker's own nodes it points to."""
    if node in seen:
        return
    seen.add(node)
    for p, o in sorted(g.predicate_objects(node)):
        yield node, p, o
        if isinstance(o, URIRef) and str(o).startswith("https://w3id.org/claim-tracker/id/"):
            yield from _describe(g, o, seen)


def nanopub_quads(g: Graph, claim: str) -> list[tuple]:
    """The four graphs of `claim`'s nanopublication, named from the placeholder."""
    c = URIRef(claim)
    np_, (head, assertion, provenance, pubinfo) = URIRef(PLACEHOLDER), (URIRef(f"{PLACEHOLDER}#{p}") for p in PARTS)
    quads = [
        (np_, RDF.type, URIRef(NP + "Nanopublication"), head),
        (np_, URIRef(NP + "hasAssertion"), assertion, head),
        (np_, URIRef(NP + "hasProvenance"), provenance, head),
        (np_, URIRef(NP + "hasPublicationInfo"), pubinfo, head),
    ]
    kept = {SCHEMA.text, RDF.type, PROV.wasAttributedTo, CT.cue, CT.speakerMention, CT.stance, CT.quoted,
            SCHEMA.datePublished, RDF.subject, RDF.predicate, RDF.object}
    for p, o in sorted(g.predicate_objects(c)):
        if p in kept:
            quads.append((c, p, o, assertion))
    for s in sorted(set(g.objects(c, PROV.wasAttributedTo))):
        for p in (RDF.type, SCHEMA.name, SCHEMA.sameAs):
            quads += [(s, p, o, assertion) for o in sorted(g.objects(s, p))]
    article = g.value(c, SCHEMA.appearance)
    for p in (PROV.wasDerivedFrom,):
        if article is not None:
            quads.append((assertion, p, article, provenance))
    seen: set = {article}      # the article is described below, by a few properties (not its whole text)
    for p in (SCHEMA.citation, CT.anchor, PROV.wasQuotedFrom, PROV.wasDerivedFrom):
        for o in sorted(g.objects(c, p)):
            quads.append((assertion, PROV.wasDerivedFrom if p != CT.anchor else OA.hasTarget, o, provenance))
            quads += [(*t, provenance) for t in _describe(g, o, seen)]
    quads += [(c, CT.line, o, provenance) for o in g.objects(c, CT.line)]     # where it stands in the article
    if article is not None:
        for p in (RDF.type, DCTERMS.source, SCHEMA.headline, SCHEMA.datePublished, SCHEMA.inLanguage):
            quads += [(article, p, o, provenance) for o in sorted(g.objects(article, p))]
    # no creation time: the same claim read from the same article gets the same IRI in any store
    quads.append((np_, RDFS.label, Literal(f"claim-tracker: {str(g.value(c, SCHEMA.text) or '')[:60]}"), pubinfo))
    quads.append((np_, URIRef("http://purl.org/nanopub/x/introduces"), c, pubinfo))
    return quads


# ---------------------------------------------------------------- Trusty URI, module RA
# Terms here are plain: an IRI is a str, a literal a (value, datatype, language) tuple, the default
# graph None. The order and the text hashed follow the Trusty URI RA module (Kuhn & Dumontier) as
# its reference implementations do, so that their checkers accept our codes.

XSD_STRING = str(XSD.string)


def plain(t: Node):
    if isinstance(t, Literal):
        return (str(t), None if t.language else str(t.datatype or XSD_STRING), t.language)
    return str(t)


def _utf16(s: str) -> bytes:
    return s.encode("utf-16-be")      # Java compares strings by UTF-16 code units


def _key(t) -> tuple:
    if t is None:
        return (0, b"")
    if isinstance(t, tuple):
        value, datatype, lang = t
        rest = (0, b"", 1, _utf16(lang.lower())) if lang else (1, _utf16(datatype or XSD_STRING), 0, b"")
        return (2, _utf16(value), *rest)
    return (1, _utf16(t))


def _line(t) -> str:
    if t is None:
        return "\n"
    if isinstance(t, tuple):
        value, datatype, lang = t
        escaped = value.replace("\\", "\\\\").replace("\n", "\\n")
        return (f"@{lang.lower()} " if lang else f"^{datatype or XSD_STRING} ") + escaped + "\n"
    return t + "\n"


def ra_code(quads: Iterable[tuple], code: str | None = None) -> str:
    """The RA code of (graph, subject, predicate, object) quads of plain terms. With `code`, the
    quads carry it already (checking a published nanopublication): it is read as a space."""
    def blank(t):
        return t.replace(code, " ") if code and isinstance(t, str) else t

    norm = sorted({tuple(blank(t) for t in q) for q in quads}, key=lambda q: tuple(_key(t) for t in q))
    text = "".join(_line(g) + _line(s) + _line(p) + _line(o) for g, s, p, o in norm)
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "RA" + base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def named(quads: list[tuple]) -> tuple[str, list[tuple]]:
    """(the nanopublication's IRI, its quads (s, p, o, g) with the placeholder replaced by it)."""
    def pre(t: Node):     # the name before its code is known: the code's place is a space
        return NP_BASE + " " + str(t)[len(PLACEHOLDER):] if isinstance(t, URIRef) and str(t).startswith(PLACEHOLDER) else plain(t)

    iri = NP_BASE + ra_code((pre(g), pre(s), pre(p), pre(o)) for s, p, o, g in quads)

    def swap(t: Node) -> Node:
        return URIRef(iri + str(t)[len(PLACEHOLDER):]) if isinstance(t, URIRef) and str(t).startswith(PLACEHOLDER) else t

    return iri, [tuple(swap(t) for t in q) for q in quads]


def write_nanopub(articles: Iterable[Graph], out: BinaryIO, *, claims: set[str] | None = None, **_) -> None:
    """TriG: the four graphs of each claim's nanopublication."""
    import pyoxigraph as ox

    from .rdf import PREFIXES

    def to_ox(t: Node):
        if isinstance(t, Literal):
            if t.language:
                return ox.Literal(str(t), language=t.language)
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype or XSD.string)))
        return ox.NamedNode(str(t))

    def stream():
        for g in articles:
            for f in claim_facts(g):
                if claims is not None and f.iri not in claims:
                    continue
                _, quads = named(nanopub_quads(g, f.iri))
                for s, p, o, gr in quads:
                    yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(gr))

    ox.serialize(stream(), out, ox.RdfFormat.TRIG, prefixes={**PREFIXES, "np": NP, "npx": "http://purl.org/nanopub/x/"})
