"""Validation: SPARQL constraints are prepared once and ordered with the focus node bound, and the
report is the one plain pySHACL gives (more of that in test_datagraph.py)."""
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, URIRef, Variable
from rdflib.namespace import RDF

from tracker.datagraph import bound_first
from tracker.validate import load_shapes, validate_extraction, validate_graph

FIXTURES = sorted((Path(__file__).resolve().parent / "shapes").glob("*.ttl"))
SH = "http://www.w3.org/ns/shacl#"
OA = "http://www.w3.org/ns/oa#"


def test_the_focus_nodes_own_triples_come_before_a_class_scan():
    this, pos, s = Variable("this"), Variable("pos"), Variable("s")
    scan = (pos, RDF.type, URIRef(OA + "TextPositionSelector"))
    own = (this, URIRef(OA + "hasSelector"), pos)
    start = (pos, URIRef(OA + "start"), s)
    assert bound_first([scan, own, start], frozenset({this})) == [own, scan, start]
    assert bound_first([scan, own, start], frozenset()) == [scan, start, own]   # nothing bound: the class first


def results(report: Graph) -> set:
    return {(report.value(r, URIRef(SH + "focusNode")), report.value(r, URIRef(SH + "sourceShape")),
             report.value(r, URIRef(SH + "resultSeverity")), str(report.value(r, URIRef(SH + "resultMessage"))))
            for r in report.subjects(RDF.type, URIRef(SH + "ValidationResult"))}


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_ordered_queries_find_exactly_what_plain_pyshacl_finds(path):
    data = Graph().parse(path, format="turtle")
    _, ours, _ = validate_graph(data)
    _, plain, _ = pyshacl.validate(data, shacl_graph=load_shapes(), inference="none", allow_infos=True, allow_warnings=True)
    assert results(ours) == results(plain)


@pytest.mark.parametrize("quoted", [r"C:\1data", r"\g<x>", r"C:\\data", "\\", r"a\0b\n"])
def test_a_message_quotes_a_backslash_as_written(tmp_path, quoted):
    """pySHACL fills a message's {?text} by re.sub, which read the text as a template: `\\1`
    raised an internal error (exit 4), `\\\\` lost a backslash."""
    from tracker.pipeline import extract

    article = tmp_path / "path.txt"
    article.write_text(f"題\n\n林氏は「{quoted}を確認した」と語った。\n", "utf-8")
    report = validate_extraction(extract(str(article)))
    [problem] = [p for p in report.problems if p.severity == "Violation"]
    assert problem.message == f"Uncited statement: «林氏は「{quoted}を確認した」と語った。»"


def test_a_sequence_path_is_reported_as_sparql_writes_it(cli):
    """The JSON report gives a result's path as a SPARQL property path, not a blank node's name."""
    import json

    from .conftest import ROOT

    done = cli("validate", str(ROOT / "tests" / "shapes" / "claim_review.no_verdict_or_url.bad.ttl"), "-f", "json")
    paths = {r["path"] for article in json.loads(done.stdout) for r in article["results"]}
    assert paths == {"<http://schema.org/reviewRating>/<http://schema.org/alternateName>", "http://schema.org/url"}


def test_a_message_fills_each_placeholder_once(cli, tmp_path):
    """A value holding "{?exact}" is put in as it stands, not filled in again with ?exact."""
    import json

    data = tmp_path / "anchor.ttl"
    data.write_text("""@prefix oa: <http://www.w3.org/ns/oa#> .
<urn:a> a oa:SpecificResource ; oa:hasSource <urn:s> ; oa:hasSelector <urn:p>, <urn:q> .
<urn:p> a oa:TextPositionSelector ; oa:start "{?e}{?exact}" ; oa:end "5" .
<urn:q> a oa:TextQuoteSelector ; oa:exact "EXACT" .
""", "utf-8")
    done = cli("validate", str(data), "-f", "json")
    [message] = [r["message"] for article in json.loads(done.stdout) for r in article["results"]
                 if r["message"].startswith("Anchor")]
    assert message == "Anchor [{?e}{?exact}, 5) does not hold its quoted text «EXACT»."


def test_the_shapes_own_messages_are_shown_whole_in_the_text_report():
    """A message the text report cuts loses its end, which is where the advice stands (`give
    --published`): the shapes' own words fit; only an article's text quoted in one is cut."""
    from tracker.report import MESSAGE

    shapes = load_shapes()
    messages = [str(m) for m in shapes.objects(None, URIRef(SH + "message"))]
    assert len(messages) > 10
    for message in messages:
        own = message.split("{")[0] if "{" in message else message
        assert len(own) <= MESSAGE, message


def test_a_report_without_its_year_tells_how_to_give_one(cli, tmp_path):
    article = tmp_path / "undated.txt"
    article.write_text("岸田首相は3日、記者団に「経済対策を急ぐ」と述べた。【7月3日 時事】\n", "utf-8")
    done = cli("validate", str(article))
    assert done.returncode == 0, done.stdout
    [warning] = [line for line in done.stdout.splitlines() if "warning:" in line]      # once, naming the citation
    assert "【7月3日 時事】" in warning and warning.endswith("give --published")


def test_a_citation_whose_year_cannot_be_known_is_warned_about_once():
    from .conftest import extract_text

    report = validate_extraction(extract_text("日銀\n\n日銀は31日、利上げを決めた。【7月31日 時事】\n"))
    warnings = [p.message for p in report.problems if p.severity == "Warning"]
    assert len(warnings) == 1 and "give --published" in warnings[0]


def test_a_finding_names_its_article_in_a_few_hundred_characters_whatever_its_file_says(tmp_path):
    from tracker.validate import validate_rdf

    long = "https://example.org/" + "a" * 100_000
    claims = "".join(f'<https://example.org/c{k}> a <http://schema.org/Claim> ; <http://schema.org/appearance> <https://example.org/art> .\n'
                     for k in range(5))
    ttl = tmp_path / "hostile.ttl"
    ttl.write_text(f'<https://example.org/art> <http://purl.org/dc/terms/source> <{long}> .\n{claims}', "utf-8")
    report = validate_rdf(str(ttl))
    assert report.problems and all(p.article and len(p.article) <= 300 for p in report.problems)


def test_an_undated_report_in_a_dated_article_is_not_told_to_give_a_year(cli, tmp_path):
    article = tmp_path / "dated.txt"
    article.write_text("Notes\n\nThe mayor said the bridge would close, Reuters reported.\n", "utf-8")
    dated = [line for line in cli("validate", "--published", "2024-07-10", str(article)).stdout.splitlines() if "warning:" in line]
    assert len(dated) == 1 and "«Reuters»" in dated[0] and dated[0].endswith("the text gives no date for it.")
    undated = [line for line in cli("validate", str(article)).stdout.splitlines() if "warning:" in line]
    assert len(undated) == 1 and "--published" in undated[0]      # a day without its year may be why
