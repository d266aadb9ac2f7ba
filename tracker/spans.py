"""Whether any of a text's spans (citations found so far) overlaps a range: by bisection over their starts and the
furthest end reached so far, so that a page of a citation a paragraph, each paragraph asked in turn, stays linear."""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate


class Spans:
    def __init__(self, found) -> None:
        spans = sorted((c.start, c.end) for c in found)
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))

    def overlap(self, start: int, end: int) -> bool:
        """Whether a span starts before `end` and ends after `start`."""
        k = bisect_right(self.starts, end - 1)
        return k > 0 and self.reach[k - 1] > start
