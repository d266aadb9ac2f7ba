"""The ontology in ontology/ct.ttl and the Python mirror in tracker/vocab.py agree."""
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from tracker import vocab
from tracker.vocab import CT, CT_IRI

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "ct.ttl"
ONTOLOGY_IRI = URIRef("https://w3id.org/claim-tracker/ns")
SCHEMA = Namespace("http://schema.org/")
TERM_TYPES = (OWL.Class, RDF.Property, OWL.ObjectProperty, OWL.DatatypeProperty,
              OWL.NamedIndividual)
CLAIM_KINDS = ("ReportedSpeech", "ReportedFact", "AuthorAssertion", "AuthorOpinion")
ALL_TERMS = vocab.CLASSES + vocab.PROPERTIES + vocab.SPEECH_ACTS + vocab.STANCES + vocab.ATTITUDES


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    g.parse(ONTOLOGY, format="turtle")
    return g


def defined_terms(g: Graph) -> set[URIRef]:
    return {
        s
        for t in TERM_TYPES
        for s in g.subjects(RDF.type, t)
        if isinstance(s, URIRef) and str(s).startswith(CT_IRI) and s != ONTOLOGY_IRI
    }


def test_ontology_defines_exactly_the_terms_of_the_python_vocabulary(graph):
    expected = {URIRef(CT_IRI + name) for name in ALL_TERMS}
    defined = defined_terms(graph)
    assert defined - expected == set(), "defined in ct.ttl but missing from tracker/vocab.py"
    assert expected - defined == set(), "listed in tracker/vocab.py but not defined in ct.ttl"


def test_python_vocabulary_lists_no_term_twice():
    assert len(ALL_TERMS) == len(set(ALL_TERMS))


def test_ontology_has_a_versioned_bilingual_header(graph):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in graph
    assert graph.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    dcterms = Namespace("http://purl.org/dc/terms/")
    for prop in (dcterms.title, dcterms.description):
        langs = {o.language for o in graph.objects(ONTOLOGY_IRI, prop) if isinstance(o, Literal)}
        assert {"en", "ja"} <= langs, prop


@pytest.mark.parametrize("name", ALL_TERMS)
def test_every_term_has_english_and_japanese_labels_and_comments(graph, name):
    term = URIRef(CT_IRI + name)
    for prop in (RDFS.label, RDFS.comment):
        langs = {o.language for o in graph.objects(term, prop)
                 if isinstance(o, Literal) and str(o).strip()}
        assert {"en", "ja"} <= langs, f"ct:{name} lacks {prop} in en or ja: {langs}"


@pytest.mark.parametrize("name", ALL_TERMS)
def test_every_term_is_defined_by_the_ontology(graph, name):
    assert (URIRef(CT_IRI + name), RDFS.isDefinedBy, ONTOLOGY_IRI) in graph


@pytest.mark.parametrize("name", vocab.SPEECH_ACTS)
def test_every_speech_act_is_a_sub_property_of_speech_act(graph, name):
    term = URIRef(CT_IRI + name)
    assert (term, RDF.type, RDF.Property) in graph
    assert (term, RDFS.subPropertyOf, CT.speechAct) in graph


@pytest.mark.parametrize("name", CLAIM_KINDS)
def test_every_claim_kind_is_a_subclass_of_schema_claim(graph, name):
    assert (URIRef(CT_IRI + name), RDFS.subClassOf, SCHEMA.Claim) in graph
    assert str(SCHEMA.Claim) == "http://schema.org/Claim"


@pytest.mark.parametrize("name", vocab.STANCES)
def test_every_stance_is_a_named_individual_of_stance(graph, name):
    term = URIRef(CT_IRI + name)
    assert (term, RDF.type, OWL.NamedIndividual) in graph
    assert (term, RDF.type, CT.Stance) in graph


@pytest.mark.parametrize("name", vocab.ATTITUDES)
def test_every_attitude_is_a_named_individual_of_attitude(graph, name):
    term = URIRef(CT_IRI + name)
    assert (term, RDF.type, OWL.NamedIndividual) in graph
    assert (term, RDF.type, CT.Attitude) in graph


def test_no_schema_term_uses_https(graph):
    https_schema = [t for t in graph for n in t
                    if isinstance(n, URIRef) and str(n).startswith("https://schema.org/")]
    assert https_schema == []


def test_closed_namespace_resolves_known_terms():
    assert CT.speechAct == URIRef(CT_IRI + "speechAct")
    assert CT["Stance"] == URIRef(CT_IRI + "Stance")


def test_closed_namespace_rejects_unknown_term_as_attribute():
    # rdflib 7: attribute access on a ClosedNamespace raises AttributeError
    with pytest.raises(AttributeError):
        CT.noSuchTerm


def test_closed_namespace_rejects_unknown_term_as_item():
    # rdflib 7: item access on a ClosedNamespace raises KeyError
    with pytest.raises(KeyError):
        CT["noSuchTerm"]


def test_every_speech_act_and_stance_of_the_cue_lexicons_is_in_the_vocabulary():
    """A cue whose act the vocabulary lacks cannot be written as RDF: an article using it would fail."""
    from rdflib import Graph
    from rdflib.namespace import RDF

    from tracker.lang.en.lexicon import cues as english_cues
    from tracker.lang.ja.lexicon import cues as japanese_cues
    from tracker.vocab import CT

    g = Graph().parse(Path(__file__).resolve().parents[1] / "ontology" / "ct.ttl")
    cues = [*japanese_cues(), *english_cues().values()]
    acts = {c.act for c in cues} | {"accordingTo", "reported", "asserted", "opined", "said"}
    stances = {c.stance for c in cues}
    assert not {a for a in acts if (CT[a], RDF.type, RDF.Property) not in g}
    assert not {s for s in stances if not any(g.triples((CT[s], None, None)))}
