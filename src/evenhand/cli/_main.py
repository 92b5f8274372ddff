"""`evenhand`: thin click commands over the library; user errors become one line and exit 2."""

from __future__ import annotations

import contextlib
import gc
import json
import sys
import time
from pathlib import Path
from typing import Any, TextIO

import click

from evenhand import __version__
from evenhand.core import (
    EvenhandError,
    check_not_input,
    check_outside_logs,
    check_writable,
    is_remote,
    redact,
)

EXIT_USER_ERROR = 2
PROGRESS_AFTER_SECONDS = 3.0
"""`report` says how far it has read only once reading has taken this long."""
DISPLAYS = ("full", "conversation", "rich", "plain", "log", "none")


class _Group(click.Group):
    """A group that prints user errors as one line, without a traceback, and exits with 2."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            result = super().main(*args, **kwargs)
        except EvenhandError as error:
            _fail(str(error))
        except click.exceptions.Abort:
            click.echo("evenhand: aborted", err=True)
            sys.exit(130)
        except click.ClickException as error:
            _fail(error.format_message(), error.exit_code)
        sys.exit(result if isinstance(result, int) else 0)


def _fail(message: str, code: int = EXIT_USER_ERROR) -> None:
    click.echo(f"evenhand: error: {redact(' '.join(message.split()))}", err=True)
    sys.exit(code)


class _Redacting:
    """A text stream that writes to another with every credential redacted."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(redact(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class LogDirectory(click.ParamType[Path | str, Any]):
    """A log directory: a local folder (a Path), or the URL of a remote one Inspect writes to
    (`s3://bucket/audit`, kept as text)."""

    name = "directory"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and is_remote(value):
            return value
        return click.Path(file_okay=False, path_type=Path).convert(value, param, ctx)


LOG_DIRECTORY = LogDirectory()

_POLICY_OPTION = click.option(
    "--policy",
    "policy_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="POLICY.yaml",
    help="A gate policy (see `evenhand gate`): show its outcome in the report.",
)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="evenhand")
def cli() -> None:
    """Audit AI models side by side for censorship, dishonesty, sycophancy and help with repression."""


