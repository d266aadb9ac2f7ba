"""Transcripts: who speaks each turn of a press conference."""
from datetime import date

import pytest

from ...conftest import extract_text


def turns(text):
    return [(c.speakers[0].name, c.text) for c in extract_text(text, published=date(2024, 7, 10)).claims
            if c.kind == "reported_speech"]


@pytest.mark.parametrize("answer", ["【山田外務大臣】", "（外務大臣）", "(外務大臣)", "外務大臣："])
def test_a_label_opening_a_paragraph_speaks_it(answer):
    text = f"山田太郎外務大臣会見記録\n\n{answer}来週、欧州を訪問いたします。日程は調整中です。\n\n（問）議題は何でしょうか。\n"
    got = turns(text)
    assert [t for _, t in got][-1].endswith("日程は調整中です。") and {s for s, _ in got} == {"山田太郎"}


def test_answers_are_the_conference_speaker_s_and_questions_are_no_statements():
    text = "防衛大臣記者会見概要\n\nQ:訓練の意義をどう受け止めましたか。\n\nA:万全を期してまいりたいと思っております。\n"
    ex = extract_text(text, published=date(2024, 7, 10))
    assert [(c.speakers[0].name, c.kind) for c in ex.claims] == [("防衛大臣", "reported_speech")]     # a role, unnamed


@pytest.mark.parametrize("heading, speaker", [("農林水産大臣記者会見概要", "農林水産大臣"), ("北町農林水産大臣記者会見概要", "北町"),
                                              ("市長定例記者会見", "市長")])
def test_a_label_that_is_the_conference_speaker_s_title_alone_is_that_speaker(heading, speaker):
    text = f"{heading}\n\n大臣：価格は下がり始めています。\n記者：見通しはいかがですか。\n大臣：来月には落ち着くと見ています。\n"
    assert {s for s, _ in turns(text)} == {speaker if heading.endswith("概要") else "大臣"}


def test_a_label_standing_alone_speaks_the_paragraphs_below_it():
    text = ("市長会見\n\n市長\n台風の被害は軽傷が5人でした。\n物的被害は1件でした。\n\n記者\n避難所は足りましたか。\n\n"
            "市長\n足りました。\n")
    assert turns(text) == [("市長", "台風の被害は軽傷が5人でした。"), ("市長", "物的被害は1件でした。"), ("市長", "足りました。")]


def test_a_date_before_a_title_names_no_one():
    text = "9月2日市長会見\n\n市長\n台風の被害は軽傷が5人でした。\n\n記者\nありがとうございました。\n"
    assert turns(text) == [("市長", "台風の被害は軽傷が5人でした。")]


def test_a_line_naming_someone_above_their_words_in_quotes_speaks_those_words_only():
    text = ("ニュース\n\n事件で容疑者が逮捕された。\n\n近くに住む男性\n「まさかこの町で起きるとは」\n"
            "現場には多くの人が訪れた。\n")
    ex = extract_text(text, published=date(2024, 7, 10))
    said = {c.text: (c.kind, [s.name for s in c.speakers]) for c in ex.claims}
    assert said["「まさかこの町で起きるとは」"] == ("reported_speech", ["近くに住む男性"])
    assert said["現場には多くの人が訪れた。"][0] != "reported_speech"


def test_a_long_label_before_a_colon_speaks_the_paragraph_below_it_only():
    text = "ニュース\n\n容疑者が空港で確保された。\n\n確保の瞬間を目撃したタクシー運転手:\n10人くらいで囲んでいた。\n\n空港は混乱した。\n"
    assert turns(text) == [("確保の瞬間を目撃したタクシー運転手", "10人くらいで囲んでいた。")]


def test_a_label_naming_whose_talk_follows_speaks_the_paragraph_below_it():
    text = "ニュース\n\n工事が始まった。\n\n南野健一さんの話：\n工事は住民の声を聞いていない。\n\n駅前は混雑した。\n"
    assert turns(text) == [("南野健一", "工事は住民の声を聞いていない。")]


def test_q_and_a_lines_name_who_asks_for_which_outlet_and_who_answers():
    text = ("北町県知事 定例記者会見\n\n質疑\nQ 代表幹事(北町新聞)\n観光客の受け入れについて、ご所見をお願いします。\n"
            "A 知事\n私は全国知事会議で発言しています。国を開く時期だと思います。\n")
    ex = extract_text(text, published=date(2024, 7, 10))
    assert not ex.citations                                    # the asker's outlet is no credit
    assert [(c.speakers[0].name, c.kind) for c in ex.claims if "時期" in c.text or "会議で" in c.text] == [("北町県知事", "reported_speech")] * 2


