"""Japanese speakers: the noun phrase that speaks through a cue, and what kind of source it names.

A statement's speaker is the topic (〜は) or subject (〜が) noun phrase before its cue (or, for a cue
qualifying a noun, that noun); titles and honorifics mark people, organisation and document heads
the rest. Who a phrase refers to is people.py's.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from ... import lexicon
from .cues import Clause, CueHit, about_a_fact, qualifies_noun
from .dates import dated_frame
from .lexicon import countries, word_list
from .names import is_name
from .phrases import MEDIUM_WORD as _MEDIUM_WORD, NOUN as _NOUN, ONE_OF as _ONE_OF, np_before

_KATAKANA_NAME = re.compile(r"[\u30a0-\u30ffー]+(?:[・=＝][\u30a0-\u30ffー]+)+")
_TOPIC_EXCLUDED_BEFORE = set("でにとへらか")
_UNIVERSITIES = ("東大", "京大", "阪大", "名大", "北大", "九大", "東北大", "早大", "慶大", "一橋大", "筑波大", "神戸大", "広島大", "東工大", "上智大", "明大", "法大")
_PLURAL = re.compile(r"(?![彼我僕俺])[\u4e00-\u9fff\u30a1-\u30faー々ん]ら")      # 研究者ら, 山田氏ら, 山田さんら: people, a topic
_COUNTRY_ABBREVIATIONS = ("米国", "米", "英", "仏", "独", "露", "ロ", "中", "韓", "朝", "日", "豪", "印", "伊", "加")


_DATE_ONLY = re.compile(r"[0-9０-９年月日時分・/／.\-]+")


@cache
def _title_at_end() -> re.Pattern:
    return re.compile("(?:" + "|".join(re.escape(t) for t in word_list("title")) + ")$")


@lru_cache(maxsize=65536)
def _strip_title(name: str) -> tuple[str, str | None]:
    """外務省報道官 → (外務省, 報道官): the titles ending a name peeled off, longest first, each with its rank or office."""
    title = None
    while len(title or "") < 40 and (m := _title_at_end().search(name, 1)) is not None:     # (bounded: hostile text stays linear)
        title = m.group(0) if title is None else m.group(0) + title
        name = name[: m.start()]
        # 山田花子シニアアドバイザー, 山田特別顧問, 加藤こども政策担当大臣, 吉村大阪府知事, 北町日銀総裁, 北町国土交通省事務次官: a rank,
        # office or prefecture goes with the title
        for before in (_RANKS, [o + a for o in word_list("office") for a in ("担当", "省", "")], word_list("prefecture"), _CHAMBERS, ("元", "前", "現", "副", "次期", "兼"),
                       _UNIVERSITIES):      # (孫正義会長兼社長: two titles; 山田太郎東大教授: the university's short name)
            # (前市長 of 西田健一前市長, 副部長 of 金与正副部長, 参院議員; not 坂元市長's 元, a surname's)
            if lead := next((p for p in before if name.endswith(p) and len(name) > len(p) + (len(p) == 1)), None):
                title, name = lead + title, name[: -len(lead)]
        if (m := _FOREIGN_QUALIFIED.search(name)) is not None:      # トランプ次期米大統領, バイデン米大統領: a foreign name's country,
            name = name[: m.start()]                                 # no part of the name, and the bare title (大統領) still theirs
    return name, title


# a clause qualifying a noun ends on a verb or adjective in hiragana before it (近所に住む|佐藤花子さん);
# not a particle joining nouns (県の担当者)
_QUALIFYING = re.compile(r"[^、。「」\n]*[ぁ-ゖ](?<![のとやがはもへ])(?=[\u4e00-\u9fff\u30a0-\u30ff])")
_ROLE = re.compile(r"(?:員|師|者|士|手|官|家|学生|常連|店主|住人|職人)$")
# a person referred back to: the last person named speaks
_PERSON_PRONOUNS = ("同氏", "氏", "彼", "彼女")


@lru_cache(maxsize=65536)
def classify(np: str) -> str | None:
    """The kind of source a noun phrase names, or None if it does not look like one."""
    if not np:
        return None
    core = re.sub(r"[(（][^()（）]*[)）]$", "", unwrapped(np))
    core = core[1:-1] if core[:1] + core[-1:] in ("「」", "『』") else core     # 「東亜日報」: a name in quotes
    if (titled := re.fullmatch(r"(.{1,10}?)[「『]([^「」『』]{2,30})[」』]", core)) and _MEDIUM_WORD.search(titled.group(1)):
        return "media"                  # 英誌「エコノミスト」, 米政治サイト「ポリティコ」: what it is, then its name in quotes
    dotted = _NAME_DOT_ROLE.fullmatch(core)
    if dotted and _namelike(dotted.group(1)) and classify(dotted.group(2)) in ("person", "anonymous"):
        return "person"                 # 西川一郎・北町大学教授: a name, then the role it holds
    if core in _PERSON_PRONOUNS:
        return "person"
    if core[:1] in ("両", "同") and core[1:] in word_list("title"):
        return "anonymous"              # 両局長, 両氏: the two just named, 同大臣 the one; no name of their own
    if lexicon.find_outlet(core) and (len(core) >= 2):
        return "media"
    if len(parts := re.split(r"[、と]", core)) > 1 and all(p and (lexicon.find_outlet(p) or classify(p) == "media") for p in parts):
        return "media"                  # 朝日新聞、毎日新聞、共同通信: outlets listed, each a speaker (people._split_joint)
    named = core.rsplit("の", 1)[-1]
    if named != core and len(named) >= 2 and lexicon.find_outlet(named):
        return "media"                  # 米政府系メディアのボイス・オブ・アメリカ: described, then named
    if (any(named.endswith(m) and len(named) >= len(m) + 2 for m in word_list("medium")) and all(_NOUN.match(ch) for ch in named)
            and not named.startswith(("その", "この", "同"))):
        return "media"                  # 北町日報, 地元紙の北町日報: a paper the registry does not know
    if (media := _SOME_MEDIA.fullmatch(core)) and (not media.group(1) or media.group(1) in countries() or media.group(1) in _COUNTRY_ABBREVIATIONS):
        return "anonymous"              # 韓国メディア, 米紙, 地元紙, 一部報道機関: media unnamed (cited to no outlet)
    for prefix in word_list("anonymous_prefix"):
        if core.startswith(prefix) and len(core) > len(prefix) + 1:
            return "anonymous"
    if (one := _ONE_OF.search(core)) and not _ONE_OF.search(core, 0, one.start()) and classify(core[:one.start()]) in ("anonymous", "person", "organization"):
        return "anonymous"              # 住民の一人, 参加者のうちの1人: one of them (once: not 住民の一人の一人…)
    if core in ("男", "女") or core.endswith(("の男", "の女")) or core.rsplit("の", 1)[-1] in word_list("kin"):
        return "anonymous"              # 男は「…」と供述: not 和男, a name ending in 男; 妻は, 女性の夫は: not 和夫
    head = core.rsplit("の", 1)[-1]
    if any(head.endswith(t) for t in word_list("title")) and len(head) > 1:
        name, honorific = _strip_title(head)
        if honorific in ("さん", "ちゃん", "くん", "さま", "様") and _ROLE.search(name):
            return "anonymous"          # 漁師さん, 駅員さん, 農家さん: someone by their work, no name
        if head in word_list("title") or name in _TITLE_PREFIXES:     # (外務大臣, a title whole: not 外務, a name)
            return "anonymous"          # a role without a name: 中国外務省の報道官, 国土交通省の副長官, 元首相
        if name and _DATE_ONLY.fullmatch(name):
            return "anonymous"          # 9月2日市長: a date before a role names no one
        if name and (name in _OFFICES or name.removesuffix("担当") in word_list("office") or name in countries() or name in _COUNTRY_ABBREVIATIONS
                     or any(name.endswith(o) for o in word_list("organization"))
                     or name in word_list("title") or len(name) >= 3 and lexicon.find_outlet(name) or re.fullmatch(r"[A-Z]{1,4}", name)):
            return "anonymous"      # 官房長官, 米国務長官, 警察庁長官: an office; 大臣秘書官, NHK解説委員, ITアドバイザー: no name
        if name and not any(name.endswith(a) for a in word_list("anonymous")):
            return "person"
    if any(core.endswith(a) for a in word_list("anonymous")) or core in word_list("voices"):
        return "anonymous"                      # (会場からは「…」との声, SNSでは「…」との批判: those there, unnamed)
    if core.endswith("人") and (core[:-1] in countries() or core[:-1] in _COUNTRY_ABBREVIATIONS):
        return "anonymous"                      # 日本人, 米国人: people of a country
    counted = _uncounted(core)                  # 裁判員1人, 住民2人: people counted, not named
    if counted != core and counted and classify(counted) in ("anonymous", "person"):
        return "anonymous"
    if ent := lexicon.find_entity(core):
        return ent.kind
    if re.search(r"第[0-9０-９一二三四五六七八九十]+条$", core) or any(core.endswith(d) for d in word_list("document")):
        return "document"
    if any(core.endswith(o) for o in word_list("organization")):
        return "organization"
    if core in countries() or _SAME_ORG.fullmatch(core) or _GOVERNMENT.fullmatch(core):
        return "organization"
    if _KATAKANA_NAME.fullmatch(head) or is_name(core):
        return "person"                         # (岸田, 河野太郎: a name without a title, by the dictionary)
    return None


_SOME_MEDIA = re.compile(r"(?:複数の|一部の?|主要|大手|各国の?|地元|現地|海外|外国|国内|国外)?([\u4e00-\u9fff\u30a0-\u30ffー]{0,8}?)(?:の)?(?:メディア|マスコミ|報道機関|紙|誌|各紙|各誌|各社)")
_COUNT_DIGITS = "0123456789０１２３４５６７８９一二三四五六七八九十"


def _uncounted(np: str) -> str:
    """住民2人 → 住民, 男性数人ら → 男性: the phrase without the counts of people ending it (in linear time)."""
    while True:
        rest = np[:-1] if np.endswith(("ら", "が")) else np
        if not rest.endswith(("人", "名")):
            return np
        head = rest[:-1].rstrip(_COUNT_DIGITS)
        head = head[:-2] if head.endswith("複数") and head == rest[:-1] else head[:-1] if head.endswith("数") and head == rest[:-1] else head
        if head == rest[:-1]:
            return np
        np = head


def unwrapped(np: str) -> str:
    """A phrase as one line: where the text was wrapped by hand inside it, the line break is no part of it."""
    return re.sub(r"\s*\n\s*", "", np) if "\n" in np else np


_CHAMBERS = ("参院", "衆院", "参議院", "衆議院")       # 小西洋之参院議員
# a country's one-letter name, and 次期 or 前 with it, after a name in katakana (not 佐藤秀英首相's 英, a given name's)
_FOREIGN_QUALIFIED = re.compile(r"(?<=[ァ-ヶー])(?:(?:次期|前|元|現|副)?[米英仏独露中韓朝伊豪印加台]|次期)$")
_VERBAL_GA = re.compile(r"る|り|らせ|ら[なずれ]|っ[たてち]")
_OFFICES = ("官房", "国連", "国務", "事務", "内閣", "政府")     # what is left of an office's title is no name
_RANKS = ("特別", "上級", "常任", "非常勤", "専任", "シニア")      # a title's rank: 特別顧問, シニアアドバイザー
_TITLE_PREFIXES = ("副", "元", "前", "現", "新", "次", "次期", "新任", "前任", "歴代", "初代", "一部", "複数", "多数", "多く", "大半", "全", "チーフ", "シニア", "上級", "主任", "首席", "筆頭") + _RANKS   # what is left of 副長官, 元首相, 次期総裁 or 一部議員 is no name
_SAME_ORG = re.compile(r"同(?:社|省|庁|党|局|紙|誌|団体|機関|政府|銀行|大学|グループ|協会|委員会|課|室|署|病院|研究所|事務所|事務局|センター|財団|組合|球団|裁判所|地裁|高裁)")
# a government by its level alone, as news names it after naming it once (県は3日、…と発表した, 同市は):
# 国 (any country: どちらかの国が…), 道 (a road too) and 区 are left out
_GOVERNMENT = re.compile(r"同?[県都府市町村]|同国")


# 述べたのは5日のことだ: when, not who (a name the registry does not know stands after its role: 店主の村田; not 当然)
_NO_ONE = re.compile(r"[0-9０-９]|(?:こと|もの|とき|ところ|ため|理由)$")
_CLEFT_NP = re.compile(r"、?(?:唯一|ただ)?(?P<np>[^、。「」]{1,20}?)(?:[(（][^()（）]{1,12}[)）])?(?:だけ|のみ)?(?:だ|です|である|でした|だった|(?=[。！]|$))")


_OPENING_SUBJECT = re.compile(r"[^、。「」]{2,40}?が(?=[0-9０-９]{1,2}日|、)")
_CONJUNCT = re.compile(r"(?:た|だ|る|い|ない)(?:が|けど|けれど|けれども|ので|のに)、")     # a clause of its own, ended, before the cue's
_DAY_SET_OFF = re.compile(r"(?:[0-9０-９]{1,2}日(?:夜|朝|午前|午後)?)?、")     # a name the lexicon does not know, set off by its day or a comma alone
_SET_OFF = re.compile(r"(?:[0-9０-９]{1,2}日(?:夜|朝|午前|午後)?|[^、。「」はがを]{1,8}?で)?、")     # a subject's comma, after its day or its place
_NOMINALISED = re.compile(r"(?<=[たるうくすつむぶぐい])(?:の|こと)は")    # a verb's clause made a noun (決めたのは): not このことは
_VIEW_HELD = re.compile(r"(?:見方|見解|意見|声|指摘|懸念|批判)[がも](?:強|根強|広が|高ま|多|相次|出|上が|聞か)")
_REACTION = re.compile(r"の(?:声|意見)が")       # 「…」と不満の声が上がった, …に懸念の声が出ている: those who raised it
_RECEIVED = re.compile(r"(?:指示|話|発言|報告|要請|連絡|説明)(?:が|を)")


def find_speaker(text: str, clause: Clause, cue: CueHit, mask: bytearray, base: int) -> tuple[str, int, int] | None:
    """The noun phrase that speaks through `cue`: the first topic (〜は/〜も) that names a source,
    else the last subject (〜が) before the cue; for documents, the phrase before には / を見ると."""
    s, limit = clause.start, cue.start
    if cue.cue.form == "document":
        for m in re.finditer(r"(?:には|を見ると|を読むと|では)", text[s:limit]):
            a = s + m.start()
            if mask[a - base]:
                continue
            ns, ne = np_before(text, a, s)
            if ns < ne and classify(text[ns:ne]) == "document":
                return text[ns:ne], ns, ne
        return None
    if text[cue.end - 2:cue.end] == "のは" and (m := _CLEFT_NP.match(text, cue.end, clause.end)) and (classify(m.group("np")) or _namelike(m.group("np"))
                                                                                              and "の" in m.group("np") and not _NO_ONE.search(m.group("np"))):
        ns = m.start("np") + (q.end() if (q := _QUALIFYING.search(m.group("np"))) and classify(m.group("np")[q.end():]) == "person" else 0)
        if not classify(text[ns:m.end("np")]) and "の" in text[ns:m.end("np")]:
            ns = text.rindex("の", ns, m.end("np")) + 1        # 店主の村田です: the name after its role
        return text[ns:m.end("np")], ns, m.end("np")     # …と報じたのは共同通信だ: a cleft names its speaker after the verb
    if cue.speaker is not None:           # 「…」と、県の担当者は話した: named between the quotative and its verb
        ns, ne = cue.speaker
        ns = dated_frame(text, ns, ne) or ns        # (…と、19日にNHKが報じた: when, then who)
        if (clause_end := _QUALIFYING.search(text, ns, ne)) and classify(text[clause_end.end():ne]) == "person":
            ns = clause_end.end()           # 近所に住む佐藤花子さん: the person after what qualifies them (not 森まさこ議員)
        np = text[ns:ne]
        if classify(np) or _namelike(np):
            return np, ns, ne
    if (reaction := cue.surface.startswith("との") or VOICE_IS_SUBJECT.match(cue.surface) is not None or _REACTION.search(cue.surface) is not None or _REACTION.match(text, cue.end - 1)) or _RECEIVED.search(cue.surface):      # 総理の方から…と指示が; 野党からは/から「…」との批判 (not 記者団から「…」と問われ、「…」との)
        for m in re.finditer(r"(?:の方)?から([はも])?、?|の間で([はも])、?|で([はも])、?", text[s:limit]):     # (専門家の間では: among them; SNSでは)
            a, ns, ne = s + m.start(), *np_before(text, s + m.start(), s)
            if not mask[a - base] and ns < ne and classify(text[ns:ne]) in ("person", "organization", "anonymous") \
                    and (not m.group(3) or text[ns:ne] in word_list("voices")) \
                    and not (reaction and not (m.group(1) or m.group(2) or m.group(3)) and not re.fullmatch(r"「[^「」]*」", text[s + m.end():limit])):
                return text[ns:ne], ns, ne
        if _VIEW_HELD.search(cue.surface):
            return None         # …との見方が強い: held by those it names with から or の間で, else by no one named (not a topic before it)
    topics, subjects, unknown = [], [], []
    sourced = {h.start for h in clause.cues if h.cue.form == "source"}      # 共同通信が4日、報じたところによると: the source's
    for i in range(s + 1, limit):
        ch = text[i]
        if ch not in "はがも" or mask[i - base] or i in sourced:
            continue
        if ch in "はも" and text[i - 1] in _TOPIC_EXCLUDED_BEFORE and not (_PLURAL.match(text, i - 2) and not text.endswith(("彼女ら", "彼ら"), 0, i)):
            continue        # (not からは, これらは: 研究者らは, 山田氏らは, 住民たちは are people)
        if i + 1 < len(text) and text[i + 1] in "ずらいなれ" and ch != "が" and not text.startswith("ずっ", i + 1):     # (はずだ; not 市長はずっと)
            continue
        if ch == "が" and (_VERBAL_GA.match(text, i + 1) or cue.cue.form == "hearsay" and any(     # (not past a comma: set off, it speaks)
                not mask[m.start() - base] for m in _NOMINALISED.finditer(text, i + 1, (text.find("、", i + 1, limit) + 1 or limit + 1) - 1))):
            continue        # 嫌がらせ: a verb's -garu; 首相が辞任を決めたのは先月だという: the subject of what is heard
        ns, ne = np_before(text, i, s, lists=True)
        ns = dated_frame(text, ns, ne) or ns            # (19日午前、官房長官は: when, then who)
        if ns >= ne:
            continue
        np = text[ns:ne]
        if classify(np) is None:
            if (ch in "はも" and (ns == s or text[ns - 1] in "、にで") or ch == "が" and (ns == s or text[ns - 1] == "、") and _DAY_SET_OFF.match(text, i + 1)) \
                    and (_namelike(np) or ns == s and _ONE_KANJI_NAME.fullmatch(np)) and cue.cue.form in ("quotative", "object") \
                    and np not in word_list("time_word"):
                unknown.append((np, ns, ne))        # 森川は, 最後に森川は, 共演の岡部健二（45）も, 東山電機が19日、: a bare name
            continue
        (subjects if ch == "が" else topics).append((np, ns, ne))
    if text[cue.start:cue.start + 1] == "も" and not subjects and (ns := np_before(text, cue.start, s, lists=True))[0] < ns[1] \
            and classify(text[ns[0]:ns[1]]) in ("media", "organization", "person"):
        subjects.append((text[ns[0]:ns[1]], *ns))     # 同店の閉店は、NHKと北日本放送も伝えた: they also reported it
    # a subject whose own clause ends before the cue's (日立製作所が計画を凍結したが、政府としては…と強調した) is not its speaker
    subjects = [sj for sj in subjects if not any(not mask[m.start() - base] for m in _CONJUNCT.finditer(text, sj[2] + 1, limit))
                and not (NOUN_IS_SUBJECT.match(cue.surface) and not _SET_OFF.match(text, sj[2] + 1))]   # 北町市長が辞任するとの報道が: what it says
    if qualifies_noun(text, cue):
        # a cue qualifying a noun: its speaker is its own subject (プーチン氏と習氏が「…」と宣言した友好関係),
        # else the noun it qualifies (認めない意向を示している社民党党首の福島氏); the topic is the main clause's
        if subjects:
            return subjects[-1]
        return _noun_after(text, cue.end, clause.end)
    if subjects and about_a_fact(text, cue, clause):
        return subjects[-1]         # 高官は、総書記が対話に言及したことについて、: the fact is its subject's
    opening = next((sj for sj in subjects if _SET_OFF.match(text, sj[2] + 1)), None)
    if topics and opening and opening[2] < topics[0][1]:
        return opening      # 東京新聞が一面で、計画は中止になったと報じた: the topic after the comma is what was reported
    if topics:
        return topics[0]
    if subjects:
        # the last subject set off by a comma, after its day or place too, is the sentence's (北町署が、男が…と発表した), else the last
        return next((sj for sj in reversed(subjects) if _SET_OFF.match(text, sj[2] + 1)), subjects[-1])     # (東京新聞が一面で、市が…と報じた)
    # by grammar the topic of a speech verb is its speaker: 北斗電機は…と発表した; of a view or a stance,
    # not after a phrase that frames it or names its source (専門家の間では、景気は回復に向かうと見ている,
    # 関係者によると、景気は…という判断だ: what it is about)
    if unknown and not ((cue.cue.act == "assessed" or _STANCE_NOUN.match(cue.surface))
                        and text[max(s, unknown[0][1] - 6):unknown[0][1]].endswith(("では、", "には、", "では", "には", "によると、", "によれば、"))):
        return unknown[0]
    # where the words stand, when no one is named: 公式サイトでは「…」と呼びかけた
    for m in re.finditer(r"では、?", text[s:limit]):
        a = s + m.start()
        if not mask[a - base]:
            ns, ne = np_before(text, a, s)
            if ns < ne and classify(text[ns:ne]) in ("document", "media"):     # not 日本では, 政府では: a place
                return text[ns:ne], ns, ne
    # a headline's subject with its は left out: 北町氏、売却したいと語る
    m = _HEADLINE_SUBJECT.match(text, s, limit)
    if m and classify(m.group(1)) == "person" and cue.cue.form == "quotative":
        return m.group(1), m.start(1), m.end(1)
    return None


_NAME_DOT_ROLE = re.compile(r"([\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{1,3}[\u3041-\u3096\u30a1-\u30fa]{1,4})・([^・]{2,30})")
NOUN_IS_SUBJECT = re.compile(r"との[^をがは、。]{1,6}が")     # …との報道があった: the report is the subject, not who stands before it
# …という声も上がった: the voice is the subject, no one before it speaks on
VOICE_IS_SUBJECT = re.compile(r"と(?:の|いう|いった)(?:声|意見|見方|見解|批判|指摘|懸念)[がも]")
_STANCE_NOUN = re.compile(r"と(?:の|いう)")      # …との立場だ, …という判断だ: a stance closing its sentence as a noun
_HEADLINE_SUBJECT = re.compile(r"[\s”“\"「『]*([^、。「」『』\s”“]{2,20})、")


def topic_of(text: str, clause: Clause, mask: bytearray, base: int, media: bool = False) -> tuple[str, int, int] | None:
    """The person or body a clause is about (its first topic, 〜は, that names a source), though it
    says nothing: 植田総裁は23日、記者会見を開いた. The quotes that follow without a subject are theirs.
    An outlet is such a topic only where `media` is asked for (日テレは、…と訴えていることについて、: it
    answers what another said); the quotes after a report's outlet are not its own."""
    kinds = ("person", "organization", "anonymous", "media") if media else ("person", "organization", "anonymous")
    for i in range(clause.start + 1, clause.end):
        if text[i] != "は" or mask[i - base] or text[i - 1] in _TOPIC_EXCLUDED_BEFORE or text[i + 1:i + 2] in ("ず", "ら", "い", "な", "れ"):
            continue
        ns, ne = np_before(text, i, clause.start)
        if ns < ne and classify(text[ns:ne]) in kinds:
            return text[ns:ne], ns, ne
        return None             # the first topic decides
    # a sentence that only announces who speaks next: 官邸スタッフが言う。「…」
    m = _announcing().search(text, clause.start, clause.end)
    if m and not mask[m.start() - base]:
        ns, ne = np_before(text, m.start(), clause.start)
        if ns < ne and classify(text[ns:ne]) in ("person", "organization", "anonymous"):
            return text[ns:ne], ns, ne
    # a person opening the sentence as its subject: 佐伯翔太投手（22）が14日、初完封を果たした。
    m = _OPENING_SUBJECT.match(text, clause.start, clause.end)
    if m and not mask[m.end() - 1 - base]:
        ns, ne = np_before(text, m.end() - 1, clause.start)
        if ns == clause.start and ns < ne and classify(text[ns:ne]) == "person":
            return text[ns:ne], ns, ne
    return None


