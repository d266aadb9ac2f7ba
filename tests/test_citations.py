"""What each citation covers (the core's stage), on Japanese snippets; the outlet registry."""
from datetime import date

from .conftest import extract_text


def cites(text, **kw):
    ex = extract_text(text, **kw)
    return [c for c in ex.citations]


def test_ambiguous_digits_pick_the_reading_nearest_the_other_citations():
    text = ("見出し\n\n****A****\n\nある報道だ。【115日 時事】\n\n****\n\n"
            "****B****\n\n別の報道だ。【1110日 時事】\n\n****\n")
    first = cites(text, published=date(2024, 11, 20))[0]
    assert first.date == date(2024, 11, 5)      # not 1/15


def test_nested_credit_is_an_upstream_source_of_the_block_report():
    text = ("見出し\n\n****報道****\n\n専門家はそう分析した。「BS朝日 日曜スクープ 2024623日放送分より」【627日 テレ朝news\n\n******\n")
    cs = cites(text)
    credit = next(c for c in cs if c.kind == "credit")
    report = next(c for c in cs if c.kind == "bracket")
    assert credit.date == date(2024, 6, 23) and credit.outlet == "bs_asahi"
    assert cs.index(credit) in report.upstream
    assert report.date == date(2024, 6, 27)


def test_citation_at_block_end_covers_the_whole_block():
    text = "見出し\n\n****題****\n\n第一段落だ。\n\n第二段落だ。【73日 時事】\n\n****\n\n筆者の感想です。\n"
    ex = extract_text(text, published=date(2024, 7, 10))
    cited = {c.text: c.citation for c in ex.claims}
    assert cited["第一段落だ。"] == cited["第二段落だ。"] == 0
    assert cited["筆者の感想です。"] is None


def test_citation_after_commentary_covers_it_back_to_the_previous_block():
    text = ("見出し\n\n****題****\n\n報道の文だ。【73日 時事】\n\n****\n\n"
            "筆者の第一文です。\n\n筆者の第二文です。【619日 NHKより\n")
    ex = extract_text(text, published=date(2024, 7, 10))
    nhk = next(i for i, c in enumerate(ex.citations) if c.outlet == "nhk")
    by_text = {c.text: c.citation for c in ex.claims}
    assert by_text["筆者の第一文です。"] == nhk and by_text["筆者の第二文です。"] == nhk


def test_citation_in_a_caption_covers_only_the_caption_before_it():
    text = "見出し\n\n(握手する両首脳=3日、アスタナ【74日 産経】 しかし競合も激しい)\n"
    ex = extract_text(text, published=date(2024, 7, 10))
    [cap, rest] = ex.claims
    assert cap.text == "握手する両首脳=3日、アスタナ" and cap.citation == 0
    assert rest.citation is None


def test_outlet_aliases_normalise_to_one_outlet():
    from tracker.lexicon import find_outlet
    assert find_outlet("時事").name == "時事通信"
    assert find_outlet("ロイター").name == "Reuters"
    assert find_outlet("WSJ").name == "The Wall Street Journal"
    assert find_outlet("米紙ウォール・ストリート・ジャーナル").key == "wsj"
    assert find_outlet("どこかの無名ブログ") is None
