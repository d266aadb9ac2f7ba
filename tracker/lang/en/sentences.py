"""English sentences end at . ! ? followed by a capital, a digit or a quote; not after
abbreviations (Mr., U.S.) or initials (J. Smith), and not inside a quote closed in the same
paragraph: a quote of several sentences stays one statement with its cue. Whose voice a paragraph
is in: the author's first person outside quotes, or a report's (pasted_start, pasted_end)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import islice

from .lexicon import word_set

_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "st", "jr",
                  "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                  "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "i.e", "e.g", "a.m", "p.m", "fig",
                  # ranks and styles before a name (Det. Lt. Karen Moss, The Rev. Jane Roe, Supt. Tom Pell, Atty. Gen.)
                  "det", "rev", "supt", "insp", "cpl", "pvt", "adm", "maj", "cmdr", "brig", "hon", "msgr", "atty", "messrs"}
_CAPITALISED_ONLY = {"mt", "ft", "sens", "reps"}        # abbreviations only written with a capital, after no number
_ABBREVIATIONS |= _CAPITALISED_ONLY
_BEFORE_A_NUMBER = {"no", "fig"}       # abbreviations only before a number (No. 5, Fig. 2)
# ranks a sentence may end on (retired as a Rear Adm.; not Mr., Dr., Gen.: Mr. He, Gen. He Weidong are names)
_BEFORE_A_NAME = {"lt", "col", "sgt", "capt", "det", "supt", "insp", "cpl", "pvt", "adm", "maj", "cmdr", "brig"}
MASK = "▒"             # what quoted text becomes while the sentence around it is read


_ITEM_NUMBER = re.compile(r"\s*\d{1,3}\.")


def sentence_ends(text: str, start: int, end: int) -> list[int]:
    ends = []
    inside = _inside_quotes(text, start, end)
    # a run of stops is tried once, from its first: tried from each of its stops in turn, a long
    # run (a page of "....") would take time quadratic in its length
    for m in re.finditer(r"(?<![.!?])[.!?]+[”’\"')\]]*(?=\s+[“‘\"'(\[A-Z0-9])", text[start:end]):
        stop = start + m.end()
        if inside[m.start()] and not _closes_quote(text, start + m.start(), stop, end):
            continue
        if _ITEM_NUMBER.fullmatch(text, start, stop):
            continue            # 1. The Fed is likely to …: an item's number, no sentence
        word = re.search(r"([A-Za-z.]+)\.$", text[max(start, stop - 12):start + m.start() + 1])
        short = word.group(1).lower().rstrip(".") if word else ""
        if short in _BEFORE_A_NUMBER and not re.match(r"\s*\d", text[stop:stop + 4]):
            pass                # said no. Roe said …: the word no, not No. 5
        elif short in _BEFORE_A_NAME and _opens_sentence(text, stop, end) and not re.match(r"\s*[A-Z]\.", text[stop:stop + 4]):
            pass                # retired as a Rear Adm. He said …: a rank ending its sentence, no name after it
        elif short in _CAPITALISED_ONLY and not (word.group(1)[:1].isupper() and not re.search(r"\d\s*$", text[max(start, stop - len(word.group(0)) - 3):stop - len(word.group(0))])):
            pass                # 30 ft. Critics said …, ten reps. Officials …: a unit or a word, not Mt. Rainier, Sens. Warren
        elif m.group(0)[0] == "." and word and (short in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", word.group(1).rstrip("."))):
            continue
        elif m.group(0) == "." and re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word.group(1) if word else "") and not _opens_sentence(text, stop, end) \
                and not text[max(start, stop - len(word.group(0)) - 2):stop - len(word.group(0))].endswith(", "):
            continue            # J.P. Morgan analyst: initials before a name (not … in Washington, D.C. The mayor said)
        ends.append(stop)
    return ends


_OPENERS = frozenset("the a an he she it they we i you this that these those there his her its their our my".split())


def _opens_sentence(text: str, at: int, end: int) -> bool:
    """Whether the word at `at` is one a sentence opens with (The, He, In, But), not a name's."""
    word = re.match(r"\s*([A-Za-z]+)", text[at:min(end, at + 40)])
    return word is not None and (word.group(1).lower() in _OPENERS or word.group(1).lower() in word_set("function"))


