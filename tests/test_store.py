"""The store, against the embedded Oxigraph store and a real Virtuoso server alike."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from tracker.errors import StoreUnavailable
from tracker.graph import ENTITIES_GRAPH, claims_to_graph, graph_iri
from tracker.ingest import entities_for, find_articles, ingest, remove, stats
from tracker.pipeline import extract
from tracker.query import QueryRefused, render_named, run
from tracker.store import EmbeddedStore, QueryTimeout
from tracker.vocab import CT, PROV

from .conftest import ROOT, SAMPLE


def count_quads(store) -> int:
    rows = store.select("""SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }
        FILTER (STRSTARTS(STR(?g), "https://w3id.org/claim-tracker/id/graph/")) }""").rows
    return int(rows[0]["n"]["value"])


def test_ingest_writes_the_article_and_stats_count_it(backend, sample):
    result = ingest(backend, sample)
    assert result.status == "added" and backend.graph_exists(result.graph)
    assert stats(backend) == {"articles": 1, "claims": 123, "uncited claims": 10, "speakers": 28, "outlets": 9}


def test_ingesting_the_same_article_again_changes_nothing(backend, sample):
    ingest(backend, sample)
    before = count_quads(backend)
    assert ingest(backend, sample).status == "unchanged"
    assert count_quads(backend) == before


def test_a_changed_version_is_kept_beside_the_old_and_linked(backend, tmp_path):
    path = tmp_path / "article.txt"
    text = SAMPLE.read_text("utf-8")
    path.write_text(text, "utf-8")
    first = ingest(backend, extract(str(path)))
    path.write_text(text.replace("ある韓国政府高官は、", "ある韓国政府関係者は、"), "utf-8")
    second = ingest(backend, extract(str(path)))
    assert second.status == "revision" and second.revision_of == first.article
    assert stats(backend)["articles"] == 1          # both kept; the figures count the newest version
    changes = run(backend, render_named("changes", {})).rows
    kinds = sorted((r["change"]["value"], r["text"]["value"][:12]) for r in changes)
    assert kinds == [("added", "ある韓国政府関係者は、国"), ("dropped", "ある韓国政府高官は、国連")]


def test_remove_drops_the_article_graph_but_keeps_shared_entities(backend, sample):
    result = ingest(backend, sample)
    assert remove(backend, sample.article.sha256[:8]) == [result.graph]
    assert not backend.graph_exists(result.graph)
    assert stats(backend)["articles"] == 0
    assert backend.graph_exists(str(ENTITIES_GRAPH))
    assert remove(backend, sample.article.sha256[:8]) == []


def test_articles_are_found_by_key_iri_or_file(backend, sample):
    result = ingest(backend, sample)
    for ident in (sample.article.sha256[:10], result.article, result.graph, str(SAMPLE)):
        assert find_articles(backend, ident) == [(result.article, result.graph)]


@pytest.mark.parametrize("name, params, check", [
    ("who-said", {"speaker": "習近平"}, lambda rows: any("習氏は中ロ友好" in r["text"]["value"] for r in rows)),
    ("who-said", {"speaker": "スン氏"}, lambda rows: len(rows) == 4),
    ("by-outlet", {"outlet": "ロイター", "from": "2024-06-01", "to": "2024-06-30"},
     lambda rows: rows and all(r["reported"]["value"] == "2024-06-20" for r in rows)),
    ("by-outlet", {"outlet": "ロイター", "from": "2024-07-01"}, lambda rows: rows == []),
    ("uncited", {}, lambda rows: len(rows) == 10 and {r["line"]["value"] for r in rows} >= {"11", "37", "163", "281"}),
    ("chain", {"claim": "https://w3id.org/claim-tracker/id/claim/b3f0d7027f301188/420-453"},
     lambda rows: {r["step"]["value"] for r in rows} >= {"cited report", "derived from", "speaker", "via"}
     and any(r.get("name", {}).get("value") == "タス通信" for r in rows)),
    ("timeline", {"speaker": "林剣"}, lambda rows: [r["when"]["value"] for r in rows] == ["2024-06-18"]),
    ("coverage", {}, lambda rows: rows[0]["statements"]["value"] == "123" and rows[0]["cited_statements"]["value"] == "111"),
    ("single-source", {"min": "1"}, lambda rows: len(rows) >= 5),
])
def test_named_queries_answer_on_the_sample(backend, sample, name, params, check):
    ingest(backend, sample)
    rows = run(backend, render_named(name, params)).rows
    assert check(rows), rows[:3]


def test_by_outlet_lists_undated_reports_unless_a_range_is_given(backend, tmp_path):
    article = tmp_path / "undated.txt"
    article.write_text("政治メモ | ブログ\n\n首相は「検討する」と述べた。【7月3日 時事】\n\n"
                       "共同通信によると、工場は閉鎖されるという。\n", "utf-8")
    ingest(backend, extract(str(article), published=__import__("datetime").date(2024, 7, 10)))
    rows = run(backend, render_named("by-outlet", {"outlet": "共同"})).rows
    assert [(r.get("reported"), r["text"]["value"]) for r in rows] == [(None, "共同通信によると、工場は閉鎖されるという。")], rows
    assert run(backend, render_named("by-outlet", {"outlet": "共同", "from": "2024-01-01"})).rows == []
    dated = run(backend, render_named("by-outlet", {"outlet": "時事"})).rows
    assert [r["reported"]["value"] for r in dated] == ["2024-07-03"]


def test_single_source_amplification_across_articles(backend, sample, tmp_path):
    ingest(backend, sample)
    other = tmp_path / "other.txt"
    other.write_text("別のブログ | 別\n\n****中ロ関係「史上最良」=首脳会談で連携確認上海協力機構会議****\n\n"
                     "タス通信などによると、プーチン氏は中ロ関係を「史上最良」と評価した。【73日 時事】\n\n****\n", "utf-8")
    ingest(backend, extract(str(other)))
    rows = run(backend, render_named("single-source", {})).rows
    assert any(r.get("name", {}).get("value") == "タス通信" and r["articles"]["value"] == "2" for r in rows), rows


def test_row_limit_stops_the_answer(backend, sample):
    ingest(backend, sample)
    res = run(backend, "SELECT ?c WHERE { ?c a schema:Claim }", limit=5)
    assert len(res.rows) == 5 and res.truncated


@pytest.mark.parametrize("query", [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "DROP ALL",
])
def test_queries_that_write_or_reach_out_are_refused(query):
    with pytest.raises(QueryRefused):
        run(None, query)


def test_validation_uses_only_the_entities_the_article_refers_to(backend, sample):
    ingest(backend, sample)
    ds = claims_to_graph(sample)
    g = entities_for(backend, ds)
    subjects = {str(s) for s in g.subjects()}
    referenced = {str(o) for _, _, o, _ in ds.quads((None, None, None, None))}
    assert subjects and subjects <= referenced


# ---------------------------------------------------------------- the embedded store alone

def test_a_second_writer_is_turned_away_with_a_clear_message(tmp_path):
    first = EmbeddedStore(tmp_path / "s", write=True)
    try:
        with pytest.raises(StoreUnavailable, match="in use by another process"):
            EmbeddedStore(tmp_path / "s", write=True)
        EmbeddedStore(tmp_path / "s").close()        # a reader reads the writer's snapshot
    finally:
        first.close()
    EmbeddedStore(tmp_path / "s").close()       # free again


def test_reading_a_store_that_does_not_exist_says_so(tmp_path):
    with pytest.raises(StoreUnavailable, match="no store"):
        EmbeddedStore(tmp_path / "nothing")


def test_a_query_past_its_time_is_stopped(tmp_path, sample):
    with EmbeddedStore(tmp_path / "s", write=True) as store:
        ingest(store, sample)
    with EmbeddedStore(tmp_path / "s") as store:
        t = time.monotonic()
        with pytest.raises(QueryTimeout):
            run(store, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=1.0)
        assert time.monotonic() - t < 10


CHILD = textwrap.dedent("""
    import sys
    from tracker.ingest import Batch
    from tracker.pipeline import extract
    from tracker.store import EmbeddedStore
    store = EmbeddedStore(sys.argv[1], write=True)
    batch = Batch(store, max_quads=8000)      # about three articles a write
    for path in sys.argv[2:]:
        for result in batch.add(extract(path)):
            print("done", result.source, flush=True)
    batch.finish()
    store.close()
