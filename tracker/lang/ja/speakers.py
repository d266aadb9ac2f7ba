"""Japanese speakers: the noun phrase before a cue, what kind of source it names, and who that is.

A statement's speaker is the topic (〜は) or subject (〜が) noun phrase before its cue; titles and
honorifics mark people, organisation and document heads the rest; short forms resolve to the
full name met elsewhere in the article (スン氏 → ユン・スン), a bare title to the one person the
article gives it (首相 → 岸田文雄), 同社 and its kin to the organisation named before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ... import lexicon
from ...model import Speaker
from .cues import Clause, CueHit
from .lexicon import countries, word_list

_NOUN = re.compile(r"[\u4e00-\u9fff\u3005\u30a0-\u30ff\u31f0-\u31ffー・A-Za-z0-9Ａ-Ｚａ-ｚ０-９&＆.'’]")
_KATAKANA_NAME = re.compile(r"[\u30a0-\u30ffー]+(?:[・=＝][\u30a0-\u30ffー]+)+")
_TOPIC_EXCLUDED_BEFORE = set("でにとへらか")
_COUNTRY_ABBREVIATIONS = ("米国", "米", "英", "仏", "独", "露", "ロ", "中", "韓", "朝", "日", "豪", "印", "伊", "加")


def np_before(text: str, pos: int, floor: int, *, lists: bool = False) -> tuple[int, int]:
    """The noun phrase ending at `pos` (a particle follows): 中国外務省の林剣報道官, プーチン氏と習氏,
    兵頭慎治氏(防衛省防衛研究所研究幹事). With `lists`, 、 may join items back to `floor`."""
    end = pos
    m = re.search(r"(?:など|ら)$", text[max(floor, pos - 2):pos])
    if m:
        end = pos - len(m.group(0))
    i = end
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
        kana_title = next((t for t in ("さん", "ちゃん", "くん", "さま") if text[max(floor, i - len(t)):i] == t), None)
        if kana_title and i - len(kana_title) > floor and _NOUN.match(text[i - len(kana_title) - 1]):
            i -= len(kana_title)
            continue
        if ch in "のとや" and i - 1 > floor and (_NOUN.match(text[i - 2]) or text[i - 2] in ")）") and i < end:
            i -= 1
            continue
        if ch == "、" and lists and i < end:
            k, _ = np_before(text, i - 1, floor, lists=True)
            if k == floor and k < i - 1 and not _is_date(text[k:i - 1]):
                i = k
                continue
        break
    # keep a demonstrative or an anonymity marker in front: その第1条, ある韓国政府高官
    for prefix in ("その", "この", "同じ", *word_list("anonymous_prefix")):
        k = i - len(prefix)
        if k >= floor and text[k:i] == prefix and (k == floor or not "\u3040" <= text[k - 1] <= "\u309f"):
            i -= len(prefix)
            break
    while i < end and text[i] in "のとや、":
        i += 1
    return i, end


_DATEISH = re.compile(r"^[（(]?\d*月?[)）]?[0-9０-９]+日?$|^(?:今|昨|来|先)(?:月|年|週)|^\d+年")


def _is_date(s: str) -> bool:
    return bool(_DATEISH.search(s))


@cache
def _title_at_end() -> re.Pattern:
    return re.compile("(?:" + "|".join(re.escape(t) for t in word_list("title")) + ")$")


@lru_cache(maxsize=65536)
def _strip_title(name: str) -> tuple[str, str | None]:
    """外務省報道官 → (外務省, 報道官): the titles ending a name, longest first, peeled off."""
    title = None
    while (m := _title_at_end().search(name, 1)) is not None:
        title = m.group(0) if title is None else m.group(0) + title
        name = name[: m.start()]
    return name, title


@dataclass
class Context:
    """What attribution knows of the article so far: names met, last speakers."""
    text: str
    full_names: list[str] = field(default_factory=list)
    last_joint: tuple[Speaker, ...] = ()
    last_person: Speaker | None = None
    last_org: Speaker | None = None
    by_title: dict[str, Speaker] = field(default_factory=dict)


# a person referred back to: the last person named speaks
_PERSON_PRONOUNS = ("同氏", "氏", "彼", "彼女")


@lru_cache(maxsize=65536)
def classify(np: str) -> str | None:
    """The kind of source a noun phrase names, or None if it does not look like one."""
    if not np:
        return None
    core = re.sub(r"[(（][^()（）]*[)）]$", "", np)
    if core in _PERSON_PRONOUNS:
        return "person"
    if lexicon.find_outlet(core) and (len(core) >= 2):
        return "media"
    for prefix in word_list("anonymous_prefix"):
        if core.startswith(prefix) and len(core) > len(prefix) + 1:
            return "anonymous"
    head = core.rsplit("の", 1)[-1]
    if any(head.endswith(t) for t in word_list("title")) and len(head) > 1:
        name, _ = _strip_title(head)
        if name == head and head in word_list("title"):
            return "anonymous"          # a role without a name: 中国外務省の報道官
        if name and not any(name.endswith(a) for a in word_list("anonymous")):
            return "person"
    if any(core.endswith(a) for a in word_list("anonymous")):
        return "anonymous"
    ent = lexicon.find_entity(core)
    if ent:
        return ent.kind
    if re.search(r"第[0-9０-９一二三四五六七八九十]+条$", core) or any(core.endswith(d) for d in word_list("document")):
        return "document"
    if any(core.endswith(o) for o in word_list("organization")):
        return "organization"
    if core in countries() or _SAME_ORG.fullmatch(core):
        return "organization"
    if _KATAKANA_NAME.fullmatch(head):
        return "person"
    return None


def make_speaker(np: str, kind: str, ctx: Context, pos: int) -> Speaker:
    """A speaker record with its canonical name for a noun phrase of a known kind."""
    core = np
    desc = None
    m = re.search(r"[(（]([^()（）]*)[)）]$", core)
    if m:
        core, desc = core[: m.start()], m.group(1)
    if kind == "media":
        o = lexicon.find_outlet(core)
        return Speaker(o.name, "media", np, (o.name, *o.aliases), o.wikidata)
    if kind == "person":
        parts = core.rsplit("の", 1)
        affiliation = parts[0] if len(parts) == 2 else None
        name, title = _strip_title(parts[-1])
        name = _strip_country_prefix(name)
        name = _cut_organisation(name)
        full = _resolve_person(name, ctx)
        ent = lexicon.find_entity(full)
        aliases = tuple(dict.fromkeys(x for x in (name, np, core) if x and x != full))
        description = " ".join(x for x in (affiliation, title, desc) if x) or None
        return Speaker(full, "person", np, aliases, ent.wikidata if ent else None, description)
    if kind == "document":
        return Speaker(_resolve_document(core, ctx.text, pos), "document", np, (np,), None, desc)
    if kind in ("organization", "anonymous"):
        name = core
        if kind == "organization":
            name = _resolve_demonstrative(core, ctx.text, pos)
            base = re.sub(r"側$", "", name)
            ent = lexicon.find_entity(base) or lexicon.find_entity(name)
            if ent:
                return Speaker(ent.name, ent.kind, np, (np,) if np != ent.name else (), ent.wikidata, desc)
        return Speaker(name, kind, np, (np,) if np != name else (), None, desc)
    return Speaker(core, kind, np)


def _strip_country_prefix(name: str) -> str:
    for c in countries():
        if name.startswith(c + "・") and len(name) > len(c) + 1:
            return name[len(c) + 1:]
    return name


def _cut_organisation(name: str) -> str:
    """金正恩朝鮮労働党 -> 金正恩, バイデン米 -> バイデン: an organisation or country written
    between a name and its title."""
    for c in (*countries(), *_COUNTRY_ABBREVIATIONS):
        rest = name[: -len(c)]
        if name.endswith(c) and len(rest) >= 2 and (len(c) >= 2 or re.fullmatch(r"[\u30a0-\u30ffー・]+", rest)):
            return rest
    if _KATAKANA_NAME.fullmatch(name) or len(name) <= 4:
        return name
    for k in range(2, len(name) - 2):
        rest = name[k:]
        if any(rest.endswith(o) for o in word_list("organization")) and any(
                rest.startswith(c) or rest.startswith(c[-2:]) for c in countries() if len(c) >= 2):
            return name[:k]
    return name


def _resolve_person(name: str, ctx: Context) -> str:
    """A short form to the full name the article uses elsewhere: スン -> ユン・スン, 習 -> 習近平."""
    if not name:
        return name
    for full in ctx.full_names:     # longest first
        if full.endswith("・" + name) or (len(name) <= 2 and full.startswith(name) and not _KATAKANA_NAME.fullmatch(full)):
            return full
    ent = lexicon.find_entity(name)
    if ent and ent.kind == "person":
        return ent.name
    return name


_SAME_ORG = re.compile(r"同(?:社|省|庁|党|局|紙|誌|団体|機関|政府|銀行|大学|グループ|協会|委員会)")

_DOC_NAME = re.compile(r"「([^「」]{2,40}(?:条約|協定|憲章|法|宣言|声明|決議|議定書|合意))」")


def _resolve_document(core: str, text: str, pos: int) -> str:
    """条文, その第1条, 同条約 -> the document last named before: 「包括的戦略パートナーシップ条約」."""
    article = re.search(r"第[0-9０-９一二三四五六七八九十]+条$", core)
    anaphoric = core.startswith(("その", "この", "同", "今回の", "本")) or core in ("条文", "条約") or (article and article.start() == 0)
    if not anaphoric:
        return core
    names = list(_DOC_NAME.finditer(text, max(0, pos - 1500), pos))
    if not names:
        return core
    doc = names[-1].group(1)
    return f"{doc} {article.group(0)}" if article else doc


def _resolve_demonstrative(core: str, text: str, pos: int) -> str:
    """同国側 -> 韓国: the last country named before."""
    if not core.startswith("同国"):
        return core
    window = text[max(0, pos - 400):pos]
    best = None
    for c in countries():
        k = window.rfind(c)
        if k != -1 and (best is None or k > best[0]):
            best = (k, c)
    if best is None:
        return core
    ent = lexicon.find_entity(best[1])
    return ent.name if ent else best[1]


def collect_full_names(text: str) -> list[str]:
    """Person names written in full anywhere in the article, for resolving short forms."""
    names: list[str] = []
    titles = "|".join(re.escape(t) for t in word_list("title"))
    for m in re.finditer(rf"(?:{titles})", text):
        s, e = np_before(text, m.start(), max(0, m.start() - 40))
        np = text[s:m.end()]
        if classify(np) != "person":
            continue
        name, _ = _strip_title(np.rsplit("の", 1)[-1])
        name = _cut_organisation(_strip_country_prefix(name))
        if (len(name) >= 3 or "・" in name) and name not in names:
            names.append(name)
    names.sort(key=len, reverse=True)
    return names


def titled_people(text: str, ctx: Context) -> dict[str, Speaker]:
    """Each title the article gives to exactly one named person: 首相 → 岸田文雄 when 岸田文雄首相
    is written; a title two people share (大統領 for two presidents) refers to neither."""
    found: dict[str, set[str]] = {}
    speakers: dict[str, Speaker] = {}
    titles = "|".join(re.escape(t) for t in word_list("title"))
    for m in re.finditer(rf"(?:{titles})", text):
        s, _ = np_before(text, m.start(), max(0, m.start() - 40))
        np = text[s:m.end()]
        if np == m.group(0) or classify(np) != "person":
            continue
        name, title = _strip_title(np.rsplit("の", 1)[-1])
        if not name or title is None or title in ("氏", "さん", "様", "君"):
            continue
        sp = make_speaker(np, "person", ctx, s)
        found.setdefault(title, set()).add(sp.name)
        speakers.setdefault(title, sp)
    return {t: speakers[t] for t, names in found.items() if len(names) == 1}



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
    if cue.speaker is not None:           # 「…」と、県の担当者は話した: named between the quotative and its verb
        ns, ne = cue.speaker
        np = text[ns:ne]
        if classify(np) or _NAMELIKE.fullmatch(np):
            return np, ns, ne
    topics, subjects, unknown = [], [], []
    for i in range(s + 1, limit):
        ch = text[i]
        if ch not in "はがも" or mask[i - base]:
            continue
        if ch == "は" and text[i - 1] in _TOPIC_EXCLUDED_BEFORE:
            continue
        if ch == "も" and text[i - 1] in _TOPIC_EXCLUDED_BEFORE:
            continue
        if i + 1 < len(text) and text[i + 1] in "ずらいなれ" and ch != "が":
            continue
        ns, ne = np_before(text, i, s, lists=True)
        if ns >= ne:
            continue
        np = text[ns:ne]
        if classify(np) is None:
            if ch == "は" and ns == s and _NAMELIKE.fullmatch(np) and cue.cue.form in ("quotative", "object"):
                unknown.append((np, ns, ne))
            continue
        (subjects if ch == "が" else topics).append((np, ns, ne))
    if topics:
        return topics[0]
    if subjects:
        return subjects[-1]
    # by grammar the topic of a speech verb is its speaker: 北斗電機は…と発表した
    return unknown[0] if unknown else None


_NAMELIKE = re.compile(r"(?!その|この|あの|これ|それ|同)[^\s、。「」『』()（）]{2,20}"
                       r"(?<!関係|問題|状況|情勢|政策|計画|会談|協議|経済|市場|事態|結果|内容|背景|理由|目的|方針|姿勢|傾向|影響|動き|見方|考え|条約|合意)")



def source_speaker(text: str, clause: Clause, src: CueHit, ctx: Context) -> Speaker | None:
    ns, ne = np_before(text, src.start, clause.start, lists=True)     # np_before drops a trailing など/ら
    if ns >= ne:
        return None
    np = text[ns:ne]
    if _SAME_ORG.fullmatch(np) and ctx.last_org:      # 同社によると: the company named before
        return ctx.last_org
    # 「〜によると」 names a source whatever its head noun: else a document or an organisation
    kind = classify(np) or ("document" if any(np.endswith(x) for x in ("統計", "調査", "データ")) else "organization")
    return make_speaker(np, kind, ctx, ns)


def speakers_of(found: tuple[str, int, int], ctx: Context) -> tuple[Speaker, ...]:
    np, ns, ne = found
    if np in ("双方", "両者", "両氏", "両首脳") and ctx.last_joint:
        return ctx.last_joint
    if np in _PERSON_PRONOUNS and ctx.last_person:
        return (ctx.last_person,)
    if _SAME_ORG.fullmatch(np) and ctx.last_org:
        return (ctx.last_org,)
    if np in ctx.by_title:          # 首相 → 岸田文雄, 報道官 → 毛寧: the one person the article names with that title
        return (ctx.by_title[np],)
    parts = _split_joint(np)
    out = []
    pos = ns
    for part in parts:
        kind = classify(part) or "organization"
        out.append(make_speaker(part, kind, ctx, pos))
        pos += len(part) + 1
    return tuple(out)


def _split_joint(np: str) -> list[str]:
    """プーチン氏と中国の習近平国家主席 -> two speakers; 米国や同盟国の当局者 stays one."""
    for sep in ("、", "と"):
        if sep in np:
            parts = [p for p in np.split(sep) if p]
            if len(parts) > 1 and all(classify(p) for p in parts):
                return parts
    return [np]


def remember(ctx: Context, speakers: tuple[Speaker, ...]) -> None:
    if len(speakers) > 1:
        ctx.last_joint = speakers
    for sp in speakers:
        if sp.kind == "person":
            ctx.last_person = sp
        elif sp.kind in ("organization", "media"):
            ctx.last_org = sp

