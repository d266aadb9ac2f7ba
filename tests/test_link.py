"""The same statement across articles (tracker/link.py): the invented corpus in
tests/corpus/lineage quotes a few statements, trimmed, reworded, misquoted, translated, each
cited with or without a headline; linking must find every carrier, name each change, resolve
citations of one report to one work, and know one person by all their names."""
from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from tracker.errors import StoreUnavailable
from tracker.ingest import Batch, stats
from tracker.likeness import bands, exact_key, shingles
from tracker.pipeline import extract
from tracker.query import named, run
from tracker.store import EmbeddedStore
from tracker.trace import carriers, lineage

from .conftest import ROOT, SAMPLE

CORPUS = ROOT / "tests" / "corpus" / "lineage"
ARTICLES = sorted(CORPUS.glob("*.txt"))

# statement -> {article: the change its rendering names ("" the first or the same words)}
PESKOV = {"ja-01-blog": "", "ja-02-matome": "今後も発展を続け", "ja-03-misquote": "史上最高 → 史上最良",
          "ja-04-clause": "これは誰にも止められない", "en-01-wire": "", "en-02-blog": "and will continue to develop"}
SANCTIONS = {"ja-05-headline": "", "ja-06-added": "むしろ我々は強くなった", "en-05-sanctions": ""}
TAIWAN = {"en-03-blinken": "", "en-04-trimmed": "in the Taiwan Strait", "ja-07-translated": ""}
PETROVA = {"ja-08-expert": "", "ja-09-repost": ""}


def ingest_all(store, paths) -> dict[str, str]:
    """Ingest `paths` in one batch; the claim IRI of each article's first linked statement."""
    batch = Batch(store)
    for p in paths:
        batch.add(extract(str(p)))
    batch.finish()
    return {p.stem: _first_claim(store, p) for p in paths}


def _first_claim(store, path: Path) -> str:
    rows = store.select(f"""PREFIX schema: <http://schema.org/> PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?c WHERE {{ ?c schema:appearance ?a ; rdf:object ?o . ?a dcterms:source <{path.resolve().as_uri()}>
        FILTER (CONTAINS(?o, "「") || CONTAINS(?o, '"')) }} ORDER BY ?c LIMIT 1""").rows
    return rows[0]["c"]["value"]


def traced(store, claim: str) -> dict[str, str]:
    """article stem -> the changes `trace` names for its rendering."""
    return {Path(c.article).stem: c.changes for c in carriers(lineage(store, claim))}


@pytest.mark.slow
def test_trace_finds_every_carrier_and_names_each_change(backend):
    first = ingest_all(backend, ARTICLES)
    for statement in (PESKOV, SANCTIONS, TAIWAN, PETROVA):
        for stem in statement:                      # from any carrier, the same lineage
            got = traced(backend, first[stem])
            assert set(got) == set(statement), (stem, got)
            for other, change in statement.items():
                assert change in got[other], (other, got[other])
    got = traced(backend, first["en-01-wire"])
    assert "translated" in got["ja-01-blog"] or "translated" in got["en-01-wire"]
    assert got["ja-03-misquote"].startswith("replaced: ")     # a word replaced: the misquote
    assert got["ja-02-matome"].startswith("dropped: ")        # words dropped: trimmed
    assert got["ja-04-clause"].startswith("added: ")          # a clause added


@pytest.mark.slow
def test_lineage_does_not_depend_on_the_order_articles_come_in(tmp_path):
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        first = ingest_all(store, list(reversed(ARTICLES)))
        for statement in (PESKOV, SANCTIONS, TAIWAN, PETROVA):
            got = traced(store, first[next(iter(statement))])
            assert set(got) == set(statement)
            assert len(got) - sum(1 for v in got.values() if not v or v == "same words") <= len(statement)


@pytest.mark.slow
def test_trace_names_the_same_changes_whatever_order_the_articles_came_in(tmp_path):
    """Changes against the earliest rendering, not the one the store met first: ingested newest
    first, the original of each statement would otherwise show its copies' changes as its own."""
    def everything(store, first):
        return {stem: {Path(c.article).stem: (c.similarity, c.changes) for c in carriers(lineage(store, first[stem]))}
                for statement in (PESKOV, SANCTIONS, TAIWAN, PETROVA) for stem in statement}

    got = []
    for i, order in enumerate((ARTICLES, list(reversed(ARTICLES)), ARTICLES[1::2] + ARTICLES[::2])):
        with EmbeddedStore(tmp_path / f"store{i}", write=True) as store:
            got.append(everything(store, ingest_all(store, order)))
    assert got[0] == got[1] == got[2]
    peskov = got[0]["ja-02-matome"]
    assert peskov["ja-01-blog"] == ("", "")        # the fullest of the day: nothing tells which came first
    assert peskov["en-01-wire"][1] == "translated (ja ↔ en, the same day)"
    assert peskov["ja-03-misquote"][1] == "replaced: 史上最高 → 史上最良"
    assert got[0]["ja-06-added"]["ja-06-added"][1] == "added: むしろ我々は強くなった"


