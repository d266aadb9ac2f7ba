"""Claims to RDF, per `docs/data-model.md`, and back.

One named graph per article, its IRI from the article's content hash; shared entities (outlets,
people and organisations known by name) in one entities graph, so that articles link up. Every
IRI is derived from content, so extracting the same article twice yields the same IRIs.

Over 400 lines because `claims_to_graph` and `graph_to_claims` are a pair: kept side by side, a
change to what is written is seen beside what is read back (the round trip is a property test).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD
from rdflib.store import Store

from . import __version__, lexicon
from .prefixes import use_prefix_names
from .model import UNNAMED_AUTHOR, Citation, Claim, Extraction, Speaker, Via
from .vocab import CT, CT_IRI, DCTERMS, ID, OA, PROV, SCHEMA, WD

ENTITIES_GRAPH = ID["graph/entities"]
SOFTWARE = ID[f"software/claim-tracker/{__version__}"]

_KIND_CLASS = {
    "reported_speech": CT.ReportedSpeech,
    "reported_fact": CT.ReportedFact,
    "author_assertion": CT.AuthorAssertion,
    "author_opinion": CT.AuthorOpinion,
}
_SPEAKER_TYPES = {
    "person": (PROV.Person, SCHEMA.Person),
    "organization": (PROV.Organization, SCHEMA.Organization),
    "anonymous": (CT.AnonymousSource,),
    "document": (CT.Document,),
    "media": (SCHEMA.NewsMediaOrganization, PROV.Organization),
    "author": (CT.ArticleAuthor,),
}
_SHARED_KINDS = ("person", "organization", "media")


def _h(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def _slug(name: str) -> str:
    return quote(name.strip(), safe="")


# datatypes the model writes that stores keep as their base type (Oxigraph keeps an
# xsd:nonNegativeInteger or xsd:positiveInteger as an xsd:integer): `as_written` gives them back
# on the way out, each where the value is one (a line 0 stays an xsd:integer)
WRITTEN_AS = {OA.start: XSD.nonNegativeInteger, OA.end: XSD.nonNegativeInteger, CT.line: XSD.positiveInteger}
_LEAST = {XSD.nonNegativeInteger: 0, XSD.positiveInteger: 1}


def source_iri(article) -> str | None:
    """Where the article came from: its URL, or its file as a file: IRI. Versions of one
    article share it, which is how a changed text is recognised as a revision."""
    if article.url:
        return iri_of(article.url)
    if article.source and article.source != "-":
        return Path(article.source).resolve().as_uri()
    return None


def article_key(sha256: str) -> str:
    return sha256[:16]


_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f]')


def iri_of(url: str) -> str:
    """A URL as an IRI: the characters an IRI may not hold (spaces, controls, <>"{}|\\^ and the
    backtick, all of which a browser's address bar accepts) percent-encoded, as browsers send them."""
    return _NOT_IN_IRI.sub(lambda m: "".join(f"%{b:02X}" for b in m[0].encode("utf-8")), url)


def article_iri(sha256: str) -> URIRef:
    return ID[f"article/{article_key(sha256)}"]


def graph_iri(sha256: str) -> URIRef:
    return ID[f"graph/{article_key(sha256)}"]


def claim_iri(sha256: str, claim: Claim) -> URIRef:
    return ID[f"claim/{article_key(sha256)}/{claim.start}-{claim.end}"]


def outlet_iri(key: str) -> URIRef:
    return ID["outlet/" + (key if not key.startswith("name:") else _slug(key[5:]))]


def speaker_iri(sp: Speaker, sha256: str) -> URIRef:
    if sp.kind == "media":
        o = lexicon.find_outlet(sp.name)
        return outlet_iri(o.key if o else "name:" + sp.name)
    if sp.kind in _SHARED_KINDS and not _common_noun(sp.name):
        return ID[f"agent/{_slug(_canonical(sp))}"]
    if sp.kind == "author":       # (an author the article does not name is its own: no one shares it)
        return ID[f"author/{article_key(sha256)}" if sp.name == UNNAMED_AUTHOR else f"author/{_slug(sp.name)}"]
    return ID[f"source/{article_key(sha256)}/{_slug(sp.name)}"]


def _common_noun(name: str) -> bool:
    """A name in a script with capitals that has none (the company, the ministry): a description,
    whose referent this article alone knows, not a name another article's speaker could share."""
    return name.lower() == name and name.upper() != name


def report_iri(c: Citation, title: str | None, sha256: str, again: bool = False) -> URIRef:
    """The report as cited in this article (its marker, line and anchor are this article's).
    `again`: the article cites the same report a second time (two passages quoted from one
    article under the same headline); each citation is its own node, with its own anchor."""
    key = _h(c.outlet, c.date, c.kind, title or c.start)
    return ID[f"report/{article_key(sha256)}/{_h(key, c.start) if again else key}"]


def work_iri(c: Citation, title: str | None) -> URIRef | None:
    """The report itself, shared by every article that cites it: the same outlet, date and
    headline (or, for a credited broadcast, the same credit and date)."""
    if c.kind == "credit":        # without a date, the credit alone would join different broadcasts
        return ID[f"work/{_h(c.outlet_written, c.date)}"] if c.date else None
    if title and c.date:
        return ID[f"work/{_h(c.outlet, c.date, title)}"]
    return None


def account_iri(v: Via) -> URIRef:
    # shared across articles: one source, many relays (an outlet by the registry's name, however written)
    name = _canonical(v.source) if v.source.kind == "media" else v.source.name
    return ID[f"account/{_h(v.source.kind, name, v.cue)}"]


class _Split:
    """Adds each triple to the article's graph, or to the shared entities graph when its subject
    is not the article's own (outlets, people, works, accounts): a triple stored in every
    article's graph would repeat in the union that queries read. A triple already added (an
    outlet's name, written again for each claim citing it) is not added again: rdflib's store
    would find it there, at the cost of a full insertion."""

    def __init__(self, article: Graph, entities: Graph, key: str, *, once: bool = True):
        self.article, self.entities, self.key = article, entities, key
        self._added: set | None = set() if once else None      # not for a store that is a set already

    def add(self, triple) -> None:
        if self._added is not None:
            if triple in self._added:
                return
            self._added.add(triple)
        s = str(triple[0])
        own = f"/{self.key}/" in s or s.endswith(f"/{self.key}") or f"/{self.key}#" in s
        (self.article if own else self.entities).add(triple)


def claims_to_graph(ex: Extraction, *, generated_at: datetime | None = None, store: Store | None = None) -> Dataset:
    """The article's named graph and the shared entities it uses, as one Dataset (in rdflib's
    `Memory` store, or in `store`: `compact.CompactStore` to write it out)."""
    ds = Dataset(store=store) if store is not None else Dataset()
    bind_prefixes(ds)
    _claims(ex, _Split(ds.graph(graph_iri(ex.article.sha256)), ds.graph(ENTITIES_GRAPH), article_key(ex.article.sha256),
                       once=store is None), generated_at)
    return ds


def claims_into(ex: Extraction, graph: Graph, *, generated_at: datetime | None = None) -> Graph:
    """The same triples, all in `graph` (what validation reads: pySHACL sees one graph)."""
    _claims(ex, _Split(graph, graph, article_key(ex.article.sha256)), generated_at)
    return graph


def _claims(ex: Extraction, g: _Split, generated_at: datetime | None) -> None:
    art = ex.article
    sha = art.sha256
    lang = art.lang
    a = article_iri(sha)

    # the article and how it was read
    g.add((a, RDF.type, SCHEMA.NewsArticle if _is_news(ex) else SCHEMA.BlogPosting))
    title = ex.layout.title or art.title
    if title:
        g.add((a, SCHEMA.headline, Literal(title, lang=lang)))
    if art.url:
        g.add((a, SCHEMA.url, Literal(art.url, datatype=XSD.anyURI)))
    origin = source_iri(art)
    if origin:
        g.add((a, DCTERMS.source, URIRef(origin)))
    site = ex.layout.site or art.site
    if site:
        pub = ID[f"site/{_slug(site)}"]
        g.add((a, SCHEMA.publisher, pub))
        g.add((pub, RDF.type, SCHEMA.Organization))
        g.add((pub, SCHEMA.name, Literal(site)))
    if art.published:
        g.add((a, SCHEMA.datePublished, Literal(art.published.isoformat(), datatype=XSD.date)))
    g.add((a, SCHEMA.inLanguage, Literal(lang)))
    g.add((a, CT.sha256, Literal(sha)))
    g.add((a, SCHEMA.text, Literal(art.text)))
    g.add((a, CT.yearSource, Literal(ex.year_source)))
    if art.evidence:        # the page as fetched: kept in the cache under its SHA-256
        ev = art.evidence
        page = ID[f"page/{article_key(sha)}/{ev.sha256[:16]}"]
        g.add((a, PROV.wasDerivedFrom, page))
        g.add((page, RDF.type, PROV.Entity))
        g.add((page, SCHEMA.url, Literal(ev.final_url, datatype=XSD.anyURI)))
        g.add((page, PROV.generatedAtTime, Literal(ev.retrieved, datatype=XSD.dateTime)))
        g.add((page, CT.sha256, Literal(ev.sha256)))
        g.add((page, SCHEMA.encodingFormat, Literal(ev.media_type)))
    g.add((a, PROV.generatedAtTime, Literal((generated_at or datetime.now(timezone.utc)).isoformat(timespec="seconds"), datatype=XSD.dateTime)))
    gi = graph_iri(sha)
    g.add((gi, RDF.type, PROV.Bundle))
    g.add((gi, SCHEMA.about, a))
    g.add((gi, PROV.wasAttributedTo, SOFTWARE))
    g.add((SOFTWARE, RDF.type, PROV.SoftwareAgent))
    g.add((SOFTWARE, SCHEMA.name, Literal("Claim Tracker")))
    g.add((SOFTWARE, SCHEMA.softwareVersion, Literal(__version__)))

    # reports, and the credits they derive from
    reports: dict[int, URIRef] = {}
    taken: set[URIRef] = set()
    for i, c in enumerate(ex.citations):
        title = ex.layout.blocks[c.block].title if c.block is not None and c.kind != "credit" else None
        node = report_iri(c, title, sha)
        if node in taken:
            node = report_iri(c, title, sha, again=True)
        reports[i] = node
        taken.add(node)
        kind = SCHEMA.CreativeWork if c.kind == "credit" else SCHEMA.NewsArticle
        g.add((node, RDF.type, kind))
        out = outlet_iri(c.outlet)
        g.add((node, SCHEMA.publisher, out))
        _outlet(g, c, out)
        work = work_iri(c, title)
        if work is not None:
            g.add((node, PROV.specializationOf, work))
            g.add((work, RDF.type, kind))
            g.add((work, SCHEMA.publisher, out))
            g.add((work, SCHEMA.datePublished, Literal(c.date.isoformat(), datatype=XSD.date)))
            g.add((work, SCHEMA.headline if title else SCHEMA.name, Literal(title or c.outlet_written, lang=lang)))
        if c.date:
            g.add((node, SCHEMA.datePublished, Literal(c.date.isoformat(), datatype=XSD.date)))
        if c.date_note:
            g.add((node, CT.dateNote, Literal(c.date_note)))
        if c.kind == "credit":
            g.add((node, SCHEMA.name, Literal(c.outlet_written, lang=lang)))
        if title:
            g.add((node, SCHEMA.headline, Literal(title, lang=lang)))
        g.add((node, CT.citationText, Literal(c.text.strip(), lang=lang)))
        g.add((node, CT.line, Literal(art.line_of(c.start), datatype=WRITTEN_AS[CT.line])))
        g.add((node, CT.anchor, _anchor(g, node, art, c.start, c.end)))
    for i, c in enumerate(ex.citations):
        for u in c.upstream:
            g.add((reports[i], PROV.wasDerivedFrom, reports[u]))

    # the primary sources each report rests on: its credits and the accounts its claims relay,
    # else the report itself (as the work shared across articles)
    primaries: dict[int, set[URIRef]] = {i: set() for i in reports}
    for i, c in enumerate(ex.citations):
        for u in c.upstream:
            primaries[i].add(work_iri(ex.citations[u], None) or reports[u])
    for cl in ex.claims:
        for k in cl.cited_to:
            primaries[k].update(account_iri(v) for v in cl.via if v.credit is None)
    for i, c in enumerate(ex.citations):
        if c.kind == "credit":
            continue
        title = ex.layout.blocks[c.block].title if c.block is not None else None
        for p in primaries[i] or {work_iri(c, title) or reports[i]}:
            g.add((reports[i], CT.primarySource, p))

    # claims
    for cl in ex.claims:
        node = claim_iri(sha, cl)
        g.add((node, RDF.type, SCHEMA.Claim))
        g.add((node, RDF.type, _KIND_CLASS[cl.kind]))
        g.add((node, RDF.type, RDF.Statement))
        g.add((node, SCHEMA.text, Literal(cl.text, lang=lang)))
        g.add((node, SCHEMA.appearance, a))
        g.add((node, CT.line, Literal(cl.line, datatype=WRITTEN_AS[CT.line])))
        g.add((node, CT.anchor, _anchor(g, node, art, cl.start, cl.end)))
        g.add((node, CT.stance, CT[cl.stance]))
        g.add((node, CT.quoted, Literal(cl.quoted)))
        for k, sp in enumerate(cl.speakers):
            sn = speaker_iri(sp, sha)
            _speaker(g, sn, sp)
            g.add((node, PROV.wasAttributedTo, sn))
            if k == 0:
                g.add((node, RDF.subject, sn))
        g.add((node, RDF.predicate, CT[cl.act]))
        if cl.kind == "reported_speech":
            g.add((node, CT.attitude, CT[cl.attitude.capitalize()]))
        g.add((node, RDF.object, Literal(cl.content, lang=lang)))
        if cl.mention:
            g.add((node, CT.speakerMention, Literal(cl.mention, lang=lang)))
        if cl.cue:
            g.add((node, CT.cue, Literal(cl.cue, lang=lang)))
        for k in cl.cited_to:         # a joint attribution: a report of each outlet
            g.add((node, SCHEMA.citation, reports[k]))
        if cl.date:
            g.add((node, SCHEMA.datePublished, Literal(cl.date.isoformat(), datatype=XSD.date)))
        if cl.date_note:
            g.add((node, CT.dateNote, Literal(cl.date_note)))
        if cl.nearby is not None:
            g.add((node, CT.nearbyReport, reports[cl.nearby]))
        for v in cl.via:
            vn = reports[v.credit] if v.credit is not None else _account(g, v, sha)
            g.add((node, PROV.wasQuotedFrom if cl.quoted and v.credit is None else PROV.wasDerivedFrom, vn))
            for k in cl.cited_to if v.credit is None else ():
                if vn != reports[k]:
                    g.add((reports[k], PROV.wasDerivedFrom, vn))


def bind_prefixes(g: Graph) -> None:
    """Our prefixes; schema: is http://schema.org/ (rdflib's default binds the https form). The
    graph names its IRIs with `PrefixNames`, in time linear in the graph."""
    use_prefix_names(g)
    for prefix, ns in (("schema", SCHEMA), ("ct", CT_IRI), ("prov", PROV), ("oa", OA), ("id", ID), ("wd", WD)):
        g.bind(prefix, ns, override=True, replace=True)


def _is_news(ex: Extraction) -> bool:
    site = ex.layout.site or ex.article.site
    return bool(site and lexicon.find_outlet(site))


def as_written(quads):
    """pyoxigraph quads read from a store, each value in the datatype the model wrote it in."""
    import pyoxigraph as ox

    wanted = {str(p): (ox.NamedNode(str(t)), _LEAST[t]) for p, t in WRITTEN_AS.items()}
    integer = str(XSD.integer)
    for q in quads:
        o, (to, least) = q.object, wanted.get(q.predicate.value, (None, 0))
        if to is not None and isinstance(o, ox.Literal) and o.datatype.value == integer and _at_least(o.value, least):
            q = ox.Quad(q.subject, q.predicate, ox.Literal(o.value, datatype=to), q.graph_name)
        yield q


def whole_number(value, default: int | None = -1) -> int | None:
    """An offset or a line read from linked data: its value where its text is a whole number
    (digits, a sign at most), else `default`; "abc", 1e400 or a thousand digits are no offset,
    and locating or exporting a claim must not fail on them (the shapes report them)."""
    text = str(value).strip() if value is not None else ""
    digits = text[1:] if text[:1] in "+-" else text
    return int(text) if digits.isascii() and digits.isdigit() and len(digits) <= 18 else default


def _at_least(digits: str, least: int) -> bool:
    """Whether an xsd:integer's text is plain digits (no sign, no space: a server may give "00" or
    " 5") worth at least `least` (0 or 1), read without making a number of a thousand digits."""
    return digits.isascii() and digits.isdigit() and (least == 0 or digits.strip("0") != "")


def _anchor(g: _Split, node: URIRef, art, start: int, end: int) -> URIRef:
    anchor = URIRef(f"{node}#anchor")
    pos, quote_ = URIRef(f"{node}#position"), URIRef(f"{node}#quote")
    g.add((anchor, RDF.type, OA.SpecificResource))
    g.add((anchor, OA.hasSource, article_iri(art.sha256)))
    g.add((anchor, OA.hasSelector, pos))
    g.add((anchor, OA.hasSelector, quote_))
    g.add((pos, RDF.type, OA.TextPositionSelector))
    g.add((pos, OA.start, Literal(start, datatype=WRITTEN_AS[OA.start])))
    g.add((pos, OA.end, Literal(end, datatype=WRITTEN_AS[OA.end])))
    g.add((quote_, RDF.type, OA.TextQuoteSelector))
    g.add((quote_, OA.exact, Literal(art.text[start:end])))
    g.add((quote_, OA.prefix, Literal(art.text[max(0, start - 32):start])))
    g.add((quote_, OA.suffix, Literal(art.text[end:end + 32])))
    return anchor


def _outlet(g: _Split, c: Citation, node: URIRef) -> None:
    o = lexicon.outlets().get(c.outlet)
    g.add((node, RDF.type, SCHEMA.NewsMediaOrganization))
    g.add((node, RDF.type, PROV.Organization))
    name = lexicon.outlet_name(c.outlet, c.outlet_written) if o is None else o.name
    g.add((node, SCHEMA.name, Literal(name)))
    for alias in (*(o.aliases if o else ()), c.outlet_written):
        if alias != name:
            g.add((node, SCHEMA.alternateName, Literal(alias)))
    if o and o.wikidata:
        g.add((node, SCHEMA.sameAs, WD[o.wikidata]))


def _speaker(g: _Split, node: URIRef, sp: Speaker) -> None:
    for t in _SPEAKER_TYPES[sp.kind]:
        g.add((node, RDF.type, t))
    name = _canonical(sp)
    g.add((node, SCHEMA.name, Literal(name)))
    known = _registered(sp)
    for alias in (sp.name, *sp.aliases, *(known.aliases if known else ())):      # every name it is known by
        if alias and alias != name:
            g.add((node, SCHEMA.alternateName, Literal(alias)))
    if sp.wikidata:
        g.add((node, SCHEMA.sameAs, WD[sp.wikidata]))
    if known is None and sp.kind == "person" and str(node).startswith(str(ID["agent/"])):
        family = lexicon.family_name(sp.name)
        if family:                      # for `link`: the same surname alone elsewhere may be this person
            g.add((node, SCHEMA.familyName, Literal(family)))
    if sp.description and not str(node).startswith(str(ID["agent/"])):
        g.add((node, SCHEMA.description, Literal(sp.description)))


def _registered(sp: Speaker):
    """The registry's entry for a speaker the language found there (by a name it lists, with the
    same Wikidata ID, none for an entry without one)."""
    if sp.kind not in _SHARED_KINDS:
        return None
    ent = lexicon.find_entity(sp.name)
    return ent if ent is not None and ent.wikidata == sp.wikidata and ent.kind == sp.kind else None


def _canonical(sp: Speaker) -> str:
    """The name a shared speaker's IRI and schema:name take: the registry's, whatever the language
    wrote (Joe Biden, ジョー・バイデン: one person), else the name as the language gave it."""
    if sp.kind == "media" and (o := lexicon.find_outlet(sp.name)) is not None:
        return o.name           # as its reports' publisher is named (Xinhua: 新華社)
    ent = _registered(sp)
    return ent.name if ent is not None else sp.name


def _account(g: _Split, v: Via, sha: str) -> URIRef:
    node = account_iri(v)
    sn = speaker_iri(v.source, sha)
    _speaker(g, sn, v.source)
    g.add((node, RDF.type, CT.Account))
    g.add((node, PROV.wasAttributedTo, sn))
    g.add((node, SCHEMA.name, Literal(v.mention)))
    g.add((node, CT.cue, Literal(v.cue)))
    return node


# ---------------------------------------------------------------- and back

@dataclass(frozen=True)
class ClaimRow:
    """A claim as read back from a graph: what readers, exports and the evaluation see."""
    iri: str
    article: str
    text: str
    start: int
    end: int
    line: int
    kind: str
    speakers: tuple[str, ...]
    speaker_names: frozenset[str]   # every name and alias of every speaker, and the mention
    mention: str | None
    cue: str | None
    act: str | None
    attitude: str | None            # of reported speech: speech, belief, intention, finding
    content: str | None
    outlets: tuple[str, ...]
    outlet_names: frozenset[str]
    report_dates: tuple[str, ...]
    via: frozenset[str]
    date: str | None
    nearby: str | None


_KIND_BY_CLASS = {v: k for k, v in _KIND_CLASS.items()}


def _names(g: Graph, node) -> set[str]:
    return {str(o) for p in (SCHEMA.name, SCHEMA.alternateName, RDFS.label) for o in g.objects(node, p)}


def _upstream(g: Graph, node, seen: set) -> set[str]:
    out: set[str] = set()
    for up in g.objects(node, PROV.wasDerivedFrom):
        if up in seen:
            continue
        seen.add(up)
        out |= _names(g, up)
        for p in (SCHEMA.publisher, PROV.wasAttributedTo):
            for o in g.objects(up, p):
                out |= _names(g, o)
        out |= _upstream(g, up, seen)
    return out


def claim_attitude(g: Graph, claim) -> str | None:
    """What a claim's cue expresses, as `Claim.attitude` names it (speech, belief, …), or None."""
    term = g.value(claim, CT.attitude)
    return str(term).rsplit("#", 1)[-1].lower() if term is not None else None


def graph_to_claims(data: Graph | Dataset) -> list[ClaimRow]:
    """Every schema:Claim in the data (all graphs merged), in text order."""
    g = Graph()
    if isinstance(data, Dataset):
        for s, p, o, _ in data.quads((None, None, None, None)):
            g.add((s, p, o))
    else:
        g = data
    rows = []
    for c in set(g.subjects(RDF.type, SCHEMA.Claim)):
        kind = next((_KIND_BY_CLASS[t] for t in g.objects(c, RDF.type) if t in _KIND_BY_CLASS), "claim")
        speakers = tuple(sorted(str(next(iter(_names(g, s)), s)) for s in g.objects(c, PROV.wasAttributedTo)))
        names = set()
        for s in g.objects(c, PROV.wasAttributedTo):
            names |= _names(g, s)
        mention = g.value(c, CT.speakerMention)
        if mention:
            names.add(str(mention))
        outlets, onames, dates, via = [], set(), [], set()
        for r in g.objects(c, SCHEMA.citation):
            for pub in g.objects(r, SCHEMA.publisher):
                n = _names(g, pub)
                onames |= n
                outlets.append(str(g.value(pub, SCHEMA.name) or pub))
            dates.extend(str(d) for d in g.objects(r, SCHEMA.datePublished))
            via |= _upstream(g, r, set())
        via |= _upstream(g, c, set())
        anchor = g.value(c, CT.anchor)
        start = end = -1
        for sel in g.objects(anchor, OA.hasSelector) if anchor else ():
            if (sel, RDF.type, OA.TextPositionSelector) in g:
                start, end = whole_number(g.value(sel, OA.start)), whole_number(g.value(sel, OA.end))
        pred = g.value(c, RDF.predicate)
        d = g.value(c, SCHEMA.datePublished)
        rows.append(ClaimRow(
            iri=str(c), article=str(g.value(c, SCHEMA.appearance) or ""), text=str(g.value(c, SCHEMA.text) or ""),
            start=start, end=end, line=whole_number(g.value(c, CT.line), 0), kind=kind, speakers=speakers,
            speaker_names=frozenset(names), mention=str(mention) if mention else None,
            cue=str(g.value(c, CT.cue)) if g.value(c, CT.cue) else None,
            act=str(pred).rsplit("#", 1)[-1] if pred else None,
            attitude=claim_attitude(g, c),
            content=str(g.value(c, RDF.object)) if g.value(c, RDF.object) is not None else None,
            outlets=tuple(outlets), outlet_names=frozenset(onames), report_dates=tuple(dates),
            via=frozenset(via), date=str(d) if d else None,
            nearby=str(g.value(c, CT.nearbyReport)) if g.value(c, CT.nearbyReport) else None,
        ))
    rows.sort(key=lambda r: (r.article, r.start))
    return rows
