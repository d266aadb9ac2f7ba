"""Quotes whose speaker the quote's own clause does not give: the second half of a quote its
reporting clause splits ("…," Lin said, "…"), a quote closed by its source in parentheses
(… "a turning point" (the Northfield Courier)), a quote after its verb and speaker opening the
sentence (Said Clyburn: "…"), and the quote or quoted block below a line that announces it
(Betsy Muse wrote:)."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ... import attribute as core
from ... import lexicon
from ...model import Attribution, Layout, Sentence, Speaker, Via
from .clauses import AFTER_VERB
from .lexicon import asserts_figure, cue_regex, cues, names_source, opinion_regex, word_set
from .sentences import MASK, holding, masked as _masked
from .pronouns import remember
from .speakers import Context, classify, make_speaker, speak
from .quoting import QUOTING_AS, quoting, undescribed
from .subjects import opening_subject, subject_before, subject_kind

# what points at the quote below a line (said the following:, wrote this:, put it this way:)
_FOLLOWING = re.compile(r"\s+(?:the following|as follows|this|these words|it this way)(?=\s*$)")
AUTHOR = frozenset(("i", "we"))     # outside quotes, who writes: the author's own words, never another's


def as_author(d: core.Draft, masked: str) -> core.Draft:
    """A statement whose speaker is the author (I believe …, then I suggest …, under a credit too) as
    the author's own: an opinion where a hedge or a view marks it."""
    words = [re.split(r"['’]", w)[0] for w in (d.mention or "").lower().split()]        # (I'd argue: I)
    if not d.speakers or d.quoted or not words or words[-1] not in AUTHOR or len(words) > 2:
        return d
    if asserts_figure(f"{d.mention} {d.cue}", masked):
        stance = "Assertive"        # I believe unemployment fell to 3.5%: a figure asserted, to be cited
    else:
        stance = "Speculative" if d.stance == "Speculative" or opinion_regex().search(masked) else d.stance
    return core.Draft(d.start, d.end, d.paragraph, content=(d.start, d.end), stance=stance,
                      kind="author_opinion" if stance == "Speculative" else "author_assertion")


# an opening in the author's own voice before the subject: In my view, …; Honestly, I think …
_OWN_OPENER = re.compile(r"\s*(?:(?P<mine>(?i:in\s+my\s+(?:view|opinion)|to\s+me|for\s+my\s+part|personally))"
                         r"|(?i:honestly|frankly|admittedly|sadly|luckily|clearly|obviously|of\s+course))\s*,\s*")


def own_opening(masked: str) -> bool:
    """Whether a sentence (its quotes masked) opens in the author's own voice: I or we, after an
    attitude's opener too (Honestly, I think …), or an opener in the first person (In my view, …)."""
    m = _OWN_OPENER.match(masked)
    named = opening_subject(masked[m.end():] if m else masked)
    return bool(m and m.group("mine")) or bool(named) and named.lower() in AUTHOR


# the verb opening the sentence, its speaker after it, then the quote: Said Clyburn: "…", Says a neighbour, "…"
_OPENING_VERB = re.compile(r"(?P<verb>Said|Says|Added|Adds|Wrote|Writes|Explained|Explains|Noted|Notes|Recalled|Recalls|"
                           r"Tweeted|Tweets|Warned|Warns)\s++(?P<np>[^,:;" + MASK + r"]{2,80}?)\s*+[:,]\s*+(?=" + MASK + ")")
# the quote signed after a dash: "…" — Sen. Jane Roe (possessive: runs of spaces stay linear)
_CLOSING = re.compile(r"(?<!\s)\s*+(?P<dash>—|–|―|--)\s*+(?P<np>[A-Z][^▒“”\"—–―]{1,60}?)[\s.]*+$")
_SOURCES = ("person", "organization", "media", "anonymous")
# a quote and the document whose words it is, read from what it says: "…," read a statement from Acme Corp.;
# "…," the letter read.; A statement from the ministry read: "…" (its source after from or by, where named)
_DOC = r"(?:(?:a|an|the|its|his|her|their|one)\s+)(?:[\w\-]+\s+){0,2}?(?P<doc>[a-z]+?)s?"
_BY = r"(?:\s+(?:from|by|issued\s+by|released\s+by|signed\s+by)\s+(?P<who>[^,;:" + MASK + r"]{2,60}?))?"
_WHEN = r"(?:,?\s+(?:on\s+|late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last\s+\w+))?"
_READ = tuple(re.compile(f"(?i:{form})") for form in (
    rf"{MASK}++[\s,]*+read\s+(?P<np>{_DOC}{_BY}){_WHEN}[\s.]*+",             # "…," read a statement from Acme Corp. on Monday.
    rf"{MASK}++[\s,]*+(?P<np>{_DOC}{_BY})\s+read{_WHEN}[\s.]*+",             # "…," the letter read on Friday.
    rf"(?P<np>{_DOC}{_BY})\s+read{_WHEN}\s*[,:]\s*{MASK}++[\s.]*+"))         # A statement from the ministry read: "…"

