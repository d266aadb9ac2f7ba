"""Transcripts: who speaks each turn of a press conference or interview.

A turn opens with its speaker's label: 報道官：…, 【岸田外務大臣】…, （外務大臣）…, A:…, （答）…, or a
line that is only the label (市長, then the answer in the paragraphs below). Questions (問, Q, 記者)
are the journalists' and are no statements; answers (A, 答) are the conference's speaker's, named in
its title (防衛大臣記者会見 → 防衛大臣) or by the last labelled answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ... import lexicon as outlets
from .lexicon import word_list
from .names import holds_name, is_name
from .speakers import classify
from .people import INTERVIEW_HEAD

_COLON = re.compile(r"\s*([^：:「」。、\s]{1,25})\s*[：:]")
_BRACKETED = re.compile(r"\s*(?:【([^【】\n]{1,15})】|[(（]([^()（）\n]{1,15})[)）]|[＜〈<]([^＜＞〈〉<>\n]{1,15}の(?:話|談話|コメント))[＞〉>])")     # ＜大谷選手の話＞
# 広瀬知事 それでは私から…。, 幹事社  よろしくお願いします。: a label set off by spaces before a sentence
_SPACED = re.compile(r"[ \u3000]*(?:[◇◆■□▼▽][ \u3000]*(?=[^\s、。「」：:()（）]{2,14}の(?:話|談話|コメント)))?"
                     r"([^\s、。「」：:()（）]{2,14}(?:[(（][^\s、。()（）]{1,10}[)）])?)[ \u3000]{1,3}(?=[^\n]{5,}?[。？！?!])")   # (ロペス監督(チリ) …: where they come from)
# what makes the words before a name a clause, not a party or a place (日本維新の会, みんなでつくる党, にかほ市)
_CLAUSE = re.compile(r"し[たて]|す[るれ]|った|って|ます|です|である|[たるいうくむぶぬぐだ]$"
                     r"|[がをにでへ](?!.*(?:党|会|市|町|村|区|県|都|府|庁|省|社|団|組|局)$)")     # (国会で答弁, 被災地を視察: a caption)
# a name as a list of remarks writes it, in kanji or katakana: no particle, no kana verb
_NAME_LIKE = re.compile(r"[一-龯々ァ-ヶー・]{2,14}(?:[(（][^\s、。()（）]{1,10}[)）])?")
_TALK = re.compile(r"の(?:話|談話|コメント)$")
# 橋本社長「残念ながら…」, ・佐藤常務「…」: a name right before the quote that makes up its paragraph (TV
# news, a list of reactions, its mark no part of the name: ・, ◇ or ■, which opens a heading but not
# this); the quote may hold quotes of its own
_QUOTING = re.compile(r"[ \u3000]*(?:[◇◆■□●○・※▼▲►][ \u3000]*)?([^\s、。「」『』：:()（）【】◇◆■□●○・※▼▲►＝=]{2,20})(?=「)")
_QUOTE_ONLY = re.compile(r"「(?:[^「」]|「[^「」]*」)*」[。．]?")
_WHOLE_TEXT = re.compile(r"(?:以下、?)?(?P<who>[^、]+?)の?(?:コメント|談話|声明|発表|発言|あいさつ|挨拶)の?(?:全文|要旨|詳報)")
# a picture's caption: 首相官邸(2019年7月18日撮影), 会見する知事（写真：県提供）
_PICTURE_NOTE = re.compile(r"[(（][^()（）]*(?:撮影|写真|画像|提供)[^()（）]*[)）]$")
# a name before a colon in a transcript whose questions are labelled too (司会：… 山田：…): a
# surname, a full name, a name and an honorific, in kanji or katakana
TURN_NAME = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff・]{1,10}(?:氏|さん)?")
_QUESTION = re.compile(r"(?:問|質問|Q|Ｑ|記者|質疑|司会|幹事社)(?:者)?\d*")
_ANSWER = re.compile(r"(?:答|回答|A|Ａ)\d*")
# 防衛大臣記者会見, 外務大臣会見記録, 市長会見, 知事定例記者会見, 市長インタビュー: whose conference or interview it is
_CONFERENCE = re.compile(r"([^\s、。「」|｜0-9０-９月日]{0,12}?(?:大臣|長官|知事|市長|町長|村長|区長|首相|総理|報道官|副大臣|政務官|議長|委員長|代表|社長))"
                         r"(?:(?:閣議後)?(?:定例)?(?:記者)?会見|(?:単独)?(?:インタビュー|一問一答)(?=$|[\s|｜】」』（(]))")


@dataclass(frozen=True)
class Label:
    name: str           # as written: 外務大臣, 市長; empty for an answer that names no one
    end: int            # where the turn's words start
    question: bool
    alone: bool         # the label is the whole paragraph: the turn is in the paragraphs below
    whole: bool = False  # 【以下、X氏のコメント全文】: a statement's whole text follows, up to the next heading
    asks: bool = False   # (Q.…?): the question itself, its answer in the paragraphs below
    quoting: bool = False  # 橋本社長「…」: a name opening the quote that is its paragraph, which it alone speaks
    marked: bool = False   # ○大臣: opened by the mark of a turn, a turn wherever it stands


# a citation's bracket closing a headline's quote: 西田社長「値上げは避けられない」【11月19日 時事】
_MARKER_AFTER = re.compile(r"(?<=[」』])\s*【[^【】\n「」]{1,30}(?:】|$)\s*$")


def label_of(text: str, start: int, end: int, speaks) -> Label | None:
    """The speaker label opening the paragraph text[start:end], if any. `speaks(name)` tells
    whether a name can speak (a person, a role, an organisation)."""
    if _ASKED.fullmatch(text, start, end):
        return Label("Q", end, True, True, asks=True)
    if mark := _TURN_MARK.match(text, start, end):      # (a run of marks at once: the call below meets none)
        found = None
        if (m := _SEATED.match(text, mark.end(), end)) and speaks(name := m.group(2) + m.group(1)):
            found = Label(name, m.end(), False, not text[m.end():end].strip())     # ○委員長（山田太郎君） …: 山田太郎委員長
        found = found or label_of(text, mark.end(), end, speaks)     # ○山田大臣 …, ○記者: the mark is no part of the label
        return found and replace(found, marked=True)
    for m in (_BRACKETED.match(text, start, end), _COLON.match(text, start, end), _SPACED.match(text, start, end)):
        if m:
            name = _TALK.sub("", next(g for g in m.groups() if g))       # 南野健一さんの話： → 南野健一さん
            if re.search(r"[0-9０-９]日", name) or len(re.findall(r"[(（]", name)) > len(re.findall(r"[)）]", name)):
                continue        # 【3月12日 AFP】: a dated credit opening a story; 北町フーズ（本社：大阪市）は: a field inside a name's parenthesis
            if m.re is _SPACED and name[:1] in "◇◆■□▼▽●○☆★◎▲△":
                continue        # ◆首相 辞任した。: a marked line, not a name (◇北町監督の話　… is matched past its mark)
            if m.re is _SPACED and (paren := re.search(r"[(（]", name)) and not name[:paren.start()].endswith(tuple(word_list("title"))):
                continue        # ロペス監督(チリ) …: where a titled speaker is from (not 南町電機（京都市） …: a company's town)
            alone = not text[m.end():end].strip()
            if m.re is _BRACKETED and m.group(2) and not alone and outlets.find_outlet(name) \
                    and not re.search(r"(?:[?？]|か|ください|でしょうか)[。．]?\s*$", text[m.end():end]):
                continue        # (CNN) 6カ国は…: an outlet's dateline opening its story, no one's turn (not （NHK）…ですか。: a question)
            whole = _WHOLE_TEXT.fullmatch(name)
            if whole and alone and speaks(whole.group("who")):
                return Label(whole.group("who"), m.end(), False, True, True)
            if _QUESTION.fullmatch(name):
                return Label(name, m.end(), True, alone)
            if _ANSWER.fullmatch(name):
                return Label("", m.end(), False, alone)
            if speaks(name):
                return Label(name, m.end(), False, alone)
    m = _QUOTING.match(text, start, end)
    if m and _QUOTE_ONLY.fullmatch(_MARKER_AFTER.sub("", text[m.end(1):end]).strip()) and not outlets.find_outlet(m.group(1)) \
            and ((asked := bool(_QUESTION.fullmatch(m.group(1)))) or speaks(m.group(1))):
        return Label(m.group(1), m.end(1), asked, False, quoting=True)      # 記者「…ですか」: a question
    line = text[start:end].strip()
    if len(line) > 30 or re.search(r"[。、「」！？!?]", line) or _PICTURE_NOTE.search(line):
        return None
    qa = re.match(r"[QAＱＡ](?:\s+|$)", line)
    head = line[qa.end():].strip() if qa else line
    if not head or _QUESTION.fullmatch(head) or line[:1] in ("Q", "Ｑ") and qa:
        return Label(head or line, end, True, True)     # Q 代表幹事(時事通信): a question, whoever asks it
    if (qa and line[:1] in ("A", "Ａ") or _ANSWER.fullmatch(head)) and not (head and speaks(head.split()[-1])):
        return Label("", end, False, True)
    head = INTERVIEW_HEAD.sub("", re.sub(r"(?:からの)?(?:発表|冒頭発言|あいさつ|挨拶)$", "", head))     # 知事発表, インタビュー・北町さん: who speaks below
    words = head.split()
    if words and len(words) <= 3 and speaks(words[-1]) and not _masthead(words[-1]) and not _CLAUSE.search(" ".join(words[:-1])) \
            and (len(words) == 1 or not is_name(words[-1]) or classify(words[0]) not in (None, "anonymous", "person")):
        # 市長, 広瀬知事, 長野県警 吉澤敏 刑事部長 (not 市長が公金を流用した 市長: a clause, then a name; nor 官房長官　木原稔,
        # a list's role and who holds it: a name the dictionary alone knows closes a label of several words only
        # after a party or a body, 自民党 北川健一; a role is no body: 代表 北川健一, GK 北川健一)
        return Label(head, end, False, True)
    return None


def _spaced(text: str, paragraphs, labels: dict[int, Label]) -> list[int]:
    """The paragraphs whose label is set off by a space (北町一郎監督 …), in order."""
    return sorted(pi for pi, lb in labels.items() if (m := _SPACED.match(text, paragraphs[pi].start, paragraphs[pi].end)) and m.end() == lb.end)


def spaced_labels(text: str, paragraphs, labels: dict[int, Label]) -> dict[int, Label]:
    """A list of remarks (談話) opens each with its speaker's name and a space. Where two such labels
    name someone the text or the dictionary knows, a name-like phrase opening another paragraph the
    same way is a label too (藤田譲瑠チマ 勝たないと…: a given name no dictionary holds), so that
    the remark before does not speak on over it."""
    spaced = _spaced(text, paragraphs, labels)
    if len(spaced) < 2:
        return {}
    # only between two of them (after the last, the list may be over: a credit line, the next story), and
    # only a phrase holding a name (not 次戦　…, 観衆　…: a match report's lines)
    return {pi: Label(m.group(1), m.end(), False, False) for a, b in zip(spaced, spaced[1:]) for pi in range(a + 1, b)
            if pi not in labels and (m := _SPACED.match(text, paragraphs[pi].start, paragraphs[pi].end)) and _NAME_LIKE.fullmatch(m.group(1))
            and holds_name(re.sub(r"[(（].*", "", m.group(1)))}


def label_like(text: str, paragraphs, labels: dict[int, Label]) -> set[int]:
    """The paragraphs that open as a list's labels do, a phrase and a space (次戦　北町FCは…, 観衆　1万2千人が…),
    and are no label: on a page with two such labels or more, each ends the turn of the label before it."""
    if len(_spaced(text, paragraphs, labels)) < 2:
        return set()
    return {pi for pi, p in enumerate(paragraphs) if pi not in labels and _OPENS_SPACED.match(text, p.start, p.end)}


# a phrase and a space opening a line, whatever follows (観衆　3万2105人, 次戦　18日　神戸戦)
_OPENS_SPACED = re.compile(r"[ \u3000]*[^\s、。「」：:A-Za-z0-9Ａ-Ｚａ-ｚ０-９]{1,14}[ \u3000]{1,3}\S")      # (not G7 サミットに…: a word of the sentence)


def _masthead(name: str) -> bool:
    """A site's or a paper's name on a line of its own (よかもん人生のブログ, 北町日報): it heads the page, no
    one's turn."""
    return bool(outlets.find_outlet(name)) or name.endswith(word_list("medium") + word_list("document"))


