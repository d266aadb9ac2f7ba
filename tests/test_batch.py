"""Many articles at once: sources from folders, globs and lists; workers; a Dask cluster; failures."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tracker.batch import run
from tracker.sources import expand
from tracker.store import EmbeddedStore

from .conftest import ROOT, SAMPLE, ctrl_c_heard


def small_article(i: int) -> str:
    """A short commentary quoting one dated report, different for each i."""
    return (f"中央アジア情勢メモ{i} | テストブログ\n\n"
            f"中国の習近平国家主席は{i % 28 + 1}日、カザフスタンのトカエフ大統領と会談した。"
            f"両首脳は経済協力の拡大で一致した。【7月{i % 28 + 1}日 時事】\n\n"
            f"会談は{i}回目で、関係の深さを示しています。\n")


def test_sources_expand_from_folders_globs_and_lists(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / ".hidden").mkdir()
    for name in ("a/1.txt", "a/b/2.html", "a/b/3.png", "a/.hidden/4.txt", "a/5.TXT"):
        (tmp_path / name).write_text("x", "utf-8")
    listing = tmp_path / "urls.list"
    listing.write_text(f"# to read\nhttps://example.org/a\n\n{tmp_path}/a/1.txt\n  https://example.org/b  \n", "utf-8")
    got = expand([str(tmp_path / "a"), str(tmp_path / "a" / "**" / "*.html"), f"@{listing}", "-"])
    assert got == [str(tmp_path / p) for p in ("a/1.txt", "a/5.TXT", "a/b/2.html")] + \
        ["https://example.org/a", "https://example.org/b", "-"]
    assert expand([str(tmp_path / "nothing*.txt")]) == [str(tmp_path / "nothing*.txt")]


def test_a_glob_goes_through_no_link_to_a_folder_and_takes_each_file_once(tmp_path):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "a.txt").write_text("x", "utf-8")
    for name in ("self1", "self2"):         # glob.glob followed both: 2^40 paths
        (tmp_path / "t" / name).symlink_to(tmp_path / "t", target_is_directory=True)
    (tmp_path / "b.txt").symlink_to(tmp_path / "t" / "a.txt")
    assert expand([str(tmp_path / "t" / "**" / "*.txt")]) == [str(tmp_path / "t" / "a.txt")]
    assert expand([str(tmp_path / "**" / "*.txt")]) == [str(tmp_path / "b.txt")]     # one file, named once
    assert expand([str(tmp_path / "t" / "**.txt")]) == [str(tmp_path / "t" / "a.txt")]    # ** inside a name: as *


def test_a_folder_without_articles_is_named_in_the_error(cli, tmp_path):
    (tmp_path / "empty" / ".hidden").mkdir(parents=True)
    (tmp_path / "empty" / ".hidden" / "1.txt").write_text("x", "utf-8")
    (tmp_path / "empty" / "notes.pdf").write_bytes(b"%PDF")
    done = cli("validate", str(tmp_path / "empty"))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and f"in {tmp_path / 'empty'}: no .txt" in done.stderr
    (tmp_path / "a\nb").mkdir()
    done = cli("validate", str(tmp_path / "a\nb"))
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "a\\nb: no .txt" in done.stderr   # the newline shown, not a space


def as_without_override(*command: str) -> list[str]:
    """`command` run so that file permissions bind it: as root, with the capabilities that
    override them dropped (setpriv, util-linux)."""
    if os.geteuid() != 0:
        return list(command)
    if not shutil.which("setpriv"):
        pytest.skip("root reads any folder, and setpriv is not installed to drop that")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all", *command]


def validate_without_override(*sources: Path) -> subprocess.CompletedProcess:
    return subprocess.run(as_without_override(sys.executable, "-m", "tracker.cli", "validate", "--no-progress",
                                              *map(str, sources)),
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def locked_articles(tmp_path):
    """articles/2.txt readable; articles/locked/1.txt in a folder nobody may list; articles/noexec/
    3.txt in a folder whose names can be listed but whose files cannot be looked at."""
    articles = tmp_path / "articles"
    for name, i in (("locked/1.txt", 1), ("2.txt", 2), ("noexec/3.txt", 3)):
        (articles / name).parent.mkdir(parents=True, exist_ok=True)
        (articles / name).write_text(small_article(i), "utf-8")
    (articles / "locked").chmod(0)
    (articles / "noexec").chmod(0o644)
    yield articles
    (articles / "locked").chmod(0o755)
    (articles / "noexec").chmod(0o755)


def test_what_a_folder_holds_that_cannot_be_read_is_named_and_the_rest_is_checked(locked_articles):
    done = validate_without_override(locked_articles)
    assert done.returncode == 2, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert sorted(errors) == [f"error: {locked_articles / 'locked'}: cannot read (Permission denied)",
                              f"error: {locked_articles / 'noexec' / '3.txt'}: cannot read (Permission denied)"]
    assert f"{locked_articles / '2.txt'}: 3 statements" in done.stdout        # the readable one is checked
    assert "validated 1 of 3 articles" in done.stderr and "2 failed" in done.stderr


@pytest.mark.parametrize("pattern", ["**/*.txt", "*/*.txt", "*/x/*.txt", "locked/*.txt", "**"])
def test_a_glob_names_the_folders_it_could_not_look_into(locked_articles, pattern):
    done = validate_without_override(locked_articles / pattern)
    assert done.returncode == 2, done.stderr
    assert f"error: {locked_articles / 'locked'}: cannot read (Permission denied)" in done.stderr.splitlines()
    assert f"{locked_articles / pattern}: no such file" not in done.stderr


def test_a_named_pipe_nobody_writes_to_is_an_error_after_a_bounded_wait(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    done = subprocess.run([sys.executable, "-m", "tracker.cli", "validate", str(tmp_path / "pipe.txt")], cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "TRACKER_PIPE_SECONDS": "1"}, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stderr.strip() == f"error: {tmp_path / 'pipe.txt'}: a named pipe nobody wrote to in 1 s"


def test_a_named_pipe_whose_writer_comes_a_moment_later_is_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    reader = subprocess.Popen([sys.executable, "-m", "tracker.cli", "validate", str(tmp_path / "pipe.txt")], cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(2)
    (tmp_path / "pipe.txt").write_text(small_article(1), "utf-8")
    out, err = reader.communicate(timeout=120)
    assert "3 statements" in out, err


def test_a_pipe_with_a_writer_is_read_to_its_end(tmp_path):
    done = subprocess.run(["bash", "-c", f'"{sys.executable}" -m tracker.cli validate <(cat "{SAMPLE}")'],
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=120)
    assert "123 statements" in done.stdout, done.stderr


def test_folders_nested_too_deeply_are_a_clear_error(cli, tmp_path):
    deep = tmp_path / "deep"
    deep.mkdir()
    here = os.getcwd()
    try:
        os.chdir(deep)
        for _ in range(1100):               # deeper than Python's recursion limit; os.walk recurses (3.11)
            os.mkdir("d")
            os.chdir("d")
        Path("a.txt").write_text(small_article(1), "utf-8")
    finally:
        os.chdir(here)
    try:
        done = cli("validate", str(deep))
    finally:
        remove_nested(deep)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "nested too deeply" in done.stderr


def remove_nested(root: Path) -> None:
    """Remove a chain of nested folders from the bottom up (shutil.rmtree recurses, and would fail
    on it, as would pytest's own cleanup)."""
    bottom = root
    while (bottom / "d").is_dir():
        bottom = bottom / "d"
    for child in bottom.iterdir():
        child.unlink()
    while bottom != root.parent:
        bottom.rmdir()
        bottom = bottom.parent


@pytest.mark.slow
def test_a_batch_of_200_files_with_a_broken_one_stores_the_rest(cli, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(199):
        (folder / f"{i:03}.txt").write_text(small_article(i), "utf-8")
    (folder / "150-broken.txt").write_bytes(b"\x00\x01\x02PK\x03\x04 not text")
    store = tmp_path / "store"
    done = cli("ingest", str(folder), "--workers", "2", "--progress", "--store", str(store), timeout=600)
    assert done.returncode == 2, done.stderr[-2000:]
    assert "200/200" in done.stderr and "1 failed" in done.stderr                 # the progress bar's last state
    assert re.search(r"ingested 199 of 200 articles in [\d.]+ s \([\d.]+/s\): 199 added; 1 failed: .*150-broken\.txt", done.stderr)
    assert "error: " in done.stderr and "150-broken.txt: binary data" in done.stderr
    assert done.stdout.count("added: ") == 199
    with EmbeddedStore(store) as s:
        n = s.select("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a <https://w3id.org/claim-tracker/ns#sha256> ?h }").rows
    assert int(n[0]["n"]["value"]) == 199


def test_validate_reads_a_list_and_goes_on_past_a_missing_file(cli, tmp_path):
    listing = tmp_path / "articles.list"
    listing.write_text(f"{SAMPLE}\n{tmp_path / 'gone.txt'}\n", "utf-8")
    done = cli("validate", f"@{listing}", "--no-progress")
    assert done.returncode == 2
    assert "123 statements, 10 violations" in done.stdout
    assert "gone.txt: no such file" in done.stderr and "validated 1 of 2 articles" in done.stderr


@pytest.mark.slow
def test_a_dask_cluster_extracts_and_the_store_receives(cli, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(6):
        (folder / f"{i}.txt").write_text(small_article(i), "utf-8")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        done = cli("ingest", str(folder), "--dask", cluster.scheduler_address, "--store", str(tmp_path / "s"), timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("added: ") == 6
    unreachable = cli("ingest", str(folder), "--dask", "tcp://127.0.0.1:9", "--store", str(tmp_path / "s2"), timeout=120)
    assert unreachable.returncode == 2 and unreachable.stderr.startswith("error: --dask")


def _upper_or_die(source: str) -> str:
    """Work for the pool: a source named "die…" kills its own worker, as the out-of-memory killer would."""
    if source.startswith("die"):
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(0.05)
    return source.upper()


def _slow_or_die(source: str) -> str:
    if source.startswith("die"):
        time.sleep(0.2)          # let the other thread's article start first
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(1.0)
    return source.upper()


def test_a_worker_killed_fails_only_the_article_it_was_reading():
    sources = [f"a{i}" for i in range(12)] + ["die-here"] + [f"b{i}" for i in range(12)]
    outcomes = {o.source: o for o in run(sources, _upper_or_die, workers=2)}
    assert set(outcomes) == set(sources)
    assert "worker process reading it died" in outcomes["die-here"].error
    assert all(outcomes[s].value == s.upper() for s in sources if s != "die-here")


def _bad_input_or_bug(source):
    from tracker.errors import BadInput

    if source == "bad":
        raise BadInput("bad: the file is empty")
    if source == "bug":
        return {}[source]
    return source


def test_a_bug_in_one_article_is_told_from_bad_input():
    outcomes = {o.source: o for o in run(["ok", "bad", "bug"], _bad_input_or_bug)}
    assert (outcomes["ok"].error, outcomes["bad"].internal, outcomes["bug"].internal) == (None, False, True)
    assert "internal error (KeyError" in outcomes["bug"].error


def test_standard_input_is_read_with_workers_too(cli):
    text = small_article(1) + "\n"
    done = cli("validate", "-", str(SAMPLE), "--workers", "2", "--no-progress", input=text)
    assert "-: 3 statements" in done.stdout, done.stderr
    assert "123 statements" in done.stdout


def test_ctrl_c_keeps_what_was_read_and_exits_130(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(3000):
        (folder / f"{i:04}.txt").write_text(small_article(i), "utf-8")
    store = tmp_path / "store"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen([sys.executable, "-m", "tracker.cli", "ingest", str(folder), "--store", str(store), "--progress"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=ctrl_c_heard)
    stderr = b""
    os.set_blocking(proc.stderr.fileno(), False)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:          # until the progress bar shows some articles done
        stderr += proc.stderr.read() or b""
        counts = [int(n) for n in re.findall(rb"(\d+)/3000", stderr)]
        if counts and max(counts) >= 50:
            break
        time.sleep(0.1)
    proc.send_signal(signal.SIGINT)
    out, rest = proc.communicate(timeout=120)
    stderr = (stderr + (rest or b"")).decode("utf-8", "replace")
    assert proc.returncode == 130, stderr[-2000:]
    assert "Traceback" not in stderr
    m = re.search(r"ingested (\d+) of 3,000 articles .*; interrupted", stderr)
    assert m and 50 <= int(m.group(1)) < 3000, stderr[-2000:]
    assert out.decode("utf-8").count("added: ") == int(m.group(1))
    with EmbeddedStore(store) as s:
        n = s.select("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a <https://w3id.org/claim-tracker/ns#sha256> ?h }").rows
    assert int(n[0]["n"]["value"]) == int(m.group(1))


@pytest.mark.parametrize("make, message", [
    (lambda p: (p / "self.list").write_text(f"\ufeff{p / 'a.txt'}\n@{p / 'self.list'}\n", "utf-8"), "includes itself"),
    (lambda p: None, "File name too long"),
])
def test_lists_that_loop_and_names_too_long_exit_2_in_one_line(cli, tmp_path, make, message):
    (tmp_path / "a.txt").write_text(small_article(1), "utf-8")
    make(tmp_path)
    arg = f"@{tmp_path / 'self.list'}" if message == "includes itself" else str(tmp_path / ("x" * 300 + ".txt"))
    done = cli("validate", arg, "--no-progress")
    assert done.returncode == 2 and done.stderr.startswith("error:") and message in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_byte_order_mark_in_a_list_is_not_part_of_its_first_name(tmp_path):
    (tmp_path / "a.txt").write_text("x", "utf-8")
    (tmp_path / "l.list").write_text(f"\ufeff{tmp_path / 'a.txt'}\n", "utf-8")
    assert expand([f"@{tmp_path / 'l.list'}"]) == [str(tmp_path / "a.txt")]


def test_a_dask_address_that_is_no_address_exits_2_in_one_line(cli, tmp_path):
    pytest.importorskip("dask.distributed")
    (tmp_path / "a.txt").write_text(small_article(1), "utf-8")
    done = cli("validate", str(tmp_path / "a.txt"), "--dask", "notanaddress", timeout=120)
    assert done.returncode == 2 and done.stderr.startswith("error: --dask notanaddress"), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_on_dask_a_killed_worker_fails_only_the_article_that_killed_it():
    distributed = pytest.importorskip("dask.distributed")
    sources = ["a1", "die-here", "b1"]
    # two threads: an innocent article is on the worker each time the killer takes it down
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        outcomes = {o.source: o for o in run(sources, _slow_or_die, dask=cluster.scheduler_address)}
    assert set(outcomes) == set(sources)
    assert outcomes["die-here"].error and "KilledWorker" in outcomes["die-here"].error
    assert all(outcomes[s].value == s.upper() for s in sources if s != "die-here"), outcomes


def test_validate_prints_each_report_when_checked_and_names_a_slow_article(tmp_path):
    """A folder of articles with a slow one: the reports of the others are out while it is still
    being read, and the progress bar says which one is taking its time."""
    import http.server
    import threading

    from .conftest import serving

    release, article = threading.Event(), "題\n\n林官房長官は4日、「注視する」と語った。【7月4日 共同】\n".encode()

    class Slow(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            release.wait(60)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(article)))
            self.end_headers()
            self.wfile.write(article)

        def log_message(self, *args):
            pass

    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8", "TRACKER_CACHE": str(tmp_path / "cache"),
           "COLUMNS": "160"}
    with serving(Slow) as address:
        proc = subprocess.Popen([sys.executable, "-m", "tracker.cli", "validate", str(SAMPLE), f"{address}/slow",
                                 "--allow-private", "--progress"], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
        try:
            for line in proc.stdout:                # the sample's report, up to its last line
                if "123 statements, 10 violations" in line:
                    break
            assert not release.is_set()
            time.sleep(3.5)                         # the bar names an article read for 2 s
        finally:
            release.set()
        rest, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err
    assert f"reading {address}/slow (" in err
    assert f"{address}/slow: 1 statement, 0 violations" in rest
    assert re.search(r"validated 2 of 2 articles in [\d.]+ s \([\d.]+/s\): 1 conforming, 1 with violations", err), err[-500:]


@pytest.mark.parametrize("name, room, shown", [
    ("short.txt", 80, "reading short.txt (5 s)"),
    ("/a/long/path/" + "x" * 80 + "/page.html", 40, "reading …" + "x" * 15 + "/page.html (5 s)"),     # 40 columns
    ("記事" * 40 + ".txt", 30, "reading …事記事記事.txt (5 s)"),                  # 30 columns: 29, the next 記 31
    ("evil\x1b[2Jname\n.txt", 80, "reading evil\\x1b[2Jname\\n.txt (5 s)"),
])
def test_the_bar_names_a_slow_article_by_its_end_in_the_room_it_has(name, room, shown):
    """The name is cut at the front to fit the terminal (its end says most), the seconds always
    shown, double-width characters counted as two, controls written out."""
    from rich.cells import cell_len

    from tracker.batch import Progress

    bar = Progress(1, "validate", show=False)
    bar.reading[name] = time.monotonic() - 5.2
    assert bar.slowest(room) == shown and cell_len(shown) <= max(room, 8 + 12 + 6)
    bar.reading[name] = time.monotonic()
    assert bar.slowest(room) == ""              # not slow yet


def test_reports_go_to_a_terminal_on_stdout_while_the_bar_goes_elsewhere(tmp_path):
    """With standard output a terminal and standard error not (`2>log`), the reports are on the
    terminal: the bar prints output above itself only where both are the terminal."""
    import pty

    for i in range(2):
        (tmp_path / f"{i}.txt").write_text(small_article(i), "utf-8")
    leader, follower = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen([sys.executable, "-m", "tracker.cli", "validate", str(tmp_path), "--progress"],
                            cwd=ROOT, env=env, stdout=follower, stderr=subprocess.PIPE)
    os.close(follower)
    _, err = proc.communicate(timeout=120)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert proc.returncode == 1, err.decode()                 # each article has an uncited statement
    assert shown.decode().count(": does not conform") == 2, shown
    assert b"does not conform" not in err


def test_a_list_that_links_to_itself_or_names_a_nul_is_a_clear_error(tmp_path):
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    from tracker.errors import BadInput
    with pytest.raises(BadInput, match="symbolic link loop"):
        expand([f"@{tmp_path / 'loop'}"])
    (tmp_path / "a.txt").write_text(small_article(1), "utf-8")
    (tmp_path / "nul.list").write_text(f"{tmp_path}/x\x00y.txt\n{tmp_path / 'a.txt'}\n", "utf-8")
    done = subprocess.run([sys.executable, "-m", "tracker.cli", "validate", "--no-progress", f"@{tmp_path / 'nul.list'}"], cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "a NUL byte in the name" in done.stderr and "internal error" not in done.stderr
    assert "3 statements" in done.stdout



def test_what_has_an_articles_name_but_cannot_be_read_as_one_is_named_not_passed_over(tmp_path, monkeypatch):
    from tracker.sources import Unreadable

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "1.txt").write_text(small_article(1), "utf-8")
    (folder / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    os.mkfifo(folder / "pipe.txt")
    (tmp_path / "elsewhere.txt").write_text(small_article(2), "utf-8")
    (folder / "linked.txt").symlink_to(tmp_path / "elsewhere.txt")      # a folder of links to articles: read
    monkeypatch.chdir(tmp_path)
    for found in (expand([str(folder)]), expand([str(folder / "*.txt")]), expand(["articles/**/*.txt"])):
        errors = {Path(p).name: p.error for p in found if isinstance(p, Unreadable)}
        assert sum(isinstance(p, Unreadable) for p in found) == 3, found          # each once
        assert sorted(Path(p).name for p in found if not isinstance(p, Unreadable)) == ["1.txt", "linked.txt"]
        assert "link to nothing" in errors["dangling.txt"] and "loop" in errors["loop.txt"], errors
        assert "not a regular file" in errors["pipe.txt"], errors


def _swallows_ctrl_c(source: str) -> str:
    """An article whose reading catches the Ctrl-C that comes meanwhile and turns it into an error
    of its own, as a library that checks for signals while it works may."""
    from tracker.errors import BadInput

    if source == "b":
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(1)
        except KeyboardInterrupt:
            raise BadInput("b: unreadable") from None
    return source


def test_ctrl_c_turned_into_an_articles_error_still_ends_the_run():
    from tracker.batch import run

    got = []
    with pytest.raises(KeyboardInterrupt):
        for outcome in run(["a", "b", "c"], _swallows_ctrl_c):
            got.append((outcome.source, outcome.error))
    assert got == [("a", None)]                 # b was interrupted, not bad; c never read
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
