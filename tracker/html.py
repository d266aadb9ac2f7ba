"""An HTML page's article: its main text, without the navigation, and its metadata.

The main text comes from trafilatura (maintained, tested on many news sites), paragraphs and
quoted blocks kept one per line. The text handed on starts with the `headline | site` line a saved
page would have, so the rest of the pipeline reads a page as it reads a text file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .errors import BadInput

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class PageText:
    text: str
    title: str | None
    site: str | None
    author: str | None
    published: date | None
    canonical: str | None


def looks_like_html(data: bytes, media_type: str | None = None, name: str = "") -> bool:
    if media_type in ("text/html", "application/xhtml+xml"):
        return True
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:200]


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in its <meta> tags, if any."""
    m = _META_CHARSET.search(data[:8192])
    return m.group(1).decode("ascii", "replace").lower() if m else None


def page_text(html: str, url: str | None = None, source: str = "page") -> PageText:
    """The article in `html`, as text and metadata."""
    import trafilatura

    # the date from the page's metadata and markup only: the extensive search would take a
    # footer's "© 2021" for the day the article was published
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True, deduplicate=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    found = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    body = found.get("text") or ""
    lines = [" ".join(line.split()) for line in body.split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        raise BadInput(f"{source}: no article text found in the page")
    title = (found.get("title") or "").strip() or None
    site = (found.get("sitename") or "").strip() or None
    if title and lines and " ".join(lines[0].split()) == " ".join(title.split()):
        lines = lines[1:]             # the headline is the title line below
    head = f"{title} | {site}" if title and site else title
    text = "\n\n".join(([head] if head else []) + lines) + "\n"
    published = None
    if found.get("date"):
        try:
            published = date.fromisoformat(str(found["date"])[:10])
        except ValueError:
            published = None
    if published is None:            # many pages state it only in their header or footer
        published = _date_line(html)
    return PageText(text, title, site, (found.get("author") or "").strip() or None, published,
                    found.get("url") or None)


def _date_line(html: str) -> date | None:
    """The publication date a page states on a line of its own near its top or bottom."""
    import lxml.html
    from lxml import etree

    from .furniture import stated_publication

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    etree.strip_elements(root, "script", "style", "noscript", with_tail=False)
    lines = [line.strip() for line in root.text_content().split("\n") if line.strip()]
    return stated_publication(lines[:40] + lines[-15:])
