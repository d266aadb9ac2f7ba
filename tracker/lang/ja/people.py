"""Japanese speakers resolved: who a noun phrase refers to.

Short forms resolve to the full name met elsewhere in the article (スン氏 → ユン・スン), a bare title
to the one person the article gives it (首相 → 岸田文雄), 同社 and its kin to the organisation named
before, 同氏 and 彼 to the last person, その第1条 to the document last named.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ... import lexicon
from ...model import Speaker, Via
from .cues import Clause, CueHit, medium_via
from .lexicon import countries, word_list
from .phrases import np_before
from .speakers import _COUNTRY_ABBREVIATIONS, _KATAKANA_NAME, _PERSON_PRONOUNS, _SAME_ORG, _strip_title, classify, unwrapped


@dataclass
class Context:
    """What attribution knows of the article so far: names met, last speakers."""
    text: str
    full_names: list[str] = field(default_factory=list)
    last_joint: tuple[Speaker, ...] = ()
    last_person: Speaker | None = None
    last_org: Speaker | None = None
    orgs: list[Speaker] = field(default_factory=list)      # the organisations named, the latest last
    by_title: dict[str, Speaker] = field(default_factory=dict)
    titles: dict[str, set[str]] = field(default_factory=dict)     # the titles each full name is given (北町一郎 → 社長)
    spots: list[tuple[int, str]] | None = None     # where the text writes each full name, in order (found once, when first asked)



def make_speaker(np: str, kind: str, ctx: Context, pos: int) -> Speaker:
    """A speaker record with its canonical name for a noun phrase of a known kind."""
    np = core = unwrapped(np)
    desc = None
    m = _GLOSS_AT_END.search(core)
    if m:
        core, desc = core[: m.start()], m.group(1)
    if kind == "media":
        o = lexicon.find_outlet(core) or lexicon.find_outlet(core.rsplit("の", 1)[-1])     # (政府系メディアのボイス・オブ・アメリカ)
        return Speaker(o.name, "media", np, (o.name, *o.aliases), o.wikidata) if o else Speaker(core.rsplit("の", 1)[-1], "media", np)
    if kind == "person":
        parts = core.rsplit("の", 1)
        if m := _SET_OFF_NAME.search(parts[-1]):       # 釧路市の漁師、山田一郎さん: who they are, set off before the name
            parts = [core[:len(core) - len(parts[-1]) + m.start()], parts[-1][m.end():]]
        affiliation = parts[0] if len(parts) == 2 else None
        name, title = _strip_title(parts[-1])
        city = title in ("市長", "区長") and name in word_list("city") and len(parts) == 1 and _resolve_person(name, ctx, title) == name
        if title and title not in _HONORIFICS and (re.search(r"[県府都州省市]$", name) or city) \
                and getattr(lexicon.find_entity(name), "kind", "") != "person":      # (北町市の山口市長, 宮崎一郎市長 … 宮崎市長: a person)
            name, title = parts[-1], None       # 北町県知事, 神戸市広報官, 横浜市長: the office of a place, whoever holds it (not 高市 経済安保相)
        name, desc = _without_gloss(name, desc)       # a gloss before the honorific: 田中花子(68)さん; the body's: パウエル…（FRB）議長
        name, desc = _without_gloss(_cut_organisation(_strip_country_prefix(name)), desc)     # before the country: 潘基文(バンギムン)韓国外相
        if (dotted := _workplace_after(name)) is not None:
            name, affiliation = dotted[0], " ".join(x for x in (affiliation, dotted[1]) if x)    # 北町一郎・東大教授: the name, where they work
        full = _resolve_person(name, ctx, title)
        ent = lexicon.find_entity(full)
        # the names it goes by (山田一郎社長), not a mention holding its affiliation (同社の山田一郎社長)
        aliases = tuple(dict.fromkeys(x for x in (name, np, core, parts[-1]) if x and x != full and "の" not in x))
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


_SET_OFF_NAME = re.compile(r"、(?=(?:[^、()（）]|[(（][^()（）]*[)）])+$)")      # the last comma, outside a gloss in parentheses (71、女)
_HONORIFICS = ("さん", "氏", "様", "君", "ちゃん", "くん", "さま")     # a person's, never a place's office (古市さん)
_GLOSS_AT_END = re.compile(r"[(（]([^()（）]*)[)）]$")


def _without_gloss(name: str, desc: str | None) -> tuple[str, str | None]:
    """A name without the gloss in parentheses it ends on, which becomes its description if it has none."""
    m = _GLOSS_AT_END.search(name) if desc is None else None
    return (name[: m.start()], m.group(1)) if m else (name, desc)


def _strip_country_prefix(name: str) -> str:
    for c in countries():
        if name.startswith(c + "・") and len(name) > len(c) + 1:
            return name[len(c) + 1:]
    return name


_KANA_RUN = re.compile(r"[\u30a1-\u30faー・]{2,}(?=[^\u30a1-\u30faー・])")


def _cut_organisation(name: str) -> str:
    """金正恩朝鮮労働党 -> 金正恩, バイデン米 -> バイデン: an organisation or country written
    between a name and its title."""
    for c in (*countries(), *_COUNTRY_ABBREVIATIONS):
        rest = name[: -len(c)]
        if name.endswith(c) and len(rest) >= 2 and (len(c) >= 2 or re.fullmatch(r"[\u30a0-\u30ffー・]+", rest)):
            return rest.rstrip("・")        # (ゼレンスキー・ウクライナ: ゼレンスキー)
    if _KATAKANA_NAME.fullmatch(name) or len(name) <= 4:
        return name
    kana = _KANA_RUN.match(name)          # パウエル米連邦準備制度理事会, パウエルFRB: a name in katakana, then its body
    if kana and (name[kana.end()] in _COUNTRY_ABBREVIATIONS or re.fullmatch(r"[A-Z]{2,6}", name[kana.end():])
                 or any(name.endswith(o) for o in word_list("organization"))):
        return name[:kana.end()]
    for k in range(2, len(name) - 2):
        rest = name[k:]
        if any(rest.endswith(o) for o in word_list("organization")) and any(
                rest.startswith(c) or rest.startswith(c[-2:]) for c in countries() if len(c) >= 2):
            return name[:k]
    return name


def _resolve_person(name: str, ctx: Context, title: str | None = None) -> str:
    """A short form to the full name the article uses elsewhere: スン -> ユン・スン, 習 -> 習近平; not to one whose
    titles show another person (北町経済財政相 is not 北町一郎社長)."""
    if not name:
        return name
    for full in ctx.full_names:     # longest first
        if (full.endswith("・" + name) or (len(name) <= 2 and full.startswith(name) and not _KATAKANA_NAME.fullmatch(full))) \
                and not (title and title not in _HONORIFICS and (known := ctx.titles.get(full))
                         and not any(t.endswith(title) or title.endswith(t) for t in known)):
            return full
    ent = lexicon.find_entity(name)
    if ent and ent.kind == "person" and not (len(name) == 1 and ent.titles and not any((title or "").endswith(t) for t in ent.titles)):
        return ent.name         # (金総書記: 金正恩; 西国の金大統領: another 金)
    return name


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


# a page's header naming whom it interviews: インタビュー・北町花子さん, 一問一答：北町市長
INTERVIEW_HEAD = re.compile(r"^(?:インタビュー|一問一答)[・：:]")


def collect_full_names(text: str, titled: dict[str, set[str]] | None = None) -> list[str]:
    """Person names written in full anywhere in the article, for resolving short forms; the titles each
    is given, into `titled` where asked for."""
    names: list[str] = []
    titles = "|".join(re.escape(t) for t in word_list("title"))
    for m in re.finditer(rf"(?:{titles})", text):
        s, e = np_before(text, m.start(), max(0, m.start() - 40))
        np = _split_joint(text[s:m.end()])[-1]         # 岸田首相と林官房長官: the one the title is of
        if classify(np) != "person":
            continue
        name, title = _strip_title(np.rsplit("の", 1)[-1])
        name = _cut_organisation(_strip_country_prefix(INTERVIEW_HEAD.sub("", name)))     # (a page's header: インタビュー・北町花子さん)
        name = dotted[0] if (dotted := _workplace_after(name)) is not None else name
        if (len(name) >= 3 or "・" in name) and name not in names:
            names.append(name)
        if titled is not None and title and title not in _HONORIFICS:
            titled.setdefault(name, set()).add(title)
    names.sort(key=len, reverse=True)
    return names


def _workplace_after(name: str) -> tuple[str, str] | None:
    """A name, then where its person works, joined by a dot (北町一郎・東大, 西川一郎・北町大学): (the name, the
    workplace); None for a name whose parts the dot joins (ドナルド・トランプ) or a reading's gloss (尹錫悦(ユン・ソクヨル))."""
    if "・" not in name or re.search(r"[()（）]", name):
        return None
    head, tail = name.split("・", 1)
    return (head, tail) if len(head) >= 2 and not re.fullmatch(r"[\u30a0-\u30ffー・]+", tail) and not re.fullmatch(r"[\u30a0-\u30ffー]+", head) \
        and "両" not in tail else None          # (北町一郎・東町花子両市長: two names)


