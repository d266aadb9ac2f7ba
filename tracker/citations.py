"""Citations over the text: which statements each citation covers.

The language finds its citations (`Language.citations`); this stage orders them and gives each
the spans of text it covers. At the end of a quoted block a citation covers the block; in a
caption, the caption before it; a dated credit closing its paragraph, the paragraph; a dateline,
what follows it up to the next report or heading; after commentary, the commentary back to the
previous block, heading or citation. Credits nested in a report feed the report that covers them.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date

from . import lang, lexicon
from .model import Article, Citation, Layout, PartialDate
from .segment import QUOTE_MARK, lines, marked_quotes
from .spans import Spans


def find_citations(article: Article, layout: Layout) -> list[Citation]:
    """Every citation in the article, in text order, with the spans of text each covers: those its
    language writes, and the credit lines of any language (tracker.furniture)."""
    found = lang.of(article).citations(article, layout)
    found = found + _credit_lines(article, layout, found)
    found = found + _picture_credits(article, layout, found)
    found = sorted(found + _site_of(article, found), key=lambda c: c.start)
    return _assign_scopes(article.text, layout, found, lang.of(article))


def _site_of(article: Article, found: list[Citation]) -> list[Citation]:
    """A page on an outlet's own site (its URL's domain is in the registry) is that outlet's report:
    the outlet is its publisher, anchored where the page names it first (a page that never names
    its outlet gives no anchor, and no citation). Citations the text makes itself stay nearer."""
    if not article.url or any(c.kind in ("publisher", "repost") for c in found):
        return []
    outlet = lexicon.outlet_of_url(article.url)
    if outlet is None:
        return []
    text = article.text
    where = [(i, name) for name in (outlet.name, *outlet.aliases) if len(name) >= 2 and (i := text.find(name)) >= 0]
    if not where:
        return []
    i, name = min(where, key=lambda w: (w[0], -len(w[1])))       # the first, written in full
    return [Citation(i, i + len(name), name, outlet.key, name, None, "publisher")]


def _credit_lines(article: Article, layout: Layout, found: list[Citation]) -> list[Citation]:
    """A line that credits an outlet (2020年4月13日 NHKニュース, 出典：毎日新聞, Source: Reuters, a link
    to the outlet's site, ©NHK): `sourceline` when it opens what follows (以下…より, or it stands
    under a headline or at the start of the text), `creditline` when it closes the statements just
    before it, `publisher` when it is the page's masthead (a known outlet's name alone, before
    anything is said): every statement of the page is then that outlet's report."""
    from .furniture import Credit, announces, byline_credit, credit_line, day_line, opens_below, stated_publication
    from .pictures import picture_credit

    text, language, taken = article.text, lang.of(article), Spans(found)
    out: list[Citation] = []
    anything = False                    # a statement anywhere before
    previous = None                     # the paragraph before, if it says something
    dated = None                        # the date of a date line between it and this paragraph
    dated_at: int | None = None         # where that date line starts
    footer = False                      # the last credit closed its text with a date line above it
    header: date | None = None          # the date of a date line since the last paragraph that said something
    paras = layout.paragraphs
    listed = [(k, hit[1]) for k, p in enumerate(paras) if p.kind != "title" and (hit := _listing(text[p.start:p.end]))]
    listing, listed_as = listed[0] if len(listed) == 1 else (None, None)       # (one outlet's page: not a round-up's sections)
    for pi, p in enumerate(paras):
        inside = taken.overlap(p.start, p.end)
        if p.kind == "meta":
            credit = byline_credit(text, p.start, p.end)        # By AP News: a byline naming an outlet
        elif inside or picture_credit(text[p.start:p.end].strip().strip("()（）")):
            credit = None
        else:
            credit = credit_line(text, p.start, p.end)
            if credit is None and not anything and pi == listing:
                credit = Credit(listed_as, p.start, p.end, None, True)      # 伊勢新聞の配信記事一覧: a page of its stories
        if credit is None and previous is not None and (p.kind == "meta" or day_line(text[p.start:p.end])):
            dated, dated_at = stated_publication([text[p.start:p.end]]) or _day_of(text[p.start:p.end], language), p.start
            continue        # 配信2017年9月29日00時05分, 7/3(水) 10:05配信 between a text and its credit line: its date, not a break
        if credit is None and out and out[-1].kind in ("sourceline", "publisher", "creditline") and out[-1].when is None \
                and text[out[-1].end:p.start].strip(" \t") == "\n" and (p.kind == "meta" or day_line(text[p.start:p.end])) \
                and (day := _day_of(text[p.start:p.end], language) or stated_publication([text[p.start:p.end]])):
            out[-1] = replace(out[-1], end=p.end, text=text[out[-1].start:p.end], kind=out[-1].kind.replace("publisher", "sourceline"),
                              when=day if isinstance(day, PartialDate) else PartialDate.of(day))
            continue        # Press Association⏎Thursday June 3, 2004, 毎日新聞⏎11/19(火) 18:05配信: the date line under a source line (no masthead's)
        if credit is None and p.kind == "meta":
            header = stated_publication([text[p.start:p.end]]) or header       # Posted: Jul 20, 2010, over a source line
        if credit is None:
            says = p.kind in ("body", "caption") and not inside and (_statement_like(text[p.start:p.end])
                                                                     or announces(text, p.start, p.end))
            anything |= says
            header = None if says else header
            marks = not says and sum(e - s for s, e in language.not_statements(text, p.start, p.end)) >= len(text[p.start:p.end].strip())
            previous, dated, dated_at = (p if says else previous if marks else None), None, None      # (（略） between a text and its credit)
            if p.kind in ("body", "caption") and not inside:
                out += _run_in_credits(text, p.start, p.end, p.block)
            continue
        outlet = lexicon.find_outlet(credit.written) or lexicon.outlet_of_url(credit.written)
        key = outlet.key if outlet else "name:" + credit.written
        when = credit.when or (dated if isinstance(dated, date) else None)
        when = PartialDate.of(when) if when else _day_of(text[p.start:p.end], language) or (dated if isinstance(dated, PartialDate) else None)
        masthead = not anything and outlet is not None and when is None and not text[p.start:p.end].rstrip().endswith((":", "：")) \
            and (lexicon.find_outlet(text[p.start:p.end].strip()) is outlet or pi == listing)     # "Reuters has the story:" introduces
        closes = previous is not None and previous.block == p.block and not credit.opens \
            and not announces(text, previous.start, previous.end) \
            and not opens_below(text, language, previous, p, *[*paras[pi + 1:pi + 3], None, None][:2])
        kind = "publisher" if masthead else "creditline" if closes else "sourceline"
        if kind == "sourceline" and when is None and header:
            # Posted: Jul 20, 2010⏎Source: Associated Press, nothing said between: the story of the day it was posted
            when = PartialDate.of(header)
        link = not re.search(r"\s", text[p.start:p.end].strip()) and re.match(r"(?i:https?://|www\.)", text[p.start:p.end].strip())
        if kind == "sourceline" and out and out[-1].kind == "creditline" and (out[-1].outlet == key or link and footer) \
                and not _statement_like(text[out[-1].end:p.start]):
            # 朝日新聞デジタル⏎http://www.asahi.com/…, or a portal's link under a credit with its date line
            # (7/3(水) 10:05配信⏎毎日新聞⏎https://news.yahoo.co.jp/…): the same credit, closing
            kind, when = "creditline", when or out[-1].when
        if kind == "sourceline" and when is None and out and out[-1].kind == "sourceline" and out[-1].outlet == key \
                and not _statement_like(text[out[-1].end:p.start]):
            when = out[-1].when     # 2020年1月24日 NHK / ©NHK: the same credit again, nothing said between: its date
        if kind == "sourceline" and link and outlet is not None and outlet.kind == "portal" and out \
                and out[-1].kind == "sourceline" and out[-1].outlet != key and not text[out[-1].end:p.start].strip():
            # 「headline」|毎日新聞⏎http://headlines.yahoo.co.jp/hl?a=20060405-…: a portal's link right
            # under the line naming the outlet is where the report was read, one credit: the outlet's, with the link's date
            out[-1] = replace(out[-1], end=p.end, text=text[out[-1].start:p.end], when=out[-1].when or when)
            previous, dated, dated_at = None, None, None
            continue
        s, e = _strip(text, max(p.start, credit.start), p.end)       # (a paragraph's last sentence, after what it says)
        footer = kind == "creditline" and dated is not None and credit.start <= p.start     # (dated_at is set with dated)
        if footer:
            s = dated_at            # the date line above is the credit's: no statement
        out.append(Citation(s, e, text[s:e], key, credit.written, when, kind, block=p.block))
        previous, dated, dated_at = None, None, None
    return out


