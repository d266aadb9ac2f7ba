"""The tracker on real pages: figures over the real-page corpus (bench/realpages/), by language and split.

    python bench/realpages.py [--split dev|heldout|all] [--pages GLOB] [--reference PATH/score_claims.py] [--misses]
    python bench/realpages.py --census

The manifest (bench/realpages/manifest.tsv) lists the pages, where they come from and which third is
set aside (`heldout`); the gold is in bench/realpages/gold/; the page texts are third-party material,
kept in the git-ignored bench/realpages/cache/ (see bench/realpages/ANNOTATING.md for how to fill it).
Pages whose text is not in the cache, or differs from the manifest's SHA-256, or that have no gold yet, are\ncounted as missing.

Each page is extracted as `tracker validate` would read it, with the manifest's URL, and its date
as the gold gives it (`article_date`, which stands in for the page's metadata: the cached text is
the page's text only). Figures are summed over the pages (micro-averages): speaker recall, outlet
accuracy (of the claims whose speaker is right), cited statements flagged as uncited (of the gold
claims with an outlet), uncited assertions flagged, opinions flagged, citations parsed. With
--reference, the shared reference scorer is run on each page's TriG too and summed the same way.
--misses lists what was missed, for the dev pages only: the held-out third is not for reading.
"""
from __future__ import annotations

import argparse
import fnmatch
import hashlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
HERE = ROOT / "bench" / "realpages"


@dataclass
class Page:
    id: str
    lang: str
    genre: str
    url: str
    query: str
    chars: int
    sha256: str
    split: str

    @property
    def text_path(self) -> Path:
        return HERE / "cache" / f"{self.id}.txt"

    @property
    def gold_path(self) -> Path:
        return HERE / "gold" / f"{self.id}.gold.json"

    def cached(self) -> bool:
        return self.text_path.is_file() and hashlib.sha256(self.text_path.read_bytes()).hexdigest() == self.sha256


def manifest() -> list[Page]:
    lines = (HERE / "manifest.tsv").read_text("utf-8").splitlines()
    header = lines[0].split("\t")
    out = []
    for line in lines[1:]:
        if line.strip():
            row = dict(zip(header, line.split("\t")))
            out.append(Page(row["id"], row["lang"], row["genre"], row["url"], row["query"], int(row["chars"]),
                            row["sha256"], row["split"]))
    return out


def split_of(url: str) -> str:
    """The third set aside, decided by the URL alone, before any rule is written."""
    return "heldout" if int(hashlib.sha256(url.encode("utf-8")).hexdigest()[:8], 16) % 3 == 0 else "dev"


@dataclass
class Sums:
    """A set's figures: tracker evaluate's Score summed over its pages, and their size and time."""
    score: object = None
    pages: int = 0
    chars: int = 0
    seconds: float = 0.0
    unscored: list = field(default_factory=list)     # pages the reference scorer cannot score

    def add(self, score, page: Page) -> None:
        from tracker.evaluate import Score

        if self.score is None:
            self.score = Score()
        self.score.add(score, page.id)
        self.pages += 1

    def row(self) -> dict:
        def r(a, b):
            return f"{a / b:.3f}" if b else "-"
        s = self.score
        return {"pages": self.pages, "claims": s.claims_gold, "speaker": r(s.speakers_right, s.claims_gold),
                "outlet": r(s.outlets_right, s.speakers_right),
                "cited flagged": f"{s.cited_flagged}/{s.cited_gold} ({r(s.cited_flagged, s.cited_gold)})",
                "uncited flagged": f"{s.uncited_flagged}/{s.uncited_gold} ({r(s.uncited_flagged, s.uncited_gold)})",
                "opinions flagged": f"{s.opinions_flagged}/{s.opinions_gold}",
                "citations": f"{s.citations_right}/{s.citations_gold}" if s.citations_gold else "-",
                "via": f"{s.via_right}/{s.via_gold}" if s.via_gold else "-",
                "statement dates": f"{s.events_right}/{s.events_gold}" if s.events_gold else "-"}


def ours(page: Page, sums: Sums, folder: Path) -> Path:
    """Score the page with `tracker evaluate`'s measures; return its TriG for the reference scorer
    (written in `folder`, the run's own, removed when it ends)."""
    from tracker.evaluate import evaluate, load_gold
    from tracker.export import serialize
    from tracker.graph import claims_to_graph, graph_to_claims
    from tracker.pipeline import extract
    from tracker.validate import validate_extraction

    gold = load_gold(str(page.gold_path))
    published = date.fromisoformat(gold["article_date"]) if gold.get("article_date") else None
    start = time.perf_counter()
    ex = extract(str(page.text_path), published=published, url=page.url)
    ds = claims_to_graph(ex)
    report = validate_extraction(ex, ds)
    sums.seconds += time.perf_counter() - start
    score = evaluate(ex, report, graph_to_claims(ds), gold)
    if page.split != "dev":
        score.misses = []               # the held-out third is not for reading
    sums.add(score, page)
    sums.chars += len(ex.article.text)
    out = folder / f"{page.id}.trig"
    out.write_text(serialize(ex, "trig", ds), "utf-8")
    return out


