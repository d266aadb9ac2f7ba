"""Transcripts: who speaks each turn of an interview, a debate or a briefing.

A turn opens with its speaker's label in capitals, closed by a colon (RADDATZ:, SEN. JANE ROE
(D), OREGON:, MS. LEE:, Q:; a question's Q may be set off by spaces instead) and runs on,
paragraph after paragraph, to the next label. A page is read as a transcript only where at least
two paragraphs open with a label, or one label with a title (MR. EARNEST:) under a short line
that calls the page a transcript, a briefing, remarks, a press or news conference or an
interview; the labels of page furniture (UPDATE:, EDITOR'S NOTE:, WATCH:) are none. A
questioner's turn (Q, QUESTION, REPORTER) holds questions, which are no statements. A label
written short (RADDATZ) is the speaker an earlier label named in full (MARTHA RADDATZ, ABC HOST),
and with a title (MS. LEE) a person.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ... import lexicon
from ...model import Citation, Layout
from .speakers import classify

# a name in capitals, up to five words (titles with their stops: SEN., MS.), a party in
# parentheses, and after a comma what the speaker is, in capitals (ABC HOST, ALABAMA) or as words
# are written, without digits (DONALD TRUMP, President of the United States:, as a broadcaster's
# transcript has it; not WASHINGTON, Oct. 24:); a transcript pasted as a quote opens each turn with
# its quote mark ("WALLACE: …)
_LABEL = re.compile(r"[\"“]?(?P<name>[A-Z][A-Z'’\-]*\.?(?:\s+[A-Z][A-Z'’\-]*\.?){0,4})(?:\s*\([A-Z]{1,3}(?:-[A-Z]{2,14})?\))?"
                    r"(?:,\s*(?P<role>[A-Z](?:[A-Z0-9 .,'’&\-]{1,50}?|[A-Za-z .,'’&\-]{1,60}?)))?\s*:\s+(?=\S)")
# a briefing's transcript writes its labels as names are written (Wang Wenbin:, Dragon TV:)
# (or alone on its line with the time it was said, the words on the next: Jane Roe: (00:01), as Rev's transcripts write it;
# not a heading without its time: Jane Roe:⏎A former teacher, …)
_NAMED = re.compile(r"[ \t\u3000]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?(?P<name>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}(?:\s\d{1,2})?)\s*:"
                    r"(?:(?P<alone>[ \t]*+[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]][ \t]*+$)|\s+(?=\S))")
# a question's label (or an answer's) without its colon, set off by a tab or spaces, as White House transcripts write it
_BARE_Q = re.compile(r"(?P<label>[QA])(?:\t|[ \u00a0]{2}|\.[ \u00a0])[ \t\u00a0]*+(?=\S)")     # (Q. Why …?: a stop too)
_QUESTION = frozenset(("Q", "QUESTION", "REPORTER", "AUDIENCE MEMBER", "MODERATOR QUESTION"))
_NOT_A_NAME = re.compile(r"(?i:our|my|your|their|the|this|that|what|why|how|who|when|where|photo|video|image|top|bottom|key|editor)\b")
_NOT_A_SPEAKER = frozenset((
    "UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "EDITORS NOTE", "BREAKING", "WATCH", "RELATED",
    "READ MORE", "READ", "PHOTO", "PHOTOS", "VIDEO", "SOURCE", "SOURCES", "CORRECTION", "CLARIFICATION", "TRANSCRIPT",
    "ADVERTISEMENT", "WARNING", "SPOILER", "EXCLUSIVE", "OPINION", "ANALYSIS", "LIVE", "FACT CHECK", "THE FACTS",
    "BOTTOM LINE", "WHY IT MATTERS", "THE BIG PICTURE", "WHAT'S NEXT", "DISCLOSURE", "DISCLAIMER", "SUMMARY", "TL;DR",
    "FILE", "CREDIT", "VIA", "PS", "P.S.", "A", "I", "AUTHOR'S NOTE", "AUTHOR’S NOTE", "MY NOTE", "MY TAKE", "ED NOTE", "ED. NOTE"))
# a short line before the first label that says what the page is: Press Briefing by …, Transcript: …
_HONORIFIC = re.compile(r"(?:MR|MRS|MS|DR)\.?\s+")
# ...or the speaker's office alone (PRIME MINISTER:, THE PRESIDENT:), as a government's transcripts label its holder
_OFFICE = re.compile(r"(?:THE\s+)?(?:(?:DEPUTY|VICE)\s+)?(?:PRIME\s+MINISTER|PRESIDENT|PREMIER|CHANCELLOR|GOVERNOR|MAYOR|TREASURER|"
                     r"(?:[A-Z]+\s+)?(?:MINISTER|SECRETARY))")
_RECORD = r"transcripts?|briefing|remarks|press conference|news conference"
_TRANSCRIPT_HEAD = re.compile(rf"(?i:\b(?:{_RECORD}|interview)\b)")
_RECORD_HEAD = re.compile(rf"(?i:\b(?:{_RECORD})\b)")       # (not a news story's interview)
_TITLES = re.compile(r"^(?:SEN|SENATOR|REP|REPRESENTATIVE|MR|MRS|MS|DR|GOV|GOVERNOR|SEC|SECRETARY|PRES|PRESIDENT|"
                     r"GEN|GENERAL|ADM|ADMIRAL|AMB|AMBASSADOR|MAYOR|JUDGE|JUSTICE|PROF|PROFESSOR|VICE PRESIDENT)\.?\s+")


def first_person(mention: str | None) -> bool:
    """A subject in the first person (I, we): in a turn, its speaker, not the author."""
    return (mention or "").split()[-1:] in (["I"], ["we"], ["We"])


def label_name(label: str) -> str:
    """The name a label in capitals gives, as a name is written: SEN. JOHN DOE (R) → John Doe."""
    return _TITLES.sub("", re.sub(r"\s*\([A-Z]{1,3}(?:-[A-Z]{2,14})?\)", "", " ".join(label.split()))).title()


def titled_name(label: str) -> str:
    """The name a label gives, its title kept where the name is one word (MS. LEE → Ms. Lee: a
    person, where Lee alone could be a company)."""
    name, titled = label_name(label), _TITLES.match(" ".join(label.split()))
    return f"{titled.group(0).strip().title()} {name}" if titled and len(name.split()) == 1 else name


def furniture_label(label: str | None) -> bool:
    """A label that names no speaker: UPDATE, EDITOR'S NOTE, WATCH."""
    return " ".join((label or "").upper().split()).rstrip(".:") in _NOT_A_SPEAKER


