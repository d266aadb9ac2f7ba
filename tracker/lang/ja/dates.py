"""Japanese dates: relative dates in a statement (3日, 18日の記者説明で, 今月3日, 先月28日, 昨年12月26日, 昨日) resolved against
the report that carries it, 同日, years written with 年, and how a page writes its date line."""
from __future__ import annotations

import re
from datetime import date

from ...dates import days_before, safe_date
from ...model import PartialDate

DIGIT = "[0-9０-９]"
WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# numbers in kanji, as some papers write dates (四日, 二十三日, 十一月四日, 二〇一七年): a day 1–31, a month 1–12
_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0}     # (二○○四年: a circle for zero)
_KANJI_DAY = "三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
_KANJI_MONTH = "十[一二]?|[一二三四五六七八九]"
_MONTH = rf"{DIGIT}{{1,2}}|{_KANJI_MONTH}"
_DAY = rf"{DIGIT}{{1,2}}|{_KANJI_DAY}"
_EXPR = re.compile(
    rf"(?P<full>(?P<y>{DIGIT}{{4}}|[〇○一二三四五六七八九]{{4}})年(?P<fm>{_MONTH})月(?P<fd>{_DAY})日)"
    rf"|(?:[(（](?P<pm>{_MONTH})月[)）]|(?<![〇一二三四五六七八九十])(?P<m>{_MONTH})月)(?P<md>{_DAY})日"
    rf"|(?P<this>今月)(?P<td>{_DAY})日"
    rf"|(?P<last>先月|前月)(?P<ld>{_DAY})日"                               # 先月28日: the month before the report's
    rf"|(?P<ly>昨年|去年)(?P<lm>{_MONTH})月(?P<lmd>{_DAY})日"             # 昨年12月26日: the year before
    rf"|(?<![0-9０-９年月])(?P<d>{DIGIT}{{1,2}})(?:[～〜~\-－](?P<d2>{DIGIT}{{1,2}}))?日(?!間|分|付|目|連続|以内|ぶり)"
    # a day in kanji alone: not inside a number, a place (四日市, 十日町), a span (三日間, 一日中, 一日に三回, 一日も早く)
    rf"|(?<![〇○一二三四五六七八九十百千年月第])(?<![一二三四五六七八九十]、)(?P<kd>{_KANJI_DAY})日(?![間分付目中市町村酔もごあ当月大天]|に[一二三四五六七八九十何数0-9０-９])"
    rf"|(?:今日|本日|きょう|昨日|きのう)[(（](?P<gd>{DIGIT}{{1,2}})日[)）]"      # 今日(26日): the day it glosses
    rf"|(?P<yest2>一昨日|おととい)|(?P<yest>昨日|きのう)|(?P<today>今日|本日|きょう)"
    rf"|(?P<era>令和|平成)(?P<ey>{DIGIT}{{1,2}}|元)年(?P<em>{_MONTH})月(?P<ed>{_DAY})日"       # 令和6年11月19日
)
# where a date tells when the statement or event happened: 〜は3日、 / 3日、〜は / 18日の記者会見で
_LOCAL_TIME = re.compile(r"(?:現地時間|日本時間|翌|同月)$")
_FRAME_AFTER = re.compile(r"(?:[(（][月火水木金土日](?:曜日?)?[)）])?(?:[(（](?:現地時間|日本時間)[)）])?(?:夜|朝|午前|午後|未明|深夜)?(?:[(（](?:現地時間|日本時間)[^()（）、。「」\n]{1,12}[)）])?(?:[、,]|に|の(?:[^、。]{0,12}?)(?:会見|記者説明|記者会見|説明|インタビュー|演説|声明|会談|首脳会談|会合|会議|放送|番組|発表|投稿|市場|取引)で"
                          r"|の[^、。「」]{0,12}?「[^「」\n]{1,20}」(?:で|に出演し)"     # 17日のNHK「日曜討論」で: a programme that day
                          r"|の[^、。「」]{0,30}?(?:審査|委員会|国会|議会|集会|講演|式典|イベント|フォーラム|サミット|記者団|取材)(?:で|に対し)"
                          r"|の(?:閣議|本会議|党大会)(?:で(?=[、「])|後)"     # 9日の閣議で、 / 9日の閣議後: not 9日の閣議で決まった予算
                          # 23日の金融政策決定会合後、 / 10日の試合後に: what follows a meeting that day (not 1日の地震後、: days may pass)
                          r"|の[^、。「」]{0,16}?(?:(?<![入機大再])会|会合|会議|会見|会談|試合|演説|式典|閣議|審議|討論)後(?=[、,に])"
                          r"|(?=報じ|伝え|報道し|発表し|明らかにし|公表し))")     # 共同通信が4日報じたところによると

