"""Posts a page embeds: a social network's post quoted with the line that signs it, as the network's embed
leaves it when the page is saved as text (— Jane Roe (@janeroe) November 19, 2024; — 北町太郎 (@kitamachi)
2024年11月19日). The paragraph just above the signature (and the one above it, where that one is the post's
link alone) holds the poster's words, posted on that network that day; the signature itself says nothing.
A thread's post under its header (Reply from bob_smith on July 10, 2024) is the poster's, to the next header (a lone
comment's, to the blank line).
A forum's reply quotes another post under a line that names its poster (Quote from: riverfan88 on November
18, 2024, Originally Posted by Brakeman, kettle_black wrote:, [quote=Brakeman]): the lines below it, to the
blank line closing them, are the poster's words. A stage every language shares: the form is the network's or
the forum software's, not the page's language.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from . import lexicon
from .model import Attribution, Layout, Speaker, Via

# the signature: a dash, the name shown, the handle in parentheses, the day (in the page's language); its
# name at most six words, without a stop or a colon (no sentence ends in it)
_SIGNATURE = re.compile(r"[ \t\u3000]*[—–―-]{1,2}[ \t\u3000]*(?P<name>[^\s()（）@:：.。!?！？][^()（）@:：.。!?！？\n]{0,60}?)"
                        r"[ \t\u3000]*[(（]@(?P<handle>\w{1,30})[)）][ \t\u3000]*(?P<day>[^\n]{4,40}?)[ \t\u3000]*")
_DAY = re.compile(r"(?<!\d)(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}|\d{4}年\d{1,2}月\d{1,2}日|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})(?!\d)")
_LINK_ONLY = re.compile(r"\s*(?:https?://|pic\.twitter\.com/)\S+\s*")
# a forum's quote header: the poster's name (a handle, or up to three words in capitals) and, if given, when they
# posted (a day and its time, nothing else: no sentence hides in a header)
_POSTER = r"(?:[\w.\-@]{2,30}|[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){1,2})"
_QUOTE_HEADER = re.compile(rf"[ \t\u3000]*(?:Quote\s+from:\s*(?P<a>{_POSTER})(?:\s+on\s+(?P<on>[\w.,:/ \-]{{4,40}}?))?"
                           rf"|(?:Originally\s+)?(?i:posted\s+by)\s+(?P<b>{_POSTER})|(?P<c>[\w.\-]{{2,30}})\s+wrote:"
                           rf"|\[quote=[\"']?(?P<d>{_POSTER})[\"']?\]"
                           # a thread's own post under its header: Reply from bob_smith on July 10, 2024 at 9:14 am
                           rf"|(?P<post>(?:Reply|Comment)\s+(?:from|by))\s+(?P<e>{_POSTER})\s+on\s+(?P<at>{_DAY.pattern}"
                           rf"(?:,?\s+(?:at\s+)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*(?:[AaPp]\.?[Mm]\.?)?)?))"
                           rf"[ \t\u3000]*(?:(?<!:):)?[ \t\u3000]*")     # (Originally posted by Bob:)


@dataclass(frozen=True)
class Signature:
    name: str               # as the post shows it
    start: int              # the signature line (a forum's header: above the post, no statement either)
    end: int
    day: tuple[int, int] | None     # where it gives the day the post was made
    network: bool = True    # a social network's embed (a forum's quote: the forum's page alone)


def signatures(text: str, layout: Layout) -> dict[int, Signature]:
    """The signature line closing each embedded post, by the index of each paragraph of the post above it
    (its own index too, the line itself being no statement)."""
    out: dict[int, Signature] = {}
    paras = layout.paragraphs
    for pi, p in enumerate(paras):
        m = _SIGNATURE.fullmatch(text, p.start, p.end)
        if m is None or not _DAY.fullmatch(m.group("day").strip()) or len(m.group("name").split()) > 6:
            continue
        # the paragraph just above, or two where the one above is the post's link alone (pic.twitter.com/…): where
        # the post begins, nothing on the page tells, and a line of the page's own is no poster's
        above = [k for k in (pi - 1, pi - 2) if k >= 0 and paras[k].kind == "body" and paras[k].block == p.block]
        if not above:
            continue            # a signature with nothing above it signs nothing
        take = above[:2] if len(above) == 2 and _LINK_ONLY.fullmatch(text, paras[above[0]].start, paras[above[0]].end) else above[:1]
        sig = Signature(m.group("name").strip(), p.start, p.end, (m.start("day"), m.start("day") + len(m.group("day").strip())))
        for k in (*take, pi):
            out[k] = sig
    headers = [(pi, m) for pi, p in enumerate(paras) if (m := _QUOTE_HEADER.fullmatch(text, p.start, p.end))]
    posts = {pi for pi, m in headers if m.group("post")}
    # the quotes first, then the posts around them (a reply quoting a post goes on after the quote)
    for pi, m in sorted(headers, key=lambda h: bool(h[1].group("post"))):
        name = next(g for g in m.group("a", "b", "c", "d", "e") if g)
        if len(name.split()) > 4 or name.lower() in ("he", "she", "it", "they", "we", "i", "you", "this", "that"):
            continue            # (He said: a pronoun, the language's to resolve)
        when = "at" if m.group("post") else "on"
        on = _DAY.search(m.group(when)) if m.group(when) else None
        if m.group(when) and on is None:
            continue            # (Quote from: x on The mayor stole …: no day, no header)
        sig = Signature(name.strip(), paras[pi].start, paras[pi].end, (m.start(when) + on.start(), m.start(when) + on.end()) if on else None, network=False)
        out[pi] = sig
        thread = m.group("post") and len(posts) > 1     # (a lone comment's header: its lines only, not the page after it)
        for k in range(pi + 1, len(paras)):         # a quote's lines, to the blank line closing them; a thread's post, to the next post
            if paras[k].kind != "body" or k in posts or not thread and (k in out or (k > pi + 1 or not m.group("post"))
                                                                          and re.search(r"\n[ \t\u3000]*\n", text[paras[k - 1].end:paras[k].start])):
                break
            out.setdefault(k, sig)
    return out


def signed(text: str, layout: Layout, found: list[Attribution]) -> list[Attribution]:
    """The attributions of a page with its embedded posts' words given to their posters: what the
    language left to no one in a post is the poster's, on the network, dated by the signature; a
    quote inside it that names its own speaker stays theirs; the signature line says nothing."""
    sigs = signatures(text, layout)
    if not sigs:
        return found
    starts = [p.start for p in layout.paragraphs]
    network = lexicon.find_platform("X")
    out = []
    for a in found:
        pi = bisect_right(starts, a.start) - 1
        sig = sigs.get(pi)
        if sig is None:
            out.append(a)
        elif sig.start <= a.start < sig.end or sig.network and a.start >= sig.start:
            continue            # the signature or the header: no statement
        elif a.speakers:
            out.append(a)
        else:
            outlet = lexicon.find_outlet(sig.name)
            poster = Speaker(outlet.name, "media", sig.name, (outlet.name, *outlet.aliases), outlet.wikidata) if outlet \
                else Speaker(sig.name, "person", sig.name)
            via = (Via("X", Speaker(network.name, "organization", "X", (network.name, *network.aliases), network.wikidata), "posted"),) \
                if network and sig.network else ()
            out.append(replace(a, kind="reported_speech", speakers=(poster,), mention=sig.name, cue="", act="wrote",
                               via=a.via + via, frame=sig.day))
    return out
