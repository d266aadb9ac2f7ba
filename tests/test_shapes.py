"""The SHACL shapes in shapes/ against the small graphs in tests/shapes/, each stating what it expects.

A fixture's leading `# expect:` lines list every result it should get (see tests/shapes/README.md);
the graph conforms exactly when none of them is a Violation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyshacl
import pytest
from rdflib import BNode, Graph, Namespace, URIRef
from rdflib.namespace import RDF
from rdflib.plugins.sparql import prepareQuery
from rdflib.util import from_n3

from tracker.validate import load_shapes, validate_graph

FIXTURES = Path(__file__).resolve().parent / "shapes"
SH = Namespace("http://www.w3.org/ns/shacl#")
CTS = Namespace("https://w3id.org/claim-tracker/shapes#")
SHACL_SHACL = Path(pyshacl.__file__).parent / "assets" / "shacl-shacl.ttl"
EXPECT = re.compile(r'#\s*expect:\s*(?:(?P<conforms>conforms)|(?P<severity>Violation|Warning|Info)\s+'
                    r'(?P<shape>\S+)\s+(?P<focus>\S+)(?:\s+"(?P<message>.*)")?)\s*$')


@dataclass(frozen=True)
class Expected:
    severity: URIRef
    shape: URIRef
    focus: URIRef
    message: str | None = None  # a fragment the result's message contains


def fixture_files() -> list[Path]:
    return sorted(FIXTURES.glob("*.ttl"))


def shape_of_file(path: Path) -> str:
    """`statement_date.after_report.bad.ttl` → `StatementDateShape`."""
    return "".join(w.capitalize() for w in path.name.split(".")[0].split("_")) + "Shape"


def node_shapes() -> set[URIRef]:
    return {s for s in load_shapes().subjects(RDF.type, SH.NodeShape) if isinstance(s, URIRef)}


def expectations(path: Path, data: Graph) -> tuple[bool, list[Expected]]:
    """The leading `# expect:` lines: (conforms, the results expected)."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        if re.match(r"#\s*expect:", line):
            lines.append(line)
    assert lines, f"{path.name} states no '# expect:' line"
    ns = data.namespace_manager
    ns.bind("cts", CTS)
    expected, says_conforms = [], False
    for line in lines:
        m = EXPECT.match(line)
        assert m, f"{path.name}: cannot read {line!r}"
        if m["conforms"]:
            says_conforms = True
            continue
        expected.append(Expected(SH[m["severity"]], from_n3(m["shape"], nsm=ns), from_n3(m["focus"], nsm=ns),
                                 m["message"]))
    conforms = not any(e.severity == SH.Violation for e in expected)
    assert not (says_conforms and not conforms), f"{path.name} says it conforms but expects a Violation"
    return conforms, expected


def node_shape_of(source: URIRef | BNode, shapes: Graph) -> URIRef | BNode:
    """A property shape's result is reported against the property shape: name its node shape."""
    return shapes.value(predicate=SH.property, object=source) or source


def results_of(results: Graph, shapes: Graph) -> list[tuple[URIRef, URIRef, URIRef, str]]:
    return [(results.value(r, SH.resultSeverity), node_shape_of(results.value(r, SH.sourceShape), shapes),
             results.value(r, SH.focusNode), str(results.value(r, SH.resultMessage) or ""))
            for r in results.subjects(RDF.type, SH.ValidationResult)]


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: p.name)
def test_fixture_gets_exactly_the_results_it_states(path):
    data = Graph().parse(path, format="turtle")
    conforms, expected = expectations(path, data)
    shapes = load_shapes()
    got_conforms, results, _ = validate_graph(data)
    got = results_of(results, shapes)

    def show(rs):
        ns = shapes.namespace_manager
        return "\n".join(f"  {s.n3(ns)} {sh.n3(ns)} {f.n3(ns)} {m!r}" for s, sh, f, m in rs) or "  none"

    assert {r[:3] for r in got} == {(e.severity, e.shape, e.focus) for e in expected}, f"results:\n{show(got)}"
    assert got_conforms == conforms
    for e in expected:
        if e.message is not None:
            messages = [m for s, sh, f, m in got if (s, sh, f) == (e.severity, e.shape, e.focus)]
            assert any(e.message in m for m in messages), f"no message contains {e.message!r}: {messages}"


def test_every_node_shape_has_a_conforming_and_a_failing_fixture():
    names = {str(s).removeprefix(str(CTS)) for s in node_shapes()}
    ok = {shape_of_file(p) for p in fixture_files() if p.name.endswith(".ok.ttl")}
    bad = {shape_of_file(p) for p in fixture_files() if p.name.endswith(".bad.ttl")}
    assert names - ok == set(), "node shapes without a .ok.ttl fixture"
    assert names - bad == set(), "node shapes without a .bad.ttl fixture"


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: p.name)
def test_fixture_is_named_for_a_shape_and_ok_or_bad_by_that_shape(path):
    shape = CTS[shape_of_file(path)]
    assert shape in node_shapes(), f"{path.name}: no node shape {shape}"
    assert path.name.endswith((".ok.ttl", ".bad.ttl")), path.name
    conforms, expected = expectations(path, Graph().parse(path, format="turtle"))
    from_its_shape = [e for e in expected if e.shape == shape]
    if path.name.endswith(".ok.ttl"):
        assert conforms and not from_its_shape, f"{path.name} is ok, yet expects a result of {shape}"
    else:
        assert from_its_shape, f"{path.name} is bad, yet expects no result of {shape}"


def test_shapes_are_valid_shacl():
    shacl_shacl = Graph().parse(SHACL_SHACL, format="turtle")
    conforms, _, text = pyshacl.validate(load_shapes(), shacl_graph=shacl_shacl, inference="none")
    assert conforms, text


def test_shacl_check_rejects_a_broken_shape():
    broken = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount "one" ] .""",
                           format="turtle")
    shacl_shacl = Graph().parse(SHACL_SHACL, format="turtle")
    conforms, _, _ = pyshacl.validate(broken, shacl_graph=shacl_shacl, inference="none")
    assert not conforms


def test_every_sparql_constraint_parses_with_the_declared_prefixes():
    shapes = load_shapes()
    for constraint in shapes.objects(None, SH.sparql):
        prefixes = {str(shapes.value(d, SH.prefix)): str(shapes.value(d, SH.namespace))
                    for p in shapes.objects(constraint, SH.prefixes) for d in shapes.objects(p, SH.declare)}
        select = str(shapes.value(constraint, SH.select))
        prepareQuery(select, initNs=prefixes)
