"""Corpus commands: `akhbar ingest | search | quotes | speakers | show | stats | export`.

Each parses its options, calls one `akhbar.corpus.Corpus` verb and prints readably (Rich) or, with
`--json`, one JSON document for machines. Errors become one line on stderr and an exit code.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import msgspec
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from akhbar.cli import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, app
from akhbar.corpus import Corpus, IngestResult
from akhbar.errors import AkhbarError, ConfigError

out = Console()
err = Console(stderr=True)

DbOption = Annotated[Path, typer.Option("--db", help="The corpus database (SQLite file).")]
JsonOption = Annotated[bool, typer.Option("--json", help="One JSON document on stdout, for machines.")]
DEFAULT_DB = Path("akhbar.db")


@contextmanager
def _corpus(db: Path, *, readonly: bool = False) -> Iterator[Corpus]:
    """Open the corpus; any akhbar error becomes one readable line and exit code 3."""
    if readonly and not db.exists():
        err.print(f"[red]error:[/] {db}: no such corpus (run `akhbar ingest` first)")
        raise typer.Exit(EXIT_FAILED)
    try:
        with Corpus(db) as corpus:
            yield corpus
    except ConfigError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(EXIT_USAGE) from exc
    except AkhbarError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(EXIT_FAILED) from exc


def _emit(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")


class _Bar:
    """Ingest progress on a Rich bar: input bytes and articles."""

    def __init__(self, progress: Progress, total_bytes: int) -> None:
        self.progress = progress
        self.bytes = progress.add_task("bytes", total=total_bytes or None)
        self.articles = progress.add_task("articles", total=None)

    def advance(self, nbytes: int, articles: int) -> None:
        self.progress.advance(self.bytes, nbytes)
        self.progress.advance(self.articles, articles)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or directories (JSON Lines, text, .gz).")],
    db: DbOption = DEFAULT_DB,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help="Processes for the per-article pipeline (default: cores).")
    ] = 0,
    encoding: Annotated[str | None, typer.Option(help="Force an input encoding (else detected).")] = None,
    statements: Annotated[bool, typer.Option(help="Extract statements (who said what).")] = True,
    entities: Annotated[bool, typer.Option(help="Tag named entities (the slowest step).")] = True,
    as_json: JsonOption = False,
) -> None:
    """Process raw pages and store the articles (unchanged inputs are skipped), then update the index."""
    from akhbar.pipeline import Options
    from akhbar.store.ingest import ByteMeter

    with _corpus(db) as corpus:
        columns = (
            TextColumn("{task.description:>8}"),
            BarColumn(),
            DownloadColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=err, disable=as_json or not err.is_terminal) as progress:
            bar = _Bar(progress, ByteMeter(paths).total)
            result = corpus.ingest(
                paths,
                jobs=jobs or os.cpu_count() or 1,
                encoding=encoding,
                progress=bar,
                options=Options(quotes=statements, entities=entities),
            )
    _ingest_report(result, as_json)
    code = {"done": EXIT_OK, "partial": EXIT_PARTIAL}.get(result.run.status, EXIT_FAILED)
    raise typer.Exit(code)


def _ingest_report(result: IngestResult, as_json: bool) -> None:
    run = result.run
    if as_json:
        _emit(
            {
                "run": run.id,
                "status": run.status,
                "counts": asdict(run.counts),
                "errors": [asdict(e) for e in run.errors],
                "speakers": result.speakers,
                "clusters": result.clusters,
                "indexed_changes": result.indexed,
                "seconds": result.stages,
            }
        )
        return
    table = Table(title=f"ingest run {run.id}: {run.status}")
    for name in ("seen", "added", "replaced", "unchanged", "failed"):
        table.add_column(name, justify="right")
    c = run.counts
    table.add_row(*(str(v) for v in (c.seen, c.added, c.replaced, c.unchanged, c.failed)))
    out.print(table)
    seconds = ", ".join(f"{k} {v:.1f}s" for k, v in result.stages.items())
    out.print(f"speakers {result.speakers} · story clusters {result.clusters} · {seconds}")
    for e in run.errors[:50]:
        where = f"{e.path}:{e.record}" if e.record is not None else e.path
        err.print(f"[red]error:[/] {escape(where)}: {escape(e.reason)}", highlight=False)
    if len(run.errors) > 50:
        err.print(f"… and {len(run.errors) - 50} more errors (akhbar stats --json lists the run)")


@app.command()
def search(
    query: Annotated[
        str, typer.Argument(help='Words, "phrases", OR, -word, prefix*, speaker:/entity:/source:/from:/to:')
    ],
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000)] = 10,
    page: Annotated[int, typer.Option("--page", "-p", min=1, help="Result page (1-based).")] = 1,
    newest: Annotated[
        bool, typer.Option("--newest", help="Newest first (undated last) instead of best first.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Search the articles (Arabic-aware; ranked by BM25, the headline weighted, words together first)."""
    with _corpus(db) as corpus:
        result = corpus.search(query, limit=limit, offset=(page - 1) * limit, newest=newest)
    if as_json:
        _emit(
            {
                "query": query,
                "order": "newest" if newest else "relevance",
                "total": result.total,
                "offset": result.offset,
                "dropped": list(result.dropped),
                "results": [
                    {
                        **{k: v for k, v in asdict(r).items() if k != "snippet"},
                        "snippet": r.snippet.text,
                        "highlights": r.snippet.highlights,
                    }
                    for r in result.results
                ],
            }
        )
        return
    first = result.offset + 1
    out.print(f"{result.total} articles; showing {first}–{result.offset + len(result.results)}")
    if result.dropped:
        out.print(f"[dim]ignored: {escape(' '.join(result.dropped))}[/]")
    for r in result.results:
        snippet = escape(r.snippet.text)
        marked = (
            escape(r.snippet.marked("\x00", "\x01")).replace("\x00", "[bold yellow]").replace("\x01", "[/]")
        )
        out.print(f"\n[bold]{r.id}[/] {escape(r.headline or '')}  [dim]{r.site or ''} {r.day or ''}[/]")
        out.print(marked if marked else snippet)


