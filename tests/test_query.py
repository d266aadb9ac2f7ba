"""Queries are decided on their parse: nothing a query says can make the store reach another
address, whatever way SERVICE is written; a query that runs too long is stopped, whatever its form."""
from __future__ import annotations

import http.server
import time
from types import SimpleNamespace

import pytest

from tracker.ingest import ingest
from tracker.query import QueryRefused, check, run
from tracker.store import EmbeddedStore, QueryTimeout

from .conftest import SAMPLE, serving


@pytest.fixture(scope="module")
def listener():
    """A SPARQL endpoint on loopback that answers every request and counts them: it must hear nothing."""
    heard = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self):
            heard.append(self.path)
            body = b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"literal","value":"leaked"}}]}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer

        def log_message(self, *args):
            pass

    with serving(Handler) as address:
        yield SimpleNamespace(heard=heard, url=f"{address}/sparql")


@pytest.fixture(scope="module")
def stored(tmp_path_factory, cli):
    path = tmp_path_factory.mktemp("q") / "store"
    assert cli("ingest", str(SAMPLE), "--store", str(path)).returncode == 0
    return path


def spellings(url: str) -> list[str]:
    host = url.rsplit("/", 1)[0] + "/"
    body = "{ ?s ?p ?o }"
    return [
        f"SELECT * WHERE {{\n# '''\nSERVICE <{url}> {body}\n# '''\n}}",          # between comment lines that look like strings
        f'SELECT * WHERE {{\n# """\nSERVICE <{url}> {body}\n# """\n}}',
        f"select * where {{ sErViCe <{url}> {body} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{url}> {body} }}",
        f"PREFIX x: <{host}> SELECT * WHERE {{ SERVICE x:sparql {body} }}",
        f"SELECT * WHERE {{ VALUES ?e {{ <{url}> }} SERVICE ?e {body} }}",
        f"SELECT * WHERE {{ OPTIONAL {{ SERVICE <{url}> {body} }} }}",
        f"SELECT * WHERE {{ ?a ?b ?c FILTER EXISTS {{ SERVICE <{url}> {body} }} }} LIMIT 1",
        f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}> {body} }} }} }}",
        f"SELECT * WHERE {{ {{ ?a ?b ?c }} UNION {{ GRAPH ?g {{ MINUS {{ SERVICE <{url}> {body} }} }} }} }} LIMIT 1",
        f"SELECT (EXISTS {{ SERVICE <{url}> {body} }} AS ?x) WHERE {{}}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {body} }}",                   # a codepoint escape
        f'SELECT * WHERE {{ BIND("#" AS ?h) SERVICE <{url}> {body} }}',
        f"SELECT * WHERE {{ BIND('''x' # ''' AS ?h) SERVICE <{url}> {body} }}",
        f"SELECT * WHERE {{ BIND(<urn:a#b> AS ?h) SERVICE <{url}> {body} }}",
        # an escape that spells an escape: rdflib would expand it twice, Oxigraph once
        f'SELECT * WHERE {{ BIND("\\u005Cu005C" AS ?a) SERVICE <{url}> {body} # " AS ?b)\n}}',
        f"SELECT * WHERE {{ BIND('\\u005Cu005C' AS ?a) SERVICE <{url}> {body} # ' AS ?b)\n}}",
        f"SELECT * WHERE {{ ?s ?p ?o # a comment Oxigraph ends at a lone CR\rSERVICE <{url}> {{ ?a ?b ?c }}\n}}",
        # an escape that spells a four-digit \U (rdflib expands \U with four digits too, either case)
        f'SELECT * WHERE {{\n BIND( # \\u005CU000A """\n 1 AS ?x) SERVICE <{url}> {body}\n # """ AS ?x)\n}}',
        f'SELECT * WHERE {{\n BIND( # \\u005Cu000a """\n 1 AS ?x) SERVICE <{url}> {body}\n # """ AS ?x)\n}}',
        f"ASK {{ SERVICE <{url}> {body} }}",
        f"ASK {{\n# '''\nSERVICE <{url}> {body}\n# '''\n}}",
    ]


