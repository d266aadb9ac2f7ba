"""Any SPARQL 1.1 server as the store: queries to its query endpoint, updates to its update endpoint."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from .backend import ID_BASE, Backend, QueryFailed, QueryTimeout, Results, given, given_count
from .errors import StoreUnavailable


class RemoteStore(Backend):
    """Any SPARQL 1.1 server: queries to `endpoint`, updates to `update_endpoint`."""

    def __init__(self, endpoint: str, *, update_endpoint: str | None = None, user: str | None = None,
                 password: str | None = None, auth: str = "digest", timeout: float = 60.0):
        import requests
        from requests.auth import HTTPBasicAuth, HTTPDigestAuth

        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or endpoint
        self.location = endpoint
        self.timeout = timeout
        self.chunk = 500          # triples per INSERT DATA (Virtuoso refuses much larger ones)
        self.page = 10_000        # rows per answer read (Virtuoso's ResultSetMaxRows default)
        self._session = requests.Session()
        self._session.headers["User-Agent"] = "claim-tracker (+https://w3id.org/claim-tracker)"
        if user:
            self._session.auth = (HTTPDigestAuth if auth == "digest" else HTTPBasicAuth)(user, password or "")
        self._requests = requests

    def _post(self, url: str, data: dict, accept: str, timeout: float | None = None, stream: bool = False):
        try:
            r = self._session.post(url, data=data, headers={"Accept": accept}, timeout=(10, timeout or self.timeout), stream=stream)
        except self._requests.Timeout:
            raise QueryTimeout(f"{url} did not answer within {timeout or self.timeout:g} s") from None
        except self._requests.RequestException as exc:
            raise StoreUnavailable(f"cannot reach the SPARQL server at {url}: {type(exc).__name__}") from None
        if r.status_code >= 400:
            detail = " ".join(_read(r, 4096).decode("utf-8", "replace").split())[:200]
            if r.status_code in (401, 403):
                raise StoreUnavailable(f"{url} refused the request ({r.status_code}): check --user/--password and update rights")
            raise QueryFailed(f"{url} answered {r.status_code}: {detail}")
        return r

    def graph_exists(self, iri: str) -> bool:
        return self.ask(f"ASK {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")

    def write(self, parts: list[tuple[str, str]]) -> None:
        """Servers cap the size of one update, so each graph is sent in pieces to a staging graph
        and then added to its real name in one operation: readers never see half an article.
        Parts are written in order; the article's own graph comes last."""
        for graph, nt in parts:
            staging = f"{graph}#staging"
            self._update(f"DROP SILENT GRAPH <{staging}>")
            lines = [ln for ln in nt.split("\n") if ln.strip() and not ln.startswith("#")]
            for k in range(0, len(lines), self.chunk):
                self._update(_insert_data([(staging, "\n".join(lines[k:k + self.chunk]))]))
            self._update(f"ADD SILENT <{staging}> TO <{graph}> ; DROP SILENT GRAPH <{staging}>")

    def update(self, request: str) -> None:
        self._update(request)

    def _update(self, update: str) -> None:
        self._post(self.update_endpoint, {"update": update}, "*/*")

    def drop_graph(self, iri: str) -> bool:
        existed = self.graph_exists(iri)
        self._update(f"DROP SILENT GRAPH <{iri}>")
        return existed

    def select(self, query: str, *, timeout: float | None = None, limit: int | None = None,
               prefixes: dict[str, str] | None = None) -> Results:
        data = {"query": _prologue(prefixes) + query}
        if timeout:
            data["timeout"] = str(int(timeout * 1000))      # understood by Virtuoso; ignored elsewhere
        r = self._post(self.endpoint, data, "application/sparql-results+json", timeout, stream=True)
        try:
            variables, bindings = _results(self._json(r))
        except ValueError:
            raise StoreUnavailable(f"{self.endpoint} did not answer with SPARQL JSON results") from None
        truncated = limit is not None and len(bindings) > limit
        named = set(variables)
        rows = [{k: _normalise_remote(v) for k, v in b.items() if k in named}
                for b in bindings[: limit if limit is not None else None]]
        return Results(variables, rows, truncated)

    def _json(self, r):
        """The answer's JSON, read up to ANSWER bytes: a server's answer is data like any other,
        and one that is no JSON, nested past reason or larger than that is the server's failure."""
        body = _read(r, ANSWER + 1)
        if len(body) > ANSWER:
            raise StoreUnavailable(f"{self.endpoint} answered more than {ANSWER // 2**20} MB; ask for fewer rows (--limit)")
        try:
            return json.loads(body)
        except (ValueError, RecursionError):
            raise StoreUnavailable(f"{self.endpoint} did not answer with SPARQL JSON results") from None

    def ask(self, query: str, *, timeout: float | None = None, prefixes: dict[str, str] | None = None) -> bool:
        r = self._post(self.endpoint, {"query": _prologue(prefixes) + query}, "application/sparql-results+json", timeout, stream=True)
        doc = self._json(r)
        answer = doc.get("boolean") if isinstance(doc, dict) else None
        if not isinstance(answer, bool):        # "false" as a string is no answer, not a yes
            raise StoreUnavailable(f"{self.endpoint} did not answer with SPARQL JSON results")
        return answer

    def construct(self, query: str, *, timeout: float | None = None, prefixes: dict[str, str] | None = None) -> str:
        return self._post(self.endpoint, {"query": _prologue(prefixes) + query}, "application/n-triples", timeout).text

    def graphs(self) -> list[str]:
        rows = self.select(f"""SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
                              FILTER (STRSTARTS(STR(?g), "{ID_BASE}")) }}""").rows
        return sorted(given(r, "g") for r in rows if not given(r, "g").endswith("#staging"))

    def quads(self, graph: str) -> Iterator:
        """The graph as N-Triples read off the wire as they come, never held whole. Servers cap
        the rows of one answer (Virtuoso: 10,000 by default), so a large graph is read in pages,
        and the count is checked: a graph is exported whole or the export fails."""
        import pyoxigraph as ox

        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").rows
        total = given_count(rows[0], "n") if rows else 0
        g, seen = ox.NamedNode(graph), 0
        for offset in range(0, total, self.page):
            paged = f" LIMIT {self.page} OFFSET {offset}" if total > self.page else ""
            r = self._post(self.endpoint, {"query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}{paged}"},
                           "application/n-triples", stream=True)
            try:
                r.raw.decode_content = True
                for t in ox.parse(r.raw, format=ox.RdfFormat.N_TRIPLES):
                    seen += 1
                    yield ox.Quad(t.subject, t.predicate, t.object, g)
            finally:
                r.close()
        if seen != total:
            raise QueryFailed(f"{self.endpoint} gave {seen:,} of the {total:,} statements of {graph}; "
                              "it may cap the rows of an answer below the page size")

    def close(self) -> None:
        self._session.close()


