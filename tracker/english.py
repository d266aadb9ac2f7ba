"""English attribution: who says what in news and commentary written in English.

The same stages as for Japanese, with English grammar: sentences end at . ! ? (not after Mr. or
U.S.); a speech verb (said, told, added, wrote, according to, …) finds its speaker as the subject
before it ("Biden said"), after it in the inversion ("…," said Peskov), or in an appositive ("Dmitry
Peskov, the Kremlin spokesman, said"); the content is the quote next to the verb, else the clause
it introduces. Pronouns speak for the last person (he, she) or group (they, it) named; a quote
running over several sentences keeps its speaker. A dateline (WASHINGTON (Reuters) -) cites the
agency for the article's own reporting.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from . import lexicon
from .attribute import Clause, Coverage, Draft, finish_claim, with_nearby
from .dates import MONTH_NUMBERS
from .model import Article, Citation, Claim, Layout, PartialDate, Sentence, Speaker, Via
from .segment import sentences_between

_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "st", "jr",
                  "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                  "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "i.e", "e.g", "a.m", "p.m", "fig"}
_MASK = "▒"             # what quoted text becomes while the sentence around it is read
_PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "group", "we": "group"}
_DETERMINERS = re.compile(r"^(?:the|a|an|one|two|three|several|some|many|other|another|its|his|her|their)\s+", re.I)
# what may stand between a subject and its verb, or follow the verb before the content
_BETWEEN = re.compile(r"\s+(?:also|later|earlier|previously|then|again|has|had|have|would|will|was|were|once|separately|"
                      r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in a statement|"
                      r"last (?:week|month|year)|this (?:week|month|year)|on Twitter|on X)$")
_AFTER_VERB = re.compile(r"^(?:\s*(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in a (?:written |joint )?statement"
                         r"|in an interview(?: with [^,.;“\"]{1,40})?|at a (?:news|press) conference|on (?:X|Twitter|Facebook|Telegram|Truth Social|social media)"
                         r"|(?:told|to) (?:reporters|journalists|the [A-Z][\w.]*(?: [A-Z][\w.]*)*|[A-Z][\w.]*(?: [A-Z][\w.]*)*)"
                         r"|in (?:a|an) [a-z]+ (?:post|speech|address|briefing|letter|interview)|last (?:week|month)|this week|earlier|late|on [A-Z][a-z]+ \d{1,2}"
                         r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last night"
                         r"|,|that))+\s*")
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Za-z.'’\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?)?"
    r"(?:,?\s+(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2}))?"
    r"\s*\((?P<outlet>[A-Za-z][A-Za-z .&'\-]{1,40})\)\s*(?:[-–—―]+)\s*")
_MONTH_DATE = r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>\d{4}))?"
# a credit after a quoted passage: (Reuters, July 3) at its end, or a line "Source: Reuters, July 1, 2024"
_CREDIT_TAIL = re.compile(rf"\((?P<outlet>[A-Z][^(),]{{1,40}}),\s*{_MONTH_DATE}\)\s*$")
_CREDIT_LINE = re.compile(rf"(?:(?<=\s)|^)(?:Source|Sources|Via|Credit|From)\s*:\s*(?P<outlet>[A-Z][^,]{{1,40}}),\s*{_MONTH_DATE}\s*\.?\s*$")
# a dateline of the publisher's own: WASHINGTON — / MILLBROOK, Ore. —
_OWN_DATELINE = re.compile(r"(?P<place>[A-Z][A-Z.'’\- ]{2,40}(?:,\s*[A-Z][A-Za-z.]{1,15}(?:\s[A-Z][A-Za-z.]{1,15})?)?)\s*(?:—|–|―|--)\s*")
# the agency's closing credit: (Reporting by …; Editing by …)
_END_CREDIT = re.compile(r"\((?:Reporting|Writing|Additional reporting) by [^)]{2,300}\)\s*$")


@dataclass(frozen=True)
class EnCue:
    word: str
    act: str
    stance: str


@cache
def _lists() -> dict[str, list[tuple[str, ...]]]:
    text = resources.files("tracker").joinpath("data").joinpath("english.tsv").read_text("utf-8")
    out: dict[str, list[tuple[str, ...]]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, *rest = line.split("\t")
            out.setdefault(name, []).append(tuple(rest))
    return out


@cache
def _words(name: str) -> tuple[str, ...]:
    return tuple(sorted((r[0] for r in _lists()[name]), key=len, reverse=True))


@cache
def _cues() -> dict[str, EnCue]:
    return {r[0]: EnCue(*r) for r in _lists()["cue"]}


@cache
def _cue_regex() -> re.Pattern:
    words = sorted(_cues(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b|\b[Aa]ccording to\b")


# ---------------------------------------------------------------- sentences and citations

def sentences(text: str, layout: Layout, exclude=()) -> list[Sentence]:
    """Body and caption paragraphs split at . ! ? followed by a capital, a digit or a quote;
    not after abbreviations (Mr., U.S.) or initials (J. Smith)."""
    cuts = sorted(exclude)
    out: list[Sentence] = []
    for pi, para in enumerate(layout.paragraphs):
        if para.kind not in ("body", "caption"):
            continue
        bounds = [para.start]
        inside = _inside_quotes(text, para.start, para.end)
        for m in re.finditer(r"[.!?]+[”’\"')\]]*(?=\s+[“‘\"'(A-Z0-9])", text[para.start:para.end]):
            end = para.start + m.end()
            if inside[m.start()]:          # a quote of several sentences stays one statement with its cue
                continue
            word = re.search(r"([A-Za-z.]+)\.$", text[max(para.start, end - 12):para.start + m.start() + 1])
            if m.group(0)[0] == "." and word and (word.group(1).lower().rstrip(".") in _ABBREVIATIONS
                                                  or re.fullmatch(r"[A-Z]", word.group(1).rstrip("."))):
                continue
            bounds.append(end)
        bounds.append(para.end)
        out += sentences_between(text, bounds, cuts, pi)
    return out


def _inside_quotes(text: str, start: int, end: int) -> bytearray:
    """1 where text[i] (relative to start) lies inside a quote closed within the span."""
    spans, _ = _quotes(text, start, end, False)
    mask = bytearray(end - start)
    for qs, qe in spans:
        if qe < end or text[end - 1:end] in "”\"":
            for i in range(qs - start + 1, qe - start - 1):
                mask[i] = 1
    return mask


def datelines(text: str, start: int, end: int, block: int | None, site: str | None = None) -> list[Citation]:
    """Citations English news writes in its own ways: a dateline at a paragraph's start
    (WASHINGTON (Reuters) -, KYIV, Ukraine, July 3 (AP) —, (Reuters) -), crediting the agency for
    the report that follows (dated as the article unless written); a credit closing a paragraph
    ((Reuters, July 3)) or standing as a line (Source: Reuters, July 1, 2024); and the agency's
    closing "(Reporting by …)", which credits the site the article is published on."""
    m = _DATELINE.match(text, start, end)
    if m:
        outlet = m.group("outlet").strip()
        found = lexicon.find_outlet(outlet)
        if found is not None or outlet.isupper():
            s = m.start("place") if m.group("place") else m.start("outlet") - 1
            return [Citation(s, m.end(), text[s:m.end()], found.key if found else "name:" + outlet, outlet,
                             _when(m), "dateline", block=block)]
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
    return []


def _when(m: re.Match) -> PartialDate | None:
    if not m.group("mon"):
        return None
    year = int(m.group("year")) if "year" in m.groupdict() and m.group("year") else None
    month, day = MONTH_NUMBERS[m.group("mon")[:3].lower()], int(m.group("day"))
    return PartialDate(((year, month, day),), m.group(0))


# ---------------------------------------------------------------- speakers

@dataclass
class _Context:
    full_names: list[str] = field(default_factory=list)
    last_person: Speaker | None = None
    last_group: Speaker | None = None


def _strip(np: str) -> str:
    np = re.sub(r"\s*\([^()]{1,40}\)", "", np)          # Sen. Claire McCaskill (D-Mo.)
    np = np.strip(" ,;:")
    np = re.sub(r"[’']s$", "", np)
    return np


@lru_cache(maxsize=65536)
def classify(np: str) -> str | None:
    """The kind of source a noun phrase names, or None if it does not look like one."""
    np = _strip(np)
    if "," in np and classify(np.split(",")[0]) == "person":     # Dmitry Peskov, the Kremlin spokesman
        return "person"
    if not np or len(np.split()) > 12 or re.search(r"[“”\"]", np):
        return None
    low = np.lower()
    if low in _PRONOUNS:
        return "pronoun"
    bare = _DETERMINERS.sub("", np)
    if lexicon.find_outlet(bare) or lexicon.find_outlet(np):
        return "media"
    words = bare.split()
    capitalised = [w for w in words if w[:1].isupper() and w.lower() not in ("i",)]
    head = words[-1].lower() if words else ""
    if any(bare.endswith(o) for o in _words("org")):
        return "organization"
    if head in _words("document") and not capitalised[1:]:
        return "document"
    if head in _words("anonymous") or low.startswith(("people ", "sources ", "officials ")):
        return "anonymous"
    ent = lexicon.find_entity(bare)
    if ent:
        return ent.kind
    name, _ = _name_and_role(bare)
    if name:
        return "person"
    if words and words[-1].lower() in [t.lower() for t in _words("title")]:
        return "anonymous"          # a role without a name: the spokesman
    return None


_GENERIC = re.compile(r"(?:(?:the|a|an|one|two|three|several|some|many|most|other|few|both|all|its|his|her|their)\s+)?"
                      r"(?:[A-Za-z][\w.'’\-]*\s+){0,6}[a-z][\w'’\-]*s")


_DETERMINED = re.compile(r"(?:(?i:the|a|an|his|her|their|its|our|one|two|three|several|some|many|other)|[A-Z][\w.\-]*(?: [A-Z][\w.\-]*)*['’]s)\s+"
                         r"(?:[\w.'’\-]+\s+){0,5}[a-z][\w'’\-]*")


def subject_kind(np: str) -> str | None:
    """What stands as the subject of a speech verb is its source, by grammar: a known kind, else
    a plural or determined common noun phrase (cast members, experts on North Korea, the
    businessman) as an unnamed source."""
    kind = classify(np)
    if kind:
        return kind
    np = _strip(np)
    if len(np.split()) <= 8 and (_GENERIC.fullmatch(np) or _DETERMINED.fullmatch(np)):
        verbish = any(w.endswith("ed") for w in np.split()[2:])
        if not verbish and not re.search(r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|not|to|that|which|who)\b", np):
            return "anonymous"
    return None


@lru_cache(maxsize=65536)
def _name_and_role(np: str) -> tuple[str | None, str | None]:
    """"White House press secretary Karine Jean-Pierre" -> ("Karine Jean-Pierre", "White House press
    secretary"); "Dmitry Peskov, the Kremlin spokesman" -> ("Dmitry Peskov", "the Kremlin spokesman")."""
    if "," in np:
        first, _, rest = np.partition(",")
        name, role = _name_and_role(first.strip())
        if name:
            return name, (role + " " if role else "") + rest.strip(" ,") or None
    for title in _words("title"):             # the name follows its title: Secretary of State Antony Blinken
        at = np.rfind(title + " ")
        if at != -1 and (at == 0 or np[at - 1] == " ") and title[0].isupper():
            name, _ = _name_and_role(np[at + len(title) + 1:])
            if name and name == np[at + len(title) + 1:].strip():
                return name, np[:at + len(title)].strip()
    words = np.split()
    titles = set(_words("title"))
    k = len(words)
    while k > 0 and re.fullmatch(r"[A-Z][\w'’.\-]*|(?:de|van|von|bin|al|da|du|le|la)", words[k - 1]) and words[k - 1] not in titles:
        k -= 1
    name_words = words[k:]
    while name_words and name_words[0] in ("de", "van", "von", "bin", "al", "da", "du", "le", "la"):
        name_words = name_words[1:]
    if not name_words:
        return None, None
    name = " ".join(name_words)
    if any(name.endswith(o) for o in _words("org")) or lexicon.find_outlet(name):
        return None, None
    role = " ".join(words[:len(words) - len(name_words)]) or None
    return name, role


def make_speaker(np: str, kind: str, ctx: _Context) -> Speaker:
    np = _strip(np)
    if kind == "pronoun":
        who = ctx.last_person if _PRONOUNS[np.lower()] == "person" else (ctx.last_group or ctx.last_person)
        return who or Speaker(np, "anonymous", np)
    bare = _DETERMINERS.sub("", np)
    if kind == "media":
        o = lexicon.find_outlet(bare) or lexicon.find_outlet(np)
        return Speaker(o.name, "media", np, (o.name, *o.aliases), o.wikidata)
    if kind == "person":
        name, role = _name_and_role(bare)
        name = _resolve(name, ctx)
        ent = lexicon.find_entity(name)
        if " " not in name and not ent and not (role and _titled(role)):
            # Moscow said (a capital for its government), the grid operator GridNed said: one word
            # without a person's title names an organisation; people are named in full or titled
            return Speaker(name, "organization", np, (), None, role)
        return Speaker(name, "person", np, tuple(x for x in (np,) if x != name), ent.wikidata if ent else None, role)
    ent = lexicon.find_entity(bare)
    if ent:
        return Speaker(ent.name, ent.kind, np, (np,) if np != ent.name else (), ent.wikidata)
    return Speaker(bare if kind == "organization" else np, kind, np)


def _titled(role: str) -> bool:
    words = f" {role} "
    return any(f" {t} " in words for t in _words("title"))


def _resolve(name: str, ctx: _Context) -> str:
    """A surname to the full name the article gives elsewhere: Biden -> Joe Biden."""
    if " " in name:
        return name
    for full in ctx.full_names:
        if full.endswith(" " + name):
            return full
    for full in ctx.full_names:         # family name first: Xi -> Xi Jinping
        if full.startswith(name + " "):
            return full
    return name


def collect_full_names(text: str) -> list[str]:
    """People named in full in the article, the most often named in full first: a surname then
    resolves to the person the article is about (Cruz → Ted Cruz, not his father named once)."""
    names: Counter[str] = Counter()
    for m in re.finditer(r"\b[A-Z](?:[\w'’\-]*|\.)(?: (?:of |de |van |von |bin |al )?[A-Z](?:[\w'’\-]*|\.)){1,6}", text):
        if classify(m.group(0)) == "person":
            name, _ = _name_and_role(m.group(0))
            if name and " " in name:
                names[name] += 1
    return sorted(names, key=lambda n: (-names[n], -len(n)))


# ---------------------------------------------------------------- the stage

def _quotes(text: str, s: int, e: int, carried: bool) -> tuple[list[tuple[int, int]], bool]:
    """Quoted spans in text[s:e] (“…” or "…"), and whether a quote is still open at the end.
    `carried`: the sentence starts inside a quote opened before."""
    spans: list[tuple[int, int]] = []
    open_at = s if carried else None
    for i in range(s, e):
        ch = text[i]
        if ch == "'" and text[i + 1:i + 2] == "'" and i + 1 < e:     # ''…'' as some newspapers write “…”
            ch = '"'
        elif ch == "'" and text[i - 1:i] == "'" and i > s:
            continue
        if ch == "“" or (ch == '"' and open_at is None):
            open_at = i
        elif (ch == "”" or ch == '"') and open_at is not None:
            spans.append((open_at, i + 2 if text[i:i + 2] == "''" else i + 1))
            open_at = None
    if open_at is not None:
        spans.append((open_at, e))
    return spans, open_at is not None


def _masked(text: str, s: int, e: int, quotes: list[tuple[int, int]]) -> str:
    chars = list(text[s:e])
    for qs, qe in quotes:
        for i in range(max(qs, s), min(qe, e)):
            chars[i - s] = _MASK
    return "".join(chars)


def attribute(article: Article, layout: Layout, citations: list[Citation], sents: list[Sentence]) -> list[Claim]:
    """Every sentence (or participle piece) as a claim: its speaker, cue and content when a speech
    verb gives them, the speaker of the quote it continues when it continues one, else the cited
    report's or the author's statement, as for Japanese (`attribute.finish_claim`)."""
    text = article.text
    body = "\n".join(text[p.start:p.end] for p in layout.paragraphs if p.kind in ("body", "caption"))
    ctx = _Context(collect_full_names(body))        # not from headlines: Title Case Is No Name
    author = Speaker(article.author or layout.site or "article author", "author", "")
    cover = Coverage(citations)
    claims: list[Claim] = []
    carried = False
    last: tuple[tuple[Speaker, ...], str, str, int] | None = None       # speakers, cue, act, paragraph
    for si, whole in enumerate(sents):
        if si and sents[si - 1].paragraph != whole.paragraph:
            carried = False     # a quote running on into a new paragraph opens it again with its own mark
        quotes, still_open = _quotes(text, whole.start, whole.end, carried)
        subject: tuple[Speaker, ...] = ()
        pieces = _pieces(text, whole, quotes)
        for k, sent in enumerate(pieces):
            d = _analyse(text, sent, si, quotes, ctx, subject if k else ())
            if k == 0 and len(pieces) > 1:
                opening = _opening_subject(_masked(text, sent.start, sent.end, quotes))
                subject = d.speakers or (_speak(opening, ctx) if opening else ())
            starts_quoted = k == 0 and (carried or (quotes and quotes[0][0] == sent.start))
            if d.speakers:
                last = (d.speakers, d.cue or "", d.act, sent.paragraph)
            elif starts_quoted and last and sent.paragraph - last[3] <= 1:
                d.kind, d.speakers, d.cue, d.act, d.quoted = "reported_speech", last[0], "", last[2] or "said", True
                d.content = (sent.start, sent.end)
            elif last and last[3] != sent.paragraph:
                last = None
            block = layout.paragraphs[sent.paragraph].block
            claims.append(finish_claim(article, d, citations, cover, author, block))
        carried = still_open
    return with_nearby(claims, citations, layout)


# "the president's claims", "these reports": a cue word used as a noun
_NOUN_BEFORE = re.compile(r"(?:\b(?i:the|a|an|his|her|their|its|our|these|those|such|of|my|your|new|recent)|['’]s)\s+$")


@cache
def _hedge_regex() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(h) for h in _words("hedge")) + r")\b", re.IGNORECASE)