def _listing(line: str) -> tuple[lexicon.Outlet, str] | None:
    """The outlet a line heading a portal's page of its stories names (伊勢新聞の配信記事一覧), if the registry knows it
    whole, and its name as written."""
    for f in (language.furniture for language in lang.known() if language.furniture is not None):
        m = re.fullmatch(f.listing, line.strip()) if f.listing else None
        name = next((v for v in m.groupdict().values() if v), None) if m else None
        if name and lexicon.known_whole(re.sub(r"^(?i:the)\s+", "", name)) and (found := lexicon.find_outlet(name)) and found.kind != "portal":
            return found, name      # (the name whole: not Reuters haters; not a portal's, whose stories are others')
    return None


def _day_of(line: str, language) -> PartialDate | None:
    """A credit line's month and day without its year (6/24(月) 8:00配信 毎日新聞), the article's date to complete it."""
    found = language.furniture.day(line) if language.furniture.day else None
    return PartialDate(((None, found[0], found[1]),), found[2], found[3]) if found else None


# an outlet's name run into a page copied without its line breaks: …を行った。 聯合ニュース ■要約 … (… in June 2018. — Bernama: a dash after a stop)
_RUN_IN = re.compile(r"(?:(?<=[。！？!?」])\s+|(?<=[.!?。！？”\"’」])(?P<dash>\s*[-–—―]{1,2})\s*)(?P<credit>[^\s。！？!?「」■◆●▼・【]{2,30}(?:\s[^\s。！？!?「」■◆●▼・【]{1,12})?)(?=\s+[■◆●▼・【]|\s*$)")