# the quote and whose answer it was: "…," was the reply of Acme spokesman Tom Hale.; "…" was Tom Hale's answer.
_ANSWER = r"(?P<what>reply|response|answer|retort|rejoinder|verdict)"
_REPLY = (re.compile(rf"{MASK}++[\s,]*+(?:was|came)\s++(?:the\s+|his\s+|her\s+|their\s+)?{_ANSWER}\s++(?:of|from)\s++"
                     rf"(?P<np>[^,;:{MASK}]{{2,80}}?)(?:,\s*(?P<named>[^,{MASK}]{{2,80}}?)(?:,[^{MASK}]{{0,80}}?)?)?[\s.!]*+"),
          re.compile(rf"{MASK}++[\s,]*+was\s++(?P<np>[^,;:{MASK}]{{2,60}}?)['’]s?\s++{_ANSWER}[\s.!]*+"))


def signed(masked: str, sent: Sentence, quotes: list[tuple[int, int]], ctx: Context, stance: str) -> core.Draft | None:
    """A sentence of a quote and its speaker alone: the verb and the speaker before it (Said Clyburn:
    "…"; Says another employee, "…"), or the speaker signing it after a dash ("…" — Sen. Jane Roe)."""
    if not quotes:
        return None
    if (read := _read(masked, ctx)) is not None:
        speakers, np = read
        return core.Draft(sent.start, sent.end, sent.paragraph, kind="reported_speech", speakers=speakers, mention=np, cue="read",
                          act="wrote", stance=stance, content=(quotes[0][0], quotes[-1][1]), quoted=True)
    m = _OPENING_VERB.match(masked)
    reply = next((r for form in _REPLY if (r := form.fullmatch(masked.strip()))), None)
    if reply is not None:           # "…," was the reply of Tom Hale. (not the speaker of the quote before)
        np, cue = re.split(r"\s+to\s+", reply.group("np").strip())[0], reply.group("what")     # (the reply of Tom Hale to Ann Lee: his)
        if any(names_source(c.group(0)) for c in cue_regex().finditer(masked)):
            return None         # (…, according to Ann Lee: hers to relay, as any quote's)
        if (named := reply.groupdict().get("named")) and classify(named.strip(" .")) == "person" and classify(np) != "person":
            np = named.strip(" .")      # the reply of the finance minister, Jo Kent: Jo Kent (not Tom Hale, an Acme spokesman)
        if subject_kind(np) not in _SOURCES:
            return None
    elif m and not masked[m.end():].replace(MASK, "").strip(" .,!?"):
        np, cue = m.group("np").strip(), m.group("verb")
        if subject_kind(np) not in _SOURCES:
            return None
    else:
        m = _CLOSING.search(masked)
        if not (m and masked[:m.start()].strip(" .,") and not masked[:m.start()].replace(MASK, "").strip(" .,")):
            return None
        np, cue = m.group("np").strip(), m.group("dash")
        if classify(np) not in _SOURCES:
            return None
    speakers = speak(np, ctx)
    remember(ctx, speakers)
    act = "answered" if reply is not None else cues()[cue.lower()].act if cue.lower() in cues() else "said"
    return core.Draft(sent.start, sent.end, sent.paragraph, kind="reported_speech", speakers=speakers, mention=np, cue=cue,
                      act=act, stance=stance, content=(quotes[0][0], quotes[-1][1]), quoted=True)


