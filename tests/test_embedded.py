"""The embedded store shared between processes: readers read the last committed state while a
writer works; one lock whatever path names the store; a read-only or full disk is exit 3."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager

import pytest

from tracker import embedded
from tracker.embedded import EmbeddedStore
from tracker.errors import StoreUnavailable
from tracker.ingest import ingest

from .conftest import ROOT, SAMPLE, ctrl_c_heard, extract_text, mounted


def _graphs(path) -> int:
    with EmbeddedStore(path) as store:
        return len(store.graphs())


def test_readers_see_the_last_committed_state_while_a_writer_holds_the_store(tmp_path, monkeypatch, sample):
    monkeypatch.setattr(embedded, "SNAPSHOT_EVERY", 0.0)        # a snapshot after every write
    path = tmp_path / "s"
    writer = EmbeddedStore(path, write=True)
    try:
        assert _graphs(path) == 0
        ingest(writer, sample)
        early = EmbeddedStore(path)                              # holds the snapshot of one article
        ingest(writer, extract_text("林官房長官は4日、「注視する」と語った。【7月4日 共同】\n"))
        assert _graphs(path) >= 3                                # two articles and their entities, as committed
        assert len(early.graphs()) < _graphs(path)               # an open reader keeps what it opened
        with pytest.raises(StoreUnavailable, match="one writer at a time"):
            EmbeddedStore(path, write=True)
    finally:
        writer.close()
    early.close()
    assert _graphs(path) >= 3
    EmbeddedStore(path, write=True).close()                      # the next writer clears what readers held
    assert not (tmp_path / "s.snapshots").exists()


def test_stats_query_and_export_answer_during_a_long_ingest(cli, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    text = SAMPLE.read_text("utf-8")
    for k in range(40):
        (folder / f"a{k:02}.txt").write_text(text + f"\n追記{k}。\n", "utf-8")
    store = tmp_path / "store"
    assert cli("ingest", str(folder / "a00.txt"), "--store", str(store)).returncode == 0
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen([sys.executable, "-m", "tracker.cli", "ingest", str(folder), "--store", str(store)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    during = []
    try:
        while writer.poll() is None:
            for args in (("stats",), ("query", "SELECT (COUNT(*) AS ?n) WHERE { ?c a schema:Claim }", "-f", "csv"),
                         ("export", "--all", "-f", "nquads")):
                running = writer.poll() is None
                done = cli(*args, "--store", str(store))
                assert done.returncode == 0, (args, done.stderr)
                if running and writer.poll() is None:
                    during.append(args[0])
    finally:
        writer.wait(300)
    assert writer.returncode == 0, writer.stderr.read()
    assert {"stats", "query", "export"} <= set(during), during
    assert "articles        40" in cli("stats", "--store", str(store)).stdout


def test_a_store_named_through_a_symlink_has_the_same_lock(tmp_path):
    real = tmp_path / "real"
    link = tmp_path / "link"
    writer = EmbeddedStore(real, write=True)
    try:
        link.symlink_to(real)
        with pytest.raises(StoreUnavailable, match="one writer at a time"):
            EmbeddedStore(link, write=True)
    finally:
        writer.close()


def test_a_store_on_a_read_only_mount_is_read_and_refuses_writes_with_exit_3(cli, tmp_path):
    home = tmp_path / "home"
    assert cli("ingest", str(SAMPLE), "--store", str(home / "store")).returncode == 0
    (home / "store.lock").unlink()                 # as copied onto a medium by someone else
    ro = tmp_path / "ro"
    ro.mkdir()
    with mounted("--bind", str(home), str(ro)):
        subprocess.run(["mount", "-o", "remount,ro,bind", str(ro)], check=True)
        stats = cli("stats", "--store", str(ro / "store"))
        assert stats.returncode == 0 and "claims          123" in stats.stdout, stats.stderr
        assert cli("query", "ASK { ?c a schema:Claim }", "--store", str(ro / "store")).returncode == 0
        done = cli("ingest", str(SAMPLE), "--store", str(ro / "store"))
        assert done.returncode == 3 and done.stderr.count("\n") == 1, done.stderr
        assert "Read-only file system" in done.stderr


def test_a_full_disk_is_exit_3_and_the_store_stays_as_it_was(cli, tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    with mounted("-t", "tmpfs", "-o", "size=3m", "tmpfs", str(disk)):
        store = disk / "store"
        assert cli("ingest", str(SAMPLE), "--store", str(store)).returncode == 0
        big = tmp_path / "big"
        big.mkdir()
        text = SAMPLE.read_text("utf-8")
        for k in range(60):
            (big / f"b{k:02}.txt").write_text(text + f"\n追記{k}。\n", "utf-8")
        done = cli("ingest", str(big), "--store", str(store))
        assert done.returncode == 3, done.stderr[-600:]
        assert "Traceback" not in done.stderr and "internal error" not in done.stderr
        stats = cli("stats", "--store", str(store))
        assert stats.returncode == 0, stats.stderr


KILLED_LOAD = """
import sys
from tracker.embedded import EmbeddedStore
store = EmbeddedStore(sys.argv[1], write=True)
nt = "".join(f'<http://a/{i}> <http://b/p> "{"x" * 40}{i}" .\\n' for i in range(1_500_000))
store.write([("https://w3id.org/claim-tracker/id/graph/big", nt)])
"""


def test_the_files_of_a_bulk_load_killed_half_way_are_removed_by_the_next_writer(tmp_path, sample):
    import signal

    path = tmp_path / "s"
    with EmbeddedStore(path, write=True) as store:
        ingest(store, sample)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", KILLED_LOAD, str(path)], env=env)
    try:
        deadline = time.monotonic() + 120
        while not list(path.glob("bulk-*.sst")) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        left = list(path.glob("bulk-*.sst"))
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    if not left:
        pytest.skip("the load ended before its files could be seen")
    EmbeddedStore(path, write=True).close()
    assert not list(path.glob("bulk-*.sst"))
    assert _graphs(path) == 2                   # the article and the entities, as before the load


INTERRUPTED_COMPACTION = """
import os, signal, sys
from tracker import cli, embedded

