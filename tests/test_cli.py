"""The `tracker` command run as a user runs it: a real process, its exit code, stdout and stderr."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import SH

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "seed-ja-2024-russia-china.txt"
GOLD = ROOT / "data" / "seed-ja-2024-russia-china.gold.json"
SAMPLE_ARG = str(SAMPLE.relative_to(ROOT))      # as a user would type it from the repo root

WELL_CITED = """中ロ首脳会談

****中ロ関係「史上最良」=首脳会談で連携確認****

タス通信などによると、プーチン氏は中ロ関係を「史上最良」と評価した。

プーチン氏は会談で、習氏の参加に期待を示した。【7月3日 時事】

******************
"""


@pytest.fixture(scope="module")
def sample_validation(cli):
    return cli("validate", SAMPLE_ARG)


@pytest.fixture(scope="module")
def sample_claims(cli):
    done = cli("extract", "--format", "json", SAMPLE_ARG)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["claims"]


def claims_of(done) -> list[dict]:
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["claims"]


def assert_one_error_line(done) -> None:
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error:")


# ---------------------------------------------------------------- validate

def test_validate_on_the_sample_exits_1_for_violations(sample_validation):
    assert sample_validation.returncode == 1, sample_validation.stderr
    assert "Traceback" not in sample_validation.stderr


@pytest.mark.parametrize("line", [11, 37, 163, 281])
def test_validate_lists_uncited_statements_with_path_and_line(sample_validation, line):
    assert f"{SAMPLE_ARG}:{line}: violation: Uncited statement" in sample_validation.stdout


def test_validate_ends_with_a_summary_line(sample_validation):
    last = sample_validation.stdout.rstrip("\n").splitlines()[-1]
    assert re.fullmatch(rf"{re.escape(SAMPLE_ARG)}: \d+ statements, [1-9]\d* violations, \d+ warnings?, \d+ notes: does not conform",
                        last), last


def test_validate_json_report_parses_and_does_not_conform(cli):
    done = cli("validate", "--format", "json", SAMPLE_ARG)
    assert done.returncode == 1, done.stderr
    [report] = json.loads(done.stdout)
    assert report["conforms"] is False and report["violations"] > 0


def test_validate_turtle_report_names_schema_org_as_every_output_does(cli):
    done = cli("validate", "--format", "turtle", SAMPLE_ARG)
    assert done.returncode == 1, done.stderr
    report = Graph().parse(data=done.stdout, format="turtle")
    assert "@prefix schema: <http://schema.org/> ." in done.stdout and "schema1:" not in done.stdout
    assert (None, SH.resultPath, URIRef("http://schema.org/citation")) in report


def test_validate_on_a_well_cited_snippet_exits_0(cli, tmp_path):
    snippet = tmp_path / "cited.txt"
    snippet.write_text(WELL_CITED, encoding="utf-8")
    done = cli("validate", "--published", "2024-07-10", str(snippet))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.rstrip().endswith(": conforms")


def test_validate_on_a_well_cited_snippet_with_a_full_date_needs_no_published(cli, tmp_path):
    snippet = tmp_path / "cited.txt"
    snippet.write_text(WELL_CITED.replace("【7月3日 時事】", "【2024年7月3日 時事】"), encoding="utf-8")
    done = cli("validate", str(snippet))
    assert done.returncode == 0, done.stdout + done.stderr


# ---------------------------------------------------------------- bad input: exit 2, one line, no traceback

def _binary(tmp_path):
    p = tmp_path / "binary.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4)
    return str(p)


def _empty(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    return str(p)


def _whitespace(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_text(" \n\t\n\u3000\n  \n", encoding="utf-8")
    return str(p)


def _missing(tmp_path):
    return str(tmp_path / "no-such-article.txt")


def _directory(tmp_path):
    return str(tmp_path)


def _nul_bytes(tmp_path):
    p = tmp_path / "nul.txt"
    p.write_bytes("中国の習近平国家主席は3日、会談した。".encode("utf-8") + b"\x00\x00" + "【7月3日 時事】".encode("utf-8"))
    return str(p)


def _huge(tmp_path):
    p = tmp_path / "huge.txt"
    line = ("中国の習近平国家主席は3日、会談した。【7月3日 時事】\n" * 1000).encode("utf-8")
    with p.open("wb") as fh:
        for _ in range(100 * 1024 * 1024 // len(line) + 1):        # 100 MB
            fh.write(line)
    return str(p)


BAD_INPUTS = {"binary": _binary, "empty": _empty, "whitespace_only": _whitespace,
              "missing": _missing, "directory": _directory, "nul_bytes": _nul_bytes, "100MB": _huge}


@pytest.mark.parametrize("command", ["extract", "validate"])
@pytest.mark.parametrize("kind", list(BAD_INPUTS))
def test_bad_input_exits_2_with_one_error_line_and_no_traceback(cli, tmp_path, command, kind):
    source = BAD_INPUTS[kind](tmp_path)
    t = time.monotonic()
    done = cli(command, source)
    assert_one_error_line(done)
    assert time.monotonic() - t < 30            # refused, not read whole (a 100 MB text is refused at 20 MB)


def test_mixed_encodings_in_one_file_extract_or_exit_2_in_one_line(cli, tmp_path):
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes("前半はUTF-8で書かれている。【7月3日 時事】\n".encode("utf-8") +
                      "後半はShift_JISで書かれている。【7月4日 共同】\n".encode("shift_jis"))
    done = cli("extract", str(mixed), "--format", "json")
    assert "Traceback" not in done.stderr
    assert done.returncode == 0 or (done.returncode == 2 and done.stderr.startswith("error:") and done.stderr.count("\n") == 1)


def test_text_in_an_unsupported_encoding_exits_2_with_one_error_line(cli, tmp_path):
    russian = tmp_path / "koi8.txt"          # undeclared, mostly beyond ASCII, no Japanese reading
    russian.write_bytes("Министр иностранных дел заявил, что переговоры продолжатся.\n".encode("koi8-r"))
    assert_one_error_line(cli("extract", str(russian)))


def test_english_in_a_western_legacy_encoding_is_read(cli, tmp_path):
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Café talks | Le Monde\n\nThe minister said the café crème tax would stay, officials said.\n".encode("latin-1"))
    done = cli("extract", str(latin1), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert "café crème" in json.loads(done.stdout)["claims"][0]["text"]


def test_validate_reports_the_good_articles_and_exits_2_when_one_is_bad(cli, tmp_path):
    done = cli("validate", SAMPLE_ARG, _missing(tmp_path))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    error, summary = done.stderr.splitlines()         # the bad one, then the batch's summary
    assert error.startswith("error:") and "no such file" in error
    assert summary.startswith("validated 1 of 2 articles") and summary.endswith("no-such-article.txt")
    assert f"{SAMPLE_ARG}: " in done.stdout


def test_extract_to_an_unwritable_output_exits_2_with_one_error_line(cli, tmp_path):
    assert_one_error_line(cli("extract", "-o", str(tmp_path / "no-such-dir" / "out.trig"), SAMPLE_ARG))


def test_evaluate_on_a_missing_article_exits_2_with_one_error_line(cli, tmp_path):
    assert_one_error_line(cli("evaluate", _missing(tmp_path), str(GOLD)))


BAD_GOLD = {
    "malformed_json": "{not json",
    "no_claims_list": "{}",
    "claim_without_anchor": '{"claims": [{"speaker": "プーチン"}]}',
    "claim_not_an_object": '{"claims": [1]}',
}


@pytest.mark.parametrize("kind", list(BAD_GOLD))
def test_evaluate_with_a_bad_gold_file_exits_2_with_one_error_line(cli, tmp_path, kind):
    gold = tmp_path / "gold.json"
    gold.write_text(BAD_GOLD[kind], encoding="utf-8")
    assert_one_error_line(cli("evaluate", SAMPLE_ARG, str(gold)))


def test_evaluate_with_a_directory_for_gold_exits_2_with_one_error_line(cli, tmp_path):
    assert_one_error_line(cli("evaluate", SAMPLE_ARG, str(tmp_path)))


def test_published_that_is_not_a_date_exits_2(cli):
    done = cli("extract", "--published", "not-a-date", SAMPLE_ARG)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr


def test_unknown_format_exits_2(cli):
    done = cli("extract", "--format", "nonsense", SAMPLE_ARG)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("error: Invalid value for '--format' / '-f': 'nonsense' is not one of ")    # (no "Value error,")


def test_a_missing_option_s_choices_are_listed_on_one_line(cli, tmp_path):
    done = cli("export", "--store", str(tmp_path / "s"), "--all", "-o", str(tmp_path / "x.trig"))
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "\\n" not in done.stderr
    assert done.stderr.startswith("error: Missing option '--format' / '-f'. Choose from: turtle, trig,")


def test_help_exits_0_and_names_the_commands(cli):
    done = cli("--help")
    assert done.returncode == 0, done.stderr
    for command in ("extract", "validate", "evaluate"):
        assert command in done.stdout


def test_a_documented_date_line_is_a_note_not_a_warning(cli, tmp_path):
    article = tmp_path / "dated.txt"
    article.write_text("首相の発言\n2024年7月12日 投稿\n\n岸田首相は3日、記者団に「経済対策を急ぐ」と述べた。【7月3日 時事】\n", "utf-8")
    done = cli("validate", str(article))
    assert done.returncode == 0, done.stdout
    assert done.stdout.splitlines() == [
        f"{article}: info: publication date 2024-07-12 from a date line of the article",
        f"{article}: 1 statement, 0 violations, 0 warnings, 1 note: conforms"]


def test_a_publication_date_given_against_the_article_s_date_line_is_warned_of(cli, tmp_path):
    article = tmp_path / "dated.txt"
    article.write_text("経済ニュース\n\n中国商務省は8日、対抗措置を発表した。【7月8日 時事】\n\n2024年7月9日 08:15\n", "utf-8")
    done = cli("validate", str(article), "--published", "2024-07-04")
    assert done.returncode == 0, done.stdout
    assert done.stdout.splitlines()[0] == (f"{article}: warning: the publication date given (2024-07-04) is not the article's "
                                           "date line (2024-07-09); relative dates are read from the one given")
    same = cli("validate", str(article), "--published", "2024-07-09")
    assert same.stdout.splitlines() == [f"{article}: 1 statement, 0 violations, 0 warnings, 0 notes: conforms"]


def test_version_prints_the_package_version(cli):
    from tracker import __version__

    for flag in ("--version", "-V"):
        done = cli(flag)
        assert (done.returncode, done.stdout, done.stderr) == (0, f"claim-tracker {__version__}\n", "")


COMMANDS = ("extract", "validate", "evaluate", "ingest", "remove", "stats", "export", "review", "query")


@pytest.mark.parametrize("command", COMMANDS)
def test_help_is_h_too_and_names_values_not_python_types(cli, command):
    """`-h` is `--help`; beside an option stands what its value is (DATE, URL, N, its choices),
    never typer's Python types (`<bool>` beside a flag, `<str>`, `<list[str]>`)."""
    short, long = cli(command, "-h"), cli(command, "--help")
    assert short.returncode == 0, short.stderr
    assert short.stdout == long.stdout
    assert not re.search(r"<(bool|str|int|float|list\[\w+\])[^>]*>", short.stdout), short.stdout
    assert "--store" not in short.stdout or "DIR" in short.stdout
    usage = next(line for line in short.stdout.splitlines() if "Usage:" in line)
    assert "...}..." not in usage and "[[" not in usage, usage


