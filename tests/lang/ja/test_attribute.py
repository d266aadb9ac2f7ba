"""Attribution on snippets built around one pattern each, inside a cited quoted block."""
from datetime import date

import pytest

from ...conftest import extract_text


def block(body: str, citation: str = "【7月3日 時事】") -> str:
    return f"見出し\n\n****報道****\n\n{body}{citation}\n\n******\n"


def claims(body: str, **kw):
    return extract_text(block(body), published=date(2024, 7, 10), **kw).claims


def only(body: str):
    cs = [c for c in claims(body) if c.kind == "reported_speech"]
    assert len(cs) == 1, [(c.text, c.kind) for c in claims(body)]
    return cs[0]


def names(c):
    return [s.name for s in c.speakers]


def test_named_person_with_title_and_affiliation():
    c = only("中国外務省の林剣報道官は18日の記者説明で、首脳会談は2国間交流である、と述べた。")
    assert names(c) == ["林剣"] and c.speakers[0].kind == "person"
    assert c.mention == "中国外務省の林剣報道官" and c.cue.startswith("と述べ")
    assert "中国外務省" in c.speakers[0].description


def test_quoted_speech_with_katakana_name():
    c = only("米財団のトン・ザオ氏は「中国は距離を置いている」と解説した。")
    assert names(c) == ["トン・ザオ"] and c.quoted and c.content == "「中国は距離を置いている」"


def test_short_form_resolves_to_the_full_name_in_the_article():
    cs = [c for c in claims("研究所のユン・スン氏は、変化はないと説明した。またスン氏の見方では、悪い話ではない。") if c.kind == "reported_speech"]
    assert [names(c) for c in cs] == [["ユン・スン"], ["ユン・スン"]]
    assert cs[1].mention == "スン氏"


def test_well_known_short_form_resolves_through_the_entity_table():
    c = only("習氏は友好を堅持すべきだと強調した。")
    assert names(c) == ["習近平"] and c.speakers[0].wikidata == "Q15031"


def test_anonymous_source():
    c = only("ある韓国政府高官は、両国の間に緊張があるようだと述べた。")
    assert c.speakers[0].kind == "anonymous" and names(c) == ["ある韓国政府高官"]


def test_according_to_names_the_source_when_no_one_else_speaks():
    c = only("国際移住機関(IOM)によると、出稼ぎ労働者は約130万人となった。")
    assert names(c) == ["国際移住機関"] and c.mention == "国際移住機関(IOM)" and c.cue == "によると"


def test_according_to_before_a_speaker_is_the_intermediate_source():
    c = only("タス通信などによると、プーチン氏は関係を「史上最良」と評価した。")
    assert names(c) == ["ウラジーミル・プーチン"]
    assert [v.mention for v in c.via] == ["タス通信"]


def test_clauses_with_two_speakers_split_at_the_cue():
    cs = [c for c in claims("韓国の説明によると、同国側は訪問に懸念を示し、中国側は「交流が平和に寄与すること」への期待を表明した。")
          if c.kind == "reported_speech"]
    assert [names(c) for c in cs] == [["韓国"], ["中国"]]
    assert cs[0].mention == "同国側" and cs[1].via[0].source.name == "韓国"


def test_second_clause_without_subject_keeps_the_speaker():
    cs = claims("所長は、中国は懸念を抱くだろうと述べ、「望むのは貿易だ」と付け加えた。")
    speech = [c for c in cs if c.kind == "reported_speech"]
    assert len(speech) == 2 and speech[1].cue.startswith("と付け加え")
    assert names(speech[0]) == names(speech[1])


def test_quote_alone_after_an_attribution_keeps_the_speaker():
    cs = claims("クルマトフさんは仕事の増加を一因に挙げている。「ここで仕事を見つけられる」")
    quote = next(c for c in cs if c.text.startswith("「"))
    assert quote.kind == "reported_speech" and names(quote) == ["クルマトフ"]


def test_joint_speakers_name_both():
    c = only("会議を前に、プーチン氏と中国の習近平国家主席は現地で会談し、双方が関係を称賛した。")
    assert names(c) == ["ウラジーミル・プーチン", "習近平"]


def test_document_speaks_through_its_text():
    body = "両国は「包括的戦略パートナーシップ条約」に署名した。今回の条文を見ると、「遅滞なく援助を提供する」と書かれている。"
    c = only(body)
    assert c.speakers[0].kind == "document" and names(c) == ["包括的戦略パートナーシップ条約"]


def test_country_as_speaker():
    c = only("中国はロシアとの「限りない」友好関係を宣言した。")
    assert names(c) == ["中国"] and c.speakers[0].kind == "organization"


def test_credit_sentence_attributes_the_sentence_before_it():
    cs = claims("習近平国家主席は5日、ラフモン大統領と会談した。中国国営中央テレビが報じた。")
    [c] = cs
    assert names(c) == ["中国中央テレビ"] and c.speakers[0].kind == "media"
    assert c.text == "習近平国家主席は5日、ラフモン大統領と会談した。"


def test_sentence_without_cue_in_a_block_is_the_outlets_reporting():
    [c] = claims("両国の貿易は回復した。")
    assert c.kind == "reported_fact" and names(c) == ["時事通信"]


def test_analysis_continues_over_paragraphs_after_an_introduction():
    body = ("専門家の山田太郎氏(研究所研究員)は、以下のように分析した。\n\n"
            "今回の条約は踏み込んだ内容となっている。\n\n私が注目しているのは、その意図である。")
    cs = extract_text(block(body), published=date(2024, 7, 10)).claims
    assert [names(c) for c in cs] == [["山田太郎"], ["山田太郎"]]


@pytest.mark.parametrize("intro, cue", [("次のような談話を発表した", "発表した"), ("次のような声明を発表した", "発表した"),
                                        ("以下のようにコメントした", "コメントした")])
def test_a_statement_announced_in_full_below_is_its_speaker_s_and_said_the_day_the_announcement_gives(intro, cue):
    ex = extract_text(f"題\n\n北町省の報道官は5日、{intro}。\n\n（以下全文）制裁はただちに解除すべきである。われわれは対話の用意がある。\n",
                      published=date(2024, 7, 10))
    said = [c for c in ex.claims if c.kind == "reported_speech"]
    assert [(names(c), c.cue, c.date) for c in said] == [(["北町省の報道官"], cue, date(2024, 7, 5))] * 2


def test_analysis_does_not_continue_into_past_tense_narrative():
    body = ("工場で働く田中一郎さんは、見通しが変わったと話す。\n\n"
            "帝政時代のロシアは資源を搾取した。")
    cs = extract_text(block(body), published=date(2024, 7, 10)).claims
    assert cs[-1].kind == "reported_fact"


def test_attempt_with_youto_is_not_a_speech_act():
    [c] = claims("中国は勢力圏を切り崩そうとしている。")
    assert c.kind == "reported_fact"


@pytest.mark.parametrize("text, kind", [
    ("ロシアは中国に依存しつつあります。", "author_assertion"),
    ("中国の分がいいように見えます。", "author_opinion"),
    ("といったところでしょうか。", "author_opinion"),
    ("本音とみられます。", "author_opinion"),
    # the author's view (と思う) of a clause that gives a figure to check asserts it: to be cited
    ("この計画は無謀だと思います。", "author_opinion"),
    ("失業率は5月に3.5%に下がったと思います。", "author_assertion"),
    ("市は橋に２億円を使ったような気がします。", "author_assertion"),
    ("失業率は3.5%に下がるでしょう。", "author_opinion"),         # (a modal's forecast stays a hedge)
    ("私見では、この予算案は無謀です。", "author_opinion"),
    ("私見では、市は橋に2億円を使った。", "author_assertion"),
    ("売上高は三千億円に達したと思います。", "author_assertion"),
    # a number that names, dates or counts something is no amount asserted
    ("iPhone15は高すぎると思います。", "author_opinion"),
    ("彼は１５歳の時から天才だったと思います。", "author_opinion"),
    ("第３四半期の決算は期待外れだったように思います。", "author_opinion"),
    # a figure of what happened (the clause in the past), not a forecast or a judgement
    ("来年の予算は三千億円を超えると思います。", "author_opinion"),
    ("市長の判断は１００％間違っていると思います。", "author_opinion"),
    ("円・ドル相場はしばらく落ち着くと思います。", "author_opinion"),
])
def test_author_commentary_is_an_assertion_unless_hedged(text, kind):
    [c] = extract_text(f"題\n\n{text}\n").claims
    assert c.kind == kind and c.speakers[0].kind == "author" and c.citation is None


def test_uncited_statement_points_to_the_block_that_might_support_it():
    text = "題\n\n両首脳は会談しました。\n\n****報道****\n\n両首脳は3日に会談した。【73日 時事】\n\n******\n"
    ex = extract_text(text, published=date(2024, 7, 10))
    first = ex.claims[0]
    assert first.citation is None and first.nearby == 0


def test_trailing_fragment_is_not_a_statement():
    assert extract_text("題\n\n更に首脳会議は・・・\n").claims == ()


def test_a_hedge_is_not_hearsay():
    ex = extract_text("宿泊税 | 旅メモ\n\n市は上限額の引き上げを検討しているそうです。\n\n値上げはまだ先になりそうです。\n", published=date(2024, 7, 10))
    kinds = [c.kind for c in ex.claims]
    assert kinds == ["author_assertion", "author_opinion"], kinds


def test_a_speaker_named_between_the_quotative_and_its_verb_speaks_the_quote():
    ex = extract_text("題\n\n「被害は甚大だ」と、県の担当者は話した。\n", published=date(2024, 7, 10))
    [c] = ex.claims
    assert (c.speakers[0].name, c.cue, c.content) == ("県の担当者", "と話した", "「被害は甚大だ」")


def test_an_introduction_closing_its_paragraph_speaks_the_quote_before_it():
    ex = extract_text("題\n\n岸田文雄首相が会見した。\n\n「必ずやり遂げる」。岸田首相はこう強調した。\n", published=date(2024, 7, 10))
    quote = next(c for c in ex.claims if "必ず" in c.text)
    assert (quote.speakers[0].name, quote.act) == ("岸田文雄", "emphasized")
    assert not any("こう強調" in c.text for c in ex.claims)


@pytest.mark.parametrize("intro, cue", [("そう強調した", "強調した"), ("そう説明した", "説明した"), ("こう断言した", "断言した")])
def test_an_introduction_by_sou_or_kou_with_the_verbs_news_writes_speaks_the_quote_before_it(intro, cue):
    ex = extract_text(f"題\n\n「解散はしない」。北町首相は{intro}。\n", published=date(2024, 7, 10))
    [c] = ex.claims
    assert (names(c), c.cue, c.content) == (["北町"], cue, "「解散はしない」")


@pytest.mark.parametrize("body", ["「解散はしない」――北町首相は19日、こう断言した。", "「解散はしない」――。北町首相はこう断言した。",
                                  "「解散はしない」、北町首相はこう断言した。", "「解散はしない」と北町首相はこう断言した。",
                                  "「解散はしない」──北町首相はこう断言した。", "「解散はしない」ーー北町首相はこう断言した。"])
def test_a_quote_set_off_before_an_introduction_by_kou_in_its_sentence_is_what_it_introduces(body):
    ex = extract_text(f"題\n\n{body}\n\n市の人口は減っている。\n", published=date(2024, 7, 10))
    said, own = ex.claims
    assert (names(said), said.cue, said.content, said.quoted) == (["北町"], "断言した", "「解散はしない」", True)
    assert own.kind == "author_assertion" and own.text == "市の人口は減っている。"


def test_a_date_inside_the_quote_before_an_introduction_does_not_date_the_statement():
    [c] = extract_text("題\n\n「20日に発表する」、北町首相はこう述べた。\n", published=date(2024, 7, 10)).claims
    assert names(c) == ["北町"] and c.date is None


@pytest.mark.parametrize("body, cue", [
    ("岸田首相は記者団に対し「急ぎます」と述べました。", "と述べました"),
    ("林官房長官は「注視している」と話しています。", "と話しています"),
])
def test_polite_forms_are_cues(body, cue):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert c.kind == "reported_speech" and c.cue == cue


@pytest.mark.parametrize("body, cue", [
    ("林官房長官は「注視する」と語るにとどめた。", "と語るにとどめた"),
    ("報道官は、2国間の交流だと述べるにとどめています。", "と述べるにとどめています"),
    ("市長は「検討中だ」と話すにとどまった。", "と話すにとどまった"),
])
def test_a_cue_keeps_what_limits_the_act(body, cue):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert c.kind == "reported_speech" and c.cue == cue


def test_an_inflection_stops_at_the_next_quotative():
    claims = extract_text("題\n\n林氏は「急ぐ」と語り、「注視する」と述べた。\n", published=date(2024, 7, 10)).claims
    assert [c.cue for c in claims] == ["と語り", "と述べた"]


def test_a_quote_closed_by_its_speaker_s_manner_is_speech():
    [c] = extract_text("題\n\n市の担当者は「混乱が生じるかもしれない」と顔を曇らせた。\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.speakers[0].name, c.cue, c.stance) == ("reported_speech", "市の担当者", "と顔を曇らせた", "Assertive")


def test_a_bare_quote_paragraph_is_spoken_by_the_introduction_that_follows():
    text = "題\n\n「まだ決めていない」\n\n委員会が開かれた。山田太郎議員は質問に対し、こう答えた。\n"
    quote = next(c for c in extract_text(text, published=date(2024, 7, 10)).claims if "決めて" in c.text)
    assert quote.speakers[0].name == "山田太郎"


def test_states_that_in_the_polite_present_is_a_cue():
    [c] = extract_text("題\n\n大臣は「すぐに取りかかりたい」としています。\n", published=date(2024, 7, 10)).claims
    assert c.kind == "reported_speech" and c.cue == "としています"


def test_a_word_that_begins_like_a_speech_verb_is_no_cue():
    [c] = extract_text("題\n\n彼は「申し訳ない」と言葉少なだった。\n", published=date(2024, 7, 10)).claims
    assert c.cue == "と言葉少なだった"


def test_an_inflection_stops_before_a_nominaliser():
    cs = extract_text("題\n\n首相は「私の責務だ」と表明したことを認めた。\n", published=date(2024, 7, 10)).claims
    assert cs[0].cue == "と表明した"


def test_a_noun_taken_as_something_is_no_statement():
    [c] = extract_text("題\n\nロシアは中国の支援を必要としています。\n", published=date(2024, 7, 10)).claims
    assert c.kind == "author_assertion"


def test_quotes_without_a_subject_are_the_person_the_report_is_about():
    text = ("題\n\n日本銀行の植田和男総裁は23日、記者会見を開いた。\n\n長期金利については、「速いスピードで上昇している」と指摘。\n\n"
            "その上で、「金融環境は緩和している」と話した。\n")
    cs = [c for c in extract_text(text, published=date(2024, 7, 10)).claims if "「" in c.text]
    assert [c.speakers[0].name for c in cs] == ["植田和男", "植田和男"]


def test_hearsay_ending_in_desu_is_the_speaker_s():
    [c] = extract_text("題\n\n調べに対し、山田容疑者は「間違いありません」と容疑を認めているということです。\n", published=date(2024, 7, 10)).claims
    assert c.speakers[0].name == "山田" and c.kind == "reported_speech"


@pytest.mark.parametrize("sentence", ["政府の説明は本当にひどい。", "首相はもっと早く説明すべきだ。", "こんな決め方で良いのだろうか。"])
def test_the_author_s_evaluations_are_opinions(sentence):
    [c] = extract_text(f"題\n\n{sentence}\n", published=date(2024, 7, 10)).claims
    assert c.kind == "author_opinion"


def test_a_reported_cue_without_subject_or_quotes_is_the_last_speakers_in_the_next_paragraphs():
    ex = extract_text("山田報道官は3日、「状況を注視している」と述べた。\n\n"
                      "一方、交渉については、依然として隔たりがあると指摘した。\n\n"
                      "そのうえで「判断は先方しだいだ」と述べて、協議が進むかどうかは相手の決定しだいだという認識を示した。\n")
    said = {c.text[:8]: [s.name for s in c.speakers] for c in ex.claims}
    assert said == {"山田報道官は3日": ["山田"], "一方、交渉につい": ["山田"], "そのうえで「判断": ["山田"],
                    "協議が進むかどう": ["山田"]}, said


def test_a_reported_cue_far_from_the_last_speaker_is_not_theirs():
    ex = extract_text("山田報道官は3日、「状況を注視している」と述べた。\n\n私は旅行に出た。\n\n駅は混んでいた。\n\n"
                      "一方、交渉については、隔たりがあると指摘した。\n")
    assert "山田" not in [s.name for s in ex.claims[-1].speakers]


def test_a_bare_quote_after_a_sentence_about_someone_is_theirs():
    ex = extract_text("ある関係者は険しい表情を見せた。\n「当局は日常的に情報を集めている」\n")
    assert [s.name for s in ex.claims[-1].speakers] == ["ある関係者"]


def test_a_sentence_announcing_the_speaker_gives_the_quote_after_it_its_speaker():
    ex = extract_text("辞任が報じられた時だったという。事務所のスタッフが言う。\n「発表の前にテレビが報じました」\n")
    assert [s.name for s in ex.claims[-1].speakers] == ["事務所のスタッフ"]


def test_a_bare_quote_far_from_the_sentence_about_someone_is_not_theirs():
    ex = extract_text("ある関係者は険しい表情を見せた。\n\n私は駅へ向かった。\n\n「今日は寒い」\n")
    assert [s.name for s in ex.claims[-1].speakers] != ["ある関係者"]


def test_same_with_a_title_is_the_one_just_named_with_it():
    cs = [c for c in claims("外務省の山田一郎報道官は「遺憾だ」と述べた。同報道官は「対話を続ける」とも語った。") if c.kind == "reported_speech"]
    assert [names(c) for c in cs] == [["山田一郎"], ["山田一郎"]]


@pytest.mark.parametrize("connective", ["一方", "また", "さらに", "これに対し"])
def test_a_connective_opening_the_sentence_is_no_part_of_the_speaker(connective):
    c = only(f"{connective}、山田一郎官房長官は4日、「注視する」と述べた。")
    assert names(c) == ["山田一郎"] and c.mention == "山田一郎官房長官"


@pytest.mark.parametrize("body, cue, act", [
    ("山田容疑者は「刺したのは私だ」と供述した。", "と供述した", "stated"),
    ("山田容疑者は「覚えていない」と否認している。", "と否認している", "denied"),
    ("市長は「判断が甘かった」と吐露した。", "と吐露した", "said"),
    ("社長は「必ず立て直す」と誓った。", "と誓った", "declared"),
    ("大使は対話に応じるよう促した。", "よう促した", "urged"),
    ("野党は「説明が足りない」と反発した。", "と反発した", "criticised"),
    ("知事は「大きな一歩だ」と歓迎した。", "と歓迎した", "praised"),
    ("教授は改革が必要だと説いた。", "と説いた", "explained"),
    ("監督は「悔しい」と口にした。", "と口にした", "said"),
    ("議長は「以上です」と締めくくった。", "と締めくくった", "said"),
    ("報告書は管理に問題があったと結論付けた。", "と結論付けた", "assessed"),
    ("専門家は来年も値上がりが続くと予測した。", "と予測した", "assessed"),
    ("委員長は「このままでは危ない」と警鐘を鳴らした。", "と警鐘を鳴らした", "warned"),
    ("大統領は中国を「脅威」と呼んだ。", "と呼んだ", "said"),
    ("北町花子さんは「結婚しました」と報告した。", "と報告した", "announced"),
    ("北町氏は「実は病気だった」と告白した。", "と告白した", "revealed"),
    ("北町氏は「もう戻らない」と告げた。", "と告げた", "said"),
    ("北町氏は「今日は休む」とつぶやいた。", "とつぶやいた", "wrote"),
    ("北町氏は「改革が必要だ」と発信した。", "と発信した", "wrote"),
    ("北町氏は「減税が必要だ」と唱えた。", "と唱えた", "claimed"),
    ("専門家は原因は老朽化だと推測した。", "と推測した", "assessed"),
])
def test_more_speech_verbs_are_cues(body, cue, act):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.cue, c.act) == ("reported_speech", cue, act), (c.kind, c.cue, c.act)


