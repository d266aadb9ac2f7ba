"""`tracker serve`: the real server started as a user starts it, asked over HTTP as a browser, a
linked-data client and a SPARQL client (SPARQLWrapper, rdflib's SPARQLStore) would."""
from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

from .conftest import ROOT, SAMPLE, run_cli

SAMPLE_KEY = "b3f0d7027f301188"
PROBE = ("題\n\n偽の記事<script>window.__xss = 1</script>が出回った。\n\n"
         "山田太郎議員は「<img src=x onerror=\"window.__xss = 2\">危険だ」と述べた。\n")


@contextmanager
def served(store: Path | None, *args: str, env: dict | None = None):
    """`tracker serve --store STORE --port 0 ARGS` in a process of its own: its address."""
    where = ["--store", str(store)] if store is not None else []
    proc = subprocess.Popen([sys.executable, "-m", "tracker.cli", "serve", *where, "--port", "0", *args],
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        m = re.search(r"at (http://\S+)/ ", line)
        assert m, line + proc.stderr.read()
        base = m.group(1)
        deadline = time.monotonic() + 30
        while True:                                  # the workers open the store before the first answer
            try:
                if requests.get(base + "/", timeout=30).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            assert time.monotonic() < deadline, "the server did not answer"
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("served")
    probe = folder / "probe.txt"
    probe.write_text(PROBE, encoding="utf-8")
    store = folder / "store"
    for article in (SAMPLE, probe):
        done = run_cli("ingest", str(article), "--store", str(store))
        assert done.returncode == 0, done.stderr
    done = run_cli("review", f"id:claim/{SAMPLE_KEY}/1424-1472", "--rating", "Accurate", "--url", "https://checks.example/1",
                   "--reviewer", "Example Checkers", "--store", str(store))
    assert done.returncode == 0, done.stderr
    return store


@pytest.fixture(scope="module")
def base(store):
    with served(store, "--limit", "7", "--timeout", "2") as url:
        yield url


def _page(base: str, path: str, **kw) -> requests.Response:
    r = requests.get(base + path, timeout=60, **kw)
    assert r.status_code == 200, (path, r.status_code, r.text[:500])
    return r


def test_the_home_page_lists_and_searches_articles(base):
    home = _page(base, "/").text
    assert f'href="/id/article/{SAMPLE_KEY}"' in home and ">題</a>" in home
    assert home.count('href="/id/article/') == 2
    by_speaker = _page(base, "/", params={"speaker": "林剣"}).text
    assert by_speaker.count('href="/id/article/') == 1 and SAMPLE_KEY in by_speaker
    by_outlet = _page(base, "/", params={"outlet": "ロイター"}).text
    assert by_outlet.count('href="/id/article/') == 1 and SAMPLE_KEY in by_outlet
    by_title = _page(base, "/", params={"q": "蜜月"}).text
    assert by_title.count('href="/id/article/') == 1
    assert _page(base, "/", params={"speaker": "nobody-at-all"}).text.count('href="/id/article/') == 0


def test_the_article_page_marks_every_claim_in_place_and_the_violations(base, sample):
    page = _page(base, f"/id/article/{SAMPLE_KEY}").text
    marked = set(re.findall(r'href="/id/claim/' + SAMPLE_KEY + r'/(\d+)-(\d+)"', page))
    assert marked == {(str(c.start), str(c.end)) for c in sample.claims}
    # the text around the marks is the article's, whole and in order
    text = re.sub(r"<[^>]+>", "", page.split('id="text"', 1)[1].split("</article>", 1)[0].split(">", 1)[1])
    import html
    assert html.unescape(text) == sample.article.text
    # the report beside it is the shapes' own: as many violations as `tracker validate` counts
    done = run_cli("validate", str(SAMPLE), "--format", "json")
    [report] = json.loads(done.stdout)
    assert f"{report['violations']} violations: does not conform" in page
    uncited = {(str(r["start"]), str(r["end"])) for r in report["results"] if r["severity"] == "Violation"}
    flagged = set(re.findall(r'class="claim [^"]*violation"[^>]*id="c-(\d+)-(\d+)"', page))
    assert flagged == uncited and len(uncited) >= 5


def test_the_claim_page_shows_speaker_citation_chain_reviews_and_exports(base):
    page = _page(base, f"/id/claim/{SAMPLE_KEY}/1424-1472").text
    assert "テレ朝news" in page and "2024-06-27" in page
    chain = page.split('id="chain"', 1)[1].split("</table>", 1)[0]
    # the broadcast the report was credited from; not the expert another statement of it came through
    assert "BS朝日 日曜スクープ" in chain and "兵頭慎治" not in chain
    putin = _page(base, f"/id/claim/{SAMPLE_KEY}/1895-1940").text.split('id="chain"', 1)[1].split("</table>", 1)[0]
    assert "兵頭慎治" in putin and "BS朝日 日曜スクープ" in putin
    assert "Accurate" in page and "Example Checkers" in page
    links = re.findall(r'href="(/export/[^"]+)"', page)
    assert len(links) == 3
    import html
    from rdflib import Dataset
    for link in links:
        r = _page(base, html.unescape(link))
        if "nanopub" in link:
            Dataset().parse(data=r.text, format="trig")
        else:
            doc = r.json()
            assert doc and "1996年に失効した" in json.dumps(doc, ensure_ascii=False)


def test_speaker_and_outlet_pages(base):
    page = _page(base, f"/id/claim/{SAMPLE_KEY}/1424-1472").text
    outlet = re.search(r'href="(/id/outlet/[^"]+)"', page).group(1)
    assert "1996年に失効した" in _page(base, outlet).text
    people = set(re.findall(r'href="(/id/agent/[^"]+)"', _page(base, f"/id/claim/{SAMPLE_KEY}/3342-3396").text))
    assert len(people) == 1
    said = _page(base, people.pop()).text
    assert "<h1>林剣</h1>" in said and "2国間交流" in said


def test_claim_iris_dereference_to_the_page_or_the_rdf(base):
    from rdflib import Graph, Literal, URIRef

    path = f"/id/claim/{SAMPLE_KEY}/1424-1472"
    iri = URIRef(f"https://w3id.org/claim-tracker/id/claim/{SAMPLE_KEY}/1424-1472")
    assert "text/html" in _page(base, path, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}).headers["content-type"]
    for accept, fmt in (("text/turtle", "turtle"), ("application/ld+json", "json-ld"), ("application/n-triples", "nt")):
        r = _page(base, path, headers={"Accept": accept})
        assert r.headers["content-type"].startswith(accept)
        g = Graph().parse(data=r.text, format=fmt)
        assert (iri, URIRef("http://schema.org/text"), None) in g
        assert any(str(o).startswith("ソ連と北朝鮮") for o in g.objects(iri, URIRef("http://schema.org/text")))
        assert all(isinstance(o, Literal) or str(o).startswith("http") for o in g.objects(iri, None))
    assert requests.get(base + "/id/claim/ffffffffffffffff/1-2", headers={"Accept": "text/turtle"}, timeout=30).status_code == 404
    assert requests.get(base + "/id/claim/ffffffffffffffff/1-2", timeout=30).status_code == 404