def _run_in_credits(text: str, start: int, end: int, block: int | None) -> list[Citation]:
    """Credit lines a paragraph holds after its sentences, where the page lost its line breaks."""
    from .furniture import credit_line

    out = []
    for m in _RUN_IN.finditer(text, start, end):
        credit = credit_line(text, m.start("credit"), m.end("credit"))
        outlet = credit and (lexicon.find_outlet(credit.written) or lexicon.outlet_of_url(credit.written))
        if outlet:
            s = m.end("dash") - len(m.group("dash").lstrip()) if m.group("dash") else m.start("credit")
            out.append(Citation(s, m.end("credit"), text[s:m.end("credit")], outlet.key, credit.written,
                                None, "creditline", block=block))
    return out


# a picture's credit closing its caption, in parentheses: (AP Photo/Jane Roe), (写真=共同通信)
_PAREN_AT_END = re.compile(r"[(（](?P<content>[^()（）\n]{2,80})[)）]\s*$")


def _picture_credits(article: Article, layout: Layout, found: list[Citation]) -> list[Citation]:
    """Credits of pictures (`pictures.picture_credit`), closing a caption or on a line of their
    own under it (REUTERS/Jane Roe): they cite the caption, and nothing beyond it."""
    from .pictures import picture_credit

    text, taken = article.text, Spans(found)
    out: list[Citation] = []
    for p in layout.paragraphs:
        if p.kind not in ("body", "caption"):
            continue
        m = _PAREN_AT_END.search(text, p.start, p.end)
        s, e = (m.start(), m.end()) if m else _strip(text, p.start, p.end)
        written = picture_credit(m.group("content") if m else text[s:e])
        if written is None or taken.overlap(s, e):
            continue
        outlet = lexicon.find_outlet(written)
        out.append(Citation(s, e, text[s:e], outlet.key if outlet else "name:" + written, written, None, "picture", block=p.block))
    return out


