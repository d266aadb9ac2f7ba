from datetime import date, datetime, timezone

from rdflib import Dataset, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from tracker.graph import claims_to_graph, graph_iri, graph_to_claims

from .conftest import extract_text
from tracker.vocab import CT, OA, PROV, SCHEMA

FIXED = datetime(2024, 7, 10, tzinfo=timezone.utc)


def test_same_article_gives_the_same_graph(sample):
    a = claims_to_graph(sample, generated_at=FIXED)
    b = claims_to_graph(sample, generated_at=FIXED)
    quads = set(a.quads((None, None, None, None)))
    assert quads == set(b.quads((None, None, None, None))) and len(quads) > 1000


def test_one_named_graph_per_article_named_by_content_hash(sample):
    ds = claims_to_graph(sample, generated_at=FIXED)
    names = {g.identifier for g in ds.graphs() if len(g)}
    assert graph_iri(sample.article.sha256) in names
    assert sample.article.sha256[:16] in str(graph_iri(sample.article.sha256))


def test_round_trip_keeps_every_claim(sample):
    rows = graph_to_claims(claims_to_graph(sample, generated_at=FIXED))
    assert [(r.start, r.end, r.text) for r in rows] == [(c.start, c.end, c.text) for c in sample.claims]
    by_start = {r.start: r for r in rows}
    for c in sample.claims:
        r = by_start[c.start]
        assert {s.name for s in c.speakers} <= r.speaker_names
        assert r.date == (c.date.isoformat() if c.date else None)


def test_trig_round_trip_through_a_parser_is_isomorphic(sample):
    ds = claims_to_graph(sample, generated_at=FIXED)
    back = Dataset()
    back.parse(data=ds.serialize(format="trig"), format="trig")
    for g in ds.graphs():
        if len(g):
            assert isomorphic(g, back.graph(g.identifier))


def test_claims_carry_the_data_model_core(sample):
    ds = claims_to_graph(sample, generated_at=FIXED)
    g = ds.graph(graph_iri(sample.article.sha256))
    claims = set(g.subjects(RDF.type, SCHEMA.Claim))
    assert len(claims) == len(sample.claims)
    for c in claims:
        assert g.value(c, SCHEMA.text) is not None
        assert g.value(c, PROV.wasAttributedTo) is not None
        assert g.value(c, CT.anchor) is not None
        assert g.value(c, RDF.predicate) is not None


def test_selectors_hold_the_exact_text(sample):
    text = sample.article.text
    for r in graph_to_claims(claims_to_graph(sample, generated_at=FIXED)):
        assert text[r.start:r.end] == r.text


def test_a_url_with_characters_an_iri_cannot_hold_still_makes_linked_data(tmp_path):
    import pyoxigraph as ox

    from tracker.embedded import EmbeddedStore
    from tracker.ingest import ingest

    url = 'http://example.org/a b?x={a}|b^c`d"e\\f<g>'
    ex = extract_text("岸田首相は3日、「経済対策を急ぐ」と述べた。【7月3日 時事】\n", url=url)
    trig = claims_to_graph(ex).serialize(format="trig")
    sources = [q.object.value for q in ox.parse(trig.encode(), format=ox.RdfFormat.TRIG)
               if q.predicate.value.endswith("/terms/source")]
    assert sources == ["http://example.org/a%20b?x=%7Ba%7D%7Cb%5Ec%60d%22e%5Cf%3Cg%3E"]
    with EmbeddedStore(tmp_path / "s", write=True) as store:
        assert ingest(store, ex).status == "added"


def test_a_report_quoted_twice_under_one_headline_gets_a_node_and_an_anchor_for_each_citation():
    from tracker.validate import validate_extraction

    block = "****中ロ首脳が会談****\n\n両首脳は3日、連携を確認した。\n\n【7月3日 時事】\n\n"
    from datetime import date

    ex = extract_text("筆者の感想。\n\n" + block + "それから。\n\n" + block, published=date(2024, 7, 10))
    assert len(ex.citations) == 2
    from tracker.validate import merged

    ds = claims_to_graph(ex, generated_at=FIXED)
    g = merged(ds)
    reports = set(g.subjects(CT.citationText, None))
    assert len(reports) == 2
    starts = sorted(int(o) for r in reports for a in g.objects(r, CT.anchor)
                    for sel in g.objects(a, OA.hasSelector) for o in g.objects(sel, OA.start))
    assert starts == sorted(c.start for c in ex.citations)
    works = {w for r in reports for w in g.objects(r, PROV.specializationOf)}
    assert len(works) == 1      # one report, cited twice
    assert not [p for p in validate_extraction(ex, ds).problems if "Anchor" in p.message]


def test_a_speaker_named_by_a_common_noun_is_the_article_s_own_and_a_name_with_its_description_no_alias():
    ex = extract_text("Mill news\n\nThe company said that sales had fallen. Jane Roe, the senator, said the mill would close.\n",
                      published=date(2024, 7, 10))
    g = _union(claims_to_graph(ex))
    said = {str(o) for o in g.objects(None, PROV.wasAttributedTo)}
    assert any("/id/source/" in s and s.endswith("/company") for s in said) and not any(s.endswith("/agent/company") for s in said)
    roe = URIRef("https://w3id.org/claim-tracker/id/agent/Jane%20Roe")
    assert {str(n) for n in g.objects(roe, SCHEMA.alternateName)} == set()       # not "Jane Roe, the senator"


def test_a_common_noun_opening_a_sentence_is_the_article_s_own_source_too():
    ex = extract_text("Crash report\n\nPolice said the driver fled the scene after the crash.\n", published=date(2024, 7, 10))
    said = {str(o) for o in _union(claims_to_graph(ex)).objects(None, PROV.wasAttributedTo)}
    assert [c.speakers[0].name for c in ex.claims] == ["police"]
    assert any("/id/source/" in s and s.endswith("/police") for s in said) and not any("/agent/" in s for s in said)


def test_an_outlet_the_registry_does_not_know_has_one_name():
    ex = extract_text("Mill news\n\nThe mill will close, according to the Northfield Courier.\n", published=date(2024, 7, 10))
    g = _union(claims_to_graph(ex))
    outlet = URIRef("https://w3id.org/claim-tracker/id/outlet/Northfield%20Courier")
    assert [str(n) for n in g.objects(outlet, SCHEMA.name)] == ["Northfield Courier"]


def _union(ds: Dataset):
    from rdflib import Graph

    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def test_an_author_the_article_does_not_name_is_its_own_and_goes_unnamed_in_claimreview():
    import io
    import json

    from tracker.formats.claimreview import write_claimreview

    ex = extract_text("Mill news\n\nThe mill will close in March. I think the closure was avoidable.\n", published=date(2024, 7, 10))
    g = _union(claims_to_graph(ex))
    authors = {str(o) for o in g.objects(None, PROV.wasAttributedTo) if "/author/" in str(o)}
    assert authors and all(a.endswith("/author/" + ex.article.sha256[:16]) for a in authors), authors
    out = io.BytesIO()
    write_claimreview([g], out)
    claims = [i for i in json.loads(out.getvalue())["@graph"] if i["@type"] == "Claim"]
    assert claims and not any("author" in c for c in claims)