# the day a source reported what the sentence passes on (AFP通信が4日報じたところによると、首相は…): its report's (the
# citation's), not the day of what it reports
_SOURCE_REPORTED = re.compile(r"に?[、,]?(?:報じ|伝え|報道し|配信し)た(?:ところ)?(?:によると|によれば|によりますと|では)")
_SAME_DAY = re.compile(r"同日|同じ日")
# a page's date line: 2024年7月10日 09:00 投稿, 2024/07/10
_DATE_LINE = re.compile(rf"(?:(?P<y>{DIGIT}{{4}})(?:年|[/／.\-])|(?P<era>令和|平成)(?P<ey>{DIGIT}{{1,2}}|元)年)(?P<m>{DIGIT}{{1,2}})(?:月|[/／.\-])(?P<d>{DIGIT}{{1,2}})日?")
_ERA = {"令和": 2018, "平成": 1988}       # 令和6年 is 2024, 平成31年 2019 (元年: the first)
# a month and day without the year, as portals and papers date a credit line: 6/24(月) 8:00配信, 7月3日
_DAY_LINE = re.compile(rf"(?<![0-9０-９/／.年])(?:(?P<m>{DIGIT}{{1,2}})[/／](?P<d>{DIGIT}{{1,2}})|(?P<m2>{DIGIT}{{1,2}})月(?P<d2>{DIGIT}{{1,2}})日)"
                       rf"(?:\s*[(（](?P<w>[月火水木金土日])[)）])?")
_WEEKDAYS = "月火水木金土日"


def day_in_line(line: str) -> tuple[int, int, str, int | None] | None:
    """A month and day without the year (6/24(月), 7月3日), and the weekday written beside it."""
    m = next((m for m in _DAY_LINE.finditer(line) if m.group("m2") or m.group("w")), None)     # 6/24 alone may be a score
    if not m:
        return None
    month, day = number(m.group("m") or m.group("m2")), number(m.group("d") or m.group("d2"))
    weekday = _WEEKDAYS.index(m.group("w")) if m.group("w") else None
    return (month, day, m.group(0), weekday) if 1 <= month <= 12 and 1 <= day <= 31 else None


