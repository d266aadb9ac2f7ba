"""What the learned tagger's spans say: each a statement with its speaker, act and attitude.

`learned.tag` gives the source, cue and content spans of a sentence; here they become drafts of
attributions, or nothing where they are no attribution a fact-checker would read as one (a cue
denied, a passive without its agent, an act rather than an attitude, a content too short to
check), and a second cue in a sentence the rules attributed becomes a claim of its own only where
it lies outside what the rules took.
"""
from __future__ import annotations

import re

from ... import attribute as core
from ...model import Speaker
from .clauses import AFTER_VERB, ANONYMITY, ANOTHER_VERB as _ANOTHER_VERB, object_only
from .learned import Tagged, attitude_of, attitudes, tag
from .lexicon import cues, hearsay_regex, reports, word_set
from .pronouns import remember
from .quoted import told_outlet
from .speakers import Context, classify, speak, subject_kind
from .subjects import coordinated_subject, opening_subject, subject_before

_ACT_OF = {"speech": "said", "belief": "believed", "intention": "intended", "finding": "found"}

# no source: the author (I think …: the author's opinion, the core's to read), words that stand for no one
_NOT_A_SOURCE = frozenset("i me my mine we us our ours you your yours it its there this that these those what to a an the let let's let’s "
                          "i'd i’d we'd we’d i'll i’ll we'll we’ll i'm i’m we're we’re i've i’ve we've we’ve one nobody none needless "
                          "everyone everybody someone somebody anyone anybody".split() + ["no one"])     # (Let's be clear, We'll see whether …: the author; Needless to say)
_PASSIVE = re.compile(r"(?i)(?:is|are|was|were|be|been|being|(?:has|have|had)(?:\s+(?:not|also|never|just|already|since|\w+ly))*\s+been)"
                      r"(?:\s+(?:not|also|widely|largely|still))*\s+\w+(?:ed|en|wn|ld|ght)\b")
_WORDS = re.compile(r"\w+")
_NEGATED = re.compile(r"(?i)(?:\b(?:not|never|no longer|declined|declines|refused|refuses|failed|fails)\b|n['’]t\b)")
_WHAT = re.compile(r"\bwhat\s+$", re.IGNORECASE)        # what the wires reported: a noun phrase, its content elsewhere
_ACT_AFTER = re.compile(r"(?:\s+(?:on|in|at|last|this|late|early|\w+day)\b(?:\s+\w+day|\s+\w+)?)?\s+to\s+[a-z]+\b")
# what opens no noun phrase (In an interview, …; Still, …; On Monday …): a source tagged so is a misreading
_NOT_A_HEAD = re.compile(r"(?i)(?:in|on|at|within|for|from|with|by|during|despite|to|into|over|under|about|against|among|still|having|being|"
                         r"however|now|yet|here|perhaps|instead|unfortunately|that['’]s|there['’]s|why|how|on\s+\w+day)\b")
_QUESTION = re.compile(r"(?i)\s*(?:whether|if|why|what|how|when|who|whom|which|about)\b")
_CLAUSE_AS_SOURCE = re.compile(r"\b[a-z]+ed\s+(?:the|a|an|his|her|their|its)\s[^,;]*\s(?:and|but)$")
_TRAILING = re.compile(r"(?i)(?:[\s,]+(?:then|also|now|later|still|again|too)|,\s*(?:who|which))$")      # (The Post, which reported: the Post)


def _misread(text: str, found: Tagged, cue: str) -> bool:
    """What the model tagged is no attribution: a passive cue with its subject as the source (the
    bill is not expected to …: by whom, the sentence does not say), a cue denied or refused (did
    not respond to requests for comment, declined to say whether …: nothing was said), a content
    holding its own source, a source far before its cue (a noun phrase taken for the cue), an act
    rather than an attitude (ministers agreed on Thursday to start work: wanting to, planning to
    are intentions), what a source said as a noun phrase (here is what the wires reported: the
    content is elsewhere), a question asked (asked whether …), a content too short to check
    (declined to comment), a word of hearsay (the senator reportedly plans …: passed on from
    someone the sentence does not name, not the senator's; the rules mark its stance)."""
    if any(h.start() <= found.cue[0] < h.end() for h in hearsay_regex().finditer(text, max(0, found.cue[0] - 40), found.cue[1] + 40)):
        return True         # (reportedly angry about …; it's said that …, the cue a piece of the passive)
    if _PASSIVE.match(cue) and (found.source is None or found.source[1] <= found.cue[0]) or _NEGATED.search(cue):
        return True
    if found.source is not None and found.content[0] <= found.source[0] and found.source[1] <= found.content[1]:
        return True
    before = found.source is not None and found.source[1] <= found.cue[0]
    if before and len(_WORDS.findall(text, found.source[1], found.cue[0])) > 4:
        return True
    if _ACT_AFTER.match(text, found.cue[1]) and attitude_of(cue) != "intention" or ANONYMITY.match(text, found.cue[1]):
        return True             # (asked not to be named: a condition of speaking)
    if found.source is not None and _WHAT.search(text, max(0, found.source[0] - 12), found.source[0]):
        return True
    if cue.lower().startswith("ask") and _QUESTION.match(text, found.content[0]):
        return True             # Asked whether he would resign, …: a question, nobody's statement
    if (getattr(cues().get(cue.lower()), "act", "") == "added" or (cue.lower().split() or [""])[-1] in word_set("enacted")) \
            and found.cue[1] <= found.content[0] and object_only(text, *found.content):
        return True             # Apple added two board members, The Senate approved a bill: what it did, nothing said
    if re.match(r"(?i)to\s+be\b", cue):
        return True             # It remains to be seen whether …: an infinitive, no one's act
    return len(_WORDS.findall(text, found.content[0], found.content[1])) < 3


