"""Citations as English news writes them: a dateline at a paragraph's start (WASHINGTON (Reuters) -,
KYIV, Ukraine, July 3 (AP) —, (Reuters) -), crediting the agency for the report that follows; the
site's own dateline (WASHINGTON —); a credit closing a paragraph ((Reuters, July 3), (Reuters),
(Bloomberg, 2024-07-03)) or standing as a line (Source: Reuters, July 1, 2024); and the agency's
closing "(Reporting by …)", which credits the site the article is published on unless a dateline
already does."""
from __future__ import annotations

import re
from dataclasses import replace

from ... import lexicon
from ...citations import cited
from ...model import Article, Citation, Layout, PartialDate
from .dates import MONTH_NUMBERS
from .lexicon import paper_by_form
from .sentences import sentence_ends
from .speakers import classify
from .transcript import aired, names_outlet

_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Za-z.'’\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?)?"
    r"(?:,?\s+(?:(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>\d{4}))?"
    r"|(?P<dday>\d{1,2})\s+(?P<dmon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+(?P<dyear>\d{4}))?))?"     # (LONDON, 19 November (Reuters) -)
    r"\s*(?:\((?P<outlet>[A-Za-z][A-Za-z0-9 .&'/\-]{1,40})\)|/(?P<wire>[A-Za-z][A-Za-z .&'\-]{1,40})/"     # (Reuters); /PRNewswire/
    r"|(?<![^\s])\[(?:(?i:source)\s*:\s*)?(?P<square>[A-Za-z][A-Za-z .&'/\-]{1,40})\])"        # [Reuters], [Source: Reuters] (a forum's)
    r"(?:\s*(?:[-–—―]+)\s*|(?P<nodash>\s+)(?=[A-Z\"“]))")
# the dash may be missing after a place in capitals: PANOLA COUNTY, Texas (KETK) An East Texas …
# a date stamp the page runs into the dateline: 2024-01-09 PITTSBURGH (KDKA) -- …
_STAMP = re.compile(r"\s*(?:(?i:date|published|posted|updated)\s*:?\s*)?(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?\s+(?=[A-Z])")
# a dateline with no place, only the day: Sept. 23 (UPI) --
_DATED_CREDIT_LINE = re.compile(
    r"(?P<place>)(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>\d{4}))?"
    r"\s*\((?P<outlet>[A-Za-z][A-Za-z .&'/\-]{1,40})\)\s*(?:[-–—―]+)\s*")
_MONTH_NAME = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
_MONTH_DATE = (r"(?:(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>\d{4}))?"
               rf"|(?P<dday>\d{{1,2}})\s+(?P<dmon>{_MONTH_NAME})\.?(?:,?\s+(?P<dyear>\d{{4}}))?)")   # (BBC, 19 November 2024; not 3 Marines)
# a credit after a quoted passage: (Reuters, July 3) at its end, or a line "Source: Reuters, July 1, 2024"
_CREDIT_TAIL = re.compile(rf"\((?P<outlet>[A-Z][^(),]{{1,40}}),\s*{_MONTH_DATE}\)[.!?]?\s*$")     # (its sentence's stop may follow)
_CREDIT_LINE = re.compile(rf"(?:(?<=\s)|^)(?:Source|Sources|Via|Credit|From)\s*:\s*(?P<outlet>[A-Z][^,]{{1,40}}),\s*{_MONTH_DATE}\s*\.?\s*$")
# a credit closing a paragraph in parentheses: a known outlet alone, or any source with a numeric date
# or after a label that says it is one ((via DealBook), (h/t Gizmodo), (Source: Reuters)): a known outlet
# still, since "(Source: Trust Me)" would make any claim look cited
# or square brackets, as newsletters close each item: … in years. [Reuters]; the sentence's stop may follow: … in August (WSJ).
_PAREN_CREDIT = re.compile(r"(?P<open>[(\[])(?P<label>(?i:via|h/t|hat tip|source|per)\s*:?\s+)?(?P<outlet>[^()\[\]\s,][^()\[\]\n,]{0,39}?)"
                           r"(?:,?\s+(?P<date>(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})|(?P<m2>\d{1,2})/(?P<d2>\d{1,2})))?"
                           r"(?:(?P<close>\))|(?P<square>\]))[.!?]?\s*$")
