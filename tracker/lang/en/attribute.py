"""English attribution: who says what in news and commentary written in English.

A speech verb (said, told, added, wrote, according to, …) finds its speaker as the subject before
it ("Biden said"), after it in the inversion ("…," said Peskov), or in an appositive ("Dmitry
Peskov, the Kremlin spokesman, said"); the content is the quote next to the verb, else the clause
it introduces. A sentence is cut before each participle that reports more speech (…, saying …);
a quote running over several sentences keeps its speaker. The rules decide where they are sure;
a sentence they leave without a cue goes to the learned tagger (`learned.py`: X fears, X wants,
a poll shows), which also finds a second cue in a sentence the rules attributed. What neither
attributes is left to the core (tracker.attribute): the cited report's, else the author's.
"""
from __future__ import annotations

import re
from functools import cache

from ... import attribute as core
from ...model import Article, Attribution, Citation, Layout, Sentence, Speaker, Via
from .clauses import (AS_OPENING, ANONYMITY, acting_subject, denies_a_claim, object_only, short_clause, CITING as _CITING, CLOSING_CLAUSE as _CLOSING_CLAUSE, FRAMING, THAT_BEFORE, content_after, cut,
                      WHEN_WHERE, as_aside, ends_sentence, own_clause, past_whom, says_more, subordinate_cut)
from .learned import attitude_of
from .tagged import drafts
from .lexicon import cue_regex, cues, hearsay_regex, hedged, names_source, opinion_regex, reports, words as _words
from .sentences import MASK, ending_by, holding, masked as _masked, quotes as _quotes
from .transcript import first_person as _first_person, furniture_label, titled_name, turns as _turns
from .pronouns import remember, remember_titled, titled_in
from .speakers import NAME_PAREN, PRONOUNS, Context, cited_source, classify, collect_full_names, qualified_head, reporting_for, speak, subject_kind
from .quoted import announced, as_author, named_after, own_opening, introduces, said_before, second_half, signed, sourced_quotes, told_outlet, voicing
from .according import according_to, acting_verbs, seen_by, sourcing_cue, without_source
from .quoting import quoted_as, quoted_before
from .subjects import coordinated_subject, opening_subject, person_before, subject_before, without_adverbs