@pytest.mark.parametrize("one_batch", [True, False])
@pytest.mark.parametrize("whole, trimmed, reworded", [
    ("西側の制裁は我々の経済を弱めることはできず、むしろ国内の生産を強くし、輸出先を多様にした",
     "西側の制裁は我々の経済を弱めることはできず、むしろ国内の生産を強くし", "西側の制裁は我々の経済を弱めることはできず、逆に国内の産業を強めた"),
    ("ロシア軍の演習は挑発的で容認できず、地域の安定を著しく損なうものだ", "ロシア軍の演習は挑発的で容認できない", "ロシア軍の演習は挑発的で到底容認できない"),
])
def test_a_rewording_of_a_trimmed_quote_is_found_whichever_came_first(tmp_path, one_batch, whole, trimmed, reworded):
    """A quote, the same trimmed, and the trimmed one reworded: the rewording is like the trimmed
    quote and not like the whole. Whether the whole or the trimmed came first, the rewording is
    found, in every order the three come in, because a rendering linked by its likeness carries
    the keys of its words too."""
    got = []
    orders = list(itertools.permutations(("whole", "trimmed", "reworded")))
    for i, names in enumerate(orders):
        (tmp_path / str(i)).mkdir()
        words = {"whole": whole, "trimmed": trimmed, "reworded": reworded}
        paths = [_article(tmp_path / str(i), name, "プーチン大統領", words[name]) for name in names]
        with EmbeddedStore(tmp_path / str(i) / "store", write=True) as store:
            first = ingest_all(store, paths) if one_batch else {k: v for p in paths for k, v in ingest_all(store, [p]).items()}
            got.append({name: set(traced(store, first[name])) for name in names})
    assert got == [dict.fromkeys(("whole", "trimmed", "reworded"), {"whole", "trimmed", "reworded"})] * len(orders)


def test_a_rendering_of_no_known_date_is_never_the_earliest_trace_compares_with(tmp_path):
    """An undated, uncited blog quoting the wire with a change: the wire stays the earliest, and
    the change is the blog's (sorted first, the blog would make the wire look like its misquote)."""
    blog = tmp_path / "blog.txt"
    blog.write_text('Thoughts on Moscow\n\nKremlin spokesman Dmitry Peskov said that "relations between Russia '
                    'and China are at the highest level in history and will keep developing."\n', "utf-8")
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        first = ingest_all(store, [CORPUS / "en-01-wire.txt", blog])
        found = carriers(lineage(store, first["blog"]))
    assert [(Path(c.article).stem, c.date != "", c.similarity, c.changes) for c in found] == [
        ("en-01-wire", True, "", ""), ("blog", False, "0.722", "replaced: continue to develop → keep developing")]


def test_of_renderings_of_one_day_trace_measures_against_the_fullest(tmp_path):
    """A trimmed quote and the full one, the same day: whichever sorts first by its IRI, the full
    one is the original the others are measured against (a misquote is its one word replaced)."""
    full = "沿岸警備の船4隻による領海侵入は極めて遺憾であり、相手側に強く抗議した"
    quotes = {"trim": "沿岸警備の船4隻による領海侵入は極めて遺憾", "full": full, "miss": full.replace("遺憾", "残念")}
    paths = []
    for name, quote in quotes.items():
        path = tmp_path / f"{name}.txt"
        day = "1" if name != "miss" else "2"
        path.write_text(f"見出し {name}\n2024年8月{day}日\n\n林官房長官は1日、「{quote}」と述べた。【2024年8月1日 共同】\n", "utf-8")
        paths.append(path)
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        first = ingest_all(store, paths)
        got = {Path(c.article).stem: c.changes for c in carriers(lineage(store, first["trim"]))}
    assert got == {"full": "", "trim": "the same day; dropped: であり相手側に強く抗議した", "miss": "replaced: 遺憾 → 残念"}


def test_trace_says_when_it_stopped_at_its_limit(tmp_path):
    from tracker.trace import trace_text

    with EmbeddedStore(tmp_path / "store", write=True) as store:
        first = ingest_all(store, [CORPUS / "ja-01-blog.txt", CORPUS / "ja-02-matome.txt", CORPUS / "ja-03-misquote.txt"])
        whole, cut = trace_text(lineage(store, first["ja-02-matome"])), trace_text(lineage(store, first["ja-02-matome"], limit=2))
    assert "carried by 3 claims in 3 articles;" in whole
    assert "carried by 2 claims in 2 articles at least (--limit reached);" in cut


def test_the_same_words_unnamed_do_not_make_one_report_of_two_speakers(tmp_path):
    """Two ministers said the same words, each cited to the same report; an unnamed official
    says them too: it may go with either, but it makes no one report of the two statements."""
    words = "対話を通じて緊張を緩和することが何より重要だと考えている"
    paths = []
    for name, who in (("a", "上川陽子外相"), ("b", "ブリンケン米国務長官"), ("c", "ある政府関係者")):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"見出し {name}\n2024年7月5日\n\n{who}は5日、「{words}」と述べた。【2024年7月5日 ロイター】\n", "utf-8")
        paths.append(path)
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        ingest_all(store, paths[:2])
        ingest_all(store, paths[2:])
        rows = run(store, named("single-source", {"min": "1"}), limit=100, timeout=None).rows
    assert max(int(r["articles"]["value"]) for r in rows) == 2, rows


@pytest.mark.slow
def test_articles_linked_while_the_one_before_is_written_aside_link_as_in_one_batch(tmp_path):
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        batch = Batch(store, max_quads=1)        # each article its own write, in a thread, while the next is linked
        aside = 0
        for p in ARTICLES:
            batch.add(extract(str(p)))
            aside += batch._writing is not None
        batch.finish()
        assert aside == len(ARTICLES)
        first = {p.stem: _first_claim(store, p) for p in ARTICLES}
        for statement in (PESKOV, SANCTIONS, TAIWAN, PETROVA):
            for stem in statement:
                assert set(traced(store, first[stem])) == set(statement), stem