def speaking_event(text: str, clause: Clause) -> bool:
    """Whether a clause tells of an occasion its topic spoke at (会見した, 記者団の取材に応じた, 演説した):
    the quotes without a subject after it are theirs, whoever spoke before. Not one to come, declined or
    called off (会見する予定だ, 取材に応じなかった, 会見を見送った)."""
    for w in word_list("speaking_event"):
        at = clause.start
        while (at := text.find(w, at, clause.end)) != -1:
            before, at = text[at - 1:at], at + len(w)
            after = re.match(r"[^、。]{0,16}[、。]?", text[at:clause.end]).group(0)       # what the occasion's own verb says of it
            if before != "が" and not _NOT_HELD.match(after):      # (妻が出演した番組を見た: another's)
                return True
    return False


# what keeps an occasion from having been held by the topic: a plan, a refusal, a cancellation, a negation, a
# passive (に投稿された), someone else's occasion (会見を見守った, 演説を聞いた, 会見に同席した), a person (出演者)
_NOT_HELD = re.compile(r"(?:者|する予定|の予定|予定|さ?れ|に同席"
                       r"|[^、。]*?(?:見送|中止|延期|取りや|拒|断っ|を[^、。]{0,8}?(?:聞|聴|見|視聴)|中継さ|なかった|ない|せず|しな|ず[、。]?$|へ$))")