def attributions(article: Article, layout: Layout, citations: list[Citation], sents: list[Sentence]) -> list[Attribution]:
    """Every sentence (or participle piece) as a statement: its speaker, cue and content when a
    speech verb gives them, the speaker of the quote it continues when it continues one."""
    text = article.text
    body = "\n".join(text[p.start:p.end] for p in layout.paragraphs if p.kind in ("body", "caption"))
    ctx = Context(collect_full_names(body))        # not from headlines: Title Case Is No Name
    found: list[Attribution] = []
    turns = _turns(text, layout)        # on a transcript, the speaker of each turn
    carried = False
    last: tuple[tuple[Speaker, ...], str, str, int, str] | None = None     # speakers, cue, act, paragraph, attitude
    intro: tuple[core.Draft, core.Draft] | None = None     # a line announcing the quote below it (The mayor said:), and itself as a statement
    voiced: tuple[int | None, int, core.Draft] | None = None   # the block or paragraph such a line announced, and the line
    for si, whole in enumerate(sents):
        if si and sents[si - 1].paragraph != whole.paragraph:
            carried = False     # a quote running on into a new paragraph opens it again with its own mark
        quotes, still_open = _quotes(text, whole.start, whole.end, carried)
        if not quotes and said_before(text, whole, ctx, found):
            continue        # So says the county engineer.: the statement before is theirs
        subject: tuple[Speaker, ...] = ()
        first = len(found)
        pieces = cut(text, whole, quotes)
        for k, sent in enumerate(pieces):
            d = _analyse(text, sent, quotes, ctx, subject if k else ())
            model: list[core.Draft] = []
            shown = _masked(text, sent.start, sent.end, quotes)     # (the piece, its quotes masked: once)
            if not d.speakers:          # Trump has preserved the deal, although he …: he is the last person named
                named = opening_subject(shown)
                if not d.quoted and opinion_regex().search(shown):
                    d.stance = "Speculative"        # I guess …, It's embarrassing.: the author's view
                if own_opening(shown):       # I think …, In my view, …, Honestly, I …
                    if not d.quoted and not holding(quotes, sent.start, sent.end):      # I think …, under a credit too
                        d.kind = "author_opinion" if d.stance == "Speculative" else "author_assertion"
                elif named and classify(named) == "person":
                    remember(ctx, speak(named, ctx))
            if len(pieces) > 1:     # whom a participle after this piece speaks for
                how, np = acting_subject(shown, first=k == 0)
                if how == "joined" or how == "own" and not d.speakers:
                    subject = speak(np, ctx) if np else subject
                elif how == "own":
                    subject = d.speakers
            # (a quote marked as mail and Markdown mark it, > …, opens a paragraph quoted too)
            starts_quoted = k == 0 and (carried or (quotes and quotes[0][0] == sent.start) or text[layout.paragraphs[sent.paragraph].start:sent.start].strip() in (">", "＞"))
            d = as_author(d, shown)
            if intro is not None:
                (lead, line), intro = intro, None
                if k == 0 and not d.speakers and sent.paragraph == lead.paragraph + 1 and announced(layout, sent, lead, starts_quoted):
                    d.kind, d.speakers, d.mention, d.cue, d.act, d.via = "reported_speech", lead.speakers, lead.mention, lead.cue, lead.act, lead.via
                    d.content, d.quoted, d.attitude = (sent.start, sent.end), starts_quoted, "speech"
                    block = layout.paragraphs[sent.paragraph].block
                    voiced = (block, sent.paragraph, lead) if not starts_quoted else None
                else:
                    found.append(line.attribution())        # no quote below: the line was a statement of its own
            before_cue = not d.speakers or d.content[1] <= text.rfind(d.cue or "", d.start, d.end)    # In a post, Jane Roe wrote: not "In a post"
            if k == len(pieces) - 1 and before_cue and not text[sent.end:layout.paragraphs[sent.paragraph].end].strip() \
                    and (lead := introduces(text, sent, quotes, ctx)) is not None:
                intro = (lead, d)           # what it announces decides what it is
                continue
            if d.speakers:
                d.attitude = attitude_of(d.cue) if d.cue else "speech"      # A poll shows …: a finding
                last = (d.speakers, d.cue or "", d.act, sent.paragraph, d.attitude)
            elif voicing(layout, sent, voiced):
                d.kind, d.speakers, d.mention, d.cue, d.act, d.via = "reported_speech", voiced[2].speakers, None, "", voiced[2].act, voiced[2].via
                d.content, d.attitude = (sent.start, sent.end), "speech"      # the block the line announced goes on
            elif starts_quoted and last and sent.paragraph - last[3] <= 1:
                d.kind, d.speakers, d.cue, d.act, d.quoted = "reported_speech", last[0], "", last[2] or "said", True
                d.attitude = last[4]          # the act and what it expresses go on together
                d.content = (sent.start, sent.end)
            elif model := drafts(text, sent.start, sent.end, sent.paragraph, ctx, subject=subject if k else ()):
                d = model[0] = as_author(model[0], shown)
                last = (d.speakers, d.cue or "", d.act, sent.paragraph, d.attitude)
            elif last and last[3] != sent.paragraph:    # (a speaker goes on within a paragraph only)
                last = None
            if (d.cue or "").endswith(":") and furniture_label(f"{d.mention or ''} {d.cue if d.cue != ':' else ''}"):   # UPDATE: …, EDITOR'S NOTE: …
                d = core.Draft(d.start, d.end, d.paragraph, content=(d.start, d.end), stance=d.stance)    # (or a piece of it taken for a cue): no one speaks
            elif d.cue == ":" and d.mention and d.mention.isupper():      # GOV. JANE ROE: … once, no transcript
                d.speakers = speak(titled_name(d.mention.split(",")[0]), ctx)
            turn = turns.get(sent.paragraph)
            if turn is not None and (turn.name is None or turn.end >= d.end or _ASKED.search(text, d.start, d.end)):
                continue                # a question (a questioner's turn, or one asked in a turn), or a piece of the label itself: no statement
            if turn is not None and not (d.speakers and d.cue and d.cue != ":" and not _first_person(d.mention) and not (model and d is model[0])):
                # what the turn's speaker says (I, we: the speaker, not the author; the model's acts, The Philippine side has violated …)
                d.kind, d.speakers, d.mention, d.cue, d.act = "reported_speech", speak(turn.name, ctx), turn.name, "", "said"
                d.content, d.quoted = (max(d.start, turn.end), d.end), False
                d.start = d.content[0]      # the statement, without its label (MS. LANE: …)
            found.append(d.attribution())
            found.extend(second_half(text, sent, quotes, d))
            found.extend(sourced_quotes(text, sent, ctx))
            if d.speakers or model:      # more cues in the sentence: one claim each
                more = model[1:] if model else drafts(text, sent.start, sent.end, sent.paragraph, ctx, d)
                found.extend(m.attribution() for m in more)
        if titled_in(text, whole.start, whole.end):
            _remember_titled_objects(whole, _masked(text, whole.start, whole.end, quotes), found[first:], ctx)
        carried = still_open
    return found + ([intro[1].attribution()] if intro is not None else [])


def _remember_titled_objects(whole: Sentence, shown: str, said: list[Attribution], ctx: Context) -> None:
    """The people a sentence names with a title (speakers.remember_titled), outside what was said
    (Hale said Mr. Cole was wrong: no object of the sentence) and other than its subject."""
    for a in said:
        if a.speakers and a.content[0] < a.content[1]:
            cs, ce = max(a.content[0], whole.start) - whole.start, min(a.content[1], whole.end) - whole.start
            if cs < ce:
                shown = shown[:cs] + MASK * (ce - cs) + shown[ce:]
    opening = opening_subject(shown)
    remember_titled(shown, ctx, {sp.name for a in said for sp in a.speakers}
                    | {sp.name for sp in (speak(opening, ctx) if opening and classify(opening) == "person" else ())})


# "the president's claims", "these reports": a cue word used as a noun
_NOUN_BEFORE = re.compile(r"(?:\b(?i:the|a|an|his|her|their|its|our|these|those|such|of|my|your|new|recent)|['’]s)\s+$")
# "A Justice Department report concludes": a verb's base form after "a" and a name is a noun (a
# singular subject would say "reports")
_A_NAME_BEFORE = re.compile(r"\b(?i:a|an)\s+(?:[A-Z][\w.&'’\-]*\s+){1,4}$")
# "a provider of voice calls", "a series of fraud claims": a plural noun after the noun of an of-phrase
_OF_NOUN_BEFORE = re.compile(r"\bof\s+[a-z][a-z-]*\s+$")
# "the person accused of stabbing", "the man charged with": a participle after its noun, no speech
_PASSIVE_AFTER = re.compile(r"\s+(?:of|with|by)\b")


_ADVERBS = re.compile(r"(?i)\s*+(?:\b(?:\w+ly|again|too|though|then|later|also|once|instead|however|anyway|yet|still|now|afterwards?|"
                      r"here|there|today|yesterday|tonight)\b\s*+)+")      # (whole words: "lylyly" splits one way only)
_ASKED = re.compile(r"\?\s*$")        # a sentence that asks (not one that tells what was asked: keeps asking, "Where is the money?")
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|(?:has|have) been)\s+$")


