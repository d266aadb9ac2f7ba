from datetime import date

import pytest

from tracker.lang.ja.dates import frame_date

from ...conftest import extract_text


def block(body, citation="【620日 ロイター"):
    return f"見出し\n\n****報道****\n\n{body}{citation}\n\n******\n"


def test_day_of_month_resolves_against_the_citation():
    ex = extract_text(block("林剣報道官は18日の記者説明で、交流である、と述べた。"), published=date(2024, 7, 1))
    [c] = ex.claims
    assert c.date == date(2024, 6, 18)


def test_day_after_the_citation_day_belongs_to_the_previous_month():
    assert frame_date("報道官は25日、会見で述べた。", 20, date(2024, 7, 3), 2024) == date(2024, 6, 25)


def test_explicit_month_in_parentheses():
    assert frame_date("(6月)19日、大統領が訪朝した。", 30, date(2024, 6, 27), 2024) == date(2024, 6, 19)


@pytest.mark.parametrize("frame, day", [
    ("次官は今日(26日)、委員会で述べた。", date(2019, 11, 26)),
    ("次官は昨日（25日）、委員会で述べた。", date(2019, 11, 25)),
    ("次官は今日、委員会で述べた。", date(2019, 11, 27)),
    ("次官は一昨日、委員会で述べた。", date(2019, 11, 25)),
    ("次官はおととい、委員会で述べた。", date(2019, 11, 25)),
    ("次官は令和元年11月20日、委員会で述べた。", date(2019, 11, 20)),
    ("次官は平成31年4月1日、委員会で述べた。", date(2019, 4, 1)),
])
def test_today_glossed_with_its_day_is_that_day(frame, day):
    assert frame_date(frame, len(frame), date(2019, 11, 27), 2019) == day


def test_date_inside_a_quote_is_not_the_statement_date():
    assert frame_date("氏は「3日、会談する」と述べた。", 20, date(2024, 7, 5), 2024) is None


def test_year_comes_from_the_publication_date_and_rolls_back_over_new_year():
    text = "見出し\n\n****報道****\n\n報道の文だ。【1227日 時事】\n\n******\n"
    ex = extract_text(text, published=date(2025, 1, 5))
    assert ex.citations[0].date == date(2024, 12, 27) and ex.year_source == "published"


def test_year_is_inferred_from_a_full_date_in_the_text_and_said_so():
    text = "見出し\n\n2023年6月30日に統計が出た。\n\n****報道****\n\n報道の文だ。【73日 時事】\n\n******\n"
    ex = extract_text(text)
    assert ex.citations[0].date == date(2023, 7, 3) and ex.year_source == "text"
    assert any("inferred" in p.message for p in ex.problems)


@pytest.mark.parametrize("history", ["この防潮堤は1952年に建設された。", "2023年の統計がある。", "2022年2月の侵攻から続く。",
                                     "問い合わせはフリーダイヤル0120-12-3456まで。", "1000.12.31号を見よ。",
                                     "ソフトはバージョン2023.1.15を使う。", "詳細は https://example.jp/2023/07/01/park にある。"])
def test_a_year_the_text_names_without_its_day_dates_nothing(history):
    """A year alone, or with its month, is as often history as news: no year for 【7月3日 時事】."""
    ex = extract_text(f"見出し\n\n{history}\n\n****報道****\n\n報道の文だ。【7月3日 時事】\n\n******\n")
    assert ex.citations[0].date is None and ex.year_source == "unknown"


def test_unknown_year_leaves_the_citation_undated_and_warns():
    ex = extract_text(block("報道の文だ。", "【73日 時事】"))
    assert ex.citations[0].date is None
    assert any("year" in p.message for p in ex.problems)


def test_statement_takes_the_date_of_the_event_its_speaker_attended():
    body = ("習近平国家主席とプーチン大統領は3日、会談した。\n\n"
            "タス通信によると、プーチン氏は関係を「史上最良」と評価した。")
    ex = extract_text(block(body, "【73日 時事】"), published=date(2024, 7, 10))
    said = next(c for c in ex.claims if c.cue and "評価" in c.cue)
    assert said.date == date(2024, 7, 3) and "event" in said.date_note


