"""Read an article: a file path, a URL, or `-` for standard input, decoded to text; HTML pages
to their main text and metadata.

Japanese pages still come in Shift_JIS and EUC-JP, so undecodable UTF-8 is tried against those
before giving up. Offsets everywhere else refer to the text returned here (newlines normalised).
"""
from __future__ import annotations

import codecs
import os
import re
import select
import stat
import hashlib
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import lang
from .errors import BadInput, brief
from .fetch import Policy, get_page, is_url
from .markdown import plain as plain_markdown
from .sources import is_rdf, looks_like_linked_data
from .html import looks_like_html, meta_charset, page_text
from .model import Article, Evidence

MAX_BYTES = 20 * 1024 * 1024        # a long article is well under 1 MB; a saved page with its scripts, a few MB
_FALLBACKS = ("cp932", "euc_jp", "iso2022_jp")
# what Japanese pages declare, read as the superset browsers use for it
_ALIASES = {"shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "ms_kanji": "cp932",
            "windows-31j": "cp932", "x-euc-jp": "euc_jp"}


@dataclass(frozen=True)
class Web:
    """How pages are fetched: the fetch policy, and "fetch" (keeping a copy; the copy if the
    network fails) or "offline" (the kept copy only)."""
    policy: Policy = field(default_factory=Policy)
    mode: str = "fetch"
    cache: Path | None = None


def read_article(source: str, *, published: date | None = None, url: str | None = None, web: Web | None = None) -> Article:
    """Read `source` (a path, a URL, or "-"), plain text or HTML, and return the decoded article."""
    if is_url(source):
        return _read_url(source, published, web or Web())
    if is_rdf(source):      # an export read as prose would fill a store with "@prefix …" statements
        raise BadInput(f"{source}: linked data, not an article: tracker validate checks it; extract and ingest "
                       "read articles (text or HTML)")
    data = read_bytes(source)
    if looks_like_html(data, name=source):
        return _from_html(data, source, published=published, url=url)
    return _from_text(data, source, published=published, url=url)


def _from_text(data: bytes, source: str, *, published, url, declared: str | None = None,
               evidence: Evidence | None = None, notes: tuple[str, ...] = ()) -> Article:
    text, encoding = decode(data, source, declared)
    text = unmarked(text.replace("\r\n", "\n").replace("\r", "\n"))
    if source.lower().endswith((".md", ".markdown")):
        text = plain_markdown(text)
    if not text.strip():
        raise BadInput(f"{source}: the file is empty")
    if looks_like_linked_data(text):
        raise BadInput(f"{source}: an export (linked data, CSV or JSON), not an article; tracker validate checks linked data "
                       "(as a .ttl, .trig, .nq or .jsonld file)")
    return Article(text=text, source=source, encoding=encoding, sha256=_sha(text), published=published, url=url,
                   lang=lang.detect(text), evidence=evidence, notes=notes)


# a forum's markup in a text copied from it: [b]…[/b], [font size=1], [url=…]…[/url]; a tag
# only where the text closes it somewhere ([/b]), so that a[i] or [left unchanged] stays text
_BBCODE = re.compile(r"\[(?P<close>/?)(?P<tag>[bius]|font|size|color|colour|url|center|left|right|list|spoiler|sub|sup|email|code)"
                     r"(?:=[^\]\n]{1,200}|(?<=font) [^\]\n]{1,100})?\]")


def unmarked(text: str) -> str:
    """A text without the forum markup inside its lines: the tags the text opens and closes are
    dropped where a line holds more than them. A line of markup alone stays as it is (a paragraph
    of furniture, furniture.py): taking it out would move every line after it."""
    closed = set(re.findall(r"\[/([a-z]+)\]", text))
    if not closed:
        return text

    def line_of(line: str) -> str:
        shown = _BBCODE.sub(lambda m: "" if m.group("tag") in closed else m.group(0), line)
        return shown if shown.strip() else line
    return "\n".join(line_of(line) for line in text.split("\n"))


