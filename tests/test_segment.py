from tracker.lang.ja.sentences import bracket_pairs
from tracker.segment import segment, sentences

from .conftest import article_of


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
