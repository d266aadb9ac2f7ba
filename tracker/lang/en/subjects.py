"""English subjects: where the speaker of a speech verb stands in its sentence.

The noun phrase right before the verb (after the sentence's last comma, past an appositive: Dmitry
Peskov, the Kremlin spokesman, said; past an age and a town: Jane Roe, 54, of Ashton, Ore., said),
or the subject that opens the sentence, for a participle clause after it (The mayor defended the
budget, urging …). What kind of source it names is `speakers.py`'s to say.
"""
from __future__ import annotations

import re

from ... import lexicon
from .lexicon import SUBORDINATORS, day_is_name, word_set
from .speakers import _DETERMINERS, GENDERED, PRONOUNS, classify, people_of, subject_kind

# what may stand between a subject and its verb (Peskov also said, Biden on Monday said, the FBI earlier
# Saturday announced, the mayor on July 2 said)
_BETWEEN = re.compile(r"\s+(?:also|later|earlier|previously|then|again|has|had|have|would|will|was|were|is|are|been|once|separately|just|"
                     r"at times|often|repeatedly|frequently|publicly|privately|recently|initially|already|never|always|still|"
                     r"reportedly|allegedly|supposedly|purportedly|reputedly|apparently|immediately|quickly|openly|flatly|bluntly|angrily|sharply|"
                     r"calmly|simply|finally|formally|officially|ultimately|explicitly|subsequently|even|first|however|nonetheless|meanwhile|too|instead|eventually|"
                     r"(?:(?:on|early|late|earlier|later)\s+|(?P<bare>))(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                     r"(?:\s+(?:morning|afternoon|evening|night))?|(?:on\s+)?(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.\s+\d{1,2}|"
                     r"(?:on\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|"
                     r"yesterday|today|tonight|in a statement|released|issued|published|posted|"      # (a statement released Saturday says)
                     r"last (?:week|month|year)|this (?:week|month|year)|on Twitter|on X)$")


def without_adverbs(np: str) -> str:
    """A subject without what stood between it and its verb: my father often → my father."""
    while m := _BETWEEN.search(np):
        if m.group("bare") is not None and day_is_name(np[:m.start()]):
            break           # Black Friday, Detective Friday, Joe Friday: a day's name in a name (but Russia Monday said: Russia)
        np = np[:m.start()].rstrip()
    return np


# where a clause breaks before a subject (a full stop before a name in lower case, as blogs write
# their users': … slam. junger writes); not at a parenthesis's colon (Acme Corp. (NASDAQ: ACME) said); at a
# parenthesis still open (… their health (her campaign later disclosed …: the campaign)
_CLAUSE_BREAK = re.compile(r"[;—–―]|(?<!\d):(?![^()]{0,40}\))|\((?![^()]*\))|\s--?\s|(?<=[a-z]{3}\.)\s+(?=[a-z])|\b(?:and|but|or|while|as|because|although|though|that|what|where|when|who|whom|which|whose|if|after|"
                           r"before|since|so|than|until|unless)\b\s*")


_SUBJECT_REACH = 300
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[).]|[-•*]|>(?:\s*>)*)\s+")     # 4) The mayor said, > The mayor said: an item's number, a quoting mark


_AND_OTHERS = re.compile(r"(.+?)\s+(?:and|among)\s+(?:others|other\s+(?:outlets|media|news organizations|publications))")


def _listed(parts: list[str], fits) -> list[str]:
    """The run of `parts` at their end that `fits` (the items of a list before its last)."""
    k = len(parts)
    while k and fits(parts[k - 1]):
        k -= 1
    return parts[k:]


_AGE = re.compile(r"\d{1,3}")
_PLACE = re.compile(r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}")


def _named(parts: list[str], j: int) -> str | None:
    """The person a run of descriptions ending at parts[j] describes, by age and town (Donna
    Rawlings, 59, of Ashton, Md.,), or None if parts[j] is no such description."""
    k = j
    while k > 0 and (_AGE.fullmatch(parts[k]) or parts[k].startswith("of ")
                     or (parts[k - 1].startswith("of ") and _PLACE.fullmatch(parts[k]))):
        k -= 1
    name = parts[k].strip()             # the whole part (not "who shot Tom Hale": the object of its clause)
    return name if k < j and _PROPER.fullmatch(name) and classify(name) == "person" else None


