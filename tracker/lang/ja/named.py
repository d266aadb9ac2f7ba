"""Japanese quotes a noun names as someone's words, inside a clause that may be another's.

議員の「…」という質問, 副長官が「…」との説明, ネットユーザーからは「…」「…」といった声: the quote is
said by whoever holds it, the noun phrase right before it (〜の, 〜が, 〜からは), when that phrase
names a source; 「…」(ある社長)といった声: by whoever signs it in parentheses. A quote held by no
one named is left to the clause around it. A bare quote is also said by whom the paragraph after it
names, when that paragraph ends on how it was said (「…」=21日付『毎日新聞』 / 西山さんが、登頂を
中止した。東京事務所への電話で。).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Speaker
from .cues import Clause
from .people import Context, speakers_of
from .phrases import np_before
from .speakers import classify

_QUOTE_NOUN = re.compile(r"(?:「[^「」]{2,300}」、?){1,8}(?:という|との|といった|などの|などという)(?:ような|趣旨の)?(?:お)?"
                         r"(?:質問|説明|発言|主張|指摘|見方|見解|声|批判|意見|要望|訴え|話|考え|認識|方針|見通し|コメント|"
                         r"談話|回答|答弁|証言|反論|警告|要請|要求|提案|呼びかけ|書き込み|投稿|問いかけ)")
_QUOTE_HOLDER = re.compile(r"(?:の|が|から(?:は|も)?)、?$")
# 「変化しなければ衰退する」(ある社長)といった声: the speaker in parentheses right after the quote
_QUOTE_SIGNED = re.compile(r"「[^「」]{2,300}」[(（]([^()（）「」、。]{2,30})[)）]")
_SOURCES = ("person", "organization", "anonymous", "media")
# words said to someone, in the passive, by whom it names with から: 周囲から「…」と驚きの目でみられた,
# 専門家から「…」と指摘された
_BY_AGENT = re.compile(r"から(?:は|も)?、?(?P<q>(?:「[^「」]{2,300}」、?){1,4})と、?[^「」。、]{0,14}?(?:され|られ|れ)(?:た|ている|ていた|ます|ました)")
_TOPIC_OR_SUBJECT = re.compile(r"[はが]")


@dataclass(frozen=True)
class NamedQuote:
    speakers: tuple[Speaker, ...]
    mention: str                # the holder as written
    cue: str                    # the noun with its quotative: という質問, との声
    quote: tuple[int, int]      # the quotes, from the first 「 to the last 」
    span: tuple[int, int]       # the quotes with their noun


def named_quotes(text: str, clause: Clause, mask: bytearray, base: int, ctx: Context) -> list[NamedQuote]:
    """The quotes in text[clause] that a noun names as the words of a source named just before them."""
    out = []
    for m in _QUOTE_NOUN.finditer(text, clause.start, clause.end):
        if mask[m.start() - base]:
            continue
        held = _QUOTE_HOLDER.search(text, max(clause.start, m.start() - 8), m.start())
        if held is None:
            continue
        ns, ne = np_before(text, held.start(), clause.start)
        np = text[ns:ne]
        if ns >= ne or classify(np) not in _SOURCES:
            continue
        end = text.rindex("」", m.start(), m.end()) + 1
        out.append(NamedQuote(speakers_of((np, ns, ne), ctx), np, text[end:m.end()], (m.start(), end), m.span()))
    for m in _BY_AGENT.finditer(text, clause.start, clause.end):    # 周囲から「…」と驚きの目でみられた
        if mask[m.start() - base] or any(q.quote[0] == m.start("q") for q in out):
            continue            # (住民からは「…」との声が聞かれた: the voice named it already)
        ns, ne = np_before(text, m.start(), clause.start)
        np = text[ns:ne]
        if ns < ne and classify(np) in _SOURCES:
            q = m.span("q")
            out.append(NamedQuote(speakers_of((np, ns, ne), ctx), np, text[q[1]:m.end()], q, (ns, m.end())))
    for m in _QUOTE_SIGNED.finditer(text, clause.start, clause.end):
        np = m.group(1)
        if not mask[m.start() - base] and classify(np) in _SOURCES:
            ns = m.start(1)
            out.append(NamedQuote(speakers_of((np, ns, ns + len(np)), ctx), np, "", (m.start(), m.start(1) - 1), m.span()))
    return out


# a sentence of only where or how something was said: 記者会見で。 東京事務所への電話で。 問われて。
_ELLIPTIC = re.compile(r"(?<![^。\s])\s*[^。、\n]{2,30}(?:で|て)。")


def named_after(text: str, start: int, end: int) -> tuple[tuple[str, int, int], tuple[int, int]] | None:
    """Who the paragraph text[start:end] names as having said the bare quote above it: the one named
    in its sentence of how it was said (東田経産相が記者会見で。), else in its first sentence; and
    that sentence's span, which says nothing of its own."""
    how = _ELLIPTIC.search(text, start, end)
    if how is None:
        return None
    for at in (how.start(), start):
        m = _TOPIC_OR_SUBJECT.search(text, at, how.end())
        if m:
            ns, ne = np_before(text, m.start(), at)
            if ns < ne and classify(text[ns:ne]) in ("person", "anonymous", "organization"):
                return (text[ns:ne], ns, ne), how.span()
            return None
    return None


def in_parentheses(inner: str, ctx: Context) -> str:
    """Who the parentheses after a quote name as its speaker: the person they name (（北町市の会社員、南野太郎さん）,
    （南野太郎さん＝45）), else the whole where each part names a source (（市職員、40代男性）), else the part
    that does (（北町市長、19日の会見で）); "" for none."""
    parts = [re.sub(r"[＝=][0-9０-９]{1,3}$", "", p.strip()) for p in inner.split("、") if p.strip()]
    kinds = [classify(p) or ("person" if p in ctx.by_title else None) for p in parts]
    person = next((p for p, k in zip(parts, kinds) if k == "person"), None)
    if person is not None:
        return person
    if len(parts) > 1 and all(kinds):
        return "、".join(parts)
    return next((p for p, k in zip(parts, kinds) if k), "")