class _FullOnce(EmbeddedStore):
    """The embedded store, whose first write fails as on a full disk."""
    failed = False

    def write(self, parts):
        if not self.failed:
            self.failed = True
            raise StoreUnavailable(f"cannot write to the store at {self.location}: No space left on device")
        super().write(parts)


def test_a_write_that_fails_aside_is_tried_again_with_the_articles_linked_to_it(tmp_path):
    first, second = CORPUS / "ja-01-blog.txt", CORPUS / "ja-02-matome.txt"
    with _FullOnce(tmp_path / "store", write=True) as store:
        batch = Batch(store, max_quads=1)
        assert batch.add(extract(str(first))) == []          # its write fails, in the thread
        with pytest.raises(StoreUnavailable, match="No space left"):
            batch.add(extract(str(second)))                   # linked to the first, whose failure then shows
        assert stats(store)["articles"] == 0
        done = batch.finish()
        assert [(Path(d.source).stem, d.status) for d in done] == [("ja-01-blog", "added"), ("ja-02-matome", "added")]
        assert set(traced(store, _first_claim(store, first))) == {"ja-01-blog", "ja-02-matome"}


@pytest.mark.slow
def test_citations_of_one_report_with_or_without_its_headline_are_one_source(backend):
    ingest_all(backend, ARTICLES)
    rows = run(backend, named("single-source", {"min": "2"}), limit=100).rows
    by_name = {r["name"]["value"]: int(r["articles"]["value"]) for r in rows}
    # 【2024年7月3日 時事】 three times, no headline: one report of Jiji's
    assert by_name.get("時事通信 2024-07-03") == 3, by_name
    # a headlined Kyodo report, and an article citing it without the headline
    assert by_name.get("プーチン氏「制裁は失敗した」") == 2, by_name
    assert by_name.get("共同通信 2024-07-08") == 2, by_name


@pytest.mark.slow
def test_who_said_finds_a_person_by_any_of_their_names(backend):
    ingest_all(backend, ARTICLES)

    def said(name: str) -> set[str]:
        rows = run(backend, named("who-said", {"speaker": name}), limit=100).rows
        return {r["claim"]["value"] for r in rows}

    peskov = said("ドミトリー・ペスコフ")
    assert len(peskov) == len(PESKOV)
    for name in ("ペスコフ", "Peskov", "Dmitry Peskov", "Dmitri Peskov"):
        assert said(name) == peskov, name
    # not in the registry: a surname alone and the full name elsewhere in the store are one person
    assert len(said("ペトロワ")) == 2 and said("アンナ・ペトロワ") == said("ペトロワ")


@pytest.mark.parametrize("order", [(0, 1, 2), (0, 2, 1), (2, 1, 0)])
def test_a_surname_shared_by_two_full_names_joins_neither(tmp_path, order):
    texts = ["経済学者のアンナ・ペトロワ氏は「制裁の効果は限定的だ」と分析した。【2024年7月8日 共同】\n",
             "歴史家のマリヤ・ペトロワ氏は「戦争は長引く」と述べた。【2024年7月9日 共同】\n",
             "ペトロワ氏は「物価は上がり続ける」と語った。【2024年7月10日 共同】\n"]
    texts = [texts[i] for i in order]
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        for i, text in enumerate(texts):          # one article a batch: each links to what the store holds
            p = tmp_path / f"a{i}.txt"
            p.write_text("見出し\n2024年7月10日\n\n" + text, "utf-8")
            batch = Batch(store)
            batch.add(extract(str(p)))
            batch.finish()
        rows = store.select("""PREFIX owl: <http://www.w3.org/2002/07/owl#> SELECT ?a ?b WHERE { ?a owl:sameAs ?b }""").rows
        assert rows == []


@pytest.mark.parametrize("max_quads", [1, 100_000])      # the full name linked while the surname's article is written, or with it
def test_a_surname_alone_then_the_full_name_in_one_run_are_one_person(tmp_path, max_quads):
    texts = ["ペトロワ氏は「物価は上がり続ける」と語った。【2024年7月10日 共同】\n",
             "経済学者のアンナ・ペトロワ氏は「制裁の効果は限定的だ」と分析した。【2024年7月8日 共同】\n"]
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        batch = Batch(store, max_quads=max_quads)
        for i, text in enumerate(texts):
            p = tmp_path / f"a{i}.txt"
            p.write_text("見出し\n2024年7月10日\n\n" + text, "utf-8")
            batch.add(extract(str(p)))
        batch.finish()
        rows = store.select("""PREFIX owl: <http://www.w3.org/2002/07/owl#> SELECT ?a ?b WHERE { ?a owl:sameAs ?b }""").rows
        assert len(rows) == 2


