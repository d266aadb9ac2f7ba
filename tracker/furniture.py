"""Page furniture: the lines of a page that state its date or its author rather than a statement.

A page's template is often in another language than its text (an English "Posted by" over a
Japanese post), so date lines and bylines are recognised in every language the detector's table
knows, each language saying how it writes them (`Language.furniture`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from . import lang
from .model import Layout

# what a date line holds beside its date in any language: a time, a zone, a weekday in brackets, separators
_NEUTRAL = r"[(（][^()（）]{1,4}[)）]|\d{1,2}:\d{2}(?::\d{2})?|JST|UTC|GMT|[AaPp]\.?[Mm]\.?|[:：|｜,、・\-–—]|\s"
_MAX_LINE = 60              # a date line or byline is short; a longer line is part of the text


@cache
def _rest() -> re.Pattern:
    labels = [f.labels for f in _furniture() if f.labels]
    # one character of space per turn, never a run: a run inside a repeated group has exponentially
    # many ways to split a line it then fails on
    return re.compile(r"(?:" + "|".join([_NEUTRAL, *labels]) + ")*$")


def _furniture():
    return [language.furniture for language in lang.known() if language.furniture is not None]


def stated_publication(lines: list[str]) -> date | None:
    """A publication date a page states on a line of its own in its header or footer
    (2024年7月10日 09:00 投稿, Published July 10, 2024): the first such line, if any. A line that
    holds more than a date and its labels is part of the article, not its date line."""
    for line in lines:
        line = line.strip()
        if not line or len(line) > _MAX_LINE:
            continue
        hits = [hit for f in _furniture() if f.date and (hit := f.date(line))]
        if not hits:
            continue
        found, start, end = min(hits, key=lambda h: h[1])       # the first date in the line
        if not _rest().match(line[:start] + " " + line[end:]):
            continue
        if found and found <= date.today() + timedelta(days=1):
            return found
    return None


def byline(text: str, start: int, end: int) -> str | None:
    """The author a paragraph names, if the paragraph is only a byline (By Jane Doe)."""
    for f in _furniture():
        m = f.byline.fullmatch(text, start, end) if f.byline else None
        if m:
            return m.group(1)
    return None


def meta_lines_apart(text: str, layout: Layout) -> Layout:
    """A paragraph that only states a date (the page's date line) or who wrote it (a byline) is
    not a statement."""
    paragraphs = tuple(replace(p, kind="meta") if p.kind == "body" and p.end - p.start <= 80 and (
        stated_publication([text[p.start:p.end]]) or byline(text, p.start, p.end)) else p for p in layout.paragraphs)
    return replace(layout, paragraphs=paragraphs)
