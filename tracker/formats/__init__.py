"""The export formats, by name: RDF as stored, and claim by claim for fact-checkers' tools.

`RDF` writers take graphs (streamed quads); `CLAIMS` writers take articles, one graph each.
Each name maps to "module:function", imported when used so that `tracker --help` stays instant.
"""
from __future__ import annotations

from importlib import import_module

RDF = {
    "turtle": "rdf:write_turtle",
    "trig": "rdf:write_trig",
    "nquads": "rdf:write_nquads",
    "ntriples": "rdf:write_ntriples",
    "jsonld": "rdf:write_jsonld",
}
CLAIMS = {
    "claimreview": "claimreview:write_claimreview",
    "nanopub": "nanopub:write_nanopub",
    "webanno": "webanno:write_webanno",
    "csv": "table:write_csv",
}
FORMATS = (*RDF, *CLAIMS)
JSON = {"jsonld", "claimreview", "webanno", "json"}     # written through the JSON guard (guard.for_json); json: extract's records


def writer(name: str):
    module, func = (RDF.get(name) or CLAIMS[name]).split(":")
    return getattr(import_module(f"{__name__}.{module}"), func)