def announces(text: str, clause: Clause, mask: bytearray, base: int) -> bool:
    """Whether a clause only announces who speaks next (官邸スタッフが言う。「…」), not who spoke before."""
    m = _announcing().search(text, clause.start, clause.end)
    return bool(m) and not mask[m.start() - base]


@cache
def _announcing() -> re.Pattern:
    verbs = "|".join(word_list("announce"))
    return re.compile(rf"(?:が|は)、?(?:こう)?(?:{verbs})[。．]?\s*$")


def _noun_after(text: str, pos: int, limit: int) -> tuple[str, int, int] | None:
    """The noun phrase starting at `pos` (社民党党首の福島瑞穂消費者行政担当相), if it names a source."""
    m = re.match(r"[^、。「」はがをにでとも]{1,40}", text[pos:limit])
    if not m:
        return None
    np = m.group(0)
    return (np, pos, pos + len(np)) if classify(np) in ("person", "organization", "anonymous", "media") else None


def _namelike(np: str) -> bool:
    """Whether an unknown phrase may be a name: one to twenty characters of no sentence or quote, a
    gloss in parentheses after it aside (道選管十勝支所(帯広), 市教委（大阪）)."""
    return bool(_NAMELIKE.fullmatch(_GLOSS.sub("", np)))


_GLOSS = re.compile(r"[(（][^()（）]{1,20}[)）]$")
# one kanji opening the sentence as its topic, before a quote and its verb: a surname (林は「…」と述べた), not
# a word that opens a sentence so (実は, 今は, 次は, 私は, 誰も, 要は)
_ONE_KANJI_NAME = re.compile(r"(?![実今次先後又更特他前朝昼夜皆私僕俺彼我汝己各両同本当此其誰何要逆常全半多少例仮])[\u4e00-\u9fff]")
_NAMELIKE = re.compile(r"(?!その|この|あの|これ|それ|同)[^\s、。「」『』()（）]{2,20}"
                       r"(?<!関係|問題|状況|情勢|政策|計画|会談|協議|経済|市場|事態|結果|内容|背景|理由|目的|方針|姿勢|傾向|影響|動き|見方|考え|条約|合意"
                       r"|被害|損害|事故|事件|原因|詳細|経緯|規模|件数|人数|金額|総額|予定|日程|費用|価格|数字|現状|実態)")


