"""Extraction speed: characters of Japanese text turned into claims per second, on one core,
against a full GiNZA (ja_ginza) dependency parse of the same texts in the same run.

    python bench/extract.py [--repeat 5] [--copies 20]

The texts are the sample article and variants of it (each copy renumbers its dates, so nothing
is cached between them: the caches of noun-phrase analysis are emptied before each text) and the Japanese development set (tests/devset/ja); the English set's
speed is printed for reference. Extraction is the whole pipeline from text to claims (segment,
citations, attribution, dates), without reading the file or building RDF. GiNZA is measured only
if it is installed (`pip install ginza ja-ginza`); its model loading is left out. Prints medians
and the machine; nothing here runs in the tests.
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "data" / "seed-ja-2024-russia-china.txt"


def texts(copies: int) -> list[str]:
    """The sample article in `copies` variants, and the Japanese development set's snippets."""
    base = SAMPLE.read_text("utf-8")
    dev = [p.read_text("utf-8") for p in sorted((ROOT / "tests" / "devset" / "ja").glob("*.txt"))]
    return [base.replace("日 時事", f"日 時事{i}") if i else base for i in range(copies)] + dev


def machine() -> str:
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    return f"{cpu}, {os.cpu_count()} cores; {platform.system()} {platform.release()}; Python {platform.python_version()}"


def cold() -> None:
    """Empty the caches of noun-phrase analysis, so that copies of one text are not read from them."""
    from tracker.lang.en import speakers as en
    from tracker.lang.ja import speakers as ja

    for fn in (ja.classify, ja._strip_title, en.classify, en.name_and_role):
        fn.cache_clear()


def timed(fn, items, repeat: int, fresh=lambda: None) -> float:
    """Median seconds of `fn` over all `items`, after one warm-up pass; `fresh()` before each item."""
    for item in items[:1]:
        fn(item)
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        for item in items:
            fresh()
            fn(item)
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--copies", type=int, default=20)
    a = ap.parse_args()

    from tracker.model import Article
    from tracker.pipeline import extract_article
    from tracker.lang import detect
    from tracker.read import _sha

    docs = texts(a.copies)
    chars = sum(len(t) for t in docs)
    articles = [Article(text=t, source="bench", encoding="utf-8", sha256=_sha(t), lang=detect(t)) for t in docs]
    claims = sum(len(extract_article(x).claims) for x in articles)
    ours = timed(extract_article, articles, a.repeat, cold)
    print(f"machine: {machine()}")
    print(f"texts: {len(docs)} ({chars:,} characters, {claims:,} claims)")
    print(f"tracker extraction   {ours:8.3f} s   {chars / ours:>12,.0f} characters/s on one core")
    english = [p.read_text("utf-8") for p in sorted((ROOT / "tests" / "devset" / "en").glob("*.txt"))] * a.copies
    if english:
        en = [Article(text=t, source="bench", encoding="utf-8", sha256=_sha(t), lang="en") for t in english]
        took = timed(extract_article, en, a.repeat, cold)
        n = sum(len(t) for t in english)
        print(f"English, for reference: {len(english)} texts ({n:,} characters) {n / took:>12,.0f} characters/s")
    try:
        import spacy

        nlp = spacy.load("ja_ginza")
    except (ImportError, OSError):
        print("GiNZA: not installed (pip install ginza ja-ginza) — no comparison")
        return
    # GiNZA's tokenizer (SudachiPy) refuses inputs over 49,149 bytes: parse paragraph by paragraph
    paragraphs = [[p for p in t.split("\n") if p.strip()] for t in docs]
    ginza = timed(lambda ps: list(nlp.pipe(ps)), paragraphs, max(1, a.repeat // 2))
    print(f"GiNZA parse          {ginza:8.3f} s   {chars / ginza:>12,.0f} characters/s")
    print(f"tracker / GiNZA      {ginza / ours:8.1f} × faster")


if __name__ == "__main__":
    main()
