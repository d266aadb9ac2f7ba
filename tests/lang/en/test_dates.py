"""English dates: the year an article without a date line is read in."""
from __future__ import annotations

from datetime import date

import pytest

from tracker.lang.en.dates import years_mentioned

from ...conftest import extract_text


@pytest.mark.parametrize("text, years", [
    ("The summit in 2024 was the largest yet.", [2024]), ("On July 3, 2024, the minister said", [2024]),
    ("a rule in force since 2019", [2019]), ("by early 2023 and late 2025", [2023, 2025]),
    ("2000 people came", []), ("in 2024 percent terms", []), ("in 2024,000 cases", []),
])
def test_the_years_a_text_mentions_are_the_ones_written_as_dates(text, years):
    assert years_mentioned(text) == years


def test_an_english_article_without_a_date_takes_the_latest_year_it_mentions():
    ex = extract_text("Leaders met at the summit in 2024. Ties will deepen, Putin said. (Reuters, July 3)\n")
    assert [c.date for c in ex.citations] == [date(2024, 7, 3)]