def test_statement_in_a_credited_broadcast_takes_the_broadcast_date():
    body = ("山田太郎氏は、ウクライナ戦争が背景にあると指摘する。"
            "「BS朝日 日曜スクープ 2024年6月23日放送分より」")
    ex = extract_text(block(body, "【627日 テレ朝news"))
    [c] = ex.claims
    assert c.date == date(2024, 6, 23)


def test_statement_is_never_dated_after_its_report():
    ex = extract_text(block("報道官は28日、会見で述べた。"), published=date(2024, 7, 1))
    for c in ex.claims:
        assert c.date is None or c.date <= date(2024, 6, 20)


def test_a_report_dated_on_the_calendar_s_first_day_dates_yesterday_nowhere():
    ex = extract_text("題\n\n首相は昨日、「急ぐ」と述べた。【0001年1月1日 時事】\n")
    assert ex.claims[0].date is None and ex.citations[0].date == date(1, 1, 1)


def test_in_the_articles_own_text_a_statement_takes_the_date_of_the_event_its_speaker_attended():
    # a news page reporting a press conference: the first paragraph dates it, the rest quote it
    ex = extract_text("日銀総裁会見 | 経済ニュース\n\n日銀の植田和男総裁は23日、記者会見を開いた。\n\n"
                      "長期金利について、植田総裁は「速いスピードで上昇している」と述べた。\n", published=date(2026, 1, 24))
    said = next(c for c in ex.claims if c.cue == "と述べた")
    assert said.date == date(2026, 1, 23) and "event" in said.date_note


@pytest.mark.parametrize("line, year", [("令和6年7月2日（火）10時30分～10時45分", 2024), ("令和元年5月1日", 2019), ("平成31年4月30日", 2019)])
def test_a_date_line_in_the_japanese_era_dates_the_page(line, year):
    ex = extract_text(f"題\n\n{line}\n\n市長は「工場を閉鎖する」と述べた。\n")
    assert ex.year == year and [c.text for c in ex.claims] == ["市長は「工場を閉鎖する」と述べた。"]


@pytest.mark.parametrize("body", ["首相は9日の閣議で「戦いを続ける」と述べた。", "首相は9日の閣議後、「対策を急ぐ」と記者団に述べた。"])
def test_the_day_of_a_cabinet_meeting_dates_what_was_said_there(body):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert c.date == date(2024, 7, 9)


def test_a_year_counted_from_is_not_the_page_s():
    ex = extract_text("題\n\n****\n\n円相場は1986年12月以来、約37年半ぶりの円安水準を付けた。議長は2日、「鈍化している」と述べた。【7月3日 時事】\n\n****\n")
    assert ex.year is None and all(c.date is None for c in ex.citations)


@pytest.mark.parametrize("greeting", ["皆さんこんにちは。", "こんにちは、管理人の潮風です。", "こんばんは、北町です。"])
@pytest.mark.parametrize("lead", ["まずは報道から。", "以下、記事より。", "以下引用。"])
def test_greetings_and_a_lead_into_the_report_are_no_statements(greeting, lead):
    ex = extract_text(f"題\n\n{greeting}今日は円安の話です。{lead}\n", published=date(2024, 7, 10))
    assert [c.text for c in ex.claims] == ["今日は円安の話です。"]


def test_a_greeting_is_only_the_greeting():
    ex = extract_text("題\n\nこんにちは、首相が辞任を表明したそうです。\n", published=date(2024, 7, 10))
    assert [c.text for c in ex.claims] == ["こんにちは、首相が辞任を表明したそうです。"]


def test_a_cabinet_meeting_that_decided_something_does_not_date_what_was_said():
    [c] = extract_text("題\n\n林官房長官は閣議後の会見で、9日の閣議で決まった予算について「妥当だ」と述べた。\n", published=date(2024, 7, 15)).claims
    assert c.date is None


@pytest.mark.parametrize("body", ["総裁は9日の政策決定会合後、「注視する」と述べた。", "監督は9日の試合後、「悔しい」と話した。"])
def test_the_day_of_an_event_dates_what_was_said_after_it(body):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert c.date == date(2024, 7, 9)


