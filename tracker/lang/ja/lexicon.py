"""The Japanese lexicons, as data in `data/`: speech-act cues (`cues.tsv`) and word lists
(`words.tsv`: titles and honorifics, heads of organisation and document names, markers of
unnamed sources, hedges). Country names come from the shared entity registry."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ... import lexicon


@dataclass(frozen=True)
class Cue:
    surface: str        # regex of the cue as written, without its inflection
    form: str           # quotative, object, source, document, hearsay, credit, intro (and elided: cues.py)
    act: str            # a ct: speech act
    stance: str


@cache
def cues() -> tuple[Cue, ...]:
    return tuple(Cue(*row) for row in lexicon.read_tsv(__package__, "cues.tsv"))


@cache
def word_list(name: str) -> tuple[str, ...]:
    """A list from words.tsv (`name<TAB>word`), longest first."""
    words = [row[1] for row in lexicon.read_tsv(__package__, "words.tsv") if row[0] == name]
    return tuple(sorted(words, key=len, reverse=True))


@cache
def countries() -> tuple[str, ...]:
    """Country names and short forms written in Japanese, longest first (single characters left out)."""
    names = {n for e in lexicon.entities().values() if e.kind == "organization"
             for n in (e.name, *e.aliases) if len(n) >= 2 and not n.isascii()}
    return tuple(sorted(names, key=len, reverse=True))
