"""What the claim-by-claim formats (ClaimReview, nanopublications, Web Annotation, CSV) need to
know of each claim, read once from an article's graph (its named graph, the shared entities it
refers to, and any reviews of its claims, merged into one rdflib graph)."""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import RDF, RDFS, Graph

from ..graph import _KIND_BY_CLASS, claim_attitude, whole_number
from ..vocab import CT, DCTERMS, OA, PROV, SCHEMA


@dataclass(frozen=True)
class Agent:
    iri: str
    name: str
    types: tuple[str, ...]
    same_as: tuple[str, ...]

    @property
    def schema_type(self) -> str:
        """Person or Organization (schema.org's two kinds of author): a person named, or one
        described by their role (a senior Western diplomat, 防衛大臣), or an article's author other
        than the site itself (a byline's)."""
        return "Person" if any(t.endswith(("Person", "#Person", "#AnonymousSource", "#ArticleAuthor")) for t in self.types) \
            else "Organization"


@dataclass(frozen=True)
class Report:
    iri: str
    work: str | None
    kind: str                   # NewsArticle, CreativeWork, ...
    outlet: Agent | None
    date: str | None
    title: str | None
    citation_text: str | None


@dataclass(frozen=True)
class Facts:
    iri: str
    article: str
    article_url: str | None     # dcterms:source: the URL or file the article was read from
    article_title: str | None
    article_site: str | None     # the site it was published on (schema:publisher)
    article_date: str | None
    article_type: str
    language: str | None
    line: int
    kind: str
    text: str
    text_lang: str | None
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    speakers: tuple[Agent, ...]
    mention: str | None
    cue: str | None
    attitude: str | None        # of reported speech: speech, belief, intention, finding
    date: str | None
    report: Report | None       # the report it is cited to (of a joint attribution, the first the text names)
    reports: tuple[Report, ...]  # every report it is cited to (The BBC and Reuters reported: two), in the order of the text
    via: tuple[tuple[str, ...], ...]   # the sources behind the claim and its report (see _chain), level by level, nearest first
    generated: str | None       # when the article was read (prov:generatedAtTime)


def _str(value) -> str | None:
    return str(value) if value is not None else None


def _name(g: Graph, node) -> str:
    return str(g.value(node, SCHEMA.name) or g.value(node, SCHEMA.headline) or g.value(node, RDFS.label) or node)


def agent(g: Graph, node) -> Agent:
    return Agent(str(node), _name(g, node), tuple(sorted(str(t) for t in g.objects(node, RDF.type))),
                 tuple(sorted(str(s) for s in g.objects(node, SCHEMA.sameAs))))


def _report(g: Graph, node) -> Report:
    kinds = [str(t) for t in g.objects(node, RDF.type) if str(t).startswith(str(SCHEMA))]
    pub = g.value(node, SCHEMA.publisher)
    return Report(str(node), _str(g.value(node, PROV.specializationOf)),
                  kinds[0][len(str(SCHEMA)):] if kinds else "CreativeWork",
                  agent(g, pub) if pub is not None else None, _str(g.value(node, SCHEMA.datePublished)),
                  _str(g.value(node, SCHEMA.headline) or g.value(node, SCHEMA.name)),
                  _str(g.value(node, CT.citationText)))


def _start(g: Graph, node) -> int:
    """Where a report's citation stands in its article (its anchor's start; -1 if unknown)."""
    anchor = g.value(node, CT.anchor)
    for sel in g.objects(anchor, OA.hasSelector) if anchor is not None else ():
        if (sel, RDF.type, OA.TextPositionSelector) in g:
            return whole_number(g.value(sel, OA.start), -1)
    return -1


def _chain(g: Graph, claim, reports) -> tuple[tuple[str, ...], ...]:
    """Names of the sources behind a claim and the reports it is cited to, level by level (a source
    and the one it quotes are two levels; two sources side by side, one), each name once. A report
    derives from the accounts of every statement it carries (its chain in the data model); a claim's
    own are the ones it names, so an account is followed from the claim or another account only,
    and from a report only the reports it was credited from (AFP=時事)."""
    levels, named, seen, frontier = [], set(), {claim, *reports}, [claim, *reports]
    while frontier:
        nxt, level = [], []
        for node in frontier:
            from_report = node != claim and (node, RDF.type, CT.Account) not in g
            for p in (PROV.wasQuotedFrom, PROV.wasDerivedFrom):
                for up in sorted(g.objects(node, p)):
                    if up in seen or from_report and (up, RDF.type, CT.Account) in g:
                        continue
                    seen.add(up)
                    name = _name(g, up)
                    if name not in named:
                        named.add(name)
                        level.append(name)
                    nxt.append(up)
        if level:
            levels.append(tuple(sorted(level)))
        frontier = nxt
    return tuple(levels)


def via_text(via: tuple[tuple[str, ...], ...]) -> str:
    """タス通信 ← 国営メディア: nearest first; sources side by side joined with " / "."""
    return " ← ".join(" / ".join(level) for level in via)