def _read(masked: str, ctx: Context) -> tuple[tuple[Speaker, ...], str] | None:
    """(who, as written) of a quote that is a document's words (see _READ): its source where named, else the document."""
    m = next((m for form in _READ if (m := form.fullmatch(masked.strip()))), None)
    if m is None or m.group("doc").lower() not in word_set("document") | word_set("message"):
        return None
    who = (m.group("who") or "").strip().rstrip(".")
    if who and classify(who) in _SOURCES:
        speakers = speak(who, ctx)
        remember(ctx, speakers)
        return speakers, who
    np = m.group("np").strip().rstrip(".")
    return (make_speaker(np, "document", ctx),), np


def introduces(text: str, sent: Sentence, quotes: list[tuple[int, int]], ctx: Context) -> core.Draft | None:
    """A paragraph's last sentence that announces the quote below it with its speaker and cue
    (Betsy Muse at Democratic Muse wrote:; The mayor said in a statement:), as a draft without a
    content; else None."""
    body = _masked(text, sent.start, sent.end, quotes).rstrip()
    if not body.endswith(":") or MASK in body:
        return None
    body = body[:-1]
    if (here := _HERE_IS.fullmatch(body)) and classify(np := here.group("np")) in ("person", "organization", "media", "anonymous"):
        return core.Draft(sent.start, sent.end, sent.paragraph, kind="reported_speech", speakers=speak(np, ctx), mention=np,
                          cue=here.group("what"), act="stated")      # Here is the full statement from the company:
    m = None
    for m in cue_regex().finditer(body):
        pass
    rest = _FOLLOWING.sub("", body[m.end():]) if m is not None else ""
    told = m is not None and m.group(0).lower() in ("told", "tells") and AFTER_VERB.fullmatch(" told" + rest)     # told Reuters:
    if m is None or not m.group(0)[:1].islower() or names_source(m.group(0)) or (rest.strip() and not AFTER_VERB.fullmatch(rest) and not told):
        return None
    np = subject_before(body[:m.start()])
    if _NEGATED.search(body[:m.start()]):
        return None                 # The mayor never said:, would not have said: it announces no one's words
    if not np or np.strip().lower() in AUTHOR or classify(np) not in ("person", "organization", "media", "anonymous", "pronoun"):
        return None
    return core.Draft(sent.start, sent.end, sent.paragraph, kind="reported_speech", speakers=speak(np, ctx), mention=np.strip(),
                      cue=m.group(0), act=cues()[m.group(0)].act, via=tuple(v for v in (told_outlet(body),) if v))


_HERE_IS = re.compile(r"\s*(?i:here(?:['’]s| is| are))\s+(?:the|a|an|their|his|her|its)\s+(?:(?:full|complete|entire)\s+)?(?:text\s+of\s+(?:the\s+)?)?"
                      r"(?P<what>(?i:statements?|letter|memo|email|e-mail|response|post|remarks|comments?|tweet|note))\s+(?:from|by|of)\s+(?P<np>[^:]{2,80}?)\s*")
