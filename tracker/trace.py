"""One claim as a fact-checker asks about it: everything the store knows of it (`tracker show`),
and the lineage of what it says across articles (`tracker trace`, the named query `lineage`).

Both take a claim's ID in any form a command prints (the IRI, `id:claim/…`, `KEY/START-END`) and
answer "no such claim" (BadInput) for one the store does not hold.
"""
from __future__ import annotations

from dataclasses import dataclass

from .backend import Backend, Results
from .errors import BadInput
from .formats.facts import cited_order
from .graph import whole_number
from .query import PREFIX_MAP, find_claim, named, run
from .store import iri_ref


def lineage(store: Backend, ident: str, *, limit: int = 1000) -> Results:
    """The named query `lineage` for the claim `ident` names: every rendering, oldest first."""
    return run(store, named("lineage", {"claim": find_claim(store, ident)}), timeout=None, limit=limit)


@dataclass(frozen=True)
class Carrier:
    date: str                   # its article's, else its report's, else the statement's
    article: str
    speaker: str
    outlet: str
    reported: str
    lang: str
    similarity: str
    changes: str
    text: str
    claim: str
    linked_to: str
    published: str = ""         # its article's date


def carriers(res: Results) -> list[Carrier]:
    """The carriers of a lineage, oldest first, each with what it changed in the words of the
    earliest rendering in its language, and how alike the two are; the earliest in another
    language than the first is its translation (alike in what both name and count). Named so,
    from the texts and their dates, the changes do not depend on which article the store met
    first (a link's own are against the rendering it was linked to).

    A rendering's date is its article's (else its report's, else the statement's): a blog of the
    5th citing a report of the 4th carried the words on the 5th. Of one day, the one citing the
    earlier report first, then the fullest (a trimmed quote is no original to measure the full one
    against), and what differs is said to be of the same day: nothing tells which came first. A
    rendering of no known date comes last."""
    from .likeness import changes, named_alike, quoted_words, shingles, similarity, units

    def v(row, name):
        term = row.get(name)
        return term.get("value", "") if isinstance(term, dict) else ""

    rows = [{name: v(r, name) for name in ("date", "article", "speaker", "outlet", "reported", "lang", "text", "content",
                                           "claim", "linked_to", "article_date")} for r in res.rows]
    for row in rows:
        row["words"] = quoted_words(row["content"] or row["text"])      # what linking compares
        row["when"] = row["article_date"] or row["reported"] or row["date"]
    rows.sort(key=lambda row: (not row["when"], row["when"], not row["reported"], row["reported"],
                               -len(units(row["words"])), row["claim"]))
    first_in: dict[str, dict] = {}
    for row in rows:
        first_in.setdefault(row["lang"], row)
    out = []
    for row in rows:
        base, parts, alike = first_in[row["lang"]], [], ""
        if row is rows[0]:
            pass
        elif row is base:
            parts.append(f"translated ({rows[0]['lang']} ↔ {row['lang']}, the same day)" if _same_day(row, rows[0]) else
                         f"translated ({rows[0]['lang']} → {row['lang']})")
            alike = _decimal(named_alike(rows[0]["content"] or rows[0]["text"], row["content"] or row["text"]))   # as linking
        else:
            ch = changes(base["words"], row["words"])
            parts += [f"added: {' / '.join(ch.added)}"] if ch.added else []
            parts += [f"dropped: {' / '.join(ch.dropped)}"] if ch.dropped else []
            parts += [f"replaced: {' / '.join(f'{a} → {b}' for a, b in ch.replaced)}"] if ch.replaced else []
            if parts and _same_day(row, base):
                parts.insert(0, "the same day")
            parts += [] if parts else ["same words"]
            alike = _decimal(similarity(shingles(base["words"]), shingles(row["words"]))[0])
        out.append(Carrier(row["when"], row["article"], row["speaker"], row["outlet"], row["reported"], row["lang"],
                           alike, "; ".join(parts), row["text"], row["claim"], row["linked_to"], row["article_date"]))
    return out


def _same_day(a: dict, b: dict) -> bool:
    return bool(a["when"]) and a["when"] == b["when"]


def _decimal(x: float) -> str:
    return format(round(x, 3), "g")


