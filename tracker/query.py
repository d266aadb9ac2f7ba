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
import threading
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from .errors import BadInput, StoreUnavailable
from .ingest import PREFIXES
from .store import Backend, QueryFailed, Results, iri_ref, is_iri
from .vocab import expand_id


class QueryRefused(Exception):
    """The query is not a read-only SPARQL query, or its parameters are wrong (exit code 2)."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str                  # string, date, integer, iri, claim (an IRI the store must hold as a claim)
    default: str | None
    help: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str


_PARAM = re.compile(r"#\s*param\s+(?P<name>\w+)\s*:\s*(?:(?P<type>string|date|integer|iri|claim)\b\s*(?:=\s*(?P<default>\S+))?)?\s*(?P<help>.*)")


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
        try:
            when = date.fromisoformat(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None
        except ValueError:
            when = None
        if when is None:
            raise QueryRefused(f"{value!r} is not a date like 2024-07-03")
        return f'"{value}"^^xsd:date'
    if type_ == "integer":
        if not re.fullmatch(r"-?\d+", value):
            raise QueryRefused(f"{value!r} is not an integer")
        return value
    if type_ in ("iri", "claim"):
        value = expand_id(value)            # id:claim/… and KEY/START-END, as the tables show them
        if not is_iri(value) and type_ == "claim":
            raise QueryRefused(f"no such claim {value!r}: give its ID as a table shows it (id:claim/…), KEY/START-END, or its IRI")
        if not is_iri(value):
            raise QueryRefused(f"{value!r} is not an IRI (nor id:… or KEY/START-END as tables show one)")
        return f"<{value}>"
    return string_literal(value)


def string_literal(value: str) -> str:
    """`value` as a SPARQL string literal, for query text the tracker writes itself."""
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


def find_claim(store, ident: str) -> str:
    """The IRI of the claim `ident` names, which the store holds; BadInput otherwise. It may be any
    form a command prints (the IRI, `id:claim/…`, `KEY/START-END`), its article's key short as for
    export --article (6 hex digits or more: 2bdb2f/61-215)."""
    iri = expand_id(ident)
    if short := re.fullmatch(r"(?:(?:id:)?claim/)?([0-9a-f]{6,15})/(\d+-\d+)", ident.strip().lower()):
        keys = {str(r["sha"]["value"])[:16] for r in store.select(
            f'SELECT DISTINCT ?sha WHERE {{ ?a ct:sha256 ?sha FILTER (STRSTARTS(?sha, "{short[1]}")) }} LIMIT 2',
            prefixes=PREFIX_MAP, limit=2).rows}
        if len(keys) > 1:
            raise BadInput(f"the key {short[1]} names more than one article: give more of its digits")
        iri = expand_id(f"{keys.pop()}/{short[2]}") if keys else iri
    if not is_iri(iri) or not store.select(
            f"SELECT ?t WHERE {{ {iri_ref(iri)} a schema:Claim ; schema:text ?t }} LIMIT 1",
            prefixes=PREFIX_MAP, limit=1).rows:
        raise BadInput(f"no such claim {ident!r} in the store at {store.location} "
                       "(give its ID as a table shows it, id:claim/…, KEY/START-END, or its IRI)")
    return iri


def with_claims(store, name: str, values: dict[str, str]) -> dict[str, str]:
    """`values` for named query `name`, each claim parameter's the IRI of the claim it names
    (`find_claim`: BadInput where the store holds none, an ID from another store or a typo; a
    query about it would only answer nothing, which a reader takes for "nothing known")."""
    q = library().get(name)
    claims = {p.name for p in q.params if p.type == "claim"} if q else set()
    return {k: find_claim(store, v) if k in claims else v for k, v in values.items()}


_NAME_PARAMS = ("speaker", "outlet")         # parameters a name is given to, matched as the store writes it


def near_names(store, name: str, values: dict[str, str], *, limit: int = 5, timeout: float = 10.0) -> list[str]:
    """Where named query `name` answered nothing for a name given to it (`who-said -p
    speaker=karen ortiz`), the names the store holds that hold it, case aside (Karen Ortiz, and
    for a surname alone every full name it ends): what the user may have meant. Asked only then."""
    q = library().get(name)
    given = [values[p.name] for p in (q.params if q else ()) if p.name in _NAME_PARAMS and values.get(p.name, "").strip()]
    if not given:
        return []
    wanted = string_literal(given[0].strip().lower())
    try:
        found = store.select(
            "SELECT DISTINCT ?n WHERE { { ?s <http://schema.org/name> ?n } UNION { ?s <http://schema.org/alternateName> ?n } "
            f"FILTER (CONTAINS(LCASE(STR(?n)), {wanted})) }} ORDER BY STRLEN(STR(?n)) ?n LIMIT {limit}", timeout=timeout, limit=limit)
    except (QueryFailed, StoreUnavailable):      # (a timeout, a child out of memory too)
        return []           # (a hint only: the answer already given stands)
    names = [r["n"]["value"] for r in found.rows if "n" in r]
    return [] if given[0] in names else names    # the name is there as written: the other parameters left nothing


def named(name: str, values: dict[str, str]) -> Checked:
    """Named query `name` with its parameters filled in, checked: the query itself once (it is
    ours), the text again only where a value holds what the check would read differently."""
    text = render_named(name, values)
    if _ESCAPE.search(text) or "\r" in text:
        return check(text)
    form = _checked_template(name)
    return Checked(form.form, text, form.open_ended)


_STAND_INS = {"iri": "urn:claim-tracker:x", "claim": "urn:claim-tracker:x", "date": "2000-01-01", "integer": "0", "string": "x"}


@cache
def _checked_template(name: str) -> Checked:
    """The named query checked once, with a stand-in for each parameter (the values given later
    are written as literals of the same kind, which change neither its form nor its limit)."""
    q = library()[name]
    return check(render_named(name, {p.name: _STAND_INS[p.type] for p in q.params}))


PREFIX_MAP = {m[1]: m[2] for m in re.finditer(r"PREFIX\s+(\w*):\s*<([^>]*)>", PREFIXES)}


# characters: rdflib parses the named queries (1-2 KB) at about 28,000 a second, a long chain of
# || at about 2,000 (90,000 characters took 45 s), and this runs before the query's time limit
MAX_QUERY = 20_000


@dataclass(frozen=True)
class Checked:
    """A query that only reads: its form and the text the store runs (the store adds the prefixes)."""
    form: str                  # SELECT, ASK, CONSTRUCT, DESCRIBE
    text: str
    open_ended: bool = False   # no LIMIT of its own and nothing after where one would go


def check(query: str | Checked) -> Checked:
    """The query, parsed, if it only reads this store; else QueryRefused.

    Decided on the parse tree (rdflib's SPARQL 1.1 grammar), never on the words of the text: an
    update does not parse as a query, and a SERVICE anywhere (OPTIONAL, EXISTS, a subquery …) is
    a node of the tree. The text is first made one that both parsers read alike, and the store is
    given that very text: codepoint escapes (\\u0053ERVICE) expanded, once, as the grammar says
    (an escape that spells another escape is refused: rdflib would expand it again, Oxigraph
    not); line ends made \\n (Oxigraph ends a comment at a lone \\r, rdflib does not)."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import expandUnicodeEscapes, parseQuery, parseUpdate

    if isinstance(query, Checked):
        return query
    if len(query) > MAX_QUERY:
        raise QueryRefused(f"the query is {len(query):,} characters; at most {MAX_QUERY:,} are read")
    try:
        text = expandUnicodeEscapes(query).replace("\r\n", "\n").replace("\r", "\n")
    except ValueError as exc:
        raise QueryRefused(f"the query has a bad \\u escape: {exc}") from None
    if _ESCAPE.search(text):
        raise QueryRefused("the query has a \\u escape that spells another escape; write the character itself")
    try:
        with _PARSING:
            tree = parseQuery(text)
    except ParseBaseException as exc:
        update = _parsed(parseUpdate, text)
        if update is not None and "request" not in update:
            raise QueryRefused("the query is empty: no SELECT, ASK, CONSTRUCT or DESCRIBE, only spaces, comments or prefixes") from None
        if update is not None:
            raise QueryRefused("only read queries run here: updates and LOAD are refused") from None
        if not re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", text, re.I):
            raise QueryRefused("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE") from None
        raise QueryRefused(f"the query does not parse: line {exc.lineno}, column {exc.col}: {exc.msg}") from None
    except RecursionError:
        raise QueryRefused("the query is nested too deeply to be checked") from None
    if "ServiceGraphPattern" in _node_names(tree):
        raise QueryRefused("SERVICE is refused: queries read this store only")
    top = tree[1]
    return Checked(_FORMS[top.name], text, "limitoffset" not in top and "valuesClause" not in top)


# what rdflib's parser expands again when it parses (\u or \U, either case, and four hex digits,
# or eight): left in a text after the one expansion, it would make rdflib read another query
# than the store runs
_ESCAPE = re.compile(r"\\u[0-9a-f]{4}", re.I)
# rdflib's parser (pyparsing) keeps state while it parses: one parse at a time (tracker serve
# checks queries in many threads)
_PARSING = threading.RLock()
_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}


