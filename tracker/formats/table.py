"""CSV: one row per claim, for spreadsheets and scripts."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import BinaryIO

from rdflib import Graph

from .facts import claim_facts, report_columns, via_text

COLUMNS = ("article", "line", "kind", "attitude", "speaker", "cue", "text", "outlet", "report_date", "statement_date",
           "via", "violation", "claim")


def write_csv(articles: Iterable[Graph], out: BinaryIO, *, claims: set[str] | None = None, bom: bool = False, **_) -> None:
    """UTF-8 (with a byte-order mark for spreadsheets if `bom`); each article is validated with the
    shapes and a claim's row carries the violations found on it or on the report it is cited to.
    Every cell goes through the spreadsheet guard: none can start a formula."""
    from ..guard import for_spreadsheet
    from ..validate import locate_problems

    if bom:
        out.write("\ufeff".encode("utf-8"))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    row = lambda cells: w.writerow([for_spreadsheet(str(c)) for c in cells])      # noqa: E731
    out.write(buf.getvalue().encode("utf-8"))
    buf.seek(0)
    buf.truncate()
    for g in articles:
        problems: dict[str, list[str]] = {}
        for p in locate_problems(g):
            if p.severity == "Violation" and p.focus:
                problems.setdefault(p.focus.split("#")[0], []).append(p.message)
        for f in claim_facts(g):
            if claims is not None and f.iri not in claims:
                continue
            found = problems.get(f.iri, []) + [m for r in f.reports for m in problems.get(r.iri, [])]
            row((      # a joint attribution's outlets and their dates, each once: BBC / Reuters
                f.article_url or f.article, f.line, f.kind, f.attitude or "", " / ".join(s.name for s in f.speakers), f.cue or "",
                f.text, *report_columns(f.reports), f.date or "", via_text(f.via), " | ".join(found), f.iri,
            ))
        out.write(buf.getvalue().encode("utf-8"))
        buf.seek(0)
        buf.truncate()
