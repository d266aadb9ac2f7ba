"""English dates: when a statement was made, as its sentence says outside quotes ("said on Tuesday",
"yesterday", "on July 3"); how a page writes its date line (Published July 10, 2024) and byline."""
from __future__ import annotations

import re
from datetime import date, timedelta

from ...dates import days_before, safe_date
from ...model import Claim
from .lexicon import day_is_name, names_source

MONTH_NUMBERS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
# a page's date line: July 10, 2024 / 10 July 2024
_DATE_LINE = re.compile(
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<md>\d{1,2}),?\s+(?P<my>\d{4})"
    r"|(?P<dm>\d{1,2})\s+(?P<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<dy>\d{4})"
    r"|(?<![\d/.])(?P<n1>\d{1,2})/(?P<n2>\d{1,2})/(?P<ny>\d{4}|\d{2})(?![\d/])")        # 06/30/2003, 9/17/04
# a year as a date writes it: after a month (July 3, 2024; July 2024), a preposition of time (in,
# by 2024), or a season (early 2024); never a bare number (2000 people), nor a year a time is counted
# from (since 2016, from 2016: before the text's time)
_YEAR = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?"
    r"|\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Dd]uring|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id-?|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+)"
    r"((?:19|20)\d\d)\b(?![\d,.]\d|\s*(?:%|percent|people|of\b))")


def years_mentioned(text: str) -> list[int]:
    return [int(m.group(1)) for m in _YEAR.finditer(text)]


def dated_years(text: str) -> list[int]:
    return [int(y) for m in _DATE_LINE.finditer(text) if (y := m.group("my") or m.group("dy")) and int(y) >= 1900
            and _MONTH_WORD.fullmatch(month := m.group(0).split()[0] if m.group("mon") else m.group(0).split()[1])
            and safe_date(int(y), MONTH_NUMBERS[month[:3].lower()], int(m.group("md") or m.group("dm")))
            and not text[m.end():m.end() + 1].isdigit()]


# a month as a word, whole (not Mayors, Marching)
_MONTH_WORD = re.compile(r"(?i)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")


# (Updated 3:45 PM EST, Tue November 19, 2024; a.m., GMT and UTC are every language's, in furniture._NEUTRAL: a label
# two alternatives match makes a failing line exponential to try)
DATE_LABELS = (r"Published|Updated|Posted|[Ll]ast updated|Publish(?:ed)? date|Publication date|Date published|on|at|by|[A-Za-z]+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun"
               r"|[ECMP][SD]?T|BST|AE[SD]T")
# what a credit line carries beside the outlet: Source: Reuters, (via DealBook), Copyright 2019 The Associated Press
CREDIT_LABELS = (r"(?i:sources?|via|from|credits?|photo|copyright|all rights reserved|originally published(?: by| in| at)?"
                 r"|(?:content )?syndicated (?:from|by)|(?:and (?:is|was) )?(?:republished|reprinted)(?: here)?(?: with permission)?(?: from)?"    # Content syndicated from Yahoo Finance.
                 r"|this (?:article|story|piece|post) (?:is|was|has been)|under an? creative commons (?:license|licence)"     # (…republished from The Conversation under a Creative Commons license)
                 r"|\bon(?=\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s|\d{1,2}\b|[A-Z][a-z]+day\b))"       # (…reuters.com on Nov. 15)
                 r"|this material may not be published, broadcast, rewritten,? or redistributed(?: without permission)?"     # the AP's footer
                 r"|read more(?: at)?|published|updated|posted|h/t|hat tip|reporting by"
                 r"|(?:read the )?(?:full|original) (?:article|story|report|text|post)(?: (?:at|on|in))?|link"
                 r"|read more(?: at)?|more on (?:this|these|all (?:of )?(?:this|these|the)|the) (?:story|stories|news) at|more at)"   # More on all of these stories at …
                 r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?\b,?)?|[A-Z][a-z]+day"
                 r"|\b[AaPp]\.?[Mm]\b\.?|(?:E|C|M|P)[SD]?T\b|GMT|UTC|BST|JST")       # USA TODAY 8:19 p.m. EST Jan. 12, 2023
