"""The graph pySHACL validates: one graph in an indexed store (`compact.IndexedStore`), whose
SPARQL constraints are answered once per shape rather than once per focus node.

pySHACL runs each SPARQL constraint once for every focus node, with `$this` in `initBindings`,
through rdflib's engine: about a hundred runs for a 5 KB article, each costing rdflib 0.2 to
0.6 ms whatever the query, and quadratic in the article when a pattern's triples run in the
wrong order. Two things make that linear and cheap, with the same report:

- Each query is parsed once, and its triple patterns ordered with the bound variables known
  (`bound_first`): rdflib orders them when it parses, without knowing `$this` will be bound, so
  `?pos a oa:TextPositionSelector` would read every selector for every anchor.
- Within `answering_once()` (one pySHACL run, which only reads the graph), a query whose answer
  for one focus node is, by its form, the rows of its whole answer for that node (`per_focus`)
  is evaluated once, by Oxigraph over the same triples (`_Mirror`), and each focus node is
  answered from its own rows. Any other query goes pySHACL's way, node by node in rdflib.

The two engines agree on well-typed values, and part ways on others (rdflib's SUBSTR of a
negative start, Oxigraph's comparison of a 30 February), so `validate.validate_graph` answers
once only for a graph of the tracker's own making (`own=True`: an extraction's graph, whose
texts, dates and offsets it wrote from Python values).
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.query import Result

from .compact import IndexedStore

THIS = Variable("this")
SCHEMA_TEXT = URIRef("http://schema.org/text")
# Oxigraph finds a substring by walking the text's UTF-8 to the offset, rdflib by indexing: past
# this length an article's anchors cost more in Oxigraph than node by node in rdflib (an 18 MB
# article: 13.6 s against 4.4 s; a 1 MB one: 7.8 s against 11.8 s).
LONGEST = 1_000_000
# Parts of a query whose answer with `$this` pre-bound may differ from the whole answer's rows for
# it (SHACL pre-binds `$this` everywhere, in a subquery, MINUS, UNION or VALUES too), or that
# cut or order the answer as a whole (LIMIT, ORDER BY, GROUP BY).
_NOT_PER_FOCUS = frozenset({"AggregateJoin", "Graph", "Group", "Minus", "OrderBy", "Reduced", "Slice",
                            "ToMultiSet", "Union", "values", "ServiceGraphPattern", "SelectQuery",
                            "ConstructQuery", "AskQuery", "DescribeQuery"})


class ValidationGraph(Graph):
    """One graph, in an `IndexedStore`, that answers pySHACL's SPARQL as the module says."""

    _prepared_queries: dict = {}          # (text, bound variables) → prepared query, for every graph
    _answers: dict | None = None          # query text → its whole answer, within answering_once()
    _mirror: _Mirror | None = None

    def __init__(self):
        super().__init__(store=IndexedStore())

    @contextmanager
    def answering_once(self):
        """Within this block the graph must not change: each query's whole answer is kept until
        the block ends."""
        self._answers, self._mirror = {}, None
        try:
            yield self
        finally:
            self._answers, self._mirror = None, None

    def query(self, query_object, processor="sparql", result="sparql", initNs=None, initBindings=None, *args, **kwargs):
        if isinstance(query_object, str):
            if self._answers is not None and initBindings and set(initBindings) == {"this"}:
                whole = self._whole(query_object, initNs)
                if whole is not None:
                    return whole.of(initBindings["this"])
            query_object = self._prepared(query_object, frozenset(Variable(v) for v in initBindings or {}), initNs)
        return super().query(query_object, processor, result, initNs, initBindings, *args, **kwargs)

    def _prepared(self, text: str, bound: frozenset, initNs):
        key = (text, bound, tuple(sorted((initNs or {}).items())))
        prepared = self._prepared_queries.get(key)
        if prepared is None:
            prepared = prepareQuery(text, initNs=initNs or {})
            _reorder(prepared.algebra, bound)
            self._prepared_queries[key] = prepared
        return prepared

    def _whole(self, text: str, initNs) -> _Answer | None:
        if text not in self._answers:
            algebra = self._prepared(text, frozenset(), initNs).algebra
            self._answers[text] = self._in_oxigraph(text, initNs, _predicates(algebra["p"])) if per_focus(algebra) else None
        return self._answers[text]

    def _in_oxigraph(self, text: str, initNs, predicates: frozenset | None) -> _Answer | None:
        """The whole answer from Oxigraph, whose SPARQL engine is some hundred times rdflib's;
        None where Oxigraph cannot hold these triples or read this query (pySHACL's way then).
        Oxigraph is given the triples of the predicates the query names, no more."""
        import pyoxigraph as ox

        if self._mirror is None:
            self._mirror = _Mirror(self)
        mirror = self._mirror
        budget = 2 * len(self) + 1000     # rows: past this, the answer outgrows the data (a product of
        rows: dict = {}                   # what no focus node holds) and each node is asked alone
        try:
            mirror.hold(predicates)
            solutions = mirror.store.query(text, prefixes={k: str(v) for k, v in (initNs or {}).items()} or None)
            if not isinstance(solutions, ox.QuerySolutions):
                return None
            names = [Variable(v.value) for v in solutions.variables]
            at = names.index(THIS)
            for n, solution in enumerate(solutions):
                if n >= budget:
                    return None
                values = list(solution)
                rows.setdefault(values[at], []).append(
                    {name: mirror.rdflib(term) for name, term in zip(names, values) if term is not None})
        except Exception:   # noqa: BLE001 - a term Oxigraph refuses (an IRI with a space), a function it lacks
            return None
        except BaseException as exc:     # a panic in Oxigraph's Rust (pyo3's PanicException) is no Exception
            if type(exc).__name__ != "PanicException":
                raise
            return None
        return _Answer(names, rows, mirror)


