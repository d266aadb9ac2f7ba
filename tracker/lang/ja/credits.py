"""Clauses that only name who reported what precedes them: a sentence of its own (新華社が伝えた。,
政府関係者が16日に明らかにしたという。) or the clause closing a sentence (…と述べた、と共同通信が報じた。).
They say nothing themselves; attribute.py gives their source to the statements before them."""
from __future__ import annotations

import re
from dataclasses import replace

from ...model import Speaker
from .cues import Clause
from .people import Context, make_speaker, speakers_of
from .speakers import classify, np_before

# …と述べた、と共同通信が報じた。 …と、朝日新聞と毎日新聞が18日、当局者の話として伝えた。 …と朝日、毎日、共同が報じた。
_RELAY_CLAUSE = re.compile(r"と、?(?P<np>[^、。「」]{2,30}?(?:、[^、。「」]{2,15}?){0,5})(?:が|は)(?:[0-9０-９]{1,2}日(?:夜|朝|午前|午後)?に?、?)?(?:[^、。「」]{0,16}?(?:の話として|で)、?)?"
                           r"(?P<verb>(?:報じ|伝え|報道し)(?:た|ている|ました|ています))(?:という)?[。．]?")


def credit_of(text: str, clause: Clause, ctx: Context) -> tuple[tuple[Speaker, ...], str, str, str] | None:
    """(who reported, as written, the cue, its act) if the clause only names who reported what precedes it."""
    body = text[clause.start:clause.end].strip()
    relay = _RELAY_CLAUSE.fullmatch(body)
    if relay:
        ns = clause.start + text[clause.start:clause.end].index(relay.group("np"))
        sps = speakers_of((relay.group("np"), ns, ns + len(relay.group("np"))), ctx)
        if sps and all(sp.kind == "media" for sp in sps):
            return sps, relay.group("np"), relay.group("verb"), "reported"
    credit = next((h for h in clause.cues if h.cue.form == "credit"), None)
    if credit is not None and re.fullmatch(r"[^、。]{1,40}" + re.escape(credit.surface) + r"(?:という|とのことだ)?[。．.]?", body):
        credit = replace(credit, surface=re.sub(r"^([がは])[0-9０-９]{1,2}日(?:夜|朝|午前|午後)?に?、?", r"\1", credit.surface))
        ns, ne = np_before(text, credit.start, clause.start)
        np = text[ns:ne]
        kind = classify(np)
        if kind:
            return (make_speaker(np, kind, ctx, ns),), np, credit.surface[1:], credit.cue.act
    return None