def test_sparql_endpoint_answers_an_ordinary_client_in_every_format(base):
    from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper

    query = """SELECT ?text WHERE { ?c prov:wasAttributedTo/schema:name "林剣" ; schema:text ?text }"""
    client = SPARQLWrapper(base + "/sparql")
    client.setQuery("PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX schema: <http://schema.org/> " + query)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert len(rows) == 1 and "2国間交流" in rows[0]["text"]["value"]
    client.setReturnFormat(XML)
    assert "2国間交流" in client.query().convert().toxml()
    client.setReturnFormat(CSV)
    assert "2国間交流" in client.query().convert().decode("utf-8")
    client.setReturnFormat(TSV)
    tsv = client.query().convert().decode("utf-8").splitlines()
    assert tsv[0] == "?text" and tsv[1].startswith('"') and "2国間交流" in tsv[1]
    client.setMethod("POST")
    client.setQuery("ASK { ?c a <http://schema.org/Claim> }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True


def test_sparql_construct_through_rdflib_s_sparql_store(base):
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    g = Graph(store=SPARQLStore(base + "/sparql", returnFormat="json"))
    rows = list(g.query('SELECT ?o WHERE { ?o a <http://schema.org/NewsMediaOrganization> ; <http://schema.org/alternateName> "ロイター" }'))
    assert [str(r[0]) for r in rows] == ["https://w3id.org/claim-tracker/id/outlet/reuters"]
    described = requests.get(base + "/sparql", params={"query": "DESCRIBE <https://w3id.org/claim-tracker/id/outlet/reuters>"},
                             headers={"Accept": "text/turtle"}, timeout=60)
    assert described.status_code == 200 and "ロイター" in described.text
    for accept, fmt in (("text/turtle", "turtle"), ("application/ld+json", "json-ld"), ("application/n-triples", "nt")):
        r = requests.post(base + "/sparql", data={"query": "CONSTRUCT { ?o <http://schema.org/name> ?n } WHERE { ?o a <http://schema.org/NewsMediaOrganization> ; <http://schema.org/name> ?n }"},
                          headers={"Accept": accept}, timeout=60)
        assert r.status_code == 200 and r.headers["content-type"].startswith(accept), r.text
        assert len(Graph().parse(data=r.text, format=fmt)) >= 3


def test_sparql_refuses_updates_service_and_load_on_the_parsed_query(base):
    for data, status in (({"update": "DROP ALL"}, 403),
                         ({"query": "DROP ALL"}, 400),
                         ({"query": "SELECT * WHERE { SERVICE <http://evil.example/sparql> { ?s ?p ?o } }"}, 400),
                         ({"query": "SELECT * WHERE { OPTIONAL { SeRvIcE <http://x.example/> { ?s ?p ?o } } }"}, 400),
                         ({"query": "LOAD <http://evil.example/data.ttl>"}, 400)):
        r = requests.post(base + "/sparql", data=data, timeout=30)
        assert r.status_code == status, (data, r.status_code, r.text)
        assert "\n" not in r.text.strip()
    r = requests.post(base + "/sparql", data="INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                      headers={"Content-Type": "application/sparql-update"}, timeout=30)
    assert r.status_code == 403
    assert requests.get(base + "/sparql", params={"query": "ASK { <urn:a> <urn:b> <urn:c> }"},
                        headers={"Accept": "application/sparql-results+json"}, timeout=30).json()["boolean"] is False


def test_sparql_has_the_row_limit_and_the_time_limit(base):
    r = requests.get(base + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }", "format": "csv"}, timeout=60)
    assert r.status_code == 200 and len(r.text.strip().splitlines()) == 1 + 7
    assert "7 rows" in r.headers["x-tracker-truncated"]
    started = time.monotonic()
    r = requests.get(base + "/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"},
                     timeout=60)
    assert r.status_code == 503 and "longer than 2 s" in r.text
    assert time.monotonic() - started < 15
    # the server goes on answering after it stopped a query
    assert requests.get(base + "/sparql", params={"query": "ASK { ?s ?p ?o }", "format": "json"}, timeout=30).json()["boolean"]


def test_sparql_negotiates_and_describes_itself(base):
    sel = {"query": "SELECT ?s WHERE { ?s a <http://schema.org/Claim> } LIMIT 1"}
    for accept, media in (("application/sparql-results+xml", "application/sparql-results+xml"),
                          ("text/csv;q=0.5, application/sparql-results+json", "application/sparql-results+json"),
                          ("text/csv, */*;q=0.1", "text/csv"), ("*/*", "application/sparql-results+json")):
        r = requests.get(base + "/sparql", params=sel, headers={"Accept": accept}, timeout=30)
        assert r.headers["content-type"].startswith(media), (accept, r.headers["content-type"])
    assert requests.get(base + "/sparql", params=sel, headers={"Accept": "image/png"}, timeout=30).status_code == 406
    from rdflib import Graph, URIRef
    sd = Graph().parse(data=_page(base, "/sparql", headers={"Accept": "text/turtle"}).text, format="turtle")
    SD = "http://www.w3.org/ns/sparql-service-description#"
    assert (None, URIRef(SD + "endpoint"), URIRef(base + "/sparql")) in sd
    assert (None, URIRef(SD + "supportedLanguage"), URIRef(SD + "SPARQL11Query")) in sd


def test_cors_lets_yasgui_query_the_endpoint_and_no_page_elsewhere(base):
    yasgui = "https://yasgui.triply.cc"
    pre = requests.options(base + "/sparql", headers={"Origin": yasgui, "Access-Control-Request-Method": "POST",
                                                       "Access-Control-Request-Headers": "content-type"}, timeout=30)
    assert pre.status_code == 204 and pre.headers["access-control-allow-origin"] == yasgui
    assert "POST" in pre.headers["access-control-allow-methods"]
    r = requests.get(base + "/sparql", params={"query": "ASK {}"}, headers={"Origin": yasgui}, timeout=30)
    assert r.headers["access-control-allow-origin"] == yasgui
    # any other site the user visits cannot read the store through the browser
    r = requests.get(base + "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://evil.example"}, timeout=30)
    assert "access-control-allow-origin" not in r.headers
    assert "access-control-allow-origin" not in requests.get(base + "/", headers={"Origin": yasgui}, timeout=30).headers


