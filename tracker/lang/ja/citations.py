"""Citations as Japanese writes them: 【M月D日 outlet】 and its damaged forms, nested credits,
inline credits.

Damaged forms met in copied blog posts: the 月 lost (【73日 時事】 is 7/3, 【627日 …】 6/27),
the closing bracket lost, a trailing より, day ranges (3～4日, 34日). 【…】 without a date at
its start is a heading, not a citation. What each citation covers is the core's to work out
(tracker.citations).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cache

from ... import lexicon
from ...citations import cited
from ...model import Article, Citation, Layout, PartialDate
from ...dates import safe_date
from .dates import DAY_ONLY, MARKER_DATE, SOURCE_LABELS, day_alone, number, parse_date
from .datelines import delivered, square_datelines
from .sentences import QUOTE_END
from .threads import thread_post

_MAX_OUTLET = 30


# the places of a dateline, and its day: カブール、ソウル25日
_PLACES = re.compile(r"(?:[\u30a0-\u30ff\u4e00-\u9fff・]{1,10}、)+[\u30a0-\u30ff\u4e00-\u9fff・]{1,10}(?:[0-9０-９]{1,2}日)?")


def parse_marker(content: str) -> tuple[PartialDate | None, str] | None:
    """Parse the inside of a 【…】 marker: (date, outlet as written), or None for a heading."""
    body = content.strip().rstrip("】").strip()
    parsed = parse_date(body)
    if parsed:
        when, n = parsed
        rest = body[n:]
        outlet = _clean_outlet(rest)
        spaced = rest[:1].isspace() or rest[:1] == "\u3000"
        if outlet and (spaced or lexicon.find_outlet(outlet)) and _plausible_outlet(outlet):
            return when, outlet
        return None
    # outlet first: 【時事通信 7月3日】, 【モデルプレス＝2026/02/18】
    parts = re.split(r"[\s\u3000]+|[=＝]", body, maxsplit=1)
    if len(parts) == 2 and lexicon.find_outlet(parts[0]) and (alone := DAY_ONLY.fullmatch(parts[1].strip())):
        return day_alone(number(alone.group("d")), alone.group(0)), _clean_outlet(parts[0])    # 【時事通信 19日】: the 19th
    if len(parts) == 2 and lexicon.find_outlet(parts[0]):
        parsed = parse_date(parts[1])
        if parsed and parsed[1] >= len(parts[1].strip()) - 2:
            return parsed[0], _clean_outlet(parts[0])
    return wire_dateline(body) or dateline(body)


_WIRE_PLACE = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fff・]{1,10}?(?=[0-9０-９])")


def wire_dateline(body: str) -> tuple[PartialDate, str] | None:
    """A wire's dateline written outlet first, then its place and its date: 【新華社東京1月31日】."""
    m = lexicon.outlet_pattern().match(body)
    place = m and _WIRE_PLACE.match(body, m.end())
    parsed = place and parse_date(body[place.end():])
    if parsed and place.end() + parsed[1] == len(body):
        return parsed[0], m.group(0)
    return None


def dateline(content: str) -> tuple[PartialDate | None, str] | None:
    """A dateline's inside: 【ワシントン共同】, 【北京時事】, its day with it (【ソウル25日時事】: that day, its
    month the page's), its reporters after = (【カブール、ソウル25日共同=山田太郎、田中花子】)."""
    whole = content.strip().rstrip("】").strip()
    after = re.search(r"[=＝]([^=＝【】「」。\d]{2,25})$", whole)
    wire = lexicon.outlet_pattern(wide=True).match(after.group(1)) if after else None     # (【ベルリン＝ＤＰＡ時事】: written wide)
    if wire and not _PLACE_WORD.search(whole, 0, after.start()) and (wire.end() == len(after.group(1))
                                                                      or lexicon.outlet_pattern(wide=True).fullmatch(after.group(1), wire.end())
                                                                      or re.fullmatch(r"[・･][^・･]{1,10}", after.group(1)[wire.end():])):
        day = _DAY_IN.search(whole[:after.start()])       # (【ニューデリー19日AFP＝時事】: the 19th)
        return _day_of(day) if day else None, wire.group(0)          # 【ソウル=共同】, 【ワシントン=AFP時事】: the wire after =, not its reporters
    body = re.sub(r"[=＝][^=＝【】「」。\d]{2,25}$", "", whole)
    m = lexicon.outlet_pattern().search(body)
    if m and m.end() == len(body) and len(body) <= 25 and (
            "、" not in body and not re.search(r"[。「」]", body) or _PLACES.fullmatch(body[:m.start()])):
        day = _DATELINE_DAY.search(body, 0, m.start())
        when = _day_of(day) if day else None      # 【平壌11月19日発朝鮮中央通信】
        return None if m.start() == 0 and len(body) > 12 else (when, m.group(0))
    return None


