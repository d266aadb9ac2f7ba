"""W3C Web Annotation: each claim as an annotation on the article it was read from, found again by
its exact text (TextQuoteSelector, with prefix and suffix) and by its offsets (TextPositionSelector,
in Unicode code points of the text as the tracker read it, line endings normalised to LF)."""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import BinaryIO

from rdflib import Graph

from .facts import Facts, claim_facts, via_text

CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def annotation(f: Facts) -> dict:
    who = " / ".join(s.name for s in f.speakers) or "the author"
    cited = " / ".join(f"{r.outlet.name if r.outlet else '?'} {r.date or ''}".strip() for r in f.reports)
    bodies = [
        {"type": "TextualBody", "purpose": "describing", "format": "text/plain",
         "value": f"{f.kind.replace('_', ' ')} by {who}" + (f" ({f.cue})" if f.cue else "") + (f"; cited to {cited}" if cited else "; uncited")
                  + (f"; via {via_text(f.via)}" if f.via else "") + (f"; said {f.date}" if f.date else "")},
        {"type": "SpecificResource", "purpose": "identifying", "source": f.iri},
    ]
    bodies += [{"type": "TextualBody", "purpose": "tagging", "value": s.name} for s in f.speakers]
    target = {
        "source": f.article_url or f.article,
        "selector": [{"type": "TextQuoteSelector", "exact": f.exact, "prefix": f.prefix, "suffix": f.suffix}],
    }
    if 0 <= f.start <= f.end:           # offsets that are numbers (linked data from elsewhere may hold "abc")
        target["selector"].append({"type": "TextPositionSelector", "start": f.start, "end": f.end})
    out = {"id": f"{f.iri}#annotation", "type": "Annotation", "motivation": "identifying", "body": bodies, "target": target}
    if f.generated:
        out["created"] = f.generated
    return out


def write_webanno(articles: Iterable[Graph], out: BinaryIO, *, claims: set[str] | None = None, **_) -> None:
    """An AnnotationCollection whose one page holds every claim's annotation."""
    out.write(json.dumps({"@context": CONTEXT, "type": "AnnotationCollection", "label": "claims found by claim-tracker"},
                         ensure_ascii=False)[:-1].encode("utf-8") + b',\n "first": {"type": "AnnotationPage", "items": [')
    first = True
    for g in articles:
        for f in claim_facts(g):
            if claims is not None and f.iri not in claims:
                continue
            out.write((b"\n  " if first else b",\n  ") + json.dumps(annotation(f), ensure_ascii=False).encode("utf-8"))
            first = False
    out.write(b"\n ]}\n}\n")
