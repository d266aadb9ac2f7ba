"""Segment an article: title, headings, captions, quoted report blocks, paragraphs, sentences.

A quoted block runs from a `****title****` line to a line of asterisks; everything outside
blocks is the author's commentary. Each non-blank line is a paragraph, unless the text was wrapped
by hand (`soft_breaks`: a mail, a forum post or a PDF copied line by line): then a line that goes on
in the next is one paragraph with it. Where sentences end is the article's language's to say
(`Language.sentence_ends`); the rest is typography.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache

from . import lang, lexicon
from .model import Article, Block, Layout, Paragraph, Sentence

_BLOCK_OPEN = re.compile(r"[*＊]{2,}\s*(?P<title>[^*＊].*?)\s*[*＊]{2,}")
_BLOCK_CLOSE = re.compile(r"[*＊]{3,}")
_HEADING = re.compile(
    r"【[^【】。]*】|[<＜〈《][^<>＜＞〈〉《》。]{1,60}[>＞〉》]"       # (not sentences in them: a pasted report, read)
    # a line under a mark (■要約, ◇日韓関係, ■なぜ円安が進むのか？, ◇市長、議会で説明へ。): not one that quotes someone
    # and ends as a sentence does (▼市長は「…」と語った。), nor a name and the quote that makes up the rest
    # (◇尹大統領「…」: a list of reactions), nor a sentence of running English (● The mayor said the bridge would close.)
    r"|[■◆●▼◇□▽☆★◎](?!.*「[^「」]+」.*[。．]$)(?![ \u3000]*[^\s「」、。]{2,20}「(?:[^「」]|「[^「」]*」)*」$)"
    r"(?![ \u3000]*[^\s「」、。]{2,20}の(?:話|談話|コメント)[ \u3000：:])"      # (◇佐藤院長の話　…: a comment, its speaker first)
    # (◇試合は…先制した。後半に…追いつかれた。: two sentences, the last closed by a full stop, are no heading;
    # ■２．財政, ◇第２部。激動の時代へ, ■…進むか？ 専門家の見方, ◆大谷翔平が衝撃！…を達成 are)
    r"(?![^\n]{0,60}?[。．！？!?][ \u3000]*[^\s。．！？!?」』)）][^\n]{0,60}?[。．！？][」』)）]?[ \t\u3000]*$)"
    r"(?![ \u3000]*[A-Z][\w'’-]*(?:\s+[\w'’,-]+){5,}(?<=[a-z])\.[\"”’]?$).{0,60}"
    r"|[A-Z][A-Z0-9 &'’\-]{2,40}"     # a section's name in capitals: TOP STORIES
    r"|#{1,6}[ \t]+[^\n]{1,100}"      # ## Claim 1: bridge funding: Markdown's
    r"|\d{1,2}[)）.．]\s*(?![^。]*(?:[.][\"'”’)\]]*|\s[(\[][A-Za-z][^()\[\]]{1,40}[)\]]\.?|,\s[^,]{1,40}\s(?:said|says|reported|reports))$)[^。]{1,60}"     # a numbered item that ends with a full stop, a credit or a reporting clause is said
    r"|\d{1,2}\u3000[^\s。、．.!?！？,をがにではも]{1,8}"     # １　発表事項: a numbered section of a Japanese record (not １　補助金を延長: an item)
)
_CAPTION = re.compile(r"[(（].*[)）]", re.S)
_PAIR = {"(": ")", "（": "）"}


def lines(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "\u3000\u00a0\u200b"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\u3000\u00a0\u200b"):
        end -= 1
    return start, end


def segment(article: Article) -> Layout:
    """Split the article into paragraphs and quoted blocks."""
    text = article.text
    is_citation_line = lang.of(article).is_citation_line
    paragraphs: list[Paragraph] = []
    blocks: list[Block] = []
    open_block: dict | None = None
    title = site = None
    spans = [strip_span(text, ls, le) for ls, le in lines(text)]
    soft = soft_breaks(text, spans, is_citation_line)
    joined = False                      # the line before went on in this one
    notices = 0                         # the notice lines above everything else (FOR IMMEDIATE RELEASE)

    def close(end: int, closed: bool) -> None:
        nonlocal open_block
        if open_block is not None:      # a block left open with nothing in it ends with its title line
            end = max(end, open_block["title_end"])
            blocks.append(Block(len(blocks), open_block["title"], open_block["start"], end, closed))
            open_block = None

    for i, (s, e) in enumerate(spans):
        if s == e:
            continue
        joins, joined = joined, i in soft
        line = text[s:e]
        if _BLOCK_CLOSE.fullmatch(line):
            close(e, True)
            continue
        m = _BLOCK_OPEN.fullmatch(line)
        if m:
            close(paragraphs[-1].end if paragraphs else s, False)
            open_block = {"title": m.group("title").strip(), "start": s, "title_end": e}
            continue
        block = len(blocks) if open_block is not None else None
        alone = not joins and not joined        # (a line of its own, not one of a paragraph wrapped by hand)
        if len(line) <= 140 and (_notice(line) or alone and (_link_line(line) or _BREADCRUMB.fullmatch(line))
                                 or _NAVIGATION.fullmatch(line) and _NAVIGATES.search(line)):
            notices += len(paragraphs) == notices
            paragraphs.append(Paragraph(s, e, "meta", block))        # FOR IMMEDIATE RELEASE, 報道関係者各位: above the title too
            continue
        if title is None and len(paragraphs) == notices and _is_title(line, more=bool(text[e:].strip())):
            title, site = _split_title(re.sub(r"^#{1,6}[ \t]+", "", line))     # (# Weekly roundup: Markdown's title)
            paragraphs.append(Paragraph(s, e, "title", block))
            continue
        if line == title or _HEADING.fullmatch(line) and not is_citation_line(line):
            kind = "title" if line == title else "heading"
        elif _CAPTION.fullmatch(line) and block is None:
            kind = "caption"
        else:
            kind = "body"
        if (joins and kind == "body" and paragraphs and paragraphs[-1].kind == "body" and paragraphs[-1].block == block
                and not is_citation_line(line)):
            paragraphs[-1] = Paragraph(paragraphs[-1].start, e, kind, block)
            continue
        paragraphs.append(Paragraph(s, e, kind, block))
    close(paragraphs[-1].end if paragraphs else len(text), False)
    return Layout(tuple(paragraphs), tuple(blocks), title, site)


def marked_quotes(text: str) -> list[tuple[int, int]]:
    """Each run of lines marked as quoted (> …, ＞ …, as mail and forums quote), in order: what a
    credit inside one covers goes no further. A reply's pointer (>>1) marks none."""
    out, start = [], None
    for s, e in lines(text):
        if (QUOTE_MARK.match(text, s, e) is not None) != (start is not None):
            if start is None:
                start = s
            else:
                out.append((start, max(s - 1, start)))
                start = None
    return out + [(start, len(text))] if start is not None else out


