"""The SPARQL 1.1 Protocol over the store: queries only, checked as `tracker query` checks them.

A query comes as `query=` in the URL (GET), in a form body or as `application/sparql-query`
(POST); the answer's format is negotiated from `Accept` (or `format=`): results as SPARQL
JSON, XML, CSV or TSV, graphs as Turtle, N-Triples or JSON-LD. Updates, SERVICE and LOAD are
refused on the parsed query (`query.check`), every query has the time limit and row limit the
server was started with, and there is no update endpoint.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import parse_qs
from xml.sax.saxutils import escape, quoteattr

from ..backend import Backend, Results
from ..guard import for_data, for_json, for_xml
from ..query import PREFIX_MAP, Checked, check

RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/x-turtle": "turtle", "text/n3": "turtle", "application/n-triples": "ntriples",
    "text/plain": "ntriples", "application/ld+json": "jsonld", "application/json": "jsonld",
    "application/rdf+xml": "rdfxml",
}
MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv",
         "tsv": "text/tab-separated-values", "turtle": "text/turtle", "ntriples": "application/n-triples",
         "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml"}
_SHORT = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "turtle", "ttl": "turtle", "n3": "turtle",
          "nt": "ntriples", "ntriples": "ntriples", "jsonld": "jsonld", "json-ld": "jsonld", "rdfxml": "rdfxml",
          "rdf": "rdfxml"}
# a graph asked for in a results format's name (SPARQLWrapper sends format=xml, format=json)
_AS_GRAPH = {"xml": "rdfxml", "json": "jsonld"}
# triples a graph answer may have, for each row a table may have
GRAPH_ROWS = 10


class ProtocolError(Exception):
    """A request the protocol does not allow: the status to answer with and why."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def accepted(header: str | None, offered: dict[str, str]) -> str | None:
    """The format (a value of `offered`, keyed by media type) that `header` prefers, or None.
    Parsed as RFC 9110 says: media ranges with q-values; the more specific range decides."""
    if not header:
        return next(iter(offered.values()))
    ranges = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if "/" not in media:
            continue
        q = 1.0
        for f in fields[1:]:
            name, _, value = f.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(1.0, max(0.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((media, q, i))

    def quality(media: str) -> tuple[float, int]:
        kind = media.split("/")[0]
        best = None
        for rng, q, i in ranges:
            spec = 2 if rng == media else 1 if rng == f"{kind}/*" else 0 if rng == "*/*" else -1
            if spec >= 0 and (best is None or spec > best[0]):
                best = (spec, q, i)
        return (best[1], -best[2]) if best else (0.0, 0)

    scored = [(quality(m), n, m) for n, m in enumerate(offered)]
    scored = [(q, n, m) for q, n, m in scored if q[0] > 0]
    if not scored:
        return None
    (q, _), n, media = max(scored, key=lambda s: (s[0][0], -s[1]))
    return offered[media]


@dataclass(frozen=True)
class Request:
    query: str
    fmt: str | None         # format= given by name


def read_request(method: str, params: dict[str, list[str]], content_type: str | None, body: bytes) -> Request | None:
    """The query a protocol request carries, or None (a request for the service description)."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    found = dict(params)
    if method == "POST":
        if ctype == "application/x-www-form-urlencoded":
            try:
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
            except UnicodeDecodeError:
                raise ProtocolError(400, "the form is not UTF-8") from None
            for k, v in form.items():
                found.setdefault(k, []).extend(v)
        elif ctype == "application/sparql-query":
            try:
                found.setdefault("query", []).append(body.decode("utf-8"))
            except UnicodeDecodeError:
                raise ProtocolError(400, "the query is not UTF-8") from None
        elif ctype == "application/sparql-update" or "update" in found:
            raise ProtocolError(403, "updates are refused: this endpoint only answers queries")
        else:
            raise ProtocolError(415, "POST a query as application/x-www-form-urlencoded or application/sparql-query")
    if "update" in found:
        raise ProtocolError(403, "updates are refused: this endpoint only answers queries")
    queries = found.get("query", [])
    if len(queries) > 1:
        raise ProtocolError(400, "give one query")
    if not queries:
        return None
    if found.get("default-graph-uri") or found.get("named-graph-uri"):
        raise ProtocolError(400, "default-graph-uri and named-graph-uri are not supported: the default graph is the union of all")
    fmt = (found.get("format") or found.get("output") or [None])[0]
    if fmt is not None:      # a name we do not know leaves the choice to Accept, as clients expect
        fmt = _SHORT.get(fmt.lower()) or RESULT_TYPES.get(fmt.lower()) or GRAPH_TYPES.get(fmt.lower())
    if not queries[0].strip():
        raise ProtocolError(400, "the query is empty")
    return Request(queries[0], fmt)


def answer(store: Backend, req: Request, accept: str | None, *, timeout: float, limit: int) -> tuple[str, bytes, bool]:
    """(media type, body, truncated) for a query request."""
    from ..query import QueryRefused

    call = getattr(store, "call", None)      # checked where the store is read: in a worker, within the time limit
    try:
        q = call(_checked, req.query, timeout=timeout) if call else check(req.query)
    except QueryRefused as exc:
        raise ProtocolError(400, str(exc)) from None
    graph = q.form in ("CONSTRUCT", "DESCRIBE")
    offered = GRAPH_TYPES if graph else RESULT_TYPES
    fmt = _AS_GRAPH.get(req.fmt, req.fmt) if graph else req.fmt
    if fmt not in offered.values():
        fmt = accepted(accept, offered)
    if fmt is None or fmt not in offered.values():
        raise ProtocolError(406, f"a {q.form} answers in " + ", ".join(sorted({MEDIA[f] for f in offered.values()})))
    text = q.text
    if q.open_ended and q.form != "ASK":
        text = f"{text.rstrip()}\nLIMIT {limit + 1}"
    if q.form == "ASK":
        yes = store.ask(text, timeout=timeout, prefixes=PREFIX_MAP)
        return MEDIA[fmt], _boolean(yes, fmt), False
    if graph:
        nt = store.construct(text, timeout=timeout, prefixes=PREFIX_MAP)
        lines = nt.split("\n", limit * GRAPH_ROWS)
        truncated = len(lines) > limit * GRAPH_ROWS and bool(lines[-1].strip())
        if truncated:
            nt = "\n".join(lines[:-1]) + "\n"
        return MEDIA[fmt], graph_as(nt, fmt), truncated
    res = store.select(text, timeout=timeout, limit=limit, prefixes=PREFIX_MAP)
    return MEDIA[fmt], results_as(res, fmt), res.truncated


def _checked(store: Backend, text: str) -> Checked:
    """`query.check` in a worker (the store is not read): its parse costs seconds for some texts."""
    return check(text)


def _boolean(yes: bool, fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": yes}).encode()
    if fmt == "xml":
        return (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                f'<boolean>{"true" if yes else "false"}</boolean></sparql>\n').encode()
    return f"_askResult\n{'true' if yes else 'false'}\n".encode()


def results_as(res: Results, fmt: str) -> bytes:
    from ..query import to_csv

    if fmt == "json":
        return for_json(json.dumps({"head": {"vars": list(res.variables)}, "results": {"bindings": res.rows}},
                                   ensure_ascii=False)).encode("utf-8")
    if fmt == "csv":
        return to_csv(res).replace("\n", "\r\n").encode("utf-8")     # RFC 4180 line ends
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in res.variables)]
        lines += ["\t".join(_tsv_term(row.get(v)) for v in res.variables) for row in res.rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
    out += [f"<variable name={quoteattr(v)}/>" for v in res.variables]
    out.append("</head>\n<results>")
    for row in res.rows:
        out.append("<result>")
        for v in res.variables:
            term = row.get(v)
            if term:
                out.append(f"<binding name={quoteattr(v)}>{_xml_term(term)}</binding>")
        out.append("</result>")
    out.append("</results>\n</sparql>\n")
    return for_xml("\n".join(out)).encode("utf-8")


# XML 1.0 cannot carry these at all, escaped or not: each is written as U+FFFD
_NOT_XML = str.maketrans({c: "\ufffd" for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF]})


def _xml_term(term: dict) -> str:
    value = escape(term.get("value", "").translate(_NOT_XML))
    if term["type"] == "uri":
        return f"<uri>{value}</uri>"
    if term["type"] == "bnode":
        return f"<bnode>{value}</bnode>"
    attrs = ""
    if "xml:lang" in term:
        attrs = f" xml:lang={quoteattr(term['xml:lang'])}"
    elif "datatype" in term:
        attrs = f" datatype={quoteattr(term['datatype'])}"
    return f"<literal{attrs}>{value}</literal>"


def _tsv_term(term: dict | None) -> str:
    from ..guard import for_spreadsheet

    if not term:
        return ""
    value = term.get("value", "")
    if term["type"] == "uri":
        return f"<{value}>"
    if term["type"] == "bnode":
        return f"_:{value}"
    value = for_spreadsheet(value)
    quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"'
    if "xml:lang" in term:
        return f"{quoted}@{term['xml:lang']}"
    if "datatype" in term:
        return f"{quoted}^^<{term['datatype']}>"
    return quoted


def graph_as(ntriples: str, fmt: str) -> bytes:
    import pyoxigraph as ox

    from ..query import PREFIX_MAP

    if fmt == "ntriples":
        return for_data(ntriples).encode("utf-8")
    triples = ox.parse(ntriples.encode("utf-8"), ox.RdfFormat.N_TRIPLES)
    if fmt == "turtle":
        return for_data(ox.serialize(triples, None, ox.RdfFormat.TURTLE, prefixes=PREFIX_MAP).decode("utf-8")).encode("utf-8")
    if fmt == "rdfxml":
        return for_xml(ox.serialize(triples, None, ox.RdfFormat.RDF_XML, prefixes=PREFIX_MAP).decode("utf-8")).encode("utf-8")
    return for_json(ox.serialize(triples, None, ox.RdfFormat.JSON_LD).decode("utf-8")).encode("utf-8")


def service_description(endpoint: str, fmt: str) -> bytes:
    """What the endpoint is (W3C SPARQL 1.1 Service Description), in Turtle or N-Triples."""
    import pyoxigraph as ox

    formats = " ".join(f"<http://www.w3.org/ns/formats/{f}>" for f in
                       ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                        "Turtle", "N-Triples", "JSON-LD"))
    ttl = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
[] a sd:Service ;
   sd:endpoint <{endpoint}> ;
   sd:supportedLanguage sd:SPARQL11Query ;
   sd:feature sd:UnionDefaultGraph ;
   sd:resultFormat {formats.replace(' ', ' , ')} .
"""
    if fmt == "turtle":
        return ttl.encode("utf-8")
    triples = ox.parse(ttl.encode("utf-8"), ox.RdfFormat.TURTLE)
    return ox.serialize(triples, None, ox.RdfFormat.N_TRIPLES if fmt == "ntriples" else ox.RdfFormat.JSON_LD)


