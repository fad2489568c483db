"""Readable terminal renderings of records (Rich), shared by the commands."""

from __future__ import annotations

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from akhbar.records import Article

__all__ = ["article_panel", "clip", "quotes_table", "summary_table"]


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, with an ellipsis when cut (a
    word is cut only when the text has no space in its second half)."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit - 1].rstrip() + "…"


def article_panel(article: Article) -> Panel:
    """One article as a panel: fields, paragraphs by kind, statements and removals."""
    head = Table.grid(padding=(0, 1))
    head.add_column(style="bold cyan", justify="right")
    head.add_column()
    for label, value in (
        ("source", article.source.path + (f" #{article.source.record}" if article.source.record else "")),
        ("dateline", article.dateline),
        ("news id", article.news_id),
        ("published", article.published),
        ("language", article.language),
        ("hashtags", " ".join("#" + t for t in article.hashtags) or None),
        *((label, "، ".join(names)) for label, names in _entities_by_label(article).items()),
    ):
        if value:
            head.add_row(label, value)
    body = Text()
    for p in article.paragraphs:
        style = {"lead": "bold", "subheading": "bold magenta", "body": ""}[p.kind]
        body.append(f"[{p.kind}] ", style="dim")
        body.append(p.text + "\n", style=style)
    parts: list[Table | Text] = [head, body]
    if article.quotes:
        parts.append(quotes_table(article))
    if article.removed:
        removed = Table(title="removed lines", show_header=True, header_style="dim")
        removed.add_column("reason", style="yellow")
        removed.add_column("text", overflow="fold")
        for r in article.removed:
            removed.add_row(r.reason, clip(r.text, 120))
        parts.append(removed)
    return Panel(Group(*parts), title=article.headline or "(no headline)", title_align="right")


def _entities_by_label(article: Article) -> dict[str, list[str]]:
    """Distinct entity names per label, in order of first mention (PER, ORG, LOC, MISC)."""
    names: dict[str, dict[str, None]] = {label: {} for label in ("PER", "ORG", "LOC", "MISC")}
    for e in article.entities:
        names[e.label][e.text] = None
    return {label: list(found) for label, found in names.items() if found}


def quotes_table(article: Article) -> Table:
    """Who said what in one article."""
    table = Table(title="who said what", show_lines=False)
    if any(q.resolved for q in article.quotes):
        table.caption = "* speaker resolved by akhbar (elided, role-only or surname-only mention)"
    table.add_column("#", justify="right", style="dim")
    table.add_column("speaker (role)")
    table.add_column("cue", style="cyan")
    table.add_column("kind")
    table.add_column("statement", overflow="fold")
    for n, q in enumerate(article.quotes, 1):
        speaker = Text(q.speaker + (" *" if q.resolved else ""), style="bold green")
        if q.role and q.role != q.speaker:
            speaker.append("\n" + q.role, style="dim")
        table.add_row(str(n), speaker, q.cue, q.kind, clip(q.text, 200))
    return table


def summary_table(articles: list[Article]) -> Table:
    """One row per article: headline, counts of paragraphs, removals, statements, entities."""
    table = Table(title=f"{len(articles)} articles")
    for name, justify in (
        ("headline", "right"),
        ("dateline", "left"),
        ("paras", "right"),
        ("removed", "right"),
        ("quotes", "right"),
        ("entities", "right"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for a in articles:
        table.add_row(
            clip(a.headline or "", 60),
            a.dateline or "",
            str(len(a.paragraphs)),
            str(len(a.removed)),
            str(len(a.quotes)),
            str(len(a.entities)),
        )
    return table
