"""A learned tagger of English attributions, for the sentences the rules leave without a cue.

A linear-chain CRF (python-crfsuite) tags each token of a sentence as part of a source, a cue or a
content (BIO), trained on PolNeAR's training split by `bench/train_attribution.py`. The model file
ships in the package (`data/attribution.crfsuite`, with `attribution.json`: where it came from);
nothing is downloaded. The features are this module's, read alike when training and tagging.

What a cue expresses (speech, belief, intention, finding) is read from its words
(`data/attitudes.tsv`), so that "X said" and "X believes" stay apart in the data.
"""
from __future__ import annotations

import hashlib
import json
import re
import threading
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from ... import lexicon
from ...errors import Damaged, brief
from .lexicon import cues

TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_QUOTE = frozenset("\"“”")
LABELS = ("source", "cue", "content")
_SHORT = {"source": "S", "cue": "C", "content": "T"}
SHIPPED = MODEL = resources.files(__package__) / "data" / "attribution.crfsuite"
MAX_CUES = 8            # attributions read in one sentence: more is a list, not prose (and each costs a pass)
MAX_CHARS = 3000         # a longer sentence (a page without stops) is left to the rules: the features grow with it
LIKELY: float | None = None     # set by bench/train_attribution.py while it tunes; else attribution.json's
LEXICON: frozenset[str] | None = None   # set by bench/train_attribution.py; else attribution.json's


@dataclass(frozen=True)
class Tagged:
    """What the model found in a sentence: the text spans of each role (absolute offsets)."""
    source: tuple[int, int] | None
    cue: tuple[int, int]
    content: tuple[int, int]


def tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in TOKEN.finditer(text, start, end)]


def _shape(w: str) -> str:
    if w.isdigit():
        return "d"
    if w.isupper():
        return "X" if len(w) > 1 else "X1"
    if w[:1].isupper():
        return "Xx"
    if w.isalpha():
        return "x"
    return "p" if not w[:1].isalnum() else "m"


def lexicon_words() -> frozenset[str]:
    """Words the rules know as cues, and the words of attitudes.tsv, as the lexicons hold them now."""
    return frozenset(w for c in cues() for w in c.lower().split()) | frozenset(attitudes())


@cache
def cue_words() -> frozenset[str]:
    """The words the features mark as cue words: those the model was trained with (kept in
    attribution.json), so that a lexicon edited since does not change what the model sees;
    while training, the lexicons' own (`LEXICON`)."""
    return LEXICON if LEXICON is not None else frozenset(_info()["lexicon"])


def features(text: str, toks: list[tuple[int, int]]) -> list[list[str]]:
    """Each token's features: its word, shape and affixes, its neighbours', whether it is
    inside quotes or near a cue word of the lexicons, and what the whole sentence holds."""
    words = [text[s:e] for s, e in toks]
    low = [w.lower() for w in words]
    shapes = [_shape(w) for w in words]
    known = cue_words()
    lex = [w in known for w in low]
    inside, opened = [], False
    for w in words:
        if w in _QUOTE:
            opened = not opened if w == '"' else w == "“"
            inside.append(False)
        else:
            inside.append(opened)
    n = len(words)
    whole = ["b"]
    if any(w in _QUOTE for w in words):
        whole.append("hasq")
    if any(lex):
        whole.append("haslex")
    last_lex, next_lex = -99, [99] * n
    nxt = 99
    for i in range(n - 1, -1, -1):
        next_lex[i] = nxt
        if lex[i]:
            nxt = i
    first_lex = next((i for i, x in enumerate(lex) if x), n)
    out = []
    for i, w in enumerate(low):
        f = whole + ["w=" + w, "s=" + shapes[i], "x=" + w[-3:], "y=" + w[-2:], "p=" + w[:3]]
        if lex[i]:
            f.append("lex")
        if inside[i]:
            f.append("q")
        for d in (-3, -2, -1, 1, 2, 3):
            j = i + d
            if 0 <= j < n:
                f.append(f"w{d}={low[j]}")
                f.append(f"s{d}={shapes[j]}")
                if lex[j]:
                    f.append(f"lex{d}")
            else:
                f.append(f"w{d}=_")
        if i > 1:
            f.append(f"b-2={low[i - 2]}|{low[i - 1]}")
        if i + 2 < n:
            f.append(f"b+2={low[i + 1]}|{low[i + 2]}")
        f.append("side=" + ("pre" if i < first_lex else "at" if i == first_lex else "post"))
        f.append("pos=" + ("0" if i == 0 else "1" if i < 4 else "2" if i < 10 else "3" if i < 20 else "4"))
        if i:
            f.append(f"b-1={low[i - 1]}|{w}")
        if i + 1 < n:
            f.append(f"b+1={w}|{low[i + 1]}")
        if i < 3:
            f.append(f"first{i}")
        before, after = i - last_lex, next_lex[i] - i
        f.append("lb=" + ("1" if before <= 1 else "3" if before <= 3 else "8" if before <= 8 else "far"))
        f.append("la=" + ("1" if after <= 1 else "3" if after <= 3 else "8" if after <= 8 else "far"))
        if lex[i]:
            last_lex = i
        out.append(f)
    return out


