"""English dates: the year an article without a date line is read in."""
from __future__ import annotations

from datetime import date

import pytest

from tracker.lang.en.dates import years_mentioned

from ...conftest import extract_text


@pytest.mark.parametrize("text, years", [
    ("The summit in 2024 was the largest yet.", [2024]), ("On July 3, 2024, the minister said", [2024]),
    ("a rule in force since 2019", []),     # (a year counted from is before the text's time) ("by early 2023 and late 2025", [2023, 2025]),
    ("2000 people came", []), ("in 2024 percent terms", []), ("in 2024,000 cases", []),
])
def test_the_years_a_text_mentions_are_the_ones_written_as_dates(text, years):
    assert years_mentioned(text) == years


def test_an_english_article_without_a_date_takes_the_year_of_the_latest_full_date_it_writes():
    ex = extract_text("Leaders met at the summit on June 30, 2024. Ties will deepen, Putin said. (Reuters, July 3)\n")
    assert [c.date for c in ex.citations] == [date(2024, 7, 3)]


@pytest.mark.parametrize("text", ["The dam, built in 1952, will be rebuilt.", "Dam built in 1952 to be rebuilt",
                                  "The hotline 0120-12-3456 is open. The rally drew 1 Mayors 2000 crowd.",
                                  "On May 1, 20000 protesters marched.", "Per the July 45, 2023 memo, and Feb 30, 2023.",
                                  "The count reached July 12, 20235 votes."])
def test_a_year_alone_or_what_only_looks_like_a_date_dates_nothing(text):
    ex = extract_text(f"{text}\n\nThe mayor said on Monday the work will start soon.\n\nSource: Reuters, July 9\n")
    assert [c.date for c in ex.citations] == [None] and ex.year_source == "unknown"


@pytest.mark.parametrize("line, day", [
    ("06/30/2003", date(2003, 6, 30)),
    ("9/17/04", date(2004, 9, 17)),
    ("30/06/2003", date(2003, 6, 30)),       # the day first, where the day cannot be a month
    ("5/5/2005", date(2005, 5, 5)),
    ("5/6/2003", None),                       # May 6 or 5 June: no date
    ("13/13/2003", None),
])
def test_a_date_in_numbers_is_read_only_where_month_and_day_cannot_be_confused(line, day):
    from tracker.lang.en.dates import date_in_line
    assert date_in_line(line)[0] == day


@pytest.mark.parametrize("line", ["2024/07/10", "24/7/365", "score 3/4"])
def test_numbers_that_are_no_month_day_year_are_no_english_date(line):
    from tracker.lang.en.dates import date_in_line
    assert date_in_line(line) is None


def test_a_source_line_in_fields_is_dated_by_its_numeric_date():
    ex = extract_text("Forum | Posts\n\nThe Guardian, Volume 8, Issue 41 | 06/30/2003 | Jane Roe\n\n"
                      "The council voted to close the plant. The mayor said the vote was a mistake.\n",
                      published=date(2003, 7, 1))
    [cit] = ex.citations
    assert cit.date == date(2003, 6, 30)


def test_a_page_s_source_line_under_its_date_line_is_the_story_of_that_day():
    ex = extract_text("Plant to close\n\nPosted: Jul 20, 2010 1:31 PM\nUpdated: Jul 20, 2010 2:54 PM\nSource: Associated Press\n\n"
                      "The council voted to close the plant. The mayor said the vote was a mistake.\n")
    [cit] = ex.citations
    assert (cit.outlet, cit.date) == ("ap", date(2010, 7, 20))
    assert all(c.citation == 0 for c in ex.claims)


def test_a_source_line_under_a_date_line_further_down_the_page_is_dated_by_it_and_a_statement_between_undoes_it():
    text = ("Layoffs | Forum\n\nHas anyone heard of more layoffs in town?\n\nPlant to close\n\nPosted: Jul 20, 2010 1:31 PM\n\n"
            "Source: Associated Press\n\nThe council voted to close the plant.\n\n"
            "Posted: Jul 21, 2010 9:00 AM\n\nI think this is bad news for everyone.\n\nSource: Reuters\n\nThe mayor resigned.\n")
    ex = extract_text(text)
    dates = {c.outlet: c.date for c in ex.citations}
    assert dates == {"ap": date(2010, 7, 20), "reuters": None}, dates


def test_in_the_articles_own_text_a_statement_takes_the_date_of_the_event_its_speaker_attended():
    from datetime import date

    from ...conftest import extract_text

    ex = extract_text("Standoff | County news\n\nSheriff Dana Reyes spoke to reporters on Friday at the county building.\n\n"
                      "The deputy is recovering in hospital, Reyes said.\n", published=date(2020, 10, 24))
    said = next(c for c in ex.claims if c.cue == "said")
    assert said.date == date(2020, 10, 23) and "event" in said.date_note