# words a tagged source may start with that are not part of it (When Clinton noted …, But he …)
_LEADING = re.compile(r"^(?:(?:when|but|and|or|unlike|including|of|while|as|if|because|after|before|since|although|though|"
                      r"meanwhile|so|then|also|yet|whether|where|once|until|even|like)\b[\s,]*)+", re.IGNORECASE)


def _inside(text: str, taken: core.Draft, found: Tagged, cue: str) -> bool:
    """Whether what the model found in a sentence the rules attributed is part of the rules'
    attribution, not a second one: the same cue, a cue the rules read as a via (citing, according
    to), a cue or content inside the rules' content, the rules' source again, or a span the
    rules' speaker closes ("[The administration is considering …], a senior official said": what
    the official said)."""
    (ts, te), (cs, ce), (ms, me) = taken.content, found.cue, found.content
    if cue == taken.cue or cue.lower() in _VIA or (cs < te and ts < ce) or (ms < te and ts < me):
        return True
    joined = taken.cue and found.cue[1] <= taken.content[0] and re.search(
        r"\s(?:and|but)\s+(?:\w+\s+){0,2}" + re.escape(taken.cue) + r"[\s,]*$", text[max(0, taken.content[0] - 80):taken.content[0]])
    if _own_source(text, taken, found) and not _another_act(text, found.cue) and not joined:     # (X bemoaned … and said …)
        return True             # the rules' own source again (…, according to a survey, want …)
    end = max(ce, me, found.source[1] if found.source else 0)
    said = text.find(taken.mention, end, taken.end) if taken.mention else -1
    return said != -1 and not text[end:said].strip(" ,—–-") and taken.content[1] <= said     # (While he acknowledged …, Ruiz noted …: two)


_VIA = frozenset(("citing", "quoting", "according to", "cited"))
_CONTRACTED = re.compile(r"(\w+)['’](?:s|re|ll|d|ve)\b")
_CLAUSE_BEFORE = re.compile(r",[”\"’']*\s*$")          # …, adding / …," adding: a comma, the quote it closes


_RELATIVE = frozenset(("who", "whom", "which"))
_THING_BEFORE = re.compile(r"\b((?:an?|the|its|their|his|her|this|that)\s+[“\"‘']?[\w'’\-]+(?:\s+[\w'’\-]+){0,2}?)[”\"’']?,[”\"’']?\s*$")
_ANTECEDENT = re.compile(r"\b([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}),\s*$")
# people right before ", who": Armstrong's attorneys, the company's lawyers, many residents
_PEOPLE_BEFORE = re.compile(r"(?<![\w'’])((?:(?:(?:the\s+)?[\w.\-]+['’]s|the|a|an|his|her|their|its|many|some|several)\s+(?:[a-z][\w\-]*\s+)?)?[a-z][\w\-]*s),\s*$")