def test_a_label_set_off_by_spaces_speaks_up_to_the_next_label_under_its_topic_headings():
    text = ("定例記者会見\n\n幹事社  今月最初の会見です。よろしくお願いします。\n\n南田知事 それでは私から申し上げます。\n\n"
            "感染症への対応について\n\n  一つは医療体制を強化することです。\n\n幹事社  質問は以上です。\n")
    got = turns(text)
    assert got and {s for s, _ in got} == {"南田"} and any("医療体制" in t for _, t in got)


def test_an_answer_on_a_transcript_ends_at_the_credit_closing_it():
    text = ("記事 | ブログ\n\n報道官は会見で質問に答えた。\n\n記者：見通しは。\n\n報道官：意思疎通を保っている。\n\n詳細は調整中だ。\n\n"
            "（西国外務省ウェブサイト 6月25日）\n\n再開はまだ先になりそうです。\n")
    ex = extract_text(text, published=date(2024, 7, 10))
    last = next(c for c in ex.claims if "まだ先" in c.text)
    assert last.speakers[0].kind == "author" and any("調整中" in c.text and c.kind == "reported_speech" for c in ex.claims)


def test_a_heading_naming_whose_announcement_follows_is_their_turn():
    text = "北町県知事 定例記者会見\n\n知事発表\n\n新しい制度を始めます。私の方からは以上です。\n\n質疑\n\nQ 記者\n\n見通しは。\n"
    got = turns(text)
    assert [t for _, t in got] == ["新しい制度を始めます。", "私の方からは以上です。"] and {s for s, _ in got} == {"北町県知事"}


def test_a_dated_credit_opening_a_story_is_no_one_s_turn():
    ex = extract_text("題\n\n【3月12日 AFP】西国の大統領は11日、攻撃を「悪質だ」と非難し、やめるよう呼び掛けた。\n", published=date(2024, 7, 10))
    assert [(c.speakers[0].name, c.cue) for c in ex.claims] == [("西国の大統領", "と非難し"), ("西国の大統領", "よう呼び掛けた")]


def test_a_heading_over_a_statement_s_whole_text_gives_it_to_its_speaker_up_to_the_next_heading():
    text = ("題\n\n北町テレビは26日、コメントを発表した。\n\n【以下、北町テレビコメント全文】\n\n"
            "本件につきましては、公にできることはございません。\n\n私共は関係者の保護を第一に対応しております。\n\n"
            "【関連記事】\n\n別の記事の見出しです。\n")
    ex = extract_text(text, published=date(2024, 7, 10))
    by = {c.text: c.speakers[0].name for c in ex.claims}
    assert by["本件につきましては、公にできることはございません。"] == by["私共は関係者の保護を第一に対応しております。"] == "北町テレビ"
    assert by["別の記事の見出しです。"] != "北町テレビ"


def test_a_bracketed_name_over_a_bare_quote_speaks_that_quote_only():
    cs = extract_text("題\n\n秋晴れのもと、マラソン大会で声援を送っていたのは\n【北町一郎さん】\n「がんばれ、行ってらっしゃい」\n"
                      "北町1区から出馬する前職の北町一郎さんです。\n【南野花子さん】\n「政権交代こそが最大の改革」\n"
                      "様々なイベントにも顔を出します。\n", published=date(2024, 10, 14)).claims
    said = [(c.text, c.speakers[0].name) for c in cs if c.kind == "reported_speech"]
    assert [t for t, _ in said] == ["「がんばれ、行ってらっしゃい」", "「政権交代こそが最大の改革」"]
    assert said[1][1] == "南野花子" and "北町一郎" in said[0][1]


def test_masthead_lines_are_no_speakers_of_the_story():
    cs = extract_text("題\n\nスポーツ北町\nフジテレビ\n\n報道担当の岸本専務は会見で説明。「複数の関係者に取材して放送しました」と話した。\n",
                      published=date(2024, 10, 14)).claims
    assert [c.speakers[0].name for c in cs if c.kind == "reported_speech"] == ["岸本"]


