"""Query the store: raw SPARQL, or named queries from `tracker/queries/` with parameters.

Queries are read-only: updates, SERVICE and LOAD are refused before anything runs, and every query
has a time limit and a row limit. Named queries are `.rq` files whose header says what they do
and which parameters they take (`# param speaker: …`, `# param from: date = 0001-01-01`); a
parameter `?_name` in the text is replaced by the value given, written as a SPARQL literal.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .ingest import PREFIXES
from .store import Backend, Results


class QueryRefused(Exception):
    """The query is not a read-only SPARQL query, or its parameters are wrong (exit code 2)."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str                  # string, date, integer, iri
    default: str | None
    help: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str


_PARAM = re.compile(r"#\s*param\s+(?P<name>\w+)\s*:\s*(?:(?P<type>string|date|integer|iri)\b\s*(?:=\s*(?P<default>\S+))?)?\s*(?P<help>.*)")


@cache
def library() -> dict[str, NamedQuery]:
    """The named queries, by name."""
    out = {}
    folder = resources.files("tracker").joinpath("queries")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".rq"):
            continue
        text = entry.read_text("utf-8")
        desc, params = [], []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            m = _PARAM.match(line)
            if m:
                params.append(Param(m["name"], m["type"] or "string", m["default"], m["help"].strip()))
            else:
                desc.append(line.lstrip("# ").strip())
        name = entry.name[:-3]
        out[name] = NamedQuery(name, " ".join(desc), tuple(params), text)
    return out


def _literal(value: str, type_: str) -> str:
    if type_ == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise QueryRefused(f"{value!r} is not a date like 2024-07-03")
        return f'"{value}"^^xsd:date'
    if type_ == "integer":
        if not re.fullmatch(r"-?\d+", value):
            raise QueryRefused(f"{value!r} is not an integer")
        return value
    if type_ == "iri":
        if re.search(r"[\s<>\"{}|\\^`]", value):
            raise QueryRefused(f"{value!r} is not an IRI")
        return f"<{value}>"
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def render_named(name: str, values: dict[str, str]) -> str:
    """The text of named query `name` with its parameters filled in."""
    q = library().get(name)
    if q is None:
        raise QueryRefused(f"no named query {name!r}; `tracker query --list` shows them")
    unknown = set(values) - {p.name for p in q.params}
    if unknown:
        raise QueryRefused(f"{name} takes no parameter {', '.join(sorted(unknown))}")
    text = q.text
    for p in q.params:
        value = values.get(p.name, p.default)
        if value is None:
            raise QueryRefused(f"{name} needs --param {p.name}=… ({p.help})")
        literal = _literal(value, p.type)
        text = re.sub(rf"\?_{p.name}\b", lambda _m, lit=literal: lit, text)
    return text


_DECLARED = re.compile(r"^\s*PREFIX\s+(\w*):", re.I | re.M)


def with_prefixes(query: str) -> str:
    """Add our usual prefixes (schema:, prov:, ct:, oa:, dcterms:, rdf:, rdfs:, xsd:) the query does not declare."""
    declared = {m.group(1) for m in _DECLARED.finditer(query)}
    lines = [ln for ln in PREFIXES.splitlines() if ln.split()[1].rstrip(":") not in declared]
    return "\n".join(lines) + "\n" + query


_UPDATE_WORDS = re.compile(r"(?<![?$:\w])(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|COPY|MOVE|ADD|WITH)(?![\w:])", re.I)
_FORM = re.compile(r"(?<![?$:\w])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:])", re.I)


def check_read_only(query: str) -> str:
    """The query's form (SELECT, ASK, CONSTRUCT, DESCRIBE) if it only reads; else QueryRefused.

    A lexical check, outside strings, IRIs and comments: quick enough to run before every
    query (a full parse costs more than the query), and the store's own parser still rejects
    anything malformed. Query endpoints never run updates in any case."""
    bare = _strip_strings(query)
    if _UPDATE_WORDS.search(bare):
        raise QueryRefused("only read queries run here: updates and LOAD are refused")
    if re.search(r"(?<![?$:\w])SERVICE(?![\w:])", bare, re.I):
        raise QueryRefused("SERVICE is refused: queries read this store only")
    m = _FORM.search(bare)
    if not m:
        raise QueryRefused("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE")
    return m.group(1).upper()


def _strip_strings(query: str) -> str:
    """The query without string literals, IRIs and comments, for keyword checks."""
    query = re.sub(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', '""', query)
    query = re.sub(r"<[^<>\s]*>", "<>", query)
    return re.sub(r"#[^\n]*", "", query)


def run(store: Backend, query: str, *, timeout: float | None = 30.0, limit: int | None = 1000) -> Results:
    """Run a read-only SELECT or ASK query."""
    query = with_prefixes(query)
    form = check_read_only(query)
    if form == "ASK":
        from .store import Results as R

        ok = store.ask(query)
        return R(("result",), [{"result": {"type": "literal", "value": "true" if ok else "false"}}])
    if form != "SELECT":
        raise QueryRefused(f"{form} queries are not supported here; use SELECT or ASK (or tracker export)")
    if limit is not None and not _HAS_LIMIT.search(_strip_strings(query)):
        query = f"{query.rstrip()}\nLIMIT {limit + 1}"      # let the store stop early; one more row tells truncation
    return store.select(query, timeout=timeout, limit=limit)


_HAS_LIMIT = re.compile(r"\bLIMIT\s+\d+\s*(?:OFFSET\s+\d+\s*)?$", re.I)


# ---------------------------------------------------------------- output

def _cell(term: dict | None) -> str:
    if not term:
        return ""
    return term.get("value", "")


def to_csv(res: Results, delimiter: str = ",") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    w.writerow(res.variables)
    for row in res.rows:
        w.writerow([_cell(row.get(v)) for v in res.variables])
    return buf.getvalue()


def to_json(res: Results) -> str:
    doc = {"head": {"vars": list(res.variables)}, "results": {"bindings": res.rows}}
    if res.truncated:
        doc["truncated"] = True
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def to_table(res: Results, width: int | None = None) -> str:
    import shutil

    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for v in res.variables:
        table.add_column(v, overflow="fold")
    for row in res.rows:
        table.add_row(*[_short(_cell(row.get(v))) for v in res.variables])
    buf = io.StringIO()
    Console(file=buf, width=width or max(100, shutil.get_terminal_size((160, 24)).columns),
            color_system=None).print(table)
    note = f"{len(res.rows)} rows" + (" (stopped at the row limit; see --limit)" if res.truncated else "")
    return buf.getvalue() + note + "\n"


def _short(value: str) -> str:
    prefix = "https://w3id.org/claim-tracker/id/"
    return "id:" + value[len(prefix):] if value.startswith(prefix) else value


OUTPUTS = {"table": to_table, "csv": to_csv, "tsv": lambda r: to_csv(r, "\t"), "json": to_json}