def _hedged(body: str) -> bool:
    return bool(_hedge_regex().search(body))


_PARTICIPLE = re.compile(r",\s+(?=(?:saying|adding|arguing|claiming|noting|warning|insisting|calling|describing|promising|"
                         r"telling|writing|explaining|stressing)\b)")


def _pieces(text: str, sent: Sentence, quotes: list[tuple[int, int]]) -> list[Sentence]:
    """A sentence cut before each participle that reports more speech: "Trump attacked Clinton,
    saying …, adding …" is three statements, the last two by the sentence's subject."""
    masked = _masked(text, sent.start, sent.end, quotes)
    cuts = [(sent.start + m.start(), sent.start + m.end()) for m in _PARTICIPLE.finditer(masked)]
    if not cuts:
        return [sent]
    starts = [sent.start] + [after for _, after in cuts]          # a piece starts at its participle
    ends = [comma for comma, _ in cuts] + [sent.end]              # and ends before the next comma
    return [Sentence(a, b, sent.paragraph) for a, b in zip(starts, ends) if b > a]


def _analyse(text: str, sent: Sentence, si: int, quotes: list[tuple[int, int]], ctx: _Context,
             subject: tuple[Speaker, ...] = ()) -> Draft:
    s, e = sent.start, sent.end
    d = Draft(Clause(s, e, si, ()), content=(s, e))
    masked = _masked(text, s, e, quotes)
    d.stance = "Speculative" if _hedged(masked) else "Assertive"
    d.quoted = bool(quotes) and quotes[0][0] == s and quotes[-1][1] >= e - 1
    hits = [m for m in _cue_regex().finditer(masked) if not _NOUN_BEFORE.search(masked, 0, m.start())]
    according = next((m for m in hits if m.group(0).lower() == "according to"), None)
    verbs = [m for m in hits if m.group(0).lower() != "according to"]
    source = _according(text, s, masked, according, ctx) if according else None
    for m in verbs:
        found = _speaker_for(text, s, e, masked, m, quotes, ctx, subject)
        if found is None:
            continue
        speakers, mention, content = found
        cue = _cues()[m.group(0)]
        d.kind, d.speakers, d.mention, d.cue, d.act, d.explicit = "reported_speech", speakers, mention, m.group(0), cue.act, True
        d.content = content
        d.quoted = any(qs <= content[0] and content[1] <= qe for qs, qe in quotes)
        if cue.stance != "Assertive":
            d.stance = cue.stance
        if source and source[0] not in speakers:
            d.via = (Via(source[0].mention or source[0].name, source[0], "according to"),)
        citing = _CITING.search(masked, m.end())
        if citing and subject_kind(citing.group(1)):     # Reuters reported, citing two sources: the sources speak
            d.via = d.via + tuple(Via(sp.mention or sp.name, sp, "citing") for sp in speakers)
            d.speakers = _speak(citing.group(1), ctx)
            d.mention = citing.group(1)
            if d.content[1] > s + citing.start():
                d.content = (d.content[0], s + citing.start())
        interview = _INTERVIEW.search(masked)
        if interview and lexicon.find_outlet(interview.group(1)) and not citing:
            o = lexicon.find_outlet(interview.group(1))
            d.via = d.via + (Via(interview.group(1), Speaker(o.name, "media", interview.group(1), (o.name, *o.aliases), o.wikidata), "interview"),)
        _remember(ctx, d.speakers)
        return d
    if source:
        sp, content = source
        d.kind, d.speakers, d.mention, d.cue, d.act, d.stance, d.explicit = (
            "reported_speech", (sp,), sp.mention, "according to", "accordingTo", "Hearsay", True)
        d.content = content
        _remember(ctx, (sp,))
    return d


