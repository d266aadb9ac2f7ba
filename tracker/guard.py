"""The guards between untrusted text and where it is shown: a terminal, a spreadsheet.

Article text, page headers, server messages and query results are hostile until shown otherwise.
What a person reads in a terminal goes through `for_terminal`; what a spreadsheet opens goes
through `for_spreadsheet`. Each decides on characters and cell structure, never on words.
"""
from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls (U+009B is a CSI on its own), the
# bidirectional overrides and isolates that reorder what a reader sees (Trojan Source), the
# characters that show as nothing between two others (a zero-width space, the word joiner and
# invisible operators, a BOM inside the text: "Reu\u200bters" would read as Reuters), and the
# bytes of a file name that is no UTF-8, as Python keeps them (U+DC80–U+DCFF: 0x9B among them).
# The zero-width joiners (U+200C, U+200D) stay: emoji and several scripts are written with them.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069"
                      "\ufeff\udc80-\udcff]")


def _escaped(m: re.Match) -> str:
    c = ord(m[0])
    if 0xDC80 <= c <= 0xDCFF:
        return f"\\x{c - 0xDC00:02x}"     # the byte itself
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


def for_terminal(text: str, *, one_line: bool = False) -> str:
    """`text` with every control character written out as an escape (ESC as `\\x1b`), so that
    nothing in it can move the cursor, set a title, write the clipboard or recolour the screen.
    `one_line`: newlines and tabs are written out too. Rich markup is not this function's
    business: tables take cells as `rich.text.Text`, which is never parsed as markup."""
    text = _CONTROL.sub(_escaped, text)
    if one_line:        # and the separators that some readers end a line at
        text = (text.replace("\n", "\\n").replace("\t", "\\t")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return text


def for_data(text: str) -> str:
    """Serialised JSON, Turtle, TriG, N-Triples or N-Quads with its control characters written as
    `\\uXXXX`, the escape all of them read back as the same character inside a string or IRI (the
    only places such characters can stand), so printing the data is as safe as printing a report.
    Serialisers escape some (json.dumps: C0; Oxigraph: C0) but not all (C1, bidirectional)."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m[0]):04X}", text)


# in serialised JSON these stand only inside strings, where `\u003c` reads back as `<`: written
# so, the JSON can be set in an HTML page's <script> element (which "</script>" in a string would
# close) and read by a JavaScript parser older than ES2019 (which ends a string at U+2028)
_JSON_MARKUP = re.compile("[<>&\u2028\u2029]")


def for_json(text: str) -> str:
    """Serialised JSON (JSON-LD, ClaimReview, Web Annotation, SPARQL results) through `for_data`,
    and with `< > &` and the line and paragraph separators written as `\\uXXXX` too: the same
    data to any JSON reader, inert where a page embeds it. Only for JSON, where these characters
    cannot stand outside a string; Turtle's `<iri>` is structure."""
    return _JSON_MARKUP.sub(lambda m: f"\\u{ord(m[0]):04x}", for_data(text))


def for_xml(text: str) -> str:
    """Serialised XML (SPARQL XML results, RDF/XML) with the controls XML can hold written as
    character references (`&#x202E;`), which read back as the same characters; those XML 1.0
    cannot hold at all (C0 but tab and line ends) were replaced by the serialiser before."""
    def ref(m: re.Match) -> str:
        c = ord(m[0])
        return m[0] if c < 0x20 else "\ufffd" if 0xD800 <= c <= 0xDFFF else f"&#x{c:X};"      # (no reference stands for a lone surrogate)
    return _CONTROL.sub(ref, text)


class DataWriter:
    """A binary stream that passes UTF-8 data through `guard` (`for_data`, or `for_json` for
    JSON) as it is written, 64 KiB at a time (a serialiser writes a few bytes a call: guarding
    each call took a third of a large article's writing), holding back a character cut at the end
    of a piece."""

    PIECE = 1 << 16

    def __init__(self, out, guard=for_data):
        self._out = out
        self._buf = bytearray()
        self._guard = guard

    def write(self, data) -> int:
        self._buf += data
        if len(self._buf) >= self.PIECE:
            self._drain(_whole(self._buf))
        return len(data)

    def _drain(self, cut: int) -> None:
        piece = bytes(self._buf[:cut])
        del self._buf[:cut]
        if piece:
            write_all(self._out, self._guard(piece.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape"))

    def flush(self) -> None:
        self._drain(len(self._buf))
        self._out.flush()


def write_all(out, data: bytes) -> None:
    """All of `data` to `out`. A buffered file may take part of a large write and say so in its
    return value instead of raising (the disk filled up midway): the rest is written again, and
    that write raises the error."""
    view = memoryview(data)
    while view:
        n = out.write(view)
        if n is None or n >= len(view):
            return
        if n <= 0:
            raise OSError(f"wrote nothing of {len(view)} bytes")
        view = view[n:]


def _whole(data: bytearray) -> int:
    """Where the last whole UTF-8 character of `data` ends."""
    for k in range(1, min(4, len(data)) + 1):            # a lead byte whose character is not whole yet
        b = data[-k]
        if b & 0xC0 == 0xC0:
            return len(data) - k if k < (2 if b < 0xE0 else 3 if b < 0xF0 else 4) else len(data)
        if b & 0xC0 != 0x80:
            break
    return len(data)


# A cell a spreadsheet would read as a formula: it starts (after spaces) with = + - @, or with a
# tab or carriage return, or their full-width forms, which Japanese spreadsheets accept too
_FORMULA = re.compile("^[\t\r]|^[ \u3000]*[=+\\-@\uff1d\uff0b\uff0d\uff20]")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def for_spreadsheet(cell: str, *, one_line: bool = False) -> str:
    """A CSV or TSV cell that a spreadsheet shows as text: a cell that could start a formula gets
    a leading apostrophe (as OWASP recommends), except a plain number; controls are escaped.
    `one_line` (TSV, which has no quoting): tabs and newlines are written out too."""
    cell = for_terminal(cell, one_line=one_line)
    if _FORMULA.match(cell) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def for_link(url: str | None) -> str | None:
    """`url` if a browser may follow it from a page (http or https, with a host), else None: an
    article's address is the article's to choose (javascript:, data:, a scheme-relative //host)."""
    from urllib.parse import urlsplit

    if not url or _CONTROL.search(url) or any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.hostname else None


def for_browser(text: str) -> str:
    """`text` for a page, before the template escapes it for where it stands: controls and the
    bidirectional overrides and isolates written out as `\\u202e`, so that a name cannot reverse
    what follows it on the page (a rating "False\\u202e eurT" reading "False True")."""
    return _CONTROL.sub(_escaped, text)