@dataclass(frozen=True)
class Turn:
    name: str | None        # the speaker as the label names them in full; None for a question
    end: int                # where the words of the turn start in its opening paragraph (0 elsewhere)


def turns(text: str, layout: Layout) -> dict[int, Turn]:
    """The turn each paragraph of a transcript belongs to, by paragraph index."""
    labelled: dict[int, tuple[str, int]] = {}
    furniture: set[int] = set()         # UPDATE: …: no one's turn, and the end of the one before
    answers: dict[int, int] = {}        # A: …, on a page whose questions are labelled Q
    named = _named_turns(text, layout)
    # names as written taking turns with no outlet asking (Jane Roe: … Tom Pell: …): each speaks its own paragraph only (not MCEVERS:)
    once = {pi for pi, (lb, _) in named.items() if not lb.isupper()} if named and all(lb != "Q" for lb, _ in named.values()) else set()
    for pi, p in enumerate(layout.paragraphs):
        if pi in named:
            labelled[pi] = named[pi]
            continue
        m = _LABEL.match(text, p.start, p.end) if p.kind == "body" else None
        if not m and p.kind == "body" and (q := _BARE_Q.match(text, p.start, p.end)):
            if q.group("label") == "A":
                answers[pi] = q.end()           # A  Every household pays it.: the answer to a Q set off by spaces
            else:
                labelled[pi] = ("Q", q.end())   # Q    Is the aid …?: a briefing's question, its label set off by spaces
            continue
        if not m or not re.search(r"[A-Z]{2}|^[A-Z]$", m.group("name")):
            continue
        label = " ".join(m.group("name").split())
        if label == "A":
            answers[pi] = m.end()
        elif label.rstrip(".") in _NOT_A_SPEAKER:
            furniture.add(pi)
        else:
            labelled[pi] = (label, m.end())
    answerer = _interviewed(text) if answers and any(lb.rstrip(".") in _QUESTION for lb, _ in labelled.values()) else None
    labelled.update({pi: (answerer, end) for pi, end in answers.items()} if answerer else {})
    furniture.update(() if answerer else answers)
    if len(labelled) < 2 and not (labelled and _announced(text, layout, min(labelled), labelled[min(labelled)][0])):
        return {}
    full: dict[str, str] = {}           # surname → the name in full, as an earlier label gave it
    out: dict[int, Turn] = {}
    current: Turn | None = None
    for pi, p in enumerate(layout.paragraphs):
        if pi in labelled:
            label, end = labelled[pi]
            if label.rstrip(".") in _QUESTION:
                current = Turn(None, end)
            elif pi in answers:
                current = Turn(label, end)          # the one the page says it interviewed
            else:
                name = label_name(label)
                words = name.split()
                if len(words) > 1:
                    full[words[-1]] = name if full.get(words[-1], name) == name else ""     # (two people of one surname: neither)
                current = Turn(full.get(name) or titled_name(label) if len(words) == 1 else name, end)
            out[pi] = current
            current = None if pi in once and end < p.end else current       # (a label alone on its line: its words below)
        elif p.kind in ("heading", "title") or pi in furniture or named and _NAMED.match(text, p.start, p.end):
            current = None      # (a label no one is known by, Lee: between Sam Lee and Ann Lee, ends the turn before it)
        elif current is not None and p.kind == "body" and _NOTE.fullmatch(text, p.start, p.end):
            pass                # [Note: … — Greg]: the transcriber's, between turns
        elif current is not None and p.kind == "body":
            out[pi] = Turn(current.name, 0)
            current = None if pi - 1 in once else current
    return out