_CITING = re.compile(r",\s+citing\s+([^,.;]+?)\s*(?=[,.;]|$)")
# an interview given to another outlet: the outlet stands between the speaker and the citing report
_INTERVIEW = re.compile(r"\b(?:[Ss]peaking (?:to|with)|in an interview (?:with|on)|told|interviewed by)\s+((?:the\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4})")


def _according(text: str, s: int, masked: str, m: re.Match, ctx: _Context):
    """"According to X, …" or "…, according to X." -> (X, the content's span)."""
    tail = re.match(r"\s*([^,;.“\"]+?)(?=[,;.]|$|\s+(?:on|in|at|which|who)\b)", masked[m.end():])
    if not tail:
        return None
    np = tail.group(1).strip()
    kind = subject_kind(np) or ("organization" if np[:1].isupper() else "document" if len(np.split()) <= 8 else None)
    if kind is None:
        return None
    sp = make_speaker(np, kind, ctx)
    np_end = m.end() + tail.end()
    if masked[:m.start()].strip(" ,"):
        content = (s, s + len(masked[:m.start()].rstrip(" ,")))
    else:
        rest = masked[np_end:]
        k = len(rest) - len(rest.lstrip(" ,"))
        content = (s + np_end + k, s + len(masked.rstrip(" .")))
    return sp, content