SHOW = """
SELECT ?text ?kind ?stance ?quoted ?cue ?act ?mention ?said ?line ?start ?end ?article ?headline ?published ?same WHERE {
  ?_claim schema:text ?text ; schema:appearance ?a .
  OPTIONAL { ?_claim a ?k . FILTER (?k IN (ct:ReportedSpeech, ct:ReportedFact, ct:AuthorAssertion, ct:AuthorOpinion))
             BIND (STRAFTER(STR(?k), "#") AS ?kind) }
  OPTIONAL { ?_claim ct:stance ?s . BIND (STRAFTER(STR(?s), "#") AS ?stance) }
  OPTIONAL { ?_claim ct:quoted ?quoted }
  OPTIONAL { ?_claim ct:cue ?cue }
  OPTIONAL { ?_claim rdf:predicate ?p . BIND (STRAFTER(STR(?p), "#") AS ?act) }
  OPTIONAL { ?_claim ct:speakerMention ?mention }
  OPTIONAL { ?_claim schema:datePublished ?said }
  OPTIONAL { ?_claim ct:line ?line }
  OPTIONAL { ?_claim ct:anchor/oa:hasSelector ?sel . ?sel oa:start ?start ; oa:end ?end }
  OPTIONAL { ?a dcterms:source ?origin }
  BIND (COALESCE(?origin, ?a) AS ?article)
  OPTIONAL { ?a schema:headline ?headline }
  OPTIONAL { ?a schema:datePublished ?published }
  OPTIONAL { ?_claim ct:sameStatement ?same }
} LIMIT 1
"""

SPEAKERS = """
SELECT ?speaker ?name (GROUP_CONCAT(DISTINCT ?alias; separator=", ") AS ?aliases) (SAMPLE(?wd) AS ?wikidata) WHERE {
  ?_claim prov:wasAttributedTo ?speaker .
  OPTIONAL { ?speaker schema:name ?name }
  OPTIONAL { ?speaker schema:alternateName ?alias }
  OPTIONAL { ?speaker schema:sameAs ?wd }
} GROUP BY ?speaker ?name
"""

REPORTS = """
SELECT ?report ?outlet ?reported ?report_headline ?citation ?start ?relayed WHERE {
  ?_claim schema:citation ?report .
  OPTIONAL { ?report schema:publisher ?publisher . OPTIONAL { ?publisher schema:name ?outlet } }
  # a report it relays: its outlet speaks the claim or is a source the claim names (formats.facts.cited_order)
  BIND (BOUND(?publisher) && (EXISTS { ?_claim prov:wasAttributedTo ?publisher }
        || EXISTS { ?_claim prov:wasDerivedFrom|prov:wasQuotedFrom ?account . ?account prov:wasAttributedTo ?publisher }) AS ?relayed)
  OPTIONAL { ?report schema:datePublished ?reported }
  OPTIONAL { ?report schema:headline ?report_headline }
  OPTIONAL { ?report ct:citationText ?citation }
  OPTIONAL { ?report ct:anchor/oa:hasSelector/oa:start ?start }
} ORDER BY ?start ?report
"""

REVIEWS = """
SELECT ?review ?rating ?author ?url WHERE {
  ?review schema:itemReviewed ?_claim .
  OPTIONAL { ?review schema:reviewRating/schema:alternateName ?rating }
  OPTIONAL { ?review schema:author/schema:name ?author }
  OPTIONAL { ?review schema:url ?url }
}
"""

RENDERINGS = """
SELECT (COUNT(DISTINCT ?other) AS ?n) WHERE {
  ?_claim ct:sameStatement* ?root . FILTER NOT EXISTS { ?root ct:sameStatement ?up }
  ?other ct:sameStatement* ?root ; schema:text ?said .      # in the store still: a removed reference's IRI is not counted
}
"""


def show(store: Backend, ident: str) -> dict:
    """Everything the store knows of one claim, as plain values (JSON-ready)."""
    iri = find_claim(store, ident)

    def rows(text: str, limit: int = 100) -> list[dict]:
        res = store.select(text.replace("?_claim", iri_ref(iri)), prefixes=PREFIX_MAP, limit=limit)
        return [{k: t.get("value", "") for k, t in row.items() if isinstance(t, dict)} for row in res.rows]

    found = rows(SHOW, 1)
    if not found:                         # removed since it was found
        raise BadInput(f"no such claim {ident!r} in the store at {store.location}")
    main = found[0]
    main["claim"] = iri
    main["speakers"] = rows(SPEAKERS)
    # every report it is cited to (a joint attribution: one an outlet), as the text names them; the first as before
    reports = sorted({r["report"]: r for r in rows(REPORTS)}.values(),
                     key=lambda r: cited_order(r.get("relayed") in ("true", "1"), whole_number(r.get("start"), -1)))
    main["reports"] = [{k: v for k, v in r.items() if k not in ("start", "relayed")} for r in reports]
    main.update(main["reports"][0] if main["reports"] else {})
    main["chain"] = [{k: t.get("value", "") for k, t in row.items() if isinstance(t, dict)}
                     for row in run(store, named("chain", {"claim": iri}), timeout=None, limit=100).rows]
    main["reviews"] = rows(REVIEWS)
    n = rows(RENDERINGS, 1)
    main["renderings"] = int(n[0].get("n", "1")) if n and n[0].get("n", "").isdigit() else 1
    for key in ("line", "start", "end"):          # numbers as numbers, for a script
        if key in main:
            main[key] = whole_number(main[key], None)
    if "quoted" in main:
        main["quoted"] = main["quoted"] in ("true", "1")
    return main