@cli.command()
@click.option(
    "--model",
    "models",
    multiple=True,
    metavar="MODEL",
    help="Inspect model string, repeatable. [default: local/smollm2, the bundled offline model]",
)
@click.option(
    "--suite",
    "suites",
    multiple=True,
    metavar="SUITE",
    help="Suite to run, repeatable (see `evenhand suites`). [default: every suite]",
)
@click.option(
    "--sample",
    type=click.Choice(["default", "full"]),
    default="default",
    show_default=True,
    help="`default`: a small stratified sample of each suite; `full`: every item.",
)
@click.option("--limit", type=int, default=None, help="Run at most this many samples per suite.")
@click.option(
    "--judge",
    "judges",
    multiple=True,
    metavar="JUDGE",
    help="`heuristic` (offline) or a model string; repeat for a panel. [default: heuristic]",
)
@click.option(
    "--log-dir",
    type=LOG_DIRECTORY,
    default=Path("evenhand-logs"),
    show_default=True,
    help="Where Inspect logs go: a folder, or a URL such as s3://bucket/audit; a rerun with the "
    "same arguments resumes.",
)
@click.option(
    "--max-connections",
    type=click.IntRange(min=1),
    default=None,
    help="Concurrent requests per model. [default: Inspect's adaptive limit; 4 for local]",
)
@click.option(
    "--model-base-url", default=None, help="Base URL for the models (OpenAI-compatible servers)."
)
@click.option(
    "--max-retries",
    type=click.IntRange(min=0),
    default=5,
    show_default=True,
    help="Retries of a failed model request before the sample errors.",
)
@click.option(
    "--display", type=click.Choice(DISPLAYS), default=None, help="Inspect's progress display."
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Run the audit's shards (one per suite and model, or per item shard with "
    "--item-shards) in this many processes sharing the "
    "log directory; above 1, each shard's display is off and a line per finished shard is "
    "printed instead.",
)
@click.option(
    "--ray",
    "ray_address",
    default=None,
    metavar="ADDRESS",
    help="Run the audit's shards as tasks on the Ray cluster at this address (host:port, or "
    "auto); the log directory must be a path every node sees, or a remote URL (s3://...). "
    "Needs evenhand[ray].",
)
@click.option(
    "--item-shards",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    metavar="N",
    help="Cut each suite's samples (after --limit) into N shards of items, each an eval set of "
    "its own, so that one large suite on one model spreads over --workers or --ray; matched "
    "items stay in one shard. Rerun with the same N to resume.",
)
@click.option(
    "--epochs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    metavar="N",
    help="Put each sample to the model N times (sampled answers vary); intervals count an "
    "item's epochs once. A rerun with a larger N runs only the new epochs.",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print the summary as JSON instead of a table."
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write the HTML report. [default: LOG_DIR/report.html; report.html for a "
    "remote LOG_DIR]",
)
@click.option("--no-report", is_flag=True, help="Do not write the HTML report.")
@click.option(
    "--dataset",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="FILE",
    help="Items from a file instead of the shipped ones, for suites that read one "
    "(evenhandedness: a paired-prompts CSV).",
)
@click.option(
    "--policy",
    "policy_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="POLICY.yaml",
    help="Apply a gate policy to the logs afterwards: print its outcome, show it in the report, "
    "and exit 1 when a model falls short of the required level.",
)
def run(
    models: tuple[str, ...],
    suites: tuple[str, ...],
    sample: str,
    limit: int | None,
    judges: tuple[str, ...],
    log_dir: Path | str,
    max_connections: int | None,
    model_base_url: str | None,
    max_retries: int,
    display: str | None,
    workers: int,
    ray_address: str | None,
    item_shards: int,
    epochs: int,
    as_json: bool,
    report_path: Path | None,
    no_report: bool,
    dataset: Path | None,
    policy_path: Path | None,
) -> int:
    """Audit models on suites, write Inspect logs and print the headline numbers with 95% intervals."""
    from evenhand.logs import open_log_dir
    from evenhand.runner import AuditRequest, run_audit

    defaults = AuditRequest()
    request = AuditRequest(
        models=list(models) or defaults.models,
        suites=list(suites) or defaults.suites,
        sample=sample,
        limit=limit,
        judges=list(judges) or defaults.judges,
        log_dir=log_dir,
        max_connections=max_connections,
        model_base_url=model_base_url,
        max_retries=max_retries,
        display=display,
        dataset=dataset,
        workers=workers,
        ray=ray_address,
        item_shards=item_shards,
        epochs=epochs,
    )
    policy = _load_policy(policy_path)  # a bad policy stops the run before anything runs
    default_report = Path("report.html") if is_remote(log_dir) else Path(log_dir) / "report.html"
    report_file = None if no_report else report_path or default_report
    if report_path is not None and not no_report:
        check_outside_logs(report_path, log_dir, "--report")
        check_writable(report_path, "--report")
    elif report_file is not None and report_file.parent.is_dir():  # else run creates it
        check_writable(report_file, "report")
    # Inspect's progress display and its messages ("Completed all tasks ...") go to standard
    # output; they are for people, so they go to standard error, and --json stays parseable.
    # Both pass through redaction: a request's error can quote a server's echo of the key.
    errors = _Redacting(sys.stderr)
    with contextlib.redirect_stdout(errors), contextlib.redirect_stderr(errors):
        result = run_audit(request)
    outcome = None
    report_now = report_file is not None and bool(result.summary)
    if report_now or (policy is not None and result.summary):
        # The gate and the report read the logs here (a remote directory through a local copy).
        with open_log_dir(log_dir) as logs_at:
            if policy is not None and result.summary:
                outcome = _gate_outcome(policy, logs_at.local)
            _print_outcome(result, outcome, policy, as_json)
            if report_file is not None and report_now:
                _write_report(logs_at.local, report_file, outcome)
    else:
        _print_outcome(result, outcome, policy, as_json)
    gate_failed = policy is not None and (outcome is None or not outcome.passed)
    return 0 if result.success and not gate_failed else 1


def _print_outcome(result: Any, outcome: Any, policy: Any, as_json: bool) -> None:
    """The run's summary (and the gate's outcome) on standard output, its errors and how to
    resume on standard error."""
    from evenhand.cli._summary import print_summary, summary_json

    if as_json:
        data = summary_json(result)
        if policy is not None:
            from evenhand.gate import gate_json

            data["gate"] = None if outcome is None else gate_json(outcome)
        click.echo(redact(json.dumps(data, indent=2, ensure_ascii=False)))
    else:
        print_summary(result)
        if outcome is not None:
            from evenhand.cli._gate import print_gate

            print_gate(outcome)
    for error in result.errors:
        click.echo(f"evenhand: error: {redact(error)}", err=True)
    if result.resume is not None:
        click.echo(f"evenhand: {result.resume}", err=True)


def _load_policy(path: Path | None) -> Any:
    """The policy file loaded and checked (before anything runs), or None."""
    if path is None:
        return None
    from evenhand.gate import load_policy
    from evenhand.suites import get_suite

    return load_policy(path, get_suite)


def _gate_outcome(policy: Any, log_dir: Path) -> Any:
    """The policy applied to the logs, with its outcome in one line on standard error."""
    from evenhand.gate import gate_logs
    from evenhand.suites import get_suite

    result = gate_logs(policy, log_dir, get_suite)
    met = sum(m.meets_required for m in result.models)
    click.echo(
        f"evenhand: gate {result.name or result.policy}: {met} of {len(result.models)} model(s) "
        f"reach {result.required_level} ({'passed' if result.passed else 'not passed'})",
        err=True,
    )
    return result


def _write_report(log_dir: Path, output: Path, gate: Any = None) -> None:
    from evenhand.report import write_report
    from evenhand.suites import get_suite

    step = 0
    started = time.monotonic()

    def progress(done: int, total: int) -> None:
        nonlocal step
        if time.monotonic() - started < PROGRESS_AFTER_SECONDS:
            return  # a quick report (or a quick failure) needs no progress lines
        if done * 10 // total > step or done == total:  # about every tenth
            step = done * 10 // total
            click.echo(f"evenhand: read {done} of {total} model-and-suite log groups", err=True)

    written = write_report(log_dir, output, get_suite, progress, gate)
    if written.resume is not None:
        click.echo(f"evenhand: {written.resume}", err=True)
    click.echo(
        f"wrote {written.path} ({written.models} models, {written.suites} suites, "
        f"{written.samples:,} samples; {written.items_shown:,} of {written.items_total:,} items "
        f"in the drill-down; {written.bytes / 1e6:.1f} MB)",
        err=True,
    )


@cli.command()
@click.argument("log_dir", type=LOG_DIRECTORY)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("report.html"),
    show_default=True,
    help="The HTML file to write.",
)
@_POLICY_OPTION
def report(log_dir: Path | str, output: Path, policy_path: Path | None) -> None:
    """Write one self-contained HTML report over every model and suite in LOG_DIR."""
    from evenhand.logs import open_log_dir

    check_outside_logs(output, log_dir, "-o")
    check_writable(output, "-o")
    policy = _load_policy(policy_path)
    with open_log_dir(log_dir) as logs_at:
        outcome = None if policy is None else _gate_outcome(policy, logs_at.local)
        _write_report(logs_at.local, output, outcome)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
