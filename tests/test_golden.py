"""The sample article against its gold annotation: the floor the first issue set."""
import json

from tracker.evaluate import evaluate_source

from .conftest import GOLD, SAMPLE


def test_sample_article_meets_the_gold_thresholds():
    score, report = evaluate_source(str(SAMPLE), str(GOLD))
    f = score.figures()
    assert f["speaker_recall"] >= 0.90, score.misses
    assert f["outlet_acc"] == 1.0 and f["citation_date_acc"] == 1.0, score.misses
    assert f["via_recall"] >= 0.8 and f["event_date_recall"] >= 0.8, score.misses
    assert f["uncited_flagged"] == "5/5" and f["cited_claims_flagged"] == "0/43", score.misses
    assert f["opinions_flagged"] == "0/2"
    assert f["citations_parsed"] == "9/9" and f["headings_taken_for_citations"] == "0/3"
    assert not report.conforms


def test_every_gold_citation_is_parsed_with_its_outlet_and_date(sample):
    gold = json.loads(GOLD.read_text("utf-8"))
    got = {(c.text.strip(), c.date.isoformat() if c.date else None) for c in sample.citations}
    for gc in gold["citations"]:
        assert (gc["anchor"], gc["date"]) in got
