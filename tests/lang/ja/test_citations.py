"""Citations as Japanese writes them: 【…】 markers and their damaged forms, credits in parentheses."""
from datetime import date

import pytest

from tracker.lang.ja.citations import parse_marker
from tracker.lang.ja.dates import damaged_readings

from ...conftest import extract_text


def names(c):
    return [s.name for s in c.speakers]


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


def test_inline_outlet_credit_at_paragraph_end_is_a_citation():
    ex = extract_text("見出し\n\n政府は新たな方針を決めた。(共同)\n")
    [c] = ex.citations
    assert c.outlet == "kyodo" and c.kind == "inline"
    assert ex.claims[0].citation == 0


@pytest.mark.parametrize("headline", ["北町市長が辞意表明=財政難で-北町(時事通信)", "北町市長、辞意を表明 財政難で（共同）"])
def test_a_headline_closed_by_its_outlet_heads_the_story_below_it(headline):
    ex = extract_text(f"ブログ\n\n{headline}\n\n 北町市の北町一郎市長は19日、辞意を表明した。市によると、後任は未定だという。\n", published=date(2024, 11, 20))
    assert [(c.kind, names(c), ex.citations[c.citation].outlet if c.citation is not None else None) for c in ex.claims] == [
        ("reported_speech", ["北町一郎"], ex.citations[0].outlet), ("reported_speech", ["市"], ex.citations[0].outlet)]
    assert ex.citations[0].outlet in ("jiji", "kyodo") and len(ex.citations) == 1


@pytest.mark.parametrize("caption", ["握手する北町市長(左)と南町市長=19日、北町市役所(共同)", "会合で発言する北町氏=北町市(聯合ニュース)"])
def test_a_picture_s_caption_closed_by_its_outlet_is_no_headline(caption):
    ex = extract_text(f"ブログ\n\n{caption}\n\n北町市長は「協力する」と述べた。\n", published=date(2024, 11, 20))
    assert ex.citations[0].kind == "inline" and ex.claims[-1].citation is None


def test_a_sentence_closed_by_its_outlet_alone_on_its_line_is_no_headline():
    ex = extract_text("ブログ\n\n北町市長は19日、辞意を表明した（共同）\n\n私は残念に思う。\n", published=date(2024, 11, 20))
    assert ex.citations[0].kind == "inline" and ex.claims[0].citation == 0


@pytest.mark.parametrize("credit, outlet, day", [
    ("〈共同〉", "kyodo", None), ("〈11月19日 共同〉", "kyodo", 19), ("[時事]", "jiji", None), ("[11月19日 時事]", "jiji", 19),
    ("《読売新聞》", "yomiuri", None), ("［時事通信］", "jiji", None), ("（ＮＨＫ）", "nhk", None),
])
def test_a_credit_in_other_brackets_or_in_wide_letters_closing_a_paragraph_cites_it(credit, outlet, day):
    ex = extract_text(f"見出し\n\n北町市長は「辞任しない」と述べた。{credit}\n\n市の人口は減っている。[注]\n", published=date(2024, 11, 20))
    said = ex.claims[0]
    cited = ex.citations[said.citation]
    assert cited.outlet == outlet and (day is None or cited.date == date(2024, 11, day))
    assert [c.outlet for c in ex.citations] == [outlet] and all(c.citation is None for c in ex.claims[1:])


@pytest.mark.parametrize("line, outlet", [("記事元：テレビ朝日", "tvasahi"), ("出典元：NHK", "nhk"), ("情報元：時事ドットコム", "jiji"),
                                          ("（出所：産経ニュース 11月19日）", "sankei")])
def test_more_labels_name_a_source(line, outlet):
    ex = extract_text(f"見出し\n\n北町市長は「辞任しない」と述べた。\n{line}\n", published=date(2024, 11, 20))
    [said] = ex.claims
    assert ex.citations[said.citation].outlet == outlet


@pytest.mark.parametrize("credit, outlet", [("（AFP＝時事）", "afp"), ("(ロイター=共同)", "reuters")])
def test_a_wire_distributed_by_an_agency_credits_the_wire_s_report(credit, outlet):
    ex = extract_text(f"見出し\n\n市長は「工場を閉鎖する」と述べた。{credit}\n")
    [c] = ex.citations
    assert (c.outlet, c.kind, c.text) == (outlet, "inline", credit) and ex.claims[0].citation == 0


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


@pytest.mark.parametrize("credit, outlet, day", [
    ("2022年7月30日, スプートニク日本", "sputnik", date(2022, 7, 30)),
    ("2024年7月3日 共同通信", "kyodo", date(2024, 7, 3)),
])
def test_a_full_date_and_a_known_outlet_after_the_paragraph_s_last_sentence_cite_it(credit, outlet, day):
    ex = extract_text(f"見出し\n\n報道官は、要求は太陽が西から昇れと言うのと同じだと述べた。 {credit}\n", published=date(2024, 7, 10))
    [c] = ex.citations
    assert (c.outlet, c.date, c.outlet_written) == (outlet, day, credit.split(maxsplit=1)[1].lstrip(", "))
    assert ex.claims[0].citation == 0
    # a date and a word the registry does not know is no credit
    assert extract_text("見出し\n\n今日は暑かった。 2024年7月3日 晴れ\n", published=date(2024, 7, 10)).citations == ()


