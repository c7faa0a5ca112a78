"""The ``copydesk`` command line (click), shaped after ruff's.

Exit codes: 0 nothing at or above the fail level; 1 something is; 2 a usage,
configuration or internal error. copydesk never exits 0 when a check could not
run, even with ``--exit-zero``.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import click

from lint import __version__
from lint.errors import CopydeskError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
PROGRESS_MIN_FILES = 20


class _Group(click.Group):
    """Turns copydesk's own errors into one line and exit 2, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except CopydeskError as exc:
            click.echo(f"copydesk: error: {exc}", err=True)
            ctx.exit(EXIT_ERROR)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except Exception as exc:
            if os.environ.get("COPYDESK_DEBUG"):
                raise
            click.echo(
                f"copydesk: internal error: {type(exc).__name__}: {exc} (set COPYDESK_DEBUG=1 for details)", err=True
            )
            ctx.exit(EXIT_ERROR)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="copydesk", message="%(prog)s %(version)s")
def main() -> None:
    """copydesk: an editorial linter for news articles."""


def _selectors(values: tuple[str, ...]) -> list[str] | None:
    from lint.selectors import split_selectors

    return split_selectors(values) if values else None


def _color(no_color: bool, stream) -> bool:
    if no_color or "NO_COLOR" in os.environ:
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def _settings(config: str | None):
    from lint.config import load_settings

    return load_settings(Path(config) if config else None)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--select", multiple=True, metavar="RULES", help="Only these rules (codes, names or prefixes; comma-separated)."
)
@click.option("--extend-select", multiple=True, metavar="RULES", help="Rules to add to the selection.")
@click.option(
    "--ignore",
    multiple=True,
    metavar="RULES",
    help="Rules to leave out (G501:EN_A_VS_AN leaves out one LanguageTool rule).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "sarif", "github"]), default="text", show_default=True
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write the report to FILE instead of standard output."
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    help="Lowest severity that fails the run [default: warning].",
)
@click.option(
    "--config",
    type=click.Path(dir_okay=False),
    help="Configuration file (default: nearest copydesk.toml, .copydesk.toml or pyproject.toml).",
)
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes.")
@click.option("--quiet", "-q", is_flag=True, help="Print findings only: no summary, no notices.")
@click.option("--no-color", is_flag=True, help="No colour, even on a terminal (NO_COLOR does the same).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings are at or above the fail level.")
@click.option("--stdin-filename", metavar="PATH", help="Name (and format, by suffix) of the article read from '-'.")
@click.option("--show-settings", is_flag=True, help="Print the resolved settings and exit.")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Hide findings recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="Record today's findings in FILE and exit 0.")
@click.option("--dialect", help='Spelling dialect: "auto", "en-US", "en-GB", ...')
@click.option("--grammar/--no-grammar", default=None, help="Turn the LanguageTool checks on or off.")
@click.option(
    "--cross-file", is_flag=True, default=None, help="Also report paragraphs repeated across the files of this run."
)
def check(
    paths, select, extend_select, ignore, fmt, output, fail_on, config, jobs, quiet, no_color, exit_zero,
    stdin_filename, show_settings, baseline, write_baseline, dialect, grammar, cross_file,
) -> None:  # fmt: skip
    """Check articles (files and folders; '-' reads standard input)."""
    from lint import baseline as baselines
    from lint.config import with_overrides
    from lint.engine import Engine, run
    from lint.finding import Severity
    from lint.report import RenderContext, render
    from lint.sources import STDIN, discover

    # Articles become many small acyclic objects; the default collector thresholds
    # make the cyclic GC rescan them constantly (a third of the time on a 5 MB file).
    gc.set_threshold(100_000, 50, 50)
    settings = _settings(config)
    overrides = {
        "select": _selectors(select),
        "fail_on": Severity.parse(fail_on) if fail_on else None,
        "dialect": dialect,
        "grammar": grammar,
        "cross_file": cross_file,
    }
    settings = with_overrides(settings, **overrides)
    if extend_select:
        settings.extend_select = settings.extend_select + _selectors(extend_select)
    if ignore:
        settings.ignore = settings.ignore + _selectors(ignore)
    engine = Engine(settings)
    if show_settings:
        _print_settings(settings, engine)
        return
    files, missing = discover(list(paths) or ["."], settings.is_excluded)
    stdin = None
    if STDIN in files:
        stdin = (stdin_filename or "stdin.txt", sys.stdin.buffer.read())
    progress = None
    if not quiet and len(files) >= PROGRESS_MIN_FILES and sys.stderr.isatty():
        progress = _progress
    report = run(engine, files, jobs=jobs, stdin=stdin, progress=progress)
    report.errors.extend(f"{p}: no such file or directory" for p in missing)
    root = settings.source.parent if settings.source else Path.cwd()
    if write_baseline:
        baselines.write(Path(write_baseline), report.findings, root)
        click.echo(f"copydesk: wrote {len(report.findings)} findings to {write_baseline}", err=True)
        raise SystemExit(EXIT_ERROR if report.errors or report.internal_errors else EXIT_CLEAN)
    if baseline:
        report.findings = baselines.filter_known(report.findings, baselines.load(Path(baseline)), root)
    stream = sys.stdout
    color = fmt == "text" and output is None and _color(no_color, stream)
    context = RenderContext(engine.catalog, _repository_root(root), color, settings.fail_on)
    text = render(fmt, report, context)
    if quiet and fmt == "text":
        text = "".join(text.splitlines(keepends=True)[:-1])
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise CopydeskError(f"cannot write {output}: {exc.strerror or exc}") from None
    else:
        click.echo(text, nl=False, color=color)
    for line in report.warnings:
        click.echo(f"copydesk: warning: {line}", err=True)
    if not quiet:
        for line in report.notices:
            click.echo(f"copydesk: {line}", err=True)
    for line in report.errors:
        click.echo(f"copydesk: error: {line}", err=True)
    raise SystemExit(_exit_code(report, settings.fail_on, exit_zero))