def _analyse(text: str, sent: Sentence, quotes: list[tuple[int, int]], ctx: Context,
             subject: tuple[Speaker, ...] = ()) -> core.Draft:
    s, e = sent.start, sent.end
    d = core.Draft(s, e, sent.paragraph, content=(s, e))
    masked = _masked(text, s, e, quotes)
    d.stance = "Speculative" if hedged(masked) else "Hearsay" if hearsay_regex().search(masked) else "Assertive"
    d.quoted = bool(quotes) and quotes[0][0] == s and quotes[-1][1] >= e - 1
    if (quote := signed(masked, sent, quotes, ctx, d.stance)) is not None:
        return quote            # Said Clyburn: "…" / "…" — Sen. Jane Roe
    hits = [m for m in cue_regex().finditer(masked) if not _NOUN_BEFORE.search(masked, max(0, m.start() - 40), m.start())
            and not (m.group(0).endswith("s") and _OF_NOUN_BEFORE.search(masked, max(0, m.start() - 60), m.start()))
            and not (m.group(0).endswith("ed") and _PASSIVE_AFTER.match(masked, m.end()))
            and not (m.group(0).isalpha() and m.group(0)[-1:] not in "sd" and _A_NAME_BEFORE.search(masked, max(0, m.start() - 60), m.start()))
            and not ANONYMITY.match(masked, m.end()) and not _HAVING.search(masked, max(0, m.start() - 12), m.start())
            and not (m.group(0) == "Asked" and not masked[:m.start()].strip())]     # Asked whether …, the minister said: he was asked
    according = next((m for m in hits if names_source(m.group(0))), None)
    # (not a verb of the source's own description: according to a person who attended and described …, according to a study called "…")
    verbs = [m for m in hits if not names_source(m.group(0)) and not (
        according and m.start() > according.end() and (_DESCRIBING.match(masked, according.end(), m.start())
                                                       or _NAMING_THE_SOURCE.fullmatch(masked, according.end(), m.end())))]
    verbs = acting_verbs(masked, verbs, according)
    if len(verbs) > _MAX_VERBS:         # a sentence of speech verbs is a list, not prose: its first and last read
        verbs = verbs[:_MAX_VERBS - 4] + verbs[-4:]
    closing = _CLOSING_CLAUSE.search(masked, 0, verbs[-1].start()) if len(verbs) > 1 else None
    if closing and ends_sentence(masked, past_whom(masked, verbs[-1])) and classify(closing.group(1)) not in (None, "media") and not reporting_for(closing.group(1)):
        # "When guards responded, …, Ruiz said.": the closing clause governs (not an outlet's
        # own, which relays the statement before it: …, Reuters reported.)
        verbs = [verbs[-1], *verbs[:-1]]
    source = according_to(text, masked, according, s, ctx) if according else None
    for m in verbs:
        found = _speaker_for(text, s, e, masked, m, quotes, ctx, subject)
        if found is None or not reports(m.group(0), *found[:2], masked[m.end():m.end() + 12]):
            continue
        (speakers, mention, content), cue = found, cues()[m.group(0)]
        d.kind, d.speakers, d.mention, d.cue, d.act = "reported_speech", speakers, mention, m.group(0), cue.act
        d.content = content
        d.quoted = holding(quotes, *content) is not None
        if cue.stance != "Assertive" or d.stance == "Hearsay" and not hearsay_regex().search(text, *d.content) \
                and not hearsay_regex().search(masked, max(0, m.start() - 14), m.start()) and not hearsay_regex().match(masked.lstrip()):
            d.stance = cue.stance       # (the mayor, who allegedly took bribes, said …: no hearsay; reportedly said, Reportedly, …: hearsay)
        if source:
            d.via = tuple(Via(sp.mention or sp.name, sp, sourcing_cue(according)) for sp in source[0] if sp not in speakers)
            d.content = without_source(s, masked, d.content, according, source[2])
        relayed = _relayed_by_outlet(text, s, e, masked, m, verbs, quotes, ctx, speakers)
        if relayed is not None:        # The minister said …, Reuters reported on July 3.
            outlet, cue_text, cut = relayed
            d.via = d.via + (Via(outlet.mention or outlet.name, outlet, cue_text),)
            d.content = (d.content[0], min(d.content[1], cut))
        citing = _CITING.search(masked, m.end()) or next((c for c in _CITING.finditer(masked, max(0, m.start() - 200), m.start()) if not masked[c.end():m.start()].strip(", ")), None)
        medial = citing is not None and not all(sp.kind == "media" for sp in speakers) and not (relayed is not None and s + citing.start() >= relayed[2])   # (only an outlet's sources speak: not Jane Roe's, citing a report)
        cited = seen_by(citing.group("cited").strip()[:200])[0] if citing and not medial else ""     # a memo seen by the paper: the memo
        if medial and d.content[0] < s + citing.start() < d.content[1]:
            d.content = (d.content[0], s + citing.start())      # Jane Roe said …, citing a report: her words, to the citing
        if cited and cited_source(cited) and relayed is not None and s + citing.start() >= relayed[2]:
            # Roe said …, the Post reported, citing two aides: the Post's sources, between Roe and the Post
            d.via = d.via[:-1] + tuple(Via(sp.mention or sp.name, sp, citing.group("word")) for sp in speak(cited, ctx)) + d.via[-1:]
        elif cited and cited_source(cited):     # Reuters reported, citing two sources: the sources speak
            d.via = d.via + tuple(Via(sp.mention or sp.name, sp, citing.group("word")) for sp in speakers)
            d.speakers = speak(cited, ctx)
            d.mention = cited
            if d.content[0] < s + citing.start() < d.content[1]:
                d.content = (d.content[0], s + citing.start())
        if (told := told_outlet(masked)) is not None and not citing and told.source.name not in {sp.name for sp in d.speakers}:   # …, the sheriff told Reuters. (not the outlet itself)
            d.via = d.via + (told,)
        remember(ctx, d.speakers if PRONOUNS.get((d.mention or "").lower()) != "group" else ())   # (…, it said: Acme, named in its own sentence alone)
        return d
    if source:
        sps, d.content, np = source
        d.kind, d.speakers, d.mention, d.cue, d.act, d.stance = "reported_speech", sps, sps[0].mention if len(sps) == 1 else np, sourcing_cue(according), "accordingTo", "Hearsay"
        remember(ctx, sps)
    return d