_TITLE_IN_A_NOUN = re.compile(r"会議|会合|選|室|官邸|公邸|職|候補|級|時代|経験")


def titled_people(text: str, ctx: Context) -> dict[str, Speaker]:
    """Each title the article gives to exactly one named person: 首相 → 岸田文雄 when 岸田文雄首相
    is written; a title two people share (大統領 for two presidents) refers to neither."""
    found: dict[str, set[str]] = {}
    speakers: dict[str, Speaker] = {}
    titles = "|".join(re.escape(t) for t in word_list("title"))
    for m in re.finditer(rf"(?:{titles})", text):
        if _TITLE_IN_A_NOUN.match(text, m.end()):
            continue            # 全国知事会議, 首相官邸: the title is part of a longer noun, no one holds it
        s, _ = np_before(text, m.start(), max(0, m.start() - 40))
        np = _split_joint(text[s:m.end()])[-1]         # 岸田首相と林官房長官: the one the title is of
        s = m.end() - len(np)
        if np == m.group(0) or classify(np) != "person":
            continue
        name, title = _strip_title(np.rsplit("の", 1)[-1])
        if not name or title is None or title in ("氏", "さん", "様", "君"):
            continue
        sp = make_speaker(np, "person", ctx, s)
        found.setdefault(title, set()).add(sp.name)
        speakers.setdefault(title, sp)
    return {t: speakers[t] for t, names in found.items() if len(names) == 1}