# a line's mark as quoted, with the space around it (> …, ＞ …; not >>1, a reply's pointer)
QUOTE_MARK = re.compile(r"[ \t\u3000]*[>＞](?![>＞])[ \t\u3000]*")


# wrapped by hand: lines cut at a width between these (in columns, a wide character two), within
# _WRAP_SLACK of the widest line of their run, and few of them ending a sentence where they are cut
_WRAP_WIDTHS = (40, 160)
_WRAP_SLACK = 0.12
_ENDS_SENTENCE = re.compile(r"[。．.！？!?:：][」』”’\"')）\]]*$")
_SENTENCE_STOP = re.compile(r"[。．！？]|[.!?][\"'”’)]*(?:\s|$)")
# a line ending in a time stamp, an ID after it perhaps: a post's header (1: 名無しさん 2024/11/19(火) 12:34:56.78 ID:Ab12), no prose
_STAMPED = re.compile(r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s+ID:\s*\S+)?\s*$")
_QUOTE_CLOSES = re.compile(r"[.!?,…][\"”’]\s*$")
_SIGNS_A_QUOTE = re.compile(r"\s*(?:—|–|―|--)\s*[A-Z](?:[^\n.!?:;()@\"“”]|\.(?!\s+[a-z])){1,60}(?<![!?:;])\s*")     # (not — Jane Roe (@janeroe) …: a post's)
_LIST_ITEM = re.compile(r"[・･●○■□◆◇▼▽★☆※＊*\-–—>＞|｜]|\d{1,2}[.)．）]\s")