def _statement_like(line: str) -> bool:
    """A paragraph that says something: it ends as a sentence does, or runs long; not a headline."""
    line = line.strip()
    return len(line) > 60 or bool(re.search(r"[。．.!?！？][」』”’\"')）]*$", line))


_LABEL_TAIL = re.compile(r"(?i:via|h/t|hat tip)\b")      # a credit without brackets closing its paragraph (lang/en/citations.py)


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def cited(text: str, s: int, e: int, outlet_written: str, when: PartialDate | None, kind: str, block: int | None) -> Citation:
    """A citation of text[s:e] to the outlet named `outlet_written`: a known outlet's key, else
    the name as written."""
    found = lexicon.find_outlet(outlet_written)
    key = found.key if found else "name:" + outlet_written
    return Citation(s, e, text[s:e], key, outlet_written, when, kind, block=block)


def excluded_spans(article: Article, layout: Layout, citations: list[Citation]) -> list[tuple[int, int]]:
    """Spans that are not statements: citation markers, credits, what the language marks as
    editorial."""
    spans = [(c.start, c.end) for c in citations]
    language = lang.of(article)
    for para in layout.paragraphs:
        spans.extend(language.not_statements(article.text, para.start, para.end))
        if _LINK_LINE.fullmatch(article.text, para.start, para.end):
            spans.append((para.start, para.end))        # a link on a line of its own says nothing
    for start, end in marked_quotes(article.text):      # the marks of lines quoted (> …): no part of what they say
        spans.extend(mark.span() for s, _ in lines(article.text[start:end]) if (mark := QUOTE_MARK.match(article.text, start + s, end)))
    return sorted(spans)


_LINK_LINE = re.compile(r"\s*(?:[^\s:：]{1,12}\s*[:：]\s*)?(?:https?://|www\.)\S+\s*")


# a sentence's stop at the end of what precedes a credit: the credit stands after the sentence, not in it
_STOPPED = re.compile(r"[.!?。！？][”’\"')\]」』]*\s*$")