def _from_html(data: bytes, source: str, *, published, url, declared: str | None = None,
               evidence: Evidence | None = None, notes: tuple[str, ...] = ()) -> Article:
    html, encoding = decode(data, source, declared or meta_charset(data))
    page = page_text(html, url, source)
    return Article(text=page.text, source=source, encoding=encoding, sha256=_sha(page.text), title=page.title,
                   site=page.site, author=page.author, published=published or page.published,
                   url=url or page.canonical, lang=lang.detect(page.text), evidence=evidence, notes=notes)


def _read_url(source: str, published, web: Web) -> Article:
    page, note = get_page(source, web.policy, mode=web.mode, folder=web.cache)
    evidence = Evidence(page.url, page.final_url, page.retrieved, page.sha256, page.media_type)
    if not page.body.strip():
        raise BadInput(f"{source}: the page is empty")
    notes = (note,) if note else ()
    if looks_like_html(page.body, page.media_type):
        return _from_html(page.body, source, published=published, url=source, declared=page.charset,
                          evidence=evidence, notes=notes)
    if not page.media_type.startswith("text/"):
        raise BadInput(f"{source}: a {page.media_type} document, not an article (HTML or text)")
    return _from_text(page.body, source, published=published, url=source, declared=page.charset, evidence=evidence, notes=notes)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_bytes(source: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a file (or of standard input, for "-"), refused past `max_bytes` without
    reading further; a one-line BadInput for what cannot be read."""
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        path = Path(source)
        try:
            if path.is_dir():
                raise BadInput(f"{brief(source)}: is a directory, not an article file")
            with _opened(path) as fh:
                data = fh.read(max_bytes + 1)
        except FileNotFoundError:
            raise BadInput(f"{brief(source)}: no such file") from None
        except OSError as exc:
            raise BadInput(f"{brief(source)}: cannot read ({exc.strerror or exc})") from None
        except ValueError:          # a NUL byte in the name (an @LIST line)
            raise BadInput(f"{brief(source)}: cannot read (a NUL byte in the name)") from None
    if len(data) > max_bytes:
        raise BadInput(f"{source}: larger than {max_bytes // (1024 * 1024)} MB")
    if not data.strip():
        raise BadInput(f"{source}: the file is empty")
    return data


def _opened(path: Path):
    """`path` open for reading. A named pipe is read once a writer comes (`<(curl …)`, or a writer
    started a moment later), but not waited on past PIPE_WAIT seconds: nobody writing is an error,
    not a hang."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if stat.S_ISFIFO(os.fstat(fd).st_mode) and not select.select([fd], [], [], PIPE_WAIT)[0]:
            raise BadInput(f"{brief(str(path))}: a named pipe nobody wrote to in {PIPE_WAIT:g} s")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


PIPE_WAIT = float(os.environ.get("TRACKER_PIPE_SECONDS", "30"))


_JIS_ESCAPE = re.compile(rb"\x1b\$[@B]|\x1b\([BJ]")
# declarations the Japanese reading may overrule: the Japanese ones and the Western single-byte
# ones pages are wrongly served with; a declared Korean or Chinese encoding is taken as it is
_OVERRULABLE = {"cp932", "shift_jis", "euc_jp", "iso2022_jp", "latin_1", "iso8859-1", "cp1252", "ascii"}


def decode(data: bytes, source: str = "input", declared: str | None = None) -> tuple[str, str]:
    """The text of `data` (see _decode), composed (NFC): an accent typed as its own mark (e + ́)
    is the letter it makes (é), so that a name is the same name however its page wrote it."""
    text, encoding = _decode(data, source, declared)
    return (text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)), encoding


_NOT_TEXT = {"Cc", "Co", "Cn", "Cs"}      # and byte-order marks in the text (not joiners or soft hyphens: format characters)


