"""Invariants of the pipeline on generated text (STYLE.md point 7): it never raises, every anchor is
an exact substring of the article, dates are valid, and the graph round trip keeps every claim."""
from __future__ import annotations

import hashlib
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.graph import claims_to_graph, graph_to_claims
from tracker.model import Article
from tracker.pipeline import extract_article
from tracker.lang import detect

from .conftest import shacl_results

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ---------------------------------------------------------------- text of the genre, in pieces

FRAGMENTS = [
    "「", "」", "『", "』", "【", "】", "（", "）", "(", ")", "。", "、", "・・・", "“", "”",
    "によると", "と述べた", "と語った", "と強調した", "としている", "と報じた", "との見方を示した",
    "氏", "大統領", "国家主席", "首相", "外相", "報道官", "関係者", "専門家",
    "プーチン", "習近平", "金正恩", "バイデン", "ロシア", "中国", "北朝鮮", "カザフスタン",
    "時事", "産経", "共同", "ロイター", "AFP", "CNN", "NHK", "タス通信", "テレ朝news", "The Wall Street Journal",
    "今月", "昨日", "本日", "年", "月", "日", "(6月)", "（中略）", "=", "※",
    "\n", "\n\n", "\n \n", "\n\u00a0\n", " ", "\u3000", "*", "****", "******************",
]
DIGITS = st.text("0123456789０１２３４５６７８９", min_size=1, max_size=4)
WORDS = st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join)
OUTLETS = st.sampled_from(["時事", "産経", "共同", "ロイター", "AFP", "CNN", "WSJ", "東京新聞", "テレ朝news", ""])


@st.composite
def bracket_citation(draw) -> str:
    month, day = draw(DIGITS), draw(DIGITS)
    form = draw(st.sampled_from(["【{m}月{d}日 {o}】", "【{d}日 {o}】", "【{m}{d}日 {o}】", "【{y}年{m}月{d}日 {o}】",
                                 "【{o}】", "【{m}月{d}日", "{m}月{d}日 {o}】"]))
    return form.format(m=month, d=day, y=draw(DIGITS), o=draw(OUTLETS))


@st.composite
def quoted_block(draw) -> str:
    title = draw(WORDS)
    body = draw(st.lists(st.one_of(WORDS, bracket_citation(), st.text(max_size=20)), max_size=6)).copy()
    close = "*" * draw(st.integers(0, 25))
    opening = "*" * draw(st.integers(2, 6))
    return f"\n{opening}{title}{'*' * draw(st.integers(0, 6))}\n\n" + "\n\n".join(body) + f"\n{close}\n"


@st.composite
def statement(draw) -> str:
    speaker = draw(st.sampled_from(["プーチン", "習近平", "外務省", "関係者", "専門家", ""]))
    title = draw(st.sampled_from(["氏", "大統領", "国家主席", "報道官", ""]))
    said = draw(WORDS)
    cue = draw(st.sampled_from(["と述べた。", "と語った。", "と強調した。", "としている。", "。", ""]))
    source = draw(st.sampled_from(["", "タス通信によると、", "ロイター通信などによると、", "関係者によると、"]))
    quote = draw(st.booleans())
    day = draw(st.one_of(st.integers(0, 40).map(str), DIGITS))
    when = draw(st.sampled_from(["", "{d}日、", "今月{d}日、", "{d}日の記者会見で", "{d}日夜、", "昨日、", "(6月){d}日、",
                                 "{m}月{d}日、"])).format(d=day, m=draw(st.integers(0, 13)))
    return f"{source}{speaker}{title}は{when}{'「' if quote else ''}{said}{'」' if quote else ''}{cue}"


PIECES = st.one_of(
    st.sampled_from(FRAGMENTS),
    WORDS,
    bracket_citation(),
    quoted_block(),
    statement(),
    st.text(max_size=12),                                   # any unicode at all
    st.text(st.characters(codec="utf-8"), max_size=6),
)
TEXTS = st.lists(PIECES, min_size=1, max_size=40).map("".join)
PUBLISHED = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))