def test_a_reason_stated_with_toshite_is_a_cue_but_as_the_government_is_not():
    [c, rest] = extract_text("題\n\n北山電機は、需要が落ち込んだとして、予想を引き下げた。\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.speakers[0].name, c.cue) == ("reported_speech", "北山電機", "として")
    [c] = extract_text("題\n\n日本政府として、この方針を支持する。\n", published=date(2024, 7, 10)).claims
    assert c.kind != "reported_speech"


def test_a_cue_without_subject_after_a_sentence_about_someone_is_theirs():
    ex = extract_text("題\n\n経済産業省は3日、会見を開いた。\n\n需要の落ち込みは想定を超えたと説明した。\n", published=date(2024, 7, 10))
    c = next(c for c in ex.claims if "想定" in c.text)
    assert (c.kind, [s.name for s in c.speakers]) == ("reported_speech", ["経済産業省"])


@pytest.mark.parametrize("body, cue", [
    ("知事は移設を阻止する考えを改めて示した。", "考えを改めて示した"),
    ("知事は議員を招く考えも示した。", "考えも示した"),
    ("社長は増産に慎重な見方を重ねて示した。", "見方を重ねて示した"),
    ("大臣は制度を見直す方針を改めて表明した。", "方針を改めて表明した"),
])
def test_a_stance_shown_again_or_as_well_is_a_cue(body, cue):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.cue) == ("reported_speech", cue), (c.kind, c.cue)


@pytest.mark.parametrize("body, cue", [
    ("北山社長は会見で、改めて反省を口にした。", "口にした"),
    ("監督は雪辱を誓った。", "誓った"),
    ("組合は会社側に窮状を訴えた。", "訴えた"),
    ("南野教授は、この説を疑問視する。", "疑問視する"),
    ("政府は北町社が関与したとの見方を強めている。", "見方を強めている"),
])
def test_what_someone_voiced_vowed_pleaded_or_doubted_is_their_statement(body, cue):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.cue) == ("reported_speech", cue), (c.kind, c.cue)


def test_being_sued_is_no_plea():
    [c] = extract_text("題\n\n北山社長は元社員に訴えられた。\n", published=date(2024, 7, 10)).claims
    assert c.kind != "reported_speech"


def test_what_someone_hinted_at_is_their_statement():
    [c] = extract_text("題\n\n大統領は対中関係の見直しを示唆した。\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.speakers[0].name, c.cue) == ("reported_speech", "大統領", "示唆した")


@pytest.mark.parametrize("body, speaker", [
    ("北町市教委(北町)は5日、報告書を誤って廃棄したと発表した。", "北町市教委"),
    ("南野商会（大阪）は、値上げを見送ると発表した。", "南野商会"),
])
def test_a_speaker_unknown_to_the_lexicon_keeps_its_gloss_in_parentheses_out_of_the_way(body, speaker):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.speakers[0].name) == ("reported_speech", speaker)


@pytest.mark.parametrize("body, speaker", [
    ("北町銀行が公表したリポートは「景気は堅調だ」とした。", "リポート"),
    ("地裁の判決は「被告の責任は重い」と指摘した。", "地裁の判決"),
    ("北町代表部の声明によると、書簡では首相の答弁について「重大な違反」と主張。", "書簡"),
    # a title in brackets, then the short name the text goes on with: the short name speaks
    ("北町銀行が3日公表した「地域経済の展望」(展望リポート)は、景気について「持ち直している」とし、判断を据え置いた。", "展望リポート"),
])
def test_a_document_the_sentence_describes_speaks_through_its_verb(body, speaker):
    [c] = [c for c in extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims if c.kind == "reported_speech"]
    assert (c.speakers[0].name, c.speakers[0].kind) == (speaker, "document")


@pytest.mark.parametrize("body, speaker, kind", [
    # a given name in hiragana between the surname and the title
    ("北町総研の南田さやか氏は「財政の説明は難しい」と指摘する。", "南田さやか", "person"),
    ("北町総研の南田さおり主席エコノミストは「財政の説明は難しい」と指摘する。", "南田さおり", "person"),
    ("近くに住む南田ひろみさんは「驚いた」と話した。", "南田ひろみ", "person"),
    # a verb's kana before a name is no given name
    ("安全保障を担当する北山大統領補佐官は「準備しなければならない」と述べた。", "北山", "person"),
    ("先ごろ北山首相は「問題あり」と述べた。", "北山", "person"),
    # a name in Latin letters, its words spaced
    ("服飾店のAtelier Kitamachiによれば、袖の飾りはカフリンクスと呼ぶという。", "服飾店のAtelier Kitamachi", None),
    # a role that speaks, after a clause describing it
    ("会見に出た裁判官は「一様に難しい問題である」と述べた。", "裁判官", "anonymous"),
    ("被告は「覚えていない」と述べた。", "被告", "anonymous"),
])
def test_names_and_roles_the_lexicon_has_no_entry_for_speak(body, speaker, kind):
    [c] = [c for c in extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims if c.kind == "reported_speech"]
    assert c.speakers[0].name == speaker and (kind is None or c.speakers[0].kind == kind)


@pytest.mark.parametrize("body, speaker, content", [
    ("北町新聞は15日、計画は中止になったと報道した。", "北町新聞", "計画は中止になった"),
    ("15日の北町新聞が一面で、計画は中止になったとスクープ報道した。", "北町新聞", "計画は中止になった"),
    ("北町新聞は、計画は中止になったとスクープした。", "北町新聞", "計画は中止になった"),
    # a subject set off by its comma speaks; the topic after it is what was said
    ("市が3日、計画は中止すると発表した。", "市", "計画は中止する"),
    ("首相は「問題ない」と報道陣に語った。", "首相", "「問題ない」"),
])
def test_what_an_outlet_reported_or_a_subject_set_off_by_a_comma_said(body, speaker, content):
    [c] = [c for c in extract_text(f"題\n\n{body}\n", published=date(2024, 7, 16)).claims if c.kind == "reported_speech"]
    assert (c.speakers[0].name, c.content) == (speaker, content)


def test_a_statement_relayed_by_hearsay_is_its_speaker_s_through_the_source():
    [c] = extract_text("題\n\n北町署によると、容疑者は「殺すつもりだった」と供述しているという。\n", published=date(2024, 7, 10)).claims
    assert (c.speakers[0].name, c.cue, c.content) == ("容疑者", "と供述している", "「殺すつもりだった」")
    assert [v.mention for v in c.via] == ["北町署"]


def test_a_title_in_brackets_with_a_gloss_that_nobody_says_is_no_speaker():
    [c] = extract_text("題\n\n「新しい資本主義」(新資本主義)は首相の看板政策だ。\n", published=date(2024, 7, 10)).claims
    assert c.kind != "reported_speech"


@pytest.mark.parametrize("body", [
    "近くに住む北山春子さん(71)は「驚いた」と話した。",
    "近くに住む北山春子(71)さんは「驚いた」と話した。",
    "近くに住む北山春子(71、女)さんは「驚いた」と話した。",
])
def test_an_age_or_a_gloss_in_parentheses_is_no_part_of_the_name_before_or_after_the_honorific(body):
    [c] = [c for c in extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims if c.kind == "reported_speech"]
    assert c.speakers[0].name == "北山春子" and c.speakers[0].kind == "person"


def test_a_name_wrapped_by_hand_before_its_honorific_is_still_the_speaker():
    body = ("市場の近くで長く店を営んできたという北山春子(71、女)\n"
            "さんは、「客足は戻った。ただ、値上げの影響はまだ大\n"
            "きい。来年が勝負になるだろう」と取材に話した。店は\n"
            "今年で開店から四十年を迎えるという。\n")
    [c] = [c for c in extract_text(f"題\n\n{body}", published=date(2024, 7, 10)).claims if "話した" in (c.cue or "")]
    assert c.speakers[0].name == "北山春子" and c.mention == "北山春子(71、女)\nさん"     # as written
    assert c.text.startswith("市場の近くで") and c.text.endswith("と取材に話した。")


def test_a_group_of_countries_listed_by_name_speaks_as_one():
    [c] = extract_text("題\n\nペルーとチリ、ボリビアの3カ国は4日、越境攻撃を非難する共同声明を発表した。\n", published=date(2024, 7, 10)).claims
    assert c.kind == "reported_speech" and c.mention == "ペルーとチリ、ボリビアの3カ国"


@pytest.mark.parametrize("body, cue", [
    ("大使は、対話に応じるよう北町に促した。", "よう北町に促した"),
    ("議長は自制するよう各国に呼びかけた。", "よう各国に呼びかけた"),
    ("西田氏は事故の経緯について語った。", "語った"),
    ("特派員の東氏は残念さをにじませた。", "にじませた"),
    ("市長は「信じられない」と不快感を隠さなかった。", "と不快感を隠さなかった"),
])
def test_urging_someone_speaking_about_and_a_feeling_let_show_are_cues(body, cue):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.cue) == ("reported_speech", cue), (c.kind, c.cue)


def test_a_report_named_after_what_it_reports_with_its_day_and_its_source_is_the_speaker():
    [c] = extract_text("題\n\n東省は兵士に待機を命じたと、北町新聞が18日、匿名の同省当局者の話として報じた。\n",
                       published=date(2024, 7, 10)).claims
    assert (c.kind, c.mention, c.cue) == ("reported_speech", "北町新聞", "と報じた")


def test_the_ga_of_a_verb_is_no_subject():
    ex = extract_text("題\n\n西田さんは先月解放された。取材で、複数の男から受けた嫌がらせについて語った。\n", published=date(2024, 7, 10))
    c = next(c for c in ex.claims if c.kind == "reported_speech")
    assert [s.name for s in c.speakers] == ["西田"]


def test_a_credit_sentence_with_its_day_and_hearsay_attributes_the_sentence_before_it():
    ex = extract_text("題\n\n西国が圧力をかけていたというのだ。北国政府関係者が16日に明らかにしたという。\n", published=date(2024, 7, 10))
    [c] = ex.claims
    assert (c.kind, c.mention, c.text) == ("reported_speech", "北国政府関係者", "西国が圧力をかけていたというのだ。")


@pytest.mark.parametrize("body, speaker", [
    ("東国の国連代表部は21日、大使が書簡を送ったと明らかにした。", "東国の国連代表部"),
    ("事件について、北町署が、男が容疑を認めていると発表した。", "北町署"),
    ("制裁について、南国政権が、協議を続けると発表した。", "南国政権"),
])
def test_a_body_named_by_its_kind_is_a_speaker(body, speaker):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.mention) == ("reported_speech", speaker)


def test_the_fact_a_speaker_answers_to_is_the_report_s_and_the_answer_the_speaker_s():
    cs = claims("東国の西報道官は18日、北国の局長が協議したことについて、「誤った言論を撤回すべきだ」と述べた。")
    fact = next(c for c in cs if "協議した" in c.text)
    said = next(c for c in cs if "撤回" in c.text)
    assert fact.kind == "reported_fact" and "撤回" not in fact.text
    assert (said.kind, names(said)) == ("reported_speech", ["西"])


@pytest.mark.parametrize("body, speaker, content", [
    ("西山氏は、東副長官が「確保は見込んでいる」との説明を修正すると述べた。", "東副長官", "「確保は見込んでいる」"),
    ("北野議員の「なぜ答えなかったのか」という質問に、首相は「準備していた」と答えた。", "北野議員", "「なぜ答えなかったのか」"),
    ("ネットユーザーからは「高すぎる」「買えない」といった声が上がった。", "ネットユーザー", "「高すぎる」「買えない」"),
])
def test_a_quote_a_noun_names_as_someone_s_words_is_their_claim_inside_the_sentence(body, speaker, content):
    c = next(c for c in claims(body) if c.mention == speaker)
    assert (c.kind, c.content, c.quoted) == ("reported_speech", content, True)


def test_a_quote_named_as_the_speaker_s_own_words_is_not_claimed_twice():
    cs = [c for c in claims("首相は「対策を急ぐ」との考えを示した。") if "対策を急ぐ" in c.text]
    assert len(cs) == 1


def test_words_where_they_stand_are_said_by_that_page_when_no_one_is_named():
    [c] = extract_text("題\n\n運営会社の公式サイトでは「中傷はお控えください」と呼びかけた。\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.mention) == ("reported_speech", "運営会社の公式サイト")


def test_a_shop_manager_is_a_role_that_speaks():
    [c] = extract_text("題\n\n店長は「運ぶ際に転倒した」と話しているということです。\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.mention) == ("reported_speech", "店長")


@pytest.mark.parametrize("body", ["知事は会見した。政府には「対話しよう」と求めた。", "知事は会見した。北国では「話し合おう」と呼びかけた。"])
def test_whom_words_are_addressed_to_or_where_they_were_said_does_not_speak_them(body):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10))
    assert [s.name for s in ex.claims[-1].speakers] == ["知事"]


def test_a_quote_signed_in_parentheses_inside_a_sentence_is_the_signer_s():
    cs = claims("事態が多発し、「変化しなければ衰退する」(北海電機の西田社長)といった危機感が強まった。")
    c = next(c for c in cs if c.kind == "reported_speech")
    assert (names(c), c.content) == (["西田"], "「変化しなければ衰退する」")


def test_what_the_source_is_said_to_state_is_the_source_s():
    c = only("警察によりますと、西容疑者は徒歩で移動したとみられ、映像をつなぐ捜査が特定に至ったとしています。")
    assert (names(c), c.cue) == (["警察"], "によりますと")


def test_a_bare_quote_is_said_by_whom_the_paragraph_after_it_names_when_it_ends_on_how_it_was_said():
    text = ("言葉\n\n「自信があったが、医師の判断に従う」=1月21日付『毎日新聞』夕刊\n\n"
            " 冒険家の西山一郎さんが、登頂を中止した。東京事務所への電話で。\n\n「方針に変わりない」=19日付『朝日新聞』\n\n"
            " 東田経済産業相が記者会見で。戦略を継続する考えを強調した。\n\n「次も頑張る」=20日付『朝日新聞』\n\n 南氏は笑顔を見せた。\n")
    said = {c.content: [s.name for s in c.speakers] for c in extract_text(text, published=date(2019, 1, 25)).claims if c.quoted}
    assert said["「自信があったが、医師の判断に従う」"] == ["西山一郎"] and said["「方針に変わりない」"] == ["東田"]
    assert said["「次も頑張る」"] != ["南"]


@pytest.mark.parametrize("body, mention", [
    ("国土交通省の副長官が「年度内に結論を出す」と述べた。", "国土交通省の副長官"),
    ("警察によると、男は「金に困っていた」と供述している。", "男"),
])
def test_a_deputy_s_role_and_an_unnamed_man_speak_whole(body, mention):
    c = only(body)
    assert c.mention == mention and c.speakers[0].name != "副"


def test_the_sentence_saying_how_a_quote_was_said_is_no_statement_of_its_own():
    text = "言葉\n\n「方針に変わりない」=19日付『朝日新聞』\n\n 東田経済産業相が記者会見で。補助金の再開は半年ぶりとなる。\n"
    texts = [c.text for c in extract_text(text, published=date(2025, 5, 21)).claims]
    assert "東田経済産業相が記者会見で。" not in texts and "補助金の再開は半年ぶりとなる。" in texts


@pytest.mark.parametrize("body, outlet", [
    ("北町日報によると、工場は6月に閉鎖される。", "北町日報"),
    ("地元紙の北町日報は、工場が6月に閉鎖されると報じた。", "北町日報"),
    ("南海タイムズは、港の拡張を見送ると報じた。", "南海タイムズ"),
])
def test_a_paper_the_registry_does_not_know_is_still_a_medium_and_the_outlet(body, outlet):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10))
    [c] = ex.claims
    assert (c.speakers[0].kind, c.speakers[0].name) == ("media", outlet) and c.citation is not None


def test_a_medium_word_alone_or_after_a_demonstrative_is_no_paper():
    ex = extract_text("題\n\nそのニュースは、工場が閉鎖されると伝えた。\n", published=date(2024, 7, 10))
    assert all(sp.kind != "media" for c in ex.claims for sp in c.speakers)


@pytest.mark.parametrize("body", [
    "今回の措置は、市場で「控えめな対応」と評価された。",
    "新しい制度は、使いにくいと指摘されている。",
    "その案は、昨年すでに述べられていた。",
])
def test_what_is_said_of_a_subject_in_the_passive_is_not_its_statement(body):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10))
    assert not any(c.kind == "reported_speech" for c in ex.claims), [(c.kind, c.cue) for c in ex.claims]


def test_a_source_in_parentheses_after_a_quote_speaks_it_in_a_passive_sentence():
    ex = extract_text("題\n\n今回の措置は「控えめな対応」(北山研究所の南野氏)と評価された。\n", published=date(2024, 7, 10))
    assert [c.speakers[0].name for c in ex.claims if c.kind == "reported_speech"] == ["南野"]


def test_an_interview_named_in_the_sentence_after_a_statement_cites_it_to_the_interviewer():
    ex = extract_text("題\n\n北町港の管理者は12日、状況を注意深く見守っていると語った。共同通信の取材に答えた。\n",
                      published=date(2024, 7, 10))
    [c] = ex.claims                                     # the interview's sentence is no statement of its own
    assert c.speakers[0].name == "北町港の管理者" and c.citation is not None
    assert ex.citations[c.citation].outlet_written == "共同通信"


@pytest.mark.parametrize("frame, outlet, cue", [
    ("NBCの番組で、", "NBC", "番組"),
    ("NBCのテレビ番組に出演し、", "NBC", "テレビ番組"),
    ("ABCテレビのインタビューで", "ABCテレビ", "取材"),
])
def test_an_outlet_s_programme_or_interview_the_words_were_said_in_is_their_intermediate(frame, outlet, cue):
    ex = extract_text(f"題\n\n北山長官は18日、{frame}「欧州は弱さを見せている」と述べ、「米国は強い」と強調した。【6月19日 ロイター】\n",
                      published=date(2024, 7, 10))
    said = [c for c in ex.claims if c.kind == "reported_speech"]
    assert len(said) == 2 and all(ex.citations[c.citation].outlet == "reuters" for c in said)
    assert all([(v.mention, v.cue) for v in c.via] == [(outlet, cue)] for c in said), [c.via for c in said]


def test_a_quote_standing_alone_is_spoken_by_whom_the_next_paragraph_has_speak_without_words_of_their_own():
    ex = extract_text("題\n\n「もう少し様子を見る必要がある」\n\n南田首相は10日の記者会見で、国民に理解を求めた。\n",
                      published=date(2024, 7, 10))
    quote = next(c for c in ex.claims if "様子を見る" in c.text)
    assert (quote.kind, quote.speakers[0].name, quote.cue) == ("reported_speech", "南田", "求めた")


def test_a_quote_standing_alone_is_not_given_to_someone_quoting_words_of_their_own_next():
    ex = extract_text("題\n\n「もう少し様子を見る必要がある」\n\n南田首相は10日、「急ぐべきだ」と述べた。\n",
                      published=date(2024, 7, 10))
    quote = next(c for c in ex.claims if "様子を見る" in c.text)
    assert quote.kind != "reported_speech"


