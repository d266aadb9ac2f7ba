"""`tracker serve` under load: 50 clients at once against a large store.

    python bench/serve.py --store DIR [--clients 50] [--rounds 20] [--workers 2] [--articles 20]

DIR is a store already built, for instance the 1M-claim store of `bench/store.py --dir D`
(D/ours-1000000). The server is started as a user starts it (`tracker serve`). The requests
are who-said (the named query, 100 rows, as JSON) for a few speakers, the pages of `--articles`
articles, and five claims of each. First each is asked once by one client, which gives what an
answer costs when nobody asked for it since the store last changed (an article's first view
validates it). Then `--clients` clients at once, each a thread with its own connection, ask
for them again in random order, `--rounds` times each kind: the server keeps answers while the
store is unchanged. Prints each kind's median, p95 and slowest answer, the errors, and the
machine. Nothing is timed in the unit tests.
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def machine() -> str:
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    mem = next((int(ln.split()[1]) // 1024 // 1024 for ln in Path("/proc/meminfo").read_text().splitlines()
                if ln.startswith("MemTotal")), 0) if Path("/proc/meminfo").exists() else 0
    return f"{cpu}, {os.cpu_count()} cores, {mem} GiB; {platform.system()} {platform.release()}; Python {platform.python_version()}"


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(p / 100 * len(xs)) - 1))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", required=True)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--articles", type=int, default=20)
    ap.add_argument("--speaker", default="習近平,プーチン,林剣,トン・ザオ,ユン・スン", help="speakers for who-said, comma-separated")
    a = ap.parse_args()
    print(f"machine: {machine()}")
    proc = subprocess.Popen([sys.executable, "-m", "tracker.cli", "serve", "--store", a.store, "--port", "0",
                             "--workers", str(a.workers)], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        base = re.search(r"at (http://\S+)/ ", line).group(1)
        for _ in range(600):
            try:
                if requests.get(base + "/", timeout=60).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.1)
        home = requests.get(base + "/", timeout=60).text
        articles = re.findall(r'href="(/id/article/[0-9a-f]+)"', home)[: a.articles]
        claims: list[str] = []
        opened: list[float] = []
        for path in articles:            # an article's first view validates it
            t = time.perf_counter()
            page = requests.get(base + path, timeout=300)
            opened.append(time.perf_counter() - t)
            page.raise_for_status()
            claims += re.findall(r'href="(/id/claim/[^"]+)"', page.text)[:5]
        speakers = a.speaker.split(",")
        mix = {
            "who-said (100 rows, JSON)": [f"/queries/who-said?speaker={requests.utils.quote(s)}&format=json&limit=100" for s in speakers],
            "article page": articles,
            "claim page": claims,
        }
        # each answer once, by one client: what a page costs when nobody asked for it since the
        # store last changed (the article pages' validation was made by the walk above)
        first: dict[str, list[float]] = {k: [] for k in mix}
        first["article page"] = opened
        for kind, paths in mix.items():
            for path in paths if kind != "article page" else ():
                t = time.perf_counter()
                requests.get(base + path, timeout=300).raise_for_status()
                first[kind].append(time.perf_counter() - t)
        print(f"store {a.store}: {len(articles)} articles, {len(claims)} claims, {len(speakers)} speakers")
        print("first answer, one client at a time:")
        for kind, xs in first.items():
            print(f"  {kind:<28} median {statistics.median(xs) * 1000:7.1f} ms   p95 {percentile(xs, 95) * 1000:7.1f} ms   "
                  f"slowest {max(xs) * 1000:7.1f} ms   ({len(xs)})")
        kinds = {kind: (lambda paths=paths: random.choice(paths)) for kind, paths in mix.items()}
        times: dict[str, list[float]] = {k: [] for k in kinds}
        errors: list[str] = []
        lock = threading.Lock()
        start = threading.Barrier(a.clients)

        def client(seed: int) -> None:
            random.seed(seed)
            session = requests.Session()
            start.wait()
            for _ in range(a.rounds):
                for kind, path in kinds.items():
                    url = base + path()
                    t = time.perf_counter()
                    try:
                        r = session.get(url, timeout=120)
                        ok = r.status_code == 200
                    except requests.RequestException as exc:
                        ok, r = False, exc
                    took = time.perf_counter() - t
                    with lock:
                        times[kind].append(took)
                        if not ok:
                            errors.append(f"{kind}: {getattr(r, 'status_code', r)}")

        threads = [threading.Thread(target=client, args=(i,)) for i in range(a.clients)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        total = sum(len(v) for v in times.values())
        print(f"then {a.clients} clients at once, asking again (answers kept while the store is unchanged):")
        print(f"{a.clients} clients × {a.rounds} rounds × {len(kinds)} requests = {total} requests in {wall:.1f} s "
              f"({total / wall:.0f}/s), readers: 2 for the pages, {a.workers} for the endpoint; errors: {len(errors)}")
        for kind, xs in times.items():
            print(f"  {kind:<28} median {statistics.median(xs) * 1000:7.1f} ms   p95 {percentile(xs, 95) * 1000:7.1f} ms   "
                  f"slowest {max(xs) * 1000:7.1f} ms")
        for e in errors[:10]:
            print("  error:", e)
    finally:
        proc.terminate()
        proc.wait(30)


if __name__ == "__main__":
    main()
