"""Resolve dates: citation dates to full dates, and when each statement was made.

The year comes from, in order: the publication date given (`--published` or page metadata), a
full date in a citation or credit, the latest full date the text writes (reported as inferred;
never a year the text names alone, as often history as news).
Relative dates in a statement resolve against the citation that covers it, as its language reads
them (`Language.statement_date`). A statement without its own date takes the date of the event its
speaker was reported at earlier in the same report (a quoted report, the passage a citation
covers, or the article's own text: 植田総裁は23日、記者会見を開いた。… と述べた。), or the date
of the broadcast the report credits. When none of this applies the statement stays undated rather than guessed.
A page's URL may date the page itself (`url_date`: /2020/04/13/, 20200413).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from . import lang
from .model import Article, Citation, Claim, Layout, Problem

_SPEAKING = ("person", "organization", "media", "anonymous")     # who speak at an event; documents do not


# a credit that says where the words came from (via, h/t, source), not whose report the article is
# a credit that says where the words came from (via DealBook, 引用：毎日新聞, （毎日新聞より引用）), not an agency's of the article's report
_LABELLED = re.compile(r"\s*(?:[(\[（〔]?\s*(?i:via|h/t|hat tip|source|per)\b|[(（〔]?\s*(?:出典|引用元?|ソース|参考|参照)\s*[:：]|.*(?:より|から)(?:引用|抜粋|転載)?[)）〕]?\s*$)")


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def days_before(d: date, days: int) -> date | None:
    """The date `days` before `d`, or None before the calendar's first day."""
    try:
        return d - timedelta(days=days)
    except OverflowError:
        return None


def infer_year(article: Article, citations: list[Citation]) -> tuple[int | None, str, str | None]:
    """(year, how it was found, a note when it is only inferred)."""
    if article.published:
        return article.published.year, "published", None
    years = [r[0] for c in citations if c.when for r in c.when.readings if r[0]]
    if years:
        return max(years), "citation", None
    mentioned = [y for y in lang.of(article).dated_years(article.text) if y <= date.today().year + 1]
    if mentioned:       # (not a year alone: as often history as news, 1952年に建設された, even in a title)
        y = max(mentioned)
        return y, "text", f"year {y} inferred from the latest full date the article writes; give --published to be sure"
    return None, "unknown", None


def resolve_citation_dates(article: Article, citations: list[Citation]) -> tuple[list[Citation], int | None, str, list[Problem]]:
    year, source, note = infer_year(article, citations)
    language = lang.of(article)
    problems: list[Problem] = []
    if note:
        problems.append(Problem("Warning", note, source="dates"))
    anchor = article.published
    if anchor is None and year is not None:
        single = [r for c in citations if c.when and len(c.when.readings) == 1 for r in c.when.readings]
        full = [safe_date(r[0] or year, r[1], r[2]) for r in single]
        full = [d for d in full if d]
        anchor = max(full) if full else None
    out = []
    for c in citations:
        if c.when is None:
            if c.kind in ("dateline", "endcredit", "inline", "publisher", "repost") and c.block is None and article.published \
                    and not _LABELLED.match(c.text):      # (via DealBook): where the words came from, no report of the article's
                # 【ワシントン共同】, （共同）, (Reporting by …) credit the article's own report: it bears the article's date
                c = replace(c, date=article.published, date_note="undated credit: the article's own date")
            out.append(c)
            continue
        if len({r[1] for r in c.when.readings}) == 12 and article.published is None:
            # a day alone (=19日付, [パリ 19日 ロイター]): only the page's own date tells its month
            problems.append(Problem("Warning", f"citation {c.text.strip()}: the month of its date cannot be known; give --published",
                                    c.start, c.end, article.line_of(c.start), source="dates"))
            out.append(replace(c, date_note="month unknown"))
            continue
        cands = []
        for y, m, d in c.when.readings:
            yy = y or year
            if yy is None:
                continue
            if y is None and article.published and (m, d) > (article.published.month, article.published.day):
                yy -= 1
            if y is None and c.when.weekday is not None:    # 12/28(土): that year or the one before, if a Saturday then; else none
                yy = next((z for z in (yy, yy - 1) if (f := safe_date(z, m, d)) and f.weekday() == c.when.weekday
                           and (article.published is None or f <= article.published)), None)
            full = safe_date(yy, m, d) if yy is not None else None
            if full:
                cands.append(full)
        if not cands:
            problems.append(Problem("Warning", f"citation {c.text.strip()}: the year of its date cannot be known; give --published",
                                    c.start, c.end, article.line_of(c.start), source="dates"))
            out.append(replace(c, date_note="year unknown"))
            continue
        chosen = min(cands, key=lambda d: abs((d - anchor).days)) if anchor and len(cands) > 1 else cands[0]
        notes = [n for n in (language.reading_note(c.when, chosen),) if n]
        if not any(r[0] for r in c.when.readings):
            notes.append(f"year {chosen.year} from {source}")
        out.append(replace(c, date=chosen, date_note="; ".join(notes) or None))
    return out, year, source, problems


