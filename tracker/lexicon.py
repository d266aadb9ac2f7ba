"""Registries loaded from `tracker/data/`: outlets, well-known entities, cues, titles.

Kept as plain data so they can grow without touching the rules that use them.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources


def norm(text: str) -> str:
    """Fold width, case and spaces, for matching names."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


def _load_json(name: str) -> dict:
    data = json.loads(resources.files("tracker").joinpath("data").joinpath(name).read_text("utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@dataclass(frozen=True)
class Outlet:
    key: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    wikidata: str | None = None


@cache
def outlets() -> dict[str, Outlet]:
    return {
        key: Outlet(key, v["name"], tuple(v.get("aliases", ())), v.get("kind", "outlet"), v.get("wikidata"))
        for key, v in _load_json("outlets.json").items()
    }


@cache
def _outlet_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for o in outlets().values():
        for name in (o.name, *o.aliases):
            index.setdefault(norm(name), o.key)
    return index


_OUTLET_PREFIX = re.compile(r"^(?:米|英|仏|独|露|ロシア|中国|韓国|北朝鮮|カタール|香港|日本)?(?:国営|公共放送|有力)?(?:紙|誌|通信社|テレビ|メディア|放送局)?(?:の)?")
_OUTLET_SUFFIX = re.compile(r"(?:など|ら|の記事|の報道|電子版|\(電子版\)|（電子版）|配信|より|から|参照|報道|ウェブ版|日本語版)+$")


def find_outlet(written: str) -> Outlet | None:
    """The outlet a name as written refers to, or None if the table does not know it."""
    key = norm(written)
    index = _outlet_index()
    for cand in (key, norm(_OUTLET_SUFFIX.sub("", written)), norm(_OUTLET_PREFIX.sub("", _OUTLET_SUFFIX.sub("", written)))):
        if cand in index:
            return outlets()[index[cand]]
    for part in re.split(r"[\s　・]+", written.strip()):
        if part and norm(part) in index and len(norm(part)) >= 2:
            return outlets()[index[norm(part)]]
    return None


@cache
def outlet_pattern() -> re.Pattern:
    """A regex matching any outlet name or alias as written (longest first)."""
    names = sorted({n for o in outlets().values() for n in (o.name, *o.aliases) if len(n) >= 2}, key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names))


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str
    aliases: tuple[str, ...]
    wikidata: str | None = None


@cache
def entities() -> dict[str, Entity]:
    return {
        name: Entity(name, v["kind"], tuple(v.get("aliases", ())), v.get("wikidata"))
        for name, v in _load_json("entities.json").items()
    }


@cache
def _entity_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for e in entities().values():
        for n in (e.name, *e.aliases):
            index.setdefault(norm(n), e.name)
    return index


def find_entity(name: str) -> Entity | None:
    hit = _entity_index().get(norm(name))
    return entities()[hit] if hit else None


@cache
def countries() -> tuple[str, ...]:
    """Country names and short forms, longest first (single-character forms left out)."""
    names = {n for e in entities().values() if e.kind == "organization"
             for n in (e.name, *e.aliases) if len(n) >= 2 and not n.isascii()}
    return tuple(sorted(names, key=len, reverse=True))


@dataclass(frozen=True)
class Cue:
    surface: str        # regex of the cue as written, without its inflection
    form: str           # quotative, object, source, document, hearsay, credit, intro
    act: str            # a ct: speech act
    stance: str


@cache
def cues() -> tuple[Cue, ...]:
    out = []
    text = resources.files("tracker").joinpath("data").joinpath("cues.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        surface, form, act, stance = line.split("\t")
        out.append(Cue(surface, form, act, stance))
    return tuple(out)


@cache
def word_list(name: str) -> tuple[str, ...]:
    """A list from tracker/data/words.tsv (`name<TAB>word`), longest first."""
    text = resources.files("tracker").joinpath("data").joinpath("words.tsv").read_text("utf-8")
    words = [w for n, _, w in (ln.partition("\t") for ln in text.splitlines()
                               if ln.strip() and not ln.startswith("#")) if n == name]
    return tuple(sorted(words, key=len, reverse=True))
