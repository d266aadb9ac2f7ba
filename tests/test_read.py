from datetime import date

import pytest

from tracker.errors import BadInput
from tracker.read import decode, read_article

TEXT = "中国外務省の林剣報道官は述べた。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "shift_jis", "euc_jp", "utf-8-sig"])
def test_japanese_encodings_are_detected(encoding):
    text, _ = decode(TEXT.encode(encoding))
    assert text == TEXT


@pytest.mark.parametrize("data, encoding", [(TEXT.encode("utf-16"), "utf-16"), (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16"),
                                            (b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16"), (TEXT.encode("utf-32"), "utf-32"),
                                            (b"\x00\x00\xfe\xff" + TEXT.encode("utf-32-be"), "utf-32")])
def test_utf16_and_utf32_with_their_mark_are_read_as_windows_saves_them(data, encoding):
    assert decode(data) == (TEXT, encoding)


@pytest.mark.parametrize("data", [b"\xff\xfe\x00\xd8", b"\xff\xfe" + bytes(range(32)) * 20])
def test_what_only_opens_like_utf16_is_refused_in_one_line(data):
    with pytest.raises(BadInput, match="UTF-16|binary"):
        decode(data)


def test_newlines_are_normalised(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("一行目。\r\n二行目。\r\n".encode())
    assert read_article(str(p)).text == "一行目。\n二行目。\n"


@pytest.mark.parametrize("data, message", [
    (b"", "empty"), (b" \n\n", "empty"), (b"\x00\x01\x02binary\x00", "binary"),
    (b"\xff\xfe\xfa\xfb" * 50, "not valid"),
])
def test_bad_input_is_refused_with_a_reason(tmp_path, data, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(BadInput, match=message):
        read_article(str(p))


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(BadInput, match="no such file"):
        read_article(str(tmp_path / "nope.txt"))


@pytest.mark.parametrize("text, encoding, declared", [
    ("안녕하세요, 한국어 기사입니다. " * 20, "euc-kr", "euc-kr"),               # a Korean declaration is kept
    ("こんにちは、日本語の記事です。" * 20, "iso2022_jp", None),                  # 7-bit, not read as ASCII
    ("こんにちは、日本語の記事です。" * 20, "cp932", "iso-8859-1"),              # wrongly declared Latin-1
])
def test_declared_and_undeclared_encodings_read_right(text, encoding, declared):
    from tracker.read import decode

    assert decode(text.encode(encoding), "t", declared)[0] == text


def test_a_page_whose_scripts_fill_its_head_is_still_judged_by_its_text():
    from tracker.read import decode

    text = "こんにちは、日本語の記事です。" * 20
    page = f"<html><head><script>{'var x = 1;' * 4000}</script></head><body><p>{text}</p></body></html>"
    assert text in decode(page.encode("cp932"), "page", "iso-8859-1")[0]


def test_utf8_with_a_damaged_byte_is_read_with_the_damage_marked():
    from tracker.read import decode

    data = ("日本語の記事です。" * 50).encode("utf-8")
    text, encoding = decode(data[:100] + b"\xff" + data[100:-1], "t")
    assert encoding == "utf-8" and 0 < text.count("\ufffd") <= 6 and text.startswith("日本語の記事です。")


def test_a_decomposed_accent_is_read_as_the_letter_it_makes(tmp_path):
    import unicodedata
    decomposed = unicodedata.normalize("NFD", "José Martí said the café would close.\n")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    path = tmp_path / "a.txt"
    path.write_bytes(("Notes\n\n" + decomposed).encode("utf-8"))
    from tracker.pipeline import extract
    ex = extract(str(path))
    assert "José Martí said the café would close." in ex.article.text
    assert [sp.name for c in ex.claims for sp in c.speakers] == ["José Martí"]


def test_a_forum_s_markup_is_read_off_the_lines_of_a_copied_text(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text("Notes\n\n[font size=2]The governor said taxes will rise next year.[/font]\n\n[b]\nUpdate\n[/b]\n\n"
                    "[b]Wow.[/b] [url=https://example.org/a]A link[/url]\n\nThe council met [Reuters].\n\n"
                    "Jane Roe said the loop reads a[i] before x[u] is set.\n", "utf-8")
    from tracker.pipeline import extract
    ex = extract(str(path))
    assert "[font" not in ex.article.text and "[Reuters]" in ex.article.text and "a[i] before x[u]" in ex.article.text
    assert ex.claims[0].speakers[0].name == "The governor" and ex.claims[0].text == "The governor said taxes will rise next year."
    assert ex.claims[-1].line == 13         # a line of markup alone stays: the lines after it keep their numbers
    from tracker.read import unmarked
    assert unmarked("Prices rose [b] sharply.") == "Prices rose [b] sharply."      # not closed anywhere: no markup


def test_a_markdown_article_reads_as_the_text_it_shows(tmp_path):
    from tracker.pipeline import extract

    md = tmp_path / "roundup.md"
    md.write_text("# Weekly roundup\n\n## Claim 1: bridge funding\n\n**Senator Jane Roe** said in a [speech on Monday](https://example.org/s) "
                  "that the bill \"funds every bridge.\" *That is false*: it covers 40 of 112, "
                  "[as The Associated Press reported](https://apnews.com/article/x).\n\n![a bridge](https://example.org/b.jpg)\n\n"
                  "```\ncode = 2 * 3 * 4\n```\n", "utf-8")
    ex = extract(str(md))
    assert ex.layout.title == "Weekly roundup"
    got = [(c.speakers[0].name, c.text) for c in ex.claims]
    assert got[0] == ("Jane Roe", 'Senator Jane Roe said in a speech on Monday that the bill "funds every bridge."')
    assert got[1][1].startswith("That is false: it covers 40 of 112, as The Associated Press reported")
    assert ex.citations[ex.claims[1].citation].outlet == "ap" and len(got) == 3       # (the fence's code is text as it was)


def test_utf16_holding_joiners_and_soft_hyphens_is_text():
    text = "家族の絵文字👨\u200d👩\u200d👧を使った投稿が話題になった。\nre\u00adport\n"
    assert decode(b"\xff\xfe" + text.encode("utf-16-le")) == (text, "utf-16")


@pytest.mark.parametrize("header", ["article,line,kind,attitude,speaker,cue,text,outlet,claim", '{"article": {}, "claims": []}'])
def test_the_tracker_s_own_csv_and_json_are_no_article(tmp_path, header):
    p = tmp_path / "export.txt"
    p.write_text(header + "\n", "utf-8")
    with pytest.raises(BadInput, match="not an article"):
        read_article(str(p))


@pytest.mark.parametrize("text, day", [
    ("防衛大臣記者会見概要 平成29年9月26日(10時47分～10時56分)\n\nQ:北朝鮮への対応は。\n\nA:関係国と緊密に連携して対応してまいります。"
     "金曜日に訪米します。\n", date(2017, 9, 26)),
    ("Press Briefing by Press Secretary Jane Roe, July 3, 2024\n\nMS. ROE: Good afternoon. The president will travel to Ohio on "
     "Friday.\n\nQ: Will he meet the governor?\n\nMS. ROE: He will meet the governor and local leaders.\n", date(2024, 7, 3)),
])
def test_a_record_s_turns_are_said_the_day_its_header_gives(text, day):
    from .conftest import extract_text
    ex = extract_text(text)
    turns = [c for c in ex.claims if c.kind == "reported_speech"]
    assert len(turns) >= 2 and all(c.date == day for c in turns)       # not the Friday a turn speaks of
    assert ex.article.published == day


@pytest.mark.parametrize("header", ["東日本大震災から13年（2011年3月11日）を前に知事が会見",
                                    "知事会見　震災から13年（2011年3月11日）",
                                    "Survivors interviewed 13 years after the quake (March 11, 2011)"])
def test_a_day_a_header_looks_back_at_is_no_record_s_day(header):
    from .conftest import extract_text
    assert extract_text(f"{header}\n\n知事は「教訓を伝える」と述べた。\n").article.recorded is None


def test_a_link_to_a_record_is_no_header_of_this_page():
    from .conftest import extract_text
    ex = extract_text("Mayor defends budget\nWatch: the mayor's interview, May 5, 2019\n\nThe mayor said on Monday that taxes will be cut.\n")
    assert ex.article.recorded is None
