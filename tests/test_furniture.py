"""Page furniture: date lines and bylines, in any language the detector knows."""
from __future__ import annotations

import time
from datetime import date

import pytest

from tracker.furniture import byline, stated_publication

from .conftest import extract_text


@pytest.mark.parametrize("line, expected", [
    ("2024年7月10日 09:00 投稿", date(2024, 7, 10)),
    ("Published July 10, 2024", date(2024, 7, 10)),
    ("更新日：2024.07.10", date(2024, 7, 10)),
    ("中国の習近平国家主席は2024年7月3日、会談した。", None),   # a statement, not a date line
    ("© 2021 Example", None),
    ("Posted: Jul 3, 2024 / 10:15 AM PDT", date(2024, 7, 3)),                 # a slash before the time
    ("Posted: July 3, 2024 | Updated: July 4, 2024", date(2024, 7, 3)),        # a second date, labelled
    ("Posted: July 3, 2024 | Updated: July 4, 2024 | Mayor resigns", None),   # and more: a headline
])
def test_a_date_line_is_a_publication_date_and_a_sentence_is_not(line, expected):
    assert stated_publication([line]) == expected


def test_a_byline_is_told_in_an_article_of_another_language():
    text = "By Jane Doe"
    assert byline(text, 0, len(text)) == "Jane Doe"


@pytest.mark.parametrize("line", [
    "2024/07/10" + " " * 45 + "x",
    "Published July 10, 2024" + "\u3000" * 35 + "Share",
    "2024年7月10日" + "\t" * 45 + "x",
])
def test_a_long_run_of_spaces_after_a_date_is_refused_at_once(line):
    """A run of spaces inside the repeated group of the date-line pattern once had exponentially many
    ways to split a line it then failed on: 45 spaces took hours."""
    start = time.monotonic()
    assert stated_publication([line]) is None
    assert time.monotonic() - start < 5


@pytest.mark.parametrize("content, outlet", [
    ("AP Photo/Jane Roe", "AP"),
    ("AP Photo/Jane Roe, File", "AP"),
    ("REUTERS/Jane Roe", "REUTERS"),
    ("2026年 ロイター/Jane Roe", "ロイター"),
    ("North Harbour Press Office via AP", "AP"),          # after via: who passed the picture on
    ("Jane Roe/Harbour Agency/AP", "AP"),
    ("写真=共同通信", "共同通信"),
])
def test_a_pictures_credit_names_the_outlet_that_supplied_it(content, outlet):
    from tracker.pictures import picture_credit
    assert picture_credit(content) == outlet


@pytest.mark.parametrize("content", [
    "AP",                           # an outlet alone in parentheses is another kind of credit
    "Jane Roe/Harbour Agency",      # no outlet the registry knows
    "写真=北山太郎",
    "Source: Trust Me",
    "©NHK",                         # a copyright mark credits the text, not a picture
    "Reuters reported/analysed the figures from the statistics office and many more sources",   # too long
    "The governor vetoed the bill, via CNN.",       # a sentence with its source, not a picture's names
    "Police said two men were arrested via Sky News",
])
def test_what_is_no_pictures_credit_of_a_known_outlet_names_none(content):
    from tracker.pictures import picture_credit
    assert picture_credit(content) is None


@pytest.mark.parametrize("line, outlet", [
    ("『判決は先入観を捨てて臨んだと裁判員が会見』by「関西テレビ」", "関西テレビ"),
    ("「この国に裁判はないことになる」殺害の罪に問われた元社員に懲役11年の有罪判決 高裁のやり直し裁判で被告は一貫して無罪を主張|TBS NEWS DIG #shorts", "TBS NEWS DIG"),
    ("Senators clash over the budget bill - Reuters", "Reuters"),
])
def test_a_headline_with_its_outlet_after_it_opens_the_story(line, outlet):
    from tracker.furniture import credit_line
    credit = credit_line(line, 0, len(line))
    assert (credit.written, credit.opens) == (outlet, True)


@pytest.mark.parametrize("line, outlet", [
    ("□<米国>市議会、新しい予算案を可決|毎日新聞", "毎日新聞"),
    ("Senators clash over the budget bill | Reuters", "Reuters"),
])
def test_a_headline_and_its_outlet_in_fields_open_the_story(line, outlet):
    from tracker.furniture import credit_line
    credit = credit_line(line, 0, len(line))
    assert (credit.written, credit.opens) == (outlet, True)


def test_fields_without_a_headline_before_the_outlet_stay_a_source_line_in_fields():
    from tracker.furniture import credit_line
    line = "2003/06/30 | Reuters"
    assert credit_line(line, 0, len(line)).opens is False


