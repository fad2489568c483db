"""`akhbar process` and `akhbar demo`: raw pages in, one record per article out."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, BinaryIO

import msgspec
import typer
from rich.console import Console

from akhbar.clean.templates import learn_templates
from akhbar.cli import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, app
from akhbar.cli.render import article_panel, summary_table
from akhbar.errors import InputError
from akhbar.executor import run_local
from akhbar.pipeline import Options
from akhbar.read import MAX_PAGE_BYTES, JsonFields, iter_pages
from akhbar.records import Article, dumps

err = Console(stderr=True, soft_wrap=True)


class Format(StrEnum):
    jsonl = "jsonl"
    json = "json"
    text = "text"


def parse_fields(specs: list[str]) -> JsonFields:
    """`--field text=body --field title=headline` → JsonFields; a bad spec is a usage error."""
    known = set(JsonFields.__struct_fields__)
    values: dict[str, str] = {}
    for spec in specs:
        name, sep, value = spec.partition("=")
        if not sep or name not in known or not value:
            err.print(
                f"[red]error:[/] --field {spec!r}: expected NAME=FIELD, "
                f"NAME one of {', '.join(sorted(known))}"
            )
            raise typer.Exit(EXIT_USAGE)
        values[name] = value
    return JsonFields(**values)


def _report(error: InputError) -> None:
    where = f"{error.path}:{error.record}" if error.record is not None else error.path
    err.print(f"[red]error:[/] {where}: {error.reason}", highlight=False)


@app.command()
def process(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive), or - for stdin.")],
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="jsonl (one record a line), json, text.")
    ] = Format.jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    encoding: Annotated[str | None, typer.Option(help="Force an input encoding (else detected).")] = None,
    field: Annotated[
        list[str] | None, typer.Option(help="JSON field map, NAME=FIELD (title, text, url, published, site).")
    ] = None,
    digits: Annotated[
        str, typer.Option(help="Digit set of the display form: ascii, arabic, persian, keep.")
    ] = "ascii",
    quotes: Annotated[bool, typer.Option(help="Extract statements.")] = True,
    entities: Annotated[bool, typer.Option(help="Tag named entities.")] = True,
    max_bytes: Annotated[int, typer.Option(help="Largest single article accepted.")] = MAX_PAGE_BYTES,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes.")] = 1,
    learn_templates_: Annotated[
        bool,
        typer.Option(
            "--learn-templates/--no-learn-templates",
            help="First pass over the inputs: lines recurring in 5+ pages of one source are template.",
        ),
    ] = True,
) -> None:
    """Turn raw pages into clean structured records (schema akhbar.article.v1)."""
    if digits not in ("ascii", "arabic", "persian", "keep"):
        err.print(f"[red]error:[/] --digits {digits!r}: choose ascii, arabic, persian or keep")
        raise typer.Exit(EXIT_USAGE)
    fields = parse_fields(field or [])
    templates: frozenset[str] = frozenset()
    if learn_templates_ and "-" not in paths:
        templates = learn_templates(iter_pages(paths, encoding=encoding, fields=fields, max_bytes=max_bytes))
    options = Options(digits=digits, quotes=quotes, entities=entities, templates=templates)  # type: ignore[arg-type]
    pages = iter_pages(paths, encoding=encoding, fields=fields, max_bytes=max_bytes)
    ok = failed = 0
    sink: BinaryIO = output.open("wb") if output else sys.stdout.buffer
    console = Console(file=output.open("w", encoding="utf-8") if output and fmt is Format.text else None)
    try:
        first = True
        if fmt is Format.json:
            sink.write(b"[\n")
        for result in run_local(pages, options, jobs):
            if isinstance(result, InputError):
                failed += 1
                _report(result)
                continue
            ok += 1
            if fmt is Format.jsonl:
                sink.write(dumps(result) + b"\n")
            elif fmt is Format.json:
                sink.write((b"" if first else b",\n") + msgspec.json.format(dumps(result), indent=2))
            else:
                console.print(article_panel(result))
            first = False
        if fmt is Format.json:
            sink.write(b"\n]\n")
        sink.flush()
    finally:
        if output:
            sink.close()
    if failed:
        err.print(f"[bold]{ok} articles, {failed} failed[/]")
    raise typer.Exit(EXIT_OK if not failed else EXIT_PARTIAL if ok else EXIT_FAILED)


@app.command()
def demo(
    path: Annotated[Path, typer.Argument(help="Folder of example pages.")] = Path("examples"),
) -> None:
    """Process the bundled examples: the sample page in full, then a summary of all."""
    pages = list(iter_pages([str(path)]))
    articles = [r for r in run_local(pages) if isinstance(r, Article)]
    for error in (p for p in pages if isinstance(p, InputError)):
        _report(error)
    sample = next(
        (a for a in articles if "seed" in Path(a.source.path).name), articles[0] if articles else None
    )
    console = Console()
    if sample:
        console.print(article_panel(sample))
    console.print(summary_table(articles))
