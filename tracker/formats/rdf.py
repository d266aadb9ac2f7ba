"""Linked data as it is stored: Turtle, TriG, N-Quads, N-Triples and JSON-LD.

Every writer takes the graphs one at a time, as (graph IRI, quads) with the quads streamed from
the store (pyoxigraph `Quad`s), and writes to a binary file. N-Quads, N-Triples, Turtle and TriG go
through pyoxigraph's streaming serialisers, so an export never holds the store in memory; JSON-LD
is compacted one graph at a time with the context shipped in the package.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ..export import jsonld_context, verbatim_literals

Graphs = Iterable[tuple[str, Iterator]]      # (graph IRI, its quads)

# not id: (our IRIs have slashes in them, which Turtle's prefixed names would have to escape)
PREFIXES = {prefix: iri for prefix, iri in jsonld_context().items() if isinstance(iri, str) and prefix != "id"}


def _quads(graphs: Graphs, grouped: bool = False) -> Iterator:
    """Every quad; `grouped`: each graph's sorted by subject, so that Turtle and TriG can write a
    subject's statements together (one graph is held at a time)."""
    for _, quads in graphs:
        if grouped:
            yield from sorted(quads, key=lambda q: (str(q.subject), str(q.predicate), str(q.object)))
        else:
            yield from quads


def _triples(graphs: Graphs, grouped: bool = False) -> Iterator:
    import pyoxigraph as ox

    for q in _quads(graphs, grouped):
        yield ox.Triple(q.subject, q.predicate, q.object)


def _serialize(items: Iterator, out: BinaryIO, fmt) -> None:
    import pyoxigraph as ox

    ox.serialize(items, out, fmt, prefixes=PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None)


def write_nquads(graphs: Graphs, out: BinaryIO) -> None:
    import pyoxigraph as ox
    _serialize(_quads(graphs), out, ox.RdfFormat.N_QUADS)


def write_trig(graphs: Graphs, out: BinaryIO) -> None:
    import pyoxigraph as ox
    _serialize(_quads(graphs, grouped=True), out, ox.RdfFormat.TRIG)


def write_ntriples(graphs: Graphs, out: BinaryIO) -> None:
    """All graphs' triples as one graph (the graph names are dropped)."""
    import pyoxigraph as ox
    _serialize(_triples(graphs), out, ox.RdfFormat.N_TRIPLES)


def write_turtle(graphs: Graphs, out: BinaryIO) -> None:
    """All graphs' triples as one graph (the graph names are dropped)."""
    import pyoxigraph as ox
    _serialize(_triples(graphs, grouped=True), out, ox.RdfFormat.TURTLE)


def write_jsonld(graphs: Graphs, out: BinaryIO) -> None:
    """One JSON-LD document: the shipped context inline (nothing to fetch), then each graph as a
    named graph object compacted with it."""
    import pyoxigraph as ox
    from rdflib import Graph

    context = jsonld_context()
    out.write(b'{\n "@context": ' + json.dumps(context, ensure_ascii=False).encode("utf-8") + b',\n "@graph": [')
    first = True
    for iri, quads in graphs:
        g = Graph()
        nt = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), None, ox.RdfFormat.N_TRIPLES)
        with verbatim_literals():
            g.parse(data=nt.decode("utf-8"), format="nt")
        doc = json.loads(g.serialize(format="json-ld", context=context, auto_compact=True))
        nodes = doc.get("@graph", [doc] if len(doc) > 1 else [])
        for node in nodes:
            node.pop("@context", None)
        items = [{"@id": _compact_iri(iri, context), "@graph": nodes}] if iri else nodes   # "": the default graph
        for item in items:
            out.write((b"\n  " if first else b",\n  ") + json.dumps(item, ensure_ascii=False).encode("utf-8"))
            first = False
    out.write(b"\n ]\n}\n")


def _compact_iri(iri: str, context: dict) -> str:
    for prefix, ns in context.items():
        if isinstance(ns, str) and iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri

