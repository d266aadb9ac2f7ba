"""Japanese attribution: who says each statement, with which cue, through whom, and of what kind.

General rules, not a parser: a clause's speaker is the noun phrase before its speech-act cue
(speakers.py, cues.py). Beyond the clause: a sentence without a subject speaks for the last
speaker of its paragraph; a sentence that only credits a source (〜が報じた。) attributes what
precedes it; a transcript's label (報道官：) speaks its paragraph; a speaker's analysis continues
over the paragraphs that follow until a heading or a new report. What no cue attributes is left
to the core (tracker.attribute): the cited report's inside a quoted report, else the author's.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from ... import attribute as core
from ... import lexicon
from ...model import Article, Attribution, Citation, Layout, Sentence, Speaker, Via
from .credits import credit_of, pass_on, relayed_by
from .dates import dated_frame
from .cues import (AT_THE_OUTLET, INTERVIEW, INTERVIEW_SENTENCE, INTRO_VERBS, Clause, CueHit, about_a_fact, act_for, ends_clause,
                   interview_via, main_cue, qualifies_noun, source_cue, split_clauses)
from .lexicon import Cue, word_list
from .named import in_parentheses, named_after, named_quotes
from .sentences import author_view, depth_mask, first_person, hedged, is_quote, quote_before, quote_opening, quote_then_object
from .transcript import TURN_NAME, bare_quote, conference_speaker, label_like, label_of, reach, spaced_labels, turn_speaker
from .people import Context, accused_for, collect_full_names, medium_of, remember, remembered, source_speakers, speakers_of, titled_people
from .phrases import np_before, own_subject
from .speakers import NOUN_IS_SUBJECT, VOICE_IS_SUBJECT, announces, classify, find_speaker, hearsay_source, speaking_event, topic_of

_PAST = re.compile(r"(?:た|だった|でした|ました|かった)[」』)）]*[。.]?$")
_SPEECHY = re.compile(r"私|僕|我々|わたし|と思う|と思います|ということ|一つ目|二つ目|一つには|第一に|第二に")
_PRESENT_INFL = re.compile(r"(?:する|す|る|う|く|つ|ている|ています|します)$")
# a sentence that trails off after a particle: 更に首脳会議は・・・
_FRAGMENT = re.compile(r"[はがをにでとも](?:・{2,}|…+|\.{3,})\s*$")


def _is_past(sentence_text: str) -> bool:
    return bool(_PAST.search(sentence_text.strip()))


# ---------------------------------------------------------------- the stage

@dataclass
class Draft(core.Draft):
    clause: Clause | None = None
    explicit: bool = False       # the clause names its own speaker
    emit: bool = True
    intro: bool = False          # the clause introduces what follows (次のように述べた)
    present_indirect: bool = False
    form: str = ""               # the form of its cue
    intro_word: str = ""         # the word of an introduction: 次のように, こう


def _draft(clause: Clause, **kw) -> Draft:
    return Draft(clause.start, clause.end, clause.paragraph, clause=clause, **kw)


def attributions(article: Article, layout: Layout, citations: list[Citation], sentences: list[Sentence]) -> list[Attribution]:
    """Every clause as a statement, with its speaker, cue and content where it has a cue."""
    text = article.text
    ctx = Context(text, collect_full_names(text, titled := {}), titles=titled)
    ctx.by_title = titled_people(text, ctx)
    by_para: dict[int, list[tuple[int, Sentence]]] = {}
    for si, s in enumerate(sentences):
        by_para.setdefault(s.paragraph, []).append((si, s))

    everything: list[Draft] = []
    speaks = lambda name: bool(classify(name) or name in ctx.by_title)      # noqa: E731
    labels = {pi: lb for pi, p in enumerate(layout.paragraphs) if (lb := label_of(text, p.start, p.end, speaks))}
    labels |= spaced_labels(text, layout.paragraphs, labels)     # 談話: a name no one knows, opening a remark as the others do
    asked = [pi for pi, lb in labels.items() if lb.question and not lb.alone]
    if len(asked) >= 2:     # 司会：… ⏎ 山田：…: turns taken, a name answering twice, or one of a panel, speaks (not 結論：…)
        answers = lambda name: speaks(name) or bool(TURN_NAME.fullmatch(name)) and name not in word_list("section")      # noqa: E731
        found = {pi + 1: lb for pi in asked if pi + 1 < len(layout.paragraphs) and pi + 1 not in labels
                 and (lb := label_of(text, layout.paragraphs[pi + 1].start, layout.paragraphs[pi + 1].end, answers))}
        times = Counter(lb.name for lb in found.values())
        labels |= {pi: lb for pi, lb in found.items() if times[lb.name] >= 2 or speaks(lb.name) or len(times) >= 2}
    transcripts = sum(not (lb.asks or lb.quoting) for lb in labels.values())   # labels on the page; 【以下、X氏のコメント全文】 heads X's words though it says nothing
    answerer, marked = conference_speaker(text), sum(lb.marked or lb.question for lb in labels.values())     # (○ opening one line, a bullet)
    turn: tuple[str, tuple[Speaker, ...], str | None] | None = None   # a label's turn, and how far it reaches (reach)
    about: tuple[tuple[Speaker, ...], int] | None = None       # whom the last sentence without a cue was about
    continuing: tuple[tuple[Speaker, ...], str, str, int | None, tuple[int, int] | None] | None = None   # speakers, cue, act, block, frame
    last, last_pi, about_in = (), None, None        # the speakers a sentence last named, and its paragraph; about_in: the sentence `about` was set in, and whether it speaks on in it
    last_para, emitted = None, None     # the paragraph before, and the last statement before this paragraph
    starts = [p.start for p in layout.paragraphs]
    issue_paras = {bisect.bisect_right(starts, c.start) - 1 for c in citations if c.kind == "issue"}
    cited_paras = sorted({bisect.bisect_right(starts, c.start) - 1 for c in citations} | (    # a credit ends a turn, and a
        {i for i, p in enumerate(layout.paragraphs) if p.kind == "heading"} if transcripts < 2 else set()) | label_like(text, layout.paragraphs, labels))  # heading off a transcript; 次戦　… in a list
    for pi in sorted(set(by_para) | {pi for pi, lb in labels.items() if lb.whole or lb.alone and reach(text, lb, layout.paragraphs, pi) == "quotes"}):
        para = layout.paragraphs[pi]
        if continuing and continuing[3] != para.block:
            continuing = None
        # a heading between paragraphs ends a continued analysis
        if continuing and last_para is not None and any(
                p.kind in ("heading", "title") for p in layout.paragraphs[last_para + 1:pi]):
            continuing = None
        if last_para is not None and layout.paragraphs[last_para].block != para.block:
            last, about = (), None          # a quoted report's speakers do not speak the commentary after it
        mask = depth_mask(text, para.start, para.end, names=True)
        # a paper's dated issue closing the paragraph: a bare quote in it is the paper's, not an earlier speaker's
        issued = pi in issue_paras
        drafts: list[Draft] = []
        for si, sent in by_para.get(pi, ()):
            clauses = split_clauses(text, sent, mask, para.start, si)
            sentence_source: tuple[Speaker, str] | None = None
            interviews = list(INTERVIEW.finditer(text, sent.start, sent.end))     # once a sentence, not a clause
            alone = INTERVIEW_SENTENCE.fullmatch(text, sent.start, sent.end)
            if alone and drafts and drafts[-1].speakers and lexicon.find_outlet(alone.group(1)):
                # …と語った。共同通信の取材に答えた。: the interview the statement before was given in
                drafts[-1].via = drafts[-1].via + (interview_via(alone.group(1), "取材"),)
                continue
            for clause in clauses:
                d = _analyse(text, clause, mask, para.start, ctx, sentence_source)
                if sentence_source and not d.speakers and not d.cue and not d.quoted and not own_subject(text, clause.start, clause.end) \
                        and not author_view(text, clause.start, clause.end) and not first_person(text, clause.start, clause.end):   # 総長室によると、教諭は…したとして、15日夜、…させた
                    d.speakers, d.kind, d.explicit, d.cue, d.act, d.stance, d.form = (sentence_source[0],), "reported_speech", True, sentence_source[1], "accordingTo", "Hearsay", "source"
                src = source_cue(clause)
                if src is not None:
                    sps, _ = source_speakers(text, clause, src, ctx)
                    if sps:
                        sentence_source = (sps[0], src.surface.rstrip("、"))
                # the speaker of the sentences before speaks on: a quote for a few paragraphs, a
                # reported cue without quotes (…と指摘した) in the next paragraph or the one after
                recent = last and last_pi is not None and (
                    last_pi == pi or (d.quoted and pi - last_pi <= _QUOTE_REACH)
                    or (d.form in ("quotative", "object") and d.cue and pi - last_pi <= _SPEECH_REACH))
                if not d.speakers and about and (not recent or about_in == (si, True)) and (     # (知事は、…ことについて、「…」と述べた: this sentence's subject, not the last speaker)
                        (d.quoted and d.form in ("quotative", "object", "hearsay") and pi - about[1] <= _QUOTE_REACH)
                        or (d.quoted and d.cue is None and pi - about[1] <= 1 and not (issued and about[1] != pi))
                        or (d.form in ("quotative", "object") and d.cue and pi - about[1] <= _SPEECH_REACH)):
                    # 植田総裁は会見した。…「…」と述べた; ある関係者は憤りを隠さない。「…」 (a bare quote next)
                    last, last_pi, recent = about[0], about[1], True
                topic = None if d.speakers else topic_of(text, clause, mask, para.start)
                if d.speakers:      # 高官は、総書記が…に言及したことについて、: the topic speaks on after the fact
                    holder = (h := main_cue(clause, text)) and about_a_fact(text, h, clause) and topic_of(text, clause, mask, para.start, media=True)
                    last, last_pi = (speakers_of(holder, ctx) if holder else d.speakers), pi
                elif d.form == "hearsay" and not recent and not (topic and speaks(topic[0])) and (src := hearsay_source(text, clause.start, para.start, clause.end)):
                    d.speakers, d.kind, d.mention = speakers_of(src, ctx), "reported_speech", None      # 日経新聞を読んだ。…そうです
                    last, last_pi = d.speakers, pi
                elif topic is not None and (speaks(topic[0]) or not (d.form in ("quotative", "object", "hearsay") and recent)):
                    about, last_pi, about_in = (named := remembered(ctx, speakers_of(topic, ctx)), pi), None if announces(text, clause, mask, para.start) or speaking_event(text, clause) and any(
                        sp.kind == "person" for sp in named) else last_pi, (si, speaks(topic[0]) and clause.end < sent.end)   # (…は: a subject that is no speaker does not stop the one before; 官邸スタッフが言う。 does, and a person at an occasion to speak: 高市首相は会見した。「…」と強調した)
                elif d.form in ("quotative", "object", "hearsay") and recent and not (d.form == "object" and own_subject(text, clause.start, d.content[1])) \
                        and not first_person(text, clause.start, clause.end) and not NOUN_IS_SUBJECT.match(d.cue or "") and not VOICE_IS_SUBJECT.match(d.cue or ""):   # (と私は述べた; との報道があった)
                    d.speakers, d.via, d.kind, d.mention = *accused_for(text, clause.start, d, last, ctx), "reported_speech", None   # zero subject: same speaker
                elif d.quoted and d.cue is None and recent and not (issued and last_pi != pi):
                    d.speakers, d.kind, d.cue, d.act = last, "reported_speech", "", "said"
                medium = next((v for m in interviews if m.end() <= clause.end and (v := medium_of(m, ctx))), None)
                if d.speakers and medium and d.act not in AT_THE_OUTLET:
                    # 共同通信の取材に答えた, NBCの番組で, ツイッターで (…と述べ、…と強調した): the interviewer, the programme, the network relays
                    d.via = d.via + (medium,)
                if _FRAGMENT.search(text[clause.start:clause.end]):
                    d.emit = False
                drafts += _named_quotes(text, clause, mask, para.start, ctx, d)
                drafts.append(d)
        # a transcript: a turn's label speaks every sentence of its paragraph, and of the paragraphs
        # below a label standing alone; a question's sentences are no statements
        label = labels.get(pi)
        if label or (last_para is not None and (k := bisect.bisect_right(cited_paras, last_para)) < len(cited_paras) and cited_paras[k] <= pi) or (
                turn is not None and turn[2] == "quotes" and not bare_quote(text, para)):
            turn = None             # on a transcript the answer goes on under the topic headings within it
        short = r if label and ((r := reach(text, label, layout.paragraphs, pi)) == "quotes" or transcripts <= 1) else None    # 【X】⏎「…」: its quotes
        if label and (not label.alone or transcripts > 1 or short or label.asks or label.marked and marked > 1):
            if label.question:          # (Q.…?) written out: the answer below is the answerer's, if the page names one
                turn = ((answerer, speakers_of((answerer, para.start, para.start), ctx), None) if answerer else None) if label.asks else ("", (), None)
            else:
                name = turn_speaker(label.name, answerer)
                turn = (name, speakers_of((name, para.start, para.start + len(name)), ctx) if name else (), short)
            for d in (drafts if label.alone else ()):
                d.emit = False
        if turn is not None and not (label and label.alone):
            name, sp, _ = turn
            for d in drafts:
                if not sp:
                    d.emit = False
                elif not d.explicit:
                    d.kind, d.speakers, d.mention, d.cue, d.act = "reported_speech", sp, name, "", "said"
                    d.stance = "Speculative" if hedged(text[d.start:d.end]) else "Assertive"      # (a spokesman's …てほしい: no opinion)
                    d.start = max(d.start, label.end if label else 0)      # the statement, without its label (A：…)
                    d.content = (max(d.content[0], d.start), d.content[1])
            if (label and not label.alone and (label.question or label.quoting or transcripts < 2)) or turn[2] == "one":
                turn = None             # a label within its paragraph speaks that paragraph, or on a transcript up to the next
        # 「…」。首相はこう強調した。: an introduction by こう speaks the bare quote just before it (a
        # sentence or two back, its own paragraph perhaps), unless someone else spoke in between
        for k, d in enumerate(drafts):
            if not (d.intro and (_BACKWARD.match(d.intro_word) or not d.intro_word)):
                continue        # (…は語る。: a bare verb, the quote just before it in its paragraph; a paragraph below is announced)
            for prev in reversed((everything + drafts[:k])[-2:] if d.intro_word else drafts[k - 1:k]):
                if prev.explicit:
                    break
                if prev.quoted:
                    prev.kind, prev.speakers, prev.mention, prev.cue, prev.act = "reported_speech", d.speakers, d.mention, d.cue, d.act
                    prev.explicit, d.intro, prev.frame = True, False, d.frame     # (its day is the introduction's, up to its verb)
                    break
        # 「…」=21日付『毎日新聞』 / 西山さんが、…中止した。東京事務所への電話で。 (named.py)
        prev = emitted
        said_by = prev is not None and not prev.explicit and prev.quoted and prev.paragraph == pi - 1 \
            and named_after(text, para.start, para.end)
        if said_by:
            who, how = said_by
            prev.kind, prev.speakers, prev.mention, prev.cue, prev.act = "reported_speech", speakers_of(who, ctx), who[0], "", "said"
            prev.explicit = True
            for d in drafts:
                d.emit = d.emit and not (how[0] <= d.start and d.end <= how[1])     # 記者会見で。 says nothing
        elif prev is not None and not prev.explicit and prev.paragraph == pi - 1 and bare_quote(text, layout.paragraphs[pi - 1]):
            # 「…」 / 首相は記者会見で、政府の対応に理解を求めた。: a quote standing alone above the
            # paragraph whose first sentence has someone speak without words of their own
            first = next((d for d in drafts if d.emit), None)
            if first is not None and first.explicit and first.kind == "reported_speech" and not first.quoted \
                    and first.form in ("quotative", "object") and first.speakers:
                prev.kind, prev.speakers, prev.mention, prev.cue, prev.act = "reported_speech", first.speakers, first.mention, first.cue, first.act
                prev.explicit = True
        pass_on(drafts)        # 〜が報じた。 / …と述べた、と町の人は話した。: through whom what precedes came
        # Xによると、…。…ことが分かった。: a source opening its paragraph gives the statements after it there
        first = next((d for d in drafts if d.emit), None)
        if first is not None and first.form == "source" and first.speakers and first.clause.start == para.start:
            for d in drafts:
                if d.emit and not d.speakers and not d.cue and d.start > first.start and topic_of(text, d.clause, mask, para.start) is None \
                        and not author_view(text, d.start, d.end):      # (当然の結果だと思う: the author's view of it)
                    d.kind, d.speakers, d.cue, d.act, d.mention, d.stance = "reported_speech", first.speakers, first.cue, first.act, None, "Hearsay"
        # continuation of a speaker's analysis over the paragraph
        unattributed = [d for d in drafts if d.emit and d.kind == "reported_fact"]
        final = next((d for d in reversed(drafts) if d.emit or d.intro), None)
        if continuing and final is not None and final.kind != "reported_speech":
            last_sentence = text[sentences[final.clause.sentence].start:sentences[final.clause.sentence].end]
            if not _is_past(last_sentence) or _SPEECHY.search(text[para.start:para.end]):
                for d in unattributed:
                    d.kind, d.speakers, d.cue, d.act, d.mention, d.frame = "reported_speech", *continuing[:3], None, continuing[4]
                for d in drafts:
                    if d.explicit and d.kind == "reported_speech" and d.speakers != continuing[0]:
                        d.via = d.via + tuple(Via(sp.mention or sp.name, sp, continuing[1]) for sp in continuing[0])
            else:
                continuing = None
        elif continuing and final is not None:
            continuing = None
        if final is not None and final.explicit and final.speakers and (final.intro or final.present_indirect):
            continuing = (final.speakers, final.cue or "", final.act, para.block, final.frame if final.intro else None)
        everything += drafts
        emitted, last_para = next((d for d in reversed(drafts) if d.emit), emitted), pi
    return [d.attribution() for d in everything if d.emit]


def _analyse(text: str, clause: Clause, mask: bytearray, base: int, ctx: Context,
             sentence_source: tuple[Speaker, str] | None) -> Draft:
    d = _draft(clause, content=(clause.start, clause.end))
    body = text[clause.start:clause.end]
    credited = credit_of(text, clause, ctx)       # 新華社が伝えた。 / …と述べた、と共同通信が報じた。
    if credited:
        sps, np, cue, act = credited
        return _draft(clause, kind="credit", speakers=sps, mention=np, cue=cue, act=act, explicit=True, emit=False)
    if relayed := relayed_by(text, clause, ctx):
        return _draft(clause, kind="relay", speakers=relayed[0], mention=relayed[1], cue=relayed[2], act="said",
                      explicit=True, emit=False)
    intro = next((h for h in clause.cues if h.cue.form == "intro"), None)
    cue = main_cue(clause, text)
    if intro is not None and (cue is None or cue.start >= intro.start):
        found = find_speaker(text, clause, intro, mask, base)
        if found and (not re.match(f"(?:{INTRO_VERBS})", intro.surface) or not text[clause.start:found[1]].strip("　 、") and "と" not in found[0]):   # (a bare verb: …は語る。 alone)
            sp = speakers_of(found, ctx)
            remember(ctx, sp)
            verb = next(reversed(list(re.finditer(f"({INTRO_VERBS})", intro.surface))), None)    # 次のような談話を発表した: 発表
            word = intro.surface[:verb.start()] if verb else intro.surface
            back = quote_opening(text, clause.start, found[1]) if _BACKWARD.match(word) else None    # 「…」――X氏はこう述べた: that quote
            return _draft(clause, kind="reported_speech", speakers=sp, mention=found[0], cue=intro.surface[verb.start():] if verb else intro.surface,
                          act=act_for(verb.group(1) if verb else ""), explicit=True, emit=back is not None, intro=back is None, intro_word=word,
                          frame=(back[1] if back else clause.start, intro.end), content=back or (clause.start, clause.end), quoted=back is not None)
    src = source_cue(clause)
    stance = "Speculative" if hedged(body, appeals=cue is None) else "Assertive"
    if cue is not None and src is not None and src.end <= cue.start and (
            cue.cue.form == "hearsay" or not ends_clause(text, cue, clause) or cue.cue.surface.startswith("し(") and text[cue.start - 1] not in "」』"
            or find_speaker(text, clause, cue, mask, base) is None):       # (報道によると、首相は「…」とした: the quote is the speaker's)
        # 関係者によると、中国側は…という / 警察によりますと、容疑者は…としています / 関係者によると、…という判断だ: what 関係者, 警察 say
        sps, mention = source_speakers(text, clause, src, ctx)
        if sps:
            d.speakers, d.mention, d.kind, d.explicit = sps, mention, "reported_speech", True
            d.cue, d.act, d.stance, d.form = src.surface.rstrip("、").lstrip("など").lstrip("ら"), "accordingTo", "Hearsay", "source"
            d.content = _content_span(text, src.end, cue.start, clause)
            return d
    if cue is not None:
        # …しているそうです: the subject acts, someone else told it (という, とのこと after と: the subject says); とされる: a passive
        passive = any(w in cue.surface for w in ("され", "われ", "られ"))
        found = None if cue.cue.form == "hearsay" and (not cue.surface.startswith(("と", "って")) or passive) else find_speaker(text, clause, cue, mask, base)
        cstart = found[2] + len(_PARTICLE.match(text, found[2]).group(0)) if found and found[2] <= cue.start else clause.start
        if src is not None and src.end <= cue.start:
            cstart = max(cstart, src.end)
        content = _content_span(text, cstart, cue.start, clause)
        frame = (m.end() if (m := _LEADING_FRAME.match(text, *content)) else None) or dated_frame(text, *content)
        # the quote before the cue, else what follows the frame (19日に辞意を表明した, 17日の会見で辞任を否定した: no part of it)
        content = quote_before(text, cue.start, clause.start) or quote_then_object(text, content) \
            or ((frame, content[1]) if frame and frame < content[1] else content)
        quoted = is_quote(text, *content)
        d.cue = _LEADING_PARTICLE.sub("", cue.surface)
        d.form = cue.cue.form if found or not qualifies_noun(text, cue) else "attributive"   # 刷新を求める意見: no one's act
        d.act = cue.cue.act
        d.content = content
        d.quoted = quoted or "「" in text[content[0]:content[1]]
        d.stance = "Hearsay" if cue.cue.form == "hearsay" else stance
        d.present_indirect = (not quoted and cue.cue.form == "quotative" and bool(_PRESENT_INFL.search(cue.infl or ""))
                              and cue.end >= clause.end - 2)
        if found and (cue.cue.form != "elided" or classify(found[0])):     # a verb left out: only after one who may speak
            sp = speakers_of(found, ctx)
            remember(ctx, sp)
            d.speakers, d.mention, d.kind, d.explicit = sp, found[0], "reported_speech", True
        elif sentence_source and cue.cue.form != "hearsay":
            pass   # the cue's speaker is unnamed; the zero-subject rule in attribute() may fill it
        if src is not None and d.speakers:
            d.via = tuple(Via(sp.mention or sp.name, sp, src.surface.rstrip("、"))
                          for sp in source_speakers(text, clause, src, ctx)[0] if sp not in d.speakers)
        elif sentence_source and d.speakers and sentence_source[0] not in d.speakers:
            d.via = (Via(sentence_source[0].mention or sentence_source[0].name, sentence_source[0], sentence_source[1]),)
        if not d.speakers:
            d.kind = "reported_fact"
            if d.form == "attributive":         # 発表する方針だ: a verb qualifying a noun, no cue: the clause whole
                d.content, d.quoted = (clause.start, clause.end), "「" in body
        return d
    if src is not None:
        sps, mention = source_speakers(text, clause, src, ctx)
        if sps:
            d.speakers, d.mention, d.kind, d.explicit = sps, mention, "reported_speech", True
            d.cue, d.act, d.stance, d.form = src.surface.rstrip("、").lstrip("など").lstrip("ら"), "accordingTo", "Hearsay", "source"
            d.content = _content_span(text, src.end, clause.end, clause)
            if learnt := _LEARNT.search(text, clause.start, np_before(text, src.start, clause.start)[0]):   # …ことが関係者への取材で分かった
                d.content = _content_span(text, clause.start, learnt.start(), clause)
            return d
    said_by = _PAREN_SPEAKER.match(body.strip())
    if said_by:                 # 「…」（トランプ氏）: the speaker in parentheses after the quote
        np = in_parentheses(said_by.group(2), ctx)      # （北町市長、19日の会見で）, （北町市の会社員、南野太郎さん）
        if np:
            sp = speakers_of((np, clause.start, clause.start + len(np)), ctx)
            remember(ctx, sp)
            start = clause.start + body.find(said_by.group(1))
            return _draft(clause, kind="reported_speech", speakers=sp, mention=np, cue="", act="said",
                          content=(start, start + len(said_by.group(1))), quoted=True, explicit=True)
    manner = _QUOTE_MANNER.search(body)
    if manner:
        at = clause.start + manner.start("cue")
        found = find_speaker(text, clause, CueHit(Cue("と", "quotative", "said", "Assertive"), at, clause.start + manner.end("cue"),
                                                  manner.group("cue"), ""), mask, base)
        if found and classify(found[0]) in ("person", "anonymous", "organization"):
            sp = speakers_of(found, ctx)
            remember(ctx, sp)
            start = clause.start + manner.start(1)
            return _draft(clause, kind="reported_speech", speakers=sp, mention=found[0], cue=manner.group("cue"), act="said",
                          content=(start, start + len(manner.group(1))), quoted=True, explicit=True, stance=stance)
    d.stance = stance
    d.quoted = is_quote(text, clause.start, clause.end)
    if d.quoted:
        d.content = _content_span(text, clause.start, clause.end, clause)
    return d


_PAREN_SPEAKER = re.compile(r"(「[^「」]+」)[(（]([^()（）]{1,30})[)）][。．]?$")
# how many paragraphs on a quote without a subject is still the last speaker's (news quotes one
# speaker over several paragraphs: 「…」と指摘。 …「…」と述べた。)
_QUOTE_REACH = 6
_SPEECH_REACH = 2
# the particle an object cue follows, not part of the cue as written: を非難した, をにじませた, について語った
_LEADING_PARTICLE = re.compile(r"^(?:について|への|を|に|へ|の)、?")
# an introduction that points back at what was just said: こう述べた, このように語った
_BACKWARD = re.compile(r"こう|このように|そう")
# 「…」と顔を引きつらせた, 「…」と胸を張った: a quote closed by its speaker's manner, not a speech verb
# (…と慎重な言いぶりだったが、…, …などと特徴を説明し、注意を促した: the clause goes on after it; …と言われた,
# と言われていた, …と評された: said of them, not by them)
_QUOTE_MANNER = re.compile(r"(「[^「」]+」)(?:など)?(?P<cue>と、?(?![^「」。、]{0,6}?[わさら]れ|名乗|呼|いう名|言う名|称する|題|書|記し|銘打)[^「」。、]{1,14}?(?<!れ)(?:た|だった|ている|ていた|ました|でした|ていない|ません|(?<!題)し(?=、)))"
                           r"(?:(?:という|ということです|とのことです|そうです)?[。．]?$|(?:が|ものの|けれども?)?、)")


def _content_span(text: str, s: int, e: int, clause: Clause) -> tuple[int, int]:
    while s < e and text[s] in "、,　 ":
        s += 1
    while e > s and text[e - 1] in "、,。　 ―—－":
        e -= 1
    if s >= e:
        return clause.start, clause.end
    return s, e


_PARTICLE = re.compile(r"(?:の方)?(?:から|に|で)[はがも]?、?|[はがも]、?|.", re.S)      # after the speaker (…と関係筋は語った: what comes before; 総理から、…)
_LEARNT = re.compile(r"(?:こと|の)が、?$")
_LEADING_FRAME = re.compile(r"[^、「」。]{0,25}?(?:で|に|日|夜|朝)、")


def _named_quotes(text: str, clause: Clause, mask: bytearray, base: int, ctx: Context, d: Draft) -> list[Draft]:
    """Claims of the quotes a noun names as someone's words in the clause (named.py), nested in the
    clause's own claim when another speaks it, left out when it is that claim's."""
    out = []
    for q in named_quotes(text, clause, mask, base, ctx):
        if d.kind == "reported_speech" and set(q.speakers) & set(d.speakers):
            if q.quote[0] <= d.content[0] and d.content[1] <= q.quote[1]:
                d.content = q.quote         # 「…」「…」といった声が上がった: every quote the noun names
            continue
        out.append(Draft(*q.span, clause.paragraph, clause=clause, kind="reported_speech", speakers=q.speakers, mention=q.mention,
                         cue=q.cue, act="said", content=q.quote, quoted=True, explicit=True, form="noun"))
    return out