""")


LINKING = ", ".join(f"<{p}>" for p in (CT.minhashBand, CT.statementKey, CT.sameStatement, CT.similarity, CT.wordsAdded,
                                       CT.wordsDropped, CT.wordsReplaced, PROV.specializationOf))


@pytest.mark.slow
def test_a_batch_killed_midway_leaves_every_article_whole_or_absent(tmp_path):
    text = SAMPLE.read_text("utf-8")
    paths, expected = [], {}
    for i in range(12):
        p = tmp_path / f"a{i}.txt"
        p.write_text(text + f"\n追記{i}。\n", "utf-8")
        ex = extract(str(p))
        ds = claims_to_graph(ex)
        expected[str(graph_iri(ex.article.sha256))] = sum(1 for _, p_, _ in ds.graph(graph_iri(ex.article.sha256))
                                                          if f"<{p_}>" not in LINKING)
        paths.append(str(p))
    store_path = tmp_path / "store"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(store_path), *paths], env=env,
                             stdout=subprocess.PIPE, text=True)
    done = 0
    while done < 4:
        line = child.stdout.readline()
        assert line, "the child stopped before it was killed"
        done += line.startswith("done")
    time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    with EmbeddedStore(store_path) as store:
        present = 0
        for g, n in expected.items():
            if store.graph_exists(g):
                present += 1
                # what linking adds (tracker/link.py) depends on the articles stored before: left out
                got = int(store.select(f"""SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }}
                    FILTER (?p NOT IN ({LINKING})) }}""").rows[0]["n"]["value"])
                assert got == n, f"{g}: {got} quads of {n}"
        assert 4 <= present < len(expected)


WAITED = textwrap.dedent("""
    import os, signal, sys, threading, time
    from tracker import embedded
    from tracker.ingest import Batch
    from tracker.pipeline import extract
    articles = [extract(p) for p in sys.argv[2:]]
    real = embedded.EmbeddedStore.write
    def write(self, parts):                  # a slow write, and Ctrl-C while the main thread waits for it
        threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT)).start()
        time.sleep(1.5)
        real(self, parts)
    embedded.EmbeddedStore.write = write
    store = embedded.EmbeddedStore(sys.argv[1], write=True)
    batch, done = Batch(store, max_quads=1), []
    try:
        for ex in articles:
            done += batch.add(ex)
    except KeyboardInterrupt:
        print("interrupted", flush=True)
    done += batch.finish()
    print("reported", len(done), batch.interrupted, flush=True)
    store.close()
