"""Which link keys the store may hold: a Bloom filter, so that linking skips the index lookup of a
key no reference carries. Most of what an ingest looks up is a statement nobody made before, or one
whose reference waits in a batch not yet written (found there, not in the store), and while a
batch is being written aside such a lookup costs 20 to 40 µs (6 µs in a compacted store).

The filter is the process's own, one for each store opened to write, shared by every linker of
it (`link.key_filter`). It is built by a scan of the keys in the store, and the scan is paid for as
it goes by what lookups cost: it advances only as long as the lookups so far took, so it never
costs more than the lookups it could save, and one article linked into a large store scans almost
nothing. Every key linking makes is added as it is made. So the filter never says no to a key the
store holds: each was there when the scan was opened, or was made since by a linker of this store,
the store's one writer (a second writer of the same store, even in this process, is refused by its
locks). A server may have other writers: it streams no keys, and gets no filter.

A key the store could not hold when a linker made it is that linker's alone until the batch
carrying it is written (`settled`): that linker finds it where it waits, and does not ask the store
for it; every other linker of the store does (its writes are not theirs to know of).
"""
from __future__ import annotations

import time
from typing import Callable, Iterator

_BITS_A_KEY = 20        # with 5 hashes, about 0.05% false positives a part (2.5 bytes a key: 10 bits gave 1% a part, and
                        # a store of a million claims, some 2.5 million keys in four parts, asked for nothing in 3 lookups of 4)
_HASHES = 5
_FIRST = 1 << 18        # keys the first part holds; each further part holds twice the last's
_MAX_WAITING = 1 << 20  # keys kept as one linker's: past that, the table starts again (each key left costs a lookup)


class _Part:
    __slots__ = ("bits", "size", "capacity", "count")

    def __init__(self, capacity: int):
        self.capacity, self.count = capacity, 0
        self.size = capacity * _BITS_A_KEY
        self.bits = bytearray((self.size + 7) // 8)

    def add(self, h1: int, h2: int) -> None:
        bits, size = self.bits, self.size
        for i in range(_HASHES):
            p = (h1 + i * h2) % size
            bits[p >> 3] |= 1 << (p & 7)
        self.count += 1

    def has(self, h1: int, h2: int) -> bool:
        bits, size = self.bits, self.size
        for i in range(_HASHES):
            p = (h1 + i * h2) % size
            if not bits[p >> 3] & (1 << (p & 7)):
                return False
        return True


def _hashes(key: str) -> tuple[int, int]:
    # the process's own string hash: the filter is never written out, so its salt does not matter
    h = hash(key) & 0xFFFF_FFFF_FFFF_FFFF
    return h & 0xFFFF_FFFF, (h >> 32) | 1


class KeyFilter:
    """`may_hold(key)`, `which_may_hold(keys)`: False only for a key the store cannot hold. Until the
    scan of the store is done, or where the store cannot be scanned (`open_scan` gives None), every
    key may be held.

    `open_scan` gives the streams of the store's keys (`Backend.values_of`): iterators whose
    `complete` says, once they end, whether they gave every key. One the store ended early (it
    closed) is opened again later; an error of any kind while scanning turns the filter off for
    good, since a key taken from a stream and not yet added would be lost."""

    def __init__(self, open_scan: Callable[[], list[Iterator[str]] | None]):
        self._open = open_scan
        self._streams: list | None = None
        self._credit = 0.0              # lookup time not yet spent scanning (negative: scanned ahead)
        self.ready = False
        self._off = False               # the store cannot be scanned, or a scan failed
        self._parts = [_Part(_FIRST)]
        self._waiting: dict[str, int | None] = {}   # key -> the one linker that made it, not yet written (None: several)

    def made(self, key: str, owner: int) -> None:
        """Linker `owner` made `key`, for a batch not yet written."""
        h1, h2 = _hashes(key)
        waiting = self._waiting
        if key in waiting:
            if waiting[key] != owner:
                waiting[key] = None                  # made by two: each asks the store
        elif self.ready and not self._has(h1, h2):
            if len(waiting) >= _MAX_WAITING:         # linkers that never settle (a batch abandoned): asking is only slower
                waiting.clear()
            waiting[key] = owner
        self._add(h1, h2)

    def settled(self, keys, owner: int) -> None:
        """The batch of linker `owner` carrying `keys` is written: they are the store's now (and
        a key two linkers made, which both ask for, needs no entry any more)."""
        waiting = self._waiting
        for key in keys:
            if key in waiting and waiting[key] in (owner, None):
                del waiting[key]

    def add(self, key: str) -> None:
        """A key the store holds or may hold (adding one it does not only costs a lookup)."""
        self._add(*_hashes(key))

    def _add(self, h1: int, h2: int) -> None:
        last = self._parts[-1]
        if last.count >= last.capacity:
            last = _Part(last.capacity * 2)
            self._parts.append(last)
        last.add(h1, h2)

    def _has(self, h1: int, h2: int) -> bool:
        return any(p.has(h1, h2) for p in self._parts)

    def may_hold(self, key: str) -> bool:
        return bool(self.which_may_hold([key]))

    def which_may_hold(self, keys: list[str], owner: int | None = None) -> list[str]:
        """Those of `keys` the store may hold, in their order; for linker `owner`, not those only it
        made and has not yet written (it finds them where they wait)."""
        if not self.ready:
            return list(keys)
        parts, out, waiting = self._parts, [], self._waiting
        for key in keys:
            if owner is not None and key in waiting and waiting[key] == owner:
                continue
            h1, h2 = _hashes(key)
            for p in parts:
                if p.has(h1, h2):
                    out.append(key)
                    break
        return out

    def paid(self, seconds: float) -> None:
        """Lookups just took `seconds`: scan about as long (over all calls, never longer than the
        lookups took, but for the last few keys)."""
        if self.ready or self._off:
            return
        self._credit += seconds
        if self._credit <= 0:
            return
        start = time.perf_counter()
        until = start + self._credit
        try:
            self._scan(until)
        except BaseException:
            self._off = True
            self.release()
            raise
        finally:
            self._credit -= time.perf_counter() - start

    def _scan(self, until: float) -> None:
        if self._streams is None:
            self._streams = self._open()
            if self._streams is None:
                self._off = True
                return
        add, clock = self.add, time.perf_counter
        while self._streams:
            stream = self._streams[0]
            for i, key in enumerate(stream, 1):
                add(key)
                if not i & 63 and clock() > until:
                    return
            if not stream.complete:          # ended by the store: scan again from the start, later
                self.release()
                return
            self._streams.pop(0)
        self.ready, self._streams = True, None

    def release(self) -> None:
        """Let go of the streams being scanned (the store's files they hold): a later `paid` opens
        them again. The keys added so far stay."""
        for stream in self._streams or ():
            stream.release()
        self._streams = None
