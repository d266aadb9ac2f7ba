"""What each page shows, read from the store: articles, one article with its claims in place,
one claim with its chain and reviews, a speaker, an outlet. Plain data for the templates; every
value from the store is text the templates escape."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..backend import ID_BASE, Backend, given, iri_ref
from ..graph import whole_number
from ..ingest import PREFIXES
from ..query import PREFIX_MAP, named, string_literal
from ..trace import carriers

KINDS = {"ReportedSpeech": "reported speech", "ReportedFact": "reported fact",
         "AuthorAssertion": "author assertion", "AuthorOpinion": "opinion"}
PAGE = 50


def _v(row: dict, name: str) -> str | None:
    term = row.get(name)
    return term.get("value") if term else None


def path_of(iri: str | None) -> str | None:
    """The page of one of the tracker's IRIs on this server (/id/…), or None."""
    if iri and iri.startswith(ID_BASE):
        return "/id/" + iri[len(ID_BASE):]
    return None


# ---------------------------------------------------------------- articles

@dataclass
class ArticleRow:
    iri: str
    title: str
    date: str | None
    source: str | None


def articles(store: Backend, *, text: str = "", speaker: str = "", outlet: str = "", page: int = 0) -> tuple[list[ArticleRow], bool]:
    """Articles whose title holds `text`, quoting a speaker whose name holds `speaker`, citing an
    outlet whose name holds `outlet` (case aside); a page of them, newest first, and whether
    there are more. Each filter finds its graphs through the few entities whose names match
    (looked up by IRI, never joined over the union of every graph), and the page is cut here."""
    every = store.select(PREFIXES + """SELECT ?g ?a ?d WHERE { GRAPH ?g { ?g schema:about ?a .
        OPTIONAL { ?a schema:datePublished ?d } } }""").rows
    keep: set[str] | None = None
    for wanted, named_how, in_graph in (
            (speaker, "?x schema:name|schema:alternateName ?n", "?c prov:wasAttributedTo ?x"),
            (outlet, "?x a schema:NewsMediaOrganization ; schema:name|schema:alternateName ?n", "?r schema:publisher ?x")):
        if not wanted:
            continue
        who = [given(r, "x") for r in store.select(PREFIXES + f"""SELECT DISTINCT ?x WHERE {{ {named_how} .
            FILTER (CONTAINS(LCASE(STR(?n)), LCASE({string_literal(wanted)}))) }} LIMIT 2000""").rows]
        graphs: set[str] = set()
        for k in range(0, len(who), 500):
            some = " ".join(iri_ref(i) for i in who[k:k + 500])
            graphs |= {given(r, "g") for r in store.select(PREFIXES + f"""SELECT DISTINCT ?g WHERE {{ VALUES ?x {{ {some} }}
                GRAPH ?g {{ {in_graph} }} }}""").rows}
        keep = graphs if keep is None else keep & graphs
    if text:
        titled = {given(r, "g") for r in store.select(PREFIXES + f"""SELECT ?g WHERE {{ GRAPH ?g {{ ?g schema:about ?a .
            ?a schema:headline ?t . FILTER (CONTAINS(LCASE(STR(?t)), LCASE({string_literal(text)}))) }} }}""").rows}
        keep = titled if keep is None else keep & titled
    revised = {given(r, "old") for r in store.select(PREFIXES + "SELECT DISTINCT ?old WHERE { ?new prov:wasRevisionOf ?old }").rows}
    # an article's latest version only, as the named queries read the store: its page links the earlier ones
    found = [r for r in every if (keep is None or given(r, "g") in keep) and given(r, "a") not in revised]
    found.sort(key=lambda r: (_v(r, "d") or "", given(r, "a")), reverse=True)
    shown = found[PAGE * page:PAGE * (page + 1)]
    iris = {given(r, "a") for r in shown}
    titles = _names(store, iris, "?x schema:headline ?name")
    sources = _names(store, iris, "?x dcterms:source ?name")
    return [ArticleRow(given(r, "a"), titles.get(given(r, "a"), ""), _v(r, "d"), sources.get(given(r, "a")))
            for r in shown], len(found) > PAGE * (page + 1)


# ---------------------------------------------------------------- one article

@dataclass
class Mark:
    iri: str
    start: int
    end: int
    kind: str
    speaker: str | None
    cue: str | None
    outlet: str | None
    violations: list[str] = field(default_factory=list)


@dataclass
class Piece:
    text: str
    mark: Mark | None = None
    first: bool = False         # the first piece of its claim (the one a link to the claim points at)


@dataclass
class ArticleView:
    iri: str
    graph: str
    title: str
    date: str | None
    source: str | None
    url: str | None
    text: str
    marks: list[Mark]
    pieces: list[Piece]
    lang: str | None = None
    older: str | None = None        # the version of the article this one revises
    newer: str | None = None        # ...and the one that revises it