_PROPER = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.&'’\-]*(?:\s+(?:(?:and|of|for|the|on|in|&)\s+)*[A-Z][\w.&'’\-]*)*(?:\s*\([A-Z][A-Za-z]{1,9}\))?")


_PREPOSITION_LAST = re.compile(r"(?i)(?:^|\s)(?:to|in|of|for|with|by|from|on|at|about|after|under|through|during|among)$")
_DESCRIPTION = re.compile(r"(?:an?|the)\s+\S")          # a description set after its noun: a group that …, the head of …
_DASHES = "-—–―"
# what opens a phrase before the subject, not the subject (On Monday, In Paris, After the vote)
_OPENING_PHRASE = re.compile(r"(?i:in|on|at|during|after|before|since|last|this|for|with|by|from|under|through|earlier|later|"
                             r"meanwhile|however|still|now|then|yet|instead|also|when|while|as|if|despite|following)\b")


def _without_dashed(b: str) -> str:
    """A subject without the description set between dashes before its verb (A spokesman for the
    brand - a firm of 12 people - noted …: a spokesman for the brand)."""
    if not b or b[-1] not in _DASHES or (len(b) > 1 and b[-2] in _DASHES and b[-2:] != "--"):
        return b
    body = b.rstrip(_DASHES).rstrip()
    at = max(body.rfind(f" {d} ") for d in (*_DASHES, "--"))
    return body[:at].rstrip() if at > 0 else b


def _described(parts: list[str]) -> str | None:
    """The noun a run of descriptions after it describes (Ada Lin, the president of Open Books, a
    group that has sued the city, said; The employee, a voter who spoke on condition of anonymity,
    said), with its first description where that makes the name fuller; None where the parts are
    no such run (the last part the subject itself)."""
    k = len(parts) - 1
    while k > 0 and _DESCRIPTION.match(parts[k]):
        k -= 1
    if k == len(parts) - 1:
        return None
    name = _CLAUSE_BREAK.split(parts[k])[-1].strip()
    if _OPENING_PHRASE.match(name) or not (classify(name) in ("person", "organization", "media") or subject_kind(name)):
        name = parts[k + 1]                                    # After the vote, the mayor, a Democrat, said
        return name if k + 1 < len(parts) - 1 and subject_kind(name) else None
    fuller = f"{name}, {parts[k + 1]}"
    return fuller if classify(name) == "person" and classify(fuller) == "person" else name


def subject_before(before: str) -> str | None:
    """The noun phrase right before a verb: after the sentence's last comma, or an appositive (Peskov, the Kremlin spokesman,);
    a time or day opening it without a comma is not part of it (At 8:20 p.m. Police Chief Gordon Eden said: the chief)."""
    np = _subject_before(before)
    if np and np.lower() in word_set("function") and not before[:before.rfind(np)].strip():
        return None             # As expected, …: the sentence's first word, no name (…," From said: Al From)
    if np and _BARE_ONE.fullmatch(np) and not _DETERMINERS.match(np) and classify(np) == "anonymous" \
            and before[:before.rfind(np)].strip():
        return None             # …, missing analyst estimates: the participle's object, no subject
    when = (_OPENING_WHEN.match(np) or _SUBORDINATOR.match(np) or _COORDINATOR.match(np)) if np else None
    return np[when.end():] if when and classify(np[when.end():]) else np


_HOW_IT_SPOKE = re.compile(r"(?:(?:in|on|at|during|through|via)\s+(?:an?|the|its|his|her|their)\s|on\s+[A-Z]|(?:published|released|issued|posted|"
                           r"filed|dated|signed|obtained|seen|sent|shared|updated|quoted|cited|interviewed)\b)")
# a conjunction opening the sentence, no part of its subject (But the ministry said: the ministry; not So Yeon Park)
_COORDINATOR = re.compile(r"(?:(?:But|And|Meanwhile|However)\b,?|(?:So|Yet),)\s+(?=\S)")


