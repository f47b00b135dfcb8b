"""The command line: thin wrappers that parse options, call the library and print.

Errors reach the user as one line on standard error (``error: INPUT: what``),
never as a traceback unless ``--debug`` is given.  Exit status: 0 when every
article was processed, 1 when some failed, 2 for a usage error.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from eventwire import __version__
from eventwire.config import Config, load_config, to_toml
from eventwire.errors import EventwireError, UsageError, one_line
from eventwire.model import Article
from eventwire.outputs import check_output
from eventwire.pipeline import Failure
from eventwire.runner import RunOptions, RunResult, process_inputs
from eventwire.workers import default_workers

if TYPE_CHECKING:
    from eventwire.progress import RunProgress

app = typer.Typer(
    name="eventwire",
    help="Political news in, event data out: who did what to whom, when, where, and who said what.",
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DEFAULT_DB = os.environ.get("EVENTWIRE_DB", "eventwire.duckdb")
_state = {"debug": False}


class OutFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"
    none = "none"


class ListFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class CoderChoice(StrEnum):
    builtin = "builtin"
    petrarch = "petrarch"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"eventwire {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    _state["debug"] = debug


def _valid_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        time.strptime(value, "%Y-%m-%d")
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from exc
    return value


ConfigFile = Annotated[
    Path | None,
    typer.Option("--config", help="Settings file (TOML); default: ./eventwire.toml when it exists."),
]
Coder = Annotated[
    CoderChoice | None,
    typer.Option(help="builtin (default) or petrarch: code as PETRARCH/TABARI do, with the verb dictionary."),
]
Dictionaries = Annotated[
    Path | None,
    typer.Option(
        help="PETRARCH/TABARI dictionaries in this folder replace the built-in knowledge of their kind."
    ),
]


def _config(config_file: Path | None, **flags: Any) -> Config:
    """The run's settings: defaults, then the settings file, then the flags given."""
    return load_config(
        config_file, **{k: (v.value if isinstance(v, StrEnum) else v) for k, v in flags.items()}
    )


@app.command()
def process(
    paths: Annotated[
        list[str], typer.Argument(help="Files or folders (text, HTML, JSONL, WARC, RSS/Atom); - for stdin.")
    ],
    published: Annotated[
        str | None,
        typer.Option(help="Publication date YYYY-MM-DD for inputs that carry none.", callback=_valid_date),
    ] = None,
    format: Annotated[
        OutFormat, typer.Option("--format", help="What to write per article.")
    ] = OutFormat.jsonl,
    output: Annotated[
        Path | None, typer.Option(help="Write to this file instead of standard output.")
    ] = None,
    db: Annotated[Path | None, typer.Option(help="Store the results in this DuckDB file.")] = None,
    dictionaries: Dictionaries = None,
    coder: Coder = None,
    config_file: ConfigFile = None,
    resume: Annotated[bool, typer.Option("--resume", help="Skip inputs already stored in --db.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing --output file.")] = False,
    batch_size: Annotated[int | None, typer.Option(min=1, max=10_000, help="Articles per batch.")] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Processes that code articles (default: one per core).")
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress lines on standard error.")
    ] = False,
    ray: Annotated[
        str | None,
        typer.Option(
            help="Run on Ray: local, auto, or a cluster address (ray://head:10001); --output is then"
            " the folder of Parquet shards, which --db, when given, is loaded into."
        ),
    ] = None,
    backend: Annotated[str | None, typer.Option(hidden=True)] = None,
) -> None:
    """Process news into events, actors, quotes, times and places."""
    flags = {"dictionaries": dictionaries, "coder": coder, "batch_size": batch_size, "workers": workers}
    config = _config(config_file, backend=backend, **flags)
    if ray is not None:
        _on_ray(paths, config, ray, output, db, published, quiet)
    if resume and db is None:
        raise UsageError("--resume needs --db (the store to resume from)")
    if output is not None:
        check_output(output, inputs=paths, store=db, force=force, what="--output")
    result = RunResult()
    with ExitStack() as stack:
        out = stack.enter_context(output.open("w", encoding="utf-8")) if output else sys.stdout
        progress = None if quiet else stack.enter_context(_progress(paths))
        try:
            process_inputs(
                paths,
                config,
                RunOptions(published, db, resume, config.workers or default_workers()),
                _emitter(format, out),
                _report,
                stdin=sys.stdin.buffer,
                progress=progress.update if progress else None,
                warn=None if quiet else _warn,
                result=result,
            )
        except KeyboardInterrupt:
            if progress is not None:
                progress.close()
            _interrupted(result, db)
            raise typer.Exit(130) from None
    _final_line(result, db, quiet)
    raise typer.Exit(1 if result.failures else 0)


