"""Credits of pictures: the outlet a photo's credit names (REUTERS/Jane Roe, AP Photo/Jane Roe,
Korean Central News Agency via AP, 写真=共同通信). A picture's credit cites its caption, never the
text around it; a line that only looks like one (The governor vetoed the bill, via CNN.) is none.
"""
from __future__ import annotations

import re

from .lexicon import known_whole as _known


# a picture's credit: Name/Outlet, Outlet/Name, X via Outlet, 写真=Outlet, Outlet Photo
_PICTURE_SPLIT = re.compile(r"\s*(?:(?<![0-9０-９])[/／]+|\s(?i:via)\s|[=＝:：])\s*")       # (not a date's slash: 11/19)
_PICTURE_SIGN = re.compile(r"(?<![0-9０-９])[/／]|[=＝]|\s(?i:via)\s|(?i:\bphotos?\b|\bimages?\b|\bpool\b|\bfile\b)|写真|撮影|画像|映像")
_PICTURE_WORDS = re.compile(r"(?i:\b(?:photos?|images?|pool|file|photographer|courtesy(?: of)?)\b)|資料写真|写真|撮影|画像|映像|提供|より|©|\([cC]\)|（[cCｃ]）|[0-9０-９]{4}年?|[,、.。]")
_PICTURE_WORD = re.compile(r"(?i:\bphotos?\b|\bimages?\b|\bpool\b|\bfile\b)|写真|撮影|画像|映像")
_MAX_PICTURE = 80
_NO_NAME = re.compile(r"\b(?!(?:and|for|the|von|van|der|del|des|handout|staff|credit|courtesy)\b)[a-z]{3,}\b|[、。]")    # a word no name holds


def picture_credit(content: str) -> str | None:
    """The outlet a picture's credit names (what its parentheses or its line hold): REUTERS/Jane
    Roe, AP Photo/Jane Roe, Korean Central News Agency via AP, 写真=共同通信. A known outlet only,
    with a sign that it credits a picture (a slash between names, via, a picture's word); after
    via, the outlet that passed the picture on. A copyright mark alone (©NHK) credits the text."""
    if len(content) > _MAX_PICTURE or not _PICTURE_SIGN.search(content):
        return None
    parts = [(m, _PICTURE_WORDS.sub(" ", part).strip()) for m, part in _picture_parts(content)]
    named = [(via, part) for via, part in parts if part and _known(part)]
    pictured = _PICTURE_WORD.search(content) is not None
    if not named or not pictured and any(_NO_NAME.search(part) for _, part in parts):
        return None         # (The governor vetoed the bill, via CNN: a sentence and its source, no picture's)
    if len([p for _, p in parts if p.strip(" —–-")]) < 2 and not pictured:
        return None         # — via Sky News: the text's source, no name of a picture's maker beside it
    if len(named) == len([p for _, p in parts if p]) > 1 and not pictured and not any(via for via, _ in parts):
        return None         # （Yahoo!ニュース／毎日新聞）: outlets alone, the one that carried the text and its source
    return next((part for via, part in reversed(named) if via), named[0][1])


def _picture_parts(content: str) -> list[tuple[bool, str]]:
    """The names a credit joins, each with whether `via` stands before it."""
    out, pos, via = [], 0, False
    for m in _PICTURE_SPLIT.finditer(content):
        out.append((via, content[pos:m.start()]))
        pos, via = m.end(), "via" in m.group(0).lower()
    out.append((via, content[pos:]))
    return out