def _assign_scopes(text: str, layout: Layout, cits: list[Citation], language: lang.Language) -> list[Citation]:
    paras, quoted = layout.paragraphs, marked_quotes(text)
    para_starts = [p.start for p in paras]
    boundaries = sorted(
        [b.start for b in layout.blocks] + [b.end for b in layout.blocks]
        + [p.end for p in paras if p.kind in ("title", "heading")]
    )
    # a run of lines marked as quoted (> …): a credit inside or under it reaches back to its start, one over it to its end
    forward = sorted(boundaries + [e for _, e in quoted])
    boundaries = sorted(boundaries + [s for s, _ in quoted])
    # where an opening citation's report may end: not at a credit, nor at an issue credit or a
    # picture's, which cover only their own paragraph (what follows is still the report they sit in)
    reports = [c for c in cits if c.kind not in ("credit", "issue", "picture", "firstreport")]
    report_starts = [c.start for c in reports]

    # where a run of one outlet's reports ends and where the next story opens (a dateline or a
    # bracket, whatever its outlet), for each report, found once: linear in the article
    run_end, next_story = [len(reports)] * (len(reports) + 1), [len(reports)] * (len(reports) + 1)
    for k in range(len(reports) - 1, -1, -1):
        run_end[k] = run_end[k + 1] if k + 1 < len(reports) and reports[k + 1].outlet == reports[k].outlet else k + 1
        next_story[k] = k if reports[k].kind in ("dateline", "bracket") else next_story[k + 1]

    def until_another(c: Citation) -> int:
        """Where what an opening citation covers ends: the next report of another outlet (the same
        outlet's credit under a photo continues it, and so does any picture's credit), the next
        story (a dateline or a bracket), or the next block or heading."""
        k = bisect_right(report_starts, c.end)
        other = k if k < len(reports) and reports[k].outlet != c.outlet else run_end[k]
        j = min(other, next_story[k])
        later = [x for x in (report_starts[j] if j < len(reports) else None, _next_after(forward, c.end)) if x is not None]
        return min(later + [len(text)])

    # for each paragraph, the end of the last one before it that is only a sentence announcing what follows it (Here are
    # the week's stories:): the author's, which a credit closing the text below does not reach back over (a report's
    # own sentence before it, 報道官は25日…答えた。主なやりとりは次の通り。, is the report's)
    from .furniture import announces
    announcing, last = [], 0
    for p in paras:
        announcing.append(last)
        if p.kind == "body" and announces(text, p.start, p.end) and not any(text[e:p.end].strip() for e in language.sentence_ends(text, p.start, p.end)):
            last = p.end

    forms = [f.comments for f in (x.furniture for x in lang.known()) if f is not None and f.comments]
    comments = re.compile("|".join(forms)) if forms else None
    heads = [p.start for p in paras if comments and p.kind != "title" and comments.fullmatch(text[p.start:p.end].strip())]

    def page_end(at: int) -> int:
        """Where the page's readers' comments start after `at` (the line heading them), else its end."""
        return heads[k] if (k := bisect_right(heads, at)) < len(heads) else len(text)

    out: list[Citation] = []
    paragraph_ends: dict[int, list[int]] = {}       # where a paragraph's sentences end, for the credits inside them
    prev_cit = 0                    # end of the previous report citation (cits are in text order)
    for c in cits:
        if c.kind == "credit":
            out.append(c)
            continue
        pi = bisect_right(para_starts, c.start) - 1
        para = paras[pi] if pi >= 0 and c.start < paras[pi].end else None
        if c.kind == "publisher":       # the page, to its readers' comments
            scope = ((0, page_end(c.start)),)
        elif c.kind == "repost":        # the page, but the paragraph of the credit, and the author's own words before or after
            end = page_end(c.start)
            scope = ((0, end),)
            if para is not None:
                after = paras[pi + 1] if pi + 1 < len(paras) else None
                closing = any(p.kind == "body" for p in paras[:pi])        # (not a transcript's header naming its programme)
                own = closing and after is not None and language.own_voice(text, after.start, after.end)   # (…contributed. ⏎ My take: …)
                scope = ((language.pasted_start(text, announcing[pi], para.start), para.start),
                         (para.end, para.end if own else language.pasted_end(text, para.end, end) if closing else end))
        elif c.kind == "picture":        # its caption: the paragraph it closes, or the one above it
            caption = (para.start, c.start) if para is not None and text[para.start:c.start].strip() else (
                (paras[pi - 1].start, paras[pi - 1].end) if pi > 0 and paras[pi - 1].kind in ("body", "caption") else None)
            out.append(replace(c, scope=(caption,) if caption else ()))
            continue
        elif c.kind == "firstreport":    # Politico first reported the cuts.: what its paragraph said before it, else the one above
            before = (max(para.start, prev_cit), c.start) if para is not None and text[para.start:c.start].strip() else (
                (max(paras[pi - 1].start, prev_cit), paras[pi - 1].end) if pi > 0 and paras[pi - 1].kind == "body" else None)
            scope = (before,) if before and before[1] > before[0] else ()
        elif c.kind == "sourceline":
            later = [x for x in (_next_after(report_starts, c.end), _next_after(forward, c.end)) if x is not None]
            if c.text.lstrip()[:1] in "■◆●□◇▼▽★☆" and (gap := re.compile(r"\n[ \t\u3000]*\n").search(
                    text, re.compile(r"\s*").match(text, c.end).end(), min(later + [len(text)]))):     # (no further than the next: linear)
                later.append(gap.start())       # ■毎日新聞：見出し⏎…: a round-up's item, to the blank line closing it
            scope = ((c.end, language.pasted_end(text, c.end, min(later + [len(text)]))),)
        elif c.kind == "endcredit":
            first = next((p.start for p in paras if p.kind not in ("title", "heading")), 0)
            scope = ((first, c.start),)
        elif c.kind == "aired":         # … was interviewed on Lakeside Radio. The following is my transcript …: the turns the language found
            scope = c.scope
        elif c.kind == "label" and para is not None:            # Via The Verge: …, From BBC News: …: its paragraph alone
            scope = ((c.end, para.end),)
        elif c.kind == "dateline" or (c.kind == "bracket" and para is not None and not text[para.start:c.start].strip()
                                      and text[c.end:para.end].strip() and c.block is None):
            scope = ((c.end, language.pasted_end(text, c.end, until_another(c))),)     # 【北京聯合ニュース】…, 【モデルプレス＝2026/02/18】… opening the story
        elif c.block is not None:
            blk = layout.blocks[c.block]
            scope = ((max(blk.start, prev_cit), c.start),)
        elif para is not None and para.kind == "caption" and text[para.start:c.start].strip(" \u3000(（"):
            scope = ((max(para.start, prev_cit), c.start),)
        elif c.kind == "inline" and _LABEL_TAIL.match(c.text) and para is not None:
            scope = ((language.pasted_start(text, max(para.start, prev_cit), c.start), c.start),)     # …, via CNN.: its paragraph alone
        elif c.kind == "inline" and c.text.startswith("[") and para is not None:
            scope = ((max(para.start, prev_cit), c.start),)     # a newsletter's item closed by [Reuters]: that item alone
        elif c.kind == "issue" and para is not None and text[para.start:c.start].strip():
            scope = ((para.start, c.start),)         # 「…」=19日付『朝日新聞』: the issue credits what its paragraph says
        elif c.kind == "inline" and c.text.startswith(("(", "（")) and c.when is None and para is not None \
                and text[para.start:c.start].strip() and not _STOPPED.search(text, para.start, c.start):
            ends = paragraph_ends.get(pi)
            if ends is None:
                ends = paragraph_ends[pi] = language.sentence_ends(text, para.start, para.end)     # once a paragraph: linear
            k = bisect_right(ends, c.start) - 1
            while k >= 0 and not text[ends[k]:c.start].strip():
                k -= 1
            scope = ((max(ends[k] if k >= 0 else para.start, prev_cit), c.start),)     # … in August (WSJ).: its own sentence
        elif c.kind == "inline" and c.when is not None and para is not None and _says_more(text[para.start:c.start]):
            scope = ((language.pasted_start(text, max(para.start, prev_cit), c.start), c.start),)     # a dated credit closing its paragraph
        elif para is not None and text[para.start:para.end].strip() == c.text.strip() and pi > 0 and paras[pi - 1].block is not None:
            blk = layout.blocks[paras[pi - 1].block]
            scope = ((blk.start, blk.end),)
        else:
            k = bisect_right(boundaries, c.start) - 1
            scope = ((language.pasted_start(text, max(boundaries[k] if k >= 0 else 0, prev_cit, announcing[pi] if pi >= 0 else 0), c.start), c.start),)
        prev_cit = max(prev_cit, c.end)
        out.append(replace(c, scope=scope))
    # a credit feeds the report whose citation covers it, or the report of its block
    credits = [(j, k) for j, k in enumerate(out) if k.kind == "credit"]
    if not credits:
        return out
    final = []
    for c in out:
        if c.kind != "credit":
            ups = tuple(j for j, k in credits if any(s <= k.start < e for s, e in c.scope)
                        or (c.block is not None and k.block == c.block))
            c = replace(c, upstream=ups)
        final.append(c)
    return final


def _says_more(before: str) -> bool:
    """Whether a paragraph holds statements before its closing credit, rather than only the
    quoted headline of the report it links to (「…」（毎日新聞 2024年7月5日））."""
    before = before.strip()
    return bool(before) and not re.fullmatch(r"[「『“\"][^「」『』]*[」』”\"]", before)


def _next_after(sorted_values: list[int], pos: int) -> int | None:
    k = bisect_right(sorted_values, pos)
    return sorted_values[k] if k < len(sorted_values) else None