def _on_ray(
    paths: list[str],
    config: Config,
    address: str,
    output: Path | None,
    db: Path | None,
    published: str | None,
    quiet: bool,
) -> None:
    """``process --ray``: the shards coded on Ray into ``output``, then loaded into ``db`` if given."""
    from eventwire.scale.importer import import_shards
    from eventwire.scale.ray_runner import run_on_ray

    if output is None:
        raise UsageError("--ray needs --output DIR: the folder the shards' Parquet tables go to")
    done = run_on_ray(paths, config, output, address, published)
    for line in done.errors:
        typer.echo(line, err=True)
    typer.echo(
        f"eventwire: {done.shards} shards coded ({done.skipped} done before), {done.articles} articles,"
        f" {done.failures} failed in {done.seconds:.1f} s; tables in {output}",
        err=True,
    )
    if db is not None:
        shards, articles = import_shards(output, db)
        typer.echo(f"eventwire: {shards} shards, {articles} articles loaded into {db}", err=True)
    elif not quiet:
        typer.echo(f"eventwire: load them with: eventwire import {output} --db FILE", err=True)
    raise typer.Exit(1 if done.failures else 0)


def _interrupted(result: RunResult, db: Path | None) -> None:
    if db is None:
        typer.echo(
            f"eventwire: interrupted after {result.articles} articles (nothing is stored without --db)",
            err=True,
        )
        return
    typer.echo(
        f"eventwire: interrupted; {result.articles} articles are stored in {db}; "
        "run the same command with --resume to go on",
        err=True,
    )


def _emitter(fmt: OutFormat, out: TextIO) -> Callable[[Article], None]:
    def emit(article: Article) -> None:
        if fmt is OutFormat.jsonl:
            out.write(json.dumps(article.to_json_dict(), ensure_ascii=False) + "\n")
        elif fmt is OutFormat.table:
            out.write(_table_line(article) + "\n")
        out.flush()

    return emit


def _table_line(article: Article) -> str:
    title = (article.title or article.text[:60]).replace("\n", " ")
    return f"{article.id}\t{len(article.events)} events\t{len(article.quotes)} quotes\t{title}"


def _warn(line: str) -> None:
    typer.echo(line, err=True)


def _report(failure: Failure) -> None:
    typer.echo(failure.line(), err=True)


@contextmanager
def _progress(paths: list[str]) -> Iterator[RunProgress]:
    from eventwire.progress import RunProgress

    shown = RunProgress(paths, sys.stderr)
    try:
        yield shown
    finally:
        shown.close()


def _final_line(result: RunResult, db: Path | None, quiet: bool) -> None:
    if quiet and not result.failures:
        return
    where = f", stored in {db}" if db else ""
    rate = result.articles / result.seconds if result.seconds else 0.0
    typer.echo(
        f"eventwire: {result.articles} articles processed, {len(result.failures)} failed,"
        f" {result.skipped} skipped (already stored or repeated) in {result.seconds:.1f} s"
        f" ({rate:.1f} articles/s){where}",
        err=True,
    )


@app.command()
def events(
    db: Annotated[Path, typer.Option(help="The DuckDB file.")] = Path(DEFAULT_DB),
    type: Annotated[
        str | None, typer.Option("--type", help="PLOVER type, e.g. ASSAULT (several: ASSAULT,COERCE).")
    ] = None,
    actor: Annotated[str | None, typer.Option(help="Part of an actor's name or code.")] = None,
    country: Annotated[
        str | None, typer.Option(help="ISO alpha-3 country of the source or target (several: IRQ,SYR).")
    ] = None,
    quad_class: Annotated[str | None, typer.Option(help="QuadClass 1-4 (several: 3,4 for conflict).")] = None,
    place: Annotated[str | None, typer.Option(help="Part of a place's name.")] = None,
    text: Annotated[str | None, typer.Option(help="Part of the evidence or the title.")] = None,
    since: Annotated[str | None, typer.Option(help="Events on or after YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before YYYY[-MM[-DD]].")] = None,
    article: Annotated[str | None, typer.Option(help="Only this article's events.")] = None,
    min_confidence: Annotated[
        float | None, typer.Option(min=0.0, max=1.0, help="Only events at least this sure (0..1).")
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many rows.")] = None,
    format: Annotated[ListFormat, typer.Option("--format")] = ListFormat.table,
) -> None:
    """List stored events, filtered by type, QuadClass, actor, country, place, dates, confidence and text."""
    from eventwire.api import open_store
    from eventwire.report import render_events

    with open_store(_existing_db(db)) as store:
        rows = store.events(
            type=type,
            actor=actor,
            country=country,
            since=since,
            until=until,
            article=article,
            min_confidence=min_confidence,
            quad_class=quad_class,
            place=place,
            text=text,
            limit=limit,
        )
    typer.echo(render_events(rows, format.value), nl=False)


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="The article's id.")],
    db: Annotated[Path, typer.Option(help="The DuckDB file.")] = Path(DEFAULT_DB),
    color: Annotated[bool | None, typer.Option("--color/--no-color", help="Colour the marks.")] = None,
) -> None:
    """Show one article with its events and quotes marked in the text."""
    from eventwire.api import open_store
    from eventwire.report import render_article

    with open_store(_existing_db(db)) as store:
        article = store.article(article_id)
        if article is None:
            raise EventwireError(f"{db}: no article with id {article_id!r}")
        reports = store.reports(article)
    use_color = sys.stdout.isatty() if color is None else color
    typer.echo(render_article(article, color=use_color, reports=reports))


@app.command()
def summary(
    db: Annotated[Path, typer.Option(help="The DuckDB file.")] = Path(DEFAULT_DB),
    top: Annotated[int, typer.Option(min=1, help="How many dyads and actors to list.")] = 10,
) -> None:
    """Summarise a store: articles, events by PLOVER type, top dyads and actors, failures."""
    typer.echo(_summary_text(db, top))


def _summary_text(db: Path, top: int) -> str:
    from eventwire.api import open_store
    from eventwire.report import render_summary

    with open_store(_existing_db(db)) as store:
        return render_summary(store.summary(top=top))


@app.command()
def demo(
    db: Annotated[Path, typer.Option(help="The DuckDB file to create or update.")] = Path(DEFAULT_DB),
    config_file: ConfigFile = None,
) -> None:
    """Process the bundled Wikinews demo corpus into --db and print a summary."""
    corpus = resources.files("eventwire.demo")
    paths = [str(corpus.joinpath("articles.jsonl"))]
    config = _config(config_file)
    options = RunOptions(db=db, workers=config.workers or default_workers())
    with _progress(paths) as progress:
        result = process_inputs(paths, config, options, lambda a: None, _report, progress=progress.update)
    _final_line(result, db, quiet=False)
    typer.echo(_summary_text(db, 10))
    raise typer.Exit(1 if result.failures else 0)


