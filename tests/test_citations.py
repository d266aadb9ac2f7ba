"""What each citation covers (the core's stage), on Japanese snippets; outlets named in the sentence; the outlet registry."""
import re
from datetime import date

import pytest

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


@pytest.mark.parametrize("before, report", [
    ("両国の関係はますます深まっています。\n\n", "首相は3日、会談した。両首脳は連携で一致した。"),
    ("まずは報道から見てみましょう。", "首相は3日、会談した。両首脳は連携で一致した。"),
    ("注目されますね。\n\n", "首相は3日、「全力を尽くします」と述べた。"),
])
def test_the_author_s_polite_sentences_before_a_plain_report_stay_the_author_s(before, report):
    ex = extract_text(f"見出し\n\n{before}{report}【7月3日 時事】\n", published=date(2024, 7, 10))
    by_text = {c.text: c.citation for c in ex.claims}
    [own] = [t for t in by_text if t in before]
    assert by_text[own] is None
    assert all(cit == 0 for t, cit in by_text.items() if t in report)


@pytest.mark.parametrize("report", [
    "首相は3日、会談しました。両首脳は連携で一致しました。",         # a report in the polite form, as NHK writes
    "首相は3日、「協力を続けます」と強調した。両首脳は一致した。",     # the polite form inside a quote
])
def test_a_report_gives_no_sign_of_the_author_and_is_covered_whole(report):
    ex = extract_text(f"見出し\n\n両国の関係は深まっている。\n\n{report}【7月3日 時事】\n", published=date(2024, 7, 10))
    assert [c.citation for c in ex.claims] == [0] * len(ex.claims) and len(ex.claims) >= 3


@pytest.mark.parametrize("credit", ["www.asahi.com", "産経新聞"])
def test_a_credit_line_between_the_author_s_polite_words_and_a_plain_report_opens_the_report(credit):
    ex = extract_text(f"見出し\n\n大臣は昨日、記者団の質問に答えました。鋭い受け答えでした。\n\n{credit}\n\n"
                      "「情報収集に万全を期している」。会議では対応を協議した。\n", published=date(2024, 7, 10))
    by_text = {c.text: c.citation for c in ex.claims}
    assert by_text["大臣は昨日、記者団の質問に答えました。"] is None
    assert by_text["会議では対応を協議した。"] == 0 and ex.citations[0].kind == "sourceline"


def test_a_credit_line_closing_plain_report_text_still_closes_it():
    ex = extract_text("見出し\n\n首相は3日、会談した。両首脳は一致した。\n\n産経新聞\n\n私は注目しています。\n",
                      published=date(2024, 7, 10))
    by_text = {c.text: c.citation for c in ex.claims}
    assert by_text["両首脳は一致した。"] == 0 and by_text["私は注目しています。"] is None


@pytest.mark.parametrize("lead", ["円安が続いていますね。以下、記事より。", "まずは政府の発表から。", "ソースはこちら↓"])
def test_a_credit_line_after_a_line_announcing_the_report_opens_it(lead):
    ex = extract_text(f"円安\n\n{lead}\n\n日本経済新聞\n\n観光庁は1日、4月の訪日客数が過去最多だったと発表した。\n",
                      published=date(2024, 5, 10))
    [c] = ex.citations
    assert c.outlet == "nikkei" and c.kind == "sourceline"
    assert [cl.citation for cl in ex.claims] == [None] * (len(ex.claims) - 1) + [0]


def test_a_credit_in_two_lines_under_a_report_still_closes_it():
    ex = extract_text("年頭所感\n\n首相は1日、年頭所感を発表した。「覚悟で取り組む」と表明した。\n\n時事通信 2024年01月01日07時57分\n"
                      "https://www.jiji.com/jc/article?k=1\n", published=date(2024, 1, 1))
    assert all(c.citation is not None for c in ex.claims)


def test_a_credit_line_written_right_over_the_text_below_heads_it():
    ex = extract_text("円安\n\n円安が続いている。影響は大きい。\n\n日本経済新聞\n観光庁は1日、訪日客数が過去最多だったと発表した。\n",
                      published=date(2024, 5, 10))
    by_text = {c.text: c.citation for c in ex.claims}
    assert by_text["影響は大きい。"] is None and by_text["観光庁は1日、訪日客数が過去最多だったと発表した。"] == 0
    ex = extract_text("円安\n\n観光庁は1日、訪日客数が過去最多だったと発表した。\n日本経済新聞\n\n影響は大きい。\n",
                      published=date(2024, 5, 10))
    by_text = {c.text: c.citation for c in ex.claims}
    assert by_text["影響は大きい。"] is None and by_text["観光庁は1日、訪日客数が過去最多だったと発表した。"] == 0


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


