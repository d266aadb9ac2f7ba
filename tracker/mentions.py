"""Outlets a statement's own sentence names: the stage after attribution that cites a statement
no citation covers to the outlet that spoke it or relayed it (時事通信によると…, NHKは…と報じた,
according to the AP, X told Reuters), and the statements after an outlet named as their source.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from . import lang, lexicon
from .attribute import media_speaker
from .furniture import announces
from .model import Article, Citation, Claim, Layout, Sentence, Speaker


def cite_named_outlets(article: Article, claims: list[Claim], citations: list[Citation],
                       year: int | None, layout: Layout | None = None,
                       sentences: list[Sentence] | None = None) -> tuple[list[Claim], list[Citation]]:
    """An outlet named in a statement's own sentence is its citation (docs/data-model.md): 時事通信に
    よると…, NHKは…と報じた, according to the AP, Reuters reported, X told Reuters. A statement no
    citation covers, whose speaker or intermediate source is a news outlet, is cited to a report of
    that outlet (kind `named`), its span the outlet's mention; the outlet is no longer an
    intermediate of its own report. Where the outlet speaks (reported, 報じた), the date its
    sentence gives outside what it says is the report's; where it relays in a clause of its own
    after what is said (…, the AP reported on July 9), the date that clause gives; otherwise the report's date is
    unknown, never guessed. An outlet given as the source of what follows (新華社通信によると、…,
    according to the AP, …) is also the report of the statements after it in its paragraph that
    name none of their own. An outlet that speaks is looked for from its statement's sentence's
    start (`sentences`): a second statement of a sentence (TBSは、…と主張していることについて、「…」と
    説明した) is the outlet's though the name stands before it."""
    from .dates import said_at

    out_claims, out_citations = [], list(citations)
    named: dict[tuple[int, int], int] = {}
    for k, c in enumerate(out_citations):
        if c.kind == "named":
            named.setdefault((c.start, c.end), k)
    starts = [p.start for p in layout.paragraphs] if layout else []
    opens = [s.start for s in sentences or ()]
    opened: tuple[int, int] | None = None     # (paragraph, citation) of an outlet named as the source
    spoke: tuple[int, int, str] | None = None  # (paragraph, citation, outlet) of the last outlet that spoke
    named_last: tuple[int, int] | None = None  # (paragraph, citation) of the last outlet a sentence named
    named_as: dict[object, tuple[int, int]] = {}   # the same, of each outlet
    excerpt: tuple[int, int] | None = None     # (paragraph, citation) of a paragraph in quotes the outlet after it was named for
    wholly: dict[int, bool] = {}

    def all_quoted(k: int) -> bool:
        """Whether paragraph k is one quote and nothing else (“…”, 「…」。): once a paragraph."""
        if k not in wholly:
            wholly[k] = _ALL_QUOTED.fullmatch(article.text, starts[k], layout.paragraphs[k].end) is not None
        return wholly[k]
    for cl in claims:
        # another outlet the sentence names as reporting it (…, Reuters reported; according to Bloomberg; told Sky
        # News), not as a company (Reuters said it would cut jobs; a spokesman for the BBC said), is cited too where
        # a citation covers the statement (the text a source line credits relays the AP), and in place of a
        # page's own publisher
        covering = citations[cl.citation] if cl.citation is not None else None
        para = bisect_right(starts, cl.start) - 1
        if cl.kind == "author_assertion" and excerpt is not None and para - excerpt[0] == 1 and all_quoted(para):
            # “…,” the AP reports. ⏎ “…”: a paragraph wholly in quotes that names no one goes on with the outlet's excerpt
            c, excerpt = out_citations[excerpt[1]], (para, excerpt[1])
            out_citations[excerpt[1]] = replace(c, scope=c.scope + ((cl.start, cl.end),))
            out_claims.append(replace(cl, kind="reported_fact", speakers=(media_speaker(c, canonical=True),), cue="", act="reported",
                                      citation=excerpt[1]))
            continue
        if cl.kind != "reported_speech" or covering is not None and not _relays(cl, covering):
            out_claims.append(cl)
            continue
        # under a covering report, the outlets other than its own (CHICAGO (Reuters) - …, Reuters reported: its own)
        relayed = covering is not None and covering.kind != "publisher"
        other = (lambda sp: lexicon.find_outlet(sp.name) is not lexicon.outlets().get(covering.outlet)) if relayed else (lambda sp: True)
        outlet = next((sp for sp in cl.speakers if sp.kind == "media" and other(sp)), None) \
            or next((o for x in cl.speakers if x.kind == "person" and (o := _outlet_of(x)) and other(o)), None)     # (ESPN's Jane Roe, MSNBC host …: the outlet's voice)
        speaking = outlet is not None
        outlet = outlet or next((v.source for v in cl.via if v.source.kind == "media" and other(v.source)), None) \
            or next((o for x in (*cl.speakers, *(v.source for v in cl.via)) if (o := _outlet_of(x)) and other(o)), None)
        sentence = opens[k - 1] if speaking and (k := bisect_right(opens, cl.start)) else cl.start
        announced = para > 0 and (cl.via or speaking) and announces(article.text, starts[para - 1], starts[para])
        if announced and cl.via:
            sentence = starts[para - 1]     # In an interview with CNN, the senator said:⏎…: the line that announces it names it
        span = _mention(article.text, cl, outlet, sentence) if outlet else None
        if span is None and speaking and announced:
            span = _mention(article.text, cl, outlet, starts[para - 1])     # CNNは5日、以下のように報じた。⏎「…」と伝えた。
        if span is None and covering is not None:
            out_claims.append(cl)
            continue
        # the outlet named just before, named again by what it is (The paper said …; a spokesperson told the outlet …),
        # or one the sentence names so and attribution knew (同紙によると…: the last paper): its report named before
        prior = named_last if outlet is None else named_as.get(lexicon.find_outlet(outlet.name) or outlet.name)
        if span is None and prior is not None and (back := _back_to_outlet(cl)) \
                and para - prior[0] <= 1 and (outlet is not None or _named_again(article.text, out_citations[prior[1]], cl, back[1])):
            c = out_citations[prior[1]]
            out_citations[prior[1]] = replace(c, scope=c.scope + ((cl.start, cl.end),))
            o = lexicon.outlets().get(c.outlet)
            again = Speaker(o.name, "media", back[0], (o.name, *o.aliases), o.wikidata) if o else \
                Speaker(c.outlet_written, "media", back[0])
            cl = replace(cl, citation=prior[1], speakers=(again,) if back[0] else cl.speakers,
                         via=tuple(v for v in cl.via if o is None or lexicon.find_outlet(v.source.name) is not o))     # (not its own intermediate)
            out_claims.append(cl)
            continue
        if span is None:
            # an outlet named as the source of what follows; or the outlet that spoke in its paragraph
            # speaking on unnamed (…と題する記事を掲載。…と解説。): the same report
            held = opened if opened is not None and opened[0] == para else \
                spoke if spoke is not None and spoke[0] == para and (speaking and spoke[2] == outlet.name or outlet is None and not cl.via and _HEARSAY.search(cl.text) and not _OWN_SOURCE.search(cl.text)) \
                else excerpt if excerpt is not None and para - excerpt[0] == 1 and all_quoted(para) \
                and (outlet is None or lexicon.find_outlet(outlet.name) is lexicon.outlets().get(out_citations[excerpt[1]].outlet)) \
                else None     # (ロイター通信は…と報じた。関係筋は「…」と述べたという。: what it heard, told on)
            if held is not None and held is excerpt:
                excerpt = (para, excerpt[1])        # “…,” the AP reports. ⏎ “…”: the excerpt goes on, a paragraph in quotes at a time
            if held is not None:
                c = out_citations[held[1]]
                out_citations[held[1]] = replace(c, scope=c.scope + ((cl.start, cl.end),))
                cl = replace(cl, citation=held[1])
            out_claims.append(cl)
            continue
        when = said_at(article, _frame_only(cl), article.published, year) if speaking else _relayed_on(article, cl, outlet, span, year)
        when = when or _issue_of(article, cl, span, year)
        first = _cite(article.text, cl, outlet, span, when, out_citations, named, covered=relayed)
        # the other outlets of a joint attribution (The BBC and Reuters reported; …, according to the
        # BBC and Reuters): a report of each
        others = {sp.name: sp for sp in (*cl.speakers, *(v.source for v in cl.via)) if sp.kind == "media" and sp.name != outlet.name and other(sp)}
        cited = {sp.name: k for sp in others.values() if (at := _mention(article.text, cl, sp)) is not None
                 and (k := _cite(article.text, cl, sp, at, when if sp in cl.speakers else None, out_citations, named,
                                 covered=relayed)) != first}
        also = tuple(dict.fromkeys(cited.values()))
        if relayed:          # the covering report, relaying these
            out_claims.append(replace(cl, also_cited=tuple(dict.fromkeys((*cl.also_cited, first, *also)))))
            continue
        via = tuple(v for v in cl.via if v.source != outlet and v.source.name not in cited)
        out_claims.append(replace(cl, citation=first, via=via, also_cited=also))
        source = cl.act == "accordingTo" or any(v.source == outlet and (v.cue or "").lower().endswith(_SOURCE_CUES) for v in cl.via)
        said = article.text.find(cl.content, cl.start, cl.end) if cl.content else -1
        opened = (para, first) if source and starts and 0 <= span[1] <= said else None     # not …, according to the AP.
        named_last = (para, first) if starts else None
        named_as[lexicon.find_outlet(outlet.name) or outlet.name] = (para, first)
        spoke = (para, first, outlet.name) if speaking and starts else None
        excerpt = (para, first) if starts and _OPENS_QUOTE.match(article.text, starts[para]) and cl.start < span[0] else None
    return out_claims, out_citations


