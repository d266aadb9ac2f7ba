"""The English lexicons, as data in `data/words.tsv` (`list<TAB>word[<TAB>act<TAB>stance]`): speech
verbs with their acts and stances, titles and roles, heads of organisation and document names,
unnamed sources, hedges, words of hearsay, first names that say he or she, named days; and what
the rules ask of them (`hearsay_regex`, `given_gender`, `day_is_name`, `by_acronym`)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ... import lexicon


@dataclass(frozen=True)
class Cue:
    word: str
    act: str
    stance: str


@cache
def _lists() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for name, *rest in lexicon.read_tsv(__package__, "words.tsv"):
        out.setdefault(name, []).append(tuple(rest))
    return out


@cache
def words(name: str) -> tuple[str, ...]:
    """A list of words, longest first."""
    return tuple(sorted((r[0] for r in _lists()[name]), key=len, reverse=True))


# words that open a subordinate clause (As the company announced layoffs, shares fell), as a regex alternation
SUBORDINATORS = "after|although|as|because|before|if|once|since|though|unless|until|when|whenever|whereas|while"


@cache
def word_set(name: str) -> frozenset[str]:
    """A list as a set, to ask whether a word is in it."""
    return frozenset(words(name))


@cache
def cues() -> dict[str, Cue]:
    return {r[0]: Cue(*r) for r in _lists()["cue"]}


@cache
def cue_regex() -> re.Pattern:
    found = sorted(cues(), key=len, reverse=True)
    # a verb of going on speaks only where no infinitive follows (Prices continued to rise)
    going_on = set(words("aspectual"))
    return re.compile(r"\b(?:" + "|".join(re.escape(w) + (r"(?!\s+to\b)" if w in going_on else "") for w in found)
                      + r")\b|\b" + _SOURCING)


# the phrases that name the source of what the clause says, as "according to" does: as reported by
# the Detroit Free Press, as was first reported by Bloomberg, as reported in The Times, per Axios
# the source inside the phrase: In Ann Lee's words, …; As the mayor put it, … (read by `according.according_to`)
INSIDE = (r"[Ii]n\s++(?:(?:the|a|an|one|his|her|their)\s++)?(?:[\w.'’\-]++\s++){0,3}?[\w.\-]++['’]s?\s++(?:own\s++)?words\b"
          r"|[Aa]s\s++(?:(?:the|a|an|one|his|her|their)\s++)?(?:[\w.'’\-]++\s++){0,3}?[\w.\-]++\s++(?:(?:once|has|had|so\s+\w+ly)\s++)?put\s++it"
          # (put it in words, not somewhere: As the driver put it into reverse, …)
          r"(?:\s++to\s++(?:me|us|him|her|them|reporters|[A-Z][\w.'’\-]*+(?:\s++[A-Z][\w.'’\-]*+){0,2}))?(?=\s*+(?:[,.;:!?—–]|$))")
# to quote someone, opening the sentence or set off by a comma (not refused to quote a price, the first to quote Tom Hale)
_TO_QUOTE = r"(?:(?<=,\s)|(?<![\s\S]))[Tt]o\s++quote\b"
_SOURCING = (r"(?:[Aa]ccording to\b|[Ii]n the words of\b|" + _TO_QUOTE + "|" + INSIDE + r"|[Aa]s\s++(?:(?:was|has been|had been|it was)\s++)?"
             r"(?:(?:first|originally|previously|initially|also|widely|exclusively)\s++)?reported\s++(?:by|in)\b"
             # per Axios, per a report from Politico; after a comma or opening the sentence (not 5 per cent, as per usual)
             r"|(?:(?<=,\s)|(?<![\s\S]))[Pp]er(?=\s+(?:(?:the|a|an|one)\s+(?:[a-z][\w-]*\s+){0,3})?[A-Z]|\s+(?:(?:local|media|news|press|multiple|several)\s+)?(?:reports|sources)\b))")    # (Per reports, …)


def names_source(cue: str) -> bool:
    """Whether a cue the regex found names the source of its clause (according to, as reported by)."""
    return cue in ("per", "Per") or re.fullmatch(_SOURCING, cue) is not None


# a figure to check: an amount (3.5%, $2 million, 40 percent, 60,000, €5bn); not a number that names, dates,
# times or ranks something (iPhone 15, COVID-19, in 2025, on May 3, at 10:30, at 70, the 2nd amendment, 9/11)
_FIGURE = re.compile(r"[$€£¥]\s?\d|(?<![\w.,/\-])\d+(?:,\d{3})*(?:\.\d+)?\s?(?:%|(?:percent|per\s+cent|million|billion|trillion|thousand|bn)\b)"
                     r"|(?<![\w.,/\-])\d{1,3}(?:,\d{3})+(?![\d,\-])")     # (not a 1,500-page budget)


# what happened: a verb in the past tense (fell, spent, reached; not is complicated, will rise, would move)
_PAST_ED = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bam )(?<!\bbe )(?<!\bbeen )(?<!\bget )(?<!\bgets )(?<!\bseems )(?<!\blooks )"
                      r"\b[a-z]{2,}ed\b|\b(?:was|were|had|did)\b")


def _past_figure(body: str) -> bool:
    """Whether a sentence gives a figure of what happened: an amount (`_FIGURE`) and a verb in the past
    tense (unemployment fell to 3.5%; not the toll will raise $4 million, the mayor is 100% wrong)."""
    return _FIGURE.search(body) is not None and (_PAST_ED.search(body) is not None
                                                   or not word_set("past").isdisjoint(re.findall(r"[a-z]+", body.lower())))


@cache
def _hedge_regex() -> re.Pattern:
    views = "|".join(map(re.escape, words("view")))
    return re.compile(r"\b(?:" + "|".join([f"(?P<view>{views})", *map(re.escape, words("hedge"))]) + r")\b", re.IGNORECASE)


def hedged(body: str) -> bool:
    """Whether a sentence (its quotes masked) is hedged: a word of doubt (may, probably, my guess,
    I suspect), or a view of the author's own (`view`: I think, in my opinion, my take) in a sentence
    that gives no figure of what happened: "I think unemployment fell to 3.5%" asserts a figure, to be
    cited (as "I guess …" does in `opinion_regex`); "I'd pay attention if half of the 50 …" does not."""
    body = body.lstrip()        # May within a sentence is the month (Prices rose in May), not the modal; likely after a count qualifies its noun
    figure = None               # (looked for once, where a view needs it)
    for m in _hedge_regex().finditer(body):
        if m.group(0) == "May" and m.start() or m.group(0) == "likely" and re.search(r"\d\s+$", body[max(0, m.start() - 4):m.start()]):
            continue
        if m.group("view") and (figure := _past_figure(body) if figure is None else figure):
            continue
        return True
    return False


def asserts_figure(view: str, body: str) -> bool:
    """Whether the author's own view as a speaker and cue write it (I believe, I suspect) asserts what its
    sentence (`body`) says: the sentence gives a figure to check (see `hedged`)."""
    return " ".join(view.lower().split()) in _views() and _past_figure(body)


@cache
def _views() -> frozenset[str]:
    return frozenset(w.lower() for w in words("view"))


@cache
def opinion_regex() -> re.Pattern:
    """What makes a sentence (its quotes masked) the author's opinion when no one else speaks it
    (`opinion`, `evaluative` in words.tsv): a first person's view opening it (I guess, We all know, IMO,)
    in a sentence that gives no figure to check; a pronoun's whole predicate that evaluates (It's
    embarrassing., They are quite shameless.), not a clause that does so of a fact (…, which is
    outrageous; It's unacceptable that …), nor an adjective before its noun (a terrible storm)."""
    views = "|".join(f"[{w[0].upper()}{w[0]}]" + re.escape(w[1:]).replace("'", "['’]") if w[0].isalpha() and not w.isupper() else re.escape(w)
                     for w in words("opinion"))
    judged = "|".join(re.escape(w) for w in words("evaluative"))
    opener = r"(?:[Oo]f course|[Hh]onestly|[Ff]rankly|[Ss]o|[Aa]nd|[Bb]ut|[Ww]ell|[Ss]till|[Yy]et|[Nn]ow),?\s+"     # (Frankly, it's absurd.)
    return re.compile(rf"^\W*(?:{opener}"
                      rf"|(?:For|Since|In|As|At|After|Before|If|When|Personally|Then)\b[^,.;:“\"▒]{{0,30}},\s+)?(?:{views})\b(?!.*(?<![A-Za-z])\d)"
                      rf"|^\W*(?:{opener})?(?:[Ii]t|[Tt]his|[Tt]hat|[Tt]hey|[Hh]e|[Ss]he)(?:\s+(?:is|are|was|were|seems?|seemed)|['’](?:s|re))\s++"
                      rf"(?:(?:so|quite|just|really|very|simply|pretty|utterly|totally|absolutely)\s++)?(?:{judged})[\s.!?…]*$")


@cache
def hearsay_regex() -> re.Pattern:
    """Words that pass a statement on from a source the sentence does not name: reportedly, is
    said to, it is widely believed that (`hearsay` and `hearsay_passive` in words.tsv)."""
    adverbs = "|".join(re.escape(w) for w in words("hearsay"))
    passive = "|".join(re.escape(w) for w in words("hearsay_passive"))
    # (said and reported take whom they were told: their "to", a verb of being or having: not "was
    # reported to police", "said to the family", "said to comfort"; the others, any verb: is rumored to acquire)
    told = words("hearsay_to")
    to = (r"to\s++(?:(?:" + "|".join(re.escape(w) for w in told) + r")\b"
          r"|(?<!said to )(?<!reported to )(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me)\b)(?-i:[a-z]))")
    passive = rf"(?:[a-z]+ly\s++)?(?:{passive})\s++"
    return re.compile(rf"(?i)\b(?:{adverbs})\b|\b(?:is|are|was|were|been|being)\s++{passive}(?:that\b|{to})"
                      rf"|['’](?:s|re)\s++{passive}{to}|\bit['’]s\s++{passive}that\b")      # (he's said to be; it's said that)


def given_gender(name: str) -> str | None:
    """He or she, by the first name of a full name where it is commonly given to one (`given_male`,
    `given_female`): Jane Roe, she; Jordan Lee, neither."""
    first = name.split()[0] if " " in name else ""
    return "he" if first in word_set("given_male") else "she" if first in word_set("given_female") else None


_DAY_NAME = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")


def day_is_name(before: str, after: str = "") -> bool:
    """Whether a day's name between `before` and `after` is part of a name, not a day: after a
    first name, a named day's word or a title (Joe Friday, Black Friday, Super Tuesday, Detective
    Friday; not The President Monday, a role), or before a capitalised word (Sunday Times editor …);
    not as wire copy writes a day after its subject (Russia Monday said, Biden Monday said)."""
    word = re.search(r"\b([A-Z][a-z]+\.?)\s*$", before)
    if word and (word.group(1).lower() in word_set("named_day") or given_gender(word.group(1) + " _")):
        return True
    if word and word.group(1) in word_set("title") and not re.search(r"\b[Tt]he(?:\s+[A-Z][a-z]+\.?)+\s*$", before):
        return True
    return (not word or word.group(1) == "The") and not re.search(r"\b(?i:on|last|this|next|early|late|since|until|by|every|said|says)\s*$", before) \
        and re.match(r"\s+[A-Z][a-z]", after) is not None


def without_day(name: str) -> str:
    """A name without the day wire copy writes after it (Peskov Monday said: Peskov), where the day is none of it."""
    head, _, last = name.rpartition(" ")
    return head if head and _DAY_NAME.fullmatch(last) and not day_is_name(head) else name


def by_acronym(name: str) -> bool:
    """A name followed by its acronym, of its words' initials in order from the first word (The United
    Nations Conference on Trade and Development (UNCTAD), the Centers for Disease Control and Prevention
    (CDC)): one body, its "and" inside it; not the Red Cross and the World Health Organization (WHO), two."""
    m = re.fullmatch(r"(?P<name>.+?\sand\s.+?)\s*\((?P<acr>[A-Z][A-Za-z]{2,9})\)", name.strip())
    words = [w for w in m.group("name").split() if w.lower() != "the"] if m else []
    if words[:1] and re.fullmatch(r"U\.?S\.?|UK|EU", words[0]):
        words = words[1:]       # (the U.S. Food and Drug Administration (FDA))
    acr = m.group("acr").upper() if m else ""
    initials = iter(w[0].upper() for w in words)     # from the first word, in order (on, of, a last word may lend none)
    return bool(m) and bool(words) and acr[0] == words[0][0].upper() and all(ch in initials for ch in acr)


def paper_by_form(words: list[str], the: bool) -> bool:
    """Whether capitalised words end as a paper's or a station's name does (the Northfield Courier,
    the Lakeside Sentinel-Review, The Ledger, Radio Wexford; alone in a dateline, Sentinel-Review),
    whoever the registry knows: its last word, or the first part of it hyphenated, a medium's."""
    capitalised = [w for w in words if w[:1].isupper() and w.lower() != "i"]
    if not capitalised or not (words[-1] == capitalised[-1] or "-" in words[-1]):
        return False
    parts = words[-1].split("-")
    if len(capitalised) < 2 and not (len(words) == 1 and (the or len(parts) > 1 and set(parts[1:]) <= word_set("medium") | word_set("paper_part"))):
        return False
    return parts[0] in word_set("medium") or len(words) == 2 == len(capitalised) and words[0] in ("Radio", "Television", "TV")


_PIECE = r"(?:report|story|article|piece|column|editorial|investigation|analysis|interview|broadcast|dispatch|segment)s?"
# an outlet's piece: a Monday report by The Associated Press, a story in The New York Times; a Northfield Gazette article
_PIECE_BY = re.compile(rf"(?i:\b{_PIECE}\s+(?:by|in|from|on|at))\s+(?P<outlet>.{{2,60}})$")
_PIECE_AFTER = re.compile(rf"(?:(?i:an?|the)\s+)?(?P<outlet>[A-Z][^,;]{{1,60}}?)(?<!['’]s)\s+(?i:{_PIECE})")     # (not The Guardian's report: the report)


def piece_outlet(np: str) -> str | None:
    """The outlet a piece of it names (a report by Reuters, a Northfield Gazette article), else None."""
    m = _PIECE_BY.search(np) or _PIECE_AFTER.fullmatch(np)
    return m.group("outlet") if m else None


_NAME_ALONE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z0-9][\w.&'’\-]*){0,5}")     # a name, nothing before it (not staff at the BBC)
_PEOPLE = frozenset(("he", "she", "they", "we"))        # (it shows …: the report before it, as often as not)


def reports(cue: str, speakers, mention: str | None, after: str = "") -> bool:
    """Whether a cue reports what follows (`after` it) with these speakers: a newsroom's alone, named
    whole as the subject (ABC News has learned, the BBC has been told; not the boy has learned to
    swim, staff at the BBC have been told, the BBC has been told by the government, told to cut …,
    told nothing), what is found shows, never a person (records show …; not he shows no sign of …)."""
    if cue in word_set("newsroom"):
        return any(sp.kind == "media" for sp in speakers) and bool(_NAME_ALONE.fullmatch((mention or "").strip())) \
            and not re.match(r"\s+(?:by|to|nothing|little|repeatedly|not)\b", after)
    if cue in word_set("shown"):
        return not (all(sp.kind == "person" for sp in speakers) or (mention or "").lower() in _PEOPLE)
    return True