def test_every_option_s_help_is_shown_whole(cli):
    """What an option's help says in square brackets is text, not console markup that rich would
    swallow (`Output format [default: …]` had shown as `Output format .`)."""
    import typer.main

    from tracker.cli import app

    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        shown = " ".join(re.sub(r"[│╭╮╰╯─]", " ", cli(name, "-h", env={"COLUMNS": "2000"}).stdout).split())
        for param in command.params:
            if getattr(param, "help", None):
                assert " ".join(param.help.split()) in shown, (name, param.help)


def test_help_paragraphs_flow_in_the_terminal_s_width(cli):
    """A docstring's paragraph is one paragraph on screen, not broken where the source breaks it."""
    listed = cli("-h", env={"COLUMNS": "200"}).stdout
    assert re.search(r"evaluate +Measure extraction and validation against gold annotations, in any language: one article, or a", listed)
    shown = cli("validate", "-h", env={"COLUMNS": "200"}).stdout
    assert "2 when an article could not be read (the others are still checked)." in shown


# ---------------------------------------------------------------- extract

RDF_FORMATS = {"trig": "trig", "turtle": "turtle", "nquads": "nquads", "jsonld": "json-ld"}


@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_extract_writes_rdf_that_parses_back(cli, fmt, sample_claims):
    done = cli("extract", "--format", fmt, SAMPLE_ARG)
    assert done.returncode == 0, done.stderr
    data = Graph() if fmt == "turtle" else Dataset()
    data.parse(data=done.stdout, format=RDF_FORMATS[fmt])
    from tracker.graph import graph_to_claims
    assert len(graph_to_claims(data)) == len(sample_claims)


