"""Triples written by hand for linking (`link.py`, `people.py`): N-Triples lines, and the string
literals of the lookups they make. rdflib's terms cost more than the rest of linking an article,
and `query.py`'s helpers are not importable from an ingest stage."""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .backend import iri_ref, plain_string


string = plain_string        # a string literal, as N-Triples and SPARQL both read it


class Lit(NamedTuple):
    """A literal to write."""
    value: str
    datatype: str | None = None


def nt(term) -> str:
    """A term as N-Triples writes it: an IRI (of ours, or answered by the store: checked, never
    pasted), or a `Lit`."""
    if isinstance(term, Lit):
        return string(term.value) + (f"^^<{term.datatype}>" if term.datatype else "")
    return _iri(str(term))


@lru_cache(maxsize=1 << 14)             # a claim's IRI and the predicates come back line after line
def _iri(value: str) -> str:
    return iri_ref(value)


def line(triple) -> str:
    s, p, o = triple
    return f"{_iri(str(s))} {_iri(str(p))} {nt(o)} .\n"