def test_a_parenthesised_aside_is_not_a_citation():
    ex = extract_text("見出し\n\n会談は(6月)19日に開かれた(平壌)\n", published=date(2024, 7, 10))
    assert ex.citations == ()


def test_a_dated_credit_closing_a_sentence_inside_a_paragraph_is_a_citation():
    ex = extract_text("教員の働き方 | 教育メモ\n\n評論家の森下由美氏は「保証はない」と語った（朝日新聞デジタル、6月10日）。森下氏はさらに強調した。\n",
                      published=date(2024, 6, 20))
    cit = ex.citations[0]
    assert cit.outlet_written == "朝日新聞デジタル" and cit.date.isoformat() == "2024-06-10"


@pytest.mark.parametrize("body, outlet, day", [
    ("ワシントン(CNN) 米当局者は3日、調査を続けていると述べた。", "CNN", 30),      # undated: the article's day
    ("(CNN) 米当局者は3日、調査を続けていると述べた。", "CNN", 30),
    ("[24日 ロイター] - 選手は「引退しない」と語った。", "ロイター", 24),
])
def test_a_wire_s_dateline_opening_a_story_cites_it(body, outlet, day):
    ex = extract_text(f"題\n\n{body}\n\n同当局者は「確認中だ」と話した。\n", published=date(2024, 7, 30))
    [c] = [c for c in ex.citations if c.kind == "dateline"]
    assert c.outlet_written == outlet and c.date.day == day
    assert all(cl.citation == 0 for cl in ex.claims)


def test_a_parenthesis_after_a_name_opening_a_paragraph_is_no_dateline():
    ex = extract_text("題\n\n首相(自民党) 会見で語った。\n", published=date(2024, 7, 30))
    assert ex.citations == ()


@pytest.mark.parametrize("marker", ["【ソウル共同=山田太郎】", "【カブール、ソウル25日共同=山田太郎、田中花子】"])
def test_a_dateline_with_its_places_and_reporters_cites_the_agency(marker):
    ex = extract_text(f"題\n\n{marker}外務省は25日、声明を出した。\n", published=date(2024, 7, 30))
    [c] = ex.citations
    assert c.outlet == "kyodo" and c.kind == "dateline" and ex.claims[0].citation == 0


@pytest.mark.parametrize("marker", ["【首相、会見で共同】", "【中国、ロシア、北朝鮮と共同】"])
def test_a_heading_naming_an_agency_after_words_is_no_dateline(marker):
    from tracker.lang.ja.citations import parse_marker
    assert parse_marker(marker[1:-1]) is None


@pytest.mark.parametrize("body, outlets", [
    ("大統領は「関税は正しい」と述べた、と共同通信が報じた。", ["kyodo"]),
    ("大統領は関税は正しいと述べた、と時事通信が10日伝えた。", ["jiji"]),
    ("政府関係者が、相手は中国だったと明らかにした、と朝日新聞と毎日新聞が報じた。", ["asahi", "mainichi"]),
    ("政府関係者が、相手は中国だったと明らかにした、と朝日、毎日、共同が報じた。", ["asahi", "mainichi", "kyodo"]),
])
def test_a_clause_closing_the_sentence_with_the_outlet_that_reported_it_cites_the_statement_to_it(body, outlets):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10))
    [said] = ex.claims                       # the closing clause says nothing of its own
    assert said.speakers[0].kind != "media"
    assert [ex.citations[k].outlet for k in (said.citation, *said.also_cited)] == outlets


@pytest.mark.parametrize("credit, outlet", [("ロイター通信が報じた。", "ロイター通信"), ("米CNNが伝えた。", "米CNN")])
def test_a_sentence_naming_the_outlet_that_reported_the_one_before_cites_it(credit, outlet):
    ex = extract_text(f"題\n\n大統領は「関税は正しい」と述べた。{credit}\n", published=date(2024, 7, 10))
    [said] = ex.claims
    assert ex.citations[said.citation].outlet_written == outlet and not said.via


@pytest.mark.parametrize("marker", ["【ソウル25日時事】", "【カブール、ソウル25日共同=山田太郎、田中花子】"])
def test_a_dateline_with_its_day_dates_the_report_and_opens_the_story(marker):
    ex = extract_text(f"題\n\n{marker}外務省は25日、声明を出した。\n", published=date(2025, 5, 26))
    [c] = ex.citations
    assert (c.kind, c.date) == ("dateline", date(2025, 5, 25)) and ex.claims[0].citation == 0


@pytest.mark.parametrize("marker, outlet, day", [
    ("【新華社東京5月25日】", "xinhua", date(2025, 5, 25)),
    ("【共同通信ソウル2025年5月24日】", "kyodo", date(2025, 5, 24)),
])
def test_a_wire_s_dateline_outlet_first_then_its_place_and_date_opens_the_story(marker, outlet, day):
    ex = extract_text(f"題\n\n{marker}外務省は声明を出した。\n", published=date(2025, 5, 26))
    [c] = ex.citations
    assert (c.kind, c.outlet, c.date) == ("dateline", outlet, day) and ex.claims[0].citation == 0


@pytest.mark.parametrize("marker", ["新華社東京", "新華社東京都内5月25日は", "東京新華社"])
def test_an_outlet_and_a_place_without_a_date_after_them_is_no_wire_dateline(marker):
    from tracker.lang.ja.citations import wire_dateline
    assert wire_dateline(marker) is None


