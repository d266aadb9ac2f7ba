"""The layout tells the architecture: stages import one way, languages stay in their packages,
modules stay small enough to read."""
from __future__ import annotations

import ast
from pathlib import Path

from tracker import lang

PACKAGE = Path(__file__).resolve().parents[1] / "tracker"
MAX_LINES = 400


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its __init__)."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules `name` imports, wherever the import statement stands (inside
    functions too: a cycle closed at call time is still a cycle)."""
    is_package = path.name == "__init__.py"
    here = name.split(".") if is_package else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = here[: len(here) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            targets = [module] + [f"{module}.{a.name}" for a in node.names]
        else:
            continue
        found |= {t for t in targets if t in known}
    return found - {name}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return out


def test_no_module_of_the_package_imports_itself_back_through_others():
    mods = modules()
    graph = {name: imports(name, path, set(mods)) for name, path in mods.items()}
    assert cycles(graph) == []


def test_the_cycle_check_finds_a_cycle_closed_inside_a_function(tmp_path):
    (tmp_path / "a.py").write_text("from . import b\n")
    (tmp_path / "b.py").write_text("def f():\n    from .a import g\n")
    known = {"p.a", "p.b"}
    graph = {"p.a": imports("p.a", tmp_path / "a.py", known), "p.b": imports("p.b", tmp_path / "b.py", known)}
    assert cycles(graph) == [["p.a", "p.b"]]


def test_core_modules_never_import_a_language_package():
    codes = {row.code for row in lang.table()}
    mods = modules()
    for name, path in mods.items():
        if name.startswith("tracker.lang."):
            continue
        hits = {m for m in imports(name, path, set(mods)) if m.split(".")[:3][-1] in codes and m.startswith("tracker.lang.")}
        assert not hits, f"{name} imports {hits}"


def test_nothing_outside_a_language_package_compares_with_a_language_code():
    codes = {row.code for row in lang.table()}
    for name, path in modules().items():
        if name.startswith("tracker.lang.") and name.split(".")[2] in codes:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Compare):
                constants = [n.value for n in (node.left, *node.comparators) if isinstance(n, ast.Constant)]
                assert not set(constants) & codes, f"{name}, line {node.lineno}: compares with a language code"


def test_every_long_module_says_why_in_its_docstring():
    for name, path in modules().items():
        text = path.read_text("utf-8")
        if text.count("\n") > MAX_LINES:
            doc = ast.get_docstring(ast.parse(text)) or ""
            assert f"{MAX_LINES} lines" in doc, f"{name} has {text.count(chr(10))} lines and does not say why"
