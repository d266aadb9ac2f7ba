"""What removing an article does to the links other articles made to it (`ingest.remove`).

Linking (`link.py`) gives each statement one reference, the first claim of it the store held: it
carries the keys later claims find it by, and they point to it (`ct:sameStatement`). When the
article holding a reference goes, what it carried must not go with it:

- **its bands** (`bands_handed_on`, before the graph is dropped): bands of words other references
  say too pass to the first of those, so that what is alike still finds them;
- **the claims that pointed into it** (`relink`, before): their links would end at nothing. They
  are linked again as if the article were gone already (`Linker(without=…)`): each finds what
  else the store holds of its statement, or becomes a reference itself, with keys of its own; what
  linked to them stays linked to them. The new links are written before the old are deleted, and
  the article is dropped last, so a removal stopped at any point is finished by running it again.
"""
from __future__ import annotations

import dataclasses
import itertools

from .backend import Backend, given, given_iri, iri_ref
from .likeness import is_words_key
from .link import _PREFIXES, MAX_SAME_WORDS, Linker, _graph_of, _value
from .ntriples import Lit, line
from .renderings import Rendering, _offsets
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


def carriers_of(store: Backend, graph: str) -> list[str]:
    """The claims of other articles linked to one of the claims of `graph`."""
    out: list[str] = []
    while True:                          # in pages: a server may cap what one answer holds
        rows = store.select(_PREFIXES + f"""SELECT DISTINCT ?c WHERE {{
            GRAPH {iri_ref(graph)} {{ ?x rdf:object ?o }} GRAPH ?g {{ ?c ct:sameStatement ?x }} FILTER (?g != {iri_ref(graph)}) }}
            ORDER BY ?c LIMIT {_PAGE} OFFSET {len(out)}""").rows
        out += [given_iri(row, "c") for row in rows]
        if len(rows) < _PAGE:
            return out


def relink(store: Backend, graph: str) -> int:
    """Before `graph` is dropped: the claims of other articles linked into it are linked again to
    what the store holds besides it. Their new links are written first, then what is left of the
    old ones is deleted, and `graph` is dropped last (by the caller): a removal that stops half-way
    leaves a claim with its old link still (found again by the next `remove`), never with none,
    and the next `remove` of the article ends the work. How many were linked again."""
    carriers = carriers_of(store, graph)
    if not carriers:
        return 0
    linker = Linker(store, without=graph)
    rends: list[Rendering] = []
    for start in range(0, len(carriers), _PAGE):
        found = linker._described(carriers[start:start + _PAGE])
        rends += [dataclasses.replace(r, speakers=tuple(sorted(r.speakers)), said=r.stated or r.reported, up=None)
                  for r in found.values()]
    old = _links_of(store, carriers)
    new: list[tuple[str, str]] = []
    for g, group in itertools.groupby(sorted(rends, key=lambda r: (r.graph, _offsets(r.claim))), key=lambda r: r.graph):
        new += linker.linked(list(group))   # one linker: the first of a statement is the others' reference
    linker.seal()
    if new:
        store.write(new)
    linker.written()
    kept = {(g, ln) for g, nt in new for ln in nt.splitlines()}
    gone = sorted((g, ln) for g, ln in old if (g, ln) not in kept)
    for start in range(0, len(gone), _PAGE):
        page = gone[start:start + _PAGE]
        # a value written anew may be the store's form of one deleted ("1.000" and "1" are one
        # decimal): what the new links say of the same claim and property is added back in the
        # same request, after the delete
        said = {(g, _subject_property(ln)) for g, ln in page}
        again = sorted((g, ln) for g, ln in kept if (g, _subject_property(ln)) in said)
        store.update(_data("DELETE", page) + (" ;\n" + _data("INSERT", again) if again else ""))
    return len(rends)


def _data(verb: str, lines: list[tuple[str, str]]) -> str:
    """`DELETE DATA` or `INSERT DATA` of (graph, N-Triples line)s."""
    by_graph: dict[str, list[str]] = {}
    for g, ln in lines:
        by_graph.setdefault(g, []).append(ln)
    return f"{verb} DATA {{\n" + "\n".join(f"GRAPH {iri_ref(g)} {{\n" + "\n".join(lns) + "\n}" for g, lns in by_graph.items()) + "\n}"


def _subject_property(nt_line: str) -> tuple[str, str]:
    """The subject and property of a line linking writes (`<s> <p> o .`: IRIs hold no space)."""
    s, p, _ = nt_line.split(" ", 2)
    return s, p


def _links_of(store: Backend, claims: list[str]) -> list[tuple[str, str]]:
    """(graph, N-Triples line) of what the links of `claims` say (`_LINK`)."""
    out = []
    predicates = " ".join(iri_ref(str(p)) for p in _LINK)
    for start in range(0, len(claims), _PAGE):
        values = " ".join(iri_ref(c) for c in claims[start:start + _PAGE])
        rows = store.select(_PREFIXES + f"""SELECT ?g ?c ?p ?o WHERE {{ VALUES ?c {{ {values} }} VALUES ?p {{ {predicates} }}
            GRAPH ?g {{ ?c ?p ?o }} }}""").rows
        for row in rows:
            o = row["o"]
            obj = given_iri(row, "o") if o.get("type") == "uri" else Lit(given(row, "o", iri=False), o.get("datatype"))
            out.append((given_iri(row, "g"), line((given_iri(row, "c"), given_iri(row, "p"), obj)).rstrip("\n")))
    return out


_PAGE = 500
