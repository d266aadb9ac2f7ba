"""Which citation covers an offset of the text: the scopes `citations.py` gave each, sorted by start
and looked up by bisection, innermost first. A stage between `citations` and `attribute`."""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from .model import Citation

_WIDE = 5_000          # a scope this long or longer is a page's or a repost's (few a page, however long)


class Coverage:
    """Which citation covers an offset: scopes sorted by start, looked up by bisection."""

    def __init__(self, citations: list[Citation]):
        spans = sorted((s, e, i) for i, c in enumerate(citations) if c.kind != "credit" for s, e in c.scope if e > s)
        # a scope much longer than most (a page's publisher, a repost's) is asked of apart: the others,
        # with how far each reaches at most, stop the walk back where nothing earlier covers an offset
        self.kinds = [c.kind for c in citations]
        wide = {(s, e, self.kinds[i]): (s, e, i) for s, e, i in spans if e - s > _WIDE}      # (one of each kind a span: the last, innermost)
        self.wide = sorted(wide.values())
        self.wide_starts = [s for s, _, _ in self.wide]
        self.spans = [sp for sp in spans if sp[1] - sp[0] <= _WIDE]
        self.starts = [s for s, _, _ in self.spans]
        self.reach = list(accumulate((e for _, e, _ in self.spans), max))
        self.firsts = "firstreport" in self.kinds

    def citation_at(self, pos: int, *, news: bool = True) -> int | None:
        """The innermost citation covering `pos`, but one that only says who had the news first
        (`firstreport`) where another covers it too, other than a page's own publisher: that report
        relays it (`relayed_at`). Only the news has an outlet that had it first (`news`): not what
        someone said on the record (a reaction, what they told another outlet)."""
        if not self.firsts or not news:          # (most articles: the innermost, found as soon as met)
            return next(self._covering(pos, skip_first=True), None)
        first = cit = None
        for i in self._covering(pos):           # (until one of each is found)
            if self.kinds[i] == "firstreport":
                first = i if first is None else first
            elif cit is None:
                cit = i
            if first is not None and cit is not None:
                break
        return first if first is not None and (cit is None or self.kinds[cit] == "publisher") else cit

    def relayed_at(self, pos: int) -> int | None:
        """The citation of who had the news first that the report covering `pos` relays, if any."""
        if not self.firsts:
            return None
        cit = self.citation_at(pos)
        return next((i for i in self._covering(pos) if self.kinds[i] == "firstreport" and i != cit), None)

    def _covering(self, pos: int, *, skip_first: bool = False):
        """The citations covering `pos`, innermost first, lazily (the first is most often all that is asked)."""
        wide = self._wide(pos)          # latest start first, lazily
        w = next(wide, None)
        for s, e, i in self._narrow(pos, bisect_right(self.starts, pos) - 1):
            while w is not None and w[0] >= s:
                if not (skip_first and self.kinds[w[2]] == "firstreport"):
                    yield w[2]
                w = next(wide, None)
            if s <= pos < e and not (skip_first and self.kinds[i] == "firstreport"):
                yield i
        while w is not None:
            if not (skip_first and self.kinds[w[2]] == "firstreport"):
                yield w[2]
            w = next(wide, None)

    def _wide(self, pos: int):
        """The wide scopes covering `pos`, latest start first."""
        for k in range(bisect_right(self.wide_starts, pos) - 1, -1, -1):
            if pos < self.wide[k][1]:
                yield self.wide[k]

    def _narrow(self, pos: int, k: int):
        """The narrow scopes starting at or before `pos`, latest first, while any earlier one may still reach it."""
        while k >= 0 and self.reach[k] > pos:       # (each at most _WIDE long: none far back reaches it)
            yield self.spans[k]
            k -= 1