# a participle's object, in lower case, its last word no plural: missing analyst, beating analyst (estimates); one
# analyst would need its article
_BARE_ONE = re.compile(r"[a-z]+ing\s+(?:[a-z][\w'’\-]*\s+)?[a-z][\w'’\-]*(?<!s)")
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_OPENING_WHEN = re.compile(rf"(?:(?:(?:[Aa]t|[Bb]y|[Aa]round|[Uu]pdated?)\s+)?\d{{1,2}}(?::\d\d)?\s*(?:[ap]\.m\.|[AP]M)(?:\s+(?:on\s+)?{_DAY})?"
                           rf"|[Oo]n\s+{_DAY}(?:\s+(?:morning|afternoon|evening|night))?|(?:[Oo]n\s+)?{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?"
                           rf"|(?:[Ll]ast|[Tt]his|[Ee]arlier\s+this)\s+(?:week|month|year|{_DAY}))\s+(?=\S)")


# a subordinator opening the clause (After the minister said …, markets fell): before the subject
_SUBORDINATOR = re.compile(rf"(?i:{SUBORDINATORS})\s+(?=\S)")


def _subject_before(before: str) -> str | None:
    b = without_adverbs(_LIST_MARK.sub("", before.rstrip()[-_SUBJECT_REACH:]))     # a subject is never longer: runs of spaces stay linear
    b = _without_dashed(b)
    if not b:
        return None
    parts = [p.strip() for p in re.split(r",\s*", b.rstrip(","))]
    others = _AND_OTHERS.fullmatch(parts[-1])     # The Washington Post, The New York Times and others say: the ones named
    if others and classify(others.group(1)) in ("media", "organization", "person"):
        named = _listed(parts[:-1], lambda part: classify(part) in ("media", "organization", "person")) + [others.group(1)]
        return ", ".join(named[:-1]) + " and " + named[-1] if len(named) > 1 else named[0]
    joint = re.split(r"\s+and\s+", parts[-1])      # Jane Lane and Tom Ruiz said: both speak
    if len(joint) == 2 and (classify(parts[-1]) not in ("organization", "media")
                            or all(lexicon.outlet_pattern().fullmatch(_DETERMINERS.sub("", j)) for j in joint)) \
            and all(classify(j) in ("person", "organization", "media") for j in joint):      # not the Food and Agriculture Organization
        # The Washington Post, CNN and Reuters report: the outlets listed before the pair
        return ", ".join(_listed(parts[:-1], lambda part: lexicon.outlet_pattern().fullmatch(_DETERMINERS.sub("", part))) + [parts[-1]])
    if " and " in parts[-1] and _PROPER.fullmatch(parts[-1]) and classify(parts[-1]) in ("organization", "media"):
        return parts[-1]            # the Food and Drug Administration, Procter and Gamble: one name, its "and" no clause break
    if _joint_noun_phrase(parts[-1]) and subject_kind(parts[-1]):
        return parts[-1]            # …, the mayor and police said; the trade and development agency said: no clause break
    last = _CLAUSE_BREAK.split(parts[-1])[-1].strip()
    if len(parts) >= 2 and b.endswith(","):
        # The official, who spoke on condition of anonymity, said / Voltride, based in Irvine, California, said
        described = _named(parts, len(parts) - 1)
        if described is not None:
            return described            # Jane Roe, 54, of Ashton, Ore., said
        described = _named(parts, len(parts) - 2) if len(parts) >= 3 and re.match(r"(?:an?|the)\s", parts[-1]) else None
        if described is not None and classify(f"{described}, {parts[-1]}") == "person":
            return f"{described}, {parts[-1]}"      # Jane Roe, 39, a nurse from Dayton, said
        for k in range(len(parts) - 1, 0, -1):
            # (and, right after the subject opening the sentence, where, when or how it spoke: The ministry, in a statement,
            # said; The report, released Tuesday, said; not …, its treasurer, Jane Roe, and, in a statement, said)
            if re.match(r"(?:who|which|whose|led|based|headquartered|founded|speaking|citing|quoting|writing|according|as|"
                        r"when|while|if|once|unless|though|although|asked|contacted|reached|meanwhile|however|too|in\s+turn|for\s+(?:its|his|her|their)\s+part|[a-z]+ly\s)\b", parts[k]) \
                    or len(parts) == 2 and _HOW_IT_SPOKE.match(parts[k]):
                head = _named(parts, k - 1) or _CLAUSE_BREAK.split(parts[k - 1])[-1].strip()
                name = _CLAUSE_BREAK.split(parts[k - 2])[-1].strip() if k >= 2 else ""
                if classify(name) == "person" and classify(head) != "person":
                    # Jane Roe, president of the union, which represents …, said
                    return f"{name}, {head}" if classify(f"{name}, {head}") else name
                if subject_kind(head):
                    return head
                break
        described = _described(parts)
        if described is not None:
            return described            # Ada Lin, the president of Open Books, a group that has sued …, said
        # Peskov, the Kremlin spokesman, said
        name = _CLAUSE_BREAK.split(parts[-2])[-1].strip()
        if classify(name) == "person" and classify(f"{name}, {parts[-1]}"):
            return f"{name}, {parts[-1]}"
    if last != parts[-1] and people_of(parts[-1]):
        return parts[-1]            # experts on North Korea and nuclear arms said: not cut at its "and"
    # residents who were at the race have reported: the subject before its relative clause (what
    # follows a relative pronoun is the clause's own, never the subject: officials who spoke with The Post)
    rel = re.match(r"(?P<head>.+?)\s+(?P<pronoun>who|whom|whose|which|that)\s+\S", parts[-1])
    head = _CLAUSE_BREAK.split(rel.group("head"))[-1].strip() if rel else None
    paired = re.fullmatch(r"(?i)[a-z][\w'’\-]*\s+(?:and|or)\s+([a-z][\w'’\-]*\s+[a-z][\w'’\-]*)", rel.group("head").strip()) if rel else None
    if paired and paired.group(1).endswith("s") and subject_kind(paired.group(1)) == "anonymous":
        head = rel.group("head").strip()         # current and former officials who …: both words qualify them
    relative = bool(rel) and rel.group("pronoun") != "that" and bool(head) and subject_kind(head) and len(parts[-1]) - rel.end() <= 150 \
        and not _PREPOSITION_LAST.search(rel.group("head"))          # (to which she said: the subject after it)
    if last and subject_kind(last) and not relative and not _PREPOSITION_FIRST.match(last):
        return last             # (not "by the government" of a photo provided …, by the government, shows)
    if head and subject_kind(head) and (relative or len(parts[-1]) - rel.end() <= 60):
        return head
    return None


