"""Japanese noun phrases: where the phrase ending before a particle begins (中国外務省の林剣報道官,
プーチン氏と習氏, 兵頭慎治氏(防衛省防衛研究所研究幹事), 対木さやか氏), read back from the particle.
"""
from __future__ import annotations

import re
from functools import cache

from .lexicon import word_list
from .sentences import outlet_before, outlet_ending, outlet_named

NOUN = re.compile(r"[\u4e00-\u9fff\u3005\u30a0-\u30ff\u31f0-\u31ffー・A-Za-z0-9Ａ-Ｚａ-ｚ０-９&＆.'’]")
_NOUN = NOUN
_WRAPPED = 12           # a line wrapped by hand is longer than a heading


def _latin(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in ".&'")


# what an outlet is, written before its name in quotes: 英誌「エコノミスト」, 米政治サイト「ポリティコ」, 韓国紙「東亜日報」
MEDIUM_WORD = re.compile(r"(?:紙|誌|サイト|通信社?|テレビ|放送局?|メディア|新聞|ニュースサイト|電子版)$")


ONE_OF = re.compile(r"の(?:うちの)?(?:一人|ひとり|[1１]人)$")     # 住民の一人: one of them (speakers.classify reads it too)


def np_before(text: str, pos: int, floor: int, *, lists: bool = False, _depth: int = 0) -> tuple[int, int]:
    """The noun phrase ending at `pos` (a particle follows): 中国外務省の林剣報道官, プーチン氏と習氏,
    兵頭慎治氏(防衛省防衛研究所研究幹事). With `lists`, 、 may join items back to `floor`."""
    m = re.search(r"(?:など|ら|たち)$", text[max(floor, pos - 2):pos])
    i = end = pos - len(m.group(0)) if m else pos
    while i > floor:
        ch = text[i - 1]
        if ch in ")）":
            opener = "(" if ch == ")" else "（"
            j = text.rfind(opener, floor, i - 1)
            if j == -1 or i - j > 40:
                break
            i = j
            continue
        if _NOUN.match(ch):
            i -= 1
            continue
        if ch in "」』" and (j := text.rfind("「" if ch == "」" else "『", max(floor, i - 32), i - 1)) != -1 \
                and (outlet_named(text[j + 1:i - 1]) or outlet_before(text, floor, j) or MEDIUM_WORD.search(text, max(floor, j - 8), j)):
            i = j               # 「東亜日報」は: an outlet's name in quotes is a name; TBSの「報道特集」は: its programme; 米政治サイト「ポリティコ」は
            continue
        if ch in "!！?？" and (named := outlet_ending(text, max(floor, i - 24), i - 1)) is not None:
            i = named           # Yahoo!ニュースは: a name with its own mark
            continue
        if ch == " " and i - 1 > floor and text[i - 2].isascii() and text[i - 2].isalnum() and i < end and text[i].isascii() \
                and text[i].isalnum():
            i -= 1              # a name in Latin letters, its words spaced: Atelier BERUN
            continue
        if i < end and _titled(text[i:end]) and (given := _given_in_kana(text, i, floor)):
            i = given.start("given")    # 対木さやか氏: a given name in hiragana between the surname and the title
            continue
        if ch == "\n" and i - 1 > floor and (_NOUN.match(text[i - 2]) or text[i - 2] in ")）") \
                and not (i < len(text) and _latin(text[i - 2]) != _latin(text[i])) and text.find("\n", max(0, i - 1 - _WRAPPED), i - 1) == -1:
            # a line wrapped by hand: 三崎眞佐美(68、女)⏎さん; not Latin over Japanese (Reuters⏎市長は…), nor a heading (１　発表事項⏎大臣：)
            i -= 1
            continue
        kana_title = next((t for t in ("さん", "ちゃん", "くん", "さま") if text[max(floor, i - len(t)):i] == t), None)
        if kana_title and i - len(kana_title) > floor and (_NOUN.match(text[i - len(kana_title) - 1]) or text[i - len(kana_title) - 1] in ")）\n"
                                                           or _given_in_kana(text, i - len(kana_title), floor)):
            i -= len(kana_title)
            continue
        if i < end and (at := _office_before(text, i, floor, end)) is not None:
            i = at              # 加藤こども政策担当大臣: an office in kana inside the phrase
            continue
        if i < end and "\u3041" <= ch <= "\u3096" and (k := _kana_name_start(text, i, end, floor)) is not None:
            i = k               # みずほ銀行, 株式会社ひかりフーズ: a company's name in hiragana
            continue
        if ch in "のとや" and i - 1 > floor and (_NOUN.match(text[i - 2]) or text[i - 2] in ")）") and i < end:
            i -= 1
            continue
        if ch == "、" and lists and i < end and _depth < 20:       # (a list of twenty names at most: no end of recursion)
            k, _ = np_before(text, i - 1, floor, lists=True, _depth=_depth + 1)
            if k == floor and k < i - 1 and not _is_date(text[k:i - 1]) and text[k:i - 1] not in word_list("connective") \
                    and text[k:i - 1] not in word_list("time_word") and not ONE_OF.search(text, k, i - 1):      # (昨日、官房長官は: when, then who; 原告の一人、山本さんは: one person)
                i = k
                continue
        break
    # keep a demonstrative or an anonymity marker in front: その第1条, ある韓国政府高官
    for prefix in ("その", "この", "同じ", *word_list("anonymous_prefix")):
        k = i - len(prefix)
        if k >= floor and text[k:i] == prefix and (k == floor or not "\u3040" <= text[k - 1] <= "\u309f"):
            i -= len(prefix)
            break
    while i < end and text[i] in "のとや、・ー":      # (・佐藤常務: a list's mark, no part of a name: ・ joins a name's parts only; ーー: a dash)
        i += 1
    if i > floor and text[i - 1] in "」』" and text[i:i + 1] in ("(", "（") and text[end - 1:end] in (")", "）") \
            and not re.search(r"[()（）]", text[i + 1:end - 1]):
        return i + 1, end - 1       # 「経済・物価情勢の展望」(展望リポート)は: a title, then the short name the text goes on with
    lead = _LEADING_DAY.match(text, i, end)       # 11日の米紙…: the day is no part of the name
    return (lead.end() if lead and lead.end() < end else i), end


