"""Store benchmark: ingest rate, named-query latency, validation against a large store, memory.

    python bench/store.py [--sizes 10000,100000,1000000] [--dir DIR] [--repeat 7]     # BENCH_CARRIERS=4, BENCH_ASIDE=1
    python bench/store.py --sizes 1000000 --ingest-repeat 2 --ingest-only           # what linking adds, alone

Stores of N claims are built from the sample article's real extraction, replicated with a new
article hash per copy and varied speakers (every other copy renames its speakers), made copy by
copy into a file before anything is timed — the corpus is never held whole in memory. For each
size, in separate processes (so each peak memory is its own): a raw pyoxigraph `bulk_load` of the
same quads, then the tracker's own ingest (existence check, revision lookup, batched atomic bulk
loads, written aside while the next batch is linked unless BENCH_ASIDE=0, compaction), without
linking and with, in wall-clock and CPU time; then the latency of each
named query at the table's row limit, and who-said at 1000 rows (median of --repeat runs), and the time to validate one article against the store
divided by the time against an empty store. Prints the figures and the machine; nothing is timed
in the unit tests.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import pickle
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "data" / "seed-ja-2024-russia-china.txt"
FIXED = datetime(2024, 7, 10, tzinfo=timezone.utc)


# ---------------------------------------------------------------- the corpus, streamed

CARRIERS = int(os.environ.get("BENCH_CARRIERS", 4))     # articles that carry each statement


def template():
    from tracker.graph import claims_to_graph, graph_iri
    from tracker.renderings import renderings_of
    from tracker.pipeline import extract
    from tracker.store import dataset_parts

    ex = extract(str(SAMPLE))
    ds = claims_to_graph(ex, generated_at=FIXED)
    g = graph_iri(ex.article.sha256)
    return ex.article.sha256, dataset_parts(ds), len(ex.claims), renderings_of(ds.graph(g), str(g))


_AGENT_NAME = re.compile(r'^(<https://w3id\.org/claim-tracker/id/agent/[^>]*>) (<http://schema\.org/(?:name|alternateName)>) "(.*)"(.*)$', re.M)


def copies(n_claims: int, tmpl=None):
    """(index, parts, origin IRI, graph IRI, article IRI, renderings) for each copy, generated one
    at a time. Copies come in groups of CARRIERS: the copies of a group say the same things (each
    statement is carried by CARRIERS articles); each group says its own (what the sample says,
    its letters shuffled, so that no statement of one group is like another's)."""
    import dataclasses
    import random

    from tracker.ntriples import string as _string

    sha, parts, per, rends = tmpl or template()
    key = sha[:16]
    count = max(1, n_claims // per)
    origin_re = re.compile(r"<file://[^>]*>")
    said = re.compile(r'^(<([^>]+)> <http://www\.w3\.org/1999/02/22-rdf-syntax-ns#object> )"(?:[^"\\]|\\.)*"(@\w+)? \.$', re.M)
    for i in range(count):
        new_sha = copy_sha(i)
        new_key = new_sha[:16]
        group = i // CARRIERS
        texts = {r.claim: r.text if not group else "".join(random.Random(f"{group}:{r.claim}").sample(r.text, len(r.text)))
                 for r in rends}
        tag = f"v{i % 200}" if i % 2 else None
        out = []
        for graph, nt in parts:
            if group and graph.endswith(key):
                nt = said.sub(lambda m: f"{m[1]}{_string(texts[m[2]])}{m[3] or ''} ." if m[2] in texts else m[0], nt)
            nt = nt.replace(sha, new_sha).replace(key, new_key)
            nt = origin_re.sub(f"<urn:bench:copy:{i}>", nt)
            if tag:      # vary the speakers: one in two copies names them differently
                # a source named differently is another agent, and so another account
                nt = nt.replace("/id/agent/", f"/id/agent/{tag}-").replace("/id/account/", f"/id/account/{tag}-")
                nt = _AGENT_NAME.sub(lambda m: f'{m.group(1)} {m.group(2)} "{m.group(3)} {tag}"{m.group(4)}', nt)
            out.append((graph.replace(key, new_key), nt))
        g = f"https://w3id.org/claim-tracker/id/graph/{new_key}"
        a = f"https://w3id.org/claim-tracker/id/article/{new_key}"

        def moved(iri: str | None) -> str | None:
            iri = iri and iri.replace(key, new_key)
            return iri.replace("/id/agent/", f"/id/agent/{tag}-") if iri and tag else iri

        mine = [dataclasses.replace(r, claim=moved(r.claim), graph=g, text=texts[r.claim], speakers=tuple(map(moved, r.speakers)),
                                    report=moved(r.report), work=moved(r.work))
                for r in rends]
        yield i, out, f"urn:bench:copy:{i}", g, a, mine


def copy_sha(i: int) -> str:
    return hashlib.sha256(f"bench copy {i}".encode()).hexdigest()


class _Timed:
    """An iterator, and the time spent in it (making the corpus's copies: not the store's)."""

    def __init__(self, it):
        self._it, self.seconds = iter(it), 0.0

    def __iter__(self):
        return self

    def __next__(self):
        t = time.perf_counter()
        try:
            return next(self._it)
        finally:
            self.seconds += time.perf_counter() - t


def write_corpus(n_claims: int, path: Path) -> None:
    """The corpus's copies, made once before any phase is timed, in a file each phase reads (as
    an ingest reads what extraction made): compressed pickles, each after its length."""
    with open(path, "wb") as fh:
        for copy in copies(n_claims):
            data = zlib.compress(pickle.dumps(copy, protocol=5), 1)
            fh.write(len(data).to_bytes(8, "little") + data)


def read_corpus(path: str):
    with open(path, "rb") as fh:
        while size := int.from_bytes(fh.read(8), "little"):
            yield pickle.loads(zlib.decompress(fh.read(size)))


class _Stream(io.RawIOBase):
    """The whole corpus as one N-Quads byte stream, produced as it is read."""

    def __init__(self, corpus: str):
        from tracker.store import nquads_of
        self.made = _Timed(nquads_of(parts).encode("utf-8") for _, parts, *_ in read_corpus(corpus))
        self._buf = b""

    def readable(self):
        return True

    def readinto(self, b):
        while len(self._buf) < len(b):
            chunk = next(self.made, None)
            if chunk is None:
                break
            self._buf += chunk
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


# ---------------------------------------------------------------- phases, each in its own process

def phase_raw(n: int, folder: str, corpus: str) -> dict:
    import pyoxigraph as ox

    store = ox.Store(folder)
    stream = _Stream(corpus)
    t = time.perf_counter()
    store.bulk_load(io.BufferedReader(stream, 1 << 20), format=ox.RdfFormat.N_QUADS)
    store.flush()
    elapsed = time.perf_counter() - t - stream.made.seconds
    quads = len(store)
    return {"seconds": elapsed, "making": stream.made.seconds, "quads": quads}


def phase_ingest(n: int, folder: str, corpus: str) -> dict:
    """The tracker's ingest of the corpus, all counted: reading the corpus's file too (in both
    phases alike; where the store writes aside, reading overlaps its writing)."""
    from tracker.ingest import Batch, Ingested, previous_version
    from tracker.store import EmbeddedStore

    store = EmbeddedStore(folder, write=True)
    store.writes_aside = os.environ.get("BENCH_ASIDE", "1") == "1"
    batch = Batch(store, max_quads=int(os.environ.get("BENCH_BATCH_QUADS", 100_000)))
    link = os.environ.get("BENCH_LINK", "1") == "1"
    t, cpu = time.perf_counter(), time.process_time()
    articles = 0
    read = _Timed(read_corpus(corpus))
    for i, parts, origin, g, a, rends in read:
        # what tracker.ingest.prepare does before writing: existence check, revision lookup, linking
        if store.graph_exists(g):
            continue
        previous_version(store, origin, a)
        if link:
            parts = parts + batch.linker.linked(rends)
        batch.queue(Ingested(origin, a, g, "added", 0), parts, origin)
        articles += 1
    batch.finish()
    batch.compact()
    store.flush()
    elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
    quads = len(store._store)
    store.close()
    return {"seconds": elapsed, "cpu": cpu, "reading": read.seconds, "quads": quads, "articles": articles}


QUERIES = [
    ("who-said", {"speaker": "習近平"}),
    ("by-outlet", {"outlet": "ロイター", "from": "2024-06-01", "to": "2024-06-30"}),
    ("uncited", {}),
    ("chain", {"claim": f"https://w3id.org/claim-tracker/id/claim/{copy_sha(0)[:16]}/420-453"}),
    ("timeline", {"speaker": "林剣"}),
    ("single-source", {}),
    ("coverage", {}),
    ("changes", {}),
    ("lineage", {"claim": f"https://w3id.org/claim-tracker/id/claim/{copy_sha(0)[:16]}/104-148"}),
]


def phase_queries(n: int, folder: str, repeat: int) -> dict:
    from tracker.cli import TABLE_ROWS
    from tracker.query import render_named, run
    from tracker.store import EmbeddedStore

    out = {}
    runs = [(name, params, TABLE_ROWS) for name, params in QUERIES] + [("who-said", QUERIES[0][1], 1000)]
    with EmbeddedStore(folder) as store:
        for name, params, limit in runs:
            text = render_named(name, params)
            run(store, text, timeout=None, limit=limit)          # warm the caches once
            times, rows = [], 0
            for _ in range(repeat):
                t = time.perf_counter()
                res = run(store, text, timeout=None, limit=limit)
                times.append(time.perf_counter() - t)
                rows = len(res.rows)
                if sum(times) > 30:      # the whole-store aggregates take long at 1M: fewer runs
                    break
            out[f"{name} ≤{limit}"] = {"median_ms": statistics.median(times) * 1000, "rows": rows}
        from tracker.trace import lineage, trace_text     # `tracker trace` but for opening the store
        claim = QUERIES[-1][1]["claim"]
        times = []
        for _ in range(repeat + 1):
            t = time.perf_counter()
            trace_text(lineage(store, claim))
            times.append(time.perf_counter() - t)
        out["trace (library)"] = {"median_ms": statistics.median(times[1:]) * 1000, "rows": len(lineage(store, claim).rows)}
    return {"queries": out}


def phase_validate(n: int, folder: str, repeat: int) -> dict:
    from tracker.graph import claims_to_graph
    from tracker.ingest import entities_for
    from tracker.pipeline import extract
    from tracker.store import EmbeddedStore
    from tracker.validate import validate_extraction

    ex = extract(str(SAMPLE))
    ds = claims_to_graph(ex)
    times = []
    with EmbeddedStore(folder) as store:
        validate_extraction(ex, ds, context=entities_for(store, ds))     # warm up
        for _ in range(repeat):
            t = time.perf_counter()
            validate_extraction(ex, ds, context=entities_for(store, ds))
            times.append(time.perf_counter() - t)
    return {"median_s": statistics.median(times)}


def _child(phase: str, *args, env: dict | None = None) -> dict:
    cmd = [sys.executable, __file__, "--phase", phase, *map(str, args)]
    done = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **(env or {})})
    if done.returncode:
        raise SystemExit(f"{phase} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def machine() -> str:
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    mem = next((int(ln.split()[1]) // 1024 // 1024 for ln in Path("/proc/meminfo").read_text().splitlines()
                if ln.startswith("MemTotal")), 0) if Path("/proc/meminfo").exists() else 0
    import pyoxigraph
    return (f"{cpu}, {os.cpu_count()} cores, {mem} GiB; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}, pyoxigraph {pyoxigraph.__version__}")


def _print_linking(pairs: list[tuple[dict, dict]], making: float) -> None:
    """What linking adds to the ingest: the last pair, and the median of all."""
    unlinked, ours = pairs[-1]
    aside = os.environ.get("BENCH_ASIDE", "1")
    print(f"without linking    {unlinked['seconds']:8.1f} s  ({unlinked['quads']:,} quads)")
    print(f"with linking       {ours['seconds']:8.1f} s  ({ours['quads']:,} quads, {ours['quads'] - unlinked['quads']:,} of them "
          f"links and keys): linking adds {ours['seconds'] / unlinked['seconds'] - 1:.0%} ({CARRIERS} articles carry each statement)")
    print(f"CPU time           {unlinked['cpu']:8.1f} s without linking, {ours['cpu']:.1f} s with: "
          f"+{ours['cpu'] / unlinked['cpu'] - 1:.0%} (every thread; writes {'aside' if aside == '1' else 'in turn'})")
    if len(pairs) > 1:
        added = [o['seconds'] / u['seconds'] - 1 for u, o in pairs]
        print(f"linking adds, {len(pairs)} pairs: median {statistics.median(added):.0%} ("
              + ", ".join(f"{u['seconds']:.1f} → {o['seconds']:.1f} s" for u, o in pairs) + "); CPU, median "
              + f"{statistics.median(o['cpu'] / u['cpu'] - 1 for u, o in pairs):.0%}")
    print(f"(counted above: reading the corpus's file, {ours['reading']:.0f} s in the ingest with linking; "
          f"not counted: making it, {making:.0f} s, before)")
    sys.stdout.flush()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--dir", default=None, help="where to build the stores (default: a temporary folder)")
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--ingest-repeat", type=int, default=1, help="ingests without and with linking, in turn (the last pair's stores are kept)")
    ap.add_argument("--ingest-only", action="store_true", help="only the ingests without and with linking (no raw load, queries or validation)")
    ap.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.phase:
        name, *rest = a.phase
        n, folder = int(rest[0]), rest[1]
        fn = {"raw": phase_raw, "ingest": phase_ingest, "queries": phase_queries, "validate": phase_validate}[name]
        result = fn(n, folder, int(rest[2])) if name in ("queries", "validate") else fn(n, folder, rest[2])
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    base = Path(a.dir or tempfile.mkdtemp(prefix="tracker-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}")
    print(f"stores under {base}")
    v_empty = None
    if not a.ingest_only:
        from tracker.store import EmbeddedStore
        EmbeddedStore(base / "empty", write=True).close()
        v_empty = _child("validate", 0, base / "empty", a.repeat)
    for n in [int(x) for x in a.sizes.split(",")]:
        raw_dir, ours_dir = base / f"raw-{n}", base / f"ours-{n}"
        for d in (raw_dir, ours_dir):
            shutil.rmtree(d, ignore_errors=True)
        corpus = base / f"corpus-{n}.bin"
        t = time.perf_counter()
        write_corpus(n, corpus)
        making = time.perf_counter() - t
        raw = None if a.ingest_only else _child("raw", n, raw_dir, corpus)
        shutil.rmtree(raw_dir, ignore_errors=True)
        aside = os.environ.get("BENCH_ASIDE", "1")
        pairs = []
        for k in range(a.ingest_repeat):         # in turn, so that what else runs here falls on both alike
            unlinked = _child("ingest", n, raw_dir, corpus, env={"BENCH_LINK": "0", "BENCH_ASIDE": aside})
            shutil.rmtree(raw_dir, ignore_errors=True)
            if k:
                shutil.rmtree(ours_dir, ignore_errors=True)
            ours = _child("ingest", n, ours_dir, corpus, env={"BENCH_ASIDE": aside})
            pairs.append((unlinked, ours))
        corpus.unlink()
        claims = ours["articles"] * 123
        print(f"\n== {claims:,} claims ({ours['articles']:,} articles, {ours['quads']:,} quads)")
        if a.ingest_only:
            _print_linking(pairs, making)
            if not a.dir:
                shutil.rmtree(ours_dir, ignore_errors=True)
            continue
        q = _child("queries", n, ours_dir, a.repeat)
        v = _child("validate", n, ours_dir, a.repeat)
        print(f"raw bulk_load      {raw['seconds']:8.1f} s  {raw['quads'] / raw['seconds']:>10,.0f} quads/s  peak {raw['peak_rss_mb']:,.0f} MB")
        print(f"tracker ingest     {ours['seconds']:8.1f} s  {ours['quads'] / ours['seconds']:>10,.0f} quads/s  peak {ours['peak_rss_mb']:,.0f} MB")
        print(f"ingest / raw       {ours['seconds'] / raw['seconds']:8.2f} ×")
        _print_linking(pairs, making)
        for name, r in q["queries"].items():
            print(f"query {name:<19}{r['median_ms']:9.1f} ms  ({r['rows']} rows)")
        print(f"query peak memory  {q['peak_rss_mb']:8.0f} MB")
        print(f"validate one article: {v['median_s']:.2f} s against this store, {v_empty['median_s']:.2f} s against an empty one: "
              f"{v['median_s'] / v_empty['median_s']:.2f} ×")
        sys.stdout.flush()
        if not a.dir:
            shutil.rmtree(ours_dir, ignore_errors=True)
    if not a.dir:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
