"""Link an article to what the store already holds: the same statement carried by other
articles, the same report cited by them, the same person named otherwise.

A stage between `graph` and `store`: it reads the article's graph and the store, and returns the
triples to add. It needs no other article's text, only lookups:

- **statements**: what each claim says (its `rdf:object`; the words it quotes, where it quotes)
  is compared by its shingles (`likeness.py`). The first claim the store holds of a statement is
  its reference and carries keys (`ct:minhashBand`): one of its exact words, and eight bands of a
  MinHash (datasketch); the bands are the words', so a reference whose words another already
  says carries the first key only. A later claim looks up its exact words first (a repost), then,
  if none matches, its bands, then the words of what they found; it is compared with the
  references found, and if they render the same
  statement it points to the closest (`ct:sameStatement`) with their similarity and what
  changed. A claim found by its exact words carries no keys of its own; one found by its
  likeness carries the keys of its words too, so that what is like it and not like the reference
  finds it whichever came first. A lookup costs what one claim's keys find, never a
  scan of the store: matching stays sub-quadratic however large it grows. A key the store cannot
  hold is not looked up (`keyfilter.py`: most keys are of statements nobody made before, or of
  this linker's batches not yet written, where `_found` finds them).
- **across languages**: a reference whose speaker is a shared agent and whose date is known also
  carries a key of both (`ct:statementKey`); a reference in another language with the same key is
  the same statement where what both name and count (the registry's people, places and
  organisations, numbers) mostly agree.
- **reports**: two claims of one statement, cited to the same outlet on the same date, cite one
  report: both reports become specialisations of one work (a titled report has one already).
- **people**: a person named by the surname alone and one whose full name ends with it (ペトロワ,
  アンナ・ペトロワ) are one person where the store knows only one full name with that surname.
"""
from __future__ import annotations

import dataclasses
import hashlib
import itertools
import re
import time
import weakref
from collections import ChainMap

from rdflib import Graph
from rdflib.namespace import RDF, XSD

from .backend import Backend, given_iri, iri_ref, is_iri
from .errors import StoreUnavailable
from .ntriples import Lit as _Lit, line
from .keyfilter import KeyFilter
from .people import People
from .likeness import ACROSS, Changes, anchors, bands_of, changes, exact_key, is_words_key, named_alike, same_statement, similarity
from .renderings import Rendering, compatible, renderings_of
from .vocab import CT, ID, PROV, SCHEMA

