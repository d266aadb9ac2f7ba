"""English speakers: what kind of source a noun phrase names, and who that is.

A name with a title or role (White House press secretary Karine Jean-Pierre; Dmitry Peskov, the
Kremlin spokesman) is a person; heads such as Ministry or Inc. mark organisations; the subject of a
speech verb that is a plural or determined common noun (analysts, the official) an unnamed source.
Pronouns speak for the last person (he, she) or group (they, it) named; a surname resolves to the
person the article names in full most often.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ... import lexicon
from ...model import Speaker
from .lexicon import by_acronym, cues, given_gender, paper_by_form, piece_outlet, without_day, word_set, words as _words

# a parenthesis a name carries (Sen. Amy Klobuchar (D-Minn.), the Courier (Ohio)): one piece of the
# noun phrase when a pattern reads a name up to a comma or a stop, its own stops not the phrase's end
NAME_PAREN = r"\([^()\n]{1,30}\)"
# a North American broadcaster's call sign, said to be one by its band or a word after it (not
# KPMG or WADA, four capitals that name no station)
_CALL_SIGN = re.compile(r"[KWC][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|LD|CD)(?:\s+(?:News|Radio|Channel\s+\d{1,2}))?"
                        r"|\s+(?:Radio|TV|News|Channel\s+\d{1,2})(?:\s+News)?)")
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "group", "we": "group"}
_DETERMINERS = re.compile(r"^(?:the|a|an|one|two|three|several|some|many|other|another|its|his|her|their)\s+", re.I)


@dataclass
class Context:
    full_names: list[str] = field(default_factory=list)
    last_person: Speaker | None = None
    last_group: Speaker | None = None
    recent: list[Speaker] = field(default_factory=list)       # people named, the last the most recent
    genders: dict[str, str] = field(default_factory=dict)     # a person's name -> he or she, where the text has said
    objects: set[str] = field(default_factory=set)            # of the recent, those last named only as an object (met Ms. Ana Alvarez)
    roles: dict[str, Speaker] = field(default_factory=dict)   # a title's head word -> the last person named with it (mayor: John Park)


def _strip(np: str) -> str:
    # (each from a run's first space: runs of spaces stay linear)
    np = re.sub(r"(?<!\s)\s*\((?:https?://|www\.)[^()]*\)?", "", np)      # the Northfield Courier (https://…): a link beside the name
    np = re.sub(r"(?<!\s)\s*\([^()]{1,40}\)", "", np)          # Sen. Claire McCaskill (D-Mo.)
    np = np.strip(" ,;:")
    if len(np) > 2 and np[0] in "‘'" and np[-1] in "’'" and not re.search(r"[‘’']", np[1:-1]):
        np = np[1:-1]           # 'The Dam Report': a title in single quotes, which the text's quotes do not mask
    np = re.sub(r"[’']s$", "", np)
    return np


_WHEN_ALONE = re.compile(r"(?:(?:last|this|next|on|early|late)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|"
                         r"august|september|october|november|december|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?")
_FINITE = re.compile(r"\b(?:is|are|was|were|been|has|have|had|will|would)\b")
_VERB_AND_OBJECT = re.compile(r"\b[a-z]+ed\s+(?:the|a|an|his|her|their|its)\s")


_REPORTING = frozenset(("reporter", "reporters", "correspondent", "correspondents", "anchor", "editor", "editors",
                        "columnist", "journalist", "journalists", "writer", "staff", "host", "bureau"))


@lru_cache(maxsize=65536)
def classify(np: str) -> str | None:
    """The kind of source a noun phrase names, or None if it does not look like one."""
    np = _strip(np)
    if "," in np and classify(np.split(",")[0]) == "person":     # Dmitry Peskov, the Kremlin spokesman
        return "person"
    if not np or len(np.split()) > 12 or re.search(r"[“”\"]", np) or _FINITE.search(np):
        return None             # "six bodies had been brought to the hospital": a clause, not a name
    low = np.lower()
    if low in PRONOUNS:
        return "pronoun"
    if _WHEN_ALONE.fullmatch(low):
        return None             # (a poll released Tuesday showed …: a day, no one)
    bare = _DETERMINERS.sub("", np)
    role, _, rest = bare.partition(" ")
    if rest and len(rest.split()) <= 4 and lexicon.find_outlet(role) and not lexicon.find_outlet(rest) \
            and (given_gender(f"{rest.split()[0]} _") or (named := name_and_role(rest))[0] and " " in named[0] and named[1] and named[1][:1].islower()):
        return "person"         # Economist John Doe, MSNBC host Rachel Maddow: a role before a name, not The Economist
    if lexicon.find_outlet(bare) or lexicon.find_outlet(np):
        last = bare.split()[-1].lower()
        if last not in _REPORTING and (last in _words("anonymous") or last in {t.lower() for t in _words("title")}) \
                and not lexicon.outlet_pattern().fullmatch(bare):
            return "anonymous"      # a UPI spokesman speaks for the company, not as its reporting
        return "media"
    if (piece := piece_outlet(bare)) and piece != bare and classify(piece) == "media":
        return "media"              # a story in the Northfield Gazette, a Northfield Gazette article: the paper's
    words = bare.split()
    capitalised = [w for w in words if w[:1].isupper() and w.lower() not in ("i",)]
    head = words[-1].lower() if words else ""
    if paper_by_form(words, np[:4].lower() == "the ") and not (f" {named[1].lower()}".endswith(tuple(f" {t.lower()}" for t in _words("title")))
                                                               if (named := name_and_role(bare))[1] else
                                                                 np[:4].lower() != "the " and given_gender(named[0] or "")):
        return "media"              # the Northfield Courier, (Sentinel-Review), The Ledger, Radio Wexford: a paper or station the registry
        # does not know; not Mark Herald, Rep. Tim Courier, Anna Star-Kovacs: a title, a given name before the paper's word
    if _CALL_SIGN.fullmatch(bare):
        return "media"              # WJW-TV, KXYZ Radio, KTTV Channel 11: a station by its call sign
    if any(bare.endswith(o) for o in _words("org")) or re.fullmatch(r"(?:[Tt]he\s+)?[A-Z][\w.'’\-]*\s?&\s?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.]*)?", bare):
        return "organization"       # (Procter & Gamble, AT&T, Smith & Wesson Inc: a word each side; not Jane Roe & Tom Hale)
    if head in _words("document") and (not capitalised[1:] or "/" in bare):
        return "document"           # (a NPR/PBS News/Marist poll: its sponsors joined by slashes)
    if (head in _words("anonymous") or low.startswith(("people ", "sources ", "officials "))) and not _VERB_AND_OBJECT.search(np):
        return "anonymous"          # (not The mayor thanked the officers: a clause)
    if ent := lexicon.find_entity(bare):
        return ent.kind
    if len(words) >= 2 and all(w.isupper() and w.isalpha() for w in words[:-1]) and max(map(len, words[:-1])) >= 3 \
            and words[-1][:1].isupper() and words[-1][1:].islower() and words[-1].lower() not in {t.lower() for t in _words("title")}:
        return None                 # LOS ANGELES No, despite …: a dateline whose dash was lost, and the next word
    if name_and_role(bare)[0]:
        return "person"
    if len(capitalised) >= 2 and all(w[:1].isupper() or w in ("of", "for", "and", "on", "in", "the") for w in words):
        return "organization"       # the Joint Chiefs of Staff, the Oregon Department of Forestry
    if words and words[-1].lower() in [t.lower() for t in _words("title")]:
        return "anonymous"          # a role without a name: the spokesman
    return None


_GENERIC = re.compile(r"(?:(?:the|a|an|one|two|three|several|some|many|most|other|few|both|all|its|his|her|their)\s+)?"
                      r"(?:[A-Za-z][\w.'’\-]*\s+){0,6}[a-z][\w'’\-]*s")

# a plural head and what it is of: experts on North Korea and nuclear nonproliferation
_HEAD_OF = re.compile(r"(?:(?:the|some|many|most|other|several|two|three)\s+)?(?:[a-z][\w'’\-]*\s+)?(?P<head>[A-Za-z][a-z'’\-]*s)"
                      r"\s+(?:on|in|at|from|for|of|with|close to|familiar with)\s+[\w.'’\- ]{2,60}")


def cited_source(np: str) -> bool:
    """What "citing" names is a source (two sources familiar with the matter, a Pentagon report,
    Reuters), not a reason (citing the release of prisoners): by its kind, or by its head noun
    before what qualifies it, a noun of unnamed sources, roles or documents."""
    if classify(np) in ("person", "organization", "media", "document"):
        return True
    head = _QUALIFIED.split(_strip(np), maxsplit=1)[0].split()
    last = head[-1].lower() if head else ""
    return last in _words("anonymous") or last in _words("document") or last.rstrip("s") in _words("document") \
        or last.rstrip("s") in {t.lower() for t in _words("title")}


_QUALIFIED = re.compile(r"(?<!\s)\s+(?:familiar|close|briefed|knowledgeable|with|of|in|at|on|from|who|that|which|involved|"
                        r"speaking|granted|seen|obtained|reviewed|released|published|conducted|issued|commissioned|by|not)\b")


def people_of(np: str) -> bool:
    """Unnamed people by what they are of (experts on North Korea and nuclear arms): a plural
    head the lexicon knows for unnamed sources or roles."""
    m = _HEAD_OF.fullmatch(np)
    head = m.group("head").lower() if m else ""
    return bool(head) and (head in _words("anonymous") or head[:-1] in {t.lower() for t in _words("title")})


_DETERMINED = re.compile(r"(?:(?i:the|a|an|his|her|their|its|our|my|your|one|two|three|several|some|many|other)|[A-Z][\w.\-]*(?: [A-Z][\w.\-]*)*['’]s)\s+"
                         r"(?:[\w.'’\-]+\s+){0,5}[a-z][\w'’\-]*")


# words a determined noun phrase does not hold after its determiner (the meeting fell apart from there:
# a clause; its prepositional phrases are read by their head, below)
_NOT_IN_A_NOUN_PHRASE = frozenset("from to into with by as than there here then apart away back up down out off over so very".split())


def subject_kind(np: str) -> str | None:
    """What stands as the subject of a speech verb is its source, by grammar: a known kind, else
    a plural or determined common noun phrase (cast members, experts on North Korea, the
    businessman) as an unnamed source."""
    kind = classify(np)
    if kind:
        return kind
    np = _strip(np)
    if len(np.split()) <= 8 and (_GENERIC.fullmatch(np) or _DETERMINED.fullmatch(np) or people_of(np)):
        verbish = any(w.endswith("ed") for w in np.split()[2:]) or any(w.lower() in _NOT_IN_A_NOUN_PHRASE or w in _words("past")
                                                                         for w in np.split()[1:])
        if not verbish and not re.search(r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|not|to|that|which|who)\b", np):
            return "anonymous"
    # a noun phrase and what it is of, for or in: its head says what it is (a USA TODAY analysis
    # of campaign-finance reports, attorneys for the family, observers in Virginia and abroad)
    head = _PREPOSED.match(np) if len(np.split()) <= 10 and not _VERBISH.search(np) else None
    words = head.group(1).split() if head else []
    if words and head.group(1).lower() not in PRONOUNS and (1 < len(words) <= 6 or words[0].islower()
                                                            or words[0].lower() in _words("anonymous")):
        return subject_kind(head.group(1))      # (not a lone capitalised word: Talks on the deal)
    return None


def qualified_head(np: str) -> str | None:
    """The head of a noun phrase before what qualifies it (one city source in the room, Tom Hale
    with a smile on his face), where it names a source."""
    cut = _RELATIVE.split(np, 1)[0]          # two people briefed on the talks who asked not to be named
    if cut != np and classify(cut) in ("person", "organization", "media", "anonymous"):
        return cut
    head = _PREPOSED.match(cut) if len(cut.split()) <= 10 and not _VERBISH.search(cut) else None
    return head.group(1) if head and classify(head.group(1)) in ("person", "organization", "media", "anonymous") else None


_RELATIVE = re.compile(r"\s+(?:who|whom|that|which)\s+")
_VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|came|went|made|took|gave|got)\b")
_PREPOSED = re.compile(r"(.+?)(?<!\s)\s+(?:of|for|in|at|from|on|with|by|around|across|close\s+to|familiar\s+with|involved\s+in|"
                       r"briefed\s+on|knowledgeable\s+about|speaking)\s+\S")     # from a run's first space: linear


@lru_cache(maxsize=65536)
def name_and_role(np: str) -> tuple[str | None, str | None]:
    """"White House press secretary Karine Jean-Pierre" -> ("Karine Jean-Pierre", "White House press
    secretary"); "Dmitry Peskov, the Kremlin spokesman" -> ("Dmitry Peskov", "the Kremlin spokesman")."""
    if "," in np:
        first, _, rest = np.partition(",")
        name, role = name_and_role(first.strip())
        appositive = rest.strip(" ,")
        if name and role and re.search(r"\b(?:of|for|in|at|from)$", role) and " " in appositive \
                and name_and_role(appositive)[0] == appositive:
            return appositive, first.strip()       # The foreign minister of Turkey, Hakan Fidan
        if name:
            return name, (role + " " if role else "") + rest.strip(" ,") or None
    for title in _words("title"):             # the name follows its title: Secretary of State Antony Blinken
        at = 0 if title[0].islower() and np[:1].isupper() and np[:len(title) + 1].lower() == title + " " else np.rfind(title + " ")
        if at != -1 and (at == 0 or np[at - 1] == " ") and (title[0].isupper() or at == 0):      # (Analyst Tom Baker too)
            name, _ = name_and_role(np[at + len(title) + 1:])
            if name and name == np[at + len(title) + 1:].strip():
                return name, np[:at + len(title)].strip()
    words = np.split()
    titles, k = set(_words("title")), len(words)
    surname = len(words) >= 2 and bool(given_gender(f"{words[-2]} _"))      # Stephen King, Jane Judge: a title's word as a surname
    while k > 0 and re.fullmatch(r"[A-Z][\w'’.\-]*|(?:de|van|von|bin|al|da|du|le|la)", words[k - 1]) and (words[k - 1] not in titles or surname and k == len(words)):
        k -= 1
    name_words = words[k:]
    function = word_set("function")
    while name_words and (name_words[0] in ("de", "van", "von", "bin", "al", "da", "du", "le", "la")
                          or (name_words[0].lower() in function or _FIRST_PERSON.fullmatch(name_words[0])) and len(name_words) > 1):
        name_words = name_words[1:]     # (As Smith said, When Jane Roe spoke, I'm Jane Roe: a sentence's first word, capitalised)
    if not name_words:
        return None, None
    name = " ".join(name_words)
    if any(name.endswith(o) for o in _words("org")) or lexicon.find_outlet(name) or name.lower() in word_set("not_a_name"):
        return None, None       # (Nothing, Everyone, Reportedly: a sentence's first word, no one's name)
    role = " ".join(words[:len(words) - len(name_words)]) or None
    if role and re.search(r"\b(?:in|of|on|at|from|for|across|near|around)$|^(?i:at|in|on|from|by|with|to)\s", role):
        return None, None       # Teachers in New York, the Department of Forestry, at the WTO: a place or a body, no one's name
    return name, role


_FIRST_PERSON = re.compile(r"I(?:['’](?:m|ve|d|ll))?")


def make_speaker(np: str, kind: str, ctx: Context) -> Speaker:
    np = _strip(np)
    if kind == "pronoun":
        if PRONOUNS[np.lower()] == "person":
            return person_for(np.lower(), ctx) or Speaker(np, "anonymous", np)
        return ctx.last_group or (ctx.last_person if np.lower() == "we" else None) or Speaker(np, "anonymous", np)     # (it, they: no person named last)
    bare = _DETERMINERS.sub("", np)
    if kind == "media":
        piece = piece_outlet(bare)          # a Monday report by The Associated Press, a Northfield Gazette story: the outlet's
        o = lexicon.find_outlet(bare) or lexicon.find_outlet(np) or (lexicon.find_outlet(piece) if piece else None)
        np = _DETERMINERS.sub("", piece) if piece and (o or classify(piece) == "media") else np     # (mentioned by its name)
        if o is None:
            return Speaker(np if piece else bare, "media", np)
        called = lexicon.outlet_name(o.key, np)        # as the article calls it (Xinhua); the graph names it canonically
        return Speaker(called, "media", np, tuple(dict.fromkeys(n for n in (o.name, *o.aliases) if n != called)), o.wikidata)
    if kind == "person":
        name, role = name_and_role(bare)
        if not name:                # Z:,D: what a model took for a name holds none
            return Speaker(bare or np, "anonymous", np)
        name = _resolve(name, ctx)
        ent = lexicon.find_entity(name)
        if " " not in name and not ent and not (role and _titled(role)):
            # Moscow said (a capital for its government), the grid operator GridNed said: one word
            # without a person's title names an organisation; people are named in full or titled
            return Speaker(_lowered(name), "organization", np, (), None, role)
        # (another name it goes by: Sen. Jane Roe; not a mention holding its description, Jane Roe, the senator)
        sp = Speaker(name, "person", np, tuple(x for x in (np,) if x != name and "," not in x), ent.wikidata if ent else None, role)
        if role and " " in name and (head := re.search(r"([A-Za-z]+)\.?$", role.split(",")[0].split(" of ")[0])):
            ctx.roles[_ROLE_WORDS.get(head.group(1).lower(), head.group(1).lower())] = sp      # (Police Chief Maria Gonzalez: chief,
            ctx.roles[" ".join(_ROLE_WORDS.get(w.rstrip(".").lower(), w.rstrip(".").lower()) for w in role.split())] = sp     # police chief)
        return sp
    ent = lexicon.find_entity(bare)
    if ent:         # named as the article names it (Russia, not the registry's ロシア); the graph names it canonically
        name = next((n for n in ent.aliases if lexicon.norm(n) == lexicon.norm(bare)), ent.name)
        return Speaker(name, ent.kind, np, tuple(dict.fromkeys(n for n in (np, ent.name) if n != name)), ent.wikidata)
    return Speaker(_lowered(bare) if kind == "organization" else np, kind, np)


def _lowered(name: str) -> str:
    """A common noun capitalised as a sentence's first word (Police said) as it is written
    elsewhere (police): a description of this article's source, no name others share."""
    low = name.lower()          # (as the lexicons write it: not Banks, nor Head, surnames as often)
    return low if " " not in name and name[1:] == low[1:] and (low in word_set("org") or low in word_set("anonymous")) else name


def _titled(role: str) -> bool:
    words = f" {role} "
    return any(f" {t} " in words for t in _words("title"))


def _resolve(name: str, ctx: Context) -> str:
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
    # (a name starts where a word does, its letters read once: O'A'O'A'… had been quadratic)
    for m in re.finditer(r"(?<![\w'’\-])[A-Z](?:[\w'’\-]*+|\.)(?: (?:of |de |van |von |bin |al )?[A-Z](?:[\w'’\-]*+|\.)){1,6}", text):
        run = m.group(0).split(" ")
        while len(run) > 1 and (run[0].lower() in cues() or run[0] == "The" or run[0] in ("An", "A") and run[1].isupper()):   # (no "The Clinton", "An FBI")
            run = run[1:]                 # Said Clyburn: "…": the verb opening the sentence is no part of the name
        verb = next((i for i, w in enumerate(run) if i and w.lower() in cues()), len(run))
        run = without_day(re.sub(r"['’]s$", "", " ".join(run[:verb])))     # Obama Says Museum …: the name before its verb; Roe's: Roe
        if classify(run) == "person":
            name, _ = name_and_role(run)
            if name and " " in name:
                names[name] += 1
    return sorted(names, key=lambda n: (-names[n], -len(n)))


_REPORTER = re.compile(r"\s*((?:[Tt]he\s+)?[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,3})(?:['’]s?|\s+" + lexicon.JOURNALIST + r")"
                       r"\s+([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3})\s*")     # (CNBC's Tom Pell, Reuters’ Ann Lee, MSNBC host Rachel Maddow)


def reporting_for(np: str | None) -> str:
    """The outlet a reporter named with it reports for (CNBC's Tom Pell, Reuters’ Ann Lee), else ""."""
    m = _REPORTER.fullmatch(np or "")
    return m.group(1) if m and lexicon.find_outlet(m.group(1)) and classify(m.group(2)) == "person" else ""


_ROLE_WORDS = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant", "sgt": "sergeant",
               "det": "detective", "supt": "superintendent", "prof": "professor", "pres": "president", "sec": "secretary", "atty": "attorney"}
