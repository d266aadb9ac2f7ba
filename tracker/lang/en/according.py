"""According to X: the source a sentence names with "according to" (or "as reported by"), and what
it said without it (the plant would close, according to the BBC and Reuters: both are the source,
neither is part of what was said)."""
from __future__ import annotations

import re
from functools import cache

from ... import lexicon
from .lexicon import INSIDE, piece_outlet, words
from .sentences import MASK
from .quoting import QUOTING_AS, quoting
from .speakers import NAME_PAREN, Context, cited_source, classify, make_speaker, reporting_for, speak, subject_kind


# what "per" cites: an outlet, or a piece of one (a report from Politico, the Times's story)
_PIECE_OF = re.compile(r"(?i:(?:an?|the)\s+(?:\w+\s+){0,2}?(?:report|story|article|piece|analysis|interview|investigation|survey|poll)s?\s+(?:from|by|in|on|at)\s+)")
# a piece's outlet after it: (a story) in The New York Times, (a report) on CNN
_NAME_WORD = r"[A-Z][\w&'’\-]*+(?:\.[\w&'’\-]++)*+"         # U.S., Post-Dispatch; not the stop after it
_IN_OUTLET = re.compile(r"\s+(?:in|on|at|from|by)\s+(?P<outlet>(?:[Tt]he\s+)?" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,4})"
                        r"(?=\s*[,;.—–―]|\s*$|\s+(?:on|last|this|earlier)\s)")        # (…, according to a report in The Guardian on Tuesday)
# who saw a document a source names, no part of its name: (a memo) seen by the paper, obtained by Politico
_SEEN_BY = re.compile(r"\s+(?:seen|obtained|reviewed|viewed|heard|acquired)\s+by\s+(?P<seer>.+)$")
# when a document came out, after its name: (a survey) released Thursday, published last week
_RELEASED_WHEN = re.compile(r"\s+(?:released|published|issued|posted|conducted|unveiled)\s+(?:on\s+|last\s+|this\s+|earlier\s+)?"
                            r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|year|[A-Z][a-z]{2,8}\.?\s+\d{1,2}|yesterday|today)$")
# where the source's own place or time runs on to the comma opening what it said: According to officials in Ohio, …
_SOURCE_RUNS_ON = re.compile(r"\s+(?:on|in|at|last|earlier|yesterday|this)\b[^,;“\"]{0,60},")


# where a list of sources must end: a clause's mark, a quote, a stop that ends the sentence
_LIST_END = re.compile(r"[;“\"—–―▒]|\.(?!\s[A-Z])")
_LAST_ITEM = re.compile(r"(?:^|\s)and\s+\S")


def _list_goes_on(masked: str, at: int) -> int | None:
    """Where a list of sources going on past the first one's comma ends: (the BBC), Reuters and
    the Associated Press / (CNN), Fox News, and NBC, the dam …: at the end of the first item after
    a comma that holds "and". Read item by item (a regex that tried each way of splitting the
    spaces between the items took time exponential in their number)."""
    if not masked.startswith(",", at):
        return None
    stop = _LIST_END.search(masked, at)
    pos = at
    for _ in range(8):
        comma = masked.find(",", pos + 1, stop.start() if stop else len(masked))
        item_end = comma if comma != -1 else (stop.start() if stop else len(masked))
        item = masked[pos + 1:item_end]
        if not item.strip():
            return None
        if _LAST_ITEM.search(item):
            return item_end - (len(item) - len(item.rstrip()))
        if comma == -1:
            return None
        pos = comma
    return None


# when an outlet reported, after its name: (as reported by the Financial Times) last week, earlier this month
_WHEN_AFTER = re.compile(r"(?<!\s)\s+(?:last\s+(?:week|month|year|night|[A-Z][a-z]+day)|earlier(?:\s+this\s+(?:week|month|year))?|yesterday"
                         r"|this\s+(?:week|month|year|morning))$")     # (the phrase alone: not …last week the mayor stole money)
