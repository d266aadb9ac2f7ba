"""Japanese personal names that carry no title: 河野太郎は, 岸田は.

Commentary writes the people it discusses without a title, and nothing in the characters tells a
name from a word: a dictionary does. SudachiPy's small dictionary, installed from PyPI with the
package and read from disk (nothing is downloaded), tags words as personal names
(名詞-固有名詞-人名). A phrase is a name when the dictionary reads it as a surname and a given name
(河野太郎), or as one word it knows only as a name (岸田, 石破, プーチン). Most surnames are places
too (福島, 石川, 河野): alone, they are not taken, for a dateline (福島　県内は…) or a place (珠洲は断水が
続く) is as likely; a title or さん names such people (speakers.classify). One character alone is
never taken.
"""
from __future__ import annotations

from functools import cache, lru_cache

_LONGEST = 10        # a surname and a given name; longer phrases are no bare name


@cache
def _dictionary():
    from sudachipy import Dictionary      # (imported on first use: a quarter of a second at start otherwise)

    return Dictionary(dict="small")


@cache
def _tokenizer():
    from sudachipy import SplitMode

    return _dictionary().tokenizer(mode=SplitMode.C)


def _readable(phrase: str) -> bool:
    """Whether `phrase` is one the dictionary is asked about: two to ten printable characters, no lone
    surrogate from a badly decoded page."""
    if not 2 <= len(phrase) <= _LONGEST or not phrase.isprintable():
        return False
    try:
        phrase.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=1 << 14)
def is_name(phrase: str) -> bool:
    """Whether the dictionary reads `phrase` whole as a person's name."""
    if not _readable(phrase):
        return False
    tags = [m.part_of_speech() for m in _tokenizer().tokenize(phrase)]
    if not tags or any(t[1:3] != ("固有名詞", "人名") for t in tags):
        return False
    if len(tags) == 2:
        return tags[0][3] == "姓" and tags[1][3] == "名"       # 河野太郎: a full name is no place
    return len(tags) == 1 and all(m.part_of_speech()[1:3] == ("固有名詞", "人名") for m in _dictionary().lookup(phrase))


@lru_cache(maxsize=1 << 12)
def holds_name(phrase: str) -> bool:
    """Whether the dictionary reads a personal name in `phrase` (山田ジョエル, 藤田譲瑠チマ: a surname the
    dictionary knows, a given name it does not), not only words and places (次戦, 観衆, 東京都心)."""
    return _readable(phrase) and any(m.part_of_speech()[1:3] == ("固有名詞", "人名") for m in _tokenizer().tokenize(phrase))