# the same labels without brackets, closing a paragraph: …, via CNN. / … — via Sky News / …. H/T: Axios
_LABEL_TAIL = re.compile(r"(?:(?<=[,.!?])\s*|\s+[—–-]{1,2}\s*|^\s*)(?P<label>(?i:via|h/t|hat tip)\s*:?\s+)(?P<outlet>[^\s,.:;!?()\[\]][^,:;!?()\[\]\n]{0,39}?)[.!?]?\s*$")
_PICTURE_BEFORE = re.compile(r"(?i:\b(?:photo|photograph|image|picture|video|graphic|illustration)s?)\s*$")
# a label naming where a paragraph is from, opening it: Via The Verge: …, From BBC News: …
_FROM_LINE = re.compile(r"\s*From\s+(?:[Tt]he\s+)?(?P<outlet>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4})\s*:\s*")
# where to read the rest of the story above, in a paper (known, or one by its name's form): For the complete story, read
# Tuesday's Northfield Courier and Courier.com
_COMPLETE_STORY = re.compile(r"\s*For\s+the\s+(?:full|complete|whole|entire)\s+(?:story|article|report),?\s+(?:read|see|pick\s+up)\s+"
                             r"(?:the\s+|today['’]s\s+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s+)?"
                             r"(?P<outlet>[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,4})(?:\s+(?:and|or)\s+\S+)?\s*\.?\s*")
# a line crediting what is pasted above it to its reporter and paper: Jane Roe in the Northfield Courier. / — Jane Roe, The Ledger
_REPORTER_IN = re.compile(r"\s*(?:(?P<dash>[—–-]+)\s*)?(?!(?i:by)\s)(?P<who>[A-Z][\w'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})(?:(?(dash),\s*|(?!))|\s+(?:in|for)\s+)"
                          r"(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,4})\.?\s*")
_LABEL_HEAD = re.compile(r"(?i:via|from|source|h/t|hat tip)\s+(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z0-9][\w.&'’\-]*){0,4})\s*:\s+(?=[A-Z\"“])")
# a dateline of the publisher's own: WASHINGTON — / MILLBROOK, Ore. —
_OWN_DATELINE = re.compile(r"(?P<place>[A-Z][A-Z.'’\- ]{2,40}(?:,\s*[A-Z][A-Za-z.]{1,15}(?:\s[A-Z][A-Za-z.]{1,15})?)?)\s*(?:—|–|―|--)\s*")
# a transcript's header naming its programme: THIS IS A RUSH TRANSCRIPT FOR 'THIS WEEK' ON August 14, 2016
_TRANSCRIPT_OF = re.compile(r"(?i:transcript)\s+(?i:for|of)\s+['\"“‘](?P<outlet>[^'\"”’\n]{2,40})['\"”’]"
                            rf"(?:,?\s+(?i:on|from|aired)\s+{_MONTH_DATE})?")
# the agency's closing credit: (Reporting by …; Editing by …)
_END_CREDIT = re.compile(r"\((?:Reporting|Writing|Additional reporting) by [^)]{2,300}\)\s*$")


# a repost's credit of where the piece first ran: "This story was written by Jane Roe for the Daily
# Planet's newsletter.", "This article originally appeared in The Guardian.", "Reprinted with
# permission from Example Weekly."; an outlet whose reporting the piece holds: "The Associated Press
# contributed to this report."
_PIECE = r"This\s+(?:story|article|post|piece|column|essay|op-ed)\s+"       # the piece itself: "The report was published in Nature" is news
_REPOST = re.compile(
    rf"(?:{_PIECE}(?:(?:was|is|has\s+been|first|originally)\s+)*(?:written|published|appeared|ran|posted|produced)"
    r"(?:\s+(?:first|originally))?(?:\s+by\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})?"
    r"|(?:Originally|First)\s+(?:published|appeared|posted)|(?:Reprinted|Republished|Reposted)(?:\s+with\s+permission)?"
    r"|The\s+post\s+[^\n]{1,200}?\s+appeared\s+first|Click\s+here\s+to\s+read\s+the\s+original\s+(?:article|story|post))"   # (WordPress's feed footer)
    r"\s+(?:for|in|on|at|by|from)\s+(?P<outlet>(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?:the\s+)?[A-Z](?:[^.;:\n]|\.(?=[a-z]{2,}\b)){1,80}?)"      # (on CNN.com: a site's name)
    rf"(?:\s+on\s+{_MONTH_DATE}|\s+in\s+\d{{4}})?(?:,?\s+with\s+permission)?\s*(?:[.;](?![a-z])|:\s*\S[^\n]{{0,200}}$|$)"       # (…on USA TODAY: its headline there)
    # an outlet's reporting in the piece: The Associated Press contributed to this report.
    r"|(?P<contributor>(?:The\s+)?[A-Z][\w.&\-]*(?:['’](?!s\b)[\w.&\-]*)*(?:\s+[A-Z][\w.&\-]*(?:['’](?!s\b)[\w.&\-]*)*){0,4})"
    # its reporters after it: The AP writer Jane Roe, CNN's Jane Roe and Tom Hale
    r"(?:(?:\s+(?:writers?|reporters?|correspondents?)|['’]s)\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}(?:\s+and\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})?)?"
    r"\s+contributed(?:\s+reporting)?(?:\s+to\s+this\s+(?:report|story|article))?\s*\.?\s*$"
    r"|(?:Additional|With)\s+reporting\s+(?:by|from)\s+(?P<reporting>(?:[Tt]he\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4})\s*\.?\s*$"
    # a reporter and the outlet they reported for: Reporting by Ann Lee for Reuters.
    r"|(?:Additional\s+)?[Rr]eporting\s+by\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}(?:\s+and\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})?"
    r"\s+(?:for|of)\s+(?P<reporting_for>(?:[Tt]he\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4})\s*\.?\s*$")