def article(store: Backend, iri: str) -> ArticleView | None:
    ref = iri_ref(iri)
    rows = store.select(PREFIXES + f"""SELECT ?g ?title ?date ?source ?url ?text ?lang WHERE {{
        GRAPH ?g {{ ?g schema:about {ref} . {ref} schema:text ?text .
          OPTIONAL {{ {ref} schema:headline ?title }} OPTIONAL {{ {ref} schema:datePublished ?date }}
          OPTIONAL {{ {ref} dcterms:source ?source }} OPTIONAL {{ {ref} schema:url ?url }}
          OPTIONAL {{ {ref} schema:inLanguage ?lang }} }} }} LIMIT 1""").rows
    if not rows:
        return None
    r = rows[0]
    g = given(r, "g")
    # the claims from the article's graph alone, then the names of their speakers and outlets by
    # their IRIs: an OPTIONAL over the union of every graph is a scan of the store, not a lookup
    claims = store.select(PREFIXES + f"""SELECT ?c ?start ?end ?kind ?s ?cue ?rep WHERE {{ GRAPH {iri_ref(g)} {{
          ?c schema:appearance {ref} ; ct:anchor/oa:hasSelector ?sel . ?sel oa:start ?start ; oa:end ?end .
          ?c a ?kind . FILTER (?kind IN (ct:ReportedSpeech, ct:ReportedFact, ct:AuthorAssertion, ct:AuthorOpinion))
          OPTIONAL {{ ?c prov:wasAttributedTo ?s }} OPTIONAL {{ ?c ct:cue ?cue }} OPTIONAL {{ ?c schema:citation ?rep }} }} }}""").rows
    names = _names(store, {_v(c, "s") for c in claims} - {None}, "?x schema:name ?name")
    outlets = _names(store, {_v(c, "rep") for c in claims} - {None}, "?x schema:publisher/schema:name ?name")
    text = _v(r, "text") or ""
    marks: dict[str, Mark] = {}
    for c in claims:
        start, end = whole_number(c["start"]["value"], None), whole_number(c["end"]["value"], None)
        if start is None or end is None or not 0 <= start < end <= len(text):
            continue                                    # an anchor the shapes report; not drawn
        kind = KINDS.get(c["kind"]["value"].rsplit("#", 1)[-1], "statement")
        marks.setdefault(c["c"]["value"], Mark(c["c"]["value"], start, end, kind, names.get(_v(c, "s")), _v(c, "cue"),
                                               outlets.get(_v(c, "rep"))))
    ordered = sorted(marks.values(), key=lambda m: (m.start, -m.end))
    versions = store.select(PREFIXES + f"""SELECT ?older ?newer WHERE {{
        OPTIONAL {{ GRAPH {iri_ref(g)} {{ {ref} prov:wasRevisionOf ?older }} FILTER EXISTS {{ GRAPH ?og {{ ?og schema:about ?older }} }} }}
        OPTIONAL {{ ?newer prov:wasRevisionOf {ref} }} }} LIMIT 1""").rows      # (a version removed is linked no more)
    older, newer = (_v(versions[0], "older"), _v(versions[0], "newer")) if versions else (None, None)
    return ArticleView(iri, g, _v(r, "title") or "", _v(r, "date"), _v(r, "source"), _v(r, "url"), text,
                       ordered, pieces(text, ordered), _v(r, "lang"), older, newer)


def _names(store: Backend, iris: set[str], pattern: str) -> dict[str, str]:
    """`?name` for each IRI `?x` of `iris` by `pattern`, looked up by IRI (one name each)."""
    out: dict[str, str] = {}
    todo = sorted(iris)
    for k in range(0, len(todo), 500):
        values = " ".join(iri_ref(i) for i in todo[k:k + 500])
        for row in store.select(PREFIXES + f"SELECT ?x ?name WHERE {{ VALUES ?x {{ {values} }} {pattern} }}").rows:
            out.setdefault(given(row, "x"), _v(row, "name"))
    return out