def reference(page: Page, trig: Path, scorer: str, sums: Sums) -> None:
    """Run the shared reference scorer on the page and add its counts (recovered from its ratios)."""
    from tracker.evaluate import Score

    gold = json.loads(page.gold_path.read_text("utf-8"))
    if not gold["claims"]:
        sums.unscored.append(page.id)   # the reference divides by the claims: a page of the author's words alone
        return
    done = subprocess.run([sys.executable, scorer, str(page.text_path), str(page.gold_path), str(trig),
                           "--shapes", str(ROOT / "shapes"), "--json"], capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"reference scorer failed on {page.id}: {done.stderr.strip()[-400:]}")
    res = json.loads(done.stdout)
    n = res["claims_gold"]
    speakers = round(res["speaker_recall"] * n)
    cited_anchors = {c["anchor"] for c in gold["claims"] if c.get("outlet")}
    flagged = {m[1] for m in res.get("misses", []) if m[0] == "cited claim flagged as violation"}
    uf, un = (int(x) for x in res["uncited_flagged"].split("/"))
    sums.add(Score(claims_gold=n, speakers_right=speakers, outlets_right=round(res["outlet_acc"] * speakers) if speakers else 0,
                   cited_gold=len(cited_anchors), cited_flagged=len(flagged & cited_anchors), uncited_gold=un, uncited_flagged=uf,
                   opinions_gold=len(gold.get("opinions", [])), opinions_flagged=res.get("opinions_flagged", 0)), page)


def table(title: str, groups: dict[str, Sums]) -> None:
    print(f"\n{title}")
    rows = [(name, s.row()) for name, s in groups.items() if s.pages]
    if not rows:
        print("  (no pages)")
        return
    cols = list(rows[0][1])
    print("| set | " + " | ".join(cols) + " |")
    print("|---|" + "---|" * len(cols))
    for name, r in rows:
        print(f"| {name} | " + " | ".join(str(r[c]) for c in cols) + " |")
    for name, s in groups.items():
        if s.unscored:
            print(f"{name}: not scored, no claims in the gold (the reference scorer divides by them): {', '.join(s.unscored)}")


FORMS = ("bracket", "paren-credit", "source-line", "aggregator-credit", "url", "in-sentence-source", "in-sentence-reporting",
         "told-outlet", "dateline", "end-credit", "other")
CUE_FORMS = ("speech-verb", "inverted", "according-to", "outlet-reporting", "paren-speaker", "label", "noun-cue", "belief",
             "finding", "other")


def census(pages: list[Page]) -> None:
    """How the pages cite and attribute, counted from the gold of every page of the manifest (the
    gold's `form` and `cue_form`: no page text is read)."""
    from collections import Counter

    cits, cues, inside, n = {"ja": Counter(), "en": Counter()}, {"ja": Counter(), "en": Counter()}, Counter(), Counter()
    for page in pages:
        if not page.gold_path.exists():
            continue
        gold = json.loads(page.gold_path.read_text("utf-8"))
        n[page.lang] += 1
        cits[page.lang].update(c.get("form") or "other" for c in gold.get("citations", []))
        cues[page.lang].update(c.get("cue_form") or "other" for c in gold.get("claims", []))
        inside[page.lang] += sum(1 for c in gold.get("claims", []) if c.get("in_author_sentence"))
    print(f"\ncensus of the gold, pages: ja {n['ja']}, en {n['en']}\n\n| citation form | ja | en |\n|---|---|---|")
    for f in FORMS:
        print(f"| {f} | {cits['ja'][f]} | {cits['en'][f]} |")
    print(f"| all | {sum(cits['ja'].values())} | {sum(cits['en'].values())} |")
    print("\n| how a claim is attributed (cue_form) | ja | en |\n|---|---|---|")
    for f in CUE_FORMS:
        print(f"| {f} | {cues['ja'][f]} | {cues['en'][f]} |")
    print(f"| all claims | {sum(cues['ja'].values())} | {sum(cues['en'].values())} |")
    print(f"| of them, a cue inside the author's own sentence | {inside['ja']} | {inside['en']} |")


def machine() -> str:
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    return f"{cpu}, {os.cpu_count()} cores; {platform.system()} {platform.release()}; Python {platform.python_version()}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    ap.add_argument("--reference", metavar="SCORER", help="the shared reference scorer (score_claims.py), run on each page as well")
    ap.add_argument("--misses", action="store_true", help="list what was missed on the dev pages")
    ap.add_argument("--pages", metavar="GLOB", default="*", help="only the pages whose id matches (e.g. 'ja5-*')")
    ap.add_argument("--census", action="store_true", help="only count, from the gold of every page, how pages cite and attribute")
    a = ap.parse_args()
    if a.census:
        census(manifest())
        return
    pages = [p for p in manifest() if a.split in ("all", p.split) and fnmatch.fnmatchcase(p.id, a.pages)]
    present = [p for p in pages if p.cached() and p.gold_path.exists()]
    missing = len(pages) - len(present)
    groups = {f"{lang} {split}": Sums() for lang in ("ja", "en") for split in ("dev", "heldout")}
    refs = {k: Sums() for k in groups}
    with tempfile.TemporaryDirectory(prefix="realpages-") as folder:
        for page in present:
            key = f"{page.lang} {page.split}"
            trig = ours(page, groups[key], Path(folder))
            if a.reference:
                reference(page, trig, a.reference, refs[key])
    print(f"machine: {machine()}")
    print(f"pages: {len(pages)} in the manifest ({a.split}), {len(present)} in the cache, {missing} missing")
    table("tracker evaluate's measures", groups)
    if a.reference:
        table("the reference scorer (score_claims.py --shapes shapes/)", refs)
    chars = sum(s.chars for s in groups.values())
    secs = sum(s.seconds for s in groups.values())
    if secs:
        print(f"\nextract + graph + validate: {chars:,} characters in {secs:.1f} s")
    if a.misses:
        misses = [m for s in groups.values() if s.score for m in s.score.misses]
        print(f"\nmisses on dev pages ({len(misses)}):")
        for m in misses:
            print("  " + " | ".join(str(x) for x in m))


if __name__ == "__main__":
    main()
