"""What `tracker extract --format trig` writes for the sample and both development sets, as
SHA-256 of the bytes (the generation time fixed, the checkout's path written as file:///ROOT).

Speed work must not change the output: when a change is meant to (a new triple, a new rule),
look at the TriG before and after, then record the new hashes with
`TRACKER_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_output_stable.py`.
"""
import hashlib
import io
import json
import os
from datetime import datetime, timezone
from pathlib import Path

from tracker.compact import CompactStore
from tracker.export import write
from tracker.graph import claims_to_graph
from tracker.pipeline import extract

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "tests" / "snapshots" / "trig-sha256.json"
FIXED = datetime(2024, 7, 10, tzinfo=timezone.utc)


def articles() -> list[Path]:
    return [ROOT / "data" / "seed-ja-2024-russia-china.txt",
            *sorted((ROOT / "tests" / "devset" / "ja").glob("*.txt")), *sorted((ROOT / "tests" / "devset" / "en").glob("*.txt"))]


def trig_of(path: Path) -> bytes:
    ex = extract(str(path))
    out = io.BytesIO()
    write(ex, "trig", out, claims_to_graph(ex, generated_at=FIXED, store=CompactStore()))
    return out.getvalue().replace(ROOT.as_uri().encode(), b"file:///ROOT")


def test_trig_of_the_sample_and_the_development_sets_is_unchanged():
    now = {p.relative_to(ROOT).as_posix(): hashlib.sha256(trig_of(p)).hexdigest() for p in articles()}
    if os.environ.get("TRACKER_UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", "utf-8")
    recorded = json.loads(SNAPSHOT.read_text("utf-8"))
    changed = sorted(k for k in now.keys() | recorded.keys() if now.get(k) != recorded.get(k))
    assert not changed, f"TriG changed for {changed}"


def test_the_same_extraction_writes_the_same_bytes_in_another_process():
    import subprocess
    import sys

    sample = ROOT / "data" / "seed-ja-2024-russia-china.txt"
    runs = {subprocess.run([sys.executable, "-c", f"import sys; from tests.test_output_stable import trig_of; from pathlib import Path; "
                            f"sys.stdout.buffer.write(trig_of(Path({str(sample)!r})))"],
                           cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, check=True).stdout
            for seed in ("1", "2", "3")}
    assert len(runs) == 1 and len(next(iter(runs))) > 100_000