def test_trace_and_show_take_every_id_a_command_prints(cli, tmp_path):
    store = str(tmp_path / "store")
    assert cli("ingest", str(CORPUS), "--store", store).returncode == 0
    csv_out = cli("query", "-n", "who-said", "-p", "speaker=Peskov", "--store", store, "-f", "csv").stdout
    iri = csv_out.splitlines()[1].rsplit(",", 1)[1]
    table = cli("query", "-n", "who-said", "-p", "speaker=Peskov", "--store", store, env={"COLUMNS": "600"}).stdout
    short = re.search(r"id:claim/[0-9a-f]{16}/[0-9]+-[0-9]+", table)
    doc = json.loads(cli("query", "-n", "who-said", "-p", "speaker=Peskov", "--store", store, "-f", "json").stdout)
    from_json = doc["results"]["bindings"][0]["claim"]["value"]
    key_form = iri.split("/claim/", 1)[1]
    for ident in (iri, from_json, key_form, "id:claim/" + key_form, short and short[0]):
        assert ident
        shown = cli("show", ident, "--store", store)
        assert shown.returncode == 0, (ident, shown.stderr)
        assert "ドミトリー・ペスコフ" in shown.stdout and "cited to" in shown.stdout
        traced_ = cli("trace", ident, "--store", store)
        assert traced_.returncode == 0 and "carried by" in traced_.stdout, (ident, traced_.stderr)
        chain = cli("query", "-n", "chain", "-p", f"claim={ident}", "--store", store, "-f", "csv")
        assert chain.returncode == 0 and "speaker" in chain.stdout, (ident, chain.stderr)
    reviewed = cli("review", key_form, "--rating", "Accurate", "--url", "https://factcheck.example/1",
                   "--reviewer", "Example Check", "--store", store)
    assert reviewed.returncode == 0, reviewed.stderr
    assert "Accurate" in cli("show", key_form, "--store", store).stdout
    key, offsets = key_form.split("/")
    for short_form in (f"{key[:6]}/{offsets}", f"{key[:6].upper()}/{offsets}", f"id:claim/{key[:8]}/{offsets}"):
        assert "ドミトリー・ペスコフ" in cli("show", short_form, "--store", store).stdout, short_form     # a short key, as export takes
    assert cli("show", f"{'0' * 6}/{offsets}", "--store", store).returncode == 2


def test_show_names_a_source_the_claim_derives_from_and_came_via_once(cli, tmp_path):
    store = str(tmp_path / "store")
    assert cli("ingest", str(SAMPLE), "--store", store).returncode == 0
    rows = cli("query", "-n", "who-said", "-p", "speaker=プーチン", "--store", store, "-f", "csv").stdout.splitlines()
    [iri] = {r.rsplit(",", 1)[1] for r in rows if "タス通信などによると" in r}      # a row a report: 時事's and TASS's
    shown = cli("show", iri, "--store", store).stdout
    told = [line for line in shown.splitlines() if line.startswith(("derived from", "via"))]
    assert len(told) == 1 and told[0].split()[2:4] == ["タス通信", "(Account)"], shown


@pytest.mark.parametrize("command", [["show"], ["trace"], ["query", "-n", "chain", "-p"], ["query", "-n", "lineage", "-p"],
                                     ["review", "--rating", "False", "--url", "https://x.example/", "--reviewer", "X"]])
@pytest.mark.parametrize("wrong", ["id:claim/0123456789abcdef/1-2", "0123456789abcdef/1-2", "claim/nope", "nonsense"])
def test_a_wrong_claim_id_is_exit_2_no_such_claim(cli, tmp_path, command, wrong):
    store = str(tmp_path / "store")
    assert cli("ingest", str(CORPUS / "ja-01-blog.txt"), "--store", store).returncode == 0
    if command[0] == "query":
        args = [*command, f"claim={wrong}", "--store", store]
    elif command[0] == "review":
        args = ["review", wrong, *command[1:], "--store", store]
    else:
        args = [*command, wrong, "--store", store]
    done = cli(*args)
    assert done.returncode == 2, (args, done.stdout, done.stderr)
    assert "no such claim" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.slow
def test_the_claim_page_lists_every_rendering_of_its_statement(cli, tmp_path):
    import requests

    from .test_serve import served

    store = tmp_path / "store"
    assert cli("ingest", str(CORPUS), "--store", str(store)).returncode == 0
    with served(store) as url:
        page = requests.get(f"{url}/id/claim/6c31be07e87c8d34/28-62", headers={"Accept": "text/html"}, timeout=60)
    assert page.status_code == 200
    table = page.text.split('id="renderings"', 1)[1].split("</table>", 1)[0]
    for stem, change in PESKOV.items():
        assert f"{stem}.txt" in table and change.replace("→", "&rarr;") in table.replace("→", "&rarr;"), stem


def _two(tmp_path, first: str, second: str) -> dict[str, str]:
    """Two one-statement articles ingested one after the other: the second's lineage."""
    paths = []
    for i, body in enumerate((first, second)):
        p = tmp_path / f"a{i}.txt"
        p.write_text(f"見出し{i}\n2024年7月10日\n\n{body}\n", "utf-8")
        paths.append(p)
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        first_claims = ingest_all(store, paths)
        return traced(store, first_claims["a1"])