def _antecedent(text: str, s: int, found: Tagged, prior: core.Draft | None, ctx: Context) -> tuple[Speaker, ...]:
    """Who a relative pronoun tagged as a source stands for (its mention stays as written): the
    noun right before it if no comma stands between (a protester who shouted), else the speaker
    the sentence already gave ("…," said Tom Hale, a lawyer, who added …; the company said
    in a statement, which also claimed …), else the name right before it, else no one known."""
    if found.source and not text[max(s, found.source[0] - 3):found.source[0]].strip().rstrip("”\"’'").endswith(","):
        np = subject_before(text[s:found.source[0]].rstrip(" (—–"))   # a protester who shouted, the governor (who said …)
        return speak(np, ctx) if np and subject_kind(np) else ()
    near = _PEOPLE_BEFORE.search(text, max(s, found.source[0] - 80), found.source[0]) if found.source else None
    apposed = prior is not None and prior.mention and near and re.search(
        rf"{re.escape(prior.mention)},(?:\s+[\w'’\-]+){{0,8}}\s+$", text[max(s, near.start() - 120):near.start()])
    of_a_head = near and re.search(r"\b(?:an?|the|his|her|their|its|one)\s+(?:[\w'’\-]+\s+){0,3}(?:for|with|at|from|by|to|in|on)\s+$",     # (not of: a group of protesters, who …)
                                   text[max(s, near.start() - 60):near.start()])
    if near and subject_kind(near.group(1)) in ("person", "anonymous", "organization") and not apposed and not of_a_head:
        # (not Jane Roe, a spokeswoman for the senators, who said …: the people after a preposition are no head)
        return speak(near.group(1), ctx)        # sided with the company's lawyers, who argued …: the lawyers (not said Tom Hale, a lawyer, who)
    if prior is not None and prior.speakers:
        return prior.speakers
    named = _ANTECEDENT.search(text, max(s, found.source[0] - 80), found.source[0]) if found.source else None
    if named and classify(named.group(1)) in ("person", "organization", "media"):
        return speak(named.group(1), ctx)
    np = subject_before(text[s:found.source[0]].rstrip(" ,")) if found.source and text[found.source[0]:found.source[1]].lower() == "who" \
        else None       # The mayor, who said …: the mayor (which: a thing, below)
    return speak(np, ctx) if np and subject_kind(np) in ("person", "organization", "media", "anonymous") else ()


def _own_source(text: str, taken: core.Draft, found: Tagged) -> bool:
    source = text[found.source[0]:found.source[1]] if found.source else ""
    return bool(source and taken.mention and (source in taken.mention or taken.mention in source))


def _participle(text: str, cue: tuple[int, int]) -> bool:
    """A cue that opens a participle clause after a comma ("…," DuVernay said, emphasizing why …)."""
    word = text[cue[0]:cue[1]].split()[0] if text[cue[0]:cue[1]].split() else ""
    return word.lower().endswith("ing") and bool(_CLAUSE_BEFORE.search(text, max(0, cue[0] - 4), cue[0]))


def _another_act(text: str, cue: tuple[int, int]) -> bool:
    """A cue of a second thing the same speaker did: a participle clause after a comma, a verb
    joined to the first (Trump bemoaned the unrest and said …; Clinton has encouraged … but has said …),
    or a relative clause on the speaker (…," said Tom Kamin, who emphasized …)."""
    return _participle(text, cue) or bool(_ANOTHER_VERB.search(text, max(0, cue[0] - 40), cue[0])
                                          or _WHO_THEN.search(text, max(0, cue[0] - 30), cue[0]))


_WHO_THEN = re.compile(r",\s*who\s+(?:also\s+|later\s+|then\s+|\w+ly\s+)?$")


_WHO = (["who"], ["whom"], ["which"])
_OPENING = re.compile(r"\s*(?i:(?:after|before|while|since|when|by|without|upon|on|in)\s+)?")


def _subject_in_cue(cue: str) -> tuple[str, str]:
    """A subject the model tagged with its verb as the cue (He’s claiming; environmentalists worry):
    (the subject, the cue), or ("", the cue) if it holds none."""
    joined = _CONTRACTED.match(cue)
    if joined and subject_kind(joined.group(1)):
        return joined.group(1), cue[joined.end():].strip()
    words = cue.split()
    verb = next((k for k in range(1, len(words)) if words[k].lower() in attitudes() or words[k].lower() in cues()), None)
    if verb is not None and subject_kind(" ".join(words[:verb])):
        return " ".join(words[:verb]), " ".join(words[verb:])
    return "", cue


def _past_when(text: str, found: Tagged) -> tuple[int, int]:
    """A content after its cue without when, where and to whom it was said, as the rules read it
    (tweeted this morning, “…”: the quote)."""
    (c0, c1), lead = found.content, None
    if c0 >= found.cue[1]:
        lead = AFTER_VERB.match(" " + text[c0:c1])
    if lead is None or not text[c0 + lead.end() - 1:c1].strip(" ,:;"):
        return found.content
    return c0 + lead.end() - 1, c1


def _rest(text: str, start: int, end: int) -> tuple[int, int]:
    """What follows a cue to the end of its piece, as a content span."""
    body = text[start:end]
    a = len(body) - len(body.lstrip(" ,:"))
    return start + a, start + len(body.rstrip(" .!?\n"))


