"""Immutable records passed between the pipeline stages.

Offsets are Unicode code points into `Article.text` (the text as read, newlines normalised to
"\\n"); `end` is exclusive, so `text[start:end]` is the span.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import cached_property


@dataclass(frozen=True)
class Evidence:
    """The page an article was read from, as fetched: kept in the cache under its SHA-256."""
    url: str
    final_url: str
    retrieved: str              # ISO 8601, UTC
    sha256: str                 # of the page's bytes
    media_type: str


@dataclass(frozen=True)
class Article:
    text: str
    source: str                     # path, URL or "-"
    encoding: str
    sha256: str                     # of the text as read, UTF-8 encoded
    lang: str                       # the code of its language, a row of tracker/lang/languages.tsv
    title: str | None = None
    site: str | None = None
    author: str | None = None
    published: date | None = None
    url: str | None = None
    evidence: Evidence | None = None
    notes: tuple[str, ...] = ()         # what the reader should know of how it was read
    recorded: date | None = None        # the day a record (a press conference's transcript) says it was held

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        find = self.text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        return starts

    def line_of(self, offset: int) -> int:
        """1-based line of a character offset."""
        return bisect_right(self._line_starts, offset)


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    kind: str                       # title, heading, caption, body
    block: int | None               # index of the quoted block it belongs to; None = commentary


@dataclass(frozen=True)
class Block:
    """A quoted report: a `****title****` line down to a line of asterisks."""
    index: int
    title: str
    start: int                      # start of the title line
    end: int                        # end of the closing line (or of the last paragraph)
    closed: bool


@dataclass(frozen=True)
class Layout:
    paragraphs: tuple[Paragraph, ...]
    blocks: tuple[Block, ...]
    title: str | None
    site: str | None


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int                  # index into Layout.paragraphs


@dataclass(frozen=True)
class PartialDate:
    """A date as written: year may be missing; several readings where digits were damaged."""
    readings: tuple[tuple[int | None, int, int], ...]   # (year, month, day)
    text: str
    weekday: int | None = None      # written beside it (6/24(月)): 0 Monday … 6 Sunday; a year must agree

    @classmethod
    def of(cls, day: date) -> PartialDate:
        """A full date, as its ISO form writes it."""
        return cls(((day.year, day.month, day.day),), day.isoformat())


@dataclass(frozen=True)
class Citation:
    start: int                      # the marker's span in the text
    end: int
    text: str
    outlet: str                     # outlet key (see tracker/data/outlets.json) or "name:<as written>"
    outlet_written: str
    when: PartialDate | None
    kind: str                       # bracket, credit, inline
    scope: tuple[tuple[int, int], ...] = ()   # spans of text it covers
    block: int | None = None
    date: date | None = None        # filled by the dates stage
    date_note: str | None = None
    upstream: tuple[int, ...] = ()  # indexes of credits this report derives from
    cue: str = ""                   # the word the text credits it with (より), if any


# the author of an article that names none (no byline, no site): this article's own, no one's name
UNNAMED_AUTHOR = "article author"


@dataclass(frozen=True)
class Speaker:
    name: str                       # canonical
    kind: str                       # person, organization, anonymous, document, media, author
    mention: str = ""
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    description: str | None = None  # title or affiliation written with the name


@dataclass(frozen=True)
class Via:
    """An intermediate source between the speaker and the cited report."""
    mention: str
    source: Speaker
    cue: str
    credit: int | None = None       # index of a credit citation (a broadcast, an interview)


@dataclass(frozen=True)
class Attribution:
    """A statement as its language reads it, centred on its cue: the span the claim anchors to,
    and, where a cue names them, who says it, the cue and what is said. Several may come from one
    sentence, and one may lie inside another's span. With no speakers (kind reported_fact) the
    statement belongs to the report that covers it, or to the article's author."""
    start: int
    end: int
    paragraph: int                  # index into Layout.paragraphs
    kind: str = "reported_fact"     # reported_speech, reported_fact
    speakers: tuple[Speaker, ...] = ()
    mention: str | None = None
    cue: str | None = None
    act: str = "reported"
    content: tuple[int, int] = (0, 0)
    quoted: bool = False
    stance: str = "Assertive"       # Assertive, Speculative, Hearsay
    via: tuple[Via, ...] = ()
    attitude: str = "speech"        # what the cue expresses: speech, belief, intention, finding
    frame: tuple[int, int] | None = None    # where the text says who said it and when, outside its span (「…」。首相は3日、こう語った。)


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    text: str
    line: int
    kind: str                       # reported_speech, reported_fact, author_assertion, author_opinion
    speakers: tuple[Speaker, ...]
    mention: str | None
    cue: str | None
    act: str                        # a ct: speech act
    content: str
    quoted: bool
    stance: str                     # Assertive, Speculative, Hearsay
    citation: int | None            # index into the citations
    via: tuple[Via, ...] = ()
    date: date | None = None
    date_note: str | None = None
    nearby: int | None = None       # index of a citation whose block might support an uncited claim
    block: int | None = None
    attitude: str = "speech"        # of reported speech: speech, belief, intention, finding
    also_cited: tuple[int, ...] = ()  # further citations, of a joint attribution (The BBC and Reuters reported, AとBによると)
    frame: tuple[int, int] | None = None    # where the text says when it was said, outside its span (Attribution.frame)

    @property
    def cited_to(self) -> tuple[int, ...]:
        """Every citation it is cited to, the first named first (none: uncited)."""
        return (self.citation, *self.also_cited) if self.citation is not None else ()


@dataclass(frozen=True)
class Problem:
    severity: str                   # Violation, Warning, Info
    message: str
    start: int | None = None
    end: int | None = None
    line: int | None = None
    focus: str | None = None
    path: str | None = None
    source: str = "tracker"
    snippet: str | None = None
    hint: str | None = None
    article: str | None = None      # where the statement stands, when the file checked is linked data about it


@dataclass(frozen=True)
class Extraction:
    article: Article
    layout: Layout
    citations: tuple[Citation, ...]
    claims: tuple[Claim, ...]
    problems: tuple[Problem, ...] = ()
    year: int | None = None
    year_source: str = "unknown"
