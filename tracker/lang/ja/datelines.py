"""Japanese datelines: where a story opens and whose it is, a wire's place and day before it ([パリ 19日 ロイター] -,
ワシントン(CNN), （北京＝共同）) or a portal's line of when an outlet delivered it (時事通信 2025年11月22日15時00分配信)."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import cache

from ... import lexicon
from ...citations import cited
from ...model import Citation
from .dates import DIGIT, day_alone, number, parse_date


_SQUARE = re.compile(r"[\[［](?P<inner>[^\[\]［］\n]{2,40})[\]］](?:\s*[-－–—]\s*|(?<=[\]］])[ \u3000]*(?=\S)(?P<bare>))")
_SQUARE_INNER = re.compile(rf"(?:(?P<place>[^0-9０-９]{{1,25}}?)\s*)?(?:(?P<day>{DIGIT}{{1,2}})日)?\s*(?P<outlet>\S{{2,20}})")
# ワシントン(CNN) 米連邦…, (CNN) 約1500万人が…: a wire's dateline in parentheses opening the story
_PAREN_DATELINE = re.compile(r"(?:(?P<place>[\u30a0-\u30ff\u4e00-\u9fff・]{1,12})?[(（](?P<outlet>[^()（）\s]{2,12})[)）][ \u3000]+"
                             r"|[（〔](?P<opening>[^()（）〔〕\s]{2,12})[）〕](?![のがはをにでともへやから、。]))(?=\S)")     # （テレビ朝日）北町首相は…, 〔北京共同〕


def _placed_outlet(inner: str) -> str | None:
    """The outlet a dateline's parentheses name, after its place or not: （テレビ朝日）, （ソウル聯合ニュース）."""
    known = lexicon.outlet_pattern(wide=True)       # (ＡＦＰ, as Japanese text writes it)
    if known.fullmatch(inner):
        return inner
    wire, sign, by = inner.partition("＝") if "＝" in inner else inner.partition("=")
    if sign and known.fullmatch(wire) and known.fullmatch(by):
        return wire             # （ＡＦＰ＝時事）: the wire, which the agency after the sign distributed
    return next((inner[k:] for k in range(2, min(len(inner) - 1, 8)) if known.fullmatch(inner[k:]) and _PLACE.fullmatch(inner[:k])), None)


_PLACE = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fff・]{2,8}")
_RUN_IN_DATELINE = re.compile(r"(?<=[ \u3000])(?<![。．！？!?」』][ \u3000])(?P<place>[\u30a0-\u30ff\u4e00-\u9fff・]{2,12})[(（](?P<outlet>[^()（）\s]{2,12})[)）][ \u3000]+(?=\S)")


# （ソウル＝共同）韓国の…: a wire's place and name in parentheses opening the story
_PAREN_WIRE = re.compile(r"[(（](?P<place>[\u30a0-\u30ff\u4e00-\u9fff・]{1,12})[=＝](?P<outlet>[^()（）\s=＝]{2,12})[)）][ \u3000]*(?=\S)")


def square_datelines(text: str, start: int, end: int, block: int | None) -> list[Citation]:
    if (m := _PAREN_WIRE.match(text, start, end)) and lexicon.outlet_pattern().match(m.group("outlet")):
        return [cited(text, m.start(), m.end(), lexicon.outlet_pattern().match(m.group("outlet")).group(0), None, "dateline", block)]
    m = _PAREN_DATELINE.match(text, start, end)
    if m and (outlet := _placed_outlet(m.group("outlet") or m.group("opening"))):
        return [cited(text, m.start(), m.end(), outlet, None, "dateline", block)]
    # the same run into a page copied without its line breaks (…写真の説明 エルサレム(CNN) 元人質の…): its place named
    m = next((m for m in _RUN_IN_DATELINE.finditer(text, start, end) if lexicon.outlet_pattern().fullmatch(m.group("outlet"))), None)
    if m is not None:
        return [cited(text, m.start(), m.end(), m.group("outlet"), None, "dateline", block)]
    out = []
    for m in _SQUARE.finditer(text, start, end):
        if m.group("bare") is not None and (m.start() != start or not re.search(r"[0-9０-９]", m.group("inner"))):
            continue            # without its dash only opening a paragraph, with its day: [ワシントン 19日 ロイター] 米財務省は…
        inner = _SQUARE_INNER.fullmatch(m.group("inner").strip())
        if not inner or lexicon.outlet_pattern().fullmatch(inner.group("outlet")) is None:
            continue
        day = inner.group("day")
        when = day_alone(number(day), day + "日") if day else None
        out.append(cited(text, m.start(), m.end(), inner.group("outlet"), when, "dateline", block))
    return out


_SAYS = re.compile(r"\S")


def _right_after_stop(text: str, start: int, at: int) -> bool:
    """Whether text[start:at] ends on a sentence's stop, spaces aside: read back from `at`, not searched from `start`."""
    while at > start and text[at - 1] in " \t\u3000":
        at -= 1
    return at > start and text[at - 1] in "。．！？"


@cache
def _delivered_rx() -> re.Pattern:
    """A portal's line of when an outlet delivered the story: 時事通信 外信部2025年11月22日15時00分配信, 共同通信 11/19(火) 9:05配信."""
    return re.compile(rf"(?P<outlet>{lexicon.outlet_pattern().pattern})[ \u3000]*(?:[^\s\d、。「」()（）]{{1,6}}部[ \u3000]*)?"
                      rf"(?P<date>{DIGIT}{{4}}年{DIGIT}{{1,2}}月{DIGIT}{{1,2}}日|{DIGIT}{{1,2}}[/／]{DIGIT}{{1,2}})(?:[(（][月火水木金土日][)）])?"
                      rf"[ \u3000]*(?:{DIGIT}{{1,2}}時{DIGIT}{{1,2}}分|{DIGIT}{{1,2}}[:：]{DIGIT}{{2}})?[ \u3000]*配信")


def delivered(text: str, start: int, end: int, block: int | None, markers: list[Citation]) -> list[Citation]:
    """A delivery line run into the page (a portal copied without its line breaks) opens the story after it, dated;
    where the story's own dateline of the same outlet follows it (【ニューヨーク時事】), that dateline takes its day too."""
    out = []
    if text.find("配信", start, end) == -1:
        return out
    starts = [c.start for c in markers]
    for m in _delivered_rx().finditer(text, start, end):
        parsed = parse_date(m.group("date"))
        o = lexicon.find_outlet(m.group("outlet"))
        if parsed is None or o is None or not _SAYS.search(text, m.end(), end) or _right_after_stop(text, start, m.start()):
            continue            # (a line of its own is a credit line: furniture.credit_line, its weekday read; right after a sentence, none)
        k = bisect_left(starts, m.end())
        k = k if k < len(markers) else None
        if k is not None and markers[k].kind == "dateline" and markers[k].when is None and markers[k].start - m.end() <= 60 \
                and markers[k].outlet == o.key:
            markers[k] = replace(markers[k], when=parsed[0])
        out.append(cited(text, m.start(), m.end(), m.group("outlet"), parsed[0], "dateline", block))     # (the line itself says nothing)
    return out
