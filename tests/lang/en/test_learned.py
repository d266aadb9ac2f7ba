"""The learned English tagger: what it adds where the rules find no cue, what it keeps apart
(belief, intention, finding from speech), and the model file it ships with."""
from __future__ import annotations

import hashlib
import json
from importlib import resources

import pytest
from rdflib import Graph, URIRef

from tracker.export import claim_records
from tracker.graph import claims_into, graph_to_claims
from tracker.lang.en import learned
from tracker.vocab import CT

from .test_english import claims_of

DATA = resources.files("tracker.lang.en") / "data"


def records(body: str) -> list[dict]:
    ex, _ = claims_of(body)
    return claim_records(ex)


@pytest.mark.parametrize("body, speaker, attitude, act", [
    ("Environmental groups fear that the new rule will weaken protections for rivers.", "Environmental groups", "belief", "believed"),
    ("The senator wants to cut taxes for small businesses before the election.", "The senator", "intention", "intended"),
    ("Party leaders plan to bring the bill to a vote next week.", "Party leaders", "intention", "intended"),
])
def test_a_sentence_no_rule_attributes_gets_the_models_source_and_attitude(body, speaker, attitude, act):
    ex, _ = claims_of(body)
    c = ex.claims[0]
    assert c.kind == "reported_speech" and c.speakers[0].name.endswith(speaker.split()[-1]), c
    assert (c.attitude, c.act) == (attitude, act), c


@pytest.mark.parametrize("body, attitude, act", [
    ("A new poll shows the governor trailing his challenger by six points.", "finding", "found"),
    ("The minister believes the talks will fail.", "belief", "believed"),
    ("The minister said the talks will fail.", "speech", "said"),
])
def test_a_cue_the_rules_know_gets_its_attitude_too(body, attitude, act):
    ex, _ = claims_of(body)
    assert (ex.claims[0].attitude, ex.claims[0].act) == (attitude, act), ex.claims[0]


def test_the_rules_keep_what_they_are_sure_of():
    ex, _ = claims_of('"We will not back down," said Secretary of State Antony Blinken.')
    c = ex.claims[0]
    assert (c.speakers[0].name, c.cue, c.act, c.attitude) == ("Antony Blinken", "said", "said", "speech")


def test_a_statement_of_fact_stays_the_authors():
    ex, _ = claims_of("The bridge over the river was built in 1932 and carries four lanes of traffic.")
    assert [c.kind for c in ex.claims] == ["author_assertion"]


@pytest.mark.parametrize("body", [
    "I think the plan will fail before the summer.",                  # the author's own
    "The bill is not expected to pass before May.",                   # a passive: by whom, it does not say
    "The Commerce Department declined to comment.",                   # nothing said to check
    "Here is what the wires reported this week on shipping costs.",   # what was reported is elsewhere
    "The union agreed to end the strike after the company raised its offer.",  # an act, not an attitude
    "The Justice Department did not immediately respond to requests for comment.",   # a refusal says nothing
    "The White House declined to say whether the president would attend.",
    "I believe that the council owes voters a full explanation.",     # the rules' cue, the author's words
    "The bridge is expected to reopen in May.",                       # the rules' passive: by whom?
    "He was told the plant would close by the end of the year.",      # the one told is not who tells
    "An exhausted Senate has narrowly approved a $1.9 trillion COVID-19 relief bill.",   # what a body did by voting
    "The governor signed the new budget into law late on Friday night.",
])
def test_what_the_model_must_not_read_as_an_attribution_stays_the_authors(body):
    ex, _ = claims_of(body)
    assert [c.kind for c in ex.claims] in (["author_assertion"], ["author_opinion"]), ex.claims


def test_we_outside_quotes_is_the_author_not_the_last_group_named():
    ex, _ = claims_of("Some economists think the rate cut came too late. We believe the Senate will act.")
    assert [(c.kind, c.speakers[0].name) for c in ex.claims] == [("reported_speech", "Some economists"),
                                                                 ("author_opinion", "Example News")]


def test_a_second_cue_of_the_rules_own_source_is_no_second_claim():
    ex, _ = claims_of("Residents, according to a survey by the Civic Institute, overwhelmingly want an independent audit.")
    assert len(ex.claims) == 1 and ex.claims[0].cue == "according to", ex.claims


def test_speech_nested_in_what_a_source_said_stays_inside_its_claim():
    ex, _ = claims_of("The administration is considering new tariffs on steel imports, a senior official said on Tuesday, "
                      "in a step that could come within weeks.")
    assert [(c.speakers[0].name, c.cue) for c in ex.claims] == [("a senior official", "said")]


