"""Linked data from elsewhere is measured before it is parsed: deep nesting, huge collections,
broken XML and ill-typed numbers give one line and exit 2, never a crash, a traceback or a run
without end; one bad file does not lose the reports of the others."""
from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tracker.errors import BadInput
from tracker.rdfread import MAX_NESTING, parse_rdf

RDFXML_HEAD = '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e/">'


def deep_jsonld(depth: int) -> str:
    return '{"@id":"http://a/","http://b/":' + '{"@list":[' * depth + "1" + "]}" * depth + "}"


def deep_rdfxml(depth: int, comment: str = "") -> str:
    return (f'<?xml version="1.0"?>\n<!-- {comment} -->\n' + RDFXML_HEAD[22:]
            + '<rdf:Description rdf:about="http://a/"><e:p>' * depth + "x" + "</e:p></rdf:Description>" * depth + "</rdf:RDF>")


@pytest.fixture
def files(tmp_path):
    made = {
        "deep.jsonld": deep_jsonld(4500),                                           # overflowed the parser's stack
        "control.rdf": deep_rdfxml(600, "\x01"),                                    # hid its depth from the check
        "nested.ttl": "<http://a/> <http://b/> " + "(" * 50_000 + " 1 " + ")" * 50_000 + " .\n",
        "long.ttl": "<http://a/> <http://b/> (" + " 1" * 300_000 + ") .\n",         # 600,000 triples
        "escaped.ttl": "@prefix e: <http://e/> .\ne:a e:b e:c\\# " + "(" * 200 + "1" + ")" * 200 + " .\n",
        "ill-typed.ttl": ("@prefix ct: <https://w3id.org/claim-tracker/ns#> . @prefix schema: <http://schema.org/> .\n"
                          '<http://a/c> a schema:Claim ; ct:line "abc"^^<http://www.w3.org/2001/XMLSchema#integer> ; schema:text "x" .\n'),
    }
    for name, text in made.items():
        (tmp_path / name).write_text(text, "utf-8")
    return tmp_path


@pytest.mark.parametrize("name", ["deep.jsonld", "control.rdf", "nested.ttl", "long.ttl", "escaped.ttl"])
def test_what_cannot_be_checked_is_refused_in_one_line(cli, files, name):
    t = time.monotonic()
    done = cli("validate", str(files / name))
    assert done.returncode == 2, (done.returncode, done.stderr[-500:])
    assert done.stderr.startswith("error:") and "Traceback" not in done.stderr
    assert time.monotonic() - t < 30


def test_an_ill_typed_number_is_a_violation_not_a_traceback(cli, files):
    done = cli("validate", str(files / "ill-typed.ttl"))
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr
    assert "1 violation," in done.stdout


def test_one_bad_file_does_not_lose_the_others(cli, files, tmp_path):
    good = tmp_path / "good.trig"
    good.write_text(cli("extract", "data/seed-ja-2024-russia-china.txt", "-f", "trig").stdout, "utf-8")
    done = cli("validate", str(files / "deep.jsonld"), str(good), str(files / "control.rdf"))
    assert done.returncode == 2
    assert "good.trig: 123 statements" in done.stdout


def test_our_own_exports_read_back(cli, tmp_path):
    for fmt, suffix in (("trig", "trig"), ("jsonld", "jsonld"), ("turtle", "ttl"), ("nquads", "nq")):
        path = tmp_path / f"sample.{suffix}"
        path.write_text(cli("extract", "data/seed-ja-2024-russia-china.txt", "-f", fmt).stdout, "utf-8")
        done = cli("validate", str(path))
        assert done.returncode == 1 and "123 statements" in done.stdout, (fmt, done.stderr)


# ---------------------------------------------------------------- fuzzing the readers