def hearsay_source(text: str, pos: int, floor: int, end: int | None = None) -> tuple[str, int, int] | None:
    """The outlet a sentence ending in hearsay reports (…を始めたそうです, …ということです) when it
    names no one: the last outlet its paragraph names in it or the two sentences before it, outside quotes
    (今朝の日経新聞を読みました。酒蔵が…を始めたそうです), or a clause of its own before it (読売新聞に載っていましたが、…),
    or the short sentence right after it (…そうです。NHKのニュースで見ました。)."""
    pos = own.end() if end is not None and (own := _OWN_CLAUSE.match(text, pos, end)) and not _NOT_SEEN.search(own.group(0)) else pos
    start, after = max(floor, pos - _HEARSAY_REACH), _SEEN_ON.match(text, end) if end is not None else None     # (not 載ってませんでした)
    named = [m for s, e in ((start, pos), after.span() if after and not _NOT_SEEN.search(after.group(0)) else (0, 0))
             for m in (*lexicon.outlet_pattern().finditer(text, s, e), *_paper().finditer(text, s, e))]
    hits = [m for m in sorted(named, key=lambda m: (m.end(), m.end() - m.start()))
            if text.count("。", m.end(), pos) <= 2 and text.count("「", start, m.start()) <= text.count("」", start, m.start())]
    return (hits[-1].group(0), hits[-1].start(), hits[-1].end()) if hits else None


_HEARSAY_REACH = 160
_OWN_CLAUSE = re.compile(r"[^。「」]{2,40}?(?:(?<=[たすくるいだ])が|けど|けれど(?:も)?|ところ)、")     # (not 市長が、: a subject)
_NOT_SEEN = re.compile(r"な(?:い|かっ|く)|ませ|ず[、。にも]|のみ|だけ")
_SEEN_ON = re.compile(r"[。．]?\s*(?:今朝|今日|昨日|先ほど|さっき|今夜|昨夜)?の?[^。、「」\sをがはもとへ]{2,20}?(?:の(?:ニュース|記事|報道|番組|サイト|朝刊|夕刊|電子版))?"
                      r"(?:で|に|を)(?:見|読|知|聞|載って|やって|報じて|出て)[ぁ-ゖ]{0,6}(?:知|聞)?[ぁ-ゖ]{0,6}[。．]")     # (not を読む兄に聞いた)


@cache
def _paper() -> re.Pattern:
    """A paper the registry may not know, by how its name ends: 北町新聞, 南海日報."""
    return re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー]{1,8}(?:" + "|".join(map(re.escape, word_list("medium"))) + ")")
