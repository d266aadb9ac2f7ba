"""What an article, a page or a server says reaches a terminal or a spreadsheet only through a guard:
no control sequence, no Rich markup, no formula."""
from __future__ import annotations

import csv
import http.server
import io
import json

import pytest

from tracker.guard import DataWriter, for_data, for_json, for_spreadsheet, for_terminal

from .conftest import serving

ESC = "\x1b"
# set the title, clear the screen, write the clipboard (OSC 52), an 8-bit CSI, a right-to-left override
HOSTILE = (
    "岸田首相は3日、「\x1b]0;pwned\x07\x1b[2J経済対策を急ぐ\x1b]52;c;ZWNobyBoaQ==\x07\u009b31m」と述べた。【7月3日 時事】\n"
    "林官房長官は4日、「[/red] [bold]注視[/bold] [link=http://evil.example]する[/link]\u202eevil」と語った。【7月4日 共同】\n"
    "=HYPERLINK(\"http://evil.example\",\"x\")と官房長官は述べた。\n"
    "@SUM(1+1)*cmd|' /C calc'!A0だと首相は述べた。\n"
    "私は-2+3=1だと思う。\n"
)
BAD = ("\x1b", "\x07", "\x9b", "\u202e")


def clean(text: str) -> bool:
    return not any(c in text for c in BAD)


def test_terminal_guard_writes_every_control_out():
    assert for_terminal("a\x1b[2Jb\x07\u009b\u202ec\rd") == "a\\x1b[2Jb\\x07\\x9b\\u202ec\\x0dd"
    assert for_terminal("two\nlines\tand tab") == "two\nlines\tand tab"
    assert for_terminal("two\nlines", one_line=True) == "two\\nlines"
    assert for_terminal("日本語 [bold]x[/bold]") == "日本語 [bold]x[/bold]"
    # what shows as nothing is shown: Reu\u200bters is not Reuters; emoji and scripts keep their joiners
    assert for_terminal("Reu\u200bters\u2060\ufeff") == "Reu\\u200bters\\u2060\\ufeff"
    assert for_terminal("👩\u200d💻 می\u200cخواهم") == "👩\u200d💻 می\u200cخواهم"


def test_a_file_name_that_is_no_utf8_reaches_the_terminal_as_its_bytes_written_out():
    name = b"a\x9b2J\x9b31mred.txt".decode("utf-8", "surrogateescape")      # 0x9B: a CSI on its own
    assert for_terminal(name) == "a\\x9b2J\\x9b31mred.txt"


def test_data_guard_keeps_the_data_readable_as_the_same_characters():
    import pyoxigraph as ox

    text = for_data('<http://a/> <http://b/> "x\x1b\u009b\u202ey" .\n')
    assert clean(text)
    [t] = list(ox.parse(text.encode(), format=ox.RdfFormat.N_TRIPLES))
    assert t.object.value == "x\x1b\u009b\u202ey"
    assert json.loads(for_data(json.dumps({"v": "a\u009bb"}, ensure_ascii=False)))["v"] == "a\u009bb"


def test_data_writer_guards_characters_cut_between_writes():
    out = io.BytesIO()
    w = DataWriter(out)
    data = "ab\u009bc\u202e日本".encode()
    for k in range(len(data)):
        w.write(data[k:k + 1])
    w.flush()
    assert out.getvalue().decode() == "ab\\u009Bc\\u202E日本"


@pytest.mark.parametrize("shift", range(4))
def test_data_writer_guards_a_character_cut_where_a_piece_ends(shift):
    out = io.BytesIO()
    w = DataWriter(out)
    head = b"a" * (DataWriter.PIECE - 2 + shift)
    tail = "日\u009b本\u202e".encode() * 3
    w.write(head + tail[:5])            # the piece ends inside 日, or inside U+009B
    w.write(tail[5:])
    w.flush()
    assert out.getvalue().decode() == "a" * len(head) + "日\\u009B本\\u202E" * 3


@pytest.mark.parametrize("cell", ["=1+1", "+1+cmd", "-1+2", "@SUM(A1)", "\tx", "  =1", "＝A1", "\u3000+1", "-cmd"])
def test_a_cell_that_could_be_a_formula_is_text(cell):
    assert for_spreadsheet(cell).startswith("'")