def labels(toks: list[tuple[int, int]], roles: list[tuple[str, int, int]]) -> list[str]:
    """BIO labels from annotated spans (role, start, end); where two overlap a cue wins over a
    source, a source over a content (a nested attribution inside another's content)."""
    rank = {"cue": 3, "source": 2, "content": 1}
    best: list[tuple[int, str, int]] = [(0, "O", -1)] * len(toks)      # (rank, role, which span)
    for k, (role, s, e) in enumerate(roles):
        for i, (ts, te) in enumerate(toks):
            if ts < e and s < te and rank[role] > best[i][0]:
                best[i] = (rank[role], role, k)
    out = []
    for i, (r, role, k) in enumerate(best):
        if not r:
            out.append("O")
        else:
            out.append(("I-" if i and best[i - 1][1:] == (role, k) else "B-") + _SHORT[role])
    return out


@cache
def attitudes() -> dict[str, str]:
    """A cue's word -> what it expresses: speech, belief, intention or finding."""
    return {word: attitude for word, attitude in lexicon.read_tsv(__package__, "attitudes.tsv")}


def attitude_of(cue: str) -> str:
    """What a cue expresses, by the first of its words the lexicon knows (speech if none does)."""
    table = attitudes()
    for w in TOKEN.findall(cue.lower()):
        if w in table:
            return table[w]
    return "speech"


_local = threading.local()


def _tagger():
    """This thread's tagger of `MODEL` (a tagger keeps the sequence it last tagged, which its
    marginals read: one a thread, about 19 MB each)."""
    import pycrfsuite

    if getattr(_local, "model", None) != MODEL:
        tagger = pycrfsuite.Tagger()
        with resources.as_file(MODEL) as path:
            if MODEL == SHIPPED:
                _check(str(path))
            tagger.open(str(path))
        _local.tagger, _local.model = tagger, MODEL
    return _local.tagger


@cache
def _check(path: str) -> None:
    """The shipped model is the file attribution.json describes (crfsuite reads a damaged one
    past its end and takes the process down): its size and SHA-256, once a process."""
    try:
        info, data = _info(), Path(path).read_bytes()
    except (OSError, ValueError) as exc:
        raise Damaged(f"the English attribution model cannot be read ({exc}); reinstall claim-tracker") from None
    if len(data) != info.get("bytes") or hashlib.sha256(data).hexdigest() != info.get("sha256"):
        raise Damaged(f"the English attribution model is not the file shipped ({brief(path)}: {len(data):,} bytes, "
                      f"expected {info.get('bytes', 0):,}); reinstall claim-tracker")