def test_every_spelling_of_service_is_refused_and_the_server_hears_nothing(listener, stored, cli, tmp_path):
    for k, q in enumerate(spellings(listener.url)):
        done = cli("query", q, "--store", str(stored), "-f", "csv")
        assert done.returncode == 2, (q, done.stdout, done.stderr)
        # rdflib's grammar fails on a SERVICE after a "#" in a string on its line: refused all the same
        hash_before = "#" in q.upper().split("SERVICE")[0].splitlines()[-1]
        assert "SERVICE is refused" in done.stderr or "spells another escape" in done.stderr or hash_before, (q, done.stderr)
        rq = tmp_path / f"q{k}.rq"
        rq.write_text(q, "utf-8")
        assert cli("query", str(rq), "--store", str(stored)).returncode == 2
    for q in (f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{\n# '''\nSERVICE <{listener.url}> {{ ?s ?p ?o }}\n# '''\n}}",
              f"DESCRIBE ?s WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"):
        rq = tmp_path / "c.rq"
        rq.write_text(q, "utf-8")
        done = cli("export", "--query", str(rq), "-f", "turtle", "--store", str(stored))
        assert done.returncode == 2 and "SERVICE is refused" in done.stderr, done.stderr
    assert listener.heard == []


def test_answers_of_an_export_query_are_not_pasted_into_the_next_query(listener, stored, cli, tmp_path):
    rq = tmp_path / "inject.rq"
    rq.write_text('SELECT ?claim WHERE { ?c a schema:Claim . BIND(CONCAT(STR(?c), "> } SERVICE <'
                  + listener.url + '> { ?x ?y ?z } VALUES ?q { <urn:y") AS ?claim) } LIMIT 1', "utf-8")
    done = cli("export", "--query", str(rq), "-f", "csv", "--store", str(stored))
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1            # the header alone: the answer was not an IRI
    assert listener.heard == []


def test_the_word_service_where_it_is_not_an_operator_is_fine(stored, cli):
    done = cli("query", 'SELECT ?service WHERE { ?service schema:name "SERVICE" } # SERVICE <http://x/>',
               "--store", str(stored), "-f", "csv")
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("query", [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "# SELECT\nDELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "DROP ALL",
    "CLEAR GRAPH <http://a>",
])
def test_updates_are_refused(query):
    with pytest.raises(QueryRefused, match="updates"):
        check(query)


@pytest.mark.parametrize("query", ["", "  \n", "# SELECT * WHERE { ?s ?p ?o }\n", "PREFIX schema: <http://schema.org/>"])
def test_an_empty_query_is_called_empty_not_an_update(query):
    with pytest.raises(QueryRefused, match="the query is empty"):
        check(query)


def test_a_folder_given_for_a_query_is_named_a_folder(cli, tmp_path):
    done = cli("query", str(tmp_path), "--store", str(tmp_path / "s"))
    assert done.returncode == 2 and done.stderr == f"error: {tmp_path}: a folder, not a query or a .rq file\n", done.stderr


def test_a_syntax_error_is_placed_in_the_query_as_written():
    with pytest.raises(QueryRefused, match="line 1, column 10"):
        check("SELECT * WERE { ?s ?p ?o }")
    with pytest.raises(QueryRefused, match="line 2"):
        check("SELECT *\nWHERE { ?s ?p ?o ")


def test_a_huge_or_deeply_nested_query_is_refused_quickly():
    t = time.monotonic()
    with pytest.raises(QueryRefused):
        check("SELECT * WHERE { " + "{ " * 20_000 + "?s ?p ?o" + " }" * 20_000 + " }")
    with pytest.raises(QueryRefused):
        check("SELECT * WHERE { FILTER(" + "(" * 3000 + "1" + ")" * 3000 + ") }")
    assert time.monotonic() - t < 10


def test_error_positions_do_not_count_the_prefixes_the_store_adds(stored, cli):
    done = cli("query", "SELECT ?x WHERE { ?x nosuch:p ?y }", "--store", str(stored))
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "1:" in done.stderr and "10:" not in done.stderr, done.stderr


def test_a_missing_query_file_is_named_as_such(cli, stored):
    done = cli("query", "nosuch.rq", "--store", str(stored))
    assert done.returncode == 2 and "nosuch.rq: no such file" in done.stderr, done.stderr


SLOW = "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
NEVER = 'FILTER(STR(?c) = CONCAT(STR(?f), STR(?i), "never"))'


def test_ask_is_stopped_at_its_time(stored):
    with EmbeddedStore(stored) as store:
        t = time.monotonic()
        with pytest.raises(QueryTimeout):
            run(store, f"ASK {{ {SLOW} {NEVER} }}", timeout=1.0)
        assert time.monotonic() - t < 10


def test_ask_past_its_time_exits_3_and_leaves_the_store_free(stored, cli):
    t = time.monotonic()
    done = cli("query", f"ASK {{ {SLOW} {NEVER} }}", "--timeout", "1", "--store", str(stored))
    assert done.returncode == 3 and "stopped" in done.stderr, done.stderr
    assert time.monotonic() - t < 30
    assert cli("stats", "--store", str(stored)).returncode == 0


def test_export_query_past_its_time_is_stopped(stored, cli, tmp_path):
    rq = tmp_path / "slow.rq"
    rq.write_text(f"CONSTRUCT {{ ?a ?b ?c }} WHERE {{ {SLOW} {NEVER} }}", "utf-8")
    t = time.monotonic()
    done = cli("export", "--query", str(rq), "-f", "turtle", "--timeout", "1", "--store", str(stored))
    assert done.returncode == 3 and "stopped" in done.stderr, done.stderr
    assert time.monotonic() - t < 30


def test_ingested_sample_answers_ask_and_select(tmp_path, sample):
    with EmbeddedStore(tmp_path / "s", write=True) as store:
        ingest(store, sample)
    with EmbeddedStore(tmp_path / "s") as store:
        assert run(store, "ASK { ?c a schema:Claim }").rows[0]["result"]["value"] == "true"
        assert run(store, "SELECT ?c WHERE { ?c a schema:Claim }", limit=3).truncated


@pytest.mark.parametrize("claim", ["id:claim/b3f0d7027f301188/420-453", "b3f0d7027f301188/420-453",
                                   "https://w3id.org/claim-tracker/id/claim/b3f0d7027f301188/420-453",
                                   "b3f0d7/420-453", "id:claim/b3f0d7/420-453"])     # the key short, as show and trace take it
def test_a_claim_parameter_takes_every_form_the_tables_show(stored, cli, claim):
    done = cli("query", "-n", "chain", "-p", f"claim={claim}", "-f", "csv", "--store", str(stored))
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) > 2