def _repository_root(fallback: Path) -> Path:
    """The enclosing git work tree, so SARIF and GitHub paths are repository-relative."""
    here = Path.cwd().resolve()
    for folder in [here, *here.parents]:
        if (folder / ".git").exists():
            return folder
    return fallback


def _exit_code(report, fail_on, exit_zero: bool) -> int:
    if report.errors or report.internal_errors:
        return EXIT_ERROR
    if exit_zero:
        return EXIT_CLEAN
    failing = any(f.severity.rank >= fail_on.rank for f in report.findings)
    return EXIT_FINDINGS if failing else EXIT_CLEAN


def _progress(files: list[str]):
    with click.progressbar(files, label="Checking", file=sys.stderr, show_pos=True) as bar:
        yield from bar


def _print_settings(settings, engine) -> None:
    import json

    data = settings.display()
    data["active-rules"] = [f"{r.code} {r.name} ({r.severity.value})" for r in engine.rules]
    click.echo(json.dumps(data, indent=2, default=str))


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--config", type=click.Path(dir_okay=False), help="Configuration file.")
def rules_command(fmt: str, config: str | None) -> None:
    """List every rule: code, name, on or off, severity."""
    settings = _settings(config)
    catalog = settings.catalog()
    active = {r.code: r for r in settings.active_rules(catalog)}
    rows = []
    for rule in catalog.rules:
        on = rule.code in active
        severity = active[rule.code].severity if on else rule.severity
        rows.append(
            {"code": rule.code, "name": rule.name, "enabled": on, "severity": severity.value, "summary": rule.summary}
        )
    if fmt == "json":
        import json

        click.echo(json.dumps(rows, indent=2))
        return
    width = max(len(r["name"]) for r in rows)
    for r in rows:
        state = "on " if r["enabled"] else "off"
        click.echo(f"{r['code']}  {r['name']:<{width}}  {state}  {r['severity']:<7}  {r['summary']}")


@main.command("rule")
@click.argument("rule")
@click.option("--config", type=click.Path(dir_okay=False), help="Configuration file (for user rules).")
def rule_command(rule: str, config: str | None) -> None:
    """Show a rule's documentation (by code or name)."""
    from lint.ruledoc import rule_markdown

    catalog = _settings(config).catalog()
    found = catalog.get(rule)
    if found is None:
        raise CopydeskError(f"unknown rule {rule!r} (see 'copydesk rules')")
    click.echo(rule_markdown(found))


from lint.cli_stats import stats  # noqa: E402  (registered last: it imports nothing heavy)

main.add_command(stats)

from lint.cli_words import words as _words  # noqa: E402  (a command in its own module)

main.add_command(_words)