def _cite(text: str, cl: Claim, outlet: Speaker, span: tuple[int, int], when, citations: list[Citation],
          named: dict[tuple[int, int], int], *, covered: bool = False) -> int:
    """The index of the report of `outlet` named at `span` that `cl` is cited to: the one another
    statement was cited to at the same mention (its scope grown by `cl`), else a new one. `named`:
    the named reports by their mention, kept as they are made (a page of mentions stays linear).
    A report a covered statement relays is of no block: the block's headline is its covering report's."""
    same = named.get(span)
    if same is not None:        # the mention one statement was cited to before: the same report
        citations[same] = replace(citations[same], scope=citations[same].scope + ((cl.start, cl.end),))
        return same
    found = lexicon.find_outlet(outlet.name) or lexicon.find_outlet(outlet.mention or "")
    written = text[span[0]:span[1]]
    citations.append(Citation(span[0], span[1], written, found.key if found else "name:" + outlet.name, written,
                              None, "named", scope=((cl.start, cl.end),), block=None if covered else cl.block, date=when,
                              date_note="the date its sentence gives the report" if when else None))
    named[span] = len(citations) - 1
    return len(citations) - 1


def _relays(cl: Claim, covering: Citation) -> bool:
    """Whether a statement's sentence names another outlet than its covering report's (the page's
    publisher, a block's, a source line's) as the one reporting it."""
    named = [sp for sp in (*cl.speakers, *(v.source for v in cl.via)) if sp.kind == "media"]
    pieces = [o for sp in (*cl.speakers, *(v.source for v in cl.via)) if sp.kind != "media" and (o := _outlet_of(sp))]   # a CNN poll
    others = [sp for sp in (*named, *pieces) if lexicon.find_outlet(sp.name) is not lexicon.outlets().get(covering.outlet)]
    return bool(others) and (cl.act in ("reported", "accordingTo") or any(v.source in others or _outlet_of(v.source) in others for v in cl.via))


def _issue_of(article: Article, cl: Claim, span: tuple[int, int], year: int | None):
    """The day of the paper's issue its mention names (3日付の読売新聞, 7月3日付朝日新聞朝刊, 朝日新聞（3日付）, 15日の東京新聞), or
    of the report it names as a source (AFP通信が4日報じたところによると): the report's date, read as the
    article's language reads a day."""
    lead = max(0, span[0] - 16)
    found = [m.group(1) for m in _ISSUE.finditer(article.text, lead, span[1])
             if m.start() >= span[0] or _ISSUE_GAP.fullmatch(article.text, m.end(), span[0])]
    found += [m.group(1) for m in [_REPORTED_ON.match(article.text, span[1]) or _ISSUE_AFTER.match(article.text, span[1])] if m]
    if _TOLD_IT.match(article.text, span[1]) and (day := _DAY_BEFORE.search(article.text, lead, span[0])):
        found.append(day.group(1))      # 党関係者が19日、共同通信に明らかにした: the day it was told, the report's
    if not found:       # (AFP通信が4日報じたところによると; 産経新聞は18日付の社説で)
        return None
    day = found[-1] + "、"
    return lang.of(article).statement_date(replace(cl, text=day, content=None), len(day), article.published, year, None)


_ISSUE = re.compile(r"((?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)(?:付|(?=の))")     # (15日の東京新聞: that day's)
_ISSUE_GAP = re.compile(r"の?\s*")
_DAY_BEFORE = re.compile(r"[がは]((?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)(?:夜|朝|午前|午後)?(?:に)?[、,]?$")
_TOLD_IT = re.compile(r"(?:の(?:取材|インタビュー))?に(?:対し(?:て)?)?[、,]?(?:明らかにし|語っ|話し|証言し|答え|述べ)")
# 産経新聞は18日付の社説で, 共同通信の18日の報道では: its issue or report of that day
_ISSUE_AFTER = re.compile(r"(?:[がは]、?|の)((?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)(?:付|の(?:報道|記事|紙面|朝刊|夕刊|電子版))")
_REPORTED_ON = re.compile(r"[がは]((?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)(?:夜|朝|午前|午後)?(?:に)?[、,]?(?:報じ|伝え|配信し|報道し)(?:た(?:ところ)?(?:によると|によれば|によりますと|では)"
                          r"|(?:た|ている|ました|ています)(?:という|とのことだ)?[。．])")     # (…ことが分かった。共同通信が19日報じた。: the sentence it credits)


