"""Resolve dates: citation dates to full dates, and when each statement was made.

The year comes from, in order: the publication date given (`--published` or page metadata), a
full date in a citation or credit, the latest year the text mentions (reported as inferred).
Relative dates in a statement (3日, 18日の記者説明で, 今月3日, 昨日) resolve against the citation
that covers it. A statement without its own date takes the date of the event its speaker was
reported at earlier in the same report, or the date of the broadcast the report credits.
When none of this applies the statement stays undated rather than guessed.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .model import Article, Citation, Claim, Layout, Problem

_D = "[0-9０-９]"
_TRANS = str.maketrans("０１２３４５６７８９", "0123456789")
_EXPR = re.compile(
    rf"(?P<full>(?P<y>{_D}{{4}})年(?P<fm>{_D}{{1,2}})月(?P<fd>{_D}{{1,2}})日)"
    rf"|(?:[(（](?P<pm>{_D}{{1,2}})月[)）]|(?P<m>{_D}{{1,2}})月)(?P<md>{_D}{{1,2}})日"
    rf"|(?P<this>今月)(?P<td>{_D}{{1,2}})日"
    rf"|(?<![0-9０-９年月])(?P<d>{_D}{{1,2}})(?:[～〜~\-－](?P<d2>{_D}{{1,2}}))?日(?!間|分|付|目|連続|以内|ぶり)"
    rf"|(?P<yest>昨日|きのう)|(?P<today>今日|本日|きょう)"
)
# where a date tells when the statement or event happened: 〜は3日、 / 3日、〜は / 18日の記者会見で
_FRAME_AFTER = re.compile(r"^(?:夜|朝|午前|午後|未明|深夜)?(?:[、,]|に|の(?:[^、。]{0,12}?)(?:会見|記者説明|記者会見|説明|インタビュー|演説|声明|会談|首脳会談|会合|会議|放送|番組|発表|投稿)で"
                          r"|の[^、。「」]{0,30}?(?:審査|委員会|国会|議会|集会|講演|式典|イベント|フォーラム|サミット|記者団|取材)(?:で|に対し))")


def _int(s: str) -> int:
    return int(s.translate(_TRANS))


MONTH_NUMBERS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_STATED = re.compile(
    rf"(?P<y>{_D}{{4}})(?:年|[/／.\-])(?P<m>{_D}{{1,2}})(?:月|[/／.\-])(?P<d>{_D}{{1,2}})日?"
    r"|(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<md>\d{1,2}),?\s+(?P<my>\d{4})"
    r"|(?P<dm>\d{1,2})\s+(?P<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<dy>\d{4})")
# what else a date line of a page's header or footer holds: a time, a weekday, a label
_DATE_LINE_REST = re.compile(r"^[\s　]*(?:[(（][^()（）]{1,4}[)）]|\d{1,2}:\d{2}(?::\d{2})?|JST|UTC|GMT|[AaPp]\.?[Mm]\.?|"
                             r"投稿|公開|更新|配信|掲載|作成|日付|投稿日|公開日|更新日|最終更新|Published|Updated|Posted|on|at|by|"
                             r"[:：|｜,、・\-–—]|[A-Za-z]+day|[\s　]+)*$")


def stated_publication(lines: list[str]) -> date | None:
    """A publication date a page states on a line of its own in its header or footer
    (2024年7月10日 09:00 投稿, Published July 10, 2024): the first such line, if any. A line that
    holds more than a date and its labels is part of the article, not its date line."""
    for line in lines:
        line = line.strip()
        if not line or len(line) > 60:
            continue
        m = _STATED.search(line)
        if not m or not _DATE_LINE_REST.match(line[:m.start()] + " " + line[m.end():]):
            continue
        g = m.groupdict()
        if g["y"]:
            found = _safe_date(_int(g["y"]), _int(g["m"]), _int(g["d"]))
        elif g["mon"]:
            found = _safe_date(int(g["my"]), MONTH_NUMBERS[g["mon"][:3].lower()], int(g["md"]))
        else:
            found = _safe_date(int(g["dy"]), MONTH_NUMBERS[g["mon2"][:3].lower()], int(g["dm"]))
        if found and found <= date.today() + timedelta(days=1):
            return found
    return None


def infer_year(article: Article, citations: list[Citation]) -> tuple[int | None, str, str | None]:
    """(year, how it was found, a note when it is only inferred)."""
    if article.published:
        return article.published.year, "published", None
    years = [r[0] for c in citations if c.when for r in c.when.readings if r[0]]
    if years:
        return max(years), "citation", None
    mentioned = [int(m.group(1)) for m in re.finditer(r"((?:19|20)\d\d)年", article.text.translate(_TRANS))]
    mentioned = [y for y in mentioned if y <= date.today().year + 1]
    if mentioned:
        y = max(mentioned)
        return y, "text", f"year {y} inferred from the latest year the article mentions; give --published to be sure"
    return None, "unknown", None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve_citation_dates(article: Article, citations: list[Citation]) -> tuple[list[Citation], int | None, str, list[Problem]]:
    year, source, note = infer_year(article, citations)
    problems: list[Problem] = []
    if note:
        problems.append(Problem("Warning", note, source="dates"))
    anchor = article.published
    if anchor is None and year is not None:
        single = [r for c in citations if c.when and len(c.when.readings) == 1 for r in c.when.readings]
        full = [_safe_date(r[0] or year, r[1], r[2]) for r in single]
        full = [d for d in full if d]
        anchor = max(full) if full else None
    out = []
    for c in citations:
        if c.when is None:
            if c.kind in ("dateline", "endcredit", "inline") and c.block is None and article.published:
                # 【ワシントン共同】, （共同）, (Reporting by …) credit the article's own report: it bears the article's date
                c = replace(c, date=article.published, date_note="undated credit: the article's own date")
            out.append(c)
            continue
        cands = []
        for y, m, d in c.when.readings:
            yy = y or year
            if yy is None:
                continue
            if y is None and article.published and (m, d) > (article.published.month, article.published.day):
                yy -= 1
            full = _safe_date(yy, m, d)
            if full:
                cands.append(full)
        if not cands:
            problems.append(Problem("Warning", f"citation {c.text.strip()}: the year of its date cannot be known; give --published",
                                    c.start, c.end, article.line_of(c.start), source="dates"))
            out.append(replace(c, date_note="year unknown"))
            continue
        chosen = min(cands, key=lambda d: abs((d - anchor).days)) if anchor and len(cands) > 1 else cands[0]
        notes = []
        if "月" not in c.when.text and "/" not in c.when.text and "／" not in c.when.text:
            notes.append(f"{c.when.text} read as {chosen.month}月{chosen.day}日 (月 lost)")
        if not any(r[0] for r in c.when.readings):
            notes.append(f"year {chosen.year} from {source}")
        out.append(replace(c, date=chosen, date_note="; ".join(notes) or None))
    return out, year, source, problems


def resolve_expression(m: re.Match, ref: date | None, year: int | None) -> date | None:
    """A date expression resolved against the date of the report that carries it."""
    g = m.groupdict()
    if g["full"]:
        return _safe_date(_int(g["y"]), _int(g["fm"]), _int(g["fd"]))
    if ref is None:
        return None
    if g["md"]:
        mo, d = _int(g["pm"] or g["m"]), _int(g["md"])
        y = ref.year - 1 if (mo, d) > (ref.month, ref.day) else ref.year
        return _safe_date(y, mo, d)
    if g["this"]:
        return _safe_date(ref.year, ref.month, _int(g["td"]))
    if g["d"]:
        d = _int(g["d"])
        if d > 31 and len(g["d"]) == 2 and int(g["d"][1]) == int(g["d"][0]) + 1:
            d = int(g["d"][0])          # 34日: a range 3～4日 that lost its ～
        if d > 31 or d == 0:
            return None
        if d <= ref.day:
            return _safe_date(ref.year, ref.month, d)
        prev = ref.replace(day=1) - timedelta(days=1)
        return _safe_date(prev.year, prev.month, d)
    if g["yest"]:
        return ref - timedelta(days=1)
    if g["today"]:
        return ref
    return None


def frame_date(text: str, limit: int, ref: date | None, year: int | None) -> date | None:
    """The date a statement or event was made at, written in its frame (text[:limit]):
    〜は3日、 / 3日、〜は / 〜は18日の記者説明で. Dates inside quotes do not count."""
    depth = 0
    for m in _EXPR.finditer(text, 0, limit):
        depth = text.count("「", 0, m.start()) - text.count("」", 0, m.start())
        if depth > 0:
            continue
        before = text[:m.start()].rstrip()
        after = text[m.end():]
        at_start = not before or before.endswith(("、", "は", "も", "が"))
        if at_start and _FRAME_AFTER.match(after):
            d = resolve_expression(m, ref, year)
            if d and (ref is None or d <= ref):
                return d
    return None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_WHEN = re.compile(
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
    r"|\b(?P<yest>yesterday)\b|\b(?P<today>today|this morning|tonight|earlier today)\b"
    r"|\b(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2})\b(?!,?\s+\d{4}|:)"
    r"|\b(?P<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4})\b")
_EN_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def english_frame_date(text: str, ref: date | None) -> date | None:
    """When an English statement was made, as its sentence says outside quotes: "said on
    Tuesday" (the last Tuesday on or before the report), "yesterday", "on July 3", "July 3, 2024"."""
    bare = _EN_QUOTED.sub(lambda m: " " * len(m.group(0)), text)
    for m in _EN_WHEN.finditer(bare):
        g = m.groupdict()
        if g["mon2"]:
            return _safe_date(int(g["y2"]), MONTH_NUMBERS[g["mon2"][:3].lower()], int(g["d2"]))
        if ref is None:
            return None
        if g["wd"]:
            return ref - timedelta(days=(ref.weekday() - _WEEKDAYS.index(g["wd"].lower())) % 7)
        if g["yest"]:
            return ref - timedelta(days=1)
        if g["today"]:
            return ref
        mo, d = MONTH_NUMBERS[g["mon"][:3].lower()], int(g["d"])
        return _safe_date(ref.year - 1 if (mo, d) > (ref.month, ref.day) else ref.year, mo, d)
    return None