def test_a_bracket_with_its_day_closing_a_paragraph_stays_a_closing_credit():
    ex = extract_text("題\n\n外務省は25日、声明を出した。【ソウル25日時事】\n", published=date(2025, 5, 26))
    [c] = ex.citations
    assert c.kind == "bracket" and c.date == date(2025, 5, 25) and ex.claims[0].citation == 0


def test_an_outlet_s_editors_credited_in_parentheses_cite_the_outlet():
    ex = extract_text("題\n\n第三者委員会の調査が大詰めを迎えています。(ダイヤモンド編集部)\n\n次の話題です。\n", published=date(2024, 7, 10))
    [c] = ex.citations
    assert c.outlet_written == "ダイヤモンド" and ex.claims[0].citation == 0 and ex.claims[1].citation is None


@pytest.mark.parametrize("body", ["黒田総裁はブルームバーグTVのインタビューに対し、「円安はプラスだ」と述べた。",
                                  "聯合ニュースTVは「支持率が回復した」と報じた。"])
def test_an_outlet_s_television_channel_is_the_outlet(body):
    ex = extract_text(f"題\n\n{body}\n", published=date(2024, 7, 10))
    [said] = ex.claims
    assert said.citation is not None and ex.citations[said.citation].outlet in ("bloomberg", "yonhap")


def test_a_credit_line_with_a_month_and_day_is_dated_in_the_page_s_year():
    ex = extract_text("題\n\n投稿日 2019年6月25日\n\n生活保護費の減額は違憲だと原告団が訴えた。\n\n6/24(月) 8:00配信 毎日新聞\n\n私の感想です。\n")
    [c] = ex.citations
    assert (c.outlet, c.date) == ("mainichi", date(2019, 6, 24)) and ex.claims[0].citation == 0


def test_a_headline_credit_covers_a_story_in_the_polite_form_of_tv_news():
    ex = extract_text("題\n\n『裁判員が会見 元妻に無罪判決』by「関西テレビ」\n\n資産家を殺害した罪に問われた元妻の裁判員裁判。\n\n"
                      "北町地方裁判所は元妻に無罪を言い渡しました。\n\n裁判員は会見で判決について話しました。\n", published=date(2024, 12, 12))
    [c] = ex.citations
    assert c.outlet_written == "関西テレビ" and all(cl.citation == 0 for cl in ex.claims)


@pytest.mark.parametrize("line, expected", [("読売新聞オンライン 12/28(土) 21:37 配信", date(2024, 12, 28)),   # a Saturday in 2024, not 2025
                                            ("読売新聞オンライン 12/28(金) 21:37 配信", None)])           # a Friday in no year near
def test_the_weekday_beside_a_credit_s_day_decides_its_year_or_that_there_is_none(line, expected):
    ex = extract_text(f"ニュースまとめ 2025年1月5日\n\n生活保護費の減額は違憲だと原告団が訴えた。\n\n{line}\n\n私の感想です。\n")
    [c] = ex.citations
    assert c.date == expected


@pytest.mark.parametrize("line, published", [("6/24(火) 8:00配信 毎日新聞", date(2024, 6, 25)),    # a Tuesday only in 2025: after the page
                                             ("12/28(日) 8:00配信 毎日新聞", date(2025, 1, 5))])
def test_a_weekday_never_dates_a_credit_after_the_page(line, published):
    ex = extract_text(f"題\n\n生活保護費の減額は違憲だと原告団が訴えた。\n\n{line}\n\n私の感想です。\n", published=published)
    [c] = ex.citations
    assert c.date is None


@pytest.mark.parametrize("marker", ["0日時事", "00日共同", "ソウル0日時事"])
def test_a_dateline_s_day_no_month_has_gives_no_date_never_day_0(marker):
    when, outlet = parse_marker(marker)
    assert when is None and outlet in ("時事", "共同")      # found by the property test: day 0 of every month


@pytest.mark.parametrize("line, published, outlet, expected", [
    # the outlet's desk beside its name
    ("時事通信 外信部2025年11月22日15時00分配信", date(2025, 11, 30), "jiji", date(2025, 11, 22)),
    ("共同通信 政治部 2025年11月21日 8時56分配信", date(2025, 11, 30), "kyodo", date(2025, 11, 21)),
])
def test_an_aggregators_credit_line_names_the_outlet_before_its_desk(line, published, outlet, expected):
    ex = extract_text(f"題\n\n生活保護費の減額は違憲だと原告団が訴えた。\n\n{line}\n\n私の感想です。\n", published=published)
    [c] = ex.citations
    assert (c.kind, c.outlet, c.date) == ("creditline", outlet, expected)
    assert ex.claims[0].citation == 0


