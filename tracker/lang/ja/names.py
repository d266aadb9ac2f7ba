"""Japanese personal names that carry no title: 河野は, 安倍が, 河野太郎は.

Commentary writes the people it discusses by the surname alone, and nothing in the characters tells
a surname (高市) from a word (市場): a dictionary does. SudachiPy's small dictionary, installed from
PyPI with the package and read from disk (nothing is downloaded), tags a word as a personal name
(名詞-固有名詞-人名). A phrase is a name when the dictionary reads it whole as one name, or as a
surname and a given name; words it reads as places, common nouns or numbers are not (石川 is a
surname to it, 上川 a place, 二階 the second floor). One character alone is never taken (菅, but 金
and 森 too): a title or さん names such people (speakers.classify).
"""
from __future__ import annotations

from functools import cache, lru_cache

_LONGEST = 10        # a surname and a given name; longer phrases are no bare name


@cache
def _tokenizer():
    from sudachipy import Dictionary, SplitMode      # (imported on first use: a quarter of a second at start otherwise)

    return Dictionary(dict="small").tokenizer(mode=SplitMode.C)


@lru_cache(maxsize=1 << 14)
def is_name(phrase: str) -> bool:
    """Whether the dictionary reads `phrase` whole as a person's name."""
    if not 2 <= len(phrase) <= _LONGEST or not phrase.isprintable():
        return False
    try:
        phrase.encode("utf-8")
    except UnicodeEncodeError:          # a lone surrogate from a badly decoded page: no name
        return False
    tags = [m.part_of_speech() for m in _tokenizer().tokenize(phrase)]
    if not tags or any(t[1:3] != ("固有名詞", "人名") for t in tags):
        return False
    return len(tags) == 1 or len(tags) == 2 and tags[0][3] == "姓" and tags[1][3] == "名"