def conference_speaker(text: str) -> str | None:
    """Whose conference or interview the page reports: from its first lines (防衛大臣記者会見概要 →
    防衛大臣), or a sentence announcing the answers below (裁判員が語った内容は以下の通りです → 裁判員)."""
    found = list(_CONFERENCE.finditer(text[:400]))
    # 副大臣・大臣政務官会見 ⏎ 末松副大臣会見要旨: the one that names its speaker, not a list of offices
    m = next((m for m in found if "・" not in m.group(1)), found[0] if found else None) or _ANNOUNCED.search(text) \
        or _INTERVIEWED.search(text, 0, 400)
    return next(g for g in m.groups() if g) if m else None


# whom the page interviews: 北町市長に聞く, 北町市の南野花子市長に話を聞いた, インタビュー・北町花子さん
_INTERVIEWED = re.compile(r"(?:^|[\s、。「」|｜])(?:インタビュー|一問一答)[・：:]\s*([^\s、。「」・]{2,20})"
                          r"|(?:^|[\s、。「」|｜の])([^\s、。「」・の]{2,20}?)に(?:聞く|聞いた|話を聞いた|話を聞く|インタビューした)")


def turn_speaker(label: str, answerer: str | None) -> str:
    """Who speaks a turn: its label, or the conference's speaker where the label is their title
    alone (大臣： on a page of 農林水産大臣記者会見 → 農林水産大臣) or names no one (A：)."""
    if answerer and (not label or answerer.endswith(label) and label in word_list("title")):
        return answerer
    return label