# (and a range of hours: 令和6年7月2日（火）10時30分～10時45分; the hours and the weekday are furniture's own, no label twice)
DATE_LABELS = "投稿|公開|更新|配信|掲載|作成|日付|投稿日|公開日|更新日|最終更新|[～〜]|(?:於|場所)[：:]?[^\\s：:於]{1,20}+"     # 於：本省会見室: where, after when
# the words that label what names a source: 出典：毎日新聞, （出所：産経ニュース）, 記事元：テレビ朝日, 元ネタ：nikkei.com
SOURCE_LABELS = r"(?:記事|情報|出典|ソース|ネタ)元|元ネタ|出所|出典|引用元?|ソース|参考"
# what a credit line carries beside the outlet: 2020年4月13日 4時35分 NHKニュース, 10/4(火) 16:36配信 中央日報,
# 出典：毎日新聞, 朝日新聞の記事より, （提供/人民網日本語版・編集/KS）, ©NHK, 以上は今日の東西新聞朝刊の情報だ
CREDIT_LABELS = (r"[0-9０-９]{1,4}年|[0-9０-９]{1,2}月号?|[0-9０-９]{1,2}日(?:付|号)?|合併号|[0-9０-９]{1,2}時(?:[0-9０-９]{2}(?![0-9０-９分]))?|[0-9０-９]{1,2}分|[(（][月火水木金土日][)）]"
                 rf"|(?:の記事)?(?:から|より)の(?:引用|抜粋|転載)(?:です|になります)?。?|{SOURCE_LABELS}|部分引用|引用|全文は?|一部|ソース|参照|(?:この記事の)?(?:配信|提供|転載)元?|編集|写真|最終更新|更新|掲載|の記事|記事|電子版|より|から|元記事|リンク"
                 r"|以上(?:は|、)?|上記(?:の(?:コメント|記事|文章|発言|内容))?(?:は|、)?|(?:今日|本日|昨日|今朝)の|朝刊|夕刊|の情報(?:だが|ですが|だ|です)?"
                 r"|続きは|全文は|で(?=\s*$)"        # 続きは日本経済新聞で: where the rest is
                 # a repost's or a translation's note: この記事は…の記事を一部抜粋したものです, ※本記事は…からの転載です
                 r"|(?:この|本)記事は|(?:の記事)?を(?:一部)?(?:抜粋|転載|翻訳|引用|再構成|再編集|編集)(?:し(?:て掲載し)?た(?:もの)?)?(?:です|である|になります)?。?"
                 r"|(?:から|より)の?転載(?:した(?:もの)?)?(?:です|である)?。?|英語版|日本語版|付"
                 # ※この記事は東海テレビの報道をもとに作成しました。 記事全文はこちら→ https://…
                 r"|の(?:報道|記事|取材|情報|配信)を(?:もと|基|元|参考)に(?:(?:作成|構成|再構成|執筆|編集)(?:しました|したものです|しています|した)?)?。?"
                 r"|(?:詳細|詳しく)は(?=こちら)|(?:(?<=全文)|(?<=全文は)|(?<=続き)|(?<=続きは)|(?<=元記事)|(?<=元記事は)|(?<=詳細は)|(?<=詳しくは))こちら(?:から|で)?[\s\u3000]*[→⇒↓▼>＞]*"
                 r"|に?掲載(?:された|されている)(?:もの|記事|コメント|文章)(?:です|である|になります)?。?"     # (…9月30日付に掲載されたものです)
                 # said in a sentence: 以下、NHKの記事より引用です。 共同通信の配信記事を転載します。 ソースは中央日報日本語版です。
                 r"|の(?=(?:配信|提供|転載|ネット|ウェブ|web|WEB)?記事)|(?:を)?(?:転載|引用|紹介)(?:します|しました|しておきます|しています|しております)。?|し(?<=[載用介]し)(?:ます|ました|ておきます|ています|ております)。?"
                 r"|は(?:(?<=ソースは)|(?<=出典は)|(?<=引用元は)|(?<=元記事は))"
                 r"|(?<=[用載粋事版])(?:です|でした|になります)。?(?=\s*[)）]?\s*$)")     # (not NHKです: a sentence; in brackets: （…の配信記事です）)
# (NHKの記事を引用します。: what follows; 以下のコメントは日刊ゲンダイから。, 以下は…の記事から。)
OPENING_LABELS = r"(?:以下|下記)(?:の(?:コメント|記事|文章|発言|内容|引用|部分))?(?:は|、)?|次の|引用開始|を?(?:引用|転載|紹介)し(?:ます|ておきます)。?"
# a line heading a portal's page of one outlet's stories, around its name: 伊勢新聞の配信記事一覧
LISTING = r"(?P<name>.{2,30}?)の?配信記事一覧"     # (a portal's index of what it delivered; not 朝日新聞の記事一覧, 共同通信の最新ニュース: a post's, a section's)
# the head of a page's readers' comments: コメント（3件）, この記事へのコメント, みんなの反応
COMMENTS = (r"この記事へのコメント|コメント(?:一覧)?[\s\u3000]*[(（]?[0-9０-９,，]+件?[)）]?|コメント一覧|[0-9０-９,，]+件のコメント"     # (not コメント alone: a button)
            r"|みんなの(?:反応|コメント|意見)|読者(?:の声|コメント)|コメントを(?:書く|する|投稿する)")
