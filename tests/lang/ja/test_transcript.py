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
    assert [(c.speakers[0].name, c.kind) for c in ex.claims] == [("防衛", "reported_speech")]


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