def _frame_only(cl: Claim) -> Claim:
    """The claim with what it says blanked out: the day of an event it reports is not the day of the
    report (…was found alive on Sunday, Reuters reported: a report of unknown date)."""
    at = cl.text.find(cl.content) if cl.content else -1
    return cl if at == -1 else replace(cl, text=cl.text[:at] + " " * len(cl.content) + cl.text[at + len(cl.content):], content=None)


def _relayed_on(article: Article, cl: Claim, outlet: Speaker, span: tuple[int, int], year: int | None):
    """The date an outlet's own clause after what is said gives its report, next to its verb
    (…, the AP reported on July 9; …と述べた、と共同通信が9日報じた), read as a statement's date is;
    not a date of something else the clause names (…, the AP reported ahead of the July 20 vote)."""
    said = article.text.find(cl.content, cl.start, cl.end) if cl.content else -1
    cue = next((v.cue for v in cl.via if v.source == outlet and v.cue and not v.cue.lower().endswith(_SOURCE_CUES)), None)
    if said == -1 or span[0] < said + len(cl.content):
        return None
    stop = _CLAUSE_STOP.search(article.text, span[1], span[1] + _GIVEN_REACH * 4)
    clause = article.text[span[1]:stop.start() if stop else span[1]]
    if cue is None and _REPORTED_BY.search(article.text, max(cl.start, span[0] - 40), span[0]) and _DATE_AFTER.fullmatch(clause) \
            and clause.strip():     # …, as first reported by Axios on Monday: the day after its name
        whole = replace(cl, start=span[0], text=article.text[span[0]:span[1]] + clause, content=None)
        return lang.of(article).statement_date(whole, len(whole.text), article.published, year, None)
    if cue is None:
        return None
    # its verb: the via's, or the claim's where the via's is a later clause's (…, the Post reported Tuesday, citing officials)
    cue, at = next(((k, a) for k in (cue, cl.cue) if k and (a := clause.find(k)) != -1), (cue, -1))
    if at == -1 or not (_DATE_AFTER.fullmatch(clause, at + len(cue)) if cue.isascii() else
                        _DATE_BEFORE.fullmatch(clause, 0, at) and not clause[at + len(cue):].strip()):
        return None
    whole = replace(cl, start=span[0], text=article.text[span[0]:span[1]] + clause, content=None)
    return lang.of(article).statement_date(whole, len(whole.text), article.published, year, None)