def _speaker_for(text, s, e, masked, m, quotes, ctx, subject=()):
    """The speaker of the verb `m` and the span of what is said, or None. `subject`: the speaker
    of the sentence a participle piece was cut from."""
    before = masked[:m.start()]
    after = masked[m.end():]
    # the inversion: “…,” said Peskov. / “…,” Peskov said.
    qbefore = next((q for q in reversed(quotes) if q[1] - s <= m.start()), None)
    if qbefore is not None:
        gap = masked[qbefore[1] - s:m.start()]
        if re.fullmatch(r"[,.!?]?\s*", gap):
            np = re.match(r"\s*([^,.;:“\"▒]+?)(?=[,.;:]|$|\s+(?:on|in|at|to|who|after|before|during|when|told)\b)", after)
            if np and classify(np.group(1)):
                return _speak(np.group(1), ctx), np.group(1).strip(), (qbefore[0], qbefore[1])
        elif re.fullmatch(r"[,.!?]?\s*[^,;:“\"▒]{1,80}\s*", gap) and subject_kind(_between_trim(gap)):
            np = _between_trim(gap)
            return _speak(np, ctx), np, (qbefore[0], qbefore[1])
    # a participle after the main clause: Trump attacked Clinton, saying …
    if m.group(0).endswith("ing"):
        if not before.strip() and subject:
            span = _content_after(s, e, masked, m.end(), quotes)
            return (subject, None, span) if span else None
        if not before.rstrip().endswith(","):
            return None
        np = _opening_subject(before)
        span = _content_after(s, e, masked, m.end(), quotes)
        if np is None or span is None:
            return None
        return _speak(np, ctx), np, span
    # the inversion without a quote: …, said Batchelder.
    inverted = re.fullmatch(r"\s+([^,.;:“\"▒]{2,60}?)\s*[.!?]?\s*", after)
    if before.rstrip().endswith(",") and inverted and classify(inverted.group(1)) in ("person", "organization", "media", "anonymous"):
        head = before.rstrip().rstrip(",")
        if head.strip():
            return _speak(inverted.group(1), ctx), inverted.group(1), (s + len(head) - len(head.lstrip()), s + len(head))
    # the subject before the verb
    np = _subject(before)
    if np is None:
        return None
    head = before[: before.rfind(np)].rstrip()
    span = _content_after(s, e, masked, m.end(), quotes)
    if span is not None and len(text[span[0]:span[1]].split()) < 3:
        span = None                 # "…, top lawmakers said Friday after the vote." : not what was said
    if span is None and head.endswith(",") and len(head.split()) >= 3:    # "…, the minister said." : what precedes
        span = (s, s + len(head.rstrip(" ,")))
    if span is None:
        return None
    return _speak(np, ctx), np.strip(), span


