"""The graph pySHACL validates: its indexed store reads as rdflib's own, and its SPARQL constraints,
answered once per shape by Oxigraph, give the report pySHACL gives node by node in rdflib."""
from pathlib import Path

import pyshacl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF
from rdflib.plugins.sparql import prepareQuery

from tracker.compact import IndexedStore
from tracker.datagraph import ValidationGraph, _predicates, per_focus
from tracker.graph import claims_into
from tracker.pipeline import extract
from tracker.validate import load_shapes, validate_extraction, validate_graph

from .conftest import shacl_results

ROOT = Path(__file__).resolve().parent.parent
SH = "http://www.w3.org/ns/shacl#"
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
NS = {"ex": "http://example.org/", "schema": "http://schema.org/", "oa": "http://www.w3.org/ns/oa#",
      "ct": "https://w3id.org/claim-tracker/ns#", "xsd": str(XSD)}


# ---------------------------------------------------------------- the store

TERMS = st.sampled_from([URIRef("http://example.org/a"), URIRef("http://example.org/b"), URIRef("http://example.org/c"),
                         BNode("x"), Literal("a"), Literal("a", datatype=XSD.string), Literal("a", lang="ja"),
                         Literal("1", datatype=XSD.integer)])
NODES = st.sampled_from([URIRef("http://example.org/a"), URIRef("http://example.org/b"), BNode("x")])
PREDICATES = st.sampled_from([URIRef("http://example.org/p"), URIRef("http://example.org/q"), RDF.type])
TRIPLE = st.tuples(NODES, PREDICATES, TERMS)


def n3(triples) -> list:
    return sorted(" ".join(t.n3() for t in triple) for triple in triples)


@settings(max_examples=300, deadline=None)
@given(st.lists(TRIPLE, max_size=30), st.lists(TRIPLE, max_size=5),
       st.tuples(st.one_of(st.none(), NODES), st.one_of(st.none(), PREDICATES), st.one_of(st.none(), TERMS)))
def test_the_indexed_store_reads_every_pattern_as_rdflibs_memory(added, removed, pattern):
    ours, theirs = Graph(store=IndexedStore()), Graph()
    for g in (ours, theirs):
        for t in added:
            g.add(t)
        for t in removed:
            g.remove(t)
    assert n3(ours.triples(pattern)) == n3(theirs.triples(pattern))
    assert len(ours) == len(theirs)
    assert (pattern in ours) == (pattern in theirs)


def test_the_indexed_store_holds_one_graph():
    store = IndexedStore()
    Graph(store=store).add((URIRef("http://example.org/a"), RDF.type, URIRef("http://example.org/C")))
    with pytest.raises(ValueError):
        Graph(store=store).add((URIRef("http://example.org/b"), RDF.type, URIRef("http://example.org/C")))


# ---------------------------------------------------------------- which queries are answered once

def algebra(body: str):
    return prepareQuery(body, initNs=NS).algebra


@pytest.mark.parametrize("query", [
    "SELECT $this ?t WHERE { $this schema:text ?t FILTER NOT EXISTS { $this schema:citation ?r } }",
    "SELECT DISTINCT $this ?d WHERE { ?c schema:citation $this . $this schema:datePublished ?d }",
    "SELECT $this ?x WHERE { $this ex:p ?x OPTIONAL { ?x ex:q ?y } FILTER (!BOUND(?y)) }",
    "SELECT $this (ex:p AS ?path) WHERE { $this ex:p ?x . BIND (STR(?x) AS ?s) }",
])
def test_a_query_whose_main_pattern_binds_this_is_answered_once(query):
    assert per_focus(algebra(query))


