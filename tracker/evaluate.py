"""Measure an extraction against a gold annotation (format: data/README.md).

A gold claim is found when a claim's text holds its anchor and one of its speaker names matches
(either contains the other, titles and honorifics aside). Then: is the cited outlet right, the
report's date, the intermediate source (via), the date of the statement; and which uncited
statements, cited claims and opinions the shapes flag as violations.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from . import lang, lexicon
from .lexicon import norm
from .errors import BadInput
from .graph import ClaimRow, graph_to_claims
from .model import Extraction
from .validate import Report


def fold(text: str | None) -> str:
    return norm(text or "")


@cache
def _suffixes() -> tuple[str, ...]:
    return tuple(t for language in lang.known() for t in language.name_suffixes())


def _bare(name: str) -> str:
    name = fold(name)
    for t in _suffixes():
        t = fold(t)
        if name.endswith(t) and len(name) > len(t):
            return name[: -len(t)]
    return name


def names_match(gold: str | None, names) -> bool:
    g = fold(gold)
    if not g:
        return False
    for cand in (g, _bare(g)):
        for n in names:
            n = fold(n)
            if n and (cand in n or n in cand or _bare(n) and (_bare(n) in cand)):
                return True
    return False


@dataclass
class Score:
    claims_gold: int = 0
    claims_found: int = 0
    speakers_right: int = 0
    outlets_right: int = 0
    dates_right: int = 0
    dated: int = 0
    via_right: int = 0
    via_gold: int = 0
    events_right: int = 0
    events_gold: int = 0
    uncited_flagged: int = 0
    uncited_gold: int = 0
    cited_flagged: int = 0          # gold claims with an outlet that a violation flags as uncited
    cited_gold: int = 0
    opinions_flagged: int = 0
    opinions_gold: int = 0
    citations_right: int = 0
    citations_gold: int = 0
    headings_taken: int = 0
    headings_gold: int = 0
    misses: list = field(default_factory=list)

    def add(self, other: Score, label: str) -> None:
        """Sum another article's counts into this one (figures over a set are micro-averages)."""
        for name, value in vars(other).items():
            if name == "misses":
                self.misses.extend((label, *m) for m in value)
            else:
                setattr(self, name, getattr(self, name) + value)

    def figures(self) -> dict:
        def ratio(a, b):
            return round(a / b, 3) if b else None
        return {
            "claims_found": f"{self.claims_found}/{self.claims_gold}",
            "speaker_recall": ratio(self.speakers_right, self.claims_gold),
            "outlet_acc": ratio(self.outlets_right, self.speakers_right),
            "citation_date_acc": ratio(self.dates_right, min(self.speakers_right, self.dated)),
            "via_recall": ratio(self.via_right, self.via_gold),
            "event_date_recall": ratio(self.events_right, self.events_gold),
            "uncited_flagged": f"{self.uncited_flagged}/{self.uncited_gold}",
            "cited_claims_flagged": f"{self.cited_flagged}/{self.cited_gold}",
            "opinions_flagged": f"{self.opinions_flagged}/{self.opinions_gold}",
            "citations_parsed": f"{self.citations_right}/{self.citations_gold}",
            "headings_taken_for_citations": f"{self.headings_taken}/{self.headings_gold}",
        }


def load_gold(path: str) -> dict:
    p = Path(path)
    if not p.is_file():
        raise BadInput(f"{path}: no such file" if not p.exists() else f"{path}: not a file")
    try:
        gold = json.loads(p.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadInput(f"{path}: not a gold JSON file ({exc})") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("claims"), list):
        raise BadInput(f"{path}: not a gold file: no 'claims' list")
    for key, need in (("claims", "anchor"), ("citations", "anchor")):
        for i, item in enumerate(gold.get(key) or []):
            if not isinstance(item, dict) or not isinstance(item.get(need), str) or not item[need]:
                raise BadInput(f"{path}: {key}[{i}] has no '{need}' text")
    for key in ("uncited_assertions", "opinions", "not_citations"):
        if not all(isinstance(x, str) for x in gold.get(key) or []):
            raise BadInput(f"{path}: '{key}' must be a list of texts")
    return gold