def _opening_subject(before: str) -> str | None:
    """The subject that opens the sentence: its first words up to the first one in lower case
    (Former President Donald Trump attacked… → Former President Donald Trump), or a pronoun."""
    words = before.split()
    if words and words[0].lower() in _PRONOUNS:
        return words[0]
    k = 0
    while k < len(words) and k < 8 and (words[k][:1].isupper() or words[k].lower() in ("the", "of", "and", "de", "van", "von", "al")):
        k += 1
    np = " ".join(words[:k]).rstrip(",")
    return np if np and classify(np) in ("person", "organization", "media", "anonymous") else None


def _between_trim(gap: str) -> str:
    return gap.strip(" ,.!?")


_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:and|but|or|while|as|because|although|though|that|where|when|who|whom|which|whose|if|after|"
                           r"before|since|so|than|until|unless)\b\s*")


def _subject(before: str) -> str | None:
    """The noun phrase right before a verb: after the sentence's last comma, or an appositive
    (Peskov, the Kremlin spokesman,)."""
    b = before.rstrip()
    while True:
        m = _BETWEEN.search(b)
        if not m:
            break
        b = b[:m.start()].rstrip()
    if not b:
        return None
    parts = [p.strip() for p in re.split(r",\s*", b.rstrip(","))]
    last = _CLAUSE_BREAK.split(parts[-1])[-1].strip()
    if len(parts) >= 2 and b.endswith(","):
        # The official, who spoke on condition of anonymity, said / Voltride, based in Irvine, California, said
        for k in range(len(parts) - 1, 0, -1):
            if re.match(r"(?:who|which|whose|led|based|headquartered|founded|speaking|citing|writing|according)\b", parts[k]):
                head = _CLAUSE_BREAK.split(parts[k - 1])[-1].strip()
                if subject_kind(head):
                    return head
                break
        # Peskov, the Kremlin spokesman, said
        name = _CLAUSE_BREAK.split(parts[-2])[-1].strip()
        if classify(name) == "person" and classify(f"{name}, {parts[-1]}"):
            return f"{name}, {parts[-1]}"
    if last and subject_kind(last):
        return last
    return None