@app.command()
def quotes(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files to read (else: search the corpus).")
    ] = None,
    speaker: Annotated[str | None, typer.Option("--speaker", "-s", help="Name, alias or role.")] = None,
    about: Annotated[
        str | None, typer.Option("--about", "-a", help="Words the statement must contain.")
    ] = None,
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 20,
    as_json: JsonOption = False,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="With PATHs: table (readable) or jsonl (one a line).")
    ] = "table",
) -> None:
    """Who said what: from files (with PATHs) or from the corpus (--speaker, --about)."""
    if paths:
        if fmt not in ("table", "jsonl"):
            err.print(f"[red]error:[/] --format {fmt!r}: choose table or jsonl")
            raise typer.Exit(EXIT_USAGE)
        raise typer.Exit(_quotes_from_files(paths, as_json, fmt == "jsonl"))
    with _corpus(db) as corpus:
        rows = corpus.quotes(speaker=speaker, about=about, limit=limit)
    if as_json:
        _emit([asdict(r) for r in rows])
        return
    for r in rows:
        role = f" ({r.role})" if r.role else ""
        out.print(
            f"[bold]{escape(r.speaker)}[/]{escape(role)} [dim]{r.day or ''} {r.site or ''} #{r.article_id}[/]"
        )
        out.print(f"  «{escape(r.text)}»")
    if not rows:
        out.print("no statements found")


def _quotes_from_files(paths: list[str], as_json: bool, jsonl: bool) -> int:
    """Who said what in files: a table per article, or one JSON line per statement."""
    from akhbar.cli.render import quotes_table
    from akhbar.errors import InputError
    from akhbar.executor import run_local
    from akhbar.pipeline import Options
    from akhbar.read import iter_pages

    failed = done = 0
    for result in run_local(iter_pages(paths), Options(entities=False)):
        if isinstance(result, InputError):
            failed += 1
            err.print(f"[red]error:[/] {escape(str(result))}", highlight=False)
            continue
        done += 1
        if as_json or jsonl:
            source = {"path": result.source.path, "record": result.source.record}
            for q in result.quotes:
                record = {"source": source, "headline": result.headline, **msgspec.to_builtins(q)}
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            continue
        title = result.headline or result.source.path
        if result.quotes:
            table = quotes_table(result)
            table.title = f"{title} — who said what"
            out.print(table)
        else:
            out.print(f"[dim]{escape(title)}: no statements[/]")
    return EXIT_OK if failed == 0 else (EXIT_PARTIAL if done else EXIT_FAILED)


