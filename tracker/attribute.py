"""Attribute every statement: who says it, with which cue, through whom, and of what kind.

General rules, not a parser: a statement's speaker is the topic (〜は) or subject (〜が) noun
phrase before a speech-act cue (と述べた, と強調, を非難, 〜によると, とあり, という); titles and
honorifics mark people, organisation and document heads mark the rest; short forms resolve to the
full name met elsewhere in the article (スン氏 → ユン・スン). Inside a quoted report, a sentence
without a cue is the outlet's own reporting, unless a speaker's analysis is being continued over
several paragraphs. Outside reports, the author speaks: cited when a citation covers the text,
an opinion when hedged.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from . import lexicon
from .lexicon import Cue
from .model import Article, Citation, Claim, Layout, Sentence, Speaker, Via
from .segment import depth_mask

_NOUN = re.compile(r"[\u4e00-\u9fff\u3005\u30a0-\u30ff\u31f0-\u31ffー・A-Za-z0-9Ａ-Ｚａ-ｚ０-９&＆.'’]")
_KATAKANA_NAME = re.compile(r"[\u30a0-\u30ffー]+(?:[・=＝][\u30a0-\u30ffー]+)+")
_PAST = re.compile(r"(?:た|だった|でした|ました|かった)[」』)）]*[。.]?$")
_SPEECHY = re.compile(r"私|僕|我々|わたし|と思う|と思います|ということ|一つ目|二つ目|一つには|第一に|第二に")
_PRESENT_INFL = re.compile(r"(?:する|す|る|う|く|つ|ている|ています|します)$")
_TOPIC_EXCLUDED_BEFORE = set("でにとへらか")
_COUNTRY_ABBREVIATIONS = ("米国", "米", "英", "仏", "独", "露", "ロ", "中", "韓", "朝", "日", "豪", "印", "伊", "加")
# a sentence that trails off after a particle: 更に首脳会議は・・・
_FRAGMENT = re.compile(r"[はがをにでとも](?:・{2,}|…+|\.{3,})\s*$")


@dataclass(frozen=True)
class CueHit:
    cue: Cue
    start: int          # where the cue's phrase starts (its particle, or its noun phrase for source cues)
    end: int            # end of the cue with its inflection
    surface: str        # the cue as written, with its particle
    infl: str
    np_end: int = -1    # for source cues: where the source noun phrase ends


@cache
def _cue_regexes() -> dict[str, re.Pattern]:
    by_form: dict[str, list[str]] = {}
    for i, c in enumerate(lexicon.cues()):
        by_form.setdefault(c.form, []).append(f"(?P<c{i}>{c.surface})")
    alt = {form: "|".join(parts) for form, parts in by_form.items()}
    infl = r"(?P<infl>(?:(?!と)[ぁ-ゖ]){0,8})"   # an inflection never runs into the next quotative と
    return {
        "quotative": re.compile(rf"(?P<pre>(?:との|と|って|とも)、?(?:[^、。「」と]{{1,6}}?(?:で|て|に)、?)?)(?:{alt['quotative']}){infl}"),
        "object": re.compile(rf"(?P<pre>を|に|も|への|について、?)?(?:{alt['object']}){infl}"),
        "source": re.compile(rf"(?P<pre>など|ら)?(?:{alt['source']})、?"),
        "document": re.compile(rf"(?:{alt['document']}){infl}"),
        "hearsay": re.compile(rf"(?:{alt['hearsay']})(?=[。．」』]*$)"),
        "credit": re.compile(rf"(?P<pre>が|は)(?:[0-9０-９]{{1,2}}日(?:夜|朝|午前|午後)?、?)?(?:{alt['credit']})"),
        "intro": re.compile(rf"(?:{alt['intro']})、?(?P<verb>述べ|語|話|分析|説明|指摘|解説|主張|コメント|証言)(?:を)?{infl}"),
    }


def _which(m: re.Match) -> Cue:
    cues = lexicon.cues()
    for name, val in m.groupdict().items():
        if val is not None and name.startswith("c") and name[1:].isdigit():
            return cues[int(name[1:])]
    return Cue(m.group(0), "intro", "analysed", "Assertive")


def find_cues(text: str, start: int, end: int, mask: bytearray, base: int) -> list[CueHit]:
    """Speech-act cues in text[start:end] outside quotes; `mask` is relative to `base`."""
    hits: list[CueHit] = []
    for form, rx in _cue_regexes().items():
        for m in rx.finditer(text, start, end):
            if mask[m.start() - base] or mask[min(m.end(), end) - 1 - base]:
                continue
            cue = _which(m)
            infl = m.groupdict().get("infl") or ""
            if cue.surface.startswith("し(") and text[m.start() - 1:m.start()] == "う":
                continue   # 〜ようとしている: an attempt, not a statement
            if form == "object" and m.group("pre") is None and "を" not in cue.surface and not cue.surface.startswith("よう"):
                continue
            if form == "object" and cue.act == "cited" and not m.group("pre"):
                continue
            hits.append(CueHit(cue, m.start(), m.end(), m.group(0).rstrip("、"), infl))
    hits.sort(key=lambda h: (h.start, -h.end))
    kept: list[CueHit] = []
    for h in hits:   # overlapping matches: keep the first, longest
        if kept and h.start < kept[-1].end:
            continue
        kept.append(h)
    return kept


# ---------------------------------------------------------------- noun phrases and speakers

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
    for prefix in ("その", "この", "同じ", *lexicon.word_list("anonymous_prefix")):
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
    return re.compile("(?:" + "|".join(re.escape(t) for t in lexicon.word_list("title")) + ")$")


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


@lru_cache(maxsize=65536)
def classify(np: str) -> str | None:
    """The kind of source a noun phrase names, or None if it does not look like one."""
    if not np:
        return None
    core = re.sub(r"[(（][^()（）]*[)）]$", "", np)
    if lexicon.find_outlet(core) and (len(core) >= 2):
        return "media"
    for prefix in lexicon.word_list("anonymous_prefix"):
        if core.startswith(prefix) and len(core) > len(prefix) + 1:
            return "anonymous"
    head = core.rsplit("の", 1)[-1]
    if any(head.endswith(t) for t in lexicon.word_list("title")) and len(head) > 1:
        name, _ = _strip_title(head)
        if name == head and head in lexicon.word_list("title"):
            return "anonymous"          # a role without a name: 中国外務省の報道官
        if name and not any(name.endswith(a) for a in lexicon.word_list("anonymous")):
            return "person"
    if any(core.endswith(a) for a in lexicon.word_list("anonymous")):
        return "anonymous"
    ent = lexicon.find_entity(core)
    if ent:
        return ent.kind
    if re.search(r"第[0-9０-９一二三四五六七八九十]+条$", core) or any(core.endswith(d) for d in lexicon.word_list("document")):
        return "document"
    if any(core.endswith(o) for o in lexicon.word_list("organization")):
        return "organization"
    if core in lexicon.countries() or _SAME_ORG.fullmatch(core):
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
    for c in lexicon.countries():
        if name.startswith(c + "・") and len(name) > len(c) + 1:
            return name[len(c) + 1:]
    return name


def _cut_organisation(name: str) -> str:
    """金正恩朝鮮労働党 -> 金正恩, バイデン米 -> バイデン: an organisation or country written
    between a name and its title."""
    for c in (*lexicon.countries(), *_COUNTRY_ABBREVIATIONS):
        rest = name[: -len(c)]
        if name.endswith(c) and len(rest) >= 2 and (len(c) >= 2 or re.fullmatch(r"[\u30a0-\u30ffー・]+", rest)):
            return rest
    if _KATAKANA_NAME.fullmatch(name) or len(name) <= 4:
        return name
    for k in range(2, len(name) - 2):
        rest = name[k:]
        if any(rest.endswith(o) for o in lexicon.word_list("organization")) and any(
                rest.startswith(c) or rest.startswith(c[-2:]) for c in lexicon.countries() if len(c) >= 2):
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
    for c in lexicon.countries():
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
    titles = "|".join(re.escape(t) for t in lexicon.word_list("title"))
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
    titles = "|".join(re.escape(t) for t in lexicon.word_list("title"))
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


# ---------------------------------------------------------------- clauses

@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    sentence: int
    cues: tuple[CueHit, ...]


def split_clauses(text: str, sent: Sentence, mask: bytearray, base: int, si: int) -> list[Clause]:
    """Split a sentence after each cue that ends a clause: 〜と評価し、習氏は… / 〜と述べ、「…」と付け加えた."""
    hits = find_cues(text, sent.start, sent.end, mask, base)
    cuts = [sent.start]
    for h in hits:
        if h.cue.form in ("source", "credit", "intro", "hearsay"):
            continue
        e = h.end
        if e < sent.end and text[e] == "、" and len(text[e + 1:sent.end].strip()) >= 5:
            cuts.append(e + 1)
    cuts.append(sent.end)
    out = []
    k = 0
    for s, e in zip(cuts, cuts[1:]):
        own = []
        while k < len(hits) and hits[k].start < e:
            if hits[k].start >= s:
                own.append(hits[k])
            k += 1
        out.append(Clause(s, e, si, tuple(own)))
    return out


_CONTENT_CHAR = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9０-９]")


def _main_cue(clause: Clause, text: str = "") -> CueHit | None:
    """The cue that is the clause's predicate: the last one, preferring one that ends its clause
    (表明する方向で調整している: 表明 is inside what is reported, not the report's verb)."""
    main = [h for h in clause.cues if h.cue.form in ("quotative", "object", "document", "hearsay")]
    if text:
        ending = [h for h in main if _ends_clause(text, h, clause)]
        if ending:
            return ending[-1]
    return main[-1] if main else None


def _ends_clause(text: str, hit: CueHit, clause: Clause) -> bool:
    return not _CONTENT_CHAR.search(text, hit.end, clause.end)


def _source_cue(clause: Clause) -> CueHit | None:
    src = [h for h in clause.cues if h.cue.form == "source"]
    return src[0] if src else None


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


def _is_past(sentence_text: str) -> bool:
    return bool(_PAST.search(sentence_text.strip()))


# ---------------------------------------------------------------- the stage

@dataclass
class Draft:
    clause: Clause
    kind: str = "reported_fact"
    speakers: tuple[Speaker, ...] = ()
    mention: str | None = None
    cue: str | None = None
    act: str = "reported"
    content: tuple[int, int] = (0, 0)
    quoted: bool = False
    stance: str = "Assertive"
    via: tuple[Via, ...] = ()
    explicit: bool = False       # the clause names its own speaker
    emit: bool = True
    intro: bool = False
    present_indirect: bool = False
    form: str = ""


def attribute(article: Article, layout: Layout, citations: list[Citation], sentences: list[Sentence]) -> list[Claim]:
    """Turn sentences into claims (dates are left to the dates stage)."""
    text = article.text
    ctx = Context(text, collect_full_names(text))
    ctx.by_title = titled_people(text, ctx)
    author = Speaker(article.author or layout.site or "article author", "author", "")
    by_para: dict[int, list[tuple[int, Sentence]]] = {}
    for si, s in enumerate(sentences):
        by_para.setdefault(s.paragraph, []).append((si, s))

    cover = Coverage(citations)
    claims: list[Claim] = []
    continuing: tuple[tuple[Speaker, ...], str, str, int | None] | None = None   # speakers, cue, act, block
    last: tuple[Speaker, ...] = ()
    last_pi: int | None = None
    last_para: int | None = None
    for pi in sorted(by_para):
        para = layout.paragraphs[pi]
        if continuing and continuing[3] != para.block:
            continuing = None
        # a heading between paragraphs ends a continued analysis
        if continuing and last_para is not None and any(
                p.kind in ("heading", "title") for p in layout.paragraphs[last_para + 1:pi]):
            continuing = None
        if last_para is not None and layout.paragraphs[last_para].block != para.block:
            last = ()
        mask = depth_mask(text, para.start, para.end)
        drafts: list[Draft] = []
        for si, sent in by_para[pi]:
            clauses = split_clauses(text, sent, mask, para.start, si)
            sentence_source: tuple[Speaker, str] | None = None
            for clause in clauses:
                d = _analyse(text, clause, mask, para.start, ctx, sentence_source)
                src = _source_cue(clause)
                if src is not None:
                    sp = _source_speaker(text, clause, src, ctx)
                    if sp:
                        sentence_source = (sp, src.surface.rstrip("、"))
                recent = last and (last_pi == pi or d.quoted and last_pi is not None and pi - last_pi <= 2)
                if d.speakers:
                    last, last_pi = d.speakers, pi
                elif d.form in ("quotative", "object", "hearsay") and recent:
                    d.speakers, d.kind, d.mention = last, "reported_speech", None   # zero subject: same speaker
                elif d.quoted and d.cue is None and recent:
                    d.speakers, d.kind, d.cue, d.act = last, "reported_speech", "", "said"
                if _FRAGMENT.search(text[clause.start:clause.end]):
                    d.emit = False
                drafts.append(d)
        label = _LABEL.match(text, para.start, para.end)
        if label and (classify(label.group(1)) or label.group(1) in ctx.by_title):
            sp = _speakers((label.group(1), para.start, label.end(1)), ctx)
            for d in drafts:            # a transcript: the label speaks every sentence of its paragraph
                if not d.explicit:
                    d.kind, d.speakers, d.mention, d.cue, d.act = "reported_speech", sp, label.group(1), "", "said"
                    d.content = (max(d.content[0], label.end()), d.content[1])
        # a sentence that only credits a source (中国国営中央テレビが報じた。) attributes what precedes it
        for k, d in enumerate(drafts):
            if d.kind == "credit":
                d.emit = False
                for prev in drafts[:k]:
                    if prev.kind == "reported_fact" and prev.emit:
                        prev.kind, prev.speakers, prev.mention, prev.cue, prev.act = (
                            "reported_speech", d.speakers, d.mention, d.cue, d.act)
                        prev.stance = "Hearsay"
                    elif prev.kind == "reported_speech" and prev.emit and prev.speakers != d.speakers:
                        # 州消防当局によると… 米CNNが伝えた: the authority's figure came through CNN
                        prev.via = prev.via + tuple(Via(sp.mention or sp.name, sp, d.cue or "") for sp in d.speakers
                                                    if all(v.source != sp for v in prev.via))
        # continuation of a speaker's analysis over the paragraph
        unattributed = [d for d in drafts if d.emit and d.kind == "reported_fact"]
        final = next((d for d in reversed(drafts) if d.emit or d.intro), None)
        if continuing and final is not None and final.kind != "reported_speech":
            last_sentence = text[sentences[final.clause.sentence].start:sentences[final.clause.sentence].end]
            if not _is_past(last_sentence) or _SPEECHY.search(text[para.start:para.end]):
                for d in unattributed:
                    d.kind, d.speakers, d.cue, d.act, d.mention = "reported_speech", continuing[0], continuing[1], continuing[2], None
                for d in drafts:
                    if d.explicit and d.kind == "reported_speech" and d.speakers != continuing[0]:
                        d.via = d.via + tuple(Via(sp.mention or sp.name, sp, continuing[1]) for sp in continuing[0])
            else:
                continuing = None
        elif continuing and final is not None:
            continuing = None
        if final is not None and final.explicit and final.speakers and (final.intro or final.present_indirect):
            continuing = (final.speakers, final.cue or "", final.act, para.block)
        for d in drafts:
            if d.emit:
                claims.append(finish_claim(article, d, citations, cover, author, para.block))
        last_para = pi
    return with_nearby(claims, citations, layout)


def _analyse(text: str, clause: Clause, mask: bytearray, base: int, ctx: Context,
             sentence_source: tuple[Speaker, str] | None) -> Draft:
    d = Draft(clause, content=(clause.start, clause.end))
    body = text[clause.start:clause.end]
    credit = next((h for h in clause.cues if h.cue.form == "credit"), None)
    if credit is not None and re.fullmatch(r"[^、。]{1,40}" + re.escape(credit.surface) + r"[。．.]?", body.strip()):
        credit = replace(credit, surface=re.sub(r"^([がは])[0-9０-９]{1,2}日(?:夜|朝|午前|午後)?、?", r"\1", credit.surface))
        ns, ne = np_before(text, credit.start, clause.start)
        np = text[ns:ne]
        kind = classify(np)
        if kind:
            sp = make_speaker(np, kind, ctx, ns)
            return Draft(clause, kind="credit", speakers=(sp,), mention=np, cue=credit.surface[1:],
                          act=credit.cue.act, explicit=True, emit=False)
    intro = next((h for h in clause.cues if h.cue.form == "intro"), None)
    cue = _main_cue(clause, text)
    if intro is not None and (cue is None or cue.start >= intro.start):
        found = find_speaker(text, clause, intro, mask, base)
        if found:
            sp = _speakers(found, ctx)
            _remember(ctx, sp)
            verb = re.search(r"(述べ|語|話|分析|説明|指摘|解説|主張|コメント|証言)", intro.surface)
            return Draft(clause, kind="reported_speech", speakers=sp, mention=found[0], cue=verb.group(1) if verb else intro.surface,
                          act=_act_for(verb.group(1) if verb else ""), explicit=True, emit=False, intro=True)
    src = _source_cue(clause)
    hedged = _hedged(body)
    stance = "Speculative" if hedged else "Assertive"
    if cue is not None and src is not None and src.end <= cue.start and (
            cue.cue.form == "hearsay" or not _ends_clause(text, cue, clause)):
        sp = _source_speaker(text, clause, src, ctx)       # 関係者によると、中国側は…という: what 関係者 say
        if sp:
            d.speakers, d.mention, d.kind, d.explicit = (sp,), sp.mention, "reported_speech", True
            d.cue, d.act, d.stance, d.form = src.surface.rstrip("、").lstrip("など").lstrip("ら"), "accordingTo", "Hearsay", "source"
            d.content = _content_span(text, src.end, cue.start, clause)
            return d
    if cue is not None:
        found = find_speaker(text, clause, cue, mask, base)
        cstart = found[2] + 1 if found else clause.start
        if src is not None and src.end <= cue.start:
            cstart = max(cstart, src.end)
        content = _content_span(text, cstart, cue.start, clause)
        quote = _quote_before(text, cue.start, clause.start)
        if quote:
            content = quote
        else:
            frame = _LEADING_FRAME.match(text, content[0], content[1])
            if frame and frame.end() < content[1]:
                content = (frame.end(), content[1])
        quoted = _is_quote(text, *content)
        d.cue = cue.surface.lstrip("をにへのついて、")
        d.form = cue.cue.form
        d.act = cue.cue.act
        d.content = content
        d.quoted = quoted or "「" in text[content[0]:content[1]]
        d.stance = "Hearsay" if cue.cue.form == "hearsay" else stance
        d.present_indirect = (not quoted and cue.cue.form == "quotative" and bool(_PRESENT_INFL.search(cue.infl or ""))
                              and cue.end >= clause.end - 2)
        if found:
            sp = _speakers(found, ctx)
            _remember(ctx, sp)
            d.speakers, d.mention, d.kind, d.explicit = sp, found[0], "reported_speech", True
        elif sentence_source and cue.cue.form != "hearsay":
            pass   # the cue's speaker is unnamed; the zero-subject rule in attribute() may fill it
        if src is not None and d.speakers:
            sp = _source_speaker(text, clause, src, ctx)
            if sp and sp not in d.speakers:
                d.via = (Via(sp.mention or sp.name, sp, src.surface.rstrip("、")),)
        elif sentence_source and d.speakers and sentence_source[0] not in d.speakers:
            d.via = (Via(sentence_source[0].mention or sentence_source[0].name, sentence_source[0], sentence_source[1]),)
        if not d.speakers:
            d.kind = "reported_fact"
        return d
    if src is not None:
        sp = _source_speaker(text, clause, src, ctx)
        if sp:
            d.speakers, d.mention, d.kind, d.explicit = (sp,), sp.mention, "reported_speech", True
            d.cue, d.act, d.stance = src.surface.rstrip("、").lstrip("など").lstrip("ら"), "accordingTo", "Hearsay"
            d.content = _content_span(text, src.end, clause.end, clause)
            return d
    said_by = _PAREN_SPEAKER.match(body.strip())
    if said_by:                 # 「…」（トランプ氏）: the speaker in parentheses after the quote
        np = said_by.group(2)
        if classify(np) or np in ctx.by_title:
            sp = _speakers((np, clause.start, clause.start + len(np)), ctx)
            _remember(ctx, sp)
            start = clause.start + body.find(said_by.group(1))
            return Draft(clause, kind="reported_speech", speakers=sp, mention=np, cue="", act="said",
                          content=(start, start + len(said_by.group(1))), quoted=True, explicit=True)
    d.stance = stance
    d.quoted = _is_quote(text, clause.start, clause.end)
    if d.quoted:
        d.content = _content_span(text, clause.start, clause.end, clause)
    return d


_PAREN_SPEAKER = re.compile(r"(「[^「」]+」)[(（]([^()（）]{1,20})[)）][。．]?$")
# a transcript's speaker label: 報道官：… / 記者：…
_LABEL = re.compile(r"([^：:「」。、\s]{1,15})[：:]")


def _source_speaker(text: str, clause: Clause, src: CueHit, ctx: Context) -> Speaker | None:
    ns, ne = np_before(text, src.start, clause.start, lists=True)     # np_before drops a trailing など/ら
    if ns >= ne:
        return None
    np = text[ns:ne]
    if _SAME_ORG.fullmatch(np) and ctx.last_org:      # 同社によると: the company named before
        return ctx.last_org
    # 「〜によると」 names a source whatever its head noun: else a document or an organisation
    kind = classify(np) or ("document" if any(np.endswith(x) for x in ("統計", "調査", "データ")) else "organization")
    return make_speaker(np, kind, ctx, ns)


def _speakers(found: tuple[str, int, int], ctx: Context) -> tuple[Speaker, ...]:
    np, ns, ne = found
    if np in ("双方", "両者", "両氏", "両首脳") and ctx.last_joint:
        return ctx.last_joint
    if np in ("同氏", "氏") and ctx.last_person:
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


def _remember(ctx: Context, speakers: tuple[Speaker, ...]) -> None:
    if len(speakers) > 1:
        ctx.last_joint = speakers
    for sp in speakers:
        if sp.kind == "person":
            ctx.last_person = sp
        elif sp.kind in ("organization", "media"):
            ctx.last_org = sp


def _act_for(verb: str) -> str:
    for c in lexicon.cues():
        if c.form == "quotative" and re.fullmatch(c.surface, verb):
            return c.act
    return "stated"


def _content_span(text: str, s: int, e: int, clause: Clause) -> tuple[int, int]:
    while s < e and text[s] in "、,　 ":
        s += 1
    while e > s and text[e - 1] in "、,。　 ":
        e -= 1
    if s >= e:
        return clause.start, clause.end
    return s, e


_LEADING_FRAME = re.compile(r"[^、「」。]{0,25}?(?:で|に|日|夜|朝)、")


def _quote_before(text: str, pos: int, floor: int) -> tuple[int, int] | None:
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


def _is_quote(text: str, s: int, e: int) -> bool:
    seg = text[s:e].rstrip("。、 ")
    return len(seg) >= 2 and seg[0] in "「『“" and seg[-1] in "」』”" and seg.count("「") <= 1


# 〜しそうです (it looks likely) hedges; 〜しているそうです (I hear that) reports, and needs a source
_LIKELY = re.compile(r"(?<![るただいす])そう(?:です|だ)")


def _hedged(body: str) -> bool:
    return any(h in body for h in lexicon.word_list("hedge")) or bool(_LIKELY.search(body))


class Coverage:
    """Which citation covers an offset: scopes sorted by start, looked up by bisection."""

    def __init__(self, citations: list[Citation]):
        spans = sorted((s, e, i) for i, c in enumerate(citations) if c.kind != "credit" for s, e in c.scope if e > s)
        self.starts = [s for s, _, _ in spans]
        self.spans = spans

    def citation_at(self, pos: int) -> int | None:
        k = bisect_right(self.starts, pos) - 1
        while k >= 0:
            s, e, i = self.spans[k]
            if s <= pos < e:
                return i
            if pos - s > 200_000:     # scopes do not nest; no need to look further back
                return None
            k -= 1
        return None


def finish_claim(article: Article, d: Draft, citations: list[Citation], cover: Coverage, author: Speaker, block: int | None) -> Claim:
    c = d.clause
    cit = cover.citation_at(c.start)
    kind, speakers, cue, act, stance = d.kind, d.speakers, d.cue, d.act, d.stance
    if kind == "reported_fact":
        if cit is not None:
            o = lexicon.outlets().get(citations[cit].outlet)
            name = o.name if o else citations[cit].outlet_written
            speakers = (Speaker(name, "media", citations[cit].outlet_written, (o.name, *o.aliases) if o else (), o.wikidata if o else None),)
            cue = "より" if block is None and "より" in citations[cit].text else ""
            if block is None:
                act = "reported"
        elif block is None:
            kind = "author_opinion" if stance == "Speculative" else "author_assertion"
            speakers, act, cue = (author,), "opined" if kind == "author_opinion" else "asserted", None
        else:
            speakers = (Speaker("unattributed quotation", "anonymous", ""),)
    via = d.via
    if cit is not None:
        via = via + tuple(Via(citations[u].outlet_written, _credit_speaker(citations[u]), "より", credit=u)
                          for u in citations[cit].upstream)
    content = article.text[d.content[0]:d.content[1]]
    return Claim(
        start=c.start, end=c.end, text=article.text[c.start:c.end], line=article.line_of(c.start),
        kind=kind, speakers=speakers, mention=d.mention, cue=cue, act=act, content=content,
        quoted=d.quoted, stance=stance, citation=cit, via=via, block=block,
    )


def _credit_speaker(c: Citation) -> Speaker:
    o = lexicon.outlets().get(c.outlet)
    return Speaker(c.outlet_written, "media", c.outlet_written, (o.name, *o.aliases) if o else (), o.wikidata if o else None)


def with_nearby(claims: list[Claim], citations: list[Citation], layout: Layout) -> list[Claim]:
    """For each uncited statement, the quoted report next to it that might support it: the
    closest block citation with no heading between them."""
    heads = sorted(p.start for p in layout.paragraphs if p.kind in ("heading", "title"))
    scopes = sorted((c.scope[0][0], c.scope[0][1], i) for i, c in enumerate(citations)
                    if c.kind != "credit" and c.block is not None and c.scope)
    starts = [s for s, _, _ in scopes]
    ends = sorted((e, i) for _, e, i in scopes)
    end_keys = [e for e, _ in ends]

    def clear(lo: int, hi: int) -> bool:
        k = bisect_left(heads, lo)
        return not (k < len(heads) and heads[k] < hi)

    out = []
    for cl in claims:
        if cl.citation is not None or cl.kind == "author_opinion":
            out.append(cl)
            continue
        options = []
        k = bisect_left(starts, cl.end)
        if k < len(scopes) and clear(cl.end, scopes[k][0]):
            options.append((scopes[k][0] - cl.end, scopes[k][2]))
        k = bisect_right(end_keys, cl.start) - 1
        if k >= 0 and clear(ends[k][0], cl.start):
            options.append((cl.start - ends[k][0], ends[k][1]))
        out.append(replace(cl, nearby=min(options)[1]) if options else cl)
    return out