# an outlet named again by what it is: The paper said, the newspaper reported, told the outlet, in an interview with the network
_OUTLET_NOUN = r"(?:outlet|paper|newspaper|network|broadcaster|magazine|publication|news\s+agency|wire\s+service)"    # (not the agency: the EPA's)
_BACK_TO_OUTLET = re.compile(rf"^(?P<subject>[Tt]he\s+{_OUTLET_NOUN})\s+(?:said|says|reported|reports|wrote|writes|added|noted)\b"
                             rf"|\b(?:told|to|with)\s+the\s+{_OUTLET_NOUN}(?=\s*(?:[,.;:!?]|that\b|on\b|in\b|$))"     # (not to the paper mill)
                             rf"|\btold\s+the\s+(?:station|daily|site|website|{_OUTLET_NOUN})(?=\s*(?:[,.;:!?]|that\b|on\b|in\b|$)|\s+(?:he|she|they|it|we)\s)")     # (not went to the station)
# in Japanese, the same (同) outlet, by its kind: 同紙によると, 同紙は…と報じた, 同通信の取材に (not 共同通信: the end of a name)
_BACK_JA = re.compile(r"(?<![\u3005\u30a0-\u30ff\u4e00-\u9fff])同(?P<noun>紙|誌|通信社?|放送|テレビ|サイト)"
                      r"(?=は|が|も|によ(?:ると|れば|りますと)|の(?:報道|記事|取材|調べ|集計|調査|インタビュー)|に(?:対し|語|話|明か|述べ|寄せ))")
_NOUN_KINDS = {"paper": "newspaper", "newspaper": "newspaper", "daily": "newspaper", "network": "broadcaster", "broadcaster": "broadcaster",
               "station": "broadcaster", "紙": "newspaper", "誌": "magazine", "通信": "agency", "通信社": "agency",
               "放送": "broadcaster", "テレビ": "broadcaster", "サイト": "web", "site": "web", "website": "web"}


def _back_to_outlet(cl: Claim) -> tuple[str | None, str] | None:
    """How the statement names an outlet again by what it is (the paper, 同紙), if it does: the
    mention when the outlet speaks (The paper said; 同紙は…と報じた, 同放送によると、…), and the noun.
    In Japanese only outside what is said (首相は「同紙の報道は誤りだ」と述べた: the prime minister's)."""
    if back := _BACK_TO_OUTLET.search(cl.text):
        return back.group("subject"), re.sub(r"^(?:[Tt]he|told|to|with)\s+(?:the\s+)?", "", back.group(0)).split()[0].lower()
    said = cl.text.find(cl.content) if cl.content else -1
    back = _BACK_JA.search(cl.text, 0, said if said > 0 else len(cl.text))
    if back is None:
        return None
    subject = back.group(0) if any((sp.mention or sp.name) == back.group(0) for sp in cl.speakers) else None
    return subject, back.group("noun")


def _named_again(text: str, c: Citation, cl: Claim, noun: str) -> bool:
    """Whether `noun` (the paper, the outlet, 紙) can name the outlet of `c` again: one of its kind
    (the paper: a newspaper, not CNN), with no other outlet, nor a paper of another kind (Dr. Kim
    published a paper), named between them."""
    o = lexicon.outlets().get(c.outlet)
    if noun in _NOUN_KINDS and (o is None or o.kind != _NOUN_KINDS[noun]):
        return False
    if cl.start - c.end > _AGAIN_REACH:
        return False            # (a paragraph or two away at most: one search each, never the page)
    between = text[c.end:cl.start]
    return not lexicon.outlet_pattern().search(between) and not re.search(rf"\b(?:a|an|his|her|their|its)\s+(?:\w+\s+)?{noun}\b", between, re.I)


