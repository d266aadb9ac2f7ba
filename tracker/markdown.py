"""Markdown read as the text it shows: a `.md` article's emphasis, links and images as a reader
sees them, so that `**Senator Jane Roe** said in a [speech](…)` is a sentence like any other; its
headings keep their marks (`## …`), which segment.py reads as headings in any text. Line by
line, so that each line stays where it was."""
from __future__ import annotations

import re

_FENCE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})")
_IMAGE = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\n]{0,2000}\)")
# a link's text, where it is followed by its target: [as the AP reported](https://…) (not [sic], [1])
_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:<[^>\n]{0,2000}>|[^()\s\n]{0,2000})(?:\s+\"[^\"\n]{0,300}\")?\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]{1,2000})>")
# emphasis hugging its words: **bold**, __bold__, *it*, _it_ (not 2 * 3 * 4, nor snake_case)
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]{1,300}?)(?<=\S)\1")
_EM = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])([^\n*_]{1,300}?)(?<=[^\s*_])\1(?![\w*])")
_CODE = re.compile(r"`([^`\n]{1,300})`")


def plain(text: str) -> str:
    """The text a Markdown document shows, line for line (a fence's line is left blank)."""
    out = []
    for line in text.split("\n"):
        if _FENCE.match(line):
            out.append("")
            continue
        line = _IMAGE.sub("", line)
        line = _LINK.sub(r"\1", line)
        line = _AUTOLINK.sub(r"\1", line)
        line = _STRONG.sub(r"\2", line)
        line = _EM.sub(r"\2", line)
        out.append(_CODE.sub(r"\1", line))
    return "\n".join(out)