# a negation that governs the verb (never said, would not have said, didn't say), or no one as its subject
_NEGATED = re.compile(r"(?i)(?:\b(?:never|not|no\s+longer)|n['’]?t)(?:\s+(?:have|has|had|be|been|ever|yet|once|actually|really))*\s*$|^\s*(?:no\s+one|nobody)\b")
_INTERVIEW = re.compile(r"\b(?:[Ss]peaking (?:to|with|on)|[Ii]n an? (?:[a-z][\w-]* ){0,2}interview (?:with|on)|told|tells?|telling|interviewed by"
                        # asked by the outlet, on its air: Asked by the BBC about …, Appearing on MSNBC, said on CNN's "State of the Union"
                        r"|[Aa]sked by|[Aa]ppearing on|(?:said|says|told|added) on|quoted (?:by|in)"
                        # what was given to the outlet: in a statement to The AP, confirmed the layoffs to CNBC (not
                        # a move or a transfer to it: that is where someone goes)
                        r"|[Ii]n (?:an? )?(?:(?:written|emailed|brief|short)\s+)?(?:statement|email|e-mail|comments?|remarks|(?:(?:tele)?phone\s+)?call|text\s+message|message)s?"
                        r" (?:(?:sent|made|given|provided|emailed)\s+)?to"     # (in comments made to Politico, in a telephone call to The AP)
                        r"|confirm(?:ed|s)(?: (?![^,.;:“\"]{0,30}?\b(?:move|transfer|switch|jump|return|departure|defection|relocation)s?\b)[^,.;:“\"]{1,40}?)? to"
                        # where the speaker wrote it: Writing in The Atlantic, In an op-ed for The Washington Post
                        r"|(?P<wrote>[Ww]riting (?:in|for)|[Ii]n an? (?:op-ed|column|essay|guest essay|opinion piece|piece)(?: published)? (?:in|for))"
                        # what the outlet saw: a memo seen by Reuters, a copy of which was reviewed by The New York Times
                        r"|(?P<saw>(?:seen|reviewed|obtained|viewed|examined) (?:exclusively )?by)"
                        # what the outlet relayed: a statement carried by the state news agency, remarks broadcast by NHK,
                        # the report, published Thursday by the Financial Times
                        r"|(?P<carried>\b(?:statement|remarks|comments|message)s?,?\s+"
                        r"(?:carried|published|broadcast|aired|run|released)(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday|online|earlier))?\s+by))"
                        r"\s+(?:(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}(?:broadcaster|newspaper|paper|daily|news agency|agency|wire service|outlet|network|channel|station|tabloid|magazine|weekly)\s+)?"    # told state broadcaster NHK
                        r"(?P<outlet>(?:the\s+)?(?:(?:official|state|state-run|state-owned|semi-official)\s+)?[A-Z][\w.&'’\-]*+(?:\s+[A-Z][\w.&'’\-]*+){0,4}+(?:\s+(?:magazine|newspaper|news\s+agency)\b)?)(?![\w&'’\-])"     # (whole: Fox News Channel viewers; told People magazine)
                        # (not its people: a message to CNN staff is the network's own)
                        # (nor its audience: seen by Fox News viewers; nor the subject of what was told: told the newspaper CNN had …)
                        r"(?!['’]?\s+(?:staff|staffers|employees|workers|colleagues|executives|board|viewers|readers|listeners|audiences?"
                        r"|subscribers|users|fans|watchers|followers)\b|\s+to\s|\s+(?:had|has|have|was|were|is|are|would|will|could|did|does)\b)")    # (telling Fox News to stop: an order)


_CLOSED = re.compile(r"(?:\s+(?:on|late|early|last|this|[A-Z][a-z]*day|[A-Z][a-z]{2,8}\.?|\d{1,2}(?:st|nd|rd|th)?,?|\d{4})){0,4}\s*[.!?]?\s*")     # (…as saying on Wednesday.)


def told_outlet(masked: str) -> Via | None:
    """The outlet a sentence (its quotes masked) says its speaker spoke to or wrote in: told Reuters,
    in an interview with CNN, told CNN's State of the Union, writing in The Atlantic; else the social
    network it was posted on (wrote on Truth Social); None where it names neither. Each way it may
    say so is read in turn (said on Monday in an interview with Reuters: Reuters); or the outlet that quoted its speaker
    (Xinhua quoted the ministry as saying …: Xinhua)."""
    for interview in _INTERVIEW.finditer(masked):
        if re.match(r"(?:\s+[A-Z][\w.&'’\-]*)*\s+to\s+[a-z]", masked[interview.end():]):
            continue            # telling BBC News to stop calling: an order, the name cut short by the lookahead
        told = interview.group("outlet").rstrip(".")
        o = lexicon.find_outlet(told) or lexicon.find_outlet(told := re.sub(r"\s+(?:magazine|newspaper|news\s+agency)$", "", told)) \
            or lexicon.find_outlet(told := re.split(r"['’]s\b", told)[0])     # told Time magazine: Time; told CNN's State of the Union: CNN
        act = "wrote in" if interview.group("wrote") else "seen by" if interview.group("saw") else "carried by" if interview.group("carried") else "interview"
        if o is not None:
            return Via(told, Speaker(o.name, "media", told, (o.name, *o.aliases), o.wikidata), act)
        if classify(told) == "media" and not lexicon.find_platform(told) \
                and not re.match(r"\s+(?!(?:that|on|in|at|about|last|this|yesterday|today|earlier|after|before|when|while|he|she|they|it|we|as)\b)[A-Za-z]", masked[interview.end():]):
            # told the Northtown Gazette: a paper the registry does not know (not told the American Legion Post members: whom)
            return Via(told, Speaker(re.sub(r"^[Tt]he\s+", "", told), "media", told), act)
    if (quoted := QUOTING_AS.search(masked)) and (by := quoting(masked[:quoted.start()], bool(_CLOSED.fullmatch(masked, quoted.end())))):
        o = lexicon.find_outlet(by) or lexicon.find_outlet(undescribed(by))     # (the state-run China Daily)
        if o is not None or classify(by) == "media":      # (Xinhua quoted the ministry as saying …: Xinhua, after any interview given)
            return Via(by, Speaker(o.name, "media", by, (o.name, *o.aliases), o.wikidata) if o else Speaker(re.sub(r"^[Tt]he\s+", "", by), "media", by),
                       "quoted")
    return _posted_on(masked)


