"""Clauses that only name who reported what precedes them: a sentence of its own (新華社が伝えた。,
政府関係者が16日に明らかにしたという。) or the clause closing a sentence (…と述べた、と共同通信が報じた。),
and the clause of one who passed on what the sentence reports (…と述べた、と町の人は話した。). They say
nothing themselves; `pass_on` gives them to the statements before them."""
from __future__ import annotations

import re
from dataclasses import replace

from ... import lexicon as outlets
from ...model import Speaker, Via
from .cues import RELAY_CLAUSE, TOLD_NAME, TOLD_WHOM, Clause
from .people import Context, make_speaker, speakers_of
from .phrases import np_before
from .speakers import classify

# …と述べた、と町の人は話した。: someone who passes on what the clause before says someone else said
_RELAY_SPEECH = re.compile(r"と、?(?P<np>[^、。「」]{1,20}?)(?:が|は)(?:[0-9０-９]{1,2}日(?:夜|朝|午前|午後)?に?、?)?"
                           r"(?P<verb>(?:話し|語っ|述べ|明かし|証言し|説明し|言っ)(?:た|ている|ていた|ました|ています))(?:という)?[。．]?")


def relayed_by(text: str, clause: Clause, ctx: Context) -> tuple[tuple[Speaker, ...], str, str] | None:
    """(who passed it on, as written, the verb) if the clause only says who told what the clause
    before it reports (…と述べた、と町の人は話した。)."""
    relay = _RELAY_SPEECH.fullmatch(text[clause.start:clause.end].strip(" 　、"))
    if relay is None:       # (whoever is the subject of a speech verb speaks: 町の人, 知人の男性)
        return None
    ns = clause.start + text[clause.start:clause.end].index(relay.group("np"))
    return speakers_of((relay.group("np"), ns, ns + len(relay.group("np"))), ctx), relay.group("np"), relay.group("verb")


def credit_of(text: str, clause: Clause, ctx: Context) -> tuple[tuple[Speaker, ...], str, str, str] | None:
    """(who reported, as written, the cue, its act) if the clause only names who reported what precedes it."""
    body = text[clause.start:clause.end].strip()
    relay = RELAY_CLAUSE.fullmatch(body)
    if relay:
        ns = clause.start + text[clause.start:clause.end].index(relay.group("np"))
        sps = speakers_of((relay.group("np"), ns, ns + len(relay.group("np"))), ctx)
        if sps and all(sp.kind == "media" for sp in sps):
            return sps, relay.group("np"), relay.group("verb"), "reported"
    credit = next((h for h in clause.cues if h.cue.form == "credit"), None)
    told = _TOLD.search(credit.surface) if credit is not None else None
    if told and not (outlets.find_outlet(told.group(1)) or classify(told.group(1)) == "media"):
        return None             # 政府は増税を正式に発表した, 市は予算案を市民に発表した: told no outlet, credits nothing before it
    if credit is not None and re.fullmatch(r"[^、。]{1,40}" + re.escape(credit.surface) + r"(?:という|とのことだ)?[。．.]?", body):
        credit = replace(credit, surface=re.sub(rf"^([がは])(?:[0-9０-９]{{1,2}}日(?:夜|朝|午前|午後)?に?、?)?(?:{TOLD_WHOM})?",
                                                r"\1", credit.surface))     # (its day and whom it was told: the cue is the verb)
        ns, ne = np_before(text, credit.start, clause.start)
        np = text[ns:ne]
        kind = classify(np)
        if kind:
            return (make_speaker(np, kind, ctx, ns),), np, credit.surface[1:], credit.cue.act
    return None


_TOLD = re.compile(rf"^[がは](?:[0-9０-９]{{1,2}}日(?:夜|朝|午前|午後)?に?、?)?({TOLD_NAME})に(?:対し)?、?(?!.*の(?:取材|インタビュー))")
_HELD = 8       # the nearest sources a statement came through that are kept: a page naming a thousand has no more to say


def pass_on(drafts) -> None:
    """What the credits and relays of a paragraph's drafts say of the drafts before them: a sentence
    that only credits a source (中国国営中央テレビが報じた。) gives it what precedes it in the
    paragraph, a relay (…と述べた、と町の人は話した。) the rest of its sentence. A statement without a
    speaker becomes the nearest one's; a speaker's came through each of them (州消防当局によると…
    米CNNが伝えた). One pass from the end, each source once however often it is named, the nearest
    eight at most: linear."""
    credits: list = []          # the credits after the draft at hand, by speakers, the nearest first
    relays: list = []           # the same of the relays after it in its sentence
    sentence = None
    for d in reversed(drafts):
        if d.clause.sentence != sentence:
            sentence, relays = d.clause.sentence, []
        if d.kind in ("credit", "relay"):
            d.emit = False
            held = credits if d.kind == "credit" else relays
            held[:] = [d, *(h for h in held if h.speakers != d.speakers)][:_HELD]
            continue
        if not d.emit:
            continue
        for by in (*credits, *relays):
            if d.kind == "reported_fact":
                d.kind, d.speakers, d.mention, d.cue, d.act = "reported_speech", by.speakers, by.mention, by.cue, by.act
                d.stance, d.via = "Hearsay", d.via + tuple(v for v in by.via if v not in d.via)    # (…共同通信の取材に明らかにした: the interview too)
            elif d.kind == "reported_speech" and d.speakers != by.speakers:
                had = {v.source for v in d.via}
                d.via = d.via + tuple(Via(sp.mention or sp.name, sp, by.cue or "") for sp in by.speakers if sp not in had)
