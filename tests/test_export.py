"""`tracker export` and `tracker review`: every format read back by a parser other than ours."""
from __future__ import annotations

import csv
import io
import json
import time
from collections import defaultdict

import pyoxigraph as ox
import pytest

from tracker.errors import BadInput
from tracker.export import Selection, export
from tracker.formats.table import COLUMNS
from tracker.formats.nanopub import NP, ra_code
from tracker.graph import as_written, claims_to_graph
from tracker.ingest import ingest
from tracker.pipeline import extract
from tracker.read import read_article
from tracker.review import Verdict, record_review
from tracker.store import EmbeddedStore

from .conftest import SAMPLE

KEY = "b3f0d7027f301188"
CLAIM = f"https://w3id.org/claim-tracker/id/claim/{KEY}/420-453"
REVIEW_URL = "https://factcheck.example.org/2024/07/putin-china"

# Google Search Central, "Fact check (ClaimReview) structured data", required and recommended
# properties (https://developers.google.com/search/docs/appearance/structured-data/factcheck).
GOOGLE_REQUIRED = {"ClaimReview": {"claimReviewed", "reviewRating", "url"}, "Rating": {"alternateName"}}
GOOGLE_RECOMMENDED = {"ClaimReview": {"author", "datePublished", "itemReviewed"},
                      "Claim": {"author", "datePublished", "appearance", "firstAppearance"},
                      "Rating": {"bestRating", "name", "ratingValue", "worstRating"}}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "store"
    with EmbeddedStore(path, write=True) as s:
        ingest(s, extract(str(SAMPLE)))
        record_review(s, f"{KEY}/420-453", Verdict("Mostly true", REVIEW_URL, "Example Fact Check",
                                                   value=4, best=5, worst=1))
    with EmbeddedStore(path) as s:
        yield s


EVERYTHING = Selection(everything=True)


def exported(store, fmt: str, sel: Selection = EVERYTHING, **kw) -> bytes:
    buf = io.BytesIO()
    export(store, sel, fmt, buf, **kw)
    return buf.getvalue()


def store_quads(store, graphs=None) -> set:
    """The store's quads, values in the datatypes the model writes (as exports give them)."""
    return set(as_written(q for q in store._store if graphs is None or q.graph_name.value in graphs))


def triples(quads) -> set:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in quads}


# ---------------------------------------------------------------- RDF as stored