@pytest.mark.parametrize("text, outlet, kind", [
    ("見出し\n\n【ソウル=共同】韓国の外相は「遺憾だ」と述べた。\n", "kyodo", "dateline"),
    ("見出し\n\n【ワシントン＝AFP時事】米国務長官は「懸念している」と述べた。\n", "afp", "dateline"),
    ("見出し\n\n（ソウル＝共同）韓国の外相は「遺憾だ」と述べた。\n", "kyodo", "dateline"),
    ("見出し\n\n韓国の外相は「遺憾だ」と述べた。（ソウル共同）\n", "kyodo", "inline"),
    ("見出し\n\n韓国の外相は「遺憾だ」と述べた。（北京＝共同）\n", "kyodo", "inline"),
    ("見出し\n\n〔北京共同〕中国外務省の報道官は「反対する」と述べた。\n", "kyodo", "dateline"),
    ("見出し\n\n【ベルリン＝ＤＰＡ時事】ドイツ政府は「支援を続ける」と述べた。\n", "dpa", "dateline"),
    ("見出し\n\n（ＡＦＰ＝時事）フランス政府は「支援を続ける」と述べた。\n", "afp", "dateline"),
])
def test_a_wire_s_place_and_name_with_or_without_an_equals_sign(text, outlet, kind):
    ex = extract_text(text)
    [c] = ex.citations
    assert (c.outlet, c.kind) == (outlet, kind) and ex.claims[0].citation == 0 and not ex.claims[0].text.startswith(("【", "（"))


@pytest.mark.parametrize("text", ["見出し\n\n【北京＝山田太郎】中国外務省の報道官は「反対する」と述べた。\n", "見出し\n\n日米は協力を確認した。（日米共同）\n"])
def test_a_reporter_after_the_equals_sign_and_a_joint_statement_are_no_wire(text):
    assert extract_text(text).citations == ()


def test_a_correspondent_s_dateline_is_no_part_of_the_statement():
    """【北京＝山田太郎】: the place and the reporter, the page's own report: neither a citation nor words said."""
    ex = extract_text("見出し\n\n【北京＝山田太郎】中国外務省の報道官は「反対する」と述べた。\n")
    assert [c.text for c in ex.claims] == ["中国外務省の報道官は「反対する」と述べた。"] and ex.citations == ()


def test_two_correspondents_and_a_wire_s_reporter():
    ex = extract_text("見出し\n\n【ワシントン＝山田太郎、ニューヨーク＝田中花子】米政府は「注視する」と述べた。\n")
    assert ex.claims[0].text == "米政府は「注視する」と述べた。" and ex.citations == ()
    ex = extract_text("見出し\n\n【ソウル＝共同・佐藤】韓国政府は「抗議する」と述べた。\n")
    assert [(c.outlet, c.kind) for c in ex.citations] == [("kyodo", "dateline")] and ex.claims[0].citation == 0


@pytest.mark.parametrize("marker", ["引用ここまで", "（引用終わり）", "ここまで転載です。", "【引用終了】", "以上引用", "以上、引用でした。",
                                    "――引用ここまで――", "--- 引用ここまで ---", "≪引用終わり≫"])
def test_a_line_closing_the_quote_ends_what_the_source_line_covers_and_is_no_statement(marker):
    ex = extract_text(f"以下、NHKニュースより。\n\n政府は4日、児童手当の所得制限を撤廃する方針を決めた。\n\n{marker}\n\n財源の説明がまだ不十分だ。\n",
                      published=date(2024, 7, 10))
    by = {c.text: c for c in ex.claims}
    assert by["政府は4日、児童手当の所得制限を撤廃する方針を決めた。"].citation is not None
    assert by["財源の説明がまだ不十分だ。"].citation is None and by["財源の説明がまだ不十分だ。"].kind.startswith("author")
    assert not any("引用" in t or "転載" in t for t in by)


def test_a_pasted_thread_s_headers_and_readers_replies_are_no_statements_and_its_first_post_is_read():
    ex = extract_text("【速報】大雨の恐れ\n\n1 名前：名無しさん＠ﾆｭｰｽ+ 投稿日：2025/07/04(金) 08:01:12.34 ID:Abc123\n"
                      "気象庁は4日、大雨の恐れがあると発表した。\nhttps://www3.nhk.or.jp/news/html/20250704/k10014.html\n\n"
                      "5 名前：名無しさん＠ﾆｭｰｽ+ 投稿日：2025/07/04(金) 08:03:55.10 ID:Def456\n>>1\nまた大雨か\n\n"
                      "8: 風吹けば名無し 2025/07/04(金) 08:05:01.22 ID:Ghi789\n政府は何をしているんだ\n\n"
                      "管理人としては、政府の対応が遅すぎると思う。\n", published=date(2025, 7, 5))
    assert [c.text for c in ex.claims] == ["気象庁は4日、大雨の恐れがあると発表した。", "管理人としては、政府の対応が遅すぎると思う。"]
    assert ex.citations[ex.claims[0].citation].outlet == "nhk"


@pytest.mark.parametrize("text", [
    "お知らせ\n\n2回目の住民説明会は2025/07/04(金) 19:00から市役所で開くと北町市が発表した。\n山田太郎市長は「丁寧に説明したい」と述べた。\n",
    "記事タイトル\n2025/07/04(金) 08:03 公開 / 2025/07/05(土) 09:12 更新\n山田太郎市長は4日、「説明したい」と述べた。\n",
])
def test_a_line_with_a_number_a_date_and_a_time_is_no_post_header_without_a_name_or_id_field(text):
    claims = extract_text(text, published=date(2025, 7, 5)).claims
    assert any("山田太郎市長" in c.text for c in claims)


