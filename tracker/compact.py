"""A small in-memory rdflib store for writing one extraction out: its triples kept as
subject → predicate → objects in each graph, in the order they were added.

rdflib's `Memory` store indexes every triple three ways and records its graphs triple by triple:
about 800 bytes a triple, and 10 µs to add one, which made a 10 MB article's TriG need over 2 GB.
Serialising needs less: each subject's predicates and objects, every triple of a graph, the graphs
in order. This store keeps that (about 100 bytes a triple); any other pattern is answered by a scan,
correct but linear, so it is for writing, not for querying (validation and the stores read
rdflib's `Memory` or Oxigraph). Graphs come out in the order they were first written to, so the
same extraction gives the same bytes in every process (rdflib's `Memory` orders them by hash).
"""
from __future__ import annotations

from collections.abc import Iterator

from rdflib import Graph, URIRef
from rdflib.store import Store

_SMALL = 8          # objects of one subject and predicate kept in a list up to this many, then a dict


class CompactStore(Store):
    context_aware = True
    graph_aware = True
    formula_aware = False
    transaction_aware = False

    def __init__(self, configuration=None, identifier=None):
        super().__init__(configuration)
        self.identifier = identifier
        self._graphs: dict = {}          # graph name → the Graph it was written through, in order
        self._spo: dict = {}             # graph name → subject → predicate → objects (list or dict)
        self._sizes: dict = {}
        self._namespace: dict[str, URIRef] = {}
        self._prefix: dict[URIRef, str] = {}

    # ---------------------------------------------------------------- writing

    def _index(self, graph: Graph) -> dict:
        name = graph.identifier
        if name not in self._spo:
            self._graphs[name], self._spo[name], self._sizes[name] = graph, {}, 0
        return self._spo[name]

    def add_graph(self, graph: Graph) -> None:
        self._index(graph)

    def add(self, triple, context, quoted: bool = False) -> None:
        s, p, o = triple
        by_p = self._index(context).setdefault(s, {})
        objects = by_p.get(p)
        if objects is None:
            by_p[p] = [o]
        elif o in objects:
            return
        elif isinstance(objects, list) and len(objects) < _SMALL:
            objects.append(o)
        else:
            if isinstance(objects, list):
                by_p[p] = objects = dict.fromkeys(objects)
            objects[o] = None
        self._sizes[context.identifier] += 1

    def remove(self, pattern, context=None) -> None:
        for (s, p, o), _ in list(self.triples(pattern, context)):
            for name in self._names(context):
                objects = self._spo[name].get(s, {}).get(p)
                if objects is not None and o in objects:
                    if isinstance(objects, list):
                        objects.remove(o)
                    else:
                        del objects[o]
                    self._sizes[name] -= 1

    def remove_graph(self, graph: Graph) -> None:
        for table in (self._graphs, self._spo, self._sizes):
            table.pop(graph.identifier, None)

    # ---------------------------------------------------------------- reading

    def _names(self, context) -> list:
        if context is None:
            return list(self._spo)
        return [context.identifier] if context.identifier in self._spo else []

    def triples(self, pattern, context=None) -> Iterator:
        s, p, o = pattern
        for name in self._names(context):
            index, graph = self._spo[name], self._graphs[name]
            for subject in ((s,) if s is not None else list(index)):
                by_p = index.get(subject)
                if by_p is None:
                    continue
                for predicate in ((p,) if p is not None else list(by_p)):
                    objects = by_p.get(predicate)
                    if objects is None:
                        continue
                    for obj in ((o,) if o is not None and o in objects else () if o is not None else list(objects)):
                        yield (subject, predicate, obj), iter((graph,))

    def contexts(self, triple=None) -> Iterator[Graph]:
        for name, graph in list(self._graphs.items()):
            if triple is None or any(True for _ in self.triples(triple, graph)):
                yield graph

    def __len__(self, context=None) -> int:
        return sum(self._sizes[name] for name in self._names(context))

    # ---------------------------------------------------------------- prefixes, as rdflib's Memory keeps them

    def bind(self, prefix: str, namespace: URIRef, override: bool = True) -> None:
        bound_namespace = self._namespace.get(prefix)
        bound_prefix = self._prefix.get(namespace, self._prefix.get(bound_namespace) if bound_namespace is not None else None)
        if override:
            if bound_prefix is not None:
                del self._namespace[bound_prefix]
            if bound_namespace is not None:
                del self._prefix[bound_namespace]
            self._prefix[namespace], self._namespace[prefix] = prefix, namespace
        else:
            namespace = bound_namespace if bound_namespace is not None else namespace
            prefix = bound_prefix if bound_prefix is not None else prefix
            self._prefix[namespace], self._namespace[prefix] = prefix, namespace

    def namespace(self, prefix: str) -> URIRef | None:
        return self._namespace.get(prefix)

    def prefix(self, namespace: URIRef) -> str | None:
        return self._prefix.get(namespace)

    def namespaces(self) -> Iterator[tuple[str, URIRef]]:
        yield from list(self._namespace.items())
