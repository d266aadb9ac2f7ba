"""Languages: what the pipeline asks of the language an article is written in, and which one it is.

Each language is a package here (`ja/`, `en/`) whose `LANGUAGE` is an instance of `Language`; the
pipeline never looks inside one. `detect` picks the language by the detector's table
(`languages.tsv`), and `get` imports the package of that name, so that adding a language means a
folder here and a row in the table. The base class finds nothing: a language that only splits
sentences gets every sentence as the statement of its cited report or of the article's author.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import import_module, resources

from ..model import Article, Attribution, Citation, Claim, Layout, PartialDate, Sentence

DETECT_SAMPLE = 5000        # characters read to tell the language


class Language:
    """The interface a language package provides. Offsets are into the article's text."""
    code = ""

    # ---- sentences
    def sentence_ends(self, text: str, start: int, end: int) -> list[int]:
        """Where sentences end inside the paragraph text[start:end] (offsets after their last
        character); the paragraph's end need not be listed."""
        return []

    # ---- citations
    def citations(self, article: Article, layout: Layout) -> list[Citation]:
        """Every citation and credit the article writes, in the forms this language writes them;
        the core works out what text each covers."""
        return []

    def pasted_start(self, text: str, start: int, end: int) -> int:
        """Where text pasted from a report begins in text[start:end], the span a citation closing
        at `end` would cover: after the author's own sentences, where the language tells them
        apart (a blog's polite form before a report's plain form). By default, at `start`."""
        return start

    def pasted_end(self, text: str, start: int, end: int) -> int:
        """Where text pasted from a report ends in text[start:end], the span a citation opening at
        `start` would cover: before the author's own words, where the language tells them apart
        (a blog's polite form after a report's plain form; "I think" after a wire story). By
        default, at `end`."""
        return end

    def own_voice(self, text: str, start: int, end: int) -> bool:
        """Whether the sentence text[start:end] is in the author's own register rather than a
        report's (a blog's polite form, "I think"), where the language tells them apart. By
        default, never."""
        return False

    def is_citation_line(self, line: str) -> bool:
        """Whether a bracketed line that looks like a heading is a citation instead."""
        return False

    def not_statements(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Spans in a paragraph that are not statements (editorial marks such as (中略))."""
        return []

    # ---- cues and speakers
    def attributions(self, article: Article, layout: Layout, citations: list[Citation],
                     sentences: list[Sentence]) -> list[Attribution]:
        """The statements of the article, each centred on its cue where it has one (who says it,
        the cue, what is said), in text order; several may come from one sentence. A statement
        without a cue is left without speakers: the core makes it its report's or its author's."""
        return [Attribution(s.start, s.end, s.paragraph, content=(s.start, s.end)) for s in sentences]

    # ---- dates
    def statement_date(self, claim: Claim, limit: int, ref: date | None, year: int | None,
                       previous: Claim | None) -> date | None:
        """When a statement was made, as its text tells (before offset `limit` of claim.text):
        relative dates resolve against `ref`, the date of the report that carries it."""
        return None

    def same_day(self, text: str) -> bool:
        """Whether the text says its event happened on the day last written (同日)."""
        return False

    def another_time(self, text: str) -> bool:
        """Whether the text says when in words no day can be read from (In March, last year, 昨年):
        its statement was made then, not on the day of an event beside it."""
        return False

    def dated_years(self, text: str) -> list[int]:
        """The years of the full dates (year, month and day) the text writes, for an article whose
        year nothing else gives: a year alone is as often history (1952年に建設された)."""
        return []

    def reading_note(self, when: PartialDate, chosen: date) -> str | None:
        """A note on how a damaged date was read, for the citation's date note."""
        return None

    # ---- names
    def name_suffixes(self) -> tuple[str, ...]:
        """Titles and honorifics written after a name (氏, 大統領), left out when names are compared."""
        return ()

    # ---- page furniture, recognised whatever the article's language (see tracker.furniture)
    furniture: Furniture | None = None


@dataclass(frozen=True)
class Furniture:
    """How a language writes a page's date line, byline and credit lines. `date` finds a written
    date and returns it with its span; `labels` are the words a date line may carry beside it
    (投稿, Published); `day` finds a month and day written without their year (6/24(月) 8:00配信),
    which the article's date completes; `byline` matches a whole byline, its first group the author; `credit_labels`
    the words a credit line carries beside the outlet it names (出典, 配信, より, Source, Via, ©,
    and the language's ways of writing dates and times), `opening_labels` those that make it
    cover what follows rather than what precedes (以下…より), `closing_labels` those that make it
    cover what precedes whatever stands below it (Read more:, Full article:, 続きは); `announcing` the
    words that end a sentence announcing the text quoted after it (以下のように書いている。, as follows:);
    `notice` the lines a press release addresses its readers or gives its contact with, and the page's
    own chrome, which say nothing (FOR IMMEDIATE RELEASE, 報道関係者各位, Media contact: …, Advertisement,
    Share this:, 広告); `links` the labels of a line
    that points to another page (Related: …, Next article: …, 関連記事：…), whose headline says nothing here; `listing`
    the words a line heading a portal's page of one outlet's stories writes around its name (伊勢新聞の配信記事一覧):
    the page's masthead; `comments` the line heading its readers' comments, which no masthead or
    repost credit reaches (Comments (2), Leave a reply, コメント（3件）)."""
    date: Callable[[str], tuple[date | None, int, int] | None] | None = None
    day: Callable[[str], tuple[int, int, str, int | None] | None] | None = None     # month, day, as written, weekday
    labels: str = ""                    # regex alternatives
    byline: re.Pattern | None = None
    credit_labels: str = ""             # regex alternatives
    opening_labels: str = ""            # regex alternatives
    closing_labels: str = ""            # regex alternatives
    announcing: str = ""                # regex alternatives, matched at a paragraph's end
    notice: str = ""                    # regex alternatives, a whole line: a release's address or contact (報道関係者各位, Media contact: …)
    links: str = ""                     # regex alternatives, before a colon opening a line: Related:, 関連記事：
    listing: str = ""                   # regex alternatives, around a known outlet's name: a page of its stories (…の配信記事一覧)
    comments: str = ""                  # regex alternatives, a whole line: the head of a page's readers' comments (Comments (3), コメント（3件）)
    paper: str = ""                     # regex alternatives, a whole name: an outlet by its name's form, whoever knows it (北町新聞, 南海ニュース)


@dataclass(frozen=True)
class Row:
    code: str
    letters: re.Pattern | None      # None: the default, taken when no row before it matched
    share: float


@cache
def table() -> tuple[Row, ...]:
    """The detector's table, `languages.tsv`."""
    return read_table(resources.files(__name__).joinpath("languages.tsv").read_text("utf-8"))


def read_table(text: str) -> tuple[Row, ...]:
    """Rows of `code<TAB>letters<TAB>share`: the code of a package here (and the language tag
    its literals carry), letters a regex character class, share a fraction. Only the last row, the
    default, has no letters. A malformed table is refused with the line at fault."""
    rows: list[Row] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3:
            raise ValueError(f"languages.tsv line {n}: {len(fields)} tab-separated fields, not 3 (code, letters, share)")
        code, letters, share = (f.strip() for f in fields)
        if not re.fullmatch(r"[a-z]{2,3}", code) or code in {r.code for r in rows}:
            raise ValueError(f"languages.tsv line {n}: {code!r} is not a new two- or three-letter language code")
        try:
            fraction = float(share)
            pattern = re.compile(f"[{letters}]") if letters else None
        except (ValueError, re.error) as exc:
            raise ValueError(f"languages.tsv line {n}: {exc}") from None
        if not 0 <= fraction < 1 or (rows and rows[-1].letters is None):
            raise ValueError(f"languages.tsv line {n}: a share from 0 to 1, and no row after the default (the row without letters)")
        rows.append(Row(code, pattern, fraction))
    if not rows or rows[-1].letters is not None:
        raise ValueError("languages.tsv: the last row is the default and has no letters")
    return tuple(rows)


def detect(text: str) -> str:
    """The code of the language `text` is written in: the first row of the table whose letters
    make up more than its share of the first characters."""
    sample = text[:DETECT_SAMPLE]
    for row in table():
        if row.letters is None or len(row.letters.findall(sample)) > len(sample) * row.share:
            return row.code
    return table()[-1].code


def get(code: str) -> Language:
    """The language of that code, from the package of that name."""
    if code not in {row.code for row in table()}:
        raise ValueError(f"no language {code!r}; the table knows {', '.join(r.code for r in table())}")
    return _load(code)


@cache
def _load(code: str) -> Language:
    try:
        language = import_module(f"{__name__}.{code}").LANGUAGE
    except (ImportError, AttributeError) as exc:
        raise ValueError(f"languages.tsv names {code!r}, but tracker/lang/{code}/ has no LANGUAGE ({exc})") from None
    if not isinstance(language, Language) or language.code != code:
        raise ValueError(f"tracker/lang/{code}/: LANGUAGE is not a Language whose code is {code!r}")
    return language


def of(article: Article) -> Language:
    return get(article.lang)


def known() -> tuple[Language, ...]:
    """Every language in the table, in its order."""
    return tuple(get(row.code) for row in table())