@pytest.mark.parametrize("param", ["claim=nosuch", "claim=claim/x"])
def test_a_claim_parameter_that_is_no_iri_is_refused(stored, cli, param):
    done = cli("query", "-n", "chain", "-p", param, "--store", str(stored))
    assert done.returncode == 2 and "no such claim" in done.stderr, done.stderr


def test_an_impossible_date_parameter_is_refused(stored, cli):
    done = cli("query", "-n", "by-outlet", "-p", "outlet=時事", "-p", "from=2024-06-31", "--store", str(stored))
    assert done.returncode == 2 and "2024-06-31" in done.stderr, done.stderr


ID = "https://w3id.org/claim-tracker/id/"


@pytest.mark.parametrize("command", [
    ["remove", f"{ID}x> || true || ?a = <{ID}y"],
    ["export", "-f", "nquads", "--article", f"{ID}x> || true) SERVICE <URL> {{ ?q ?w ?e }} FILTER (true || ?a = <{ID}y"],
    ["review", f"{ID}claim/x> a ?t }}}} SERVICE <URL> {{ ?q ?w ?e }} {{ <{ID}y", "--rating", "False", "--reviewer", "X",
     "--url", "https://example.org/r"],
])
def test_arguments_are_never_pasted_into_the_stores_queries(listener, cli, tmp_path, command):
    store = tmp_path / "s"
    assert cli("ingest", str(SAMPLE), "--store", str(store)).returncode == 0
    done = cli(*[part.replace("URL", listener.url) for part in command], "--store", str(store))
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert listener.heard == []
    assert "articles        1" in cli("stats", "--store", str(store)).stdout


def test_a_query_file_that_is_not_text_is_exit_2(cli, stored, tmp_path):
    rq = tmp_path / "bad.rq"
    rq.write_bytes(b"SELECT \xff WHERE {}")
    done = cli("query", str(rq), "--store", str(stored))
    assert done.returncode == 2 and done.stderr.startswith("error:"), done.stderr
