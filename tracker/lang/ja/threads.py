"""Threads a まとめ page pastes: each post opens with its header (its number, the poster's name,
the day with its weekday, the time, an ID); the first post carries the news the thread is about
and is read as any text; the posts after it are readers' replies, which a まとめ page collects as
reactions: neither they nor the headers are statements of the page.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache


# a post's header in a thread a まとめ page pastes: 5 名前：名無しさん＠… 投稿日：2025/07/04(金) 08:03:55.10 ID:Def456,
# 3: 風吹けば名無し 2025/07/04(金) 08:03:55.10 ID:Def456 (its number, a name, the day and its weekday, the time, an ID)
# (a number set off by a colon or a space, a name or ID field or a time to the hundredth of a second: not
# 2回目の説明会は2025/07/04(金) 19:00から…)
_POST = re.compile(r"[ \t\u3000]*(?P<no>\d{1,4})(?:[ \t\u3000]*[：:]|[ \t\u3000])(?=[^\n]*(?:(?:名前|[IＩ][DＤ])[ \t\u3000]*[：:]|\d:\d{2}\.\d{2}))[^\n]{0,60}?"
                   r"\d{4}/\d{1,2}/\d{1,2}[ \t\u3000]*[(（][^)）\n]{1,3}[)）][ \t\u3000]*\d{1,2}:\d{2}[^\n]{0,60}")
_POST_REACH = 2000          # a reply is short: where its header is looked for, back from a line of it


def thread_post(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A post's header, and a line of a reader's reply (a post after the first, up to a blank line):
    what the thread's readers wrote is no statement of the page (the first post, the news it
    pastes, is read as any text)."""
    headers = _posts(text)
    k = bisect.bisect_right(headers, (start, len(text) + 1)) - 1
    if k < 0 or start - headers[k][1] > _POST_REACH:
        return []
    at, stop, number = headers[k]
    if start < stop:
        return [(start, end)]      # the header itself
    replied = number > 1 and not re.search(r"\n[ \t\u3000]*\n", text[stop:start])
    return [(start, end)] if replied else []


@lru_cache(maxsize=4)
def _posts(text: str) -> list[tuple[int, int, int]]:
    """(start, end, number) of each post header on a line of its own, once for an article."""
    return [(m.start(), m.end(), int(m.group("no"))) for m in _POST_LINE.finditer(text)]


_POST_LINE = re.compile(rf"^(?:{_POST.pattern})$", re.M)