_MAX_VERBS = 16
_SOURCES = ("person", "organization", "media", "anonymous")


def _relayed_by_outlet(text, s, e, masked, m, verbs, quotes, ctx, speakers):
    """A news outlet's own verb in a clause after the statement's (…, Reuters reported on July 3.;
    …, the AP said): the outlet relays the statement, its report the one it is cited to. Returns
    (the outlet, its verb, where the statement's content ends: before the comma of that clause)."""
    for later in verbs:
        if later.start() <= m.end():
            continue
        found = _speaker_for(text, s, e, masked, later, quotes, ctx)
        outlet = next((sp for sp in (*found[0], *(speak(reporting_for(found[1]), ctx) if reporting_for(found[1]) else ())) if sp.kind == "media"), None) if found else None
        if outlet is None or outlet in speakers:
            continue
        named = (found[1] or "").strip()
        comma = masked.rfind(",", m.end(), later.start())
        if comma != -1 and without_adverbs(masked[comma + 1:later.start()].rstrip()).strip() == named:     # (…, the Post first reported)
            return outlet, later.group(0), s + comma     # only a clause of its own: ", Reuters reported", not "Reuters's
        head = text[s + m.end():s + later.start()].rstrip()
        if named and head.endswith(named) and re.search(r",[”\"’']$", head[:-len(named)].rstrip()):
            return outlet, later.group(0), s + m.end() + len(head[:-len(named)].rstrip())   # …, "…," the AP reported: after the quote
    return None
# an interview given to another outlet: the outlet stands between the speaker and the citing report


_HAVING = re.compile(r"(?i)\bhaving\s+$")         # (Having said that, …: a perfect participle, no one's cue)
_DESCRIBING = re.compile(r"[^,;]{0,80}?\b(?:who|that|which)\b[^,;]*$")
_NAMING_THE_SOURCE = re.compile(r"\s+(?:an?|the)\s+[^,;]{0,60}?\s(?:called|named|dubbed)")
_MODAL_AFTER = re.compile(r"\s+(?:could|would|should|will|can|may|might|must|were|are|have)\b")
_DETERMINED = re.compile(r"(?:an?|the|one|two|three|another|some|several)\s+[a-z\d]")


