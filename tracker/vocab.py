"""Namespaces, and the `ct:` vocabulary mirrored from `ontology/ct.ttl`.

`CT` is closed: using a term the ontology does not define raises at once instead of writing
an IRI nobody can look up. `tests/test_vocab.py` checks this list and the ontology agree.
"""
from rdflib import Namespace
from rdflib.namespace import ClosedNamespace

SCHEMA = Namespace("http://schema.org/")  # http, as schema.org's own JSON-LD context expands
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
WD = Namespace("http://www.wikidata.org/entity/")
ID = Namespace("https://w3id.org/claim-tracker/id/")
CT_IRI = "https://w3id.org/claim-tracker/ns#"
NANOPUB = "http://www.nanopub.org/nschema#"

CLASSES = (
    # claim kinds
    "ReportedSpeech", "ReportedFact", "AuthorAssertion", "AuthorOpinion",
    # source kinds beyond prov:Person, prov:Organization and schema:NewsMediaOrganization
    "AnonymousSource", "Document", "ArticleAuthor", "Account",
    # stance of a statement; what reported speech expresses
    "Stance", "Attitude",
)
PROPERTIES = (
    "speakerMention", "cue", "quoted", "anchor", "line", "stance", "citationText",
    "sha256", "dateNote", "yearSource", "nearbyReport", "speechAct", "primarySource",
    # the same statement across articles (tracker/link.py)
    "sameStatement", "similarity", "wordsAdded", "wordsDropped", "wordsReplaced", "minhashBand", "statementKey",
    # what reported speech expresses
    "attitude",
)
# speech acts: each rdfs:subPropertyOf ct:speechAct, used as rdf:predicate of the claim
SPEECH_ACTS = (
    "stated", "said", "told", "emphasized", "assessed", "explained", "pointedOut", "analysed",
    "reported", "announced", "accordingTo", "expressedExpectation", "expressedConcern",
    "declared", "criticised", "praised", "claimed", "denied", "added", "cited", "wrote",
    "warned", "urged", "acknowledged", "answered", "asked", "revealed", "asserted", "opined", "hearsay",
    "believed", "intended", "found",
)
STANCES = ("Assertive", "Speculative", "Hearsay")  # 断定, 推量, 伝聞
ATTITUDES = ("Speech", "Belief", "Intention", "Finding")  # what a cue expresses: 発言, 信念, 意図, 知見

CT = ClosedNamespace(CT_IRI, list(CLASSES + PROPERTIES + SPEECH_ACTS + STANCES + ATTITUDES))


def expand_id(ident: str) -> str:
    """An IRI of ours from the forms users paste: `id:claim/…` as tables show it, `KEY/START-END`
    (a claim by its article's key and offsets), or the IRI itself (returned as given)."""
    import re

    ident = ident.strip()
    if ident.startswith("<") and ident.endswith(">"):        # as SPARQL and N-Triples write it
        ident = ident[1:-1].strip()
    if ident.startswith("id:"):
        return str(ID) + ident[3:]
    if re.fullmatch(r"(claim/)?[0-9a-f]{16}/\d+-\d+", ident):
        return str(ID) + ("" if ident.startswith("claim/") else "claim/") + ident
    return ident