def test_cors_takes_the_origins_given(store):
    with served(store, "--cors", "https://mine.example", "--cors", "http://localhost:3000") as url:
        for origin in ("https://mine.example", "http://localhost:3000"):
            r = requests.get(url + "/sparql", params={"query": "ASK {}"}, headers={"Origin": origin}, timeout=30)
            assert r.headers["access-control-allow-origin"] == origin
        r = requests.get(url + "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://yasgui.triply.cc"}, timeout=30)
        assert "access-control-allow-origin" not in r.headers


def test_pages_escape_the_article_and_forbid_scripts(base):
    home = _page(base, "/", params={"q": "題"}).text
    path = re.search(r'href="(/id/article/[0-9a-f]+)"', home).group(1)
    r = _page(base, path)
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp and "frame-ancestors 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in r.text and "&lt;script&gt;window.__xss" in r.text
    assert "<img" not in r.text and "&lt;img src=x onerror=" in r.text
    # a search term is text too
    assert "<b>x" not in _page(base, "/", params={"q": "<b>x"}).text


def test_a_page_asked_for_by_another_host_name_is_refused(base):
    """DNS rebinding: a page elsewhere that points its own name at 127.0.0.1 gets nothing."""
    r = requests.get(base + "/", headers={"Host": "evil.example"}, timeout=30)
    assert r.status_code == 400