# a sentence that only says which outlet had the news first: "Politico first reported the cuts.", "The
# talks were first reported by The Wall Street Journal on July 3.", "Axios broke the news."; it credits
# what its paragraph said before it, or the paragraph before it where it stands alone
_OUTLET_NP = r"(?P<{}>(?:[Tt]he\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){{0,4}})"
_THE_NEWS = r"(?:(?i:the|this|that|these|those|its|their)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+|(?i:it|this|that))"
_FIRST_REPORTED = re.compile(
    rf"(?:{_OUTLET_NP.format('subject')}\s+(?:(?:first\s+reported|was\s+the\s+first\s+to\s+report)(?:\s+{_THE_NEWS})?"
    rf"|broke\s+(?:the|this|that|its)\s+(?:news|story))"        # (not The Times broke the record)
    rf"|(?:News\s+of\s+)?{_THE_NEWS}\s+(?:was|were|had\s+been)\s+(?:first\s+|earlier\s+|previously\s+)?reported"
    rf"(?:\s+(?:first|earlier|previously))?\s+by\s+{_OUTLET_NP.format('agent')}"
    rf"|(?:So\s+says|(?:That|This)(?:['’]s|\s+is|\s+was)\s+according\s+to)\s+{_OUTLET_NP.format('source')})"     # So says Reuters.
    rf"(?:,?\s+(?:on\s+)?(?P<on>{_MONTH_DATE}))?\s*\.")


def _first_reported(text: str, start: int, end: int, block: int | None) -> list[Citation]:
    """The sentences of a paragraph that only say which known outlet first reported what it says."""
    if "report" not in text[start:end] and "broke" not in text[start:end] and "says" not in text[start:end] and "according" not in text[start:end]:
        return []                # (most paragraphs)
    out, at = [], start
    for stop in (*sentence_ends(text, start, end), end):       # (the ends inside the paragraph, then its own)
        s = at + len(text[at:stop]) - len(text[at:stop].lstrip())
        stop = s + len(text[s:stop].rstrip())
        m = _FIRST_REPORTED.fullmatch(text, s, stop)
        at = stop
        if m is None:
            continue
        written = m.group("subject") or m.group("agent") or m.group("source")
        known = lexicon.find_outlet(written) or lexicon.find_outlet(re.sub(r"^[Tt]he\s+", "", written))
        if known is not None or classify(written) == "media" and not m.group("source"):
            # by an outlet only: "was first reported by residents" credits no one; So says …, That's according to …: a known one
            when = _when(m)
            out.append(cited(text, s, stop, known.name if known else re.sub(r"^[Tt]he\s+", "", written), when and replace(when, text=m.group("on")),
                             "firstreport", block))
    return out