@app.command()
def speakers(
    name: Annotated[str | None, typer.Argument(help="A name, alias or role (else the most quoted).")] = None,
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 20,
    as_json: JsonOption = False,
) -> None:
    """Speakers across the corpus; with NAME, their aliases, dated roles and the merge evidence."""
    with _corpus(db) as corpus:
        records = corpus.speakers(name, limit=limit if name is None else 5)
    if as_json:
        _emit([asdict(r) for r in records])
        return
    if name is None:
        table = Table("id", "speaker", "statements", "aliases")
        for r in records:
            table.add_row(str(r.id), r.name, str(r.mentions), str(len(r.aliases)))
        out.print(table)
        return
    for r in records:
        out.print(f"[bold]{escape(r.name)}[/] (#{r.id}, {r.mentions} statements)")
        out.print("  aliases: " + escape("، ".join(f"{a} ({n})" for a, n in r.aliases)))
        for role, first, last, n in r.roles:
            out.print(f"  role: {escape(role)}  {first or '?'} … {last or '?'}  ({n})")
        for kind, detail, article in r.evidence:
            out.print(f"  [dim]evidence[/] {kind}: {escape(detail)} [dim]e.g. #{article}[/]")


@app.command()
def show(
    article_id: Annotated[int, typer.Argument(help="An article id (from search).")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """One stored article, and the other copies of its story."""
    from akhbar.records import to_builtins

    with _corpus(db) as corpus:
        shown = corpus.show(article_id)
    if shown is None:
        err.print(f"[red]error:[/] no article {article_id}")
        raise typer.Exit(EXIT_FAILED)
    if as_json:
        _emit(
            {
                "id": shown.id,
                "cluster_id": shown.cluster_id,
                "article": to_builtins(shown.article),
                "copies": [
                    {"id": i, "site": s, "headline": h, "representative": r} for i, s, h, r in shown.copies
                ],
            }
        )
        return
    art = shown.article
    where = f"{art.source.site or ''} {art.published or ''} {art.source.url or ''}"
    out.print(f"[bold]{escape(art.headline or '')}[/]\n[dim]{escape(where)}[/]\n")
    for p in art.paragraphs:
        out.print(escape(p.text) + "\n")
    for q in art.quotes:
        out.print(f"[bold]{escape(q.speaker)}[/]: «{escape(q.text)}»")
    if shown.copies:
        out.print(f"\nstory cluster {shown.cluster_id}: {len(shown.copies)} copies")
        for i, site, headline, rep in shown.copies:
            out.print(f"  {'*' if rep else ' '} #{i} {site or ''} {escape(headline or '')}")


@app.command()
def stats(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """What the corpus holds: articles by source, statements, speakers, clusters, recent runs."""
    with _corpus(db, readonly=True) as corpus:
        data = corpus.stats()
    if as_json:
        _emit(data)
        return
    table = Table("", "", show_header=False)
    for key, value in data.items():
        if key not in ("by_source", "runs_recent"):
            table.add_row(key, str(value))
    out.print(table)
    by_source = data.get("by_source")
    if isinstance(by_source, dict):
        src = Table("source", "articles")
        for site, n in by_source.items():
            src.add_row(str(site), str(n))
        out.print(src)


@app.command()
def export(
    output: Annotated[Path, typer.Argument(help="The file to write.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl | csv | parquet")] = "jsonl",
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """Write every stored article: jsonl (full records), csv or parquet (one row per article)."""
    with _corpus(db, readonly=True) as corpus:
        count = corpus.export(output, fmt=fmt)
    if as_json:
        _emit({"output": str(output), "format": fmt, "articles": count})
    else:
        out.print(f"wrote {count} articles to {output}")