def test_named_queries_over_http(base):
    r = _page(base, "/queries/who-said", params={"speaker": "林剣", "format": "json"})
    assert [b["speaker"]["value"] for b in r.json()["results"]["bindings"]] == ["林剣"]
    page = _page(base, "/queries/who-said", params={"speaker": "林剣"}).text
    assert "2国間交流" in page and 'href="/id/claim/' in page
    assert "uncited" in _page(base, "/queries/uncited").text
    assert "who-said" in _page(base, "/queries").text
    assert requests.get(base + "/queries/who-said", timeout=30).status_code == 400        # no speaker given
    assert requests.get(base + "/queries/nothing", timeout=30).status_code == 404
    # a claim as the tables print it, its article's key short or not; one the store lacks is 404
    for claim in ("b3f0d7/498-555", "id:claim/b3f0d7027f301188/498-555"):
        r = _page(base, "/queries/chain", params={"claim": claim, "format": "json"})
        assert r.json()["results"]["bindings"], claim
    for claim in ("b3f0d7/1-2", "nosuch"):
        assert requests.get(base + "/queries/chain", params={"claim": claim}, timeout=30).status_code == 404


def test_serve_errors_are_one_line_with_their_exit_code(store, tmp_path):
    done = run_cli("serve", "--store", str(tmp_path / "none"), "--port", "0")
    assert done.returncode == 3 and done.stderr.count("\n") == 1 and "no store" in done.stderr
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        done = run_cli("serve", "--store", str(store), "--port", str(busy.getsockname()[1]))
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "cannot listen" in done.stderr
    done = run_cli("serve", "--store", str(store), "--cors", "javascript:alert(1)")
    assert done.returncode == 2 and "--cors" in done.stderr
    done = run_cli("serve", "--store", str(store), "--timeout", "90")     # a writer waits 60 s for the queries running
    assert done.returncode == 2 and "--timeout" in done.stderr


