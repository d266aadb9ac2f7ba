"""English attribution against PolNeAR's development split (Newell, Margolin and Ruths, LREC 2018).

PolNeAR annotates attribution relations (source, cue, content) in 2016 US political news. Its data
is not in this repository; get it with `git clone https://github.com/networkdynamics/PolNeAR`.

    python bench/polnear.py PATH/TO/PolNeAR [--split dev] [--limit N]

For every annotated attribution, the tracker's statement whose content shares the most word tokens
with the annotated content is its match. Printed:
  found            attributions with a matching statement (content tokens overlap), out of all
  content overlap  token F1 of matched contents, mean (1.0: the same words)
  source match     matched attributions with a source whose speaker (its name, or its mention in
                   the sentence) shares a word with the annotated source: "Limbaugh" matches the
                   speaker Rush Limbaugh; an annotated "he" matches only a mention "he"
  precision        attributed statements whose content overlaps some annotated content
Documents are read as the tracker reads a text file; annotations with a discontinuous content are
scored on the union of their parts. Only the first annotator listed in metadata.tsv is used.
"""
from __future__ import annotations

import argparse
import csv
import platform
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tracker.model import Article  # noqa: E402
from tracker.pipeline import extract_article  # noqa: E402
from tracker.lang import detect  # noqa: E402

_WORD = re.compile(r"\w+")


def read_ann(path: Path, text: str) -> list[dict]:
    """Attributions from a brat standoff file: {"source": [(s, e)], "cue": [...], "content": [...]}."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events = []
    for line in path.read_text("utf-8").split("\n"):
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        if cols[0][:1] == "T" and cols[0][1:].isdigit():
            _, _, where = cols[1].partition(" ")
            spans[cols[0]] = [tuple(map(int, part.split())) for part in where.split(";")]
        elif cols[0][:1] == "E" and cols[0][1:].isdigit():
            events.append([arg.partition(":")[::2] for arg in cols[1].split()])
    out = []
    for args in events:
        a = {"source": [], "cue": [], "content": []}
        for role, ref in args:
            role = "content" if role.startswith("Content") else role.lower()
            if role in a and ref in spans:
                a[role] += spans[ref]
        if a["content"]:
            out.append(a)
    return out


def load(root: Path, split: str, since: str = "", before: str = "") -> list[tuple[str, str, list[dict]]]:
    """(name, text, attributions) of a split's documents, those published from `since` and
    before `before` (ISO dates) where given."""
    if split == "test":
        raise SystemExit("the test split is not read")
    data = root / "data" if (root / "data").is_dir() else root
    with (data / "metadata.tsv").open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["compartment"] == split
                and r["publication_date"] >= since and (not before or r["publication_date"] < before)]
    docs = []
    for r in rows:
        text = (data / split / "text" / f"{r['filename']}.txt").read_text("utf-8")
        annotator = r["annotators"].split("|")[0]
        docs.append((r["filename"], text, read_ann(data / split / "attributions" / f"{r['filename']}_{annotator}.ann", text)))
    return docs


def tokens(text: str, spans) -> set[int]:
    return {s + m.start() for s, e in spans for m in _WORD.finditer(text[s:e])}


def predicted(text: str) -> list[tuple[set[int], set[str]]]:
    """(content tokens, speaker words) of each attributed statement the tracker finds."""
    import hashlib

    article = Article(text=text, source="polnear", encoding="utf-8", sha256=hashlib.sha256(text.encode()).hexdigest(),
                      lang=detect(text))
    out = []
    for c in extract_article(article).claims:
        if c.kind != "reported_speech" or not c.content:
            continue
        at = text.find(c.content, c.start)
        content = (at, at + len(c.content)) if at != -1 else (c.start, c.end)
        words = {w.lower() for sp in c.speakers for w in _WORD.findall(sp.name)}
        if c.mention:
            m = re.search(rf"\b{re.escape(c.mention)}\b", text[c.start:c.end])
            if m:
                words |= {w.lower() for w in _WORD.findall(m.group(0))}
        out.append((tokens(text, [content]), words))
    return out


def score(docs) -> dict:
    """The measures over `docs`, as `main` prints them."""
    gold_n = found = with_source = source_right = 0
    f1s: list[float] = []
    pred_n = pred_right = 0
    chars, took = 0, 0.0
    for _, text, gold in docs:
        t = time.perf_counter()
        preds = predicted(text)
        took += time.perf_counter() - t
        chars += len(text)
        gold_contents = [tokens(text, g["content"]) for g in gold]
        all_gold = set().union(*gold_contents) if gold_contents else set()
        pred_n += len(preds)
        pred_right += sum(1 for pc, _ in preds if pc & all_gold)
        for g, gc in zip(gold, gold_contents):
            gold_n += 1
            best = max(preds, key=lambda p: len(p[0] & gc), default=None)
            if best is None or not best[0] & gc:
                continue
            found += 1
            overlap = len(best[0] & gc)
            f1s.append(2 * overlap / (len(best[0]) + len(gc)))
            if g["source"]:
                with_source += 1
                source_right += bool(best[1] & {w.lower() for s, e in g["source"] for w in _WORD.findall(text[s:e])})
    return {"documents": len(docs), "attributions": gold_n, "characters": chars, "found": found,
            "overlap": statistics.mean(f1s) if f1s else 0.0, "with_source": with_source, "source_right": source_right,
            "predicted": pred_n, "predicted_right": pred_right, "seconds": took}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("root", type=Path, help="a PolNeAR checkout")
    ap.add_argument("--split", default="dev", choices=("dev", "train"), help="the test split is never read")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = ap.parse_args()
    docs = load(args.root, args.split)[: args.limit or None]
    r = score(docs)
    print(f"PolNeAR {args.split}: {r['documents']} documents, {r['attributions']} attributions, {r['characters']:,} characters")
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"found            {r['found']}/{r['attributions']} = {r['found'] / max(r['attributions'], 1):.3f}")
    print(f"content overlap  {r['overlap']:.3f} (token F1 of matched contents, mean)")
    print(f"source match     {r['source_right']}/{r['with_source']} = {r['source_right'] / max(r['with_source'], 1):.3f} (of found attributions with a source)")
    print(f"precision        {r['predicted_right']}/{r['predicted']} = {r['predicted_right'] / max(r['predicted'], 1):.3f} (attributed statements overlapping an annotated content)")
    print(f"extraction       {r['characters'] / max(r['seconds'], 1e-9):,.0f} characters/s")


if __name__ == "__main__":
    main()