# a description set after the source's name, and another source after it: , a manager at the plant, and the union
_APPOSED = re.compile(r",\s*+(?P<what>(?:an?|the|its|his|her|their|one)\s+[^,;“\"▒]{1,80}?)(?:,\s*+and\s+(?P<also>[^,;“\"▒]{1,60}?))?(?=,|\s*[.!?]?\s*$)")
# what an appositive may not be followed by: a description of the subject of what was said (According
# to Jane Roe, the driver, a 34-year-old man, was arrested), its verb next
_CLAUSE_GOES_ON = re.compile(r"\s*(?:(?:an?|the)\s+[^,;]{1,60},\s*)?(?:was|were|is|are|has|have|had|will|would)\b")
# the name after a person's description: according to the union chief, Ann Lee, …; according to a spokesman, Tom Hale.
# what follows the name when it is the source's: a clause with its own subject (…, Ann Lee, the plant will close;
# not …, John Roe, the driver, fled: the name the subject, set off by its own description)
_CLAUSE_AFTER = re.compile(rf"[:,]?\s*+{MASK}|\s*+(?!(?:who|whom|whose|which)\b)[a-z][\w'’\-]*\s(?:(?!\b(?:who|whom|whose|which|that)\b)[^,;]){{0,80}}?"
                           r"\b(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must)\b[^,;]*+"
                           r"(?:$|[,;]\s*(?:and|but|or|so|while|as|because|although|though|according|the|a|an|he|she|they|it|we)\b)")     # (or the quote it said)
_NAMED_AFTER = re.compile(r",\s*+(?P<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3})(?=[,:]|\s*[.!?]?\s*$)")
_FINITE = frozenset("is are was were will would has have had can could should may might must do does did".split())


def _noun_phrase(words: str) -> bool:
    """Whether a description is a noun phrase, not a clause (a manager at the plant; not the plant
    will close in March)."""
    return not any(w.lower() in _FINITE or w.lower() in _past() for w in words.split())


@cache
def _past() -> frozenset[str]:
    return frozenset(words("past"))


# a title in single quotes, which the sentence does not mask (an apostrophe may be one)
_SINGLE_QUOTED = re.compile(r"[‘']([^‘’'\n]+)[’']")