_SAME_DAY = re.compile(r"同日|同じ日")
_SPEAKING = ("person", "organization", "media", "anonymous")     # who speak at an event; documents do not


def resolve_claim_dates(article: Article, layout: Layout, citations: list[Citation], claims: list[Claim], year: int | None) -> list[Claim]:
    events: dict[int | None, list[tuple[date, set[str], int]]] = {}   # per block: date, participants, line
    out = []
    canonical = {n: s.name for c in claims for s in c.speakers if s.kind == "person"
                 for n in (s.name, *s.aliases, s.mention) if n}
    for c in claims:
        cit = citations[c.citation] if c.citation is not None else None
        ref = cit.date if cit else article.published
        limit = len(c.text)
        if c.kind == "reported_speech" and c.content and c.content != c.text and c.content in c.text:
            limit = c.text.find(c.content)
        if article.lang == "en":
            d = english_frame_date(c.text, ref)
            if d is None and out and out[-1].date and c.kind == "reported_speech" and out[-1].speakers == c.speakers \
                    and c.cue == "":            # a quote running on from the statement before: said then too
                d = out[-1].date
        else:
            d = frame_date(c.text, limit, ref, year)
        note = None
        report = (c.block, c.citation)         # the same quoted report, or the same cited passage
        if d is None and _SAME_DAY.search(c.text[:limit]) and events.get(report):
            d, note = events[report][-1][0], "同日: the date last written in the report"
        if d:
            note = note or "date written with the statement"
            present = {name for n, name in canonical.items() if n in c.text}
            events.setdefault(report, []).append((d, present | {s.name for s in c.speakers if s.kind in _SPEAKING}, c.line))
        elif c.kind == "reported_speech" and (c.block is not None or c.citation is not None) \
                and any(s.kind in _SPEAKING for s in c.speakers):
            persons = {s.name for s in c.speakers if s.kind in _SPEAKING}
            for ed, who, line in reversed(events.get(report, [])):
                if persons & who:
                    d, note = ed, f"date of the event reported at line {line}, where the speaker took part"
                    break
            if d is None and cit is not None:
                for u in cit.upstream:
                    if citations[u].date:
                        d, note = citations[u].date, f"date of the credited source {citations[u].outlet_written}"
                        break
        if d and cit and cit.date and d > cit.date:
            d, note = None, None
        out.append(replace(c, date=d, date_note=note) if d else c)
    return out