def evaluate(ex: Extraction, report: Report, rows: list[ClaimRow], gold: dict) -> Score:
    s = Score()
    flagged = {p.focus for p in report.problems if p.severity == "Violation" and p.source == "shacl"}
    for gc in gold["claims"]:
        s.claims_gold += 1
        anchor = fold(gc["anchor"])
        holding = [r for r in rows if anchor and anchor in fold(r.text)]
        if gc.get("outlet"):
            s.cited_gold += 1
            if any(r.iri in flagged for r in holding):
                s.cited_flagged += 1
                s.misses.append(("cited claim flagged", gc["anchor"]))
        if not holding:
            s.misses.append(("no claim holds", gc["anchor"]))
            continue
        s.claims_found += 1
        wanted = [gc.get("speaker"), gc.get("speaker_canonical")]
        right = [r for r in holding if any(names_match(w, r.speaker_names) for w in wanted if w)]
        if not right:
            s.misses.append(("wrong speaker", gc["anchor"], sorted({n for r in holding for n in r.speaker_names})))
            continue
        s.speakers_right += 1
        r = right[0]
        if (names_match(gc.get("outlet"), r.outlet_names) if gc.get("outlet") else not r.outlets):
            s.outlets_right += 1
        else:
            s.misses.append(("wrong outlet", gc["anchor"], sorted(r.outlet_names)))
        if gc.get("outlet_date"):
            s.dated += 1
            if gc["outlet_date"] in r.report_dates:
                s.dates_right += 1
            else:
                s.misses.append(("wrong report date", gc["anchor"], r.report_dates))
        if gc.get("via"):
            s.via_gold += 1
            if names_match(gc["via"], r.via) or names_match(gc["via"], r.outlet_names):
                s.via_right += 1
            else:
                s.misses.append(("via missed", gc["anchor"], sorted(r.via)))
        if not gc.get("event_date") and r.date:        # gold dates a statement where the text tells: a date it has not is one too many
            s.misses.append(("statement dated, gold has no date", gc["anchor"], r.date))
        if gc.get("event_date"):
            s.events_gold += 1
            if r.date == gc["event_date"]:
                s.events_right += 1
            else:
                s.misses.append(("wrong statement date", gc["anchor"], r.date))
    for text in gold.get("uncited_assertions", []):
        s.uncited_gold += 1
        if any(fold(text) in fold(r.text) and r.iri in flagged for r in rows):
            s.uncited_flagged += 1
        else:
            s.misses.append(("uncited statement not flagged", text))
    for text in gold.get("opinions", []):
        s.opinions_gold += 1
        if any(fold(text) in fold(r.text) and r.iri in flagged for r in rows):
            s.opinions_flagged += 1
            s.misses.append(("opinion flagged", text))
    _score_citations(ex, gold, s)
    return s


def _score_citations(ex: Extraction, gold: dict, s: Score) -> None:
    text = ex.article.text
    for gc in gold.get("citations", []):
        s.citations_gold += 1
        at = _nth(text, gc["anchor"], gc.get("occurrence", 1))
        hit = next((c for c in ex.citations if at is not None and c.start < at + len(gc["anchor"]) and at < c.end), None)
        outlet = lexicon.outlets().get(hit.outlet) if hit else None
        names = {hit.outlet_written, *(outlet.aliases if outlet else ()), outlet.name if outlet else ""} if hit else set()
        # a citation the text gives no date for has none: no date is right where the gold gives none
        if hit and names_match(gc["outlet"], names) and (hit.date.isoformat() if hit.date else None) == gc["date"]:
            s.citations_right += 1
        else:
            s.misses.append(("citation wrong", gc["anchor"], hit.outlet_written if hit else None, hit.date.isoformat() if hit and hit.date else None))
    for heading in gold.get("not_citations", []):
        s.headings_gold += 1
        at = text.find(heading)
        if at != -1 and any(c.start < at + len(heading) and at < c.end for c in ex.citations):
            s.headings_taken += 1
            s.misses.append(("heading taken for a citation", heading))


def _nth(text: str, needle: str, n: int) -> int | None:
    pos = -1
    for _ in range(max(1, n)):
        pos = text.find(needle, pos + 1)
        if pos == -1:
            return None
    return pos


def pairs(args: list[str]) -> list[tuple[str, str]]:
    """(article, gold) pairs: `ARTICLE GOLD`, or folders holding NAME.gold.json beside NAME.txt
    (or .html), as a development set is kept."""
    if len(args) == 2 and not Path(args[0]).is_dir() and args[1].endswith(".json"):
        return [(args[0], args[1])]
    out = []
    for arg in args:
        folder = Path(arg)
        if not folder.is_dir():
            raise BadInput(f"{arg}: give ARTICLE GOLD, or folders of NAME.txt with NAME.gold.json")
        for gold in sorted(folder.glob("*.gold.json")):
            stem = gold.name[: -len(".gold.json")]
            article = next((folder / f"{stem}{ext}" for ext in (".txt", ".html", ".htm") if (folder / f"{stem}{ext}").is_file()), None)
            if article is None:
                raise BadInput(f"{gold}: no article {stem}.txt beside it")
            out.append((str(article), str(gold)))
    if not out:
        raise BadInput(f"{' '.join(args)}: no gold files (NAME.gold.json) found")
    return out


def evaluate_source(source: str, gold_path: str, **read_options) -> tuple[Score, Report]:
    """Extract, validate and score one article against its gold file. The gold's "published"
    date stands in for --published when that is not given."""
    from datetime import date

    from .graph import claims_to_graph
    from .pipeline import extract
    from .validate import validate_extraction

    gold = load_gold(gold_path)
    if read_options.get("published") is None and gold.get("published"):
        try:
            read_options["published"] = date.fromisoformat(str(gold["published"]))
        except ValueError:
            raise BadInput(f"{gold_path}: 'published' is not an ISO date") from None
    ex = extract(source, **read_options)
    ds = claims_to_graph(ex)
    report = validate_extraction(ex, ds)
    return evaluate(ex, report, graph_to_claims(ds), gold), report