def article_of(text: str, published: date | None = None) -> Article:
    """An article as `read_article` would make it: newlines normalised, hash of the text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Article(text=text, source="generated", encoding="utf-8",
                   sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                   published=published, lang=detect(text))


# ---------------------------------------------------------------- the invariants

@SETTINGS
@given(text=TEXTS, published=PUBLISHED)
def test_extraction_never_raises_on_text_of_the_genre(text, published):
    extract_article(article_of(text, published))


@SETTINGS
@given(text=st.text(max_size=400))
def test_extraction_never_raises_on_arbitrary_unicode(text):
    extract_article(article_of(text))


@SETTINGS
@given(text=TEXTS, published=PUBLISHED)
def test_every_claim_is_a_non_empty_exact_span_of_the_article(text, published):
    art = article_of(text, published)
    ex = extract_article(art)
    for c in ex.claims:
        assert 0 <= c.start < c.end <= len(art.text)
        assert c.text
        assert c.text == art.text[c.start:c.end]
        assert c.line == art.line_of(c.start)


@SETTINGS
@given(text=TEXTS, published=PUBLISHED)
def test_every_citation_is_an_exact_span_of_the_article(text, published):
    art = article_of(text, published)
    ex = extract_article(art)
    for c in ex.citations:
        assert 0 <= c.start <= c.end <= len(art.text)
        assert c.text == art.text[c.start:c.end]
        for lo, hi in c.scope:
            assert 0 <= lo <= hi <= len(art.text)


@SETTINGS
@given(text=TEXTS, published=PUBLISHED)
def test_every_date_is_a_valid_calendar_date(text, published):
    ex = extract_article(article_of(text, published))
    for d in [c.date for c in ex.claims] + [c.date for c in ex.citations]:
        if d is not None:
            assert type(d) is date
            assert date.fromisoformat(d.isoformat()) == d


@SETTINGS
@given(text=TEXTS, published=PUBLISHED)
def test_graph_round_trip_keeps_every_claim(text, published):
    ex = extract_article(article_of(text, published))
    rows = graph_to_claims(claims_to_graph(ex))
    assert len(rows) == len(ex.claims)
    assert sorted((r.start, r.end, r.text) for r in rows) == sorted((c.start, c.end, c.text) for c in ex.claims)


# ---------------------------------------------------------------- large and unterminated input

def _finishes(text: str) -> None:
    art = article_of(text)
    ex = extract_article(art)
    for c in ex.claims:
        assert c.text == art.text[c.start:c.end]


@pytest.mark.slow      # several seconds: some 8,000 claims and citations in one paragraph
def test_a_one_megabyte_single_paragraph_extracts():
    unit = "タス通信によると、プーチン大統領は「中ロ関係は史上最良だ」と述べた。【7月3日 時事】"
    paragraph = unit * (1_000_000 // len(unit.encode("utf-8")) + 1)
    assert len(paragraph.encode("utf-8")) > 1_000_000 and "\n" not in paragraph
    _finishes("ロシアと中国\n\n" + paragraph)


def test_an_unterminated_corner_bracket_extracts():
    _finishes("ロシアと中国\n\nプーチン大統領は「" + "中ロ関係は史上最良だ、" * 20_000 + "と述べた。")


def test_an_unterminated_lenticular_bracket_extracts():
    _finishes("ロシアと中国\n\nプーチン氏は会談で期待を示した。【7月3日 時事" + "中ロ関係は史上最良だ、" * 20_000)


def test_many_unterminated_brackets_extract():
    _finishes("ロシアと中国\n\n" + "プーチン氏は「【3日 時事、" * 20_000)


# ---------------------------------------------------------------- segmentation and citations alone, many more inputs

FAST = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(text=TEXTS)
def test_segmentation_keeps_every_paragraph_and_sentence_inside_the_text(text):
    from tracker.citations import excluded_spans, find_citations
    from tracker.segment import segment, sentences

    article = article_of(text)
    layout = segment(article)
    n = len(article.text)
    for p in layout.paragraphs:
        assert 0 <= p.start < p.end <= n and article.text[p.start:p.end].strip()
    for b in layout.blocks:
        assert 0 <= b.start <= b.end <= n
    citations = find_citations(article, layout)
    for c in citations:
        assert 0 <= c.start < c.end <= n and article.text[c.start:c.end] == c.text
        assert all(0 <= s <= e <= n for s, e in c.scope)
    for s in sentences(article, layout, excluded_spans(article, layout, citations)):
        assert 0 <= s.start < s.end <= n


@FAST
@given(content=st.one_of(st.text(max_size=30), st.lists(st.one_of(st.sampled_from(FRAGMENTS), DIGITS, OUTLETS), max_size=8).map("".join)))
def test_a_citation_marker_of_any_content_parses_or_is_a_heading(content):
    from tracker.lang.ja.citations import parse_marker

    found = parse_marker(content)
    if found is not None:
        when, outlet = found
        assert isinstance(outlet, str)
        assert when is None or all(1 <= m <= 12 and 1 <= d <= 31 for _, m, d in when.readings)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, published=PUBLISHED)
def test_an_extractions_report_answered_once_per_shape_is_plain_pyshacls(text, published):
    """The tracker's own graphs are validated with each SPARQL constraint answered once, in
    Oxigraph (`datagraph`); on any text the report is the one pySHACL gives node by node."""
    import pyshacl
    from rdflib import Graph

    from tracker.datagraph import ValidationGraph
    from tracker.graph import claims_into
    from tracker.validate import load_shapes, validate_graph

    g = claims_into(extract_article(article_of(text, published)), ValidationGraph())
    plain = Graph()
    for t in g:
        plain.add(t)
    _, ours, _ = validate_graph(g, own=True)
    _, theirs, _ = pyshacl.validate(plain, shacl_graph=load_shapes(), inference="none", allow_infos=True, allow_warnings=True)
    assert shacl_results(ours) == shacl_results(theirs)
