"""Train the English attribution tagger (tracker/lang/en/learned.py) on PolNeAR's training split.

    git clone https://github.com/networkdynamics/PolNeAR /tmp/PolNeAR
    python bench/train_attribution.py /tmp/PolNeAR [--out tracker/lang/en/data]

PolNeAR (Newell, Margolin and Ruths, LREC 2018) annotates attributions (source, cue, content) in
2016 US political news. Only the training split is read (the first ten months; the first
annotator listed for each article); the development split is for `bench/polnear.py`, and the
test split is never read. Each text is cut into sentences as the tracker cuts it (the same
stages as extraction, `tracker.pipeline.front`), each sentence's tokens are labelled with the
annotated spans they fall in (BIO: source, cue, content), and a linear-chain CRF is trained over
the features `learned.features` gives.

The one threshold the tagger has (from which marginal probability a cue the best tagging left out
is taken) is tuned on the training split's last articles (`--tune-since`): a model trained on
the articles before that date is scored on those after it (as `bench/polnear.py` scores), and the
threshold that finds the most with a precision of at least `--precision` is kept. The model shipped is then trained
on the whole split. Written: `attribution.crfsuite` and `attribution.json` (the corpus's commit,
the settings, the threshold and its tuning, the size, the figures of training).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear import load  # noqa: E402
from tracker.lang import detect  # noqa: E402
from tracker.lang.en import learned  # noqa: E402
from tracker.model import Article  # noqa: E402
from tracker.pipeline import front  # noqa: E402


def units(text: str) -> list[tuple[int, int]]:
    """The sentences the tracker reads in a text, as (start, end)."""
    article = Article(text=text, source="polnear", encoding="utf-8", sha256=hashlib.sha256(text.encode()).hexdigest(),
                      lang=detect(text))
    return [(s.start, s.end) for s in front(article).sentences]


def examples(docs):
    """(features, labels) of every sentence of every document."""
    for _, text, gold in docs:
        roles = [(role, s, e) for g in gold for role in learned.LABELS for s, e in g[role]]
        for start, end in units(text):
            toks = learned.tokens(text, start, end)
            if not toks:
                continue
            mine = [r for r in roles if r[1] < end and start < r[2]]
            yield learned.features(text, toks), learned.labels(toks, mine)


def train(docs, path: Path, args) -> tuple[int, int, float]:
    """A model trained on `docs`, written to `path`: (sentences, tokens, seconds)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    n_sent = n_tok = 0
    for feats, labs in examples(docs):
        trainer.append(feats, labs)
        n_sent += 1
        n_tok += len(labs)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.minfreq": args.min_freq, "feature.possible_transitions": True})
    t = time.perf_counter()
    trainer.train(str(path))
    return n_sent, n_tok, time.perf_counter() - t


THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7, 1.01)     # 1.01: the best tagging only


def tune(root: Path, args) -> tuple[float, list[dict]]:
    """The threshold: a model of the articles before `--tune-since`, scored on those after."""
    from polnear import score

    fit, held = load(root, "train", before=args.tune_since), load(root, "train", since=args.tune_since)
    shipped = learned.MODEL
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tuning.crfsuite"
        train(fit, path, args)
        learned.MODEL = path
        table = []
        for threshold in THRESHOLDS:
            learned.LIKELY = threshold
            r = score(held)
            row = {"likely": threshold, "found": round(r["found"] / max(r["attributions"], 1), 3),
                   "precision": round(r["predicted_right"] / max(r["predicted"], 1), 3),
                   "source": round(r["source_right"] / max(r["with_source"], 1), 3)}
            table.append(row)
            print(row, flush=True)
    learned.MODEL, learned.LIKELY = shipped, None
    kept = [row for row in table if row["precision"] >= args.precision]
    chosen = max(kept, key=lambda row: (row["found"], row["likely"]))["likely"] if kept else THRESHOLDS[-1]
    return chosen, table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("root", type=Path, help="a PolNeAR checkout")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "tracker" / "lang" / "en" / "data")
    ap.add_argument("--c1", type=float, default=0.03, help="L1 penalty (fewer features kept)")
    ap.add_argument("--c2", type=float, default=0.5, help="L2 penalty")
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--min-freq", type=int, default=3, help="features seen fewer times are left out")
    ap.add_argument("--tune-since", default="2016-08-01", help="the training articles from this date tune the threshold")
    ap.add_argument("--precision", type=float, default=0.90, help="the precision the threshold must keep on them")
    args = ap.parse_args()

    learned.LEXICON = learned.lexicon_words()       # the cue words the features mark, kept with the model
    likely, table = tune(args.root, args)
    docs = load(args.root, "train")
    model = args.out / "attribution.crfsuite"
    n_sent, n_tok, seconds = train(docs, model, args)
    try:
        commit = subprocess.run(["git", "-C", str(args.root), "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    info = {
        "corpus": "PolNeAR (Newell, Margolin and Ruths, LREC 2018), https://github.com/networkdynamics/PolNeAR",
        "corpus_commit": commit,
        "split": "train", "documents": len(docs), "sentences": n_sent, "tokens": n_tok,
        "settings": {"algorithm": "lbfgs", "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                     "feature.minfreq": args.min_freq},
        "likely": likely,
        "lexicon": sorted(learned.LEXICON),
        "tuning": {"fit": f"train before {args.tune_since}", "scored": f"train from {args.tune_since}",
                   "rule": f"the most found at precision >= {args.precision} (of equals, the higher threshold)", "table": table},
        "bytes": model.stat().st_size,
        "sha256": hashlib.sha256(model.read_bytes()).hexdigest(),
        "training_seconds": round(seconds, 1),
        "made_by": "bench/train_attribution.py",
    }
    (args.out / "attribution.json").write_text(json.dumps(info, indent=1) + "\n", "utf-8")
    print(json.dumps({k: v for k, v in info.items() if k not in ("tuning", "lexicon")}, indent=1))


if __name__ == "__main__":
    main()