def according_to(text: str, masked: str, m: re.Match, s: int, ctx: Context):
    """"According to X, …" or "…, according to X." (`m`, in the sentence `masked`, its quotes
    masked, that starts at `s` in `text`) -> (X's speakers: both of the BBC and Reuters; the
    content's span; X as written)."""
    if re.fullmatch(INSIDE, m.group(0)):      # In Ann Lee's words, …; …, as the mayor put it.
        np = _INSIDE_WORDS.sub("", m.group(0))
        if classify(np) not in ("person", "organization", "media", "anonymous") or re.search(r"(?i)\b(?:bible|saying|proverb|adage)\b", np):
            return None         # (as I put it: the author; as the old saying put it, in the Bible's words: no one's statement)
        return speak(np, ctx), _other_side(masked, m, s, m.end()), np
    # (the source ends where its sentence goes on: at a comma, a stop, a dash, a clause or phrase of its own)
    tail = re.match(rf"\s*((?:[^,;.“\"—–―(]|\.(?=\s[A-Z]|\w)|(?<=\.[A-Z])\.|{NAME_PAREN})+?)(?=[,;—–―]|(?<!\.[A-Z])\.(?!\s[A-Z]|\w)|$|(?<!\s)\s+--?\s|(?<!\s)\s+(?:on|in|at|which|who|that)\b)", masked[m.end():])
    if not tail:
        return None
    np, np_end = tail.group(1).strip(), m.end() + tail.end()
    if len(np) <= 200 and (when := _WHEN_AFTER.search(np)) and subject_kind(np[:when.start()]) == "media":
        np, np_end = np[:when.start()], m.end() + tail.start(1) + when.start()     # the Financial Times last week: the paper (a poll last week: that poll)
    if len(np) <= 200:      # (a source's name is never longer: runs of spaces stay linear)
        np = _RELEASED_WHEN.sub("", np) or np        # a Gallup survey released Thursday: the survey, whatever day it came out
    if len(np) <= 200 and (seer := seen_by(np)[1]) and lexicon.outlet_pattern().fullmatch(re.sub(r"^[Tt]he\s+", "", seer)):
        np = seer               # a recording reviewed by The Washington Post: the paper's report of it
    if (at := tail.group(1).find(MASK)) != -1:      # according to (a report titled) "Dams at Risk"
        return _quoted_title(text, masked, m, s, m.end() + tail.start(1) + at, ctx)
    if (titled := _SINGLE_QUOTED.fullmatch(np)) and titled.group(1)[:1].isupper() and re.search(r"\w", titled.group(1)):
        # according to 'The Dam Report': a title, as in double quotes (not 'a senior official', a phrase quoted)
        return (make_speaker(titled.group(1).strip(), "document", ctx),), _other_side(masked, m, s, np_end), np
    piece = _IN_OUTLET.match(masked, np_end)
    if piece and (lexicon.outlet_pattern().fullmatch(re.sub(r"^the\s+", "", piece.group("outlet"))) or subject_kind(piece.group("outlet")) == "media"):
        np, np_end = np + piece.group(0).rstrip(), piece.end()     # according to a story in The New York Times: the paper's
    if m.group(0).lower() == "per" and not (lexicon.find_outlet(_PIECE_OF.sub("", np)) or _PIECE_OF.match(np) or reporting_for(np)
                                            or (piece := piece_outlet(np)) and lexicon.find_outlet(piece)):     # (per a Boston Globe report)
        return None     # per Axios, per a report from Politico, per a report in the Times, per ESPN's Jane Roe; not per Texas law, per CDC guidance
    opening, written = _opens(masked, m), ""
    if (apposed := _APPOSED.match(masked, np_end)) and _noun_phrase(apposed.group("what")) and np[:1].isupper() \
            and (masked.startswith(",", apposed.end()) and not _CLAUSE_GOES_ON.match(masked, apposed.end() + 1) if opening
                 else not masked[apposed.end():].strip(" .!?")):
        # according to Jane Roe, a manager at the plant(, and the union), …: who she is is no part of what she said
        np_end = apposed.end()
        if (also := apposed.group("also")) and subject_kind(also):
            written = masked[m.end() + tail.start(1):apposed.end()].strip(" ,")
            np = f"{np} and {also}"
    named = _NAMED_AFTER.match(masked, np_end) if subject_kind(np) in ("anonymous", "organization") and np[:1].islower() else None
    if named and classify(named.group("name")) == "person" and (
            _CLAUSE_AFTER.match(masked, named.end() + (masked[named.end():named.end() + 1] == ",")) is not None if opening
            else not masked[named.end():].strip(" .!?")):
        np, np_end = re.sub(r"(?<=[a-z]{2})\.$", "", named.group("name")), named.end()   # (not: According to a witness, John Roe, 45, was …)
    listed = _list_goes_on(masked, np_end)
    if listed is not None and len(speak(np + masked[np_end:listed], ctx)) > 2:
        np, np_end = np + masked[np_end:listed], listed     # according to the BBC, Reuters and AP: each of them
    if not re.search(r"\w", np):
        return None             # …, as reported in: no source named
    if re.fullmatch(r"[Tt]o\s+quote", m.group(0)) and classify(np) not in ("person", "organization", "media", "anonymous"):
        return None             # To quote a price, …; to quote myself: no one quoted
    kind = subject_kind(np) or ("organization" if np[:1].isupper() else "document" if len(np.split()) <= 8 or cited_source(np) else None)
    if kind is None:
        return None
    joint = speak(np, ctx) if kind in ("person", "organization", "media") else ()
    speakers = joint if len(joint) > 1 or joint and reporting_for(np) else (make_speaker(np, kind, ctx),)      # according to the BBC and Reuters: both; ESPN's Jane Roe: the reporter
    if opening and (runs_on := _SOURCE_RUNS_ON.match(masked, np_end)):
        np_end = runs_on.end()
    return speakers, _other_side(masked, m, s, np_end), written or np


# what may lead into a sentence that opens with its source: a conjunction, a phrase of place or time
# (But according to …; In the poll, according to the survey, 46 percent …)
_LEAD_IN = re.compile(r"\s*(?:(?i:but|and|yet|so|still|now|however|meanwhile|moreover|also|indeed)\b[\s,]*+)?"
                      r"(?:(?i:in|on|at|by|for|since|after|before|during|under|with|from|over|among)\s++[^,;▒]{1,40}?[\s,]*+)?")


def _opens(masked: str, m: re.Match) -> bool:
    """Whether the sentence opens with its source: nothing before it but what leads in."""
    lead = masked[:m.start()]
    return not lead.strip(" ,") or bool(_LEAD_IN.fullmatch(lead)) and _noun_phrase(lead)


def _other_side(masked: str, m: re.Match, s: int, source_end: int) -> tuple[int, int]:
    """What the source said: the sentence before "according to", or else after the source; the
    whole sentence where the source is set off inside it (The plant, according to the BBC, will
    close in March: what it said has no gap, so the source's name stays in it)."""
    if not _opens(masked, m):
        if masked[:m.start()].rstrip().endswith(",") and _GOES_ON.match(masked, source_end):
            return s, s + len(masked.rstrip(" ."))
        return s, s + len(masked[:m.start()].rstrip(" ,"))
    rest = masked[source_end:]
    return s + source_end + len(rest) - len(rest.lstrip(" ,:")), s + len(masked.rstrip(" ."))


