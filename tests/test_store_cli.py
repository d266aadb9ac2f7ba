"""`tracker ingest|stats|query|remove` as a user runs them, on both kinds of store."""
from __future__ import annotations

import csv
import io
import json
import re
import os
import shutil

import pytest

from tracker.store import EmbeddedStore

from .conftest import ROOT, SAMPLE


@pytest.fixture(params=["embedded", "virtuoso"])
def where(request, tmp_path):
    """The command-line options naming the store."""
    if request.param == "embedded":
        return ["--store", str(tmp_path / "store")]
    server = request.getfixturevalue("virtuoso")
    server.clear()
    return ["--endpoint", server.endpoint]


def test_ingest_stats_query_remove(cli, where):
    done = cli("ingest", str(SAMPLE), *where)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("added: ")
    again = cli("ingest", str(SAMPLE), *where)
    assert again.stdout.startswith("unchanged: ")
    stats = cli("stats", *where)
    assert stats.returncode == 0 and "claims          123" in stats.stdout
    rows = list(csv.DictReader(io.StringIO(cli("query", "-n", "who-said", "-p", "speaker=林剣", "-f", "csv", *where).stdout)))
    assert [r["date"] for r in rows] == ["2024-06-18"] and "林剣報道官" in rows[0]["text"]
    doc = json.loads(cli("query", "SELECT (COUNT(?c) AS ?n) WHERE { ?c a schema:Claim }", "-f", "json", *where).stdout)
    assert doc["results"]["bindings"][0]["n"]["value"] == "123"
    removed = cli("remove", "b3f0d7027f30", *where)
    assert removed.returncode == 0 and removed.stdout.startswith("removed ")
    assert "claims          0" in cli("stats", *where).stdout


def test_ingesting_the_same_text_with_another_publication_date_says_the_stored_reading_stands(cli, tmp_path, where):
    text = tmp_path / "a.txt"
    text.write_text("岸田首相は3日、記者団に「経済対策を急ぐ」と述べた。【7月3日 時事】\n", encoding="utf-8")
    assert cli("ingest", str(text), "--published", "2024-07-05", *where).returncode == 0
    same = cli("ingest", str(text), "--published", "2024-07-05", *where)
    assert same.stdout.startswith("unchanged: ") and "note:" not in same.stderr
    other = cli("ingest", str(text), "--published", "2023-07-05", *where)
    assert other.returncode == 0 and other.stdout.startswith("unchanged: ")
    assert "stored as published 2024-07-05, not 2023-07-05" in other.stderr and "tracker remove" in other.stderr
    rows = list(csv.DictReader(io.StringIO(cli("query", "-n", "who-said", "-p", "speaker=岸田", "-f", "csv", *where).stdout)))
    assert [r["date"] for r in rows] == ["2024-07-03"]         # what was stored is untouched


def test_remove_says_how_many_claims_of_other_articles_it_linked_again(cli, tmp_path):
    words = "西側の制裁は我々の経済を弱めることはできず、むしろ国内の生産を強くした"
    paths = []
    for name in "abc":
        p = tmp_path / f"{name}.txt"
        p.write_text(f"見出し {name}\n2024年7月10日\n\nプーチン大統領は4日、「{words}」と述べた。【2024年7月4日 共同】\n", "utf-8")
        paths.append(str(p))
    where = ["--store", str(tmp_path / "store")]
    assert cli("ingest", paths[0], *where).returncode == 0
    assert cli("ingest", *paths[1:], *where).returncode == 0
    first = cli("remove", paths[0], *where)
    assert first.returncode == 0, first.stderr
    assert re.fullmatch(r"removed \S+ \(2 claims of other articles linked to its claims, linked again\)\n", first.stdout), first.stdout
    second = cli("remove", paths[1], *where)          # c points to b now: one claim
    assert re.fullmatch(r"removed \S+ \(1 claim of other articles linked to its claims, linked again\)\n", second.stdout), second.stdout
    assert re.fullmatch(r"removed \S+\n", cli("remove", paths[2], *where).stdout)