# what may follow a quote that closes on its own full stop and still belong to it, signing it:
# “… the bridge.” Dr. Jane Roe told a briefing. / … .” the minister said on Monday.
_SIGNATURE = re.compile(r"\s+(?:(?:[A-Z][a-z]{0,3}|[A-Z])\.\s+)*[A-Z]?[\w'’\- ]{0,60}?\s"
                        r"(?:said|says|told|added|asked|wrote|stated|declared|explained|noted)\b(?P<tail>[^.!?“”\"]{0,50})[.!?]")
_CLAUSE = re.compile(r"\b(?:that|is|are|was|were|be|been|would|will|can|could|should|may|might|must|had|has|have|did|does|do)\b")


def _closes_quote(text: str, at: int, stop: int, end: int) -> bool:
    """Whether the stop at `at` ends the quote too (“… the bridge.” Residents said they …): its
    closing mark follows it, and what follows does not merely sign the quote (“… .” Roe said.),
    a signature being a name and a speech verb with at most a phrase after it, no clause."""
    if not any(ch in "”\"" for ch in text[at:stop]):
        return False
    signed = _SIGNATURE.match(text, stop, end)
    return signed is None or bool(_CLAUSE.search(signed.group("tail")))


def _inside_quotes(text: str, start: int, end: int) -> bytearray:
    """1 where text[i] (relative to start) lies inside a quote closed within the span."""
    spans, _ = quotes(text, start, end, False)
    mask = bytearray(end - start)
    for qs, qe in spans:
        if qe < end or text[end - 1:end] in "”\"":
            for i in range(qs - start + 1, qe - start - 1):
                mask[i] = 1
    return mask



def quotes(text: str, s: int, e: int, carried: bool) -> tuple[list[tuple[int, int]], bool]:
    """Quoted spans in text[s:e] (“…” or "…"), and whether a quote is still open at the end.
    `carried`: the sentence starts inside a quote opened before."""
    spans: list[tuple[int, int]] = []
    open_at = s if carried else None
    single = False          # the open quote is ‘…’, as British news writes it: closed by a ’ no letter follows
    for i in range(s, e):
        ch = text[i]
        if ch == "'" and text[i + 1:i + 2] == "'" and i + 1 < e:     # ''…'' as some newspapers write “…”
            ch = '"'
        elif ch == "'" and text[i - 1:i] == "'" and i > s:
            continue
        if ch == "‘" and open_at is None and not text[i - 1:i].isalnum() and not text[i + 1:i + 2].isdigit():     # (not ‘90s)
            open_at, single = i, True
        elif ch == "’" and single and not text[i + 1:i + 2].isalnum() and not (text[i - 1:i] in ("s", "S") and text[i + 1:i + 2] == " "):
            spans.append((open_at, i + 1))      # (not an apostrophe: don’t; nor a plural's: the workers’ union)
            open_at, single = None, False
        elif single:
            continue
        elif ch == "“" or (ch == '"' and open_at is None):
            open_at = i
        elif (ch == "”" or ch == '"') and open_at is not None:
            spans.append((open_at, i + 2 if text[i:i + 2] == "''" else i + 1))
            open_at = None
    if open_at is not None and not single:      # (a ‘ left open is an apostrophe's or a slip: no quote, and none carried on)
        spans.append((open_at, e))
    return spans, open_at is not None and not single


# quotes (as `quotes` finds them: in text order, not overlapping) looked up by bisection, so that a
# sentence of many quotes costs no more per cue than one of few
def holding(quotes: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The quote that holds text[start:end], if one does."""
    k = bisect_right(quotes, start, key=lambda q: q[0]) - 1
    return quotes[k] if k >= 0 and quotes[k][0] <= start and end <= quotes[k][1] else None


def ending_by(quotes: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The last quote that ends at or before pos."""
    k = bisect_right(quotes, pos, key=lambda q: q[1]) - 1
    return quotes[k] if k >= 0 else None


def opens_in(quotes: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a quote opens in text[start:end]."""
    k = bisect_left(quotes, (start, -1))
    return k < len(quotes) and quotes[k][0] < end


def masked(text: str, s: int, e: int, quotes: list[tuple[int, int]]) -> str:
    """text[s:e] with what its quotes hold (spans in text order, not overlapping) made MASK: only
    the quotes that reach into it are visited, so that the pieces of one long sentence cost their
    length each, not the whole sentence's quotes."""
    parts, pos = [], s
    for qs, qe in islice(quotes, max(bisect_right(quotes, (s, s)) - 1, 0), None):
        if qs >= e:
            break
        qs, qe = max(qs, pos), min(qe, e)
        if qe > qs:
            parts += [text[pos:qs], MASK * (qe - qs)]
            pos = qe
    parts.append(text[pos:e])
    return "".join(parts)


# the author's own voice, outside quotes: a wire story speaks of others, a blog says "I think"
_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|me|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]ur|us)\b")


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of text[start:end] that hold something: each a paragraph, as the segmenter reads them."""
    out, pos = [], start
    for m in re.finditer(r"\n\s*", text[start:end]):
        out.append((pos, start + m.start()))
        pos = start + m.end()
    out.append((pos, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _in_first_person(text: str, s: int, e: int) -> bool:
    """The author's first person, outside quotes; a paragraph whose quotes do not pair (a quote
    running on from the paragraph before) tells nothing."""
    part = text[s:e]
    if part.count('"') % 2 or part.count("“") != part.count("”"):
        return False
    spans, _ = quotes(text, s, e, False)
    return bool(_FIRST_PERSON.search(masked(text, s, e, spans)))


def own_voice(text: str, start: int, end: int) -> bool:
    """A sentence in the author's first person (outside quotes)."""
    return _in_first_person(text, start, end)


