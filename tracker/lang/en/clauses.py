"""English clauses: a sentence cut into the pieces that each report a statement of their own, and
what a speech verb introduces (`content_after`: past when, where and to whom it was said).

"Trump attacked Clinton, saying …, adding …" is three pieces, the last two by the sentence's
subject; "Officials said …, and the governor said …" two; "…, a cabinet official said, a day after
protesters poured onto streets" two, the second the reporter's own. A clause of comparison
reports the clause beside it (`as_aside`: "…, as The Ledger reported.", "As the mayor noted, …").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import islice

from ...model import Sentence
from .lexicon import SUBORDINATORS, cue_regex, cues, names_source, word_set, words
from .sentences import holding, masked as _masked, opens_in
from .speakers import PRONOUNS, cited_source, classify, subject_kind
from .subjects import apposed, opening_subject, past_verb, without_adverbs

# a reporting clause closing the sentence after a comma: …, Ruiz said. / …, the company said on Monday.
CLOSING_CLAUSE = re.compile(r",\s++([^,;:▒\s][^,;:▒]{0,59}?)\s+$")      # (from its first word: runs of spaces stay linear)
# whom a closing clause's speaker told (…, the sheriff told reporters / the Northtown Gazette in Peoria.)
_TOLD_WHOM = re.compile(r"\s+(?:reporters|journalists|(?:the\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4}(?:['’]s\s+[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})?"
                        r"(?:\s+(?:news\s+agency|newspaper))?(?:\s+in\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)?)")
# …, citing two sources / …, quoting police sources / …, citing the release of prisoners: what is
# cited (up to , . ; greedily: runs of spaces stay linear)
CITING = re.compile(r",\s+(?P<word>citing|quoting)\s+(?:from\s+)?(?P<cited>[^,.;]+)")
# a second verb joined to the first: in the past or the present of one (not reports, claims: nouns
# as often), not followed by what makes it a noun (reports of violence), not a passive the first
# clause's is or was goes on into (is subject to approval and expected to close)
_FINITE = re.compile(r"(?i)\w+ed|said|says|told|wrote|spoke|thought|felt|knew|saw|found|made|took")
_NOUN_AFTER = re.compile(r"\s+(?:of|about)\b")
_COPULA = re.compile(r"\b(?:is|are|was|were)\s+(?!\w+ing\b)")
# a second verb of the subject, up to the verb: …, but pledged …; …, and has said … (after a comma:
# without one, "said the city rebuilt the park and added benches" goes on with what was said)
# and/but and what may stand before the second verb (…, and has also said …)
_AND = r"(?:and|but)\s+(?:(?:has|have|had|also|later|then|would|will|again)\s+){0,2}"
JOINED_VERB = re.compile(r",\s*" + _AND + "$")


@cache
def joined_verb() -> re.Pattern:
    """A comma, and/but and a speech verb the lexicon knows, found by one search: the place a
    content stops for the subject's second act."""
    verbs = sorted((w for w in cues() if _FINITE.fullmatch(w)), key=len, reverse=True)
    return re.compile(r"(?<!\s),\s*" + _AND + "(?=(?:" + "|".join(map(re.escape, verbs)) + r")\b)")


# the same without the comma, where the model found the second cue itself (bemoaned the unrest and said …)
ANOTHER_VERB = re.compile(r"\s" + _AND + "$")


@cache
def _participle() -> re.Pattern:
    """", saying", ", adding", ", warning" …: a comma before a participle the lexicon knows as a
    speech verb; not ", according to", ", citing" or ", quoting", which name the source of what comes before
    them, no second act, nor a belief or a finding (…, hoping to curb vandalism; sales fell,
    suggesting demand is weakening: whose, the sentence does not say)."""
    known = sorted({w for w in cues() if w.endswith("ing") and " " not in w} - {"according", "citing", "quoting"})
    return re.compile(r",\s+(?=(?:" + "|".join(map(re.escape, known)) + r")\b)")