def source_speakers(text: str, clause: Clause, src: CueHit, ctx: Context) -> tuple[tuple[Speaker, ...], str]:
    """Who a source cue (〜によると, 〜が実施した調査では) names, and how: one source, or each of those
    it joins (産経新聞社とFNNが実施した合同世論調査では: both carried the poll out); none, "" where it
    names nobody."""
    ns, ne = np_before(text, src.start, clause.start, lists=True)     # np_before drops a trailing など/ら
    if ns >= ne:
        return (), ""
    np = text[ns:ne]
    if _SAME_ORG.fullmatch(np) and (org := same_org(np, ctx, ns)):      # 同社によると: the company named before
        return (org,), org.mention or np
    if _split_joint(np) != [np] or np[:1] == "同":       # 共同通信と時事通信, and 共同通信と共同通信 (one source, named twice); 同氏によると
        return speakers_of((np, ns, ne), ctx), np
    # 「〜によると」 names a source whatever its head noun: else a document or an organisation
    kind = classify(np) or ("document" if any(np.endswith(x) for x in ("統計", "調査", "データ")) else "organization")
    sp = make_speaker(np, kind, ctx, ns)
    return (sp,), sp.mention or np


def speakers_of(found: tuple[str, int, int], ctx: Context) -> tuple[Speaker, ...]:
    np, ns, ne = found
    if (np in ("双方", "両者", "両首脳") or np[:1] == "両" and np[1:] in word_list("title")) and ctx.last_joint:
        return ctx.last_joint
    if np in _PERSON_PRONOUNS and ctx.last_person:
        return (ctx.last_person,)
    if _SAME_ORG.fullmatch(np) and (org := same_org(np, ctx, ns)):
        return (org,)
    if np in ctx.by_title:          # 首相 → 岸田文雄, 報道官 → 毛寧: the one person the article names with that title
        return (ctx.by_title[np],)
    if np[:1] == "同" and (np[1:] in word_list("title") or np[1:] == "氏"):     # 同報道官, 同氏: the one just named
        person = ctx.by_title.get(np[1:]) or ctx.last_person or _named_before(ctx, ns)
        return (person,) if person else (Speaker(np, "anonymous", np),)       # (not a man called 同)
    parts = _split_joint(np)
    out = []
    pos = ns
    for part in parts:
        kind = classify(part) or "organization"
        out.append(make_speaker(part, kind, ctx, pos))
        pos += len(part) + 1
    return tuple(out)