_PREFIXES = """PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX ct: <https://w3id.org/claim-tracker/ns#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""


class Linker:
    """Links articles one after another. What a batch links is kept here until it is written
    (`seal` when a batch is handed to the store, `written` once the store holds it), so that
    articles of one batch link to each other, and the next batch, linked while the store writes
    this one, to both."""

    def __init__(self, store: Backend, *, without: str | None = None):
        self.store = store
        self.without = without      # a graph about to be dropped: linked as if it and the links into it were gone
        # each a map a batch: the one being linked first, then those handed to the store
        self._pending: ChainMap[str, list[Rendering]] = ChainMap()   # band or key -> references not yet written
        self._works: ChainMap[str, str] = ChainMap()                 # report -> work given here
        self._up: ChainMap[str, str] = ChainMap()                    # claim -> the claim it was linked to here
        self._reports: ChainMap[tuple[str, str], None] = ChainMap()  # (report, report) pairs decided
        self.people = People(store)                                  # the same person under a surname alone
        self._looked: dict[str, list[str]] = {}     # band or key -> what the store answered, until a write completes
        self._seen: dict[str, Rendering | None] = {}   # reference -> how the store described it, as long too
        self.keys = key_filter(store)                   # which keys the store may hold: the others are not asked
        self._token = next(_TOKENS)                     # who this linker is, to the filter it shares

    def seal(self) -> None:
        """What was linked so far is handed to the store: what follows is the next batch."""
        self.people.seal()
        for held in (self._pending, self._works, self._up, self._reports):
            held.maps.insert(0, {})

    def written(self) -> None:
        """Every batch sealed is in the store: forget them."""
        self.people.written()
        self.keys.settled((key for held in self._pending.maps[1:] for key in held), self._token)
        for held in (self._pending, self._works, self._up, self._reports):
            del held.maps[1:]
        self._looked.clear()
        self._seen.clear()

    def link(self, graph: Graph, graph_iri: str, entities: Graph | None = None) -> list[tuple[str, str]]:
        """The parts (graph IRI, N-Triples) that link the article in `graph` (and the people of
        `entities`, the shared entities it uses) to the store."""
        return self.linked(renderings_of(graph, graph_iri), entities)

    def linked(self, rends: list[Rendering], entities: Graph | None = None) -> list[tuple[str, str]]:
        """The parts that link an article's renderings, in the order of its text, to the store."""
        out: dict[str, dict[str, None]] = {}          # graph -> N-Triples lines, each once, in order

        def add(g: str, triple) -> None:
            out.setdefault(g, {})[line(triple)] = None

        # first the same words (a repost): one lookup each; then what is alike, by MinHash bands
        exact = {r.claim: exact_key(r.words) for r in rends}
        known = self._references(list(exact.values()), [])
        same = {r.claim: self._closest(r, [exact[r.claim]], known) for r in rends}
        alike = [r for r in rends if not same[r.claim]]
        own_bands = dict(zip((r.claim for r in alike), bands_of([r.shingles for r in alike])))
        known.update(self._references([b for bs in own_bands.values() for b in bs],
                                      [k for r in alike for k in r.keys_across()]))
        # the bands are the words': of the references saying the same words, only the first carries them
        words = {k for r in alike for k in self._words_alike(r, [c for b in own_bands[r.claim] for c in known.get(b, ())])}
        known.update(self._references(sorted(words - set(exact.values())), []))
        for r in rends:
            if self.without and r.claim in self._up:        # linked again on a removal, and joined already: one link out
                continue
            found, score, others = same[r.claim], 1.0, []
            if not found and any(exact[r.claim] in held for held in self._pending.maps):     # an earlier claim of this article
                found = self._closest(r, [exact[r.claim]], known)
            best, same_words = (found[0], found[1:]) if found else (None, [])
            carried: list[str] = []
            if best is None and r.claim in own_bands:
                best, score, others = self._closest(r, own_bands[r.claim], known, alike=True)
                if best is not None and best.words != r.words:
                    carried = [exact[r.claim], *own_bands[r.claim]]   # its words' keys: what is like r alone finds r
            if best is not None:
                self._carry(add, r, carried)
                self._point(add, r, best, score, changes(best.words, r.words) if best.words != r.words else Changes())
                for other in same_words:         # the same words elsewhere, cited to the same report: one report
                    if compatible(best, other):  # (not through r: the same words, unnamed, of two speakers)
                        self._same_report(add, r, other)
                for other in others:             # r is like two references: they are one statement
                    if compatible(best, other):
                        self._same_report(add, r, other)
                        jaccard, _ = similarity(best.shingles, other.shingles)
                        self._join(add, other, best, round(jaccard, 3), changes(best.words, other.words))
                if r.key and not self._up.get(best.claim, best.up):
                    # r names what its reference left out (a trimmed quote): r may find the translation
                    across = self._across(r, [c for k in r.keys_across() for c in self._found(k, known)])
                    if across is not None:
                        self._join(add, best, *across, None)
                continue
            # a reference: its keys, for those that come after it; its words' bands unless another
            # reference with the same words carries them (its first band found it: a lookup by a
            # band finds theirs); where that one was removed, the next to say the words carries them
            banded = own_bands.get(r.claim, ())
            if banded and any(c.claim != r.claim and exact_key(c.words) == exact[r.claim] for c in self._found(banded[0], known)):
                banded = ()
            self._carry(add, r, [exact[r.claim], *banded])
            if r.key:
                add(r.graph, (r.claim, _KEY, _Lit(r.key)))
                self.keys.made(r.key, self._token)
                other = self._across(r, [c for k in r.keys_across() for c in self._found(k, known)])
                if other is not None:
                    self._join(add, r, *other, None)
                _capped(self._pending.maps[0].setdefault(r.key, []), r, r.key)
        if entities is not None:
            self.people.link(add, entities)
        return [(g, "".join(lines)) for g, lines in out.items()]

    def _carry(self, add, r: Rendering, keys: list[str]) -> None:
        """r carries `keys` (of its words, of their bands): what comes after it finds it by them."""
        for b in keys:
            add(r.graph, (r.claim, _BAND, _Lit(b)))
            self.keys.made(b, self._token)
            _capped(self._pending.maps[0].setdefault(b, []), r, b)

    def _closest(self, r: Rendering, keys, known, *, alike: bool = False):
        """The references in r's language sharing one of `keys` that are the same statement: for
        bands (`alike`), the closest, its similarity and the others, most alike first ((None, None,
        []) if none); else those with the same words, by IRI (the first is linked to)."""
        found = list({c.claim: c for k in keys for c in self._found(k, known)}.values())     # once each: several keys find one
        fits = lambda c: c.claim != r.claim and c.lang == r.lang and compatible(r, c) and not (      # noqa: E731
            self.without and self._root(c.claim) == r.claim)      # (linked again on a removal: not to what links to it)
        cands = {c.claim: c for c in found if fits(c)}
        if alike:                  # and the references saying the same words as those found (no bands of their own)
            siblings = (w for words in self._words_alike(r, found) for w in self._found(words, known) if w.claim not in cands and fits(w))
            cands.update((w.claim, w) for w in itertools.islice(siblings, MAX_SAME_WORDS))
        if not alike:
            return sorted(cands.values(), key=lambda c: c.claim)
        alike_ = sorted(((s, c) for c in cands.values() if (s := same_statement(r.shingles, c.shingles)) is not None),
                        key=lambda sc: (-sc[0], sc[1].claim))
        if not alike_:
            return None, None, []
        return alike_[0][1], alike_[0][0], [c for _, c in alike_[1:]]

    @staticmethod
    def _words_alike(r: Rendering, found) -> list[str]:
        """The keys of the words of those `found` that say what r says, most alike first: other
        references saying those words (in any language: the same quote in a Japanese article)
        carry no bands, and are found by them."""
        alike = {}
        for c in {c.claim: c for c in found}.values():
            if c.claim != r.claim and (score := same_statement(r.shingles, c.shingles)) is not None:
                key = exact_key(c.words)
                alike[key] = max(alike.get(key, 0.0), score)
        return sorted(alike, key=lambda k: (-alike[k], k))[:MAX_CANDIDATES]

    def _found(self, key: str, known) -> tuple[Rendering, ...]:
        """The references with `key`: those the store holds (looked up in `known`), then this batch's."""
        stored = known.get(key, ())
        queued = [r for held in self._pending.maps if (rs := held.get(key)) for r in rs]
        if not queued:
            return stored
        if stored:                    # a batch whose write completed while this one was linked
            seen = {r.claim for r in stored}
            queued = [r for r in queued if r.claim not in seen]
        return stored + tuple(queued)

    def _join(self, add, frm: Rendering, to: Rendering, score: float, ch: Changes | None) -> None:
        """Two statements found to be one: the root of `frm`'s joins `to`'s. Only a root gets a
        link, and only to another tree, so every claim keeps one link out and no chain of links
        ever comes back on itself."""
        root = self._root(frm.claim)
        if root == self._root(to.claim):
            return
        node = frm if root == frm.claim else Rendering(root, _graph_of(root), "", "", (), None, None, None, None, None)
        self._point(add, node, to, score, ch if node is frm else None)

    def _root(self, claim: str) -> str:
        """The claim the links from `claim` end at: this batch's links, then the store's."""
        seen: set[str] = set()
        while claim not in seen:
            seen.add(claim)
            if claim in self._up:
                claim = self._up[claim]
                continue
            if self.without:           # one step at a time: a link into the graph going counts as gone
                rows = self.store.select(_PREFIXES + f"SELECT ?up WHERE {{ {iri_ref(claim)} ct:sameStatement ?up }} LIMIT 1").rows
                up = given_iri(rows[0], "up") if rows else None
                if up is None or _graph_of(up) == self.without:
                    return claim
                claim = up
                continue
            rows = self.store.select(_PREFIXES + f"""SELECT ?root WHERE {{ {iri_ref(claim)} ct:sameStatement* ?root .
                FILTER NOT EXISTS {{ ?root ct:sameStatement ?up }} }} LIMIT 1""").rows
            found = given_iri(rows[0], "root") if rows else claim      # none: a cycle from elsewhere; stop here
            if found == claim:
                return claim
            claim = found
        return claim

    def _point(self, add, r: Rendering, ref: Rendering, score: float, ch: Changes | None) -> None:
        node = r.claim
        self._up[node] = ref.claim
        add(r.graph, (node, _SAME, ref.claim))
        add(r.graph, (node, _SIMILARITY, _Lit(f"{score:.3f}", _DECIMAL)))
        if ch is not None:
            for w in ch.added:
                add(r.graph, (node, CT.wordsAdded, _Lit(w)))
            for w in ch.dropped:
                add(r.graph, (node, CT.wordsDropped, _Lit(w)))
            for old, new in ch.replaced:
                add(r.graph, (node, CT.wordsReplaced, _Lit(f"{old} → {new}")))
        self._same_report(add, r, ref)

    def _across(self, r: Rendering, cands) -> tuple[Rendering, float] | None:
        """The reference in another language this one translates: by the same speaker on the same
        day, cited to the same outlet, the one naming and counting most of what it does, then
        reported on the same date; none where two fit equally (the speaker said two things that
        day, and nothing tells which)."""
        if not anchors(r.text):
            return None
        scored: dict[str, tuple] = {}          # by the statement (root) each belongs to: its best reference
        for c in cands:
            if c.lang == r.lang or c.claim == r.claim or not (r.outlet and c.outlet == r.outlet):
                continue                       # a translation of a report cites the same outlet (ロイター, Reuters)
            s = named_alike(r.text, c.text)
            root = self._up.get(c.claim, c.up) or c.claim
            fit = (s, bool(r.reported) and c.reported == r.reported)
            if s >= ACROSS and (root not in scored or fit > scored[root][0]):
                scored[root] = (fit, c)
        ranked = sorted(scored.values(), key=lambda sc: sc[0], reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
            return None
        return ranked[0][1], round(ranked[0][0][0], 3)

    def _same_report(self, add, r: Rendering, ref: Rendering) -> None:
        """Both cite the same outlet on the same date: one report, unless headlines differ."""
        if not (r.report and ref.report and r.outlet and r.outlet == ref.outlet and r.reported and r.reported == ref.reported):
            return
        if (r.report, ref.report) in self._reports:
            return                                   # decided for another claim citing the same two
        self._reports[(r.report, ref.report)] = None
        mine, theirs = r.work or self._works.get(r.report), ref.work or self._works.get(ref.report)
        if mine and theirs:
            return                                   # one work already, or two headlines
        work = theirs or mine or str(ID[f"work/{hashlib.sha256(f'{ref.outlet} {ref.reported} {ref.report}'.encode()).hexdigest()[:16]}"])
        for rend, has in ((r, mine), (ref, theirs)):
            if not has:
                add(rend.graph, (rend.report, PROV.specializationOf, work))
                self._works[rend.report] = work
        if not (mine or theirs):                     # a new work: what it is (one that exists says so already)
            ents = str(ID["graph/entities"])
            add(ents, (work, RDF.type, SCHEMA.NewsArticle))
            add(ents, (work, SCHEMA.publisher, ref.outlet))
            add(ents, (work, SCHEMA.datePublished, _Lit(ref.reported, XSD.date)))

    def _references(self, band_keys: list[str], keys: list[str]) -> dict[str, tuple[Rendering, ...]]:
        """The references the store holds sharing a band or a key, by band or key: which share
        one first (a short row each), then what each says and where it is cited (once each).
        What the store answered is kept until a write completes (`written`): what it gains
        before then is in `_pending` (the articles of a batch carrying one statement ask alike)."""
        if not band_keys and not keys:
            return {}
        words = {k for k in band_keys if is_words_key(k)}
        for predicate, values, cap in ((CT.minhashBand, words, MAX_SAME_WORDS), (CT.minhashBand, set(band_keys) - words, MAX_CANDIDATES),
                                       (CT.statementKey, set(keys), MAX_CANDIDATES)):
            asked = sorted(v for v in values if v not in self._looked)
            self._looked.update((v, []) for v in asked)
            asked = self.keys.which_may_hold(asked, self._token)
            if not asked:
                continue
            took = time.perf_counter()
            for value, ref in self.store.subjects_with(str(predicate), asked, limit=cap):
                if len(self._looked[value]) < cap and not (self.without and _graph_of(ref) == self.without):
                    self._looked[value].append(ref)
            self.keys.paid(time.perf_counter() - took)
        by_key = {k: self._looked[k] for k in (*band_keys, *keys) if self._looked[k]}
        new = sorted({r for rs in by_key.values() for r in rs} - self._seen.keys())
        for start in range(0, len(new), 500):
            self._seen.update(dict.fromkeys(new[start:start + 500]))
            self._seen.update(self._described(new[start:start + 500]))
        return {k: tuple(self._seen[r] for r in sorted(set(rs)) if self._seen[r] is not None) for k, rs in by_key.items()}

    def _described(self, refs: list[str]) -> dict[str, Rendering]:
        rows = self.store.select(_PREFIXES + f"""
            SELECT ?ref ?text ?report ?outlet ?reported ?work ?up ?stated ?speaker WHERE {{
              VALUES ?ref {{ {" ".join(iri_ref(r) for r in refs)} }}
              ?ref rdf:object ?text .
              OPTIONAL {{ ?ref ct:sameStatement ?up }}
              OPTIONAL {{ ?ref schema:datePublished ?stated }}
              OPTIONAL {{ ?ref prov:wasAttributedTo ?speaker }}
              OPTIONAL {{ ?ref schema:citation ?report .
                         OPTIONAL {{ ?report schema:publisher ?outlet }}
                         OPTIONAL {{ ?report schema:datePublished ?reported }}
                         OPTIONAL {{ ?report prov:specializationOf ?work }} }}
            }}""").rows
        found: dict[str, Rendering] = {}
        for row in rows:
            ref, text = given_iri(row, "ref"), row.get("text") or {}
            m = re.search(r"/claim/([0-9a-f]{16})/", ref)
            if not m or not isinstance(text.get("value"), str):
                continue
            speaker, up = _value(row, "speaker", iri=True), _value(row, "up", iri=True)
            if ref in found:                     # a row a speaker
                if speaker and speaker not in found[ref].speakers:
                    found[ref] = dataclasses.replace(found[ref], speakers=found[ref].speakers + (speaker,))
                continue
            found[ref] = Rendering(ref, str(ID[f"graph/{m[1]}"]), text["value"], text.get("xml:lang", ""),
                                   (speaker,) if speaker else (), None, _value(row, "report", iri=True), _value(row, "outlet", iri=True),
                                   _value(row, "reported"), _value(row, "work", iri=True), up if up and _graph_of(up) != self.without else None,
                                   _value(row, "stated"))
        return found


_FILTERS: weakref.WeakKeyDictionary[Backend, KeyFilter] = weakref.WeakKeyDictionary()
_TOKENS = itertools.count()


def key_filter(store: Backend) -> KeyFilter:
    """The one filter of `store`'s keys, shared by every linker of it: a key one linker makes, the
    others' lookups must not be kept from (the filter holds the store weakly, so it goes with it)."""
    if store not in _FILTERS:
        held = weakref.ref(store)

        def streams():
            st = held()
            found = [st.values_of(str(_BAND)), st.values_of(str(_KEY))] if st is not None else [None]
            return None if None in found else found

        _FILTERS[store] = KeyFilter(streams)
    return _FILTERS[store]


# looked up once: an rdflib namespace makes a new term at each access, and these are written for every claim
_BAND, _KEY, _SAME, _SIMILARITY, _DECIMAL = CT.minhashBand, CT.statementKey, CT.sameStatement, CT.similarity, XSD.decimal
MAX_CANDIDATES = 32       # references compared for one key: a statement has few; an article crafted to share a band, many
MAX_SAME_WORDS = 256      # ...for the key of the words: a stock phrase is said by many speakers on many days


def _capped(refs: list, r, key: str) -> None:
    if len(refs) < (MAX_SAME_WORDS if is_words_key(key) else MAX_CANDIDATES):
        refs.append(r)


def _graph_of(claim: str) -> str:
    m = re.search(r"/claim/([0-9a-f]{16})/", claim)
    return str(ID[f"graph/{m[1]}"]) if m else str(ID["graph/entities"])


def _value(row: dict, name: str, *, iri: bool = False) -> str | None:
    term = row.get(name)
    value = term.get("value") if isinstance(term, dict) and isinstance(term.get("value"), str) else None
    if value is not None and iri and not is_iri(value):
        raise StoreUnavailable(f"the store answered ?{name} with no IRI: {value[:80]!r}")
    return value