def _day_of(day: re.Match) -> PartialDate:
    return PartialDate(((None, number(day.group("m")), number(day.group("d"))),), day.group(0)) if day.group("m") \
        else day_alone(number(day.group("d")), day.group(0))


_PLACE_WORD = re.compile(r"[。「」、]")      # (a place before = is one name: no sentence, no list)
_DAY_IN = re.compile(r"(?:(?<![0-9０-９])(?P<m>[0-9０-９]{1,2})月)?(?<![0-9０-９/／])(?P<d>[0-9０-９]{1,2})日(?=[^0-9０-９]*$)")
_DATELINE_DAY = re.compile(r"(?:(?<![0-9０-９])(?P<m>[0-9０-９]{1,2})月)?(?<![0-9０-９/／])(?P<d>[0-9０-９]{1,2})日発?$")


def _clean_outlet(text: str) -> str:
    text = re.split(r"[】\n]", text, maxsplit=1)[0]
    text = re.sub(r"(?:より|から|参照|配信|の記事|電子版)+\s*$", "", text.strip())
    return text.strip(" \u3000:：")


def _plausible_outlet(outlet: str) -> bool:
    return 0 < len(outlet) <= _MAX_OUTLET and not re.search(r"[。、「」]", outlet) and not outlet.startswith(("の", "に", "は", "が", "を"))


# a credit nested in a report: 「BS朝日 日曜スクープ 2024年6月23日放送分より」
_CREDIT = re.compile(
    r"[「(（](?P<body>[^「」()（）\n]{2,60}?)(?P<suffix>(?:放送|配信|掲載|公開|付|号|インタビュー)?分?(?:より|から))[」)）]"
)
_EDITORIAL = re.compile(r"[(（](?:中略|後略|前略|略|以下略|以下省略|一部略|略)[)）]")
# a rule of long vowel marks on its own line (ーーーーーーーー): a divider, as ――― is, though made of a letter
_KANA_RULE = re.compile(r"^[ \t\u3000]*ー{4,}[ \t\u3000]*$", re.M)


def citations(article: Article, layout: Layout) -> list[Citation]:
    """Every citation and credit in the article, paragraph by paragraph; 【…】 brackets, dated
    credits nested in a report, credits closing a paragraph. A citation that credits its report
    with より keeps it as its cue."""
    text = article.text
    found: list[Citation] = []
    for para in layout.paragraphs:
        if para.kind == "heading" or para.kind == "title":
            continue
        mark = len(found)
        markers = _markers(text, para.start, para.end, para.block)
        found.extend(delivered(text, para.start, para.end, para.block, markers) + markers)
        found.extend(square_datelines(text, para.start, para.end, para.block))
        end = _byline_at(text, para.start, para.end)       # (…と述べた。（読売新聞）【山田太郎】: the credit before the reporter's name)
        found.extend(_credits(text, para.start, end, para.block))
        found.extend(_issues(text, para.start, end, para.block, found[mark:]))     # (this paragraph's, not every one's: linear)
        found.extend(_inline(text, para.start, end, para.block, found[mark:]))
    return [replace(c, cue="より" if c.kind == "credit" or "より" in c.text else "") for c in found]


def is_citation_line(line: str) -> bool:
    return line.startswith("【") and parse_marker(line[1:].rstrip("】")) is not None