_THE_ROLE = re.compile(r"[Tt]he\s+((?:[a-z][\w-]*\s+){0,2}[a-z]+)")


def speak(np: str, ctx: Context) -> tuple[Speaker, ...]:
    if (the := _THE_ROLE.fullmatch(np.strip())) and (sp := ctx.roles.get(the.group(1))):      # (the role whole: not the fire chief for a police chief)
        return (replace(sp, mention=np.strip()),)        # Mayor John Park … The mayor said: the one the text named with that title
    if reporting_for(np):       # the AP's David Roe: the reporter, the mention naming whom they report for
        return (replace(make_speaker(_REPORTER.fullmatch(np).group(2), "person", ctx), mention=np.strip()),)
    acronym, np = by_acronym(np), _strip(np)       # (the Conference on Trade and Development (UNCTAD))
    listed = re.search(r",(?:[^,]+\s|\s*)and\s+[^,]+$", np)        # A, B and C, A, B, and C; not Jane Roe, president of a union, said
    parts = [p for p in re.split(r",\s*(?:and\s+)?|(?<!\s)\s+(?:and|&)\s+" if listed else r"(?<!\s)\s+(?:and|&)\s+", np) if p]
    first = re.match(r"[Tt]he ([A-Z]\S*) and [A-Z]", np) if not listed else None
    one_name = first and not (lexicon.find_outlet(first.group(1)) or lexicon.find_entity(first.group(1))) \
        and classify(np) in ("organization", "media")
    if "&" in np and classify(np) == "organization" or acronym:
        return (make_speaker(np, "organization", ctx),)        # Procter & Gamble: one name, not two
    if len(parts) == 2 and not listed and _one_organisation(parts):
        return (make_speaker(np, "organization", ctx),)
    if len(parts) > 1 and not one_name and all(classify(p) in ("person", "organization", "media") for p in parts):
        # (not the Food and Drug Administration: "the" before a name's first word makes it one)
        once: dict[str, Speaker] = {}           # (each once: Reuters and Reuters reported)
        for p in parts:
            sp = make_speaker(p, classify(p), ctx)
            once.setdefault(sp.name, sp)
        return tuple(once.values())
    return (make_speaker(np, subject_kind(np) or "anonymous", ctx),)