@dataclass(frozen=True)
class _Answer:
    vars: list
    rows: dict          # Oxigraph's term for `$this` → rows of rdflib terms
    mirror: _Mirror

    def of(self, focus) -> Result:
        """The rows for one focus node, as rdflib's result of the query with `$this` bound. The
        focus node is looked up as Oxigraph's term ("a" and "a"^^xsd:string are one in RDF 1.1,
        two in rdflib) and stands as itself in its rows."""
        result = Result("SELECT")
        result.vars = self.vars
        try:
            key = self.mirror.oxigraph(focus)
        except ValueError:
            key = None
        result.bindings = [{**row, THIS: focus} for row in self.rows.get(key, ())]
        return result


class _Mirror:
    """Triples of a `ValidationGraph` in an Oxigraph store in memory, loaded a predicate at a time
    as the queries need them. A blank node gets a fresh Oxigraph one (rdflib's labels need not be
    valid ones). A term whose rdflib form Oxigraph's would not give back (a blank node, an upper-
    case language tag, "a"^^xsd:string) is remembered for the way back; no other is kept. Oxigraph
    stores some typed literals in a canonical form ("5"^^xsd:positiveInteger as xsd:integer,
    "1"^^xsd:boolean as "true"), which come back so: the shipped shapes read such values only as
    text in a message, and other shapes never come this way (`validate.validate_graph`)."""

    def __init__(self, graph: Graph):
        import pyoxigraph as ox

        self._ox, self._graph = ox, graph
        self._bnodes: dict = {}
        self._back: dict = {}
        self._held: set = set()
        self._broken: ValueError | None = None
        if any(len(t) > LONGEST for t in graph.objects(None, SCHEMA_TEXT)):
            self._broken = ValueError("a text past LONGEST characters: Oxigraph's SUBSTR walks to its offset")
        self.store = ox.Store()

    def hold(self, predicates: frozenset | None) -> None:
        """Load the triples of `predicates` (None: all of them) not loaded yet. Raises ValueError,
        now and ever after, for a term Oxigraph does not take."""
        if self._broken is not None:
            raise self._broken
        store, quad = self._graph.store, self._ox.Quad
        indexed = isinstance(store, IndexedStore)
        if predicates is None:
            predicates = frozenset(store.predicates() if indexed else self._graph.predicates(unique=True))
        seen: dict = {}                 # while loading: each term converted once

        def term(t):
            found = seen.get(t)
            if found is None:
                found = seen[t] = self.oxigraph(t)
            return found

        for p in sorted(predicates - self._held):
            pairs = store.by_predicate(p) if indexed else self._graph.subject_objects(p)
            predicate = term(p)
            try:
                self.store.extend(quad(term(s), predicate, term(o)) for s, o in pairs)
            except ValueError as exc:
                self._broken = exc
                raise
            self._held.add(p)

    def oxigraph(self, t):
        """Oxigraph's form of an rdflib term. Raises ValueError for one it does not take."""
        ox = self._ox
        if isinstance(t, URIRef):
            return ox.NamedNode(str(t))
        if isinstance(t, BNode):
            found = self._bnodes.get(t)
            if found is None:
                found = self._bnodes[t] = ox.BlankNode()
                self._back[found] = t
            return found
        if isinstance(t, Literal):
            if t.language:
                found = ox.Literal(str(t), language=t.language)
                if found.language != t.language:
                    self._back.setdefault(found, t)
                return found
            if t.datatype is None:
                return ox.Literal(str(t))
            found = ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
            if t.datatype == XSD.string:
                self._back.setdefault(found, t)
            return found
        raise ValueError(f"not an RDF term: {type(t).__name__}")

    def rdflib(self, t):
        """A term of an answer in rdflib's form: the graph's own where it came from the graph;
        one the query made (STR, CONCAT, BIND) as rdflib's engine would have made it."""
        found = self._back.get(t)
        if found is not None:
            return found
        ox = self._ox
        if isinstance(t, ox.NamedNode):
            return URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return BNode(t.value)
        if t.language:
            return Literal(t.value, lang=t.language)
        if t.datatype.value == str(XSD.string):
            return Literal(t.value)
        return Literal(t.value, datatype=URIRef(t.datatype.value))