def _kana_name_start(text: str, i: int, end: int, floor: int) -> int | None:
    """Where an organisation's name opening in hiragana starts, the phrase after it at text[i:end]:
    the hiragana run standing where a phrase opens (after 、, a quote, a line's start or 株式会社),
    the name an organisation's by its head (銀行, ゆうちょ銀行の広報担当者) or by 株式会社; no connective (また銀行は)."""
    k = i
    while k > max(floor, i - 8) and "\u3041" <= text[k - 1] <= "\u3096":
        k -= 1
    run, before = text[k:i], text[max(floor, k - 4):k]
    company = before.endswith(("株式会社", "（株）", "(株)"))
    opens = k == floor or text[k - 1] in "、。「『（( \u3000\n" or company
    if len(run) < 2 or not opens or run in word_list("connective") or run.startswith(word_list("kana_time")) or "\u3041" <= text[k - 1:k] <= "\u3096":
        return None
    return k if company or text[i:end].split("の", 1)[0].endswith(word_list("organization")) else None


# a given name in hiragana after a surname in kanji (対木さやか氏): two to four kana, not opening with a particle
_GIVEN_IN_KANA = re.compile(r"(?<![\u4e00-\u9fff\u3005])[\u4e00-\u9fff\u3005]{1,3}(?P<given>(?![のがはをにでともへや])[\u3041-\u3096]{2,4})"
                            r"(?<!した)(?<!った)(?<!いた)(?<!れた)(?<!んだ)(?<!する)(?<!いる)(?<!れる)(?<!てる)")     # (not 出廷した医師: a verb's ending)


def _titled(rest: str) -> bool:
    """What follows a given name in hiragana is its title, and nothing else: さん, 氏, 主席エコノミスト."""
    return rest.startswith(("さん", "ちゃん", "くん")) or _titles_only().fullmatch(rest) is not None


@cache
def _titles_only() -> re.Pattern:
    return re.compile("(?:" + "|".join(re.escape(t) for t in word_list("title")) + ")+")
def _given_in_kana(text: str, at: int, floor: int) -> re.Match | None:
    """The surname and hiragana given name ending at `at`, if the text has one there."""
    m = _GIVEN_IN_KANA.search(text, max(floor, at - 8), at)
    return m if m and m.end() == at else None


_LEADING_DAY = re.compile(r"(?:[0-9０-９]{1,4}年)?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:付の?|(?:夜|朝|午前|午後)?の)"
                          r"|(?:[0-9０-９]{1,4}年)?[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?(?:の|、)?(?=[^0-9０-９の])"
                          r"|[0-9０-９]{4}年(?:の|、)?(?=[^0-9０-９の])")     # 2022年11月最高裁は
_DATEISH = re.compile(r"^[（(]?\d*月?[)）]?[0-9０-９]+日?$|^(?:今|昨|来|先)(?:月|年|週)|^\d+年")


def _is_date(s: str) -> bool:
    return bool(_DATEISH.search(s))


def own_subject(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], what comes before an act's object, names who acts (そのポスターは、
    ボランティアが): the act is theirs, not the last speaker's, whoever they are. Not a time (今後は,
    これまでは), a place framed (駅前では) nor a connective (一方は)."""
    for m in _OWN_SUBJECT.finditer(text, start, end):
        word = m.group(1)
        if _COMPLEMENT.search(text, m.end(), end):
            return False        # 協議が進むかどうかは…だという認識を示した: a subject inside what the act holds
        if not (_is_date(word) or word in word_list("connective") or word.startswith(word_list("kana_time")) or word in word_list("time_word")):
            return True
    return False


_COMPLEMENT = re.compile(r"と(?:いう|の|する|して)")
_OWN_SUBJECT = re.compile(r"([\u3041-\u3096\u4e00-\u9fff\u30a0-\u30ffー]{2,12}?)(?<!で|に|と|て)(?:は|が)(?![ずらいなれ])")


def _office_before(text: str, i: int, floor: int, end: int) -> int | None:
    """Where an office's name (word list `office`) starts that runs across text[i] (こども政策担当 in
    加藤こども政策担当大臣), the first of the list's order that does; looked for among the offices that
    stand near i at all (one search), not each office in turn."""
    near = _offices().search(text, max(floor, i - _office_reach()), min(end, i + _office_reach()))
    if near is None:
        return None
    return next((p for o in word_list("office") if floor <= (p := text.find(o, max(floor, i - len(o)), min(end, i + len(o)))) < i), None)


@cache
def _offices() -> re.Pattern:
    return re.compile("|".join(re.escape(o) for o in sorted(word_list("office"), key=len, reverse=True)))


@cache
def _office_reach() -> int:
    return max(len(o) for o in word_list("office"))
