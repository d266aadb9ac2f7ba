"""What the store says it holds matches what a user put in: removing an article removes its
reviews; a revised article counts once; reviews on impossible scales or of no claim are refused."""
from __future__ import annotations

import csv
import io

import pytest

from .conftest import SAMPLE

KEY = "b3f0d7027f301188"
REVIEW = ["--rating", "False", "--reviewer", "Example Fact Check", "--url", "https://factcheck.example.org/r/1"]


@pytest.fixture
def where(tmp_path, cli):
    where = ["--store", str(tmp_path / "s")]
    assert cli("ingest", str(SAMPLE), *where).returncode == 0
    return where


def _count(cli, where, query: str) -> int:
    out = cli("query", f"SELECT (COUNT(*) AS ?n) WHERE {{ {query} }}", "-f", "csv", *where)
    assert out.returncode == 0, out.stderr
    return int(out.stdout.splitlines()[1])


def test_removing_an_article_removes_the_reviews_of_its_claims(cli, where):
    assert cli("review", f"id:claim/{KEY}/420-453", *REVIEW, *where).returncode == 0
    assert _count(cli, where, "?r a schema:ClaimReview") == 1
    assert cli("remove", KEY[:12], *where).returncode == 0
    assert _count(cli, where, "?r a schema:ClaimReview") == 0
    assert _count(cli, where, "GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), '/review/'))") == 0


def test_a_revised_article_counts_once(cli, tmp_path):
    where = ["--store", str(tmp_path / "s")]
    article = tmp_path / "a.txt"
    text = SAMPLE.read_text("utf-8")
    article.write_text(text, "utf-8")
    assert cli("ingest", str(article), *where).returncode == 0
    before = cli("stats", *where).stdout
    uncited_before = list(csv.DictReader(io.StringIO(cli("query", "-n", "uncited", "-f", "csv", *where).stdout)))
    article.write_text(text + "\n追記：この記事は更新された。\n", "utf-8")
    done = cli("ingest", str(article), *where)
    assert done.stdout.startswith("revision"), done.stdout
    after = cli("stats", *where).stdout
    assert "articles        1" in after and "claims          124" in after, after
    assert "claims          123" in before
    uncited = list(csv.DictReader(io.StringIO(cli("query", "-n", "uncited", "-f", "csv", *where).stdout)))
    assert len({r["claim"] for r in uncited}) == len(uncited) == len(uncited_before) + 1


@pytest.mark.parametrize("scale", [["--value", "9", "--best", "5"], ["--value", "0"], ["--worst", "5", "--best", "1"],
                                   ["--value", "3", "--worst", "4", "--best", "10"]])
def test_a_rating_off_its_scale_is_refused(cli, where, scale):
    done = cli("review", f"id:claim/{KEY}/420-453", *REVIEW, *scale, *where)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and done.stderr.startswith("error:"), done.stderr


@pytest.mark.parametrize("claim", ["nosuch", "claim/x", f"id:claim/{KEY}/1-2", "https://example.org/not-a-claim"])
def test_a_review_of_no_claim_says_so(cli, where, claim):
    done = cli("review", claim, *REVIEW, *where)
    assert done.returncode == 2, done.stderr
    assert "no such claim" in done.stderr or "no claim" in done.stderr, done.stderr


def test_removing_a_middle_version_keeps_the_oldest_counted_as_revised(cli, tmp_path):
    where = ["--store", str(tmp_path / "s")]
    article = tmp_path / "a.txt"
    text = SAMPLE.read_text("utf-8")
    keys = []
    for k in range(3):
        article.write_text(text + "".join(f"\n追記{j}：記事は更新された。\n" for j in range(k)), "utf-8")
        done = cli("ingest", str(article), *where)
        assert done.returncode == 0, done.stderr
        keys.append(done.stdout.split("/graph/")[1][:16])
    assert cli("remove", keys[1], *where).returncode == 0
    stats = cli("stats", *where).stdout
    assert "articles        1" in stats and "claims          125" in stats, stats