def show_text(info: dict) -> str:
    """`show`'s answer for a person: a line a fact, through the terminal guard."""
    from .guard import for_terminal
    from .query import short_iri

    lines: list[tuple[str, str]] = [("claim", short_iri(info["claim"])), ("text", info.get("text", ""))]
    kind = " ".join(x for x in (info.get("kind"), info.get("stance") and f"({info['stance']})",
                                info.get("quoted") is True and "quoted") if x)
    lines.append(("kind", kind))
    for sp in info["speakers"]:
        name = sp.get("name", "") + (f" — also {sp['aliases']}" if sp.get("aliases") else "")
        lines.append(("speaker", f"{name} [{short_iri(sp['speaker'])}]" + (f" {sp['wikidata']}" if sp.get("wikidata") else "")))
    lines += [("as written", info.get("mention", "")), ("cue", " ".join(x for x in (info.get("cue"), info.get("act") and f"({info['act']})") if x)),
              ("said on", info.get("said", ""))]
    for rep in info["reports"]:
        cited = ", ".join(x for x in (rep.get("outlet"), rep.get("reported") or "no date given", rep.get("report_headline")) if x)
        lines.append(("cited to", f"{cited} [{short_iri(rep['report'])}]"))
        lines.append(("citation", rep.get("citation", "")))
    if not info.get("report"):
        lines.append(("cited to", "nothing: uncited"))
    told: set[str] = set()              # a source the claim derives from and its report came via: once
    for step in info["chain"]:
        if step.get("step") in ("derived from", "via") and step.get("source", "") not in told:
            told.add(step.get("source", ""))
            name, publisher = step.get("name", ""), step.get("publisher", "")     # 米CNN's account, published by CNN: once
            what = ", ".join(x for x in (name, "" if publisher in name else publisher, step.get("date")) if x)
            lines.append((step["step"], f"{what} ({step.get('kind', '')}) [{short_iri(step.get('source', ''))}]"))
    where = info.get("article", "") + (f", line {info['line']}" if info.get("line") else "") + \
        (f", characters {info['start']}–{info['end']}" if info.get("start") else "")
    lines += [("article", where), ("headline", info.get("headline", "")), ("published", info.get("published", ""))]
    for rv in info["reviews"]:
        lines.append(("review", " — ".join(x for x in (rv.get("rating"), rv.get("author"), rv.get("url")) if x)))
    if info["renderings"] > 1:
        lines.append(("same statement", f"{info['renderings']} renderings in the store: tracker trace {short_iri(info['claim'])}"))
    width = max(len(k) for k, _ in lines)
    return "".join(f"{k.ljust(width)}  {for_terminal(v, one_line=True)}\n" for k, v in lines if v)


def carriers_table(res: Results, *, for_person: bool = False) -> Results:
    """The lineage as `trace` gives it: a row a carrier, oldest first, with what it changed; for a
    person, IDs short (id:claim/…) and the reference marked, else IRIs and values as they are."""
    from .query import short_iri

    def term(name: str, value: str) -> dict:
        if name == "claim":
            return {"type": "literal", "value": short_iri(value)} if for_person else {"type": "uri", "value": value}
        return {"type": "literal", "value": value}

    return Results(("date", "article", "speaker", "outlet", "reported", "similarity", "changes", "claim"), [
        {k: term(k, v) for k, v in
         (("date", c.date), ("article", c.article), ("speaker", c.speaker), ("outlet", c.outlet), ("reported", c.reported),
          ("similarity", c.similarity or ("first" if for_person else "")), ("changes", c.changes), ("claim", c.claim)) if v}
        for c in carriers(res)], res.truncated)


def trace_text(res: Results) -> str:
    """`trace`'s answer for a person: the statement, the earliest report, then every carrier."""
    from .guard import for_terminal
    from .likeness import quoted_words
    from .query import to_table
    from .report import counted

    found = carriers(res)
    if not found:
        return "no renderings\n"
    first = next((c for c in found if c.reported), found[0])
    root = found[0]
    tied = sum(1 for c in found[1:] if c.date and c.date == root.date)
    head = [f"statement: «{quoted_words(root.text)}»" + (f" — {root.speaker}" if root.speaker else "") +
            f" (earliest in: {root.article}" + (f"; {counted(tied, 'other')} of the same day" if tied else "") + ")",
            f"earliest report: {', '.join(x for x in (first.outlet, first.reported) if x) or 'none cited'} "
            f"(in {first.article})",
            f"carried by {counted(len(found), 'claim')} in {counted(len({c.article for c in found}), 'article')}"
            + (" at least (--limit reached)" if res.truncated else "") + "; "
            "changes against the earliest rendering in each language:"]
    return "".join(for_terminal(line, one_line=True) + "\n" for line in head) + to_table(carriers_table(res, for_person=True))
