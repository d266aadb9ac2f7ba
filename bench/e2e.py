"""End to end, as a user runs it: text to TriG, to a validation report, to the store, as articles grow.

    python bench/e2e.py [--sizes 1,2,4,8,50] [--repeat 3] [--batch 1000] [--workers 1,2] [--profile 8] [--large 480]

Articles: the sample repeated N times, each copy renumbering its citation dates (N = 50 is about
1 MB); a batch of small articles (about 5 KB each, the Japanese development set's snippets drawn
in turn, dates renumbered). Each figure is one `tracker` process, timed by the wall clock from
start to exit (imports included), its peak memory the largest resident size of its process tree
(workers included), sampled every 20 ms. Times are medians of --repeat runs; the ratios
time(N)/time(1) are of medians taken in the same run. Then, in this process, a profile: where the
time of one article of --profile copies goes, stage by stage (extraction, RDF, TriG, SHACL).
With --large N, also the sample N times (480: about 10 MB) to TriG, once.
Prints the figures and the machine; nothing here runs in the tests.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "data" / "seed-ja-2024-russia-china.txt"
TRACKER = [sys.executable, "-m", "tracker.cli"]
DATE = re.compile(r"【(\d{1,2})(\d{1,2})日")       # the sample's credits lost their 月: 【73日 時事】


def machine() -> str:
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    return f"{cpu}, {os.cpu_count()} cores; {platform.system()} {platform.release()}; Python {platform.python_version()}"


# ---------------------------------------------------------------- inputs

def renumbered(text: str, i: int) -> str:
    """The text with its credits' dates moved to month 1 + i % 12, day 1 + i % 28 (copy 0 unchanged)."""
    if not i:
        return text
    return DATE.sub(lambda m: f"【{1 + i % 12}{1 + i % 28}日", text)


def repeated(n: int) -> str:
    base = SAMPLE.read_text("utf-8")
    return "\n\n".join(renumbered(base, i) for i in range(n))


def small_articles(folder: Path, count: int, size: int = 5000) -> None:
    snippets = [p.read_text("utf-8") for p in sorted((ROOT / "tests" / "devset" / "ja").glob("*.txt"))]
    k = 0
    for i in range(count):
        parts = []
        while sum(len(p.encode("utf-8")) for p in parts) < size:
            parts.append(snippets[k % len(snippets)])
            k += 1
        (folder / f"a{i:04d}.txt").write_text(renumbered("\n\n".join(parts), i + 1) + f"\n\n(記事 {i})\n", "utf-8")


# ---------------------------------------------------------------- one process, timed

def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and its descendants."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            total += int(Path(f"/proc/{p}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total


STATEMENTS = re.compile(r"(\d+) statements")