_JOINT = re.compile(r"(?P<first>[\w.'’\-]+(?:\s+[\w.'’\-]+){0,3})\s+and\s+(?:[\w.'’\-]+\s+){0,3}[\w.'’\-]+")


def _joint_noun_phrase(phrase: str) -> bool:
    """Whether two noun phrases joined by "and" make the phrase, no clause before the "and": the
    first opened by its determiner or a possessive (the mayor and police, the UN's trade and
    development agency), or one word (officials and residents); not prices rose and analysts."""
    m = _JOINT.fullmatch(phrase)
    if not m:
        return False
    words = m.group("first").split()
    opened = words[0].lower() in ("the", "a", "an", "its", "their", "his", "her", "our") or re.search(r"['’]s$", words[0])
    return len(words) == 1 or bool(opened) and not past_verb(words[1:])


def past_verb(words: list[str]) -> bool:
    """Whether a verb in the past stands among `words` (slowed, rose): a clause, no noun phrase."""
    return any(w.endswith("ed") or w in word_set("past") for w in words)


def apposed(words: str) -> bool:
    """Whether words are a noun phrase and the name it describes (the county clerk, Jane Roe; his lawyer,
    Tom Lee): a subject of its own after but or while, not the end of a sentence a closing clause reports
    whole (…while serving a warrant, authorities; …but not until January, his lawyer, Tom Lee)."""
    parts = words.split(",")
    return len(parts) == 2 and re.match(r"\s*(?i:the|a|an|his|her|their|its|our|my)\s", parts[0]) is not None \
        and re.fullmatch(r"\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\s*", parts[1]) is not None


_PREPOSITION_FIRST = re.compile(r"(?:by|from|of|in|at|on|with|for|to|into|through|via)\s")     # (not about: about 200 protesters)