def per_focus(algebra) -> bool:
    """Whether a SELECT's answer with `$this` pre-bound is exactly the rows of its unbound answer
    that bind `$this` to the focus node. So it is where `$this` is projected and bound by the
    query's own main pattern (a triple pattern reached from the top through DISTINCT, filters,
    BINDs and the required side of OPTIONALs), since filters, EXISTS and the optional side are
    evaluated with the bindings of the main pattern's row (so the optional side must be a plain
    pattern: a group or BIND in it is evaluated apart by Oxigraph, with `$this` in scope by
    rdflib); where no property path is walked (a zero-length path reaches a focus node the data
    does not hold); and where nothing in the query is evaluated apart (a subquery, MINUS, UNION,
    VALUES, GRAPH) or cuts or groups the whole answer (LIMIT, ORDER BY, aggregates)."""
    if algebra.name != "SelectQuery" or THIS not in (algebra.get("PV") or ()):
        return False
    node = algebra["p"]
    while isinstance(node, CompValue) and node.name in ("Distinct", "Project", "Filter", "Extend", "LeftJoin"):
        if node.name == "LeftJoin" and not _is_bgp(node["p2"]):
            return False
        node = node["p1"] if node.name == "LeftJoin" else node["p"]
    if not _is_bgp(node) or not any(THIS in t for t in node["triples"]):
        return False
    return not _has_part(algebra["p"], _NOT_PER_FOCUS) and _predicates(algebra["p"]) is not False


def _is_bgp(node) -> bool:
    return isinstance(node, CompValue) and node.name == "BGP"


def _predicates(node) -> frozenset | None | bool:
    """The predicates a query's triple patterns name; None where one is a variable (which may
    match any), False where one is a property path."""
    found: set = set()
    variable = False

    def walk(n) -> bool:
        nonlocal variable
        if isinstance(n, CompValue):
            if n.name == "BGP":
                for _, p, _ in n["triples"]:
                    if isinstance(p, URIRef):
                        found.add(p)
                    elif isinstance(p, (Variable, BNode)):
                        variable = True
                    else:
                        return False
                return True
            return all(walk(v) for v in _parts(n))
        if isinstance(n, (list, tuple)):
            return all(walk(v) for v in n)
        return True

    if not walk(node):
        return False
    return None if variable else frozenset(found)


def _has_part(node, names: frozenset) -> bool:
    if isinstance(node, CompValue):
        return node.name in names or any(_has_part(v, names) for v in _parts(node))
    if isinstance(node, (list, tuple)):
        return any(_has_part(v, names) for v in node)
    return False


def _reorder(node, bound: frozenset) -> None:
    """Order the triples of every basic graph pattern under `node` with `bound` known, and with
    what rdflib binds before it evaluates a part: the required side's variables for the optional
    side of an OPTIONAL, the filtered pattern's for a FILTER (EXISTS included)."""
    if isinstance(node, CompValue):
        if node.name == "BGP":
            node["triples"] = bound_first(node["triples"], bound)
            return
        if node.name == "LeftJoin":
            _reorder(node["p1"], bound)
            _reorder(node["p2"], bound | _scope(node["p1"]))
            _reorder(node.get("expr"), bound | _scope(node["p1"]) | _scope(node["p2"]))
            return
        if node.name == "Filter":
            _reorder(node["p"], bound)
            _reorder(node["expr"], bound | _scope(node["p"]))
            return
        for value in _parts(node):
            _reorder(value, bound)
    elif isinstance(node, (list, tuple)):
        for value in node:
            _reorder(value, bound)


def _parts(node: CompValue) -> list:
    """What a part of the algebra holds. rdflib translates the pattern of an EXISTS into an
    attribute beside the raw one it keeps as an item; what it evaluates is the attribute."""
    if node.name in ("Builtin_EXISTS", "Builtin_NOTEXISTS") and "graph" in vars(node):
        return [vars(node)["graph"]]
    return list(node.values())


def _scope(node) -> frozenset:
    """The variables a part of the algebra binds (rdflib notes them as it translates)."""
    return frozenset(node.get("_vars") or ()) if isinstance(node, CompValue) else frozenset()


def bound_first(triples, bound: frozenset) -> list:
    """Greedy: next the triple with most terms known (constants, bound variables, variables of
    the triples already placed), a known subject first among equals (`?x a C` matches every
    member of a class; `$this p ?x` the focus node's own values); other ties keep their order."""
    rest, known, out = list(triples), set(bound), []

    def known_term(t) -> bool:
        return not isinstance(t, (Variable, BNode)) or t in known

    while rest:
        best = max(range(len(rest)), key=lambda i: (sum(map(known_term, rest[i])), known_term(rest[i][0]), -i))
        chosen = rest.pop(best)
        out.append(chosen)
        known.update(t for t in chosen if isinstance(t, (Variable, BNode)))
    return out