@pytest.mark.parametrize("body, speaker, outlet, day", [
    ("時事通信によると、岸田首相は3日、「経済対策を急ぐ」と述べた。", "岸田文雄", "jiji", None),
    ("NHKは5日、北朝鮮が弾道ミサイルを発射したと報じた。", "NHK", "nhk", date(2024, 7, 5)),
    ("共同通信が4日報じたところによると、政府は方針を固めた。", "共同通信", "kyodo", date(2024, 7, 4)),
    ("市長は「工場を閉鎖する」と述べた、と共同通信が9日報じた。", "市長", "kyodo", date(2024, 7, 9)),
    ("市長は2日、「工場を閉鎖する」と述べた、と共同通信が報じた。", "市長", "kyodo", None),
    ("市長は「工場を閉鎖する」と述べたと、共同通信が9日報じた。", "市長", "kyodo", date(2024, 7, 9)),     # no comma after the verb
    ("市長は「工場を閉鎖する」と述べたと共同通信が9日報じた。", "市長", "kyodo", date(2024, 7, 9)),
    # the day of the paper's issue is its report's
    ("7月3日付の朝日新聞によると、市は値上げを決めた。", "朝日新聞", "asahi", date(2024, 7, 3)),
    ("朝日新聞（3日付）によると、市は値上げを決めた。", "朝日新聞", "asahi", date(2024, 7, 3)),
    ("3日付の読売新聞は、市が値上げを決めたと報じた。", "読売新聞", "yomiuri", date(2024, 7, 3)),
    ("3日付で辞任した社長について、朝日新聞によると、後任は未定だ。", "朝日新聞", "asahi", None),
    ("7月3日付朝日新聞朝刊によると、市は値上げを決めた。", "朝日新聞", "asahi", date(2024, 7, 3)),
    # the day a source reported, where it is not the speaker
    ("AFP通信が4日報じたところによると、同国のリンド首相は「増税しない」と述べた。", "リンド", "afp", date(2024, 7, 4)),
    ("ロイター通信が5日に伝えたところによると、同国のリンド首相は「増税しない」と述べた。", "リンド", "reuters", date(2024, 7, 5)),
    ("ロイター通信が7月5日に伝えたところによると、同国のリンド首相は「増税しない」と述べた。", "リンド", "reuters", date(2024, 7, 5)),
    ("共同通信が4日、報じたところによると、同国のリンド首相は「増税しない」と述べた。", "リンド", "kyodo", date(2024, 7, 4)),
    # an outlet described before its name; a paper by the day of its issue; a subject set off by its place
    ("米政府系メディアのボイス・オブ・アメリカによると、同国のリンド首相は「増税しない」と述べた。", "リンド", "voa", None),
    ("5日の東京新聞は、市が値上げを決めたと報じた。", "東京新聞", "tokyo", date(2024, 7, 5)),
    ("東京新聞が一面で、市が値上げを決めたと報じた。", "東京新聞", "tokyo", None),
])
def test_an_outlet_named_in_the_sentence_is_its_citation(body, speaker, outlet, day):
    ex = extract_text(f"政治メモ | ブログ\n\n{body}\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    cit = ex.citations[claim.citation]
    assert (claim.speakers[0].name, cit.outlet, cit.kind, cit.date) == (speaker, outlet, "named", day)
    assert cit.text in body and not any(v.source.kind == "media" for v in claim.via)


@pytest.mark.parametrize("body, outlet, day", [
    ("The talks will resume next week, according to the Associated Press.", "ap", None),
    ("Reuters reported on July 9 that the plant would close.", "reuters", date(2024, 7, 9)),
    ("The minister told Reuters the plan was dead.", "reuters", None),
    ("The plan for the bridge was dead, the minister told Reuters.", "reuters", None),
    ("The court granted a judgment of acquittal last week, as reported by the Associated Press.", "ap", None),
    ("As reported by Reuters, the company cut 500 jobs last week.", "reuters", None),
    ("The company cut 500 jobs, as was first reported by Bloomberg.", "bloomberg", None),
    ("The plant will close in May, as reported in The New York Times.", "nyt", None),
    # a piece of the outlet's: its name after the piece, in lower case "the", or before the piece's noun
    ("According to a report in the Financial Times, the bank will cut 500 jobs.", "ft", None),
    ("According to a New York Times report, the bank will cut 500 jobs.", "nyt", None),
    # what was given to the outlet
    ("The company confirmed the layoffs to CNBC on Tuesday.", "cnbc", None),
    ("In a statement to The Associated Press, the ministry said the talks had failed.", "ap", None),
    ("The mayor told Reuters reporters the talks had failed.", "reuters", None),
    ("Smith said in a telephone call to The Associated Press that the plant would close.", "ap", None),
    ("In comments made to Politico, the senator said the bill would pass.", "politico", None),
    ("In a text message to CNN, the senator said she would vote no.", "cnn", None),
    ("The club confirmed the hiring to CNBC on Tuesday.", "cnbc", None),
    # where the speaker wrote it
    ("Writing in The Atlantic, Jane Doe argues that the policy failed.", "atlantic", None),
    ("In an op-ed for The Washington Post, Jane Doe argued that the policy failed.", "wapo", None),
    # a relaying outlet's own clause dates its report; the date of what was said does not
    ("The mayor said the plant would close, the AP reported on July 9.", "ap", date(2024, 7, 9)),
    ("The mayor said the plant would close, the Associated Press reported Tuesday.", "ap", date(2024, 7, 9)),
    ("On July 2 the mayor said the plant would close, the AP reported.", "ap", None),
    ("The campaign said it raised $127 million, as first reported by Axios on Monday.", "axios", date(2024, 7, 8)),
    ("The mayor said the plan would work, the AP reported ahead of the July 20 vote.", "ap", None),     # the vote's date
    # an outlet that speaks: the day of the event it reports is not the day of its report
    ("A hiker missing for three days was found alive on Sunday, Reuters reported.", "reuters", None),
    ("The hiker was found on Sunday, Reuters reported on Tuesday.", "reuters", date(2024, 7, 9)),
    # the day of a report citing its sources: the reporting clause's, before the citing one
    ("The president will veto the bill, The Washington Post reported Tuesday, citing three officials.", "wapo", date(2024, 7, 9)),
])
@pytest.mark.parametrize("head", ["Talks | Notes", "Talks | The Guardian"])      # a page of another outlet's, too
def test_an_outlet_named_in_an_english_sentence_is_its_citation(body, outlet, day, head):
    ex = extract_text(f"{head}\n\n{body}\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    cit = ex.citations[claim.citation]
    assert (cit.outlet, cit.kind, cit.date) == (outlet, "named", day)


@pytest.mark.parametrize("text, covering, named, day", [
    # a source line crediting the pasted text, which relays the AP
    ("Live updates | Notes\n\nAt least 15 people are in critical condition, the Associated Press reports.\n\n"
     "Source: The Lakeside Herald, July 10, 2024\n", "name:The Lakeside Herald", "ap", None),
    ("Live updates | Notes\n\nAt least 15 people are in critical condition, the Associated Press reported on July 9.\n\n"
     "Source: The Lakeside Herald, July 10, 2024\n", "name:The Lakeside Herald", "ap", date(2024, 7, 9)),
    # a block closed by its report, naming the report it relays
    ("演習メモ\n\nタス通信によると、演習には兵士約9万人が参加した。【7月3日 時事】\n", "jiji", "tass", None),
    ("演習メモ\n\n米紙ニューヨーク・タイムズは2日、演習が延期されると報じた。【7月3日 共同】\n", "kyodo", "nyt", date(2024, 7, 2)),
])
def test_an_outlet_a_covered_sentence_names_as_reporting_it_is_cited_beside_the_covering_report(text, covering, named, day):
    ex = extract_text(text, published=date(2024, 7, 10))
    [claim] = ex.claims
    assert ex.citations[claim.citation].outlet == covering           # the report the text is pasted from
    [also] = (ex.citations[k] for k in claim.also_cited)                # and the one it relays, dated only where it says
    assert (also.outlet, also.kind, also.date) == (named, "named", day)


def test_the_covering_outlet_named_again_in_its_text_is_no_second_report():
    text = ("Builders | Notes\n\nCHICAGO, July 9 (Reuters) - The contractor, Apex Builders, confirmed the findings to "
            "Bloomberg News on Monday, Reuters reported.\n")
    ex = extract_text(text, published=date(2024, 7, 10))
    [claim] = ex.claims
    assert [ex.citations[k].outlet for k in claim.cited_to] == ["reuters", "bloomberg"]


def test_an_outlet_s_piece_a_covered_sentence_gives_as_its_source_is_cited_beside_the_covering_report():
    ex = extract_text("Talks | Notes\n\nCHICAGO, July 9 (Reuters) - According to a New York Times report, the union rejected "
                      "the latest offer on Wednesday.\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    assert [ex.citations[k].outlet for k in claim.cited_to] == ["reuters", "nyt"]


@pytest.mark.parametrize("body", ["Reuters, the news agency, said it would cut 500 jobs.", "A spokesman for the BBC said the plan was dead."])
def test_an_outlet_a_covered_sentence_names_as_a_company_is_not_cited(body):
    ex = extract_text(f"Jobs | Notes\n\n{body}\n\nSource: The Lakeside Herald, July 10, 2024\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    assert ex.citations[claim.citation].outlet == "name:The Lakeside Herald" and claim.also_cited == ()


@pytest.mark.parametrize("text", [
    "政治メモ | ブログ\n\n時事通信によると、西副首相は30日、会合に出席した。西氏は「対策を急ぐ」と述べた。\n\n東氏は「反対だ」と話した。\n",
    "Talks | Notes\n\nAccording to the Associated Press, the minister met the envoys on Monday. He said the talks were useful.\n\n"
    "The mayor said she was against it.\n",
])
def test_an_outlet_given_as_the_source_is_the_report_of_the_statements_after_it_in_its_paragraph(text):
    ex = extract_text(text, published=date(2024, 7, 10))
    first, second, other = ex.claims
    assert first.citation is not None and second.citation == first.citation
    assert ex.citations[first.citation].kind == "named" and other.citation is None


@pytest.mark.parametrize("source", ["according to the Associated Press", "as reported by the Associated Press"])
def test_an_outlet_closing_a_sentence_as_its_source_is_that_sentence_s_report_only(source):
    ex = extract_text(f"Talks | Notes\n\nThe court acquitted the seven defendants last week, {source}. "
                      "The judge found that the evidence was thin.\n", published=date(2024, 7, 10))
    first, second = ex.claims
    assert ex.citations[first.citation].outlet == "ap" and second.citation is None


@pytest.mark.parametrize("body", ["Prices rose, as reported in:", "Prices fell, according to:"])
def test_a_sourcing_phrase_that_names_no_source_makes_no_speaker(body):
    [claim] = extract_text(f"Talks | Notes\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert claim.kind != "reported_speech"


def test_a_round_up_of_papers_each_marked_and_named_over_its_piece_cites_each_piece_to_its_paper():
    ex = extract_text("雑記 | ブログ\n\n■毎日新聞：新しい公園が完成\n\n市は新しい公園を開いた。\n\n■東京新聞：新政権に期待\n\n新政権は協調路線に戻る。\n",
                      published=date(2024, 7, 10))
    assert [(c.text, ex.citations[c.citation].outlet) for c in ex.claims] == [("市は新しい公園を開いた。", "mainichi"), ("新政権は協調路線に戻る。", "tokyo")]


def test_a_round_up_s_item_dated_in_brackets_names_its_paper_and_day():
    ex = extract_text("雑記 | ブログ\n\n■産経新聞（11月19日）：防衛費増額へ\n政府は防衛費を増額する方針を固めた。\n■東京新聞（11月19日）：物価高対策が焦点\n"
                      "物価高対策が国会の焦点になっている。\n", published=date(2024, 11, 20))
    assert [(ex.citations[c.citation].outlet, ex.citations[c.citation].date) for c in ex.claims] == [
        ("sankei", date(2024, 11, 19)), ("tokyo", date(2024, 11, 19))]


def test_a_round_up_s_item_ends_at_the_blank_line_after_it():
    ex = extract_text("雑記 | ブログ\n\n■毎日新聞：新しい公園が完成\n市は新しい公園を開いた。\n■東京新聞：新政権に期待\n新政権は協調路線に戻る。\n\n"
                      "どの新聞も大事な点を見落としている。\n", published=date(2024, 7, 10))
    assert [(c.text, ex.citations[c.citation].outlet if c.citation is not None else None) for c in ex.claims] == [
        ("市は新しい公園を開いた。", "mainichi"), ("新政権は協調路線に戻る。", "tokyo"), ("どの新聞も大事な点を見落としている。", None)]


@pytest.mark.parametrize("line", ["以上は昨日の毎日新聞夕刊の情報だ。", "以上、毎日新聞の記事より", "以上は本日の朝日新聞の情報だが、", "元ネタ：mainichi.jp"])
def test_a_line_saying_where_the_above_comes_from_cites_it(line):
    ex = extract_text(f"メモ\n\n東山外相は会談で、領海侵犯に抗議した。\n\n{line}\n\n以上は私の意見だ。\n", published=date(2024, 7, 10))
    cited = {c.text: c.citation for c in ex.claims}
    assert cited["東山外相は会談で、領海侵犯に抗議した。"] is not None and cited["以上は私の意見だ。"] is None


def test_a_line_whose_speaker_names_an_outlet_introduces_no_text_and_the_sentences_before_it_speak():
    ex = extract_text("Notes | Blog\n\nIn an interview with the Guardian’s reporter, the mayor said:\n\n\"We will cut 600 jobs.\"\n",
                      published=date(2024, 7, 10))
    # no source line: the mayor's words, given in an interview to the Guardian (named, as "told the Guardian" is)
    assert [(c.kind, c.outlet) for c in ex.citations] == [("named", "guardian")]
    assert [(c.speakers[0].name, c.text) for c in ex.claims] == [("the mayor", "\"We will cut 600 jobs.\"")]
    ex = extract_text("Notes | Blog\n\nOthers covered it too. The Guardian’s Jane Roe has this post:\n\nThe company cut 600 jobs.\n",
                      published=date(2024, 7, 10))
    assert [(c.text, c.citation) for c in ex.claims] == [("Others covered it too.", None), ("The company cut 600 jobs.", 0)]


def test_a_negated_line_naming_an_outlet_s_piece_introduces_nothing():
    ex = extract_text("Notes | Blog\n\nYou will never read this in a story in the Guardian:\n\nThe company cut 600 jobs.\n",
                      published=date(2024, 7, 10))
    assert not ex.citations and all(c.citation is None for c in ex.claims)


@pytest.mark.parametrize("credit, outlet", [("(via DealBook)", "DealBook"), ("(h/t Gizmodo)", "Gizmodo"), ("(Source: Reuters)", "Reuters")])
def test_a_labelled_credit_in_parentheses_closing_a_paragraph_cites_it(credit, outlet):
    ex = extract_text(f"Talks | Notes\n\nThe plant will close, the company said. {credit}\n\nNothing else (via the web).\n",
                      published=date(2024, 7, 10))
    first, last = ex.claims
    assert ex.citations[first.citation].outlet_written == outlet and last.citation is None


@pytest.mark.parametrize("tail, outlet", [(", via CNN.", "CNN"), (", via the BBC.", "BBC"), (" — via Sky News.", "Sky News"),
                                          (". H/T: Axios", "Axios"), (". Hat tip: harborgazette.co.uk", "harborgazette.co.uk")])
def test_a_labelled_credit_without_brackets_closing_a_paragraph_cites_it_undated(tail, outlet):
    ex = extract_text(f"Talks | Notes\n\nRep. Dan Cole said he would not seek re-election{tail}\n\nThe data came via email.\n",
                      published=date(2024, 7, 10))
    said, own = ex.claims
    assert (said.kind, [s.name for s in said.speakers]) == ("reported_speech", ["Dan Cole"])
    cited = ex.citations[said.citation]
    assert (cited.outlet_written, cited.date) == (outlet, None) and own.citation is None


@pytest.mark.parametrize("credit, outlet", [("[Source: Financial Times]", "ft"), ("(Reuters)", "reuters"), ("Full story at BBC News", "bbc"),
                                           ("Original story in The Guardian", "guardian")])
def test_a_credit_alone_on_its_line_in_brackets_or_after_where_the_full_story_is_closes_the_paragraph_above(credit, outlet):
    ex = extract_text(f"Talks | Notes\n\nThe FTSE 100 closed at a record high on Tuesday.\n\n{credit}\n", published=date(2024, 7, 10))
    [c] = ex.claims
    assert c.citation is not None and ex.citations[c.citation].outlet == outlet
    assert credit != "(Reuters)" or ex.citations[c.citation].date == date(2024, 7, 10)      # (an agency's credit: the article's day)


@pytest.mark.parametrize("line", ["From Our Readers:", "From the Archives:", "From Senator Ray Duval:", "From Northtown City Council:"])
def test_from_a_name_that_is_no_outlet_s_opens_nothing(line):
    ex = extract_text(f"Notes | Blog\n\n{line}\n\nThe new bike lanes are a disaster.\n", published=date(2024, 7, 10))
    assert all(c.citation is None for c in ex.claims)


def test_a_labelled_name_in_parentheses_that_is_no_known_outlet_cites_nothing():
    ex = extract_text("Notes | Blog\n\nThe vaccine causes autism. (Source: Trust Me)\n\nTaxes rose 90 percent. (via My Uncle)\n")
    assert ex.claims and all(c.citation is None for c in ex.claims)


def test_a_source_that_is_no_outlet_cites_nothing():
    ex = extract_text("政治メモ | ブログ\n\n政府関係者によると、首相は近く表明する。\n", published=date(2024, 7, 10))
    assert ex.claims[0].citation is None and ex.citations == ()


def test_an_outlet_inside_a_cited_report_stays_an_intermediate_source():
    text = "題\n\n****報道****\n\nタス通信によると、プーチン氏は関係を「史上最良」と評価した。【7月3日 時事】\n\n****\n"
    ex = extract_text(text, published=date(2024, 7, 10))
    [claim] = [c for c in ex.claims if c.kind == "reported_speech"]
    assert ex.citations[claim.citation].outlet == "jiji" and [v.source.name for v in claim.via] == ["タス通信"]


@pytest.mark.parametrize("text, kind, outlet, day, covered", [
    # a dated credit line under a headline opens the pasted item below it
    ("雑記 | ブログ\n\n政府、アプリ導入を検討\n2020年4月13日 4時35分 NHKニュース\n\n政府はアプリの導入を検討している。\n\nアプリは近く試される。\n",
     "sourceline", "nhk", date(2020, 4, 13), ["政府はアプリの導入を検討している。", "アプリは近く試される。"]),
    # a credit line after pasted text closes it
    ("雑記 | ブログ\n\n首相は年頭所感を発表した。\n\n時事通信 2023年01月01日07時57分\n\n私は賛成だ。\n",
     "creditline", "jiji", date(2023, 1, 1), ["首相は年頭所感を発表した。"]),
    # 出典 with a source the registry does not know
    ("雑記 | ブログ\n\n市は新しい公園を開いた。\n出典：みなと市民新報\n",
     "creditline", "name:みなと市民新報", None, ["市は新しい公園を開いた。"]),
    ("Notes | Blog\n\nThe company cut 600 jobs.\n\nSource: Associated Press\n",
     "creditline", "ap", None, ["The company cut 600 jobs."]),
    # after a sentence announcing the text quoted below it, a credit line opens that text
    ("雑記 | ブログ\n\n記事は次のように伝えている。\n\n【毎日新聞の記事】\n\n市は新しい公園を開いた。\n",
     "sourceline", "mainichi", None, ["市は新しい公園を開いた。"]),
    ("雑記 | ブログ\n\n以下に引用する。\n\n朝日新聞\n\n市は新しい公園を開いた。\n",
     "sourceline", "asahi", None, ["市は新しい公園を開いた。"]),
    ("Notes | Blog\n\nThe paper put it this way:\n\nThe Guardian\n\nThe company cut 600 jobs.\n",
     "sourceline", "guardian", None, ["The company cut 600 jobs."]),
    ("Notes | Blog\n\nHere is the story as follows.\n\nSource: Associated Press\n\nThe company cut 600 jobs.\n",
     "sourceline", "ap", None, ["The company cut 600 jobs."]),
    ("雑記 | ブログ\n\n以下、記事から引用します。\n\n毎日新聞\n\n市は新しい公園を開いた。\n",
     "sourceline", "mainichi", None, ["市は新しい公園を開いた。"]),
    # a short line naming the outlet first and ending in a colon introduces the text below it
    ("Notes | Blog\n\nFrom the AP:\n\nThe company cut 600 jobs.\n", "sourceline", "ap", None, ["The company cut 600 jobs."]),
    ("Notes | Blog\n\nReuters has the story:\n\nThe company cut 600 jobs.\n", "sourceline", "reuters", None, ["The company cut 600 jobs."]),
    ("Notes | Blog\n\nFrom the Northtown Herald:\n\nThe company cut 600 jobs.\n", "sourceline", "name:Northtown Herald", None,
     ["The company cut 600 jobs."]),         # (a name the registry does not know, in capitals, alone with its label)
    ("雑記 | ブログ\n\n以下のコメントは『毎日新聞』9月30日付から。\n\n市は新しい公園を開いた。\n", "sourceline", "mainichi", date(2023, 9, 30),
     ["市は新しい公園を開いた。"]),
    ("雑記 | ブログ\n\n以下は毎日新聞の記事から。\n\n市は新しい公園を開いた。\n", "sourceline", "mainichi", None, ["市は新しい公園を開いた。"]),
    ("雑記 | ブログ\n\n〔以下のコメントは『毎日新聞』9月30日付に掲載されたものです。〕\n\n市は新しい公園を開いた。\n", "sourceline", "mainichi",
     date(2023, 9, 30), ["市は新しい公園を開いた。"]),
    ("雑記 | ブログ\n\n以下は毎日新聞に掲載された記事です。\n\n市は新しい公園を開いた。\n", "sourceline", "mainichi", None, ["市は新しい公園を開いた。"]),
    ("雑記 | ブログ\n\n毎日新聞によると：\n\n市は新しい公園を開いた。\n", "sourceline", "mainichi", None, ["市は新しい公園を開いた。"]),
    ("雑記 | ブログ\n\n以下、毎日新聞より\n\n市は新しい公園を開いた。\n", "sourceline", "mainichi", None, ["市は新しい公園を開いた。"]),
    # or names it later with a piece of its, no one in the line speaking; as a paragraph's last sentence too
    ("Notes | Blog\n\nThe Guardian’s Jane Roe has this post:\n\nThe company cut 600 jobs.\n", "sourceline", "guardian", None,
     ["The company cut 600 jobs."]),
    ("Notes | Blog\n\nOthers covered it too. Then read the follow-up story in the Guardian, which has these gems:\n\n"
     "The company cut 600 jobs.\n", "sourceline", "guardian", None, ["The company cut 600 jobs."]),
    # the outlet opening the line, its verb's object an abbreviated title (no sentence ends at Sen.), or a paper
    # the registry does not know by its name's form
    ("Notes | Blog\n\nThe Washington Post slammed Sen. Jane Roe in an editorial:\n\n“Roe should resign.”\n", "sourceline", "wapo", None,
     ["“Roe should resign.”"]),
    ("Notes | Blog\n\nThe Northtown Gazette slammed Sen. Jane Roe in an editorial:\n\n“Roe should resign.”\n", "sourceline",
     "name:Northtown Gazette", None, ["“Roe should resign.”"]),
    # a site's host after a label closes the item above it, as its name would
    ("Notes | Blog\n\nThe company cut 600 jobs.\n\nFull Article : guardian.co.uk\n", "creditline", "guardian", None,
     ["The company cut 600 jobs."]),
    ("Notes | Blog\n\nThe company cut 600 jobs.\n\nSource: thestar.com\n", "creditline", "torontostar", None,
     ["The company cut 600 jobs."]),
    ("Notes | Blog\n\nThe company cut 600 jobs.\n\nRead more: guardian.co.uk\n", "creditline", "guardian", None,
     ["The company cut 600 jobs."]),
    # an agency's name after the story's last stop and a dash closes the story
    ("Notes | Blog\n\nThe company cut 600 jobs.\n\nThe plant will close in June 2018. — Bernama\n", "creditline", "bernama", None,
     ["The company cut 600 jobs.", "The plant will close in June 2018."]),
    ("Notes | Blog\n\nThe company cut 600 jobs.\n\n“We will rebuild,” the mayor said. -- Reuters\n", "creditline", "reuters", None,
     ["The company cut 600 jobs.", "“We will rebuild,” the mayor said."]),
    # where to read more names the source of what came before
    ("Notes | Blog\n\nThe company cut 600 jobs.\n\nMore on all of these stories at Extra Bases.\n", "creditline", "name:Extra Bases", None,
     ["The company cut 600 jobs."]),
    ("Notes | Blog\n\nThe company cut 600 jobs.\n\nMore at the Boston Globe.\n", "creditline", "bostonglobe", None,
     ["The company cut 600 jobs."]),
])
def test_a_credit_line_cites_the_text_it_belongs_to(text, kind, outlet, day, covered):
    ex = extract_text(text, published=date(2024, 7, 10))
    [cit] = ex.citations
    assert (cit.kind, cit.outlet, cit.date) == (kind, outlet, day)
    assert [c.text for c in ex.claims if c.citation == 0] == covered


@pytest.mark.parametrize("credit, outlet", [
    ("This story was written by Jane Roe for the Daily Planet's weekly newsletter.", "name:Daily Planet"),
    ("This article originally appeared in The Guardian.", "guardian"),
    ("Reprinted with permission from the Associated Press.", "ap"),
])
def test_a_repost_s_credit_makes_the_page_its_report_but_the_reposter_s_note(credit, outlet):
    ex = extract_text(f"Notes | Archive\n\n{credit} It is kept here because the site is gone.\n\n"
                      "The city opened a new park.\n\nThe mayor said it would stay open late.\n", published=date(2024, 7, 10))
    [cit] = ex.citations
    assert (cit.kind, cit.outlet) == ("repost", outlet)
    by_text = {c.text: c.citation for c in ex.claims}
    assert by_text["The city opened a new park."] == 0 and by_text["The mayor said it would stay open late."] == 0
    assert by_text["It is kept here because the site is gone."] is None


@pytest.mark.parametrize("footer, day", [
    ("This article is republished from The Conversation under a Creative Commons license. Read the original article.", None),
    ("Originally published by The Conversation under a Creative Commons licence.", None),
    ("First published on 19 November 2024 by The Conversation.", date(2024, 11, 19)),
    ("First published on 19 November 2024 by the Northtown Herald.", date(2024, 11, 19)),     # a paper by its name's form
])
def test_a_republishing_footer_names_the_outlet_alone_and_when_it_first_ran(footer, day):
    ex = extract_text(f"Notes | Archive\n\nThe company will cut 600 jobs, the chief executive said.\n\n{footer}\n", published=date(2024, 11, 20))
    [c] = ex.claims
    cit = ex.citations[c.citation]
    assert (cit.outlet, cit.outlet_written) in (("conversation", "The Conversation"), ("name:Northtown Herald", "Northtown Herald"))
    assert day is None or cit.date == day


def test_a_repost_s_credit_keeps_its_date_and_counts_only_opening_a_paragraph():
    ex = extract_text("Notes | Archive\n\nThis story first appeared in The Guardian on March 3, 2024.\n\nThe city opened a park.\n\n"
                      "Officials said the plan failed. This story was written by Jane Roe for the Daily Planet.\n",
                      published=date(2024, 7, 10))
    [cit] = ex.citations
    assert (cit.kind, cit.outlet, cit.date) == ("repost", "guardian", date(2024, 3, 3))


def test_a_sentence_about_a_story_is_no_repost_credit():
    ex = extract_text("Notes | Blog\n\nThe report was published in The Lancet on Monday.\n\nThe city opened a park.\n",
                      published=date(2024, 7, 10))
    assert ex.citations == () and all(c.citation is None for c in ex.claims)


def test_a_line_naming_an_outlet_late_before_a_colon_is_someone_s_speech():
    ex = extract_text("Notes | Blog\n\nIn an interview with CNN, the senator said:\n\nThe budget is a disgrace.\n",
                      published=date(2024, 7, 10))
    # no source line opening what follows: the interview is the senator's, cited to CNN as "told CNN" is
    assert [(c.kind, c.outlet, c.text) for c in ex.citations] == [("named", "cnn", "CNN")]


@pytest.mark.parametrize("text, own", [
    # the author's own words after a pasted report: first person in English, the polite form after a plain report
    ("Notes | Blog\n\nFrom the AP:\n\nThe company cut 600 jobs.\n\nIt said sales fell.\n\nI think the cuts will go deeper.\n",
     "I think the cuts will go deeper."),
    ("Notes | Blog\n\nFrom the AP:\n\nThe company cut 600 jobs.\n\nWe asked the company for comment.\n", "We asked the company for comment."),
    ("雑記 | ブログ\n\n記事は次のように伝えている。\n\n【毎日新聞の記事】\n\n市は新しい公園を開いた。\n\n市長は喜んだ。\n\n公園が増えるのは良いことです。\n",
     "公園が増えるのは良いことです。"),
    # the author in the first person, the plain form too; lines without a blank between them, as pages are copied
    ("雑記 | ブログ\n\n以下、毎日新聞より。\n市は新しい公園を開いた。\n市長は喜んだ。\n私はこの計画に賛成だ。\n", "私はこの計画に賛成だ。"),
    ("Notes | Blog\n\nFrom the AP:\nThe company cut 600 jobs.\nMy take: the cuts will go deeper.\n", "My take: the cuts will go deeper."),
])
def test_a_pasted_report_ends_where_the_author_speaks_again(text, own):
    ex = extract_text(text, published=date(2024, 7, 10))
    by_text = {c.text: c.citation for c in ex.claims}
    assert by_text[own] is None
    pasted = [p.strip() for p in re.split(r"\n+", text) if "。" in p and "市" in p or p.startswith(("The ", "It "))]
    assert pasted and all(by_text[p] == 0 for p in pasted)


def test_first_person_inside_a_quote_or_a_quote_running_on_is_the_report_s():
    text = ('Notes | Blog\n\nFrom the AP:\n\nThe mayor said "we will build more parks."\n\n'
            '"I do not care\n\nabout my critics," he added.\n')
    ex = extract_text(text, published=date(2024, 7, 10))
    assert ex.claims and all(c.citation == 0 for c in ex.claims)


@pytest.mark.parametrize("name", ["Ann Lee", "Ria Patel", "Tass Smith"])
def test_a_first_name_that_is_an_outlet_s_short_name_in_capitals_is_a_person(name):
    ex = extract_text(f"Notes | Blog\n\n{name} said the vote was fair.\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    assert claim.speakers[0].kind == "person" and claim.citation is None


def test_a_masthead_makes_every_statement_the_outlet_s_report():
    ex = extract_text("毎日新聞\n\nメニュー\n\n市は新しい公園を開いた。\n\n市長は「憩いの場に」と話した。\n", published=date(2024, 7, 10))
    [cit] = ex.citations
    assert (cit.kind, cit.outlet, cit.date) == ("publisher", "mainichi", date(2024, 7, 10))
    assert all(c.citation == 0 for c in ex.claims if "市" in c.text)


@pytest.mark.parametrize("line, outlet", [
    ("毎日新聞の配信記事一覧", "mainichi"), ("共同通信の配信記事一覧", "kyodo"), ("時事通信配信記事一覧", "jiji"),
])
def test_a_line_heading_a_page_of_an_outlet_s_stories_is_its_masthead(line, outlet):
    # every story under it, whatever headings and date lines part them, is the outlet's
    ex = extract_text(f"ほぼニュース\n\n{line}\n\n2025年10月02日\n\n県道で乗用車が横転\n\n 1日午後、乗用車が横転した。男性が軽いけがをした。\n\n"
                      "2025年10月01日\n\n市議会が予算を可決\n\n 市議会は30日、予算案を可決した。\n", published=date(2025, 10, 2))
    [cit] = ex.citations
    assert (cit.kind, cit.outlet) == ("publisher", outlet)
    assert all(c.citation == 0 for c in ex.claims if "た。" in c.text) and len(ex.claims) >= 4


@pytest.mark.parametrize("line", [
    "三北日報の配信記事一覧",        # an outlet the registry does not know
    "毎日新聞の記事一覧を見て思ったこと",     # a sentence about such a page
    "Latest news from the city council",
])
def test_a_line_that_names_no_known_outlet_s_stories_is_no_masthead(line):
    ex = extract_text(f"ほぼニュース\n\n{line}\n\n 1日午後、乗用車が横転した。\n", published=date(2025, 10, 2))
    assert not any(c.kind == "publisher" for c in ex.citations) and ex.claims[-1].citation is None


def test_a_line_naming_an_outlet_s_stories_after_the_page_spoke_is_no_masthead():
    ex = extract_text("日記\n\n 今日は雨だった。\n\n毎日新聞の配信記事一覧\n\n 1日午後、乗用車が横転した。\n", published=date(2025, 10, 2))
    assert not any(c.kind == "publisher" for c in ex.citations) and ex.claims[0].citation is None


@pytest.mark.parametrize("line, outlet", [
    ("柳根亨 noel@donga.com", "donga"),                  # a byline's e-mail on the outlet's domain
    ("jp.reuters.com", "reuters"),                        # the outlet's site alone on a line
    ("https://www.jiji.com/jc/article?k=2023010100013&g=pol", "jiji"),
    # a link longer than any credit line's words: one word, however long
    ("https://www.reuters.com/world/europe/the-city-opens-a-new-park-by-the-river-and-plans-two-more-next-year-2024-07-10/", "reuters"),
    ("Source : 社会 – 朝日新聞デジタル", "asahi"),       # a category and the outlet after a label
    ("記事全文はこちら→ https://www.asahi.com/articles/ASS7.html", "asahi"),     # where to read the rest
    ("※この記事は東海テレビの報道をもとに作成しました。", "tokai_tv"),            # what the post was written from
    ("詳細はこちら→ https://www.asahi.com/articles/ASS7.html", "asahi"),
])
def test_a_closing_credit_line_may_name_its_outlet_by_a_link_or_an_address(line, outlet):
    ex = extract_text(f"雑記 | ブログ\n\n市は新しい公園を開いた。\n\n{line}\n", published=date(2024, 7, 10))
    [cit] = ex.citations
    assert (cit.outlet, cit.kind) == (outlet, "creditline") and ex.claims[0].citation == 0


def test_a_wire_s_dateline_in_square_brackets_dates_and_cites_what_follows():
    ex = extract_text("ニュース\n\n写真はイメージ。[パリ 19日 ロイター] - 大統領は「平和だけを考える」と表明した。\n",
                      published=date(2026, 1, 20))
    [cit] = ex.citations
    assert (cit.outlet, cit.kind, cit.date, cit.date_note) == ("reuters", "dateline", date(2026, 1, 19), "year 2026 from published")
    assert ex.claims[-1].citation == 0


def test_a_source_line_in_fields_names_its_outlet_among_dates_and_bylines():
    text = "Forum\n\nDemocrats Go Off the Cliff\nThe Weekly Standard, Volume 008, Issue 41 | 06/30/2003 | David Brooks\n\nRepublicans are asking each other the same question.\n"
    ex = extract_text(text, published=date(2003, 6, 30))
    [cit] = ex.citations
    assert (cit.outlet, cit.kind) == ("weeklystandard", "sourceline") and ex.claims[-1].citation == 0


def test_an_outlet_run_into_a_page_that_lost_its_line_breaks_credits_what_precedes_it():
    text = "韓国外交部は20日、声明を出した。 一方、局長は公使を呼んで抗議した。 聯合ニュース ■要約 ・外交部が抗議\n"
    ex = extract_text(text, published=date(2026, 2, 21))
    [cit] = ex.citations
    assert (cit.outlet, cit.kind) == ("yonhap", "creditline")
    assert [c.citation for c in ex.claims if "抗議した" in c.text] == [0]


@pytest.mark.parametrize("body, outlet", [
    ("テレビ朝日の調査では、支持率が40.9%に下がった。", "tvasahi"),
    ("テレビ朝日の調査でも、支持率が40.9%に下がった。", "tvasahi"),
    ("山田太郎社長は共同通信の取材に答え、「値上げはしない」と述べた。", "kyodo"),
])
def test_an_outlet_s_poll_or_interview_is_the_statement_s_citation(body, outlet):
    ex = extract_text(f"政治メモ | ブログ\n\n{body}\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    assert ex.citations[claim.citation].outlet == outlet


def test_a_survey_named_by_its_head_noun_is_the_source_of_its_figures():
    ex = extract_text("政治メモ | ブログ\n\n党が実施した世論調査では、支持率が40%に下がった。県の集計でも、人口は減った。\n"
                      "世論調査では、反対が多い。\n", published=date(2024, 7, 10))
    assert [(c.text[:6], [s.name for s in c.speakers], c.kind) for c in ex.claims] == [
        ("党が実施した", ["党"], "reported_speech"), ("県の集計でも", ["県"], "reported_speech"),
        ("世論調査では", ["世論調査"], "reported_speech")]


@pytest.mark.parametrize("sentence", ["彼は調査では、何も言わなかった。", "集計では、ミスがあった。", "それは昔の話でもある。",
                                      "山田氏の見方でも構わない。", "たとえ昔の話でも、許されない。", "誰の説明でも、同じだ。",
                                      "雨が降った日に行った調査では、客が少なかった。", "NHKが行ったとされる調査では、支持率は30%だった。"])
def test_a_survey_or_a_view_only_named_in_passing_is_no_source(sentence):
    [claim] = extract_text(f"政治メモ\n\n{sentence}\n", published=date(2024, 7, 10)).claims
    assert claim.kind == "author_assertion"


@pytest.mark.parametrize("credit, outlet, when", [
    ("(2019年3月3日付毎日新聞朝刊)", "毎日新聞", date(2019, 3, 3)),
    ("=1月21日付『毎日新聞』夕刊", "毎日新聞", date(2019, 1, 21)),
    ("=19日付『東西日報』", "東西日報", date(2019, 2, 19)),              # a day alone: the month the page's date gives
    ("(10月27日付朝日新聞朝刊1面に掲載)", "朝日新聞", date(2018, 10, 27)),
])
def test_a_dated_issue_of_a_paper_credits_its_paragraph(credit, outlet, when):
    ex = extract_text(f"新聞の言葉\n\n「頂上まで行ける自信があった」{credit}\n\n冒険家が医師の判断で登頂を断念した。\n",
                      published=date(2019, 2, 20))
    [cit] = ex.citations
    assert (cit.outlet_written, cit.kind, cit.date) == (outlet, "issue", when)
    assert [c.citation for c in ex.claims] == [0, None]        # its own paragraph only


@pytest.mark.parametrize("when", ["", "8日に", "先月", "七月八日に", "7月8日夜に", "2日と3日に"])
def test_a_survey_an_outlet_carried_out_on_a_date_however_written_is_its_report(when):
    [claim] = extract_text(f"政治メモ\n\n毎日新聞が{when}実施した電話調査では、支持率は32%だった。\n", published=date(2024, 7, 10)).claims
    assert [s.name for s in claim.speakers] == ["毎日新聞"] and claim.citation is not None


def test_who_carried_out_a_survey_is_the_last_subject_before_it():
    [claim] = extract_text("政治メモ\n\n朝日新聞が疑問視する県が行った調査では、人口は減った。\n", published=date(2024, 7, 10)).claims
    assert [s.name for s in claim.speakers] == ["県"] and claim.citation is None


def test_the_outlet_that_carried_out_a_survey_speaks_through_it_and_cites_it():
    ex = extract_text("政治メモ\n\n読売新聞が8日に実施した世論調査では、支持率は38%だった。\n"
                      "新しい調査でも、支持率は30%だった。\n", published=date(2024, 7, 10))
    assert [(c.speakers[0].name, ex.citations[c.citation].outlet_written if c.citation is not None else None)
            for c in ex.claims] == [("読売新聞", "読売新聞"), ("article author", None)]


def test_a_quote_its_paragraph_credits_to_a_paper_s_issue_is_the_paper_s_not_the_last_speaker_s():
    ex = extract_text("題\n\n財務相は5日、「増税は避けられない」と述べた。（共同）\n\n「増税論議 与党内に反発」(7月6日付読売新聞朝刊2面)\n",
                      published=date(2024, 7, 8))
    assert [(c.kind, c.speakers[0].name) for c in ex.claims] == [("reported_speech", "財務相"), ("reported_fact", "読売新聞")]
    # who its own paragraph is about still speaks it
    ex = extract_text("題\n\n財務相は5日、記者会見した。「増税は避けられない」(7月6日付読売新聞朝刊)\n", published=date(2024, 7, 10))
    assert [(c.kind, c.speakers[0].name) for c in ex.claims][-1] == ("reported_speech", "財務相")


def test_a_day_alone_is_dated_only_by_the_page_s_own_date_never_by_another_citation():
    text = "題\n\n「方針に変わりない」=19日付『朝日新聞』\n\n「公開済み」(2019年10月27日付朝日新聞朝刊)\n"
    undated = extract_text(text)
    assert [c.date for c in undated.citations] == [None, date(2019, 10, 27)]
    assert any("month of its date cannot be known" in p.message for p in undated.problems)
    assert extract_text(text, published=date(2019, 11, 2)).citations[0].date == date(2019, 10, 19)


@pytest.mark.parametrize("credit", ["(2019年3月3日付なにか朝刊)", "=19日付『　　』", "=32日付『毎日新聞』", "=19日付「頂上」",
                                    "=19日付『毎日新聞」", "=19日付『\t\t』", "=19日付『――』", "=19日付『12』", "=19日付『\u200b\u200b』", "=19日付『\u200bx』", "=19日付『ーー』", "=19日付『x_』",
                                    "=19日付『　　x』", "(2019年2月30日付毎日新聞朝刊)"])
def test_an_issue_credit_needs_a_real_day_and_a_paper_the_registry_knows_or_in_title_brackets(credit):
    ex = extract_text(f"題\n\n首相は「増税はしない」と述べた。{credit}\n", published=date(2019, 3, 4))
    assert not ex.citations


def test_a_report_goes_on_past_an_issue_credit_inside_it():
    ex = extract_text("題\n\n【北京時事】中国外務省は3日、声明を発表した。\n\n「公開済みの文書」(7月2日付毎日新聞朝刊)\n\n"
                      "同省は日本の対応を批判した。\n", published=date(2024, 7, 4))
    assert [ex.citations[c.citation].outlet_written if c.citation is not None else None for c in ex.claims] == ["時事", "毎日新聞", "時事"]


def test_a_bracketed_credit_may_join_outlet_and_date_with_an_equals_sign():
    ex = extract_text("題\n\n歌手の山田さんが結婚を発表した。【モデルプレス＝2026/02/18】\n", published=date(2026, 2, 18))
    [cit] = ex.citations
    assert (cit.outlet_written, cit.date) == ("モデルプレス", date(2026, 2, 18))


# ---------------------------------------------------------------- a page on an outlet's own site

def _cited(ex):
    return [(c.text[:10], ex.citations[c.citation].outlet_written if c.citation is not None else None)
            for c in ex.claims]


def test_a_page_on_an_outlets_site_is_that_outlets_report():
    ex = extract_text("朝日新聞デジタルのニュースサイトです。\n\n首相は「景気を下支えする」と述べた。【7月3日 時事】\n\n"
                      "政府は3日、新たな経済対策を閣議決定した。\n",
                      url="https://www.asahi.com/articles/ABC123.html")
    assert _cited(ex)[-2:] == [("首相は「景気を下支え", "時事"), ("政府は3日、新たな経", "朝日新聞デジタル")]


def test_an_english_page_on_an_outlets_site_is_that_outlets_report():
    ex = extract_text("You are reading AP News.\n\nThe senate passed the bill on Tuesday.\n", url="https://apnews.com/article/abc")
    assert _cited(ex)[-1] == ("The senate", "AP News")


@pytest.mark.parametrize("url", ["https://someone.example.org/blog/1", None])
def test_a_page_elsewhere_is_nobodys_report(url):
    ex = extract_text("朝日新聞デジタルのニュースサイトです。\n\n政府は3日、新たな経済対策を閣議決定した。\n", url=url)
    assert _cited(ex)[-1] == ("政府は3日、新たな経", None)


def test_a_page_that_never_names_its_site_gets_no_anchorless_citation():
    ex = extract_text("政府は3日、新たな経済対策を閣議決定した。\n", url="https://www.asahi.com/articles/ABC123.html")
    assert _cited(ex) == [("政府は3日、新たな経", None)]


def test_a_dateline_goes_on_past_its_own_outlets_photo_credit():
    ex = extract_text("中国外務省が声明\n\n【北京共同】中国外務省は3日、声明を発表した。\n\n"
                      "記者の質問に答える報道官=3日、北京(共同)\n\n同省は日本の対応を批判した。\n")
    assert _cited(ex)[-1] == ("同省は日本の対応を批", "共同")


def test_a_bracket_opening_the_story_covers_what_follows_not_the_headline():
    ex = extract_text("歌手が新曲\n\n【モデルプレス＝2024/07/03】歌手のAさんが新曲を発表した。\n\n"
                      "Aさんは「頑張りたい」と語った。\n")
    assert _cited(ex)[-2:] == [("歌手のAさんが新曲を", "モデルプレス"), ("Aさんは「頑張りたい", "モデルプレス")]


def test_a_pictures_credit_cites_its_caption_and_nothing_else():
    text = ("Title\n\nThe mayor said the town would rebuild.\n\n"
            "Firefighters work at the site of a fire in the harbour on Saturday, officials said. (AP Photo/Jane Roe)\n\n"
            "The council said repairs would take a year.\n")
    ex = extract_text(text)
    by_text = {c.text: c for c in ex.claims}
    caption = next(c for t, c in by_text.items() if t.startswith("Firefighters"))
    assert caption.citation is not None and ex.citations[caption.citation].outlet_written == "AP"
    assert not any(t.startswith("(AP Photo") for t in by_text)          # the credit is no statement
    assert all(by_text[t].citation is None for t in by_text if t.startswith(("The mayor", "The council")))


def test_a_pictures_credit_on_a_line_of_its_own_cites_the_caption_above_it():
    text = "題\n\n市長は「再建を急ぐ」と述べた。\n\n会見する北山市長\n写真=共同通信\n\n市議会は来月審議する。\n"
    ex = extract_text(text, published=date(2024, 7, 10))
    cited = [c.text for c in ex.claims if c.citation is not None]
    assert cited == ["会見する北山市長"]


def test_a_report_goes_on_past_a_picture_credited_to_another_outlet():
    text = ("Title\n\nNORTH HARBOUR (Reuters) - The port authority said on Monday it would close two docks.\n\n"
            "Cranes stand idle at the port. (AP Photo/Jane Roe)\n\n"
            "The authority added that the closure would last a month.\n")
    ex = extract_text(text, published=date(2024, 7, 10))
    last = next(c for c in ex.claims if c.text.startswith("The authority added"))
    assert last.citation is not None and ex.citations[last.citation].outlet_written == "Reuters"


def test_the_same_outlet_credited_again_under_its_dated_credit_line_keeps_the_date():
    ex = extract_text("雑記 | ブログ\n\n政府、アプリ導入を検討\n2020年4月13日 4時35分 NHKニュース\n\n©NHK\n\n政府はアプリの導入を検討している。\n",
                      published=date(2024, 7, 10))
    assert [(c.kind, c.outlet, c.date) for c in ex.citations] == [("sourceline", "nhk", date(2020, 4, 13))] * 2
    claim = next(c for c in ex.claims if c.text == "政府はアプリの導入を検討している。")
    assert ex.citations[claim.citation].date == date(2020, 4, 13)


def test_a_date_written_in_full_is_no_damaged_reading():
    ex = extract_text("雑記 | ブログ\n\n政府、アプリ導入を検討\n2020年1月24日 16時26分 NHK\n\n政府はアプリの導入を検討している。\n",
                      published=date(2024, 7, 10))
    [cit] = ex.citations
    assert cit.date == date(2020, 1, 24) and cit.date_note is None


def test_a_date_line_between_a_pasted_text_and_its_credit_dates_the_credit_and_a_link_after_it_is_the_same_credit():
    ex = extract_text("まとめ\n\n市は新しい公園を開いた。\n\n市長は記念式典で挨拶した。\n\n配信2024年7月3日10時05分\n\n毎日新聞\n\n"
                      "https://mainichi.jp/articles/20240703/k00/00m/040/001000c\n\n私は行ってみたい。\n", published=date(2024, 7, 10))
    first = ex.citations[0]
    assert (first.kind, first.outlet, first.date) == ("creditline", "mainichi", date(2024, 7, 3))
    assert all(c.kind == "creditline" for c in ex.citations), ex.citations
    cited = {c.text: c.citation for c in ex.claims}
    assert cited["市は新しい公園を開いた。"] == 0 and cited["市長は記念式典で挨拶した。"] == 0 and cited["私は行ってみたい。"] is None


def test_a_label_without_a_colon_before_a_word_in_lower_case_names_no_source():
    ex = extract_text("Notes | Blog\n\nSource probes\n\nThe mayor raised taxes.\n", published=date(2024, 7, 10))
    assert not ex.citations and all(c.citation is None for c in ex.claims)


def test_a_portal_s_date_line_credit_and_link_close_the_text_above_them():
    ex = extract_text("まとめ\n\n市は新しい公園を開いた。\n\n市長は記念式典で挨拶した。\n\n7/3(水) 10:05配信\n\n毎日新聞\n\n"
                      "https://news.yahoo.co.jp/articles/abc123\n\n正直、効果は疑問だと思う。\n", published=date(2024, 7, 10))
    first = ex.citations[0]
    assert (first.kind, first.outlet, first.date) == ("creditline", "mainichi", date(2024, 7, 3))
    cited = {c.text: c.citation for c in ex.claims}
    assert cited == {"市は新しい公園を開いた。": 0, "市長は記念式典で挨拶した。": 0, "正直、効果は疑問だと思う。": None}, cited


def test_a_portal_s_link_under_the_line_naming_the_outlet_is_one_credit_the_outlet_s_dated_by_the_link():
    ex = extract_text("掲示板\n\n(回答先: 予算の話 投稿者 名無し 日時 2024 年 7 月 04 日 10:00:00)\n"
                      "□<米国>市議会、新しい予算案を可決|毎日新聞\n"
                      "http://headlines.yahoo.co.jp/hl?a=20240703-00000080-mai-int\n"
                      "<米国>市議会、新しい予算案を可決\n"
                      "市議会は3日、新しい予算案を可決した。市長は「歓迎する」と述べた。\n")
    [cit] = ex.citations
    assert (cit.kind, cit.outlet, cit.date) == ("sourceline", "mainichi", date(2024, 7, 3))
    below = [c for c in ex.claims if c.start > cit.end]
    assert below and all(c.citation == 0 for c in below)


def test_an_article_without_a_date_line_is_dated_by_its_url():
    ex = extract_text("市議会 | ニュース\n\n市議会は新しい予算案を可決した。\n",
                      url="https://www.example.com/news/2024/07/03/budget.html")
    assert ex.article.published == date(2024, 7, 3)
    assert any("from the article's URL" in p.message for p in ex.problems)


@pytest.mark.parametrize("text, speakers, cited, day", [
    # two outlets reporting together: both speak, the claim is cited to a report of each, of the day its sentence gives
    ("Talks | Notes\n\nThe BBC and Reuters reported on July 9 that the plant would close.\n",
     ["BBC", "Reuters"], ["bbc", "reuters"], date(2024, 7, 9)),
    ("Talks | Notes\n\nThe plant would close, according to the BBC and Reuters.\n", ["BBC", "Reuters"], ["bbc", "reuters"], None),
    ("Talks | Notes\n\nThe plant would close, according to the BBC, Reuters and the Associated Press.\n",
     ["BBC", "Reuters", "Associated Press"], ["bbc", "reuters", "ap"], None),
    ("Talks | Notes\n\nAccording to the BBC, Reuters and CNN, the plant would close.\n", ["BBC", "Reuters", "CNN"], ["bbc", "reuters", "cnn"], None),
    # with a serial comma
    ("Talks | Notes\n\nAccording to the BBC, Reuters, and CNN, the plant would close.\n", ["BBC", "Reuters", "CNN"], ["bbc", "reuters", "cnn"], None),
    ("Talks | Notes\n\nThe plant would close, according to the BBC, Reuters, and CNN.\n", ["BBC", "Reuters", "CNN"], ["bbc", "reuters", "cnn"], None),
    # relayed by two outlets: the speaker speaks, both are its reports (no longer intermediates)
    ("Talks | Notes\n\nThe minister said the plant would close, according to the BBC and Reuters.\n",
     ["The minister"], ["bbc", "reuters"], None),
    ("政治メモ | ブログ\n\n共同通信と時事通信は9日、工場が閉鎖されると報じた。\n", ["共同通信", "時事通信"], ["kyodo", "jiji"], date(2024, 7, 9)),
    ("政治メモ | ブログ\n\n共同通信と時事通信によると、工場は閉鎖される。\n", ["共同通信", "時事通信"], ["kyodo", "jiji"], None),
    # joined by や, or by と and 、: each named
    ("政治メモ | ブログ\n\n共同通信や時事通信などによると、工場は閉鎖される。\n", ["共同通信", "時事通信"], ["kyodo", "jiji"], None),
    ("政治メモ | ブログ\n\n共同通信と時事通信、NHKによると、工場は閉鎖される。\n", ["共同通信", "時事通信", "NHK"],
     ["kyodo", "jiji", "nhk"], None),
])
def test_a_joint_attribution_is_cited_to_a_report_of_each_outlet(text, speakers, cited, day):
    ex = extract_text(text, published=date(2024, 7, 10))
    [claim] = ex.claims
    reports = [ex.citations[k] for k in (claim.citation, *claim.also_cited)]
    assert [s.name for s in claim.speakers] == speakers
    assert [(c.outlet, c.date) for c in reports] == [(o, day) for o in cited]
    assert not claim.via


@pytest.mark.parametrize("body", ["Reuters reported on July 9 that the plant would close.",
                                  "Reuters and Reuters reported on July 9 that the plant would close.",
                                  "The plant would close, according to Reuters and Reuters.",
                                  "ロイター通信とロイター通信によると、工場は閉鎖される。"])
def test_one_outlet_is_one_speaker_and_one_citation(body):
    ex = extract_text(f"Talks | Notes\n\n{body}\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    assert [s.name for s in claim.speakers] in (["Reuters"], ["ロイター"])
    assert claim.also_cited == () and ex.citations[claim.citation].outlet == "reuters"


@pytest.mark.parametrize("body, outlet, content", [
    ("According to a Monday report by The Associated Press, the senator told party leaders he would resign.", "ap",
     "he would resign"),
    ("According to a story in The New York Times, the plan for the bridge was dropped.", "nyt", "the plan for the bridge was dropped"),
    ("The plan for the bridge was dropped, according to a story in The New York Times.", "nyt", "The plan for the bridge was dropped"),
])
def test_an_outlet_s_piece_named_as_the_source_cites_the_outlet(body, outlet, content):
    ex = extract_text(f"Talks | Notes\n\n{body}\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    assert (ex.citations[claim.citation].outlet, claim.content) == (outlet, content)


def test_the_place_of_a_source_named_by_according_to_is_no_part_of_what_it_said():
    [claim] = extract_text("Talks | Notes\n\nAccording to officials in Ohio, the plant will close next year.\n",
                           published=date(2024, 7, 10)).claims
    assert (claim.speakers[0].name, claim.content) == ("officials", "the plant will close next year")


@pytest.mark.parametrize("body, outlet", [
    ("The mayor said the plant would close in May, per Axios.", "axios"),
    ("Per a report from Politico, the plant will close in May.", "politico"),
    ("The mayor told CNN's State of the Union that the plant would close in May.", "cnn"),
    ("In an interview with NBC News, the mayor said the plant would close in May.", "nbcnews"),
    ("The mayor said the plant would close in May, The Washington Post first reported.", "wapo"),
])
def test_per_and_interviews_name_the_report_in_the_sentence(body, outlet):
    ex = extract_text(f"Talks | Notes\n\n{body}\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    assert claim.citation is not None and (ex.citations[claim.citation].outlet, ex.citations[claim.citation].kind) == (outlet, "named")


@pytest.mark.parametrize("body", ["Sales were 5 dollars per share, as per usual.", "Prices rose 5 per cent in May."])
def test_per_as_a_rate_or_as_usual_names_no_source(body):
    ex = extract_text(f"Talks | Notes\n\n{body}\n", published=date(2024, 7, 10))
    assert ex.citations == () and [c.kind for c in ex.claims] == ["author_assertion"]


@pytest.mark.parametrize("credit, outlet", [
    ("The Associated Press contributed to this report.", "ap"),
    ("Reuters contributed reporting to this story.", "reuters"),
    ("Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or "
     "redistributed.", "ap"),
    ("Jane Roe contributed to this report.", None),       # a reporter, not an outlet
    ("Reuters contributed reporting.", "reuters"),
    ("Additional reporting by Reuters.", "reuters"),
    ("With reporting from The Associated Press.", "ap"),
    ("Additional reporting by Jane Roe.", None),
    ("Associated Press writer Jane Roe contributed to this report.", "ap"),      # the AP's own wording
    ("Associated Press writers Jane Roe and Tom Hale contributed to this report.", "ap"),
    ("The post Plant to close appeared first on Northfield Ledger.", "name:Northfield Ledger"),     # WordPress's feed footer
    ("Click here to read the original article on Reuters.", "reuters"),
    # an outlet's reporter, a dash before the credit; the outlet a reporter reported for; a site's name whole
    ("— CNN's Jane Roe contributed to this report.", "cnn"),
    ("CNN’s Jane Roe and Tom Hale contributed reporting.", "cnn"),
    ("Reporting by Jane Roe for Reuters.", "reuters"),
    ("Reporting by Jane Roe for the Northfield Ledger.", None),
    ("Originally published on CNN.com", "cnn"),
    # more of the sentences syndicated pieces close with
    ("Material from Reuters was used in this report.", "reuters"),
    ("This story includes reporting from The Associated Press.", "ap"),
    ("This article contains reporting from Reuters and the Associated Press.", "reuters"),
    ("Written by Jane Roe for the Guardian.", "guardian"),
    ("Read the full story at The Washington Post.", "wapo"),
    ("Information from: The Dallas Morning News, http://www.dallasnews.com", "dallasnews"),
    ("Material from the town archive was used in this report.", None),
    ("This story was produced by ProPublica, a nonprofit newsroom.", "propublica"),
    # a copyright line and its holder, whatever boilerplate follows
    ("(c) 2024 Bloomberg L.P.", "bloomberg"),
    ("©2024 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.", "cnn"),
    ("Copyright 2024 NPR. To see more, visit npr.org.", "npr"),
    ("Copyright law changed in 2024.", None),
])
def test_an_outlet_s_credit_after_the_story_cites_it(credit, outlet):
    ex = extract_text(f"Mill news\n\nThe mayor said the plant would close in May.\n\n{credit}\n", published=date(2024, 7, 10))
    said = [c for c in ex.claims if c.kind == "reported_speech"]
    assert [ex.citations[c.citation].outlet if c.citation is not None else None for c in said] == [outlet]
    assert outlet is None or len(ex.claims) == 1        # the credit line says nothing of its own (not "com")


@pytest.mark.parametrize("credit, outlet, day", [
    ("This story was originally published by NPR on November 18, 2024.", "npr", 18),
    ("This article was originally published on Nov. 18, 2024, by Politico.", "politico", 18),
    ("Published Nov. 18, 2024, by The Associated Press", "ap", 18),
    ("This is a Reuters story.", "reuters", None), ("From our partners at NPR:", "npr", None),
    ("This story was originally published by NPR on Monday.", "npr", None),
])
def test_a_credit_opening_the_story_names_its_outlet_and_the_day_it_ran(credit, outlet, day):
    ex = extract_text(f"Mill news\n\n{credit}\n\nThe mayor said the plant would close in May.\n", published=date(2024, 11, 20))
    [claim] = [c for c in ex.claims if c.kind == "reported_speech"]
    cited = ex.citations[claim.citation]
    assert (cited.outlet, cited.kind) == (outlet, "repost") and (day is None or cited.date == date(2024, 11, day))
    assert len(ex.claims) == 1


def test_a_repost_s_credit_with_the_headline_it_ran_under():
    ex = extract_text("Mill news\n\nThis article originally appeared on USA TODAY: Plant to close for good\n\n"
                      "The mayor said the plant would close in May.\n", published=date(2024, 7, 10))
    [claim] = [c for c in ex.claims if c.kind == "reported_speech"]
    assert (ex.citations[claim.citation].outlet, ex.citations[claim.citation].kind) == ("usatoday", "repost")


def test_a_quoting_mark_is_no_part_of_the_speaker():
    ex = extract_text("Notes | Blog\n\nFrom the AP:\n\n> The mayor said the plant would close in May.\n\n"
                      ">> Jane Roe said the union would strike.\n", published=date(2024, 7, 10))
    assert [(c.speakers[0].name, c.mention) for c in ex.claims if c.kind == "reported_speech"] == [
        ("The mayor", "The mayor"), ("Jane Roe", "Jane Roe")]


@pytest.mark.parametrize("name", ["outlets.json", "entities.json"])
def test_a_registry_names_each_key_once(name):
    import json
    from importlib import resources

    objects: list[list[str]] = []       # each object's keys, the whole file's last
    json.loads(resources.files("tracker").joinpath("data", name).read_text("utf-8"),
               object_pairs_hook=lambda pairs: objects.append([k for k, _ in pairs]) or dict(pairs))
    top = objects[-1]
    assert len(top) == len(set(top)), "a key written twice: the first is silently lost"


@pytest.mark.parametrize("written, outlet", [("the Los Angeles Times", "latimes"), ("MEET THE PRESS", "nbcnews"), ("Face the Nation", "cbsnews")])
def test_an_outlet_after_the_and_a_programme_by_its_network(written, outlet):
    from tracker.lexicon import find_outlet

    assert find_outlet(written).key == outlet


def test_where_to_read_the_rest_closes_the_item_above_whatever_stands_under_it():
    """A news blog's items, each closed by "Full Article :" and a host, its own posting line under it."""
    ex = extract_text("News | Blog\n\nFlood toll rises\n\nAid workers are still struggling to feed thousands.\n\n"
                      "Full Article : guardian.co.uk\nHaiti on 09.30.04 @ 01:46 PM CST [link]\n\nTrade benefits few\n\n"
                      "Many countries failed to earn the expected benefits, a U.N. report said today.\n\n"
                      "Read more: thestar.com\nAfrica on 09.30.04 @ 08:47 AM CST [link]\n", published=date(2004, 9, 30))
    outlet = {c.text: ex.citations[c.citation].outlet for c in ex.claims if c.citation is not None}
    assert outlet["Aid workers are still struggling to feed thousands."] == "guardian"
    assert outlet["Many countries failed to earn the expected benefits, a U.N. report said today."] == "torontostar"


def test_an_outlet_whose_name_holds_its_domain_s_stop_is_known_by_it():
    ex = extract_text("台風が接近中\n\n10/9(水) 21:10配信\n\nFNN.jpプライムオンライン\n\n台風19号が日本列島に接近している。\n",
                      published=date(2019, 10, 9))
    [cit] = ex.citations
    assert cit.outlet == "fnn" and [c.citation for c in ex.claims if "接近している" in c.text] == [0]


def test_a_known_name_taken_whole_is_only_the_registry_s_own_name():
    """"…ニュースレターより" under a passage is no closing credit of the passage above (a source line
    of what follows it, if anything); only a name the registry holds as written is taken whole."""
    ex = extract_text("雑記 | ブログ\n\n市は新しい公園を開いた。\n\nニューヨークタイムズ・ニュースレターより\n1.音楽の話\n【記事要旨】\n"
                      " 批評家は「音楽は変わった」と語った。\n",
                      published=date(2024, 7, 10))
    park = next(c for c in ex.claims if "公園" in c.text)
    assert park.citation is None


def test_a_blog_s_posting_lines_are_no_statements_of_the_next_item_s_outlet():
    ex = extract_text("Weekend links\n\nPolice said two people were arrested after the protest.\nFull article: theguardian.com\n"
                      "Posted by Ken at 10:02 PM\n\nThe mayor said the bridge would reopen in May.\nRead more: reuters.com\n"
                      "Posted on March 10, 2024 by Ken\n\nHaiti on 09.30.04 @ 01:46 PM CST [link]\n", published=date(2024, 3, 10))
    assert [c.text for c in ex.claims] == ["Police said two people were arrested after the protest.",
                                           "The mayor said the bridge would reopen in May."]
    assert [ex.citations[c.citation].outlet for c in ex.claims] == ["guardian", "reuters"]


@pytest.mark.parametrize("opinion", ["Honestly, I think they are too cautious.", "In my view, the region is heading for a slowdown."])
def test_the_author_s_own_view_above_a_credit_is_no_part_of_the_report(opinion):
    ex = extract_text(f"Notes\n\nThe central bank kept rates at 5% on Thursday, the BBC said.\n\n{opinion}\n\nSource: bbc.co.uk\n",
                      published=date(2024, 3, 10))
    own = next(c for c in ex.claims if c.text == opinion)
    assert own.kind == "author_opinion" and own.citation is None


@pytest.mark.parametrize("text, said, outlet", [
    ("Notes\n\nThe yen fell to 160 per dollar, the ministry said.\n\nRead more:\nhttps://www.japantimes.co.jp/business/2024/04/29/yen-falls/\n\n"
     "The mayor said the bridge would reopen in May.\n", "The yen fell to 160 per dollar, the ministry said.", "japan_times"),
    ("雑記\n\n植田総裁は「注視する」と述べた。\n\n続きは\nhttps://www3.nhk.or.jp/news/html/20240312/k100.html\n\n神田財務官は「適切に対応する」と述べた。\n",
     "植田総裁は「注視する」と述べた。", "nhk"),
    ("雑記\n\n神田財務官は「適切に対応する」と述べた。\n\n続きは日本経済新聞で\n", "神田財務官は「適切に対応する」と述べた。", "nikkei"),
])
def test_where_to_read_the_rest_on_its_own_line_over_the_link_closes_the_text_above(text, said, outlet):
    ex = extract_text(text, published=date(2024, 4, 29))
    cited = {c.text: ex.citations[c.citation].outlet for c in ex.claims if c.citation is not None}
    assert cited == {said: outlet}


@pytest.mark.parametrize("host, outlet", [("thestar.com.my", "thestar_my"), ("www.thestar.com", "torontostar"),
                                          ("www.politifact.com", "politifact"), ("www.snopes.com", "snopes"),
                                          ("fullfact.org", "fullfact"), ("www.factcheckcenter.jp", "jfc")])
def test_a_fact_checker_s_or_a_paper_s_site_names_it(host, outlet):
    """Fact-checkers are outlets too, and a country's domain is not another country's paper's."""
    ex = extract_text(f"Notes | Blog\n\nThe senator's figure on wages was wrong, the review found.\n\nSource: https://{host}/2024/07/wages\n",
                      published=date(2024, 7, 10))
    [cit] = ex.citations
    assert cit.outlet == outlet
    assert [c.citation for c in ex.claims] == [0]


def test_according_to_a_fact_checker_cites_it():
    ex = extract_text("Notes | Blog\n\nThe photo was taken in 2015, according to PolitiFact.\n", published=date(2024, 7, 10))
    assert [ex.citations[c.citation].outlet for c in ex.claims if c.citation is not None] == ["politifact"]


def test_an_outlet_speaking_in_a_sentence_s_second_statement_is_its_report():
    """The outlet named at the sentence's head speaks its second statement too: its report, though
    its name stands before the first (whose speaker, a show's guest, is someone else)."""
    ex = extract_text("テレビ局が説明\n\nTBSは、出演者が「事実と異なる」と主張していることについて、「番組の内容に問題はない」と説明した。\n",
                      published=date(2024, 7, 10))
    guest, answer = ex.claims
    assert [(s.name, s.kind) for s in guest.speakers] == [("出演者", "anonymous")]
    assert [(s.name, s.kind) for s in answer.speakers] == [("TBS", "media")]
    assert ex.citations[answer.citation].outlet == "tbs"


@pytest.mark.parametrize("line, outlet", [("Jane Roe told Reuters:", "reuters"), ("Jane Roe told The Associated Press:", "ap"),
                                          ("In an interview with CNN, Jane Roe said:", "cnn")])
def test_a_line_announcing_what_someone_told_an_outlet_cites_it(line, outlet):
    """The outlet named on the line that announces the quote below is the report of that quote,
    as it is where the quote shares the sentence (Jane Roe told Reuters, "…")."""
    for below in ("\"The budget is a disgrace.\"", "The budget is a disgrace."):
        ex = extract_text(f"Notes | Blog\n\n{line}\n\n{below}\n", published=date(2024, 7, 10))
        [claim] = ex.claims
        assert (claim.speakers[0].name, claim.text) == ("Jane Roe", below)
        assert ex.citations[claim.citation].outlet == outlet
    ex = extract_text(f"Notes | Blog\n\n{line}\n\nThe budget is a disgrace. We will fight it.\n", published=date(2024, 7, 10))
    assert [(c.speakers[0].name, ex.citations[c.citation].outlet) for c in ex.claims] == [("Jane Roe", outlet)] * 2


@pytest.mark.parametrize("body, outlet", [
    ("The council met on Monday, officials said (via example-news.com).", "name:example-news.com"),
    ("The pool will close in June (h/t harborgazette.co.uk)", "name:harborgazette.co.uk"),
    ("Sales fell 20 percent last year (via Axios.com).", "axios"),       # the registry's, by its domain
])
def test_a_labelled_credit_naming_a_site_by_its_address_cites_it_known_or_not(body, outlet):
    ex = extract_text(f"Talks | Notes\n\n{body}\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    assert ex.citations[claim.citation].outlet == outlet


def test_a_labelled_credit_naming_no_site_and_no_known_outlet_cites_nothing():
    ex = extract_text("Talks | Notes\n\nThe pool will close in June (via Jane Roe).\n", published=date(2024, 7, 10))
    assert [c.citation for c in ex.claims] == [None]


@pytest.mark.parametrize("head", ["", "Rates rise again\n\n"])
def test_a_line_announcing_an_outlet_s_words_cites_them_and_is_no_title(head):
    ex = extract_text(f"{head}Here is what the Reuters report says:\n\n> The central bank raised its key rate on Thursday.\n\n"
                      "My take: this came too late.\n", published=date(2024, 7, 10))
    by = {c.text: c for c in ex.claims}
    quoted = by["The central bank raised its key rate on Thursday."]
    assert quoted.speakers[0].name == "Reuters" and ex.citations[quoted.citation].outlet == "reuters"
    assert by["My take: this came too late."].citation is None


def test_a_line_saying_what_an_outlet_s_piece_says_is_the_source_line_of_the_whole_block_below():
    ex = extract_text("Title\n\nHere is what the Reuters report says:\n\n> The council voted 5-2 on Tuesday to award the contract. "
                      "\"This is a good deal,\" council chair Ann Pryor said.\n\nFrankly, I doubt it.\n", published=date(2024, 7, 10))
    outlets = [ex.citations[c.citation].outlet if c.citation is not None else None for c in ex.claims]
    assert outlets == ["reuters", "reuters", None]          # Ann Pryor's words too: the block is Reuters'


@pytest.mark.parametrize("credit, day", [("(via DealBook)", None), ("(Reuters)", date(2024, 7, 9))])
def test_a_credit_saying_where_the_words_came_from_is_not_dated_by_the_article(credit, day):
    ex = extract_text(f"Harbor news\n\nThe council postponed its vote until August. {credit}\n", published=date(2024, 7, 9))
    [claim] = ex.claims
    assert ex.citations[claim.citation].date == day         # (Reuters): the wire's report, the article's own



@pytest.mark.parametrize("credit", ["(source: survey.pdf)", "(via Node.js)", "(per Dr.Lee)"])
def test_a_labelled_credit_naming_a_file_or_a_name_with_a_stop_is_no_site(credit):
    ex = extract_text(f"Talks | Notes\n\nSales fell 20 percent last year {credit}.\n", published=date(2024, 7, 10))
    assert [c.citation for c in ex.claims] == [None]


def test_each_report_an_outlet_speaks_below_an_announcing_line_is_its_own():
    ex = extract_text("Plant closures\n\nHere is what we know so far:\n\nThe plant closed, Reuters reported on Monday. "
                      "Workers were sent home, Reuters reported on Tuesday.\n", published=date(2024, 7, 10))
    assert [ex.citations[c.citation].date for c in ex.claims if c.citation is not None] == [date(2024, 7, 8), date(2024, 7, 9)]



def test_an_outlet_that_speaks_below_the_line_announcing_it_cites_its_report():
    ex = extract_text("x\n\nCNNは5日、以下のように報じた。\n\n「米政府は関税を引き上げる」と伝えた。\n", published=date(2025, 7, 10))
    assert [ex.citations[c.citation].outlet for c in ex.claims] == ["cnn", "cnn"]


@pytest.mark.parametrize("body, outlets, day", [
    ("政府は補助金を延長する方針を固めたと、NHKが5日報じた。", ["nhk"], date(2024, 7, 5)),
    ("政府は補助金を延長する方針を固めたと5日、NHKが報じた。", ["nhk"], ...),        # (its day not read yet)
    ("政府は減税を検討している、と朝日新聞、毎日新聞、共同通信が報じた。", ["asahi", "mainichi", "kyodo"], None),
    ("朝日、毎日、共同は5日、政府が減税を検討していると報じた。", ["asahi", "mainichi", "kyodo"], date(2024, 7, 5)),
])
def test_an_outlet_reporting_after_the_quotative_with_its_day_or_in_a_list_is_the_citation(body, outlets, day):
    ex = extract_text(f"メモ\n\n{body}\n", published=date(2024, 7, 10))
    [c] = ex.claims
    assert [ex.citations[k].outlet for k in c.cited_to] == outlets and day in (..., ex.citations[c.citation].date)


@pytest.mark.parametrize("body", ["Writing in his diary, Jane Doe said the policy failed.",
                                  "The minister confirmed plans to visit Paris.", "In a letter to the editor, Jane Roe said the park was dirty.",
                                  "In a message to CNN staff, the network's chief executive said layoffs were coming.",
                                  "Veteran reporter Ann Cole confirmed her move to Politico in a post on Friday."])
def test_writing_in_or_giving_to_what_is_no_outlet_cites_nothing(body):
    [claim] = extract_text(f"Notes\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert claim.kind == "reported_speech" and claim.citation is None


@pytest.mark.parametrize("body, outlet, day", [
    ("The agency will cut 500 jobs in May. It will also close two offices. Politico first reported the cuts.", "politico", None),
    ("The agency will cut 500 jobs in May.\n\nPolitico was the first to report the cuts.", "politico", None),     # the paragraph above
    ("The city plans a new bridge. The plan was first reported by The Boston Globe on July 3.", "bostonglobe", date(2024, 7, 3)),
    ("The city plans a new bridge. News of the plan was first reported by the Boston Globe.", "bostonglobe", None),
    ("The city plans a new bridge. Axios broke the news.", "axios", None),
])
def test_a_sentence_naming_who_reported_it_first_cites_what_precedes_it(body, outlet, day):
    ex = extract_text(f"Notes\n\n{body}\n", published=date(2024, 7, 10))
    claims = [c for c in ex.claims if c.kind != "author_assertion"]
    assert claims and len(ex.claims) == len(claims) == body.count(".") - 1      # the credit is no statement of its own
    for c in claims:
        cit = ex.citations[c.citation]
        assert (cit.outlet, cit.kind, cit.date) == (outlet, "firstreport", day) and not c.also_cited


def test_who_reported_it_first_is_relayed_by_the_report_the_text_stands_in():
    ex = extract_text("Acme in talks\n\nNEW YORK (Reuters) - Acme is in talks to buy Widget. The Wall Street Journal first reported "
                      "the talks.\n\nAcme declined to comment.\n", published=date(2024, 7, 10))
    talks, declined = ex.claims
    assert [ex.citations[k].outlet for k in talks.cited_to] == ["reuters", "wsj"]
    assert [ex.citations[k].outlet for k in declined.cited_to] == ["reuters"]


@pytest.mark.parametrize("body, outlet", [
    ("The agency plans to cut 200 jobs, two officials told Reuters on Monday. Politico first reported the cuts.", "reuters"),
    ('"Nobody told us," said union chief Bob Lee. Axios broke the news.', None),
])
def test_what_someone_said_on_the_record_is_not_the_news_another_outlet_had_first(body, outlet):
    ex = extract_text(f"Notes\n\n{body}\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    assert (ex.citations[claim.citation].outlet if claim.citation is not None else None) == outlet


def test_an_outlet_named_again_after_another_outlet_is_read_without_error():
    ex = extract_text("T\n\nThe minister knew, The Guardian reported.\n\nThe paper said aides were warned.\n\n"
                      "The Washington Post reported that the aides left.\n", published=date(2024, 7, 10))
    assert [ex.citations[c.citation].outlet for c in ex.claims] == ["guardian", "guardian", "wapo"]


@pytest.mark.parametrize("body", [
    "The mayor resigned. It was first reported by residents.",        # no outlet
    "The fire spread fast. The blaze was first reported by a neighbor.",
    "The council met on Monday. The Boston Globe reported on the meeting and its vote.",    # a report about, not a credit
])
def test_a_sentence_that_names_no_outlet_as_first_to_report_credits_nothing(body):
    ex = extract_text(f"Notes\n\n{body}\n", published=date(2024, 7, 10))
    assert all(ex.citations[c.citation].kind != "firstreport" for c in ex.claims if c.citation is not None)


@pytest.mark.parametrize("body", ["AFP通信が4日報じたところによると、同国のリンド首相は「増税しない」と述べた。",
                                  "ロイター通信が4日に伝えたところによると、同国のリンド首相は「増税しない」と述べた。"])
def test_the_day_a_source_reported_dates_its_report_not_what_was_said(body):
    ex = extract_text(f"メモ\n\n{body}\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    assert ex.citations[claim.citation].date == date(2024, 7, 4) and claim.date is None


def test_a_wire_s_dateline_run_into_a_page_copied_without_line_breaks_opens_its_story():
    ex = extract_text("メモ\n\n会見する長官/提供写真 ワシントン(CNN) 米国のリンド国務長官は3日、「交渉を続ける」と述べた。"
                      "同氏は「急がない」とも語った。\n", published=date(2024, 7, 10))
    said = [c for c in ex.claims if c.kind == "reported_speech"]
    assert len(said) == 2 and all((ex.citations[c.citation].outlet, ex.citations[c.citation].kind) == ("cnn", "dateline") for c in said)
    assert all(c.citation is None for c in ex.claims if c.kind != "reported_speech")      # the caption before it is not CNN's


@pytest.mark.parametrize("body, outlet", [
    ("ゼレンスキー大統領は3日夜のビデオ演説で、「防空の強化が急務だ」と訴えた。＝共同", "kyodo"),     # a wire's sign, not a caption's
    ("首相は記者団に「今は何も決めていない」と語った。（毎日新聞より引用）", "mainichi"),
    ("首相は記者団に「今は何も決めていない」と語った。（毎日新聞から抜粋）", "mainichi"),
])
def test_a_credit_closing_a_paragraph_as_blogs_and_wires_write_it(body, outlet):
    ex = extract_text(f"メモ\n\n{body}\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    assert claim.kind == "reported_speech" and ex.citations[claim.citation].outlet == outlet


@pytest.mark.parametrize("body, speakers", [
    ("林官房長官は「遺憾だ」と述べる一方、外務省幹部は「抗議は当然だ」と語った。", ["林", "外務省幹部"]),
    ("林官房長官は「遺憾だ」と述べた一方で、外務省幹部は「抗議は当然だ」と語った。", ["林", "外務省幹部"]),
])
def test_two_speakers_set_against_each_other_in_one_sentence_are_two_claims(body, speakers):
    assert [c.speakers[0].name for c in extract_text(f"メモ\n\n{body}\n", published=date(2024, 7, 10)).claims] == speakers


def test_a_telephone_interview_with_an_outlet_cites_it():
    ex = extract_text("メモ\n\n元選手の鈴木さんは共同通信の電話取材に応じ、「信じられない」と話した。\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    assert ex.citations[claim.citation].outlet == "kyodo"


def test_the_day_of_a_report_that_relays_a_statement_is_not_the_statement_s():
    ex = extract_text("Notes\n\nThe campaign said it raised $127 million, as first reported by Axios on Monday.\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    assert ex.citations[claim.citation].date == date(2024, 7, 8) and claim.date is None


@pytest.mark.parametrize("body, speaker", [
    ('The airline is cutting 500 jobs, Bloomberg reported on Monday. A spokesperson told the outlet that the cuts were "painful".',
     "A spokesperson"),
    ("The Times of London reported Sunday that the minister would quit. The paper said she had told the prime minister.", "The Times"),
])
def test_an_outlet_named_again_by_what_it_is_is_the_same_report(body, speaker):
    ex = extract_text(f"Notes\n\n{body}\n", published=date(2024, 7, 10))
    first, again = ex.claims
    assert again.citation == first.citation and again.speakers[0].name == speaker


def test_the_station_told_is_the_station_that_reported():
    ex = extract_text("Notes\n\nA Dayton man won $1 million in the state lottery, CNN reported. The winner told the station he plans to retire.\n",
                      published=date(2024, 7, 10))
    first, again = ex.claims
    assert again.citation == first.citation and again.speakers[0].name == "The winner"


@pytest.mark.parametrize("body", ["The winner told the station he plans to retire.",
                                  "The mayor said the plant will close, Reuters reported. The mayor went to the station on Monday."])
def test_the_station_is_no_outlet_unless_told_one_of_its_kind(body):
    ex = extract_text(f"Notes\n\nThe plant will close, The Washington Post reported. {body}\n", published=date(2024, 7, 10))
    assert ex.claims[-1].citation is None


@pytest.mark.parametrize("body, speaker", [
    ("米紙ワシントン・ポストは3日、大統領が辞任を検討していると報じた。同紙によると、大統領は側近に「もう疲れた」と漏らしたという。", "大統領"),
    ("米紙ワシントン・ポストは3日、大統領が辞任を検討していると報じた。一方、ＮＨＫは別の見方を伝えた。同紙によると、双方は協議を続けている。",
     "The Washington Post"),         # the last paper, past a broadcaster
    ("米紙ワシントン・ポストは3日、大統領が辞任を検討していると報じた。同紙の取材に対し、補佐官は「事実無根だ」と語った。", "補佐官"),
    ("英ＢＢＣ放送は5日、交渉が決裂したと伝えた。同放送によると、双方は再開の日程も決めていない。", "BBC"),
])
def test_the_same_outlet_named_again_in_japanese_is_its_report(body, speaker):
    ex = extract_text(f"メモ\n\n{body}\n", published=date(2024, 7, 10))
    first, *_, again = ex.claims
    assert again.citation is not None and ex.citations[again.citation].outlet == ex.citations[first.citation].outlet
    assert again.speakers[0].name == speaker and not any(v.source.kind == "media" for v in again.via)


@pytest.mark.parametrize("body", [
    "米ＣＮＮは3日、大統領が辞任を検討していると報じた。同紙によると、双方は協議を続けている。",       # a broadcaster is no paper
    "米紙ワシントン・ポストは3日、大統領が辞任を検討していると報じた。首相は4日、「同紙の報道は誤りだ」と述べた。",   # inside what is said
])
def test_the_same_paper_is_no_broadcaster_nor_named_inside_what_is_said(body):
    ex = extract_text(f"メモ\n\n{body}\n", published=date(2024, 7, 10))
    assert ex.claims[-1].citation is None


@pytest.mark.parametrize("body, cited", [
    ("ロイター通信は関係筋の話として、同社が人員削減を計画していると報じた。関係筋の一人は「規模は未定だ」と述べたという。", True),
    ("時事通信は3日、首相が解散を検討していると報じた。野党幹部は「受けて立つ」と語ったとのことだ。", True),
    ("ロイター通信は関係筋の話として、同社が人員削減を計画していると報じた。私は社長が「規模は未定だ」と述べたと聞いた。", False),
    ("ロイター通信は関係筋の話として、同社が人員削減を計画していると報じた。\n\n社長は「規模は未定だ」と述べたという。", False),
])
def test_what_is_told_on_as_heard_after_an_outlet_s_report_in_its_paragraph_is_that_report_s(body, cited):
    ex = extract_text(f"メモ\n\n{body}\n", published=date(2024, 7, 10))
    first, again = ex.claims
    assert (again.citation == first.citation) is cited


@pytest.mark.parametrize("body, outlet", [
    ("The ministry denied the claims in a statement carried by the state news agency IRNA.", "irna"),
    ("In a statement carried by the official KCNA news agency, the ministry said the drills were a provocation.", "kcna"),
])
def test_what_an_outlet_carried_or_published_is_cited_to_it(body, outlet):
    ex = extract_text(f"Notes\n\n{body}\n", published=date(2024, 7, 10))
    [c] = ex.claims
    assert ex.citations[c.citation].outlet == outlet


def test_an_agency_named_again_is_no_news_agency():
    ex = extract_text("Notes\n\nThe plant will close, Reuters reported. The Environmental Protection Agency said the site was safe. "
                      "The agency said it would inspect it.\n", published=date(2024, 7, 10))
    assert ex.claims[-1].citation is None


@pytest.mark.parametrize("credit", ["引用：毎日新聞デジタル", "出典：毎日新聞", "（毎日新聞より引用）"])
def test_a_credit_naming_where_the_words_came_from_bears_no_date_of_the_article(credit):
    ex = extract_text(f"メモ\n\n首相は記者団に「今は何も決めていない」と語った。\n\n{credit}\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    cit = ex.citations[claim.citation]
    assert cit.outlet == "mainichi" and cit.date is None


@pytest.mark.parametrize("body", [
    "The plant will close, The Washington Post reported. Dr. Kim later published a paper on the virus. The paper said infections would rise.",
    "The plant will close, CNN reported. The paper said aides were warned.",       # a broadcaster is no paper
])
def test_the_paper_is_no_outlet_of_another_kind_nor_one_another_paper_came_between(body):
    ex = extract_text(f"Notes\n\n{body}\n", published=date(2024, 7, 10))
    assert ex.claims[-1].citation is None


@pytest.mark.parametrize("body", [
    "The mayor said the stadium will close next year. The Times broke the record.",
    "Officials said the river flooded the town. The Guardian broke the rules.",
    "Reuters reported the deal on Monday.\n\nThe mayor said the city would sell the land to the paper mill.",
    "Reuters reported the deal on Monday.\n\nThe council will vote, according to the paper trail.",
])
def test_an_outlet_breaking_a_record_or_a_paper_mill_cites_nothing_around_it(body):
    ex = extract_text(f"Notes\n\n{body}\n", published=date(2024, 7, 10))
    last = ex.claims[-1] if "Reuters" in body else ex.claims[0]
    assert last.citation is None


def test_a_sentence_ending_before_a_place_and_an_outlet_opens_no_dateline():
    ex = extract_text("ブログ記事\n\n市長は「税金を上げる」と述べた。 ソウル(ロイター) 関連の話題です。\n\n知事は「道路を直す」と語った。\n",
                      published=date(2024, 7, 10))
    assert all(c.citation is None for c in ex.claims)


def test_the_author_in_the_first_person_before_a_closing_credit_is_no_part_of_the_report():
    ex = extract_text("雑記 | ブログ\n\n私はこの政策に賛成だ。北町首相は19日、「賃上げを実現する」と述べた。【11月19日 時事】\n", published=date(2024, 11, 20))
    assert [(c.text, c.citation) for c in ex.claims] == [("私はこの政策に賛成だ。", None), ("北町首相は19日、「賃上げを実現する」と述べた。", 0)]


@pytest.mark.parametrize("credit", ["Reporting by Mary Finch for Reuters.", "— CNN's Tom Pell contributed to this report."])
def test_the_author_s_own_words_after_a_closing_credit_are_no_part_of_the_report(credit):
    ex = extract_text(f"Notes | Blog\n\nFrom Reuters:\nThe union said the cuts would cost 300 jobs.\n{credit}\nMy take: the cuts will go deeper.\n",
                      published=date(2024, 7, 10))
    own = next(c for c in ex.claims if c.text.startswith("My take"))
    assert own.citation is None and own.speakers[0].kind == "author"


def test_a_transcript_s_header_naming_its_programme_still_covers_every_turn_in_the_first_person():
    ex = extract_text("THIS IS A RUSH TRANSCRIPT FOR 'THIS WEEK' ON March 4, 2024\n\nROE: I will vote for it.\n\nLEE: We will not.\n",
                      published=date(2024, 3, 5))
    assert [c.citation for c in ex.claims] == [0, 0]


def test_a_hat_tip_closing_the_last_paragraph_cites_nothing_above_it():
    ex = extract_text("Notes | Blog\n\nAcme said it would pull its bid, CNBC's Tom Pell reported.\n\n"
                      "Frankly, I think the mayor is bluffing. H/T: Axios\n", published=date(2024, 11, 20))
    said, own = ex.claims
    assert ex.citations[said.citation].outlet == "cnbc" and own.kind == "author_opinion" and own.citation is None


@pytest.mark.parametrize("caption", ["Mayor Ana Ruiz speaks to reporters. Photo: Reuters", "Mayor Ana Ruiz speaks at City Hall. Photo via CNN."])
def test_a_caption_with_its_picture_s_credit_says_nothing_and_cites_nothing_else(caption):
    ex = extract_text(f"Notes | Blog\n\n{caption}\n\nThe council met on Monday.\n", published=date(2024, 11, 20))
    assert [c.kind for c in ex.citations] == ["picture"] and [c.text for c in ex.claims] == ["The council met on Monday."]


@pytest.mark.parametrize("text, outlet, covered", [
    # a weekly's issue; a note below the text it credits
    ("題\n\n〔以下のコメントは『週刊文春』2025年10月2日号に掲載されたものです。〕\n\n政権の支持率は下がり続けている。\n", "週刊文春",
     ["政権の支持率は下がり続けている。"]),
    ("題\n\n政権の支持率は下がり続けている。\n\n〔上記のコメントは『毎日新聞』9月30日付に掲載されたものです。〕\n\n私も同感です。\n", "毎日新聞",
     ["政権の支持率は下がり続けている。"]),
    # a rule below what was pasted: the blogger's words after it are theirs
    ("題\n\n以下は毎日新聞に掲載された記事です。\n\n政権の支持率は下がり続けている。\n\n―――――\n\n増税は来年ではないはずだと思う。\n", "毎日新聞",
     ["政権の支持率は下がり続けている。"]),
])
def test_a_source_line_s_forms_and_where_its_cover_ends(text, outlet, covered):
    ex = extract_text(text, published=date(2025, 10, 10))
    assert [c.text for c in ex.claims if c.citation is not None and ex.citations[c.citation].outlet_written == outlet] == covered


@pytest.mark.parametrize("headline", ["「台風10号が九州に上陸」｜朝日新聞", "「人気歌手が引退会見で号泣」 - 朝日新聞"])
def test_a_headline_with_go_in_it_still_opens_the_report_below(headline):
    ex = extract_text(f"題\n\nこの歌手の引退は早すぎる。\n\n{headline}\n\n歌手の北町ミカさんが3日、都内で引退会見を開いた。\n",
                      published=date(2025, 10, 10))
    assert ex.claims[0].citation is None and ex.claims[-1].citation is not None


@pytest.mark.parametrize("text, cited", [
    # a rule under the report's headline, or between its sections: the report goes on below it
    ("題\n\n以下、朝日新聞より引用。\n「予算案を閣議決定」\nーーーーーーーー\n政府は来年度予算案を閣議決定した。\nーーーーーーーー\n増税はやめてほしいものです。\n",
     ["「予算案を閣議決定」", "政府は来年度予算案を閣議決定した。"]),
    # after a sentence of the report, a rule ends it: the author's words below, in any form
    ("題\n\n以下は毎日新聞に掲載された記事です。\n\n政権の支持率は下がり続けている。\n\n―――――\n\nふざけるな！こんな政権は早く退陣すべきだ。\n",
     ["政権の支持率は下がり続けている。"]),
])
def test_a_rule_under_a_pasted_report_s_headline_does_not_end_it_one_after_its_sentences_does(text, cited):
    ex = extract_text(text, published=date(2025, 10, 10))
    assert [c.text for c in ex.claims if c.citation is not None] == cited and "ーーーー" not in "".join(c.text for c in ex.claims)


@pytest.mark.parametrize("credit", ["文藝春秋 2024年11月号", "文藝春秋 11月3日・10日合併号"])
def test_a_magazine_s_issue_credits_the_report_below(credit):
    ex = extract_text(f"題\n\nこの件は本当にひどいと思います。\n\n{credit}\n\n北川健一首相は3日、辞任を表明した。\n", published=date(2024, 11, 20))
    assert ex.claims[-1].citation is not None and ex.citations[ex.claims[-1].citation].outlet_written == "文藝春秋"


@pytest.mark.parametrize("text, cited", [
    ("題\n\n首相は３日、記者会見で辞任を表明した。\n\n・上記の記事 朝日新聞デジタル\n鈴木一郎代表は「説明が足りない」と語った。\n",
     ["首相は３日、記者会見で辞任を表明した。"]),         # 上記 after a mark: the text above
    ("題\n\n【朝日新聞】\n首相、電撃辞任か！？\n――――\n首相は３日、記者会見で辞任を表明した。\n",
     ["首相、電撃辞任か！？", "首相は３日、記者会見で辞任を表明した。"]),     # a headline's ！？ is no sentence of the report
])
def test_above_and_below_a_credit_by_its_words(text, cited):
    ex = extract_text(text, published=date(2024, 11, 20))
    assert [c.text for c in ex.claims if c.citation is not None] == cited


def test_a_line_saying_only_that_something_was_published_credits_nothing():
    ex = extract_text("題\n\n政府の対応は遅すぎる。増税は明らかな誤りだ。\n\n朝日新聞に掲載された。\n", published=date(2024, 11, 20))
    assert not ex.citations and all(c.citation is None for c in ex.claims)


@pytest.mark.parametrize("body", ["The vote will be shown live via CNN.", "Residents can sign up via eventbrite.com.",
                                  "The bill will pass, Ruiz said, telling Fox News to stop lying about her."])
def test_via_as_a_way_and_telling_an_outlet_to_do_something_cite_nothing(body):
    ex = extract_text(f"Talks | Notes\n\nThe mayor lied about the budget.\n\n{body}\n", published=date(2024, 11, 20))
    assert not ex.citations and all(c.citation is None for c in ex.claims)


@pytest.mark.parametrize("line", ["(c) 2024 Bloomberg L.P., but every word above is my own reporting.",
                                  "Copyright 2024 NPR. The governor will resign tomorrow.", "CNN BBC"])
def test_a_copyright_line_with_a_statement_after_it_and_two_outlets_side_by_side_cite_nothing(line):
    ex = extract_text(f"Title\n\nThe governor lied under oath, and I can prove it.\n\n{line}\n", published=date(2024, 11, 20))
    assert all(c.citation is None for c in ex.claims)


def test_telling_an_outlet_of_several_words_to_do_something_cites_nothing():
    ex = extract_text("Title\n\nRoe said she was done, telling BBC News to stop calling her.\n", published=date(2024, 11, 20))
    assert all(c.citation is None for c in ex.claims)


def test_a_lone_dash_via_line_under_a_paragraph_credits_it_as_text_not_a_picture():
    ex = extract_text("Title\n\nThe fire chief said the blaze was contained.\n— via Sky News\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert ex.citations[c.citation].outlet == "sky_news" and ex.citations[c.citation].kind != "picture"


def test_a_source_line_with_its_date_line_under_it_opens_the_text_below_and_is_dated_by_it():
    ex = extract_text("Has it come to this?\n\nI think the fear is winning.\n\n\nPress Association\nThursday June 3, 2004\n\n"
                      "A police officer questioned a musician after he sent a text message.\nBand member Mike Roe said he had been approached.\n",
                      published=date(2004, 6, 5))
    cited = [(ex.citations[c.citation].outlet, ex.citations[c.citation].date) if c.citation is not None else None for c in ex.claims]
    assert cited == [None, ("pa_media", date(2004, 6, 3)), ("pa_media", date(2004, 6, 3))]


@pytest.mark.parametrize("body, outlet", [("(ABC 6 News) – The council member resigned on Tuesday.", "ABC 6 News"),
                                          ("MINNEAPOLIS (KARE 11) – The council member resigned on Tuesday.", "KARE 11")])
def test_a_dateline_credits_a_station_whose_name_holds_its_channel_number(body, outlet):
    ex = extract_text(f"Talks | Notes\n\n{body}\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    assert ex.citations[claim.citation].outlet_written == outlet and ex.citations[claim.citation].kind == "dateline"


def test_an_aggregator_s_repost_notes_under_its_source_line_leave_the_line_crediting_the_story_above():
    body = ("The mayor resigned on Monday.\n\nSource link : https://www.foxnews.com/us/mayor-resigns\nAuthor :\n"
            "Publish date : 2025-02-11 07:47:00\nCopyright for syndicated content belongs to the linked Source.")
    ex = extract_text(f"Talks | Notes\n\n{body}\n", published=date(2025, 2, 11))
    [claim] = ex.claims
    assert claim.text == "The mayor resigned on Monday." and ex.citations[claim.citation].outlet == "foxnews"


def test_a_page_s_publisher_covers_statements_past_its_first_200_000_characters():
    text = "Reuters\n\n" + "\n\n".join(f"The council voted on plan number {i} and it passed. The budget rose to {i} dollars." for i in range(1, 2600)) + "\n"
    ex = extract_text(text, published=date(2024, 7, 10))
    assert len(text) > 200_000 and all(c.citation is not None for c in ex.claims)


def test_a_paragraph_giving_the_transcript_below_cites_it_to_the_station_it_names():
    text = ("Monday, October 10, 2005\n\nInterview with Senator Roe\n\nEarlier this evening, Senator Jane Roe was interviewed by Sam Lee "
            "of the Evening Report on Lakeside Public Radio. The following is my transcript of that interview.\n\n"
            "Sam Lee: Thank you for joining us, Senator.\n\nSenator Jane Roe: My pleasure.\n\n"
            "Lee: Will the bill pass?\n\nRoe: Well, the bill will pass next week. I am sure of it.\n\nMy take\n\nI doubt it will pass.\n")
    ex = extract_text(text, published=date(2005, 10, 10))
    [cit] = ex.citations
    assert (cit.kind, cit.outlet, cit.date) == ("aired", "name:Lakeside Public Radio", None)     # no date the page gives the broadcast
    turns = [c for c in ex.claims if c.kind == "reported_speech"]
    assert len(turns) == 4 and all(c.citation == 0 for c in turns)
    assert [c.citation for c in ex.claims if "I doubt" in c.text] == [None]     # the author's words under a heading


@pytest.mark.parametrize("where", ["on Facebook Live", "on Monday", "by her staff"])
def test_a_transcript_given_with_no_outlet_is_cited_to_none(where):
    text = (f"Notes\n\nSenator Jane Roe spoke {where}. The following is my transcript.\n\n"
            "Sam Lee: Thank you for joining us, Senator.\n\nJane Roe: My pleasure.\n\nLee: Will the bill pass?\n\n"
            "Roe: Well, the bill will pass next week. I am sure of it.\n")
    ex = extract_text(text, published=date(2005, 10, 10))
    assert not ex.citations and all(c.citation is None for c in ex.claims)


@pytest.mark.parametrize("line, outlet", [
    ("For the complete story, read Tuesday's Northfield Courier and Courier.com", "name:Northfield Courier"),
    ("For the full story, see the Boston Globe", "bostonglobe"),
])
def test_where_to_read_the_complete_story_credits_the_text_above(line, outlet):
    text = ("Notes\n\nMayor: Layoffs possible\n\nNORTHFIELD — Layoffs are a real possibility, said Mayor Jane Roe.\n\n"
            f"\"Next year's budget looks tough,\" she said today.\n\n{line}\n")
    ex = extract_text(text, published=date(2017, 3, 27))
    [cit] = ex.citations
    assert cit.outlet == outlet
    assert all(c.citation == 0 for c in ex.claims if "Roe" in c.text or "she said" in c.text)


@pytest.mark.parametrize("body, speaker, outlet", [
    ("Xinhua quoted the ministry as saying the talks had failed.", "the ministry", "xinhua"),
    ("The Associated Press quoted the mayor as saying the plant would close.", "the mayor", "ap"),
    ("Roll Call quoted GOP aides who say that rifts within the conference continue.", "GOP aides", "rollcall"),
    ("The Northfield Courier quoted aides as saying that rifts within the conference continue.", "aides", "name:Northfield Courier"),
    ("The report cited a senior official as saying that the deal was off.", "a senior official", None),
    ("Xinhua quoted shipping firms as saying exports would fall sharply this year.", "shipping firms", "xinhua"),
    ("The lawsuit quoted the company's chief executive as saying the product was safe.", "the company's chief executive", None),
])
def test_whom_an_outlet_quotes_as_saying_it_speaks_and_the_outlet_is_cited(body, speaker, outlet):
    ex = extract_text(f"Talks | Notes\n\n{body}\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    assert (claim.speakers[0].mention or claim.speakers[0].name) == speaker
    assert (ex.citations[claim.citation].outlet if claim.citation is not None else None) == outlet


def test_a_reason_cited_is_no_one_quoted():
    ex = extract_text("Talks | Notes\n\nThe mayor cited rising costs as the reason for the delay, and said the bridge would open in May.\n",
                      published=date(2024, 7, 10))
    assert {c.speakers[0].name for c in ex.claims if c.kind == "reported_speech"} == {"The mayor"}


@pytest.mark.parametrize("line, outlet", [
    ("Jane Roe in the Northfield Courier.", "name:Northfield Courier"),     # the reporter and the paper, closing the paste
    ("— Jane Roe, The Guardian", "guardian"),
    ("Reprinted from the Northfield Courier with permission.", "name:Northfield Courier"),
    ("Read the original at Politico.", "politico"),
])
def test_a_closing_line_naming_the_reporter_and_paper_or_the_original_credits_the_text_above(line, outlet):
    ex = extract_text(f"Budget news\n\nThe city council approved a $2 billion budget on Tuesday. The mayor said the plan would add "
                      f"40 officers to the force.\n\n{line}\n", published=date(2024, 7, 10))
    [cit] = ex.citations
    assert cit.outlet == outlet and all(c.citation == 0 for c in ex.claims)


@pytest.mark.parametrize("line", ["Jane Roe in the Senate.", "Tom Hanks in the Godfather.", "Mayor Jane Roe, City Hall"])
def test_a_person_somewhere_that_is_no_paper_credits_nothing(line):
    ex = extract_text(f"Budget news\n\nThe city council approved a $2 billion budget on Tuesday.\n\n{line}\n", published=date(2024, 7, 10))
    assert not ex.citations


@pytest.mark.parametrize("line", [
    "Top stories by Fake Reuters", "Latest news from Reuters haters", "Latest news from Reuters",     # no listing line in English
    "共同通信の記事一覧", "共同通信のニュース一覧",          # an index, not a portal's of what it delivered
    "読売新聞 vs 朝日新聞の記事一覧",        # a comparison, not one outlet's page
    "Yahoo!ニュースの最新ニュース",          # a portal's stories are others'
])
def test_a_listing_line_that_names_no_one_outlet_whole_is_no_masthead(line):
    ex = extract_text(f"Porch Notes\n\n{line}\n\nThe mayor took a bribe of $50,000 in May. 市長は賄賂を受け取った。\n", published=date(2024, 7, 10))
    assert not any(c.kind == "publisher" for c in ex.citations) and all(c.citation is None for c in ex.claims)


@pytest.mark.parametrize("line", [
    "NHKはこちら", "こちら↓ https://www.yomiuri.co.jp/", "朝日新聞はこちらから",        # a pointer to a page, no credit
    "For the full story, see Appendix B", "For the complete story, see My Earlier Post", "For the full report, visit City Hall",
    "Tom Pell in the Sun.",            # a paper's one-word name no registry holds: anyone's
])
def test_a_pointer_that_names_no_paper_credits_nothing(line):
    ex = extract_text(f"雑記 | ブログ\n\n市は新しい公園を開いた。The park is filthy and nobody cares.\n\n{line}\n", published=date(2024, 7, 10))
    assert not ex.citations and all(c.citation is None for c in ex.claims)


@pytest.mark.parametrize("line, outlet", [("— Jane Roe, The Verge", "verge"), ("Jane Roe in The Atlantic", "atlantic")])
def test_a_reporter_s_known_paper_keeps_its_registry_entry(line, outlet):
    ex = extract_text(f"Notes\n\nThe city council approved a budget on Tuesday.\n\n{line}\n", published=date(2024, 7, 10))
    assert [c.outlet for c in ex.citations] == [outlet]


def test_the_author_s_words_after_a_transcript_stay_the_author_s():
    text = ("Roe on the radio | Porch Notes\n\nSenator Jane Roe spoke to Lakeside Public Radio on Monday. The following is my transcript.\n\n"
            "Sam Lee: Thank you for joining us, Senator.\n\nJane Roe: My pleasure.\n\nLee: Will the bill pass?\n\n"
            "Roe: Well, the bill will pass next week. I am sure of it.\n\nHer husband owns the contractor that will build the bridge.\n")
    ex = extract_text(text, published=date(2024, 7, 10))
    assert [c.citation for c in ex.claims if "husband" in c.text or "spoke to" in c.text] == [None, None]
    assert all(c.citation == 0 for c in ex.claims if c.kind == "reported_speech")


@pytest.mark.parametrize("text", [
    "Notes\n\nHere is my transcript of the Roe interview on Lakeside Public Radio.\n\nShe took a bribe of $50,000 from the contractor in May.\n",
    "Notes\n\nHere is my transcript of the town hall meeting, which was ignored by CNN.\n\nSam Lee: Thank you for joining us, Senator.\n\n"
    "Jane Roe: My pleasure.\n\nLee: Will the bill pass?\n\nRoe: No. The contractor stole the money, and I can prove it.\n",
])
def test_a_transcript_announced_without_turns_or_without_where_it_aired_is_cited_to_no_one(text):
    ex = extract_text(text, published=date(2024, 7, 10))
    assert all(c.citation is None for c in ex.claims)


def test_a_sentence_naming_where_it_was_said_keeps_its_words_when_a_transcript_follows():
    text = ("Notes\n\nSenator Jane Roe said on Lakeside Public Radio that the bill would pass. The transcript follows.\n\n"
            "Sam Lee: Thank you for joining us, Senator.\n\nJane Roe: My pleasure.\n\nLee: Will the bill pass?\n\n"
            "Roe: Well, the bill will pass next week. I am sure of it.\n")
    ex = extract_text(text, published=date(2024, 7, 10))
    first = ex.claims[0]
    assert first.text == "Senator Jane Roe said on Lakeside Public Radio that the bill would pass." and first.speakers[0].name == "Jane Roe"


@pytest.mark.parametrize("body, speaker, outlet", [
    ("Senator Roe quoted Governor Tom Pell as saying that taxes would double.", "Roe", None),     # a person's account: theirs
    ("The mayor cited a police spokesman as saying the bridge was safe.", "The mayor", None),
    ("Senator Roe told CNN on Monday that Xinhua had quoted the ministry as saying the talks failed.", "Roe", "cnn"),
])
def test_a_person_quoting_another_speaks_and_an_interview_given_stays_the_medium(body, speaker, outlet):
    ex = extract_text(f"Talks | Notes\n\n{body}\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    assert claim.speakers[0].name == speaker
    assert (ex.citations[claim.citation].outlet if claim.citation is not None else None) == outlet


@pytest.mark.parametrize("body, speaker, outlet", [
    ("China will take resolute countermeasures, Xinhua quoted the commerce ministry as saying on Wednesday.", "the commerce ministry", "xinhua"),
    ("The state-run China Daily cited a ministry official as saying that exports would rise.", "a ministry official", "china_daily"),
])
def test_an_outlet_quoting_someone_in_a_closing_clause_or_under_a_descriptor(body, speaker, outlet):
    ex = extract_text(f"Talks | Notes\n\n{body}\n", published=date(2024, 7, 10))
    [claim] = ex.claims
    assert (claim.speakers[0].mention or claim.speakers[0].name, ex.citations[claim.citation].outlet) == (speaker, outlet)


def test_where_to_read_the_original_closes_only_the_text_above_it():
    text = ("Notes\n\nSuperintendent Mary Diaz resigned Monday after a state audit found $3 million in unexplained spending.\n\n"
            "Read the original at Politico.\n\nThe school board ignored repeated warnings about the spending for three years.\n")
    ex = extract_text(text, published=date(2024, 7, 10))
    assert [(c.text[:14], c.citation is not None) for c in ex.claims] == [("Superintendent", True), ("The school boa", False)]
    assert ex.citations[0].date is None         # no day the page gives the story: not the blog's own


def test_turns_labelled_by_the_surnames_of_the_people_the_intro_names():
    text = ("Notes\n\nEarlier today, Senator Jane Roe was interviewed by Mark Hale on Lakeside Public Radio. The following is my "
            "transcript of that interview.\n\nHale: Senator, is the rail bill dead?\n\nRoe: Not at all. We have 52 votes.\n\n"
            "Hale: And the cost?\n\nRoe: Two billion.\n\nHale: Thank you.\n")
    ex = extract_text(text, published=date(2024, 7, 10))
    said = [(c.speakers[0].name, c.citation is not None) for c in ex.claims if c.kind == "reported_speech"]
    assert said[:2] == [("Jane Roe", True), ("Jane Roe", True)] and ("Mark Hale", True) in said


@pytest.mark.parametrize("head, comments, said", [
    ("Reuters", "Comments (2)", "The union leader was paid $2 million by a foreign government."),      # a masthead by its name
    ("Reuters", "Leave a reply", "The union leader was paid $2 million by a foreign government."),
    ("毎日新聞の配信記事一覧", "2 Comments", "The union leader was paid $2 million by a foreign government."),
    ("毎日新聞の配信記事一覧", "コメント（3件）", "市長は選挙前だから言ってるだけだ。"),
    ("毎日新聞の配信記事一覧", "この記事へのコメント", "市長は選挙前だから言ってるだけだ。"),
])
def test_a_masthead_does_not_reach_its_readers_comments(head, comments, said):
    text = f"Port news\n\n{head}\n\nDockworkers walked off the job on Thursday. 港湾労働者がストを始めた。\n\n{comments}\n\nTruthSeeker99\n\n{said}\n"
    ex = extract_text(text, published=date(2025, 6, 12))
    assert [c.citation for c in ex.claims if c.text == said] == [None]
    assert all(c.citation == 0 for c in ex.claims if "Dockworkers" in c.text)


def test_a_transcriber_s_note_between_turns_stays_theirs_and_the_turns_after_it_the_station_s():
    text = ("Notes\n\nEarlier today, Senator Dana Hale spoke to Pat Moreno on Lakeside Public Radio. The following is my transcript.\n\n"
            "Pat Moreno: Will the bill pass?\n\nDana Hale: Yes. We have 54 votes in the Senate.\n\n[Note: The Senate has only 51 members.]\n\n"
            "Moreno: And the cost?\n\nHale: It will cost two billion dollars.\n")
    ex = extract_text(text, published=date(2025, 6, 12))
    assert [c.citation for c in ex.claims if "51 members" in c.text] == [None]
    assert [c.citation for c in ex.claims if "54 votes" in c.text or "two billion" in c.text] == [0, 0]


@pytest.mark.parametrize("text", [
    # a round-up's sections, each an outlet's: no masthead
    "Morning roundup | Porch Notes\n\nTop stories from the BBC\n\nFlooding closed the coastal road on Monday.\n\nTop stories from Reuters\n\n"
    "The central bank raised rates by half a point.\n\nMy take\n\nThe mayor has been stealing from the flood fund for years.\n",
    "Morning roundup | Porch Notes\n\nLatest news from the BBC\n\nFlooding closed the coastal road on Monday.\n\nLatest news from Reuters\n\n"
    "The central bank raised rates by half a point.\n\nMy take\n\nThe mayor has been stealing from the flood fund for years.\n",
    "ほぼ日記\n\n共同通信の最新ニュース\n\n県道で乗用車が横転した。\n\n私の意見\n\n市長は公金を横領している。\n",
])
def test_a_round_up_s_section_heads_are_no_masthead(text):
    ex = extract_text(text, published=date(2024, 7, 10))
    assert [c.citation for c in ex.claims if "mayor" in c.text or "市長" in c.text] == [None]


def test_the_author_s_words_after_a_transcript_in_capitals_stay_the_author_s():
    text = ("Roe on the radio | Porch Notes\n\nHere is my transcript of Senator Jane Roe speaking on Lakeside Public Radio.\n\n"
            "HALE: Is the rail bill dead?\n\nROE: Not at all. We have 52 votes.\n\nHALE: Thank you, Senator.\n\nROE: Thank you.\n\n"
            "Her husband owns the contractor that will build the bridge.\n\nThe senator took $50,000 from the contractor last year.\n")
    ex = extract_text(text, published=date(2024, 7, 10))
    assert [c.citation for c in ex.claims if "husband" in c.text or "$50,000" in c.text] == [None, None]
    assert [c.citation for c in ex.claims if "52 votes" in c.text] == [0]


@pytest.mark.parametrize("intro", [
    "Here is my transcript of the town hall that Senator Jane Roe held after she refused to be interviewed on CNN.",
    "Senator Jane Roe spoke at the Elks Lodge; she had said nothing to CNN. Here is my transcript.",
    "Jane Roe spoke with Fox News viewers at a town hall. Here is my transcript.",
    "Here is my transcript of what Senator Jane Roe said to Town Hall attendees in the school gym on Monday.",
])
def test_a_transcript_not_aired_where_its_intro_names_an_outlet_is_no_one_s(intro):
    text = (f"Notes\n\n{intro}\n\nSam Lee: Thank you for joining us, Senator.\n\nJane Roe: My pleasure.\n\nLee: Will the bill pass?\n\n"
            "Roe: No. The contractor stole the money, and I can prove it.\n")
    ex = extract_text(text, published=date(2024, 7, 10))
    assert all(c.citation is None for c in ex.claims)


def test_what_the_announcing_sentence_says_besides_stays_a_statement():
    text = ("Notes\n\nSenator Jane Roe, who took a $50,000 bribe from the bridge contractor last year, spoke to Lakeside Public Radio "
            "on Monday, and her transcript follows.\n\nSam Lee: Thank you for joining us, Senator.\n\nJane Roe: My pleasure.\n\n"
            "Lee: Will the bill pass?\n\nRoe: Well, the bill will pass next week. I am sure of it.\n")
    ex = extract_text(text, published=date(2024, 7, 10))
    assert [c.citation for c in ex.claims if "bribe" in c.text] == [None]


@pytest.mark.parametrize("body, speaker", [
    ("Senator Roe said on Monday that Xinhua had quoted the ministry as saying the talks failed.", "Roe"),
    ("I doubt that Xinhua ever quoted the ministry as saying the talks failed; the ministry has been silent for weeks.", "Notes"),
    ("Jane Roe, a former CNN anchor, quoted the governor as saying that taxes would double.", "Jane Roe"),
])
def test_an_outlet_quoting_inside_what_someone_else_says_is_theirs_and_uncited(body, speaker):
    ex = extract_text(f"Talks | Notes\n\n{body}\n", published=date(2024, 7, 10))
    assert ex.claims[0].speakers[0].name == speaker and all(c.citation is None for c in ex.claims)


@pytest.mark.parametrize("line", ["— Jane Roe, Economist", "Mayor Jane Roe in Town Hall.", "For the full story, see Town Hall.", "Jane Roe for Town Hall"])
def test_a_job_or_a_place_after_a_name_is_no_paper(line):
    ex = extract_text(f"Notes\n\nThe county pension fund will be insolvent by 2027.\n\n{line}\n", published=date(2024, 7, 10))
    assert not ex.citations


def test_a_summary_under_names_is_no_transcript_where_no_interview_is_given():
    text = ("Where they stand | Porch Notes\n\nJane Roe and Tom Pell are running for mayor. I asked around, and here is my summary of "
            "where each stands.\n\nRoe: Wants to cut property taxes by a third. Took money from the bridge contractor, you should know.\n\n"
            "Pell: Has no plan at all. Lied about his degree.\n\nRoe: Supports the rail line.\n\nPell: Opposes it.\n")
    ex = extract_text(text, published=date(2024, 7, 10))
    assert [c.speakers[0].name for c in ex.claims if c.text.startswith(("Took money", "Lied about"))] == ["Porch Notes", "Porch Notes"]


@pytest.mark.parametrize("name", ["l2", "c1", "a1", "t_auth", "a2", "t_feud2", "r7"])
def test_the_third_review_round_s_ways_past_validate_stay_closed(name):
    text = {
        "l2": "Morning roundup | Porch Notes\n\nLatest news from the BBC\n\nFlooding closed the coastal road on Monday.\n\nMy take\n\n"
              "The mayor has been stealing from the flood fund for years.\n",
        "c1": "Port news\n\n2 Comments\n\n毎日新聞の配信記事一覧\n\nDockworkers walked off the job on Thursday.\n\nLeave a reply\n\n"
              "TruthSeeker99\n\nThe mayor has been stealing from the flood fund for years.\n",
        "a1": "Roe on the radio | Porch Notes\n\nHere is my transcript of Senator Jane Roe speaking on Lakeside Public Radio.\n\n"
              "HALE: Is the rail bill dead?\n\nROE: Not at all. We have 52 votes.\n\nThe mayor has been stealing from the flood fund for years.\n\n"
              "HALE: Thank you, Senator.\n\nROE: Thank you.\n",
        "t_auth": "Roe on the radio | Porch Notes\n\nHere is my transcript of Senator Jane Roe speaking on Lakeside Public Radio.\n\n"
                  "HALE: Is the rail bill dead?\n\nROE: Not at all. We have 52 votes.\n\nHALE: Thank you, Senator.\n\n"
                  "AUTHOR'S NOTE: The mayor has been stealing from the flood fund for years.\n",
        "a2": "Notes\n\nThe following is my transcript of the interview Senator Jane Roe gave to Lakeside Public Radio a week after the mayor "
              "has been stealing from the flood fund for years.\n\nSam Lee: Thank you for joining us, Senator.\n\nJane Roe: My pleasure.\n\n"
              "Lee: Will the bill pass?\n\nRoe: Well, the bill will pass next week. I am sure of it.\n",
        "t_feud2": "Notes\n\nHere is my transcript of what Senator Jane Roe told the Elks Lodge about her feud with CNN. The mayor has been "
                   "stealing from the flood fund for years.\n\nSam Lee: Thank you for joining us, Senator.\n\nJane Roe: My pleasure.\n\n"
                   "Lee: Will the bill pass?\n\nRoe: Well, the bill will pass next week. I am sure of it.\n",
        "r7": "Budget news | Porch Notes\n\nThe mayor has been stealing from the flood fund for years.\n\nJane Roe, Porch Notes Weekly\n",
    }[name]
    ex = extract_text(text, published=date(2024, 7, 10))
    stolen = [c for c in ex.claims if "stealing" in c.text]
    assert stolen and all(c.citation is None for c in stolen)


@pytest.mark.parametrize("text, author", [
    ("これはひどい。\n\n> 市長は3日、「責任を取る」と述べた。\n> https://www3.nhk.or.jp/news/html/20240703/k10014500000000.html\n\nどう思いますか？\n",
     ["これはひどい。", "どう思いますか？"]),
    ("これはひどい。\n\n> 市長は3日、「責任を取る」と述べた。\n（NHK）\n\nどう思いますか？\n", ["これはひどい。", "どう思いますか？"]),
    ("Outrageous.\n\n> The Senate passed the bill on Friday, officials said.\n> Source: Reuters\n\nWhat a mess.\n",
     ["Outrageous.", "What a mess."]),
    ("Outrageous, as I said.\n\nSource: Reuters\n> The Senate passed the bill on Friday, officials said.\n\nWhat a mess.\n",
     ["Outrageous, as I said.", "What a mess."]),
])
def test_a_credit_in_under_or_over_lines_marked_as_quoted_covers_those_lines_alone(text, author):
    ex = extract_text("Notes\n\n" + text, published=date(2024, 7, 10))
    assert [c.text for c in ex.claims if c.citation is None] == author
    assert all(c.citation is not None for c in ex.claims if c.text not in author) and len(ex.claims) > len(author)
    assert not any(c.text.startswith((">", "＞")) for c in ex.claims)          # the marks are no part of what is said


def test_paragraphs_wholly_in_quotes_after_an_excerpt_credited_to_an_outlet_go_on_with_its_excerpt():
    ex = extract_text("Notes\n\n“More than 600 senators have died or resigned since 1789,” the AP reports.\n\n"
                      "“He should return in four weeks to six weeks. If that happens, the impact could be limited.”\n\n"
                      "“If he has setbacks, the agenda would confront serious problems.”\n\n"
                      "“Fake news,” as my grandfather used to say, is everywhere.\n\n"
                      "I think he will be back soon.\n", published=date(2024, 7, 10))
    by = {c.text[:12]: c for c in ex.claims}
    assert all(ex.citations[by[k].citation].outlet == "ap" for k in ("“More than 6", "“He should r", "“If he has s"))
    assert by["“If he has s"].speakers[0].kind == "media"
    assert by["“Fake news,”"].citation is None and by["I think he w"].citation is None


def test_a_paragraph_in_quotes_after_the_author_s_own_is_no_excerpt():
    ex = extract_text("Notes\n\nThe mayor resigned, the AP reports.\n\n“If he has setbacks, the agenda would confront serious problems.”\n",
                      published=date(2024, 7, 10))
    assert ex.claims[-1].citation is None


@pytest.mark.parametrize("body, outlet", [
    ("The mayor plans to resign, Spanish daily El País reported on Tuesday.", "elpais"),
    ("The mayor plans to resign, the Spanish newspaper El Mundo said.", "elmundo"),
    ("German magazine Der Spiegel reported that the mayor plans to resign.", "spiegel"),
    ("The mayor will resign, per a Boston Globe report.", "bostonglobe"),
    ("Per a new Reuters analysis, the mayor will resign.", "reuters"),
])
def test_an_outlet_described_before_its_name_or_named_before_its_piece_is_its_report(body, outlet):
    ex = extract_text(f"Notes\n\n{body}\n", published=date(2024, 7, 10))
    [c] = ex.claims
    assert ex.citations[c.citation].outlet == outlet and c.speakers[0].kind == "media"


@pytest.mark.parametrize("body", ["Spanish newspaper columnist Jane Roe said the mayor plans to resign.",
                                  "The fee rose, per a state law report."])
def test_a_columnist_described_by_a_paper_or_a_piece_of_no_outlet_is_no_report(body):
    ex = extract_text(f"Notes\n\n{body}\n", published=date(2024, 7, 10))
    assert ex.claims[0].citation is None


def test_a_line_marked_as_quoted_is_read_without_its_mark():
    ex = extract_text("メモ\n\nひどい話だ。\n\n> 北町市は10日、市庁舎を建て替えると発表した。\n> https://www.yomiuri.co.jp/local/20240610-OYT1T50000/\n",
                      published=date(2024, 7, 10))
    said = next(c for c in ex.claims if "発表した" in c.text)
    assert said.text.startswith("北町市") and [s.name for s in said.speakers] == ["北町市"] and ex.citations[said.citation].outlet == "yomiuri"


def test_a_japanese_digest_s_paragraph_wholly_in_quotes_goes_on_with_the_excerpt():
    ex = extract_text("メモ\n\n「建設費は当初の2倍に膨らむ見通しだ」と朝日新聞は伝えている。\n\n「資材価格の高騰が主な理由だという」。\n\n市は説明すべきだ。\n",
                      published=date(2024, 7, 10))
    first, again, own = ex.claims
    assert again.citation == first.citation is not None and own.citation is None


@pytest.mark.parametrize("text, own", [
    ("“Prices will rise sharply this winter,” the AP reports. The mayor stole the gas money, as everyone “knows.”\n", "The mayor stole"),
    ("“Prices will rise sharply this winter,” the AP reports.\n\n“We cannot pay,” one reader wrote to me. The mayor took bribes. “Shame.”\n",
     "The mayor took"),
    ("朝日新聞は5日、北町市の市長が辞任の意向を固めたと報じた。つまり、市長は最初から嘘をついていたということだ。\n", "つまり"),
    ("朝日新聞は5日、市長が辞任の意向を固めたと報じた。私の知人の市職員によると、市長は賄賂を受け取っていたという。\n", "私の知人"),
    ("朝日新聞は5日、市長が辞任の意向を固めたと報じた。ただ、地元では市長が賄賂を受け取っていたとのことだ。\n", "ただ、"),
    ("北町市の話題です。\n\n市長が辞任するそうです。朝日新聞に載ってませんでした。\n", "市長が辞任"),
    ("北町市の話題です。\n\n朝日新聞には何も書いていなかったが、市長が辞任するそうです。\n", "朝日新聞には"),
    ("北町市の話題です。\n\n市長が辞任するそうです。朝日新聞を読む兄に聞いた。\n", "市長が辞任"),
    ("NHKは5日、市長が辞任すると報じた。\n\n東京国税局は市長の資産を調べている。同局によると、市長は所得を申告していなかった。\n", "同局によると"),
    ("The mayor once sued the local newspaper (Springfield Journal).\n", "The mayor once"),
    ("The minister denied the report, published Monday by Reuters, and said the talks would go on.\n", "The minister"),
    ("The plant will close, The New York Times reported.\n\nOne worker told the site on Tuesday that he was never paid.\n", "One worker"),
    ("The local business newspaper Ann said the mayor resigned.\n", "The local"),
    ("北町市の話題です。\n\n次の世論調査で、市長の支持率は10％を切るだろう。\n", "次の世論調査"),
])
def test_the_author_s_words_near_an_outlet_s_stay_uncited(text, own):
    ex = extract_text("Notes\n\n" + text, published=date(2024, 7, 10))
    said = next(c for c in ex.claims if c.text.startswith(own) or own in c.text[:12])
    assert said.citation is None


def test_the_same_paper_is_the_last_paper_named_the_registry_knows_or_not():
    ex = extract_text("メモ\n\n朝日新聞は5日、市長が辞任すると報じた。地元の北町タイムズは、市長が賄賂を受け取っていたと報じた。同紙によると、賄賂は5億円に上る。\n",
                      published=date(2024, 7, 10))
    assert ex.citations[ex.claims[-1].citation].outlet_written.endswith("北町タイムズ")


@pytest.mark.parametrize("line", ["HT Media will cut 500 jobs next year", "(HT: the mayor has been lying about the budget for years)"])
def test_a_line_opening_like_a_hat_tip_that_says_something_stays_a_statement(line):
    ex = extract_text(f"Notes\n\nThe plant will close, officials said.\n\n{line}\n", published=date(2024, 7, 10))
    assert len(ex.claims) == 2
