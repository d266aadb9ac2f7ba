"""Which link keys the store may hold: a Bloom filter, so that linking skips the index lookup of a
key no reference carries. Most of what an ingest looks up is a statement nobody made before, and
while a batch is being written aside such a lookup costs 20 to 40 µs (6 µs in a compacted store).

The filter is the process's own. It is built by a scan of the keys in the store, and the scan is
paid for as it goes by what lookups cost: it advances only as long as the lookups so far took, so
it never costs more than the lookups it could save, and one article linked into a large store
scans almost nothing. Every key linking writes is added as it is made. So the filter never says no
to a key the store holds: each was there when the scan was opened, or was made by this process,
the store's one writer. A server may have other writers: it streams no keys, and gets no filter.
"""
from __future__ import annotations

import time
from typing import Callable, Iterator

_BITS_A_KEY = 10        # with 7 hashes, about 1% false positives a part
_HASHES = 7
_FIRST = 1 << 18        # keys the first part holds; each further part holds twice the last's


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
    """`may_hold(key)`: False only for a key the store cannot hold. Until the scan of the store
    is done, or where the store cannot be scanned (`scan` gives None), every key may be held."""

    def __init__(self, scan: Callable[[], Iterator[str] | None]):
        self._open = scan               # opens the scan, the first time lookups have cost something
        self._scan: Iterator[str] | None = None
        self.ready = False
        self._never = False             # the store cannot be scanned
        self._parts = [_Part(_FIRST)]

    def add(self, key: str) -> None:
        """A key linking has made (whether or not the store holds it yet)."""
        last = self._parts[-1]
        if last.count >= last.capacity:
            last = _Part(last.capacity * 2)
            self._parts.append(last)
        last.add(*_hashes(key))

    def may_hold(self, key: str) -> bool:
        if not self.ready:
            return True
        h1, h2 = _hashes(key)
        return any(p.has(h1, h2) for p in self._parts)

    def paid(self, seconds: float) -> None:
        """Lookups just took `seconds`: scan as long."""
        if self.ready or self._never or seconds <= 0:
            return
        if self._scan is None:
            self._scan = self._open()
            if self._scan is None:
                self._never = True
                return
        until = time.perf_counter() + seconds
        add, scan = self.add, self._scan
        for i, key in enumerate(scan):
            add(key)
            if i & 1023 == 1023 and time.perf_counter() > until:
                return
        self.ready, self._scan = True, None
