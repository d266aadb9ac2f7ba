"""Registries every language shares, loaded from `tracker/data/`: news outlets and well-known
speakers, each with the names it is written under in any language (ロイター = Reuters). A
language's own lexicons (cues, titles, hedges) live in its package and load with `read_tsv`.

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
    domains: tuple[str, ...] = ()


@cache
def outlets() -> dict[str, Outlet]:
    return {
        key: Outlet(key, v["name"], tuple(v.get("aliases", ())), v.get("kind", "outlet"), v.get("wikidata"),
                    tuple(d.lower() for d in v.get("domains", ())))
        for key, v in _load_json("outlets.json").items()
    }


@cache
def _domain_index() -> dict[str, str]:
    return {d: o.key for o in outlets().values() for d in o.domains}


_HOST = re.compile(r"^(?:[a-z][a-z0-9+.\-]*://)?(?:[^@/\s]*@)?(?P<host>[a-z0-9.\-]+\.[a-z]{2,})(?::\d+)?(?:[/?#]|$)", re.I)


def outlet_of_url(url: str) -> Outlet | None:
    """The outlet whose site a URL (or a bare domain, www.jiji.com) is on: its host or any domain
    above it (www3.nhk.or.jp → nhk.or.jp) in the registry's domains."""
    m = _HOST.match(url.strip())
    if not m:
        return None
    labels = m.group("host").lower().rstrip(".").split(".")
    index = _domain_index()
    for k in range(len(labels) - 1):
        key = index.get(".".join(labels[k:]))
        if key:
            return outlets()[key]
    return None


def host_of(url: str) -> str | None:
    m = _HOST.match(url.strip())
    return m.group("host").lower() if m else None


@cache
def _outlet_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for o in outlets().values():
        for name in (o.name, *o.aliases):
            index.setdefault(norm(name), o.key)
    return index


@cache
def _written_around() -> tuple[re.Pattern, re.Pattern]:
    """What articles write before and after an outlet's name (米紙…, …電子版より): outlets.json's
    `_written_around`."""
    data = json.loads(resources.files("tracker").joinpath("data").joinpath("outlets.json").read_text("utf-8"))
    around = data["_written_around"]
    return re.compile(around["before"]), re.compile(around["after"])


def outlet_name(key: str, written: str) -> str:
    """The name an outlet goes by where an article is read (a table, its JSON, its speakers): the
    registry's name where it is in the script the article writes the outlet in (時事 → 時事通信, AP
    → Associated Press), else the alias the article writes (Xinhua in English, not the registry's
    新華社; ロイター in Japanese, not Reuters); an outlet the registry does not know, by the name its
    key holds.
    The graph names a known outlet by the registry's name, with the others as alternates."""
    o = outlets().get(key)
    if o is None:       # by the name its key holds (the Northfield Courier: Northfield Courier, as its speaker)
        return key[len("name:"):] if key.startswith("name:") else written
    if _latin(o.name) == _latin(written):
        return o.name
    called = {norm(written), norm(re.sub(r"^(?:the|The|THE)\s+", "", written.strip()))}
    return next((n for n in o.aliases if norm(n) in called), None) \
        or next((n for n in o.aliases if _latin(n) == _latin(written)), o.name)


def _latin(name: str) -> bool:
    """Whether a name is written mostly in Latin letters."""
    letters = [ch for ch in name if ch.isalpha()]
    return 2 * sum(ch < "\u0250" for ch in letters) >= len(letters)


_QUOTED_NAME = re.compile(r"^\s*[「『“\"]([^「」『』“”\"]+)[」』”\"](.*)$", re.DOTALL)


def find_outlet(written: str) -> Outlet | None:
    """The outlet a name as written refers to, or None if the table does not know it."""
    written = _QUOTED_NAME.sub(r"\1\2", written)          # 「東亜日報」(電子版), “The Times”: the name in its quotes
    key = norm(written)
    index = _outlet_index()
    before, after = _written_around()
    bare = after.sub("", written)
    described = (before.sub("", bare), _QUOTED_NAME.sub(r"\1\2", before.sub("", written)))
    for cand in (key, norm(bare), *(norm(d) for d in described if not (norm(d) in _capitals() and not d.strip().isupper()))):
        if cand in index:       # (a newspaper Ann: a name, not ANN)
            return outlets()[index[cand]]       # (韓国紙「東亜日報」: what it is, then its name in quotes)
    for part in re.split(r"[\s　・]+", written.strip()):
        if part and norm(part) in index and len(norm(part)) >= 2 and (part.isupper() or norm(part) not in _capitals()) \
                and not (part.isascii() and part[:1].islower()):
            return outlets()[index[norm(part)]]         # "Ann Lee" is a person, not ANN; "ANN News" is ANN; an economist, not The Economist
    return outlet_of_url(written) if _BARE_DOMAIN.fullmatch(written.strip()) else None      # nytimes.com reported: the site's outlet