@cache
def _info() -> dict:
    """Where the model came from and the threshold tuned with it (bench/train_attribution.py)."""
    try:
        return json.loads((resources.files(__package__) / "data" / "attribution.json").read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise Damaged(f"the English attribution model's description cannot be read ({exc}); reinstall claim-tracker") from None


def likely() -> float:
    """From which marginal probability a cue the best tagging left out is taken."""
    return LIKELY if LIKELY is not None else float(_info()["likely"])


def tag(text: str, start: int, end: int) -> list[Tagged]:
    """The attributions the model finds in text[start:end], in the order of their cues: each cue
    with the content runs nearer to it than to another cue, and the source run nearest it
    (before it first: "Aides said"; else after: "…, said the aide")."""
    if end - start > MAX_CHARS:
        return []
    toks = tokens(text, start, end)
    if len(toks) < 3:
        return []
    tagger = _tagger()
    predicted = tagger.tag(features(text, toks))
    runs = _runs(predicted)
    cues = runs.get("C", [])
    contents = runs.get("T", [])
    if not cues:
        return _likely(tagger, toks)
    if not contents:
        return []
    cues = cues[:MAX_CUES]
    nearest = [min(range(len(cues)), key=lambda j: min(abs(r[0] - cues[j][1]), abs(cues[j][0] - r[1]))) for r in contents]
    sources = runs.get("S", [])
    out = []
    for k, (a, b) in enumerate(cues):
        mine = _one_side([r for r, j in zip(contents, nearest) if j == k], a, b)
        if not mine:
            continue
        before = [r for r in sources if r[1] <= a]
        after = [r for r in sources if r[0] > b]
        src = before[-1] if before else after[0] if after else None
        out.append(Tagged((toks[src[0]][0], toks[src[1] - 1][1]) if src else None, (toks[a][0], toks[b - 1][1]),
                          (toks[mine[0][0]][0], toks[mine[-1][1] - 1][1])))
    return out


def _likely(tagger, toks: list[tuple[int, int]]) -> list[Tagged]:
    """Where the best tagging has no cue, the token most likely a cue if it is likely enough
    (`likely()`, by the marginal probabilities of the tagging just done), with the tokens likely a
    content and a source around it."""
    n = len(toks)
    p = {role: [tagger.marginal("B-" + role, i) + tagger.marginal("I-" + role, i) for i in range(n)] for role in "CTS"}
    best = max(range(n), key=p["C"].__getitem__)
    if p["C"][best] < likely():
        return []
    a = b = best
    while a > 0 and p["C"][a - 1] > p["C"][best] / 2:
        a -= 1
    while b + 1 < n and p["C"][b + 1] > p["C"][best] / 2:
        b += 1
    content = _one_side([(i, i + 1) for i in range(n) if p["T"][i] > 0.3 and not a <= i <= b], a, b + 1)
    source = [i for i in range(n) if p["S"][i] > 0.3 and not a <= i <= b]
    if not content:
        return []
    src = (toks[source[0]][0], toks[source[-1]][1]) if source and source[-1] - source[0] < 8 else None
    return [Tagged(src, (toks[a][0], toks[b][1]), (toks[content[0][0]][0], toks[content[-1][1] - 1][1]))]


def _one_side(runs: list[tuple[int, int]], a: int, b: int) -> list[tuple[int, int]]:
    """The content runs on one side of the cue (tokens a to b): a content never holds its own cue;
    the side with more of it."""
    ahead, behind = [r for r in runs if r[0] >= b], [r for r in runs if r[1] <= a]
    if ahead and behind:
        return ahead if sum(e - s for s, e in ahead) >= sum(e - s for s, e in behind) else behind
    return runs


def _runs(predicted: list[str]) -> dict[str, list[tuple[int, int]]]:
    """Runs of tokens by role (S, C, T): (first, past the last), a B- or a change of role opening one."""
    out: dict[str, list[tuple[int, int]]] = {}
    i = 0
    while i < len(predicted):
        lab = predicted[i]
        if lab == "O":
            i += 1
            continue
        role, j = lab[2:], i + 1
        while j < len(predicted) and predicted[j] == "I-" + role:
            j += 1
        out.setdefault(role, []).append((i, j))
        i = j
    return out
