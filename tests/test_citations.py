from datetime import date

import pytest

from tracker.citations import damaged_readings, parse_marker

from .conftest import extract_text


def cites(text, **kw):
    ex = extract_text(text, **kw)
    return [c for c in ex.citations]


@pytest.mark.parametrize("marker, month, day, outlet", [
    ("【7月3日 時事】", 7, 3, "時事"),
    ("【73日 時事】", 7, 3, "時事"),          # 月 lost
    ("【627日 テレ朝news】", 6, 27, "テレ朝news"),
    ("【1012日 共同】", 10, 12, "共同"),
    ("【7/3 ロイター】", 7, 3, "ロイター"),
])
def test_citation_marker_forms_give_month_day_and_outlet(marker, month, day, outlet):
    when, written = parse_marker(marker[1:])
    assert (month, day) in [(m, d) for _, m, d in when.readings]
    assert written == outlet


def test_damaged_digits_keep_only_valid_month_day_readings():
    assert damaged_readings("73") == ((None, 7, 3),)
    assert damaged_readings("627") == ((None, 6, 27),)
    assert damaged_readings("2024623") == ((2024, 6, 23),)
    assert set(damaged_readings("111")) == {(None, 1, 11), (None, 11, 1)}


def test_heading_in_brackets_is_not_a_citation():
    assert parse_marker("プーチン大統領 中ロ関係「史上最良」と評価】") is None
    assert parse_marker("3日の動き】") is None


def test_citation_without_closing_bracket_is_still_a_citation():
    [c] = cites("見出し\n\n北朝鮮は反発した。【619日 NHKより\n", published=date(2024, 7, 10))
    assert c.outlet == "nhk" and c.date == date(2024, 6, 19)
    assert c.text == "【619日 NHKより"


def test_trailing_yori_is_not_part_of_the_outlet():
    [c] = cites("見出し\n\n北朝鮮は反発した。【6月19日 NHKより】\n", published=date(2024, 7, 10))
    assert c.outlet_written == "NHK"


def test_day_range_takes_the_last_day():
    [c] = cites("見出し\n\n会議が開かれた。【7月3～4日 時事】\n", published=date(2024, 7, 10))
    assert c.date == date(2024, 7, 4)


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


def test_inline_outlet_credit_at_paragraph_end_is_a_citation():
    ex = extract_text("見出し\n\n政府は新たな方針を決めた。(共同)\n")
    [c] = ex.citations
    assert c.outlet == "kyodo" and c.kind == "inline"
    assert ex.claims[0].citation == 0


def test_outlet_aliases_normalise_to_one_outlet():
    from tracker.lexicon import find_outlet
    assert find_outlet("時事").name == "時事通信"
    assert find_outlet("ロイター").name == "Reuters"
    assert find_outlet("WSJ").name == "The Wall Street Journal"
    assert find_outlet("米紙ウォール・ストリート・ジャーナル").key == "wsj"
    assert find_outlet("どこかの無名ブログ") is None


@pytest.mark.parametrize("credit, outlet, day", [
    ("（7月3日 時事）", "jiji", date(2024, 7, 3)),
    ("(ロイター 2024年7月2日)", "reuters", date(2024, 7, 2)),
    ("（出典：共同通信 7月1日）", "kyodo", date(2024, 7, 1)),
])
def test_dated_credit_in_parentheses_at_paragraph_end_is_a_citation(credit, outlet, day):
    ex = extract_text(f"見出し\n\n政府は新たな方針を決めた。{credit}\n", published=date(2024, 7, 10))
    [c] = ex.citations
    assert (c.outlet, c.date) == (outlet, day)
    assert ex.claims[0].citation == 0 and ex.claims[0].text == "政府は新たな方針を決めた。"


def test_a_parenthesised_aside_is_not_a_citation():
    ex = extract_text("見出し\n\n会談は(6月)19日に開かれた(平壌)\n", published=date(2024, 7, 10))
    assert ex.citations == ()


def test_a_dated_credit_closing_a_sentence_inside_a_paragraph_is_a_citation():
    from .conftest import extract_text

    ex = extract_text("教員の働き方 | 教育メモ\n\n評論家の森下由美氏は「保証はない」と語った（朝日新聞デジタル、6月10日）。森下氏はさらに強調した。\n",
                      published=__import__("datetime").date(2024, 6, 20))
    cit = ex.citations[0]
    assert cit.outlet_written == "朝日新聞デジタル" and cit.date.isoformat() == "2024-06-10"


def test_a_hedge_is_not_hearsay():
    from datetime import date

    from .conftest import extract_text

    ex = extract_text("宿泊税 | 旅メモ\n\n市は上限額の引き上げを検討しているそうです。\n\n値上げはまだ先になりそうです。\n", published=date(2024, 7, 10))
    kinds = [c.kind for c in ex.claims]
    assert kinds == ["author_assertion", "author_opinion"], kinds