real = embedded.EmbeddedStore.compact
def compact(self):
    os.kill(os.getpid(), signal.SIGINT)          # Ctrl-C while the store compacts
    real(self)
embedded.EmbeddedStore.compact = compact
sys.argv = ["tracker", "ingest", *sys.argv[1:]]
cli.main()
"""


def test_ctrl_c_while_compacting_reports_every_article_stored(tmp_path, cli):
    folder = tmp_path / "many"
    folder.mkdir()
    text = SAMPLE.read_text("utf-8")
    for k in range(40):                          # about 120,000 quads: enough to compact
        (folder / f"a{k:02}.txt").write_text(text + f"\n追記{k}。\n", "utf-8")
    store = tmp_path / "store"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", INTERRUPTED_COMPACTION, str(folder), "--store", str(store)],
                          env=env, capture_output=True, text=True, timeout=600, preexec_fn=ctrl_c_heard)
    assert done.returncode == 130, done.stderr[-800:]
    assert "40 added" in done.stderr and "interrupted" in done.stderr, done.stderr[-800:]
    assert "articles        40" in cli("stats", "--store", str(store)).stdout


INTERRUPTED_WRITE = """
import os, signal, sys
from tracker import cli, embedded

real = embedded.EmbeddedStore.write
def write(self, parts):
    if not getattr(embedded, "interrupted", False):
        embedded.interrupted = True
        os.kill(os.getpid(), signal.SIGINT)      # Ctrl-C while the first batch is written aside
    real(self, parts)