OPENING_LABELS = r"(?i:the following(?: (?:is|are|comes|was|were))?|below(?: (?:is|are))?|excerpt)"     # (The following is from the AP.)
# the head of a page's readers' comments: Comments (2), 2 Comments, Reader comments, Leave a reply, 3 Responses to "…"
# (a bare Comments is often a button in the page's head: no section)
COMMENTS = (r"(?i:\d+\s+comments?|(?:reader|user|readers['’])\s*comments?|comments?\s*\(\d+\)|(?:\d+|one|two|three)\s+(?:responses?|replies)(?:\s+to\s+.{1,120})?"
            r"|join the (?:conversation|discussion)|leave a (?:comment|reply)|post a comment|add (?:a|your) comment)")
# where to read the rest of what was just quoted: the credit closes it, whatever the page puts under it
CLOSING_LABELS = r"(?i:\bread more\b|\b(?:full|original|complete|whole|entire) (?:article|story|report|text|post)\b|\bmore (?:on [^:.]{1,40} )?at\b)"
# a press release's address and contact lines: no statements
_SITE_LINK = r"(?:terms of (?:use|service)|privacy policy|cookie policy|contact us|about us)"     # a site's own links, in a footer's line
NOTICE = (r"(?i:for immediate release|(?:press|news) release|embargoed (?:until|for)\b.{0,40}"
          r"|(?:(?:media|press|investor|news)\s+)?(?:contacts?|inquiries|enquiries|relations)\s*:.{0,120}|#{3})"
          r"|SOURCE\s+[A-Z].{0,100}"          # a wire release's closing line naming its issuer
          # the page's own chrome: Advertisement, Story continues below advertisement, Share this:, Comments (42),
          # Listen to this article · 4 min, Sign up for our newsletter; their words only: no sentence hides in one
          r"|(?i:(?:advertisement|ad|sponsored)|(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?"
          r"|share (?:this(?: article| story)?|on (?:facebook|twitter|x))\s*:?|(?:\d+\s+)?comments?(?:\s*\(\d+\))?"
          r"|listen to this (?:article|story)(?:\s*[·•|-]\s*\d{1,3}\s*min(?:utes?)?(?:\s+(?:read|listen))?)?"
          r"|(?:sign up|subscribe) (?:for|to) (?:our|the|my|this) (?:[a-z'’-]+ ){0,3}newsletters?[.!]?"
          # an aggregator's repost notes: Author : (empty or a name), Copyright for syndicated content belongs to the linked Source.
          r"|(?:author|writer)\s*:(?:\s*(?!The\b)[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2})?"
          r"|copyright (?:for|of) (?:the )?syndicated content belongs to the (?:linked |original )?(?:source|publisher|author)s?\.?"
          # a page's links, counters and calls to act: Terms of Use | Privacy Policy, 5 min read, Loading..., Got a tip? …
          rf"|{_SITE_LINK}(?:\s*[|·•]\s*(?:{_SITE_LINK}|cookie settings|accessibility))*"
          r"|\d{1,3}\s*min(?:ute)?s?\s+read|loading\.{0,3}|trending(?: now)?|most (?:read|popular|viewed)|advertisement\s*[-–—]\s*scroll to continue"
          r"|(?:click|tap) here to (?:subscribe|sign up|read more|download)(?: (?:to|for) (?:our |the )?[a-z'’ ]{1,30})?[.!]?"
          r"|(?:sign up|register) for (?:our |the )?(?:[a-z'’-]+ ){0,3}(?:alerts|newsletters?|updates)[.!]?"
          r"|got a (?:news )?tip\?(?:\s*(?:email|e-mail|write to|contact|send it to)\s+(?:us\s+)?(?:at\s+)?[\w.+\-]+@[\w.\-]+\.[a-z]{2,}\.?)?)")
# the labels of a line pointing to another page: its headline is no statement here
LINKS = (r"(?i:read more|tags|tagged|filed under|topics|categories|category|related(?: (?:articles?|stories|coverage|content|reading))?|see also|also read|read also|next (?:article|story)"
         r"|previous (?:article|story)|up next|you (?:may|might) also like|recommended(?: for you)?|sponsored(?: content)?"
         r"|go deeper|trending(?: now)?|most read|popular now|don't miss|watch now|listen now)"
         r"|WATCH|LISTEN|MORE")