def test_pages_and_queries_answer_while_an_ingest_writes(store, tmp_path):
    """A writer takes the store while the server reads it: the server lets it in at once, answers
    from the last committed state meanwhile, and shows what was written once it is done."""
    import shutil

    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    new = tmp_path / "new.txt"
    new.write_text("新しい題\n\n鈴木一郎市長は「橋を架け替える」と述べた。\n", encoding="utf-8")
    hold = tmp_path / "hold"
    writer = f"""
import sys, time
from pathlib import Path
from tracker.store import EmbeddedStore
started = time.monotonic()
s = EmbeddedStore({str(copy)!r}, write=True)
print(f"took {{time.monotonic() - started:.2f}}", flush=True)
Path({str(hold)!r}).write_text("writing")
from tracker.ingest import ingest
from tracker.pipeline import extract
ingest(s, extract({str(new)!r}))
time.sleep(4)
s.close()
"""
    with served(copy) as url:
        assert "新しい題" not in _page(url, "/", params={"speaker": "鈴木"}).text
        proc = subprocess.Popen([sys.executable, "-c", writer], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        took = float(proc.stdout.readline().split()[1])
        assert took < 5, "the server held the writer off"
        while not hold.exists():
            time.sleep(0.05)
        for _ in range(5):                      # while the writer has the store
            started = time.monotonic()
            assert SAMPLE_KEY in _page(url, "/").text
            assert _page(url, "/sparql", params={"query": "ASK { ?c a <http://schema.org/Claim> }", "format": "json"}).json()["boolean"]
            assert time.monotonic() - started < 5
            time.sleep(0.3)
        assert proc.wait(30) == 0, proc.stderr.read()
        deadline = time.monotonic() + 15
        while "新しい題" not in _page(url, "/", params={"speaker": "鈴木"}).text:
            assert time.monotonic() < deadline, "what was written never showed"
            time.sleep(0.2)


def test_many_clients_at_once_all_get_their_answer(base):
    """Queries are checked by a parser that keeps state: forty at once, each a little different."""
    from concurrent.futures import ThreadPoolExecutor

    def ask(i: int) -> tuple[int, int]:
        if i % 2:
            r = requests.get(base + "/sparql", params={"query": f"SELECT ?s WHERE {{ ?s ?p {i} }} LIMIT {i}", "format": "json"}, timeout=120)
        else:
            r = requests.get(base + "/queries/who-said", params={"speaker": f"林剣{i}", "format": "json"}, timeout=120)
        return i, r.status_code

    with ThreadPoolExecutor(40) as pool:
        assert [s for _, s in pool.map(ask, range(40))] == [200] * 40


def test_serve_over_a_sparql_server(virtuoso):
    """The same pages and endpoint over a SPARQL server instead of the embedded store."""
    virtuoso.clear()
    done = run_cli("ingest", str(SAMPLE), "--endpoint", virtuoso.endpoint)
    assert done.returncode == 0, done.stderr
    with served(None, "--endpoint", virtuoso.endpoint) as url:
        page = _page(url, f"/id/article/{SAMPLE_KEY}").text
        assert len(set(re.findall(r'href="/id/claim/' + SAMPLE_KEY + r'/\d+-\d+"', page))) == 123
        assert "10 violations: does not conform" in page
        claim = _page(url, f"/id/claim/{SAMPLE_KEY}/1895-1940").text
        assert "兵頭慎治" in claim.split('id="chain"', 1)[1]
        r = requests.get(url + "/sparql", params={"query": "ASK { ?c a <http://schema.org/Claim> }"},
                         headers={"Accept": "application/sparql-results+json"}, timeout=60)
        assert r.json()["boolean"] is True


def test_a_query_body_past_its_size_is_refused_before_it_is_read_whole(base):
    r = requests.post(base + "/sparql", data=b"a" * (2 << 20), headers={"Content-Type": "application/sparql-query"}, timeout=60)
    assert r.status_code == 413

    def chunks():                                   # no length given: counted as it comes
        for _ in range(64):
            yield b"a" * 65536
    r = requests.post(base + "/sparql", data=chunks(), headers={"Content-Type": "application/sparql-query"}, timeout=60)
    assert r.status_code == 413


def test_a_query_slow_to_check_is_stopped_at_the_time_limit_and_the_server_goes_on(base):
    slow = "SELECT * WHERE { FILTER(CONCAT(" + ",".join(["1"] * 9_970) + ")) }"
    started = time.monotonic()
    r = requests.post(base + "/sparql", data={"query": slow}, timeout=120)
    assert r.status_code == 503 and time.monotonic() - started < 15
    assert _page(base, "/sparql", params={"query": "ASK {}", "format": "json"}).json()["boolean"] is True


def test_a_name_cannot_reverse_what_follows_it_on_a_page(store, tmp_path):
    import shutil

    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    done = run_cli("review", f"id:claim/{SAMPLE_KEY}/3342-3396", "--rating", "False\u202e eurT", "--url", "https://checks.example/2",
                   "--reviewer", "R\u2067x", "--store", str(copy))
    assert done.returncode == 0, done.stderr
    with served(copy) as url:
        page = _page(url, f"/id/claim/{SAMPLE_KEY}/3342-3396").text
    assert "\u202e" not in page and "\u2067" not in page
    assert "False\\u202e eurT" in page and "R\\u2067x" in page


def test_a_worker_started_in_a_passing_thread_outlives_it(store):
    """Linux ends a child when the thread that started it ends: the pool's workers are started by
    a thread of its own, so a worker replaced during one request serves the next."""
    import threading

    from tracker.backend import QueryTimeout
    from tracker.workers import WorkerPool

    pool = WorkerPool(str(store), size=1, timeout=30)
    try:
        def stopped():
            with pytest.raises(QueryTimeout):
                pool.select("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=1)
        t = threading.Thread(target=stopped)
        t.start()
        t.join()
        time.sleep(1)
        assert pool.ask("ASK { ?s ?p ?o }")
    finally:
        pool.close()


def test_a_loopback_address_of_its_own_is_answered(store):
    with served(store, "--host", "127.0.0.2") as url:
        assert url.startswith("http://127.0.0.2:")
        assert requests.get(url + "/", timeout=30).status_code == 200


def test_graph_queries_answer_the_clients_defaults(base):
    """rdflib's SPARQLStore asks for RDF/XML; SPARQLWrapper sends format=xml or a name of its own."""
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    from SPARQLWrapper import N3, XML, SPARQLWrapper

    g = Graph(store=SPARQLStore(base + "/sparql"))
    built = g.query("CONSTRUCT { ?o <http://schema.org/name> ?n } WHERE { ?o a <http://schema.org/NewsMediaOrganization> ; <http://schema.org/name> ?n }")
    assert len(built.graph) >= 3
    client = SPARQLWrapper(base + "/sparql")
    client.setQuery("DESCRIBE <https://w3id.org/claim-tracker/id/outlet/reuters>")
    for fmt in (XML, N3):
        client.setReturnFormat(fmt)
        answer = client.query().convert()
        text = answer.serialize(format="turtle") if hasattr(answer, "serialize") else answer.decode("utf-8")
        assert "ロイター" in text


def test_a_graph_answer_past_the_row_limit_says_so(base):
    r = requests.get(base + "/sparql", params={"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 100000"},
                     headers={"Accept": "application/n-triples"}, timeout=60)
    assert r.status_code == 200 and len(r.text.strip().splitlines()) == 7 * 10      # ten triples a row
    assert "x-tracker-truncated" in r.headers


def test_the_endpoint_in_a_browser_is_a_form(base):
    page = _page(base, "/sparql", headers={"Accept": "text/html,*/*;q=0.8"}).text
    assert '<form method="get" action="/sparql"' in page and "<textarea" in page
    assert requests.get(base + "/sparql", params={"query": " "}, timeout=30).text.strip() == "the query is empty"


def test_the_report_links_only_to_statements_marked_in_the_text(base):
    page = _page(base, f"/id/article/{SAMPLE_KEY}").text
    targets = set(re.findall(r'href="#(c-\d+-\d+)"', page))
    marked = set(re.findall(r' id="(c-\d+-\d+)"', page))
    assert targets and targets <= marked


def test_an_outlet_page_lists_its_reports_with_what_each_was_cited_for(base):
    page = _page(base, "/id/outlet/reuters").text
    assert 'href="/id/report/' in page and "中国、ロ朝の関係緊密化に距離" in page and "2国間交流" in page


def test_slow_readers_of_large_answers_hold_a_few_places_and_give_them_back(store):
    """Each answer is held until its client has read it: a few held at once, and then the others
    are told the endpoint is busy, never held in memory without end."""
    from tracker.web.app import ANSWERS_HELD

    big = ('SELECT ?k ?v WHERE { VALUES ?k { 1 2 3 4 5 6 7 } BIND("' + "x" * 4096 + '" AS ?a) '
           "BIND(CONCAT(?a,?a,?a,?a,?a,?a,?a,?a) AS ?b) BIND(CONCAT(?b,?b,?b,?b,?b,?b,?b,?b) AS ?c) "
           "BIND(CONCAT(?c,?c,?c,?c,?c,?c,?c,?c) AS ?v) }")            # 7 rows of 2 MB
    from urllib.parse import urlsplit
    with served(store, "--timeout", "10") as base:
        host, port = urlsplit(base).hostname, urlsplit(base).port
        _hold_and_give_back(base, host, port, big, ANSWERS_HELD)


def _hold_and_give_back(base: str, host: str, port: int, big: str, places: int) -> None:
    from urllib.parse import urlencode
    slow = []
    for _ in range(places):                       # clients that ask and never read
        s = socket.create_connection((host, port))
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        s.sendall(f"GET /sparql?{urlencode({'query': big, 'format': 'csv'})} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
        slow.append(s)
    time.sleep(8)                                 # each answer made, and stuck in its socket
    r = requests.get(base + "/sparql", params={"query": "ASK {}", "format": "json"}, timeout=120)
    assert r.status_code == 503 and "busy" in r.text
    for s in slow:
        s.close()
    deadline = time.monotonic() + 20
    while requests.get(base + "/sparql", params={"query": "ASK {}", "format": "json"}, timeout=60).status_code != 200:
        assert time.monotonic() < deadline, "the places were not given back"
        time.sleep(0.5)


def test_json_answers_cannot_close_a_script_element_and_read_back_the_same(base):
    """A page that embeds a JSON answer in <script> must not see "</script>" from an article: the
    JSON writes < > & as \\u003c, which every JSON reader reads back as the same text."""
    texts = requests.get(base + "/sparql", params={"query": "SELECT ?t WHERE { ?c <http://schema.org/text> ?t FILTER(CONTAINS(?t, \"script\")) }",
                                                   "format": "json"}, timeout=60)
    assert texts.status_code == 200 and "<" not in texts.text
    got = [b["t"]["value"] for b in texts.json()["results"]["bindings"]]
    assert any("<script>window.__xss = 1</script>" in t for t in got), got
    claim = requests.get(base + "/sparql", params={"query": "SELECT ?c WHERE { ?c a <http://schema.org/Claim> ; <http://schema.org/text> ?t FILTER(CONTAINS(?t, \"onerror\")) }",
                                                   "format": "json"}, timeout=60).json()["results"]["bindings"][0]["c"]["value"]
    for fmt in ("claimreview", "webanno"):
        r = _page(base, f"/export/{fmt}", params={"claim": claim})
        assert "<" not in r.text and "onerror" in r.text, fmt
        assert '<img src=x onerror=\\"window.__xss = 2\\">' in json.dumps(r.json(), ensure_ascii=False), fmt
    graph = requests.get(base + "/sparql", params={"query": f"DESCRIBE <{claim}>"}, headers={"Accept": "application/ld+json"}, timeout=60)
    assert graph.status_code == 200 and "onerror" in graph.text and "<img" not in graph.text
    assert "<img src=x" in json.dumps(graph.json(), ensure_ascii=False)


def test_rdf_answers_write_a_bidirectional_override_as_its_escape(store, tmp_path):
    import shutil

    from rdflib import Graph

    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    done = run_cli("review", f"id:claim/{SAMPLE_KEY}/3342-3396", "--rating", "False\u202e eurT", "--url", "https://checks.example/3", "--reviewer", "R",
                   "--store", str(copy))
    assert done.returncode == 0, done.stderr
    query = ("CONSTRUCT { ?x ?p ?o } WHERE { ?r <http://schema.org/url> <https://checks.example/3> ; "
             "<http://schema.org/reviewRating> ?x . ?x ?p ?o }")
    with served(copy) as url:
        for accept, fmt in (("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
                            ("application/rdf+xml", "xml")):
            r = requests.get(url + "/sparql", params={"query": query}, headers={"Accept": accept}, timeout=60)
            assert r.status_code == 200 and "\u202e" not in r.text and "eurT" in r.text, (accept, r.text)
            g = Graph().parse(data=r.text, format=fmt)
            assert any("False\u202e eurT" in str(o) for o in g.objects()), accept
        select = "SELECT ?o WHERE { ?r <http://schema.org/url> <https://checks.example/3> ; <http://schema.org/reviewRating> ?x . ?x ?p ?o }"
        r = requests.get(url + "/sparql", params={"query": select}, headers={"Accept": "application/sparql-results+xml"}, timeout=60)
        assert r.status_code == 200 and "\u202e" not in r.text and "&#x202E;" in r.text, r.text
        import xml.etree.ElementTree as ET
        literals = [e.text for e in ET.fromstring(r.content).iter("{http://www.w3.org/2005/sparql-results#}literal")]
        assert "False\u202e eurT" in literals, literals


def test_a_revised_article_is_listed_once_and_its_versions_link_each_other(tmp_path):
    article, store = tmp_path / "note.txt", tmp_path / "store"
    article.write_text("市長の発言\n\n市長は「橋を架け替える」と述べた。【7月3日 時事】\n", encoding="utf-8")
    assert run_cli("ingest", str(article), "--store", str(store)).returncode == 0
    article.write_text("市長の発言\n\n市長は「橋を架け替える」と述べた。【7月3日 時事】\n知事は「協力する」と語った。【7月4日 共同】\n", encoding="utf-8")
    assert run_cli("ingest", str(article), "--store", str(store)).returncode == 0
    with served(store) as base:
        home = _page(base, "/").text
        [latest] = re.findall(r'href="(/id/article/[^"]+)"', home)      # the latest version only, as the queries read
        page = _page(base, latest).text
        older = re.search(r'<a id="older" href="(/id/article/[^"]+)"', page)
        assert older and older[1] != latest and 'id="newer"' not in page
        first = _page(base, older[1]).text
        assert re.search(rf'<p class="notice" id="newer">[^<]*<a href="{re.escape(latest)}"', first)