@pytest.mark.parametrize("body, cue", [
    ("首相は「もう数日様子を見る」と慎重な言いぶりだったが、翌日に協議を始めた。", "と慎重な言いぶりだった"),
    ("市長は「まだ早い」と慎重な口ぶりだった。", "と慎重な口ぶりだった"),
])
def test_a_quote_closed_by_its_speaker_s_manner_may_go_on_after_a_conjunction(body, cue):
    c, *rest = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.cue, c.speakers[0].name) == ("reported_speech", cue, body[:2]), (c.kind, c.cue)
    assert [r.kind for r in rest] == (["author_assertion"] if rest else [])     # what the sentence goes on to tell is the report's


@pytest.mark.parametrize("body", ["北田氏は「天才だ」と言われた。", "北田氏は「天才だ」とほめられた。"])
def test_a_quote_said_of_its_subject_in_the_passive_is_not_theirs(body):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert c.kind != "reported_speech", (c.kind, c.cue)


@pytest.mark.parametrize("body, speakers", [
    ("北町新聞社が3、4両日に実施した世論調査では、内閣支持率は43%だった。", ["北町新聞社"]),
    ("北町新聞社と南海テレビが3、4両日に実施した合同世論調査では、内閣支持率は43%だった。", ["北町新聞社", "南海テレビ"]),
    ("北町新聞社が実施した世論調査で、内閣支持率は30％に下落した。", ["北町新聞社"]),       # で as well as では
])
def test_a_poll_carried_out_by_outlets_on_listed_days_is_theirs_and_cites_the_first(body, speakers):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10))
    [c] = ex.claims
    assert (c.kind, [s.name for s in c.speakers]) == ("reported_speech", speakers)
    assert c.citation is not None and ex.citations[c.citation].outlet_written == body[:len(speakers[0])]


def test_what_another_said_that_the_speaker_answers_to_is_theirs_and_the_topic_speaks_on():
    ex = extract_text("題\n\n東国の高官は、北国の総書記が対話の可能性に言及したことについて「興味深い」と述べ、"
                      "対応を注視する考えを示した。\n", published=date(2024, 7, 10))
    fact, said, view = ex.claims
    assert [s.name for s in fact.speakers] == ["北国の総書記"] and "言及した" in fact.cue
    assert [s.name for s in said.speakers] == [s.name for s in view.speakers] == ["東国の高官"]


def test_a_fact_the_speaker_answers_to_that_is_nobody_s_speech_stays_with_the_sentence():
    [c] = extract_text("題\n\n大臣は、局長が協議したことについて「問題ない」と述べた。\n", published=date(2024, 7, 10)).claims
    assert (c.kind, [s.name for s in c.speakers]) == ("reported_speech", ["大臣"])


@pytest.mark.parametrize("body, cue", [
    ("西国は12日、自国民に退避するよう勧告を出した。", "勧告を出した"),
    ("西国政府は12日、事故について声明を発表した。", "声明を発表した"),
])
def test_an_advisory_or_a_statement_issued_is_a_cue(body, cue):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.cue) == ("reported_speech", cue), (c.kind, c.cue)


def test_a_paper_s_piece_by_its_headline_is_its_statement_and_it_speaks_on_in_the_next_sentence():
    ex = extract_text("題\n\n11日の米紙北町ジャーナルは「経済に打撃」と題する記事を掲載。復興への財政支出は重い負担になると解説。\n",
                      published=date(2024, 7, 10))
    piece, more = ex.claims
    assert (piece.kind, piece.cue, piece.mention) == ("reported_speech", "と題する記事を掲載", "米紙北町ジャーナル")
    assert (more.kind, [s.name for s in more.speakers]) == ("reported_speech", [s.name for s in piece.speakers])
    assert piece.citation is not None and more.citation == piece.citation
    assert ex.citations[piece.citation].outlet_written == "米紙北町ジャーナル"


def test_a_stance_stated_again_and_again_is_a_cue():
    [c] = extract_text("題\n\n東長官は「関係は強化されている」という立場を繰り返し明らかにした。\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.cue) == ("reported_speech", "立場を繰り返し明らかにした"), (c.kind, c.cue)


@pytest.mark.parametrize("body, speaker", [
    ("首相が辞任の意向を固めたと報じたのは北町新聞だ。", "北町新聞"),
    ("要請したのは下村氏と書いたのは唯一北町新聞のみです。", "北町新聞"),
])
def test_a_cleft_names_who_reported_after_the_verb(body, speaker):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.speakers[0].name) == ("reported_speech", speaker)


def test_a_cleft_about_when_keeps_the_subject():
    [c] = extract_text("題\n\n市長が「問題ない」と述べたのは5日のことだ。\n", published=date(2024, 7, 10)).claims
    assert c.speakers[0].name == "市長"


@pytest.mark.parametrize("body, speaker", [
    ("当時、西山氏は後任に指名され、周囲から「異例の出世だ」と驚きの目でみられた。", "周囲"),
    ("計画は専門家から「根拠が乏しい」と指摘された。", "専門家"),
])
def test_words_said_to_someone_in_the_passive_are_the_agent_s(body, speaker):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10))
    said = [c for c in ex.claims if c.kind == "reported_speech"]
    assert [c.speakers[0].name for c in said] == [speaker]


def test_a_place_in_the_passive_is_no_speaker():
    ex = extract_text("題\n\n東京から「明日行く」と連絡された。\n", published=date(2024, 7, 10))
    assert all(c.kind != "reported_speech" for c in ex.claims)


@pytest.mark.parametrize("body, cue", [
    ("西国は、自国を優先しているのではないかと疑念を募らせている。", "疑念を募らせている"),
    ("組合は経営陣への不信感を深めている。", "不信感を深めている"),
])
def test_a_doubt_or_distrust_growing_is_a_cue(body, cue):
    said = [c for c in extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims if c.kind == "reported_speech"]
    assert [c.cue for c in said] == [cue]


def test_a_source_opening_its_paragraph_gives_the_sentences_after_it_without_a_subject():
    cs = claims("同選管によると、廃棄されたのは市議団体の報告書。調査で六月に焼却していたことが分かった。\n\n"
                "同選管によると、両者は協議した。市長は先月、現地を訪れている。")
    by = {c.text: names(c) for c in cs}
    assert by["調査で六月に焼却していたことが分かった。"] == ["同選管"]
    assert by["市長は先月、現地を訪れている。"] != ["同選管"]     # a sentence of its own subject is not the source's


@pytest.mark.parametrize("body, speaker", [
    ("県は3日、対策本部を設置したと発表した。", "県"),
    ("同市は「協力する」と述べた。", "同市"),
])
def test_a_government_named_by_its_level_alone_speaks(body, speaker):
    assert names(only(body)) == [speaker]


def test_a_sentence_about_a_government_is_its_own_after_a_source():
    cs = claims("同選管によると、投票率は52%だった。県は対策本部を設置した。")
    assert {c.text: names(c) for c in cs}["県は対策本部を設置した。"] != ["同選管"]


@pytest.mark.parametrize("body, cue", [
    ("田中氏は「長い付き合いです」と明かした。その上で「悔しい」と残念がった。", "と残念がった"),
    ("田中氏は「長い付き合いです」と明かした。「次も勝つ」と笑顔を見せた。", "と笑顔を見せた"),
    ("田中氏は「長い付き合いです」と明かした。「最高です」と、声を弾ませた。", "と、声を弾ませた"),
    ("田中氏は「長い付き合いです」と明かした。「緊張する」と照れながら明かした。", "と照れながら"),
    ("田中氏は「長い付き合いです」と明かした。「やり切った」と誇らしげだった。", "と誇らしげだった"),
    ("田中氏は「すべてが変わった」と感慨しきりだった。", "と感慨しきりだった"),
])
def test_how_a_quote_was_said_is_its_cue_and_the_speaker_carries_on(body, cue):
    said = [c for c in claims(body) if c.kind == "reported_speech"]
    assert [(c.cue, names(c)) for c in said][-1] == (cue, ["田中"])


@pytest.mark.parametrize("body", ["彼は家族と笑った。", "「A案」と「B案」を比べた。", "「A案」と「B案」を比べながら歩いた。"])
def test_laughing_with_someone_or_comparing_quotes_is_no_cue(body):
    assert all(c.kind != "reported_speech" for c in claims(body))


def test_a_picture_s_caption_is_no_speaker_label():
    text = ("見出し\n\n日刊スポーツ\n\n大手事務所(2019年7月18日撮影)\n\n"
            "ユニットが解散したことが分かった。田中氏は「残念です」と明かした。\n")
    cs = extract_text(text, published=date(2024, 7, 10)).claims
    assert not any("大手事務所" in s.name for c in cs for s in c.speakers)


@pytest.mark.parametrize("body, outlet", [
    ("田中氏はロイターに対し、「引退しない」と語った。", "ロイター"),
    ("田中氏はロイター通信に対し「引退しない」と語った。", "ロイター通信"),
    ("田中氏はロイター通信に対して「引退しない」と語った。", "ロイター通信"),
    ("当局者はCNNに「確認中だ」と明かした。", "CNN"),
    ("同氏は朝日新聞の取材に「問題ない」と答えた。", "朝日新聞"),
])
def test_words_told_to_an_outlet_are_cited_to_it(body, outlet):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10))
    [said] = [c for c in ex.claims if c.kind == "reported_speech"]
    assert ex.citations[said.citation].outlet_written == outlet


@pytest.mark.parametrize("body", ["彼は友人に「元気だ」と話した。", "政府はロシアに対し、「撤退せよ」と求めた。", "政府はロシアに対し「撤退せよ」と求めた。"])
def test_words_told_to_someone_not_an_outlet_are_uncited(body):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10))
    assert all(c.citation is None for c in ex.claims)


def test_a_paper_publishing_a_piece_by_its_headline_speaks_and_is_cited():
    ex = extract_text("題\n\nこれを受けて、日経新聞は「悪い円安が消えた」という手のひら返しの記事を公開しました。\n",
                      published=date(2024, 7, 10))
    [said] = ex.claims
    assert names(said) == ["日本経済新聞"] and ex.citations[said.citation].outlet_written == "日経新聞"


@pytest.mark.parametrize("body, speaker", [
    ("弁護士の田中一郎さん(57)は事件について「動機が気になる」。", "田中一郎"),
    ("監督は試合後、「選手はよくやった」。", "監督"),
])
def test_a_quote_ending_its_sentence_without_a_verb_is_its_topic_s(body, speaker):
    [said] = [c for c in extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims if c.kind == "reported_speech"]
    assert names(said) == [speaker] and said.content.startswith("「")


def test_a_quote_after_a_topic_that_cannot_speak_is_no_one_s_words():
    cs = extract_text("題\n\n監督は「よくやった」と話した。\n\n今年のテーマは「挑戦」。\n", published=date(2024, 7, 10)).claims
    assert [c.kind for c in cs] == ["reported_speech", "author_assertion"]


@pytest.mark.parametrize("body, speaker, cue", [
    ("先程も総理の方から、直接私の方に任務に専念するようにと指示がありました。", "総理", "と指示がありました"),
    ("8月19日に厚生労働省が流行期に入ったという話がありました。", "厚生労働省", "という話がありました"),
    ("私は社長から「頑張れ」という話をいただきました。", "社長", "という話をいただきました"),
])
def test_words_received_from_someone_are_theirs(body, speaker, cue):
    [said] = [c for c in extract_text(f"題\n\n{body}\n", published=date(2024, 9, 2)).claims if c.kind == "reported_speech"]
    assert (names(said), said.cue) == ([speaker], cue)


@pytest.mark.parametrize("body, speaker", [
    ("監督の村瀬は「うれしい」と話した。共演の俳優・岡部健二（45）も「夢のようだ」と感慨しきりだった。", "共演の俳優・岡部健二"),
    ("監督の村瀬は「うれしい」と話した。最後に森川は「ぜひ見てほしい」と呼びかけた。", "森川"),
])
def test_a_bare_name_before_も_or_after_an_adverbial_speaks(body, speaker):
    said = [c for c in extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims if c.kind == "reported_speech"]
    assert names(said[-1]) == [speaker]


@pytest.mark.parametrize("body", ["政府はロイターに対し、記事の訂正を求めた。", "トランプ氏はCNNに対し、「偽ニュースだ」と批判した。"])
def test_what_is_aimed_at_an_outlet_is_not_cited_to_it(body):
    assert all(c.citation is None for c in extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims)


@pytest.mark.parametrize("np", ["米国務長官", "国連事務総長", "警察庁長官", "官房長官"])
def test_an_office_without_a_name_speaks_as_the_office(np):
    [said] = extract_text(f"題\n\n{np}は「懸念する」と述べた。\n", published=date(2024, 7, 10)).claims
    assert names(said) == [np]


def test_quotes_after_a_player_introduced_as_the_subject_are_theirs():
    cs = extract_text("題\n\nプロ野球・北町ブレーブスの佐伯翔太投手（22）が14日、本拠地で先発し、プロ初完封を果たした。"
                      "試合後のヒーローインタビューで「夢みたいです」と笑顔を見せた。\n", published=date(2024, 7, 20)).claims
    assert names(cs[-1]) == ["佐伯翔太"]


@pytest.mark.parametrize("body, speaker", [("「怖かった」と住民は話した。", "住民"), ("「期待したい」と外務省幹部は話した。", "外務省幹部")])
def test_the_speaker_named_between_a_quote_and_its_verb_without_a_comma(body, speaker):
    [said] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert names(said) == [speaker]


@pytest.mark.parametrize("body, speaker, content", [
    ("売却は難しいと関係筋は語った。", "関係筋", "売却は難しい"),
    ("増税が必要だと財務相は述べた。", "財務相", "増税が必要だ"),
    ("ただし買い手を探すのは容易ではない、と北町テレビは報じています。", "北町テレビ", "ただし買い手を探すのは容易ではない"),
])
def test_the_speaker_named_between_a_clause_s_quotative_and_its_verb(body, speaker, content):
    [said] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert (names(said), said.content) == ([speaker], content)


@pytest.mark.parametrize("body", ["首相と大統領は語った。", "発言したと想像するが\nもし政治主導で発言したとすれば、やはり思考回路を疑いたい。",
                                  "知り合いと家族は語った。", "近所に住むゆうと友人が語った。"])
def test_a_noun_and_to_or_a_verb_after_to_is_no_speaker_after_the_quotative(body):
    claims = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert all(c.kind != "reported_speech" for c in claims), claims


@pytest.mark.parametrize("body, speaker", [
    ("この報道について北町太郎韓国外交通商相は5日の会見で、「厳重に対応する」と述べた。", "北町太郎"),
    ("北町太郎(キタマチタロウ)韓国外交通商相は5日、「厳重に対応する」と述べた。", "北町太郎"),
    ("南国の西田一郎内相は「対応する」と述べた。", "西田一郎"),
])
def test_a_minister_of_any_portfolio_is_a_person_and_a_reading_is_no_part_of_the_name(body, speaker):
    [said] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert names(said) == [speaker]


@pytest.mark.parametrize("body, speaker, cue", [
    ("2022年11月最高裁は血痕について「審理が不十分だ」と裁判のやり直しを命じました。", "最高裁", "命じました"),
    ("北町地方裁判所は、「他殺の可能性は考えられない」と判断した。", "北町地方裁判所", "と判断した"),
    ("東京高裁は「判決に不合理な点はない」として控訴を棄却した。", "東京高裁", "として控訴を棄却した"),
    ("弁護団は「不当な判決だ」と述べた。", "弁護団", "と述べた"),
])
def test_a_court_s_ruling_is_the_court_s_and_a_date_before_it_is_no_part_of_its_name(body, speaker, cue):
    [said] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert (names(said), said.cue) == ([speaker], cue)


@pytest.mark.parametrize("body, speaker, cue", [
    ("この裁判の裁判員1人が記者会見し、「先入観は怖いと思った」と感想を述べました。", "この裁判の裁判員1人", "と感想を述べました"),
    ("男性1人が「怖かった」と話した。", "男性1人", "と話した"),
    ("日本人3人が「怖かった」と話した。", "日本人3人", "と話した"),
])
def test_people_counted_or_of_a_country_speak(body, speaker, cue):
    [said] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert (names(said), said.cue) == ([speaker], cue)


def test_answers_below_questions_written_out_are_the_announced_speaker_s():
    cs = extract_text("題\n\n裁判員が語った内容は以下の通りです。\n\n(Q.難しかった点はなんですか?)\n\n証人の数が多く、判決を出すのに苦労した。\n\n"
                      "(Q.気持ちの面は?)\n\n期日が長く、記憶が薄れる不安があった。\n", published=date(2024, 7, 10)).claims
    said = [c for c in cs if c.kind == "reported_speech"]
    assert [names(c) for c in said] == [["裁判員"], ["裁判員"]] and not any("Q." in c.text for c in cs)


def test_a_caption_on_a_page_with_written_out_questions_speaks_no_turn():
    cs = extract_text("題\n\n北町太郎さんと南野花子さん\n\n北町地方裁判所は、「他殺とは言えない」と判断したうえで、「可能性は否定できない」などとして、無罪を言い渡しました。\n\n"
                      "裁判員が語った内容は以下の通りです。\n\n(Q.難しかった点は?)\n\n証人が多く苦労した。\n", published=date(2024, 7, 10)).claims
    assert [names(c) for c in cs if c.kind == "reported_speech"][:2] == [["北町地方裁判所"], ["北町地方裁判所"]]


def test_hearsay_after_a_paper_is_named_is_the_paper_s():
    ex = extract_text("題\n\n今朝の北町新聞を読みました。酒蔵が純米大吟醸の販売を始めたそうです。出荷も2年目だそうです。\n\n"
                      "明日は雨が降りそうです。\n", published=date(2024, 7, 10))
    said = [c for c in ex.claims if c.kind == "reported_speech"]
    assert [names(c) for c in said] == [["北町新聞"], ["北町新聞"]] and said[0].citation == said[1].citation == 0
    [c] = ex.citations
    assert c.kind == "named" and c.outlet_written == "北町新聞"


def test_hearsay_names_no_speaker_in_its_subject():
    ex = extract_text("題\n\n市は上限額の引き上げを検討しているそうです。\n", published=date(2024, 7, 10))
    assert [c.kind for c in ex.claims] == ["author_assertion"]


@pytest.mark.parametrize("body, speaker, cue", [
    ("メディアの変革について北町台長は「新たなメディアを目指す」と述べました。", "北町", "と述べました"),
    ("北町党の機関紙は「崇拝している」と、揶揄した。", "北町党の機関紙", "と、揶揄した"),
    ("評論家の南野氏は自信ありげに「不成立」を予言。", "南野", "予言"),
    ("社長は「世界一になる」と豪語した。", "社長", "と豪語した"),
])
def test_more_titles_and_ways_of_putting_a_view(body, speaker, cue):
    [said] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert (names(said), said.cue) == ([speaker], cue)


def test_a_headline_s_subject_without_its_topic_marker_speaks():
    ex = extract_text("題\n\n”北町氏、当選した場合は会社を売却したいと語る(CNBC 2018.12.5)”\n\n米政府高官はCNNの取材に、多くの人物が権限を有しているとした。\n",
                      published=date(2018, 12, 6))
    first, second = ex.claims
    assert names(first) == ["北町"] and ex.citations[first.citation].outlet_written == "CNBC"
    assert ex.citations[first.citation].date == date(2018, 12, 5)
    assert names(second) == ["米政府高官"] and ex.citations[second.citation].outlet_written == "CNN"