""")


@pytest.mark.slow
def test_ctrl_c_while_waiting_for_a_write_aside_neither_loses_it_nor_reports_what_is_not_stored(tmp_path):
    lineage = ROOT / "tests" / "corpus" / "lineage"
    paths = [str(lineage / "ja-01-blog.txt"), str(lineage / "ja-02-matome.txt")]       # the second links to the first
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", WAITED, str(tmp_path / "store"), *paths], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.splitlines() == ["interrupted", "reported 2 True"], done.stdout
    with EmbeddedStore(tmp_path / "store") as store:
        assert stats(store)["articles"] == 2
        dangling = store.select(f"""SELECT ?to WHERE {{ ?c <{CT.sameStatement}> ?to
            FILTER NOT EXISTS {{ ?to a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> }} }}""").rows
        linked = store.select(f"SELECT ?c WHERE {{ ?c <{CT.sameStatement}> ?to }}").rows
        assert linked and not dangling


@pytest.mark.parametrize("max_quads", [1, 100_000])       # each version its own write (aside), or all in one
def test_a_file_changed_three_times_in_a_run_revises_only_the_latest_each_time(tmp_path, max_quads):
    from tracker.ingest import Batch

    text, p = SAMPLE.read_text("utf-8"), tmp_path / "a.txt"
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        p.write_text(text + "\n追記0。\n", "utf-8")
        versions = [ingest(store, extract(str(p))).article]
        batch, done = Batch(store, max_quads=max_quads), []
        for k in (1, 2, 3):
            p.write_text(text + f"\n追記{k}。\n", "utf-8")
            done += batch.add(extract(str(p)))
            for f in range(2):                 # other articles between: the version before is written by the next
                (tmp_path / f"f{k}{f}.txt").write_text(text + f"\n別記{k}{f}。\n", "utf-8")
                done += batch.add(extract(str(tmp_path / f"f{k}{f}.txt")))
        done += batch.finish()
        mine = [r for r in done if r.source.endswith("a.txt")]
        versions += [r.article for r in mine]
        assert [(r.status, r.revision_of) for r in mine] == [("revision", v) for v in versions[:3]]
        rows = store.select(f"SELECT ?new ?old WHERE {{ ?new <{PROV.wasRevisionOf}> ?old }}").rows
        assert sorted((r["new"]["value"], r["old"]["value"]) for r in rows) == sorted(zip(versions[1:], versions))
