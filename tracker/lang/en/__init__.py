"""English: news and commentary, agency datelines and credits, speech verbs with their subjects.

    sentences.py   where sentences end (. ! ? before a capital, not after Mr. or U.S., not inside quotes)
    citations.py   datelines, credit lines, the agency's closing credit
    lexicon.py     speech verbs, titles, organisation heads, hedges (data/words.tsv)
    speakers.py    what a noun phrase names, and who that is
    pronouns.py    the people a text names, remembered for the he or she after them
    attribute.py   sentences and participle pieces to attributions
    according.py   according to X: the source it names (one or several), and what was said without it
    transcript.py  who speaks each turn of a transcript (RADDATZ:, SEN. JANE ROE (D), OREGON:, Q:)
    learned.py     a CRF tagger of source, cue and content for what the rules leave (data/attribution.crfsuite)
    dates.py       weekdays and month dates relative to the report, date lines, bylines
"""
from __future__ import annotations

from datetime import date

from .. import Furniture, Language
from ...model import Claim
from . import attribute as _attribute, citations as _citations, dates as _dates, sentences as _sentences


class English(Language):
    code = "en"
    furniture = Furniture(date=_dates.date_in_line, labels=_dates.DATE_LABELS, byline=_dates.BYLINE,
                          credit_labels=_dates.CREDIT_LABELS, opening_labels=_dates.OPENING_LABELS,
                          closing_labels=_dates.CLOSING_LABELS, links=_dates.LINKS,
                          announcing=_dates.ANNOUNCING, notice=_dates.NOTICE, comments=_dates.COMMENTS)

    def sentence_ends(self, text, start, end):
        return _sentences.sentence_ends(text, start, end)

    def citations(self, article, layout):
        return _citations.citations(article, layout)

    def pasted_start(self, text, start, end):
        return _sentences.pasted_start(text, start, end)

    def pasted_end(self, text, start, end):
        return _sentences.pasted_end(text, start, end)

    def own_voice(self, text, start, end):
        return _sentences.own_voice(text, start, end)

    def not_statements(self, text, start, end):
        return _sentences.phatic(text, start, end)

    def attributions(self, article, layout, citations, sentences):
        return _attribute.attributions(article, layout, citations, sentences)

    def statement_date(self, claim: Claim, limit: int, ref: date | None, year: int | None, previous: Claim | None):
        return _dates.statement_date(claim, ref, previous)

    def another_time(self, text):
        return _dates.another_time(text)

    def dated_years(self, text):
        return _dates.dated_years(text)


LANGUAGE = English()
