from datetime import date

import pytest

from tracker.lang.ja.sentences import bracket_pairs
from tracker.segment import segment, sentences

from .conftest import article_of, extract_text


def test_title_line_splits_headline_and_site():
    layout = segment(article_of("中ロ関係の行方 | 碧空\n\n本文です。\n"))
    assert layout.title == "中ロ関係の行方" and layout.site == "碧空"


def test_quoted_block_runs_from_title_line_to_asterisks():
    text = "題\n\n前置き。\n\n****報道の見出し****\n\n報道の本文。\n\n*****\n\n後書き。\n"
    layout = segment(article_of(text))
    [block] = layout.blocks
    assert block.title == "報道の見出し" and block.closed
    kinds = {text[p.start:p.end]: p.block for p in layout.paragraphs}
    assert kinds["報道の本文。"] == 0 and kinds["前置き。"] is None and kinds["後書き。"] is None


def test_unclosed_block_ends_at_the_next_block():
    text = "題\n\n****一****\n\nA文。\n\n****二****\n\nB文。\n"
    layout = segment(article_of(text))
    assert [b.closed for b in layout.blocks] == [False, False]
    assert len(layout.blocks) == 2


def test_bracketed_heading_and_angle_heading_are_headings():
    text = "題\n\n【ロシアと北朝鮮が新条約】\n\n<中国は経済重視>\n\n本文。\n"
    kinds = [p.kind for p in segment(article_of(text)).paragraphs]
    assert kinds == ["title", "heading", "heading", "body"]


@pytest.mark.parametrize("line, kind", [
    ("■要約", "heading"), ("◇日韓関係の行方", "heading"), ("▼「骨太の方針」決定へ", "heading"), ("■ TOP STORIES", "heading"),
    ("■なぜ円安が進むのか？", "heading"), ("◇市長、議会で説明へ。", "heading"), ("■首相が来日。", "heading"),
    ("■What happens next?", "heading"), ("● Why it matters.", "heading"), ("■関連記事：首相が来日へ。", "heading"),
    # what ends as a sentence does, or a name and the quote that makes up the rest, is said
    ("▼市長は「橋を架け替える」と語った。", "body"), ("■官房長官は「注視する」と述べた。", "body"),
    ("◇佐藤市長「橋を架け替える」", "body"), ("● The mayor said the bridge would close.", "body"),
    ("◇試合は北町FCが押し込み、山田が先制した。後半に追いつかれた。", "body"),      # two sentences: no heading
    ("◆首相は後継について明言せず。与党内には不満が広がっている。", "body"), ("▼政府、為替介入へ。円相場は一時下落した。", "body"),
    ("■２．財政の課題", "heading"), ("◇第２部。激動の時代へ", "heading"), ("■ 2．Outlook", "heading"), ("■円安はどこまで進むか？ 専門家の見方", "heading"),
    ("▼雨だ。市長は大会を中止すると発表した。", "body"), ("◆試合は３―２で勝った。監督は喜んだ。", "body"), ("◆首相 辞任した。後任は石破氏が有力だ。", "body"),
    ("◆大谷翔平が衝撃！ドジャースで５０本塁打を達成", "heading"), ("● Jeopardy! champion returns tonight on local TV", "heading"),
])
def test_a_line_under_a_mark_is_a_heading_unless_it_is_said(line, kind):
    kinds = [p.kind for p in segment(article_of(f"題\n\n{line}\n\n本文。\n")).paragraphs]
    assert kinds == ["title", kind, "body"]


def test_sentences_do_not_split_inside_quotes():
    text = "題\n\n彼は「古い条約が消滅した。新しいことは何もない」と説明した。次の文。\n"
    a = article_of(text)
    ss = [text[s.start:s.end] for s in sentences(a, segment(a))]
    assert ss == ["彼は「古い条約が消滅した。新しいことは何もない」と説明した。", "次の文。"]


def test_unterminated_quote_does_not_swallow_the_paragraph():
    text = "題\n\n彼は「終わらない引用。次の文。\n"
    a = article_of(text)
    ss = [text[s.start:s.end] for s in sentences(a, segment(a))]
    assert ss == ["彼は「終わらない引用。", "次の文。"]


def test_bracket_pairs_ignore_unmatched_openers():
    text = "「あ「い」う"
    assert bracket_pairs(text, 0, len(text)) == {2: 4}


def test_a_page_copied_as_one_line_is_all_statements():
    text = "岸田首相は3日、「経済対策を急ぐ」と述べた。【7月3日 時事】林官房長官は4日、「注視する」と語った。【7月4日 共同】\n"
    layout = segment(article_of(text))
    assert layout.title is None and [p.kind for p in layout.paragraphs] == ["body"]