def test_extract_json_parses_and_has_claims(sample_claims):
    assert sample_claims
    assert all({"line", "start", "end", "text"} <= set(c) for c in sample_claims)


@pytest.mark.parametrize("columns", [80, 120, 240])
def test_extract_table_shows_every_statement_whole_in_the_terminal_s_width(cli, sample_claims, columns):
    """However wide the terminal, each statement is there in full (folded over lines where it is
    narrow), and no line is wider than the terminal; a wide terminal gives the statement the room."""
    from rich.cells import cell_len

    done = cli("extract", "--format", "table", SAMPLE_ARG, env={"COLUMNS": str(columns)})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= columns
    header = next(line for line in lines if "statement" in line).split("┃")
    at = next(i for i, h in enumerate(header) if h.strip() == "statement")
    cells = [line.split("│")[at].strip() for line in lines if line.startswith("│")]
    if columns < 120:               # five columns: the cue under the speaker, the date under the citation
        assert [h.strip() for h in header[1:-1]] == ["line", "kind", "speaker, cue", "statement", "cited to, said"]
    shown = "".join(cells)
    for claim in sample_claims:
        assert claim["text"].replace(" ", "") in shown.replace(" ", "")
    if columns >= 240:           # a statement of 50 characters (100 columns) or fewer: on one line
        assert {c["text"] for c in sample_claims if cell_len(c["text"]) <= 100} <= set(cells)