def run(args: list[str], cwd: Path) -> tuple[float, int, str]:
    """Seconds, peak resident bytes of the process tree, and stdout+stderr of one tracker run."""
    out = tempfile.TemporaryFile()
    start = time.perf_counter()
    p = subprocess.Popen(TRACKER + args, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    peak = [0]

    def sample():
        while p.poll() is None:
            peak[0] = max(peak[0], _tree_rss(p.pid))
            time.sleep(0.02)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    p.wait()
    took = time.perf_counter() - start
    watcher.join()
    out.seek(0)
    text = out.read().decode("utf-8", "replace")
    # validate exits 1 when it finds violations, and so does a Python that cannot run the tracker
    found = args[0] == "validate" and STATEMENTS.search(text) and "Traceback" not in text
    if not (p.returncode == 0 or (p.returncode == 1 and found)):
        raise SystemExit(f"tracker {' '.join(args)} failed ({p.returncode}): {text[-500:]}")
    return took, peak[0], text


def median_run(args_of, repeat: int, cwd: Path) -> tuple[float, int, str]:
    runs = [run(args_of(k), cwd) for k in range(repeat)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs), runs[-1][2]



def claims_in(report: str) -> int:
    return sum(int(m[1]) for m in STATEMENTS.finditer(report))


# ---------------------------------------------------------------- the table

def sizes_table(work: Path, sizes: list[int], repeat: int) -> dict[str, dict[int, float]]:
    times: dict[str, dict[int, float]] = {"extract": {}, "validate": {}, "ingest": {}}
    print(f"\n| N | size | claims | command | seconds (median of {repeat}) | characters/s | claims/s | peak memory |")
    print("|---|---|---|---|---|---|---|---|")
    for n in sizes:
        text = repeated(n)
        f = work / f"n{n}.txt"
        f.write_text(text, "utf-8")
        chars = len(text)
        _, _, report = run(["validate", str(f), "--no-progress"], work)
        claims = claims_in(report)
        commands = {
            "extract": lambda k: ["extract", str(f), "--format", "trig", "--output", str(work / f"n{n}.trig")],
            "validate": lambda k: ["validate", str(f), "--no-progress"],
            "ingest": lambda k: ["ingest", str(f), "--store", str(work / f"store-{n}-{k}"), "--no-progress"],
        }
        for name, args_of in commands.items():
            secs, peak, _ = median_run(args_of, repeat, work)
            times[name][n] = secs
            print(f"| {n} | {f.stat().st_size / 1024:,.0f} KB | {claims:,} | {name} | {secs:.2f} | {chars / secs:,.0f} | "
                  f"{claims / secs:,.0f} | {peak / 2**20:,.0f} MB |", flush=True)
        for k in range(repeat):
            shutil.rmtree(work / f"store-{n}-{k}", ignore_errors=True)
    return times


def ratios(times: dict[str, dict[int, float]]) -> None:
    if not any(1 in by_n and len(by_n) > 1 for by_n in times.values()):
        return
    print("\nGrowth, time(N) / time(1), from the medians above (linear would be N; the target is time(8) <= 9 x time(1)):")
    for name, by_n in times.items():
        if 1 in by_n:
            print(f"- {name}: " + ", ".join(f"N={n}: {t / by_n[1]:.1f}" for n, t in sorted(by_n.items()) if n != 1))


def batch(work: Path, count: int, workers: list[int], repeat: int) -> None:
    folder = work / "batch"
    folder.mkdir(exist_ok=True)
    small_articles(folder, count)
    mean_kb = sum(p.stat().st_size for p in folder.iterdir()) / count / 1024
    chars = sum(len(p.read_text("utf-8")) for p in folder.iterdir())
    claims = 0
    print(f"\nBatch: {count} articles of {mean_kb:.1f} KB on average (median of {repeat} runs each)\n")
    print("| command | workers | seconds | articles/s | characters/s | claims/s | peak memory |")
    print("|---|---|---|---|---|---|---|")
    for w in workers:
        for name, args_of in (
            ("validate", lambda k: ["validate", str(folder), "--workers", str(w), "--no-progress"]),
            ("ingest", lambda k: ["ingest", str(folder), "--store", str(work / f"batch-store-{w}-{k}"), "--workers", str(w), "--no-progress"]),
        ):
            secs, peak, report = median_run(args_of, repeat, work)
            claims = claims or claims_in(report)         # validate reports each article's statements
            print(f"| {name} | {w} | {secs:.1f} | {count / secs:.1f} | {chars / secs:,.0f} | {claims / secs:,.0f} | "
                  f"{peak / 2**20:,.0f} MB |", flush=True)
        for k in range(repeat):
            shutil.rmtree(work / f"batch-store-{w}-{k}", ignore_errors=True)


# ---------------------------------------------------------------- where the time goes

def profile(copies: int) -> None:
    from tracker.compact import CompactStore
    from tracker.datagraph import ValidationGraph
    from tracker.export import write
    from tracker.graph import claims_into, claims_to_graph
    from tracker.pipeline import extract_article
    from tracker.read import read_article
    from tracker.validate import _locate, validate_graph

    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "article.txt"
        f.write_text(repeated(copies), "utf-8")
        stages: list[tuple[str, float]] = []

        def timed(name, fn, *args, **kw):
            t = time.perf_counter()
            value = fn(*args, **kw)
            stages.append((name, time.perf_counter() - t))
            return value

        article = timed("read", read_article, str(f))
        ex = timed("extract (segment, citations, attribution, dates)", extract_article, article)
        ds = timed("RDF to write (claims in the compact store)", claims_to_graph, ex, store=CompactStore())
        with open(os.devnull, "wb") as out:
            timed("TriG (written out, through the data guard)", write, ex, "trig", out, ds)
        g = timed("RDF to validate (claims in one rdflib graph)", claims_into, ex, ValidationGraph())
        _, results, g = timed("SHACL (pySHACL)", validate_graph, g)
        timed("locating each result in the text", _locate, results, g)
    total = sum(t for _, t in stages)
    quads = sum(1 for _ in ds.quads((None, None, None, None)))
    print(f"\nWhere the time goes, one article of {copies} copies ({len(ex.claims):,} claims, {quads:,} quads), in this process:\n")
    print("| stage | seconds | share |")
    print("|---|---|---|")
    for name, t in stages:
        print(f"| {name} | {t:.2f} | {t / total:.0%} |")


def large(work: Path, copies: int) -> None:
    f = work / "large.txt"
    f.write_text(repeated(copies), "utf-8")
    chars = len(f.read_text("utf-8"))
    secs, peak, _ = run(["extract", str(f), "--format", "trig", "--output", str(work / "large.trig")], work)
    print(f"\nOne large text, {f.stat().st_size / 2**20:.1f} MB ({copies} copies of the sample), to TriG, one run: "
          f"{secs:.1f} s, {chars / secs:,.0f} characters/s, peak {peak / 2**30:.2f} GB", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,2,4,8,50", help="copies of the sample (comma-separated)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batch", type=int, default=1000, help="small articles in the batch (0: no batch)")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--profile", type=int, default=8, help="copies of the sample in the profiled article (0: none)")
    ap.add_argument("--large", type=int, default=0, help="copies of the sample in one large text to TriG, once (480: about 10 MB; 0: none)")
    ap.add_argument("--dir", help="work folder (default: a temporary one, removed after)")
    args = ap.parse_args()
    print(f"Machine: {machine()}")
    work = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="tracker-e2e-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if args.sizes:
            ratios(sizes_table(work, [int(x) for x in args.sizes.split(",")], args.repeat))
        if args.batch:
            batch(work, args.batch, [int(x) for x in args.workers.split(",")], args.repeat)
        if args.large:
            large(work, args.large)
        if args.profile:
            profile(args.profile)
    finally:
        if not args.dir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
