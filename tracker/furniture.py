"""Page furniture: the lines of a page that state its date, its author or its sources rather than
a statement.

A page's template is often in another language than its text (an English "Posted by" over a
Japanese post), so date lines, bylines and credit lines are recognised in every language the
detector's table knows, each language saying how it writes them (`Language.furniture`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from . import lang, lexicon
from .dates import safe_date, url_date
from .model import Layout, Paragraph

# what a date line holds beside its date in any language: a time, a zone, a weekday in brackets, separators
_NEUTRAL = r"[(（][^()（）]{1,4}[)）]|\d{1,2}:\d{2}(?::\d{2})?|[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分)?|JST|UTC|GMT|[AaPp]\.?[Mm]\.?|[:：|｜,、・\-–—/]|\s"
_MAX_LINE = 60              # a date line or byline is short; a longer line is part of the text


@cache
def _rest() -> re.Pattern:
    labels = [f.labels for f in _furniture() if f.labels]
    # one character of space per turn, never a run: a run inside a repeated group has exponentially
    # many ways to split a line it then fails on
    return re.compile(r"(?:" + "|".join([_NEUTRAL, *labels]) + ")*$")


def _furniture():
    return [language.furniture for language in lang.known() if language.furniture is not None]


def first_date(line: str) -> tuple[date | None, int, int] | None:
    """The first date a line writes, as any language the detector knows writes one: (the date, where it is)."""
    hits = [hit for f in _furniture() if f.date and (hit := f.date(line))]
    return min(hits, key=lambda h: h[1]) if hits else None


def stated_publication(lines: list[str], signed: bool = False) -> date | None:
    """A publication date a page states on a line of its own in its header or footer
    (2024年7月10日 09:00 投稿, Published July 10, 2024): the first such line, if any. A line that
    holds more than a date and its labels is part of the article, not its date line."""
    for line in (ln.strip() for ln in lines):
        if len(line) > _MAX_LINE or (hit := first_date(line)) is None:
            continue
        found, start, end = hit
        rest = line[:start] + " " + line[end:]
        if (author := _byline_only(line, 0, len(line))) is not None:
            rest = rest.replace(author, " ", 1)         # Posted by Sam Keller, June 12, 2024: the byline's date
        elif signed and (by := _BY_AFTER.search(rest)) and _byline_only(rest, by.start("by"), len(rest.rstrip())) \
                and byline_credit(rest, by.start("by"), len(rest.rstrip())) is None:     # (not Published …, by The Associated Press: a credit)
            rest = rest[:by.start("by")]    # in a page's header (`signed`): Posted July 10, 2024 by Sam Keller, July 10, 2024 | By Sam Keller
        if (more := first_date(rest)) is not None:
            rest = rest[:more[1]] + " " + rest[more[2]:]    # Posted: July 3, 2024 | Updated: July 4, 2024
        if _rest().match(rest) and found and found <= date.today() + timedelta(days=1):
            return found
    return None


def day_line(line: str) -> tuple[int, int, str, int | None] | None:
    """A month and day a line states alone with its labels (7/3(水) 10:05配信), as a credit's date
    line writes it without the year: (month, day, as written, weekday), or None."""
    line = line.strip()
    if not line or len(line) > _MAX_LINE:
        return None
    for f in _furniture():
        found = f.day(line) if f.day else None
        if found and _rest().match(line.replace(found[2], " ", 1)):
            return found
    return None


def byline(text: str, start: int, end: int, dated: bool = False) -> str | None:
    """The author a paragraph names, if the paragraph is only a byline (By Jane Doe), or with `dated` (a
    page's header) a date line that ends with one (Posted July 10, 2024 by Sam Keller)."""
    line, name = text[start:end].strip(), _byline_only(text, start, end)
    hit = first_date(line) if name is None and dated else None
    by = by if hit and (by := _BY_AFTER.search(line)) and by.start("by") >= hit[2] else None
    return name or (by and stated_publication([line], signed=True) and _byline_only(line, by.start("by"), len(line))) or None


def _byline_only(text: str, start: int, end: int) -> str | None:
    for f in _furniture():
        m = f.byline.fullmatch(text, start, end) if f.byline else None
        if m and any(m.groups()):
            return next(g for g in m.groups() if g)
    return None


def _signed(text: str, start: int, end: int) -> bool:
    """Whether a paragraph is only a byline, or a wire's credit of its staff ((Reporting by …))."""
    return any(f.byline.fullmatch(text, start, end) for f in _furniture() if f.byline)


def byline_credit(text: str, start: int, end: int) -> Credit | None:
    """A byline naming a known outlet, as its writer (By AP News, By Reuters Staff) or after the
    writer's name (By Jane Roe, Associated Press): the text is the outlet's."""
    name = byline(text, start, end)
    if name is None:
        return None
    line = text[start:end]
    after = line.split(",", 1)[1].strip() if "," in line else ""
    dated = [hit for f in _furniture() if f.date and (hit := f.date(after))]
    if dated:           # Jane Roe , USA TODAY 8:19 p.m. EST November 25, 2016: the outlet, and when its story ran
        after = re.sub(r"\s+", " ", _credit_patterns()[0].sub(" ", after[:dated[0][1]])).strip()
    own = _STAFF.sub("", name.strip())
    for written in (own, after):
        if written and lexicon.known_whole(written):
            return Credit(written, start, end, dated[0][0] if dated else None, True)
    newsroom = re.match(r"[Tt]he\s+(.+)", own)          # The Union staff: a newsroom, known or not; not White House staff
    if own != name.strip() and newsroom and not re.match(r"(?i)by\s", text[start:end].strip()) \
            and not lexicon.find_entity(newsroom.group(1)):
        return Credit("The " + newsroom.group(1), start, end, None, True)
    return None


_STAFF = re.compile(r"\s+(?i:Staff(?:\s+(?:Writers?|Reports?))?|Wire(?:\s+Service)?|Newsroom|Bureau|Digital)$")
_BY_AFTER = re.compile(r"(?:^\s*(?i:posted|published|written|updated)\b.*?\s|[|·•—–,]\s*)(?P<by>[Bb]y)\s+(?=\S)")   # … 2024 by Sam Keller (not … at 7 pm by Zoom)

# what a forum's paste keeps of its markup and cuts, saying nothing: [font size=1], -snip-[/font], […]
_MARKUP_ONLY = re.compile(r"(?:\s|\[/?[a-z]{1,10}(?:[ =][^\]\n]{0,40})?\]|[-(\[]\s*(?i:snip)\s*[-)\]]|\[(?:\.\.\.|…)\]|\.\.\.|…)+")

# a blog's posting line: Posted by Ken at 10:02 PM, Haiti on 09.30.04 @ 01:46 PM CST [link], 投稿者 たろう 2024年3月12日, … | 3 comments
_POSTING = re.compile(r"(?!.*\b(?i:said|says|told|reported|according)\b)(?!.*,\s+[a-z])"     # (no one speaks in it, no clause goes on)
                      r"(?:\s*(?i:posted|filed)\s+(?:(?:by|on|at)\b|[A-Z][a-z]{2,8}\.?\s+\d)[^\n]{0,60}|\s*投稿者\s*[:：]?\s*\S{1,20}\s+[0-9０-９][^\n]{0,40}"
                      r"|[^\n]{0,50}?(?:@\s*\d{1,2}:\d\d|\d{1,2}:\d\d\s*(?i:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*(?:\[(?i:link|permalink)\]|[|｜]))[^\n]{0,40}"
                      r"|[^\n]{0,60}?(?:\[(?i:link|permalink)\]|(?i:permalink)|[|｜]\s*\d+\s*(?i:comments?))\s*)")


def meta_lines_apart(text: str, layout: Layout) -> Layout:
    """A paragraph that only states a date (the page's date line) or who wrote it (a byline, a
    wire's credit of its staff, a blog's posting line), or holds only markup and cuts, is not a statement."""
    paragraphs = tuple(replace(p, kind="meta") if p.kind == "body" and p.end - p.start <= 80 and (stated_publication([text[p.start:p.end]])
                                                                                           or day_line(text[p.start:p.end])    # 7/3(水) 10:05配信
                                                                                           or _POSTING.fullmatch(text, p.start, p.end))
                       or p.kind in ("body", "caption") and p.end - p.start <= 400 and _signed(text, p.start, p.end)
                       or p.end - p.start <= 200 and _MARKUP_ONLY.fullmatch(text, p.start, p.end)
                       or p.end - p.start <= 40 and _closing_label_only(text[p.start:p.end])
                       else p for p in layout.paragraphs)
    return replace(layout, paragraphs=paragraphs)


def _closing_label_only(line: str) -> bool:
    """Read more:, 続きは: a closing label alone on its line, naming the link under it."""
    return any(f.closing_labels and re.fullmatch(rf"\s*(?:{f.closing_labels})\s*[:：]?\s*", line) for f in _furniture())


# ---------------------------------------------------------------- credit lines

@dataclass(frozen=True)
class Credit:
    """A line that names the source of the text beside it: 2020年4月13日 4時35分 NHKニュース,
    出典：毎日新聞, Source: Reuters, https://www.jiji.com/…, ©NHK, 「headline」 - 産経ニュース."""
    written: str                # the outlet as the line writes it (a name, or a URL's host)
    start: int                  # the line's span in the text
    end: int
    when: date | None           # a full date the line gives
    opens: bool                 # it covers what follows (以下…より, a headline's credit), not what precedes


_URL = re.compile(r"(?:https?://|www\.)[^\s「」『』()（）<>\"']+|(?<![\w.+\-])[\w.+\-]++@(?:[a-z0-9\-]+\.)+[a-z]{2,}", re.I)    # (from a run's start: linear)
# a site's host as a word of a line: Source: guardian.co.uk, Full Article : thestar.com
_HOST_WORD = re.compile(r"(?<![\w.@/\-])(?:[a-z0-9\-]{1,63}\.){1,6}[a-z]{2,24}(?:/\S*)?(?![\w@\-]|\.\w)", re.I)     # (a host of a few labels: a.a.a.… is none)
_BYLINE_NAME = re.compile(r"[^\s。、,.!?！？]{1,8}(?:\s[^\s。、,.!?！？]{1,12}){0,2}")       # 柳根亨, Jane Doe, before an e-mail
_TIME = r"[0-9０-９]{1,4}(?:[/／.\-][0-9０-９]{1,2}){1,2}|[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2})?|[0-9０-９]{4}"
_PUNCT = r"(?!(?<=[^\W\d_])-(?=[^\W\d_]))[\s\u3000:：|｜,，、。.・/／\-–—=＝\[\]［］()（）【】〔〕「」『』<>＜＞\"'“”^*★☆■◆▼>]"     # (a hyphen inside a name is the name's: Sentinel-Review)
_COPYRIGHT = re.compile(r"[©ⓒ]|\([cC]\)|（[cCｃ]）|(?i:copyright)")
_HEADLINE_CREDIT = re.compile(r"(?P<head>.{4,}?)\s*(?:\s[-–—]\s*|[|｜：]\s*|\s-|(?<=[」』”\"])\s*(?i:by)\s*|(?<=[」』])\s*(?=[(（]))(?P<name>[^-–—|｜：]{2,30}?)\s*$")
_HASHTAGS = re.compile(r"(?:\s*#[^\s#]+)+\s*$")            # …|TBS NEWS DIG #shorts
_MAX_CREDIT = 90
# a line of labelled fields, one of them the source: Source: Reuters   Editor: Zhu Qing, 出典：NHK ｜ 編集：山田
_SOURCE_FIELD = re.compile(r"\s*(?P<field>(?:(?i:sources?|via)|出典|引用元|ソース)\s*[:：]\s*\S.{0,40}?)"
                           r"(?:\s{2,}|\s*[|｜]\s*)(?:[A-Z][\w.]*(?:\s[\w.]+)?|[^\s:：]{1,6})\s*[:：]\s*\S.{0,40}$")
_MAX_HEADLINE = 200
# a copyright line and the one who holds it, whatever boilerplate follows (All rights reserved., A Warner Bros. Discovery Company.)
_COPYRIGHT_LINE = re.compile(r"\s*(?:(?:Copyright|©|\([cC]\))\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?P<holder>[^\n,]{2,60}?)(?=\.\s|,|\.?\s*$)")
# what a copyright line may say after its holder, and nothing else: a statement after it is no boilerplate
_BOILERPLATE = re.compile(r"(?:[.,]?\s*(?:(?i:all\s+rights\s+reserved)|An?\s+[A-Z](?:[^.\n]|\.(?=\s+[A-Z])){0,60}?\s+[Cc]ompany|To\s+see\s+more,\s+visit\s+\S+?"
                          r"|This\s+material\s+may\s+not\s+be\s+[^.\n]{0,200}|(?i:used\s+with\s+permission)|(?:L\.P|Inc|LLC|Ltd|Corp|Co|plc)"
                          r"|(?i:無断転載(?:を)?禁(?:止|じます))))*[.。]?\s*")
_CORPORATE = re.compile(r"[\s,]+(?:Inc|LLC|L\.P|LP|Ltd|Corp|Co|plc|GmbH)\.?$", re.I)
_LAST_SENTENCE = re.compile(r"(?:(?<=[.!?]\s)|(?<=[.!?][”\"’]\s))(?=[A-Z“\"])[^\n]{1,200}:\s*$")      # after the line's other sentences


@cache
def _credit_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    labels = "|".join(f.credit_labels for f in _furniture() if f.credit_labels)
    opening = "|".join(f.opening_labels for f in _furniture() if f.opening_labels) or "(?!)"
    furniture = re.compile(rf"(?:{labels}|{_TIME}|{_PUNCT})+" if labels else rf"(?:{_TIME}|{_PUNCT})+")
    return furniture, re.compile(rf"(?:{labels})" if labels else "(?!)"), re.compile(opening)


@cache
def _announcing() -> re.Pattern:
    words = "|".join(f.announcing for f in _furniture() if f.announcing)
    return re.compile(rf"(?:{words})\s*$|[:：]\s*$" if words else r"[:：]\s*$")


def announces(text: str, start: int, end: int) -> bool:
    """Whether the paragraph text[start:end] ends announcing the text quoted after it
    (記事では以下のように書いている。, as follows:, or a colon): a credit after it opens that text."""
    return _announcing().search(text, max(start, end - 80), end) is not None


def credit_line(text: str, start: int, end: int) -> Credit | None:
    """The credit a line (text[start:end]) is, if it is one: the outlet it names, known to the
    registry by name or by its site's domain, with nothing else on the line but labels, dates and
    punctuation; or any source after an explicit label (出典：…, Source: …); or a headline followed by
    a known outlet (「…」 - 産経ニュース)."""
    line = text[start:end]
    if not line.strip():
        return None
    held = _COPYRIGHT_LINE.match(line)
    holder = _CORPORATE.sub("", held.group("holder").strip()) if held and _BOILERPLATE.fullmatch(line, held.end()) else ""
    if holder and (lexicon.known_whole(holder) or lexicon.known_whole(re.sub(r"^(?i:the)\s+", "", holder))):
        return Credit(holder, start, end, None, False)      # © 2024 Bloomberg L.P., Copyright 2024 NPR. To see more, visit npr.org.
    if (marked := re.fullmatch(r"[■◆●□◇▼▽★☆]\s*(?P<name>[^:：\s()（）]{2,20})\s*(?:[(（][^()（）\n]{1,20}[)）])?\s*[:：]\s*[^。！？!?:：\n]{4,80}", line.strip())) and lexicon.known_whole(marked["name"]):
        return Credit(marked["name"], start, end, None, True)     # ■京都新聞：新政権発足: a round-up of papers, each over its piece
    field = _SOURCE_FIELD.match(line)
    if field:               # Source: Reuters   Editor: Zhu Qing: the source's field alone names it
        credit = credit_line(text, start + field.start("field"), start + field.end("field"))
        return replace(credit, start=start, end=end) if credit else None
    last = _LAST_SENTENCE.search(line) if line.rstrip().endswith(":") else None
    if last and (introduced := _introduced_by(last.group(0))):     # Of course, … The Ledger’s Jane Roe has this post:
        return Credit(introduced, start + last.start(), end, None, True)
    urls = list(_URL.finditer(line)) or list(_HOST_WORD.finditer(line))
    rest = line
    for u in reversed(urls):
        rest = rest[:u.start()] + " " + rest[u.end():]
    furniture, label, opening = _credit_patterns()
    if len(rest.strip()) > _MAX_CREDIT and (len(rest) > 3 * _MAX_CREDIT or len(label.sub(" ", rest).strip()) > _MAX_CREDIT):
        # a long headline with its outlet after it (a link is one word, however long; a label, the AP's footer, none)
        written = _headline_credit(line) if len(line.strip()) <= _MAX_HEADLINE else None
        return Credit(written, start, end, None, True) if written else None
    by_url = next((o for o in (lexicon.outlet_of_url(_host_part(u.group(0))) for u in urls) if o), None)
    labelled = bool(label.search(rest)) or bool(_COPYRIGHT.search(rest))
    rest = opening.sub(" ", _COPYRIGHT.sub(" ", rest))
    name = re.sub(r"\s+(?:and|or|&)$", "", re.sub(r"\s+", " ", furniture.sub(" ", rest).strip().lstrip("※＊*・■◆●○◇□▼▽★☆ \u3000")))      # (※NHKより引用: a note's mark; … Courier and Courier.com: its site)
    # FNN.jpプライムオンライン: a known name whose stop is its own, the whole line
    written = line.strip() if lexicon.outlet_pattern().fullmatch(line.strip()) else None
    if written is None and name and not lexicon.known_whole(name):
        name = _without_desk(re.sub(r"^(?i:the)\s+(?=[A-Z])", "", name))      # (More at the Boston Globe)
    if written is None and name and lexicon.known_whole(name):
        written = name
    elif written is None and name and len(outlets := _outlets_in(name)) > 1:
        written = outlets[-1]       # Yahoo!ニュース（毎日新聞）, Yahoo!ニュース 時事通信: the portal, then the outlet whose story it carries
    elif written is None and urls and (by_url and (not name or "@" in urls[0].group(0) and _BYLINE_NAME.fullmatch(name)) or not name and labelled):
        written = lexicon.host_of(_host_part(urls[0].group(0))) or urls[0].group(0).strip()     # a link (labelled, or known), a byline's e-mail
    elif written is None and name and labelled and 2 <= len(name) <= 30 and not re.search(r"[。！？!?↓→]", name) and _names_a_source(line, name) \
            and not re.match(r"[はがをにのもでと]|こちら", name):      # ソースはこちら↓: no name
        written = name
    opens = bool(opening.search(_URL.sub(" ", line)))
    if written is None and (introduced := _introduced_by(line)):
        written, opens = introduced, True
    quoted = re.search(r"[」』]\s*[(（][^()（）]+[)）]\s*$", line)       # 「headline」（毎日新聞）: where it stands says what it credits
    if written is None and ("|" in line or "｜" in line or "：" in line or quoted) and (headed := _headline_credit(line)) \
            and len(furniture.sub("", _HEADLINE_CREDIT.match(_HASHTAGS.sub("", line.strip())).group("head"))) >= 8:
        written, opens = headed, not quoted and not label.search(re.sub(r"[0-9０-９]", "", rest))   # 「headline」|毎日新聞: heads its story
    if written is None and ("|" in line or "｜" in line):
        # The Weekly Standard, Volume 008, Issue 41 | 06/30/2003 | David Brooks: a source line in fields
        fields = [f.strip() for f in re.split(r"[|｜]", line) if f.strip()]
        heads = [re.sub(r"\s+", " ", furniture.sub(" ", re.sub(r",.*$", "", f))).strip() for f in fields]
        known = [h for h in heads if h and lexicon.known_whole(h)]
        if known and all(len(f) <= 60 and not re.search(r"[。！？!?]", f) for f in fields):
            written = known[0]
    if written is None:
        # a headline's credit heads its story, unless a label (出典, Source) says it closes one; a
        # date in the headline is no label
        written, opens = _headline_credit(line), not label.search(re.sub(r"[0-9０-９]", "", rest))
        if written is None:
            return None
    when = next((d for d, _, _ in (f.date(line) for f in _furniture() if f.date and f.date(line)) if d), None) \
        or next((d for u in urls if "@" not in u.group(0) and (d := url_date(u.group(0)))), None)
    return Credit(written, start, end, when, opens)


def _headline_credit(line: str) -> str | None:
    """The outlet a headline names after it (「…」 - 産経ニュース, 『…』by「関西テレビ」, …|TBS NEWS DIG #shorts),
    if the registry knows it; a line of sentences is no headline, nor one sentence closed by its
    agency (… will end in June 2018. — Bernama: the paragraph's run-in credit)."""
    m = _HEADLINE_CREDIT.match(_HASHTAGS.sub("", line.strip()))
    if m is None or re.search(r"[。！？]\s*\S|[.!?]\s+[A-Z]|[.!?。！？][”\"’」』]?$", m.group("head")) \
            or re.search(r"\b(?:said|says|told|added|wrote|stated)\s*$|と(?:述べ|語っ|話し)た$", m.group("head")):
        return None             # "…," Senator Jane Roe said - CNN: a statement with its source, no headline
    name = m.group("name").strip().strip("「」『』\"“”()（）")
    if "：" in m.string[m.end("head"):m.start("name")] and (re.search(r"[\u3041-\u309f]\s*$", m.group("head")) or not re.search(r"[、=＝\u3000]", m.group("head"))):
        return None             # 私が読んでいる新聞はこれ：朝日新聞: a sentence and the paper it names (北町市長、辞任を否定：朝日新聞デジタル heads its story)
    return name if lexicon.known_whole(name) else None


def opens_below(text: str, language: lang.Language, above: Paragraph, line: Paragraph, below: Paragraph | None,
                after: Paragraph | None = None) -> bool:
    """Whether a credit line between text above and text below opens the text below rather than
    closing the text above: it stands between the author's own words above (a blog's polite form)
    and a report below (the plain form), or apart from the text above by a blank line and right
    over the text below (日本経済新聞⏎観光庁は1日…), which is no second line of the same credit, or
    over the text below with its date line under it (Press Association⏎Thursday June 3, 2004⏎⏎…)."""
    if below is not None and below.kind == "meta" and after is not None and after.kind == "body" \
            and "\n" in text[line.end:below.start] and not re.search(r"\n[ \t\u3000]*\n", text[line.end:below.start]) \
            and re.search(r"\n[ \t\u3000]*\n", text[above.end:line.start]) and stated_publication([text[below.start:below.end]]) \
            and (language.own_voice(text, last := ([0] + [e for e in language.sentence_ends(text, above.start, above.end) if e < above.end])[-1] or above.start,
                                    above.end) or text[last:above.end].rstrip().endswith(("?", "？"))) \
            and not language.own_voice(text, after.start, next(iter(language.sentence_ends(text, after.start, after.end)), after.end)):
        return True             # (between the author's words and a report; a report above it is what it closes)
    if below is None or below.kind != "body":
        return False
    if language.furniture.closing_labels and re.search(language.furniture.closing_labels, text[line.start:line.end]):
        return False        # Full Article : guardian.co.uk⏎Haiti on 09.30.04 [link]: the rest of what is above
    if below.block == above.block:
        ends = [e for e in language.sentence_ends(text, above.start, above.end) if e < above.end] + [above.end]
        last = (ends[-2] if len(ends) > 1 else above.start, above.end)
        first = (below.start, next((e for e in language.sentence_ends(text, below.start, below.end)), below.end))
        if language.own_voice(text, *last) and not language.own_voice(text, *first):
            return True
    return bool(re.search(r"\n[ \t\u3000]*\n", text[above.end:line.start])) and "\n" in text[line.end:below.start] \
        and not re.search(r"\n[ \t\u3000]*\n", text[line.end:below.start]) \
        and credit_line(text, below.start, below.end) is None       # 時事通信 …⏎https://www.jiji.com/…: one credit in two lines


def _introduced_by(line: str) -> str | None:
    """The outlet a short line ending in a colon introduces the text below it by, named first
    ("From the AP:", "Reuters has the story:", "The Associated Press reports:", "NHKによると："), or
    later with a piece of its (The Ledger’s Jane Roe has this post:; Read the story in the Ledger:);
    a line that names it later otherwise has a speaker of its own ("In an interview with CNN, the
    senator said:")."""
    s = line.strip()
    if not s.endswith((":", "：")) or len(s) > 100 or re.search(r"[。．.!?！？]\s|[「『\"“]", re.sub(r"\b[A-Z][a-z]{0,3}\.(?=\s)", "", s)) or _NEGATED.search(s):
        return None         # You will never read this in a story in the Guardian: the author's (Sen. Roe: no sentence's end)
    for m in lexicon.outlet_pattern().finditer(s):
        before, after = s[:m.start()], s[m.end():]
        bounded = not (m.group(0).isascii() and (before[-1:].isalnum() or after[:1].isalnum()))
        if bounded and (len(before.split()) <= 2 and len(before) <= 12 or _PIECE_SAYS.match(after)
                        or not _SPEECH.search(s) and (_PIECE_AFTER.match(after) or _PIECE_BEFORE.search(before))):
            return m.group(0)   # From the AP: / The Ledger’s Jane Roe has this post: / … on the Ledger's blog with these gems: / … the Reuters report says:
    return None


# an outlet's piece named by the line that introduces it (the Ledger's post, a story in the Ledger),
# where no one in the line speaks (In an interview with CNN, the senator said: the senator's words)
_PIECE = r"(?:post|article|story|report|piece|column|blog|editorial|dispatch|coverage|write-?up)s?\b"
_PIECE_AFTER = re.compile(r"(?:['’]s)?(?:\s+[\w'’\-]+){0,5}?\s+" + _PIECE, re.IGNORECASE)
_PIECE_BEFORE = re.compile(_PIECE + r"\s+(?:on|in|at|from|by)\s+(?:the\s+)?$", re.IGNORECASE)
_PIECE_SAYS = re.compile(_PIECE_AFTER.pattern + r"\s+(?:says|said|reports|reported|writes|wrote|notes)\s*[:：]$", re.IGNORECASE)     # the piece speaks
_NEGATED = re.compile(r"\b(?i:not|never|no|nor|nowhere|nobody)\b|(?i:n['’]t)\b")
_SPEECH = re.compile(r"\b(?:said|says|say|told|tells|wrote|writes|added|asked|explained|tweeted|posted)\b", re.IGNORECASE)


def _host_part(url: str) -> str:
    """The host of a URL, or of an e-mail address."""
    return url.rsplit("@", 1)[-1].strip()


# a desk of the outlet after its name (時事通信 外信部, Kyodo News World Desk): the outlet
_DESK = re.compile(r"(?P<outlet>.+?)\s*(?:\S{1,6}(?:部|局|デスク)|(?:[A-Z][a-z]+\s+)?(?:Desk|Bureau)|(?:[・／/　]|\s)\s*[\u4e00-\u9fff々]{2,4}\s*[\u4e00-\u9fff々\u3041-\u3096]{1,4})")     # (共同通信・田中花子: its reporter; not Ann Lee, nor ・ニュースレター)


def _without_desk(name: str) -> str:
    """A credit's name without the desk or the reporter named after its outlet, where the registry knows the outlet."""
    desk = _DESK.fullmatch(name)        # (not Yahoo!ニュース 毎日新聞: a portal and the outlet whose story it carries)
    return desk.group("outlet") if desk and lexicon.known_whole(desk.group("outlet")) and not lexicon.known_whole(name[desk.end("outlet"):].strip(" ・／/\u3000")) else name


@cache
def _portal_name() -> re.Pattern:
    return re.compile("|".join(re.escape(n) for o in lexicon.outlets().values() if o.kind == "portal" for n in (o.name, *o.aliases) if len(n) >= 2) or "(?!)")


def _outlets_in(name: str) -> list[str]:
    """The known outlets a credit's name is made of and nothing else (a portal's, then its source's), portals first."""
    parts = [p for p in re.split(r"[\s()（）/／|｜]+", name) if p] if _portal_name().search(name) else []
    if not 1 < len(parts) <= 3 or not all(lexicon.known_whole(p) for p in parts) \
            or not any(getattr(lexicon.find_outlet(p), "kind", "") == "portal" for p in parts):
        return []               # (NHK 朝日新聞: two names, neither carrying the other's story)
    return sorted(parts, key=lambda p: getattr(lexicon.find_outlet(p), "kind", "") != "portal")


_READ_AT = re.compile(r"(?i:\bmore\s+on\s+[^:.]{0,30}?\bstor(?:y|ies)\s+at|\bread\s+more\s+at)\s+$")


def _names_a_source(line: str, name: str) -> bool:
    """An unknown name is a source only right after a label that says so (出典：…, Source: …, More on these stories at)
    or right before より: not any short line with a date in it."""
    at = line.find(name)
    before, after = line[:at], line[at + len(name):]
    if re.search(r"(?i:source|via)\s+$", before) and not name[:1].isupper():
        return False        # Source probes: a headline's noun and verb, no label (an English name is capitalised)
    if _READ_AT.search(before) and all(w[:1].isupper() for w in name.split()):
        return True         # More on all of these stories at Extra Bases. (in capitals: not More at Jane's house; not More at Eleven.)
    return bool(re.search(r"(?:出典|引用元|ソース)\s*[:：]?\s*$|(?i:source|via)\s*[:：]\s*$", before)) or after.lstrip().startswith("より") \
        or after.lstrip().startswith("から") and _papers().fullmatch(name) is not None      # 北町新聞から (not 東京から)


@cache
def _papers() -> re.Pattern:
    """An outlet by its name's form in any language the detector knows (北町新聞, 南海ニュース)."""
    forms = [f.paper for f in _furniture() if f.paper]
    return re.compile("|".join(forms) if forms else r"(?!)")
