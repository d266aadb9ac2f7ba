"""Japanese sentences end at 。！？ (and ! ?), never inside quotes or brackets: 「…。…」と述べた。
is one sentence. Unmatched openers are ignored, so an unterminated 「 does not swallow the
paragraph. Where quotes stand: inside (depth_mask), just before a cue (quote_before), alone (is_quote)."""
from __future__ import annotations

_TERMINATORS = "。！？!?"
_OPEN = "「『（(“【〈《"
_CLOSE = "」』）)”】〉》"
_PAIR = dict(zip(_OPEN, _CLOSE))


def sentence_ends(text: str, start: int, end: int) -> list[int]:
    mask = depth_mask(text, start, end)
    ends = []
    for i in range(start, end):
        if text[i] in _TERMINATORS and not mask[i - start]:
            j = i + 1
            while j < end and text[j] in _TERMINATORS:
                j += 1
            ends.append(j)
    return ends


def bracket_pairs(text: str, start: int, end: int) -> dict[int, int]:
    """Matching quote and bracket pairs in text[start:end]: opener offset -> closer offset.

    Unmatched openers are ignored, so an unterminated 「 does not swallow the paragraph.
    """
    pairs: dict[int, int] = {}
    stack: list[tuple[str, int]] = []
    for i in range(start, end):
        ch = text[i]
        if ch in _PAIR:
            stack.append((ch, i))
        elif ch in _CLOSE:
            for k in range(len(stack) - 1, -1, -1):
                if _PAIR[stack[k][0]] == ch:
                    pairs[stack[k][1]] = i
                    del stack[k:]
                    break
    return pairs


def depth_mask(text: str, start: int, end: int) -> bytearray:
    """1 where text[i] (relative to start) lies inside a matched quote or bracket pair."""
    mask = bytearray(end - start)
    for o, c in bracket_pairs(text, start, end).items():
        for i in range(o + 1 - start, c - start):
            mask[i] = 1
    return mask


def quote_before(text: str, pos: int, floor: int) -> tuple[int, int] | None:
    """The span of 「…」 that ends right before a cue (「…」と述べた), if any."""
    k = pos
    while k > floor and text[k - 1] in " 　":
        k -= 1
    if k > floor and text[k - 1] in "」』”":
        closer = text[k - 1]
        opener = {"」": "「", "』": "『", "”": "“"}[closer]
        depth = 0
        for i in range(k - 1, floor - 1, -1):
            if text[i] == closer:
                depth += 1
            elif text[i] == opener:
                depth -= 1
                if depth == 0:
                    return i, k
    return None


def is_quote(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is one quote and nothing else: 「…」."""
    seg = text[s:e].rstrip("。、 ")
    return len(seg) >= 2 and seg[0] in "「『“" and seg[-1] in "」』”" and seg.count("「") <= 1