# a sentence announcing the text quoted after it: The paper wrote as follows. Here is what it reported:
ANNOUNCING = r"(?i:as follows|the following|below)\s*[.:]"
# a byline: By Jane Doe / By JANE DOE and JOHN ROE, Reuters
BYLINE = re.compile(r"(?:(?:(?:Posted|Written|Published)\s+)?[Bb][Yy]\s+([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}(?:\s+and\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})?)"
                    r"(?:,?\s+(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"     # Posted by Sam Keller, June 12, 2024
                    r"|,\s*[A-Z][\w .&'’\-]{1,40})?"
                    # without "By", the writer's outlet and when it ran after the name: Jane Roe , USA TODAY 8:19
                    # p.m. EST November 25, 2016
                    r"|([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}(?:\s+and\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3})?)\s*,\s*"
                    r"[A-Z][\w.&'’\-]*(?:\s+(?:[A-Z][\w.&'’\-]*|&|of|the)){0,5}\s+(?:(?:Published|Updated|Posted)\s*:?\s*)?"
                    r"(?:\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?\s*(?:[A-Z]{2,4}\s+)?)?"
                    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
                    # a newsroom's own byline, without "By": The Union staff, Herald Staff Reports
                    r"|([Tt]he\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\s+(?:[Ss]taff(?:\s+[Rr]eports?)?|[Nn]ewsroom))"
                    # a wire story's closing credit, which names its staff, not the page's author: (Reporting by
                    # Jane Roe in Kyiv; Editing by Tom Hale)
                    r"|\((?:[A-Z][\w.&'’\-]*\s+)?(?i:reporting|writing|additional reporting) (?i:by) [A-Z][^()\n]{0,300}\)"
                    # (its names, not a sentence after them: Editing by Tom Black. The minister said …)
                    r"|(?:[A-Z][\w.&'’\-]*\s+)?(?i:reporting|writing|additional reporting) (?i:by) [A-Z][^()\n]{0,300}?;\s*(?i:editing) (?i:by) "
                    r"(?![^()\n]{0,100}?\.\s+(?:[A-Z][a-z]*\.?\s|[\"“]))[A-Z][^()\n]{0,100})\s*")


def date_in_line(line: str) -> tuple[date | None, int, int] | None:
    m = _DATE_LINE.search(line)
    if not m:
        return None
    if m.group("mon"):
        found = safe_date(int(m.group("my")), MONTH_NUMBERS[m.group("mon")[:3].lower()], int(m.group("md")))
    elif m.group("n1"):
        found = _numeric(int(m.group("n1")), int(m.group("n2")), m.group("ny"))
    else:
        found = safe_date(int(m.group("dy")), MONTH_NUMBERS[m.group("mon2")[:3].lower()], int(m.group("dm")))
    return found, m.start(), m.end()


def _numeric(first: int, second: int, year: str) -> date | None:
    """A date written in numbers (06/30/2003, 30/06/2003, 9/17/04): month and day told apart only
    where one of them cannot be a month (or both read the same); 5/6/2003 is no date (May 6 or 5 June)."""
    y = int(year) if len(year) == 4 else (2000 + int(year) if int(year) < 70 else 1900 + int(year))
    readings = {d for d in (safe_date(y, first, second), safe_date(y, second, first)) if d}
    return readings.pop() if len(readings) == 1 else None


# what says an event is still to come: its day is not the day anyone spoke
_TO_COME = re.compile(r"(?i)\b(?:will|would|shall|could|might|going to|plans? to|planned|expected to|scheduled|set to|next|upcoming|until)\b|['’]ll\b")


def statement_date(claim: Claim, ref: date | None, previous: Claim | None) -> date | None:
    """The date its sentence gives outside what was said, else the day of the past event what was
    said reports (Four ministers resigned on Monday, an official said: Monday; not the day of one
    to come: The mayor said the vote will be held on Tuesday); a quote running on from the
    statement before was said then too."""
    text = frame = claim.text
    at = frame.find(claim.content) if claim.cue and claim.content else -1
    if at >= 0:
        frame = frame[:at] + " " * len(claim.content) + frame[at + len(claim.content):]
        if (relay := _RELAY_TAIL.search(frame, at)) and not names_source(claim.cue):   # …, as first reported by Axios on Monday: the report's day
            text, frame = text[:relay.start()], frame[:relay.start()]
    d = frame_date(frame, ref) if at >= 0 or not _TO_COME.search(text) else None     # (The council will vote on Thursday: a day to come)
    if d is None and at >= 0 and not _TO_COME.search(claim.content):
        d = frame_date(text, ref)
    if d is None and previous is not None and previous.date and claim.kind == "reported_speech" \
            and previous.speakers == claim.speakers and claim.cue == "":
        d = previous.date
    return d


