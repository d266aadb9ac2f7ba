"""Japanese speech-act cues and the clauses they end.

A cue is a phrase from the cue lexicon (data/cues.tsv) with its particle and inflection: a
quotative verb after と (と述べた), an object cue (を非難), a source (〜によると), a document (〜には…と
ある), hearsay (という), a credit (〜が報じた), an introduction of what follows (次のように述べた). A
sentence splits into clauses after each cue that ends one (〜と評価し、習氏は…).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ... import lexicon as outlets
from ...model import Sentence, Speaker, Via
from .lexicon import Cue, cues, word_list


@dataclass(frozen=True)
class CueHit:
    cue: Cue
    start: int          # where the cue's phrase starts (its particle, or its noun phrase for source cues)
    end: int            # end of the cue with its inflection
    surface: str        # the cue as written, with its particle
    infl: str
    np_end: int = -1    # for source cues: where the source noun phrase ends
    speaker: tuple[int, int] | None = None     # a speaker written between the quotative and its verb


_NOUN_CHAR = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9０-９]")
# the verbs that introduce what someone says next (次のように述べた) or said just before (こう強調した)
INTRO_VERBS = "述べ|語|話|分析|説明|指摘|解説|主張|コメント|証言|強調|訴え|明かし|答え|反論|批判|表明|振り返|発表|公表|断言|力説|明言|繰り返|漏らし|吐露"


# whom a credit's source told, between its day and its verb: (…が19日、)共同通信の取材に, 共同通信に (a name, no particle, no
# day: not 増税を正式に, 16日に, 明らかに); credits.py reads the same
TOLD_NAME = r"(?:(?![をがはもでとの0-9０-９])[^、。「」\s]){2,20}?(?<!明らか)"
TOLD_WHOM = rf"[^、。「」]{{1,20}}?の(?:取材|インタビュー)に(?:対し)?、?|{TOLD_NAME}に(?:対し)?、?"


@cache
def _cue_regexes() -> dict[str, re.Pattern]:
    by_form: dict[str, list[str]] = {}
    for i, c in enumerate(cues()):
        by_form.setdefault(c.form, []).append(f"(?P<c{i}>{c.surface})")
    alt = {form: "|".join(parts) for form, parts in by_form.items()}
    manner = "|".join(map(re.escape, word_list("manner")))
    # an inflection never runs into the next quotative と, nor a nominaliser; it does run on into
    # what only limits the act (と述べるにとどめた, と語るにとどまった)
    infl = r"(?P<infl>(?:(?!と(?!ど[めま])|こと|もの)[ぁ-ゖ]){0,10})"
    return {
        # 「…」と述べた, 「…」と記者団に語った, and the speaker after the quotative: 「…」と、県の担当者は話した,
        # 「…」と住民は話した, 「…」と田中さんは話した (a name before the honorific: not 皆さん, お客さん), a clause's predicate and と: 売却は難しいと関係筋は語った (not a noun and と: 首相と大統領は, 知り合いと家族は),
        # …と、米紙が18日、当局者の話として報じた
        # (not an adverb's と: もっと丁寧に説明すべき, きちんと説明, 堂々と主張: the author's words, no one quoted; whom it was
        # told to is not an adverb before a light verb: と明らかにした is 明らかにし, not 明らかに and し; nor a topic:
        # と首相は周囲に語った names its speaker)
        "quotative": re.compile(rf"(?P<pre>(?<!っ)(?<!きちん)(?<!ちゃん)(?<!しっかり)(?<!はっきり)(?<!きっぱり)(?<!じっくり)(?<!ゆっくり)(?<!々)(?:との|と|って|とも)、?(?:[^、。「」とはが]{{1,6}}?(?:で|て|に)、?(?!し)|(?:(?:今月|先月)?[0-9０-９]{{1,2}}日|同日)(?:夜|朝|午前|午後)?、)?"
                                rf"|(?:(?:と|って)(?:[0-9０-９]{{1,2}}日(?:夜|朝|午前|午後)?)?、|(?<=[」』])(?:と|って)|(?:(?<=[ぁ-ゖ]い)|(?<=[ろょよ]う)|(?<=[ただるすくぐぶむつぬ、]))と)(?P<after>(?:[^、。「」\nはがをもと]{{1,20}}、){{0,3}}[^、。「」\n]{{0,29}}?(?:[^、。「」\n\u3041-\u309f]|(?<![おご])[\u4e00-\u9fff\u30a0-\u30ff]{{2}}(?:さん|ちゃん|くん|さま)))(?:は|が)(?:(?:(?:今月|先月|[0-9０-９]{{1,2}}月)?[0-9０-９]{{1,2}}日|先週末?|今週|先月|今月|今年|昨年|去年|同日|昨日|きのう|一昨日|おととい|今日|きょう)(?:夜|朝|午前|午後)?、?)?"
                                rf"(?:[^、。「」と]{{0,16}}?(?:で|に|に対し|に対して|の話として)、?|(?:[\u4e00-\u9fff]々|[\u3041-\u3096]{{2,5}}(?<![るたいだすく]))と(?=[\u4e00-\u9fff]))?)"
                                rf"(?:{alt['quotative']}){infl}"),
        # …を非難した, …の撤回を強く求めた (how it was done, between the object and the verb); …を逮捕し、発表した
        # (the act just told is what was announced)
        "object": re.compile(rf"(?P<pre>(?:を|に|も|への|について、?|で(?<=ことで|方針で|認識で|考えで)(?=一致|合意))(?:(?:{manner})、?){{0,2}}|(?<=[しちきぎりみびいえけげせぜてでねべめれ]、)(?=(?:発表|公表)(?:し|する|さ)))?(?:{alt['object']}){infl}"),
        "source": re.compile(rf"(?P<pre>など|ら)?(?:{alt['source']})、?"),
        "document": re.compile(rf"(?:{alt['document']}){infl}"),
        "hearsay": re.compile(rf"(?:{alt['hearsay']})(?=[。．」』]*$)"),
        # (and the outlet it was told to: 政府関係者が19日、共同通信の取材に明らかにした。)
        "credit": re.compile(rf"(?P<pre>が|は)(?:[0-9０-９]{{1,2}}日(?:夜|朝|午前|午後)?に?、?)?(?:{TOLD_WHOM})?(?:{alt['credit']})"),     # (…共同通信に明らかにした; whom: an outlet only, credits.credit_of)
        "intro": re.compile(rf"(?:{alt['intro']})、?(?P<verb>{INTRO_VERBS})(?:を)?{infl}"),
    }


def _which(m: re.Match) -> Cue:
    for name, val in m.groupdict().items():
        if val is not None and name.startswith("c") and name[1:].isdigit():
            return cues()[int(name[1:])]
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
            if cue.surface.startswith("し(") and (text[m.start() - 1:m.start()] == "う" or _NOUN_CHAR.match(text, m.start() - 1)):
                continue   # 〜ようとしている: an attempt; 必要としている, 目標とした: a noun taken as, not a statement
            if form == "object" and m.group("pre") is None and "を" not in cue.surface and not cue.surface.startswith("よう"):
                continue
            if form == "object" and cue.act == "cited" and not m.group("pre"):
                continue
            if form in ("quotative", "object") and infl.startswith(("され", "られ")) and not (
                    text[:m.end() - len(infl)].endswith(("述べ", "話", "語")) and not re.match(r"[さら]れて(?:い|お)", infl)):
                continue   # と評価された, と指摘されている: said of the subject, not by it (agentless: no one's claim);
                # と述べられました, と話された: said by the subject, in respect (not と述べられている, stated in)
            after = m.groupdict().get("after")
            if after:       # the cue as written is its quotative and its verb, without the speaker between
                verb = next(m.start(name) for name, val in m.groupdict().items() if val and name[0] == "c" and name[1:].isdigit())
                hits.append(CueHit(cue, m.start(), m.end(), "と" + text[verb:m.end()], infl, speaker=m.span("after")))
                continue
            hits.append(CueHit(cue, m.start(), m.end(), m.group(0).rstrip("、"), infl))
    elided = _ELIDED.search(text, start, end)
    opening = text.rfind("「" if text[elided.start() - 1] == "」" else "『", start, elided.start()) if elided else -1
    if elided and opening > start and text[opening - 1] in "、はにもでて \u3000" \
            and not any(h.cue.form in ("quotative", "object", "hearsay", "document") for h in hits) \
            and _TOPIC_BEFORE.search(_unquoted(text, start, opening, mask, base)):
        hits.append(CueHit(_SAID, elided.start(), elided.start(), "", ""))   # 八代さんは…に「…」。: the verb left out
    named = _NAMED_AFTER.search(text, start, end)
    if named and not any(h.cue.form in ("quotative", "object", "hearsay", "document") for h in hits) and _speaks(named.group("np")):
        hits.append(CueHit(_SAID, named.start(), named.start() + 1, "と", "", speaker=named.span("np")))     # 「…」と北町市長。
    hits.sort(key=lambda h: (h.start, -h.end))
    kept: list[CueHit] = []
    for h in hits:   # overlapping matches: keep the first, longest
        if kept and h.start < kept[-1].end:
            continue
        kept.append(h)
    if any(h.cue.form == "source" for h in kept):       # 外務省によると、両氏は…で一致した: an act the source reports, the source's
        kept = [h for h in kept if not (h.cue.form == "object" and _AGREED.match(h.surface))]
    return kept


_AGREED = re.compile(r"(?:で)?(?:一致|合意)|(?:改めて|あらためて|相互に|互いに|重ねて)?確認")


# a sentence ending in its quote, the verb left out (弁護士の八代さんは「…」。), after a topic that may speak and a
# particle or a comma (not a name in quotes: …の間に結ばれた「…条約」。)
_ELIDED = re.compile(r"(?<=[」』])[。．…！!]*\s*$")
def _speaks(np: str) -> bool:
    """Whether a noun phrase ends as one who speaks does: a title, a body, a source left unnamed, a medium."""
    return re.sub(r"[（(][^（）()]{1,8}[）)]$", "", np).endswith(_speaking_heads())     # (北町市長（６５）: an age after the title)


@cache
def _speaking_heads() -> tuple[str, ...]:
    return tuple(w for kind in ("title", "organization", "anonymous", "medium") for w in word_list(kind))


# a sentence ending in its quote and its speaker, the verb left out: 「…」と北町市長。
_NAMED_AFTER = re.compile(r"(?<=[」』])と(?P<np>(?![^「」『』、。]*?(?:[されら]れ|浴び|受け))[^「」『』、。｡！？!?\s]{2,30}?)[。．｡！!]?\s*$")   # (not 「…」とヤジを浴びた北町市長: said to them)
_TOPIC_BEFORE = re.compile(r"[^\s、。はもが]{2,}[はも]、?")
_SAID = Cue("", "elided", "said", "Assertive")     # its own form: no one else's words when its topic cannot speak


def _unquoted(text: str, start: int, end: int, mask: bytearray, base: int) -> str:
    """text[start:end] with what the mask covers (quotes, asides) as 〓."""
    return "".join("〓" if mask[i - base] else text[i] for i in range(start, end))


_ABOUT_A_FACT = re.compile(r"(?<=[ぁ-ゖ])こと(?:について|に関して|に関し|をめぐって|を巡って|をめぐり|を巡り|を受けて|を受け|に対して|に対し|に(?=「))、?")


_MANNER_BUT = re.compile(r"」と、?[^「」。、]{1,14}?(?<!れ)(?:た|だった|ていた)(?:が|ものの|けれども?)、")


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    sentence: int
    cues: tuple[CueHit, ...]
    paragraph: int = 0


# …と述べた、と共同通信が報じた。 …と、朝日新聞と毎日新聞が18日、当局者の話として伝えた。 …と朝日、毎日、共同が報じた。
RELAY_CLAUSE = re.compile(r"と、?(?P<np>[^、。「」]{2,30}?(?:、[^、。「」]{2,15}?){0,5})(?:が|は)(?:[0-9０-９]{1,2}日(?:夜|朝|午前|午後)?に?、?)?(?:[^、。「」]{0,16}?(?:の話として|で)、?)?"
                           r"(?P<verb>(?:報じ|伝え|報道し)(?:た|ている|ました|ています))(?:という)?[。．]?")
_THEN = re.compile(r"(?:た|ました)?(?:上|うえ)で、|る?一方(?:で)?、")     # と述べた上で、, と述べる一方、: the clause ends there
# the object a cue holds (声明を発表し, 共同声明を発表し): its words elsewhere
_STATEMENT_NOUN = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー]*?(?:声明|勧告|談話|警告|見解)を")


def split_clauses(text: str, sent: Sentence, mask: bytearray, base: int, si: int) -> list[Clause]:
    """Split a sentence after each cue that ends a clause: 〜と評価し、習氏は… / 〜と述べ、「…」と付け加えた."""
    # a statement issued with no words before it (大統領は23日、声明を発表し、…) is an act, no cue: the quote
    # after it says it (、「…」と述べた: one clause), or another subject's clause follows it (、野党は…: a cut)
    hits = find_cues(text, sent.start, sent.end, mask, base)
    acts = [h for h in hits if _STATEMENT_NOUN.match(h.surface) and text[max(sent.start, h.start - 1):h.start] in ("", "、", "は", "が", "も")]
    acted = {a.start for a in acts}
    hits = [h for h in hits if h.start not in acted]
    cuts = [sent.start] + [h.end + 1 for h in acts if text.startswith("、", h.end) and not text.startswith("「", h.end + 1)]
    for h in hits:
        if h.cue.form in ("source", "credit", "intro", "hearsay"):
            continue
        e = h.end
        after = _THEN.match(text, e)
        if after and "一方" in after.group(0) and "「" not in text[after.end():sent.end]:
            after = None            # …と述べる一方で、賃金は伸びていないと認めた: the same speaker goes on (only another's quote is cut)
        e += len(after.group(0)) - 1 if after else 0      # と述べた上で、 / と述べたうえで、
        if e < sent.end and text[e] == "、" and len(text[e + 1:sent.end].strip()) >= 5 and not text.endswith("のは", h.start, e):
            cuts.append(e + 1)      # (not a cleft: 「…」と話すのは、田中さん（65）。 names its speaker after the comma)
        elif h.cue.form == "quotative" and RELAY_CLAUSE.fullmatch(text[e:sent.end].strip()):
            cuts.append(e)          # …と述べたと、タス通信が4日伝えた。: the outlet relays it, as after a comma
    # what the speaker was asked about or answers to is the report's, not the speaker's: 局長が協議
    # したことについて、「…」と述べた
    for m in _ABOUT_A_FACT.finditer(text, sent.start, sent.end):
        if mask[m.start() - base] or not any(h.start >= m.end() for h in hits if h.cue.form in ("quotative", "object")):
            continue
        # without its comma, only where the fact is itself something said: 総書記が対話に言及したことについて「…」
        if m.group(0).endswith("、") or any(h.cue.form in ("quotative", "object") and h.end <= m.start()
                                            and not _CONTENT_CHAR.search(text, h.end, m.start()) for h in hits):
            cuts.append(m.end())
    # a quote closed by its speaker's manner, then the sentence goes on: 「…」と慎重な言いぶりだったが、…
    for m in _MANNER_BUT.finditer(text, sent.start, sent.end):
        if not mask[m.start() - base] and len(text[m.end():sent.end].strip()) >= 5:
            cuts.append(m.end())
    cuts = sorted(set(cuts))
    cuts.append(sent.end)
    out = []
    k = 0
    for s, e in zip(cuts, cuts[1:]):
        own = []
        while k < len(hits) and hits[k].start < e:
            if hits[k].start >= s:
                own.append(hits[k])
            k += 1
        out.append(Clause(s, e, si, tuple(own), sent.paragraph))
    return out


_CONTENT_CHAR = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9０-９]")


def main_cue(clause: Clause, text: str = "") -> CueHit | None:
    """The cue that is the clause's predicate: the last one, preferring one that ends its clause
    (表明する方向で調整している: 表明 is inside what is reported, not the report's verb)."""
    main = [h for h in clause.cues if h.cue.form in ("quotative", "object", "document", "hearsay", "elided")]
    if text:
        ending = [h for h in main if ends_clause(text, h, clause)]
        if ending:
            last = ending[-1]
            if last.cue.form == "hearsay":        # …と供述しているという: the verb right before the hearsay
                said = max((h for h in main if h.end <= last.start and h.cue.form in ("quotative", "object")), key=lambda h: h.end, default=None)
                if said is not None and not text[said.end:last.start].strip():
                    return said
            return last
    return main[-1] if main else None


def about_a_fact(text: str, hit: CueHit, clause: Clause) -> bool:
    """Whether the cue is the fact its clause is about, not the clause's own statement: 総書記が対話に
    言及したことについて、(split_clauses cut there): what the fact's subject said."""
    m = _ABOUT_A_FACT.search(text, hit.end, clause.end + 1)        # (+1: ことに「 looks at the quote after the cut)
    return m is not None and m.end() == clause.end and not _CONTENT_CHAR.search(text, hit.end, m.start())


def qualifies_noun(text: str, hit: CueHit) -> bool:
    """Whether the cue stands in a clause qualifying the noun after it: 「無制限」と宣言した友好関係,
    認めない意向を示している社民党党首."""
    return bool(_NOUN_CHAR.match(text, hit.end)) and hit.surface.endswith(("た", "る", "だ", "ない", "う", "く", "す", "つ", "む", "ぐ", "ぶ")) \
        and not _THEN.match(text, hit.end)     # an attributive ending (not と述べた上で、: then)


def ends_clause(text: str, hit: CueHit, clause: Clause) -> bool:
    then = _THEN.match(text, hit.end)         # (と述べた上で、: the clause ends with it)
    return not _CONTENT_CHAR.search(text, then.end() if then else hit.end, clause.end)


def source_cue(clause: Clause) -> CueHit | None:
    src = [h for h in clause.cues if h.cue.form == "source"]
    return src[0] if src else None


def act_for(verb: str) -> str:
    """The act of a speech verb that introduces what follows (次のように述べた → stated)."""
    for c in cues():
        if c.form == "quotative" and re.fullmatch(c.surface, verb):
            return c.act
    return "stated"


# an interview given to an outlet, or its programme the words were said on: 共同通信の取材に答えた,
# NHKの取材に対し, 朝日新聞の取材に「…」, ロイターに対し、, ABCテレビのインタビューで「…」, NBCの番組で、
INTERVIEW = re.compile(r"([^、。「」\sはがをもに]{2,20}?)(?:など)?(?:(?:の|との)(?:単独|電話|書面|オンライン|メール)?(?:取材|インタビュー)(?:に(?:対し|答え|応じ|(?=、|「|明らかにし|語っ|話し|述べ|説明し|証言し))|で(?=、|「))"
                       # on its air, or told it: 米ＣＮＢＣに出演し、, 共同通信に明らかにした
                       r"|に出演し(?=、|「)|に(?=(?:明らかにし|語っ|話し|証言し)(?:た|ている|ました|ています)(?:(?:という|とのことだ)?[。．、]|ところ(?:によると|によれば|によりますと|では)))"
                       r"|(?:の(?P<programme>(?:テレビ|ラジオ|報道|討論|情報)?番組)|の?(?P<titled>「[^「」\n]{1,20}」))(?:に出演し|で)(?=、|「)|の(?:テレビ|ラジオ)?番組に出演した"
                       r"|に対し(?:て)?(?:、|(?=「))|に(?=「)"
                       # the outlet that aired or ran it: 英BBCが19日に放送したインタビューで、
                       r"|が(?:[0-9０-９]{1,2}日に?)?(?:放送|掲載|公開|配信)した(?:単独)?(?:インタビュー|番組|記事)で(?=、|「)"
                       # a social network it was posted on: ツイッターで、, 自身のX(旧ツイッター)で「…」, フェイスブックに「…」
                       r"|(?P<on>(?:の(?:公式)?(?:アカウント|投稿|ページ|チャンネル))?(?:上)?[でに])(?=、|「)"
                       # who told the reporter: 複数の政府関係者の話として、, 捜査関係者への取材で、
                       r"|(?P<talk>への取材で|の話として|の話では)(?=、|「))")
AT_THE_OUTLET = frozenset(("criticised", "urged", "denied", "warned", "praised", "declared"))   # ロイターに対し、訂正を求めた
def interview_via(written: str, cue: str) -> Via:
    """A known outlet as the intermediate a statement was given through (its interview, its programme)."""
    o = outlets.find_outlet(written)
    return Via(written, Speaker(o.name, "media", written, (o.name, *o.aliases), o.wikidata), cue)


def medium_via(m: re.Match) -> Via | None:
    """What an INTERVIEW match names as the intermediate of a statement: a known outlet's interview or
    programme, or a social network it was posted on; None for anything else (会見で、, 現地に)."""
    written = re.sub(r"^.{1,12}?(?:発売|発行|放送|配信)の", "", m.group(1))     # 19日発売の週刊文春: the magazine
    if "の" in written and not outlets.find_outlet(written):
        written = written.rsplit("の", 1)[1]        # 17日のNHKの番組で: the station, not when
    if m.group("talk"):
        return None             # (a source of the reporter's: people.medium_of)
    if not (programme := m.group("programme") or m.group("titled")) and (p := outlets.find_platform(written)):
        return Via(written, Speaker(p.name, "organization", written, (p.name, *p.aliases), p.wikidata), m.group(0))
    return interview_via(written, programme or "取材") if not m.group("on") and outlets.find_outlet(written) else None


INTERVIEW_SENTENCE = re.compile(INTERVIEW.pattern + r"(?:た|ました|ている|ています|ていた)[。．]?")