def test_an_event_s_day_carries_to_the_quotes_of_whoever_took_part():
    """The lead names the day and the person; the quotes after it, their subject left out, were said then."""
    ex = extract_text("題\n\n日銀の山田太郎総裁は9日の政策決定会合後、記者会見を開いた。\n\n"
                      "物価については、「緩やかに上がっている」との認識を示した。\n", published=date(2024, 7, 10))
    quote = next(c for c in ex.claims if "緩やか" in c.text)
    assert quote.speakers[0].name == "山田太郎" and quote.date == date(2024, 7, 9)


@pytest.mark.parametrize("body, day", [
    ("選手は9日の試合後に「悔しい」と語った。", date(2024, 7, 9)),
    # days may pass after a quake or a vote: their day is not the statement's
    ("知事は1日の地震後、初めて被災地を訪れ、「全力を尽くす」と語った。", None),
    ("首相は7日の参院選後、「続投する」と繰り返してきた。", None),
])
def test_only_a_meeting_s_day_dates_what_follows_it(body, day):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 25)).claims
    assert c.date == day


@pytest.mark.parametrize("body", ["選手は1日の入会後、「頑張る」と語った。", "選手は1日の大会後、「頑張る」と語った。"])
def test_joining_or_a_tournament_is_no_meeting(body):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 25)).claims
    assert c.date is None


@pytest.mark.parametrize("frame, day", [
    ("社長は四日、年頭のあいさつで述べた。", date(2017, 1, 4)),
    ("大臣は二十三日、会見で述べた。", date(2016, 12, 23)),          # after the report's day: the month before
    ("首相は十二月三十一日、記者団に述べた。", date(2016, 12, 31)),
    ("知事は二〇一六年十月三日、会見で述べた。", date(2016, 10, 3)),
    ("知事は二○一六年十月三日、会見で述べた。", date(2016, 10, 3)),
    ("会長は三十一日、会見で述べた。", date(2016, 12, 31)),
    ("首相は四日に「前向きに考える」と語った。", date(2017, 1, 4)),
    ("首相は四日の記者会見で「辞任しない」と述べた。", date(2017, 1, 4)),
])
def test_a_day_written_in_kanji_dates_the_statement(frame, day):
    assert frame_date(frame, len(frame), date(2017, 1, 5), 2017) == day


@pytest.mark.parametrize("frame", [
    "薬は一日に三回、飲むよう医師は述べた。",        # per day
    "患者は一日に100人を超えたと所長は述べた。",
    "首相は二、三日、休むと述べた。",               # a couple of days
    "作業は百二十日、続いたと所長は述べた。",
    "市長は一日も早く、再建したいと述べた。",          # as soon as possible
    "四日市、鈴鹿で市長らが述べた。",                # a city
    "彼は三日間、黙っていたと述べた。",              # a span
    "作業は二十三日間、続いたと所長は述べた。",
])
def test_kanji_numbers_that_are_no_day_date_nothing(frame):
    assert frame_date(frame, len(frame), date(2017, 1, 5), 2017) is None


@pytest.mark.parametrize("body", ["3日の東京株式市場で日経平均株価は大幅に反落した。", "3日のニューヨーク外国為替市場で円相場は下落した。"])
def test_a_market_s_session_dates_what_happened_in_it(body):
    [c] = extract_text(f"メモ\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert c.date == date(2024, 7, 3)


def test_a_record_dated_in_its_title_s_parenthesis_is_published_that_day():
    ex = extract_text("官房長官記者会見（令和6年8月2日午前）\n\n官房長官：予備費の使用を決定いたしました。\n")
    assert ex.article.published == date(2024, 8, 2)


@pytest.mark.parametrize("title", ["東日本大震災から13年（2011年3月11日）", "Survivors interviewed 13 years after the quake (March 11, 2011)"])
def test_a_title_s_date_dates_no_article_that_looks_back_at_it(title):
    assert extract_text(f"{title}\n\n町は再建された。\n").article.published is None


@pytest.mark.parametrize("frame, day", [
    ("厚生労働省は先月28日、", date(2024, 6, 28)), ("政府は昨年12月26日、", date(2023, 12, 26)), ("市長は今月3日、", date(2024, 7, 3)),
])
def test_a_day_of_the_month_or_year_before_is_read_against_the_article(frame, day):
    [claim] = extract_text(f"メモ\n\n{frame}「方針を決めた」と発表した。\n", published=date(2024, 7, 10)).claims
    assert claim.date == day