def cut(text: str, sent: Sentence, quotes: list[tuple[int, int]]) -> list[Sentence]:
    """A sentence cut before each participle that reports more speech ("Trump attacked Clinton,
    saying …, adding …": the last two by the sentence's subject), and before each clause joined to
    it that has a speaker and a speech verb of its own ("Officials said …, and the governor said …"):
    every cue a statement."""
    masked = _masked(text, sent.start, sent.end, quotes)
    cuts = [(sent.start + m.start(), sent.start + m.end()) for m in _participle().finditer(masked)
            if not ((c := _SET_OFF.match(masked, m.end())) and (v := cue_regex().match(masked, c.end())) and _FINITE.fullmatch(v.group(0)))]   # (The FT, citing …, said: between the subject and its verb)
    for m in CITING.finditer(masked):      # …, citing the release of prisoners.: a reason given, not a source named
        if not cited_source(m.group("cited").strip()) and not masked[m.end():].strip(" .!?"):
            cuts.append((sent.start + m.start(), sent.start + m.start("word")))
    for m in _JOINED.finditer(masked):
        if not m.group(0).lstrip().startswith((",", ";")) and _NAME_BEFORE.search(masked, max(0, m.start() - 40), m.start()):
            continue        # Deputies Jane Lane and Ty Torres responded: two names, one subject
        if m.group(0).strip() == "and" and (phrase := _NOUN_PHRASE_OPENED.search(masked, max(0, m.start() - 60), m.start())) \
                and not past_verb(phrase.group(0).split()[1:]):
            continue        # …, the trade and development agency said: an "and" inside the subject (not …, the economy slowed and …)
        verb = cue_regex().search(masked, m.end(), m.end() + 80)
        subject = masked[m.end():verb.start()].strip(" ,") if verb else ""
        subject = _AUXILIARIES.sub("", subject)
        if m.group(0).strip() == "and" and past_verb([w.strip(",;:") for w in subject.split()[:1]]) \
                or "," in subject and (m.group(0).strip() == "and" or _ENDS_CLOSING.fullmatch(masked, verb.end())
                                       and not apposed(subject)):     # (not …, but his lawyer, Tom Lee, disputed.)
            continue        # …has killed 49 people and displaced 10,000, officials said: one subject's two acts, all reported
            # (was arrested and charged, police said; will close and reopen in May, officials said; were killed while
            # serving a warrant, and a suspect remained barricaded, authorities said: all the closing clause's)
        # after a plain "and" (no comma), a name or a known source only (…shootings and protests demands …: a noun)
        # (… and local businesses told the BBC …: a verb in the past after a plain "and" is a clause's, its subject any source)
        kind = subject_kind(subject) if m.group(0).strip() != "and" or verb and _PAST_CUE.fullmatch(verb.group(0)) else \
            classify(subject) or ("pronoun" if subject.lower() in PRONOUNS else None)
        if verb and subject and not names_source(verb.group(0)) and \
                kind in ("person", "organization", "media", "anonymous", "pronoun"):
            cuts.append((sent.start + m.start(), sent.start + m.end()))
    verbs = list(cue_regex().finditer(masked))
    copula = _COPULA.search(masked, 0, verbs[0].start()) if verbs else None     # before the first clause's verb
    for m in verbs:
        joined = JOINED_VERB.search(masked, max(0, m.start() - 40), m.start())
        passive = m.group(0).endswith("ed") and (copula if m is not verbs[0] else _COPULA.search(masked, 0, joined.start()) if joined else None)
        if joined and joined.start() and _FINITE.fullmatch(m.group(0)) and not _NOUN_AFTER.match(masked, m.end()) and not passive:
            # "Demonstrators said they want justice but pledged to remain civil": the subject's second
            # act; not The deal is subject to review and expected to close …: "is" goes on, a passive
            cuts.append((sent.start + joined.start(), sent.start + m.start()))
        # "…, a cabinet official said, a day after protesters poured onto streets": what follows the
        # reporting clause is the reporter's own, a piece of its own
        rest = _AFTER_CLOSING.match(masked, m.end())
        closing = rest and CLOSING_CLAUSE.search(masked, max(0, m.start() - 70), m.start())   # bounded: a clause is short
        if closing and subject_kind(_AUXILIARIES.sub("", closing.group(1))) in ("person", "organization", "anonymous", "pronoun"):
            cuts.append((sent.start + rest.start("comma"), sent.start + rest.end()))
    # "While Roe said …, Hale said …": the main clause after a subordinate one, each with its speaker
    if (opened := _OPENS_SUBORDINATE.match(masked)) and verbs and (comma := masked.find(",", opened.end(), verbs[-1].start())) > verbs[0].start() \
            and verbs[0].start() - opened.end() <= 80 \
            and subject_kind(_AUXILIARIES.sub("", masked[opened.end():verbs[0].start()].strip())):     # (not When asked about it, …)
        verb = next((v for v in verbs if v.start() > comma), None)
        subject = _AUXILIARIES.sub("", masked[comma + 1:verb.start()].strip()) if verb and verb.start() - comma < 80 else ""
        if subject and "," not in subject and subject_kind(subject) in ("person", "organization", "media", "anonymous", "pronoun"):
            cuts.append((sent.start + comma, sent.start + _SPACES.match(masked, comma + 1).end()))
    if not cuts:
        return [sent]
    cuts.sort()
    starts = [sent.start] + [after for _, after in cuts]          # a piece starts at its participle or subject
    ends = [before for before, _ in cuts] + [sent.end]            # and ends before the next comma or conjunction
    return [Sentence(a, b, sent.paragraph) for a, b in zip(starts, ends) if b > a]