def editorial_marks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(中略), (後略) and their kin, and the line closing a quote (引用ここまで): the blogger's marks,
    not statements; greetings and the words that lead into a pasted report (皆さんこんにちは。
    まずは報道から。), which say nothing; a pasted thread's post headers and its readers' replies."""
    return [m.span() for m in _EDITORIAL.finditer(text, start, end)] + [m.span() for m in _PHATIC.finditer(text, start, end)] \
        + [m.span() for m in QUOTE_END.finditer(text, start, end)] + [m.span() for m in _KANA_RULE.finditer(text, start, end)] \
        + thread_post(text, start, end) \
        + [m.span() for m in _CORRESPONDENT.finditer(text, start, end) if not lexicon.outlet_pattern().search(m.group(1))] \
        + [m.span() for m in _CORRESPONDENT_PAREN.finditer(text, start, end) if not lexicon.outlet_pattern().search(m.group(1))] \
        + ([(b, end)] if (b := _byline_at(text, start, end)) < end else [])


def _byline_at(text: str, start: int, end: int) -> int:
    """Where a reporter's name closing a paragraph starts (…と述べた。【山田太郎】), else `end`."""
    m = _BYLINE_END.search(text, start, end)
    return m.start() if m and not lexicon.outlet_pattern(wide=True).search(m.group(1)) else end


# a correspondent's dateline, the place and the reporter's name (【北京＝山田太郎】): the page's own
# report, no citation (【ソウル＝共同】, an outlet after the sign, is one) and no words of a statement
_CORRESPONDENT = re.compile(r"【((?:[^【】＝=、\n]{1,12}[＝=][^【】＝=、\n]{1,16}、?){1,4})】")     # (two: 【ワシントン＝山田太郎、ニューヨーク＝田中花子】)
# …in parentheses, opening a paragraph or a sentence: （ワシントン＝山田太郎）西川国務長官は… (not 1ドル＝150円: no digits after the sign)
_CORRESPONDENT_PAREN = re.compile(r"(?:^|(?<=[。\n]))[ \u3000]*[（(]((?:[^（）()＝=、\n]{1,12}[＝=][^（）()＝=、\n0-9０-９]{1,16}、?){1,4})[）)]", re.M)
# a reporter's name closing a paragraph, after its last sentence or credit: …と述べた。（読売新聞）【山田太郎】
_BYLINE_END = re.compile(r"(?<=[。．）)」』])[ \u3000]*【([\u4e00-\u9fff々]{2,4}[\u3041-\u30ff\u4e00-\u9fff々]{0,4})】[ \u3000]*$")


_PHATIC = re.compile(r"(?:(?<=[。！？!?\n])|^)[ \u3000]*(?:(?:皆さん|皆様|みなさん|みなさま)[、,]?\s*)?"
                     r"(?:(?:こんにちは|こんばんは|おはようございます|お疲れ様です)(?:[、,][^、。！？!?\n「」がをはにへでと]{1,12}?です)?"     # こんにちは、管理人の潮風です。
                     r"|よろしくお願いします|ありがとうございました"
                     r"|(?:まずは|では|それでは)(?:報道|記事|ニュース)(?:から|です|をどうぞ)|以下、?(?:記事|報道|ニュース)?(?:より|から|引用))[。！!]", re.M)


def _markers(text: str, start: int, end: int, block: int | None) -> list[Citation]:
    out = []
    for m in re.finditer("【", text[start:end]):
        s = start + m.start()
        close = text.find("】", s + 1, end)
        nxt = text.find("【", s + 1, end)
        if close == -1 or (nxt != -1 and nxt < close):
            # no closing bracket: the marker runs to the next space after its outlet, or the line's end
            stop = end if nxt == -1 else nxt
            inner = text[s + 1:stop]
            parsed = parse_marker(inner)
            if not parsed:
                continue
            when, outlet = parsed
            pos = inner.find(outlet) + len(outlet)
            tail = re.match(r"\s*(?:より|から|参照)?", inner[pos:])
            e = s + 1 + pos + (tail.end() if tail else 0)
        else:
            parsed = parse_marker(text[s + 1:close])
            if not parsed:
                continue
            when, outlet = parsed
            e = close + 1
        # an undated 【共同通信】 closing its paragraph credits what precedes it; at a paragraph's start it is a
        # dateline, with its day or not (【ソウル25日時事】)
        closing = when is None and not text[e:end].strip() and text[start:s].strip()
        opening = when is not None and not text[start:s].strip() and text[e:end].strip() \
            and (dateline(text[s + 1:e]) or wire_dateline(text[s + 1:e].strip().rstrip("】").strip())) is not None
        kind = "dateline" if opening else "bracket" if when else "inline" if closing else "dateline"
        out.append(cited(text, s, e, outlet, when, kind, block))
    other = _OTHER_MARKER.search(text, max(start, end - 48), end)
    if other and (parsed := parse_marker(other.group("inner"))) and lexicon.find_outlet(parsed[1]) and text[start:other.start()].strip():
        # 〈共同〉, [11月19日 時事], 《読売新聞》 closing a paragraph, as 【…】 does: a known outlet only (not [注], 《お知らせ》)
        out.append(cited(text, other.start(), other.end(), parsed[1], parsed[0], "bracket" if parsed[0] else "inline", block))
    return out