def drafts(text: str, s: int, e: int, paragraph: int, ctx: Context, taken: core.Draft | None = None,
           subject: tuple[Speaker, ...] = ()) -> list[core.Draft]:
    """The model's attributions in text[s:e], each with its speaker: the source it tagged, else
    the noun phrase just before its cue if that is one, else the `subject` of the sentence a piece
    opening with its cue was cut from (The mayor defended the budget, | urging …). The first takes
    the whole piece unless the rules `taken` it; the others (a second cue in the sentence) are
    anchored to their own spans, and only where their cue and content lie outside what the rules
    took as content."""
    out: list[core.Draft] = []
    for found in tag(text, s, e):
        cue = text[found.cue[0]:found.cue[1]]
        if taken is not None and _inside(text, taken, found, cue):
            continue
        prior = taken if taken is not None else out[-1] if out else None
        speakers: tuple[Speaker, ...] = ()
        if prior is not None and (found.source is None or _own_source(text, prior, found)) and _another_act(text, found.cue):
            found = Tagged(None, found.cue, found.content)      # the speaker before, who did a second thing
            np = prior.mention or ""
        elif subject and not text[s:found.cue[0]].strip():
            found = Tagged(None, found.cue, found.content)      # the piece's own subject is the sentence's
            np, speakers = subject[0].mention or subject[0].name, subject
        elif found.source is not None:      # (after a full stop inside it: … slam. junger writes: junger)
            np = _LEADING.sub("", re.split(r"(?<=[a-z]{3}\.)\s+", text[found.source[0]:found.source[1]])[-1]).strip(" ,")
        else:
            np = _LEADING.sub("", subject_before(text[s:found.cue[0]]) or "").strip(" ,")
            np = np if subject_kind(np) else ""
            if np and found.content[0] <= text.rfind(np, s, found.cue[0]) < found.content[1]:
                np = ""         # the bill, known as …: a subject inside what the cue is said to say is none
            if not np and _participle(text, found.cue):     # Clinton leaned in, painting Trump as …: who leaned in
                np = opening_subject(text[s:found.cue[0]]) or ""
            if not np and _OPENING.fullmatch(text, s, found.cue[0]) and cue.split()[0].lower().endswith("ing"):
                # After saying …, she was whisked off: the subject of the clause the participle opens
                np = opening_subject(text[found.content[1]:e].lstrip(" ,”\"’'")) or ""
            if not np:
                np, cue = _subject_in_cue(cue)
        np = _TRAILING.sub("", np)
        if _CLAUSE_AS_SOURCE.search(np):      # a source tagged with its own verb and object (X reviewed the documents and found …)
            np = coordinated_subject(np + " ") or ""
        if found.content[1] <= found.cue[0] and (_participle(text, found.cue) or np.lower().rsplit(None, 1)[-1:] in _WHO):
            found = Tagged(found.source, found.cue, _rest(text, found.cue[1], e))     # …, delivering …; some who saw …: what follows
        if np.lower() in _RELATIVE and not speakers:
            speakers = _antecedent(text, s, found, prior, ctx)       # said Tom Hale, …, who added …: Tom Hale
            if found.source and text[s:found.source[0]].rstrip().endswith("(") and (close := text.find(")", *found.content)) != -1:
                found = Tagged(found.source, found.cue, (found.content[0], close))     # (who said …) signed: the aside's end
            if not speakers and np.lower() == "which" and found.source:
                # a thing no one known stands behind (a crowd, which chanted …): the phrase it stands for
                thing = _THING_BEFORE.search(text, max(s, found.source[0] - 80), found.source[0])
                if thing is None:
                    continue    # never "which" as a speaker
                np = re.sub(r"[“”\"]", "", thing.group(1))        # (a "correction," which …: a correction)
        if not np or np.lower() in _NOT_A_SOURCE or _NOT_A_HEAD.match(np) or _misread(text, found, cue):
            continue
        found = Tagged(found.source, found.cue, _past_when(text, found))
        attitude = attitude_of(cue)
        known = cues().get(cue.lower())
        act = known.act if known else _ACT_OF[attitude]
        d = core.Draft(s, e, paragraph, kind="reported_speech", speakers=speakers or speak(np, ctx), mention=np,
                       cue=cue, act=act, content=found.content, attitude=attitude)
        if not reports(cue.lower(), d.speakers, np, text[found.cue[1]:found.cue[1] + 12]):
            continue            # (as the rules: he shows no sign of …, staff at the BBC have been told …)
        if out or taken is not None:          # anchored to its own span inside the sentence
            spans = [found.cue, found.content] + ([found.source] if found.source else [])
            d.start, d.end = min(a for a, _ in spans), max(b for _, b in spans)
            if (d.start, d.end) == (s, e) or any((o.start, o.end) == (d.start, d.end) for o in out):
                continue
        if (told := told_outlet(text[found.cue[0]:min(e, found.content[0] + 40)] if found.cue[1] <= found.content[0] else "")) is not None:
            d.via = d.via + (told,)      # …, telling Fox News the bill had the votes: the interview given to Fox News
        remember(ctx, d.speakers)
        out.append(d)
    return out