# more of the sentences a reposted or syndicated piece closes with, each naming the outlet whose
# reporting it holds: "Material from Reuters was used in this report.", "This story includes reporting
# from The Associated Press.", "Written by Jane Roe for the Guardian.", "Read the full story at The
# Washington Post.", "This is a Reuters story.", "Information from: The Harbor Gazette", "Published Nov.
# 18, 2024, by The Associated Press", "From our partners at NPR:"
_NAME = r"(?:[Tt]he\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4}"
_CREDITED = re.compile(
    rf"\s*(?:(?:Material|Information)\s+from\s+(?P<a>{_NAME})\s+(?:was|were)\s+used\s+in\s+this\s+(?:report|story|article)"
    rf"|{_PIECE}(?:contains|includes)\s+(?:reporting|material|information)\s+(?:from|by)\s+(?P<b>{_NAME})(?:\s+and\s+{_NAME})?"
    rf"|Written\s+by\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}}\s+for\s+(?P<c>{_NAME})"
    rf"|Read\s+the\s+(?:full|original|whole)(?:\s+(?:story|article|report|piece))?\s+(?:at|on|in)\s+(?P<d>{_NAME})"
    rf"|This\s+is\s+an?\s+(?P<e>{_NAME})\s+(?:story|report|article)"
    rf"|Information\s+from:\s*(?P<f>{_NAME})(?:,\s*\S+)?"
    rf"|(?:{_PIECE}(?:was\s+)?)?(?:[Oo]riginally\s+|[Ff]irst\s+)?(?:[Pp]ublished|[Pp]osted|appeared)\s+(?:on\s+)?(?P<on>{_MONTH_DATE}),?\s+(?:by|in|on)\s+(?P<g>{_NAME})"
    rf"|From\s+our\s+partners\s+at\s+(?P<h>{_NAME}):)(?:\s*\.)?\s*$")


def _credited(text: str, start: int, end: int) -> Citation | None:
    """A paragraph that is one of `_CREDITED`'s sentences naming an outlet (known, or a paper by its name's form): the report the page is."""
    m = _CREDITED.match(text, start, end)
    name = next((v.rstrip(".") for k, v in m.groupdict().items() if v and len(k) == 1), None) if m else None
    known = lexicon.find_outlet(name) or lexicon.find_outlet(re.sub(r"^[Tt]he\s+", "", name)) if name else None
    if known is None and not (name and classify(name) == "media"):
        return None             # (a paper the registry does not know, by its name's form: First published … by the Northtown Herald.)
    s = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    # (Read the original at Politico.: where to read what is pasted above it, the text above only)
    return cited(text, s, m.end(), known.name if known else re.sub(r"^[Tt]he\s+", "", name), _when(m) if m.group("on") else None,
                 "creditline" if m.group("d") else "repost", None)


def _repost(text: str, start: int, end: int) -> Citation | None:
    """Where a reposted piece first ran, as the credit sentence opening a paragraph names it: the
    report the page is (dated if the credit says when)."""
    while start < end and (text[start].isspace() or text[start] in "—–-"):
        start += 1              # (— CNN's Jane Roe contributed to this report.)
    m = _REPOST.match(text, start, end)
    if m is None:
        return _credited(text, start, end)
    name = (m.group("outlet") or m.group("contributor") or m.group("reporting") or m.group("reporting_for")).strip().rstrip(".")
    name = re.split(r",\s+(?:an?|the)\s|\s+under\s+an?\s+(?i:creative\s+commons)\b", name)[0]      # (ProPublica, a nonprofit newsroom; The Conversation under a Creative Commons licence: the name)
    known = lexicon.find_outlet(name) or lexicon.outlet_of_url(name)
    if not m.group("outlet") and not (known or lexicon.outlet_pattern().fullmatch(name)):
        return None             # Jane Roe contributed to this report: a reporter, not an outlet
    written = known.name if known else re.sub(r"^the\s+", "", re.split(r"['’]s\s", name)[0], flags=re.I).strip()
    return Citation(m.start(), m.end(), m.group(0), known.key if known else "name:" + written, written, _when(m), "repost")


# a short line introducing the text below it, opened by a paper's name (The Northfield Courier slammed the mayor
# in an editorial:); a known outlet's is the core's to find (furniture.credit_line)
_INTRODUCING = re.compile(r"\s*(?P<the>[Tt]he\s+)?(?P<name>[A-Z][\w.'’&\-]*(?:\s+[A-Z][\w.'’&\-]*){0,5})\s+"
                          r"(?:(?:also|again|then|now)\s+)?(?:slammed|blasted|praised|criticized|criticised|wrote|writes|reported|reports|"
                          r"said|says|noted|notes|argued|argues|editorialized|opined|published|ran)\b[^\n\"“”]{0,120}:\s*")