def test_a_first_line_that_is_a_statement_is_no_title():
    layout = segment(article_of("The minister said talks would resume.\nHe added that nothing was decided.\n"))
    assert layout.title is None and [p.kind for p in layout.paragraphs] == ["body", "body"]


def test_a_short_first_line_without_a_full_stop_is_the_title():
    layout = segment(article_of("中ロ首脳が会談　連携を確認\n\nプーチン氏は「史上最良」と述べた。\n"))
    assert layout.title == "中ロ首脳が会談　連携を確認" and layout.site is None


def _paragraphs(text):
    return [text[p.start:p.end] for p in segment(article_of(text)).paragraphs]


def test_text_wrapped_by_hand_at_a_width_is_read_as_paragraphs_not_lines():
    text = ("題\n\n"
            "市の担当者は、例年より早く桜が咲いたため、観光\n"
            "客が増えると見込む。駅前の通りでは、屋台の準備\n"
            "が始まった。\n"
            "一方、商店街の組合は、人手が足りないと訴えてい\n"
            "る。\n")
    assert _paragraphs(text)[1:] == [
        "市の担当者は、例年より早く桜が咲いたため、観光\n客が増えると見込む。駅前の通りでは、屋台の準備\nが始まった。",
        "一方、商店街の組合は、人手が足りないと訴えてい\nる。"]
    a = article_of(text)
    assert "観光\n客が増えると見込む。" in [text[s.start:s.end][-13:] for s in sentences(a, segment(a))]


def test_english_wrapped_at_seventy_columns_is_read_as_paragraphs():
    text = ("Title\n\n"
            "The council said on Monday that the bridge would reopen in May, after\n"
            "repairs that took longer than planned. Residents who cross it daily\n"
            "welcomed the news.\n")
    a = article_of(text)
    assert len(_paragraphs(text)) == 2
    assert [text[s.start:s.end] for s in sentences(a, segment(a))][0].endswith("longer than planned.")


@pytest.mark.parametrize("lines", [
    ["首相、来週にも訪米へ　関税協議で調整 [10:15]", "北町で大雨、一時避難指示　住民ら公民館へ [09:40]",
     "新駅の名称決まる　開業は来年春の見込み [09:02]"],              # headlines of one width, no sentence in them
    ["市は今年の予算案を発表した。", "防災に重点を置くという。", "議会は来月審議する。"],   # lines that end sentences
    ["- 会場：北町公民館の大ホール（定員二百名、先着順）", "- 日時：五月十日の午後二時から四時まで（予定）",
     "- 費用：無料。事前の申し込みは必要ありません"],                  # list items
])
def test_lines_of_one_width_that_are_no_wrapped_prose_stay_line_by_line(lines):
    text = "題\n\n" + "\n".join(lines) + "\n"
    assert _paragraphs(text)[1:] == lines


def test_long_paragraphs_of_similar_length_stay_apart():
    one = "市は五日、新しい図書館の建設計画を発表した。" * 6
    two = "完成は三年後の予定で、総事業費はおよそ四十億円になるという。" * 4
    text = f"題\n\n{one}\n{two}\n{one}\n"
    assert len(_paragraphs(text)) == 4


def test_a_citation_line_after_wrapped_text_stays_a_line_of_its_own():
    text = ("題\n\n"
            "市の担当者は、例年より早く桜が咲いたため、観光\n"
            "客が増えると見込む。駅前の通りでは、屋台の準備\n"
            "【4月2日 北町新聞】\n")
    assert _paragraphs(text)[-1] == "【4月2日 北町新聞】"


def test_a_line_ending_on_a_comma_goes_on_in_the_next_and_is_no_title():
    text = "東田外相が西国外相との会談(11日)で、\n領海侵犯に抗議した。\n以上は今日の毎日新聞朝刊の情報だが、\n私は疑問に思う。\n"
    ex = extract_text(text, published=date(2024, 7, 10))
    assert ex.article.title is None or "会談" not in ex.article.title
    first = ex.claims[0]
    assert first.text.startswith("東田外相が") and first.text.endswith("抗議した。") and first.speakers[0].name == "東田"
    assert any(c.kind == "creditline" or c.outlet_written.startswith("毎日新聞") for c in ex.citations)   # the credit line stays a line


@pytest.mark.parametrize("text, first", [
    ("題\n\n共同通信によると、北町市では4日、大雨で川が氾濫し、市は住民に避難を呼\nびかけた。降水量は最多に達したという。\n",
     "共同通信によると、北町市では4日、大雨で川が氾濫し、市は住民に避難を呼\nびかけた。"),
    ("Title\n\nThe mayor of Northfield said the\nbridge will reopen soon, officials said.\n",
     "The mayor of Northfield said the\nbridge will reopen soon, officials said."),
])
def test_two_lines_cut_mid_sentence_are_one_paragraph(text, first):
    ex = extract_text(text, published=date(2024, 7, 10))
    assert ex.claims[0].text == first


