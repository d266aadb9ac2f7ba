"""The people a text names, remembered sentence by sentence for the "he" or "she" after them (speakers.person_for):
the speakers, those named with a title or a first name that says which they are, and the gender their titles, roles
and first names show."""
from __future__ import annotations

import re
from functools import lru_cache

from ...model import Speaker
from .lexicon import given_gender, words as _words
from .speakers import GENDERED, Context, make_speaker


_TITLED = re.compile(r"\b(?:(?P<title>Mr|Ms|Mrs|Miss)\.?\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})"
                     r"|(?=(?P<given>[A-Z][a-z]+\s+[A-Z][\w'’\-]+)))")       # (Ms. Ana Alvarez; Jane Roe, by her first name, after any word)


def titled_in(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names someone with a title or a first name that says which they are."""
    return any(m.group("title") or given_gender(m.group("given")) for m in _TITLED.finditer(text, start, end))


@lru_cache(maxsize=1)
def _role_titled() -> re.Pattern:
    """A name after a title that says nothing of which they are: Governor Sam Oakes, Sen. Jordan Lee."""
    titles = sorted((re.escape(t) for t in _words("title") if t[:1].isupper() and " " not in t), key=len, reverse=True)
    return re.compile(rf"\b(?P<role>{'|'.join(titles)})\.?\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,2}}")


def remember_titled(masked: str, ctx: Context, spoke: set[str]) -> None:
    """People a sentence names with a title or a first name that says which they are (met with Ms. Ana Alvarez, with Jane Roe):
    their gender, and they themselves as objects where they are not the sentence's speakers (`spoke`)."""
    for m in [*_TITLED.finditer(masked), *_role_titled().finditer(masked)]:
        role = m.groupdict().get("role")            # (Governor Sam Oakes: named, neither shown)
        gender = None if role else GENDERED[m.group("title").lower()] if m.group("title") else given_gender(m.group("given"))
        sp = make_speaker(m.group("given") if m.groupdict().get("given") else m.group(0), "person", ctx) if role or gender else None
        if sp is None or sp.kind != "person":
            continue
        if gender:
            ctx.genders.setdefault(sp.name, gender)     # a speaker's too: its mention may lack the title
        if sp.name in spoke:
            continue
        ctx.recent = [p for p in ctx.recent if p.name != sp.name][-7:] + [sp]
        ctx.objects.add(sp.name)


def remember(ctx: Context, speakers: tuple[Speaker, ...]) -> None:
    for sp in speakers:
        if sp.kind == "person":
            ctx.last_person = sp
            if (gender := next((GENDERED[w] for w in f"{sp.mention or ''} {sp.description or ''}".lower().split() if w in GENDERED),
                               None) or given_gender(sp.name)) and sp.name not in ctx.genders:
                ctx.genders[sp.name] = gender
            ctx.recent = [p for p in ctx.recent if p.name != sp.name][-7:] + [sp]
            ctx.objects.discard(sp.name)
        elif sp.kind in ("organization", "media", "anonymous"):
            ctx.last_group = sp
            if sp.kind == "anonymous" and _one_holder(sp.mention or sp.name):
                # The mayor said …. She said …: the mayor, the nearest, as after a name (Police arrested John Smith …. The
                # police chief said …. He said …: the chief, never the man arrested)
                if (gender := next((GENDERED[w] for w in (sp.mention or sp.name).lower().split() if w in GENDERED), None)):
                    ctx.genders.setdefault(sp.name, gender)
                ctx.recent = [p for p in ctx.recent if p.name != sp.name][-7:] + [sp]
                ctx.objects.discard(sp.name)


@lru_cache(maxsize=4096)
def _one_holder(mention: str) -> bool:
    """Whether a role names one person, whom "he" or "she" may stand for: the mayor, a spokeswoman for
    the city, the company's chief executive (not officials, the ministry, a source)."""
    m = re.match(r"(?i:the|a|an|its|their|his|her|[A-Z][\w.&'’\-]*['’]s)\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<role>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
                 r"(?:\s+(?:of|for|at)\s+.{1,60})?$", mention.strip())
    return m is not None and (m.group("role") in _roles() or m.group("role").split()[-1] in _roles())


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(t.lower().rstrip(".") for t in _words("title") if not t.endswith("s") or t.endswith(("ss", "us")))
