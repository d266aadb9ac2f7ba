"""Read an article: a file path or `-` for standard input, decoded to text.

Japanese pages still come in Shift_JIS and EUC-JP, so undecodable UTF-8 is tried against those
before giving up. Offsets everywhere else refer to the text returned here (newlines normalised).
"""
from __future__ import annotations

import hashlib
import sys
import unicodedata
from datetime import date
from pathlib import Path

from .errors import BadInput
from .model import Article

MAX_BYTES = 200 * 1024 * 1024
_FALLBACKS = ("cp932", "euc_jp", "iso2022_jp")


def read_article(source: str, *, published: date | None = None, url: str | None = None) -> Article:
    """Read `source` (a path or "-") and return the decoded article."""
    data = _read_bytes(source)
    text, encoding = decode(data, source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise BadInput(f"{source}: the file is empty")
    return Article(
        text=text,
        source=source,
        encoding=encoding,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        published=published,
        url=url,
        lang=guess_language(text),
    )


def _read_bytes(source: str) -> bytes:
    if source == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    else:
        path = Path(source)
        if not path.exists():
            raise BadInput(f"{source}: no such file")
        if path.is_dir():
            raise BadInput(f"{source}: is a directory, not an article file")
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except OSError as exc:
            raise BadInput(f"{source}: cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise BadInput(f"{source}: larger than {MAX_BYTES // (1024 * 1024)} MB")
    if not data.strip():
        raise BadInput(f"{source}: the file is empty")
    return data


def decode(data: bytes, source: str = "input") -> tuple[str, str]:
    """Decode bytes as UTF-8, else as the Japanese legacy encoding that reads cleanly."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if _looks_binary(data):
        raise BadInput(f"{source}: binary data, not a text article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[float, str, str] | None = None
    for enc in _FALLBACKS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _japanese_ratio(text)
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is None or best[0] < 0.05:
        raise BadInput(f"{source}: not valid UTF-8, Shift_JIS or EUC-JP text")
    return best[1], best[2]


def _looks_binary(data: bytes) -> bool:
    head = data[:65536]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.01


def _japanese_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    jp = sum(1 for ch in sample if "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff")
    odd = sum(1 for ch in sample if unicodedata.category(ch) in ("Co", "Cn", "Cc") and ch not in "\n\t")
    return (jp - 5 * odd) / len(sample)


def guess_language(text: str) -> str:
    sample = text[:5000]
    kana = sum(1 for ch in sample if "\u3040" <= ch <= "\u30ff")
    return "ja" if kana > len(sample) * 0.02 else "en"