def test_a_headline_over_a_line_of_text_stays_apart():
    ex = extract_text("題\n\n市長、辞任へ\nきょう会見を開いて表明する。\n", published=date(2024, 7, 10))
    assert all(not c.text.startswith("市長、辞任へ\n") for c in ex.claims)


@pytest.mark.parametrize("line, title, site", [
    ("Scandal – or Stupidity?", "Scandal – or Stupidity?", None),
    ("Taxes rise again - example.com", "Taxes rise again", "example.com"),
    ("Taxes rise again - The Daily Planet", "Taxes rise again", "The Daily Planet"),
    ("Taxes rise - and why | Notes", "Taxes rise - and why", "Notes"),
])
def test_what_follows_a_title_s_dash_is_a_site_only_where_it_can_name_one(line, title, site):
    from tracker.segment import _split_title
    assert _split_title(line) == (title, site)


def test_a_first_line_that_is_a_byline_is_no_title():
    ex = extract_text("Jane Roe , USA TODAY 8:19 p.m. EST November 25, 2016\n\nRescuers pulled more survivors from the rubble.\n")
    assert ex.article.title is None and ex.citations[ex.claims[0].citation].outlet == "usatoday"



def test_a_line_ending_in_a_time_stamp_is_a_header_no_wrapped_prose_goes_on_from():
    text = ("スレまとめ\n\n1: 名無しさん ★ 2024/11/19(火) 12:34:56.78 ID:AbCd1234\n北町首相は19日、「解散は考えていない」と述べた。\n"
            "2: 名無しさん 2024/11/19(火) 12:35:10.00 ID:eee555\n嘘だと思う\n")
    ex = extract_text(text, published=date(2024, 11, 20))
    assert [(c.speakers[0].name, c.text) for c in ex.claims] == [("北町", "北町首相は19日、「解散は考えていない」と述べた。")]


def test_a_quote_and_the_dash_line_under_it_naming_who_said_it_are_one_paragraph():
    ex = extract_text('Notes\n\n"The plan is dead."\n— Sen. Jane Roe\n\nThe council met on Monday.\n')
    said, own = ex.claims
    assert [s.name for s in said.speakers] == ["Jane Roe"] and said.quoted and own.kind == "author_assertion"
    ex = extract_text('Notes\n\n"The plan is dead."\n— and so is the budget, the mayor said.\n')
    assert len(ex.layout.paragraphs) == 3         # a sentence of its own under the quote: no signature


@pytest.mark.parametrize("nav", ["« 北町の春祭り | トップページ | 南町の秋祭り »", "≪ Harbor news | Main | Bridge closed ≫"])
def test_a_blog_s_links_to_the_posts_before_and_after_are_no_title_and_no_statement(nav):
    ex = extract_text(f"{nav}\n\n北町市長は「辞めない」と述べた。\n\n{nav}\n")
    assert ex.article.title != nav.split("|")[0].strip() and ex.article.site is None
    assert [c.text for c in ex.claims] == ["北町市長は「辞めない」と述べた。"]


@pytest.mark.parametrize("head, body, link", [
    ("Budget talks | Town News", "The council met on Tuesday, Mayor Jane Roe said.", "Related: Mayor says budget deal is close"),
    ("Budget talks | Town News", "The council met on Tuesday, Mayor Jane Roe said.", "Next article: Governor says the water bill will pass"),
    ("Budget talks | Town News", "The council met on Tuesday, Mayor Jane Roe said.", "YOU MIGHT ALSO LIKE: Roe says taxes stay flat"),
    ("Budget talks | Town News", "The council met on Tuesday, Mayor Jane Roe said.", "READ MORE: Millbrook mayor says city will help rebuild"),
    ("予算 | 北町新報", "北町市長は「辞めない」と述べた。", "関連記事：南町長「辞任しない」と述べる")])
def test_a_line_pointing_to_another_page_is_no_statement(head, body, link):
    ex = extract_text(f"{head}\n\n{body}\n\n{link}\n\n{body}\n")
    assert [c.text for c in ex.claims] == [body, body]


@pytest.mark.parametrize("head, body, furniture", [
    ("予算 | 北町新報", "北町市長は「辞めない」と述べた。（共同）", "ホーム ＞ 政治 ＞ 国会"),
    ("予算 | 北町新報", "北町市長は「辞めない」と述べた。（共同）", "タグ：政治 北町市"),
    ("Budget talks | Town News", "The mayor said taxes stay flat.", "Home > News > Local Politics"),
    ("Budget talks | Town News", "The mayor said taxes stay flat.", "Tags: budget, taxes, city hall"),
    ("Budget talks | Town News", "The mayor said taxes stay flat.", "News > Politics > Congress"),
    ("Budget talks | Town News", "The mayor said taxes stay flat.", "Related: Reuters poll shows voters split on budget")])