def test_a_conference_page_s_answers_are_the_named_speaker_s_not_a_list_of_offices():
    cs = extract_text("副大臣・大臣政務官会見\n\n北町副大臣会見要旨\n\n(問)抱負などありましたらお願いします。\n"
                      "(答)国土交通省には13局ございまして、非常に多岐にわたります。\n", published=date(2016, 8, 10)).claims
    assert [c.speakers[0].name for c in cs if c.kind == "reported_speech"] == ["北町"]


def test_a_name_answering_a_labelled_question_speaks_though_the_article_names_it_nowhere_else():
    text = "対談\n\n司会：景気の見通しはいかがですか。\n\n川端：来年は持ち直すと見ています。\n\n司会：最後に一言お願いします。\n\n川端：引き続き注視します。\n"
    assert turns(text) == [("川端", "来年は持ち直すと見ています。"), ("川端", "引き続き注視します。")]     # without its label


def test_a_panel_whose_names_answer_once_each_speaks_its_turns():
    text = "パネル討論\n\n司会：物価の見通しはどうですか。\n\n川端：来年も上がり続けると思います。\n\n司会：賃金はどうでしょうか。\n\n森下：賃上げは追いつかないでしょう。\n"
    assert [s for s, _ in turns(text)] == ["川端", "森下"]


def test_section_labels_after_questions_are_no_panel():
    text = "よくある質問\n\nQ：物価の見通しはどうですか。\n\n結論：来年も上がり続けます。\n\nQ：賃金はどうでしょうか。\n\n理由：賃上げは追いつかないからです。\n"
    assert turns(text) == []


def test_a_colon_after_a_word_is_no_turn_without_questions_taking_turns():
    text = "見出し\n\n記者：山田太郎\n\n出典：北町日報\n\n市長は来年に着工すると述べた。\n"
    assert [s for s, _ in turns(text)] == ["市長"]


def test_a_word_before_a_colon_once_in_a_transcript_is_no_speaker():
    text = "対談\n\n司会：見通しはいかがですか。\n\n結論：来年4月からの見込みだ。\n\n司会：ほかには。\n\n要点：財源の確保が課題となる。\n"
    assert turns(text) == []


def test_a_blog_s_name_on_a_line_of_its_own_heads_the_page_and_speaks_no_turn():
    ex = extract_text("日本の話 | 北町人生のブログ\n\n北町人生のブログ\n\n長い人生を書き綴ったブログです\n\n"
                      "観光収入を増やしたい思惑が裏目に出た。\n\n昨日初めての死者が出た。\n", published=date(2020, 2, 15))
    assert all(c.kind == "author_assertion" for c in ex.claims)


def test_questions_labelled_by_the_outlets_asking_them_stay_theirs():
    said = turns("防衛大臣記者会見\n\n（防衛大臣）演習は予定通り行う。\n\n（NHK）大臣、演習の規模について教えてください。\n\n"
                 "（防衛大臣）規模は昨年並みだ。\n\n（朝日新聞）中国の反応はどうですか。\n")
    assert [name for name, _ in said if "ください" in _ or "ですか" in _] != ["防衛大臣", "防衛大臣"]
    assert all(name == "防衛大臣" for name, text in said if "演習は" in text or "規模は" in text)


def test_a_record_s_numbered_sections_are_headings_and_no_part_of_the_next_label_s_name():
    ex = extract_text("防衛大臣記者会見\n\n１　発表事項\n大臣：訓練は来月上旬に行う予定です。\n\n２　質疑応答\n記者：規模は。\n\n大臣：約3000人です。\n",
                      published=date(2024, 7, 10))
    assert [c.text for c in ex.claims] == ["訓練は来月上旬に行う予定です。", "約3000人です。"]
    assert {s.name for c in ex.claims for s in c.speakers} == {"防衛大臣"}      # not 発表事項; the conference's minister


def test_a_record_s_date_line_with_its_place_dates_it_and_a_ministry_is_no_minister_s_name():
    ex = extract_text("農林水産大臣記者会見概要\n\n令和7年7月4日（金）10時00分～10時15分　於：本省会見室\n\n"
                      "大臣：本日は私から1点ご報告があります。\n\n記者：規模は。\n\n大臣：約3000人です。\n")
    assert [c.text for c in ex.claims] == ["本日は私から1点ご報告があります。", "約3000人です。"]     # the date line is none
    assert ex.article.published == date(2025, 7, 4)
    assert {s.name for c in ex.claims for s in c.speakers} != {"農林水産"}