@pytest.mark.parametrize("fmt, rdf_format", [("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG)])
def test_quad_formats_read_back_as_the_whole_store(store, fmt, rdf_format):
    back = set(ox.parse(exported(store, fmt), format=rdf_format))
    assert back == store_quads(store) and len(back) > 3000


@pytest.mark.parametrize("fmt, rdf_format", [("ntriples", ox.RdfFormat.N_TRIPLES), ("turtle", ox.RdfFormat.TURTLE)])
def test_triple_formats_read_back_as_every_triple_of_the_store(store, fmt, rdf_format):
    back = triples(ox.parse(exported(store, fmt), format=rdf_format))
    assert back == triples(store_quads(store))


def test_offsets_come_out_of_the_store_typed_as_extract_writes_them(backend):
    """Stores keep an xsd:nonNegativeInteger as an xsd:integer; the export gives back what the
    extraction wrote, so that the same article reads the same from `extract` and from `export`."""
    ex = extract(str(SAMPLE))
    ingest(backend, ex)
    anchors = "http://www.w3.org/ns/oa#start", "http://www.w3.org/ns/oa#end", "https://w3id.org/claim-tracker/ns#line"
    written = {(str(s), str(p), o.n3()) for s, p, o, _g in claims_to_graph(ex).quads() if str(p) in anchors}
    back = ox.parse(exported(backend, "nquads", Selection(articles=(KEY,))), format=ox.RdfFormat.N_QUADS)
    exported_ = {(q.subject.value, q.predicate.value, f'"{q.object.value}"^^<{q.object.datatype.value}>')
                 for q in back if q.predicate.value in anchors}
    assert exported_ == written and len(written) >= 3 * 123          # claims and citations
    assert {o.split("^^")[1] for _s, _p, o in exported_} == {"<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>",
                                                              "<http://www.w3.org/2001/XMLSchema#positiveInteger>"}


def test_only_values_of_the_type_are_given_it_back():
    """A store's xsd:integer becomes the model's type only where the value is one: a line 0 or
    an offset -1 (linked data nobody here wrote) stays as it was."""
    g, p = ox.NamedNode("urn:g"), ox.NamedNode
    line, start = p("https://w3id.org/claim-tracker/ns#line"), p("http://www.w3.org/ns/oa#start")
    integer = p("http://www.w3.org/2001/XMLSchema#integer")
    quads = [ox.Quad(p("urn:s"), pred, ox.Literal(v, datatype=integer), g)
             for pred, v in ((line, "0"), (line, "7"), (start, "0"), (start, "-1"), (start, "9" * 400), (line, "00"),
                             (start, " 5"), (start, "٥"))]
    back = [q.object.datatype.value.rsplit("#", 1)[1] for q in as_written(quads)]
    assert back == ["integer", "positiveInteger", "nonNegativeInteger", "integer", "nonNegativeInteger", "integer",
                    "integer", "integer"]


def test_jsonld_expands_offline_to_the_same_quads(store):
    from pyld import jsonld

    def no_network(url, options=None):
        raise AssertionError(f"the JSON-LD export made pyld fetch {url}")

    doc = json.loads(exported(store, "jsonld"))
    assert isinstance(doc["@context"], dict) and doc["@context"]["schema"] == "http://schema.org/"
    nq = jsonld.to_rdf(doc, {"format": "application/n-quads", "documentLoader": no_network})
    back = set(ox.parse(nq.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
    assert back == store_quads(store)
    assert any(q.predicate.value == "http://schema.org/text" for q in back)


def test_one_article_comes_with_its_reviews_and_the_entities_it_refers_to(store):
    back = set(ox.parse(exported(store, "nquads", Selection(articles=(KEY[:8],))), format=ox.RdfFormat.N_QUADS))
    graphs = {q.graph_name.value for q in back}
    assert f"https://w3id.org/claim-tracker/id/graph/{KEY}" in graphs
    assert any("/graph/review/" in g for g in graphs) and "https://w3id.org/claim-tracker/id/graph/entities" in graphs
    own = store_quads(store, {g for g in graphs if not g.endswith("/entities")})
    assert own <= back
    entities = {q for q in back if q.graph_name.value.endswith("/entities")}
    assert entities <= store_quads(store) and any(q.object == ox.Literal("ウラジーミル・プーチン") for q in entities)
    # and what those entities refer to in turn: the account of TASS belongs to the outlet TASS
    assert any(q.subject.value.endswith("/outlet/tass") and q.predicate.value == "http://schema.org/name" for q in entities)


def test_a_construct_query_exports_what_it_builds(store, tmp_path):
    q = "CONSTRUCT { ?c schema:text ?t } WHERE { ?c a ct:ReportedSpeech ; schema:text ?t }"
    back = triples(ox.parse(exported(store, "ntriples", Selection(query=q)), format=ox.RdfFormat.N_TRIPLES))
    speech = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?c a <https://w3id.org/claim-tracker/ns#ReportedSpeech> }").rows
    assert len(back) == int(speech[0]["n"]["value"]) > 10
    assert {t.predicate.value for t in back} == {"http://schema.org/text"}


# ---------------------------------------------------------------- claim by claim

def test_claimreview_carries_every_property_google_requires_and_recommends(store):
    doc = json.loads(exported(store, "claimreview", Selection(articles=(KEY,))))
    assert doc["@context"] == "https://schema.org"
    items = doc["@graph"]
    reviews = [i for i in items if i["@type"] == "ClaimReview"]
    claims = [i for i in items if i["@type"] == "Claim"] + [r["itemReviewed"] for r in reviews]
    assert len(reviews) == 1 and len(claims) == 123
    review = reviews[0]
    assert GOOGLE_REQUIRED["ClaimReview"] | GOOGLE_RECOMMENDED["ClaimReview"] <= review.keys()
    assert GOOGLE_REQUIRED["Rating"] | GOOGLE_RECOMMENDED["Rating"] <= review["reviewRating"].keys()
    assert review["reviewRating"]["alternateName"] == "Mostly true" and review["url"] == REVIEW_URL
    assert review["itemReviewed"]["@id"] == CLAIM and review["itemReviewed"]["author"]["sameAs"].endswith("Q7747")
    dated = [c for c in claims if "datePublished" in c]
    assert len(dated) > 20
    for c in claims:
        assert {"author", "appearance", "firstAppearance", "text", "inLanguage"} <= c.keys(), c["@id"]
    # a claim the store has dated carries every recommended property
    assert all(GOOGLE_RECOMMENDED["Claim"] <= c.keys() for c in dated)


def test_claimreview_authors_are_people_where_a_byline_or_a_role_names_one(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Port strike ends | Harbor Tribune\n\nBy Jane Roe\n\nThe strike shut 36 ports.\n\n"
                       "A senior Western diplomat said the deal would hold.\n\nThe union said the deal was historic.\n", "utf-8")
    site = tmp_path / "b.txt"
    site.write_text("Port strike ends | Harbor Tribune\n\nThe strike shut 36 ports.\n", "utf-8")
    with EmbeddedStore(tmp_path / "s", write=True) as s:
        for a in (article, site):
            ingest(s, extract(str(a)))
        doc = json.loads(exported(s, "claimreview"))
    got = sorted((c["author"]["@type"], c["author"]["name"]) for c in doc["@graph"])
    assert got == [("Organization", "Harbor Tribune"), ("Organization", "union"), ("Person", "A senior Western diplomat"),
                   ("Person", "Jane Roe")]


def test_claimreview_expands_to_schema_org_terms(store):
    from pyld import jsonld

    def schema_org_only(url, options=None):     # schema.org's context maps every term into http://schema.org/
        assert url.rstrip("/") == "https://schema.org", url
        return {"contextUrl": None, "documentUrl": url, "document": {"@context": {"@vocab": "http://schema.org/"}}}

    doc = json.loads(exported(store, "claimreview", Selection(articles=(KEY,))))
    expanded = jsonld.expand(doc, {"documentLoader": schema_org_only})
    assert any("http://schema.org/ClaimReview" in n.get("@type", []) for n in expanded)


def test_the_first_appearance_is_the_earliest_report_of_the_same_words_in_any_article(tmp_path):
    text = SAMPLE.read_text("utf-8")
    later = tmp_path / "later.txt"
    later.write_text(text.replace("【73日 時事】", "【75日 時事】"), "utf-8")
    with EmbeddedStore(tmp_path / "s", write=True) as s:
        ingest(s, extract(str(SAMPLE)))
        ingest(s, extract(str(later)))
        doc = json.loads(exported(s, "claimreview", Selection(articles=(str(later),))))
    claim = next(c for c in doc["@graph"] if c["@id"].endswith("/420-453"))
    reported = [a for a in claim["appearance"] if a["@type"] == "NewsArticle"]
    assert reported[0]["datePublished"] == "2024-07-05"
    assert claim["firstAppearance"]["datePublished"] == "2024-07-03"


def test_web_annotation_selectors_find_the_exact_text_at_their_offsets(store):
    doc = json.loads(exported(store, "webanno", Selection(articles=(KEY,))))
    assert doc["@context"] == "http://www.w3.org/ns/anno.jsonld" and doc["type"] == "AnnotationCollection"
    text = read_article(str(SAMPLE)).text
    items = doc["first"]["items"]
    assert len(items) == 123
    for a in items:
        quote, position = a["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        assert text[position["start"]:position["end"]] == quote["exact"]
        assert text[:position["start"]].endswith(quote["prefix"]) and text[position["end"]:].startswith(quote["suffix"])
        assert a["target"]["source"] == SAMPLE.resolve().as_uri()
    described = {a["body"][0]["value"] for a in items}
    assert any("; cited to 時事通信 2024-07-03" in d for d in described)
    assert any(d.endswith("; uncited") or "; uncited;" in d for d in described) and not any("no citation" in d for d in described)


def test_csv_has_a_row_per_claim_with_its_violations(store):
    raw = exported(store, "csv", Selection(articles=(KEY,)), bom=True)
    assert raw.startswith("\ufeff".encode("utf-8"))
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 123
    assert list(rows[0]) == ["article", "line", "kind", "attitude", "speaker", "cue", "text", "outlet", "report_date",
                             "statement_date", "via", "violation", "claim"]
    putin = next(r for r in rows if r["claim"] == CLAIM)
    assert (putin["speaker"], putin["outlet"], putin["report_date"], putin["statement_date"]) == \
        ("ウラジーミル・プーチン", "時事通信 / タス通信", "2024-07-03 / ?", "2024-07-03")   # the block's report, then the one it relays
    assert "タス通信" in putin["via"] and putin["violation"] == ""
    uncited = [r for r in rows if r["violation"].startswith("Uncited")]
    assert len(uncited) == 10 and all(r["outlet"] == "" for r in uncited)


def test_a_claim_s_via_is_its_own_not_every_source_of_its_report(store):
    rows = list(csv.DictReader(io.StringIO(exported(store, "csv", Selection(articles=(KEY,))).decode("utf-8"))))
    # the Reuters report relays 韓国's account in one statement: that one names it, the others do not
    korea = [r for r in rows if r["outlet"] == "Reuters" and "韓国" in r["via"]]
    assert {r["line"] for r in korea} == {"153"}, [r["text"] for r in korea]     # 韓国の説明によると、…。中国側は…
    assert any(r["outlet"] == "Reuters" and r["via"] == "" for r in rows)
    # the report still derives from it, as the data model has it
    from tracker.query import run

    derived = run(store, 'ASK { ?r schema:publisher/schema:name "Reuters" ; prov:wasDerivedFrom/prov:wasAttributedTo/schema:name "韓国" }')
    assert derived.rows[0]["result"]["value"] == "true"
    # and the chain query tells the two apart the same way
    from tracker.query import named

    def chain_names(claim):
        rows = run(store, named("chain", {"claim": claim})).rows
        return {r["name"]["value"] for r in rows if "name" in r and r["step"]["value"] != "speaker"}
    own = next(r["claim"] for r in korea)
    other = next(r["claim"] for r in rows if r["outlet"] == "Reuters" and r["via"] == "")
    assert "韓国" in chain_names(own) and "韓国" not in chain_names(other)


def test_a_select_query_picks_the_claims_to_export(store):
    q = "SELECT ?claim WHERE { ?claim a ct:ReportedSpeech ; prov:wasAttributedTo/schema:name \"ウラジーミル・プーチン\" }"
    rows = list(csv.DictReader(io.StringIO(exported(store, "csv", Selection(query=q)).decode("utf-8"))))
    assert len(rows) > 3 and all("ウラジーミル・プーチン" in r["speaker"].split(" / ") for r in rows)
    assert {r["kind"] for r in rows} == {"reported_speech"}


# ---------------------------------------------------------------- nanopublications

def test_trusty_uri_code_matches_a_published_nanopublication():
    """The nanopub test suite's valid/trusty/trusty1.trig, checked with our RA implementation."""
    code = "RAPpJU5UOB4pavfWyk7FE3WQiam5yBpmIlviAQWtBSC4M"
    t = "http://example.org/nanopub-validator-example/" + code
    npx, rdf_type = "http://purl.org/nanopub/x/", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    quads = [
        (t + "#Head", t, NP + "hasAssertion", t + "#assertion"),
        (t + "#Head", t, NP + "hasProvenance", t + "#provenance"),
        (t + "#Head", t, NP + "hasPublicationInfo", t + "#pubinfo"),
        (t + "#Head", t, rdf_type, NP + "Nanopublication"),
        (t + "#assertion", t + "#assertion", npx + "asSentence", "http://purl.org/aida/Malaria+is+transmitted+by+mosquitoes."),
        (t + "#assertion", t + "#assertion", rdf_type, npx + "UnderspecifiedAssertion"),
        (t + "#provenance", t + "#assertion", "http://www.w3.org/ns/prov#hadPrimarySource", "http://dx.doi.org/10.3233/ISU-2010-0613"),
        (t + "#pubinfo", t, "http://purl.org/dc/terms/created", ("2014-07-29T10:13:35+01:00", "http://www.w3.org/2001/XMLSchema#dateTime", None)),
        (t + "#pubinfo", t, "http://purl.org/pav/createdBy", "http://orcid.org/0000-0002-1267-0234"),
        (t + "#pubinfo", t, rdf_type, npx + "ExampleNanopub"),
    ]
    assert ra_code(quads, code) == code
    assert ra_code(quads[:-1], code) != code


def _plain(term):
    if isinstance(term, ox.Literal):
        return (term.value, None if term.language else term.datatype.value, term.language)
    return term.value


def test_nanopublications_have_four_graphs_and_a_stable_content_hash(store):
    data = exported(store, "nanopub", Selection(articles=(KEY,)))
    assert data == exported(store, "nanopub", Selection(articles=(KEY,)))      # the same IRIs every time
    by_graph = defaultdict(set)
    for q in ox.parse(data, format=ox.RdfFormat.TRIG):
        by_graph[q.graph_name.value].add(q)
    heads = [g for g, qs in by_graph.items() if any(q.object.value == NP + "Nanopublication" for q in qs)]
    assert len(heads) == 123
    for head in heads:
        np_iri = next(q.subject.value for q in by_graph[head] if q.object.value == NP + "Nanopublication")
        parts = {q.predicate.value[len(NP):]: q.object.value for q in by_graph[head] if q.predicate.value.startswith(NP + "has")}
        assert set(parts) == {"hasAssertion", "hasProvenance", "hasPublicationInfo"}
        assert len(by_graph[head]) == 4 and all(by_graph[g] for g in parts.values())
        names = {head, *parts.values()}
        assert all(n.startswith(np_iri) for n in names) and len(names) == 4
        assert any(q.predicate.value == "http://www.w3.org/ns/prov#wasDerivedFrom" for q in by_graph[parts["hasProvenance"]])
        assert any(q.subject.value == np_iri for q in by_graph[parts["hasPublicationInfo"]])
        code = np_iri.rsplit("/", 1)[1]
        quads = [(_plain(q.graph_name), _plain(q.subject), _plain(q.predicate), _plain(q.object))
                 for g in names for q in by_graph[g]]
        assert code.startswith("RA") and ra_code(quads, code) == code


def test_validating_exported_nanopublications_checks_their_claims_as_the_article_s_graph_does(store, tmp_path):
    from tracker.validate import validate_rdf
    for fmt in ("nanopub", "trig"):
        (tmp_path / f"{fmt}.trig").write_bytes(exported(store, fmt, Selection(articles=(KEY,))))
    (tmp_path / "review.jsonld").write_bytes(exported(store, "claimreview", Selection(articles=(KEY,))))
    nanopubs, graph = (validate_rdf(str(tmp_path / f"{fmt}.trig")) for fmt in ("nanopub", "trig"))
    def found(report):
        return sorted((p.severity, p.message, p.line, p.article) for p in report.problems)
    assert nanopubs.claims == graph.claims == 123 and found(nanopubs) == found(graph)      # not every claim uncited
    # each finding names the article it stands in, at the article's line (not the export's)
    assert {p.article for p in graph.problems} == {str(SAMPLE)} and all(p.line for p in graph.problems if p.severity == "Violation")
    with pytest.raises(BadInput, match=r"remote context \(https://schema.org\) is not fetched"):
        validate_rdf(str(tmp_path / "review.jsonld"))


# ---------------------------------------------------------------- the command line

def test_review_then_export_from_the_command_line(cli, tmp_path):
    where = ["--store", str(tmp_path / "s")]
    assert cli("ingest", str(SAMPLE), *where).returncode == 0
    args = ["review", f"id:claim/{KEY}/420-453", "--rating", "False", "--reviewer", "Example Fact Check", *where]
    bad = cli(*args, "--url", "not a url")
    assert bad.returncode == 2 and bad.stderr.startswith("error:") and bad.stderr.count("\n") == 1
    missing = cli("review", f"{KEY}/1-2", "--rating", "False", "--reviewer", "X", "--url", REVIEW_URL, *where)
    assert missing.returncode == 2 and "no such claim" in missing.stderr
    assert cli(*args, "--url", REVIEW_URL, "--date", "2024-07-10").returncode == 0
    again = cli(*args[:3], "Misleading", *args[4:], "--url", REVIEW_URL, "--date", "2024-07-11")
    assert again.returncode == 0, again.stderr
    out = tmp_path / "reviews.json"
    done = cli("export", "--article", KEY, "-f", "claimreview", "-o", str(out), *where)
    assert done.returncode == 0, done.stderr
    reviews = [i for i in json.loads(out.read_text("utf-8"))["@graph"] if i["@type"] == "ClaimReview"]
    assert [(r["reviewRating"]["alternateName"], r["datePublished"]) for r in reviews] == [("Misleading", "2024-07-11")]


def test_export_says_what_is_wrong_in_one_line_and_writes_no_file(cli, tmp_path):
    where = ["--store", str(tmp_path / "s")]
    cli("ingest", str(SAMPLE), *where)
    out = tmp_path / "out.ttl"
    for args in ([], ["--all", "--article", KEY], ["--article", "0000000000"], ["--all", "-f", "yaml"]):
        done = cli("export", *args, *(["-f", "turtle"] if "-f" not in args else []), "-o", str(out), *where)
        assert done.returncode == 2 and done.stderr.startswith("error:") and done.stderr.count("\n") == 1, (args, done.stderr)
        assert not out.exists() and not list(tmp_path.glob(".out.ttl.*"))
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?c WHERE { ?c a schema:Claim }", "utf-8")
    done = cli("export", "--query", str(rq), "-f", "turtle", *where)
    assert done.returncode == 2 and "CONSTRUCT" in done.stderr


def _ox(term: dict):
    if term["type"] == "uri":
        return ox.NamedNode(term["value"])
    if "xml:lang" in term:
        return ox.Literal(term["value"], language=term["xml:lang"])
    datatype = term.get("datatype", "http://www.w3.org/2001/XMLSchema#string")
    value = term["value"]
    if datatype.endswith("#boolean"):      # Virtuoso's JSON results write booleans as 0 and 1
        value = {"0": "false", "1": "true"}.get(value, value)
    return ox.Literal(value, datatype=ox.NamedNode(datatype))


def test_export_streams_the_same_quads_a_query_sees_on_either_store(backend):
    ingest(backend, extract(str(SAMPLE)))
    back = set(ox.parse(exported(backend, "nquads"), format=ox.RdfFormat.N_QUADS))
    rows = backend.select("""SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o }
                             FILTER (STRSTARTS(STR(?g), "https://w3id.org/claim-tracker/id/")) }""").rows
    seen = set(as_written(ox.Quad(_ox(r["s"]), _ox(r["p"]), _ox(r["o"]), _ox(r["g"])) for r in rows))
    assert back == seen and len(back) > 3000
    rows = list(csv.DictReader(io.StringIO(exported(backend, "csv", Selection(articles=(KEY,))).decode("utf-8"))))
    assert len(rows) == 123 and sum(r["violation"].startswith("Uncited") for r in rows) == 10


def test_a_graph_larger_than_a_servers_answer_is_exported_whole(backend, tmp_path):
    long = tmp_path / "long.txt"
    text = SAMPLE.read_text("utf-8")
    long.write_text(text + "".join(text.replace("【", f"【{i}", 1) for i in range(3)), "utf-8")    # one graph, >10,000 triples
    ex = extract(str(long))
    ingest(backend, ex)
    graph = f"https://w3id.org/claim-tracker/id/graph/{ex.article.sha256[:16]}"
    total = int(backend.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").rows[0]["n"]["value"])
    assert total > 10_000
    back = [q for q in ox.parse(exported(backend, "nquads", Selection(articles=(ex.article.sha256[:12],))),
                                format=ox.RdfFormat.N_QUADS) if q.graph_name.value == graph]
    assert len(set(back)) == len(back) == total


def test_an_article_read_from_the_web_is_exported_once(tmp_path):
    from dataclasses import replace

    from tracker.model import Evidence
    from tracker.pipeline import extract_article

    article = read_article(str(SAMPLE))
    ev = Evidence("https://blog.example.org/a", "https://blog.example.org/a", "2024-07-10T00:00:00+00:00", "ab" * 32, "text/html")
    with EmbeddedStore(tmp_path / "s", write=True) as s:
        ingest(s, extract_article(replace(article, url=ev.url, evidence=ev)))
        rows = list(csv.DictReader(io.StringIO(exported(s, "csv").decode("utf-8"))))
        with pytest.raises(BadInput, match="no article"):       # the page's hash names no article
            exported(s, "csv", Selection(articles=("abababab",)))
        none = exported(s, "csv", Selection(query="SELECT ?claim WHERE { ?claim a schema:Claim ; ct:line 0 }"))
    assert len(rows) == 123 and {r["article"] for r in rows} == {"https://blog.example.org/a"}
    assert none.decode("utf-8").splitlines() == [",".join(COLUMNS)]      # nothing found: the header alone


def test_a_construct_in_jsonld_lands_in_the_default_graph(store):
    from pyld import jsonld

    q = "CONSTRUCT { ?c schema:text ?t } WHERE { ?c a ct:ReportedSpeech ; schema:text ?t }"
    doc = json.loads(exported(store, "jsonld", Selection(query=q)))
    nq = jsonld.to_rdf(doc, {"format": "application/n-quads"})
    back = set(ox.parse(nq.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
    assert back and all(isinstance(q.graph_name, ox.DefaultGraph) for q in back)
    assert triples(back) == triples(ox.parse(exported(store, "ntriples", Selection(query=q)), format=ox.RdfFormat.N_TRIPLES))


def test_nanopublications_are_named_by_content_alone(tmp_path):
    names = []
    for i in range(2):          # two stores, two ingest times
        with EmbeddedStore(tmp_path / f"s{i}", write=True) as s:
            ingest(s, extract(str(SAMPLE)))
            data = exported(s, "nanopub")
        names.append({q.subject.value for q in ox.parse(data, format=ox.RdfFormat.TRIG)
                      if q.object == ox.NamedNode(NP + "Nanopublication")})
        time.sleep(1.1)
    assert len(names[0]) == 123 and names[0] == names[1]


def test_reviews_take_decimals_and_refuse_what_would_break_them(cli, tmp_path):
    where = ["--store", str(tmp_path / "s")]
    cli("ingest", str(SAMPLE), *where)
    base = ["review", f"{KEY}/420-453", "--reviewer", "Example Fact Check", *where]
    for bad in (["--rating", "False", "--url", 'https://x.example/a">'], ["--rating", "False", "--url", REVIEW_URL, "--value", "nan"],
                ["--rating", "  ", "--url", REVIEW_URL], ["--rating", "False", "--url", REVIEW_URL, "--reviewer-url", "not a url"]):
        done = cli(*base, *bad)
        assert done.returncode == 2 and done.stderr.startswith("error:") and done.stderr.count("\n") == 1, (bad, done.stderr)
    assert cli(*base, "--rating", "Half true", "--url", REVIEW_URL, "--value", "2.5", "--best", "5", "--worst", "0").returncode == 0
    done = cli("export", "--all", "-f", "claimreview", *where)
    assert done.returncode == 0, done.stderr
    review = next(i for i in json.loads(done.stdout)["@graph"] if i["@type"] == "ClaimReview")
    assert review["reviewRating"]["ratingValue"] == 2.5 and review["reviewRating"]["worstRating"] == 0


@pytest.mark.parametrize("fmt, syntax", [("nquads", "nquads"), ("trig", "trig"), ("turtle", "turtle"), ("ntriples", "ntriples")])
def test_raptor_reads_every_export_back_as_the_store(store, fmt, syntax, tmp_path):
    """An independent parser (raptor's rapper, from Debian's raptor2-utils) agrees with the store."""
    import os
    import shutil
    import subprocess

    if not shutil.which("rapper"):
        if os.environ.get("CI"):
            pytest.fail("rapper is not installed; .ci/run installs raptor2-utils")
        pytest.skip("rapper is not installed (apt-get install raptor2-utils)")
    path = tmp_path / f"export.{fmt}"
    path.write_bytes(exported(store, fmt))
    done = subprocess.run(["rapper", "-q", "-i", syntax, "-o", "nquads", str(path)], capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()[-500:]
    back = set(ox.parse(done.stdout, format=ox.RdfFormat.N_QUADS))
    expected = store_quads(store)
    assert back == (expected if fmt in ("nquads", "trig") else {ox.Quad(q.subject, q.predicate, q.object) for q in expected})


@pytest.mark.parametrize("bad", ["abc", "1e400", " -5", "٥", "-3"])
@pytest.mark.parametrize("fmt", ["csv", "webanno", "claimreview", "nanopub", "nquads"])
def test_an_offset_that_is_no_number_in_the_store_is_exported_not_a_crash(tmp_path, bad, fmt):
    """A store written by another tool may hold "abc"^^xsd:integer as an offset (Oxigraph takes
    it): every format is still written, such an offset is no position, and it is never given the
    model's xsd:nonNegativeInteger."""
    with EmbeddedStore(tmp_path / "store", write=True) as s:
        ingest(s, extract(str(SAMPLE)))
        start = ox.NamedNode("http://www.w3.org/ns/oa#start")
        integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
        for q in list(s._store.quads_for_pattern(None, start, None, None)):
            s._store.remove(q)
            s._store.add(ox.Quad(q.subject, start, ox.Literal(bad, datatype=integer), q.graph_name))
    with EmbeddedStore(tmp_path / "store") as s:
        out = exported(s, fmt, Selection(articles=(KEY,)))
    assert out
    if fmt == "nquads":
        starts = [q.object for q in ox.parse(out, format=ox.RdfFormat.N_QUADS) if q.predicate == start]
        assert starts and all(o.datatype == integer and o.value == bad for o in starts)
    if fmt == "webanno":
        assert "TextPositionSelector" not in out.decode() and "TextQuoteSelector" in out.decode()


def test_a_claim_cited_to_two_reports_is_one_row_naming_both_and_conforms(tmp_path):
    from tracker.query import named, run
    from tracker.trace import show, show_text
    from tracker.validate import validate_extraction

    src = tmp_path / "joint.txt"
    src.write_text("Plant closes | Notes\n\nThe BBC and Reuters reported on July 9 that the plant would close.\n", "utf-8")
    ex = extract(str(src), published=__import__("datetime").date(2024, 7, 10))
    assert validate_extraction(ex).conforms
    with EmbeddedStore(tmp_path / "store", write=True) as s:
        ingest(s, ex)
        rows = list(csv.DictReader(io.StringIO(exported(s, "csv").decode("utf-8"))))
        assert [(r["outlet"], r["report_date"], r["violation"]) for r in rows] == [("BBC / Reuters", "2024-07-09", "")]
        [doc] = [d for d in json.loads(exported(s, "claimreview"))["@graph"] if d["@type"] == "Claim"]
        assert {a["publisher"]["name"] for a in doc["appearance"] if "publisher" in a} == {"BBC", "Reuters"}
        assert run(s, named("uncited", {})).rows == []
        for outlet in ("BBC", "Reuters"):
            found = run(s, named("by-outlet", {"outlet": outlet, "from": "2024-07-01", "to": "2024-07-31"})).rows
            assert {r["claim"]["value"] for r in found} == {rows[0]["claim"]}, outlet     # (a row a speaker)
        info = show(s, rows[0]["claim"])
        assert [(r["outlet"], r["reported"]) for r in info["reports"]] == [("BBC", "2024-07-09"), ("Reuters", "2024-07-09")]
        assert [line.split(None, 2)[2][:7] for line in show_text(info).splitlines() if line.startswith("cited to")] == ["BBC, 20", "Reuters"]


def test_a_joint_attributions_speakers_and_outlets_read_in_the_same_order(tmp_path):
    src = tmp_path / "joint.txt"
    src.write_text("Plant closes | Notes\n\nReuters and the BBC reported on July 9 that the plant would close.\n", "utf-8")
    ex = extract(str(src), published=__import__("datetime").date(2024, 7, 10))
    with EmbeddedStore(tmp_path / "store", write=True) as s:
        ingest(s, ex)
        [row] = list(csv.DictReader(io.StringIO(exported(s, "csv").decode("utf-8"))))
    assert (row["speaker"], row["outlet"]) == ("Reuters / BBC", "Reuters / BBC")


def test_the_csv_s_outlets_and_dates_of_a_claim_s_reports_line_up():
    from types import SimpleNamespace as NS

    from tracker.formats.facts import report_columns

    def rep(outlet, day):
        return NS(outlet=NS(name=outlet), date=day)

    assert report_columns([rep("BBC", "2024-07-09"), rep("Reuters", "2024-07-09")]) == ("BBC / Reuters", "2024-07-09")
    assert report_columns([rep("時事通信", "2024-07-03"), rep("タス通信", None)]) == ("時事通信 / タス通信", "2024-07-03 / ?")
    # an outlet twice, with two dates: each report in its place (not "Reuters / Bloomberg" beside three dates)
    assert report_columns([rep("Reuters", "2024-07-09"), rep("Reuters", None), rep("Bloomberg", None)]) == \
        ("Reuters / Reuters / Bloomberg", "2024-07-09 / ? / ?")
    assert report_columns([]) == ("", "")