@pytest.mark.parametrize("url, day", [
    ("http://headlines.example.jp/hl?a=20120209-00000099-abc-pol", date(2012, 2, 9)),     # a portal's item key
    ("https://www.example.com/news/html/20200413/k100.html", date(2020, 4, 13)),
    ("https://www.example.com/world/2017/02/13/a-story-title", date(2017, 2, 13)),
    ("https://www.example.com/world/2020/apr/13/a-story", date(2020, 4, 13)),
    ("https://www.example.com/world/story-2022-04-20/", date(2022, 4, 20)),
    ("https://www.example.com/jc/article?k=2023010100013&g=pol", None),       # inside a longer number: an id
    ("https://www.example.com/s/article/2007072501000920.html", None),
    ("http://20200413.example.com/x", None),                                   # the host is no date
    ("https://www.example.com/2020/04/13/a/2021/01/01/", None),               # two dates: none
    ("https://www.example.com/20201340/", None),                               # no such day
    ("https://www.example.com/a2020-04-13", None),
    ("https://www.example.com/2099/01/01/", None),                             # not yet
])
def test_a_url_dates_its_page_where_it_writes_one_date_whole(url, day):
    from tracker.dates import url_date
    assert url_date(url) == day


def test_a_link_s_date_dates_the_credit_it_is():
    from tracker.furniture import credit_line
    line = "https://www3.nhk.or.jp/news/html/20240703/k10014500000000.html"
    credit = credit_line(line, 0, len(line))
    assert credit.when == date(2024, 7, 3)


@pytest.mark.parametrize("line", ["He said it was fine. Then he left - Reuters", "Killed by Reuters", "Stand by me"])
def test_sentences_and_a_bare_by_are_no_headline_credit(line):
    from tracker.furniture import credit_line
    assert credit_line(line, 0, len(line)) is None


def test_a_link_is_looked_for_in_time_linear_in_a_line_s_length():
    from tracker.furniture import _URL
    import time
    t = time.perf_counter()
    assert _URL.findall("A" * 200_000) == []          # an e-mail address is looked for from a word's start only
    assert time.perf_counter() - t < 5                # (from every position it took minutes: 1 MB without a space)
    assert _URL.findall("mail noel@donga.com or x.y+z@a.co.jp; www.reuters.com/x") == ["noel@donga.com", "x.y+z@a.co.jp", "www.reuters.com/x"]


def test_a_line_of_markup_is_read_in_linear_time():
    from tracker.furniture import _MARKUP_ONLY
    import time
    t = time.perf_counter()
    assert _MARKUP_ONLY.fullmatch("[b]" + " " * 60 + "x") is None     # a run of spaces split every way: hours at 40
    assert time.perf_counter() - t < 5


@pytest.mark.parametrize("line", ["Visit example.com now for more.", "I use Node.js daily.", "The site example.com said it was down."])
def test_a_host_in_a_sentence_is_no_credit_line(line):
    from tracker.furniture import credit_line
    assert credit_line(line, 0, len(line)) is None


@pytest.mark.parametrize("line", ["More from Jane tomorrow.", "More at Jane's house.", "More at 11.", "More on the economy later.",
                                  "More from CNN", "More on CNN", "More from the BBC:", "More at Eleven.", "More at City Hall.",
                                  "Full Article : " + "a." * 40 + "com"])
def test_more_to_come_is_no_credit_line(line):
    from tracker.furniture import credit_line
    assert credit_line(line, 0, len(line)) is None


@pytest.mark.parametrize("line", [
    "The vote is at 7:30 PM | polls close at 8, the clerk said.", "Filed in court, the lawsuit says the city lied.",
    "Posted at the border, soldiers said they saw nothing.", "Posted on Facebook, the mayor said the curfew holds.",
    "The ministry said @ 9:00 AM that the border is shut.", "The BBC reported the plan works [link]",
    "投稿者によると、店は閉店したという。", "投稿した動画で、知事は「外出を控えて」と呼びかけた。",
])
def test_a_statement_is_no_posting_line(line):
    from tracker.furniture import _POSTING
    assert not _POSTING.fullmatch(line)


@pytest.mark.parametrize("line", ["Posted by Ken at 10:02 PM", "Posted on March 10, 2024 by Ken", "Haiti on 09.30.04 @ 01:46 PM CST [link]",
                                  "投稿者 たろう 2024年3月12日 08:15", "Posted in Politics | 3 comments"])