def _named_before(ctx: Context, pos: int) -> Speaker | None:
    """The person the text named last before `pos`, by their full name (経済評論家の鈴木一郎氏に話を聞いた。同氏は…)."""
    if ctx.spots is None:           # (one pass over the text, each name length a set lookup: not a search of it for each name)
        names, lengths = set(ctx.full_names), sorted({len(n) for n in ctx.full_names}, reverse=True)
        ctx.spots = [(i, n) for i in range(len(ctx.text)) for n in next(([ctx.text[i:i + k]] for k in lengths if ctx.text[i:i + k] in names), ())]
    k = bisect.bisect_left(ctx.spots, (pos, ""))
    near = k and pos - ctx.spots[k - 1][0] <= _NAMED_REACH      # (not one named too far back to be the one meant)
    return make_speaker(ctx.spots[k - 1][1], "person", ctx, ctx.spots[k - 1][0]) if near else None


_NAMED_REACH = 600      # how far back 同氏 looks for the name it stands for


def _split_joint(np: str) -> list[str]:
    """プーチン氏と中国の習近平国家主席 -> two speakers; 共同通信と時事通信、NHK -> three; 共同通信や
    時事通信 -> two; 米国や同盟国の当局者 stays one (each part must name a source). A source named
    twice is one."""
    for sep in ("[、とや]", "、", "と"):
        parts = [p for p in re.split(sep, np) if p]
        if sep == "[、とや]" and any("の" in p for p in parts):
            continue            # 米国や同盟国の当局者: the last part's の may be of them all
        if len(parts) > 1 and all(classify(p) for p in parts):
            return list(dict.fromkeys(_apposed(parts, sep)))
    return [np]


def _apposed(parts: list[str], sep: str) -> list[str]:
    """Parts of a list set off by commas where a role stands before the person who holds it
    (北町電機の社長、山田太郎氏: one person, the role theirs), joined again."""
    out: list[str] = []
    for p in parts:
        if out and sep == "、" and classify(p) == "person" and classify(out[-1]) == "anonymous" and not out[-1].endswith(("ら", "たち", "陣")):
            out[-1] += "、" + p
        else:
            out.append(p)
    return out


def same_org(np: str, ctx: Context, at: int) -> Speaker | None:
    """The organisation 同社, 同課, 同署 at `at` refers to. For a word every such name ends with (課, 署, 病院): the last
    name the text writes ending with it before `at`, speaker or not (県警捜査1課は男を逮捕した。同課によると: 捜査1課, though
    県生活衛生課 spoke before it). For the others (同社: トヨタ自動車): the last speaker named whose name ends with it, else the last."""
    kind = np[1:]
    if kind not in _LOOSE:
        floor, end = max(0, at - _SAME_REACH), at
        while (end := ctx.text.rfind(kind, floor, end)) != -1:
            after = ctx.text[end + len(kind):end + len(kind) + 1]
            if ctx.text[end - 1:end] != "同" and not (after and _NOUN_CHAR.match(after)):    # (not 課長, 放課後, 署長)
                s, e = np_before(ctx.text, end + len(kind), max(floor, end - 30))
                if e - s > len(kind) and ctx.text[s] != "同" and "の" not in ctx.text[s:e]:
                    return make_speaker(ctx.text[s:e], "organization", ctx, s)
        return None
    paper = {"紙": "newspaper", "誌": "magazine"}.get(kind)      # 同紙: a newspaper, never a broadcaster (米CNNは…。同紙によると)
    found = next((o for o in reversed(ctx.orgs) if (o.mention or o.name).endswith(kind) or o.name.endswith(kind)
                  or paper and ((f := lexicon.find_outlet(o.name)) is None and o.kind == "media" or f is not None and f.kind == paper)), None)
    return found or (ctx.last_org if kind in _ANY_NAME else None)