# the labels of a line pointing to another page: its headline is no statement here
LINKS = r"タグ|キーワード|カテゴリー?|関連記事|関連ニュース|あわせて読みたい|合わせて読みたい|次の記事|前の記事|おすすめ記事|こちらもおすすめ"
# a press release's address and contact lines: no statements
NOTICE = (r"報道関係(?:者)?各位|報道各位|(?:プレス|ニュース)リリース|【?(?:本件に関する)?(?:お問い?合わ?せ|問い合わせ)(?:先)?】?\s*[:：]?.{0,120}"
          r"|広告|PR|(?:この記事を)?シェア(?:する)?|コメント(?:\s*[(（][0-9０-９]+件?[)）])?|記事を(?:保存|印刷)"     # the page's own chrome
          r"|[(（]敬称略[)）]|※?(?:写真|画像|イラスト)は(?:すべて)?イメージ(?:です)?。?"
          # a page's walls, counters and pointers: この記事は有料会員限定です。残り1240文字, 次のページへ ＞, コメント（12） いいね！ 34,
          # 関連記事, 最終更新日：…, 【動画】北町市長が会見
          r"|(?:この記事は)?有料(?:会員|購読者)(?:限定|向け)(?:の記事)?(?:です|となります)?。?(?:[\s\u3000]*残り[0-9０-９,，]+文字)?|残り[0-9０-９,，]+文字"
          r"|(?:次|前)のページ(?:へ)?[\s\u3000]*[>＞»›]*|[<＜«‹]+[\s\u3000]*(?:次|前)のページ(?:へ)?"
          r"|(?:(?:コメント|いいね！?|シェア|ツイート|ブックマーク|はてブ)[\s\u3000]*[(（]?[0-9０-９,，]*[)）]?[\s\u3000]*)+"
          r"|(?:関連記事|関連ニュース|あわせて読みたい|合わせて読みたい|おすすめ記事|人気記事|(?:アクセス)?ランキング)"     # (in marks, a heading: 【関連記事】)
          r"|(?:最終)?(?:更新|公開|投稿|配信)(?:日|日時)?[\s\u3000]*[:：][\s\u3000]*[0-9０-９年月日/:：.\-\s\u3000()（）月火水木金土]{4,40}"
          r"|【(?:動画|写真|画像|図解|図表|グラフ|映像|音声)】[^。！？、0-9０-９\n]{0,24}"     # (a short caption: no figure, no clause)
          # an editor's note on the page itself: （この記事は…に更新しました。記事中の肩書は当時のものです。）
          r"|[(（]?(?:(?:この|本)記事は[^。()（）\n]{0,40}(?:更新|修正|訂正|追記)(?:しました|されました|しています)。?"
          r"|(?:記事中の)?(?:肩書き?|年齢|役職|所属)(?:[・、][^。()（）\n]{1,6})?は(?:当時|掲載時|取材時)のものです。?)+[)）]?"
          # a reporter's signature, the desk then the name: （編集委員・山田太郎）, （政治部　山田太郎）
          r"|[(（][\u4e00-\u9fff\u30a0-\u30ff]{0,4}(?:部|局|委員|記者|特派員|支局|総局|デスク|キャップ)[・\s　／/]+[\u4e00-\u9fff々]{1,3}[\u4e00-\u9fff々\u3041-\u3096]{1,3}[)）]")   # (its desk and a name only)