_OTHER_MARKER = re.compile(r"[〈《［\[〔](?P<inner>[^〈〉《》［］\[\]〔〕\n]{2,40})[〉》］\]〕][。．]?\s*$")


def _credits(text: str, start: int, end: int, block: int | None) -> list[Citation]:
    out = []
    for m in _CREDIT.finditer(text, start, end):
        body = m.group("body").strip()
        date_at = None
        for dm in MARKER_DATE.finditer(body):
            if parse_date(body[dm.start():]):
                date_at = dm
        if date_at is None:
            continue
        when, _ = parse_date(body[date_at.start():])
        outlet = body[:date_at.start()].strip(" \u3000、,")
        if not outlet or not _plausible_outlet(outlet):
            continue
        out.append(cited(text, m.start(), m.end(), outlet, when, "credit", block))
    return out


# a newspaper's issue closing a paragraph: (2020年3月3日付毎日新聞朝刊), =19日付『朝日新聞』夕刊,
# (10月27日付朝日新聞朝刊1面に掲載)
_ISSUE = re.compile(r"(?:[=＝]|[(（])\s*(?P<date>[^付()（）=＝「」『』\n]{2,14})付の?\s*"
                    r"(?:『(?P<titled>[^『』「」\n]{2,30})』|(?P<bare>[^()（）『』「」、。\s]{2,30}?))"
                    r"\s*(?:朝刊|夕刊|電子版|紙面)?(?:[0-9０-９]{1,2}面)?(?:に掲載)?[)）]?[。．]?\s*$")
def _issues(text: str, start: int, end: int, block: int | None, found: list[Citation]) -> list[Citation]:
    """A dated issue of a newspaper closing a paragraph: the date it was printed, the outlet by its
    name in 『』 or, written bare, as the registry knows it."""
    m = _ISSUE.search(text, max(start, end - 70), end)
    if not m or any(start <= c.start < end for c in found):
        return []
    outlet = (m.group("titled") or m.group("bare")).strip()
    letters = [unicodedata.category(ch) for ch in outlet]
    if (sum(cat in ("Lu", "Ll", "Lt", "Lo") for cat in letters) < 2 or "Cf" in letters or not _plausible_outlet(outlet)
            or (m.group("bare") and not lexicon.find_outlet(outlet))):
        return []             # a title of two letters or more: not 『――』, 『12』, 『々々』, blanks, invisible marks
    written = m.group("date").strip()
    if day := DAY_ONLY.fullmatch(written):       # =19日付: a day of the month the page's date gives
        if not 1 <= number(day["d"]) <= 31:
            return []
        when = day_alone(number(day["d"]), written)
    elif (parsed := parse_date(written)) and parsed[1] == len(written) \
            and any(safe_date(y or 2000, m, d) for y, m, d in parsed[0].readings):     # 2月29日 in a leap year, not 2月30日
        when = parsed[0]
    else:
        return []
    return [cited(text, m.start(), end, outlet, when, "issue", block)]


_PAREN_TAIL = re.compile(rf"[(（〔](?:(?:{SOURCE_LABELS})[:：]\s*)?(?P<body>[^()（）〔〕\n]{{3,40}})[)）〕][。．]?[”」』]?\s*$")


