"""The documentation as a user reads it: README's commands run and print what README shows; every
option it names exists; the data model documents every term of the ontology; a run of the tests
says what it skipped.

README's examples are of three kinds:
- a block of `sh` holding `tracker …` commands: each command's options must exist, and a command
  without placeholders (ARTICLE, FILE.rq, …) runs against a store holding the sample article and
  one review (the `<!-- setup -->` block) and exits 0 (1 for `validate`, which finds violations);
- a block right after an HTML comment `<!-- $ tracker … -->`, or right after an `sh` block of one
  command: what that command prints, `…` standing for what is left out, white space aside;
- anything else, which is prose.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Graph, RDF, RDFS, URIRef

from .conftest import ROOT, run_cli

README = ROOT / "README.md"
DATA_MODEL = ROOT / "docs" / "data-model.md"
ONTOLOGY = ROOT / "ontology" / "ct.ttl"
CT = "https://w3id.org/claim-tracker/ns#"


@dataclass(frozen=True)
class Block:
    line: int                   # of its opening fence, from 1
    lang: str
    body: str
    label: str                  # the HTML comment just before it ("$ tracker …", "setup"), or ""


def blocks(text: str) -> list[Block]:
    found, lines, i = [], text.split("\n"), 0
    label = ""
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            end = next(j for j in range(i + 1, len(lines)) if lines[j].startswith("```"))
            found.append(Block(i + 1, line[3:].strip(), "\n".join(lines[i + 1:end]), label))
            i, label = end + 1, ""
            continue
        m = re.fullmatch(r"<!--\s*(.*?)\s*-->", line.strip())
        if m:
            label = m.group(1)
        elif line.strip():
            label = ""
        i += 1
    return found


def commands(body: str) -> list[list[str]]:
    """The `tracker` commands of an `sh` block, each as its arguments; a line that does not start
    a command (indented) continues the one before, as does a quote left open."""
    found: list[str] = []
    for line in body.split("\n"):
        line = re.sub(r"\s+#\s.*$", "", line)           # a comment (never inside the examples' quotes)
        if found and (line[:1].isspace() or found[-1].count("'") % 2):
            found[-1] += "\n" + line
        elif line.strip():
            found.append(line)
    return [shlex.split(c) for c in found if c.lstrip().startswith("tracker ")]


PLACEHOLDER = re.compile(r"^[\[(]|…|^[A-Z][A-Z0-9_|-]*(\.\w+)?[\])]*$|YYYY")


def runnable(args: list[str]) -> bool:
    """A command the tests can run as README shows it: no placeholder, no server of one's own, and
    not `serve`, which runs until stopped (tests/test_serve.py starts it)."""
    return not any(PLACEHOLDER.search(a) for a in args) and "--endpoint" not in args and args[1:2] != ["serve"]


def shown_in(expected: str, actual: str) -> str | None:
    """None when `actual` shows each line of `expected` (`…` standing for what is left out, white
    space aside; the lines in any order, as a JSON object's members or a graph's statements may
    come); else the first part of `expected` it lacks."""
    squeeze = lambda s: re.sub(r"\s+", "", s)
    flat = squeeze(actual)
    for line in expected.split("\n"):
        at = 0
        for part in map(squeeze, line.split("…")):
            if not part:
                continue
            found = flat.find(part, at)
            if found < 0:
                return part
            at = found + len(part)
    return None


README_BLOCKS = blocks(README.read_text("utf-8"))


# ---------------------------------------------------------------- the Quick start

def quick_start() -> list[str]:
    text = README.read_text("utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [b.body.strip() for b in blocks(section)]


def test_quick_start_is_two_commands_and_the_second_is_what_ci_runs():
    install_and_run, tests = quick_start()
    assert "\n" not in install_and_run and "\n" not in tests
    assert "tracker extract data/seed-ja-2024-russia-china.txt" in install_and_run
    ci = (ROOT / ".ci" / "run").read_text("utf-8").strip().splitlines()[-1]
    assert ci == tests


@pytest.mark.slow
def test_the_quick_start_install_prints_no_warning(tmp_path):
    """The install, as the Quick start gives it, resolved (not installed) in a fresh environment:
    pip says nothing but what it would install (the machine's own pip configuration aside)."""
    install_and_run, _ = quick_start()
    venv, install = re.fullmatch(r"(python3 -m venv .*?\.venv) && (\.venv/bin/pip install -q \.) && .*", install_and_run).groups()
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    target = tmp_path / "venv"
    subprocess.run(venv.replace(".venv", str(target)), shell=True, check=True, env=env, capture_output=True)
    pip = [str(target / "bin" / "pip"), *install.split()[1:-1], "--dry-run", str(ROOT)]
    done = subprocess.run(pip, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    warnings = [w for w in done.stderr.splitlines() if w.startswith("WARNING") and "is ignored: it is neither" not in w]
    assert not warnings, warnings


# ---------------------------------------------------------------- every option README names exists

def cli_options() -> dict[str, set[str]]:
    from tracker.cli import _command

    group = _command()
    found = {"": {o for p in group.params for o in (*p.opts, *p.secondary_opts)} | {"-h", "--help"}}
    for name, command in group.commands.items():
        found[name] = {o for p in command.params for o in (*p.opts, *p.secondary_opts)} | {"-h", "--help"}
    return found


def readme_commands() -> list[tuple[int, list[str]]]:
    return [(b.line, args) for b in README_BLOCKS if b.lang == "sh" for args in commands(b.body)]


def test_every_option_readme_names_exists():
    options = cli_options()
    options["COMMAND"] = set.intersection(*(o for name, o in options.items() if name))      # any command
    for line, args in readme_commands():
        command = args[1] if len(args) > 1 and not args[1].startswith("-") else ""
        assert command in options, f"README line {line}: no command {command!r}"
        for arg in args[2 if command else 1:]:
            for flag in re.findall(r"(?:^|[\[(|\s])(--?[a-zA-Z][\w-]*)", arg):
                assert flag in options[command], f"README line {line}: tracker {command} has no option {flag}"


# ---------------------------------------------------------------- README's examples run

@pytest.fixture(scope="module")
def readme_store(tmp_path_factory):
    """A store as README's examples assume: what its `<!-- setup -->` block stores."""
    [setup] = [b for b in README_BLOCKS if b.label == "setup"]
    store = tmp_path_factory.mktemp("readme") / "store"
    for args in commands(setup.body):
        done = run_cli(*args[1:], env={"TRACKER_STORE": str(store)})
        assert done.returncode == 0, (args, done.stderr)
    return store


def in_a_copy(store: Path, args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    copy = tmp_path / f"store-{len(list(tmp_path.iterdir()))}"
    shutil.copytree(store, copy)
    return run_cli(*args[1:], env={"TRACKER_STORE": str(copy), "TRACKER_CACHE": str(tmp_path / "cache")})


def examples() -> list[tuple[int, list[str], str | None]]:
    """(line, command, the output README shows or None) for every command README runs."""
    found = []
    for i, b in enumerate(README_BLOCKS):
        if b.label.startswith("$ tracker "):
            found.append((b.line, shlex.split(b.label[2:]), b.body))
        elif b.lang == "sh" and b.label != "setup":
            runs = [args for args in commands(b.body) if runnable(args)]
            after = README_BLOCKS[i + 1] if i + 1 < len(README_BLOCKS) else None
            output = after.body if (after and after.lang == "" and not after.label and len(runs) == 1
                                    and after.line - b.line - b.body.count("\n") <= 4) else None
            found += [(b.line, args, output) for args in runs]
    return found


EXAMPLES = examples()


def test_readme_has_examples_with_their_output():
    assert len(EXAMPLES) >= 12 and sum(out is not None for _l, _a, out in EXAMPLES) >= 8


@pytest.mark.parametrize("line, args, output", EXAMPLES, ids=[f"line{e[0]}-{'-'.join(e[1][1:3])}" for e in EXAMPLES])
def test_readme_example_runs_and_prints_what_readme_shows(readme_store, tmp_path, line, args, output):
    done = in_a_copy(readme_store, args, tmp_path)
    assert done.returncode == (1 if args[1] == "validate" else 0), (line, done.stderr[-2000:])
    if output is not None:
        missing = shown_in(output, done.stdout)
        assert missing is None, f"README line {line}: `{shlex.join(args)}` does not print {missing[:200]!r}"


def test_shown_in_takes_ellipses_for_what_is_left_out_and_nothing_else():
    assert shown_in("a …\nc", "a b\n  c") is None and shown_in("c\na", "a\nc") is None
    assert shown_in("a … c", "c a") == "c"
    assert shown_in("a b", "ab") is None and shown_in("a x", "a b") == "ax"


# ---------------------------------------------------------------- the data model

def ontology_terms() -> dict[str, tuple[str, str, str]]:
    """ct: term → (kind, English label, English definition)."""
    g = Graph().parse(ONTOLOGY)
    terms = {}
    for s in set(g.subjects()):
        if not (isinstance(s, URIRef) and str(s).startswith(CT) and str(s) != CT):
            continue
        english = lambda p: next((str(o) for o in g.objects(s, p) if getattr(o, "language", None) in ("en", None)), "")
        types = {str(t).rsplit("#", 1)[-1] for t in g.objects(s, RDF.type)}
        parent = next((str(o).replace(CT, "ct:") for o in g.objects(s, RDFS.subPropertyOf)), "")
        kind = ("stance" if "Stance" in types else "attitude" if "Attitude" in types else "class" if "Class" in types
                else f"speech act" if parent == "ct:speechAct" else "property")
        terms["ct:" + str(s)[len(CT):]] = (kind, english(RDFS.label), " ".join(english(RDFS.comment).split()))
    return terms


def terms_table() -> str:
    order = {"class": 0, "stance": 1, "attitude": 2, "property": 3, "speech act": 4}
    rows = sorted(ontology_terms().items(), key=lambda kv: (order[kv[1][0]], kv[0].lower()))
    cell = lambda s: s.replace("|", "\\|")
    return "\n".join(["| term | kind | label | definition |", "|---|---|---|---|"]
                     + [f"| `{t}` | {k} | {cell(label)} | {cell(d)} |" for t, (k, label, d) in rows])


def test_the_data_model_lists_every_term_of_the_ontology():
    text = DATA_MODEL.read_text("utf-8")
    begin, end = "<!-- terms: begin -->\n", "<!-- terms: end -->"
    head, rest = text.split(begin)
    table, tail = rest.split(end)
    if os.environ.get("TRACKER_UPDATE_SNAPSHOTS"):
        DATA_MODEL.write_text(head + begin + terms_table() + "\n" + end + tail, "utf-8")
        return
    assert table.strip() == terms_table(), "docs/data-model.md: the ct: terms differ from ontology/ct.ttl"


@pytest.mark.parametrize("doc", [README, DATA_MODEL], ids=["README", "data-model"])
def test_every_ct_term_the_docs_name_is_in_the_ontology(doc):
    named = set(re.findall(r"\bct:[A-Za-z]\w*", doc.read_text("utf-8")))
    assert named and named <= set(ontology_terms()), sorted(named - set(ontology_terms()))


def test_readme_points_to_the_data_model_in_the_repository():
    text = README.read_text("utf-8")
    assert "docs/data-model.md" in text and DATA_MODEL.exists()
    for target in re.findall(r"\]\(([^)#]+)", text):
        if not re.match(r"\w+://", target):
            assert (ROOT / target).exists(), target


# ---------------------------------------------------------------- a run of the tests says what it skipped

def test_a_run_without_virtuoso_says_what_it_skipped_and_why(tmp_path):
    """Without Virtuoso on the PATH (as on a machine that has not run .ci/run), the store tests
    against it are skipped, and the run ends with one line saying so."""
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["PATH"] = str(Path(sys.executable).parent)
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "tests/test_store_cli.py::test_query_file_and_tsv_output"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:]
    [summary] = [line for line in done.stdout.splitlines() if line.startswith("skipped ")]
    assert summary == ("skipped 1 test: 1 because Virtuoso is not installed (apt-get install virtuoso-opensource)"
                       " (.ci/run installs what the tests need)")