# a clause after what was said naming the outlet that relays it: its day is the report's (mentions.py)
_RELAY_TAIL = re.compile(r",\s+(?:as\s+(?:was\s+|it\s+was\s+)?(?:(?:first|originally|previously|initially)\s+)?reported\s+(?:by|in)"
                         r"|according\s+to|per)\s")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_WHEN = re.compile(
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)"
    r"|\b(?P<yest>yesterday)\b|\b(?P<today>today|this (?:morning|afternoon|evening)|tonight|earlier today)\b"
    r"|\b(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2})\b(?!,?\s+\d{4}|:)"
    r"|\b(?P<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4})\b"
    # the day before the month, as British news and the wires write it: on 18 November (2024)
    r"|\b(?P<d3>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon3>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b\.?(?:,?\s+(?P<y3>\d{4})\b)?")
# a quote reaches its closing mark or the next opening one: scanned to the end of the text from
# each opening mark of a page of them, the search would take time quadratic in their number
_EN_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")


def frame_date(text: str, ref: date | None) -> date | None:
    """When an English statement was made, as its sentence says outside quotes: "said on
    Tuesday" (the last Tuesday on or before the report), "yesterday", "on July 3", "July 3, 2024"."""
    bare = _EN_QUOTED.sub(lambda m: " " * len(m.group(0)), text)
    for m in _EN_WHEN.finditer(bare):
        if _AROUND_AN_EVENT.search(bare, max(0, m.start() - 24), m.start()):
            continue            # ahead of the July 20 vote, until Friday: another event's day, not the statement's
        g = m.groupdict()
        if g["wd"] and day_is_name(bare[max(0, m.start() - 40):m.start()], bare[m.end():m.end() + 4]):
            continue            # Black Friday, Joe Friday, The Sunday Times: a name, no day (but Russia Monday said: Monday)
        if g["mon3"]:
            lead = bare[max(0, m.start() - 8):m.start()]
            if not _MONTH_WORD.fullmatch(_WORD.match(bare, m.start("mon3")).group(0)) \
                    or not (_ON_BEFORE.search(lead) or g["y3"] and _OPENS_FRAME.search(lead)):
                continue        # 3 Marchers; the 9 November attacks, the 26 July Movement: a day before its month is one after "on"
            if g["y3"]:
                return safe_date(int(g["y3"]), MONTH_NUMBERS[g["mon3"][:3].lower()], int(g["d3"]))
        if g["mon2"]:
            return safe_date(int(g["y2"]), MONTH_NUMBERS[g["mon2"][:3].lower()], int(g["d2"]))
        if ref is None:
            return None
        if g["wd"]:
            return days_before(ref, (ref.weekday() - _WEEKDAYS.index(g["wd"].lower())) % 7)
        if g["yest"]:
            return days_before(ref, 1)
        if g["today"]:
            return ref
        mo, d = MONTH_NUMBERS[(g["mon"] or g["mon3"])[:3].lower()], int(g["d"] or g["d3"])
        ahead = next((x for x in (safe_date(ref.year, mo, d), safe_date(ref.year + 1, mo, d)) if x and x > ref), None)
        if ahead and ahead <= ref + _SOON:
            continue            # a day just after the report (this year's or, in December, next January's): still to come
        return safe_date(ref.year - 1 if (mo, d) > (ref.month, ref.day) else ref.year, mo, d)
    return None


# what stands before a day written before its month that makes it the day of what was said: on (the); with its year,
# nothing (a date line) or a comma
_WORD = re.compile(r"[A-Za-z]+")
_ON_BEFORE = re.compile(r"\bon\s+(?:the\s+)?$", re.IGNORECASE)
_OPENS_FRAME = re.compile(r"^\W*$|,\s*$")
# a day written after these is the day of something else the sentence names
_AROUND_AN_EVENT = re.compile(r"(?i)\b(?:ahead of|before|after|until|till|by|prior to|in advance of|scheduled for|set for|due)"
                              r"\s+(?:the\s+|a\s+|this\s+|next\s+)?$")
_SOON = timedelta(days=62)


# when in words no day can be read from: the statement was made then, not on an event's day beside it
_ANOTHER_TIME = re.compile(r"(?:^\s*|\b(?:said|says|told|wrote)\s+)(?:(?:[Ii]n|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate)\s+(?:January|February|March|April|June|July|August|September|October|November|December|year|month|spring|summer|fall|autumn|winter|(?:19|20)\d\d)\b"
                           r"|[Ee]arlier\s+this\s+(?:year|month)\b|[Pp]reviously\b|[Yy]ears?\s+ago\b)")      # In March, Ruiz said; Ruiz said last year


def another_time(text: str) -> bool:
    return _ANOTHER_TIME.search(text) is not None
