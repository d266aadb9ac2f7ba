"""The web application: pages rendered on the server (no script at all), IRIs that dereference,
named queries over HTTP and the SPARQL endpoint, on Starlette.

What comes from the store is text: Jinja2 escapes every value by where it stands, links an
article names are followed only when they are http(s) (`guard.for_link`), and the
Content-Security-Policy allows no script, no frame and nothing from elsewhere.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from urllib.parse import parse_qs, quote

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import __version__
from ..backend import ID_BASE, Backend, QueryFailed, is_iri
from ..errors import BadInput, StoreUnavailable
from ..guard import for_link
from ..query import PREFIX_MAP, QueryRefused, library, named, short_iri, with_claims
from . import kept, sparql, views

CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
# a browser, or a client that takes anything, gets the page; linked-data clients ask for RDF
RDF_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/turtle": "turtle",
             "application/n-triples": "ntriples", "application/ld+json": "jsonld"}
EXPORTS = {"claimreview": ("application/ld+json", "ClaimReview JSON-LD"), "nanopub": ("application/trig", "nanopublication (TriG)"),
           "webanno": ("application/ld+json", "Web Annotation JSON-LD")}


@dataclass(frozen=True)
class Settings:
    timeout: float = 30.0          # seconds a SPARQL query may run
    limit: int = 5_000             # rows a SPARQL query may return
    hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "[::1]", "::1")
    cors: tuple[str, ...] = ("https://yasgui.triply.cc",)    # origins whose pages may read /sparql ("*": any)
    validation: float = 20.0       # seconds an article's first view may spend validating it


MAX_BODY = 1 << 20                 # bytes of a POSTed query or form (a query is at most 20,000 characters)
# SPARQL answers held at once, from the query until the client has read the last byte: each may be
# 64 MB (workers.MAX_ANSWER), and a slow reader holds its answer as long as it likes
ANSWERS_HELD = 8


def make_app(store: Backend, settings: Settings = Settings(), *, queries_store: Backend | None = None):
    """The application over `store` (pages, named queries) and `queries_store` (the SPARQL
    endpoint's own readers, so that slow queries there do not hold the pages up)."""
    from importlib import resources

    from jinja2 import Environment, PackageLoader, select_autoescape

    from ..guard import for_browser

    sparql_store = queries_store or store
    # every value a template writes is escaped for where it stands (Jinja2's autoescape) and has
    # its controls and bidirectional overrides written out first (guard.for_browser)
    env = Environment(loader=PackageLoader("tracker.web", "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True,
                      finalize=lambda v: for_browser(v) if isinstance(v, str) else v)
    env.globals.update(page_of=views.path_of, link=for_link, version=__version__, short=lambda iri: short_iri(iri) if iri else "", quote=quote,
                       exports=EXPORTS, store=store.location)
    problems = kept.Problems()

    def page(template: str, status: int = 200, **values) -> HTMLResponse:
        return HTMLResponse(env.get_template(template).render(**values), status_code=status)

    def failure(status: int, message: str) -> HTMLResponse:
        return page("error.html", status, message=message)

    def home(request: Request) -> Response:
        q = request.query_params
        text, speaker, outlet = (q.get(k, "").strip()[:200] for k in ("q", "speaker", "outlet"))
        n = _page_number(q.get("page"))
        rows, more = views.articles(store, text=text, speaker=speaker, outlet=outlet, page=n)
        return page("articles.html", rows=rows, more=more, q=text, speaker=speaker, outlet=outlet, page_no=n)

    def resource(request: Request) -> Response:
        rest = request.scope.get("raw_path", b"").decode("ascii", "replace").split("?", 1)[0][len("/id/"):]   # as minted: %-encoded
        iri = ID_BASE + rest
        if not is_iri(iri):
            return failure(404, "no such thing here")
        if not re.fullmatch(r"(?:[^%]|%[0-9A-Fa-f]{2})*", rest) or not rest:
            return failure(404, "no such thing here")
        fmt = request.query_params.get("format")
        want = (sparql._SHORT.get(fmt.lower()) if fmt else sparql.accepted(request.headers.get("accept"), RDF_TYPES)) or "html"
        if fmt and want not in ("turtle", "ntriples", "jsonld"):
            return failure(406, "format= takes turtle, ntriples or jsonld")
        if want != "html":
            nt = views.describe(store, iri)
            if not nt.strip():
                return PlainTextResponse("nothing is known of this IRI here\n", 404)
            return Response(sparql.graph_as(nt, want), media_type=sparql.MEDIA[want], headers={"Vary": "Accept"})
        kind = rest.split("/", 1)[0]
        n = _page_number(request.query_params.get("page"))
        if kind == "article":
            view = views.article(store, iri)
            if view is None:
                return failure(404, "no such article in the store")
            found = problems.get(store, view.graph, settings.validation)
            by_claim: dict[str, list[str]] = {}
            for p in found or ():
                if p["severity"] == "Violation" and p["focus"]:
                    by_claim.setdefault(p["focus"], []).append(p["message"])
            for m in view.marks:
                m.violations = by_claim.get(m.iri, [])
            return page("article.html", a=view, problems=found or [], validated=found is not None,
                        marked={f"{m.start}-{m.end}" for m in view.marks},
                        budget=settings.validation, kinds=views.KINDS.values())
        if kind == "claim":
            view = views.claim(store, iri)
            if view is None:
                return failure(404, "no such claim in the store")
            return page("claim.html", c=view, base=str(request.base_url).rstrip("/"))
        if kind in ("agent", "outlet"):
            view = views.agent(store, iri, outlet=kind == "outlet", page=n)
            if view is None:
                return failure(404, "nothing is known of this one here")
            return page("agent.html", who=view, outlet=kind == "outlet", page_no=n)
        nt = views.describe(store, iri)
        if not nt.strip():
            return failure(404, "nothing is known of this IRI here")
        return page("resource.html", iri=iri, triples=_triples(nt))

    def export(request: Request) -> Response:
        from io import BytesIO

        from ..export import Selection, export as run
        from ..formats import JSON
        from ..guard import for_data, for_json

        fmt = request.path_params["fmt"]
        claim = request.query_params.get("claim", "")
        if fmt not in EXPORTS or not claim.startswith(ID_BASE + "claim/") or not is_iri(claim):
            return failure(404, "no such export")
        if views.claim(store, claim) is None:
            return failure(404, "no such claim in the store")
        buf = BytesIO()
        try:
            run(store, Selection(query=f"SELECT ?claim WHERE {{ VALUES ?claim {{ <{claim}> }} }}", timeout=None), fmt, buf)
        except BadInput as exc:
            return failure(404, str(exc))
        guard = for_json if fmt in JSON else for_data
        return Response(guard(buf.getvalue().decode("utf-8")).encode("utf-8"), media_type=EXPORTS[fmt][0])

    def queries(request: Request) -> Response:
        return page("queries.html", queries=library().values())

    def named_query(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in library():
            return failure(404, "no such named query; see /queries")
        values = {k: v for k, v in request.query_params.items() if k not in ("format", "limit")}
        asked = request.query_params.get("limit", "")
        limit = min(max(1, int(asked)), settings.limit) if re.fullmatch(r"[0-9]{1,8}", asked) else settings.limit
        try:                        # a claim as any command prints it, its article's key short or not
            given = with_claims(store, name, values)
        except BadInput:
            return failure(404, "no such claim in the store")
        try:
            q = named(name, given)
        except QueryRefused as exc:
            return failure(400, str(exc))
        want = request.query_params.get("format") or sparql.accepted(
            request.headers.get("accept"), {"text/html": "html", **sparql.RESULT_TYPES}) or "html"
        text = q.text if not q.open_ended else f"{q.text.rstrip()}\nLIMIT {limit + 1}"
        res = store.select(text, timeout=settings.timeout, limit=limit, prefixes=PREFIX_MAP)
        if want == "html":
            return page("results.html", name=name, query=library()[name], values=values, res=res)
        if want not in sparql.MEDIA:
            return failure(406, "format= takes html, json, xml, csv or tsv")
        return Response(sparql.results_as(res, want), media_type=sparql.MEDIA[want])

    def cors_for(request: Request) -> dict[str, str]:
        origin = request.headers.get("origin")
        if "*" in settings.cors:
            return {"Access-Control-Allow-Origin": "*", "Vary": "Accept", "Access-Control-Expose-Headers": "X-Tracker-Truncated"}
        if origin and origin in settings.cors:
            return {"Access-Control-Allow-Origin": origin, "Vary": "Accept, Origin",
                    "Access-Control-Expose-Headers": "X-Tracker-Truncated"}
        return {"Vary": "Accept, Origin"}

    held = threading.BoundedSemaphore(ANSWERS_HELD)

    async def endpoint(request: Request) -> Response:
        cors = cors_for(request)
        if request.method == "OPTIONS":
            return Response(status_code=204, headers={**cors, "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                                                      "Access-Control-Allow-Headers": "Accept, Content-Type",
                                                      "Access-Control-Max-Age": "600"})
        body = b""
        if request.method == "POST":
            declared = request.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > MAX_BODY:
                return PlainTextResponse(f"a request body is at most {MAX_BODY >> 10} KB here\n", 413, headers=cors)
            chunks, size = [], 0
            async for chunk in request.stream():
                size += len(chunk)
                if size > MAX_BODY:
                    return PlainTextResponse(f"a request body is at most {MAX_BODY >> 10} KB here\n", 413, headers=cors)
                chunks.append(chunk)
            body = b"".join(chunks)
        try:
            params = parse_qs(request.url.query, keep_blank_values=True)
            req = sparql.read_request(request.method, params, request.headers.get("content-type"), body)
            if req is None:
                fmt = sparql.accepted(request.headers.get("accept"), {"text/turtle": "turtle", "text/html": "html",
                                                                      "application/n-triples": "ntriples",
                                                                      "application/ld+json": "jsonld"}) or "turtle"
                if fmt == "html":           # a person in a browser: a form, and how to point tools here
                    return page("sparql.html", endpoint=str(request.url_for("sparql")), limit=settings.limit,
                                timeout=settings.timeout)
                return Response(sparql.service_description(str(request.url_for("sparql")), fmt),
                                media_type=sparql.MEDIA[fmt], headers=cors)
            from starlette.concurrency import run_in_threadpool

            if not await run_in_threadpool(held.acquire, True, settings.timeout):
                return PlainTextResponse(f"the endpoint is busy with {ANSWERS_HELD} answers being read; try again in a moment\n",
                                         503, headers=cors)
            try:
                media, data, truncated = await run_in_threadpool(
                    sparql.answer, sparql_store, req, request.headers.get("accept"), timeout=settings.timeout, limit=settings.limit)
            except BaseException:
                held.release()
                raise
        except sparql.ProtocolError as exc:
            return PlainTextResponse(" ".join(str(exc).split()) + "\n", exc.status, headers=cors)
        headers = dict(cors)
        if truncated:
            headers["X-Tracker-Truncated"] = f"stopped at the row limit, {settings.limit} rows"
        return _Held(data, media_type=media, headers=headers, release=held.release)

    async def errors(request: Request, exc: Exception) -> Response:
        if isinstance(exc, StoreUnavailable):             # QueryTimeout too: try again
            status, message = 503, str(exc)
        elif isinstance(exc, (QueryFailed, BadInput, QueryRefused)):
            status, message = 400, str(exc)
        else:
            status, message = 500, "something went wrong on the server; its log says what"
        if request.url.path.startswith("/sparql"):
            return PlainTextResponse(" ".join(message.split()) + "\n", status, headers=cors_for(request))
        return failure(status, message)

    static = resources.files("tracker.web").joinpath("static")
    version = getattr(store, "version", None)
    keep = kept.Answers(version) if version else (lambda handler: handler)     # a server's changes are not seen
    app = Starlette(
        routes=[
            Route("/", keep(home)),
            Route("/id/{rest:path}", keep(resource)),
            Route("/export/{fmt}", keep(export)),
            Route("/queries", queries),
            Route("/queries/{name}", keep(named_query)),
            Route("/sparql", endpoint, methods=["GET", "POST", "OPTIONS"], name="sparql"),
            Mount("/static", StaticFiles(directory=str(static)), name="static"),
            Route("/favicon.ico", lambda r: RedirectResponse("/static/favicon.svg", 301)),
        ],
        middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=list(settings.hosts))],
        exception_handlers={StoreUnavailable: errors, QueryFailed: errors, BadInput: errors, QueryRefused: errors,
                            Exception: errors, 404: lambda r, e: failure(404, "no such page"),
                            405: lambda r, e: failure(405, "this page only answers GET")},
    )
    return _Headers(app)        # outermost: the error pages Starlette makes itself carry the policy too


class _Held(StreamingResponse):
    """An answer sent a piece at a time, each piece once the client has taken the one before (a
    body sent whole is buffered whole, however slowly it is read), that gives its place back once
    sent, or once its client has gone."""

    def __init__(self, data: bytes, *, release, media_type: str, headers: dict[str, str]):
        view = memoryview(data)
        pieces = (bytes(view[k:k + 65536]) for k in range(0, len(data), 65536))
        super().__init__(pieces, media_type=media_type, headers={**headers, "Content-Length": str(len(data))})
        self._release = release

    async def __call__(self, scope, receive, send):
        try:
            await super().__call__(scope, receive, send)
        finally:
            self._release()


class _Headers:
    """Every answer carries the policy: no script, no frame, nothing from elsewhere, no sniffing."""

    HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
               (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def sending(message):
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in self.HEADERS if h[0] not in have)]
            await send(message)

        return await self.app(scope, receive, sending)


def _page_number(value: str | None) -> int:
    return int(value) if value and re.fullmatch(r"[0-9]{1,5}", value) else 0


def _triples(nt: str) -> list[tuple[str, str, str]]:
    import pyoxigraph as ox

    return [(t.subject.value, t.predicate.value, t.object.value) for t in ox.parse(nt.encode("utf-8"), ox.RdfFormat.N_TRIPLES)]