CLOSING_LABELS = r"続きは|続きを読む|全文は|全文を読む|詳しくは|^\W{0,3}上記"      # (続きは毎日新聞で: the rest of what was just quoted; 〔上記のコメントは…〕)
# a sentence announcing the text quoted after it: 記事では以下のように書いている。 次のように報じた。
ANNOUNCING = (r"(?:以下|下記|次)(?:の|に)?(?:ように|よう|通り|とおり)[^。！？!?\n]{0,20}[。：:]|(?:以下|下記)[、,]?[^。！？!?\n]{0,15}?(?:引用|抜粋|転載)[^。！？!?\n]{0,12}[。：:]"
              r"|(?:以下|下記|まずは)[、,]?[^。！？!?\n]{0,15}?(?:より|から)[。：:]|(?:詳しくは|ソースは|元記事は|記事は|続きは)こちら[。：:↓]*")   # 以下、記事より。 ソースはこちら↓


def number(s: str) -> int:
    """A number written in digits, wide or not, or in kanji (四, 二十三, 二〇一七)."""
    s = s.translate(WIDE_DIGITS)
    if s.isascii():
        return int(s)
    tens, ten, ones = s.partition("十")
    if ten:
        return (_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[ones] if ones else 0)
    return int("".join(str(_KANJI_DIGITS[c]) for c in s))


def dated_years(text: str) -> list[int]:
    return [y for m in _DATE_LINE.finditer(text.translate(WIDE_DIGITS))
            if m.group("y") and (y := int(m.group("y"))) >= 1900 and safe_date(y, int(m.group("m")), int(m.group("d")))
            and not re.match(r"[0-9０-９]|[./][0-9０-９]", text[m.end():m.end() + 2]) and not re.search(r"[0-9０-９./A-Za-zァ-ヶー]$", text[max(0, m.start() - 1):m.start()])]


def same_day(text: str) -> str | None:
    m = _SAME_DAY.search(text)
    return m.group(0) if m else None


def reading_note(when, chosen: date) -> str | None:
    """73日 read as 7月3日: a date whose 月 was lost, read back (its digits hold the month too)."""
    digits = re.sub(r"\D", "", when.text.translate(WIDE_DIGITS))
    if "日" in when.text and not re.search(r"[月/／-]", when.text) and f"{chosen.month}{chosen.day}" in digits:
        return f"{when.text} read as {chosen.month}月{chosen.day}日 (月 lost)"
    return None


def date_in_line(line: str) -> tuple[date | None, int, int] | None:
    m = _DATE_LINE.search(line)
    if not m:
        return None
    year = number(m.group("y")) if m.group("y") else _ERA[m.group("era")] + (1 if m.group("ey") == "元" else number(m.group("ey")))
    return safe_date(year, number(m.group("m")), number(m.group("d"))), m.start(), m.end()


def resolve_expression(m: re.Match, ref: date | None, year: int | None) -> date | None:
    """A date expression resolved against the date of the report that carries it."""
    g = m.groupdict()
    if g["full"]:
        return safe_date(number(g["y"]), number(g["fm"]), number(g["fd"]))
    if g["era"]:
        year = 1 if g["ey"] == "元" else number(g["ey"])
        return safe_date(_ERA[g["era"]] + year, number(g["em"]), number(g["ed"])) if year >= 1 else None     # (平成0年: no year)
    if ref is None:
        return None
    if g["md"]:
        mo, d = number(g["pm"] or g["m"]), number(g["md"])
        y = ref.year - 1 if (mo, d) > (ref.month, ref.day) else ref.year
        return safe_date(y, mo, d)
    if g["this"]:
        return safe_date(ref.year, ref.month, number(g["td"]))
    if g["last"]:
        prev = days_before(ref.replace(day=1), 1)
        return safe_date(prev.year, prev.month, number(g["ld"])) if prev else None
    if g["ly"]:
        return safe_date(ref.year - 1, number(g["lm"]), number(g["lmd"]))
    if g["d"] or g["gd"] or g["kd"]:
        d = number(g["d"] or g["gd"] or g["kd"])
        if d > 31 and g["d"] and len(g["d"]) == 2 and int(g["d"][1]) == int(g["d"][0]) + 1:
            d = int(g["d"][0])          # 34日: a range 3～4日 that lost its ～
        if d > 31 or d == 0:
            return None
        if d <= ref.day:
            return safe_date(ref.year, ref.month, d)
        prev = days_before(ref.replace(day=1), 1)       # the month before
        return safe_date(prev.year, prev.month, d) if prev else None
    if g["yest"] or g["yest2"]:
        return days_before(ref, 2 if g["yest2"] else 1)
    if g["today"]:
        return ref
    return None