def _speaker_for(text, s, e, masked, m, quotes, ctx, subject=()):
    """The speaker of the verb `m` and the span of what is said, or None. `subject`: the speaker
    of the sentence a participle piece was cut from."""
    before = masked[:m.start()]
    after = masked[m.end():]
    # the inversion: “…,” said Peskov. / “…,” Peskov said.
    qbefore = ending_by(quotes, s + m.start())
    if qbefore is not None and qbefore[1] < s:
        qbefore = None          # a quote before this piece (…," Hale said, | citing …): not the verb's
    glued = False
    if qbefore is not None:
        gap = masked[qbefore[1] - s:m.start()]
        clause = own_clause(s, e, masked, m.end(), quotes)
        titled = clause and qbefore[0] - s > len(masked) - len(masked.lstrip())
        # a quote glued to a noun after it, closing on no stop or comma, is a name it holds ("The Daily" host X said)
        glued = bool(re.match(r"\s?[a-z]", gap)) and gap.split()[0].lower() not in PRONOUNS and "," not in gap \
            and len(text[qbefore[0]:qbefore[1]].split()) <= 6 and not re.search(r"[,.!?…—–-][”’\"']*$", text[qbefore[0]:qbefore[1]])
        if re.fullmatch(r"[,.!?]?\s*", gap):
            np = re.match(rf"\s*((?:[^,.;:“\"▒(]|\.(?=\s[A-Z])|{NAME_PAREN})+?)(?=[,;:]|\.(?!\s[A-Z])|$|\s+(?:on|in|at|to|who|after|before|during|when|told)\b)", after)
            if np and (kind := classify(np.group(1))):
                who = (named_after(after, np.end()) if kind == "anonymous" else None) or np.group(1).strip()      # said his attorney, John Roe.: Roe
                return speak(who, ctx), who, (qbefore[0], qbefore[1])
            if np and _DETERMINED.match(np.group(1)) and subject_kind(np.group(1)):
                # “…,” said a person close to the mayor / says a narrator / said the man who built …: the
                # speaker the phrase describes, to its end where that is one (else its head)
                whole = re.match(rf"\s*((?:[^,.;:“\"▒(]|\.(?=\s[A-Z])|{NAME_PAREN})+?)(?=[,;:]|\.(?!\s[A-Z])|$)", after)
                who = named_after(after, np.end()) or (whole.group(1).strip() if whole and classify(whole.group(1)) else np.group(1).strip())     # (said one voter, Luis Mendez, 47)
                return speak(who, ctx), who, (qbefore[0], qbefore[1])
        elif titled or glued:
            pass        # On CBS's “Face the Nation,” Ryan said the shootings …: a title, and his words after the verb
        elif re.fullmatch(r"[,.!?]?\s*[^,;:“\"▒]{1,80}\s*", gap) and subject_kind(np := without_adverbs(gap.strip(" ,.!?"))):
            return speak(np, ctx), np, (qbefore[0], qbefore[1])
        elif (named := _APPOSED.fullmatch(gap)) and classify(named.group(named.lastindex)) in ("person", "organization", "media") \
                and not says_more(masked, content_after(s, e, masked, m.end(), quotes), s):
            np = named.group(named.lastindex)   # “…,” Jane Roe, a senior fellow at the institute, said; “…,” the lawyer, Tom Baker, said
            return speak(np, ctx), np, (qbefore[0], qbefore[1])
    # a participle after the main clause: Trump attacked Clinton, saying …; not a progressive
    # tense, which is a finite verb like any other (The BBC is reporting that …)
    # (a piece cut before it, or before the subject's second verb: … but pledged to remain civil)
    if not before.strip() and subject:
        span = content_after(s, e, masked, m.end(), quotes)
        return (subject, subject[0].mention, span) if span else None      # the same sentence names it
    auxiliary = before + (m.group(0).rsplit(None, 1)[0] + " " if " " in m.group(0) else "")    # the cue may hold it: "is reporting"
    if m.group(0).endswith("ing") and not _PROGRESSIVE.search(auxiliary):      # (or a passive's: Finch was quoted by Reuters as saying)
        np = quoted_as(before) or (opening_subject(before) if before.rstrip().endswith(",") else None)
        span = (content_after(s, e, masked, m.end(), quotes) or quoted_before(s, before)) if np else None
        return (speak(np, ctx), np, span) if span else None
    # the inversion without a quote: …, said Batchelder. / …, said Ann Lee, a spokeswoman for the mayor (not …, told Reuters: whom)
    inverted = len(after) < 400 and m.group(0).lower() not in ("told", "tells") and re.fullmatch(rf"\s++(?!(?:that|whether|if|how|what)\b|[^,.;:]*\bthat\s)((?:[^,.;:“\"▒(]|\.(?=\s[A-Z]|[A-Z]\.)|{NAME_PAREN}){{2,100}}?)(?:,\s+(?P<name>[A-Z][\w'’\-]*(?:\s+[A-Z][\w.'’\-]*){{1,3}}))?"
                                                 r"(?:,\s+(?:an?|the|who|whose|which)\s+(?:[^.;:“\"▒]|\.(?=\s[A-Z])){2,120}?)?\s*+[.!?]?\s*+", after)
    who = inverted.group(1) if inverted and not _PLACE_OR_TIME.match(inverted.group(1)) else ""     # (said in an interview with …: no one)
    if who and inverted.group("name") and classify(inverted.group("name")) == "person":
        who = inverted.group("name")            # …, said a former spokesman for the ministry, Oleg Marsh, who …: Oleg Marsh
    head_of = qualified_head(who) if who else None      # …, said one city source in the room: its head, not the room
    if who and (classify(who) not in _SOURCES or head_of and classify(head_of) == "person"):
        who = head_of or ""                     # …, said Putin in a video released by Ukraine: Putin
    if before.rstrip().endswith(",") and who:
        head = before.rstrip().rstrip(",")
        if head.strip():
            return speak(who, ctx), inverted.group(1), (s + len(head) - len(head.lstrip()), s + len(head))
    # the subject before the verb; not of a passive (the bridge is expected to …, he was told …),
    # whose subject is not who speaks
    if _BE.search(before) and not m.group(0).endswith("ing"):
        return None
    if m.group(0).endswith("s") and _MODAL_AFTER.match(masked, m.end()) or re.match(r"(?i:ruled)\s+out\b", masked[m.start():]):
        return None         # his phone calls could be shown: a noun, the subject of what follows; ruled out a delay: no ruling
    if opening := AS_OPENING.match(before):       # As the mayor noted, …: no name opens with the capital of "As"
        before = opening.group(0).lower() + before[opening.end():]
    np = (subject_before(before[qbefore[1] - s:]) if glued else None) or quoted_as(before, "who") or subject_before(before) \
        or coordinated_subject(before, masked[m.end():])   # "Rebuild it" campaigners said: the noun; Roll Call quoted aides who say: the aides
    if np is not None and MASK in np:       # In a post titled “…,” the former CEO wrote: the words after the quote
        np = np.rsplit(MASK, 1)[-1].strip(" ,") or None
        np = np if np and subject_kind(np) else None
    if np is None:
        return None
    head = before[: before.rfind(np)].rstrip()
    if aside := as_aside(masked, s, head, m):
        return speak(np, ctx), np.strip(), aside
    span = subordinate_cut(head, content_after(s, e, masked, m.end(), quotes), text, masked, s)
    if span is not None and not head.endswith(",") and getattr(cues().get(m.group(0).lower()), "act", "") == "added" \
            and holding(quotes, *span) != span and object_only(text, *span):
        return None         # The economy added 275,000 jobs; Apple added two board members: what it added, not what it said
    if re.search(r"\bwhat$", head, re.IGNORECASE) and not (span and (_WHAT_WAS.search(text, span[0], span[1]) or holding(quotes, *span))):
        return None         # here is what the wires reported this week: a noun phrase, its content elsewhere
    if span is not None and len(text[span[0]:span[1]].split()) < 3 and not THAT_BEFORE.search(masked, 0, max(0, span[0] - s)) \
            and not short_clause(masked[span[0] - s:span[1] - s]) and holding(quotes, *span) != span \
            and not denies_a_claim(m.group(0), masked[span[0] - s:span[1] - s]):       # (a quote is said, however short; denied the allegations)
        words = masked[span[0] - s:span[1] - s]
        addressed = m.group(0).lower() in _words("addressing") and head.endswith(",")     # "…, the governor warned voters.": whom
        if words[:1].isalnum() and not (FRAMING.match(words) or _ADVERBS.fullmatch(words) or addressed):
            return None             # "…, the lenders declared bankruptcy.": the verb's own object, no report of the words before
        span = None                 # "…, top lawmakers said Friday after the vote." / "…, she said firmly.": not what was said
    elif (span is not None and holding(quotes, *span) != span and "," in masked[m.end():span[0] - s] and head.endswith(",")
          and len(head.split()) >= 3):
        # "Acts of protest, he said, are acts of patriotism": the reporting clause set between
        # commas inside what was said, which runs on both sides of it; but "…, the official said,
        # in a move that …" / ", citing …": the reporter's framing after it, not what was said
        framing = FRAMING.match(masked, span[0] - s)
        span = (s + len(head) - len(head.lstrip()), s + len(head.rstrip(" ,"))) if framing else \
            (s + len(masked) - len(masked.lstrip()), s + len(masked.rstrip(" .!?")))
    elif span is not None and head.endswith(",") and WHEN_WHERE.match(masked, span[0] - s) and not says_more(masked, span, s):
        span = None                 # "…, the AP reported ahead of the vote." / "…, she said from Kyiv.": when or where, not what
    if span is None and head.endswith(",") and (len(head.split()) >= 3 or short_clause(head.rstrip(" ,"))):    # "…, the minister said.", "Rents doubled, she said.": what precedes
        span = (s, s + len(head.rstrip(" ,")))
    if span is None:
        return None
    if PRONOUNS.get(np.strip().lower()) in ("person", "group") and (named := person_before(head, np.strip())):
        if PRONOUNS[np.strip().lower()] == "group":
            return speak(named, ctx), np.strip(), span      # Acme will …, it said: Acme, not remembered for an "it" further on
        remember(ctx, speak(named, ctx))        # Although Gov. Jane Roe has been coy, she has told …: named in the sentence
    return speak(np, ctx), np.strip(), span


# what a verb is said with, never who said it: in, on, at, during, with …
_PLACE_OR_TIME = re.compile(r"\s*(?:in|on|at|during|with|to|from|after|before|by|via|through|over|under|outside|inside|near)\s")     # (not To Lam)
# a name and its description between a quote and the verb: “…,” Jane Roe, the mayor of Northfield, said
_APPOSED = re.compile(r"[,.!?]?\s*+(?:([A-Z][^,;:“\"▒]{1,60}?),\s++(?:an?|the|one|who|whose|which|[a-z][\w-]*)\b[^;:“\"▒]{1,200}?"
                      r"|(?:an?|the|his|her|their)\s[^,;:“\"▒A-Z]{1,60}?,\s++([A-Z][^,;:“\"▒]{1,60}?)),\s*+")


# what a free relative said is a clause or a predicate after it (in what authorities said was a crash;
# what Trump says his plan would do), or the words it quotes (what it calls "an attack")
_WHAT_WAS = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|shall|do|does|did)\b")
_BE = re.compile(r"(?:\b(?:is|are|was|were|be|been|being)(?:\s+(?:not|also|widely|still|now|long))*|\bit['’]s|['’]re)\s+$", re.IGNORECASE)