# a phrase that opens a sentence before its subject: In 1986, / On Thursday, / Last week,
_INTRODUCTORY = re.compile(r"^\s*(?:(?i:in|on|at|during|after|before|since|last|this|for|with|by|from|under|through|earlier|later|"
                           r"meanwhile|however|still|now|then|yet|instead|also)\b[^,;:▒]{0,60}"
                           r"|[A-Z][a-z]+(?:ing|ed)\s[^,;:▒]{1,80}|[A-Z][a-z]+ly),\s*")     # (Facing mounting criticism, / Asked about it, / Separately,)


# a verb joined to the subject's first without a comma (Roe declined to name them but said …)
_COORDINATED = re.compile(r"[^,;:\s]\s+(?:and|but)(?:\s+(?:also|then|later|again|still))?\s*$")


def coordinated_subject(before: str, after: str = "") -> str | None:
    """Where the verb is the subject's second, joined to its first by and or but: the subject
    that opens its clause (Tom Hale declined to name the buyers but said …: Tom Hale; When the
    vote ended, the crowd cheered and said …: the crowd; But as the mayor denounced the tax and
    pledged …: the mayor). None where another clause stands between (Roe sued Hale after the
    company fired him and said …: whose second verb, the sentence does not say)."""
    joined = _COORDINATED.search(before)
    if not joined:
        return None
    # (a parenthesis and a relative clause between commas are asides: Jane Roe, who …, declined …)
    body = _OPENING_WORDS.sub("", _ASIDE.sub(" ", before[:joined.start() + 1]), count=1)
    verb = _first_verb(body)        # (and, or before it join the subject's names: X and Y reviewed … and found …)
    if after.startswith(" to ") and _COPULA_IN.search(body) or any(
            not (b.group(0).strip() in ("and", "or") and verb and b.start() < verb.start()) for b in _CLAUSE_BREAK.finditer(body)):
        return None     # The merger is subject to approval and expected to close: a passive the "is" goes on into
    comma = body.rfind(",")
    listed = _NAME_LIST.match(body)          # Roe, Hale and Smith met … and said: all three
    np = listed.group(1) if listed and subject_kind(listed.group(1)) else \
        (_before_first_verb(body[comma + 1:]) if comma != -1 else None) or _before_first_verb(body)
    return np if np and (np[:1].isupper() or np.split()[0].lower() in _OPENERS) else None


def _first_verb(clause: str) -> re.Match | None:
    return next((m for m in re.finditer(r"[A-Za-z]+", clause) if m.start() and (m.group(0).endswith("ed") and m.group(0)[:1].islower()
                 or m.group(0) in _FINITE_WORDS or m.group(0) in word_set("past"))), None)


def _before_first_verb(clause: str) -> str | None:
    """The subject before a clause's first verb (The Republican nominee also outlined …; X and Y
    reviewed …: both), else the words that open it as a subject."""
    verb = _first_verb(clause)
    head = clause[:verb.start()].strip() if verb else ""
    if head and " and " in head and subject_kind(head.split(" and ")[-1]) and subject_kind(_OPENING_WORDS.sub("", head.split(" and ")[0])):
        return _OPENING_WORDS.sub("", head)         # (joint: the speakers the phrase names)
    np = subject_before(clause[:verb.start()]) if verb else None
    return np if np and subject_kind(np) else opening_subject(clause)


_OPENERS = frozenset(("the", "a", "an", "his", "her", "their", "its", "our", "my", "he", "she", "they", "it", "we", "i"))
_CONJUNCTION = re.compile(r"^\s*(?:And|But|Yet|So|Or)\s+(?=\S)")
_NAME_LIST = re.compile(r"\s*((?:[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*,\s+)+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*,?\s+and\s+"
                        r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*)\s+[a-z]")
_COPULA_IN = re.compile(r"\b(?:is|are|was|were|be|been)\b")
_ASIDE = re.compile(r"\([^()]*\)|,\s*(?:who|whom|whose|which)\b[^,;()]*,")
# a conjunction and a subordinator opening a sentence: But as …, And when …
_OPENING_WORDS = re.compile(r"^\s*(?:(?:And|But|Yet|So|Or|Both|Either|Neither)\s+)?(?:(?i:as|when|while|after|before|if|since|once|because|although|though)\s+)?")


_CONTRACTED = re.compile(r"['’](?:m|s|re|ve|d|ll)$", re.IGNORECASE)