def suites(as_json: bool) -> None:
    """List the suites with their item counts by language and jurisdiction."""
    from evenhand.cli._summary import print_suites, suites_json

    if as_json:
        click.echo(json.dumps(suites_json(), indent=2, ensure_ascii=False))
    else:
        print_suites()


@cli.command()
@click.option("--suite", required=True, help="The suite whose labels and rubric to use.")
@click.option(
    "--judge",
    "judges",
    multiple=True,
    metavar="JUDGE",
    help="`heuristic` or a model string; repeat for a panel. [default: heuristic]",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write JSON lines here instead of standard output.",
)
@click.option(
    "--gold",
    is_flag=True,
    help="The file's `label`s are someone else's (yours, or another instrument's such as "
    "SpeechMap's COMPLETE/EVASIVE/DENIAL): print the judge's agreement with them (Cohen's kappa "
    "with a bootstrap 95% interval, by language, confusion matrix). Fields evenhand does not use "
    "are ignored; `.jsonl.gz` is read too.",
)
@click.option("--json", "as_json", is_flag=True, help="With --gold: print the agreement as JSON.")
@click.argument(
    "input_path", metavar="INPUT.jsonl", type=click.Path(dir_okay=False, path_type=Path)
)
def judge(
    suite: str,
    judges: tuple[str, ...],
    output: Path | None,
    gold: bool,
    as_json: bool,
    input_path: Path,
) -> None:
    """Label responses from a JSON-lines file without running a model under test; with --gold,
    measure the judge against the labels the file carries."""
    from evenhand.core import read_judge_inputs
    from evenhand.judging import HEURISTIC, validate, write_jsonl
    from evenhand.runner import check_judges
    from evenhand.suites import get_suite

    declaration = get_suite(suite)
    if as_json and not gold:
        raise click.UsageError(
            "--json goes with --gold (without it the output is already JSON lines)"
        )
    if output is not None:
        check_not_input(output, input_path, "-o")
        check_writable(output, "-o")
    panel = list(judges) or [HEURISTIC]
    check_judges(panel)
    records = read_judge_inputs(input_path, lenient=gold)
    labelled = declaration.judge_records(records, panel)
    if not gold:
        write_jsonl(labelled, output)
        return
    try:
        result = validate(declaration.labels, records, labelled)
    except ValueError as error:
        raise EvenhandError(f"{input_path}: {error}") from None
    if output is not None:  # only once the labels are known to be usable
        write_jsonl(labelled, output)
    from evenhand.cli._summary import print_validation, validation_json

    if as_json:
        click.echo(json.dumps(validation_json(suite, panel, result), indent=2))
    else:
        print_validation(suite, panel, result)


