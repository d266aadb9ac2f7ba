"""A fact-checker's verdict on a claim in the store: a schema.org ClaimReview, kept in a named
graph of its own beside the article's, and exported with the claim (`tracker export -f claimreview`).

A review is named by its claim and the page that publishes it (`url`): reviewing the same claim at
the same url again replaces the earlier review, and the new one is written before the old is
dropped, so a crash leaves one of them, never none.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from rdflib import RDF, XSD, Dataset, Graph, Literal, URIRef

from .backend import given
from .errors import BadInput
from .graph import _h
from .ingest import PREFIXES
from .store import Backend, dataset_parts, iri_ref
from .validate import locate_problems
from .vocab import ID, SCHEMA


_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"{}|\\^`]+")


@dataclass(frozen=True)
class Verdict:
    rating: str                         # the verdict in words: reviewRating/alternateName
    url: str                            # the page that publishes the review
    reviewer: str                       # who reviews: author/name
    reviewer_url: str | None = None
    reviewer_kind: str = "Organization"     # or Person
    value: float | None = None          # ratingValue on a scale from worst to best
    best: float | None = None
    worst: float | None = None
    published: date | None = None


def _number(value: float) -> Literal:
    return Literal(int(value)) if float(value).is_integer() else Literal(value, datatype=XSD.decimal)


def review_graph(claim: str, text: Literal, v: Verdict) -> tuple[URIRef, Dataset]:
    """The review of `claim` as a dataset of one named graph, and that graph's name."""
    for option, value in (("--url", v.url), ("--reviewer-url", v.reviewer_url)):
        if value is not None and not _WEB_ADDRESS.fullmatch(value):
            raise BadInput(f"{option} {value!r}: give the http(s) address of a page")
    for option, value in (("--rating", v.rating), ("--reviewer", v.reviewer)):
        if not value.strip():
            raise BadInput(f"{option} is empty")
    for option, number in (("--value", v.value), ("--best", v.best), ("--worst", v.worst)):
        if number is not None and not math.isfinite(number):
            raise BadInput(f"{option} {number}: give a finite number")
    # schema.org's scale runs from worstRating (1 unless given) to bestRating (5 unless given)
    worst, best = (v.worst if v.worst is not None else 1), (v.best if v.best is not None else 5)
    if worst >= best:
        raise BadInput(f"--worst {worst:g} must be below --best {best:g}")
    if v.value is not None and not worst <= v.value <= best:
        raise BadInput(f"--value {v.value:g} is outside the scale from {worst:g} (--worst) to {best:g} (--best)")
    when = v.published or date.today()
    key = _h(claim, v.url)
    node, version = ID[f"review/{key}"], _h(claim, v.url, v.rating, v.value, v.best, v.worst, v.reviewer, v.reviewer_url, when)
    name = ID[f"graph/review/{key}/{version}"]
    ds = Dataset()
    g = ds.graph(name)
    author, rating = URIRef(f"{node}#author"), URIRef(f"{node}#rating")
    g.add((node, RDF.type, SCHEMA.ClaimReview))
    g.add((node, SCHEMA.itemReviewed, URIRef(claim)))
    g.add((node, SCHEMA.claimReviewed, text))
    g.add((node, SCHEMA.url, URIRef(v.url)))
    g.add((node, SCHEMA.datePublished, Literal(when.isoformat(), datatype=XSD.date)))
    g.add((node, SCHEMA.author, author))
    g.add((author, RDF.type, SCHEMA[v.reviewer_kind]))
    g.add((author, SCHEMA.name, Literal(v.reviewer.strip())))
    if v.reviewer_url:
        g.add((author, SCHEMA.url, URIRef(v.reviewer_url)))
    g.add((node, SCHEMA.reviewRating, rating))
    g.add((rating, RDF.type, SCHEMA.Rating))
    g.add((rating, SCHEMA.alternateName, Literal(v.rating.strip())))
    g.add((rating, SCHEMA.name, Literal(v.rating.strip())))
    for prop, value in ((SCHEMA.ratingValue, v.value), (SCHEMA.bestRating, v.best), (SCHEMA.worstRating, v.worst)):
        if value is not None:
            g.add((rating, prop, _number(value)))
    return name, ds


def record_review(store: Backend, claim: str, verdict: Verdict) -> str:
    """Write the review of `claim` (an IRI or its short forms); return the review's IRI."""
    from .query import find_claim

    claim = find_claim(store, claim)
    rows = store.select(PREFIXES + f"SELECT ?text WHERE {{ {iri_ref(claim)} a schema:Claim ; schema:text ?text }} LIMIT 1").rows
    t = rows[0]["text"]
    text = Literal(t["value"], lang=t.get("xml:lang"))
    name, ds = review_graph(claim, text, verdict)
    claim_node = URIRef(claim)
    check = Graph()
    for t in (*ds.graph(name), (claim_node, RDF.type, SCHEMA.Claim), (claim_node, SCHEMA.text, text)):
        check.add(t)
    wrong = [p.message for p in locate_problems(check) if p.severity == "Violation" and "/review/" in (p.focus or "")]
    if wrong:
        raise BadInput("the review is incomplete: " + " ".join(wrong))
    earlier = [given(r, "g") for r in store.select(PREFIXES + f"""SELECT DISTINCT ?g WHERE {{
        GRAPH ?g {{ ?rev schema:itemReviewed {iri_ref(claim)} ; schema:url {iri_ref(verdict.url)} }} }}""").rows]
    if str(name) not in earlier:
        store.write(dataset_parts(ds))
    for g in earlier:
        if g != str(name):
            store.drop_graph(g)
    return str(next(iter(ds.graph(name).subjects(RDF.type, SCHEMA.ClaimReview))))