def test_a_record_after_the_cabinet_dated_with_its_weekday_is_the_minister_s():
    ex = extract_text("経済産業大臣閣議後記者会見（令和6年9月3日（火）午前）\n\n大臣：本日は1点報告があります。\n\n記者：見通しは。\n")
    assert ex.article.published == date(2024, 9, 3) and [c.speakers[0].name for c in ex.claims] == ["経済産業大臣"]


def test_a_name_right_before_the_quote_that_is_its_paragraph_speaks_that_paragraph_only():
    """TV news and lists of reactions: 橋本社長「…」 with no verb. A journalist's question is no
    statement, and the narrative after the quotes is the author's, whatever the labels before it."""
    text = ("謝罪会見\n\n会社は5日、記者会見を開いた。\n\n記者「なぜ気付かなかったのですか」\n\n住民「怖い」\n\n"
            "橋本社長「全く関知できなかった。大いに反省すべきことだ」\n\n山田専務「再発防止に全力を尽くす」\n\n会見は1時間に及んだ。\n")
    ex = extract_text(text, published=date(2024, 7, 10))
    assert [(c.speakers[0].name, c.mention, c.text) for c in ex.claims if c.kind == "reported_speech"] == [
        ("住民", "住民", "「怖い」"), ("橋本", "橋本社長", "「全く関知できなかった。大いに反省すべきことだ」"),
        ("山田", "山田専務", "「再発防止に全力を尽くす」")]
    assert [c.kind for c in ex.claims if c.text.startswith(("会見", "会社"))] == ["author_assertion"] * 2


@pytest.mark.parametrize("line", ["昨日「新しい店が開いた」と聞いた。", "首相は「経済対策を急ぐ」と述べた。", "昨日「新しい店が開いた」",
                                  # a caption (a song's or a book's title after a name is read as the person's words: noted)
                                  "写真＝田中知事「頑張ろう」"])
def test_words_before_a_quote_that_name_no_one_or_a_quote_said_in_a_sentence_are_no_label(line):
    [claim] = extract_text(f"メモ\n\n{line}\n", published=date(2024, 7, 10)).claims
    assert claim.speakers[0].name in ("article author", "首相")


@pytest.mark.parametrize("line", ["・佐藤常務「説明を尽くす」", "・佐藤常務は「説明を尽くす」と述べた。",
                                  "◇佐藤常務「説明を尽くす」", "■佐藤常務は「説明を尽くす」と述べた。"])      # a heading's mark too
def test_a_list_s_mark_is_no_part_of_the_speaker_s_name(line):
    [claim] = [c for c in extract_text(f"会見\n\n{line}\n", published=date(2024, 7, 10)).claims if c.kind == "reported_speech"]
    assert (claim.speakers[0].name, claim.mention) == ("佐藤", "佐藤常務")


@pytest.mark.parametrize("body, via", [
    ("トランプ大統領は12日、ツイッターで「選挙は不正だ」と主張した。", "X"),
    ("首相は自身のX(旧ツイッター)で「全力で取り組む」と投稿した。", "X"),
    ("知事はフェイスブックに「残念だ」と書き込んだ。", "Facebook"),
    ("市長は記者会見で「残念だ」と述べた。", None),                  # where, not through what
])
def test_the_social_network_a_statement_was_posted_on_is_its_medium(body, via):
    [claim] = [c for c in extract_text(f"メモ\n\n{body}\n", published=date(2024, 7, 10)).claims if c.kind == "reported_speech"]
    assert [v.source.name for v in claim.via] == ([via] if via else [])


@pytest.mark.parametrize("body, speaker, cue, day", [
    ("「国民の理解を得たい」。岸田首相は3日、首相官邸で記者団にこう語った。", "岸田文雄", "語った", date(2024, 7, 3)),
    ("「新たな制裁は考えていない」。米ホワイトハウスのカービー戦略広報調整官は5日、記者団にこう語った。", "カービー", "語った", date(2024, 7, 5)),
    ("「必ず勝つ」。山田選手はそう話した。", "山田", "話した", None),
    ("「増税はしない」。そう語った山川首相は、8日に訪米する。", "山川", "語った", None),     # the day of the trip is not the quote's
])
def test_a_quote_introduced_after_it_is_its_speaker_s_on_the_introduction_s_day(body, speaker, cue, day):
    [claim] = [c for c in extract_text(f"メモ\n\n{body}\n", published=date(2024, 7, 10)).claims if c.kind == "reported_speech"]
    assert (claim.speakers[0].name, claim.cue, claim.date) == (speaker, cue, day)