_SPACES = re.compile(r"\s*")
_SET_OFF = re.compile(r"[^,;.“\"▒]{1,80},\s+")
_PAST_CUE = re.compile(r"(?i:said|told|wrote|\w+ed)")
_OPENS_SUBORDINATE = re.compile(r"\s*(?:(?:And|But|Yet|So)\s+)?(?:After|Although|As|Because|Before|If|Once|Since|Though|Unless|Until|When|Whereas|While)\s")
_AUXILIARIES = re.compile(r"(?:\s+(?:has|have|had|would|will|was|were|is|are|also|then|later|again|earlier|previously|already|once|"
                          r"\w+ly))+$")
# the rest of a sentence after its reporting clause, when it places the news in time against
# another event: "said (on Monday), a day after …", "…, two weeks before …" (the reporter's framing;
# "…, in a step that could come within weeks" goes on with what was said)
_AFTER_CLOSING = re.compile(r"(?:\s++(?:on|in|at|late|early)\s+[^,;:▒]{1,30})?(?P<comma>\s*+,)\s++"
                            r"(?=(?:(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+"
                            r"(?:after|before|since)\b|(?:after|before|since|following)\s)")
# a noun phrase opened by its determiner, or one word, after a comma, up to an "and" (…, the health and
# safety agency said; …, officials and residents said)
_NOUN_PHRASE_OPENED = re.compile(r"(?:^|[,;:]|\b(?:and|but)\b)\s*(?:(?:the|a|an|its|their|his|her|our)\s+(?:[A-Za-z][\w.'’\-]*\s+){0,3}[A-Za-z][\w.'’\-]*"
                                 r"|[A-Za-z][\w'’\-]*)$")
# what may follow a closing clause's verb to the sentence's end (…, authorities said on Thursday.)
_ENDS_CLOSING = re.compile(r"(?:\s++(?:on|in|at|late|early|last|this)\s+[^,;:▒]{1,30})?[\s.!?\"”’']*")
# a clause joined to the one before: …, and the governor said … / …; the minister said …
_JOINED = re.compile(r",?(?<!\s)\s++(?:and|but|while|whereas|although|though)\s+|;\s+")     # from a run's first space: linear


# what may follow a speech verb before its content (said on Monday in a statement that …; said in
# his interview; told reporters on Friday afternoon)
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_NAME_BEFORE = re.compile(r"\b(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|" + _MONTH + r"\b)[A-Z][\w.'’\-]*$")     # (not on Monday and …)
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?"
_OCCASION = (r"(?:statement|interview|post|speech|address|briefing|letter|tweet|video|email|memo|conference|call|hearing|rally|"
             r"appearance|meeting|broadcast|podcast|op-ed|essay|column|filing|release|remarks)s?")