@pytest.mark.parametrize("first, second", [
    # the same words from another named speaker
    ("プーチン大統領は4日、「西側の制裁は我々の経済を弱めることはできなかった」と述べた。【2024年7月4日 共同】",
     "ザハロワ報道官は4日、「西側の制裁は我々の経済を弱めることはできなかった」と述べた。【2024年7月4日 共同】"),
    # said again on another day
    ("プーチン大統領は4日、「西側の制裁は我々の経済を弱めることはできなかった」と述べた。【2024年7月4日 共同】",
     "プーチン大統領は9日、「西側の制裁は我々の経済を弱めることはできなかった」と述べた。【2024年7月9日 共同】"),
    # one country named for another
    ("ラブロフ外相は3日、「ロシアと中国の関係は史上最高の水準にある」と述べた。【2024年7月3日 時事】",
     "ラブロフ外相は3日、「ロシアとインドの関係は史上最高の水準にある」と述べた。【2024年7月3日 時事】"),
])
def test_like_words_are_not_one_statement_when_speaker_day_or_what_they_name_differ(tmp_path, first, second):
    assert set(_two(tmp_path, first, second)) == {"a1"}


def test_a_number_changed_on_the_same_day_by_the_same_speaker_is_a_misquote_named_as_such(tmp_path):
    got = _two(tmp_path, "ラブロフ外相は3日、「演習には10カ国が参加する予定だ」と述べた。【2024年7月3日 時事】",
               "ラブロフ外相は3日、「演習には100カ国が参加する予定だ」と述べた。【2024年7月3日 時事】")
    assert set(got) == {"a0", "a1"} and "replaced: 10 → 100" in got["a1"]


@pytest.mark.parametrize("one_batch", [True, False])
def test_a_reference_with_words_another_carries_has_no_bands_yet_is_found_by_theirs(tmp_path, one_batch):
    """Bands are the words': Zakharova saying Putin's words is a statement of her own whose
    reference carries only the key of its exact words; her trimmed quote, found by the bands of
    Putin's, is hers, not his."""
    bodies = ["プーチン大統領は4日、「西側の制裁は我々の経済を弱めることはできず、むしろ国内の生産を強くした」と述べた。【2024年7月4日 共同】",
              "ザハロワ報道官は4日、「西側の制裁は我々の経済を弱めることはできず、むしろ国内の生産を強くした」と述べた。【2024年7月4日 共同】",
              "ザハロワ報道官は4日、「西側の制裁は我々の経済を弱めることはできず、国内の生産を強くした」と述べた。【2024年7月4日 共同】"]
    paths = []
    for i, body in enumerate(bodies):
        p = tmp_path / f"a{i}.txt"
        p.write_text(f"見出し{i}\n2024年7月10日\n\n{body}\n", "utf-8")
        paths.append(p)
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        first = ingest_all(store, paths) if one_batch else {k: v for p in paths for k, v in ingest_all(store, [p]).items()}
        keys = {stem: {r["k"]["value"] for r in store.select(
                    f"SELECT ?k WHERE {{ <{c}> <https://w3id.org/claim-tracker/ns#minhashBand> ?k }}").rows}
                for stem, c in first.items()}
        said, trimmed = (re.search("「(.*)」", b)[1] for b in bodies[1:])
        # exact key and 8 bands; the exact key; a link, with its words' key and bands
        assert [len(keys["a0"]), keys["a1"]] == [9, {exact_key(said)}]
        assert keys["a2"] == {exact_key(trimmed), *bands(shingles(trimmed))}
        assert _links(store) == {first["a2"]: [first["a1"]]}
        assert set(traced(store, first["a2"])) == {"a1", "a2"}


_WORDS = "西側の制裁は我々の経済を弱めることはできず、むしろ国内の生産を強くした"


def _article(tmp_path, name: str, speaker: str, words: str = _WORDS) -> Path:
    p = tmp_path / f"{name}.txt"
    p.write_text(f"見出し {name}\n2024年7月10日\n\n{speaker}は4日、「{words}」と述べた。【2024年7月4日 共同】\n", "utf-8")
    return p


def _keys(store, claim: str) -> int:
    return len(store.select(f"SELECT ?k WHERE {{ <{claim}> <https://w3id.org/claim-tracker/ns#minhashBand> ?k }}").rows)


def test_the_bands_of_words_others_say_too_pass_to_them_when_their_article_is_removed(tmp_path):
    """The article whose reference carried the bands of some words is removed: another reference
    saying those words carries them from then on, and what is like them still finds every
    speaker's statement of them."""
    from tracker.ingest import remove

    trimmed = _WORDS.replace("むしろ", "")
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        first = ingest_all(store, [_article(tmp_path, "putin", "プーチン大統領")])
        first |= ingest_all(store, [_article(tmp_path, "zakharova", "ザハロワ報道官"), _article(tmp_path, "putin-again", "プーチン大統領")])
        assert _keys(store, first["zakharova"]) == 1
        assert remove(store, str(tmp_path / "putin.txt"))
        from tracker.trace import show
        assert show(store, first["putin-again"])["renderings"] == 1 == len(traced(store, first["putin-again"]))
        assert _keys(store, first["zakharova"]) == 9              # the words' bands, handed on
        first |= ingest_all(store, [_article(tmp_path, "lavrov", "ラブロフ外相")])
        assert _keys(store, first["lavrov"]) == 1
        first |= ingest_all(store, [_article(tmp_path, "lavrov-trimmed", "ラブロフ外相", trimmed)])
        first |= ingest_all(store, [_article(tmp_path, "zakharova-trimmed", "ザハロワ報道官", trimmed)])
        assert set(traced(store, first["lavrov-trimmed"])) == {"lavrov", "lavrov-trimmed"}
        assert set(traced(store, first["zakharova-trimmed"])) == {"zakharova", "zakharova-trimmed"}