def test_a_cell_starting_with_a_carriage_return_starts_with_its_escape():
    assert for_spreadsheet("\r=1") == "\\x0d=1"


@pytest.mark.parametrize("cell", ["-5", "+3.5", "1e-3", "林芳正", "a=b", "", "2024-07-03"])
def test_ordinary_cells_are_left_alone(cell):
    assert for_spreadsheet(cell) == cell


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "article.txt"
    path.write_text(HOSTILE, "utf-8")
    return path


@pytest.fixture(scope="module")
def stored(tmp_path_factory, hostile, cli):
    path = tmp_path_factory.mktemp("hs") / "store"
    done = cli("ingest", str(hostile), "--store", str(path))
    assert done.returncode == 0, done.stderr
    return path


@pytest.mark.parametrize("fmt", ["table", "json", "jsonld", "trig", "turtle", "nquads"])
def test_extract_shows_nothing_hostile(cli, hostile, fmt):
    done = cli("extract", str(hostile), "-f", fmt)
    assert done.returncode == 0, done.stderr
    assert clean(done.stdout) and clean(done.stderr)
    if fmt == "table":
        assert "[/red]" in done.stdout and "[bold]" in done.stdout       # shown as written, not read as markup
        assert "\\x1b]0;pwned" in done.stdout


@pytest.mark.parametrize("fmt", ["text", "json", "turtle"])
def test_validate_report_shows_nothing_hostile(cli, hostile, fmt):
    done = cli("validate", str(hostile), "-f", fmt)
    assert done.returncode in (0, 1), done.stderr
    assert clean(done.stdout) and clean(done.stderr)


@pytest.mark.parametrize("fmt", ["table", "tsv", "csv", "json"])
def test_query_output_shows_nothing_hostile(cli, stored, fmt):
    done = cli("query", "SELECT ?text WHERE { ?c schema:text ?text }", "-f", fmt, "--store", str(stored))
    assert done.returncode == 0, done.stderr
    assert clean(done.stdout)
    if fmt == "table":
        assert "[/red] [bold]注視[/bold]" in done.stdout
    if fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(done.stdout), delimiter="," if fmt == "csv" else "\t"))
        texts = [r[0] for r in rows[1:]]
        assert any(t.startswith("'=HYPERLINK") for t in texts) and any(t.startswith("'@SUM") for t in texts)
        assert not any(t[:1] in "=+-@" for t in texts)


@pytest.mark.parametrize("fmt", ["csv", "turtle", "trig", "jsonld", "claimreview", "nanopub", "webanno"])
def test_export_shows_nothing_hostile(cli, stored, fmt):
    done = cli("export", "--all", "-f", fmt, "--store", str(stored))
    assert done.returncode == 0, done.stderr
    assert clean(done.stdout)
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(done.stdout)))
        assert not any(cell and cell[0] in "=+-@\t\r" for row in rows for cell in row)
        assert any(cell.startswith("'=HYPERLINK") for row in rows for cell in row)


@pytest.fixture
def evil_server():
    """A server whose reason phrase and Content-Type carry escape sequences."""
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/500":
                self.send_response(500, "Oops\x1b]0;owned\x07\x1b[2J")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = b"\x00\x01binary"
            self.send_response(200)
            self.send_header("Content-Type", "application/x-\x1b[31mevil")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    with serving(Handler) as address:
        yield address


@pytest.mark.parametrize("path", ["/500", "/type"])
def test_a_servers_words_reach_the_terminal_guarded(cli, evil_server, path):
    done = cli("extract", evil_server + path, "--allow-private")
    assert done.returncode == 2
    assert done.stderr.startswith("error:") and done.stderr.count("\n") == 1, done.stderr
    assert clean(done.stderr), done.stderr