@pytest.mark.parametrize("query", [
    "SELECT ?x WHERE { $this ex:p ?x }",                                               # $this not projected
    "SELECT $this WHERE { ?x ex:p ?y FILTER NOT EXISTS { $this ex:q ?y } }",           # bound only in a filter
    "SELECT $this WHERE { ?x ex:p ?y OPTIONAL { $this ex:q ?y } }",                     # bound only if the option holds
    "SELECT $this WHERE { $this ex:p ?y MINUS { $this ex:q ?y } }",                     # MINUS
    "SELECT $this WHERE { { $this ex:p ?y } UNION { $this ex:q ?y } }",                 # UNION
    "SELECT $this WHERE { $this ex:p ?y { SELECT ?y WHERE { ?y ex:q ?z } LIMIT 1 } }",  # a subquery
    "SELECT $this WHERE { $this ex:p ?y } LIMIT 1",                                      # a cut of the whole answer
    "SELECT $this (COUNT(?y) AS ?n) WHERE { $this ex:p ?y } GROUP BY $this",            # aggregates
    "SELECT $this WHERE { $this ex:p ?y VALUES ?y { 1 } }",                              # VALUES
    "SELECT $this WHERE { $this ex:p ?y FILTER EXISTS { ?y ex:q ?z MINUS { $this ex:r ?z } } }",  # in EXISTS too
    "SELECT $this WHERE { $this a ex:C OPTIONAL { ?x ex:r ?y OPTIONAL { $this ex:q ?z } } FILTER (!BOUND(?x)) }",
    "SELECT $this WHERE { $this a ex:C OPTIONAL { { ?x ex:r ?y FILTER (?y = $this) } } FILTER (BOUND(?x)) }",
    "SELECT $this WHERE { $this a ex:C OPTIONAL { ?x ex:r ?y BIND ($this AS ?t) } FILTER (BOUND(?t)) }",
    "SELECT $this ?v WHERE { $this ex:p* ?v }",                                          # zero-length paths
    "SELECT $this ?v WHERE { $this ex:p? ?v }",
    "ASK { $this ex:p ?y }",
])
def test_a_query_whose_answer_for_one_node_may_differ_is_asked_node_by_node(query):
    assert not per_focus(algebra(query))


def test_oxigraph_is_given_the_predicates_a_query_names_in_exists_too_or_all():
    assert _predicates(algebra("SELECT $this WHERE { $this a ex:C FILTER NOT EXISTS { $this ex:p/ex:q ?r } }")) is False
    assert _predicates(algebra("SELECT $this WHERE { $this ?p ?r }")) is None
    assert _predicates(algebra("SELECT $this WHERE { $this a ex:C FILTER NOT EXISTS { $this ex:p ?r } }")) == {
        RDF.type, URIRef("http://example.org/p")}


def test_every_shipped_constraint_is_answered_once_per_validation(monkeypatch):
    calls = []
    original = ValidationGraph._in_oxigraph
    monkeypatch.setattr(ValidationGraph, "_in_oxigraph", lambda self, *a: calls.append(a[0]) or original(self, *a))
    validate_extraction(extract(str(ROOT / "data" / "seed-ja-2024-russia-china.txt")))
    shipped = {str(q) for q in load_shapes().objects(None, URIRef(SH + "select"))}
    assert len(calls) == len(shipped) == len(set(calls))
    assert all(any(q in call for call in calls) for q in shipped)


# ---------------------------------------------------------------- the same report

results = shacl_results


def answered_once(data: ValidationGraph, shapes: Graph) -> Graph:
    """pySHACL on the graph, each constraint answered once where its form allows (the way
    `validate_graph(own=True)` takes with the shipped shapes)."""
    with data.answering_once():
        _, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", allow_infos=True, allow_warnings=True)
    return report


def plain(data: Graph, shapes: Graph) -> set:
    """pySHACL on rdflib's own graph: each constraint run node by node in rdflib's engine."""
    g = Graph()
    for t in data:
        g.add(t)
    _, report, _ = pyshacl.validate(g, shacl_graph=shapes, inference="none", allow_infos=True, allow_warnings=True)
    return results(report)


ARTICLES = [ROOT / "data" / "seed-ja-2024-russia-china.txt", *sorted((ROOT / "tests" / "devset").glob("*/*.txt"))[::4]]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_an_articles_report_is_the_one_pyshacl_gives_node_by_node(path):
    g = claims_into(extract(str(path)), ValidationGraph())
    _, ours, _ = validate_graph(g, own=True)
    assert results(ours) == plain(g, load_shapes())


SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
ex:Short a sh:NodeShape ; sh:targetObjectsOf ex:label ;
  sh:sparql [ sh:message "«{?this}» is short ({?n})" ;
    sh:select "SELECT $this ?n WHERE { ?s <http://example.org/label> $this . BIND (STRLEN(STR($this)) AS ?n) FILTER (?n < 4) }" ] .
ex:Unlinked a sh:NodeShape ; sh:targetClass ex:Thing ;
  sh:sparql [ sh:message "{?this} links nothing" ;
    sh:select "SELECT $this ?label WHERE { $this a <http://example.org/Thing> OPTIONAL { $this <http://example.org/label> ?label } FILTER NOT EXISTS { $this <http://example.org/link> ?o } }" ] .