def _inline(text: str, start: int, end: int, block: int | None, found: list[Citation]) -> list[Citation]:
    """Credits at a paragraph's end, in parentheses with a date (…した。（7月3日 時事）,
    (ロイター 2024年7月3日)) or without one (…です。NHKより / …した。（共同）)."""
    if any(start <= c.start < end for c in found):
        return []
    tail = text[max(start, end - 60):end]
    m = _PAREN_TAIL.search(tail)
    if m:
        parsed = parse_marker(m.group("body")) or _source_then_date(m.group("body"))
        if parsed and parsed[0] is not None:
            s = end - len(tail) + m.start()
            return [cited(text, s, end, parsed[1], parsed[0], "inline", block)]
    m = _DATED_TAIL.search(tail)
    if m and (parsed := _date_then_source(m.group("body"))):
        return [cited(text, end - len(tail) + m.start("body"), end, parsed[1], parsed[0], "inline", block)]
    # a dated credit closing a sentence inside the paragraph: …と語った（朝日新聞デジタル、6月10日）。
    for m in _PAREN_BEFORE_STOP.finditer(text, start, end):
        parsed = _source_then_date(m.group("body"))
        if parsed:
            return [cited(text, m.start(), m.end(), parsed[1], parsed[0], "inline", block)]
        if lexicon.outlet_pattern().fullmatch(m.group("body").strip()):       # …と述べた（NHK）。: undated
            return [cited(text, m.start(), m.end(), m.group("body").strip(), None, "inline", block)]
    tail = text[max(start, end - 40):end]
    closing = tail.rstrip()
    if not (closing.endswith((")", "）", "〕", "より")) or re.search("出典|引用|ソース|参考|[=＝]", tail)):
        return []               # most paragraphs end as sentences do: no need to try every outlet's name
    m = _outlet_credit().search(tail)
    if not m:
        return []
    outlet = m.group("a") or m.group("b") or m.group("c") or m.group("d")
    if getattr(lexicon.find_outlet(outlet), "kind", "") == "portal":      # （毎日新聞／Yahoo!ニュース）: the story is the paper's
        outlet = next((n for n in lexicon.outlet_pattern().findall(m.group(0)) if getattr(lexicon.find_outlet(n), "kind", "") != "portal"), outlet)
    s = end - len(tail) + m.start()
    if _ASKER.fullmatch(text[start:s].strip()):
        return []               # Q 代表幹事(時事通信), 記者(共同通信): who asks, and for whom; no credit
    if re.fullmatch(r"\s*(?:(?:以下|下記|次)[はの、,]?)?\s*", text[start:s]):
        return []               # 以下、毎日新聞より, ソース：読売新聞 alone on its line: a credit line, opening or closing (tracker.citations)
    if (quoted := re.fullmatch(r"\s*「([^「」\n]{4,80})」\s*", text[start:s])) and (_HEADLINE.fullmatch(quoted.group(1)) or _HEADLINE_SIGN.search(quoted.group(1))):
        return []               # 「北町市長、辞任を否定」（毎日新聞）: a headline with its outlet, a credit line (tracker.citations); not 「…必要もない」（毎日新聞）
    below = re.match(r"\s*([^\n]*)", text[end:end + 200]).group(1)
    if _HEADLINE.fullmatch(text, start, s) and _HEADLINE_SIGN.search(text, start, s) and not _CAPTION_TAIL.search(text, start, s) \
            and not _NO_HEADLINE.search(text, start, s) and not _BLOGGER.search(below):     # (over the blogger's words: no story's)
        return [cited(text, start, end, outlet, None, "sourceline", block)]    # 市長が辞意=財政難で-北町(時事通信): heads its story
    return [cited(text, s, end, outlet, None, "inline", block)]


# a headline standing alone, its outlet after it: no sentence in it, and it ends in a noun or a particle
# (市長が辞意表明=財政難で-北町, 辞意を表明 財政難で), not as a predicate does (…を表明した（共同）: a sentence and its credit)
# a picture's caption says when and where after its =: 握手する両首脳=26日、ワシントン(共同) (a headline's place
# follows a dash: …=財政難で-北町(時事通信))
_CAPTION_TAIL = re.compile(r"[=＝](?:[0-9０-９]{1,2}日[、,]\s*)?[^=＝\-－―]{1,24}$")
_HEADLINE = re.compile(r"\s*[^。！？!?\n「」]{4,60}?[^\sたるいすだうくつむぶぐぬねよわ、。)）]\s*")
# …set as headlines are: a subhead after = or a space, the place after a dash; no source or day of a sentence's
# (北町市長によると、…見込み(共同), 北町市長が19日、増税を表明(共同): a sentence without its stop, and its credit)
_HEADLINE_SIGN = re.compile(r"[=＝]|[-－―][^\s=＝\-－―]{1,8}\s*$|[^\s、][ \u3000]+[^\s、]")
_BLOGGER = re.compile(r"(?:ます|です|でした|でしょう)[ねよ]*[。！!]|と思(?:う|います|った)|だろう[。か]|私|筆者")      # a line in the blogger's voice
_NO_HEADLINE = re.compile(r"によると|[0-9０-９]{1,2}日(?:、|午前|午後|夜|朝)|写真|撮影")
# a transcript's questioner with the outlet they work for
_ASKER = re.compile(r"(?:[QＱ問][\s:：]*)?[^\s、。「」]{0,10}?(?:幹事社?|記者|質問者|司会者?|アナウンサー)")