def test_claims_linked_to_a_removed_article_are_linked_again_and_its_report_comes_back_with_it(backend, tmp_path):
    """Three articles cite one report for one statement; the first, whose claim the others point
    to, is removed: no link ends at nothing, one of them becomes the statement's reference (with
    its keys) and the other points to it; the first ingested again points to it too, and the
    report is again cited by three articles."""
    from tracker.ingest import remove

    def cited_by(store) -> dict[str, int]:
        rows = run(store, named("single-source", {"min": "1"}), limit=100, timeout=None).rows
        return {r["name"]["value"]: int(r["articles"]["value"]) for r in rows}

    articles = [_article(tmp_path, name, "プーチン大統領") for name in ("a", "b", "c")]
    first = ingest_all(backend, articles[:1]) | ingest_all(backend, articles[1:])
    assert _links(backend) == {first["b"]: [first["a"]], first["c"]: [first["a"]]}
    assert cited_by(backend) == {"共同通信 2024-07-04": 3}
    assert remove(backend, str(articles[0]))
    # one of those left is the reference now, with keys of its own; the other points to it
    keys = {stem: _keys(backend, first[stem]) for stem in "bc"}
    assert sorted(keys.values()) == [0, 9], keys
    ref, other = sorted("bc", key=lambda stem: -keys[stem])
    assert _links(backend) == {first[other]: [first[ref]]}
    assert backend.select("""PREFIX ct: <https://w3id.org/claim-tracker/ns#>
        SELECT ?c WHERE { ?c ct:similarity ?s FILTER NOT EXISTS { ?c ct:sameStatement ?x } }""").rows == []
    assert set(traced(backend, first[other])) == {"b", "c"}
    assert ingest_all(backend, articles[:1]) == {"a": first["a"]}
    assert _links(backend) == {first[other]: [first[ref]], first["a"]: [first[ref]]}
    assert cited_by(backend) == {"共同通信 2024-07-04": 3}
    assert set(traced(backend, first["a"])) == {"a", "b", "c"}


@pytest.mark.slow
def test_any_article_removed_and_ingested_again_gives_back_every_report_and_lineage(tmp_path):
    """The article ingested again links to whatever rendering of its statements is closest, maybe
    one whose report has no date (時事通信によると): its report is still the one another rendering
    cites to the same outlet on the same date."""
    from tracker.ingest import remove

    def state(store, first):
        rows = run(store, named("single-source", {"min": "1"}), limit=100, timeout=None).rows
        reports = sorted((r.get("name", r["source"])["value"], r["articles"]["value"], r["claims"]["value"]) for r in rows)
        return reports, {stem: set(traced(store, first[stem])) for stem in first}

    with EmbeddedStore(tmp_path / "store", write=True) as store:
        first = ingest_all(store, ARTICLES)
        before = state(store, first)
        for path in ARTICLES:
            assert remove(store, str(path))
            assert ingest_all(store, [path]) == {path.stem: first[path.stem]}
            assert state(store, first) == before, path.stem


def test_a_claim_linked_again_on_removal_keeps_its_similarity_where_the_store_writes_it_otherwise(backend, tmp_path):
    """A repost linked again after its reference's article goes is as alike to the new reference
    as to the old (1): the store writes "1.000" as 1, and the old value deleted must not take the
    new one with it."""
    from tracker.ingest import remove

    articles = [_article(tmp_path, name, "プーチン大統領") for name in ("a", "b", "c")]
    first = ingest_all(backend, articles[:1]) | ingest_all(backend, articles[1:])
    assert remove(backend, str(articles[0]))
    rows = backend.select("""PREFIX ct: <https://w3id.org/claim-tracker/ns#>
        SELECT ?c ?s WHERE { ?c ct:sameStatement ?x OPTIONAL { ?c ct:similarity ?s } }""").rows
    assert len(rows) == 1 and rows[0]["c"]["value"] in (first["b"], first["c"])
    assert float(rows[0]["s"]["value"]) == 1.0


@pytest.mark.parametrize("fails", ["write", "update"])
def test_a_removal_stopped_half_way_leaves_no_claim_without_its_link_and_running_it_again_ends_it(tmp_path, monkeypatch, fails):
    """The store fails while the claims linked into the article being removed are linked again:
    when writing their new links, or when deleting their old ones. Either way each keeps a link
    (the old one, which still ends at a claim the store holds), and `remove` run again finishes."""
    from tracker.ingest import remove

    articles = [_article(tmp_path, name, "プーチン大統領") for name in ("a", "b", "c")]
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        first = ingest_all(store, articles[:1]) | ingest_all(store, articles[1:])

        def failing(*args, **kwargs):
            raise StoreUnavailable("cannot write to the store: No space left on device")

        monkeypatch.setattr(store, fails, failing)
        with pytest.raises(StoreUnavailable):
            remove(store, str(articles[0]))
        monkeypatch.undo()
        held = store.select("""PREFIX ct: <https://w3id.org/claim-tracker/ns#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?c WHERE { ?c ct:sameStatement ?x . ?x rdf:object ?o }""").rows
        assert {r["c"]["value"] for r in held} == {first["b"], first["c"]}       # none left without a link
        assert remove(store, str(articles[0]))
        keys = {stem: _keys(store, first[stem]) for stem in "bc"}
        ref, other = sorted("bc", key=lambda stem: -keys[stem])
        assert (keys[ref], keys[other]) == (9, 0)
        assert _links(store) == {first[other]: [first[ref]]}