def _prologue(prefixes: dict[str, str] | None) -> str:
    """PREFIX lines for a server, which is given the query as text."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in (prefixes or {}).items())


_TERM_TYPES = {"uri", "literal", "typed-literal", "bnode"}
ANSWER = 512 * 2**20         # bytes of one answer at most (5,000 rows of a claim each take about 5 MB)


def _read(r, most: int) -> bytes:
    """At most `most` bytes of a streamed response's body (decompressed), then the connection closed."""
    body = bytearray()
    try:
        for chunk in r.iter_content(chunk_size=1 << 16):
            body += chunk
            if len(body) >= most:
                break
    except Exception as exc:       # the connection broke or timed out mid-answer
        raise StoreUnavailable(f"the SPARQL server's answer broke off ({type(exc).__name__})") from None
    finally:
        r.close()
    return bytes(body[:most])


def _results(doc) -> tuple[tuple[str, ...], list[dict]]:
    """The variables and rows of a SPARQL JSON results document, each part checked to be what
    the format says (a server's answer is data like any other); ValueError if one is not."""
    head, results = (doc.get("head"), doc.get("results")) if isinstance(doc, dict) else (None, None)
    variables = head.get("vars") if isinstance(head, dict) else None
    bindings = results.get("bindings") if isinstance(results, dict) else None
    if not isinstance(variables, list) or not all(isinstance(v, str) for v in variables) or not isinstance(bindings, list):
        raise ValueError("not SPARQL JSON results")
    for row in bindings:
        if not isinstance(row, dict) or not all(
                isinstance(k, str) and isinstance(t, dict) and t.get("type") in _TERM_TYPES and isinstance(t.get("value"), str)
                and all(isinstance(t.get(extra, ""), str) for extra in ("datatype", "xml:lang")) for k, t in row.items()):
            raise ValueError("not SPARQL JSON results")
    return tuple(variables), bindings


def _normalise_remote(term: dict) -> dict:
    t = dict(term)
    if t.get("type") == "typed-literal":
        t["type"] = "literal"
    if t.get("datatype") == "http://www.w3.org/2001/XMLSchema#string":
        del t["datatype"]
    return t


def _insert_data(parts: Iterable[tuple[str, str]]) -> str:
    """One SPARQL `INSERT DATA` with a GRAPH block per part: one request, one transaction."""
    blocks = [f"GRAPH <{graph}> {{\n{nt}\n}}" for graph, nt in parts]
    return "INSERT DATA {\n" + "\n".join(blocks) + "\n}"