"""


def test_literal_and_blank_focus_nodes_get_the_rows_pyshacl_gives_them():
    shapes = Graph().parse(data=SHAPES, format="turtle")
    data = ValidationGraph()
    thing, blank = URIRef("http://example.org/t"), BNode()
    for s, label in ((thing, Literal("ab")), (blank, Literal("ab", datatype=XSD.string)),
                     (thing, Literal("abc", lang="ja")), (blank, Literal("longer")), (thing, Literal("7", datatype=XSD.integer))):
        data.add((s, URIRef("http://example.org/label"), label))
        data.add((s, RDF.type, URIRef("http://example.org/Thing")))
    ours = answered_once(data, shapes)
    assert results(ours) == plain(data, shapes)
    assert len(results(ours)) >= 5


def test_a_graph_oxigraph_cannot_hold_is_validated_node_by_node_all_the_same():
    shapes = Graph().parse(data=SHAPES, format="turtle")
    data = ValidationGraph()
    odd = URIRef("http://example.org/a b")            # rdflib takes an IRI with a space; Oxigraph does not
    data.add((odd, RDF.type, URIRef("http://example.org/Thing")))
    data.add((odd, URIRef("http://example.org/label"), Literal("x")))
    ours = answered_once(data, shapes)
    assert results(ours) == plain(data, shapes)
    assert {r[0] for r in results(ours)} == {odd, Literal("x")}


def test_a_function_oxigraph_lacks_and_an_answer_that_outgrows_the_data_are_asked_node_by_node(monkeypatch):
    shapes = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:Fn a sh:NodeShape ; sh:targetClass ex:Thing ; sh:sparql [ sh:message "fn" ;
            sh:select "SELECT $this WHERE { $this a <http://example.org/Thing> FILTER (<http://example.org/fn>($this)) }" ] .
        ex:Pairs a sh:NodeShape ; sh:targetClass ex:Thing ; sh:sparql [ sh:message "{?a} {?b}" ;
            sh:select "SELECT $this ?a ?b WHERE { $this <http://example.org/a> ?a . $this <http://example.org/b> ?b FILTER (?a > ?b) }" ] .
        """, format="turtle")
    data = ValidationGraph()
    ex = "http://example.org/"
    data.add((URIRef(ex + "t"), RDF.type, URIRef(ex + "Thing")))
    data.add((URIRef(ex + "t"), URIRef(ex + "a"), Literal(2)))
    data.add((URIRef(ex + "t"), URIRef(ex + "b"), Literal(1)))
    for i in range(60):     # a node no shape targets, whose pairs are 3,600 rows: more than the data
        data.add((URIRef(ex + "x"), URIRef(ex + "a"), Literal(i + 100)))
        data.add((URIRef(ex + "x"), URIRef(ex + "b"), Literal(i)))
    answers = []
    original = ValidationGraph._in_oxigraph
    monkeypatch.setattr(ValidationGraph, "_in_oxigraph", lambda self, *a: answers.append(original(self, *a)) or answers[-1])
    ours = answered_once(data, shapes)
    assert answers == [None, None]
    assert results(ours) == plain(data, shapes)
    assert {str(r[3]) for r in results(ours)} == {"2 1"}


def test_linked_data_from_elsewhere_is_checked_node_by_node_in_rdflib(cli, tmp_path):
    """An offset of -1 is no position in the text: rdflib's SUBSTR says so, Oxigraph's (by the
    XPath rule) would take the text from its start and call the anchor sound."""
    f = tmp_path / "anchor.ttl"
    f.write_text("""@prefix oa: <http://www.w3.org/ns/oa#> . @prefix schema: <http://schema.org/> . @prefix ex: <http://example.org/> .
ex:a a oa:SpecificResource ; oa:hasSource ex:art ; oa:hasSelector ex:p , ex:q .
ex:art schema:text "abcdef" .
ex:p a oa:TextPositionSelector ; oa:start -1 ; oa:end 2 .
ex:q a oa:TextQuoteSelector ; oa:exact "ab" .
""", encoding="utf-8")
    r = cli("validate", str(f))
    assert r.returncode == 1, r.stdout + r.stderr
    assert "does not hold its quoted text" in r.stdout


def test_other_shapes_and_long_texts_are_asked_node_by_node(monkeypatch):
    calls = []
    original = ValidationGraph._in_oxigraph
    monkeypatch.setattr(ValidationGraph, "_in_oxigraph", lambda self, *a: calls.append(original(self, *a)) or calls[-1])
    shapes = Graph().parse(data=SHAPES, format="turtle")
    data = ValidationGraph()
    data.add((URIRef("http://example.org/t"), RDF.type, URIRef("http://example.org/Thing")))
    validate_graph(data, shapes, own=True)
    assert calls == []                                  # shapes other than the shipped ones: never
    from tracker import datagraph
    ex = extract(str(ROOT / "data" / "seed-ja-2024-russia-china.txt"))
    monkeypatch.setattr(datagraph, "LONGEST", len(ex.article.text) - 1)
    g = claims_into(ex, ValidationGraph())
    _, ours, _ = validate_graph(g, own=True)
    assert calls and all(answer is None for answer in calls)    # a text past LONGEST: node by node
    assert results(ours) == plain(g, load_shapes())