def _parsed(parse, text: str):
    """What `parse` makes of `text`, None if it does not parse."""
    try:
        with _PARSING:
            return parse(text)
    except Exception:
        return None


def _node_names(tree) -> set[str]:
    """The names of every node of an rdflib parse tree, walked without recursion."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    names, todo = set(), [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, CompValue):
            names.add(node.name)
            todo.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            todo.extend(node)
    return names


def run(store: Backend, query: str | Checked, *, timeout: float | None = 30.0, limit: int | None = 1000) -> Results:
    """Run a read-only SELECT or ASK query, stopped after `timeout` seconds."""
    q = check(query)
    if q.form == "ASK":
        ok = store.ask(q.text, timeout=timeout, prefixes=PREFIX_MAP)
        return Results(("result",), [{"result": {"type": "literal", "value": "true" if ok else "false"}}])
    if q.form != "SELECT":
        raise QueryRefused(f"{q.form} queries are not supported here; use SELECT or ASK (or tracker export)")
    text = q.text
    if limit is not None and q.open_ended:
        text = f"{text.rstrip()}\nLIMIT {limit + 1}"      # let the store stop early; one more row tells truncation
    return store.select(text, timeout=timeout, limit=limit, prefixes=PREFIX_MAP)


# ---------------------------------------------------------------- output

def _cell(term: dict | None) -> str:
    if not term:
        return ""
    return term.get("value", "")


def to_csv(res: Results, delimiter: str = ",") -> str:
    """For spreadsheets: every cell through the spreadsheet guard (no formulas, no controls)."""
    from .guard import for_spreadsheet

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    tsv = delimiter == "\t"          # no quoting in TSV: a cell holds no tab and no line break
    w.writerow([for_spreadsheet(v, one_line=tsv) for v in res.variables])
    for row in res.rows:
        w.writerow([for_spreadsheet(_cell(row.get(v)), one_line=tsv) for v in res.variables])
    return buf.getvalue()


def to_json(res: Results) -> str:
    from .guard import for_json

    doc = {"head": {"vars": list(res.variables)}, "results": {"bindings": res.rows}}
    if res.truncated:
        doc["truncated"] = True
    return for_json(json.dumps(doc, ensure_ascii=False, indent=1)) + "\n"


def to_table(res: Results, width: int | None = None) -> str:
    """For a person: cells are rich `Text` (never read as markup) through the terminal guard."""
    import shutil

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from .guard import for_terminal
    from .report import at_most, counted

    table = Table(show_lines=False)
    cells = [[for_terminal(at_most(_shown(row.get(v)))) for v in res.variables] for row in res.rows]
    for i, v in enumerate(res.variables):
        # a column of the tracker's IDs is never cut: an ID copied from a table works in a command
        ids = [c[i] for c in cells if c[i]]
        whole = bool(ids) and all(_ID_SHOWN.fullmatch(c) for c in ids)
        table.add_column(Text(for_terminal(v)), overflow="fold", no_wrap=whole, min_width=max(map(len, ids)) if whole else None)
    for row in cells:
        table.add_row(*map(Text, row))
    buf = io.StringIO()
    Console(file=buf, width=width or max(60, shutil.get_terminal_size((160, 24)).columns),
            color_system=None).print(table)
    note = counted(len(res.rows), "row") + (" (stopped at the row limit; see --limit)" if res.truncated else "")
    return buf.getvalue() + note + "\n"


_ID_SHOWN = re.compile(r"id:[!-~]{1,200}")

# a table shows IRIs as the prefixed names a query may use (and `id:` forms, which commands take)
_SHOWN_AS = sorted({**PREFIX_MAP, "id": "https://w3id.org/claim-tracker/id/"}.items(), key=lambda kv: -len(kv[1]))


def _shown(term: dict | None) -> str:
    value = _cell(term)
    return short_iri(value) if term and term.get("type") == "uri" else value


def short_iri(iri: str) -> str:
    """An IRI as the tables show it: a prefixed name a query may use, or id:… for the tracker's own."""
    for prefix, namespace in _SHOWN_AS:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


OUTPUTS = {"table": to_table, "csv": to_csv, "tsv": lambda r: to_csv(r, "\t"), "json": to_json}
