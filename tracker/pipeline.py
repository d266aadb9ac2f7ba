"""The pipeline: read → segment → citations → attribute → dates, as one call.

Every stage asks the article's language (`tracker.lang`) for what only a language knows.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import NamedTuple

from .attribute import attribute
from .citations import excluded_spans, find_citations
from .mentions import cite_named_outlets
from .dates import resolve_citation_dates, resolve_claim_dates, url_date
from .furniture import byline, first_date, meta_lines_apart, stated_publication
from .model import Article, Citation, Extraction, Layout, Problem, Sentence
from .read import Web, read_article
from .segment import segment, sentences


class Front(NamedTuple):
    """An article read up to its sentences: what every later stage starts from."""
    article: Article            # with what its page says of itself: date line, byline, title
    layout: Layout
    citations: list[Citation]
    year: int | None
    year_source: str
    problems: list[Problem]
    sentences: list[Sentence]


# a record's title, which its date in parentheses dates (not 東日本大震災から13年（2011年3月11日）: what it looks back at)
_RECORD = re.compile(r"(?:会見|会談|インタビュー|答弁|演説|(?i:\bbriefing|\bpress conference|\btranscript|\bremarks|\binterview))\s*[（(]")
_TITLE_DATE = re.compile(r"[（(](?:[^()（）]|[（(][^()（）]{1,4}[)）]){4,40}[)）]\s*$")      # its parenthesis, a weekday's inside


# a record's header: what it records, then its day (外務大臣会見記録(平成21年2月27日…), 防衛大臣記者会見概要 平成29年9月26日,
# Press Briefing by Press Secretary Jane Roe, July 3, 2024)
_RECORD_WORDS = re.compile(r"会見|会談|インタビュー|答弁|演説|講演|(?i:\b(?:briefing|press conference|transcript|remarks|interview)\b)")
# between the two, what makes the day another's: Survivors interviewed 13 years after the quake (March 11, 2011)
_LABEL = re.compile(r"[^\s:：]{1,12}\s*[:：]")
_LOOKING_BACK = re.compile(r"(?i:\b(?:after|before|since|ago|from|anniversary)\b)|から|以来|前|後|ぶり|周年")


def recorded_on(lines: list[str]) -> date | None:
    """The day a record's header gives: the first short line among `lines` naming what it records
    and, soon after that, a full date. The day its turns were said."""
    for k, line in enumerate(ln.strip() for ln in lines):
        if _LABEL.match(line):
            continue        # Watch: the mayor's interview, May 5, 2019: a link to a record, not this page's header
        below = lines[k + 1].strip() if k + 1 < len(lines) and len(lines[k + 1].strip()) <= 40 else ""     # (防衛大臣記者会見⏎令和6年11月19日（火）)
        if below and (word := _RECORD_WORDS.search(line)) and not line[word.end():].strip() and (dated := first_date(below)) \
                and dated[1] <= 6 and not _LOOKING_BACK.search(below):
            line = f"{line} {below}"        # its day opening the line under it (not 震災から13年、2011年3月11日を振り返る: another's)
        if len(line) <= 80 and (word := _RECORD_WORDS.search(line)) and (hit := first_date(line[word.end():])) and hit[0] \
                and hit[1] <= 45 and not _LOOKING_BACK.search(line, word.end(), word.end() + hit[1]) \
                and hit[0] <= date.today() + timedelta(days=1):
            return hit[0]
    return None


def front(article: Article) -> Front:
    """The article's layout, citations with their dates, and sentences (the training of the English
    model reads them so too, bench/train_attribution.py)."""
    told: list[Problem] = []            # what was read as documented: a note, not a warning
    lines = [ln for ln in article.text.split("\n") if ln.strip()]
    header = lines[:next((i for i, ln in enumerate(lines[:6]) if re.search(r"[.。!?！？]\s*$", ln)), 6)]    # (to its first sentence)
    stated = stated_publication(header, signed=True) or stated_publication(lines[:6] + lines[-4:])     # a date line in the page's header or footer
    if stated is None and lines and _RECORD.search(lines[0]) and (dated := _TITLE_DATE.search(lines[0])):
        # 官房長官記者会見（令和6年8月2日（金）午前）: a record dated in its title (its weekday left out)
        stated = stated_publication([re.sub(r"[（(][月火水木金土日](?:曜日?)?[)）]", "", dated.group(0))])
    if (recorded := recorded_on(lines[:4])) is not None:
        article = replace(article, recorded=recorded)
        stated = stated or recorded          # (a record's day is its publication's, where nothing else says)
    if article.published is None and stated:
        article = replace(article, published=stated)
        told.append(Problem("Info", f"publication date {stated.isoformat()} from a date line of the article"))
    elif stated and stated != article.published:        # --published given, the page says otherwise: the user's, said so
        told.append(Problem("Warning", f"the publication date given ({article.published.isoformat()}) is not the article's "
                                       f"date line ({stated.isoformat()}); relative dates are read from the one given"))
    if article.published is None and article.url and (dated := url_date(article.url)):     # …/2020/04/13/…
        article = replace(article, published=dated)
        told.append(Problem("Info", f"publication date {dated.isoformat()} from the article's URL"))
    layout = meta_lines_apart(article.text, segment(article))
    if article.author is None:
        opening = next((i for i, p in enumerate(layout.paragraphs) if p.kind == "body"), len(layout.paragraphs))
        author = next(filter(None, (byline(article.text, p.start, p.end, dated=i < opening) for i, p in enumerate(layout.paragraphs)
                                    if p.kind == "meta")), None)      # (a dated one in the header: not a comment's below)
        if author:
            article = replace(article, author=author)
    if article.title is None and layout.title:
        article = replace(article, title=layout.title, site=article.site or layout.site)
    citations = find_citations(article, layout)
    citations, year, year_source, problems = resolve_citation_dates(article, citations)
    sents = sentences(article, layout, excluded_spans(article, layout, citations))
    return Front(article, layout, citations, year, year_source, told + list(problems), sents)


def extract_article(article: Article) -> Extraction:
    """Every statement of the article as a claim, with citations and dates resolved."""
    f = front(article)
    claims = attribute(f.article, f.layout, f.citations, f.sentences)
    claims, citations = cite_named_outlets(f.article, claims, f.citations, f.year, f.layout, f.sentences)
    claims = resolve_claim_dates(f.article, f.layout, citations, claims, f.year)
    problems = [Problem("Warning", note) for note in f.article.notes] + f.problems
    return Extraction(f.article, f.layout, tuple(citations), tuple(claims), tuple(problems), f.year, f.year_source)


def extract(source: str, *, published: date | None = None, url: str | None = None, web: Web | None = None) -> Extraction:
    """Read `source` (a path, a URL or "-") and extract its claims."""
    return extract_article(read_article(source, published=published, url=url, web=web))
