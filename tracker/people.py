"""The same person across articles, named by the surname alone in one and in full in another
(ペトロワ, アンナ・ペトロワ): part of linking an article to the store (`link.py`).

The registry's people (`tracker/data/entities.json`) are one agent in every language already;
this is for the others. A full name written in parts has a `schema:familyName` (`graph.py`); a
surname alone and the one full name the store knows with it are one person: each gets the
other's name and `owl:sameAs` the other, in a graph of that surname's, which is dropped once a
second full name with it arrives, whichever came first.
"""
from __future__ import annotations

from collections import ChainMap
from functools import lru_cache
from urllib.parse import quote, unquote

from rdflib import Graph
from rdflib.namespace import OWL, RDF

from . import lexicon
from .backend import Backend, given, given_iri
from .ntriples import Lit as _Lit, string as _string
from .vocab import ID, PROV, SCHEMA

_PREFIXES = """PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
_AGENTS = str(ID["agent/"])


class People:
    """Links the people of articles one after another; remembers this batch's full names."""

    def __init__(self, store: Backend):
        self.store = store
        # each a map a batch (`link.Linker.seal`): the one being linked first, then those being written
        self._people: ChainMap[str, tuple[str, str]] = ChainMap()   # agent -> (name, family name or "") not yet written
        self._ambiguous: ChainMap[str, None] = ChainMap()          # graphs of surnames two full names share: to drop

    def seal(self) -> None:
        """What was linked so far is handed to the store: what follows is the next batch."""
        self._people.maps.insert(0, {})
        self._ambiguous.maps.insert(0, {})

    def written(self) -> None:
        """Every batch sealed is in the store: drop what turned out ambiguous, forget them."""
        for g in sorted({g for held in self._ambiguous.maps[1:] for g in held}):
            self.store.drop_graph(g)
        del self._people.maps[1:], self._ambiguous.maps[1:]

    def link(self, add, entities: Graph) -> None:
        """A person named by surname alone and one named in full with it: one person, where the
        store (and this batch) know only one full name with that surname. What says so is kept
        in a graph of that surname's, dropped (`written`) once a second full name with it
        arrives, whichever came first."""
        for agent in sorted(set(entities.subjects(RDF.type, PROV.Person))):
            name = str(entities.value(agent, SCHEMA.name) or "")
            if lexicon.find_entity(name) is not None:
                continue                              # the registry's: its names are known already
            family = entities.value(agent, SCHEMA.familyName)
            if family is not None:                    # a full name: any short forms of it
                others = self._agents("familyName", str(family), exclude=str(agent))
                self._people[str(agent)] = (name, str(family))
                if others:                            # another full name with this surname: ambiguous
                    self._ambiguous[surname_graph(str(family))] = None
                    continue
                shorts = self._agents("name", str(family), exclude=str(agent))
                pairs = [(s, n, str(agent), name) for s, n in shorts]
            elif name and not lexicon.NAME_PARTS.search(name):
                self._people[str(agent)] = (name, "")     # a surname alone: for a full name that comes later
                fulls = self._agents("familyName", name, exclude=str(agent))
                pairs = [(str(agent), name, *fulls[0])] if len(fulls) == 1 else []
            else:
                continue
            for short, short_name, full, full_name in pairs:
                g = surname_graph(short_name)
                add(g, (short, SCHEMA.alternateName, _Lit(full_name)))
                add(g, (full, SCHEMA.alternateName, _Lit(short_name)))
                add(g, (short, OWL.sameAs, full))
                add(g, (full, OWL.sameAs, short))

    def _agents(self, prop: str, value: str, *, exclude: str) -> list[tuple[str, str]]:
        """People (IRI, name) whose schema:name or familyName is `value`, in the store or this batch."""
        rows = self.store.select(_PREFIXES + f"""
            SELECT DISTINCT ?a ?name WHERE {{ ?a schema:{prop} {_string(value)} ; a prov:Person ; schema:name ?name }}
            LIMIT 10""").rows
        found = {given_iri(r, "a"): given(r, "name", iri=False) for r in rows}
        for agent, (name, family) in self._people.items():
            if (family if prop == "familyName" else name) == value:
                found[agent] = name
        found.pop(exclude, None)
        return sorted(found.items())


def surname_graph(surname: str) -> str:
    """The graph that says who a surname alone is (`People.link`)."""
    return str(ID[f"graph/same-person/{quote(surname.strip(), safe='')}"])


@lru_cache(maxsize=1 << 14)          # asked for every candidate of every claim linked
def one_person(x: str, y: str) -> bool:
    """Two agents' IRIs that may name one speaker: the same, or a surname alone and a full name
    ending with it (ペトロワ, アンナ・ペトロワ)."""
    if x == y:
        return True
    a, b = unquote(x[len(_AGENTS):]), unquote(y[len(_AGENTS):])
    return lexicon.family_name(a) == b or lexicon.family_name(b) == a