# (in an interview with Reuters, with the Wall Street Journal, with CNN's State of the Union, with a local paper: not what follows it)
_WITH = r"(?:(?:a|an|the|his|her|their) (?:(?!(?:that|on|in|at|about)\b)[a-z][\w-]* ){0,3}(?!(?:that|on|in|at|about)\b)[a-z][\w-]*(?=[ ,.;]|$)|(?:the )?[A-Z][\w.&'’\-]*(?: (?:of (?:the )?)?[A-Z][\w.&'’\-]*){0,4}(?:['’]s(?: (?:of (?:the )?)?[A-Z][\w.&'’\-]*){1,4})?)"
AFTER_VERB = re.compile(r"^(?:\s*(?:on " + _DAY + r"|in an interview with " + _WITH +
                        r"|(?:in|at|during|on) (?:a|an|the|his|her|their|its|our|one|this) (?:[\w-]+ ){0,3}?" + _OCCASION + r"\b"
                        # said ahead of the vote that …: an occasion before "that" (not said after the vote was held, …)
                        r"|(?:ahead of|before|after|during|at) (?:a|an|the|this) (?:[\w-]+ ){0,3}?(?:vote|debate|summit|session|talks|meeting|hearing)s?(?=\s+that\b)"
                        r"|on (?:X|Twitter|Facebook|Telegram|Truth Social|Bluesky|Threads|Instagram|TikTok|YouTube|LinkedIn|Weibo|Mastodon|social media|(?:its|his|her|their) (?:website|blog|account))"
                        r"|(?:told|to) (?:reporters|journalists|the [A-Z][\w.]*(?: [A-Z][\w.]*)*|[A-Z][\w.]*(?: [A-Z][\w.]*)*)"
                        r"|last (?:week|month|year|fall|autumn|spring|summer|winter)|(?:earlier )?this (?:week|month|year|morning|afternoon|evening)"
                        # where it was said, up to the "that" of what was said: told reporters on Capitol Hill that,
                        # aboard Air Force One that, in London that, the BBC's Today programme that (a few words, no clause)
                        r"|(?<!,\s)(?:(?:on|in|at|aboard|outside|inside|from|near|during|with)|the [A-Z][\w.]*['’]s)"      # (not ", in a move that …"; on a call with analysts that)
                        r" (?:[\w.'’-]+ ){0,4}?[\w.'’-]+(?=,? that\b)(?<!\bthe)(?<!\ba)(?<!\ban)"
                        r"|earlier|late|on [A-Z][a-z]+\.? \d{1,2}(?:,? \d{4})?|" + _MONTH + r"\.? \d{1,2}(?:,? \d{4})?"
                        r"(?=\s*(?:[.;!?]|$|,?\s*that\b)|\s+(?:the|a|an|he|she|it|they|we|I|his|her|its|their|this)\s)|" + _DAY     # (said Nov. 18 the city would …)
                        + r"|(?:last|this|next) " + _DAY + r"|yesterday|today|tonight|last night"     # (on, late: their own, above)
                        r"|,|that\b(?!['’]s\b|\s+(?:is|was|will|would|has|had|can|could|may|might|must|should|does|did|isn['’]t|wasn['’]t)\b)))+\s*")
# (not "that" before its verb: thinks that is a mistake, where "that" is what is said to be one)
# who asked not to be named, requested anonymity: a condition of speaking, not what was said
ANONYMITY = re.compile(r"\s+(?:not\s+to\s+be\s+(?:named|identified)|to\s+remain\s+anonymous|(?:for\s+)?anonymity)\b", re.IGNORECASE)
# whom a verb of telling addresses, before what it tells (told The Ledger on Thursday that …; told
# the committee the plan was dead)
_TELLING = re.compile(r"\b(?i:told|tells?|telling)$")
_ADDRESSEE = re.compile(r"\s+(?:(?:reporters|journalists|lawmakers|him|her|them|us|me|you)\b"
                        r"|(?:the\s+)?[A-Z][\w.&'’\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.&'’\-]*)*(?:\s+(?:magazine|newspaper|news\s+agency)\b)?(?:\s+\([^()]{1,20}\))?"     # (CNN's State of the Union; People magazine)
                        r"|(?:the|a|an)\s+[a-z][\w\-]*(?=\s+(?:that\b|on\b|in\b|at\b|\w+day\b))|(?:the|a|an)\s+[a-z][\w\-]*\s*(?=[,.;:!?]|$)"
                        r"|(?:(?:the|a|an|his|her|their|its|our|my)\s+)?(?:(?!that\b)[a-z][\w\-]*\s+){0,2}(?!that\b)[a-z][\w\-]*(?=\s+(?:that|he|she|they|it|we|I|the|his|her|their|its)\b))")   # party leaders she …, police he …, his wife the …