def test_a_numbered_item_that_says_something_is_no_heading():
    claims = extract_text("政府の対策のポイントは次の通り。\n\n１　ガソリン補助金を来年3月まで延長\n２　低所得世帯に3万円を給付\n",
                          published=date(2025, 7, 5)).claims
    assert len(claims) == 3



def test_a_thread_s_classic_default_name_with_its_stop_and_a_header_without_an_id_are_post_headers():
    ex = extract_text("大雨で休校\n\n1 名前：名無しさん＠お腹いっぱい。 投稿日：2025/07/04(金) 08:00:01.10 ID:Abc123\n"
                      "気象庁は4日、大雨の恐れがあると発表した。\n\n2: 風吹けば名無し 2025/07/04(金) 08:03:55.10\n"
                      "政府は何もしないと言っている\n\n管理人としては、政府の対応が遅すぎると思う。\n", published=date(2025, 7, 5))
    assert [c.text for c in ex.claims] == ["気象庁は4日、大雨の恐れがあると発表した。", "管理人としては、政府の対応が遅すぎると思う。"]
    assert ex.claims[-1].kind == "author_opinion"


def test_a_numbered_item_with_a_topic_is_no_heading():
    claims = extract_text("対策の要点\n\n１　電気代は据え置き\n２　児童手当も拡充\n", published=date(2025, 7, 5)).claims
    assert len(claims) == 2


@pytest.mark.parametrize("text, outlet, kind", [
    ("北町首相は19日、「賃上げを実現する」と述べた（NHK）。\n", "nhk", "inline"),        # a known outlet alone before the stop
    ("（テレビ朝日）北町首相は19日、「賃上げを実現する」と述べた。\n", "tvasahi", "dateline"),   # opening the story, no space after it
    ("北町首相は19日、「賃上げを実現する」と述べた。\n※NHKより引用\n", "nhk", "creditline"),   # a note's mark is no part of the name
    ("英BBC放送は18日、北町首相が辞任すると伝えた。\n", "bbc", "named"),
])
def test_an_outlet_credited_in_the_forms_japanese_pages_write(text, outlet, kind):
    ex = extract_text("見出し\n\n" + text, published=date(2024, 11, 20))
    [c] = ex.claims
    cit = ex.citations[c.citation]
    assert (cit.outlet, cit.kind) == (outlet, kind) and names_of(c)[0] != "（テレビ朝日）北町"


def names_of(c):
    return [s.name for s in c.speakers]