def _content_after(s, e, masked, pos, quotes):
    """What a verb introduces: the quote after it (said: “…”), or the clause (said that …)."""
    rest = masked[pos:]
    m = _AFTER_VERB.match(rest)
    k = pos + (m.end() if m else len(rest) - len(rest.lstrip()))
    rest = masked[k:].rstrip(" .!?")
    if not rest.strip(" ,:;"):
        return None
    q = next((q for q in quotes if q[0] - s >= pos), None)
    if q is not None and not masked[pos:q[0] - s].strip(" ,:;"):
        return q
    k += len(masked[k:]) - len(masked[k:].lstrip(" ,:;"))
    return (s + k, s + len(masked.rstrip(" .!?")))


def _speak(np: str, ctx: _Context) -> tuple[Speaker, ...]:
    np = _strip(np)
    parts = [p for p in re.split(r"\s+and\s+", np) if p]
    if len(parts) > 1 and all(classify(p) in ("person", "organization", "media") for p in parts):
        return tuple(make_speaker(p, classify(p), ctx) for p in parts)
    return (make_speaker(np, subject_kind(np) or "anonymous", ctx),)


def _remember(ctx: _Context, speakers: tuple[Speaker, ...]) -> None:
    for sp in speakers:
        if sp.kind == "person":
            ctx.last_person = sp
        elif sp.kind in ("organization", "media", "anonymous"):
            ctx.last_group = sp