def test_a_byline_with_its_date_dates_the_page_and_a_deadline_after_it_dates_nothing(tmp_path):
    from tracker.pipeline import extract

    f = tmp_path / "post.txt"
    f.write_text("Mill news\n\nPosted by Sam Keller, June 12, 2024\n\n"
                 "The law gives ByteDance until January 19, 2025 to sell, the senator said.\n", encoding="utf-8")
    ex = extract(str(f))
    assert (ex.article.author, ex.article.published) == ("Sam Keller", date(2024, 6, 12))
    assert [c.date for c in ex.claims] == [None]


@pytest.mark.parametrize("published", [date(2026, 7, 15), date(2026, 8, 8)])
@pytest.mark.parametrize("body", ["Turnout will be low, the union reported ahead of the July 20 vote.",
                                  "The mayor said the budget would pass, until July 20.",
                                  "Ballots must be returned by July 25, the clerk said.",
                                  "The governor said before the July 20 vote that the plant will close."])
def test_the_day_of_another_event_is_not_when_it_was_said(body, published):
    """July 20 is the vote's day, before or after the page: never last year's, never the statement's."""
    ex = extract_text("Title\n\n" + body + "\n", published=published)
    assert all(c.date is None for c in ex.claims) and all(c.date is None for c in ex.citations)


def test_a_day_far_after_the_report_is_last_year_s():
    ex = extract_text("Title\n\nThe mayor on Dec. 28 said the plant closed.\n", published=date(2026, 1, 5))
    assert ex.claims[0].date == date(2025, 12, 28)


@pytest.mark.parametrize("body, day", [
    ("Detective Friday said the case was closed.", None),
    ("Black Friday sales fell sharply, the retail group said.", None),
    ("The Sunday Times reported that the plant will close.", None),
    ("On Friday, the mayor said the plant will close.", date(2026, 7, 10)),
    ("Late Friday, the mayor said the plant will close.", date(2026, 7, 10)),
    ("The mayor said Friday that the plant will close.", date(2026, 7, 10)),
])
def test_a_day_s_name_in_a_name_is_no_day(body, day):
    ex = extract_text("Title\n\n" + body + "\n", published=date(2026, 7, 15))
    assert [c.date for c in ex.claims] == [day]


@pytest.mark.parametrize("published, body, day", [
    (date(2026, 12, 20), "The mayor on Jan. 5 said the plant closed.", None),      # next January's, still to come
    (date(2027, 1, 3), "The mayor on Dec. 31 said the plant closed.", date(2026, 12, 31)),
    (date(2026, 7, 15), "The mayor on Jan. 5 said the plant closed.", date(2026, 1, 5)),
])
def test_a_day_without_its_year_across_the_new_year(published, body, day):
    ex = extract_text("Title\n\n" + body + "\n", published=published)
    assert [c.date for c in ex.claims] == [day]


@pytest.mark.parametrize("body, day", [
    ("Tom Pell said on 18 November 2024 that the vote was rigged.", date(2024, 11, 18)),
    ("Tom Pell said on 18 November that the vote was rigged.", date(2024, 11, 18)),     # the year the report's
    ("The council said on 3rd Nov. that the pool would close.", date(2024, 11, 3)),
    ("About 3 Marchers were arrested, police said on Monday.", date(2024, 11, 18)),       # no month: Monday
])
def test_the_day_written_before_its_month_dates_a_statement(body, day):
    [c] = extract_text("Notes\n\n" + body + "\n", published=date(2024, 11, 20)).claims
    assert c.date == day


def test_a_wire_s_dateline_with_the_day_before_the_month_dates_its_report():
    ex = extract_text("Notes\n\nLONDON, 19 November (Reuters) - Beta Inc said it would cut jobs.\n", published=date(2024, 11, 20))
    [c] = ex.citations
    assert (c.outlet, c.kind, c.date) == ("reuters", "dateline", date(2024, 11, 19))
    assert ex.claims[0].text == "Beta Inc said it would cut jobs." and ex.claims[0].citation == 0


@pytest.mark.parametrize("body", ["The minister said the 9 November attacks must never be forgotten.",
                                  "The union said 15 March marchers were arrested.",
                                  "The group was founded as the 26 July Movement, its leader said."])
def test_a_day_before_a_month_that_is_no_on_date_dates_nothing(body):
    [c] = extract_text("Notes\n\n" + body + "\n", published=date(2024, 11, 20)).claims
    assert c.date is None