def test_doushi_is_the_person_a_sentence_was_about_though_it_said_nothing():
    ex = extract_text("メモ\n\n北斗自動車の佐藤恒治社長は3日、記者会見を開いた。同氏は「辞任するつもりはない」と述べた。\n", published=date(2024, 7, 10))
    [claim] = [c for c in ex.claims if c.kind == "reported_speech"]
    assert claim.speakers[0].name == "佐藤恒治"


@pytest.mark.parametrize("body, speaker, via", [
    ("NHKは5日、複数の政府関係者の話として、政府が増税を見送る方針を固めたと報じた。", "NHK", "複数の政府関係者"),
    ("捜査関係者への取材で、男が「金に困っていた」と供述していることが分かった。", "男", "捜査関係者"),
    ("北斗新聞の取材で、市長は「橋を架け替える」と答えた。", "市長", None),      # no outlet the registry knows, no source
])
def test_who_told_the_reporter_is_the_statement_s_intermediate(body, speaker, via):
    [claim] = [c for c in extract_text(f"メモ\n\n{body}\n", published=date(2024, 7, 10)).claims if c.kind == "reported_speech"]
    assert (claim.speakers[0].name, [v.mention for v in claim.via]) == (speaker, [via] if via else [])


@pytest.mark.parametrize("text, want", [
    # a record's turns, each opened by ○ (or ◯, ●), its seat and name in parentheses
    ("第九回 北町市議会 会議録\n\n○議長（北町一郎君） ただいまから会議を開きます。\n\n○南野花子君 市長に伺います。財源はどうしますか。\n\n"
     "○市長（西川次郎君） お答えします。国の補助金を活用いたします。\n",
     [("北町一郎", "ただいまから会議を開きます。"), ("南野花子", "市長に伺います。"), ("南野花子", "財源はどうしますか。"),
      ("西川次郎", "お答えします。"), ("西川次郎", "国の補助金を活用いたします。")]),
    # a label standing alone under its mark speaks the paragraphs below, though the page labels no one else
    ("会見の概要は以下の通りです。\n\n――会談の評価を伺います。\n\n○北町官房長官\n両首脳は協力で一致しました。\n\n今後も緊密に連携してまいります。\n",
     [("北町", "両首脳は協力で一致しました。"), ("北町", "今後も緊密に連携してまいります。")]),
    # a journalist's turn under its mark is a question, no statement
    ("記者会見\n\n◯記者 評価を伺います。\n\n◯北町大臣 協力を確認しました。\n", [("北町", "協力を確認しました。")]),
])
def test_the_mark_opening_a_turn_is_no_part_of_its_speaker(text, want):
    assert turns("題\n\n" + text) == want


def test_an_interviewer_s_questions_opened_by_a_dash_are_no_statements_and_the_interviewee_answers():
    text = "北町市長インタビュー\n\n――なぜ今、庁舎を建て替えるのですか。\n\n老朽化が進み、耐震性に問題があるからです。\n\n――財源について伺います。\n\n国の補助金を活用します。\n"
    assert turns("題\n\n" + text) == [("北町", "老朽化が進み、耐震性に問題があるからです。"), ("北町", "国の補助金を活用します。")]
    # a dash opening a line of the author's own that asks nothing is no question
    ex = extract_text("題\n\n――それにしても暑い日が続く。\n", published=date(2024, 7, 10))
    assert [c.kind for c in ex.claims] == ["author_assertion"]


@pytest.mark.parametrize("head, speaker", [("北町市長に聞く", "北町"), ("北町市の南野花子市長に話を聞いた。", "南野花子"), ("インタビュー・西川花子さん", "西川花子")])
def test_an_interviewer_s_elliptical_questions_and_whom_the_page_says_it_interviews(head, speaker):
    text = f"{head}\n\n――今後の目標は。\n\n財政の立て直しです。\n\n――市民の間には不満もあるようですが。\n\n真摯に受け止めます。\n"
    assert turns("題\n\n" + text) == [(speaker, "財政の立て直しです。"), (speaker, "真摯に受け止めます。")]