PIECES = {
    "TURTLE": ["(", ")", "[", "]", "{", "}", '"', "'", '"""', "'''", "<http://a/>", "<", ">", "#", "\\", "\\#", "\\'",
               "@prefix e: <http://e/> .", "e:a", "e:b", " ", "\n", ".", ";", ",", "a", "1", '"x"@en', "^^e:t",
               "_:b", "\x00", "\x01", "\x1b", "\x85", "\u2028", "\ufeff", "日本"],
    "JSON_LD": ["{", "}", "[", "]", '"', ":", ",", '"@id"', '"@list"', '"@value"', '"@context"', '"http://a/"',
                '"@graph"', "1", "true", "null", " ", "\\", '\\"', "\x00", "\x1b", "\u2028", "日本"],
    "RDF_XML": ["<rdf:Description rdf:about=\"http://a/\">", "</rdf:Description>", "<e:p>", "</e:p>", "<!--", "-->",
                "<![CDATA[", "]]>", "&amp;", "&x;", "<!DOCTYPE x>", "<!ENTITY a 'b'>", "x", " ", "\n", "\x01", "\x1b", "日本"],
    "N_TRIPLES": ["<http://a/>", "<http://b/>", '"x"', " ", ".", "\n", "_:b", "\\u0000", "\x00", "\x1b", '"', "<", "日本"],
}
PIECES["TRIG"] = PIECES["TURTLE"]
PIECES["N_QUADS"] = PIECES["N_TRIPLES"]


@st.composite
def documents(draw, fmt: str):
    body = "".join(draw(st.lists(st.sampled_from(PIECES[fmt]), max_size=60)))
    depth = draw(st.sampled_from([0, 1, 3, MAX_NESTING - 1, MAX_NESTING, MAX_NESTING + 1, 500, 5000]))
    opener, closer = draw(st.sampled_from({
        "TURTLE": [("(", ")"), ("[ e:p ", "]"), ("{", "}")], "TRIG": [("{", "}"), ("(", ")")],
        "JSON_LD": [('{"@list":[', "]}"), ("[", "]"), ('{"http://b/":', "}")],
        "RDF_XML": [("<e:p>", "</e:p>"), ('<rdf:Description rdf:about="http://a/"><e:p>', "</e:p></rdf:Description>")],
        "N_TRIPLES": [("", "")], "N_QUADS": [("", "")],
    }[fmt]))
    core = opener * depth + body + closer * depth
    if fmt == "RDF_XML" and draw(st.booleans()):
        core = RDFXML_HEAD + core + "</rdf:RDF>"
    if fmt in ("TURTLE", "TRIG") and draw(st.booleans()):
        core = "<http://a/> <http://b/> " + core + " ."
    return core.encode("utf-8", "surrogatepass")


def _read_within_bounds(data: bytes, fmt: str) -> None:
    t = time.monotonic()
    try:
        parse_rdf(data, fmt)
    except BadInput as exc:
        assert "\n" not in str(exc)
    assert time.monotonic() - t < 10


# 6 formats × 900 = 5,400 documents
FUZZ = settings(max_examples=900, deadline=10_000, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
                derandomize=True)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["TURTLE", "TRIG", "JSON_LD", "RDF_XML", "N_TRIPLES", "N_QUADS"])
def test_fuzzed_documents_are_read_or_refused_never_crash(fmt):
    @FUZZ
    @given(documents(fmt))
    def run(data):
        _read_within_bounds(data, fmt)

    run()


def test_triple_terms_and_escaped_iris_cannot_hide_nesting(cli, tmp_path):
    star = tmp_path / "star.nt"
    n = 20_000
    star.write_text("<http://s> <http://p> " + "<<( <http://s> <http://p> " * n + "<http://o>" + " )>>" * n + " .\n", "utf-8")
    hidden = tmp_path / "hidden.ttl"             # \u0041 in an IRI, then # inside it: not a comment
    hidden.write_text("<http://x/\\u0041#> <http://p> " + "[ <http://p> " * 5000 + "1" + " ]" * 5000 + " .\n", "utf-8")
    good = tmp_path / "good.trig"
    good.write_text(cli("extract", "data/seed-ja-2024-russia-china.txt", "-f", "trig").stdout, "utf-8")
    done = cli("validate", str(star), str(good), str(hidden))
    assert done.returncode == 2, done.stderr[-400:]
    assert "good.trig: 123 statements" in done.stdout
    assert "triple terms" in done.stderr and "nested more than" in done.stderr


def test_a_file_whose_validation_would_run_away_is_refused_at_the_time_limit(cli, tmp_path):
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    many = tmp_path / "many.ttl"
    many.write_text("".join(f"_:c{i} a <http://schema.org/Claim> .\n" for i in range(200_000)), "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TRACKER_RDF_SECONDS": "3"}
    t = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "tracker.cli", "validate", str(many)], env=env, capture_output=True, text=True)
    assert done.returncode == 2 and "not checked within 3 s" in done.stderr, done.stderr
    assert time.monotonic() - t < 30