def pieces(text: str, marks: list[Mark]) -> list[Piece]:
    """The text cut where claims begin and end; each piece carries the innermost claim over it
    (a claim inside another stays visible and clickable; text outside every claim carries none)."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[Piece] = []
    by_start = sorted(marks, key=lambda m: m.start)
    open_: list[Mark] = []
    seen: set[str] = set()
    k = 0
    for a, b in zip(cuts, cuts[1:]):
        while k < len(by_start) and by_start[k].start <= a:
            open_.append(by_start[k])
            k += 1
        open_ = [m for m in open_ if m.end > a]
        inner = min(open_, key=lambda m: (m.end - m.start, m.start), default=None)
        if out and out[-1].mark is inner:
            out[-1].text += text[a:b]
        else:
            out.append(Piece(text[a:b], inner, inner is not None and inner.iri not in seen))
            if inner is not None:
                seen.add(inner.iri)
    return out


def problems_of(store: Backend, graph: str) -> list[dict]:
    """The shapes' report on an article's graph, with the entities it refers to (runs where the
    store is read: a worker)."""
    from rdflib import Dataset, Graph, URIRef

    from ..export import _read_graph
    from ..ingest import entities_for
    from ..validate import _with, locate_problems

    ds = _read_graph(store, graph)
    context, part, hop = Graph(), ds, URIRef("urn:claim-tracker:hop")
    for _ in range(3):               # an account's publisher, an outlet's Wikidata entity: a few hops
        fresh = [t for t in entities_for(store, part) if t not in context]
        if not fresh:
            break
        part = Dataset()
        for t in fresh:
            context.add(t)
            part.add((*t, hop))
    return [{"severity": p.severity, "message": p.message, "line": p.line, "start": p.start, "end": p.end,
             "focus": p.focus, "snippet": p.snippet, "hint": p.hint}
            for p in locate_problems(_with(ds, context))]


# ---------------------------------------------------------------- one claim

@dataclass
class ClaimView:
    iri: str
    text: str
    kind: str
    article: str
    article_title: str
    speaker: str | None
    speaker_name: str | None
    mention: str | None
    cue: str | None
    act: str | None
    stance: str | None
    quoted: bool
    said: str | None
    line: int | None
    report: str | None
    report_text: str | None
    headline: str | None
    outlet: str | None
    outlet_name: str | None
    reported: str | None
    chain: list[dict]
    reviews: list[dict]
    renderings: list = ()           # trace.Carrier: every rendering of its statement, oldest first


def claim(store: Backend, iri: str) -> ClaimView | None:
    ref = iri_ref(iri)
    rows = store.select(PREFIXES + f"""SELECT ?text ?kind ?a ?title ?s ?sname ?mention ?cue ?act ?stance ?quoted ?said ?line
            ?r ?rtext ?headline ?o ?oname ?reported WHERE {{
        {ref} a schema:Claim ; schema:text ?text ; schema:appearance ?a .
        OPTIONAL {{ {ref} a ?kind . FILTER (?kind IN (ct:ReportedSpeech, ct:ReportedFact, ct:AuthorAssertion, ct:AuthorOpinion)) }}
        OPTIONAL {{ ?a schema:headline ?title }}
        OPTIONAL {{ {ref} prov:wasAttributedTo ?s . OPTIONAL {{ ?s schema:name ?sname }} }}
        OPTIONAL {{ {ref} ct:speakerMention ?mention }} OPTIONAL {{ {ref} ct:cue ?cue }}
        OPTIONAL {{ {ref} rdf:predicate ?act }} OPTIONAL {{ {ref} ct:stance ?stance }}
        OPTIONAL {{ {ref} ct:quoted ?quoted }} OPTIONAL {{ {ref} schema:datePublished ?said }} OPTIONAL {{ {ref} ct:line ?line }}
        OPTIONAL {{ {ref} schema:citation ?r . OPTIONAL {{ ?r ct:citationText ?rtext }} OPTIONAL {{ ?r schema:headline ?headline }}
                   OPTIONAL {{ ?r schema:datePublished ?reported }}
                   OPTIONAL {{ ?r schema:publisher ?o . OPTIONAL {{ ?o schema:name ?oname }} }} }}
    }} LIMIT 1""").rows
    if not rows:
        return None
    r = rows[0]
    chain = [{"step": _v(c, "step"), "iri": _v(c, "source"), "kind": _v(c, "kind"), "name": _v(c, "name"),
              "publisher": _v(c, "publisher"), "date": _v(c, "date")}
             for c in store.select(named("chain", {"claim": iri}).text, prefixes=PREFIX_MAP).rows]
    reviews = [{"iri": _v(v, "review"), "rating": _v(v, "rating"), "author": _v(v, "author"), "url": _v(v, "url"),
                "date": _v(v, "date")}
               for v in store.select(PREFIXES + f"""SELECT ?review ?rating ?author ?url ?date WHERE {{
                   ?review schema:itemReviewed {ref} . OPTIONAL {{ ?review schema:reviewRating/schema:alternateName ?rating }}
                   OPTIONAL {{ ?review schema:author/schema:name ?author }} OPTIONAL {{ ?review schema:url ?url }}
                   OPTIONAL {{ ?review schema:datePublished ?date }} }} ORDER BY DESC(?date)""").rows]
    renderings = carriers(store.select(named("lineage", {"claim": iri}).text, prefixes=PREFIX_MAP, limit=200))
    kind = _v(r, "kind")
    act, stance = _v(r, "act"), _v(r, "stance")
    return ClaimView(
        iri, _v(r, "text") or "", KINDS.get(kind.rsplit("#", 1)[-1], "statement") if kind else "statement",
        given(r, "a"), _v(r, "title") or "", _v(r, "s"), _v(r, "sname"), _v(r, "mention"), _v(r, "cue"),
        act.rsplit("#", 1)[-1] if act else None, stance.rsplit("#", 1)[-1] if stance else None,
        _v(r, "quoted") in ("true", "1"), _v(r, "said"), whole_number(_v(r, "line"), None),
        _v(r, "r"), _v(r, "rtext"), _v(r, "headline"), _v(r, "o"), _v(r, "oname"), _v(r, "reported"), chain, reviews, renderings)


# ---------------------------------------------------------------- a speaker, an outlet

@dataclass
class AgentView:
    iri: str
    name: str
    kinds: list[str]
    other_names: list[str]
    same_as: list[str]
    rows: list[dict]            # claim, text, date, article, outlet
    more: bool


def agent(store: Backend, iri: str, *, outlet: bool, page: int = 0) -> AgentView | None:
    ref = iri_ref(iri)
    about = store.select(PREFIXES + f"""SELECT ?p ?o WHERE {{ {ref} ?p ?o .
        FILTER (?p IN (schema:name, schema:alternateName, rdf:type, schema:sameAs)) }}""").rows
    if not about:
        return None
    values = {}
    for row in about:
        values.setdefault(given(row, "p"), []).append(_v(row, "o"))
    name = sorted(values.get(str(_SCHEMA_NAME), [""]))[0]
    if outlet:       # what it was cited for: its reports by date (a page of reports), the claims of each
        picked = store.select(PREFIXES + f"""SELECT ?r ?date WHERE {{ ?r schema:publisher {ref} .
            OPTIONAL {{ ?r schema:datePublished ?date }} }} ORDER BY DESC(?date) ?r LIMIT {PAGE + 1} OFFSET {PAGE * page}""").rows
        reports = [given(r, "r") for r in picked[:PAGE]]
        cited: dict[str, list[str]] = {}
        for k in range(0, len(reports), 100):
            some = " ".join(iri_ref(i) for i in reports[k:k + 100])
            for row in store.select(PREFIXES + f"SELECT ?x ?c WHERE {{ VALUES ?x {{ {some} }} ?c schema:citation ?x }}").rows:
                cited.setdefault(given(row, "x"), []).append(given(row, "c"))
        headlines = _names(store, set(reports), "?x schema:headline ?name")
        claims, dated, through = [], [], {}
        for r in picked[:PAGE]:
            for c in sorted(cited.get(given(r, "r"), [])):
                claims.append(c)
                dated.append(r)
                through[c] = (given(r, "r"), headlines.get(given(r, "r")))
        picked_rows = dated
    else:            # what they said, by date
        picked = store.select(PREFIXES + f"""SELECT DISTINCT ?c ?date WHERE {{ ?c prov:wasAttributedTo {ref} .
            OPTIONAL {{ ?c schema:datePublished ?date }} }} ORDER BY DESC(?date) ?c LIMIT {PAGE + 1} OFFSET {PAGE * page}""").rows
        claims = [given(r, "c") for r in picked[:PAGE]]
        picked_rows, through = picked[:PAGE], {}
    texts = _names(store, set(claims), "?x schema:text ?name")
    articles = _names(store, set(claims), "?x schema:appearance ?name")
    titles = _names(store, set(articles.values()), "?x schema:headline ?name")
    out = [{"claim": c, "text": texts.get(c, ""), "date": _v(r, "date"), "article": articles.get(c),
            "title": titles.get(articles.get(c, "")), "report": through.get(c, (None, None))[0],
            "headline": through.get(c, (None, None))[1]} for c, r in zip(claims, picked_rows)]
    return AgentView(iri, name, sorted({k.rsplit("/", 1)[-1].rsplit("#", 1)[-1] for k in values.get(_RDF_TYPE, [])}),
                     sorted(set(values.get(_SCHEMA_ALT, [])) - {name}), sorted(values.get(_SCHEMA_SAME, [])), out,
                     len(picked) > PAGE)


_SCHEMA_NAME = "http://schema.org/name"
_SCHEMA_ALT = "http://schema.org/alternateName"
_SCHEMA_SAME = "http://schema.org/sameAs"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def describe(store: Backend, iri: str) -> str:
    """What the store says of `iri` (its own statements, and those of the anchor and selectors
    hung on a claim), as N-Triples; empty when it knows nothing of it."""
    ref = iri_ref(iri)
    return store.construct(PREFIXES + f"""CONSTRUCT {{ {ref} ?p ?o . ?x ?q ?y }} WHERE {{
        {{ {ref} ?p ?o }} UNION {{ {ref} ct:anchor ?an . ?an (oa:hasSelector)? ?x . ?x ?q ?y }} }}""")
