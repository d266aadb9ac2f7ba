"""How alike two renderings of a statement are, in any language: the units a text is compared
by, its shingles and their MinHash bands (datasketch), their similarity, what one changed in the
other's words, and what a translation keeps (the registry's names, numbers). `link.py` uses them.
"""
from __future__ import annotations

import base64
import difflib
import hashlib
import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import cache, lru_cache

from . import lexicon

NUM_PERM, ROWS = 24, 3                  # 8 bands of 3: a pair with Jaccard 0.5 shares a band 68% of the time, 0.7: 96%
SCHEME = "m2"             # in every key (CRC-32 shingles, datasketch affine32, seed 1): another scheme's never meet these
SAME = 0.45                            # Jaccard of shingles at which two renderings are one statement
CONTAINED = 0.8                        # ...or the share of the shorter one's shingles the longer holds
MIN_SHINGLES = 4                       # shorter texts say too little to be matched
ACROSS = 0.5                           # across languages: Jaccard of what both name and count

_UNIT = re.compile(r"[^\W_]+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_CJK_OR_RUN = re.compile(f"{_CJK.pattern}|(?:(?!{_CJK.pattern}).)+")


@lru_cache(maxsize=1 << 12)
def units(text: str, fold: bool = True) -> tuple[str, ...]:
    """The units a text is compared by: each CJK character, each word or number of other scripts
    (case folded, unless `fold` is false: for showing them)."""
    out = []
    norm = unicodedata.normalize("NFKC", text)
    for m in _UNIT.finditer(norm.casefold() if fold else norm):
        word = m[0]
        if _CJK.search(word):
            out.extend(_split_cjk(word))
        else:
            out.append(word)
    return tuple(out)


def _split_cjk(word: str) -> list[str]:
    """A run mixing CJK characters and Latin letters or digits: each CJK character alone, the rest
    as words (BRICS首脳会議 → BRICS 首 脳 会 議)."""
    return _CJK_OR_RUN.findall(word)


@lru_cache(maxsize=1 << 14)            # a reference's text is read again by every article that carries it
def shingles(text: str) -> frozenset[str]:
    """Three units of CJK text (a character says less than a word), two of other scripts."""
    u = units(text)
    n = 3 if sum(1 for w in u if _CJK.match(w)) * 2 >= len(u) else 2
    if len(u) < n:
        return frozenset([" ".join(u)]) if u else frozenset()
    return frozenset(" ".join(u[i:i + n]) for i in range(len(u) - n + 1))


@cache
def _permutations():
    """datasketch's affine32 permutations (a, b) for NUM_PERM hashes, seed 1: the scheme's own."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32").permutations


def bands(sh: frozenset[str]) -> list[str]:
    """The band keys of a shingle set: two sets share one with the probability their Jaccard
    similarity gives (see NUM_PERM)."""
    return bands_of([sh])[0]


_PASS = 1 << 16                                 # shingles hashed in one pass of `minhashes` (6 MB of values)
_KEPT: dict[frozenset[str], list[str]] = {}     # the bands of sets met lately: a statement carried again
_KEEP = 1 << 13


def bands_of(sets: list[frozenset[str]]) -> list[list[str]]:
    """`bands` of each set, computed together."""
    todo = [sh for sh in dict.fromkeys(sets) if sh not in _KEPT]
    new = {sh: [_key(str(i), row[i * ROWS:(i + 1) * ROWS].tobytes()) for i in range(NUM_PERM // ROWS)]
           for sh, row in zip(todo, minhashes(todo))}
    out = [list(new[sh] if sh in new else _KEPT[sh]) for sh in sets]
    if len(_KEPT) + len(new) > _KEEP:
        _KEPT.clear()
    _KEPT.update(new)
    return out


def minhashes(sets: list[frozenset[str]]):
    """The MinHash values of each set (a row each): datasketch's affine32 scheme over CRC-32 of
    the sorted shingles (`MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32",
    hashfunc=zlib.crc32)`), computed for all the sets at once: an article's claims in one pass
    rather than a MinHash object each, whose set-up cost more than the hashing. A test holds the
    two equal."""
    import numpy as np

    if not sets:
        return np.empty((0, NUM_PERM), dtype=np.uint32)
    if not all(sets):                      # an empty set keeps datasketch's initial values
        from datasketch import MinHash
        empty = MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32", permutations=_permutations()).hashvalues
        rows = iter(minhashes([sh for sh in sets if sh]))
        return np.array([next(rows) if sh else empty for sh in sets])
    sizes = [len(sh) for sh in sets]
    if sum(sizes) > _PASS and len(sets) > 1:     # a pass's array is its shingles × NUM_PERM: a long article in several
        half = len(sets) // 2
        return np.concatenate([minhashes(sets[:half]), minhashes(sets[half:])])
    hv = np.fromiter((zlib.crc32(s.encode("utf-8")) for sh in sets for s in sh), dtype=np.uint32, count=sum(sizes))
    # the MurmurHash3 finalizer, datasketch's one-shot pre-mix (uint32 arithmetic wraps: modulo 2^32)
    hv ^= hv >> np.uint32(16)
    hv *= np.uint32(0x85EBCA6B)
    hv ^= hv >> np.uint32(13)
    hv *= np.uint32(0xC2B2AE35)
    hv ^= hv >> np.uint32(16)
    a, b = _permutations()
    starts = np.cumsum([0, *sizes[:-1]])
    return np.minimum.reduceat(hv[:, None] * a + b, starts, axis=0)


def _key(kind: str, data: bytes) -> str:
    """The scheme, the kind (a band's number; x, the exact words) and 72 bits of a hash: 15
    characters, which Oxigraph keeps inside the index entry itself (no string table to look up
    or write: keys are most of what linking writes)."""
    return f"{SCHEME}{kind}{base64.urlsafe_b64encode(hashlib.blake2b(data, digest_size=9).digest()).decode()}"


_QUOTED = re.compile(r"「([^「」]*)」|『([^『』]*)』|“([^“”]*)”|\"([^\"]*)\"")


@lru_cache(maxsize=1 << 12)
def quoted_words(text: str) -> str:
    """The words a statement quotes, where it quotes (「…」, “…”, "…"): a fact-checker compares a
    quote by its words, whatever frame (who told whom, according to whom) each article puts
    around it; else the text itself."""
    quoted = [next(g for g in m.groups() if g is not None) for m in _QUOTED.finditer(text)]
    quoted = [q for q in quoted if len(units(q)) >= 3]
    return " … ".join(quoted) if quoted else text


@lru_cache(maxsize=1 << 14)
def exact_key(text: str) -> str:
    """A key of the words themselves (units, so punctuation and width aside): a repost's is its source's."""
    return _key("x", " ".join(units(text)).encode("utf-8"))


def is_words_key(key: str) -> bool:
    """Whether a key is one of exact words (`exact_key`), not a band."""
    return key.startswith(SCHEME + "x")


def similarity(a: frozenset[str], b: frozenset[str]) -> tuple[float, float]:
    """(Jaccard, containment of the smaller in the larger) of two shingle sets."""
    shared = len(a & b)
    if not shared:
        return 0.0, 0.0
    return shared / len(a | b), shared / min(len(a), len(b))


def same_statement(a: frozenset[str], b: frozenset[str]) -> float | None:
    """The similarity of two renderings if they are one statement (one trimmed from the other
    counts where the shorter has some length), else None."""
    jaccard, contained = similarity(a, b)
    if jaccard >= SAME or (contained >= CONTAINED and min(len(a), len(b)) >= 2 * MIN_SHINGLES):
        return round(jaccard, 3)
    return None


@dataclass(frozen=True)
class Changes:
    added: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()
    replaced: tuple[tuple[str, str], ...] = ()


def changes(reference: str, rendering: str) -> Changes:
    """What a rendering changed in its reference's words: words (CJK characters run together)
    added, dropped, replaced; punctuation and width aside."""
    a, b = _words(reference), _words(rendering)
    added, dropped, replaced = [], [], []
    fold = [w.casefold() for w, _ in a], [w.casefold() for w, _ in b]
    # exact for what people quote; for long texts difflib's heuristic, which keeps it near-linear
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, *fold, autojunk=len(a) + len(b) > 1000).get_opcodes():
        old, new = _joined(a[i1:i2]), _joined(b[j1:j2])
        if op == "insert":
            added.append(new)
        elif op == "delete":
            dropped.append(old)
        elif op == "replace":
            replaced.append((old, new))
    return Changes(tuple(added), tuple(dropped), tuple(replaced))


def _words(text: str) -> list[tuple[str, bool]]:
    """Words to compare for a reader: a run of kanji or of katakana is one word, kana between
    them one character each (okurigana change with the form), other scripts by word."""
    out: list[tuple[str, bool]] = []
    for u in units(text, fold=False):
        if not _CJK.match(u):
            out.append((u, False))
        elif out and out[-1][1] and _RUN.match(u) and _RUN.match(out[-1][0][-1]) and _script(u) == _script(out[-1][0][-1]):
            out[-1] = (out[-1][0] + u, True)
        else:
            out.append((u, True))
    return out


_RUN = re.compile(r"[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")     # katakana, kanji


def _script(ch: str) -> str:
    return "katakana" if "\u30a0" <= ch <= "\u30ff" else "kanji"


def _joined(ws: list[tuple[str, bool]]) -> str:
    out = ""
    for w, cjk in ws:
        out += w if cjk or not out or _CJK.match(out[-1]) else " " + w
    return out


@lru_cache(maxsize=1 << 12)
def anchors(text: str) -> frozenset[str]:
    """What a text names and counts in any language: the registry's entities (by canonical name,
    named or mentioned: Russia, Russian, ロシア) and its numbers, which a translation keeps."""
    norm = unicodedata.normalize("NFKC", text)
    index, pattern = _mentions()
    found = {index[m[0]] for m in pattern.finditer(norm)}
    found.update("#" + n.replace(",", "") for n in _NUMBER.findall(norm))
    return frozenset(found)


def named_alike(a: str, b: str) -> float:
    """How alike two texts are in what both name and count (`anchors`), in any language: the
    similarity of a translation, whose words cannot be compared."""
    mine, theirs = anchors(a), anchors(b)
    return len(mine & theirs) / len(mine | theirs) if mine and theirs else 0.0


@cache
def _mentions() -> tuple[dict[str, str], re.Pattern]:
    index = {n: e.name for e in lexicon.entities().values() for n in (e.name, *e.aliases, *e.forms) if len(n) >= 2}
    latin = sorted((n for n in index if n.isascii()), key=len, reverse=True)
    other = sorted((n for n in index if not n.isascii()), key=len, reverse=True)
    parts = [r"\b(?:" + "|".join(map(re.escape, latin)) + r")\b"] if latin else []
    parts += ["|".join(map(re.escape, other))] if other else []
    return index, re.compile("|".join(parts))      # names as written: "US" is not "us"