# what opens the words after a reporting clause set between commas when they are the reporter's
# framing (in a move that …, citing …, as …), not the rest of what was said
FRAMING = re.compile(r"(?i:in|on|at|as|after|before|since|while|until|when|whereas|although|though|because|compared|"
                      r"including|according|with|without|for|amid|despite|during|following|from|to|\w+ing)\b")


# when or where after a closing reporting clause (…, the AP reported ahead of the vote; …, he said from Kyiv)
WHEN_WHERE = re.compile(r"(?i:ahead|prior|shortly|after|before|during|following|amid|from|in|on|at|since|while|when)\b")


def past_whom(masked: str, verb: re.Match) -> int:
    """Where a reporting verb ends, past whom it was told (…, the sheriff told reporters.)."""
    told = _TOLD_WHOM.match(masked, verb.end()) if verb.group(0) in ("told", "tells") else None
    return told.end() if told else verb.end()


def ends_sentence(masked: str, at: int) -> bool:
    rest = masked[at:]
    m = AFTER_VERB.match(rest)
    return bool(re.fullmatch(r"\s*[.!?]?\s*", rest[m.end():] if m else rest))


def says_more(masked: str, span: tuple[int, int] | None, s: int) -> bool:
    """Whether what follows a verb is words of its own (…, said he disagreed / nothing in reply /
    in his memoir that …), not where or to whom (…, said after the vote; told a news briefing)."""
    if span is None:
        return False
    words = masked[span[0] - s:span[1] - s]
    return bool(_OWN_WORDS.match(words) or re.search(r"\bthat\b", words) or THAT_BEFORE.search(masked, 0, span[0] - s))


_OWN_WORDS = re.compile(r"(?i:that|he|she|they|it|we|i|you|this|there|nothing|no|yes)\b")
THAT_BEFORE = re.compile(r"\bthat\s*$")     # said that talks stalled / responded that this was false: "that" read past


_A_CLAUSE = re.compile(r"\b(?:that|is|are|was|were|will|would|has|have|had|can|could|may|might|must|should|does|did)\b|[“”\"]")


def object_only(text: str, start: int, end: int) -> bool:
    """Whether what a verb of adding has after it is its object (added 275,000 jobs, added two
    board members), not a clause or a quote that was said (added costs were rising)."""
    return not _A_CLAUSE.search(text, start, end) and not past_verb(text[start:end].split())


def own_clause(s, e, masked, pos, quotes) -> bool:
    """Whether a verb is followed by a clause of its own (said the shootings were a tragedy;
    recommended writing …; added the words, “…”), not a quote, a few words, or the reporter's
    framing (…, in a move that …)."""
    clause = content_after(s, e, masked, pos, quotes)
    if clause is None or holding(quotes, *clause) == clause:
        return False
    if opens_in(quotes, *clause):
        return True             # she added the words, “…”: a quote of its own
    framing = FRAMING.match(masked, clause[0] - s)      # a participle is framing after a comma (…, citing …), not
    if framing and framing.group(0).lower().endswith("ing") and "," not in masked[pos:clause[0] - s]:   # (suggested looking at …)
        framing = None
    return len(masked[clause[0] - s:clause[1] - s].split()) >= 4 and not framing


def _addressed(phrase: str) -> bool:
    """Whether what follows a verb of telling is whom it tells: a name, a pronoun, people (party
    leaders, police, his wife); not what it tells (told the story of how …, told a joke)."""
    last = phrase.split()[-1].lower() if phrase.split() else ""
    return re.search(r"\b[A-Z]", phrase) is not None or last[-1:] == "s" or any(last in word_set(k) for k in ("addressee", "anonymous", "org", "title")) \
        or last in PRONOUNS or last in ("me", "us", "him", "her", "them", "you")


