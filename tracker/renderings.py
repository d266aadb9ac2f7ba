"""A claim as linking sees it (`link.py`): what it says, who said it, where it is cited, read
from an article's graph or from the store; and whether two may be one statement whatever their
words."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rdflib import Graph, Literal
from rdflib.namespace import RDF

from . import lang
from .likeness import MIN_SHINGLES, anchors, quoted_words, shingles
from .people import one_person
from .vocab import CT, ID, PROV, SCHEMA

class _kept:
    """A value derived from a rendering's fields, computed once (functools.cached_property, before
    Python 3.12, takes a lock at every first computation: twice the cost of this, a million times
    at 300k claims)."""

    def __init__(self, derive):
        self.derive, self.name, self.__doc__ = derive, derive.__name__, derive.__doc__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.derive(obj)    # the instance's own now: asked again, never here
        return value


LINKED_KINDS = (CT.ReportedSpeech, CT.ReportedFact, CT.AuthorAssertion)
_AGENTS, _OUTLETS = str(ID["agent/"]), str(ID["outlet/"])


@dataclass(frozen=True)
class Rendering:
    """A claim as linking sees it: what it says and where it is cited."""
    claim: str
    graph: str
    text: str
    lang: str
    speakers: tuple[str, ...]
    said: str | None                # the date it was made, else the cited report's
    report: str | None
    outlet: str | None
    reported: str | None
    work: str | None                # the work the cited report is of, where it has one
    up: str | None = None           # a reference's own link: the reference in another language it translates
    stated: str | None = None       # the date the text gives the statement itself

    # what follows is derived from the fields, and asked of every candidate of every claim: kept
    # on the rendering (a reference is compared again and again)
    @_kept
    def words(self) -> str:
        """What is compared: the quoted words where it quotes, else all it says."""
        return quoted_words(self.text)

    @_kept
    def shingles(self) -> frozenset[str]:
        return shingles(self.words)

    @_kept
    def agents(self) -> frozenset[str]:
        """Its speakers that are people or organisations (not an outlet's reporting)."""
        return _agents_in(self.speakers)

    @_kept
    def named(self) -> frozenset[str]:
        """What its words name (the registry's entities; numbers aside)."""
        return frozenset(x for x in anchors(self.words) if not x.startswith("#"))

    @_kept
    def key(self) -> str | None:
        """Speaker, date and language, which a translation keeps but the last: for a shared
        speaker only, and only where the text names or counts something to compare by."""
        return _statement_key(self.speakers, self.said, self.lang, self.text)

    def keys_across(self) -> list[str]:
        """The keys its translations into the other languages the tracker reads would have."""
        return list(_keys_across(self.key, self.lang)) if self.key else []


@functools.lru_cache(maxsize=1 << 14)      # both asked of every candidate of every claim
def _agents_in(speakers: tuple[str, ...]) -> frozenset[str]:
    return frozenset(s for s in speakers if s.startswith(_AGENTS))


@functools.lru_cache(maxsize=1 << 14)
def _keys_across(key: str, language: str) -> tuple[str, ...]:
    stem = key.rsplit(" ", 1)[0]
    return tuple(f"{stem} {other.code}" for other in lang.known() if other.code != language)


@functools.lru_cache(maxsize=1 << 14)
def _statement_key(speakers: tuple[str, ...], said: str | None, lang: str, text: str) -> str | None:
    shared = [s for s in speakers if s.startswith(_AGENTS) or s.startswith(_OUTLETS)]
    return f"{shared[0]} {said} {lang}" if shared and said and anchors(text) else None


def renderings_of(graph: Graph, graph_iri: str) -> list[Rendering]:
    """The claims of an article's graph worth linking, in the order of the text."""
    out = []
    for claim in set(graph.subjects(RDF.type, RDF.Statement)):
        if not any((claim, RDF.type, k) in graph for k in LINKED_KINDS):
            continue
        obj = graph.value(claim, RDF.object)
        if not isinstance(obj, Literal):
            continue
        if len(shingles(quoted_words(str(obj)))) < MIN_SHINGLES:
            continue
        report = min(graph.objects(claim, SCHEMA.citation), default=None)     # of a joint attribution's reports, always one
        reported = graph.value(report, SCHEMA.datePublished) if report is not None else None
        stated = graph.value(claim, SCHEMA.datePublished)
        said = stated or reported
        out.append(Rendering(
            str(claim), graph_iri, str(obj), obj.language or "",
            tuple(sorted(str(s) for s in graph.objects(claim, PROV.wasAttributedTo))),
            str(said) if said is not None else None,
            str(report) if report is not None else None,
            _str(graph.value(report, SCHEMA.publisher)) if report is not None else None,
            str(reported) if reported is not None else None,
            _str(graph.value(report, PROV.specializationOf)) if report is not None else None,
            None, _str(stated)))
    return sorted(out, key=lambda r: _offsets(r.claim))


def compatible(a: Rendering, b: Rendering) -> bool:
    """Whether two renderings may be one statement, whatever their words: not by two different
    named speakers (the same words from two people are two statements), not made on two
    different days (said again is said anew), not naming one thing for another (relations
    with China, with India: where each names something the other does not)."""
    mine, theirs = a.agents, b.agents
    if mine and theirs and mine != theirs and not any(one_person(x, y) for x in mine for y in theirs):
        return False
    if a.stated and b.stated and a.stated != b.stated:
        return False
    named_a, named_b = a.named, b.named
    return not (named_a - named_b and named_b - named_a)


def _str(node) -> str | None:
    return str(node) if node is not None else None


def _offsets(claim: str) -> tuple[int, int]:
    m = re.search(r"/(\d+)-(\d+)$", claim)
    return (int(m[1]), int(m[2])) if m else (0, 0)