def cited_order(relayed: bool, at: int) -> tuple[bool, int]:
    """Where a report of a claim, its citation at `at`, comes among the claim's: those covering it
    (a block's, a source line's) first, then those it relays (`relayed`: their outlet speaks it or
    is a source it names, タス通信によると…, …とロイター通信が伝えた), each in the text's order (時事通信 /
    タス通信; The BBC / Reuters)."""
    return relayed, at


def _relayed(g: Graph, claim, report) -> bool:
    """Whether the outlet of one of a claim's reports speaks the claim or is a source it names."""
    outlet = g.value(report, SCHEMA.publisher)
    if outlet is None:
        return False
    return (claim, PROV.wasAttributedTo, outlet) in g or any(
        (account, PROV.wasAttributedTo, outlet) in g for p in (PROV.wasDerivedFrom, PROV.wasQuotedFrom) for account in g.objects(claim, p))


def report_columns(reports) -> tuple[str, str]:
    """The outlets of a claim's reports and their dates, each outlet and date once, in the same
    order: the date once where all have it (BBC / Reuters, 2024-07-09), else each in turn, "?"
    where unknown (時事通信 / タス通信, 2024-07-03 / ?)."""
    pairs = list(dict.fromkeys((r.outlet.name if r.outlet else "?", r.date or "?") for r in reports))
    if all(o == "?" for o, _ in pairs):
        pairs = []
    dates = list(dict.fromkeys(d for _, d in pairs))
    return (" / ".join(dict.fromkeys(o for o, _ in pairs)) if len(dates) <= 1 else " / ".join(o for o, _ in pairs),
            "" if dates in ([], ["?"]) else dates[0] if len(dates) == 1 else " / ".join(d for _, d in pairs))


def claim_facts(g: Graph) -> list[Facts]:
    """Every claim in `g`, in the order of the article's text."""
    out = []
    for c in set(g.subjects(RDF.type, SCHEMA.Claim)):
        art = g.value(c, SCHEMA.appearance)
        anchor = g.value(c, CT.anchor)
        start = end = -1
        exact = prefix = suffix = ""
        for sel in g.objects(anchor, OA.hasSelector) if anchor is not None else ():
            if (sel, RDF.type, OA.TextPositionSelector) in g:
                start, end = whole_number(g.value(sel, OA.start)), whole_number(g.value(sel, OA.end))
            elif (sel, RDF.type, OA.TextQuoteSelector) in g:
                exact, prefix, suffix = (str(g.value(sel, p) or "") for p in (OA.exact, OA.prefix, OA.suffix))
        cited = sorted(g.objects(c, SCHEMA.citation), key=lambda r: (*cited_order(_relayed(g, c, r), _start(g, r)), str(r)))
        reports = tuple(_report(g, r) for r in cited)
        # the speakers that publish a cited report in the reports' order (the text's), so that a
        # joint attribution reads the same in each column: "時事通信 / 共同通信" twice; the others by name
        published = [rep.outlet.iri for rep in reports if rep.outlet]
        speakers = sorted((agent(g, s) for s in g.objects(c, PROV.wasAttributedTo)),
                          key=lambda a: (published.index(a.iri) if a.iri in published else len(published), a.name))
        source = g.value(art, DCTERMS.source) if art is not None else None
        types = [str(t)[len(str(SCHEMA)):] for t in g.objects(art, RDF.type) if str(t).startswith(str(SCHEMA))] if art is not None else []
        out.append(Facts(
            iri=str(c), article=str(art or ""), article_url=_str(source),
            article_title=_str(g.value(art, SCHEMA.headline)) if art is not None else None,
            article_site=_str(g.value(g.value(art, SCHEMA.publisher), SCHEMA.name)) if art is not None else None,
            article_date=_str(g.value(art, SCHEMA.datePublished)) if art is not None else None,
            article_type=types[0] if types else "Article",
            language=_str(g.value(art, SCHEMA.inLanguage)) if art is not None else None,
            line=whole_number(g.value(c, CT.line), 0),
            kind=next((_KIND_BY_CLASS[t] for t in g.objects(c, RDF.type) if t in _KIND_BY_CLASS), "claim"),
            text=str(g.value(c, SCHEMA.text) or ""), text_lang=getattr(g.value(c, SCHEMA.text), "language", None), start=start, end=end, exact=exact, prefix=prefix, suffix=suffix,
            speakers=tuple(speakers),
            mention=_str(g.value(c, CT.speakerMention)), cue=_str(g.value(c, CT.cue)),
            attitude=claim_attitude(g, c),
            date=_str(g.value(c, SCHEMA.datePublished)), report=reports[0] if reports else None, reports=reports,
            via=_chain(g, c, cited),
            generated=_str(g.value(art, PROV.generatedAtTime)) if art is not None else None,
        ))
    out.sort(key=lambda f: (f.article, f.start, f.end))
    return out

