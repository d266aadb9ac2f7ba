"""What removing an article does to the links other articles made to it (`ingest.remove`).

Linking (`link.py`) gives each statement one reference, the first claim of it the store held: it
carries the keys later claims find it by, and they point to it (`ct:sameStatement`). When the
article holding a reference goes, what it carried must not go with it:

- **its bands** (`bands_handed_on`, before the graph is dropped): bands of words other references
  say too pass to the first of those, so that what is alike still finds them;
- **the claims that pointed into it** (`carriers_of`, before; `relinked`, after): their links
  would end at nothing. They are linked again as if they arrived now: each finds what else the
  store holds of its statement, or becomes a reference itself, with keys of its own; what linked
  to them stays linked to them. Their old links are dropped in one update and the new ones written
  in one write after it: a crash between leaves them unlinked and without keys (found by nothing
  new until ingested again), never linked to a claim that is gone.
"""
from __future__ import annotations

from rdflib import Graph

from .backend import Backend, given_iri, iri_ref
from .likeness import is_words_key
from .link import _PREFIXES, MAX_SAME_WORDS, Linker, _graph_of, _value
from .ntriples import Lit, line
from .renderings import renderings_of
from .vocab import CT, ID

# what a claim's own link says: dropped with the link, written again by linking it anew
_LINK = (CT.sameStatement, CT.similarity, CT.wordsAdded, CT.wordsDropped, CT.wordsReplaced)


def bands_handed_on(store: Backend, graph: str) -> list[tuple[str, str]]:
    """Before an article's graph is dropped: the bands its references carry for words other
    references say too, given to the first of those (in its own graph), so that what is alike
    still finds them. The parts to write."""
    held: dict[str, list[str]] = {}
    for row in store.select(_PREFIXES + f"""SELECT ?c ?k WHERE {{ GRAPH {iri_ref(graph)} {{ ?c ct:minhashBand ?k }} }}""").rows:
        held.setdefault(given_iri(row, "c"), []).append(_value(row, "k") or "")
    out: dict[str, list[str]] = {}
    for claim, keys in sorted(held.items()):
        words, banded = [k for k in keys if is_words_key(k)], sorted(k for k in keys if k and not is_words_key(k))
        if len(words) != 1 or not banded:
            continue
        others = sorted(ref for _, ref in store.subjects_with(str(CT.minhashBand), words, limit=MAX_SAME_WORDS)
                        if _graph_of(ref) not in (graph, str(ID["graph/entities"])))
        if others:
            out.setdefault(_graph_of(others[0]), []).extend(line((others[0], CT.minhashBand, Lit(b))) for b in banded)
    return [(g, "".join(lines)) for g, lines in out.items()]


def carriers_of(store: Backend, graph: str) -> dict[str, set[str]]:
    """Before an article's graph is dropped: the claims of other articles linked to one of its
    claims, by their graph."""
    rows = store.select(_PREFIXES + f"""SELECT DISTINCT ?c ?g WHERE {{
        GRAPH {iri_ref(graph)} {{ ?x rdf:object ?o }} GRAPH ?g {{ ?c ct:sameStatement ?x }} }}""").rows
    out: dict[str, set[str]] = {}
    for row in rows:
        if (g := given_iri(row, "g")) != graph:
            out.setdefault(g, set()).add(given_iri(row, "c"))
    return out


def relinked(store: Backend, carriers: dict[str, set[str]]) -> int:
    """After the graph they linked into is dropped: the links of `carriers` (`carriers_of`) are
    dropped and each is linked again to what the store holds now. How many were linked again."""
    if not carriers:
        return 0
    pairs = " ".join(f"({iri_ref(g)} {iri_ref(c)})" for g in sorted(carriers) for c in sorted(carriers[g]))
    store.update(_PREFIXES + f"""DELETE {{ GRAPH ?g {{ ?c ?p ?o }} }} WHERE {{
        VALUES (?g ?c) {{ {pairs} }} VALUES ?p {{ {" ".join(iri_ref(str(p)) for p in _LINK)} }}
        GRAPH ?g {{ ?c ?p ?o }} }}""")
    linker, parts, count = Linker(store), [], 0
    for g in sorted(carriers):              # one linker: the first of a statement is the others' reference
        article = Graph()
        article.parse(data=store.construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {iri_ref(g)} {{ ?s ?p ?o }} }}"), format="nt")
        rends = [r for r in renderings_of(article, g) if r.claim in carriers[g]]
        count += len(rends)
        parts += linker.linked(rends)
    linker.seal()
    if parts:
        store.write(parts)
    linker.written()
    return count