@app.command()
def export(
    output: Annotated[Path, typer.Argument(help="The file to write; its extension names the format.")],
    db: Annotated[Path, typer.Option(help="The DuckDB file.")] = Path(DEFAULT_DB),
    format: Annotated[
        str | None,
        typer.Option(
            "--format", help="jsonl, parquet, csv, tsv, gdelt or acled (default: from the extension)."
        ),
    ] = None,
    table: Annotated[
        str | None,
        typer.Option(
            "--table", help="articles, events or incidents (default: articles for .jsonl, else events)."
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file or folder.")] = False,
) -> None:
    """Export a store for other tools: articles (JSONL, the contract's form), flat events or incidents
    tables (CSV, TSV, Parquet, JSONL), GDELT 2.0 Event rows or ACLED-style rows."""
    from eventwire.store import Store
    from eventwire.store.exports import choose_format, export

    check_output(output, store=db, force=force, what="export to")
    chosen = choose_format(output, format)
    with Store(_existing_db(db), read_only=True) as store:
        rows = export(store, output, chosen, table)  # type: ignore[arg-type]
    typer.echo(f"eventwire: exported {rows} rows of {db} to {output} ({chosen})", err=True)


@app.command()
def incidents(
    db: Annotated[Path, typer.Option(help="The DuckDB file.")] = Path(DEFAULT_DB),
    type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. ASSAULT.")] = None,
    actor: Annotated[str | None, typer.Option(help="Part of an actor's name or code.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO alpha-3 of the source, target or place.")] = None,
    since: Annotated[str | None, typer.Option(help="Incidents on or after YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, typer.Option(help="Incidents on or before YYYY[-MM[-DD]].")] = None,
    story: Annotated[str | None, typer.Option(help="Only this story's incidents.")] = None,
    min_mentions: Annotated[
        int | None, typer.Option(min=1, help="Only incidents reported this often.")
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many rows.")] = None,
    format: Annotated[ListFormat, typer.Option("--format")] = ListFormat.table,
) -> None:
    """List real-world events once each, however many articles report them, with their counts."""
    from eventwire.api import open_store
    from eventwire.report import render_rows

    with open_store(_existing_db(db)) as store:
        rows = store.incidents(
            type=type, actor=actor, country=country, since=since, until=until, story=story,
            min_mentions=min_mentions, limit=limit,
        )  # fmt: skip
    typer.echo(render_rows(rows, format.value, INCIDENT_TABLE, "incidents"), nl=False)


@app.command()
def stories(
    db: Annotated[Path, typer.Option(help="The DuckDB file.")] = Path(DEFAULT_DB),
    since: Annotated[str | None, typer.Option(help="Stories told on or after YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, typer.Option(help="Stories begun on or before YYYY[-MM[-DD]].")] = None,
    min_articles: Annotated[
        int | None, typer.Option(min=1, help="Only stories this many articles tell.")
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many rows.")] = None,
    format: Annotated[ListFormat, typer.Option("--format")] = ListFormat.table,
) -> None:
    """List stories, the most reported first: articles, copies, incidents and the first title."""
    from eventwire.api import open_store
    from eventwire.report import render_rows

    with open_store(_existing_db(db)) as store:
        rows = store.stories(since=since, until=until, min_articles=min_articles, limit=limit)
    typer.echo(render_rows(rows, format.value, STORY_TABLE, "stories"), nl=False)


@app.command()
def series(
    db: Annotated[Path, typer.Option(help="The DuckDB file.")] = Path(DEFAULT_DB),
    by: Annotated[str, typer.Option(help="country, actor, dyad, type or quad_class.")] = "country",
    period: Annotated[str, typer.Option(help="day, week or month.")] = "week",
    type: Annotated[str | None, typer.Option("--type", help="Only this PLOVER type.")] = None,
    country: Annotated[
        str | None, typer.Option(help="Only incidents touching this ISO alpha-3 country.")
    ] = None,
    since: Annotated[str | None, typer.Option(help="From YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, typer.Option(help="To YYYY[-MM[-DD]].")] = None,
    format: Annotated[ListFormat, typer.Option("--format")] = ListFormat.table,
) -> None:
    """Counts of incidents, Goldstein sums and QuadClass mix per country, actor, dyad, type or QuadClass
    and period."""
    from eventwire.api import open_store
    from eventwire.report import render_rows

    with open_store(_existing_db(db)) as store:
        rows = store.series(by=by, period=period, type=type, country=country, since=since, until=until)  # type: ignore[arg-type]
    typer.echo(render_rows(rows, format.value, SERIES_TABLE, "rows"), nl=False)


@app.command()
def alerts(
    db: Annotated[Path, typer.Option(help="The DuckDB file.")] = Path(DEFAULT_DB),
    by: Annotated[str, typer.Option(help="country or dyad.")] = "country",
    period: Annotated[str, typer.Option(help="day, week or month.")] = "week",
    since: Annotated[str | None, typer.Option(help="From YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, typer.Option(help="To YYYY[-MM[-DD]].")] = None,
    config_file: ConfigFile = None,
    format: Annotated[ListFormat, typer.Option("--format")] = ListFormat.table,
) -> None:
    """Spikes of material conflict per country or dyad against its own history (median and MAD of
    the preceding periods; settings alerts.*), with the incidents behind each."""
    from eventwire.api import open_store
    from eventwire.report import render_rows

    with open_store(_existing_db(db), config=_config(config_file)) as store:
        rows = store.alerts(by=by, period=period, since=since, until=until)  # type: ignore[arg-type]
    typer.echo(render_rows(rows, format.value, ALERT_TABLE, "alerts"), nl=False)


INCIDENT_TABLE = (
    ("day", None), ("type", None), ("source_name", 24), ("target_name", 24), ("place", 18),
    ("fatalities", None), ("mentions", None), ("articles", None), ("sources", None), ("incident", None),
)  # fmt: skip
STORY_TABLE = (
    ("first_published", None), ("articles", None), ("copies", None), ("incidents", None), ("title", 60),
    ("story", None),
)  # fmt: skip
SERIES_TABLE = tuple(
    (k, None) for k in ("period", "key", "incidents", "mentions", "goldstein", "q1", "q2", "q3", "q4")
)
ALERT_TABLE = (
    ("period", None),
    ("key", None),
    ("count", None),
    ("median", None),
    ("score", None),
    ("incidents", 50),
)


@app.command(name="import")
def import_(
    folder: Annotated[Path, typer.Argument(help="The --output folder of a run with --ray.")],
    db: Annotated[Path, typer.Option(help="The DuckDB file to load the shards into.")] = Path(DEFAULT_DB),
) -> None:
    """Load the Parquet shards of a run on Ray into a store (already stored articles are replaced)."""
    from eventwire.scale.importer import import_shards

    shards, articles = import_shards(folder, db)
    typer.echo(f"eventwire: {shards} shards, {articles} articles loaded into {db}", err=True)


@app.command()
def serve(
    db: Annotated[Path, typer.Option(help="The DuckDB file.")] = Path(DEFAULT_DB),
    host: Annotated[
        str, typer.Option(help="Address to listen on; the default, loopback, lets only this machine in.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    rate: Annotated[
        float, typer.Option(min=0.0, help="API requests a second per client after a burst (0: no limit).")
    ] = 50.0,
    max_page: Annotated[int, typer.Option(min=1, max=100_000, help="Rows a listing gives at most.")] = 1000,
    config_file: ConfigFile = None,
) -> None:
    """Serve the store: the HTTP API under /v1, its docs at /docs and the dashboard at /.

    Writing (POST /v1/articles) is on only when EVENTWIRE_TOKEN is set, and needs it as a bearer token.
    """
    try:
        import uvicorn

        from eventwire.serve import TOKEN_ENV, ServeSettings, create_app
    except ImportError as exc:
        raise UsageError(f"serve needs {exc.name}: pip install 'eventwire[web]'") from None
    settings = ServeSettings.from_env(
        _existing_db(db), rate=rate, max_page=max_page, config=_config(config_file)
    )
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"eventwire: listening on {host}: anyone who can reach it can read the store", err=True)
    writes = "on (bearer token)" if settings.token else f"off (set {TOKEN_ENV} to turn them on)"
    typer.echo(
        f"eventwire: serving {db} at http://{host}:{port}/ (API docs at /docs); writes {writes}", err=True
    )
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


@app.command(name="config")
def show_config(
    config_file: ConfigFile = None,
    dictionaries: Dictionaries = None,
    coder: Coder = None,
) -> None:
    """Print the settings in force (defaults, then the settings file, then these flags) as TOML."""
    typer.echo(to_toml(_config(config_file, dictionaries=dictionaries, coder=coder)), nl=False)


@app.command(name="schema")
def schema() -> None:
    """Print the JSON Schema of one article as --format jsonl writes it, every field described."""
    from eventwire.model import article_json_schema

    typer.echo(json.dumps(article_json_schema(), indent=2, ensure_ascii=False))


@app.command(name="eval")
def evaluate(
    name: Annotated[
        str,
        typer.Argument(
            help="A gold set (plover_gsr, petrarch2_unittest, tempeval3_test, geovirus, casualties, quotes,"
            " wikievents_dev, ordinary_news, wikinews_timex, wikinews_places, polnear), one half of a"
            " development set (ordinary_news_dev, ordinary_news_test, ...) or all."
        ),
    ],
    gold: Annotated[Path, typer.Option(help="The gold folder.")] = Path("../shared/gold"),
    out: Annotated[Path, typer.Option(help="Where to write SET.json, SET_HALF.json.")] = Path("eval/results"),
) -> None:
    """Score the engine on gold data: writes OUT/SET.json for each set or half and prints a table."""
    from eventwire.evaluate.harness import evaluate as run_job
    from eventwire.evaluate.harness import plan, table

    results = {}
    for job in plan(name):
        typer.echo(f"eventwire: scoring {job.label} ...", err=True)
        results[job] = run_job(job, gold, out)
    typer.echo(table(results))


def _existing_db(db: Path) -> Path:
    if not db.exists():
        raise UsageError(f"--db {db}: no such store (create one with: eventwire process PATH --db {db})")
    return db


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script: one error line, exit 2 for usage errors."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        args = ["--help"]  # bare `eventwire`: the help, and success
    try:
        status = app(args=args, standalone_mode=False, prog_name="eventwire")
        return status if isinstance(status, int) else 0
    except typer.Exit as done:
        return done.exit_code
    except KeyboardInterrupt:
        typer.echo("eventwire: interrupted", err=True)
        return 130
    except typer.TyperException as exc:  # the command line itself: an unknown command or a bad value
        return _fail(exc, exc.exit_code, exc.format_message())
    except UsageError as exc:
        return _fail(exc, 2)
    except EventwireError as exc:
        return _fail(exc, 1)
    except Exception as exc:  # noqa: BLE001 - the last guard: one line, not a traceback
        if str(exc) == "Query interrupted":  # DuckDB's form of a Ctrl-C that came while it queried
            typer.echo("eventwire: interrupted", err=True)
            return 130
        return _fail(exc, 1)


def _fail(exc: BaseException, status: int, message: str | None = None) -> int:
    if _state["debug"]:
        raise exc
    typer.echo(f"error: {' '.join((message or one_line(exc)).split())}", err=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