# where it was posted: wrote on Truth Social, said in a post on X, posted to his own Facebook page, via Telegram
_ON = re.compile(r"\b(?P<on>on|to|via)\s+(?:(?:his|her|their|its)\s+(?:own\s+)?)?(?:social[\s-]media\s+(?:platform|site|network)\s*,?\s*)?"
                 r"(?P<platform>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)")


_NOT_THE_NETWORK = re.compile(r"['’]s\b|\s+\d|\s+(?!(?:that|to|and|or|on|in|about|after|before|while|when|as|account|page|post|posts|"
                              r"feed|channel|video|livestream|story|stories|late|early|last|this)\b)[a-z]")


def _posted_on(masked: str) -> Via | None:
    """The social network a sentence (its quotes masked) says its speaker posted on, as its medium."""
    for m in _ON.finditer(masked):
        if _NOT_THE_NETWORK.match(masked, m.end("platform")):
            continue        # on LINE 5, on Facebook's earnings call, on TikTok ban talks: something else of that name
        written = m.group("platform").rstrip(".")
        if (p := lexicon.find_platform(written)) is not None:      # the whole name: not X Factor
            return Via(written, Speaker(p.name, "organization", written, (p.name, *p.aliases), p.wikidata), f"{m.group('on')} {written}")
    return None


def announced(layout: Layout, sent: Sentence, lead: core.Draft, starts_quoted: bool) -> bool:
    """Whether a paragraph's first sentence is what the line above it announces (Limbaugh added:):
    it opens with a quote, opens a quoted block the line is not in, or is a paragraph of running
    text under a line that is all the announcement (a page that lost its block quote's marks)."""
    para, above = layout.paragraphs[sent.paragraph], layout.paragraphs[lead.paragraph]
    if starts_quoted or para.block is not None and above.block != para.block:
        return True
    return para.kind == "body" and above.kind == "body" and para.block == above.block \
        and (lead.start, lead.end) == (above.start, above.end) and sent.start == para.start


def voicing(layout: Layout, sent: Sentence, voiced: tuple[int | None, int, core.Draft] | None) -> bool:
    """Whether a sentence goes on with what a line announced: in the quoted block it opened, or in
    the paragraph of running text under it."""
    if voiced is None:
        return False
    block, paragraph, _ = voiced
    return layout.paragraphs[sent.paragraph].block == block if block is not None else sent.paragraph == paragraph


def second_half(text: str, sent: Sentence, quotes: list[tuple[int, int]], d: core.Draft) -> list[Attribution]:
    """The second half of a quote its reporting clause splits ("We will rebuild," Lin said, "and
    we will do it before winter."): the same speaker's words going on, a claim of its own."""
    if d.kind != "reported_speech" or not d.cue or not d.mention or holding(quotes, *d.content) != d.content:
        return []
    i = bisect_left(quotes, d.content)
    q = quotes[i + 1] if i + 1 < len(quotes) else None
    if q is None or q[1] > sent.end or text[q[1]:sent.end].strip(" .!?”\"\n"):
        return []           # the second quote ends the sentence, nothing after it
    between = text[d.content[1]:q[0]]
    if len(between) > 150 or not between.rstrip().endswith(",") or not re.search(r"\w", text[q[0]:q[1]]):
        return []
    if d.cue not in between or d.mention not in between:
        return []
    clause = between.replace(d.mention, " ", 1).replace(d.cue, " ", 1).strip(" ,.\n")
    if clause and not AFTER_VERB.fullmatch(" " + clause):
        return []           # only the reporting clause between ("…," Lin said, "…"), not "…," Lin said, before a heckler shouted, "…"
    return [core.Draft(q[0], q[1], sent.paragraph, kind="reported_speech", speakers=d.speakers, cue="", act=d.act or "said",
                       content=q, quoted=True, stance=d.stance, attitude=d.attitude).attribution()]


