"""Attribute every statement: who says it, with which cue, and under which citation.

The language reads its sentences into attributions (`Language.attributions`), each centred on a
cue where it has one: a speech verb with its quotative, an "according to" phrase, a source in
parentheses after a quote, a credit line. A cue makes a claim wherever it sits, so one sentence
may give several claims and one claim may lie inside another. This stage is what every language
shares: the citation that covers each statement, the cited report as the speaker of a statement
no cue attributes inside a quoted report, the author as the speaker of their own (an opinion
when hedged), the credited sources a report passes on, and for an uncited statement the quoted
report next to it that might support it.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, fields, replace

from . import lang, lexicon
from .coverage import Coverage
from .model import UNNAMED_AUTHOR, Article, Attribution, Citation, Claim, Layout, Sentence, Speaker, Via
from .posts import signed


def attribute(article: Article, layout: Layout, citations: list[Citation], sentences: list[Sentence]) -> list[Claim]:
    """Turn sentences into claims (dates are left to the dates stage)."""
    found = signed(article.text, layout, lang.of(article).attributions(article, layout, citations, sentences))
    cover = Coverage(citations)
    author = Speaker(article.author or layout.site or UNNAMED_AUTHOR, "author", "")
    claims = [_claim(article, a, citations, cover, author, layout.paragraphs[a.paragraph].block) for a in found]
    return with_nearby(claims, citations, layout)


@dataclass
class Draft:
    """An attribution while a language works it out (languages add what they need to know)."""
    start: int
    end: int
    paragraph: int
    kind: str = "reported_fact"
    speakers: tuple[Speaker, ...] = ()
    mention: str | None = None
    cue: str | None = None
    act: str = "reported"
    content: tuple[int, int] = (0, 0)
    quoted: bool = False
    stance: str = "Assertive"
    via: tuple[Via, ...] = ()
    attitude: str = "speech"
    frame: tuple[int, int] | None = None

    def attribution(self) -> Attribution:
        return Attribution(**{f.name: getattr(self, f.name) for f in fields(Attribution)})


def _claim(article: Article, a: Attribution, citations: list[Citation], cover: Coverage, author: Speaker, block: int | None) -> Claim:
    news = a.kind != "reported_speech"        # (Politico first reported the cuts.: the news, not a quote of someone's)
    cit = cover.citation_at(a.start, news=news)
    also = tuple(i for i in [cover.relayed_at(a.start)] if i is not None) if news else ()
    kind, speakers, cue, act, stance = a.kind, a.speakers, a.cue, a.act, a.stance
    if kind in ("author_assertion", "author_opinion"):      # the author's own words (I think …), whatever report covers them
        cit, speakers, cue = None, (author,), None
        act = "opined" if kind == "author_opinion" else "asserted"
    elif kind == "reported_fact":
        if cit is not None:
            speakers = (media_speaker(citations[cit], canonical=True),)
            cue = citations[cit].cue if block is None else ""
            if block is None:
                act = "reported"
        elif block is None:
            kind = "author_opinion" if stance == "Speculative" else "author_assertion"
            speakers, act, cue = (author,), "opined" if kind == "author_opinion" else "asserted", None
        else:
            speakers = (Speaker("unattributed quotation", "anonymous", ""),)
    via = a.via
    if cit is not None:
        via = via + tuple(Via(citations[u].outlet_written, media_speaker(citations[u], canonical=False), citations[u].cue, credit=u)
                          for u in citations[cit].upstream)
    return Claim(
        start=a.start, end=a.end, text=article.text[a.start:a.end], line=article.line_of(a.start),
        kind=kind, speakers=speakers, mention=a.mention, cue=cue, act=act, content=article.text[a.content[0]:a.content[1]],
        quoted=a.quoted, stance=stance, citation=cit, via=via, block=block, attitude=a.attitude,
        also_cited=also if cit is not None else (), frame=a.frame,
    )


def media_speaker(c: Citation, *, canonical: bool) -> Speaker:
    """The outlet a citation names as a speaker: by the name it goes by in the article's script
    (lexicon.outlet_name), or as written."""
    o = lexicon.outlets().get(c.outlet)
    name = lexicon.outlet_name(c.outlet, c.outlet_written) if canonical else c.outlet_written
    return Speaker(name, "media", c.outlet_written, (o.name, *o.aliases) if o else (), o.wikidata if o else None)


def with_nearby(claims: list[Claim], citations: list[Citation], layout: Layout) -> list[Claim]:
    """For each uncited statement, the quoted report next to it that might support it: the
    closest block citation with no heading between them."""
    heads = sorted(p.start for p in layout.paragraphs if p.kind in ("heading", "title"))
    scopes = sorted((c.scope[0][0], c.scope[0][1], i) for i, c in enumerate(citations)
                    if c.kind != "credit" and c.block is not None and c.scope)
    starts = [s for s, _, _ in scopes]
    ends = sorted((e, i) for _, e, i in scopes)
    end_keys = [e for e, _ in ends]

    def clear(lo: int, hi: int) -> bool:
        k = bisect_left(heads, lo)
        return not (k < len(heads) and heads[k] < hi)

    out = []
    for cl in claims:
        if cl.citation is not None or cl.kind == "author_opinion":
            out.append(cl)
            continue
        options = []
        k = bisect_left(starts, cl.end)
        if k < len(scopes) and clear(cl.end, scopes[k][0]):
            options.append((scopes[k][0] - cl.end, scopes[k][2]))
        k = bisect_right(end_keys, cl.start) - 1
        if k >= 0 and clear(ends[k][0], cl.start):
            options.append((cl.start - ends[k][0], ends[k][1]))
        out.append(replace(cl, nearby=min(options)[1]) if options else cl)
    return out