def dated_frame(text: str, start: int, end: int) -> int | None:
    """Where a frame of when and where it was done ends, opening text[start:end] without a comma
    (19日に辞意を表明した, 17日の会見で辞任を否定した: what was said starts after it), else None."""
    m = _EXPR.match(text, start, end)
    after = _FRAME_AFTER.match(text, m.end(), end) if m else None
    return after.end() if after and after.end() > m.end() and after.end() < end else None


def frame_date(text: str, limit: int, ref: date | None, year: int | None) -> date | None:
    """The date a statement or event was made at, written in its frame (text[:limit]):
    〜は3日、 / 3日、〜は / 〜は18日の記者説明で. Dates inside quotes do not count."""
    depth, counted = 0, 0       # (counted from the last date on: from the text's start each time, a page of dates is quadratic)
    opening = len(text) - len(text.lstrip())
    for m in _EXPR.finditer(text, 0, limit):
        depth += text.count("「", counted, m.start()) - text.count("」", counted, m.start())
        counted = m.start()
        if depth > 0:
            continue
        before = _LOCAL_TIME.sub("", text[max(0, m.start() - 8):m.start()].rstrip())     # (王強首相は現地時間19日、, 市長は翌17日、)
        at_start = m.start() <= opening or before.endswith(("、", "は", "も", "が"))
        if at_start and (_FRAME_AFTER.match(text, m.end()) or not text[m.end():limit].strip()) and not _SOURCE_REPORTED.match(text, m.end()):
            # (a frame that is the date alone: a post's signature, its day)
            d = resolve_expression(m, ref, year)
            if d and ref is not None and (d.year, d.month) != (ref.year, ref.month) and "月" not in m.group(0) \
                    and text.startswith("に", m.end()) and _to_come(text, m.end()):
                continue        # 21日には党首会談が予定されている, 21日に開幕する (written on the 20th): a day to come this month, not one last month
            if d and (ref is None or d <= ref):
                return d
    return None


_TO_COME = re.compile(r"予定|を控え|開かれる|行われる|実施される")     # (what follows the day, within its clause)
# a sentence ending in the non-past (開幕する, 始まります, 発表する方針だ): what it tells is still to come
_GOING_ON = re.compile(r"[てで](?:い|お|あ)(?:る|ます)(?:だ|です)?[。！]")     # (…に反論している: done, and going on)
_NON_PAST_END = re.compile(r"(?:[うくぐすつぬぶむる]|ます|方針|見通し|見込み)(?:だ|です|である)?[。！]")


def _to_come(text: str, at: int) -> bool:
    """Whether what follows a day (at its に) is still to come: a plan within its clause, or a
    sentence that ends in the non-past with no quote between."""
    if _TO_COME.search(text, at, at + 30):
        return True
    stop = text.find("。", at, at + 60)
    return stop != -1 and "「" not in text[at:stop] and "\n" not in text[at:stop] and _NON_PAST_END.search(text, max(at, stop - 6), stop + 1) is not None \
        and _GOING_ON.search(text, max(at, stop - 6), stop + 1) is None


_QUOTATIVE_DAY = re.compile(r"[」』]*(?:と|って)、?")


def quotative_date(tail: str, ref: date | None, year: int | None) -> date | None:
    """The date written right after what was said and its quotative (「…」と19日、述べた), before its verb."""
    q = _QUOTATIVE_DAY.match(tail)
    m = _EXPR.match(tail, q.end()) if q and q.end() else None
    if m and _FRAME_AFTER.match(tail, m.end()):
        d = resolve_expression(m, ref, year)
        return d if d and (ref is None or d <= ref) else None
    return None