_SAME_REACH = 3000      # how far back 同課 looks for the section it names
_LOOSE = ("社", "省", "庁", "党", "局", "紙", "誌", "団体", "機関", "政府", "銀行", "大学", "グループ", "協会", "委員会")
_ANY_NAME = ("社", "省", "庁", "党", "局", "政府", "銀行", "大学", "グループ")     # a name need not end so: トヨタ自動車 for 同社
_NOUN_CHAR = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー]")


def medium_of(m: re.Match, ctx: Context) -> Via | None:
    """What an INTERVIEW match names as the intermediate of a statement (`cues.medium_via`), or the
    source who told the reporter (複数の政府関係者の話として, 捜査関係者への取材で): someone unnamed, a
    person or an organisation, never an outlet's own words."""
    if not m.group("talk"):
        return medium_via(m)
    np = m.group(1)
    if classify(np) not in ("anonymous", "person", "organization"):
        return None
    return Via(np, speakers_of((np, m.start(1), m.end(1)), ctx)[0], m.group("talk"))


def remembered(ctx: Context, speakers: tuple[Speaker, ...]) -> tuple[Speaker, ...]:
    """`speakers`, remembered: a sentence's topic that says nothing is still whom 同氏, 同社 name next
    (佐藤社長は3日、会見を開いた。同氏は「…」と述べた)."""
    remember(ctx, speakers)
    return speakers


def remember(ctx: Context, speakers: tuple[Speaker, ...]) -> None:
    if len(speakers) > 1:
        ctx.last_joint = speakers
    for sp in speakers:
        if sp.kind == "person":
            ctx.last_person = sp
        elif sp.kind in ("organization", "media"):
            ctx.last_org = sp
            if not sp.name.startswith("同"):
                ctx.orgs[:] = [o for o in ctx.orgs[-31:] if o.name != sp.name] + [sp]


# who gives a statement to the police (供述, 否認): a suspect or a defendant, never the police who
# report it (県警は…再逮捕した。「…」と供述している: the suspect, the sentence's subject left out)
_TO_THE_POLICE = ("供述", "否認")
_ACCUSED = re.compile(r"([一-龯々ァ-ヶー・]{2,12}?)(?:容疑者|被告人|被告)")
# what the police write before a suspect's name: 住所不定、無職山田一郎容疑者
_OCCUPATION = re.compile(r"^(?:住所不定|職業不詳|無職|会社員|会社役員|自営業|アルバイト|パート|農業|漁業|公務員|元|自称)+")


def accused_for(text: str, end: int, d, last: tuple[Speaker, ...], ctx: Context) -> tuple[tuple[Speaker, ...], tuple[Via, ...]]:
    """The speaker of a statement `d` whose subject is left out, and its vias: `last`, the one
    before, unless the cue is one of a statement to the police: 供述 is always the accused's (the
    last named), 否認 only where the police or prosecutors are the subject of this sentence or the
    one before (an organisation denies too); there, the accused they named first after them (else
    the last named, else an unnamed 容疑者), the police relaying it."""
    if not d.cue or not any(w in d.cue for w in _TO_THE_POLICE) or d.cue.endswith("の") or not last:
        return last, d.via
    police = None
    for police in _INVESTIGATORS.finditer(text, max(0, end - 300), end):
        pass
    near = police is not None and text.count("。", police.end(), end) <= 1
    if not near and "供述" not in d.cue:
        return last, d.via
    relayed = (Via(police.group(0), speakers_of((police.group(0), police.start(), police.end()), ctx)[0], ""),) if near else ()
    after = list(_ACCUSED.finditer(text, police.end(), end)) if near else []      # the one they named, else the last named
    for named in after or reversed(list(_ACCUSED.finditer(text, max(0, end - 2000), end))):
        name = _OCCUPATION.sub("", named.group(1))
        if len(name) >= 2 and name[0] not in "同両各全" and name not in word_list("title"):
            return speakers_of((name, named.start(1), named.end(1)), ctx), d.via + relayed
    return (speakers_of(("容疑者", end, end), ctx), d.via + relayed) if near else (last, d.via)


# the police or prosecutors as a sentence's subject (県警は, 大阪府警は, 警視庁によると, 東京地検が; not 警察官2人)
_INVESTIGATORS = re.compile(r"[一-龯]{0,4}?(?:県警|府警|道警|警視庁|警察署?|地検|地方検察庁|検察)(?=[はがに、])")
