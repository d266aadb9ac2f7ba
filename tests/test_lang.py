"""Languages: the detector's table, the interface the pipeline asks, and what a new language costs."""
from __future__ import annotations

import textwrap
from datetime import date

import pytest

import tracker.lang
from tracker import lang
from tracker.graph import claims_to_graph
from tracker.validate import validate_extraction

from .conftest import extract_text

RUSSIAN = "Заголовок\n\nМинистр сказал, что переговоры продолжатся. Это важно.\n\nАвтор так думает.\n"


def test_the_detector_tells_japanese_from_english():
    assert lang.detect("中ロ関係の行方\n\nプーチン氏は「史上最良」と述べた。") == "ja"
    assert lang.detect("Talks resume\n\nThe minister said talks would resume.") == "en"
    assert lang.detect("") == lang.table()[-1].code       # the last row is the default


def test_a_language_the_table_does_not_know_is_refused():
    with pytest.raises(ValueError, match="no language 'xx'"):
        lang.get("xx")


def test_every_row_of_the_shipped_table_names_a_package_of_that_code():
    assert [lang.get(row.code).code for row in lang.table()] == [row.code for row in lang.table()]


@pytest.mark.parametrize("table, fault", [
    ("ko\t\\uac00-\\ud7a3 0.3\nen\t\t0", "line 1: 2 tab-separated fields"),      # a space for a tab
    ("ko\tx\t1.5\nen\t\t0", "line 1: a share from 0 to 1"),
    ("en\t\t0\nko\tx\t0.3", "line 2: .* no row after the default"),           # never reached
    ("ko\tx\t0.3", "the last row is the default"),
    ("Korean\tx\t0.3\nen\t\t0", "'Korean' is not a new two- or three-letter"),
    ("en\tx\t0.3\nen\t\t0", "line 2: 'en' is not a new"),
])
def test_a_malformed_table_is_refused_with_the_line_at_fault(table, fault):
    with pytest.raises(ValueError, match=fault):
        lang.read_table(table)


@pytest.fixture
def new_language(tmp_path, monkeypatch):
    """Add a throwaway language as a user would: a folder beside ja/ and en/ (here a folder on the
    package's search path) and a row in the detector's table, nothing else."""
    def add(code: str, letters: str, source: str | None) -> None:
        if source is not None:
            folder = tmp_path / code
            folder.mkdir()
            (folder / "__init__.py").write_text(textwrap.dedent(source), "utf-8")
        monkeypatch.setattr(tracker.lang, "__path__", [*tracker.lang.__path__, str(tmp_path)])
        shipped = (tracker.lang.resources.files("tracker.lang") / "languages.tsv").read_text("utf-8").splitlines()
        row = f"{code}\t{letters}\t0.3"
        monkeypatch.setattr(tracker.lang, "table", lambda: lang.read_table("\n".join([row, *shipped])))

    yield add
    lang._load.cache_clear()


SPLITS_SENTENCES = """
    from tracker.lang import Language


    class Sketch(Language):
        code = "xx"

        def sentence_ends(self, text, start, end):
            return [start + i + 1 for i, ch in enumerate(text[start:end]) if ch == "."]


    LANGUAGE = Sketch()
"""


def test_a_third_language_is_a_package_that_splits_sentences_and_a_row_in_the_table(new_language):
    new_language("xx", r"\u0400-\u04ff", SPLITS_SENTENCES)
    ex = extract_text(RUSSIAN)
    assert ex.article.lang == "xx"
    assert [c.text for c in ex.claims] == ["Министр сказал, что переговоры продолжатся.", "Это важно.", "Автор так думает."]
    assert {c.kind for c in ex.claims} == {"author_assertion"} and ex.citations == ()
    report = validate_extraction(ex)       # every statement uncited: each a violation, pointing into the text
    assert not report.conforms
    assert sorted(p.line for p in report.problems if p.severity == "Violation") == [3, 3, 5]


def test_a_row_without_its_package_is_refused_by_name(new_language):
    new_language("zz", r"\u0400-\u04ff", None)
    with pytest.raises(ValueError, match="languages.tsv names 'zz', but tracker/lang/zz/ has no LANGUAGE"):
        lang.get("zz")


NESTED = """
    from tracker.lang import Language
    from tracker.model import Attribution, Speaker


    class Nested(Language):
        code = "yy"

        def sentence_ends(self, text, start, end):
            return [start + i + 1 for i, ch in enumerate(text[start:end]) if ch == "."]

        def attributions(self, article, layout, citations, sentences):
            # "Иван сказал, что Пётр сказал: X." holds two cues: the outer claim is Иван's, the
            # inner, nested in it, Пётр's; the author's own sentences keep no speaker.
            out = []
            for s in sentences:
                text = article.text[s.start:s.end]
                if text.count("сказал") < 2:
                    out.append(Attribution(s.start, s.end, s.paragraph, content=(s.start, s.end)))
                    continue
                inner = s.start + text.index("Пётр")
                for who, start in (("Иван", s.start), ("Пётр", inner)):
                    cue = article.text.index("сказал", start)
                    out.append(Attribution(start, s.end, s.paragraph, kind="reported_speech",
                                           speakers=(Speaker(who, "person", who),), mention=who, cue="сказал",
                                           act="said", content=(cue + 8, s.end - 1)))
            return out


    LANGUAGE = Nested()
"""


def test_the_core_makes_a_claim_of_every_cue_one_nested_in_another(new_language):
    new_language("yy", r"\u0400-\u04ff", NESTED)
    text = "Заголовок\n\nИван сказал, что Пётр сказал: налоги вырастут. Это важно.\n"
    ex = extract_text(text, published=date(2024, 7, 10))
    outer, inner, own = ex.claims
    assert (outer.speakers[0].name, inner.speakers[0].name) == ("Иван", "Пётр")
    assert outer.start < inner.start < inner.end == outer.end           # one inside the other
    assert inner.content == "налоги вырастут" and outer.content == "что Пётр сказал: налоги вырастут"
    assert own.kind == "author_assertion"
    report = validate_extraction(ex)        # anchors of nested claims are sound; only citations are missing
    assert {p.line for p in report.problems if p.severity == "Violation"} == {3}
    assert len(list(claims_to_graph(ex).quads((None, None, None, None)))) > 0