def soft_breaks(text: str, spans: list[tuple[int, int]], is_citation_line=lambda line: False) -> set[int]:
    """The lines (indices into `spans`, each a stripped line) that go on in the next: the text was
    wrapped at a width by hand. A run of lines of very different lengths, or of lines that each
    end a sentence, is kept line by line: those are paragraphs, list items, headlines. (A quote
    running over lines of their own is left as it is: joining them lost more speakers on the
    real pages than it found.)"""
    from .furniture import credit_line      # (furniture reads layouts: imported where used)

    out: set[int] = set()
    run: list[int] = []
    for i, (s, e) in enumerate([*spans, (0, 0)]):
        if s < e:
            run.append(i)
            continue
        if len(run) >= 2:
            out |= _wrapped(text, spans, run)
            # a line ending on a comma goes on in the next, whatever the width: 会談(11日)で、⏎11日午前の…
            out |= {k for k in run[:-1] if (text[spans[k][1] - 1] in "、，" or _cut_mid_sentence(text, spans[k], spans[k + 1]))
                    and not is_citation_line(text[spans[k][0]:spans[k][1]]) and credit_line(text, *spans[k]) is None}
        run = []
    signed = {i for i in range(len(spans) - 1) if spans[i][0] < spans[i][1] and _QUOTE_CLOSES.search(text, *spans[i])
              and _SIGNS_A_QUOTE.fullmatch(text, *spans[i + 1])}         # "…"⏎— Sen. Jane Roe: the quote and who said it
    return {i for i in out if not _LIST_ITEM.match(text, spans[i + 1][0]) and not _STAMPED.search(text, *spans[i])} | signed


def _cut_mid_sentence(text: str, line: tuple[int, int], after: tuple[int, int]) -> bool:
    """A line cut where no sentence, heading or credit can end, the next going on: the mayor said
    the⏎bridge…; 市は住民に避難を呼⏎びかけた (prose with a comma in it, the next line in kana)."""
    s, e = line
    if _ENDS_SENTENCE.search(text, s, e) or e - s < 12:
        return False
    nxt = text[after[0]:after[0] + 1]
    if nxt.islower() and nxt.isascii():
        return text[e - 1].isalpha() or text[e - 1] == ","
    return "\u3041" <= nxt <= "\u309f" and "、" in text[s:e] and not re.search(r"[。．」』)）\]】]$", text[s:e])


def _wrapped(text: str, spans: list[tuple[int, int]], run: list[int]) -> set[int]:
    """The lines of a run cut at a fixed width: at least two of them, near the run's widest."""
    if len(run) < 3:
        return set()
    widths = {i: _columns(text[spans[i][0]:spans[i][1]]) for i in run[:-1]}
    # the width it was cut at: the widest that another line comes near (a title above is wider)
    ranked = sorted(widths.values(), reverse=True)
    widest = next((w for w, v in zip(ranked, ranked[1:]) if v >= w * (1 - _WRAP_SLACK)), 0)
    if not _WRAP_WIDTHS[0] <= widest <= _WRAP_WIDTHS[1]:
        return set()
    full = [i for i, w in widths.items() if widest * (1 - _WRAP_SLACK) <= w <= widest]
    cut = [i for i in full if not _ENDS_SENTENCE.search(text, spans[i][0], spans[i][1])]
    within = sum(1 for w in widths.values() if w <= widest)          # a title or a long line above is no part of it
    if len(cut) < 2 or len(full) < within / 2 or len(cut) < 2 * len(full) / 3:
        return set()
    # prose, not a list of headlines: a sentence ends somewhere in the lines it joins
    first, last = run.index(min(cut)), run.index(max(cut)) + 1
    if not any(_SENTENCE_STOP.search(text, *spans[i]) for i in run[first:last + 1]):
        return set()
    return set(cut)


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