# a paragraph opening with a quote mark: an excerpt's, where the one before it was
_OPENS_QUOTE = re.compile(r"\s*[“\"「]")
_ALL_QUOTED = re.compile(r"\s*(?:[“\"][^“”\"\n]*[”\"]|「[^「」\n]*」。?)\s*")
# a sentence told on as heard, closing it: the report named before it in its paragraph tells it
_HEARSAY = re.compile(r"(?:(?<!こと)という|とのこと(?:だ|です)?)[。．]?[」』）)]*\s*$")
# (not つまり…ということだ: the author's inference; nor what another source the sentence names told)
_OWN_SOURCE = re.compile(r"^(?:つまり|要するに|結局|だから|なので|やはり|ということは|ただ|しかし|一方)|によ(?:ると|れば|りますと)|から聞|に聞|(?<=[\u4e00-\u9fff])では")
_AGAIN_REACH = 1500
_REPORTED_BY = re.compile(r"\breported\s+(?:by|in)\s+(?:the\s+)?$", re.I)
# what may stand beside a relaying outlet's verb: its day and date, nothing else
_DATE_AFTER = re.compile(r"(?:\s+(?:on|late|early|last|this|[A-Z][a-z]*\.?|\d{1,4}(?:st|nd|rd|th)?,?))*\s*")
_DATE_BEFORE = re.compile(r"\s*[がはも]?、?\s*(?:[0-9０-９]{1,4}[年月日]|付|夜|朝|午前|午後|[、\s])*")
_CLAUSE_STOP = re.compile(r"[。！？!?\n]|[.;](?!\d)|,(?!\s?\d)")     # (not the comma of July 9, 2024)
_SOURCE_CUES = ("によると", "によれば", "によりますと", "according to", "reported by", "reported in")


def _outlet_of(sp: Speaker) -> Speaker | None:
    """The outlet a source belongs to, named at its head: CNNの世論調査, テレビ朝日の調査, the AP's poll,
    a New York Times report."""
    m = re.match(r"(?:[Tt]he\s+)?(.{2,30}?)(?:の|['’]s\s|(?<=s)['’]\s|\s+" + lexicon.JOURNALIST + r"\s+[A-Z])", sp.mention or sp.name) \
        or _PIECE_AFTER.fullmatch(sp.mention or sp.name)     # (Axios' Mike Allen, ESPN reporter Jane Roe)
    found = lexicon.find_outlet(m.group(1)) if m else None
    if found is None or lexicon.outlet_pattern().fullmatch(m.group(1).strip()) is None:
        return None
    return Speaker(found.name, "media", m.group(1), (found.name, *found.aliases), found.wikidata)


# an outlet's piece, the outlet before the noun: a New York Times report, an Associated Press analysis
_PIECE_AFTER = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(.{2,40}?)\s+(?:report|story|article|analysis|investigation|poll|survey|editorial|interview|"
                          r"tally|count|review|examination|estimate|calculation|study|database|tracker)s?")


def _mention(text: str, cl: Claim, outlet: Speaker, start: int | None = None) -> tuple[int, int] | None:
    """Where the claim (from `start`, where given: its sentence's) names the outlet: its mention as
    written, else any of its names; for an outlet the statement was given to or that reported it,
    the short sentence right after it too (…と語った。共同通信の取材に答えた。 …と述べた。ロイター通信が報じた。)."""
    names = sorted({outlet.mention, outlet.name, *outlet.aliases} - {"", None}, key=len, reverse=True)
    given = any(v.source == outlet and _RELAYED.match(v.cue or "") for v in cl.via) \
        or outlet in cl.speakers and (bool(_RELAYED.match(cl.cue or "")) or cl.act == "hearsay")     # …を固めた。NHKが報じた。: the credit after it speaks
    # (…辞任したそうです。NHKのニュースで見ました。: where it was heard)
    start = cl.start if start is None else min(start, cl.start)
    for end in (cl.end, min(len(text), cl.end + _GIVEN_REACH) if given else None):
        for name in names if end else ():
            at = text.find(name, start, end)
            if at != -1:
                return at, at + len(name)
    if cl.act == "hearsay":     # 日経新聞を読みました。…を始めたそうです: named in a sentence before, the last time
        found = [(at, name) for name in names if (at := text.rfind(name, max(0, cl.start - _GIVEN_REACH * 4), cl.start)) != -1]
        if found:
            at, name = max(found)
            return at, at + len(name)
    return None


_GIVEN_REACH = 40
_RELAYED = re.compile(r"取材|報じ|伝え|報道")