def test_answers_under_written_out_questions_stay_when_no_one_is_announced():
    cs = extract_text("題\n\n裁判員の一人が会見に臨んだ。\n\n(Q.裁判員を務めてみてどうでしたか?)\n\nとても重く感じました。\n\n会見は30分ほどで終わりました。\n",
                      published=date(2024, 7, 10)).claims
    assert [c.text for c in cs] == ["裁判員の一人が会見に臨んだ。", "とても重く感じました。", "会見は30分ほどで終わりました。"]


def test_a_count_repeated_many_times_is_no_crash():
    body = "住民" + "二人" * 500 + "は「良い」と話した。"
    [said] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims     # it was a RecursionError
    assert said.text == body


@pytest.mark.parametrize("line", ["Reuters", "TOKYO", "Photo: AP", "Hello world."])
def test_a_line_of_latin_letters_over_a_japanese_one_is_no_part_of_its_speaker(line):
    ex = extract_text(f"題\n\n首相は増税しないと述べた。\n{line}\n市長は「検討する」と述べた。\n")
    said = next(c for c in ex.claims if "検討する" in c.text)
    assert [s.name for s in said.speakers] == ["市長"], said.speakers


@pytest.mark.parametrize("body, relayer", [
    ("町長は「橋は来年直す」と述べた、と近所の住民は話した。", "近所の住民"),
    ("町長は橋を来年直すと語った、と知人の男性が明かした。", "知人の男性"),
])
def test_one_who_passes_on_what_someone_said_is_its_via_not_a_claim_of_its_own(body, relayer):
    c = only(body)
    assert names(c) == ["町長"] and "橋" in c.content, (c.text, c.content)
    assert [v.mention for v in c.via] == [relayer]


def test_a_person_s_other_names_hold_no_affiliation():
    c = only("北町製紙の山田一郎社長は「苦渋の決断だ」と述べた。")
    assert names(c) == ["山田一郎"] and "山田一郎社長" in c.speakers[0].aliases
    assert not any("の" in a for a in c.speakers[0].aliases), c.speakers[0].aliases


@pytest.mark.parametrize("body, speaker", [
    ("「増税はやむを得ない」と田中さんは話した。", "田中"),
    ("「増税はやむを得ない」と、田中一郎さんは述べた。", "田中一郎"),
    ("「ありがとう」とミカさんが話した。", "ミカ"),
])
def test_a_speaker_with_a_kana_honorific_after_the_quote(body, speaker):
    cs = [c for c in claims(body) if c.kind == "reported_speech"]
    assert [(c.speakers[0].name, c.content) for c in cs] == [(speaker, body[:body.index("」") + 1])]


@pytest.mark.parametrize("body, source, content", [
    ("工場が閉鎖されることが関係者への取材で分かった。", "関係者", "工場が閉鎖される"),
    ("工場を閉鎖する方針を固めたことが、政府関係者への取材でわかりました。", "政府関係者", "工場を閉鎖する方針を固めた"),
])
def test_what_the_outlet_learnt_from_its_sources_is_theirs(body, source, content):
    c = only(body)
    assert (names(c), c.cue.startswith("への取材で"), c.content) == ([source], True, content)


@pytest.mark.parametrize("body", ["「がんばろう」と皆さんは話した。", "「おいしい」とお客さんは話した。"])
def test_everyone_and_the_customer_are_no_names(body):
    assert not [c for c in claims(body) if c.kind == "reported_speech" and c.speakers and c.speakers[0].kind == "person"]


@pytest.mark.parametrize("body, speaker, kind", [
    ("外務大臣は「全力で取り組む」と述べた。", "外務大臣", "anonymous"),           # a title whole names no one
    ("「寂しくなる」と、近所に住む佐藤花子さん（72）は語った。", "佐藤花子", "person"),   # the name after what qualifies it
])
def test_titles_whole_and_names_after_a_qualifying_clause(body, speaker, kind):
    c = only(body)
    assert (c.speakers[0].name, c.speakers[0].kind) == (speaker, kind)


def test_a_conference_of_the_prime_minister_named_in_its_title():
    ex = extract_text("岸田内閣総理大臣記者会見\n\n（問）抱負をお願いします。\n\n（答）全力で取り組みます。\n", published=date(2024, 7, 10))
    assert [(c.speakers[0].name, c.speakers[0].kind) for c in ex.claims if c.kind == "reported_speech"] == [("岸田文雄", "person")]


@pytest.mark.parametrize("body, speaker", [
    ("パウエル米連邦準備制度理事会（FRB）議長は2日、「インフレは鈍化している」と述べた。", "パウエル"),   # the body between name and title
    ("パウエルFRB議長は「インフレは鈍化している」と述べた。", "パウエル"),
    ("神田真人財務官は「過度な変動は望ましくない」と述べた。", "神田真人"),
    ("ゼレンスキー・ウクライナ大統領は「反対する」と述べた。", "ウォロディミル・ゼレンスキー"),
])
def test_a_name_without_the_body_and_country_between_it_and_its_title(body, speaker):
    assert only(body).speakers[0].name == speaker


def test_words_received_from_someone_start_after_from():
    c = only("総理から、全力を挙げるようにと指示がありました。")
    assert (names(c), c.content) == (["総理"], "全力を挙げるように")


@pytest.mark.parametrize("body, speaker, kind", [
    ("「問題だ」と森まさこ議員は話した。", "森まさこ", "person"),     # a given name in hiragana is no qualifying clause
    ("「楽しかった」と駅員さんは話した。", "駅員さん", "anonymous"),   # someone by their work
    ("「楽しかった」と地元の漁師さんは話した。", "地元の漁師さん", "anonymous"),
])
def test_a_given_name_in_hiragana_and_a_worker_with_san(body, speaker, kind):
    c = only(body)
    assert (c.speakers[0].name, c.speakers[0].kind) == (speaker, kind)


@pytest.mark.parametrize("body, content", [("首相は来月辞任するとされる。", "首相は来月辞任する"),
                                           ("円安はさらに進むと言われています。", "円安はさらに進む")])
def test_a_passive_of_hearsay_is_the_author_s_passed_on_not_its_subject_s(body, content):
    """とされる, と言われている: said of the subject by no one named; the author's words, marked hearsay."""
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.stance, c.content) == ("author_assertion", "Hearsay", content)


def test_a_statement_to_the_police_is_the_suspect_s_relayed_by_the_police():
    """県警は…容疑者を逮捕した。「…」と供述している: the suspect gave it (the subject left out), the police relay it."""
    ex = extract_text("題\n\n県警は28日、農業の山田一郎容疑者(32)を殺人容疑で再逮捕し、発表した。「殺すつもりで刺した」と供述しているという。\n\n"
                      "県警は「捜査を続ける」と述べた。\n", published=date(2024, 7, 10))
    by = {c.content: c for c in ex.claims}
    told = by["「殺すつもりで刺した」"]
    assert told.speakers[0].name == "山田一郎" and [v.source.name for v in told.via] == ["県警"]
    assert by["「捜査を続ける」"].speakers[0].name == "県警"        # the police's own words stay theirs


@pytest.mark.parametrize("body, stance", [("この計画は違法とされている。", "Hearsay"), ("首相は辞任すると報じられている。", "Hearsay"),
                                          # a name one is called, or words one was told: no hearsay
                                          ("田中さんは「神童」と言われている。", "Assertive"),
                                          ("田中さんは上司に「会社を辞めろ」と言われている。", "Assertive")])
def test_passives_of_hearsay_and_of_being_called(body, stance):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.stance) == ("author_assertion", stance)


def test_a_title_s_prefix_is_no_name():
    """彼は次期総裁と目されている: no person 次期 whom a later 総裁 resolves to."""
    ex = extract_text("題\n\n総裁は9日の会合後、「注視する」と述べた。\n\n彼は次期総裁と目されている。\n", published=date(2024, 7, 10))
    assert ex.claims[0].speakers[0].name == "総裁"


def test_a_statement_issued_then_said_is_one_claim_dated_by_its_sentence():
    """大統領は23日、声明を発表し、「…」と述べた: no claim whose words are "23日", and the quote dated the 23rd."""
    ex = extract_text("題\n\n大統領は23日、声明を発表し、「支持する」と述べた。\n\n政府は「遺憾だ」との声明を発表し、抗議した。\n",
                      published=date(2024, 7, 25))
    assert [(c.content, c.date) for c in ex.claims if c.kind == "reported_speech"] == [
        ("「支持する」", date(2024, 7, 23)), ("「遺憾だ」", None)]


@pytest.mark.parametrize("body", ["その選手は「天才」と言われていた。", "田中氏は周囲から「怪物」と言われていました。"])
def test_being_called_something_is_no_one_s_statement(body):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert c.kind == "author_assertion"


def test_a_statement_to_the_police_after_another_speaker_is_the_suspect_s_via_the_police():
    ex = extract_text("題\n\n市長は4日、「遺憾だ」と述べた。大阪府警は5日、警察官を刺した鈴木二郎容疑者を逮捕した。「覚えていない」と否認している。\n",
                      published=date(2024, 7, 10))
    denied = next(c for c in ex.claims if "覚えていない" in c.text)
    assert denied.speakers[0].name == "鈴木二郎" and [v.mention for v in denied.via] == ["大阪府警"]


@pytest.mark.parametrize("body, expected", [
    # another subject's clause after a statement issued: its own claim
    ("首相は23日、談話を発表し、野党は「中身がない」と批判した。", [("野党", "「中身がない」")]),
    # a statement that says what it condemns carries its words
    ("外務省は23日、発射を非難する声明を発表し、官房長官は「容認できない」と述べた。",
     [("外務省", "発射を非難する"), ("官房長官", "「容認できない」")]),
    ("政府は23日、「遺憾だ」とする声明を発表し、首相は「残念だ」と述べた。", [("政府", "「遺憾だ」"), ("首相", "「残念だ」")]),
])
def test_a_statement_issued_and_another_s_words_after_it(body, expected):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 25))
    assert [(c.speakers[0].name, c.content) for c in ex.claims if c.kind == "reported_speech"] == expected


@pytest.mark.parametrize("body, speaker", [
    # an organisation's own denial, the police two sentences back: the organisation's
    ("警視庁は28日、王明容疑者を逮捕した。中国外務省は29日、会見を開いた。「事実無根だ」と否認した。", "中国外務省"),
    # the occupation the police write before the name is no part of it
    ("県警は5日、住所不定、無職鈴木三郎容疑者を逮捕した。「金がなかった」と供述している。", "鈴木三郎"),
])
def test_statements_to_the_police_from_the_attack(body, speaker):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 30))
    assert [c.speakers[0].name for c in ex.claims if c.kind == "reported_speech"] == [speaker]


@pytest.mark.parametrize("body, expected", [
    # 供述 is the accused's even after another's words; an unnamed suspect where none is named
    ("県警は23日、山田太郎容疑者を逮捕した。鈴木一郎市長は「残念だ」と述べた。「金が欲しかった」と供述している。",
     [("鈴木一郎", "「残念だ」"), ("山田太郎", "「金が欲しかった」")]),
    ("県警は23日、容疑者を逮捕した。「金が欲しかった」と供述している。", [("容疑者", "「金が欲しかった」")]),
    # と述べた上で、 ends a clause: the next is another's
    ("首相は談話を発表し、「反省する」と述べた上で、野党は「不十分だ」と批判した。", [("首相", "「反省する」"), ("野党", "「不十分だ」")]),
])
def test_from_the_last_attack(body, expected):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 30))
    assert [(c.speakers[0].name, c.content) for c in ex.claims if c.kind == "reported_speech"] == expected


@pytest.mark.parametrize("body, speaker", [
    ("外相は日本の主張の撤回を強く求めた。", "外相"),
    ("外相は日本に、撤回を重ねて要求した。", "外相"),
    ("報道官は日本の対応を厳しく非難した。", "報道官"),
    # and the subject left out, the speaker before goes on
    ("大統領は書簡で、義務はないと表明した。その上で領有権を改めて要求した。", "大統領"),
])
def test_how_an_act_was_done_between_its_object_and_the_verb(body, speaker):
    said = [c for c in claims(body) if c.kind == "reported_speech"]
    assert said and said[-1].speakers[0].name == speaker and said[-1].text.endswith(body.split("。")[-2] + "。")


@pytest.mark.parametrize("body, speaker", [
    ("県警は28日、無職の山田一郎容疑者を殺人容疑で再逮捕し、発表した。", "県警"),     # the act just told is what was announced
    ("北町電機は工場の閉鎖を決め、発表した。", "北町電機"),
    ("政府は新たな対策をまとめ、公表した。", "政府"),
    ("厚労省は「感染者は100人」と公表した。", "厚労省"),
])
def test_an_act_and_its_announcement(body, speaker):
    [c] = claims(body)
    assert c.kind == "reported_speech" and c.speakers[0].name == speaker


@pytest.mark.parametrize("body", ["市は、調査結果の公表を見送った。", "同社は、発表した。"])
def test_no_announcement_without_what_was_announced(body):
    [c] = claims(body)
    assert c.kind == "reported_fact" and not c.cue       # the report's, no one's announcement


def test_a_compound_statement_noun_is_not_what_was_said():
    [c] = claims("6カ国は4日、米国の攻撃を非難する共同声明を発表した。")
    assert c.speakers[0].name == "6カ国" and c.content == "米国の攻撃を非難する"


@pytest.mark.parametrize("body", ["大統領は23日、共同声明を発表し、「協力を深める」と述べた。", "大統領は23日、声明を発表し、「協力を深める」と述べた。"])
def test_a_statement_issued_before_its_words_is_still_an_act(body):
    [c] = claims(body)
    assert c.speakers[0].name == "大統領" and c.content == "「協力を深める」"


def test_an_outlet_s_dateline_in_parentheses_is_no_speaker_s_turn():
    """(CNN) opening a story credits it; the subject left out later is the story's speaker, not CNN."""
    ex = extract_text("題\n\n(CNN) 南米など6カ国は4日、共同声明を発表した。この攻撃では大統領が拘束された。"
                      "6カ国は声明で、攻撃は「国際法」に反するとし、「外部からの干渉」のない解決を求めた。\n", published=date(2026, 1, 5))
    asked = next(c for c in ex.claims if "干渉" in c.text)
    assert asked.speakers[0].name == "6カ国" and asked.cue == "求めた"
    assert ex.citations and ex.citations[0].outlet == "cnn"


@pytest.mark.parametrize("body", [
    "日テレは、国分氏が「答え合わせをしたい」と訴えていることについて、「違反に該当する」と反論した。",
    "日テレは国分氏が「答え合わせをしたい」と訴えていることに「違反に該当する」と反論した。",
])
def test_an_outlet_answering_what_another_said(body):
    said = {c.cue: c.speakers[0].name for c in claims(body)}
    assert said == {"と訴えている": "国分", "と反論した": "日本テレビ"}


def test_a_remark_on_a_fact_is_no_fact_of_what_was_said():
    [c] = claims("驚いたことに、首相は「辞めない」と述べた。")
    assert c.speakers[0].name == "首相"


@pytest.mark.parametrize("body", [
    "山田氏は「感染力は高い」などと特徴を説明した。",
    "山田氏は「感染力は高い」と特徴を説明し、注意を促した。",
    "山田氏はウイルスについて、「感染力は高い」などと特徴を説明し、注意を促した。",
])
def test_a_quote_closed_by_what_it_explains(body):
    said = [c for c in claims(body) if c.kind == "reported_speech"]
    assert [(c.speakers[0].name, c.content) for c in said] == [("山田", "「感染力は高い」")]


def test_a_quote_that_titles_something_is_no_one_s_words():
    assert all(c.kind != "reported_speech" for c in claims("首相は「改革を進める」と題し、講演した。"))


@pytest.mark.parametrize("body, speaker, kind", [
    ("山田花子シニアアドバイザーは「日本が心配だ」と述べた。", "山田花子", "person"),
    ("同紙の黒田一郎特派員は「親日的かもしれない」と書いた。", "黒田一郎", "person"),
    # a rank before a title names no one
    ("特別顧問は「問題はない」と述べた。", "特別顧問", "anonymous"),
    ("常任理事は「問題はない」と述べた。", "常任理事", "anonymous"),
])
def test_advisers_correspondents_and_ranks_before_a_title(body, speaker, kind):
    [c] = claims(body)
    assert (c.speakers[0].name, c.speakers[0].kind) == (speaker, kind)


@pytest.mark.parametrize("body, speaker", [
    ("韓国大統領府は25日、「日本側は謝罪した」と説明した。", "韓国大統領府"),          # a government's office (府)
    ("内閣府は「景気は回復している」と発表した。", "内閣府"),
    ("山田一郎首席秘書官は「日本側は謝罪した」と強調した。", "山田一郎"),           # a secretary (秘書官)
])
def test_offices_and_secretaries_speak(body, speaker):
    [c] = claims(body)
    assert c.kind == "reported_speech" and c.speakers[0].name == speaker


def test_a_sentence_announcing_the_next_speaker_stops_the_one_before():
    ex = extract_text("題\n\n山田市長は「工場は閉鎖しない」と述べた。ある幹部が言う。\n「市長は本気だ」\n", published=date(2024, 7, 10))
    quote = next(c for c in ex.claims if "本気" in c.text)
    assert quote.speakers[0].name == "ある幹部"


def test_two_words_of_manner_between_the_object_and_the_verb():
    [c] = claims("野党は法案の撤回を重ねて強く要求した。")
    assert c.speakers[0].name == "野党" and c.content == "法案の撤回"


@pytest.mark.parametrize("body", [
    "警視庁は「ルフィ」と名乗る男を逮捕し、詳しい経緯を調べている。",       # a name the quote gives, not words said
    "首相は「最強」と呼ばれる布陣を用意し、選挙に臨んだ。",
    "首相は会見し、発表内容について説明した。",                             # 発表 a noun
    "警察は男を逮捕し、公表を見送った。",                                   # an announcement withheld
])
def test_no_statement_from_a_quoted_name_or_an_announcement_not_made(body):
    assert all(not c.cue for c in claims(body))


@pytest.mark.parametrize("body", ["大臣秘書官は「問題はない」と述べた。", "首相首席秘書官は「問題はない」と述べた。",
                                  "NHK解説委員は「問題はない」と述べた。", "ITアドバイザーは「問題はない」と述べた。"])
def test_an_aide_or_a_desk_before_a_title_names_no_person(body):
    [c] = claims(body)
    assert c.speakers[0].kind == "anonymous"


def test_a_remark_like_a_quote_is_its_speaker_s_and_a_shop_s_name_no_one_s():
    said = {c.text: c.speakers[0].name for c in claims("大臣は「こういうケースも想定していた」というような発言をしていた。") if c.cue}
    assert list(said.values()) == ["大臣"]
    assert all(not c.cue for c in claims("田中さんは「おはよう」という名前の店を開店し、話題になった。"))


def test_a_surname_that_is_also_a_paper_s_name_is_a_person():
    ex = extract_text("題\n\n朝日健太郎参院議員は10日、「反対だ」と述べた。朝日氏は「再考を」と求めた。\n", published=date(2024, 3, 31))
    first, second = (c.speakers[0].name for c in ex.claims)
    assert second == first and first.startswith("朝日健太郎")


def test_a_question_mark_inside_a_dateline_s_story_keeps_it_a_dateline():
    ex = extract_text("題\n\n（CNN）米国で「なぜ？」との声が広がっている。大統領は10日、「調査する」と述べた。\n", published=date(2024, 3, 31))
    assert not any(c.speakers and c.speakers[0].name == "CNN" and c.kind == "reported_speech" for c in ex.claims)