# a line that ends as a sentence does, before any citation or credit closing it
_STATEMENT_END = re.compile(r"[。．.][」』”’\"')）\]]*$")
_CLOSING_CREDIT = re.compile(r"\s*(?:【[^【】]*】?|[(（〔][^()（）〔〕]*[)）〕])\s*$")
_MAX_TITLE = 120


# a blog's links to the posts before and after, with its front page between: « 前の記事 | トップページ | 次の記事 »
_NAVIGATION = re.compile(r"\s*(?:[«≪][^|｜\n]*[|｜].*|.*[|｜][^|｜\n]*[»≫])\s*")
# …marked so at both ends, or naming the front page (not ≪山田市長は「…」と述べた≫ ｜北町新報: a quote and its credit)
_NAVIGATES = re.compile(r"^\s*[«≪].*[»≫]\s*$|トップページ|ホーム|メインページ|(?i:\b(?:home|main page|front page)\b)")


@cache
def _links() -> re.Pattern:
    """A line pointing to another page (Related: Mayor says …, 関連記事：…), in any language."""
    labels = [lg.furniture.links for lg in lang.known() if lg.furniture and lg.furniture.links]
    return re.compile(rf"\s*(?:{'|'.join(labels)})\s*[:：]\s*\S" if labels else r"(?!)")


def _link_line(line: str) -> bool:
    """A line pointing to another page by its headline, not a credit naming where the text above is from
    (Read more: Mayor says …, not Read more: Reuters or Read more: https://…)."""
    m = _links().match(line)
    if m is None:
        return (tip := _HAT_TIP.fullmatch(line)) is not None and not lexicon.known_whole(line[tip.end("label"):].strip(" :：()[]"))
    rest = line[m.end() - 1:].strip()
    if _ADDRESS.fullmatch(rest):
        return False            # Read more: https://…, thestar.com: where the text above is from
    if re.search(r"[。．！？!?]|\.(?:\s|$)", rest):
        return False            # MORE: Vaccines cause autism. The CDC hid …: sentences, no headline
    return not lexicon.known_whole(rest)        # (Read more: Reuters)


# who pointed the author to the story, thanked (h/t Jane Roe, Hat tip: Porch Notes, (HT: Jim)): no statement, nor a
# credit unless it names a known outlet (h/t Reuters)
_HAT_TIP = re.compile(r"\s*[(\[]?\s*(?P<label>(?i:h/t|hat[\s-]tip)\s*(?:[:：]\s*)?|HT\s*[:：]\s*)(?:to\s+)?[^\s.!?。,、()\[\]]+(?:\s+[^\s.!?。,、()\[\]]+){0,4}[)\]]?\s*")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+\.[a-z]{2,}(?:/\S*)?")      # a link or a domain


# where the page sits on its site: ホーム ＞ 政治 ＞ 国会, Home › News › Politics (from its home, three places at least, each a
# few words, none a sentence; not a ranking: 自民 ＞ 立憲 ＞ 国民)
_BREADCRUMB = re.compile(r"\s*(?i:home|top|news|トップ(?:ページ)?|ホーム|ニュース|TOP)"
                         r"(?:\s*[>＞›»]\s*[^\s>＞›»。．.!?！？「」\"“”はがを]{1,20}(?:\s[^\s>＞›»。．.!?！？「」\"“”はがを]{1,20}){0,2}){2,}\s*")


def _notice(line: str) -> bool:
    """A press release's address or contact line (FOR IMMEDIATE RELEASE, 報道関係者各位), in any language."""
    return _notices().fullmatch(line) is not None


@cache
def _notices() -> re.Pattern:
    notices = [lg.furniture.notice for lg in lang.known() if lg.furniture and lg.furniture.notice]
    return re.compile(rf"\s*(?:{'|'.join(notices)})\s*" if notices else r"(?!)")


