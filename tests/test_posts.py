"""Posts a page embeds, signed by the line the network's embed leaves: the poster's words, on the network, that day."""
from datetime import date

import pytest

from .conftest import extract_text


@pytest.mark.parametrize("post, signature, poster, day", [
    ("The vote was a disgrace. Northtown deserves better.", "— Jane Roe (@janeroe) November 19, 2024", "Jane Roe", date(2024, 11, 19)),
    ("市議会の決定は誤りだ。市民の声を聞くべきだ。", "— 北町太郎 (@kitamachi) 2024年11月19日", "北町太郎", date(2024, 11, 19)),
])
def test_the_paragraph_above_a_post_s_signature_is_the_poster_s_on_the_network_that_day(post, signature, poster, day):
    ex = extract_text(f"Notes\n\nThe page's own line comes first.\n{post}\n{signature}\nThe page goes on.\n", published=date(2024, 11, 20))
    signed = [c for c in ex.claims if c.kind == "reported_speech"]
    assert signed and all((c.speakers[0].name, c.date, [v.source.name for v in c.via]) == (poster, day, ["X"]) for c in signed)
    assert "".join(c.text for c in signed).replace(" ", "") == post.replace(" ", "")       # its words, not the page's lines around
    assert not any("@" in c.text for c in ex.claims)                                        # the signature says nothing


def test_a_quote_naming_its_own_speaker_above_a_signature_stays_theirs_and_a_dash_line_without_a_handle_signs_nothing():
    ex = extract_text('Notes\n\n"We will rebuild," Roe said.\n— Tom Hale (@tomhale) November 18, 2024\n\n'
                      "The vote was close.\n— Jane Roe, November 19, 2024\n", published=date(2024, 11, 20))
    said = [c for c in ex.claims if c.kind == "reported_speech"]
    assert [(c.cue, c.via) for c in said] == [("said", ())] and said[0].speakers[0].name.endswith("Roe")
    assert next(c for c in ex.claims if c.text == "The vote was close.").kind == "author_assertion"


@pytest.mark.parametrize("header, poster, day", [
    ("Quote from: riverfan88 on November 18, 2024, 09:14:22 PM", "riverfan88", date(2024, 11, 18)),
    ("Originally Posted by Brakeman", "Brakeman", None),
    ("Originally posted by Brakeman:", "Brakeman", None),
    ("kettle_black wrote:", "kettle_black", None),
])
def test_a_forum_s_quote_header_gives_the_lines_below_it_to_the_poster_it_names(header, poster, day):
    ex = extract_text(f"Thread | Forum\n\n{header}\nThe new stadium will hold 60,000 people.\nIt opens in May.\n\n"
                      "Not a chance. The plans say 45,000.\n", published=date(2024, 11, 20))
    by = {c.text: c for c in ex.claims}
    quoted = [by["The new stadium will hold 60,000 people."], by["It opens in May."]]
    assert all((c.kind, c.speakers[0].name, c.date, c.via) == ("reported_speech", poster, day, ()) for c in quoted)
    assert by["The plans say 45,000."].kind == "author_assertion"          # the reply, after the blank line: the author's
    assert not any(header in c.text for c in ex.claims)                     # the header says nothing


def test_a_pronoun_saying_something_is_no_forum_s_poster():
    [c] = extract_text("Thread | Forum\n\nHe said:\nThe new stadium will hold 60,000 people.\n", published=date(2024, 11, 20)).claims
    assert c.speakers[0].name == "He"


@pytest.mark.parametrize("header", ["Quote from: x on The mayor stole money.", "Quote from: mayor Jones stole millions", "Police said:",
                                    "Quote from: x on Nov 19, 99999"])
def test_a_line_like_a_quote_header_hiding_a_sentence_or_no_day_is_none(header):
    ex = extract_text(f"Thread | Forum\n\n{header}\nThe new stadium will hold 60,000 people.\n", published=date(2024, 11, 20))
    assert not any(c.act == "wrote" for c in ex.claims)                     # no poster
    assert header == "Police said:" or len(ex.claims) == 2                  # (the line a statement still, not hidden)


def test_a_thread_s_post_under_its_header_is_the_poster_s_to_the_next_post_a_quote_inside_it_the_quoted_poster_s():
    ex = extract_text("Budget thread | Town Forum\n\nReply from bob_smith on July 10, 2024 at 9:14 am\n\n"
                      "The council cut the library budget by 20 percent.\n\nIt was approved on Monday.\n\n"
                      "Reply from jane_doe on July 11, 2024 at 10:02 am\n\nQuote from: bob_smith on July 10, 2024\n"
                      "The council cut the library budget by 20 percent.\n\nThe cut was 12 percent.\n", published=date(2024, 11, 20))
    got = [(c.text, c.speakers[0].name, c.date) for c in ex.claims]
    assert got == [("The council cut the library budget by 20 percent.", "bob_smith", date(2024, 7, 10)),
                   ("It was approved on Monday.", "bob_smith", date(2024, 7, 10)),
                   ("The council cut the library budget by 20 percent.", "bob_smith", date(2024, 7, 10)),
                   ("The cut was 12 percent.", "jane_doe", date(2024, 7, 11))]       # (the headers say nothing)


def test_a_sentence_opening_like_a_post_header_is_a_statement():
    ex = extract_text("Notes\n\nReply from Acme on Monday was swift.\n", published=date(2024, 11, 20))
    assert [(c.kind, c.text) for c in ex.claims] == [("author_assertion", "Reply from Acme on Monday was swift.")]


@pytest.mark.parametrize("page, speakers", [
    # a lone comment's header gives its poster the paragraph below it, not the author's text after it (the attacker's)
    ("One reader disagreed:\n\nComment by Tina Marsh on July 11, 2024\n\nThe toll hurts commuters.\n\n"
     "Tina is wrong. The toll raised $3 million in its first month.\n", [None, "Tina Marsh", None, None]),
    # a header's form with a sentence after its day is a sentence; a blog's own "Post by" line, its byline
    ("Reply from Tom Hale on May 3, 2024 confirmed the layoffs.\n\nThe plant had been losing money for years.\n", [None, None]),
    ("Post by Sam Keller on July 10, 2024\n\nThe council got this one right.\n", [None, None]),
])
def test_what_a_post_header_does_not_give_its_poster(page, speakers):
    ex = extract_text(f"Toll | Town Blog\n\n{page}", published=date(2024, 11, 20))
    assert [c.speakers[0].name if c.kind == "reported_speech" else None for c in ex.claims] == speakers