def said_at(article: Article, claim: Claim, ref: date | None, year: int | None, previous: Claim | None = None) -> date | None:
    """When a statement was made, as its own sentence says (before what is said), or the sentence
    that frames it (「…」。首相は3日、こう語った。), relative to `ref`."""
    if claim.frame is not None:
        framed = replace(claim, text=article.text[claim.frame[0]:claim.frame[1]], content="")
        return lang.of(article).statement_date(framed, len(framed.text), ref, year, previous)
    return lang.of(article).statement_date(claim, _frame_end(claim), ref, year, previous)


def _frame_end(claim: Claim) -> int:
    """Where what is said begins in the claim's text: its frame (who, when, where) is before it."""
    if claim.kind == "reported_speech" and claim.content and claim.content != claim.text and claim.content in claim.text:
        return claim.text.find(claim.content)
    return len(claim.text)


def resolve_claim_dates(article: Article, layout: Layout, citations: list[Citation], claims: list[Claim], year: int | None) -> list[Claim]:
    language = lang.of(article)
    events: dict[tuple[int | None, int | None], list[tuple[date, set[str], int]]] = {}   # per report: date, participants, line
    out: list[Claim] = []
    canonical = {n: s.name for c in claims for s in c.speakers if s.kind == "person"
                 for n in (s.name, *s.aliases, s.mention) if n}
    for c in claims:
        cit = citations[c.citation] if c.citation is not None else None
        ref = cit.date if cit and cit.date else article.published      # an undated report: the article bounds it
        limit = _frame_end(c)
        if c.kind == "reported_speech" and not c.cue and cit is None and article.recorded is not None:
            out.append(replace(c, date=article.recorded, date_note="a record's turn: the day its header gives"))
            continue        # 防衛大臣記者会見概要 平成29年9月26日: said that day, whatever day what it says is about
        d = said_at(article, c, ref, year, out[-1] if out else None)
        note = None
        report = (c.block, c.citation)         # the same quoted report, or the same cited passage
        same_day = language.same_day(c.text[:limit]) if d is None else None
        if same_day and events.get(report):
            d, note = events[report][-1][0], f"{same_day}: the date last written in the report"
        if d:
            note = note or "date written with the statement"
            present = {name for n, name in canonical.items() if n in c.text}
            events.setdefault(report, []).append((d, present | {s.name for s in c.speakers if s.kind in _SPEAKING}, c.line))
        elif c.kind == "reported_speech" and any(s.kind in _SPEAKING for s in c.speakers) and not language.another_time(c.text.replace(c.content, " ", 1) if c.content else c.text):
            persons = {s.name for s in c.speakers if s.kind in _SPEAKING}
            for ed, who, line in reversed(events.get(report, [])):
                if persons & who:
                    d, note = ed, f"date of the event reported at line {line}, where the speaker took part"
                    break
            if d is None and not c.cue and cit is not None and cit.kind in ("repost", "aired") and cit.when is not None and cit.date:
                d, note = cit.date, "a transcript's turn: the day its header gives"      # RUSH TRANSCRIPT … ON March 4
            if d is None and cit is not None:
                for u in cit.upstream:
                    if citations[u].date:
                        d, note = citations[u].date, f"date of the credited source {citations[u].outlet_written}"
                        break
        if d and (cit and cit.date and d > cit.date or article.published and d > article.published):
            d, note = None, None        # (until January 19, 2025: a deadline, not when it was said)
        out.append(replace(c, date=d, date_note=note) if d else c)
    return out


# a date a URL's path or query writes whole: /2020/04/13/, /2020/apr/13/, 2020-04-13, 20200413
# standing alone between separators (hl?a=20120209-00000099-san-pol), never inside a longer number
_URL_DATE = re.compile(r"(?<![0-9A-Za-z])(?P<y>(?:19|20)[0-9]{2})(?P<sep>[/\-_]?)(?P<m>0[1-9]|1[0-2]|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
                       r"(?P=sep)(?P<d>0[1-9]|[12][0-9]|3[01])(?![0-9A-Za-z])")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def url_date(url: str) -> date | None:
    """The date a URL writes in its path or query, as news sites date their pages; None where it
    writes none, or two different ones, or one past tomorrow (never a date read from the host)."""
    rest = re.sub(r"^(?:[a-z][a-z0-9+.\-]*:)?/*[^/?#]*", "", url.strip(), count=1, flags=re.I)
    found = set()
    for m in _URL_DATE.finditer(rest[:2000]):
        month = m.group("m")
        month = _MONTHS.index(month.lower()) + 1 if month.isalpha() else int(month)
        if (d := safe_date(int(m.group("y")), month, int(m.group("d")))) is not None:
            found.add(d)
    if len(found) != 1:
        return None
    only = found.pop()
    return only if only <= date.today() + timedelta(days=1) else None
