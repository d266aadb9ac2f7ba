"""Quoting: who speaks where an outlet, a document or a passive quotes someone as saying it.

Finch was quoted by Reuters as saying …: Finch. Xinhua quoted the ministry as saying …, Roll Call quoted GOP aides who
say …, China will retaliate, Xinhua quoted the ministry as saying.: the one quoted, the outlet being the report it is
cited to (`quoted.told_outlet`). A person quoting another (Senator Roe quoted the governor as saying …) gives Roe's
account of the governor: Roe's words.
"""
from __future__ import annotations

import re

from ... import lexicon
from .speakers import classify
from .subjects import subject_before


# a passive of quoting before "as saying": Finch was quoted by Reuters as saying …, has been widely quoted as saying
_QUOTED_AS = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?!(?:falsely|wrongly|incorrectly|mistakenly|erroneously|misleadingly)\b)\w+ly\s+|also\s+)?quoted(?:\s+(?:by|in)\s+[^,;:]{2,60}?)?\s+as\s*$")


# whom an outlet or a document quotes, before "as saying" or their verb: Xinhua quoted the ministry as saying …, Roll Call
# quoted GOP aides who say …, State media quoted Kim as saying …; not a person's account of another (Senator Roe quoted
# the governor as saying …: Roe's words)
_VERB, _WORD = r"(?:quoted|cited|quotes|cites)", r"[^\s,;:“\"▒]+"
_QUOTING = re.compile(rf"\s+{_VERB}\s+(?P<np>(?:{_WORD}\s+){{0,7}}?{_WORD})\s+(?P<how>as|who)\s*$")
# the whole phrase, what follows the quoting verb: (Xinhua) quoted the ministry as saying …, (Roll Call) quoted GOP aides who say …
QUOTING_AS = re.compile(rf"{_VERB}\s+{_WORD}(?:\s+{_WORD}){{0,7}}?\s+(?:as\s+saying|who\s+(?:say|says|said)\b)")
_PEOPLE = re.compile(r"(?:(?:the|some|several|many|two|three|four|five|\d+)\s+)?(?:[A-Za-z][\w-]*\s+){0,2}[a-z]+s")     # shipping firms, the firms
_PRESS = re.compile(r"(?:(?i:the|a|an)\s+)?(?:[\w-]+\s+)?(?i:newspaper|paper|daily|tabloid|magazine|agency|network|broadcaster|station|outlet|channel|"
                    r"media|television|TV|radio)")


def quoted_as(before: str, how: str = "as") -> str | None:
    """Who a passive of quoting says spoke (Finch was quoted by Reuters as saying): the subject before it; or whom an
    outlet or a document quotes (`how`: as saying it, who say it)."""
    tail = max(0, len(before) - 120)
    if how == "as" and (m := _QUOTED_AS.search(before, tail)):
        return subject_before(before[:m.start()])
    m = _QUOTING.search(before, tail)
    return m.group("np") if m and m.group("how") == how and (classify(m.group("np")) in ("person", "organization", "anonymous")
                                                             or _PEOPLE.fullmatch(m.group("np"))) and quoting(before[:m.start()], how == "as") else None


def quoted_before(s: int, before: str) -> tuple[int, int] | None:
    """What an outlet's closing clause of quoting says was said, before its comma (China will retaliate, Xinhua quoted
    the ministry as saying on Wednesday.)."""
    m = _QUOTING.search(before, max(0, len(before) - 120))
    comma = before.rfind(",", 0, m.start()) if m else -1
    return (s, s + comma) if comma > 0 and before[:comma].strip() and quoting(before[:m.start()], closing=True) else None


def quoting(before: str, closing: bool = False) -> str | None:
    """The outlet or document whose verb of quoting follows `before` (Xinhua, The report, State media), as the subject of
    the sentence or of a clause after its comma (…, Xinhua quoted …); not inside what someone else said or doubts
    (Roe said that Xinhua had quoted …, I doubt that Xinhua ever quoted …), nor a person an outlet is named of (Jane Roe, a
    former CNN anchor, quoted …)."""
    by = subject_before(before)
    lead = before.rstrip()[:-len(by)].rstrip() if by and before.rstrip().endswith(by) else None
    if lead is None or lead and not (closing and lead.endswith(",")):
        return None     # (a clause before it only where it closes what the clause said: …, Xinhua quoted the ministry as saying.)
    return by if lexicon.known_whole(undescribed(by)) or classify(by) in ("media", "document") or _PRESS.fullmatch(by) else None


def undescribed(name: str) -> str:
    """An outlet's name without the words describing it before it: The state-run China Daily → China Daily."""
    return re.sub(r"^(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+)*", "", name)