def test_claimed_is_said():
    [c] = claims("首相は「辞任しない」と称した。")
    assert c.kind == "reported_speech" and c.speakers[0].name == "首相"


@pytest.mark.parametrize("body", ["首相が辞任を決めたのは先月だったという。", "山田氏が会社を辞めたことは事実だという。"])
def test_the_subject_of_a_clause_made_a_noun_is_not_the_speaker(body):
    """Xが…したのは…だという: X is the subject of what is reported, the hearsay the report's."""
    [c] = claims(body)
    assert c.kind == "reported_fact" and [s.kind for s in c.speakers] == ["media"], (c.kind, names(c))


@pytest.mark.parametrize("body, speaker", [("北町署が、男が逃げたのは午後3時ごろだと発表した。", "北町署"),
                                           ("山田氏が「辞めるのは嫌だ」と述べた。", "山田"),
                                           ("北町署がこのことは重要だと述べた。", "北町署"),
                                           ("北町署が観測されたのは震度5強だと発表した。", "北町署"),
                                           ("北町署が18日、発射されたのは弾道ミサイルだったという。", "北町署"),
                                           ("北町署が7月3日、発射されたのは弾道ミサイルだったという。", "北町署"),
                                           ("北町署が東京都千代田区の庁舎で、発射されたのは弾道ミサイルだったという。", "北町署")])
def test_a_subject_set_off_by_a_comma_or_before_a_quote_still_speaks(body, speaker):
    assert names(only(body)) == [speaker]


@pytest.mark.parametrize("text", ["釧路市の漁師、山田一郎さん（58）は「支援がなければ廃業する」と話した。",
                                  "「支援がなければ廃業する」と、釧路市の漁師、山田一郎さん（58）は話した。"])
def test_who_a_person_is_set_off_by_a_comma_before_the_name_is_their_description(text):
    """釧路市の漁師、山田一郎さん: the name is 山田一郎, 釧路市の漁師 what they are, before the quote or after it."""
    ex = extract_text(f"メモ\n\n{text}\n", published=date(2024, 7, 10))
    [c] = ex.claims
    assert [(s.name, s.kind) for s in c.speakers] == [("山田一郎", "person")] and c.content == "「支援がなければ廃業する」"
    assert "漁師" in (c.speakers[0].description or "")


@pytest.mark.parametrize("text", ["管理人の感想：ようやく動いたかという感じですね。", "遅すぎる感じですね。"])
def test_an_impression_is_the_author_s_opinion(text):
    ex = extract_text(f"メモ\n\n{text}\n", published=date(2024, 7, 10))
    assert [c.kind for c in ex.claims] == ["author_opinion"]


@pytest.mark.parametrize("title", ["副総裁", "副議長", "副会長", "副党首"])
def test_a_deputy_s_title_ends_the_name(title):
    ex = extract_text(f"メモ\n\n北町銀行の内田{title}は「緩和を続ける」と述べた。\n", published=date(2024, 7, 10))
    assert [s.name for c in ex.claims for s in c.speakers] == ["内田"]


@pytest.mark.parametrize("body, speaker", [
    ("加藤こども政策担当大臣は4日、記者会見で「支援を急ぐ」と述べた。", "加藤"),
    ("松本こども家庭庁長官は「予算を確保する」と話した。", "松本"),
    ("新藤経済再生担当相は「賃上げが続く」と述べた。", "新藤"),
    ("山田デジタル庁長官は「遅れはない」と話した。", "山田"),
    ("鈴木金融担当相は「注視する」と述べた。", "鈴木"),
    ("松村国家公安委員長は「捜査を急ぐ」と述べた。", "松村"),
    ("吉村大阪府知事は「万全を期す」と述べた。", "吉村"),          # a prefecture goes with its governor's title
    ("小池東京都知事は「万全を期す」と述べた。", "小池"),
    ("高市経済安保相は「注視する」と述べた。", "高市早苗"),        # a surname ending in 市 is no city's office
])
def test_an_office_before_a_title_goes_with_the_title_even_in_kana(body, speaker):
    [c] = extract_text(body + "\n", published=date(2024, 7, 10)).claims
    assert [s.name for s in c.speakers] == [speaker] and c.speakers[0].kind == "person"


@pytest.mark.parametrize("body", ["東京都のこども政策担当課長は「待機児童はゼロになった」と述べた。", "金融担当課長は「注視する」と述べた。"])
def test_an_office_and_its_title_without_a_name_are_no_one_s_name(body):
    [c] = extract_text(body + "\n", published=date(2024, 7, 10)).claims
    assert c.speakers[0].kind == "anonymous", c.speakers


def test_an_office_word_inside_a_company_s_name_cuts_nothing():
    [c] = extract_text("日経デジタル編集長は10日、「購読者が増えた」と語った。\n", published=date(2024, 7, 10)).claims
    assert c.speakers[0].name != "日経"


@pytest.mark.parametrize("body, speaker", [
    ("山本経済産業相は2日、「家計を守る」と述べた。一方、野党からは「選挙目当てだ」との批判も出ている。", "野党"),
    ("市民からは「遅すぎる」との声が上がった。", "市民"),
    ("市民からは「遅すぎる」という声が上がった。", "市民"),
    ("市民からは「遅すぎる」との声が聞かれた。", "市民"),
    ("市民からは「遅すぎる」との声も出ている。", "市民"),
    ("市民からは「遅すぎる」という声が多く聞かれた。", "市民"),
    # where voices are heard, unnamed: those there
    ("会場からは「遅すぎる」との声が上がった。", "会場"),
    ("SNSでは「遅すぎる」との批判が相次いでいる。", "SNS"),
    ("ネット上では「遅すぎる」との声も出ている。", "ネット上"),
])
def test_whom_a_reaction_comes_from_speaks_it(body, speaker):
    claims = extract_text(body + "\n", published=date(2024, 7, 10)).claims
    said = [c for c in claims if "「遅すぎる」" in c.text or "「選挙目当てだ」" in c.text]
    assert {s.name for c in said for s in c.speakers} == {speaker}      # once, and not the minister before it
    assert len(said) == 1 and said[0].kind == "reported_speech"        # one claim: not the author's too


@pytest.mark.parametrize("body, speaker", [
    ("首相は、記者団から「辞任するのか」と問われ、「考えていない」との認識を示した。", "首相"),       # asked by, not said by
    ("鈴木花子知事は、住民から寄せられた意見について「真摯に受け止める」との考えを示した。", "鈴木花子"),
    ("神戸市広報官は15日、「対策を急ぐ」と述べた。", "神戸市広報官"),          # a city's office, no person named 神戸市
])
def test_from_whom_and_a_place_s_office_keep_the_sentence_s_own_speaker(body, speaker):
    [c] = extract_text(body + "\n", published=date(2024, 7, 10)).claims
    assert c.speakers[0].name == speaker



@pytest.mark.parametrize("body, speaker", [
    ("首相は3日、減税を表明した。野党から「選挙目当てだ」との批判が出ている。", "野党"),      # から and the quote itself
    ("鈴木花子知事は3日、休校を決めた。保護者から「判断が遅い」との不満が出ている。", "保護者"),
])
def test_whom_a_quoted_reaction_comes_from_speaks_it_without_は(body, speaker):
    claims = extract_text(body + "\n", published=date(2024, 7, 10)).claims
    assert claims[-1].speakers[0].name == speaker


def test_a_surname_ending_in_市_before_an_honorific_is_a_person():
    claims = extract_text("古市太郎さんは4日、「不安だ」と話した。古市さんは「早く戻りたい」とも話した。\n", published=date(2024, 7, 10)).claims
    assert [c.speakers[0].name for c in claims] == ["古市太郎", "古市太郎"]


@pytest.mark.parametrize("body, speaker", [
    ("みずほ銀行は、金利を上げると発表した。", "みずほ銀行"),
    ("株式会社ひかりフーズは、新商品を発売すると発表した。", "株式会社ひかりフーズ"),
    ("株式会社ひかりフーズ（本社：大阪市、代表取締役社長：佐々木健）は、10月15日より新商品を発売すると発表した。", "株式会社ひかりフーズ"),
    ("ゆうちょ銀行の広報担当者は「検討中だ」と述べた。", "ゆうちょ銀行の広報担当者"),
    ("また銀行は、金利を上げると発表した。", "銀行"),          # a connective opens no name
    ("それから銀行は、金利を上げると発表した。", "銀行"),
])
def test_a_company_s_name_may_open_in_hiragana_and_a_field_in_its_parenthesis_is_no_label(body, speaker):
    [c] = extract_text(body + "\n", published=date(2024, 7, 10)).claims
    assert c.kind == "reported_speech" and c.speakers[0].name == speaker and c.cue in ("と発表した", "と述べた"), c


