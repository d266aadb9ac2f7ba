"""Prefixed names for Turtle and TriG, in time linear in the graph.

rdflib's `NamespaceManager` files the namespace of every IRI it is asked about in a trie, bound
to a prefix or not, and walks the trie's top level for each new IRI; our IRIs (one per claim,
person, report) have as many namespaces as they are many, so serialising an article took time
quadratic in its claims (a 1 MB article: minutes). `PrefixNames` answers the same question, which
prefix writes this IRI, looking only at the namespaces bound to a prefix (a handful), and
remembers its answers, including "none": an IRI that no prefix writes is written whole.

The names are rdflib's: an IRI is split where rdflib splits it (`split_uri`), the longest bound
namespace that extends the split and begins the IRI wins, and a predicate (the one case where the
serializer asks for a new prefix) gets one as rdflib would give it (`ns1`, `ns2`, …).

`TrigWriter` and `TurtleWriter` (formats `tracker-trig`, `tracker-turtle`) are rdflib's
serializers remembering what they wrote each IRI as: the same bytes, sooner.
"""
from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import NamespaceManager, split_uri
from rdflib.plugin import register
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.plugins.serializers.turtle import TurtleSerializer
from rdflib.serializer import Serializer
from rdflib.term import _is_valid_uri


class PrefixNames(NamespaceManager):
    def __init__(self, graph: Graph):
        super().__init__(graph, bind_namespaces="none")   # the graph's own bindings stay as they are
        self._answers: dict[str, tuple[str, URIRef, str] | None] = {}
        self._bound: list[str] | None = None
        self.generation = 0             # how many times a prefix was bound: answers before may differ

    def bind(self, prefix, namespace, *args, **kwargs) -> None:
        super().bind(prefix, namespace, *args, **kwargs)
        self._bound = None
        self._answers.clear()
        self.generation += 1

    def compute_qname(self, uri: str, generate: bool = True) -> tuple[str, URIRef, str]:
        if uri in self._answers:
            answer = self._answers[uri]
            if answer is not None:
                return answer
            if not generate:
                raise KeyError(f"No known prefix for {uri}")
        if not _is_valid_uri(uri):
            raise ValueError(f'"{uri}" does not look like a valid URI, cannot serialize this.')
        try:
            namespace, name = split_uri(uri)
        except ValueError:
            if not self.store.prefix(URIRef(uri)):
                raise
            namespace, name = uri, ""
        longer = [ns for ns in self._namespaces() if len(ns) > len(namespace) and uri.startswith(ns)]
        if longer:
            namespace = max(longer, key=len)
            name = uri[len(namespace):]
        prefix = self.store.prefix(URIRef(namespace))
        if prefix is None:
            if not generate:
                self._answers[uri] = None
                raise KeyError(f"No known prefix for {namespace} and generate=False")
            n = 1
            while self.store.namespace(f"ns{n}"):
                n += 1
            prefix = f"ns{n}"
            self.bind(prefix, namespace)
        answer = self._answers[uri] = (prefix, URIRef(namespace), name)
        return answer

    def _namespaces(self) -> list[str]:
        if self._bound is None:
            self._bound = [str(ns) for _, ns in self.store.namespaces()]
        return self._bound


def use_prefix_names(g: Graph) -> None:
    """Give `g` (and, for a dataset, the graphs it holds, which share its manager) `PrefixNames`."""
    if not isinstance(g.namespace_manager, PrefixNames):
        g.namespace_manager = PrefixNames(g)


class _Remembered:
    """A Turtle or TriG serializer that works out each IRI's written form once a document: rdflib's
    asks again for every mention (some 800,000 times for a 1 MB article), each time splitting the
    IRI and escaping its local name. The memory is forgotten when a prefix is bound (`generation`)."""

    def reset(self) -> None:
        super().reset()
        self._pnames: dict = {}
        self._generation = None

    def get_pname(self, uri, gen_prefix: bool = True):
        names = self.store.namespace_manager
        generation = getattr(names, "generation", None)
        if generation is None or not isinstance(uri, URIRef):
            return super().get_pname(uri, gen_prefix)
        if generation != self._generation:
            self._pnames.clear()
            self._generation = generation
        key = (uri, gen_prefix)
        if key not in self._pnames:
            pname = super().get_pname(uri, gen_prefix)
            if names.generation != generation:      # it bound a prefix: other answers may change
                return pname
            self._pnames[key] = pname
        return self._pnames[key]


class TrigWriter(_Remembered, TrigSerializer):
    pass


class TurtleWriter(_Remembered, TurtleSerializer):
    pass


register("tracker-trig", Serializer, "tracker.prefixes", "TrigWriter")
register("tracker-turtle", Serializer, "tracker.prefixes", "TurtleWriter")