# [パリ/オスロ 19日 ロイター] -, [24日 ロイター] -: a wire's dateline in square brackets, its day with it
@cache
def _outlet_credit() -> re.Pattern:
    """An outlet credited at a paragraph's end: （共同）, (ダイヤモンド編集部), 出典：NHK, NHKの記事より, （毎日新聞より引用）, 。＝共同;
    a wire and the agency that distributed it, the wire's report: （AFP＝時事）; a wire's place before it:
    （ソウル共同）, （北京＝共同）."""
    pat = lexicon.outlet_pattern(wide=True).pattern
    tail = r"(?:の記事|の報道|電子版|日本語版|ウェブ版|編集部|編集局|取材班|[・／/][^()（）\s・／/=＝]{2,10})?"    # （共同通信・田中花子）: its reporter
    closing = r"(?:(?:より|から)(?:引用|抜粋|転載)?)?[)）〕]"
    # (a place before the outlet is not the start of an outlet named whole: （テレビ朝日） is no place テレビ and 朝日)
    return re.compile(rf"(?:[(（〔](?:以上[、,]?)?(?:{SOURCE_LABELS})?[:：]?\s*(?:(?!(?:{pat})(?:[=＝]|{tail}{closing}))(?:[\u30a0-\u30ff・]{{2,10}}|[\u30a0-\u30ff\u4e00-\u9fff・]{{1,10}}[=＝])|(?:{pat})\s*[/／]\s*)?(?P<a>{pat})(?:\s*[/／]\s*(?:{pat}))?{tail}(?:[=＝](?:{pat}))?{closing}"
                      rf"|(?:{SOURCE_LABELS})[:：]\s*(?P<b>{pat})|(?P<c>{pat})(?:の記事|の報道|電子版)?より"
                      # a wire's sign after the sentences it credits (…と訴えた。＝共同): not a picture's, which follows a caption
                      rf"|(?<=[。．！？!?」』])\s*[=＝](?P<d>{pat}))\s*$")


_PAREN_BEFORE_STOP = re.compile(r"[(（](?P<body>[^()（）\n]{2,40})[)）](?=[。．])")


# a date and a known outlet after the paragraph's last sentence, unbracketed: …と述べた。 2022年7月30日, スプートニク日本
_DATED_TAIL = re.compile(r"(?<=[。．！？!?」』])[ \u3000]+(?P<body>[0-9０-９][^。．！？!?「」()（）\n]{5,40}?)\s*$")


def _date_then_source(body: str) -> tuple[PartialDate, str] | None:
    """「2022年7月30日, スプートニク日本」: a full date, then an outlet the registry knows."""
    parsed = parse_date(body)
    if parsed is None or any(y is None for y, _, _ in parsed[0].readings):
        return None
    name = body[parsed[1]:].strip(" \u3000,、，")
    return (parsed[0], name) if lexicon.outlet_pattern().fullmatch(name) else None


def _source_then_date(body: str) -> tuple[PartialDate, str] | None:
    """「中国外交部ウェブサイト 6月25日」, 「毎日新聞 2024年7月5日」: a source named before a date."""
    m = re.match(r"(?P<name>[^\s\u3000、。「」]{2,30})(?:[\s\u3000]+|[、,]\s*)(?P<date>.+)$", body.strip())
    if not m:
        return None
    if (alone := DAY_ONLY.fullmatch(m.group("date").strip())) and (day := day_alone(number(alone.group("d")), alone.group(0))):
        parsed = (day, len(alone.group(0)))     # （NHK、19日）: the 19th of the page's month, no damaged 1月9日
    else:
        parsed = parse_date(m.group("date"))
    if parsed is None or parsed[1] < len(m.group("date").strip()) - 1 or not _plausible_outlet(m.group("name")):
        return None
    return parsed[0], m.group("name")