def test_extract_table_says_what_its_dates_are(cli, tmp_path):
    article = tmp_path / "x.txt"
    article.write_text("Talks fail\n\nThe talks failed, Xinhua reported.\n", encoding="utf-8")
    shown = " ".join(cli("extract", "-f", "table", "--published", "2024-07-10", str(article)).stdout.split())
    assert "Xinhua ?" in shown and "(?: no full date: the text gives none, or only --published can tell its year)" in shown and "when the statement was made" in shown


def test_extract_table_marks_the_author_s_hearsay(cli, tmp_path):
    article = tmp_path / "x.txt"
    article.write_text("Talks fail\n\nThe senator reportedly plans to resign.\n\nThe senator plans to resign.\n", encoding="utf-8")
    shown = cli("extract", "-f", "table", str(article)).stdout
    assert [line.count("author, hearsay") for line in shown.splitlines() if "plans to" in line] == [1, 0]


def test_extract_table_is_not_empty(cli):
    done = cli("extract", "--format", "table", SAMPLE_ARG)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()


def test_extract_output_option_writes_the_file(cli, tmp_path):
    out = tmp_path / "claims.trig"
    done = cli("extract", "-o", str(out), SAMPLE_ARG)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    Dataset().parse(out, format="trig")


def test_extract_and_export_to_dash_write_standard_output(cli, tmp_path):
    done = cli("extract", "-f", "nquads", "-o", "-", str(SAMPLE), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert Dataset().parse(data=done.stdout, format="nquads") and not (tmp_path / "-").exists()
    assert cli("ingest", "--store", str(tmp_path / "s"), SAMPLE_ARG).returncode == 0
    done = cli("export", "--store", str(tmp_path / "s"), "--all", "-f", "csv", "-o", "-", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.startswith("article,line,") and not (tmp_path / "-").exists()


def test_extract_to_a_file_whose_extension_names_no_format_of_its_own_is_refused(cli, tmp_path):
    out = tmp_path / "claims.csv"
    done = cli("extract", "-o", str(out), SAMPLE_ARG)
    assert done.returncode == 2 and not out.exists() and "--format" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert cli("extract", "-f", "json", "-o", str(out), SAMPLE_ARG).returncode == 0 and out.read_text("utf-8").startswith("{")


def test_extract_dash_reads_standard_input(cli, sample_claims):
    done = cli("extract", "--format", "json", "-", input=SAMPLE.read_bytes())
    assert claims_of(done) == sample_claims


@pytest.mark.parametrize("encoding", ["shift_jis", "euc_jp"])
def test_legacy_japanese_encodings_give_the_same_claims_as_utf8(cli, tmp_path, encoding):
    # The sample's blank lines hold U+00A0, which neither legacy encoding has: use a space for
    # it in every copy (same length, so offsets stay comparable).
    text = SAMPLE.read_text(encoding="utf-8").replace("\u00a0", " ")
    utf8, legacy = tmp_path / "utf8.txt", tmp_path / f"{encoding}.txt"
    utf8.write_bytes(text.encode("utf-8"))
    legacy.write_bytes(text.encode(encoding))
    done = cli("extract", "--format", "json", str(legacy))
    assert claims_of(done) == claims_of(cli("extract", "--format", "json", str(utf8)))
    assert json.loads(done.stdout)["article"]["encoding"] != "utf-8"


# ---------------------------------------------------------------- evaluate

def test_evaluate_on_the_sample_and_its_gold_reports_figures_as_json(cli):
    done = cli("evaluate", "--json", SAMPLE_ARG, str(GOLD))
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    for key in ("speaker_recall", "outlet_acc", "citation_date_acc", "claims_found", "misses"):
        assert key in figures
    assert 0.0 <= figures["speaker_recall"] <= 1.0


def test_evaluate_counts_a_citation_without_a_date_right_where_the_gold_gives_none(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Talks | Notes\n\nWASHINGTON (Reuters) - The talks stalled, the minister said.\n", "utf-8")
    gold = {"file": "a.txt", "lang": "en", "article_date": None, "claims": [],
            "citations": [{"anchor": "WASHINGTON (Reuters)", "outlet": "Reuters", "date": None}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), "utf-8")
    done = cli("evaluate", "--json", str(article), str(tmp_path / "a.gold.json"))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["citations_parsed"] == "1/1"
    gold["citations"][0]["date"] = "2024-07-03"
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), "utf-8")
    assert json.loads(cli("evaluate", "--json", str(article), str(tmp_path / "a.gold.json")).stdout)["citations_parsed"] == "0/1"


def test_evaluate_prints_a_readable_table_without_json(cli):
    done = cli("evaluate", SAMPLE_ARG, str(GOLD))
    assert done.returncode == 0, done.stderr
    assert re.search(r"^speaker_recall\s+\S+", done.stdout, re.M)


# ---------------------------------------------------------------- writing the output

BIG = "\n\n".join([SAMPLE.read_text("utf-8")] * 8)      # about 170 KB of text, over 1 MB of RDF


@pytest.mark.parametrize("fmt", ["trig", "turtle", "nquads", "jsonld", "json", "table"])
def test_a_full_disk_is_one_line_and_exit_2_and_the_previous_output_stays(cli, tmp_path, fmt):
    from .conftest import mounted

    article = tmp_path / "big.txt"
    article.write_text(BIG, "utf-8")
    disk = tmp_path / "disk"
    disk.mkdir()
    with mounted("-t", "tmpfs", "-o", "size=256k", "tmpfs", str(disk)):
        (disk / "out").write_text("what was there before\n")
        done = cli("extract", str(article), "--format", fmt, "-o", str(disk / "out"))
        assert done.returncode == 2 and done.stderr.count("\n") == 1 and "cannot write" in done.stderr, done.stderr
        assert (disk / "out").read_text() == "what was there before\n"
        assert sorted(p.name for p in disk.iterdir()) == ["out"]          # no temporary file left behind
        shell = subprocess.run(f'"{sys.executable}" -m tracker.cli extract "{article}" --format {fmt} > "{disk}/piped"',
                               shell=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True)
        assert shell.returncode == 2 and "No space left" in shell.stderr and "Traceback" not in shell.stderr, shell.stderr


def test_a_reader_that_stops_reading_ends_the_command_quietly(tmp_path):
    article = tmp_path / "big.txt"
    article.write_text(BIG, "utf-8")
    for fmt in ("trig", "json", "table"):
        p = subprocess.Popen([sys.executable, "-m", "tracker.cli", "extract", str(article), "--format", fmt], cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        p.stdout.read(100)
        p.stdout.close()
        err = p.stderr.read().decode()
        assert p.wait(timeout=120) == 1 and err == "", (fmt, err)


def test_output_to_a_file_is_the_bytes_written_to_standard_output(cli, tmp_path):
    out = tmp_path / "out.trig"
    assert cli("extract", str(SAMPLE), "--format", "nquads", "-o", str(out)).returncode == 0
    piped = cli("extract", str(SAMPLE), "--format", "nquads").stdout
    strip = lambda text: sorted(line for line in text.splitlines() if "generatedAtTime" not in line)
    assert strip(out.read_text("utf-8")) == strip(piped) and len(piped) > 100_000
    assert oct(out.stat().st_mode & 0o777) != oct(0o600)         # an ordinary new file, not a private temporary


def test_a_credit_whose_date_is_no_date_is_cited_without_one(cli, tmp_path):
    f = tmp_path / "credit.txt"
    f.write_text("テスト\n\n同社によると、連携を確認したという。「BS朝日 日曜スクープ 2024231日放送分より」\n", encoding="utf-8")
    r = cli("validate", str(f))
    assert r.returncode in (0, 1), r.stderr
    assert "internal error" not in r.stderr


def test_a_file_name_with_a_newline_cannot_forge_a_report_line(cli, tmp_path):
    """Each line of the report begins with the file it is about: a newline in a file name, a
    hint or a message is written out, never a line of its own."""
    forged = "a.txt: 0 statements, 0 violations, 0 warnings, 0 notes: conforms\nevil.txt"
    (tmp_path / forged).write_text("Officials said the bridge would reopen.\n", "utf-8")
    done = cli("validate", str(tmp_path))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert len(lines) == 2 and all(line.startswith(f"{tmp_path}/a.txt: 0 statements, 0 violations, 0 warnings, 0 notes: conforms\\nevil.txt")
                                   for line in lines), lines
    assert not any(line.endswith(": conforms") for line in lines)


def test_a_huge_statement_is_shown_cut_in_a_table(cli, tmp_path):
    """A table shows a cell's first 2,000 characters and says how many more there are: a person
    reads no more, and laying out a cell of megabytes took minutes (rich folds it in time that
    grows with the square of its length; bench/e2e.py measures)."""
    article = tmp_path / "long.txt"
    article.write_text("Headline\n\nThe minister said " + "A" * 1_000_000 + ".\n", "utf-8")
    done = cli("extract", str(article), "--format", "table", env={"COLUMNS": "100"})
    assert done.returncode == 0, done.stderr
    shown = re.sub(r"[\s│]", "", done.stdout)
    assert "A" * 1900 in shown and "A" * 2001 not in shown and "…(+998,019characters)" in shown


def test_output_through_a_link_replaces_the_file_it_names_and_keeps_the_link_and_permissions(cli, tmp_path):
    real = tmp_path / "real.trig"
    real.write_text("old\n")
    real.chmod(0o640)
    link = tmp_path / "link.trig"
    link.symlink_to(real)
    assert cli("extract", SAMPLE_ARG, "-o", str(link)).returncode == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text("utf-8").startswith("@prefix") and (real.stat().st_mode & 0o777) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.trig", "real.trig"]


def test_output_onto_a_file_with_two_names_writes_both(cli, tmp_path):
    first = tmp_path / "first.trig"
    first.write_text("old " * 5000)          # longer than what replaces it: nothing of it is left
    os.link(first, tmp_path / "second.trig")
    assert cli("extract", SAMPLE_ARG, "-o", str(first)).returncode == 0
    second = (tmp_path / "second.trig").read_bytes()
    assert second.startswith(b"@prefix") and second.endswith(b"}\n\n") and b"old old" not in second
    assert Dataset().parse(data=second, format="trig") and first.stat().st_nlink == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.trig", "second.trig"]


def test_output_to_a_pipe_is_written_into_not_replaced(cli, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with open(tmp_path / "read", "wb") as sink:
        reader = subprocess.Popen(["cat", str(fifo)], stdout=sink)
        done = cli("extract", SAMPLE_ARG, "--format", "nquads", "-o", str(fifo))
        reader.wait(timeout=60)
    assert done.returncode == 0, done.stderr
    assert fifo.is_fifo() and (tmp_path / "read").read_bytes().count(b"\n") > 1000


def test_output_to_a_directory_is_one_line_and_exit_2(cli, tmp_path):
    assert_one_error_line(cli("extract", SAMPLE_ARG, "-o", str(tmp_path)))


def test_output_to_an_open_descriptor_appends_where_it_stands(tmp_path):
    log = tmp_path / "app.log"
    log.write_text("KEEP\n")
    done = subprocess.run(f'"{sys.executable}" -m tracker.cli extract "{SAMPLE}" -f nquads -o /dev/stdout >> "{log}"', shell=True,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = log.read_text("utf-8").splitlines()
    assert lines[0] == "KEEP" and len(lines) > 1000


def test_output_through_a_link_loop_is_one_line_and_exit_2(cli, tmp_path):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    assert_one_error_line(cli("extract", SAMPLE_ARG, "-o", str(tmp_path / "a")))


def test_a_file_that_may_not_be_written_is_not_replaced(tmp_path, monkeypatch, capsys):
    """As the shell's > refuses a file without write permission (the tests run as root, whom
    permissions do not stop: the permission check is what is asked here)."""
    import typer

    from tracker import cli as cli_module

    target = tmp_path / "ro"
    target.write_text("keep\n")
    target.chmod(0o444)
    real_access = os.access
    monkeypatch.setattr(cli_module.os, "access", lambda p, mode: False if Path(p) == target else real_access(p, mode))
    with pytest.raises(typer.Exit) as ended:
        cli_module._write_out(target, lambda out: out.write(b"new\n"))
    assert ended.value.exit_code == 2 and "Permission denied" in capsys.readouterr().err
    assert target.read_text() == "keep\n" and sorted(p.name for p in tmp_path.iterdir()) == ["ro"]


def test_output_to_a_name_near_the_limit_is_written(cli, tmp_path):
    out = tmp_path / ("a" * 250)
    assert cli("extract", SAMPLE_ARG, "-f", "nquads", "-o", str(out)).returncode == 0 and out.stat().st_size > 100_000


@pytest.mark.parametrize("name, parse", [
    ("out.ttl", lambda p: Graph().parse(p, format="turtle")),
    ("out.trig", lambda p: Dataset().parse(p, format="trig")),
    ("out.nq", lambda p: Dataset().parse(p, format="nquads")),
    ("out.jsonld", lambda p: Dataset().parse(p, format="json-ld")),
    ("out.json", lambda p: json.loads(Path(p).read_text("utf-8"))["claims"]),
])
def test_without_a_format_the_output_files_extension_chooses_it(cli, tmp_path, name, parse):
    out = tmp_path / name
    assert cli("extract", SAMPLE_ARG, "-o", str(out)).returncode == 0
    assert len(parse(str(out))) > 100


def test_an_outlet_goes_by_one_name_in_every_view(cli, tmp_path):
    article = tmp_path / "ap.txt"
    article.write_text("Dam talks stall\n\nThe dam will be rebuilt by 2027, the Associated Press reported on Monday.\n", encoding="utf-8")
    doc = json.loads(cli("extract", "-f", "json", "--published", "2024-07-10", str(article)).stdout)
    [claim] = doc["claims"]
    assert claim["speaker"] == claim["outlet"] == doc["citations"][0]["outlet"] == "Associated Press", claim
    assert claim["citation"] == "the Associated Press"        # as the text writes it (the table's rows are these records)


def test_an_outlet_is_named_as_the_article_calls_it_and_the_graph_names_it_once(cli, tmp_path):
    article = tmp_path / "x.txt"
    article.write_text("Talks fail\n\nThe talks failed, Xinhua reported on Monday.\n", encoding="utf-8")
    [claim] = json.loads(cli("extract", "-f", "json", "--published", "2024-07-10", str(article)).stdout)["claims"]
    assert claim["speaker"] == claim["outlet"] == "Xinhua", claim        # not the registry's 新華社, in English
    g = Graph().parse(data=cli("extract", "-f", "turtle", "--published", "2024-07-10", str(article)).stdout, format="turtle")
    names = {str(o) for o in g.objects(URIRef("https://w3id.org/claim-tracker/id/outlet/xinhua"), URIRef("http://schema.org/name"))}
    assert names == {"新華社"}


def test_output_onto_the_article_being_read_is_refused(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Dam talks stall\n\nThe dam will be rebuilt by 2027, officials said.\n", encoding="utf-8")
    done = cli("extract", str(article), "-o", str(article))
    assert done.returncode == 2 and "would be overwritten" in done.stderr
    assert article.read_text("utf-8").startswith("Dam talks stall")


def test_output_onto_the_article_read_from_standard_input_is_refused(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Dam talks stall\n\nThe dam will be rebuilt by 2027, officials said.\n", encoding="utf-8")
    with article.open("rb") as fh:
        done = subprocess.run([sys.executable, "-m", "tracker.cli", "extract", "-", "-o", str(article)], stdin=fh,
                              capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 2 and "would be overwritten" in done.stderr
    assert article.read_text("utf-8").startswith("Dam talks stall")


def test_validating_linked_data_points_each_finding_at_its_article_s_line(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The bridge will reopen in May.\nThe mayor said the council would vote, the Northfield Courier reported.\n"
                       "Prices rose 5% last year.\n", "utf-8")
    graph = tmp_path / "a.ttl"
    assert cli("extract", "-f", "turtle", "-o", str(graph), str(article)).returncode == 0
    text, linked = cli("validate", str(article)), cli("validate", str(graph))
    assert text.returncode == linked.returncode == 1
    found = [ln for ln in linked.stdout.splitlines() if "violation:" in ln]
    assert found == [f"{graph}: {article}:{ln.split(':')[1]}:{ln.split(':', 2)[2]}"
                     for ln in text.stdout.splitlines() if "violation:" in ln] and len(found) == 2


def test_extract_says_a_citation_s_year_cannot_be_known_as_validate_does(cli, tmp_path):
    article = tmp_path / "blog.txt"
    article.write_text("ブログ\n\n北町市長は19日、「辞めない」と述べた。【11月19日 時事】\n", "utf-8")
    r = cli("extract", str(article), "--format", "json")
    assert r.returncode == 0 and "warning: citation 【11月19日 時事】: the year of its date cannot be known; give --published" in r.stderr


def test_extract_says_the_first_ten_warnings_and_counts_the_rest(cli, tmp_path):
    article = tmp_path / "blog.txt"
    article.write_text("ブログ\n\n" + "".join(f"北町市長は{d}日、「辞めない{d}」と述べた。【11月{d}日 時事】\n\n" for d in range(1, 26)), "utf-8")
    r = cli("extract", str(article), "--format", "json")
    warned = [ln for ln in r.stderr.splitlines() if ln.startswith("warning:")]
    assert r.returncode == 0 and len(warned) == 11 and "【11月10日 時事】" in warned[9]
    assert warned[10] == "warning: and 15 more (tracker validate lists them all, with their lines)"