def test_a_blog_s_posting_line_is_one(line):
    from tracker.furniture import _POSTING
    assert _POSTING.fullmatch(line)


@pytest.mark.parametrize("text, title, said", [
    ("FOR IMMEDIATE RELEASE\n\nNorthwind Energy Announces Record Results\n\nNorthwind Energy Inc. reported revenue of $1.8 billion.\n\n"
     "Media contact: press@northwind.example\n\n###\n", "Northwind Energy Announces Record Results", ["Northwind Energy Inc. reported"]),
    ("報道関係者各位\n\nひかりフーズ、新商品を発売\n\n当社は、10月15日より新商品を全国で発売いたします。\n\n"
     "本件に関するお問い合わせ：広報部 03-0000-0000\n", "ひかりフーズ、新商品を発売", ["当社は"]),
])
def test_a_press_release_s_address_and_contact_lines_say_nothing_and_its_headline_is_the_title(text, title, said):
    ex = extract_text(text, published=date(2024, 10, 24))
    assert ex.layout.title == title
    assert [c.text.split("、")[0][:len(s)] for c, s in zip(ex.claims, said)] == said and len(ex.claims) == len(said)


@pytest.mark.parametrize("chrome", ["Advertisement", "Story continues below advertisement", "Listen to this article · 4 min", "Share this:",
                                    "Sign up for our newsletter.", "Subscribe to our Morning Briefing newsletter", "Comments (42)",
                                    "広告", "この記事をシェア", "コメント（3）"])
def test_the_page_s_own_chrome_says_nothing(chrome):
    ex = extract_text(f"Talks | Example News\n\nThe mayor said taxes would rise.\n\n{chrome}\n\nThe council said it would vote.\n",
                      published=date(2024, 11, 20))
    assert [c.text for c in ex.claims] == ["The mayor said taxes would rise.", "The council said it would vote."]



@pytest.mark.parametrize("line", ["Sign up for our newsletter and learn why the mayor took bribes from the cartel.",
                                  "With assistance from Lee. Roe Stole Millions, Doe Hid It, And Council Knew Everything.",
                                  "（政治部・首相辞任表明へ）"])
def test_a_chrome_line_s_words_hide_no_sentence(line):
    ex = extract_text(f"Talks | Example News\n\nThe mayor said taxes would rise.\n\n{line}\n", published=date(2024, 11, 20))
    assert len(ex.claims) >= 2 and ex.claims[-1].end > len("Talks | Example News\n\nThe mayor said taxes would rise.\n\n")


def test_a_line_of_a_day_and_its_delivery_time_is_no_statement():
    ex = extract_text("首相、解散を否定\n7/3(水) 10:05配信\n\n岸田首相は3日、記者団に対し「解散は考えていない」と述べました。\n", published=date(2024, 7, 10))
    assert [c.text for c in ex.claims] == ["岸田首相は3日、記者団に対し「解散は考えていない」と述べました。"]


@pytest.mark.parametrize("line, expected", [
    ("Posted July 10, 2024 by Sam Keller", date(2024, 7, 10)),                # the byline after the date, in a page's header
    ("July 10, 2024 | By Sam Keller", date(2024, 7, 10)),
    ("Acme was bought on July 10, 2024 by Sam Keller", None),                  # a statement's agent, no byline
    ("Thursday, July 18, 2024 at 7:00 pm by Zoom", None),                      # an event's line (the attacker's)
])
def test_a_date_line_ending_in_a_byline_in_a_page_s_header(line, expected):
    assert stated_publication([line], signed=True) == expected and stated_publication([line]) is None


def test_a_comment_s_date_line_below_the_article_neither_dates_the_page_nor_names_its_author():
    ex = extract_text("Toll road | Town Blog\n\nThe council raised the toll on Tuesday.\n\nComments\n\n"
                      "Posted July 14, 2024 by Tina Marsh\n\nThe toll hurts commuters.\n")
    assert ex.article.published is None and ex.article.author != "Tina Marsh"


def test_a_date_line_ending_in_a_byline_dates_the_page_and_names_its_author():
    ex = extract_text("Layoffs at Acme | Town Blog\n\nPosted July 10, 2024 by Sam Keller\n\n"
                      "Acme will cut 500 jobs, Reuters reported on Monday.\n\nThe mayor has hidden the deficit for years.\n")
    reported, own = ex.claims
    assert ex.citations[reported.citation].date == date(2024, 7, 8)         # the Monday before the page's date
    assert own.kind == "author_assertion" and own.speakers[0].name == "Sam Keller"