def test_query_file_and_tsv_output(cli, where, tmp_path):
    cli("ingest", str(SAMPLE), *where)
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?name WHERE { ?o a schema:NewsMediaOrganization ; schema:name ?name } ORDER BY ?name", "utf-8")
    out = cli("query", str(rq), "-f", "tsv", *where)
    assert out.returncode == 0, out.stderr
    names = out.stdout.splitlines()[1:]
    assert "Reuters" in names and "時事通信" in names


def test_refused_query_exits_2_with_one_line(cli, where):
    for q in ("DELETE WHERE { ?s ?p ?o }", "SELECT * WHERE { SERVICE <http://example.org/s> { ?s ?p ?o } }", "not sparql"):
        done = cli("query", q, *where)
        assert done.returncode == 2 and done.stderr.count("\n") == 1 and done.stderr.startswith("error:")


def test_named_query_needs_its_parameters(cli, tmp_path):
    done = cli("query", "-n", "who-said", "--store", str(tmp_path / "s"))
    assert done.returncode == 2 and "speaker" in done.stderr
    assert cli("query", "-n", "nope", "--store", str(tmp_path / "s")).returncode == 2


def test_a_named_query_given_as_the_question_runs_as_named_and_params_need_a_name(cli, tmp_path):
    store = ["--store", str(tmp_path / "s")]
    cli("ingest", str(SAMPLE), *store)
    by_name = cli("query", "-n", "who-said", "-p", "speaker=林剣", "-f", "csv", *store).stdout
    given = cli("query", "who-said", "-p", "speaker=林剣", "-f", "csv", *store)
    assert given.returncode == 0 and given.stdout == by_name and "林剣報道官" in by_name
    done = cli("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "-p", "speaker=x", *store)
    assert done.returncode == 2 and "--param" in done.stderr and done.stderr.count("\n") == 1


def test_a_word_that_names_no_query_says_so(cli, tmp_path):
    for params in ([], ["-p", "speaker=x"]):
        done = cli("query", "who-sayd", *params, "--store", str(tmp_path / "s"))
        assert done.returncode == 2 and done.stderr == "error: no named query 'who-sayd' (see --list)\n"


def test_a_name_written_otherwise_than_the_store_writes_it_is_answered_with_the_names_it_holds(cli, tmp_path):
    """Names match as stored; where none does, the note says which names hold what was given,
    case aside (a surname alone: the full names it is part of)."""
    article = tmp_path / "a.txt"
    article.write_text("Notes\n\nKaren Ortiz said the bridge would reopen, Reuters reported on July 9.\n", "utf-8")
    store = ["--store", str(tmp_path / "s")]
    assert cli("ingest", str(article), "--published", "2024-07-10", *store).returncode == 0
    for query, param in (("who-said", "speaker=karen ortiz"), ("who-said", "speaker=Ortiz"), ("by-outlet", "outlet=reuters")):
        done = cli("query", query, "-p", param, *store)
        assert done.returncode == 0 and "0 rows" in done.stdout
        assert done.stderr.startswith("note: no rows; names match as the store writes them, which holds: ")
        assert ("Karen Ortiz" if query == "who-said" else "Reuters") in done.stderr
    found = cli("query", "who-said", "-p", "speaker=Karen Ortiz", *store)
    assert "Karen Ortiz" in found.stdout and found.stderr == ""
    later = cli("query", "by-outlet", "-p", "outlet=Reuters", "-p", "from=2030-01-01", *store)     # the name is right: no note
    assert "0 rows" in later.stdout and later.stderr == ""
    spaced = cli("query", "who-said", "-p", "speaker=Karen Ortiz ", *store)       # not as stored: the note
    assert "0 rows" in spaced.stdout and "which holds: Karen Ortiz" in spaced.stderr


def test_query_list_shows_every_named_query_with_parameters(cli):
    out = cli("query", "--list").stdout
    for name in ("who-said", "by-outlet", "uncited", "chain", "timeline", "single-source", "coverage", "changes"):
        assert f"{name}:" in out
    assert "--param speaker=" in out and "--param from=" in out


def test_a_store_in_use_turns_a_second_writer_away(cli, tmp_path):
    path = tmp_path / "store"
    holder = EmbeddedStore(path, write=True)
    try:
        done = cli("ingest", str(SAMPLE), "--store", str(path))
        assert done.returncode == 3
        assert "in use by another process" in done.stderr and done.stderr.count("\n") == 1
    finally:
        holder.close()
    assert cli("ingest", str(SAMPLE), "--store", str(path)).returncode == 0


def test_unreachable_server_exits_3(cli):
    done = cli("stats", "--endpoint", "http://127.0.0.1:9/sparql")
    assert done.returncode == 3 and done.stderr.startswith("error: cannot reach")


def test_no_store_yet_exits_3(cli, tmp_path):
    done = cli("stats", "--store", str(tmp_path / "none"))
    assert done.returncode == 3 and "no store" in done.stderr


def test_bad_article_in_a_batch_is_reported_and_the_rest_stored(cli, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    done = cli("ingest", str(bad), str(SAMPLE), "--store", str(tmp_path / "s"))
    assert done.returncode == 2 and "binary" in done.stderr
    assert "added: " in done.stdout


def test_validate_with_a_store_uses_its_entities(cli, tmp_path):
    cli("ingest", str(SAMPLE), "--store", str(tmp_path / "s"))
    done = cli("validate", str(SAMPLE), "--store", str(tmp_path / "s"))
    assert done.returncode == 1 and "10 violations" in done.stdout


def test_row_limit_defaults_to_a_page_for_the_table_and_more_for_files(cli, tmp_path):
    where = ["--store", str(tmp_path / "store")]
    cli("ingest", str(SAMPLE), *where)
    every = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    table = cli("query", every, *where)
    assert table.stdout.rstrip().splitlines()[-1] == "100 rows (stopped at the row limit; see --limit)"
    whole = cli("query", every, "-f", "csv", *where)
    assert len(list(csv.DictReader(io.StringIO(whole.stdout)))) > 1000 and whole.stderr == ""
    five = cli("query", every, "-f", "csv", "--limit", "5", *where)
    assert len(list(csv.DictReader(io.StringIO(five.stdout)))) == 5 and five.stderr.startswith("note: stopped at the row limit")


# ---------------------------------------------------------------- what a person reads

@pytest.fixture(scope="module")
def sample_store(cli, tmp_path_factory):
    where = ["--store", str(tmp_path_factory.mktemp("sample") / "store")]
    assert cli("ingest", str(SAMPLE), *where).returncode == 0
    return where


@pytest.mark.parametrize("name", ["uncited", "coverage", "who-said", "by-outlet", "timeline"])
def test_named_queries_name_the_article_by_the_file_it_was_read_from(cli, sample_store, name):
    params = {"who-said": ["-p", "speaker=習近平"], "timeline": ["-p", "speaker=習近平"], "by-outlet": ["-p", "outlet=時事"]}
    rows = list(csv.DictReader(io.StringIO(cli("query", "-n", name, *params.get(name, []), "-f", "csv", *sample_store).stdout)))
    assert rows and {r["article"] for r in rows} == {SAMPLE.resolve().as_uri()}


def test_query_csv_headers_are_snake_case(cli, sample_store):
    for name, params in (("by-outlet", ["-p", "outlet=時事"]), ("who-said", ["-p", "speaker=習近平"]), ("uncited", [])):
        header = cli("query", "-n", name, *params, "-f", "csv", *sample_store).stdout.splitlines()[0].split(",")
        assert all(re.fullmatch(r"[a-z]+(_[a-z]+)*", h) for h in header), header
    assert cli("query", "-n", "by-outlet", "-p", "outlet=時事", "-f", "csv", *sample_store).stdout.startswith("reported,outlet,")


def test_tables_show_iris_as_prefixed_names_but_text_as_it_is(cli, sample_store):
    """Every IRI in the `kind` column and the chain's sources reads `ct:…`, `schema:…`, `id:…`;
    a literal that only looks like an IRI is shown whole."""
    uncited = cli("query", "-n", "uncited", *sample_store).stdout
    assert "ct:AuthorAssertion" in uncited and "claim-tracker/ns#" not in uncited
    chain = cli("query", "-n", "chain", "-p", "claim=https://w3id.org/claim-tracker/id/claim/b3f0d7027f301188/420-453",
                *sample_store).stdout
    assert "id:report/b3f0d7027f301188/" in chain and "https://" not in chain
    literal = cli("query", 'SELECT ?x WHERE { BIND ("http://schema.org/Claim" AS ?x) }', *sample_store).stdout
    assert "http://schema.org/Claim" in literal


def test_the_chain_gives_a_row_a_source_named_and_typed_once(cli, sample_store):
    """One row a source (a speaker typed schema:Person and prov:Person is one row), a report
    named by its headline, and the claim's text not repeated on every row."""
    rows = list(csv.DictReader(io.StringIO(cli(
        "query", "-n", "chain", "-p", "claim=id:claim/b3f0d7027f301188/420-453", "-f", "csv", *sample_store).stdout)))
    assert [(r["step"], r["kind"], r["name"] or r["publisher"]) for r in rows] == [      # 時事's report, and TASS's it relays
        ("cited report", "NewsArticle", "タス通信"), ("cited report", "NewsArticle", "中ロ関係「史上最良」=首脳会談で連携確認上海協力機構会議"),
        ("derived from", "Account", "タス通信"), ("speaker", "Person", "ウラジーミル・プーチン"), ("via", "Account", "タス通信")]
    assert "text" not in rows[0]


def test_counts_take_the_noun_in_the_right_number(cli, sample_store, tmp_path):
    one = cli("query", "-n", "coverage", *sample_store).stdout
    assert one.rstrip().splitlines()[-1] == "1 row"
    two = cli("query", "-n", "uncited", "--limit", "2", *sample_store).stdout
    assert two.rstrip().splitlines()[-1] == "2 rows (stopped at the row limit; see --limit)"
    article = tmp_path / "one.txt"
    article.write_text("Officials said the bridge would reopen.\n", "utf-8")
    done = cli("validate", str(article))
    assert done.stdout.splitlines()[-1] == f"{article}: 1 statement, 1 violation, 0 warnings, 0 notes: does not conform"


def fake_server(body: bytes):
    import http.server

    from .conftest import serving

    class Server(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return serving(Server)


@pytest.mark.parametrize("answer", [
    {"head": {"vars": ["s"]}, "results": {"bindings": [{"s": 5}]}},
    {"head": {"vars": ["s"]}, "results": {"bindings": [{"s": {"type": "uri", "value": 5}}]}},
    {"head": {"vars": ["s"]}, "results": {"bindings": [{"s": "http://a"}]}},
    {"head": {"vars": ["s"]}, "results": {"bindings": [{"s": {"type": "literal", "value": "x", "xml:lang": ["en"]}}]}},
    {"head": {"vars": [1]}, "results": {"bindings": []}},
    {"head": [], "results": {"bindings": []}},
    {"head": {"vars": ["s"]}, "results": {"bindings": [None]}},
    [],
    {"boolean": "false"},
])
@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_a_server_answering_malformed_results_is_one_line_and_exit_3(cli, answer, fmt):
    """A server's answer is data: what is not SPARQL JSON results, in any part, is the server's
    failure (exit 3, one line), never a crash of ours."""
    with fake_server(json.dumps(answer).encode()) as address:
        query = "ASK { ?s ?p ?o }" if "boolean" in answer else "SELECT * WHERE { ?s ?p ?o }"
        done = cli("query", query, "-f", fmt, "--endpoint", f"{address}/sparql")
    assert (done.returncode, done.stdout) == (3, ""), done.stderr
    assert done.stderr.count("\n") == 1 and "did not answer with SPARQL JSON results" in done.stderr


UNBOUND = b'{"head": {"vars": ["g", "a", "n"]}, "results": {"bindings": [{}]}}'
LITERALS = (b'{"head": {"vars": ["g", "a", "n"]}, "results": {"bindings": [{"g": {"type": "literal", "value": "abc"}, '
            b'"a": {"type": "literal", "value": "abc"}, "n": {"type": "literal", "value": "abc"}}]}}')
NESTED = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize("body, command", [
    (UNBOUND, ["export", "--all", "-f", "turtle"]), (UNBOUND, ["remove", "abcdef"]),
    (LITERALS, ["stats"]), (LITERALS, ["export", "--all", "-f", "turtle"]), (LITERALS, ["remove", "abcdef"]),
    (NESTED, ["stats"]), (NESTED, ["query", "ASK { ?s ?p ?o }"]), (NESTED, ["query", "SELECT * { ?s ?p ?o }"]),
])
def test_a_server_answering_our_own_queries_wrongly_is_exit_3(cli, body, command):
    """The tracker's own queries bind what they select: a server answering without it, with a
    count that is no number, or with JSON nested past reason, is the server's failure (exit 3)."""
    with fake_server(body) as address:
        done = cli(*command, "--endpoint", f"{address}/sparql")
    assert done.returncode == 3, (done.returncode, done.stderr)
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("error:"), done.stderr


def test_remove_takes_several_articles_a_folder_a_glob_and_reports_those_it_does_not_hold(cli, where, tmp_path):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    for i, name in enumerate(["a.txt", "b.txt", "sub/c.txt", "sub/d.txt"]):
        (folder / name).write_text(f"見出し {i}\n2024年7月{i + 1}日\n\n林官房長官は{i + 1}日、「状況を注視する{i}」と述べた。【2024年7月{i + 1}日 共同】\n", "utf-8")
    assert cli("ingest", str(folder), *where).returncode == 0
    (folder / "sub" / "d.txt").unlink()                 # deleted since: still removed with its folder
    sub = cli("remove", str(folder / "sub"), *where)
    assert sub.returncode == 0 and sub.stdout.count("removed ") == 2, sub.stderr
    mixed = cli("remove", str(folder / "a*.txt"), str(tmp_path / "never.txt"), *where)
    assert mixed.returncode == 2 and mixed.stdout.count("removed ") == 1
    assert mixed.stderr.count("\n") == 1 and "never.txt" in mixed.stderr
    assert "articles        1" in cli("stats", *where).stdout           # b.txt only
    assert cli("remove", str(folder / "sub"), *where).returncode == 2     # nothing left under it
    shutil.rmtree(folder)                               # gone from the disk: named as a folder by its closing /
    assert cli("remove", str(folder), *where).returncode == 2
    assert cli("remove", str(folder) + "/", *where).stdout.count("removed ") == 1
    assert "articles        0" in cli("stats", *where).stdout


def test_remove_never_takes_a_blank_name_for_the_current_folder_nor_a_name_twice_for_a_miss(cli, tmp_path):
    folder = tmp_path / "20240701"                  # a folder whose name could be a key
    folder.mkdir()
    for i, name in enumerate(["a[1].txt", "a1.txt", "b.txt"]):
        (folder / name).write_text(f"見出し {i}\n2024年7月{i + 1}日\n\n林官房長官は{i + 1}日、「状況を注視する{i}」と述べた。【2024年7月{i + 1}日 共同】\n", "utf-8")
    where = ["--store", str(tmp_path / "store")]
    assert cli("ingest", str(folder), *where).returncode == 0

    def articles() -> int:
        return int(re.search(r"articles +(\d+)", cli("stats", *where).stdout)[1])

    for blank in ("", " "):                          # "$ARTICLE" unset, from inside the folder
        done = cli("remove", blank, *where, cwd=folder)
        assert done.returncode == 2 and done.stdout == "" and "blank" in done.stderr
    assert articles() == 3
    (folder / "a[1].txt").unlink()                  # deleted since: its own name, not a glob matching a1.txt
    done = cli("remove", str(folder / "a[1].txt"), *where)
    assert done.returncode == 0 and done.stdout.count("removed ") == 1 and articles() == 2
    assert cli("remove", str(folder / "a[1].txt"), *where).returncode == 2 and articles() == 2     # again: a miss
    for every in ("/", "nowhere/../"):              # "$DIR/" with DIR unset; a folder that is not there
        done = cli("remove", every, *where, cwd=tmp_path)
        assert done.returncode == 2 and done.stdout == "" and articles() == 2, done.stderr
    assert "a1.txt" in cli("query", "SELECT ?s WHERE { ?a dcterms:source ?s }", "-f", "tsv", *where).stdout
    # named twice (the file, the folder), and a name no article can have: the rest removed all the same
    bad = "https://w3id.org/claim-tracker/id/article/x y"
    done = cli("remove", str(folder / "b.txt"), "20240701", bad, *where, cwd=tmp_path)
    assert done.returncode == 2 and done.stdout.count("removed ") == 2, done
    assert done.stderr.count("error: ") == 1 and "x y" in done.stderr
    assert articles() == 0
    # a list that cannot be read misses alone; a store that is not there is not made
    assert cli("ingest", str(folder / "a1.txt"), *where).returncode == 0
    done = cli("remove", f"@{tmp_path / 'no-list.txt'}", str(folder / "a1.txt"), *where)
    assert done.returncode == 2 and done.stdout.count("removed ") == 1 and "no-list.txt" in done.stderr
    gone = tmp_path / "no-store-here"
    done = cli("remove", str(folder / "a1.txt"), "--store", str(gone))
    assert done.returncode == 3 and "no store" in done.stderr and not gone.exists()


def test_a_damaged_store_is_named_damaged_in_one_line_exit_3_within_bounded_memory(cli, tmp_path):
    """A store whose files were damaged (bytes overwritten in every table file): each command says
    so in one line with exit 3, and none takes memory without end (pyoxigraph's query on it asks
    for more and more); the commands run under a 3 GB address-space limit to show it."""
    import random
    import resource
    import subprocess
    import sys

    store = tmp_path / "s"
    assert cli("ingest", "--store", str(store), str(SAMPLE), str(ROOT / "tests" / "corpus" / "lineage")).returncode == 0
    rnd = random.Random(1)
    for sst in sorted(store.glob("*.sst")):
        if sst.stat().st_size > 3000:
            with open(sst, "r+b") as fh:
                fh.seek(sst.stat().st_size // 2)
                fh.write(bytes(rnd.randrange(256) for _ in range(500)))

    def limited():
        resource.setrlimit(resource.RLIMIT_AS, (3 * 1024 ** 3, 3 * 1024 ** 3))

    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    for args in (["stats"], ["query", "who-said", "--param", "speaker=プーチン"], ["export", "--all", "-f", "trig"],
                 ["ingest", str(ROOT / "tests" / "devset" / "en" / "01-reuters-dateline-senate.txt")]):
        done = subprocess.run([sys.executable, "-m", "tracker.cli", *args, "--store", str(store)], env=env, capture_output=True,
                              text=True, timeout=300, preexec_fn=limited)
        lines = done.stderr.strip().splitlines()
        if args[0] == "ingest" and done.returncode == 0:
            continue            # (what it looked up may lie outside the damaged blocks)
        assert done.returncode == 3 and len(lines) == 1 and ("damaged" in lines[0]), (args, done.returncode, done.stderr[-500:])
    (store / "CURRENT").unlink()
    for args in (["stats"], ["ingest", str(SAMPLE)]):
        done = cli(*args, "--store", str(store))
        assert done.returncode == 3 and "CURRENT file is missing" in done.stderr, done.stderr


@pytest.mark.parametrize("fmt, suffix", [("trig", ".trig"), ("turtle", ".ttl"), ("nquads", ".nq"), ("jsonld", ".jsonld")])
def test_an_export_given_to_ingest_or_extract_is_refused_not_read_as_prose(cli, tmp_path, fmt, suffix):
    export = tmp_path / f"claims{suffix}"
    assert cli("extract", "-f", fmt, "-o", str(export), str(SAMPLE)).returncode == 0
    store = tmp_path / "s"
    for args in (["ingest", str(export), "--store", str(store)], ["extract", str(export)]):
        done = cli(*args)
        assert done.returncode == 2 and "linked data, not an article" in done.stderr and not done.stdout.strip(), done
    assert not (store / "CURRENT").exists() or re.match(r"articles\s+0\n", cli("stats", "--store", str(store)).stdout)


def test_a_saved_page_with_a_canonical_link_is_named_by_its_file_too(cli, tmp_path):
    page = tmp_path / "page.html"
    page.write_text('<!doctype html><html><head><meta charset="utf-8"><title>Chips | Example News</title>'
                    '<link rel="canonical" href="https://news.example.com/2024/07/11/chips"></head><body><article>'
                    '<h1>Chips</h1><p>"Regional factories matter," Minister Misaki Tanaka said on Thursday.</p>'
                    '</article></body></html>', "utf-8")
    where = ("--store", str(tmp_path / "s"))
    assert cli("ingest", str(page), *where).returncode == 0
    done = cli("export", "--article", str(page), "-f", "csv", *where)
    assert done.returncode == 0 and "news.example.com" in done.stdout and "Misaki Tanaka" in done.stdout
    assert cli("remove", str(page), *where).returncode == 0
    assert re.match(r"articles\s+0\n", cli("stats", *where).stdout)


def test_ingest_says_which_cited_reports_it_stores_without_a_date(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("メモ\n\n首相は「対策を急ぐ」と述べた。【7月10日 共同】\n", "utf-8")
    done = cli("ingest", str(article), "--store", str(tmp_path / "s"))
    assert done.returncode == 0 and "the year of 1 cited report cannot be known" in done.stderr and "--published" in done.stderr
    done = cli("ingest", str(article), "--store", str(tmp_path / "t"), "--published", "2024-07-12")
    assert done.returncode == 0 and "cannot be known" not in done.stderr


def test_the_named_queries_count_an_article_s_latest_version_once(cli, tmp_path):
    article, where = tmp_path / "ss.txt", ("--store", str(tmp_path / "s"))
    article.write_text("メモ\n\n政府は減税を検討している、と共同通信が報じた。【7月15日 共同】\n", "utf-8")
    assert cli("ingest", str(article), "--published", "2024-07-16", *where).returncode == 0
    article.write_text("メモ\n\n政府は減税を検討している、と共同通信が報じた。【7月15日 共同】\n\n追記：野党は反発している。\n", "utf-8")
    assert "revision" in cli("ingest", str(article), "--published", "2024-07-16", *where).stdout
    for name, params in (("single-source", ["-p", "min=1"]), ("who-said", ["-p", "speaker=共同通信"]), ("coverage", []),
                         ("by-outlet", ["-p", "outlet=共同通信"]), ("timeline", ["-p", "speaker=共同通信"])):
        rows = list(csv.DictReader(io.StringIO(cli("query", name, *params, "-f", "csv", *where).stdout)))
        assert len(rows) == 1, (name, rows)


def test_linked_data_under_another_name_or_on_standard_input_is_refused(cli, tmp_path):
    trig = cli("extract", "-f", "trig", str(SAMPLE)).stdout
    renamed = tmp_path / "claims.txt"
    renamed.write_text(trig, "utf-8")
    for args, data in ((["ingest", "-"], trig), (["ingest", str(renamed)], None), (["extract", str(renamed)], None)):
        done = cli(*args, "--store", str(tmp_path / "s"), input=data) if args[0] == "ingest" else cli(*args)
        assert done.returncode == 2 and "not an article" in done.stderr, (args, done.stderr)


def test_a_file_names_its_own_article_first_and_another_by_its_text_only_when_none_has_its_name(cli, tmp_path):
    a, b, where = tmp_path / "a.txt", tmp_path / "b.txt", ("--store", str(tmp_path / "s"))
    a.write_text("The bridge will reopen in May.\n", "utf-8")
    b.write_text("The tunnel will close in June.\n", "utf-8")
    assert cli("ingest", str(a), str(b), *where).returncode == 0
    a.write_text(b.read_text("utf-8"), "utf-8")            # a copied over: still names its own article
    assert cli("remove", str(a), *where).returncode == 0
    assert re.match(r"articles\s+1\n", cli("stats", *where).stdout)