def opening_subject(before: str) -> str | None:
    """The subject that opens the sentence: its first words up to the first one in lower case
    (Former President Donald Trump attacked… → Former President Donald Trump), or a pronoun."""
    before = _INTRODUCTORY.sub("", _INTRODUCTORY.sub("", before, count=1), count=1)   # In 1986, the court …, citing: the court
    before = _CONJUNCTION.sub("", before, count=1)         # And he seemed …, promising: he
    words = before.split()
    if words and (pronoun := _CONTRACTED.sub("", words[0])).lower() in (*PRONOUNS, "i"):
        return pronoun          # (I'm Jane Roe: the author, I)
    k = 0
    while k < len(words) and k < 8 and (words[k][:1].isupper() or words[k].lower() in ("the", "of", "and", "de", "van", "von", "al")):
        k += 1
    np = " ".join(words[:k]).rstrip(",")
    if k == len(words):
        np = np.rstrip(".!?")       # the whole sentence: not its full stop
    if np.lower() not in ("", "the", "a", "an") and not np.endswith(("'s", "’s")) \
            and (kind := classify(np)) in ("person", "organization", "media", "anonymous"):
        of = _OF_WHAT.match(" ".join(words[k:])) if kind == "anonymous" else None       # Analysts at Goldman Sachs: whose
        return np + (" " + of.group(0).rstrip(",") if of and re.search(r"\b[A-Z]", of.group(0)) else "")
        # (not "The" of The mayor, nor "Jane Roe's" of Jane Roe's critics: the noun after it)
    # a common noun phrase up to its verb: several environmental groups granted …, saying
    verb = next((i for i, w in enumerate(words[:7]) if i and (w.endswith("ed") or w.lower() in _FINITE_WORDS or w.lower() in word_set("past"))), None)
    np = " ".join(words[:verb]) if verb else ""
    if np and subject_kind(np) in ("anonymous", "organization", "media", "person"):
        return np
    # else its head (A group, A reporter) and what it is of (of doctors, for USA Today)
    for j in range(2, min(len(words), 4) + 1):
        head = " ".join(words[:j])
        if not head.endswith(",") and words[j - 1].lower() not in _FUNCTION_WORDS and \
                subject_kind(head) in ("anonymous", "organization", "media"):
            of = _OF_WHAT.match(" ".join(words[j:]))
            return head + (" " + of.group(0).rstrip(",") if of else "")
    return None


_FUNCTION_WORDS = frozenset("of for at from with in on to and or but the a an".split())
_OF_WHAT = re.compile(r"(?:of|for|at|from|with)\s+(?:the\s+)?(?:[A-Z][\w.'’&\-]*(?:\s+[A-Z][\w.'’&\-]*)*|[a-z][\w'’\-]*)")


_FINITE_WORDS = frozenset("is are was were has have had will would can could may might must should does did do".split())


# a person named as the subject of a clause, whom a pronoun later in the sentence may stand for:
# Although Gov. Jane Roe has been coy, she …; not a preposition's object (Unlike Sen. Bob Cole,
# she …; After meeting Gov. Ada Lin, he …)
_CLAUSE_SUBJECT = re.compile(r"\b(?i:although|though|while|whereas|because|since|when|(?<!such )as|if|after|before|once|until)\s+"
                             r"(?P<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,4})")


def person_before(text: str, pronoun: str) -> str | None:
    """The last person a text names with two words or more (Gov. Jane Roe, Jane Roe) as the subject
    of a clause it opens, where a pronoun after it in the same sentence may stand for them; never
    one whose title says they are the other (Mr. for she). For it or they, the organisation or outlet
    opening the sentence, by what it is (Northwind Bank will cut 600 jobs, it said)."""
    if pronoun.lower() in ("it", "they"):       # (a name by its form alone is no organisation's: Xi Jinping is a …, it said)
        return subject if subject_kind(subject := opening_subject(text) or "") in ("organization", "media") else None
    other = "she" if pronoun.lower() == "he" else "he"
    for m in reversed(list(_CLAUSE_SUBJECT.finditer(text[-_SUBJECT_REACH:]))):
        name = m.group("name")
        if classify(name) == "person" and not any(GENDERED.get(w) == other for w in name.lower().split()):
            return name
    return None