# the mark opening each turn of a record of proceedings or of a press conference: ○大臣 …, ◯記者
_TURN_MARK = re.compile(r"[ \u3000]*(?:[○◯●◎][ \u3000]*)+(?=\S)")
# a record's seat and name: ○内閣総理大臣（鈴木一郎君） …, ○委員長（山田太郎君）
_SEATED = re.compile(r"([^\s、。「」()（）]{0,15}?)[(（]([^\s、。「」()（）]{2,12}?)(?:君|さん|氏)?[)）][ \u3000]*")
# a question written out as its own line: (Q.難しかった点は?), Q：なぜですか, 問．…
_ASKED = re.compile(r"\s*[(（]?\s*(?:Q|Ｑ|問)\s*[.．。:：、,]\s*[^\n]{2,80}?[)）]?\s*"
                    # an interviewer's turn opened by a dash: ――なぜ今なのですか。, ――…について伺います。
                    r"|\s*(?:―{1,2}|─{1,2}|—{2})\s*[^\n―─—]{2,200}?(?:[?？]|か|は|が|では|伺います|伺いたい|お聞きします|教えてください)[。．]?\s*")     # (――今後の目標は。)
# whose answers follow: 裁判員が語った内容は以下の通りです, 首相との一問一答は次の通り, 監督の主なやりとりは以下の通り
_ANNOUNCED = re.compile(r"([^、。「」\s]{1,20}?)(?:が(?:語った|話した|述べた)|との|の)(?:主な)?(?:内容|発言|一問一答|やりとり|やり取り|話)"
                        r"(?:の(?:要旨|詳報|全文))?は(?:以下|次)の(?:通り|とおり)"
                        # 西村官房長官は19日午前の記者会見で、次のように述べた。: whose conference follows
                        r"|(?:^|[。\n])([^、。「」\s]{1,20}?)は[^、。「」\n]{0,16}?(?:記者会見|会見|インタビュー)で、?(?:次|以下)の(?:ように|通り|とおり)")


def reach(text: str, label: Label, paragraphs, pi: int) -> str | None:
    """How far a label standing alone speaks on a page that is no transcript, where a line names a
    speaker above their words (TV news: 近くに住む男性 / 「…」, 目撃した運転手: / …): "quotes" (the
    quotes just below it), "one" (the one paragraph below its colon), "all" (a statement's whole
    text, up to the next heading or credit), or None (not at all)."""
    if not label.alone or label.question or pi + 1 >= len(paragraphs):
        return None
    if label.whole:
        return "all"
    if bare_quote(text, paragraphs[pi + 1]):
        return "quotes"
    para = paragraphs[pi]
    return "one" if text[para.start:para.end].rstrip().endswith((":", "：")) else None


def bare_quote(text: str, para) -> bool:
    """Whether a paragraph is only words in quotes: 「…」."""
    body = text[para.start:para.end].strip().rstrip("。")
    return len(body) >= 2 and body[0] == "「" and body[-1] == "」"