@cli.command(name="export")
@click.argument("log_dir", type=LOG_DIRECTORY)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The file to write.",
)
@click.option(
    "--format",
    "format_",
    type=click.Choice(["parquet", "csv", "jsonl"]),
    default=None,
    help="Output format. [default: from the file extension, else parquet]",
)
def export_command(log_dir: Path | str, output: Path, format_: str | None) -> None:
    """Write every scored sample in LOG_DIR as a tidy table: one row per sample per judge."""
    from evenhand.analysis import export
    from evenhand.logs import open_log_dir
    from evenhand.suites import get_suite

    chosen = format_ or {".csv": "csv", ".jsonl": "jsonl"}.get(output.suffix, "parquet")
    check_outside_logs(output, log_dir, "-o")
    check_writable(output, "-o")
    with open_log_dir(log_dir) as logs_at:
        rows = export(logs_at.local, output, chosen, get_suite)  # type: ignore[arg-type]
    click.echo(f"wrote {rows} rows to {output}", err=True)


@cli.command()
@click.argument("log_dir", type=LOG_DIRECTORY)
@click.option("--models", required=True, metavar="A,B", help="The two model strings to compare.")
@click.option("--suite", default=None, help="Only this suite. [default: every suite in the logs]")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
def compare(log_dir: Path | str, models: str, suite: str | None, as_json: bool) -> None:
    """Paired comparison of two models on the same items (McNemar exact or paired bootstrap, Holm)."""
    from evenhand.analysis import compare_logs
    from evenhand.cli._summary import print_comparisons
    from evenhand.logs import open_log_dir
    from evenhand.suites import get_suite

    names = [name.strip() for name in models.split(",") if name.strip()]
    if len(names) != 2:
        raise click.UsageError("--models needs exactly two model strings separated by a comma")
    if names[0] == names[1]:
        raise click.UsageError(f"--models names {names[0]} twice; give two different models")
    with open_log_dir(log_dir) as logs_at:
        comparisons = compare_logs(logs_at.local, names[0], names[1], get_suite, suite)
    if as_json:
        click.echo(json.dumps([c._asdict() for c in comparisons], indent=2))
    else:
        print_comparisons(names[0], names[1], comparisons)


@cli.command()
@click.argument("policy_path", metavar="POLICY.yaml", type=click.Path(path_type=Path))
@click.argument("log_dir", type=LOG_DIRECTORY)
@click.option("--json", "as_json", is_flag=True, help="Print the outcome as JSON.")
def gate(policy_path: Path, log_dir: Path | str, as_json: bool) -> int:
    """Decide whether every model in LOG_DIR reaches the policy's required level: exit 0 when
    it does, 1 when not, 2 for a bad policy or log directory."""
    from evenhand.cli._gate import print_gate
    from evenhand.gate import gate_json, gate_logs, load_policy
    from evenhand.logs import open_log_dir
    from evenhand.suites import get_suite

    policy = load_policy(policy_path, get_suite)
    with open_log_dir(log_dir) as logs_at:
        result = gate_logs(policy, logs_at.local, get_suite)
    if as_json:
        click.echo(json.dumps(gate_json(result), indent=2, ensure_ascii=False))
    else:
        print_gate(result)
    return 0 if result.passed else 1


from evenhand.cli._bundle import bundle, keygen, verify  # noqa: E402 (needs `cli` defined)

cli.add_command(bundle)
cli.add_command(verify)
cli.add_command(keygen)


def main() -> None:
    """Console-script entry point."""
    try:
        cli()
    finally:
        # The process ends here. Moving every object to the permanent generation spares the
        # interpreter's final garbage collections a walk over the whole heap (Inspect, pydantic
        # and the parsed suites: about 0.9 s of CPU after an audit, benchmarks/workers.py).
        # Nothing is lost: open files are closed and streams flushed as before; only cyclic
        # garbage, which the process would free by exiting anyway, is left uncollected.
        gc.freeze()
