"""Serialise an extraction: RDF formats and readable ones. `FORMATS` is the registry the CLI's
`--format` choices come from."""
from __future__ import annotations

import io
import json
import shutil
from collections.abc import Callable
from functools import cache
from importlib import resources

from rdflib import Dataset, Graph

from .model import Extraction


@cache
def jsonld_context() -> dict:
    """The JSON-LD context shipped with the package: no remote context is ever fetched."""
    return json.loads(resources.files("tracker").joinpath("data").joinpath("context.jsonld").read_text("utf-8"))["@context"]


def _union(ds: Dataset) -> Graph:
    from .graph import bind_prefixes

    g = Graph()
    bind_prefixes(g)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _trig(ds: Dataset, ex: Extraction) -> str:
    return ds.serialize(format="trig")


def _nquads(ds: Dataset, ex: Extraction) -> str:
    return ds.serialize(format="nquads")


def _turtle(ds: Dataset, ex: Extraction) -> str:
    return _union(ds).serialize(format="turtle")


def _jsonld(ds: Dataset, ex: Extraction) -> str:
    return ds.serialize(format="json-ld", context=jsonld_context(), indent=1, ensure_ascii=False)


def claim_records(ex: Extraction) -> list[dict]:
    """Each claim as a plain record, for scripts and tables."""
    out = []
    for c in ex.claims:
        cit = ex.citations[c.citation] if c.citation is not None else None
        out.append({
            "line": c.line, "start": c.start, "end": c.end, "kind": c.kind,
            "speaker": " / ".join(s.name for s in c.speakers), "speaker_kind": c.speakers[0].kind if c.speakers else None,
            "mention": c.mention, "cue": c.cue, "text": c.text, "content": c.content, "quoted": c.quoted,
            "stance": c.stance,
            "outlet": (cit.outlet_written if cit else None), "report_date": cit.date.isoformat() if cit and cit.date else None,
            "citation": cit.text.strip() if cit else None,
            "via": [v.mention for v in c.via], "date": c.date.isoformat() if c.date else None, "date_note": c.date_note,
            "uncited": cit is None and c.kind != "author_opinion",
        })
    return out


def _json(ds: Dataset, ex: Extraction) -> str:
    doc = {
        "article": {"source": ex.article.source, "title": ex.layout.title, "site": ex.layout.site,
                    "sha256": ex.article.sha256, "encoding": ex.article.encoding, "year": ex.year,
                    "year_source": ex.year_source},
        "citations": [{"text": c.text.strip(), "kind": c.kind, "outlet": c.outlet_written, "date": c.date.isoformat() if c.date else None,
                       "line": ex.article.line_of(c.start), "note": c.date_note} for c in ex.citations],
        "claims": claim_records(ex),
        "problems": [{"severity": p.severity, "message": p.message, "line": p.line} for p in ex.problems],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def _table(ds: Dataset, ex: Extraction, width: int | None = None) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=ex.layout.title or ex.article.source, show_lines=False, expand=False)
    for col in ("line", "kind", "speaker", "cue", "statement", "cited to", "date"):
        table.add_column(col, overflow="fold")
    kinds = {"reported_speech": "speech", "reported_fact": "fact", "author_assertion": "author", "author_opinion": "opinion"}
    for r in claim_records(ex):
        cited = f"{r['outlet']} {r['report_date'] or '?'}" if r["outlet"] else ("[red]UNCITED[/red]" if r["uncited"] else "—")
        if r["via"]:
            cited += " via " + ", ".join(r["via"])
        text = r["text"] if len(r["text"]) <= 60 else r["text"][:58] + "…"
        table.add_row(str(r["line"]), kinds.get(r["kind"], r["kind"]), r["speaker"], r["cue"] or "", text, cited, r["date"] or "")
    buf = io.StringIO()
    width = width or shutil.get_terminal_size((160, 24)).columns
    Console(file=buf, width=max(width, 100), force_terminal=False, color_system=None).print(table)
    return buf.getvalue()


FORMATS: dict[str, Callable[[Dataset, Extraction], str]] = {
    "trig": _trig,
    "turtle": _turtle,
    "nquads": _nquads,
    "jsonld": _jsonld,
    "json": _json,
    "table": _table,
}


def serialize(ex: Extraction, fmt: str, ds: Dataset | None = None) -> str:
    from .graph import claims_to_graph

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    return FORMATS[fmt](ds if ds is not None else claims_to_graph(ex), ex)