def _introducing(text: str, start: int, end: int, block: int | None) -> Citation | None:
    m = _INTRODUCING.fullmatch(text, start, end)
    if m is None or not paper_by_form(m.group("name").split(), bool(m.group("the"))) or lexicon.find_outlet(m.group("name")):
        return None
    return cited(text, start, end, m.group("name"), None, "sourceline", block)


def citations(article: Article, layout: Layout) -> list[Citation]:
    site = article.site or layout.site
    found: list[Citation] = []
    for para in layout.paragraphs:
        if para.kind not in ("heading", "title"):
            if (intro := _introducing(article.text, para.start, para.end, para.block)) is not None:
                found.append(intro)
            found.extend(in_sentence_credits(article.text, para.start, para.end, para.block))
            found.extend(_first_reported(article.text, para.start, para.end, para.block))
            found.extend(datelines(article.text, para.start, para.end, para.block, site))
        elif (header := _programme(article.text, para.start, para.end, para.block)) is not None:    # a saved transcript's first line
            found.append(header)
    reposts = [c for p in layout.paragraphs if p.kind == "body" and (c := _repost(article.text, p.start, p.end))]
    found.extend([c for c in reposts if c.kind != "repost"] + [c for c in reposts if c.kind == "repost"][:1])    # (a page is one repost)
    found.extend(c for c in (aired(article.text, layout),) if c is not None)
    if any(c.kind == "dateline" for c in found):     # the agency's closing credit repeats its dateline
        found = [c for c in found if c.kind != "endcredit"]
    return found


def datelines(text: str, start: int, end: int, block: int | None, site: str | None = None) -> list[Citation]:
    """Citations English news writes in its own ways: a dateline at a paragraph's start
    (WASHINGTON (Reuters) -, KYIV, Ukraine, July 3 (AP) —, (Reuters) -), crediting the agency for
    the report that follows (dated as the article unless written); a credit closing a paragraph
    ((Reuters, July 3)) or standing as a line (Source: Reuters, July 1, 2024); and the agency's
    closing "(Reporting by …)", which credits the site the article is published on."""
    stamp = _STAMP.match(text, start, end)
    at = stamp.end() if stamp else start
    m = _DATELINE.match(text, at, end) or _DATED_CREDIT_LINE.match(text, at, end)
    carried = _carried(m.group("outlet")) if m and m.re is _DATELINE and m.group("outlet") else None
    if m and m.re is _DATELINE and m.group("nodash") and not re.search(r"[A-Z]{3}", m.group("place") or "") and not m.group("square") \
            and not (not m.group("place") and m.group("outlet") and (carried or lexicon.outlet_pattern().fullmatch(m.group("outlet")))):
        m = None            # The World Health Organization (WHO) Director …: no dateline without its dash (but (CNN) Former President …)
    if m:
        outlet = carried or re.split(r"\s+via\s+", (m.groupdict().get("outlet") or m.groupdict().get("wire") or m.group("square")).strip())[0]     # (GlobeNewswire via COMTEX News Network): the wire
        found = lexicon.find_outlet(outlet)
        if found is not None or outlet.isupper() and not m.group("square") or classify(outlet) == "media":     # (Lakeside Herald): unknown, a paper still ([UPDATE]: no)
            s = m.start() if m.re is _DATED_CREDIT_LINE else m.start("place") if m.group("place") else \
                m.start("outlet") - 1 if m.group("outlet") else m.start("wire") - 1 if m.group("wire") else text.rindex("[", at, m.start("square"))
            when = _when(m)
            if stamp:           # the stamp is the dateline's, and its date the report's unless the dateline has one
                s = stamp.start() + len(stamp.group(0)) - len(stamp.group(0).lstrip())
                iso = re.search(r"(\d{4})-(\d{2})-(\d{2})", stamp.group(0))
                when = when or PartialDate(((int(iso[1]), int(iso[2]), int(iso[3])),), iso[0])
            return [Citation(s, m.end(), text[s:m.end()], found.key if found else "name:" + outlet, outlet,
                             when, "dateline", block=block)]
    if (head := _LABEL_HEAD.match(text, start, end)) and lexicon.known_whole(head.group("outlet")) and (found := lexicon.find_outlet(head.group("outlet"))):
        # (a known outlet, the name whole: not any Gazette, not My Neighbor Who Hates CNN)
        outlet = head.group("outlet")       # Via The Verge: …, From BBC News: …: the outlet the paragraph is from
        return [Citation(head.start(), head.end(), text[head.start():head.end()].rstrip(), found.key, outlet,
                         None, "label", block=block)]
    if (line := _FROM_LINE.fullmatch(text, start, end)) and classify(line.group("outlet")) == "media" and not lexicon.find_outlet(line.group("outlet")):
        # From the Northtown Herald: alone on its line, a paper the registry does not know, by its name's form (not From Our
        # Readers:; a known one is the core's, furniture.credit_line)
        return [Citation(start, end, text[start:end].strip(), "name:" + line.group("outlet"), line.group("outlet"), None, "sourceline", block=block)]
    if (header := _programme(text, start, end, block)) is not None:
        return [header]
    line = _REPORTER_IN.fullmatch(text, start, end)
    line = line if line and classify(line.group("who")) == "person" else _COMPLETE_STORY.fullmatch(text, start, end)
    if line and names_outlet(line.group("outlet")):
        return [cited(text, start, end, line.group("outlet") if lexicon.known_whole(line.group("outlet")) else re.sub(r"^[Tt]he\s+", "", line.group("outlet")),
                      None, "creditline", block)]     # Jane Roe in the Northfield Courier., For the complete story, read the Courier
    m = _OWN_DATELINE.match(text, start, end)
    if m and site and re.search(r"[A-Z]{3}", m.group("place")):
        found = lexicon.find_outlet(site)
        return [Citation(m.start(), m.end(), m.group(0).rstrip(), found.key if found else "name:" + site, site, None,
                         "dateline", block=block)]
    for rx, kind in ((_CREDIT_TAIL, "inline"), (_CREDIT_LINE, "inline")):
        m = rx.search(text, start, end)
        if m and (lexicon.find_outlet(m.group("outlet")) or rx is _CREDIT_LINE):
            outlet = m.group("outlet").strip()
            found = lexicon.find_outlet(outlet)
            return [Citation(m.start(), m.end(), m.group(0), found.key if found else "name:" + outlet, outlet,
                             _when(m), kind, block=block)]
    m = _END_CREDIT.search(text, start, end)
    if m and site:
        found = lexicon.find_outlet(site)
        return [Citation(m.start(), m.end(), m.group(0), found.key if found else "name:" + site, site, None, "endcredit", block=block)]
    credit = _paren_credit(text, start, end, block)
    return [credit] if credit else []


