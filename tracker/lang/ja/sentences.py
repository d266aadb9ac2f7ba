"""Japanese sentences end at 。！？ (and ! ?), never inside quotes or brackets: 「…。…」と述べた。
is one sentence. Unmatched openers are ignored, so an unterminated 「 does not swallow the
paragraph. Where quotes stand: inside (depth_mask), just before a cue (quote_before), alone (is_quote).
Which voice a sentence ends in: a blog's polite form (です・ます) or a report's plain form (pasted_start),
and whether it hedges what it says (hedged)."""
from __future__ import annotations

import re
from functools import cache

from ... import lexicon
from .lexicon import word_list

_TERMINATORS = "。！？!?｡"
_OPEN = "「『（(“【〈《"
_CLOSE = "」』）)”】〉》"
_PAIR = dict(zip(_OPEN, _CLOSE))


def sentence_ends(text: str, start: int, end: int) -> list[int]:
    mask = depth_mask(text, start, end)
    ends = []
    for i in range(start, end):
        if text[i] in _TERMINATORS and not mask[i - start] and not _in_a_name(text, i, end):
            j = i + 1
            while j < end and text[j] in _TERMINATORS:
                j += 1
            ends.append(j)
    return ends


_BLOCK_LABEL = re.compile(r"\s*(?:【[^【】\n]{1,20}】|\[[^\[\]\n]{1,20}\])?\s*")


def _unwrapped_block(text: str, start: int, end: int) -> str:
    """The text with the brackets of a paragraph wrapped whole in 《…》, 〈…〉, （…） or 【…】 (after a label:
    【民報】《…》) blanked: a block pasted in them is sentences, not one aside (quotes in 「」 stay whole)."""
    if end - start < 4 or text[end - 1] not in "》〉）)】" and not (text[end - 1] == "。" and text[end - 2:end - 1] in ("》", "〉", "）", ")", "】")):
        return text
    label = _BLOCK_LABEL.match(text, start, end)
    o = label.end()
    if o >= end or text[o] not in "《〈（(【":
        return text
    c = bracket_pairs(text, o, end).get(o)
    if c is None or text[c + 1:end].strip("。 \u3000") or not any(ch in _TERMINATORS for ch in text[o:c]):
        return text
    return text[:o] + " " + text[o + 1:c] + " " + text[c + 1:]


def _in_a_name(text: str, i: int, end: int) -> bool:
    """A Latin ! or ? inside a known outlet's name (Yahoo!ニュース, Yahoo!JAPAN) is no stop."""
    return text[i] in "!?" and i > 0 and text[i - 1].isascii() and text[i - 1].isalpha() and i + 1 < end \
        and not text[i + 1].isspace() and text[i + 1] not in "」』”)）!?！？。" + _TERMINATORS \
        and outlet_ending(text, max(0, i - 24), i) is not None        # (wow!この市長は: a stop)


def bracket_pairs(text: str, start: int, end: int) -> dict[int, int]:
    """Matching quote and bracket pairs in text[start:end]: opener offset -> closer offset.

    Unmatched openers are ignored, so an unterminated 「 does not swallow the paragraph.
    """
    pairs: dict[int, int] = {}
    stack: list[tuple[str, int]] = []
    for i in range(start, end):
        ch = text[i]
        if ch in _PAIR:
            stack.append((ch, i))
        elif ch in _CLOSE:
            for k in range(len(stack) - 1, -1, -1):
                if _PAIR[stack[k][0]] == ch:
                    pairs[stack[k][1]] = i
                    del stack[k:]
                    break
    return pairs


def depth_mask(text: str, start: int, end: int, names: bool = False) -> bytearray:
    """1 where text[i] (relative to start) lies inside a matched quote or bracket pair; with
    `names`, not inside quote marks that hold a known outlet's name alone (「東亜日報」は…と伝えた:
    the paper speaks, its name is no quote); a paragraph wrapped whole in a block's brackets is
    not inside them (`_unwrapped_block`)."""
    mask = bytearray(end - start)
    text = _unwrapped_block(text, start, end)
    for o, c in bracket_pairs(text, start, end).items():
        if names and text[o] in "「『" and outlet_named(text[o + 1:c]):
            continue
        for i in range(o + 1 - start, c - start):
            mask[i] = 1
    return mask


def outlet_ending(text: str, start: int, mark: int) -> int | None:
    """Where a known outlet's name holding the mark at text[mark] (Yahoo!ニュース) starts, looked for
    from `start`; else None."""
    for m in lexicon.outlet_pattern().finditer(text, start, min(len(text), mark + 24)):
        if m.start() < mark < m.end() - 1:
            return m.start()
    return None


def outlet_before(text: str, floor: int, end: int) -> bool:
    """Whether a known outlet's name, or it and の, ends at `end` (TBSの「報道特集」: its programme)."""
    end -= text.endswith("の", floor, end)
    return any(m.end() == end for m in lexicon.outlet_pattern().finditer(text, max(floor, end - 24), end))