# the sentence going on after a source set off inside it: a comma and a word of the same clause
# (…, according to the BBC, will close; not …, according to the BBC, which …, a second clause, nor a
# description of the source: …, according to the Dam Report, a newsletter.)
_GOES_ON = re.compile(r"(?:\s+(?:last|earlier|yesterday|this)\b[^,;]{0,25}?)?,\s*+(?!(?:which|who|whose|and|but|or|so|while|although|though|as|citing|quoting|adding|saying|a|an|the|its|his|her|their|one)\b)[a-z]")


def _quoted_title(text: str, masked: str, m: re.Match, s: int, lead: int, ctx: Context):
    """According to "The Dam Report" (published by the ministry), …, according to a study called
    "Dams at Risk": the quoted title is the source, a document, read from the text (the sentence
    has it masked); what follows the title describes it. The content is the sentence's other
    side, as for any source."""
    run_end = lead + len(masked[lead:]) - len(masked[lead:].lstrip(MASK))
    title = text[s + lead:s + run_end].strip().strip("“”\"‘’'").rstrip(",.").strip()
    if not re.search(r"\w", title):
        return None
    return (make_speaker(title, "document", ctx),), _other_side(masked, m, s, run_end), masked[lead:run_end]


def seen_by(np: str) -> tuple[str, str | None]:
    """A document a source names, and who saw it, where it says (a memo obtained by Politico → a memo, Politico)."""
    m = _SEEN_BY.search(np)
    return (np[:m.start()], m.group("seer")) if m and m.start() > 0 else (np, None)


_INSIDE_WORDS = re.compile(r"^(?:[Ii]n|[Aa]s)\s+|['’]s?\s+(?:own\s+)?words$|\s+(?:(?:once|has|had|so\s+\w+ly)\s+)?put\s+it(?:\s+to\s+.*)?$")


def sourcing_cue(m: re.Match) -> str:
    """A sourcing phrase as a claim's cue: according to, as reported by (lower case, one space a gap);
    one that holds its source, without it (in the words of, put it)."""
    if re.fullmatch(INSIDE, m.group(0)):
        return "put it" if re.search(r"\bput\s+it\b", m.group(0)) else "in the words of"
    return " ".join(m.group(0).split()).lower()


def without_source(s: int, masked: str, content: tuple[int, int], m: re.Match, np: str) -> tuple[int, int]:
    """What was said without its source (said the plant would close, according to Reuters; said,
    according to Reuters, that …): the source closes or opens it, never is part of it."""
    if content[0] < s + m.start() < content[1]:
        if masked[:m.start()].rstrip().endswith(",") and (at := masked.find(np, m.end())) != -1 and _GOES_ON.match(masked, at + len(np)) \
                and s + at + len(np) < content[1]:
            return content          # (said the plant, according to the BBC, will close: what was said goes on past it)
        return content[0], s + len(masked[:m.start()].rstrip(" ,"))
    if content[0] <= s + m.start() and not masked[content[0] - s:m.start()].strip(" ,") and (at := masked.find(np, m.end())) != -1:
        rest = re.match(r"[\s,]*(?:that\s+)?", masked[at + len(np):])
        return (s + at + len(np) + rest.end(), content[1]) if s + at + len(np) + rest.end() < content[1] else content
    return content


def acting_verbs(masked: str, verbs: list[re.Match], according: re.Match | None) -> list[re.Match]:
    """The verbs of a sentence (its quotes masked) that may report it: not the word after per (Per
    reports, …: what it cites), not a citing clause set between a subject and its verb (The FT,
    citing people briefed on the talks, said …: the verb after it reports), not a passive after a
    modal (the deal could be announced Friday: no one's act), nor quoting someone as saying it (cited a spokesman as saying)."""
    starts = {k.start() for k in verbs}
    def kept(m: re.Match) -> bool:
        if according and according.group(0).lower() == "per" and 0 < m.start() - according.end() <= 10:
            return False
        if m.group(0) in ("citing", "quoting") and (c := _CITING_SET_OFF.match(masked, max(0, m.start() - 2))) and c.end() in starts:
            return False
        if QUOTING_AS.match(masked, m.start()) and quoting(masked[:m.start()]):
            return False        # The paper cited a spokesman as saying …: the one it cited says it

        return not (m.group(0).endswith("ed") and _MODAL_BE.search(masked, max(0, m.start() - 8), m.start()))
    return [m for m in verbs if kept(m)]


_CITING_SET_OFF = re.compile(r",\s+(?:citing|quoting)\s+(?:from\s+)?[^,.;]+,\s*")
_MODAL_BE = re.compile(r"\b(?:be|been|being)\s+$")