def _carried(name: str) -> str | None:
    """The agency an aggregator's dateline carries after a dash, where the registry knows it by that name and
    not the whole ((MENAFN- AFP): AFP), else None."""
    *head, last = re.split(r"\s*[-–]\s*", name.strip())
    return last if head and not lexicon.outlet_pattern().fullmatch(name.strip()) and lexicon.outlet_pattern().fullmatch(last) else None


_PAREN_STOP = re.compile(r"[)\]][.!?]\s")


def in_sentence_credits(text: str, start: int, end: int, block: int | None) -> list[Citation]:
    """Known outlets in parentheses before the stop of a sentence inside a paragraph (… in August
    (WSJ). The mayor …): each credits its own sentence. The paragraph's last sentence is read with
    the paragraph's closing credits (datelines)."""
    out = []
    if not _PAREN_STOP.search(text, start, end):
        return out              # (most paragraphs: no sentence ends need finding)
    for stop in sentence_ends(text, start, end):
        if text[max(start, stop - 2):stop] in (").", ")!", ")?"):
            credit = _paren_credit(text, start, stop, block)
            if credit is not None and credit.text[-1:] in ".!?":
                out.append(credit)
    return out


def _paren_credit(text: str, start: int, end: int, block: int | None) -> Citation | None:
    """A credit in parentheses or square brackets closing text[start:end] (see _PAREN_CREDIT), not
    a quote's source ("a gamble" (Reuters).) nor the abbreviation of a name before it."""
    m = _PAREN_CREDIT.search(text, max(start, end - 80), end)
    quoted = m is not None and m.group("open") == "(" and re.search(r"(?<![.!?…])[”\"]\s*$", text[max(start, m.start() - 4):m.start()])   # "a gamble" (Reuters).: the quote's
    # (not “… to be ignited.” (THR): a whole excerpt's credit)
    if m and not quoted and (m.group("close") if m.group("open") == "(" else m.group("square")) and (text[start:m.start()].strip() or m.group("open") == "("):
        # ([Source: Financial Times] alone on its line: a credit line's, the core's)
        outlet, when = m.group("outlet").strip(), _numeric(m)
        if when is not None or lexicon.outlet_pattern().fullmatch(outlet) and not _abbreviation(text, start, m.start(), outlet) \
                or not m.group("label") and m.group("open") == "(" and len(outlet.split()) >= 2 and paper_by_form(outlet.split(), outlet[:4].lower() == "the ") \
                and re.search(r"[.!?][”\"’']?\s*$", text[start:m.start()]) is not None \
                or m.group("label") and _SITE.fullmatch(outlet):       # (via example-news.com): a site by its address, known or not
            return cited(text, m.start(), m.end(), outlet, when, "inline", block)
    tail = _LABEL_TAIL.search(text, max(start, end - 60), end)
    if tail and _PICTURE_BEFORE.search(text, max(start, tail.start() - 14), tail.start()):
        tail = None             # Photo via CNN: a picture's credit (pictures.py)
    if tail and (lexicon.outlet_pattern().fullmatch(outlet := re.sub(r"^(?i:the)\s+", "", tail.group("outlet").strip()))
                 or _SITE.fullmatch(outlet) and not tail.group("label").lower().startswith("via")):     # (via eventbrite.com: a way, no source)
        return cited(text, tail.start("label"), tail.end(), outlet, None, "inline", block)
    return None