def pasted_start(text: str, start: int, end: int) -> int:
    """Where a report pasted before its credit begins: after the last paragraph in the author's
    first person, when the paragraph the credit closes is not."""
    paras = _paragraphs(text, start, end)
    if not paras or _in_first_person(text, *paras[-1]):
        return start
    return next((e for s, e in reversed(paras[:-1]) if _in_first_person(text, s, e)), start)


def pasted_end(text: str, start: int, end: int) -> int:
    """Where a report pasted after its credit ends: before the first paragraph in the author's
    first person, when the first paragraph after the credit is not."""
    paras = _paragraphs(text, start, end)
    if not paras or _in_first_person(text, *paras[0]):
        return end
    return next((s for s, e in paras[1:] if _in_first_person(text, s, e)), end)


# greetings, sign-offs and a host introducing herself, which say nothing to check (Hi, I'm Jane
# Roe. / Welcome back. / Thanks for reading.): each a sentence of its own
_PHATIC = re.compile(r"(?:(?<=[.!?]\s)|(?<=^)|(?<=\n))[ \t]*(?:(?:and|hi|hello|hey|good (?:morning|afternoon|evening)),?\s+)?"
                     r"(?:(?:hi|hello|hey|good (?:morning|afternoon|evening)|welcome(?: back)?|thanks?(?: you)? for (?:reading|watching|listening))"
                     r"(?:,?\s+(?:everyone|everybody|all|folks|again))?"
                     r"|I['’]m (?P<name>(?-i:[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2})))[.!]", re.IGNORECASE | re.MULTILINE)


# a copyright notice, a line of its own: Copyright 2025 Valverde Gazette. All rights reserved. / © 2025 KXYZ (the
# mark, or the word or (c) with a year; a holder's name, capitalised, a company's suffix its only comma: not
# Copyright law protects …, (c) It takes effect …, Copyright 2024 filings rose …)
_YEARS = r"(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?"
_COPYRIGHT = re.compile(rf"^[ \t]*(?:(?:Copyright[ \t]*(?:©|\([cC]\))?|©|\([cC]\))[ \t]*{_YEARS}|Copyright[ \t]*(?:©|\([cC]\))|©)[ \t,]*"
                        r"(?:(?=[A-Z0-9&])[^.,\n]{0,60}(?:,[ \t]*(?:Inc|LLC|Ltd|Co|Corp|LP|PLC|GmbH|AG)\b\.?)?)?"
                        r"[ \t]*\.?[ \t]*(?:All [Rr]ights [Rr]eserved\.?)?[ \t]*$", re.MULTILINE)


def phatic(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Greetings outside quotes (Roe said: "We lost. Good evening." is all Roe's), and a page's
    copyright notice (Copyright 2025 Valverde Gazette. All rights reserved.), which state nothing."""
    found = [m.span() for m in _PHATIC.finditer(text, start, end)     # (a name, not I'm Not Guilty.)
             if not m.group("name") or m.group("name").split()[0].lower() not in word_set("not_a_name")]
    found += [m.span() for m in _COPYRIGHT.finditer(text, start, end)]
    inside = _inside_quotes(text, start, end) if found else b""
    return [(a, b) for a, b in found if not inside[a - start]]