def content_after(s, e, masked, pos, quotes):
    """What a verb introduces: the quote after it (said: “…”), or the clause (said that …)."""
    if _TELLING.search(masked, max(0, pos - 8), pos) and (to := _ADDRESSEE.match(masked, pos)) and _addressed(to.group(0)):
        pos = to.end()
    rest = masked[pos:]
    m = AFTER_VERB.match(rest)
    k = pos + (m.end() if m else len(rest) - len(rest.lstrip()))
    rest = masked[k:].rstrip(" .!?")
    if not rest.strip(" ,:;"):
        return None
    q = next(islice(quotes, bisect_left(quotes, (s + pos, -1)), None), None)     # the first quote from pos on
    if q is not None and not masked[k:q[0] - s].strip(" ,:;"):
        return q
    k += len(masked[k:]) - len(masked[k:].lstrip(" ,:;"))
    end = len(masked.rstrip(" .!?"))
    closes = masked.find(")", k, end)
    if closes != -1 and "(" not in masked[k:closes]:
        end = len(masked[:closes].rstrip(" .!?"))       # (her campaign disclosed that she is ill) …: the parenthesis it closes
    joined = joined_verb().search(masked, k + 1, min(end, k + _JOINED_REACH))     # …, and said …: a second act, its own claim
    if joined:
        return (s + k, s + len(masked[:joined.start()].rstrip(" ,")))
    return (s + k, s + end)


def subordinate_cut(head, span, text, masked, s):
    """What a verb introduces inside a clause a subordinator opens (As the company announced
    layoffs, shares fell: not "layoffs, shares fell") ends at the clause's comma, or at a quote
    that closes on one (…pledged to confront "the waste," many cheered)."""
    if span is None or not _SUBORDINATE.search(head):
        return span
    comma = masked.find(",", span[0] - s, span[1] - s)       # (quotes are masked: a comma inside one is not seen)
    while comma != -1 and _LIST_GOES_ON.match(masked, comma + 1):
        comma = masked.find(",", comma + 1, span[1] - s)        # (taxes, wages and rents would rise: a list's comma)
    closing = _COMMA_CLOSING.search(text, span[0], s + comma if comma != -1 else span[1])
    return (span[0], closing.end()) if closing else span if comma == -1 else (span[0], s + len(masked[:comma].rstrip()))


_LIST_GOES_ON = re.compile(r"\s*[\w'’\-]+(?:\s+[\w'’\-]+)?,?\s+(?:and|or)\s")
_COMMA_CLOSING = re.compile(r",[”\"’']")


_SUBORDINATE = re.compile(rf"(?:^|[,;:]\s*)(?:(?i:and|but|yet|so)\s+)?(?i:{SUBORDINATORS})\s*$")


_JOINED_REACH = 600         # a content is looked through this far for a second verb: a sentence of verbs stays linear


AS_OPENING = re.compile(r"(?:(?:just|much|exactly)\s+)?as\s+(?=\S)", re.IGNORECASE)
_AS_BEFORE = re.compile(r"(?:^|,)\s*(?:(?:just|much|exactly)\s+)?as$", re.IGNORECASE)
# what may stand between such a verb and the comma that ends its clause: when and where, not a clause
# of its own (As the mayor said the plant would close, …: "as" is "while", and she said what follows it)
_WHEN_WORD = r"(?:first|earlier|previously|recently|already|exclusively|yesterday|today|\w+day|morning|afternoon|evening|night)"
_AS_TAIL = re.compile(rf"(?:\s+(?:{_WHEN_WORD}|(?:last|this|late|early|earlier)\s+\w+|on\s+\w+(?:\s+\d{{1,2}})?"
                      rf"|in\s+(?:an?|the|its|his|her|their)\s+(?:\w+\s+){{0,2}}?(?:statement|interview|report|post|broadcast|briefing|letter)s?)){{0,4}}\s*+")


def as_aside(masked, s, head, m):
    """What a clause of comparison reports (…, as The Times reported. / As the mayor noted last
    week, the plant will close.): the clause on the other side of its comma, or None."""
    if not _AS_BEFORE.search(head):
        return None
    tail = _AS_TAIL.match(masked, m.end())
    rest = masked[tail.end():]
    if head.strip(" ,").lower().endswith(" as") or "," in head:       # …, as the Times reported.
        if not re.fullmatch(r"[.!?]?\s*", rest):
            return None
        main = head[: head.rfind(",")].rstrip()
        start = len(main) - len(main.lstrip())
        return (s + start, s + len(main)) if len(main.split()) >= 3 or short_clause(main) else None     # (Profits fell, as …)
    if not rest.startswith(","):                                       # As the mayor noted last week, the plant …
        return None
    said = rest[1:].rstrip().rstrip(".!?")
    start = len(masked) - len(rest) + 1 + len(said) - len(said.lstrip())
    return (s + start, s + start + len(said.strip())) if len(said.split()) >= 3 or short_clause(said) else None