def _announced(text: str, layout: Layout, first: int, label: str) -> bool:
    """Whether the one label of a page, `label` at paragraph `first`, opens a transcript: it has an
    honorific (MR. EARNEST:) and a short line before it, a heading, no sentence, calls the page one
    (Press Briefing by …; not Gov. Roe said so in an interview.)."""
    heads = [k for k, p in enumerate(layout.paragraphs[:first]) if len(text[p.start:p.end].split()) <= 15
             and _TRANSCRIPT_HEAD.search(text, p.start, p.end) and not re.search(r"[.!?…][\"'”’)]*\s*$", text[p.start:p.end])]
    if _HONORIFIC.match(label):
        return bool(heads)
    # an office alone (PRIME MINISTER:) under a head that calls the page a transcript, a briefing, remarks or a press
    # conference (not a news story's "interview"), with no sentence of the author's between them
    return _OFFICE.fullmatch(label) is not None and any(
        _RECORD_HEAD.search(text, layout.paragraphs[k].start, layout.paragraphs[k].end)
        and not any(re.search(r"[.!?]\s*$", text[p.start:p.end]) for p in layout.paragraphs[k + 1:first]) for k in heads)


def _named_turns(text: str, layout: Layout) -> dict[int, tuple[str, int]]:
    """Labels written as names are written, on a briefing's page whose questions are labelled by the
    outlet asking them (Dragon TV: …?, Wang Wenbin: …): an outlet's paragraph that is a question is
    a question's turn; a person's name that labels a paragraph is its speaker; or on a page where two
    people or more take three turns or more, each saying something (half of them, under an intro that gives an interview
    or a transcript) (Jane Roe: … Tom Pell: …; a surname alone, Roe:, where a label or that intro gave the name in full,
    the same person's). Otherwise
    a name before a colon is no label (Bloomberg: stocks fell …, Bottom Line: …, Our View: …)."""
    paras = layout.paragraphs
    found = {pi: m for pi, p in enumerate(paras) if p.kind == "body" and (m := _NAMED.match(text, p.start, p.end))
             and not furniture_label(m.group("name")) and (m.group("alone") is None or pi + 1 < len(paras) and paras[pi + 1].kind == "body")}
    asking = {pi for pi, m in found.items() if (lexicon.find_outlet(m.group("name")) or classify(m.group("name")) == "media")
              and re.search(r"[?？][”\"’)）]?\s*$", _words(text, paras, pi, m))
              or _QUESTIONER.fullmatch(m.group("name"))}     # (its paragraph a question; Reporter 1: (01:10), a questioner's turn)
    answering = {pi for pi, m in found.items() if pi not in asking and not _NOT_A_NAME.match(m.group("name"))
                 and classify(m.group("name")) == "person" and not lexicon.find_outlet(m.group("name"))}
    # a surname alone, where a label gave the name in full (Sam Lee: … Lee: …)
    named = {" ".join(m.group("name").split()) for pi, m in found.items() if pi in answering and len(m.group("name").split()) > 1}
    intro = (max(0, paras[min(found)].start - 2000), paras[min(found)].start) if found else (0, 0)
    given = bool(_TRANSCRIPT_HEAD.search(text, *intro)) and not _NOT_AIRED.search(text, *intro)     # an intro that gives an interview
    if given:           # and the people it names (… was interviewed by Mark Hale …)
        named |= {n for n in _FULL_NAME.findall(text, *intro) if classify(n) == "person"}
    last_names = Counter(n.split()[-1] for n in named)
    surnames = {w for w, k in last_names.items() if k == 1}     # (not Sam Lee's and Ann Lee's)
    answering |= {pi for pi, m in found.items() if pi not in asking and m.group("name") in surnames}
    names = {" ".join(found[pi].group("name").split()) for pi in answering}
    said = [_words(text, paras, pi, found[pi]) for pi in answering]
    saying = sum(len(t.split()) >= 3 for t in said)      # (under an intro that gives an interview, half the turns; else every one)
    if not asking and not (len(names) >= 2 and len(answering) >= 3 and saying >= (max(2, (len(said) + 1) // 2) if given else len(said))
                           and any(_SPOKEN.search(t) for t in said)):
        return {}           # a debate's or an interview's turns (Jane Roe: … Tom Pell: … Jane Roe: …), each saying something, one
        # of them to someone (I, you, a question): not a programme, nor a list of who is who
    return {pi: ("Q" if pi in asking else " ".join(found[pi].group("name").split()), found[pi].end()) for pi in sorted(asking | answering)}


def _words(text: str, paras, pi: int, label: re.Match) -> str:
    """What a turn labelled at paragraph `pi` says first: after its label, or the next paragraph's words."""
    return text[paras[pi + 1].start:paras[pi + 1].end] if label.group("alone") is not None else text[label.end():paras[pi].end]


_NOTE = re.compile(r"\s*[\[(](?:[^\[\]()\n]|\([^()\n]*\))*[\])]\s*")     # a paragraph in brackets alone
_FULL_NAME = re.compile(r"\b[A-Z][a-z][\w'’\-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w'’\-]*){1,2}\b")
_QUESTIONER = re.compile(r"(?i:reporter|journalist|audience member|audience|question|questioner|moderator)(?:\s\d{1,2})?")
_SPOKEN = re.compile(r"\b(?:I|I['’]m|I['’]ve|we|We|you|You|my|My|our|Our|your|Your)\b|\?")
# whom a page of Q: and A: says it interviewed: We spoke with Mayor Jane Roe, an interview with Dr. Lee
_INTERVIEWED = re.compile(r"\b(?:spoke|talked|chatted|sat down|caught up)\s+(?:with|to)\s+|\binterview(?:ed)?\s+(?:with\s+)?")
_NAME = re.compile(r"(?:(?:Mayor|Gov\.|Governor|Sen\.|Senator|Rep\.|Dr\.|Prof\.|President|Minister|Secretary|Judge|Chief)\s+)?"
                   r"[A-Z][\w'’\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’\-]+){1,3}")


_AUDIENCE = re.compile(r"\s+(?:viewers|readers|listeners|fans|supporters|voters|customers|users|members|subscribers|staff|employees|workers)\b")


def _interviewed(text: str) -> str | None:
    """The person a Q-and-A page says it interviewed, named with a capital (a title may go with them)."""
    for m in _INTERVIEWED.finditer(text, 0, 3000):
        name = _NAME.match(text, m.end())
        if name and not lexicon.find_outlet(name.group(0)) and not _AUDIENCE.match(text, name.end()):
            return name.group(0)        # not "talked to Fox News Channel viewers"
    return None


# a paragraph giving the transcript below it, and where it was aired: … was interviewed by Sam Lee on Lakeside Public Radio.
# The following is my transcript of that interview.
_TRANSCRIPT_BELOW = re.compile(r"(?i:\b(?:the\s+following|below|here)\s+is\s+(?:my|a|the|our)\s+(?:(?:full|partial|rough|complete)\s+)?transcript\b"
                               r"|\btranscript\s+(?:follows|is\s+below)\b)")
_AIRED_VERB = re.compile(r"\b(?:interview(?:ed)?|spoke|speaking|talked|talking|appear(?:ed|ing)|aired|broadcast|said|told|guest)\b")
_AIRED_ON = re.compile(r"\b(?:on|to|with)\s+(?P<outlet>(?:the\s+)?[A-Z][\w&'’\-]*+(?:\.\w[\w&'’\-]*+)*(?:\s+[A-Z][\w&'’\-]*+(?:\.\w[\w&'’\-]*+)*){0,4})")


def aired(text: str, layout: Layout) -> Citation | None:
    """The station or outlet a paragraph announcing the transcript below it says the words were aired on or given to
    (… was interviewed on Lakeside Public Radio. The following is my transcript …): the paragraphs right below it that a
    label opens are its (a paragraph without one, a transcriber's note, the author's words after it stay the author's).
    Anchored to the announcing sentence where it says nothing more, else to the announcing phrase; the broadcast's date
    is the one the page gives, else unknown."""
    paras = layout.paragraphs
    for pi, p in enumerate(paras):
        below = _TRANSCRIPT_BELOW.search(text, p.start, p.end) if p.kind == "body" else None
        verb = _AIRED_VERB.search(text, p.start, p.end) if below and not _NOT_AIRED.search(text, p.start, p.end) else None
        aired = next((m for m in _AIRED_ON.finditer(text, verb.end(), min(p.end, verb.end() + 60)) if names_outlet(m.group("outlet"))
                      and not _AUDIENCE.match(text, m.end()) and not _ABOUT.search(text, verb.end(), m.start())), None) if verb else None
        # (spoke to Pat Moreno on Lakeside Radio: the station; not told the Elks Lodge about her feud with CNN)
        if aired is None:
            continue
        said, last, spans = turns(text, layout), pi + 1, []
        while last < len(paras) and (last in said or spans and _NOTE.fullmatch(text, paras[last].start, paras[last].end)):
            spans += [(paras[last].start, paras[last].end)] if last in said and said[last].end > 0 else []     # (a transcriber's note: theirs)
            last += 1           # (only the paragraphs a label opens: an unlabelled one may be the author's, however a turn would run on)
        if not spans:
            return None         # (no turns below it: no transcript)
        s = max(text.rfind(stop, p.start, below.start()) for stop in (". ", "? ", "! ")) + 2
        s = s if s > p.start + 1 else p.start
        e = next((m.end() for m in re.finditer(r"[.:!?](?=\s|$)", text[below.end():p.end])), p.end - below.end()) + below.end()
        if not _ANNOUNCING.match(text, s) or len(re.findall(r"\w+", text[below.end():e])) > 4 or re.search(r"\d", text[s:e]):
            s, e = below.span()      # (…, who took a bribe, spoke to the station, and her transcript follows: the rest is said)
        name, found = aired.group("outlet"), lexicon.find_outlet(aired.group("outlet"))
        return Citation(s, e, text[s:e], found.key if found else "name:" + re.sub(r"^[Tt]he\s+", "", name), name, None, "aired",
                        scope=tuple(spans))
    return None


_NOT_AIRED = re.compile(r"(?i)\b(?:not|never|nothing|no|refused|declined|without|instead\s+of)\b|n['’]t\b")
_AUDIENCE = re.compile(r"['’]?s?\s+(?:viewers|listeners|readers|audiences?|attendees|crowd|staff|employees|fans|supporters|members|guests|hosts?)\b")
_ABOUT = re.compile(r"(?i)\b(?:about|over|regarding|concerning|after|before|when|while|against)\b")
_ANNOUNCING = re.compile(r"\s*(?:(?:The\s+following|Below|Here)\s+is|What\s+follows|This\s+is)\b")


def names_outlet(name: str) -> bool:
    """Whether a name as a credit or a broadcast writes it is an outlet's: a known one written whole (The Economist, CNN,
    AP; not Economist alone, a job), or a paper by its name's form of two words or more that no registry entry only
    half-matches (the Northfield Courier; not the Sun, nor Town Hall, nor My Earlier Post)."""
    bare = re.sub(r"^[Tt]he\s+", "", name)
    if (o := lexicon.find_outlet(name)) is not None:
        return lexicon.known_whole(name) and (name == o.name or name.isupper() or name != bare or bare in (o.name, *o.aliases) and " " in bare)
    return classify(name) == "media" and len(bare.split()) >= 2 and not re.match(r"(?i:my|our|your|his|her|their|its|this|that|these|those|an?)\b", name)