def test_a_portal_s_delivery_line_run_into_the_page_dates_the_story_s_own_dateline_after_it():
    text = ("見出し\n\n北町首相答弁巡り南町が書簡 「撤回を」訴え―南町 時事通信 外信部2024年11月19日15時00分配信 国連本部=2023年10月 【ニューヨーク時事】南町の代表部は、"
            "書簡を送ったと明らかにした。 次の見出し 時事通信 外信部2024年11月18日08時56分配信 【ワシントン時事】北町大統領は「従うな」と述べた。\n")
    ex = extract_text(text, published=date(2024, 11, 20))
    said = [c for c in ex.claims if c.cue]
    assert [(ex.citations[c.citation].text, ex.citations[c.citation].date) for c in said] == [
        ("【ニューヨーク時事】", date(2024, 11, 19)), ("【ワシントン時事】", date(2024, 11, 18))]
    # without a dateline of its own, the delivery line opens the story
    ex = extract_text("見出し\n\n時事通信 外信部2024年11月19日15時00分配信 北町首相は辞任する意向を示した。\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert (ex.citations[c.citation].outlet, ex.citations[c.citation].date) == ("jiji", date(2024, 11, 19))


@pytest.mark.parametrize("line", ["11/19(火) 11:30配信\u3000時事通信", "時事通信\u300011/19(火) 11:30配信"])
def test_a_delivery_line_under_a_headline_credits_the_story_below_not_a_picture(line):
    ex = extract_text(f"メモ\n\n北町電機、削減へ\n{line}\n北町電機は19日、3000人の削減を発表した。\n", published=date(2024, 11, 20))
    said = [c for c in ex.claims if c.kind == "reported_speech"]
    assert [(ex.citations[c.citation].outlet, ex.citations[c.citation].kind, ex.citations[c.citation].date) for c in said] == [
        ("jiji", "sourceline", date(2024, 11, 19))]


@pytest.mark.parametrize("above, below, outlet, kind", [
    ("ソース：読売新聞\n", "", "yomiuri", "sourceline"),       # a labelled source alone on its line, over the text
    ("出典：朝日新聞デジタル\n", "", "asahi", "sourceline"),
    ("配信元：NHK\n", "", "nhk", "sourceline"),
    ("", "ⓒ共同通信\n", "kyodo", "creditline"),                 # a copyright mark closing it
    ("", "この記事の提供元：毎日新聞\n", "mainichi", "creditline"),
])
def test_a_labelled_credit_on_its_own_line_cites_the_text_it_stands_over_or_closes(above, below, outlet, kind):
    ex = extract_text(f"メモ\n\n{above}北町知事は18日、「再選を目指す」と表明した。\n{below}", published=date(2024, 11, 20))
    [c] = ex.claims
    assert (ex.citations[c.citation].outlet, ex.citations[c.citation].kind) == (outlet, kind)


@pytest.mark.parametrize("body, outlet, day", [
    ("NHKが18日に報じたところでは、北町氏は入院している。", "nhk", date(2024, 11, 18)),
    ("産経新聞は18日付の社説で「解散すべきだ」と主張した。", "sankei", date(2024, 11, 18)),
    ("共同通信の18日の報道では、北町氏は辞任する意向だ。", "kyodo", date(2024, 11, 18)),
    ("共同通信の報道では、北町氏は辞任する意向だ。", "kyodo", None),          # no day: none invented
])
def test_the_day_an_outlet_s_report_or_issue_is_named_by_dates_it(body, outlet, day):
    ex = extract_text("見出し\n\n" + body + "\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert c.kind == "reported_speech" and (ex.citations[c.citation].outlet, ex.citations[c.citation].date) == (outlet, day)


def test_the_author_in_the_first_person_after_a_report_in_the_polite_form_is_no_part_of_it():
    ex = extract_text("雑記 | ブログ\n\n以下、NHKより。\n市は新しい公園を開きました。\n私はこの計画に賛成です。\n", published=date(2024, 11, 20))
    assert [(c.text, c.citation is None) for c in ex.claims] == [("市は新しい公園を開きました。", False), ("私はこの計画に賛成です。", True)]


def test_a_delivery_line_run_into_a_dateline_says_nothing_itself():
    ex = extract_text("見出し\n\n北町で書簡 時事通信 外信部2024年11月19日15時00分配信【ワシントン時事】米政府は19日、制裁を発表した。\n",
                      published=date(2024, 11, 20))
    assert not any("配信" in c.text for c in ex.claims)
    said = next(c for c in ex.claims if c.cue)
    assert ex.citations[said.citation].date == date(2024, 11, 19)


@pytest.mark.parametrize("text", [
    "北町市長は公金を横領した。\n\n来年、増税は確実だ。\n\n北町市長は辞任しないと述べた（NHK）。\n",      # a sentence's credit: its sentence only
    "紅白歌合戦（NHK）の視聴率は過去最低だった。\n\n北町市長は公金を横領した。\n",                       # a programme's broadcaster, no dateline
    "北町市長は公金を横領した。来年、増税は確実だ。 共同通信 11/19(火) 9:05配信 首相は述べた。\n\n株価は暴落する。\n",   # a delivery line after a sentence
])
def test_a_credit_in_a_sentence_never_reaches_the_author_s_own_words(text):
    ex = extract_text("題\n\n" + text, published=date(2024, 12, 1))
    own = [c for c in ex.claims if "横領" in c.text or "確実" in c.text or "暴落" in c.text]
    assert own and all(c.citation is None for c in own), [(c.text, c.citation) for c in own]


def test_a_reporter_s_own_first_person_inside_a_pasted_report_is_the_report_s():
    ex = extract_text("題\n\n以下、毎日新聞より\n\n首相は19日、増税しないと表明した。筆者が取材した関係者によると、党内には反発もある。政府は来年度予算を編成する。\n",
                      published=date(2024, 11, 20))
    assert all(c.citation is not None for c in ex.claims)


@pytest.mark.parametrize("credit, outlet", [("（Yahoo!ニュース／毎日新聞）", "mainichi"), ("\nYahoo!ニュース（毎日新聞）11/19(火) 18:05配信", "mainichi"),
                                            ("\nYahoo!ニュース 11/19(火) 11:30 時事通信", "jiji")])
def test_a_portal_and_the_outlet_whose_story_it_carries_cite_the_outlet(credit, outlet):
    ex = extract_text(f"見出し\n\n北町市長は19日、「辞任しない」と述べた。{credit}\n", published=date(2024, 11, 20))
    [said] = ex.claims
    cited = ex.citations[said.citation]
    assert cited.outlet == outlet and cited.kind != "picture"


@pytest.mark.parametrize("opening, outlet, day", [("（ソウル聯合ニュース）", "yonhap", None), ("[ワシントン 19日 ロイター] ", "reuters", 19)])
def test_a_wire_s_dateline_with_its_place_inside_or_without_its_dash_opens_the_story(opening, outlet, day):
    ex = extract_text(f"見出し\n\n{opening}北町政府は19日、新たな制裁を発表した。\n", published=date(2024, 11, 20))
    [said] = ex.claims
    cited = ex.citations[said.citation]
    assert (cited.outlet, cited.kind) == (outlet, "dateline") and names_of(said) == ["北町政府"]
    assert day is None or cited.date == date(2024, 11, day)


def test_a_bracket_without_a_dash_inside_a_paragraph_is_no_dateline():
    ex = extract_text("見出し\n\n市は[ロイター 19日]の報道を否定した。\n", published=date(2024, 11, 20))
    assert not any(c.kind == "dateline" for c in ex.citations)


@pytest.mark.parametrize("credit", ["（NHK、19日）", "（時事通信 19日）"])
def test_a_day_alone_after_the_outlet_is_that_day_of_the_page_s_month(credit):
    ex = extract_text(f"見出し\n\n北町市長は「計画を見直す」と述べた。{credit}\n", published=date(2024, 11, 20))
    assert [c.date for c in ex.citations] == [date(2024, 11, 19)]


def test_the_paper_s_own_old_form_of_its_name_is_known():
    ex = extract_text("見出し\n\n北町市長は「計画を見直す」と述べた。\n産經新聞:2017.8.1 21:33更新\n", published=date(2017, 8, 2))
    [said] = ex.claims
    assert (ex.citations[said.citation].outlet, ex.citations[said.citation].date) == ("sankei", date(2017, 8, 1))


def test_a_portal_s_outlet_line_with_its_delivery_line_under_it_dates_the_report():
    ex = extract_text("北町市長が辞任否定\n毎日新聞\n11/19(火) 18:05配信\n北町市の北町一郎市長は19日、「辞任しない」と述べた。\n", published=date(2024, 11, 20))
    [c] = [c for c in ex.claims if c.kind == "reported_speech"]
    assert (ex.citations[c.citation].outlet, ex.citations[c.citation].date) == ("mainichi", date(2024, 11, 19))


@pytest.mark.parametrize("text", ["北町市長、辞任を否定：朝日新聞デジタル\n北町市の北町一郎市長は19日、「辞任しない」と述べた。\n",
                                  "ブログ\n\n「北町市長、辞任を否定」（朝日新聞）\n北町市の北町一郎市長は19日、「辞任しない」と述べた。\n",
                                  "ブログ\n\n北町市の北町一郎市長は19日、「辞任しない」と述べた。\n「北町市長、辞任を否定」（朝日新聞）\n"])
def test_a_headline_with_its_outlet_credits_the_story_it_heads_or_closes(text):
    ex = extract_text(text, published=date(2024, 11, 20))
    [c] = ex.claims
    assert (names(c), ex.citations[c.citation].outlet) == (["北町一郎"], "asahi")


@pytest.mark.parametrize("text, outlet", [
    ("ブログ\n\n北町市の北町一郎市長は19日、「辞任しない」と述べた。（以上、NHKニュースより）\n", "nhk"),
    ("ブログ\n\n北町市の北町一郎市長は19日、「辞任しない」と述べた。（中央日報日本語版）\n", "joongang"),
    ("ブログ\n\n北町市の北町一郎市長は19日、「辞任しない」と述べた。\n（略）\n毎日新聞 2024/11/19 18:05（最終更新 11/19 20:00）\n", "mainichi"),
    ("ブログ\n\n以下、毎日新聞の記事からの引用です。\n北町市の北町一郎市長は19日、「辞任しない」と述べた。\n", "mainichi"),
])
def test_credits_as_clipping_blogs_write_them(text, outlet):
    ex = extract_text(text, published=date(2024, 11, 20))
    [c] = ex.claims
    assert ex.citations[c.citation].outlet == outlet


def test_a_picture_s_credit_in_parentheses_on_its_own_line_is_a_picture_s():
    ex = extract_text("ブログ\n\n北町市で祭りが開かれた。\n（写真：時事通信）\n", published=date(2024, 11, 20))
    assert [c.kind for c in ex.citations] == ["picture"]


def test_a_state_agency_s_dateline_with_its_month_and_day_dates_its_report():
    ex = extract_text("ブログ\n\n【平壌11月19日発朝鮮中央通信】北町委員長は19日、「核戦力を強化する」と述べた。\n", published=date(2024, 11, 20))
    [c] = ex.claims
    assert (ex.citations[c.citation].outlet, ex.citations[c.citation].date) == ("kcna", date(2024, 11, 19))


def test_an_outlet_line_with_its_delivery_line_credits_the_story_below_and_not_the_blogger_s_comments():
    ex = extract_text("北町駅前再開発、事業者が撤退\n毎日新聞\n11/19(火) 18:05配信\n北町市の駅前再開発で、東雲不動産が事業から撤退することが19日、分かった。\n\n"
                      "以下、管理人のコメント。\n駅前があのままでは寂しいですね。\n東雲不動産は去年も別の町で撤退しています。\n", published=date(2024, 11, 20))
    cited = {c.text: c.citation is not None for c in ex.claims}
    assert cited["北町市の駅前再開発で、東雲不動産が事業から撤退することが19日、分かった。"] and not cited["東雲不動産は去年も別の町で撤退しています。"]
    assert "11/19(火) 18:05配信" not in cited


@pytest.mark.parametrize("text, speaker", [
    ("題\n\n北町市の山田一郎市長は19日の会見で次のように述べた。\n\n「来年度は増税しないし、その必要もない」（毎日新聞）\n\n私はこの町に住んで10年になる。税金が上がるのは困る。\n", "山田一郎"),
    ("北町だより\n\n北町市の山田一郎市長によると、来年度の税収は5％減る見込み(共同)\n\n私はこの町に住んで10年になる。税金が上がるのは困る。\n", "山田一郎"),
    ("北町だより\n\n山田一郎市長が19日、来年度の増税を表明(共同)\n\n私はこの町に住んで10年になる。税金が上がるのは困る。\n", None),
    ("北町日記\n\n私が毎朝読んでいる新聞はこれ：朝日新聞\n\n今日は寒かったです。市長の増税案には反対です。\n", None),
])
def test_a_quote_or_a_sentence_closed_by_its_outlet_is_no_headline_and_the_blogger_s_words_stay_the_blogger_s(text, speaker):
    ex = extract_text(text, published=date(2024, 11, 20))
    assert all(c.kind in ("author_assertion", "author_opinion") for c in ex.claims if "税金" in c.text or "寒かった" in c.text or "反対です" in c.text)
    if speaker:
        assert any([s.name for s in c.speakers] == [speaker] and c.citation is not None for c in ex.claims)


@pytest.mark.parametrize("text", ["題\n\n西田市長は「市民に申し訳ない」と述べた。\n\n市長が辞意表明=財政難で-北町(時事通信)\n\n残念なニュースだ。市長はよく頑張ったと思う。\n",
                                  "題\n\n写真は記者会見する西田健一市長　北町市役所で(共同)\n\n山田議長「残念だ」\n",
                                  "北町日記\n\n我が家で毎朝欠かさず読んでいる新聞：毎日新聞\n\n今日は天気が良かったので北町公園を散歩した。\n"])
def test_a_headline_or_caption_over_the_blogger_s_words_or_a_phrase_before_an_outlet_heads_nothing(text):
    ex = extract_text(text, published=date(2024, 11, 20))
    last = ex.claims[-1]
    assert last.citation is None


def test_a_quoted_headline_set_with_a_space_and_its_outlet_heads_the_story_below_it():
    ex = extract_text("ブログ\n\n北町食品の田村誠社長は「値上げする」と述べた。（共同）\n\n「西岡町長が辞職願　公金流用の疑い」（朝日新聞）\n"
                      "森下町長は取材に「町民に迷惑をかけた」と話した。\n", published=date(2024, 11, 20))
    said = {c.text: (names(c), ex.citations[c.citation].outlet if c.citation is not None else None) for c in ex.claims}
    assert said["森下町長は取材に「町民に迷惑をかけた」と話した。"] == (["森下"], "asahi")
    assert not any(n == ["田村誠"] and "西岡" in t for t, (n, _) in said.items())


@pytest.mark.parametrize("line, outlet", [("この記事は読売新聞オンライン（2024年11月19日付）の記事を一部抜粋したものです。", "yomiuri"),
                                          ("※本記事は東洋経済オンラインからの転載です。", "toyokeizai"),
                                          ("※この記事は東洋経済オンラインから転載しています。", "toyokeizai"),
                                          ("この記事は東洋経済オンラインより転載しております。", "toyokeizai"),
                                          ("この記事はCNN（英語版）の記事を翻訳したものです。", "cnn"),
                                          ("（共同通信・田中花子）", "kyodo")])
def test_a_repost_s_or_translation_s_note_and_a_signed_credit_cite_the_outlet(line, outlet):
    ex = extract_text(f"題\n\n政府は経済対策を閣議決定した。\n\n{line}\n", published=date(2024, 11, 20))
    assert [ex.citations[c.citation].outlet if c.citation is not None else None for c in ex.claims] == [outlet]


@pytest.mark.parametrize("line", ["（編集委員・山田太郎）", "（政治部　山田太郎）", "（敬称略）", "※写真はイメージです。"])
def test_a_reporter_s_signature_and_the_page_s_notes_say_nothing(line):
    ex = extract_text(f"題\n\n政府は経済対策を閣議決定した。\n\n{line}\n", published=date(2024, 11, 20))
    assert [c.text for c in ex.claims] == ["政府は経済対策を閣議決定した。"]


@pytest.mark.parametrize("body", ["今朝の読売新聞に載っていましたが、市長が辞任したそうです。",
                                  "市長が辞任したそうです。読売新聞の記事で読みました。",
                                  "市長が辞任したそうです。読売新聞を見ていて知りました。"])
def test_hearsay_whose_outlet_a_clause_before_it_or_the_sentence_after_it_names_is_its_report(body):
    ex = extract_text(f"メモ\n\n{body}\n", published=date(2024, 7, 10))
    said = next(c for c in ex.claims if "辞任" in c.text)
    assert said.citation is not None and ex.citations[said.citation].outlet == "yomiuri"


@pytest.mark.parametrize("body", ["市長が、来月辞任するそうです。", "市長が辞任したそうです。驚きました。",
                                  "市長が辞任したそうです。夕方のニュースでやってました。"])
def test_hearsay_naming_no_outlet_stays_uncited(body):
    ex = extract_text(f"メモ\n\n{body}\n", published=date(2024, 7, 10))
    assert all(c.citation is None for c in ex.claims)


@pytest.mark.parametrize("line, outlet", [("北町新聞から", "北町新聞"), ("やまがたオンラインニュースから", "やまがたオンラインニュース"),
                                          ("2019年04月16日07時48 中央日報", "中央日報")])
def test_a_paper_by_its_form_before_kara_and_a_credit_line_with_an_hour_and_minutes_open_the_report(line, outlet):
    ex = extract_text(f"題\n\n{line}\n\n韓日外交が最悪の状態に陥っている。政府は首脳会談を推進しない方向で検討している。\n", published=date(2019, 4, 20))
    assert [ex.citations[c.citation].outlet_written if c.citation is not None else None for c in ex.claims] == [outlet, outlet]


@pytest.mark.parametrize("line", ["東京から", "北町新聞から届いた手紙を読んだ。"])
def test_a_place_before_kara_or_a_sentence_naming_a_paper_opens_nothing(line):
    ex = extract_text(f"題\n\n{line}\n\n韓日外交が最悪の状態に陥っている。\n", published=date(2019, 4, 20))
    assert ex.claims[-1].citation is None
