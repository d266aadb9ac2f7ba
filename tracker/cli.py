"""The `tracker` command: a thin layer over the library.

Exit codes: 0 success (for validate: every article conforms); 1 validate found violations;
2 bad input or usage (a missing, empty or binary file, an unknown option).
"""
from __future__ import annotations

import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  help="Who said what, according to whom, and when: claims of news and commentary as linked data.")

EXIT_OK, EXIT_VIOLATIONS, EXIT_BAD_INPUT = 0, 1, 2


class ExtractFormat(str, Enum):
    trig = "trig"
    turtle = "turtle"
    nquads = "nquads"
    jsonld = "jsonld"
    json = "json"
    table = "table"


class ReportFormat(str, Enum):
    text = "text"
    json = "json"
    turtle = "turtle"


def _published(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2024-07-10") from None


PublishedOpt = typer.Option(None, "--published", help="Publication date of the article (YYYY-MM-DD), for the year of relative dates.")


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(EXIT_BAD_INPUT)


def _write(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"{output}: cannot write ({exc.strerror or exc})")


@app.command()
def extract(
    source: str = typer.Argument(..., metavar="SOURCE", help="An article file, or - for standard input."),
    format: ExtractFormat = typer.Option(ExtractFormat.trig, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
    published: Optional[str] = PublishedOpt,
) -> None:
    """Extract every statement of an article as claims (RDF, JSON or a table)."""
    from .errors import BadInput
    from .export import serialize
    from .pipeline import extract as run

    try:
        ex = run(source, published=_published(published))
    except BadInput as exc:
        _fail(str(exc))
    _write(serialize(ex, format.value), output)


@app.command()
def validate(
    sources: list[str] = typer.Argument(..., metavar="SOURCE...", help="Article files (or - for standard input)."),
    format: ReportFormat = typer.Option(ReportFormat.text, "--format", "-f", help="Report format."),
    published: Optional[str] = PublishedOpt,
) -> None:
    """Check that every statement is cited, and that citations, dates and anchors are sound.

    Exit 0 when every article conforms, 1 when any has a violation, 2 on bad input."""
    from .errors import BadInput
    from .pipeline import extract as run
    from .report import render
    from .validate import validate_extraction

    when = _published(published)
    reports, bad = [], False
    for source in sources:
        try:
            ex = run(source, published=when)
        except BadInput as exc:
            typer.echo(f"error: {exc}", err=True)
            bad = True
            continue
        reports.append(validate_extraction(ex))
    if reports:
        sys.stdout.write(render(reports, format.value))
    if bad:
        raise typer.Exit(EXIT_BAD_INPUT)
    raise typer.Exit(EXIT_OK if all(r.conforms for r in reports) else EXIT_VIOLATIONS)


@app.command()
def evaluate(
    source: str = typer.Argument(..., metavar="SOURCE", help="The article file."),
    gold: str = typer.Argument(..., metavar="GOLD", help="Its gold annotation (JSON)."),
    json_out: bool = typer.Option(False, "--json", help="Print the figures and misses as JSON."),
    published: Optional[str] = PublishedOpt,
) -> None:
    """Measure extraction and validation against a gold annotation."""
    import json

    from .errors import BadInput
    from .evaluate import evaluate_source

    try:
        score, _ = evaluate_source(source, gold, published=_published(published))
    except BadInput as exc:
        _fail(str(exc))
    figures = score.figures()
    if json_out:
        typer.echo(json.dumps({**figures, "misses": score.misses}, ensure_ascii=False, indent=1))
        return
    for miss in score.misses:
        typer.echo("MISS " + " ".join(str(m) for m in miss))
    width = max(len(k) for k in figures)
    for k, v in figures.items():
        typer.echo(f"{k:<{width}}  {v}")


def main() -> None:
    """Run the CLI; usage errors become one `error:` line and exit code 2."""
    try:
        code = app(standalone_mode=False)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        sys.exit(130)
    except Exception as exc:
        # click's UsageError and BadParameter (vendored by recent typer): exit code 2
        if getattr(exc, "exit_code", None) == EXIT_BAD_INPUT and hasattr(exc, "format_message"):
            if exc.format_message():       # empty when the help was shown for a bare `tracker`
                typer.echo(f"error: {exc.format_message()}", err=True)
            sys.exit(EXIT_BAD_INPUT)
        raise
    sys.exit(code if isinstance(code, int) else EXIT_OK)


if __name__ == "__main__":
    main()