def test_where_a_page_sits_on_its_site_and_its_tags_are_no_statement(head, body, furniture):
    ex = extract_text(f"{head}\n\n{furniture}\n\n{body}\n\n{furniture}\n\n{body}\n")
    assert [c.text for c in ex.claims] == [body.removesuffix("（共同）")] * 2


@pytest.mark.parametrize("body", ["Budget talks | Town News\n\nPrices rose 3 > 2 > 1 percent, the agency said.\n",
                                  "世論調査\n\n・政党支持率　自民 ＞ 立憲 ＞ 国民\n",
                                  "地価\n\n東京＞大阪＞名古屋の順で地価の上昇率が高かった\n",
                                  "Budget talks | Town News\n\nNext: Grant said she would tour the sites on Thursday.\n",
                                  "Budget talks | Town News\n\nMore from the mayor: “Taxes will rise next year,” she said.\n",
                                  "Budget talks | Town News\n\nProfits > wages > everything, the minister says\n",
                                  "Budget talks | Town News\n\nThe Fed is split, the paper said.\n\nRead more: Reuters reports Fed split over December cut\n",
                                  "Health news\n\nTopics: vaccines cause autism in children, and the CDC hid the data for years.\n",
                                  "健康\n\nホーム ＞ 政治 ＞ 首相は国民をだました ＞ 厚労省はデータを隠した\n"])
def test_a_ranking_or_a_statement_with_a_label_s_look_is_no_furniture(body):
    ex = extract_text(body)
    assert len(ex.claims) == 1


def test_a_label_s_word_opening_a_sentence_is_no_link():
    ex = extract_text("Budget talks | Town News\n\nRelated to the talks, Mayor Jane Roe said taxes stay flat.\n\nWatch: the mayor said the council will vote.\n")
    assert len(ex.claims) == 2


def test_a_quote_in_double_angle_marks_and_its_credit_is_no_navigation():
    ex = extract_text("題\n\n≪山田一郎市長は「増税しない」と述べた≫ ｜北町新報\n")
    assert [[s.name for s in c.speakers] for c in ex.claims] == [["山田一郎"]]


@pytest.mark.parametrize("first", ["［東京　19日　ロイター］ - 日銀の植田総裁は19日、「緩和を続ける」と述べた。",
                                   "北町ニュース - 北町市長は19日、辞任しないと述べた。"])
def test_a_first_line_whose_part_after_a_dash_is_a_sentence_is_no_title_and_site(first):
    ex = extract_text(f"{first}\n市場では円安が進んだ。\n", published=date(2024, 11, 20))
    assert ex.article.site is None and any("述べた" in c.text and c.kind == "reported_speech" for c in ex.claims)


@pytest.mark.parametrize("credit", ["Read more: Reuters", "Read more: https://www.reuters.com/world/x"])
def test_read_more_naming_an_outlet_or_its_link_is_a_credit_not_a_link(credit):
    ex = extract_text(f"Budget | Town News\n\nThe council closed the library, officials said.\n\n{credit}\n")
    [c] = ex.claims
    assert ex.citations[c.citation].outlet == "reuters"


def test_sentences_after_a_link_label_are_no_headline_and_stay_statements():
    ex = extract_text("Health news\n\nMORE: Vaccines cause autism in children. The CDC hid the data for years.\n")
    assert len(ex.claims) == 2


@pytest.mark.parametrize("line", ["h/t Porch Notes", "Hat tip: Jim Smith", "HT: Jim", "(h/t to reader Jim)"])
def test_a_hat_tip_is_no_statement_of_the_author(line):
    ex = extract_text(f"Factory closes\n\nThe Ohio factory will close in March, the company said.\n\n{line}\n")
    assert [c.text for c in ex.claims] == ["The Ohio factory will close in March, the company said."]


@pytest.mark.parametrize("line", ["Hat tip to the mayor, who fixed the roads in a week.", "HT Jim said the mayor lied."])
def test_a_sentence_opening_with_a_hat_tip_stays_a_statement(line):
    ex = extract_text(f"Factory closes\n\nThe Ohio factory will close in March, the company said.\n\n{line}\n")
    assert len(ex.claims) == 2


def test_a_hat_tip_to_a_known_outlet_credits_it():
    ex = extract_text("Factory closes\n\nThe Ohio factory will close in March, the company said.\n\nh/t Reuters\n")
    [c] = ex.claims
    assert ex.citations[c.citation].outlet == "reuters"
