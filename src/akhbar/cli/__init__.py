"""The `akhbar` command: a thin Typer app; each command module registers its commands here.

Exit codes (documented in README): 0 all inputs processed; 1 some inputs failed (others done);
2 usage error; 3 nothing could be processed.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="akhbar",
    help="Raw scraped Arabic news in; clean records, who said what, and Arabic search out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_FAILED = 3


def main() -> None:
    """Console entry point: import every command module, then run the app."""
    from akhbar.cli import commands  # noqa: F401  (registers the commands)

    app()