def test_tsv_cells_hold_no_tab_or_line_break(cli, tmp_path):
    article = tmp_path / "tabs.txt"
    article.write_text("林官房長官は4日、「増えて\t=HYPERLINK(1)いる」と語った。【7月4日 共同】\n", "utf-8")
    store = tmp_path / "store"
    assert cli("ingest", str(article), "--store", str(store)).returncode == 0
    done = cli("query", "SELECT ?text WHERE { ?c schema:text ?text }", "-f", "tsv", "--store", str(store))
    rows = [line.split("\t") for line in done.stdout.splitlines()]
    assert all(len(r) == 1 for r in rows) and "\\t=HYPERLINK" in done.stdout


def test_a_form_feed_in_an_article_does_not_stop_the_batch(cli, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("岸田首相は3日、「経済対策を急ぐ」と述べた。【7月3日 時事】\n", "utf-8")
    odd = tmp_path / "odd.txt"
    odd.write_text("林官房長官は4日、「注視\x0cする\x85\u2029」と語った。【7月4日 共同】\n", "utf-8")
    store = tmp_path / "store"
    done = cli("ingest", str(good), str(odd), "--store", str(store))
    assert done.returncode == 0, done.stderr
    assert "2 added" in done.stderr


def test_one_line_writes_out_every_line_separator():
    """U+2028 and U+2029 end a line for some readers (editors, `str.splitlines`): in one line, as
    newlines are, they are written out."""
    from tracker.guard import for_terminal

    shown = for_terminal("a\nb\u2028c\u2029d\re\x85f", one_line=True)
    assert len(shown.splitlines()) == 1 and "\\u2028" in shown and "\\u2029" in shown


SCRIPT = ("題\n\n山田太郎議員は「</script><script>alert(1)</script>\u2028危険だ」と述べた。【7月3日 時事】\n\n"
          "鈴木花子議員は「</script><script>alert(1)</script>反対だ」と述べた。\n")          # uncited: in the report


def test_json_guard_reads_back_the_same_and_holds_no_markup():
    doc = {"text": SCRIPT, "n": [1, "a&b>c"], "<k>": "\u2029\u202e"}
    out = for_json(json.dumps(doc, ensure_ascii=False, indent=1))
    assert json.loads(out) == doc
    assert not any(c in out for c in "<>&\u2028\u2029\u202e")


@pytest.mark.parametrize("command", [("extract", "-f", "json"), ("extract", "-f", "jsonld"), ("validate", "-f", "json")])
def test_json_from_an_article_cannot_close_a_script_element(cli, tmp_path, command):
    article = tmp_path / "a.txt"
    article.write_text(SCRIPT, "utf-8")
    done = cli(*command, str(article))
    assert done.returncode in (0, 1), done.stderr
    assert "<" not in done.stdout and "\u2028" not in done.stdout
    assert "</script><script>alert(1)</script>" in json.dumps(json.loads(done.stdout), ensure_ascii=False)


@pytest.mark.parametrize("fmt", ["jsonld", "claimreview", "webanno"])
def test_json_exports_cannot_close_a_script_element(cli, tmp_path, fmt):
    article = tmp_path / "a.txt"
    article.write_text(SCRIPT, "utf-8")
    assert cli("ingest", str(article), "--store", str(tmp_path / "s")).returncode == 0
    done = cli("export", "--all", "-f", fmt, "--store", str(tmp_path / "s"))
    assert done.returncode == 0, done.stderr
    assert "<" not in done.stdout and "alert(1)" in done.stdout
    assert "</script><script>alert(1)</script>" in json.dumps(json.loads(done.stdout), ensure_ascii=False)


@pytest.mark.parametrize("fmt", ["json", "jsonld", "trig", "table"])
def test_an_article_whose_file_name_is_no_utf8_is_extracted_in_every_format(tmp_path, fmt):
    import os
    import subprocess
    import sys

    from .conftest import ROOT, SAMPLE

    name = os.path.join(os.fsencode(tmp_path), b"a\xff.txt")
    with open(name, "wb") as fh:
        fh.write(SAMPLE.read_bytes())
    done = subprocess.run([sys.executable, "-m", "tracker.cli", "extract", name, "-f", fmt], cwd=ROOT, capture_output=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    out = done.stdout.decode("utf-8")
    if fmt == "json":
        assert json.loads(out)["article"]["source"].endswith("a\udcff.txt")