def outlet_named(inner: str) -> bool:
    """Whether a quote holds an outlet's name and nothing else, as the registry knows it."""
    return 2 <= len(inner) <= 30 and not re.search(r"\s", inner.strip()) and lexicon.find_outlet(inner.strip()) is not None


def quote_before(text: str, pos: int, floor: int) -> tuple[int, int] | None:
    """The span of 「…」 that ends right before a cue (「…」と述べた), if any."""
    k = pos
    while k > floor and text[k - 1] in " 　":
        k -= 1
    if k > floor and text[k - 1] in "」』”":
        closer = text[k - 1]
        opener = {"」": "「", "』": "『", "”": "“"}[closer]
        depth = 0
        for i in range(k - 1, floor - 1, -1):
            if text[i] == closer:
                depth += 1
            elif text[i] == opener:
                depth -= 1
                if depth == 0:
                    return i, k
    return None


def quote_opening(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a bare quote opening text[start:end] and set off from what follows by a dash or
    a comma (「…」――北町氏はこう断言した。: the quote the sentence's こう points back at)."""
    m = _OPENING_QUOTE.match(text, start, end)
    return m.span(1) if m else None


_OPENING_QUOTE = re.compile(r"\s*(「[^「」]+」)(?:[―—－─━‐\-]+|ー{2,}|…+|、|と、?)")


def is_quote(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is one quote and nothing else: 「…」."""
    seg = text[s:e].rstrip("。、 ―—－")
    return len(seg) >= 2 and seg[0] in "「『“" and seg[-1] in "」』”" and seg.count("「") <= 1


# a sentence that ends in the polite form (です・ます), its own words and not a quote's: 「…します」。 is not
_POLITE_END = re.compile(r"(?:ます|ました|ません|ませんでした|でした|です|でしょう|ましょう|ください)[ねよな]*[。！？!?…・]*\s*$")


def own_voice(text: str, start: int, end: int) -> bool:
    """A sentence in the polite form: a blog's, where news is plain."""
    return bool(_POLITE_END.search(text, start, end))


def pasted_start(text: str, start: int, end: int) -> int:
    """Where a report pasted before its credit begins in text[start:end]: news is written in the
    plain form, so when the sentence the credit closes is plain, the polite sentences before it
    are the author's own (ロシアと中国の関係は深まっています。⏎習主席は3日…と述べた。【7月3日 時事】),
    and the report starts after the last of them. A report in the polite form (as NHK writes)
    gives no such sign, and the whole span is its."""
    spans = _sentence_spans(text, start, end)
    if not spans or _POLITE_END.search(text, *spans[-1]) or first_person(text, *spans[-1]):
        return start
    for s, e in reversed(spans[:-1]):
        if _POLITE_END.search(text, s, e) or first_person(text, s, e):
            return e            # (私はこう思う。: the author's, in the plain form too)
    return start


def pasted_end(text: str, start: int, end: int) -> int:
    """Where a report pasted after its credit ends in text[start:end]: at a line that says the
    quote ends (引用ここまで, （引用終わり）, ここまで転載), else before the first polite sentence when
    the report's first is plain (…と述べた。⏎⏎両国の接近には警戒が必要でしょう。)."""
    closed = QUOTE_END.search(text, start, end)
    end = closed.start() if closed else end
    # a rule on its own line after what was pasted (―――――): the blogger's own words below it (not a rule
    # under the report's headline, before any sentence of it)
    said = text.find("。", start, end)        # (not a headline's ！？: 首相、電撃辞任か！？)
    end = next((d.start() for d in _DIVIDER.finditer(text, said + 1, end)), end) if said != -1 else end
    spans = _sentence_spans(text, start, end)
    # the report's form is that of its first sentence with one: a sentence ending on a noun
    # (…元妻の裁判員裁判。) or a caption has none, and TV news, polite throughout, has no end here
    marked = [i for i, (s, e) in enumerate(spans) if _POLITE_END.search(text, s, e) or _PLAIN_END.search(text, s, e)]
    if not marked or first_person(text, *spans[marked[0]]):
        return end
    polite = bool(_POLITE_END.search(text, *spans[marked[0]]))     # (TV news: the author's first person alone tells)
    return next((s + len(text[s:e]) - len(text[s:e].lstrip()) for s, e in spans[marked[0] + 1:]
                 if not polite and _POLITE_END.search(text, s, e) or first_person(text, s, e)), end)


_DIVIDER = re.compile(r"^[ \t\u3000]*[―─—\-－ー＝=＊*_~〜]{4,}[ \t\u3000]*$", re.M)


# the author speaking of themself, outside quotes: 私はこの政策に賛成だ。, 筆者も…と思う
_FIRST_PERSON = re.compile(r"(?:^|(?<=[、。\sと]))(?:私|僕|ぼく|俺|わたし|管理人|小生|筆者)(?:は|も|としては|的には)")     # (not 筆者が取材した: a reporter's)


def first_person(text: str, start: int, end: int) -> bool:
    return bool(_FIRST_PERSON.search(re.sub(r"「[^「」]*」|『[^『』]*』", "", text[start:end].strip())))


# a line of its own that closes a pasted quote: 引用ここまで, （引用終わり）, ここまで転載です。, 以上引用,
# 以上、引用でした。, and the same set off by brackets or rules (【引用終了】, ――引用ここまで――, ≪引用終わり≫)
_QUOTE_MARKS = r"[ \t\u3000(（【〔\[≪《<＜＝=~〜\-－―─—]*"
QUOTE_END = re.compile(rf"^{_QUOTE_MARKS}(?:(?:引用|転載)(?:は)?(?:ここまで|終わり|おわり|終了)|ここまで(?:が)?(?:引用|転載)|以上、?(?:引用|転載))"
                       r"(?:です|でした)?[。.]?" + _QUOTE_MARKS.replace("(（【〔\\[≪《<＜", ")）】〕\\]≫》>＞") + r"[。.]?$", re.M)


# a sentence ending in the plain form of a verb or an adjective, not on a noun: …と述べた。, …という。, …ない。
_PLAIN_END = re.compile(r"(?:[たるいうくすつぬむ]|だ|である|という|ない|ろう)[。！？!?]*[」』]?\s*$")


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    ends = [e for s, e in _lines(text, start, end) for e in [*sentence_ends(text, s, e), e]]
    return [(s, e) for s, e in zip([start, *ends], ends) if text[s:e].strip()]


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        out.append((pos, stop))
        pos = stop + 1
    return out


# the author's own view of what was reported: と思う, と感じます, のではないか (not とみられる, news's own hedge)
_AUTHOR_VIEW = re.compile(r"と(?:思|感じ)(?!われ)|と考え(?:る|ます)|のではない(?:か|だろうか)|ではないだろうか")


def author_view(text: str, start: int, end: int) -> bool:
    return _AUTHOR_VIEW.search(re.sub(r"「[^「」]*」", "", text[start:end])) is not None


# 〜しそうです (it looks likely) hedges; 〜しているそうです (I hear that) reports, and needs a source
_LIKELY = re.compile(r"(?<![るただいす])そう(?:です|だ)")
_QUOTED = re.compile(r"「[^「」]*」|『[^『』]*』")
# a figure to check, an amount (3.5%, 2億円, 三千億円, 5万人; as en lexicon._FIGURE): not a number that names, dates or
# counts something (iPhone15, 第3四半期, 15歳, 2人の子)
_FIGURE = re.compile(r"(?<![0-9０-９.．])[0-9０-９]++(?:[.．][0-9０-９]++)?[ 　]?(?:%|％|パーセント|割|倍|円|ドル|ユーロ|万|億|兆)"
                     r"|(?<![〇一二三四五六七八九十百千・．])[〇一二三四五六七八九十百千][〇一二三四五六七八九十百千・．]*+(?:%|％|パーセント|割|倍|円|ドル|ユーロ|万|億|兆)")
# what happened: the clause the view closes in the past (…に下がったと思います, …使ったような気がします; not …超えると思います)
_PAST = re.compile(r"(?:た|だった)(?:と|ように|ような|のでは|[。！!]?\s*$)")


def hedged(body: str, appeals: bool = False) -> bool:
    """Whether the clause hedges what it says: a hedge outside quotes (a speaker's 「…かもしれない」 is
    theirs, not the clause's stance), or the author's view (と思います) of a clause that gives no figure of what
    happened; with `appeals`, of the author's, a wish, an appeal or a reaction too (てほしい, ましょう)."""
    appeals = appeals and not re.search(r"(?:ので|から|ため)、|が、|けど", body)      # (電気代が上がりますので、節電しましょう: a fact as a reason)
    b = _QUOTED.sub("", body)       # (once: not for each hedge)
    views = () if _FIGURE.search(b) and _PAST.search(b) else word_list("view")      # (…3.5%に下がったと思います: a figure asserted, to be cited)
    return any(h in b for h in word_list("hedge") + views + (word_list("appeal") if appeals else ())) or bool(_LIKELY.search(b)) \
        or bool(_feeling_end().search(b, max(0, len(b) - 24))) and not _FACT_AS_TOPIC.search(b)     # (its end only: linear)


_FACT_AS_TOPIC = re.compile(r"(?:の|こと|とき|時)(?:は|に|が|を)")     # (市長が賄賂を受け取ったのは心配です: a fact, then a feeling about it)


@cache
def _feeling_end() -> re.Pattern:
    """A feeling or a wish that ends the sentence (寂しい話です。, 心配です。, 期待したい。): the author's, said as such."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, word_list('feeling')))})(?:です|だ|ですね|だね|ですよね|ね|よ|なあ)?[。！!…\s]*$")


_QUOTE_THEN_OBJECT = re.compile(r"(「[^「」]*」)(?:など|なんて)?と、?[\u4e00-\u9fff\u30a0-\u30ffー]{1,6}を?")


def quote_then_object(text: str, content: tuple[int, int]) -> tuple[int, int] | None:
    """The quote of a content that is a quote and the noun its verb takes («…»と容疑を否認: what was
    said, not the charge it was said of)."""
    m = _QUOTE_THEN_OBJECT.fullmatch(text, *content)
    return m.span(1) if m else None