def test_a_stock_phrase_of_many_speakers_links_each_repost_to_its_own_speaker(tmp_path):
    """Forty speakers say the same words on one day; each one's repost, coming later, is theirs."""
    kana = "アイウエオカキクケコサシスセソタチツテト"
    names = [f"{a}{b}{c}ノフ報道官" for a, b, c in zip(kana * 2, kana[7:] + kana[:7] + kana, kana[3:] + kana[:3] + kana)][:40]
    assert len(set(names)) == 40
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        said = ingest_all(store, [_article(tmp_path, f"said-{i}", n) for i, n in enumerate(names)])
        again = ingest_all(store, [_article(tmp_path, f"again-{i}", n) for i, n in enumerate(names)])
        links = _links(store)
        assert {a: links.get(c) for a, c in again.items()} == {f"again-{i}": [said[f"said-{i}"]] for i in range(40)}


def _said(tmp_path, name: str, body: str, head: str, date: str) -> Path:
    p = tmp_path / f"{name}.txt"
    p.write_text(f"{head} {name}\n{date}\n\n{body}\n", "utf-8")
    return p


def test_a_quote_in_another_language_s_article_is_found_through_the_bands_of_its_words(tmp_path):
    """An English quote in a Japanese article is said in English words already banded in an
    English article: its trimmed form, in a third, is still found."""
    w = "we will never abandon the farmers of the northern valley region"
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        first = {}
        for name, body, head, date in (
                ("e0", f'Minister Karl Bexley said on July 5 that "{w}," according to Reuters.', "Bexley", "July 5, 2024"),
                ("j0", f'ベクスリー大臣は5日、"{w}"と述べた。【2024年7月5日 共同】', "見出し", "2024年7月10日"),
                ("j1", f'ベクスリー大臣は5日、"{w.removesuffix(" region")}"と述べた。【2024年7月5日 共同】', "見出し", "2024年7月10日")):
            first |= ingest_all(store, [_said(tmp_path, name, body, head, date)])
        assert _links(store) == {first["j1"]: [first["j0"]]}


def test_many_speakers_of_like_words_do_not_crowd_out_the_one_speaker_s_statement(tmp_path):
    """Thirty-three speakers repeat words very like a senator's: his own shorter form is still his."""
    base = "the harvest this year will be the largest in the history of our province"
    names = [f"Speaker {a}{b}" for a in "ABCDEFG" for b in "HJKLMNP"][:33]

    def en(name, who, words):
        return _said(tmp_path, name, f'{who} said on July 5 that "{words}," according to Reuters.', "Harvest", "July 5, 2024")

    with EmbeddedStore(tmp_path / "store", write=True) as store:
        for i, n in enumerate(names):
            ingest_all(store, [en(f"x{i}", n, base + " indeed")])
        first = ingest_all(store, [en("d", "Governor Petra Lind", base + " and we thank every farmer for it")])
        first |= ingest_all(store, [en("b", "Senator Hugo Brandt", base + " and we thank every farmer for it")])
        first |= ingest_all(store, [en("c", "Senator Hugo Brandt", base)])
        assert _links(store).get(first["c"]) == [first["b"]]


def _links(store) -> dict[str, list[str]]:
    rows = store.select("SELECT ?a ?b WHERE { ?a <https://w3id.org/claim-tracker/ns#sameStatement> ?b }").rows
    out: dict[str, list[str]] = {}
    for r in rows:
        out.setdefault(r["a"]["value"], []).append(r["b"]["value"])
    return out


def _assert_a_forest(links: dict[str, list[str]]) -> None:
    for start in links:
        assert len(links[start]) == 1, start            # one link out
        seen, node = set(), start
        while node in links:
            assert node not in seen, f"a cycle through {node}"
            seen.add(node)
            node = links[node][0]


def test_a_translation_then_a_trimmed_quote_makes_no_cycle(tmp_path):
    # en-01 first, its translation, then a trimmed English quote that finds the translation again
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        first = ingest_all(store, [CORPUS / "en-01-wire.txt", CORPUS / "ja-01-blog.txt", CORPUS / "en-02-blog.txt"])
        _assert_a_forest(_links(store))
        assert set(traced(store, first["en-01-wire"])) == {"en-01-wire", "ja-01-blog", "en-02-blog"}


@pytest.mark.parametrize("seed", range(6))
def test_quotes_sharing_pieces_in_every_way_make_a_forest(tmp_path, seed):
    import random

    rnd = random.Random(seed)
    words = ["関係", "史上最高", "水準", "発展", "協力", "経済", "安全保障", "対話", "制裁", "輸出", "拡大", "信頼"]
    pieces = ["".join(rnd.choice(words) + rnd.choice("のをにがとは") for _ in range(8)) for _ in range(4)]
    quotes = [a + b[:9] for a in pieces for b in pieces] + pieces
    rnd.shuffle(quotes)
    text = "見出し\n2024年7月10日\n\n" + "".join(f"ラブロフ外相は「{q}」と述べた。【2024年7月3日 時事】\n" for q in quotes)
    p = tmp_path / "a.txt"
    p.write_text(text, "utf-8")
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        batch = Batch(store)
        batch.add(extract(str(p)))
        batch.finish()
        links = _links(store)
        assert links                                     # pieces were found alike
        _assert_a_forest(links)


