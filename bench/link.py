"""Linking's cost for one more article against a large store, nothing written.

    python bench/link.py STORE [--articles 60]

STORE is one `bench/store.py` built (`--dir D`: D/ours-1000000). The next copies of its corpus
(new statements in one group of four, the others' repeated) are linked against it one after
another; prints the median milliseconds an article, and where they go.
"""
from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    import store as corpus

    from tracker import link
    from tracker.store import EmbeddedStore

    ap = argparse.ArgumentParser()
    ap.add_argument("store")
    ap.add_argument("--articles", type=int, default=60)
    a = ap.parse_args()
    spent: dict[str, float] = {}
    for name in ("_references", "_described", "_closest", "_point"):
        fn = getattr(link.Linker, name)

        def timed(*args, _fn=fn, _name=name, **kw):
            t = time.perf_counter()
            try:
                return _fn(*args, **kw)
            finally:
                spent[_name] = spent.get(_name, 0.0) + time.perf_counter() - t
        setattr(link.Linker, name, timed)
    tmpl = corpus.template()
    with EmbeddedStore(a.store) as st:
        have = len(st.graphs()) - 1
        copies = list(itertools.islice(corpus.copies(123 * (have + a.articles), tmpl), have, have + a.articles))
        link.Linker(st).linked(copies[0][-1])        # imports, caches
        times = []
        for *_, rends in copies[1:]:
            linker = link.Linker(st)                # each alone, as after a write: nothing asked kept
            t = time.perf_counter()
            linker.linked(rends)
            times.append(time.perf_counter() - t)
    print(f"machine: {corpus.machine()}")
    print(f"{len(times)} articles against {a.store}: median {statistics.median(times) * 1000:.1f} ms an article; "
          + ", ".join(f"{k.strip('_')} {v / len(times) * 1000:.1f} ms" for k, v in spent.items()))


if __name__ == "__main__":
    main()