_BARE_DOMAIN = re.compile(r"(?:www\.)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")


@cache
def _capitals() -> frozenset[str]:
    """Outlets' short names in capitals (ANN, RIA, TASS), which a word of a longer name matches only
    written so: Ann, Ria, Tass are first names too."""
    return frozenset(norm(n) for o in outlets().values() for n in (o.name, *o.aliases)
                     if n.isascii() and n.isupper() and len(n) <= 5)


@cache
def outlet_pattern(wide: bool = False) -> re.Pattern:
    """A regex matching any outlet name or alias as written (longest first); with `wide`, their Latin
    letters in full width too (ＮＨＫ, ＴＢＳ: as Japanese text may write them), for scans of Japanese
    credits only (a longer pattern, slower everywhere else)."""
    names = {n for o in outlets().values() for n in (o.name, *o.aliases) if len(n) >= 2}
    names |= {w for n in names if (w := n.translate(_WIDE)) != n} if wide else set()
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


_WIDE = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str
    aliases: tuple[str, ...]
    wikidata: str | None = None
    forms: tuple[str, ...] = ()         # words that mention it without naming it (Russian)
    titles: tuple[str, ...] = ()        # the titles its one-letter short form needs (金 is 金正恩 as 総書記, not any 金大統領)


@cache
def entities() -> dict[str, Entity]:
    return {
        name: Entity(name, v["kind"], tuple(v.get("aliases", ())), v.get("wikidata"), tuple(v.get("forms", ())), tuple(v.get("titles", ())))
        for name, v in _load_json("entities.json").items()
    }


@cache
def _entity_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for e in entities().values():
        for n in (e.name, *e.aliases):
            index.setdefault(norm(n), e.name)
    return index


@dataclass(frozen=True)
class Platform:
    name: str
    aliases: tuple[str, ...]
    wikidata: str | None = None


@cache
def _platforms() -> dict[str, Platform]:
    out = {}
    for name, v in _load_json("platforms.json").items():
        if not name.startswith("_"):
            p = Platform(name, tuple(v.get("aliases", ())), v.get("wikidata"))
            out.update((norm(n), p) for n in (name, *p.aliases))
    return out


def find_platform(name: str) -> Platform | None:
    """The social network or video site `name` names (ツイッター, X(旧ツイッター), 自身のX, Truth Social), or None."""
    name = re.sub(r"^(?:自身の|公式)|^(?:his|her|their|its)\s+(?:own\s+)?", "", name.strip(), flags=re.I)
    found = _platforms().get(norm(name)) or _platforms().get(norm(name := re.sub(r"\s*[(（][^()（）]*[)）]$", "", name)))
    if found and name.isascii() and len(name) <= 5 and name not in (found.name, *found.aliases):
        return None           # a short name as the platform writes it: X, LINE, note (not x, line, a Note)
    return found


def find_entity(name: str) -> Entity | None:
    hit = _entity_index().get(norm(name))
    return entities()[hit] if hit else None


def read_tsv(package: str, name: str) -> list[list[str]]:
    """The rows of a tab-separated lexicon in a package's `data/` folder, comments and blank
    lines left out."""
    text = resources.files(package).joinpath("data").joinpath(name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


NAME_PARTS = re.compile(r"[\s・=＝·]")


def family_name(name: str) -> str | None:
    """The surname of a full name written with separators (ドミトリー・ペスコフ, Jane Roe), the last
    part: None where the name shows no parts (岸田文雄 cannot be cut without a dictionary)."""
    parts = [p for p in NAME_PARTS.split(name.strip()) if p]
    return parts[-1] if len(parts) >= 2 and len(parts[-1]) >= 2 else None


def known_whole(name: str) -> bool:
    """A name the outlet registry knows as a whole (NHKニュース, 朝日新聞の記事 → 朝日新聞)."""
    return outlet_pattern().fullmatch(name) is not None or (len(name) <= 30 and find_outlet(name) is not None
                                                                     and " " not in name.strip())


# who works for an outlet, named between it and their name: MSNBC host Rachel Maddow, ESPN reporter Jane Roe
JOURNALIST = (r"(?:senior\s+|chief\s+|political\s+|White\s+House\s+)?(?:reporter|correspondent|host|anchor|editor|editor-in-chief|columnist|"
              r"writer|journalist|producer)")       # (not a contributor or commentator: often from outside)