def test_a_run_of_turn_marks_is_read_at_once_and_a_lone_marked_line_is_a_bullet():
    ex = extract_text("題\n\n" + "首相は「増税しない」と述べた。これは日本語の文章です。\n\n" * 3 + "○" * 1500 + "大臣　本日は晴れです。\n",
                      published=date(2024, 7, 10))
    assert ex.claims                # (no recursion through every mark)
    ex = extract_text("題\n\n○市長（北町一郎氏）\n\n公金を横領した。来年、増税は確実だ。\n", published=date(2024, 7, 10))
    assert all(c.kind.startswith("author") for c in ex.claims)     # one ○ line, no record: the page's own words after it


def test_a_rhetorical_dash_question_under_a_title_about_an_interview_gives_no_one_the_author_s_words():
    ex = extract_text("北町市長インタビューを読んだ感想\n\n――なぜ市長は嘘をつくのか？\n\n市長は公金を横領した。\n", published=date(2024, 7, 10))
    assert all(c.kind.startswith("author") for c in ex.claims)


def test_a_headline_s_speaker_and_quote_closed_by_a_citation_is_the_speaker_s():
    ex = extract_text("ブログ\n\n西田社長「値上げは避けられない」【11月19日 時事】\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert ([s.name for s in c.speakers], ex.citations[c.citation].outlet) == (["西田"], "jiji")


def test_a_conference_announced_in_a_sentence_names_who_answers_and_a_record_s_date_line_under_its_title_dates_it():
    ex = extract_text("西村官房長官は19日午前の記者会見で、次のように述べた。\n【記者】北国のミサイル発射について。\n【長官】極めて遺憾であり、厳重に抗議した。\n",
                      published=date(2024, 11, 20))
    assert [[s.name for s in c.speakers] for c in ex.claims] == [["西村"]]
    ex = extract_text("防衛大臣記者会見\n令和6年11月19日（火）10:30～10:45\nQ：ミサイルについて。\nA：極めて遺憾であり、厳重に抗議した。\n")
    assert [c.date for c in ex.claims] == [date(2024, 11, 19)]


def test_a_list_of_remarks_gives_each_its_name_however_the_name_is_written():
    text = ("五輪・談話\n◇共有できた\n北町一郎監督 相手の特長は全員で共有できた。次の試合のことしか頭にない。\n"
            "◇忘れない\nロペス監督(チリ) この試合のことはもう忘れないといけない。\n"
            "◇良かった\n山田ジョエル 勝たないといけない試合だと思っていた。点を取れたのはすごく良かった。\n"
            "◇嫌がるプレーを\n佐藤次郎 勝ったことはうれしい。相手が嫌がるプレーをしたい。\n")
    got = turns(text)
    assert [s for s, _ in got] == ["北町一郎", "北町一郎", "ロペス", "山田ジョエル", "山田ジョエル", "佐藤次郎", "佐藤次郎"]
    assert got[2][1] == "この試合のことはもう忘れないといけない。"


def test_a_name_like_line_opening_is_no_label_unless_the_page_lists_remarks():
    text = "題\n\n北町一郎監督 相手の特長は全員で共有できた。\n\n東京都心 きょうは雨が降った。\n"
    assert [s for s, _ in turns(text)] == ["北町一郎"]



@pytest.mark.parametrize("text", [
    "題\n\n市長が公金を私的に流用した 佐藤\n\n副市長も隠蔽に関与した 佐藤次郎\n",             # a clause, then a name: no label
    "各地の天気\n\n福島　県内は3日、大雪となった。\n\n長野　県内でも雪が積もった。\n\n東京都心　氷点下を記録した。\n",   # datelines
    "題\n\n北町フーズ（大阪市）　新製品を3日に発売した。\n\n南町電機（京都市）　工場を新設すると発表した。\n",          # companies' towns
    "題\n\n山田知事　全力で支援したい。\n\n鈴木市長　安全を最優先に考える。\n\n（共同）\n\n東京都心　朝から真夏日となった。\n",   # after the list
])
def test_lines_that_only_look_like_labels_are_statements_of_their_own(text):
    ex = extract_text(text, published=date(2024, 7, 10))
    assert len(ex.claims) >= 2 and ex.claims[-1].kind != "reported_speech"



def test_a_line_opening_as_a_label_does_ends_the_turn_before_it():
    text = ("題\n\n北町一郎監督 前半は苦しかったが、後半の修正がうまくいった。\n\nロペス監督(チリ) 最後の10分で集中力が切れた。\n\n"
            "次戦 北町FCは10月5日にホームで西浦と対戦する。\n\n観衆 1万2千人が詰めかけ、満員になった。\n")
    ex = extract_text(text, published=date(2024, 7, 10))
    assert [c.kind for c in ex.claims][-2:] == ["author_assertion", "author_assertion"]
    # between two labels too: a word is no name (次戦), a name the dictionary half knows is (山田ジョエル)
    text = ("題\n\n北町一郎監督 前半は苦しかった。\n\n次戦 北町FCは10月5日に西浦と対戦する。\n\n山田ジョエル 決勝点は狙い通りだった。\n\n"
            "ロペス監督(チリ) 集中力が切れた。\n")
    assert [(c.kind, c.speakers[0].name if c.speakers else None) for c in extract_text(text, published=date(2024, 7, 10)).claims][1:3] == [
        ("author_assertion", "article author"), ("reported_speech", "山田ジョエル")]



@pytest.mark.parametrize("text", [
    # a list of roles and who holds them: no label over the paragraph below
    "題\n\n官房長官　木原一郎\n外相　北川健一\n\n派閥のバランスに配慮した布陣となった。\n",
    "題\n\n監督　森田一郎\nGK　北川健一（パルマ）\n\n負傷明けの選手の招集は見送られた。\n",
])
def test_a_role_and_a_name_the_dictionary_alone_knows_is_no_label(text):
    ex = extract_text(text, published=date(2024, 7, 10))
    assert ex.claims[-1].kind == "author_assertion" and len(ex.claims) >= 3


def test_a_data_line_after_a_list_of_remarks_is_no_one_s_remark():
    text = ("題\n\nスコルジャ監督（浦和）　前半から狙い通りの形で入れた。\n\nスキッベ監督（広島）　セットプレーの失点が痛かった。\n\n"
            "観衆　3万2105人\n\n得点　松尾（前12分）、関根（後30分）\n")
    ex = extract_text(text, published=date(2024, 7, 10))
    assert [c.kind for c in ex.claims][-2:] == ["author_assertion", "author_assertion"]



def test_a_party_s_name_before_its_leader_s_is_no_clause():
    text = ("党首討論会の主なやりとり\n\n自由民主党 北川健一総裁\n経済の再生を最優先に取り組みます。\n\n"
            "れいわ新選組 森田一郎代表\n消費税は廃止すべきです。\n")
    assert [s.split()[-1] for s, _ in turns(text)] == ["北川健一", "森田一郎"]     # (the party kept before the name)


def test_a_line_opening_with_a_latin_word_and_a_space_goes_on_with_the_turn():
    text = ("題\n\n広瀬知事　それでは私から発表します。\n\n記者　支援の中身はどうなりますか。\n\n広瀬知事　県は子育て支援を拡充します。\n\n"
            "G7 サミットに合わせて、県産品を海外にPRします。\n")
    assert turns(text)[-1] == ("広瀬", "G7 サミットに合わせて、県産品を海外にPRします。")



@pytest.mark.parametrize("label", ["自民党 北川健一", "みんなでつくる党 北川健一", "にかほ市 北川健一市長"])
def test_a_body_and_a_full_name_over_the_answer_is_a_label(label):
    text = f"党首討論会の主なやりとり\n\n{label}\n経済の再生を最優先に取り組みます。\n\n立憲民主党 森田一郎\n消費税は廃止すべきです。\n"
    assert [s.split()[-1].removesuffix("市長") for s, _ in turns(text)] == ["北川健一", "森田一郎"]



@pytest.mark.parametrize("text", [
    "題\n\n記者会見に臨む 北川健一首相\n\n国会で答弁 鈴木一郎外相\n\n政府の説明は不十分だと言わざるを得ない。\n",     # captions
    "題\n\n新しい党執行部の顔ぶれは次の通り。\n\n代表 北川健一\n\n総裁 西田次郎\n\n新体制の船出は多難だと言わざるを得ない。\n",   # a roster
])
def test_captions_and_rosters_over_the_author_s_words_are_no_labels(text):
    ex = extract_text(text, published=date(2024, 7, 10))
    assert ex.claims[-1].kind in ("author_assertion", "author_opinion")