# a source in parentheses right after a quote: … called it "a turning point" (the Northfield Courier)
_PAREN_SOURCE = re.compile(r"(?P<q>[“\"][^“”\"\n]{1,300}[”\"])[ \t]*\((?P<np>[^()\n]{2,60})\)")


def sourced_quotes(text: str, sent: Sentence, ctx: Context) -> list[Attribution]:
    """Each quote a source in parentheses closes is that source's words, a claim nested in the
    sentence's own."""
    out = []
    for m in _PAREN_SOURCE.finditer(text, sent.start, sent.end):
        np = m.group("np").strip()
        if classify(np) not in ("person", "organization", "media", "anonymous"):
            continue                    # (2019), (D-Mo.), (pictured): no source
        out.append(core.Draft(m.start(), m.end(), sent.paragraph, kind="reported_speech", speakers=speak(np, ctx), mention=np,
                              cue=f"({np})", act="said", content=m.span("q"), quoted=True).attribution())
    return out


def named_after(after: str, pos: int) -> str | None:
    """The person a speaker described is named as after it (said his attorney, John Roe.)."""
    named = _NAMED_AFTER.match(after, pos)
    return re.sub(r"(?<=\w\w)\.$", "", named.group(1)) if named and classify(named.group(1)) == "person" else None


_NAMED_AFTER = re.compile(r",\s+([A-Z][\w'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3})(?=\s*(?:[,.;!?]|$))")


# a sentence that only names the source of the one before it: So says the county engineer. That's according to the board.
_SAID_BEFORE = re.compile(r"\s*(?:(?:And\s+|But\s+)?[Ss]o\s+(?P<says>says|said)|That(?:['’]s|\s+is|\s+was)\s+(?P<acc>according\s+to)|"
                          r"(?P<acc2>According\s+to)|(?P<was>That\s+was|Those\s+were\s+the\s+words\s+of))\s+(?P<np>[^,;:!?" + MASK + r"]{2,80}?)"
                          r"(?:,\s*(?P<speaking>speaking|writing)\s+(?:on|to|at|in|with|from)\s+[^,;:!?" + MASK + r"]{2,60}?"
                          r"|,\s*(?P<role>[^,;:!?" + MASK + r"]{2,60}?))?"
                          r"(?:\s+(?:at|on|in|during|after|before|last|this|yesterday|today)\b[^,;:!?" + MASK + r"]{0,60}?)?\s*[.!]?\s*")     # (So said Ann Kim at Tuesday's meeting.)


def said_before(text: str, sent: Sentence, ctx: Context, found: list[Attribution]) -> bool:
    """Whether a sentence names only the source of the statement before it (So says the county
    engineer, Jane Roe. That's according to the state election board.), which it then gives that
    statement, in its paragraph or the one before, if no one speaks it yet; nothing of its own to check."""
    m = _SAID_BEFORE.fullmatch(text, sent.start, sent.end) if sent.end - sent.start <= 200 else None      # (a name is short: no run of spaces retried)
    if m and m.group("role") and (m.group("acc2") or classify(m.group("role")) != "person"):
        return False        # According to ESPN's Jane Roe, Popovich will be out: a sentence of its own (So says the engineer, Jane Roe: her)
    if not m or not found or found[-1].speakers or sent.paragraph - found[-1].paragraph > 1 or not (
            found[-1].kind == "reported_fact" or found[-1].kind == "author_assertion" and found[-1].quoted and (m.group("was") or m.group("says"))):
        return False        # (a quote no one speaks, then That was Jane Roe, speaking on …: hers)
    if m.group("was") and not (m.group("speaking") or found[-1].quoted):
        return False        # (The gate was left open. That was the mayor.: no words of his)
    np = m.group("np") if not m.group("role") or classify(m.group("np")) not in ("anonymous", None) else m.group("role")
    if subject_kind(np) not in ("person", "organization", "anonymous") and not (subject_kind(np) == "media" and not lexicon.find_outlet(np)):
        return False        # (a known outlet keeps its citation: So says Reuters.; one the registry does not know speaks, uncited)
    said = m.group("says") or m.group("was") and "said"
    found[-1] = replace(found[-1], kind="reported_speech", speakers=speak(np, ctx), mention=np, act="said" if said else "accordingTo",
                        cue=" ".join((m.group("says") or m.group("was") or m.group("acc") or m.group("acc2")).split()).lower(), stance=found[-1].stance if said else "Hearsay")
    return True