def _one_organisation(parts: list[str]) -> bool:
    """Whether "A and B" is one organisation's name: an "and" inside the phrase after its "of",
    joining words that name no organisation alone (the Department of Health and Human Services;
    not the Ministry of Defence and the Foreign Office, nor the Bank of England and Barclays).
    Two single words (Procter and Gamble, Hale and Lin) are left two: which they are, a company or
    two people, only a registry could say."""
    first, second = (_DETERMINERS.sub("", p).strip() for p in parts)
    return bool(re.fullmatch(r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*\s+of\s+[A-Z][\w'’\-]*", first)) \
        and bool(re.fullmatch(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)+", parts[1].strip())) and classify(first) == "organization" \
        and not (lexicon.find_entity(second) or lexicon.find_outlet(second)) and classify(second) != "organization"


GENDERED = {"he": "he", "she": "she", "mr.": "he", "mr": "he", "ms.": "she", "ms": "she", "mrs.": "she", "mrs": "she",
             "miss": "she", "spokesman": "he", "spokeswoman": "she", "chairman": "he", "chairwoman": "she",
             "congressman": "he", "congresswoman": "she", "businessman": "he", "businesswoman": "she"}


def person_for(pronoun: str, ctx: Context) -> Speaker | None:
    """The person "he" or "she" stands for: the most recent subject whom a title, role or first name has not shown
    to be the other (Ms. Lin …, Mr. Hale said …; she added: Ms. Lin), unless an object named after that subject is
    shown to be the one meant and the subject is not (Tom Baker met with Ms. Ana Alvarez. She said …: Ms.
    Alvarez; but Mr. Hale told Mr. Cole …. He added: Mr. Hale): that sentence decides, not an older one."""
    other = "she" if pronoun == "he" else "he"       # (what a pronoun was resolved to is no evidence: it may be wrong)
    later: list[Speaker] = []        # objects shown to be the one meant, named after the subject
    unshown: list[Speaker] = []      # objects nothing shows to be either (Governor Sam Oakes)
    for sp in reversed(ctx.recent):
        gender = ctx.genders.get(sp.name)
        if sp.name in ctx.objects:
            later += [sp] if gender == pronoun else []
            unshown += [sp] if gender is None else []
        elif later:
            return sp if gender == pronoun else later[0]
        elif gender != other:
            return sp
    if not later and unshown:       # Mayor Jane Roe met with Governor Sam Oakes. He said …: not Jane Roe; and She, next, not him
        ctx.genders.setdefault(unshown[0].name, pronoun)
    last = ctx.last_person
    return later[0] if later else unshown[0] if unshown else last if last and ctx.genders.get(last.name) != other else None