def test_the_attitude_reaches_the_graph_and_reads_back():
    ex, _ = claims_of("Environmental groups fear that the new rule will weaken protections for rivers.")
    g = claims_into(ex, Graph())
    node = next(s for s in g.subjects(CT.attitude, None))
    assert g.value(node, CT.attitude) == CT.Belief
    assert g.value(node, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate")) == CT.believed
    assert [r.attitude for r in graph_to_claims(g)] == ["belief"]
    assert records("Environmental groups fear that the new rule will weaken protections for rivers.")[0]["attitude"] == "belief"


@pytest.mark.parametrize("cue, attitude", [
    ("said", "speech"), ("believes", "belief"), ("is convinced", "belief"), ("plans", "intention"),
    ("vowed", "intention"), ("polls show", "finding"), ("has faced ridicule", "speech"),
])
def test_a_cues_attitude_is_read_from_its_first_known_word(cue, attitude):
    assert learned.attitude_of(cue) == attitude


def test_labels_prefer_a_cue_to_a_source_and_a_source_to_a_content():
    text = "Aides said Smith believes the deal is dead."
    toks = learned.tokens(text, 0, len(text))
    outer = [("source", 0, 5), ("cue", 6, 10), ("content", 11, 42)]
    inner = [("source", 11, 16), ("cue", 17, 25), ("content", 26, 42)]
    got = learned.labels(toks, outer + inner)
    assert got == ["B-S", "B-C", "B-S", "B-C", "B-T", "I-T", "I-T", "I-T", "O"], got


def test_the_model_ships_with_the_package_and_its_provenance():
    model = DATA / "attribution.crfsuite"
    info = json.loads((DATA / "attribution.json").read_text("utf-8"))
    data = model.read_bytes()
    assert len(data) == info["bytes"] <= 20 * 1024 * 1024
    assert hashlib.sha256(data).hexdigest() == info["sha256"]
    assert info["split"] == "train" and "PolNeAR" in info["corpus"] and len(info["corpus_commit"]) == 40
    assert 0 < info["likely"] <= 1.01 and learned.likely() == info["likely"]
    assert [row["likely"] for row in info["tuning"]["table"]] and info["tuning"]["scored"].startswith("train")


@pytest.mark.parametrize("text", ["", "   ", "“", "said said said", "\u202e\u200b", "a " * 5000, "He said: “”",
                                  "They said they said they said that it was so, they said."])
def test_the_tagger_never_raises_and_its_spans_stay_in_the_text(text):
    for t in learned.tag(text, 0, len(text)):
        for span in (t.cue, t.content) + ((t.source,) if t.source else ()):
            assert 0 <= span[0] < span[1] <= len(text)


def test_threads_tag_alike():
    from concurrent.futures import ThreadPoolExecutor

    texts = ["Environmental groups fear that the new rule will weaken protections for rivers.",
             "Party leaders plan to bring the bill to a vote next week.",
             "Many Republicans remain skeptical that the deal will hold."] * 20
    alone = [learned.tag(t, 0, len(t)) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(lambda t: learned.tag(t, 0, len(t)), texts)) == alone


def test_a_quote_carried_on_keeps_the_attitude_with_the_act():
    ex, _ = claims_of('Officials fear the plan will fail by next spring. "It is all over for the plan and for the party."\n\n'
                      'A new poll shows most voters oppose the measure.\n\n"Support has fallen for six straight months."')
    agree = {"believed": "belief", "found": "finding"}
    assert [(c.act, c.attitude) for c in ex.claims] == [(a, agree[a]) for a in ("believed", "believed", "found", "found")]


def test_a_sentence_of_many_cues_is_read_for_a_few():
    text = ("he said x," * 299).rstrip(",") + "."
    assert len(text) < learned.MAX_CHARS and len(learned.tag(text, 0, len(text))) <= learned.MAX_CUES


@pytest.mark.parametrize("size", [0, 48, 100_000])
def test_a_damaged_model_file_is_one_clear_error_not_a_crash(tmp_path, size):
    from tracker.errors import Damaged

    broken = tmp_path / f"attribution-{size}.crfsuite"
    broken.write_bytes((DATA / "attribution.crfsuite").read_bytes()[:size])
    with pytest.raises(Damaged, match="reinstall"):
        learned._check(str(broken))


def test_a_clause_tagged_as_a_source_is_no_speaker():
    from tests.conftest import extract_text

    ex = extract_text("Notes\n\nBoth the committee staffers and Tom Hale of the Ledger reviewed the documents and found no "
                      "mention of Roe at all.\n")
    assert not any("reviewed" in s.name for c in ex.claims for s in c.speakers)
