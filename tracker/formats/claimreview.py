"""schema.org `Claim` and `ClaimReview` JSON-LD, as fact-checkers publish them (Google's
ClaimReview structured data): each claim ready to be reviewed, and each review recorded with
`tracker review` with the claim it reviews."""
from __future__ import annotations

import json
from decimal import Decimal
from collections.abc import Callable, Iterable
from typing import BinaryIO

from rdflib import RDF, Graph, Literal, URIRef

from ..model import UNNAMED_AUTHOR
from ..vocab import SCHEMA
from .facts import Agent, Facts, Report, claim_facts

FirstAppearance = Callable[[Facts], "Report | None"]


def _agent(a: Agent) -> dict:
    out = {"@type": a.schema_type, "name": a.name}
    if a.same_as:
        out["sameAs"] = list(a.same_as) if len(a.same_as) > 1 else a.same_as[0]
    return out


def _report(r: Report) -> dict:
    out = {"@type": r.kind, "@id": r.work or r.iri}
    if r.title:
        out["headline" if r.kind.endswith("Article") else "name"] = r.title
    if r.outlet:
        out["publisher"] = {**_agent(r.outlet), "@type": "NewsMediaOrganization" if any(t.endswith("NewsMediaOrganization") for t in r.outlet.types) else r.outlet.schema_type}
    if r.date:
        out["datePublished"] = r.date
    return out


def claim_object(f: Facts, first: Report | None = None) -> dict:
    """The schema.org Claim: what was said, by whom, when, and where it appeared."""
    article = {"@type": f.article_type, "@id": f.article}
    if f.article_url:
        article["url"] = f.article_url
    if f.article_title:
        article["headline"] = f.article_title
    if f.article_date:
        article["datePublished"] = f.article_date
    out: dict = {"@type": "Claim", "@id": f.iri, "text": f.text}
    authors = [{**_agent(s), "@type": "Organization"} if s.name == f.article_site else _agent(s)     # (the site as author)
               for s in f.speakers if s.name != UNNAMED_AUTHOR]      # (an author unnamed: no author given)
    if authors:
        out["author"] = authors[0] if len(authors) == 1 else authors
    if f.date:
        out["datePublished"] = f.date
    out["appearance"] = [article] + [_report(r) for r in f.reports]
    earliest = first or f.report
    out["firstAppearance"] = _report(earliest) if earliest else article
    if f.language or f.text_lang:
        out["inLanguage"] = f.text_lang or f.language
    return out


def _number(v: Literal) -> int | float | str:
    value = v.toPython() if isinstance(v, Literal) else v
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return str(v)
    return int(value) if value == int(value) else float(value)


def reviews_of(g: Graph, claim: str) -> list[dict]:
    """The ClaimReviews recorded for `claim`, without their itemReviewed."""
    out = []
    for rev in sorted(g.subjects(SCHEMA.itemReviewed, URIRef(claim))):
        if (rev, RDF.type, SCHEMA.ClaimReview) not in g:
            continue
        doc: dict = {"@type": "ClaimReview", "@id": str(rev)}
        for p in ("claimReviewed", "url", "datePublished"):
            v = g.value(rev, SCHEMA[p])
            if v is not None:
                doc[p] = str(v)
        author = g.value(rev, SCHEMA.author)
        if author is not None:
            doc["author"] = {"@type": str(g.value(author, RDF.type) or SCHEMA.Organization).rsplit("/", 1)[-1],
                             "name": str(g.value(author, SCHEMA.name))}
            if g.value(author, SCHEMA.url) is not None:
                doc["author"]["url"] = str(g.value(author, SCHEMA.url))
        rating = g.value(rev, SCHEMA.reviewRating)
        if rating is not None:
            r = {"@type": "Rating"}
            for p in ("alternateName", "name", "ratingValue", "bestRating", "worstRating"):
                v = g.value(rating, SCHEMA[p])
                if v is not None:
                    r[p] = _number(v) if p.endswith(("Value", "Rating")) else str(v)
            doc["reviewRating"] = r
        out.append(doc)
    return out


def write_claimreview(articles: Iterable[Graph], out: BinaryIO, *, claims: set[str] | None = None,
                      first_appearance: FirstAppearance | None = None, **_) -> None:
    """One JSON-LD document in schema.org's context: a ClaimReview for each review recorded (its
    itemReviewed the full Claim), and the Claim itself for each claim not reviewed yet."""
    out.write(b'{\n "@context": "https://schema.org",\n "@graph": [')
    first = True
    for g in articles:
        for f in claim_facts(g):
            if claims is not None and f.iri not in claims:
                continue
            claim = claim_object(f, first_appearance(f) if first_appearance else None)
            items = [{**rev, "itemReviewed": claim} for rev in reviews_of(g, f.iri)] or [claim]
            for item in items:
                out.write((b"\n  " if first else b",\n  ") + json.dumps(item, ensure_ascii=False).encode("utf-8"))
                first = False
    out.write(b"\n ]\n}\n")