# ---- the dates citations write: 【7月3日 時事】 and its damaged forms (【73日 時事】), a day alone (=19日付)
_SEP = r"[～〜~\-－–—]"
# a date at the start of a marker: 2024年7月3日, 7月3日, 3～4日, damaged 73日 / 2024623日, 2024/7/3
MARKER_DATE = re.compile(
    rf"(?:(?P<y>{DIGIT}{{4}})年)?(?P<m>{DIGIT}{{1,2}})月(?P<d>{DIGIT}{{1,2}})日?(?:{_SEP}(?P<d2>{DIGIT}{{1,2}})日)?"
    rf"|(?P<ymd>{DIGIT}{{4}})[/／.\-](?P<m2>{DIGIT}{{1,2}})[/／.\-](?P<d3>{DIGIT}{{1,2}})日?"
    rf"|(?P<md>{DIGIT}{{1,2}})[/／](?P<d4>{DIGIT}{{1,2}})日?"
    rf"|(?P<dd>{DIGIT}{{2,8}})日(?:{_SEP}(?P<d5>{DIGIT}{{1,2}})日)?"
)


def damaged_readings(digits: str) -> tuple[tuple[int | None, int, int], ...]:
    """Readings of digits that lost 年 and 月: '73' -> 7/3, '627' -> 6/27, '2024623' -> 2024/6/23."""
    year = None
    if len(digits) >= 6:
        year, digits = number(digits[:4]), digits[4:]
    out = []
    for cut in range(1, len(digits)):
        m, d = number(digits[:cut]), number(digits[cut:])
        if 1 <= m <= 12 and 1 <= d <= 31 and not digits[cut:].startswith("0") and not digits.startswith("0"):
            out.append((year, m, d))
    return tuple(out)


def parse_date(text: str) -> tuple[PartialDate, int] | None:
    """A date at the start of `text`, and how many characters it takes."""
    m = MARKER_DATE.match(text)
    if not m:
        return None
    g = m.groupdict()
    if g["m"]:
        y = number(g["y"]) if g["y"] else None
        day = number(g["d2"] or g["d"])
        readings = ((y, number(g["m"]), day),)
    elif g["ymd"]:
        readings = ((number(g["ymd"]), number(g["m2"]), number(g["d3"])),)
    elif g["md"]:
        readings = ((None, number(g["md"]), number(g["d4"])),)
    else:
        digits = g["dd"].translate(WIDE_DIGITS)
        readings = damaged_readings(digits)
        if g["d5"]:      # 73～4日: a range whose first part lost 月
            readings = tuple((y, mo, number(g["d5"])) for y, mo, _ in readings) or readings
    readings = tuple(r for r in readings if 1 <= r[1] <= 12 and 1 <= r[2] <= 31)
    if not readings:
        return None
    return PartialDate(readings, m.group(0)), m.end()


DAY_ONLY = re.compile(rf"(?P<d>{DIGIT}{{1,2}})日")


def day_alone(day: int, written: str) -> PartialDate | None:
    """A day without its month (=19日付, [パリ 19日 ロイター]): that day of any month, which only the
    page's date tells; none where no month has it (【0日時事】, 【32日共同】: no date, never day 0)."""
    return PartialDate(tuple((None, month, day) for month in range(1, 13)), written) if 1 <= day <= 31 else None


# when in words no day can be read from: the statement was made then, not on an event's day beside it
_ANOTHER_TIME = re.compile(r"(?:^\s*|[はも]、?)(?:一昨年|昨年|去年|先月|先週|以前|かつて|(?<![0-9０-９])[0-9０-９]{1,2}月)[、,]")     # 昨年、北町氏は; 北町氏は先月、


def another_time(text: str) -> bool:
    return _ANOTHER_TIME.search(text) is not None