# a site's address (Axios.com, harborgazette.co.uk), its last part in lower case and no file's extension (not
# survey.pdf, Node.js, Dr.Lee)
_SITE = re.compile(r"(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{0,40}(?:\.[A-Za-z0-9-]{1,40}){0,3}\.(?!(?:pdf|docx?|xlsx?|pptx?|csv|txt|jpe?g|png|gif|js|html?|json|xml|zip|mp[34])$)[a-z]{2,12}")
_OUTLET_NOUN = re.compile(r"(?i:agency|newspaper|paper|daily|broadcaster|network|channel|outlet|wire|service|station|"
                          r"magazine|journal|radio|television|tv|website|site)\s*$")


def _abbreviation(text: str, start: int, at: int, outlet: str) -> bool:
    """Whether the parenthesis abbreviates the name just before it: the Korean Central News Agency
    (KCNA), or a noun for a news organisation (the state news agency (KCNA))."""
    if _OUTLET_NOUN.search(text, max(start, at - 30), at):
        return True
    before = re.search(r"((?:[A-Z][\w.&'’\-]*\s+){1,6})$", text[max(start, at - 80):at])
    named = lexicon.find_outlet(before.group(1).strip()) if before else None
    return named is not None and named == lexicon.find_outlet(outlet)


def _numeric(m: re.Match) -> PartialDate | None:
    """2024-07-03, 2024/7/3, 7/3 (month first)."""
    if not m.group("date"):
        return None
    year, month, day = (int(m.group("y")), int(m.group("m")), int(m.group("d"))) if m.group("y") else (None, int(m.group("m2")), int(m.group("d2")))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return PartialDate(((year, month, day),), m.group("date"))


def _programme(text: str, start: int, end: int, block: int | None) -> Citation | None:
    """A transcript's header naming its programme and day (RUSH TRANSCRIPT FOR 'THIS WEEK' ON August
    14, 2016): the whole header line when short, so that it is no statement."""
    m = _TRANSCRIPT_OF.search(text, start, min(end, start + 80))
    lead = text[start:m.start()].strip() if m else ""
    if m is None or not (lead.isupper() and m.group(0)[:10].isupper() or not lead and end - start <= 160 and text[end - 1:end] != "."):
        return None     # (A transcript of "Meet the Press" … shows …: a sentence naming one, not the page's header)
    s, e = (start, end) if end - start <= 160 else (m.start(), m.end())
    return cited(text, s, e, m.group("outlet").strip(), _when(m), "repost", block)     # the whole transcript is the programme's


def _when(m: re.Match) -> PartialDate | None:
    g = m.groupdict()
    mon, day, year = (g.get("mon"), g.get("day"), g.get("year")) if g.get("mon") else (g.get("dmon"), g.get("dday"), g.get("dyear"))
    if not mon:
        return None
    year = int(year) if year else None
    month, day = MONTH_NUMBERS[mon[:3].lower()], int(day)
    if not 1 <= day <= 31:
        return None             # (99 November: no day)
    return PartialDate(((year, month, day),), m.group(0))