@pytest.mark.parametrize("verb", ["とおっしゃいました", "と述べられました", "と話されました", "と語られた"])
def test_a_speech_verb_in_respect_is_the_subject_s_speech_and_先生_a_title(verb):
    [c] = extract_text(f"メモ\n\n講師の山本先生は「備えが大切です」{verb}。\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.speakers[0].name, c.speakers[0].kind, c.cue) == ("reported_speech", "山本", "person", verb)


@pytest.mark.parametrize("body", ["報告書には「備えが大切だ」と述べられている。", "山本氏は「優秀だ」と評価された。"])
def test_a_passive_speech_verb_is_still_no_one_s_speech(body):
    assert [c.kind for c in extract_text(f"メモ\n\n{body}\n", published=date(2024, 7, 10)).claims] == ["author_assertion"]


@pytest.mark.parametrize("body, speaker", [
    ("「昔はもっと人がいた」と話すのは、商店会長の田中一郎さん（65）。", "田中一郎"),      # news writes the cleft without its だ
    ("「昔はもっと人がいた」と話すのは、近所に住む佐藤花子さん（80）だ。", "佐藤花子"),
    ("「昔はもっと人がいた」と話すのは商店会長の田中一郎さんだ。", "田中一郎"),
])
def test_a_cleft_names_the_speaker_after_its_comma_and_without_its_copula(body, speaker):
    [c] = extract_text(f"メモ\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.speakers[0].name, c.content) == ("reported_speech", speaker, "「昔はもっと人がいた」")


@pytest.mark.parametrize("body, kind", [
    ("慎重に判断してほしいものです。", "author_opinion"), ("皆さんも備えを確認しておきましょう。", "author_opinion"),
    ("来月から電気代が2割上がりますので、節電しましょう。", "author_assertion"),      # a fact given as its reason: to check
    ("失業率は2.5％ですね。", "author_assertion"),
])
def test_a_wish_or_an_appeal_of_the_author_is_an_opinion_a_fact_with_it_is_not(body, kind):
    [c] = extract_text(f"メモ\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert c.kind == kind


def test_a_speaker_s_appeal_stays_the_speaker_s_assertion():
    [c] = extract_text("メモ\n\n首相は記者団に「備えを確認しましょう」と呼びかけた。\n", published=date(2024, 7, 10)).claims
    assert (c.kind, c.stance) == ("reported_speech", "Assertive")


def test_a_cleft_without_a_known_name_and_one_looking_back_with_そう_name_their_own_speakers():
    ex = extract_text("商店街\n\n「通りが消えたら町の記憶もなくなる」と話すのは、商店会長の田中一郎さん（65）。\n\n"
                      "「昔はもっと人がいた」。そう振り返るのは、近くに住む佐藤花子さん（80）だ。\n\n「もう限界」と話すのは、店主の村田です。\n",
                      published=date(2024, 7, 10))
    assert [(c.speakers[0].name, c.text[:8]) for c in ex.claims] == [
        ("田中一郎", "「通りが消えたら"), ("佐藤花子", "「昔はもっと人が"), ("村田", "「もう限界」と話")]


def test_outlets_that_also_reported_it_are_its_speakers():
    ex = extract_text("ラーメン\n\n閉店は後継者不足が理由だと、北陸新報が10日報じた。同店の閉店は、NHKと北日本放送も伝えた。\n",
                      published=date(2024, 7, 12))
    assert [[s.name for s in c.speakers] for c in ex.claims] == [["北陸新報"], ["NHK", "北日本放送"]]


def test_a_time_in_kana_opens_no_company_s_name():
    [c] = extract_text("メモ\n\nきのう銀行側は「遺憾だ」と述べた。\n", published=date(2024, 7, 10)).claims
    assert c.speakers[0].name == "銀行側"


@pytest.mark.parametrize("body", ["「また来たい」と話すのは、当然だ。", "「値上げはしない」と言うのは簡単だ。"])
def test_what_a_cleft_says_of_a_saying_is_no_speaker(body):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert c.speakers[0].kind == "author"


@pytest.mark.parametrize("body, speaker, cue", [
    # what the police believe as they investigate
    ("警視庁は、男がライブの開催に合わせて計画的に狙ったとみて調べています。", "警視庁", "とみて"),
    ("北町署は殺人の疑いもあるとみて捜査している。", "北町署", "とみて"),
    ("県警は、事故とみて原因を調べている。", "県警", "とみて"),
    # an appeal
    ("県健康増進課は、まだの人に早めの接種を呼び掛けている。", "県健康増進課", "呼び掛けている"),
    ("県は5日、県民に節電を呼び掛けた。", "県", "呼び掛けた"),
])
def test_a_belief_held_while_investigating_and_an_appeal_are_their_subject_s(body, speaker, cue):
    c = only(body)
    assert (names(c), c.cue) == ([speaker], cue)


@pytest.mark.parametrize("body", ["市民が節電を呼びかけられた。", "そのポスターは、観光客に来場を呼び掛けている。",
                                  "駅前では、ボランティアが募金を呼び掛けていた。", "そのポスターは、観光客に来場を求めている。"])
def test_an_appeal_no_one_named_makes_is_not_the_last_speaker_s(body):
    said = "市は「来場者は過去最多だ」と発表した。"
    assert [names(c) for c in claims(said + body) if c.kind == "reported_speech"] == [["市"]]


@pytest.mark.parametrize("between, speaker", [("北町署は殺人の疑いもあるとみて捜査している。", "県健康増進課"),
                                               ("トヨタ自動車は新工場を発表した。", "県健康増進課"),
                                               ("県警捜査1課は、同日までに男を逮捕した。", "県警捜査1課")])
def test_the_same_section_is_the_last_one_named_whoever_spoke_since(between, speaker):
    """The last section the text names, speaker or not, a source too."""
    body = f"県健康増進課によると、患者は100人を超えた。{between}同課は「外出を控えてほしい」と話した。"
    last = [c for c in claims(body) if c.kind == "reported_speech"][-1]
    assert (names(last), last.mention) == ([speaker], "同課")


@pytest.mark.parametrize("before, speaker", [("県警交通企画課の田中課長は「安全運転を」と話した。", "県警交通企画課"),
                                             ("県教育課は放課後の見回りを始めた。", "県教育課"), ("北町署の山田署長は「注意して」と話した。", "北町署")])
def test_the_same_section_is_never_a_word_that_only_holds_its_name(before, speaker):
    word = "同署" if "署" in speaker else "同課"
    last = [c for c in claims(f"{before}{word}によると、事故は増えている。") if c.kind == "reported_speech"][-1]
    assert names(last) == [speaker]


def test_a_time_opening_a_sentence_is_no_one_who_acts():
    said = [names(c) for c in claims("市は「来場者は過去最多だ」と発表した。今後は市民に節電を求める。") if c.kind == "reported_speech"]
    assert ["今後"] not in said


def test_a_named_topic_of_a_view_speaks_after_another_speaker():
    body = "北斗電機は「需要は堅い」と説明した。森川は来年には景気が戻ると見ている。"
    assert [names(c) for c in claims(body) if c.kind == "reported_speech"][-1] == ["森川"]


def test_the_same_station_no_one_named_as_a_speaker_is_not_the_last_company():
    body = "トヨタ自動車は新工場を発表した。北町署は男を逮捕した。同署によると、男は容疑を認めている。"
    last = [c for c in claims(body) if c.kind == "reported_speech"][-1]
    assert names(last) != ["トヨタ自動車"]


@pytest.mark.parametrize("body, speaker, cue", [
    ("政府は、問題は解決済みとの立場だ。", "政府", "との立場だ"),
    ("日銀は、物価上昇は一時的との見方だ。", "日銀", "との見方だ"),
    ("トヨタ自動車は、来年度に黒字化できるとの見通しです。", "トヨタ自動車", "との見通しです"),
    ("主催側は、一部の勢力に過ぎないという判断だ。", "主催側", "という判断だ"),
])
def test_a_stance_closing_the_sentence_as_a_noun_is_its_subject_s(body, speaker, cue):
    c = only(body)
    assert (names(c), c.cue) == ([speaker], cue)


@pytest.mark.parametrize("body", ["これは当然との考えもある。", "問題は解決済みとの立場を取る政府に批判が集まった。"])
def test_a_stance_that_is_no_one_s_or_not_the_sentence_s_end_speaks_for_no_one(body):
    assert all(c.kind != "reported_speech" for c in claims(body))


@pytest.mark.parametrize("body, speaker", [("専門家の間では、景気は回復に向かうとの見方だ。", "専門家"),     # (among them: theirs)
                                           ("専門家の間では、景気は回復に向かうと見ている。", None),
                                           ("関係者によると、景気は回復に向かうという判断だ。", "関係者")])
def test_a_view_s_topic_may_be_what_it_is_about_and_its_source_holds_it(body, speaker):
    said = [names(c) for c in claims(body) if c.kind == "reported_speech"]
    assert said == ([[speaker]] if speaker else [])


@pytest.mark.parametrize("body, speaker", [
    ("北町電機が19日、「値上げする」と発表した。", "北町電機"),       # a name the lexicon does not know, set off by its day
    ("北町電機が、値上げすると発表した。", "北町電機"),
    ("北町病院が、患者が増えていると発表した。", "北町病院"),        # the name set off before the clause's own subject
])
def test_a_subject_marked_by_ga_and_set_off_by_its_day_or_a_comma_speaks(body, speaker):
    [c] = extract_text("題\n\n" + body + "\n", published=date(2024, 11, 20)).claims
    assert c.kind == "reported_speech" and names(c) == [speaker]


def test_a_ga_subject_inside_a_clause_that_qualifies_a_noun_does_not_speak():
    [c] = extract_text("題\n\n北町の工場が攻撃された問題で、南野国防省の西川報道官は19日、「先走ることはない」と述べた。\n",
                       published=date(2024, 11, 20)).claims
    assert names(c) == ["西川"]


@pytest.mark.parametrize("credit, outlet", [("NHKが報じた。", "nhk"), ("共同通信などが報じた。", "kyodo"), ("と、NHKが伝えた。", "nhk")])
def test_an_outlet_crediting_the_sentence_before_is_its_citation(credit, outlet):
    body = "北町首相は19日、辞任する意向を固めた。" + credit if not credit.startswith("と") else "北町首相は19日、辞任する意向を固めた" + credit
    ex = extract_text("題\n\n" + body + "\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert c.citation is not None and ex.citations[c.citation].outlet == outlet


@pytest.mark.parametrize("np, name", [("北町日銀総裁", "北町"), ("北町経済財政相", "北町"), ("北町国務大臣", "北町"),
                                      ("北町国土交通省事務次官", "北町")])
def test_an_office_before_a_title_goes_with_the_title_not_the_name(np, name):
    [c] = extract_text(f"題\n\n{np}は19日、「金利を上げる」と述べた。\n", published=date(2024, 11, 20)).claims
    assert names(c) == [name]


@pytest.mark.parametrize("body, speaker", [
    ("円安が19日、一時1ドル＝160円台まで進み、政府が為替介入を実施したと発表した。", "政府"),     # what cannot speak does not
    ("北町製作所が計画を凍結したが、政府は輸出を続ける考えを強調した。", "政府"),                  # a clause of its own, ended before the cue's
    ("北町製作所が計画を凍結したが、南野氏は「続ける」と述べた。", "南野"),
    ("北町商工会議所が19日、「着工を急ぐべきだ」と発表した。", "北町商工会議所"),                    # a business by its suffix
])
def test_the_ga_subject_that_speaks_is_one_that_can_and_whose_clause_the_cue_ends(body, speaker):
    said = [c for c in extract_text("題\n\n" + body + "\n", published=date(2024, 11, 20)).claims if c.kind == "reported_speech"]
    assert [names(c) for c in said] == [[speaker]]


def test_a_surname_is_not_the_full_name_whose_titles_show_another_person():
    cs = extract_text("題\n\n同社の北町一郎社長は「増産する」と述べた。北町経済財政相は21日、「支援する」と強調した。北町社長は「ありがたい」と話した。\n",
                      published=date(2024, 11, 22)).claims
    assert [names(c) for c in cs] == [["北町一郎"], ["北町"], ["北町一郎"]]


@pytest.mark.parametrize("body", ["「毎日新聞」は19日、北町市長が辞任する意向だと報じた。",
                                  "『毎日新聞』(電子版)は19日、北町市長が辞任する意向だと報じた。"])
def test_an_outlet_named_in_quote_marks_speaks_and_is_cited(body):
    ex = extract_text("題\n\n" + body + "\n", published=date(2024, 7, 10))
    [c] = [c for c in ex.claims if c.kind == "reported_speech"]
    assert names(c) == ["毎日新聞"] and c.speakers[0].kind == "media"
    cited = ex.citations[c.citation]
    assert (cited.outlet, cited.kind, str(cited.date)) == ("mainichi", "named", "2024-06-19")


def test_a_quote_that_is_no_outlet_s_name_stays_a_quote():
    c = only("北町市長は「毎日新聞は読まない」と述べた。")
    assert names(c) == ["北町"] and c.content == "「毎日新聞は読まない」"


@pytest.mark.parametrize("body, speaker", [("「市民の声を聞いて進めたい」と北町市長。", "北町"), ("「春に完成する」と市の担当者。", "市の担当者"),
                                           ("「辞める気はない」と話す北町市長。", "北町"), ("「辞める気はない」と語る北町社長。", "北町")])
def test_a_quote_closed_by_its_speaker_without_a_verb_or_before_the_speaker_it_qualifies_is_theirs(body, speaker):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert (c.kind, names(c), c.content) == ("reported_speech", [speaker], body[:body.index("」") + 1])


@pytest.mark.parametrize("body", ["「もう限界だ」と悲鳴。", "「安全だ」と書かれた看板。"])
def test_a_quote_closed_by_a_noun_that_speaks_for_no_one_stays_the_author_s(body):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10)).claims
    assert c.kind in ("author_assertion", "author_opinion")


def test_a_quote_closed_by_a_gesture_after_a_named_speaker_stays_theirs():
    c = extract_text("題\n\n北町被告は驚いた様子で、「この国に裁判はない」と大声を上げた。\n", published=date(2024, 7, 10)).claims[0]
    assert names(c) == ["北町"] and c.content == "「この国に裁判はない」"


@pytest.mark.parametrize("body, content, day", [("北町市長は19日に辞意を表明した。", "辞意", 19), ("北町市長は17日の会見で辞任を否定した。", "辞任", 17),
                                               ("NHKによれば、北町市長は19日に辞意を表明した。", "辞意", 19)])
def test_a_day_with_ni_or_its_occasion_opening_what_was_done_dates_it_and_is_no_part_of_it(body, content, day):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert (c.content, c.date) == (content, date(2024, 11, day))


def test_a_day_before_the_outlet_named_between_the_quotative_and_its_verb_dates_its_report():
    ex = extract_text("題\n\n北町市長が辞任したと、19日にNHKが報じた。\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert names(c) == ["NHK"] and (ex.citations[c.citation].outlet, ex.citations[c.citation].date) == ("nhk", date(2024, 11, 19))


def test_a_subject_before_a_report_that_is_itself_the_subject_is_what_the_report_says():
    first, second = extract_text("題\n\n北町市長が辞任するとの報道があったが、市は否定している。\n", published=date(2024, 11, 20)).claims
    assert "北町" not in [s.name for s in first.speakers]
    [c] = extract_text("題\n\n北町市長が辞任するとの意向を示した。\n", published=date(2024, 11, 20)).claims
    assert names(c) == ["北町"] and c.content == "辞任する"


@pytest.mark.parametrize("body", ["Yahoo!ニュースによると、北町市長が辞任した。", "Yahoo!ニュースは、北町市長が辞任したと伝えた。"])
def test_a_name_with_its_own_mark_is_one_name_and_no_sentence_end(body):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert names(c) == ["Yahoo!ニュース"] and ex.citations[c.citation].outlet == "yahoo_jp"


@pytest.mark.parametrize("body", ["「辞める気はない」と北町氏は19日、記者団に語った。", "「遺憾だ」と北町官房長官は19日の記者会見で述べた。",
                                  "「来月1日に辞任する」と北町市長は19日、述べた。"])
def test_a_quote_first_is_dated_by_the_frame_after_it(body):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert names(c) == ["北町"] and c.date == date(2024, 11, 19)


@pytest.mark.parametrize("body, speaker", [("「今後も続ける」（北町市長、19日の会見で）", "北町"), ("「物価が上がって苦しい」（北町市、70代女性）", "70代女性"),
                                           ("「想定外だった」（東山電力広報部）", "東山電力広報部"), ("「改革が必要だ」（北町一郎・東大教授）", "北町一郎")])
def test_a_speaker_in_parentheses_after_a_quote_with_when_where_or_whom_they_work_for(body, speaker):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert (c.kind, names(c)) == ("reported_speech", [speaker])


@pytest.mark.parametrize("body, speaker", [("北町一郎・東大教授は「改革が必要だ」と述べた。", "北町一郎"),
                                           ("ドナルド・トランプ大統領は「勝つ」と述べた。", "ドナルド・トランプ")])
def test_a_name_then_where_they_work_joined_by_a_dot_is_the_name(body, speaker):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert names(c) == [speaker]


@pytest.mark.parametrize("after", ["当然の結果だと思う。", "残念だと思います。"])
def test_the_author_s_view_after_a_source_opening_the_paragraph_stays_the_author_s(after):
    said, own = extract_text(f"題\n\nNHKによると、北町市長は辞任する意向だという。{after}\n", published=date(2024, 11, 20)).claims
    assert names(said) == ["NHK"] and own.kind == "author_opinion" and own.citation is None


@pytest.mark.parametrize("body, outlet", [("北町氏はNHKの「日曜討論」で、「増税は避けられない」と強調した。", "nhk"),
                                          ("テレビ東京の番組に出演した北町氏は「増税は避けられない」と述べた。", "tvtokyo"),
                                          ("北町氏は19日発売の週刊文春の取材に対し、「辞めない」と語った。", "bunshun")])
def test_a_programme_named_in_quotes_a_guest_s_appearance_and_a_dated_issue_s_interview_cite_the_outlet(body, outlet):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert names(c) == ["北町"] and ex.citations[c.citation].outlet == outlet


def test_a_name_then_where_they_work_is_one_person_whatever_they_are_called_after():
    cs = extract_text("題\n\n北町一郎・東大教授は「大きすぎる」と指摘した。\n\n北町氏は「再考すべきだ」とも述べた。\n\n「見直しが必要だ」と北町教授は語った。\n",
                      published=date(2024, 11, 20)).claims
    assert [names(c) for c in cs] == [["北町一郎"]] * 3


def test_the_author_s_first_person_and_a_crowd_do_not_speak_for_the_last_speaker():
    cs = extract_text("題\n\n南野花子さんは「楽しみ」と述べた。\n\n「本当に開館できるのか」と私は推測した。\n\n住民たちは「図書館を守れ」と唱えた。\n",
                      published=date(2024, 11, 20)).claims
    assert [names(c) for c in cs] == [["南野花子"], ["article author"], ["住民"]]


@pytest.mark.parametrize("body, speaker", [("「とても楽しみ」（北町市の会社員、南野太郎さん）", "南野太郎"), ("「少し不安」（会社員、西川次郎さん＝45）", "西川次郎"),
                                           ("「待ち遠しい」（西川花子さん、北町市の主婦）", "西川花子")])
def test_the_person_named_in_the_parentheses_after_a_quote_speaks_it(body, speaker):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert names(c) == [speaker]


def test_a_quote_closed_by_to_a_comma_and_a_title_is_not_cut_in_two():
    cs = extract_text("題\n\n「開館は遅れない」と、北町市長。\n", published=date(2024, 11, 20)).claims
    assert len(cs) == 1


@pytest.mark.parametrize("body", ["「辞任しろ」とヤジを浴びた北町市長。", "「早く辞めろ」と怒鳴られた北町市の担当者。"])
def test_a_quote_said_to_the_one_named_after_it_is_not_theirs(body):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert c.kind == "author_assertion"


def test_an_exclamation_in_latin_letters_ends_its_sentence_outside_a_name():
    cs = extract_text("題\n\nNHKによると、北町市長が辞任するというwow!市民は驚いている。\n", published=date(2024, 11, 20)).claims
    assert len(cs) == 2 and names(cs[0]) == ["NHK"]


@pytest.mark.parametrize("body, speaker", [("北町一郎・東町花子両市長は19日、「合併に合意した」と述べた。", "北町一郎・東町花子両"),
                                           ("ジョン・スミス駐日米大使は19日、「関税を上げる」と述べた。", "ジョン・スミス駐日米")])
def test_names_joined_by_a_dot_are_not_cut_into_a_name_and_a_workplace(body, speaker):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert names(c) == [speaker]


def test_news_s_own_hedge_after_a_source_opening_the_paragraph_stays_the_source_s():
    said, hedge = extract_text("題\n\nNHKによると、北町市長は辞任する見通しだという。後任は南町副市長になるとみられる。\n", published=date(2024, 11, 20)).claims
    assert names(hedge) == ["NHK"]


def test_the_author_s_own_introduction_by_kou_of_a_quote_is_the_author_s():
    cs = extract_text("題\n\n北町市長は「続ける」と述べた。\n\n「税金の無駄遣いだ」――私はこう言いたい。\n", published=date(2024, 11, 20)).claims
    assert names(cs[-1]) == ["article author"]


@pytest.mark.parametrize("body, day", [("「辞める気はない」と北町氏は今月15日、記者団に語った。", 15), ("「辞める気はない」と北町氏は先週、記者団に語った。", None),
                                       ("「財源はある」と北町市長｡", None), ("「信じている」と北町市長（６５）。", None)])
def test_the_speaker_after_the_quote_with_this_month_s_day_last_week_an_age_or_a_half_width_stop(body, day):
    c = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims[0]
    assert names(c) == ["北町"] and c.date == (date(2024, 11, day) if day else None)


@pytest.mark.parametrize("body, cue", [("「ご迷惑をおかけした」と、北町社長は深々と頭を下げた。", "と頭を下げた"), ("「理解は得た」と北町市長は力を込めた。", "と力を込めた"),
                                       ("「反対は少数だ」と北町市長は語気を強めた。", "と語気を強めた")])
def test_a_gesture_of_saying_after_the_speaker_named_after_the_quote(body, cue):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert (names(c), c.cue) == (["北町"], cue)
    [own] = extract_text("題\n\n北町社長は頭を下げた。\n", published=date(2024, 11, 20)).claims
    assert own.kind == "author_assertion"


@pytest.mark.parametrize("body", ["（ソウル聯合ニュース）韓国外交部の報道官は19日、「明白な挑発だ」と非難した。\n\n筆者は、韓国政府の対応は妥当だと考える。",
                                  "[ワシントン 19日 ロイター] 米国務省の報道官は19日、「注視している」と語った。\n\n筆者は、米国の対応は遅すぎると考える。"])
def test_the_writer_s_own_view_after_a_wire_s_story_is_the_writer_s(body):
    cs = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert cs[-1].kind in ("author_assertion", "author_opinion") and cs[-1].citation is None


def test_a_condition_before_a_reaction_is_no_one_s_words():
    [c] = extract_text("題\n\n北町市長が辞任すると、南町市長は肩を落とした。\n", published=date(2024, 11, 20)).claims
    assert c.kind == "author_assertion"


@pytest.mark.parametrize("when", ["今月", "先月", "同日", "11月19日", "先週末"])
def test_the_speaker_between_a_quote_and_its_verb_with_when_it_was_said(when):
    [c] = extract_text(f"題\n\n「増税はしない」と北町市長は{when}、記者団に語った。\n", published=date(2024, 11, 20)).claims
    assert names(c) == ["北町"]


def test_a_paper_and_the_portal_that_carried_it_in_either_order_cite_the_paper():
    ex = extract_text("題\n\n東野次郎氏は「反対だ」と述べた。（毎日新聞／Yahoo!ニュース）\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert names(c) == ["東野次郎"] and ex.citations[c.citation].outlet == "mainichi"


def test_no_year_zero_of_an_era():
    [c] = extract_text("題\n\n南町市長は平成0年1月9日、「辞める」と述べた。\n", published=date(2024, 11, 20)).claims
    assert c.date is None


@pytest.mark.parametrize("body, outlet, when", [("北町氏は17日のNHK「日曜討論」で、「増税は避けられない」と強調した。", "nhk", date(2024, 11, 17)),
                                                ("北町氏は17日のNHKの番組で、「増税は避けられない」と述べた。", "nhk", date(2024, 11, 17))])
def test_a_programme_of_an_outlet_after_the_day_cites_the_outlet_and_dates_the_statement(body, outlet, when):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert (names(c), ex.citations[c.citation].outlet, c.date) == (["北町"], outlet, when)


@pytest.mark.parametrize("body, outlet", [("TBSの「報道特集」によると、北町市は予算を削減する方針だという。", "tbs"),
                                          ("TBS「報道特集」によると、北町市は予算を削減する方針だという。", "tbs"),
                                          ("NHKの「クローズアップ現代」は、北町市が予算を削減する方針だと報じた。", "nhk")])
def test_an_outlet_s_programme_named_in_quotes_is_the_outlet_s_report(body, outlet):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert c.kind == "reported_speech" and ex.citations[c.citation].outlet == outlet


@pytest.mark.parametrize("body, outlet", [("政府が年金の水準を引き上げる方向で検討していることがＮＨＫの取材で分かりました。", "nhk"),
                                          ("北町市が予算を削減する方針であることが読売新聞の取材で分かった。", "yomiuri"),
                                          ("ＮＨＫの取材によりますと、政府は来年度から水準を引き上げる方針です。", "nhk")])
def test_what_an_outlet_s_own_reporting_found_is_cited_to_it(body, outlet):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert c.citation is not None and ex.citations[c.citation].outlet == outlet


@pytest.mark.parametrize("body, name", [("トランプ次期米大統領は19日、「関税を課す」と述べた。", "ドナルド・トランプ"),
                                        ("ラミレス米大統領は19日、「関税を課す」と述べた。", "ラミレス"),
                                        ("小西洋之参院議員は19日、「問題だ」と述べた。", "小西洋之"),
                                        ("金与正副部長は19日、「挑発だ」と非難した。", "金与正"),
                                        ("佐藤秀英首相は19日、「問題だ」と述べた。", "佐藤秀英"),
                                        ("渡辺雅之教育長は19日、「重く受け止める」と述べた。", "渡辺雅之")])
def test_a_title_s_qualifiers_are_no_part_of_the_name(body, name):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert names(c) == [name]


@pytest.mark.parametrize("named", ["ラミレス米大統領", "ラミレス次期米大統領", "ラミレス大統領"])
def test_a_bare_title_is_the_person_a_qualified_title_named(named):
    cs = extract_text(f"題\n\n{named}が交渉に応じる意向を表明したことを受け、外相は訪米する。\n\n大統領が意欲を表明した後は、協議が進むとの見方もあった。\n",
                      published=date(2024, 11, 20)).claims
    assert [names(c) for c in cs] == [["ラミレス"], ["ラミレス"]]


@pytest.mark.parametrize("subject", ["知事は", "県教育委員会の渡辺雅之教育長は19日の定例会見で"])
def test_what_a_subject_was_asked_about_does_not_hand_its_quote_to_the_last_speaker(subject):
    cs = extract_text(f"題\n\n山田一郎市長は19日、「挑発だ」と非難した。\n\n{subject}、県議会が不信任を決議したことについて、「重く受け止める」と述べた。\n",
                      published=date(2024, 11, 20)).claims
    said = [c for c in cs if c.content == "「重く受け止める」"]
    assert len(said) == 1 and names(said[0]) != ["山田一郎"] and said[0].speakers[0].kind in ("person", "anonymous")


@pytest.mark.parametrize("body, day", [("山田市長は14日（木）の講演で「財政は厳しい」と述べた。", 14), ("川田町長は17日（日）、「続投する」と述べた。", 17)])
def test_a_day_with_its_weekday_dates_the_statement(body, day):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert c.date == date(2024, 11, day)


@pytest.mark.parametrize("body, speaker, outlet, day", [
    ("自民党が北町一郎氏を擁立する方針を固めたことが分かった。共同通信が19日報じた。", "共同通信", "kyodo", 19),
    ("首相が来月にも訪中する方向で調整に入ったことが19日、分かった。複数の政府関係者が共同通信に明らかにした。", "複数の政府関係者", "kyodo", None),
    ("自民党は改正案の骨子をまとめた。党関係者が19日、共同通信に明らかにした。", "党関係者", "kyodo", 19),
    ("自民党は改正案の骨子をまとめた。党関係者が18日夜、ＮＨＫの取材に対し明らかにした。", "党関係者", "nhk", 18),
    ("指示は受けていなかった。党関係者が19日、しんぶん赤旗に明らかにした。", "党関係者", "akahata", 19),
    ("関係筋がロイターに明らかにしたところによると、日銀は利上げを検討している。", "関係筋", "reuters", None),
    ("林外相は英ＢＢＣとのインタビューで「対話を続ける」と述べた。", "林", "bbc", None),
    ("加藤財務相は米ＣＮＢＣに出演し、「円安を注視する」と述べた。", "加藤", "cnbc", None)])
def test_an_outlet_told_or_crediting_the_sentence_before_is_its_citation(body, speaker, outlet, day):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20))
    c = ex.claims[0]
    cit = ex.citations[c.citation]
    assert (names(c), cit.outlet) == ([speaker], outlet) and (day is None or cit.date == date(2024, 11, day))


@pytest.mark.parametrize("body, speaker", [("朝鮮中央通信は19日、「挑発を許さない」とする論評を配信した。", "朝鮮中央通信"),
                                           ("東西新聞は19日、「増税は誤りだ」とする社説を掲載した。", "東西新聞")])
def test_a_commentary_an_outlet_ran_is_its_statement(body, speaker):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert c.kind == "reported_speech" and c.speakers[0].mention == speaker and c.content == body[body.index("「"):body.index("」") + 1]


@pytest.mark.parametrize("body", ["首相は、元秘書がＮＨＫに語った内容は事実無根だと述べた。",
                                  "首相は、元秘書が共同通信に明らかにした内容について「事実無根だ」と述べた。",
                                  "市長は、朝日新聞に話した職員を処分すると発表した。"])
def test_an_outlet_someone_else_talked_to_is_no_citation(body):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert c.citation is None


@pytest.mark.parametrize("body", ["増税は国民への裏切りだ。政府は増税を正式に発表した。", "市長は腐敗している。市は新たな予算案を市民に発表した。",
                                  "増税は国民への裏切りだ。政府は事前に発表した。"])
def test_an_announcement_with_its_object_credits_nothing_before_it(body):
    cs = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert cs[0].kind == "author_assertion"


def test_a_place_of_repeated_marks_in_a_date_line_stays_linear():
    import time
    took = time.perf_counter()
    extract_text("題\n\n市長は「増税する」と述べた。\n\n2024年7月10日 " + "於" * 40 + " !\n")
    assert time.perf_counter() - took < 5


@pytest.mark.parametrize("own", ["独自の取材", "本紙の取材", "記者の取材"])
def test_the_page_s_own_reporting_is_no_source(own):
    [c] = extract_text(f"題\n\n首相が辞任する意向を固めたことが{own}で分かった。\n", published=date(2024, 11, 20)).claims
    assert c.kind == "author_assertion"


def test_a_quote_whose_speaker_goes_on_keeps_the_speaker():
    cs = extract_text("題\n\n北町市長は「財政は厳しい」と述べた。「来年度は見直す」と続けた。\n\n「財政は厳しい」と北町市長。「来年度は見直す」と続けた。\n",
                      published=date(2024, 11, 20)).claims
    assert [(c.kind, names(c)) for c in cs] == [("reported_speech", ["北町"])] * 4


@pytest.mark.parametrize("goes_on, day", [("「来年度は見直す」と19日、続けた。", 19), ("「来年度は見直す」と、さらに続けた。", None), ("「来年度は見直す」と同日、続けた。", None)])
def test_a_quote_whose_speaker_goes_on_on_a_day_or_further_keeps_the_speaker(goes_on, day):
    cs = extract_text(f"題\n\n北町市長は19日、「財政は厳しい」と述べた。{goes_on}作業を19日、続けた。\n", published=date(2024, 11, 20)).claims
    assert [(c.kind, names(c)) for c in cs] == [("reported_speech", ["北町"])] * 2 + [("author_assertion", ["article author"])]
    assert cs[1].content == "「来年度は見直す」" and (day is None or cs[1].date == date(2024, 11, day))


def test_a_day_between_the_quotative_and_its_verb_dates_the_statement():
    [c] = extract_text("題\n\n北町市長は「財政は厳しい」と19日、述べた。\n", published=date(2024, 11, 20)).claims
    assert (names(c), c.date, c.content) == (["北町"], date(2024, 11, 19), "「財政は厳しい」")


@pytest.mark.parametrize("body, day", [("東山国の王強首相は現地時間19日、「交渉に応じる」と述べた。", 19), ("東山国の王強首相は19日（現地時間）、「交渉に応じる」と述べた。", 19),
                                       ("北町一郎市長は16日、「辞任しない」と述べた。市長は翌17日、支持者に「再選を目指す」と語った。", 17),
                                       ("東山国の王強首相は19日午後(日本時間20日午前)、記者団に「交渉に応じる」と述べた。", 19),
                                       ("東山国の王強首相は19日（日本時間20日）、「交渉に応じる」と述べた。", 19)])
def test_a_day_in_local_time_or_the_next_day_dates_the_statement(body, day):
    c = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims[-1]
    assert c.date == date(2024, 11, day)


@pytest.mark.parametrize("body, outlet", [("北町市の北町一郎市長は19日、「辞任しない」と述べた。（読売新聞）【山田太郎】", "yomiuri"),
                                          ("北町市の北町一郎市長は19日、「辞任しない」と述べた。【山田太郎】", None),
                                          ("（ワシントン＝山田太郎）北町一郎市長は19日、「辞任しない」と述べた。", None)])
def test_a_reporter_s_byline_or_dateline_is_no_statement_and_no_part_of_a_name(body, outlet):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert (names(c), ex.citations[c.citation].outlet if c.citation is not None else None) == (["北町一郎"], outlet)


@pytest.mark.parametrize("body, outlet", [("韓国紙「東亜日報」は19日、北斗電機が身売りを検討していると報じた。", "donga"),
                                          ("米政治サイト「ポリティコ」は19日、北斗電機が身売りを検討していると報じた。", "politico"),
                                          ("英誌「エコノミスト」は19日、北斗電機が身売りを検討していると報じた。", "economist")])
def test_an_outlet_named_in_quotes_after_what_it_is_reports(body, outlet):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert (c.speakers[0].kind, ex.citations[c.citation].outlet) == ("media", outlet)


@pytest.mark.parametrize("body, speaker", [("北町一郎市長は「辞任しない」と述べた。これに対し南野花子市議は20日、「説明責任を果たしていない」と批判した。", "南野花子"),
                                           ("南野花子県議会議員は「説明責任を果たしていない」と批判した。", "南野花子"),
                                           ("西田健一前市長は「残念だ」と述べた。", "西田健一")])
def test_local_assembly_members_and_former_holders_of_a_title_are_named_without_it(body, speaker):
    c = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims[-1]
    assert names(c) == [speaker]


@pytest.mark.parametrize("body", ["北町市が財政難に陥っていることが分かった。政府関係者が19日、共同通信の取材に明らかにした。",
                                  "北町国のペトロフ大統領は、共同通信が19日に放送したインタビューで「制裁は無意味だ」と述べた。"])
def test_words_told_to_an_outlet_or_on_what_it_aired_cite_it(body):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert c.kind == "reported_speech" and c.speakers[0].kind != "media" and ex.citations[c.citation].outlet == "kyodo"


@pytest.mark.parametrize("body, name", [("西国の金大統領は19日、閣議で「経済の立て直しが急務だ」と述べた。", "金"),
                                        ("北朝鮮の金総書記は19日、「核戦力を強化する」と述べた。", "金正恩")])
def test_a_one_letter_short_form_names_a_well_known_person_only_with_their_titles(body, name):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert names(c) == [name]


@pytest.mark.parametrize("body, kind", [("町長はもっと丁寧に説明すべきでしょう。", "author_opinion"), ("県はきちんと説明すべきだと思う。", "author_opinion"),
                                        ("市長はずっと反対だと述べた。", "reported_speech")])
def test_an_adverb_s_to_is_no_quotative_and_hazutto_no_hazu(body, kind):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert c.kind == kind and (kind != "reported_speech" or names(c) == ["市長"])


@pytest.mark.parametrize("body, name", [("坂元市長は19日、「増税しない」と述べた。", "坂元"), ("松前市長は「増税しない」と述べた。", "松前")])
def test_a_surname_ending_as_a_former_title_begins_keeps_it(body, name):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert names(c) == [name]


@pytest.mark.parametrize("body, name", [("研究者らは「効果がある」と述べた。", "研究者"), ("山田氏らは、「反対だ」と述べた。", "山田"),
                                        ("山田さんらは「反対だ」と話した。", "山田")])
def test_people_in_the_plural_as_the_topic_speak(body, name):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert c.kind == "reported_speech" and names(c) == [name]


@pytest.mark.parametrize("body", ["北町大学の研究チームが、新薬に効果があると発表した。",
                                  "北町大学の研究チームが推計を示し、最悪の場合、およそ４０万人が死亡すると発表した。",
                                  "政府の有識者会議は19日、制度を見直すべきだと提言した。"])
def test_a_team_or_a_panel_is_an_organisation_that_speaks(body):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert c.kind == "reported_speech" and names(c)[0].endswith(("チーム", "会議"))


@pytest.mark.parametrize("body", ["これらは「反対だ」と書かれていた。", "政府からは「反対だ」との声が出た。"])
def test_these_and_from_are_no_plural_people(body):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert names(c) != ["これ"] and (c.kind != "reported_speech" or names(c) == ["政府"])


@pytest.mark.parametrize("verb", ["提言した", "要望した", "公言した", "念を押した", "問題視した", "不安視した", "返答した", "進言した", "綴った",
                                  "皮肉った", "暴露した", "補足した", "約束した", "通告した", "応じた", "自賛した", "声を荒らげた"])
def test_everyday_speech_verbs_report_their_subject(verb):
    [c] = extract_text(f"題\n\n山田氏は19日、制度を見直すべきだと{verb}。\n", published=date(2024, 11, 20)).claims
    assert c.kind == "reported_speech" and names(c) == ["山田"] and c.content == "制度を見直すべきだ"


@pytest.mark.parametrize("body", ["首相は記者団の取材に応じた。", "約束の時間に遅れた。"])
def test_a_speech_verb_without_its_quotative_reports_nothing(body):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert c.kind != "reported_speech"


@pytest.mark.parametrize("body, name", [("記事によると、北町映像委員会は18日、「彫像が破損された」と明らかにした。", "北町映像委員会"),
                                        ("報道によると、北町一郎市長は「対話に前向きだ」とした。", "北町一郎")])
def test_a_speaker_named_under_a_source_speaks_the_quote(body, name):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert names(c) == [name] and c.cue.startswith("と")


def test_a_source_reports_its_sentence_past_a_reason_another_states():
    cs = extract_text("題\n\n北町大学の広報室によると、教諭2人は、生徒が騒いだとして、15日夜、生徒を正座させた。\n", published=date(2024, 11, 20)).claims
    assert names(cs[-1]) == ["北町大学の広報室"] and cs[-1].content.endswith("正座させた。")


def test_without_a_source_the_speaker_of_a_light_verb_stays_the_police_s():
    [c] = extract_text("題\n\n警察によりますと、容疑者は容疑を否認しているとしています。\n", published=date(2024, 11, 20)).claims
    assert names(c) == ["警察"]


@pytest.mark.parametrize("body, name", [("総務省が20日発表した10月の全国消費者物価指数は、前年同月比2.3%上昇した。", "総務省"),
                                        ("日本銀行が20日発表した企業物価指数によると、前年同月比3.4%上昇した。", "日本銀行"),
                                        ("厚生労働省が公表した人口動態統計で、出生数が過去最少となったことが明らかになった。", "厚生労働省"),
                                        ("共同通信の取材で、防衛省が計画を見直すことが分かった。", "共同通信")])
def test_who_issued_the_figures_or_learnt_the_fact_is_its_source(body, name):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert c.kind == "reported_speech" and names(c) == [name]


@pytest.mark.parametrize("body", ["政府が発表した計画は、批判を浴びた。", "本紙の取材で、防衛省が計画を見直すことが分かった。"])
def test_a_plan_someone_issued_or_the_page_s_own_reporting_is_no_source(body):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert c.kind == "author_assertion"


def test_a_broadcaster_named_whole_in_a_credit_is_not_a_place_and_a_paper():
    ex = extract_text("題\n\n政府は経済対策を閣議決定した。（テレビ朝日）\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert ex.citations[c.citation].outlet == "tvasahi"


@pytest.mark.parametrize("body, name", [("「負担は避けられない」と首相は周囲に語ったという。", "首相"), ("妻は「優しい人だった」と語った。", "妻"),
                                        ("亡くなった女性の夫は「悔しい」と声を詰まらせた。", "女性の夫"), ("山田和夫は「悔しい」と語った。", "山田和夫"),
                                        ("山田氏は「負担は避けられない」と漏らす。", "山田"), ("住民は「負担は避けられない」と口をそろえる。", "住民"),
                                        ("「負担は避けられない」と、ある幹部は明かす。", "ある幹部"),
                                        ("保護者からは「説明がないまま決まった」と不満の声が上がった。", "保護者")])
def test_kin_present_tense_verbs_and_a_speaker_after_the_quotative_speak(body, name):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert c.kind == "reported_speech" and names(c) == [name]


@pytest.mark.parametrize("body, name", [("「負担は避けられない」。知事はそう繰り返した。", "知事"), ("「負担は避けられない」。院長の佐藤健一さんは語る。", "佐藤健一"),
                                        ("住民の一人は語る。\n\n「負担は避けられない」", "住民の一人")])
def test_a_bare_quote_beside_its_speaker_s_sentence_is_theirs(body, name):
    cs = [c for c in extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims if c.kind == "reported_speech"]
    assert [(c.content, names(c)) for c in cs] == [("「負担は避けられない」", [name])]


def test_a_bare_verb_speaks_the_quote_of_its_paragraph_not_one_announced_before():
    cs = extract_text("題\n\n関係者が語る。\n\n「全員が自宅待機だ」\n\n記者は語る。\n\n「対応が遅い」\n", published=date(2024, 11, 20)).claims
    assert [(c.content, names(c)) for c in cs] == [("「全員が自宅待機だ」", ["関係者"]), ("「対応が遅い」", ["記者"])]


@pytest.mark.parametrize("body, name", [("北町グループの北町一郎会長兼社長は「投資を続ける」と述べた。", "北町一郎"),
                                        ("山田太郎東大教授は「効果は限定的だ」と話した。", "山田太郎"),
                                        ("昨日、官房長官は「注視する」と述べた。", "官房長官")])
def test_two_titles_a_university_s_short_name_and_a_day_before_are_no_part_of_a_name(body, name):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert names(c)[0] == name


def test_a_day_to_come_this_month_dates_nothing():
    cs = extract_text("題\n\n首相は19日、「急ぐ」と述べた。21日には党首会談が予定されている。\n", published=date(2024, 11, 20)).claims
    assert [c.date for c in cs] == [date(2024, 11, 19), None]


@pytest.mark.parametrize("body, name, content", [("◇佐藤健一院長の話　医療現場は限界に近い。", "佐藤健一", "医療現場は限界に近い。"),
                                                 ("＜大谷翔平選手の話＞\n\n「最高のシーズンだった」", "大谷翔平", "「最高のシーズンだった」"),
                                                 ("専門家の間では「景気は回復する」との見方が強い。", "専門家", "「景気は回復する」")])
def test_a_comment_box_and_a_view_held_among_some_are_theirs(body, name, content):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert c.kind == "reported_speech" and names(c) == [name] and c.content == content


@pytest.mark.parametrize("body, name", [("一方、北町議会の一部議員からは市の計画に懸念の声が出ている。", "北町議会の一部議員"),
                                        ("複数議員は「反対だ」と述べた。", "複数議員")])
def test_some_members_are_no_one_named_and_their_voices_raised_are_theirs(body, name):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert c.kind == "reported_speech" and names(c) == [name]


@pytest.mark.parametrize("body, name", [("原告の一人、山本二郎さんは判決後の会見で「ようやく認められた」と語った。", "山本二郎"),
                                        ("気象庁が発表した3か月予報によると、気温は高くなる。", "気象庁")])
def test_one_of_them_named_is_that_one_and_a_forecast_is_its_issuer_s(body, name):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert names(c) == [name]


def test_one_of_them_many_times_over_is_read_without_running_out_of_stack():
    [c] = extract_text("題\n\n住民" + "の一人" * 600 + "は「増税しない」と語った。\n", published=date(2024, 11, 20)).claims
    assert c.content == "「増税しない」"


@pytest.mark.parametrize("body", ["北町新報によると、市長は辞任したとして、私は市政が混乱したと思う。",
                                  "北町新報によると、市長は辞任したとして、政府は市に補助金を出した。", "彼らは「もう限界だ」と口をそろえる。"])
def test_a_source_reports_no_clause_with_its_own_subject_or_the_author_s_view_and_they_are_no_one_named(body):
    cs = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert cs[-1].kind in ("author_assertion", "author_opinion")


@pytest.mark.parametrize("body", ["=HYPERLINK(\"http://evil.example\",\"x\")と官房長官は述べた。", "Xと官房長官は述べた。"])
def test_a_bare_verb_after_more_than_its_speaker_hides_no_sentence(body):
    assert len(extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims) == 1


@pytest.mark.parametrize("body", ["北町新報によると、男は逮捕されたとして、市長が賄賂を受け取った。",
                                  "山田太郎氏は沈黙しているが、市長が賄賂を受け取ったとの見方が強い。",
                                  "「市長は業者から賄賂を受け取った」。院長の佐藤さんは語らなかった。"])
def test_no_one_named_speaks_a_clause_of_its_own_subject_a_view_no_one_holds_or_a_quote_before_a_refusal(body):
    cs = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert [c.kind for c in cs][-1] == "author_assertion" and all(names(c) != ["山田太郎"] for c in cs)
    assert not any(c.kind == "reported_speech" and "賄賂" in c.content for c in cs)


def test_a_day_said_last_month_stays_though_something_is_scheduled_and_a_long_list_is_read():
    [c] = extract_text("題\n\n北町一郎市長は28日、来月予定されている会談について「率直に話し合いたい」と述べた。\n", published=date(2024, 11, 20)).claims
    assert c.date == date(2024, 10, 28)
    cs = extract_text("題\n\n" + "原告の一人、" * 1000 + "山本さんは「増税しない」と語った。\n", published=date(2024, 11, 20)).claims
    assert cs[-1].content == "「増税しない」"


@pytest.mark.parametrize("body, name", [("北町電機の社長、山田太郎氏は20日、「来期は増益を見込む」と述べた。", ["山田太郎"]),
                                        ("釧路市の漁協組合長、佐藤次郎さんは「漁獲が減った」と話した。", ["佐藤次郎"]),
                                        ("山田太郎氏、佐藤次郎氏は「反対だ」と述べた。", ["山田太郎", "佐藤次郎"]),
                                        ("官房長官、外相は「注視する」と述べた。", ["官房長官", "外相"])])
def test_a_role_set_off_before_a_name_is_that_person_s_and_names_listed_are_each_one(body, name):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert names(c) == name


@pytest.mark.parametrize("body, day", [("全国大会は21日に開幕する。", None), ("首相は25日に訪米します。", None),
                                       ("市は21日に新たな計画を発表する方針だ。", None), ("全国大会は21日に開幕した。", date(2024, 10, 21)),
                                       ("大会は3日に開幕する。", date(2024, 11, 3))])
def test_a_day_to_come_in_a_sentence_of_the_non_past_dates_nothing(body, day):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert c.date == day


@pytest.mark.parametrize("body, content", [("県警によると、男は「酒に酔っていて覚えていない」と容疑を否認している。", "「酒に酔っていて覚えていない」"),
                                           ("社長は「事実ではない」と疑惑を否定した。", "「事実ではない」"),
                                           ("市は新たな計画を発表する方針だ。", "市は新たな計画を発表する方針だ。")])
def test_a_quote_before_the_noun_its_verb_takes_is_what_was_said_and_a_verb_qualifying_a_noun_leaves_the_clause_whole(body, content):
    cs = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert cs[-1].content == content


@pytest.mark.parametrize("body, name, content", [
    ("検察側の証人として出廷した精神科医が13日、「娘は抵抗できない状態だった」と証言しました。", "精神科医", "「娘は抵抗できない状態だった」"),
    ("警察は、遺体は山本さんの可能性が高いとみて、身元の確認を急いでいる。", "警察", "遺体は山本さんの可能性が高い"),
    ("この協議で両局長は、3か国協力の重要性を改めて確認しました。", "両局長", "3か国協力の重要性"),
    ("これに対して船越局長は、日本政府の立場を説明しました。", "船越", "日本政府の"),
    ("両首脳は、北朝鮮問題で緊密に連携していく方針で一致した。", "両首脳", "北朝鮮問題で緊密に連携していく方針")])
def test_a_doctor_by_specialty_a_belief_behind_an_inquiry_and_a_stance_confirmed_explained_or_agreed_on(body, name, content):
    [c] = [c for c in extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims if c.kind == "reported_speech"]
    assert (names(c), c.content) == ([name], content)


@pytest.mark.parametrize("body", ["外務省によると、両氏は緊密に連携していくことで一致した。",
                                  "大統領が連携することで一致した直後だったため、衝撃が走った。", "会議で合意した。", "警察は男の身元を確認した。"])
def test_an_agreement_a_source_reports_or_a_clause_qualifies_and_a_check_made_are_no_one_s_words(body):
    cs = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert not any(c.cue and ("一致" in c.cue or "合意" in c.cue or "確認" in c.cue) for c in cs)


def test_a_block_pasted_in_double_angle_brackets_is_read_sentence_by_sentence():
    body = "【民報】《福島北署は8日、男を逮捕したと発表した。同署によると、男は「身元がばれたくなかった」などと話しているという。》"
    cs = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert [(names(c), c.content) for c in cs] == [(["福島北署"], "男を逮捕した"), (["男"], "「身元がばれたくなかった」など")]


@pytest.mark.parametrize("body, name", [("横浜市長は19日、「財政は厳しい」と述べた。", "横浜市長"), ("世田谷区長は会見で「対応する」と語った。", "世田谷区長"),
                                        ("山田市長は19日、「財政は厳しい」と述べた。", "山田")])
def test_a_mayor_named_by_a_known_city_is_the_office_and_by_a_surname_the_person(body, name):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert names(c) == [name]


@pytest.mark.parametrize("body", ["ラーメン好きとしては寂しい話です。", "海の生き物への影響が心配です。", "所得制限の撤廃には賛成です。",
                                  "すごいとしか言いようがない。"])
def test_the_author_s_feelings_and_stances_are_opinions(body):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert c.kind == "author_opinion"


@pytest.mark.parametrize("line, outlet", [("以下、NHKの記事より引用です。", "NHK"), ("共同通信の配信記事を転載します。", "共同通信"),
                                          ("ソースは中央日報日本語版です。", "中央日報")])
def test_a_source_announced_in_a_sentence_of_its_own_cites_the_text_below(line, outlet):
    cs = extract_text(f"題\n\n{line}\n\n厚生労働省は19日、患者数が1万人を超えたと発表しました。\n", published=date(2024, 11, 20)).claims
    assert [c.text for c in cs] == ["厚生労働省は19日、患者数が1万人を超えたと発表しました。"] and cs[0].citation is not None


@pytest.mark.parametrize("line, outlet", [("（共同通信の配信記事です）", "kyodo"), ("（NHKの記事より引用です）", "nhk")])
def test_a_credit_said_in_a_sentence_in_brackets_cites_the_text_above(line, outlet):
    ex = extract_text(f"題\n\n厚生労働省は19日、患者数が1万人を超えたと発表しました。\n{line}\n", published=date(2024, 11, 20))
    assert [c.text for c in ex.claims] == ["厚生労働省は19日、患者数が1万人を超えたと発表しました。"]
    assert ex.citations[ex.claims[0].citation].outlet == outlet


def test_a_page_s_walls_counters_and_pointers_are_no_statements():
    page = ("市は補助金を3億円に増やした。\n\n関連記事\n\n【動画】北町市長が会見\n\n最終更新日：2024年11月19日\n\n"
            "この記事は有料会員限定です。残り1240文字\n\n次のページへ ＞\n\nコメント（12）　いいね！ 34\n\n▼あわせて読みたい\n\n＜ランキング＞\n")
    assert [c.text for c in extract_text(f"題\n\n{page}", published=date(2024, 11, 20)).claims] == ["市は補助金を3億円に増やした。"]


@pytest.mark.parametrize("body, name, content", [
    ("林官房長官は19日、事態を注視すると語った。その上で、邦人の被害は確認されていないと明らかにした。", "林", "邦人の被害は確認されていない"),
    ("組合長はこう話す。「漁獲は半分に減った」", "組合長", "「漁獲は半分に減った」")])
def test_damage_is_no_speaker_and_a_union_head_is_a_title(body, name, content):
    c = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims[-1]
    assert (names(c), c.content) == ([name], content)


def test_a_wire_s_dateline_with_its_day_and_its_distributor_dates_the_report_that_day():
    ex = extract_text("題\n\n【ニューデリー19日AFP＝時事】インド政府は、輸出規制を緩和すると発表した。\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert ex.citations[c.citation].date.isoformat() == "2024-11-19"


@pytest.mark.parametrize("body, kind", [("議会の採決では、出席議員の過半数が賛成だった。", "author_assertion"),
                                        ("物価が上がったように感じると答えた人は78%に上った。", "author_assertion"),
                                        ("市民の反対ですでに計画は2度見直されている。", "author_assertion"),
                                        ("新商品はすごい勢いで売れている。", "author_assertion"),
                                        ("両国は多分野にわたる協力を推進している。", "author_assertion"),
                                        ("海の生き物への影響が心配です。", "author_opinion")])
def test_a_feeling_is_the_author_s_only_where_it_ends_the_sentence(body, kind):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert c.kind == kind


def test_a_sentence_announcing_a_quote_cites_the_text_below_not_above():
    page = ("今日は気になるニュースがありました。\n\nNHKの記事を引用します。\n\n"
            "20日午後、北町市の住宅街で火事があり、3棟が焼けました。\n")
    cs = extract_text(f"題\n\n{page}", published=date(2024, 11, 20)).claims
    assert [(c.text, c.citation is not None) for c in cs] == [("今日は気になるニュースがありました。", False),
                                                                ("20日午後、北町市の住宅街で火事があり、3棟が焼けました。", True)]


@pytest.mark.parametrize("body, name", [("北町市の山口市長は20日、「財政は厳しい」と述べた。", "山口"),
                                        ("北町市の宮崎一郎市長は20日、会見した。宮崎市長は「危機的な状況にある」と述べた。", "宮崎一郎"),
                                        ("南町銀行のチーフエコノミスト、高橋美香氏は「景気は回復する」と話した。", "高橋美香")])
def test_a_city_s_name_after_the_city_or_a_full_name_is_a_surname_and_a_chief_is_a_rank(body, name):
    c = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims[-1]
    assert names(c) == [name]


@pytest.mark.parametrize("body, day", [("首相は28日に行われた党首討論で、野党の追及に反論している。", date(2024, 10, 28)),
                                       ("佐藤市長は30日に記者会見し、辞任しない考えを明らかにしている。", date(2024, 10, 30))])
def test_a_day_past_in_a_sentence_going_on_is_a_day_past(body, day):
    c = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 2)).claims[-1]
    assert c.date == day


def test_an_editor_s_note_on_the_page_is_no_statement():
    cs = extract_text("題\n\n市は補助金を増やした。\n\n（この記事は2024年11月20日に更新しました。記事中の肩書は当時のものです。）\n",
                      published=date(2024, 11, 20)).claims
    assert [c.text for c in cs] == ["市は補助金を増やした。"]


@pytest.mark.parametrize("body", ["【動画】北町市長が業者から2000万円の賄賂を受け取っていたことが判明、県警は捜査を打ち切り",
                                  "市長は賄賂を受け取った。警察は捜査を止めた。 NHKです"])
def test_a_caption_s_mark_or_a_name_and_desu_hide_and_cite_nothing(body):
    cs = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert any("賄賂" in c.text for c in cs) and all(c.citation is None for c in cs)


@pytest.mark.parametrize("body, n", [("《岸田首相は19日、「国民の暮らしを守る」と述べた。》", 1),
                                     ("【市長は昨年工事を発注した。警察は捜査を止めた。】", 2)])
def test_a_paragraph_of_sentences_in_brackets_is_read_not_taken_for_a_heading(body, n):
    cs = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert len(cs) == n


@pytest.mark.parametrize("body", ["市長が賄賂を受け取ったのは寂しい話です。", "警察が証拠を廃棄したのは心配です。"])
def test_a_fact_before_a_feeling_is_still_a_fact_to_cite(body):
    [c] = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims
    assert c.kind == "author_assertion"


def test_a_stance_explained_and_then_an_ask_is_one_statement():
    cs = extract_text("題\n\n外相は会談で日本の立場を説明し、理解を求めた。\n", published=date(2024, 11, 20)).claims
    assert [names(c) for c in cs] == [["外相"]]


@pytest.mark.parametrize("body, speaker", [
    ("経済評論家の鈴木一郎氏に話を聞いた。同氏は「円安はまだ続く」と予測する。", "鈴木一郎"),      # 同氏: the one named last
    ("鈴木一郎氏は元財務官僚だ。同氏によると、財政赤字は今後さらに拡大する見通しだ。", "鈴木一郎"),
    ("同大臣は「申し訳ない」と陳謝した。", "同大臣"),            # no one named before: the phrase, never a man called 同
    ("19日午前、官房長官は「注視する」と述べた。", "官房長官"),   # when, then who
    ("市の担当者は「前例がない事態だ」と頭を抱える。", "市の担当者"),
    ("ワシントン・ポスト紙は「危険な賭けだ」と評した。", "The Washington Post"),
    ("監督は「悔しい」と肩を落とす。", "監督"),
    ("主将は「最高の結果だ」と胸を張る。", "主将"),
])
def test_the_one_just_named_and_a_role_after_when_it_was_said_speak(body, speaker):
    said = [c for c in extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20)).claims if c.kind == "reported_speech"]
    assert [c.speakers[0].name for c in said] == [speaker]


