"""Japanese: blogs and news that quote dated reports closed by 【7月3日 時事】, speakers before
their cues (〜は…と述べた), dates relative to the report (3日, 同日).

    sentences.py   where sentences end (。！？ outside quotes and brackets)
    citations.py   【…】 markers and their damaged forms, credits, inline credits
    datelines.py   where a story opens and whose it is: [パリ 19日 ロイター] -, ワシントン(CNN), a portal's 配信 line
    cues.py        speech-act cues and the clauses they end (data/cues.tsv)
    speakers.py    the noun phrases that speak through cues, and what kind of source they name (data/words.tsv)
    phrases.py     where a noun phrase before a particle begins (中国外務省の林剣報道官, 対木さやか氏)
    people.py      who a noun phrase refers to: full names, titles, 同社, 同氏, documents named before
    attribute.py   clauses to attributions, and what carries over between sentences
    credits.py     clauses that only name who reported what precedes them (…と述べた、と共同通信が報じた。)
    threads.py     threads a まとめ page pastes: post headers and readers' replies, no statements
    dates.py       relative dates, 同日, years with 年, date lines, the dates markers write (73日: 7/3)
"""
from __future__ import annotations

from datetime import date

from .. import Furniture, Language
from ...model import Claim, PartialDate
from . import attribute as _attribute, citations as _citations, dates as _dates, sentences as _sentences
from .lexicon import word_list


class Japanese(Language):
    code = "ja"
    furniture = Furniture(date=_dates.date_in_line, day=_dates.day_in_line, labels=_dates.DATE_LABELS, credit_labels=_dates.CREDIT_LABELS,
                          opening_labels=_dates.OPENING_LABELS, closing_labels=_dates.CLOSING_LABELS, announcing=_dates.ANNOUNCING,
                          notice=_dates.NOTICE, links=_dates.LINKS, listing=_dates.LISTING, comments=_dates.COMMENTS,
                          paper=r"[\u3041-\u3096\u4e00-\u9fff\u30a0-\u30ffー]{1,12}(?:" + "|".join(word_list("medium")) + ")")

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

    def is_citation_line(self, line):
        return _citations.is_citation_line(line)

    def not_statements(self, text, start, end):
        return _citations.editorial_marks(text, start, end)

    def attributions(self, article, layout, citations, sentences):
        return _attribute.attributions(article, layout, citations, sentences)

    def statement_date(self, claim: Claim, limit: int, ref: date | None, year: int | None, previous: Claim | None):
        d = _dates.frame_date(claim.text, limit, ref, year)
        if d is None and claim.content and limit == 0:         # 「…」と北町氏は19日、記者団に語った: the frame after what was said
            tail = claim.text[len(claim.content):]
            d = _dates.frame_date(tail, len(tail), ref, year)
        if d is None and claim.content and (at := claim.text.find(claim.content)) >= 0:     # 「…」と19日、述べた
            d = _dates.quotative_date(claim.text[at + len(claim.content):], ref, year)
        return d

    def same_day(self, text):
        return _dates.same_day(text)

    def another_time(self, text):
        return _dates.another_time(text)

    def dated_years(self, text):
        return _dates.dated_years(text)

    def reading_note(self, when: PartialDate, chosen: date):
        return _dates.reading_note(when, chosen)

    def name_suffixes(self):
        return word_list("title")


LANGUAGE = Japanese()
