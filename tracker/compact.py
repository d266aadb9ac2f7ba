"""Two small in-memory rdflib stores for one extraction: `CompactStore` to write it out,
`IndexedStore` to validate it.

`CompactStore` keeps the triples as subject → predicate → objects in each graph, in the order they
were added.

rdflib's `Memory` store indexes every triple three ways and records its graphs triple by triple:
about 800 bytes a triple, and 10 µs to add one, which made a 10 MB article's TriG need over 2 GB.
Serialising needs less: each subject's predicates and objects, every triple of a graph, the graphs
in order. This store keeps that (about 100 bytes a triple); any other pattern is answered by a scan,
correct but linear, so it is for writing, not for querying (validation reads `IndexedStore`,
the stores Oxigraph). Graphs come out in the order they were first written to, so the
same extraction gives the same bytes in every process (rdflib's `Memory` orders them by hash).

`IndexedStore` holds one graph indexed by subject and by predicate (by object once asked), for
pySHACL to read: an article's graph builds in half the time `Memory` takes, which also records
each triple's graphs, and reading skips those records.
"""
from __future__ import annotations

from collections.abc import Iterator

from rdflib import Graph, URIRef
from rdflib.store import Store

_SMALL = 8          # objects of one subject and predicate kept in a list up to this many, then a dict


class _InMemory(Store):
    """What both stores share: graphs (named ones), no formulas nor transactions, and prefixes
    bound as rdflib's `Memory` keeps them."""

    context_aware = True
    graph_aware = True
    formula_aware = False
    transaction_aware = False

    def __init__(self, configuration=None, identifier=None):
        super().__init__(configuration)
        self.identifier = identifier
        self._namespace: dict[str, URIRef] = {}
        self._prefix: dict[URIRef, str] = {}

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


class CompactStore(_InMemory):
    def __init__(self, configuration=None, identifier=None):
        super().__init__(configuration, identifier)
        self._graphs: dict = {}          # graph name → the Graph it was written through, in order
        self._spo: dict = {}             # graph name → subject → predicate → objects (list or dict)
        self._sizes: dict = {}

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


class IndexedStore(_InMemory):
    """One graph's triples, indexed subject → predicate → objects, predicate → object → subjects
    and object → subject → predicates, the last built at the first read that needs it (pySHACL
    seldom asks for a node's incoming triples). The innermost is the one term where there is one
    (most are: a claim has one text, a literal one subject) and an insertion-ordered dict of them
    past that, so that what reads them sees the same order in every process: about 350 bytes a
    triple where rdflib's `Memory` takes 1,100 (2.4 million triples, resident memory)."""

    def __init__(self, configuration=None, identifier=None):
        super().__init__(configuration, identifier)
        self._graph: Graph | None = None
        self._spo: dict = {}
        self._pos: dict = {}
        self._osp_built: dict | None = None
        self._size = 0

    @property
    def _osp(self) -> dict:
        if self._osp_built is None:
            self._osp_built = osp = {}
            for s, by_p in self._spo.items():
                for p, objects in by_p.items():
                    for o in _members(objects):
                        _put(osp.setdefault(o, {}), s, p)
        return self._osp_built

    def _one(self, context) -> None:
        if context is self._graph:
            return
        if self._graph is None:
            self._graph = context
        elif context is not None and context.identifier != self._graph.identifier:
            raise ValueError("an IndexedStore holds one graph")

    def add_graph(self, graph: Graph) -> None:
        self._one(graph)

    def remove_graph(self, graph: Graph) -> None:
        if self._graph is not None and graph.identifier == self._graph.identifier:
            self.remove((None, None, None))

    def add(self, triple, context, quoted: bool = False) -> None:
        self._one(context)
        s, p, o = triple
        if not _put(self._spo.setdefault(s, {}), p, o):
            return
        _put(self._pos.setdefault(p, {}), o, s)
        if self._osp_built is not None:
            _put(self._osp_built.setdefault(o, {}), s, p)
        self._size += 1

    def addN(self, quads) -> None:
        for s, p, o, c in quads:
            self.add((s, p, o), c)

    def remove(self, pattern, context=None) -> None:
        for (s, p, o), _ in list(self.triples(pattern, context)):
            _drop(self._spo, s, p, o)
            _drop(self._pos, p, o, s)
            if self._osp_built is not None:
                _drop(self._osp_built, o, s, p)
            self._size -= 1

    def triples(self, pattern, context=None) -> Iterator:
        if context is not None and (self._graph is None or context.identifier != self._graph.identifier):
            return
        contexts = (self._graph,)
        s, p, o = pattern
        if s is not None:
            by_p = self._spo.get(s, {})
            if p is not None:
                for obj in _members(by_p.get(p), o):
                    yield (s, p, obj), iter(contexts)
            elif o is not None:
                for pred in _members(self._osp.get(o, {}).get(s)):
                    yield (s, pred, o), iter(contexts)
            else:
                for pred, objects in list(by_p.items()):
                    for obj in _members(objects):
                        yield (s, pred, obj), iter(contexts)
        elif p is not None:
            by_o = self._pos.get(p, {})
            if o is not None:
                for subj in _members(by_o.get(o)):
                    yield (subj, p, o), iter(contexts)
            else:
                for obj, subjects in list(by_o.items()):
                    for subj in _members(subjects):
                        yield (subj, p, obj), iter(contexts)
        elif o is not None:
            for subj, preds in list(self._osp.get(o, {}).items()):
                for pred in _members(preds):
                    yield (subj, pred, o), iter(contexts)
        else:
            for subj, by_p in list(self._spo.items()):
                for pred, objects in list(by_p.items()):
                    for obj in _members(objects):
                        yield (subj, pred, obj), iter(contexts)

    def by_subject(self) -> Iterator[tuple]:
        """Each subject with its predicates and their objects: every triple, read fast."""
        for s, by_p in list(self._spo.items()):
            yield s, [(p, _members(objects)) for p, objects in by_p.items()]

    def by_predicate(self, p) -> Iterator[tuple]:
        """Each (subject, object) of one predicate."""
        for o, subjects in list(self._pos.get(p, {}).items()):
            for s in _members(subjects):
                yield s, o

    def predicates(self) -> list:
        return list(self._pos)

    def contexts(self, triple=None) -> Iterator[Graph]:
        if self._graph is not None and (triple is None or any(True for _ in self.triples(triple))):
            yield self._graph

    def __len__(self, context=None) -> int:
        if context is not None and (self._graph is None or context.identifier != self._graph.identifier):
            return 0
        return self._size


def _put(index: dict, key, term) -> bool:
    """Add `term` under `key`: the term alone, or a dict of them past one. False if it was there."""
    held = index.get(key)
    if held is None:
        index[key] = term
    elif isinstance(held, dict):
        if term in held:
            return False
        held[term] = None
    elif held == term:
        return False
    else:
        index[key] = {held: None, term: None}
    return True


def _drop(index: dict, a, b, term) -> None:
    inner = index[a]
    held = inner[b]
    if isinstance(held, dict):
        del held[term]
        if len(held) == 1:
            inner[b] = next(iter(held))
    else:
        del inner[b]
    if not inner:
        del index[a]


def _members(held, only=None) -> list:
    """The terms held (all of them, or `only` if it is among them)."""
    if held is None:
        return []
    if isinstance(held, dict):
        return ([only] if only in held else []) if only is not None else list(held)
    return [held] if only is None or held == only else []
