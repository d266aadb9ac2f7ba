"""Hostile text: how extraction time grows with runs of one character or phrase that a page could
hold thousands of ("....", "((((", "“““", "Mr. Mr. "), each inside an ordinary English and Japanese
paragraph (and "According to the BBC, x, x, …", a list of sources that never ends). For each, the median time at N and at 4N characters and their ratio: about 4 where the
time grows with the text, 16 where it grows with its square (a search tried from every position).

    python bench/hostile.py [--size 20000] [--repeat 3]

Prints the machine; nothing here runs in the tests.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extract import machine  # noqa: E402

UNITS = [".", "!", "?", "“", "\"", "(", "[", ",", "-", "— ", "Mr. ", "A. ", "1.", "said ", "according to ",
         "July 3, ", "A: ", "http://a.", "according to the BBC, ", "according to the BBC, x, x, ", " x,", "。", "「", "【", "、", "と述べた", "という", "によると", "7月3日", "安倍：",
         ", but he denied it", ", as the Times reported", " (D-Minn.)", ", a manager", "、と町の人は話した", "KXYZ-TV ",
         "As ", " and said", "F.A.", "told police ", "While Roe said it, ", "」と田中さんは", " (although",
         "per ", " ", " (who said", "contributed to this report. ", "（AFP＝時事）", "への取材で分かった", "令和6年"]


# whole texts built around one run, where a unit repeated inside the paragraphs above does not
# reach the pattern (a run of spaces inside a clause a subordinator opens, or after "according to the")
GENERATED = [
    ("When the + spaces", lambda n: "Title\n\nWhen the" + " " * n + "mayor said it, Roe said so.\n"),
    ("When the mayor has…", lambda n: "Title\n\nWhen the mayor " + "has " * (n // 4) + "not said it, the governor said it.\n"),
    ("According to the + spaces", lambda n: "Title\n\nAccording to the" + " " * n + "BBC, the plan works.\n"),
    ("a day repeated in one Japanese sentence", lambda n: "題\n\n首相は" + "1日の会合" * (n // 5) + "、「辞任する」と述べた。\n"),
    ("a statement issued, repeated", lambda n: "題\n\n外務省は" + "声明を発表し、" * (n // 7) + "「反対する」と述べた。\n"),
    ("earlier Saturday repeated before a verb", lambda n: "Title\n\nThe FBI" + " earlier Saturday" * (n // 17) + " said the suspect fled.\n"),
    ("a host of many labels in a sentence and after a label", lambda n: "Title\n\nThe mayor said it works at " + "a." * (n // 4) + "com today.\n\nFull Article : " + "a." * (n // 4) + "com\n"),
    ("an outlet named as the source of every paragraph", lambda n: "題\n\n" + "ロイターによると、雨が降った。\n\n" * (n // 17)),
    ("notice lines above the text", lambda n: "###\n" * (n // 8) + "Costs rose.\n" * (n // 24)),
    ("a company's name in hiragana repeated", lambda n: "題\n\n" + "株式会社ひかりフーズ" * (n // 10) + "は「増税しない」と発表した。\n"),
    ("capitals joined by apostrophes", lambda n: "Title\n\nThe mayor said " + "O'A'" * (n // 4) + " was fine.\n"),
    ("a day repeated after a verb, then no quote", lambda n: "Title\n\nThe mayor said" + " on Monday" * (n // 10) + " xyz:\n\n“We will cut taxes.”\n"),
    ("late and a day repeated before that", lambda n: "Title\n\nThe mayor told Reuters" + " late Monday" * (n // 12) + " that taxes fall.\n"),
    # the thirteenth round's (the attacker review's reproducers)
    ("According to a memo + spaces", lambda n: "Title\n\nAccording to a memo" + " " * n + "x, taxes rise.\n"),
    ("citing a memo + spaces", lambda n: "Title\n\nTaxes rise, Reuters reported, citing a memo" + " " * n + "seen by the paper.\n"),
    ("turn marks in a run", lambda n: "題\n\n" + "首相は「増税しない」と述べた。\n\n" * 3 + "○" * n + "大臣　本日は晴れです。\n"),
    ("brackets and delivery lines", lambda n: "題\n\n" + "【1月1日 時事】" * (n // 20) + "時事1/1配信x" * (n // 16) + "。\n"),
    ("interviewer's questions, one a line", lambda n: "題\n\n" + "――何ですか\n" * (n // 7)),
    ("a syndication credit + spaces", lambda n: "Title\n\nThis story includes reporting from The Associated Press" + " " * n + "x\n"),
    ("Latin words with a ! in Japanese text", lambda n: "題\n\n" + "wow!すごい" * (n // 8) + "と述べた。\n"),
    ("outlet names in quote marks", lambda n: "題\n\n" + "「毎日新聞」と" * (n // 7) + "「NHK」は報じた。\n"),
    ("a transcript's name and colon + spaces", lambda n: "Title\n\nJane Roe:" + " " * n + "x\n"),
    ("headlines closed by an outlet, one a line", lambda n: "題\n\n" + "市長が辞意=財政難で-北町(時事通信)\n" * (n // 20)),
    ("citing clauses before one verb", lambda n: "Title\n\nRoe" + ", citing a b" * (n // 12) + " said x.\n"),
    ("figures issued, digits and years between", lambda n: "題\n\n" + ("総務省が発表した" + "1111年" * 9 + "xx、雨。") * (n // 70)),
    ("days later this month in one sentence", lambda n: "題\n\n【2024年5月20日 時事】\n\n" + "21日、雨が降り、" * (n // 8) + "会談が予定されている。\n"),
    ("one of them, repeated", lambda n: "題\n\n住民" + "の一人" * (n // 3) + "は「増税しない」と語った。\n"),
    # the eighteenth round's
    ("a paragraph of sentences wrapped whole in double angle brackets", lambda n: "題\n\n【民報】《" + "市は19日、計画を発表した。" * (n // 13) + "》\n"),
    ("a source named after each sentence", lambda n: "Title\n\n" + "Turnout fell. So says the board, Jane Roe. " * (n // 43) + "\n"),
    ("a label and a long name before a colon", lambda n: "Title\n\nVia The" + " Verge" * (n // 6) + ": Apple will drop the port.\n"),
    ("a day to come, the clause long", lambda n: "題\n\n大会は21日に" + "あ" * n + "開幕する。\n"),
    ("According to a journalist + spaces", lambda n: "Title\n\nAccording to MSNBC host" + " " * n + "Rachel Maddow, taxes rose.\n"),
    ("likely after a count, repeated", lambda n: "Title\n\nThe mayor said taxes will " + "1 likely " * (n // 9) + "rise.\n"),
    # the nineteenth round's
    ("an outlet, then last repeated before a line break", lambda n: "Title\n\nTaxes rose, according to the Financial Times" + " last" * (n // 5) + "\nand more.\n"),
    ("According to the BBC + spaces, the sentence running on", lambda n: "Title\n\nTaxes rose, according to the BBC" + " " * n + "x.\n"),
    ("同氏 after many names", lambda n: "題\n\n" + "".join(f"山{chr(0x4e00 + (i * 37) % 20000)}{chr(0x4e00 + (i * 91 + 7) % 20000)}社長の車が来た。\n"
                                                   for i in range(n // 40)) + "同氏によると、雨が降った。\n" * (n // 80)),
    ("a sentence saying who first reported the one before, repeated", lambda n: "Title\n\n" + "Taxes rose. So says Reuters. " * (n // 29) + "\n"),
    ("forum quote headers, one a line", lambda n: "Title\n\n" + "Quote from: a on b\n" * (n // 19) + "x\n"),
    ("marked round-up lines, no blank line", lambda n: "Title\n\n" + "■BBC:news\n" * (n // 10)),
    ("mastheads, then sentences said to be first reported", lambda n: "BBC\n\n" * (n // 10) + "Tax rose. So says Reuters. " * (n // 54) + "\n"),
    ("a transcript of many names given on a station", lambda n: "Title\n\nHere is my transcript of the debate on Lakeside Public Radio.\n\n"
     + "".join(f"Ab{chr(97 + i % 26)}{chr(97 + i // 26 % 26)} Df{chr(97 + i // 676 % 26)}{chr(97 + i % 7)}: We do it.\n\n" for i in range(n // 20))),
    ("listing lines and comment heads", lambda n: "Title\n\n" + "Latest news from Reuters\n\nTaxes rose.\n\nComments (2)\n\n" * (n // 52)),
    ("an outlet quoting, the subject after many commas", lambda n: "Title\n\n" + "a, " * (n // 3) + "Xinhua quoted the ministry as saying it works.\n"),
]


def _seconds(text: str, repeat: int) -> float:
    from tracker.lang import detect
    from tracker.model import Article
    from tracker.pipeline import extract_article

    times = []
    for _ in range(repeat):
        article = Article(text=text, source="hostile", encoding="utf-8", sha256="-", lang=detect(text))
        t = time.perf_counter()
        extract_article(article)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=20000, help="characters of the run at N (default 20000)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(machine())
    print(f"{'run of':16} {'N s':>7} {'4N s':>7} {'ratio':>6}")
    worst = 0.0
    for unit in UNITS:
        at = []
        for n in (args.size, 4 * args.size):
            run = unit * (n // len(unit))
            text = (f"Title\n\nThe mayor said the plan works. {run} The mayor said, \"so it is.\" 市長は「{run}」と述べた。\n\n"
                    f"According to the BBC,{run} the mayor said.\n")
            at.append(_seconds(text, args.repeat))
        ratio = at[1] / max(at[0], 1e-6)
        worst = max(worst, ratio)
        print(f"{unit!r:16} {at[0]:7.3f} {at[1]:7.3f} {ratio:6.1f}", flush=True)
    for name, build in GENERATED:
        at = [_seconds(build(n), args.repeat) for n in (args.size, 4 * args.size)]
        ratio = at[1] / max(at[0], 1e-6)
        worst = max(worst, ratio)
        print(f"{name!r:16} {at[0]:7.3f} {at[1]:7.3f} {ratio:6.1f}", flush=True)
    print(f"worst ratio {worst:.1f} (4 is linear, 16 quadratic)")


if __name__ == "__main__":
    main()
