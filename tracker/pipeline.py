"""The pipeline: read → segment → citations → attribute → dates, as one call."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .attribute import attribute
from .citations import excluded_spans, find_citations
from .dates import resolve_citation_dates, resolve_claim_dates, stated_publication
from .model import Article, Extraction, Layout, Problem
from .read import Web, read_article
from .segment import segment, sentences


def extract_article(article: Article) -> Extraction:
    """Every statement of the article as a claim, with citations and dates resolved."""
    if article.published is None:       # a date line in the page's header or footer
        lines = [ln for ln in article.text.split("\n") if ln.strip()]
        stated = stated_publication(lines[:6] + lines[-4:])
        if stated:
            article = replace(article, published=stated,
                              notes=(*article.notes, f"publication date {stated.isoformat()} from a date line of the article"))
    layout = _meta_lines_apart(article.text, segment(article))
    if article.author is None:
        bylines = (_BYLINE.fullmatch(article.text, p.start, p.end) for p in layout.paragraphs if p.kind == "meta")
        byline = next(filter(None, bylines), None)
        if byline:
            article = replace(article, author=byline.group(1))
    if article.title is None and layout.title:
        article = replace(article, title=layout.title, site=article.site or layout.site)
    citations = find_citations(article, layout)
    citations, year, year_source, problems = resolve_citation_dates(article, citations)
    if article.lang == "en":
        from . import english

        sents = english.sentences(article.text, layout, excluded_spans(article.text, layout, citations))
        claims = english.attribute(article, layout, citations, sents)
    else:
        sents = sentences(article.text, layout, excluded_spans(article.text, layout, citations))
        claims = attribute(article, layout, citations, sents)
    claims = resolve_claim_dates(article, layout, citations, claims, year)
    problems = [Problem("Warning", note) for note in article.notes] + list(problems)
    return Extraction(article, layout, tuple(citations), tuple(claims), tuple(problems), year, year_source)


# a byline: By Jane Doe / By JANE DOE and JOHN ROE, Reuters
_BYLINE = re.compile(r"[Bb][Yy]\s+([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}(?:\s+and\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})?)"
                     r"(?:,\s*[A-Z][\w .&'’\-]{1,40})?\s*")


def _meta_lines_apart(text: str, layout: Layout) -> Layout:
    """A paragraph that only states a date (the page's date line) or who wrote it (a byline) is
    not a statement."""
    paragraphs = tuple(replace(p, kind="meta") if p.kind == "body" and p.end - p.start <= 80 and (
        stated_publication([text[p.start:p.end]]) or _BYLINE.fullmatch(text, p.start, p.end)) else p for p in layout.paragraphs)
    return replace(layout, paragraphs=paragraphs)


def extract(source: str, *, published: date | None = None, url: str | None = None, web: Web | None = None) -> Extraction:
    """Read `source` (a path, a URL or "-") and extract its claims."""
    return extract_article(read_article(source, published=published, url=url, web=web))