embedded.EmbeddedStore.write = write
sys.argv = ["tracker", "ingest", *sys.argv[1:]]
cli.main()
"""


@pytest.mark.slow
def test_ctrl_c_while_a_batch_is_written_aside_reports_every_article_stored(tmp_path, cli):
    folder = tmp_path / "many"
    folder.mkdir()
    text = SAMPLE.read_text("utf-8")
    for k in range(40):                          # about 120,000 quads: the first 100,000 written aside
        (folder / f"a{k:02}.txt").write_text(text + f"\n追記{k}。\n", "utf-8")
    store = tmp_path / "store"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", INTERRUPTED_WRITE, str(folder), "--store", str(store), "--workers", "1"],
                          env=env, capture_output=True, text=True, timeout=600, preexec_fn=ctrl_c_heard)
    assert done.returncode == 130, done.stderr[-800:]
    added = len(re.findall(r"^added: ", done.stdout, re.M))
    assert added >= 20 and f"{added} added; interrupted" in done.stderr, done.stderr[-800:]
    assert f"articles        {added}" in cli("stats", "--store", str(store)).stdout


def test_a_planted_symlink_beside_the_store_is_never_followed(tmp_path, sample):
    path = tmp_path / "s"
    with EmbeddedStore(path, write=True) as store:
        ingest(store, sample)
    victim = tmp_path / "victim"
    (victim / "keep").mkdir(parents=True)
    (tmp_path / "s.snapshots").symlink_to(victim)
    with pytest.raises(StoreUnavailable, match="not a folder of this store"):
        EmbeddedStore(path, write=True)
    assert (victim / "keep").is_dir()
    (tmp_path / "s.snapshots").unlink()
    (tmp_path / "s.snapshots").mkdir()
    secret = tmp_path / "secret"
    secret.write_text("secret", "utf-8")
    (tmp_path / "s.snapshots" / "current.tmp").symlink_to(secret)
    (tmp_path / "s.snapshots" / "elsewhere").symlink_to(victim)
    EmbeddedStore(path, write=True).close()
    assert secret.read_text("utf-8") == "secret" and (victim / "keep").is_dir()


def test_a_snapshot_a_reader_held_past_the_writer_is_removed_when_the_reader_is_done(tmp_path, sample):
    path = tmp_path / "s"
    writer = EmbeddedStore(path, write=True)
    ingest(writer, sample)
    reader = EmbeddedStore(path)                 # reads the writer's snapshot
    writer.close()
    assert any(p.is_dir() for p in (tmp_path / "s.snapshots").iterdir())
    reader.close()
    assert not (tmp_path / "s.snapshots").exists() or not any(p.is_dir() for p in (tmp_path / "s.snapshots").iterdir())


def test_a_query_child_dies_with_its_parent(tmp_path, sample):
    import signal

    path = tmp_path / "s"
    with EmbeddedStore(path, write=True) as store:
        ingest(store, sample)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "tracker.cli", "query",
                             "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                             "--timeout", "120", "--store", str(path)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    def running(pid: str) -> bool:
        try:
            with open(f"/proc/{pid}/status") as fh:
                return "zombie" not in fh.read().lower()
        except OSError:
            return False

    def cmdline(pid: str) -> str:
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as fh:
                return fh.read().decode(errors="replace")
        except OSError:
            return ""

    # multiprocessing may start its resource tracker first; the query's own child is the spawned one
    queries: list[str] = []
    deadline = time.monotonic() + 30
    while not queries and time.monotonic() < deadline:
        time.sleep(0.2)
        children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
        queries = [c for c in children if "spawn_main" in cmdline(c)]
    assert queries, "the query never started its child"
    proc.send_signal(signal.SIGTERM)
    proc.wait(30)
    deadline = time.monotonic() + 10
    while any(running(c) for c in queries) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(running(c) for c in queries)


def test_a_writer_keeps_only_the_last_few_of_the_engine_s_old_logs(tmp_path):
    for _ in range(6):
        with EmbeddedStore(tmp_path / "s", write=True) as s:
            s.write([])
    logs = list((tmp_path / "s").glob("LOG.old.*"))
    assert 0 < len(logs) <= 3 and (tmp_path / "s" / "LOG").exists()