@pytest.mark.parametrize("body, speaker, outlet", [
    ("捜査関係者への取材によると、男は事件の前日に現場を下見していた。", "捜査関係者", None),
    ("捜査関係者への取材で、男が事件の前日に現場を下見していたことが新たにわかりました。", "捜査関係者", None),
    ("朝日新聞が19日付朝刊で報じたところによると、政府は増税を決めた。", "朝日新聞", "asahi"),
])
def test_interviews_with_sources_and_a_paper_s_edition_name_the_source_of_the_sentence(body, speaker, outlet):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert c.kind == "reported_speech" and c.speakers[0].name == speaker
    assert (ex.citations[c.citation].outlet if c.citation is not None else None) == outlet


def test_a_voice_no_one_is_named_for_is_not_the_speaker_s_before_it():
    ex = extract_text("題\n\n鈴木一郎市長は19日、「財政を立て直すためにはやむを得ない」と述べた。\n\n「説明が足りない」という声が上がっている。\n",
                      published=date(2024, 11, 20))
    voice = next(c for c in ex.claims if "説明が足りない" in c.text)
    assert voice.kind == "author_assertion"          # (not the mayor criticising himself)


@pytest.mark.parametrize("body, speaker", [
    ("ロイターでは「ワクチンは危険だ」との声が聞かれた。", None),          # an outlet is no place voices are heard: no one named
    ("鈴木一郎大臣は地元では「辞任しない」という。", "鈴木一郎"),          # (not 地元: a place, the topic speaks)
])
def test_voices_heard_at_an_outlet_and_a_place_in_a_speaker_s_sentence(body, speaker):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert (c.speakers[0].name if c.kind == "reported_speech" else None) == speaker and (speaker or c.citation is None)