# a clause joined after a comma (…, but his dad denied it): its subject and a finite verb
_COMMA_JOINED = re.compile(r"(?:,\s*+(?:and|but)|;)\s+")


_PARTICIPLE_OPENS = re.compile(r"\s*[a-z]+ing\b")


def acting_subject(masked: str, first: bool) -> tuple[str, str | None]:
    """Whom a participle after this piece of a sentence speaks for: ("joined", the subject of the
    last clause joined to it: …, and the governor said …, adding …; …, but his dad denied it,
    saying …); ("own", its opening subject, None where a later piece names no one); or
    ("participle", None) for a participle's own piece, which speaks for the one before."""
    if later := last_subject(masked):
        return "joined", later
    if not first and _PARTICIPLE_OPENS.match(masked):
        return "participle", None
    opening = opening_subject(masked)
    if opening and not first:
        opening = without_adverbs(opening)
        opening = opening if subject_kind(opening) else None
    return "own", opening


def last_subject(masked: str) -> str | None:
    """The subject of the last clause joined to a sentence after a comma or a semicolon (…, but
    his dad later denied it): the one a participle after it speaks for; None where there is none,
    or it names no one."""
    joined = None
    for joined in _COMMA_JOINED.finditer(masked):      # the last one
        pass
    if joined is None:
        return None
    tail = masked[joined.end():]
    np = opening_subject(tail)
    if not np:
        return None
    np = without_adverbs(np)
    verb = re.match(r"\s*(?:\w+ly\s+)*([a-z]+)", tail[tail.find(np) + len(np):])
    finite = verb is not None and (verb.group(1).endswith("ed") or verb.group(1) in words("past") or cue_regex().fullmatch(verb.group(1)))
    return np if finite and subject_kind(np) else None


# a clause of a pronoun and its verb is what was said, however short (… said they stalled)
_PRONOUN_CLAUSE = re.compile(r"(?i:he|she|they|we|i|it|you)\s+[a-z][\w'’\-]*(?:ed|s)")


def denies_a_claim(cue: str, said: str) -> bool:
    """Whether a denial's few words name what it denies (denied the allegations, denied any wrongdoing,
    denied the report, disputed the figures): the denial is what was said; not an act on an object (the
    judge dismissed the charges, the insurer denied the claims)."""
    last = said.strip(" .!?").split()[-1:]
    return cue.lower().startswith(("den", "disput")) and bool(last) and last[0].lower() in word_set("denied")      # (not dismissed the charges: a judge's act)


def short_clause(two: str) -> bool:
    """Whether two words are a clause, a subject and its verb (they stalled, sales rose, prices
    fell), not a verb's object (declared bankruptcy, watched the ceremony)."""
    if _PRONOUN_CLAUSE.fullmatch(two.strip(" .!?")):
        return True         # (not "it all": a verb's object)
    pair = two.strip(" .!?").split()
    first = pair[0].lower() if len(pair) == 2 and pair[0].isalpha() else ""
    return bool(first) and first not in _NO_SUBJECT and (     # (not Very pleased, Deeply saddened; Kelly resigned, All agreed)
        pair[1].lower() in words("past") or pair[1].lower() in _BE_WORDS and first not in _EMPTY
        or pair[1].endswith("ed") and first not in _DETERMINER_WORDS)


_BE_WORDS = frozenset(("is", "are", "was", "were"))
_NO_SUBJECT = frozenset(("very", "not", "so", "too", "quite", "well", "just", "much", "rather", "really", "deeply", "truly", "highly",
                         "greatly", "fully", "clearly", "sadly", "extremely", "absolutely", "totally", "completely", "utterly"))   # adverbs
_EMPTY = frozenset(("it", "nobody", "nothing", "this", "that", "there"))      # It is, Nobody was: no clause said in full
_DETERMINER_WORDS = frozenset(("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those"))
