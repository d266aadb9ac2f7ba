"""A throwaway Virtuoso open-source server on loopback, for the store tests.

Started from a copy of Debian's virtuoso.ini in a temporary folder, with its own database files
and free ports; SPARQL updates granted to the endpoint. Stopped when the test session ends.
"""
from __future__ import annotations

import configparser
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


def available() -> bool:
    return bool(shutil.which("virtuoso-t") and shutil.which("isql-vt") and INI.exists())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Virtuoso:
    def __init__(self, folder: Path):
        self.folder = folder
        self.sql_port = _free_port()
        self.http_port = _free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    def start(self, timeout: float = 90) -> None:
        ini = configparser.RawConfigParser(strict=False, allow_no_value=True, inline_comment_prefixes=(";",))
        ini.optionxform = str
        ini.read(INI)
        db = self.folder
        for section, stem in (("Database", "virtuoso"), ("TempDatabase", "virtuoso-temp")):
            ini[section]["DatabaseFile"] = str(db / f"{stem}.db")
            ini[section]["TransactionFile"] = str(db / f"{stem}.trx")
        ini["Database"]["ErrorLogFile"] = str(db / "virtuoso.log")
        ini["Database"]["LockFile"] = str(db / "virtuoso.lck")
        ini["Database"]["xa_persistent_file"] = str(db / "virtuoso.pxa")
        ini["Parameters"]["ServerPort"] = f"127.0.0.1:{self.sql_port}"
        ini["Parameters"]["DirsAllowed"] = f"., {db}, /usr/share/virtuoso-opensource-7/vad"
        ini["HTTPServer"]["ServerPort"] = f"127.0.0.1:{self.http_port}"
        with open(db / "virtuoso.ini", "w") as fh:
            ini.write(fh)
        log = open(db / "stdout.log", "w")
        self.proc = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(db / "virtuoso.ini")],
                                     cwd=db, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"virtuoso exited: {(db / 'stdout.log').read_text()[-800:]}")
            text = (db / "virtuoso.log").read_text(errors="replace") if (db / "virtuoso.log").exists() else ""
            if "Server online" in text:
                break
            time.sleep(0.5)
        else:
            self.stop()
            raise RuntimeError("virtuoso did not come online in time")
        subprocess.run(["isql-vt", str(self.sql_port), "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                       check=True, capture_output=True, timeout=60)

    def clear(self) -> None:
        """Drop every graph the tests wrote."""
        from tracker.store import RemoteStore

        with RemoteStore(self.endpoint) as store:
            graphs = store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                                  "FILTER (STRSTARTS(STR(?g), 'https://w3id.org/claim-tracker/')) }").rows
            for row in graphs:
                store.drop_graph(row["g"]["value"])

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, 15)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, 9)