def test_the_one_just_named_is_not_one_named_pages_back():
    far = "市の予算は" + "増えた。" * 200
    [_, c] = extract_text(f"題\n\n鈴木一郎氏に話を聞いた。{far}\n\n同氏は「円安はまだ続く」と予測する。\n", published=date(2024, 11, 20)).claims[-2:]
    assert c.speakers[0].name == "同氏"


@pytest.mark.parametrize("name, kind", [
    ("佐藤", "person"), ("北川健一", "person"),                           # a surname that is nothing else; a full name
    ("経済", None), ("景気", None), ("大阪", None), ("二階", None),       # words, a place, the second floor
    ("北川", None), ("福島", None), ("長野", None),                      # surnames that are places too: a dateline's, alone
    ("林", None), ("森", None),                                          # one character alone: a title names them
])
def test_a_name_without_a_title_is_a_person_by_the_dictionary(name, kind):
    from tracker.lang.ja.speakers import classify
    assert classify(name) == kind


def test_a_bare_surname_is_the_topic_a_quote_after_it_belongs_to():
    ex = extract_text("題\n\n佐藤は要職に就き続けた。「増税は避けられない」と断言した。\n", published=date(2024, 11, 20))
    c = next(c for c in ex.claims if "増税" in c.text)
    assert c.kind == "reported_speech" and c.speakers[0].name == "佐藤" and c.speakers[0].kind == "person"


def test_a_person_the_sentence_before_is_about_speaks_the_quote_after_it_not_an_earlier_speaker():
    ex = extract_text("題\n\n鈴木一郎大臣は「反撃する」と述べた。\n\n北川健一知事は3日、会見した。「円安は問題ない」と強調した。\n",
                      published=date(2024, 11, 20))
    c = next(c for c in ex.claims if "円安" in c.text)
    assert c.speakers[0].name == "北川健一"
    # a topic that names no person does not take over: the minister goes on
    ex = extract_text("題\n\n鈴木一郎大臣は「反撃する」と述べた。\n\n市場は3日、大きく動いた。「円安は問題ない」と強調した。\n",
                      published=date(2024, 11, 20))
    assert next(c for c in ex.claims if "円安" in c.text).speakers[0].name == "鈴木一郎"



@pytest.mark.parametrize("body, speaker", [
    # what was done to a person, or what they did before, is no occasion to speak: the speaker before goes on
    ("北川健一知事は3日、記者団の取材に応じ、「丁寧に説明したい」と語った。\n\nトランプ大統領は先月、関税を25%に引き上げた。"
     "「粘り強く交渉を続ける」とも強調した。", "北川健一"),
    ("県警の佐藤次郎部長は3日、会見で「全容解明に努める」と述べた。\n\n山田一郎容疑者は2日夜に逮捕された。「動機を調べる」とも述べた。", "佐藤次郎"),
    ("石川県の北川健一知事は3日、記者会見した。\n\n珠洲は断水が続く。「復旧には時間がかかる」と述べた。", "北川健一"),    # a place, no person
    # an occasion to come, declined or called off
    ("鈴木一郎代表は2日、「説明が足りない」と語った。\n\n北川健一首相は3日に記者会見する予定だ。「逃げている」とも批判した。", "鈴木一郎"),
    ("鈴木一郎代表は2日、「説明が足りない」と語った。\n\n北川健一前首相は記者団の取材に応じなかった。「議論を尽くせ」と付け加えた。", "鈴木一郎"),
    ("鈴木一郎代表は2日、「説明が足りない」と語った。\n\n北川健一首相は会見を見送った。「信頼が損なわれた」と述べた。", "鈴木一郎"),
    ("鈴木一郎代表は2日、「説明が足りない」と語った。\n\n北川健一氏は記者会見場に姿を見せなかった。「丁寧に説明したい」と強調した。", "鈴木一郎"),
    ("鈴木一郎代表は2日、「説明が足りない」と語った。\n\n北川健一氏は首相の演説を聞いた。「丁寧に説明したい」と強調した。", "鈴木一郎"),
    ("鈴木一郎代表は2日、「説明が足りない」と語った。\n\n北川健一容疑者は3日、番組の出演者に暴行した疑いで逮捕された。「殴っていない」と述べた。", "鈴木一郎"),
    ("鈴木一郎代表は2日、「説明が足りない」と語った。\n\n北川健一氏は首相の記者会見をテレビで見守った。「丁寧に説明したい」と強調した。", "鈴木一郎"),
    ("鈴木一郎代表は2日、「説明が足りない」と語った。\n\n北川健一首相は3日、記者団の取材に応じず、官邸に入った。「暮らしを守る」と強調した。", "鈴木一郎"),
    ("鈴木一郎代表は2日、「説明が足りない」と語った。\n\n北川健一首相は3日、テレビ出演をすべて断った。「暮らしを守る」と強調した。", "鈴木一郎"),
    ("鈴木一郎代表は2日、「説明が足りない」と語った。\n\n北川健一氏は3日、妻が出演した番組を見た。「暮らしを守る」と強調した。", "鈴木一郎"),
    ("鈴木一郎代表は2日、「説明が足りない」と語った。\n\n北川健一首相は3日、会見で質問を受けることはなかった。「暮らしを守る」と強調した。", "鈴木一郎"),
    # held, though a word after it looks like a plan or a negation
    ("鈴木一郎代表は2日、「説明が足りない」と語った。\n\n北川健一首相は3日、記者会見し、まず、予算案の概要を説明した。「暮らしを守る」と強調した。", "北川健一"),
    ("鈴木一郎代表は2日、「説明が足りない」と語った。\n\n北川健一首相は3日、会見予定の時刻より早く記者団の取材に応じた。「暮らしを守る」と強調した。", "北川健一"),
    # a post is an occasion too
    ("鈴木一郎代表は2日、「説明が足りない」と語った。\n\n北川健一大臣は9日、自身のブログを更新した。「感謝したい」と記した。", "北川健一"),
])
def test_a_person_a_sentence_is_about_takes_over_only_at_an_occasion_to_speak(body, speaker):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 11, 20))
    assert ex.claims[-1].speakers[0].name == speaker


@pytest.mark.parametrize("body, speaker", [
    ("林は「党内の結束が大事だ」と述べた。", "林"),          # a one-kanji surname opening the sentence speaks its quote
    ("菅が18日、都内で講演し、「派閥の時代は終わった」と語った。", "菅"),
    ("実は「党内の結束が大事だ」と述べた。", "鈴木一郎"),      # (実は: actually; the speaker before goes on)
    ("誰も「反対だ」と言わなかった。", "鈴木一郎"), ("要は「改革を急げ」と言いたいのだろう。", "鈴木一郎"),
])
def test_a_one_kanji_topic_opening_a_quote_is_its_speaker_not_the_one_before(body, speaker):
    ex = extract_text(f"題\n\n鈴木一郎大臣は「外交に空白は許されない」と語った。\n\n{body}\n", published=date(2024, 11, 20))
    assert ex.claims[-1].speakers[0].name == speaker


@pytest.mark.parametrize("body, speaker", [("韓国メディアは3日、大統領が辞任を検討していると一斉に報じた。", "韓国メディア"),
                                           ("地元紙は、大統領が辞任を検討していると伝えた。", "地元紙")])
def test_media_reporting_unnamed_speak_and_cite_no_outlet(body, speaker):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10))
    [c] = ex.claims
    assert [s.name for s in c.speakers] == [speaker] and c.citation is None


@pytest.mark.parametrize("text, speaker, cue", [
    ("山田太郎議員いわく、「予算は膨らみすぎだ」。", "山田太郎", "いわく"),
    ("岸田首相の言葉を借りれば、「賃上げの流れを止めてはならない」。", "岸田文雄", "の言葉を借りれば"),
])
def test_a_speaker_s_words_borrowed_or_told_are_theirs(text, speaker, cue):
    [c] = extract_text(f"題\n\n{text}\n").claims
    assert (c.kind, c.speakers[0].name, c.cue) == ("reported_speech", speaker, cue)


def test_a_run_of_digits_before_a_view_is_read_in_linear_time():
    import time

    from tracker.lang.ja.sentences import hedged
    t = time.perf_counter()
    hedged("売上は" + "7" * 200000 + "年に増えたと思います。")
    assert time.perf_counter() - t < 5        # the figure's digits read again from each: 35 s at 200,000


@pytest.mark.parametrize("text", ["聖書の言葉を借りれば、通行料は重荷だ。", "今風の言葉を借りると、市の説明は炎上した。", "私の言葉を借りれば、通行料は税金だ。"])
def test_words_borrowed_from_no_one_named_by_a_title_are_the_author_s(text):
    [c] = extract_text(f"題\n\n{text}\n").claims
    assert c.kind == "author_assertion"