def _is_title(line: str, more: bool) -> bool:
    """Whether a page's first line is its title: a headline (`headline | site`), or a short line
    that does not end as a statement or a colon, with more text after it. A page copied as one line, or whose
    first line is a statement, has no title line."""
    if not more or line.endswith(("、", "，", ":", "：")):
        return False            # no title, a sentence going on in the next line, or one announcing it (Reuters reports:)
    from .furniture import byline, stated_publication
    if byline(line, 0, len(line)) or stated_publication([line]):
        return False            # Jane Roe , USA TODAY 8:19 p.m. EST November 25, 2016: a byline or a date line, read as such
    if _split_title(line)[1] is not None:
        return True
    return len(line) <= _MAX_TITLE and not _STATEMENT_END.search(_CLOSING_CREDIT.sub("", line))


# what after a title's separator is the title going on, not the site's name: a question or an
# exclamation (Scandal – or Stupidity?), a lower-case word that is no domain, a sentence or a quote
# (［東京　19日　ロイター］ - 日銀総裁は「…」と述べた。: a dateline and its story, no title)
_NO_SITE = re.compile(r"[?!？！。．]$|^[a-z][^.\s]*(?:\s|$)|[「」]")


def _split_title(line: str) -> tuple[str, str | None]:
    for sep in (" | ", "｜", " - ", " – ", " — "):
        if sep in line:
            head, _, tail = line.rpartition(sep)
            tail = tail.strip()
            if head.strip() and 0 < len(tail) <= 40 and not _NO_SITE.search(tail):
                return head.strip(), tail
    return line.strip(), None


def sentences(article: Article, layout: Layout, exclude: Iterable[tuple[int, int]] = ()) -> list[Sentence]:
    """Body and caption paragraphs split where the language ends its sentences, leaving out the
    excluded spans (citation markers, credits, editorial marks such as (中略))."""
    text = article.text
    ends = lang.of(article).sentence_ends
    cuts = sorted(exclude)
    out: list[Sentence] = []
    for pi, para in enumerate(layout.paragraphs):
        if para.kind in ("body", "caption"):
            out += _between(text, [para.start, *ends(text, para.start, para.end), para.end], cuts, pi)
    return out


def _between(text: str, bounds: list[int], cuts: list[tuple[int, int]], paragraph: int) -> list[Sentence]:
    """The sentences of a paragraph cut at `bounds` (a language's sentence ends), without the
    excluded `cuts` (sorted), trimmed, and only those that hold a letter or a digit."""
    out = []
    for s, e in zip(bounds, bounds[1:]):
        for ps, pe in _subtract(s, e, cuts):
            ps, pe = _trim(text, ps, pe)
            if pe > ps and any(ch.isalnum() for ch in text[ps:pe]):
                out.append(Sentence(ps, pe, paragraph))
    return out


def _subtract(s: int, e: int, cuts: list[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    pos = s
    # cuts are sorted and do not nest deeply: start from the last one that begins before s
    for k in range(max(0, bisect_left(cuts, (s, s)) - 1), len(cuts)):
        cs, ce = cuts[k]
        if cs >= e:
            break
        if ce <= pos or cs >= e:
            continue
        if cs > pos:
            yield pos, cs
        pos = max(pos, ce)
    if pos < e:
        yield pos, e


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Trim spaces and brackets whose partner lies outside the span. The brackets are counted once
    and the counts kept as they are trimmed: counted again after each, a run of thousands of "("
    would take time quadratic in its length."""
    s, e = strip_span(text, s, e)
    seg = text[s:e]
    count = {ch: seg.count(ch) for ch in "()（）"}
    while s < e:
        first, last = text[s], text[e - 1]
        if first in "(（" and count[first] != count[_PAIR[first]]:
            count[first] -= 1
            s += 1
        elif last in ")）" and count[last] != count["(" if last == ")" else "（"]:
            count[last] -= 1
            e -= 1
        else:
            return s, e
        s, e = strip_span(text, s, e)          # spaces only: the counts stay
    return s, e

