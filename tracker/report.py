"""Render validation reports: readable text, JSON, or the SHACL results graph as Turtle."""
from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .validate import Report

_SHORT = {"Violation": "violation", "Warning": "warning", "Info": "info"}


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """`1 row`, `2 rows`, `1,000 rows`: a count with its noun in the number it takes."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


# a table cell shows this many characters of a value at most: a person reads no more, and a
# terminal table lays out a long cell in time that grows with its square
CELL = 2000
# a result's message in the text output: an article's text quoted in it is cut here (the shapes'
# own messages are shorter, a test holds them so)
MESSAGE = 140


def at_most(text: str, n: int = CELL) -> str:
    """`text`, or its first `n` characters and how many more there are."""
    return text if len(text) <= n else f"{text[:n]}… (+{len(text) - n:,} characters)"


# a line break inside Japanese text wrapped by hand (…と呼⏎びかけた): no space where it was
_WRAPPED_WIDE = re.compile(r"(?<=[^\x00-\u2fff])[ \t\u3000]*\n[ \t\u3000]*(?=[^\x00-\u2fff])")


def _excerpt(text: str | None, n: int = 90) -> str:
    if not text:
        return ""
    text = " ".join(_WRAPPED_WIDE.sub("", text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def render_text(reports: list[Report]) -> str:
    """A line a result (and its hint), and a line an article: whatever an article, a file name or
    linked data holds, a newline in it is written out and cannot forge a line of its own."""
    from .guard import for_terminal

    def line(text: str) -> str:
        return for_terminal(text, one_line=True)

    lines = []
    for r in reports:
        source = line(r.source)
        for p in r.problems:
            at = f"{line(p.article)}:{p.line}" if p.article and p.line else line(p.article) if p.article else None
            where = f"{source}: {at}" if at else f"{source}:{p.line}" if p.line else source     # linked data: its article's line
            lines.append(f"{where}: {_SHORT.get(p.severity, p.severity)}: {line(_excerpt(p.message, MESSAGE))}")
            if p.hint:
                lines.append(f"    {line(p.hint)}")
        verdict = "conforms" if r.conforms else "does not conform"
        lines.append(f"{source}: {counted(r.claims, 'statement')}, {counted(r.count('Violation'), 'violation')}, "
                     f"{counted(r.count('Warning'), 'warning')}, {counted(r.count('Info'), 'note')}: {verdict}")
    return "\n".join(lines) + "\n"


def render_json(reports: list[Report]) -> str:
    doc = [{
        "source": r.source, "conforms": r.conforms, "statements": r.claims,
        "violations": r.count("Violation"), "warnings": r.count("Warning"), "info": r.count("Info"),
        "results": [{"severity": p.severity, "line": p.line, "start": p.start, "end": p.end, "message": p.message,
                     "focus": p.focus, "path": p.path, "statement": p.snippet, "hint": p.hint, "source": p.source,
                     "article": p.article}
                    for p in r.problems],
    } for r in reports]
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def render_turtle(reports: list[Report]) -> str:
    from rdflib import Graph

    from .graph import bind_prefixes

    g = Graph()
    bind_prefixes(g)        # schema: is http://schema.org/ here, as in every other output (not rdflib's schema1:)
    ours = {ns for _, ns in g.namespaces()}
    for r in reports:
        for t in r.results:
            g.add(t)
        for prefix, ns in r.results.namespaces():
            if ns not in ours:
                g.bind(prefix, ns)
    return g.serialize(format="turtle")


RENDERERS = {"text": render_text, "json": render_json, "turtle": render_turtle}


def render(reports: list[Report], fmt: str) -> str:
    return RENDERERS[fmt](reports)