def test_three_statements_each_joined_to_the_next_by_a_quote_make_no_cycle(tmp_path):
    """A, B, then A with B's start, C, C with A's start, B with C's start: each joined quote is
    like two references, so statements merge three times over; chosen so that each pair shares
    a band (the search is deterministic)."""
    import random

    from tracker.likeness import bands, shingles

    vocab = ("apple river stone cloud market bridge silver garden winter engine paper window forest castle harbor "
             "rocket candle mirror valley thunder piano island meadow lantern copper velvet orchard tunnel saddle "
             "falcon ribbon canyon marble pepper violin glacier anchor compass blanket cactus ladder").split()

    def share(a, b):
        return bool(set(bands(shingles(" ".join(a)))) & set(bands(shingles(" ".join(b)))))

    for seed in range(5000):
        w = random.Random(seed).sample(vocab, 30)
        a, b, c = w[:10], w[10:20], w[20:]
        ab, ca, bc = a + b[:9], c + a[:9], b + c[:9]
        if all(share(x, y) for x, y in ((ab, a), (ab, b), (ca, c), (ca, a), (bc, b), (bc, c))):
            break
    text = "Biden speaks\nJuly 3, 2024\n\n" + "".join(
        f'Joe Biden said on July 3 that "{" ".join(q)}," according to Reuters.\n\n' for q in (a, b, ab, c, ca, bc))
    p = tmp_path / "a.txt"
    p.write_text(text, "utf-8")
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        first = ingest_all(store, [p])
        _assert_a_forest(_links(store))
        assert len(traced(store, first["a"])) == 1       # one article: every quote of it in one lineage


def test_bands_of_sets_kept_and_new_past_the_size_kept_are_those_computed_alone():
    from tracker import likeness

    sets = [frozenset({f"w{i}", f"x{i}", "y", "z"}) for i in range(likeness._KEEP + 3)]
    first = likeness.bands_of(sets[:likeness._KEEP - 1])
    again = likeness.bands_of([sets[0], *sets[-3:]])     # one kept, three new: the cache is full
    likeness._KEPT.clear()
    assert again == [first[0]] + [likeness.bands(s) for s in sets[-3:]]


def test_minhashes_computed_together_are_datasketch_s_and_the_band_keys_of_stores_made_before(monkeypatch):
    """The scheme of every key stores hold (m2): datasketch's affine32 MinHash over CRC-32 of the
    shingles, seed 1. Computed for many sets at once, it must give what datasketch gives for each
    alone, and the keys a store made before still come out the same."""
    import random
    import zlib

    from datasketch import MinHash

    from tracker import likeness

    rng = random.Random(7)
    alphabet = "abcdefgh プーチン大統領は述べた經済"
    sets = [frozenset("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 60)))
            for _ in range(500)] + [frozenset(), frozenset({"one"})]
    rows = likeness.minhashes(sets)
    for sh, row in zip(sets, rows):
        m = MinHash(num_perm=likeness.NUM_PERM, seed=1, scheme="affine32", hashfunc=zlib.crc32)
        m.update_batch([s.encode("utf-8") for s in sorted(sh)])
        assert row.tolist() == m.hashvalues.tolist()
    monkeypatch.setattr(likeness, "_PASS", 40)            # an article too long for one pass: in several
    assert likeness.minhashes(sets).tolist() == rows.tolist()
    # a key written by the datasketch-computed scheme (m2) before this change
    assert likeness.bands(likeness.shingles(_WORDS))[:2] == ["m20b4KAQd6bWXkL", "m21J0WgMVr1ja9s"]


_DRIFT = {   # a quote drifting a few words at a time: a~b, b~d, d~e alike; a~d and b~e not
    "a": "The economy will grow strongly next year because exports to asia are rising and investment in factories has doubled since the spring",
    "b": "Frankly we all believe strongly next year because exports to asia are rising and investment in factories has doubled since the spring",
    "d": "Frankly we all believe strongly next year because exports to asia are rising and investment in factories has as everyone can see",
    "e": "Frankly we all believe that our nation truly exports to asia are rising and investment in factories has as everyone can see",
}


def test_a_drifting_quote_keeps_one_link_a_claim_through_removals_and_every_carrier_in_its_lineage(tmp_path):
    """Removed and ingested again in turn, with copies of two of them: every claim keeps one link
    out, and the lineage of each is every carrier still linked to it."""
    from tracker.ingest import remove

    paths = {}
    for day, (name, words) in enumerate([*_DRIFT.items(), ("a2", _DRIFT["a"]), ("b2", _DRIFT["b"])], start=4):
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text(f'Article {name} on growth\nJuly {day}, 2024\n\n"{words}," Finance Minister Jane Holloway said '
                               "on July 3, according to Reuters.\n", "utf-8")
    with EmbeddedStore(tmp_path / "store", write=True) as store:
        first = {k: v for p in paths.values() for k, v in ingest_all(store, [p]).items()}
        assert set(traced(store, first["e"])) >= {"d", "e"}        # e is like d alone, and found through d's own keys
        for step in (("remove", "a"), ("ingest", "a"), ("remove", "b"), ("ingest", "b"), ("remove", "d")):
            if step[0] == "remove":
                assert remove(store, str(paths[step[1]]))
                first.pop(step[1])
            else:
                first.update(ingest_all(store, [paths[step[1]]]))
            links = _links(store)
            assert all(len(ups) == 1 for ups in links.values()), (step, links)
            _assert_a_forest(links)