def _decode(data: bytes, source: str, declared: str | None) -> tuple[str, str]:
    """Decode bytes in the encoding they declare (an HTTP header, a <meta> tag), else as UTF-8,
    else as the Japanese legacy encoding that reads best. A declaration is not taken on trust:
    pages are often served with a wrong one, so bytes that are valid UTF-8 beyond ASCII are read
    as UTF-8 (other encodings almost never happen to form it), and a declared Japanese or Western
    encoding that reads as clearly less Japanese than another one is passed over. Text that is
    almost UTF-8 (a damaged byte, a cut last character) is read as UTF-8 with the damage marked
    by U+FFFD; mostly-ASCII text in no Japanese encoding is read as Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for bom, encoding in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),     # UTF-32 and Windows'
                          (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):                       # "Unicode" text, with their mark
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                text = ""
            head = text[:65536]         # text, not bytes that happen to pair: few controls, formats or unassigned points
            if not text or sum(ch not in "\t\n\r\f" and (ch == "\ufeff" or unicodedata.category(ch) in _NOT_TEXT) for ch in head) > len(head) // 100:
                raise BadInput(f"{source}: marked as {encoding[:6].upper()} text, but not valid {encoding[:6].upper()} text")
            return text, encoding[:6]
    if _looks_binary(data):
        raise BadInput(f"{source}: binary data, not a text article")
    if _JIS_ESCAPE.search(data[:65536]):            # ISO-2022-JP is 7-bit: it would pass for UTF-8
        try:
            return data.decode("iso2022_jp"), "iso2022_jp"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _ALIASES.get(declared.lower(), declared) if declared else None
    if declared and _known(declared) and codecs.lookup(declared).name not in _OVERRULABLE:
        try:
            return data.decode(declared), codecs.lookup(declared).name
        except UnicodeDecodeError:
            pass
    readings: list[tuple[float, str, str, bool]] = []       # score, text, encoding, declared
    for enc in ([declared] if declared else []) + list(_FALLBACKS):
        try:
            name = codecs.lookup(enc).name
            text = data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
        # the declared reading gets a head start: it loses only to one clearly more Japanese
        mine = enc == declared
        readings.append((_japanese_ratio(text) + (0.1 if mine else 0.0), text, name, mine))
    best = max(readings, key=lambda r: r[0], default=None)
    if best is not None and (best[3] or best[0] >= 0.05):
        return best[1], best[2]
    damaged = data.decode("utf-8", errors="replace")
    bad = damaged.count("\ufffd")
    sound = sum(1 for ch in damaged[:200000] if ch > "\x7f" and ch != "\ufffd")   # multi-byte UTF-8 read right
    if bad <= max(8, len(damaged) // 200) and sound >= 5 * bad:
        return damaged, "utf-8"
    if sum(b < 128 for b in data[:65536]) >= 0.7 * min(len(data), 65536):
        return data.decode("cp1252", errors="replace"), "cp1252"
    raise BadInput(f"{source}: not valid UTF-8, Shift_JIS or EUC-JP text")


def _known(encoding: str) -> bool:
    try:
        codecs.lookup(encoding)
    except LookupError:
        return False
    return True


def _looks_binary(data: bytes) -> bool:
    head = data[:65536]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.01


_MARKUP = re.compile(r"<script\b.*?</script>|<style\b.*?</style>|<!--.*?-->|<[^>]*>", re.S | re.I)


def _japanese_ratio(text: str) -> float:
    """How Japanese a reading looks: its share of kana and kanji, less five times its share of
    unassigned and control characters; measured on the text, not on a page's markup and scripts."""
    sample = _MARKUP.sub(" ", text[:200000])[:20000]
    if not sample:
        return 0.0
    jp = sum(1 for ch in sample if "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff")
    odd = sum(1 for ch in sample if unicodedata.category(ch) in ("Co", "Cn", "Cc") and ch not in "\n\t")
    return (jp - 5 * odd) / len(sample)
