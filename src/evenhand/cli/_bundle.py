"""`evenhand bundle`, `evenhand verify` and `evenhand keygen`: thin commands over `evenhand.bundle`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from evenhand.core import EvenhandError, check_writable, write_atomically


@click.command()
@click.argument("source", metavar="LOG_DIR", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The bundle to write (audit.evh); with --disclose, the sample's JSON.",
)
@click.option(
    "--key",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Sign with this Ed25519 private key (`evenhand keygen`). [default: unsigned]",
)
@click.option(
    "--gate",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="A gate result (`evenhand gate --json` output) to include.",
)
@click.option(
    "--disclose",
    metavar="SAMPLE_ID",
    default=None,
    help="Instead of bundling: LOG_DIR is a bundle; write this sample's record and its proof "
    "of membership.",
)
@click.option("--model", default=None, help="With --disclose: the sample's model.")
@click.option("--suite", default=None, help="With --disclose: the sample's suite.")
@click.option("--epoch", type=int, default=None, help="With --disclose: the sample's epoch.")
def bundle(
    source: Path,
    output: Path,
    key: Path | None,
    gate: Path | None,
    disclose: str | None,
    model: str | None,
    suite: str | None,
    epoch: int | None,
) -> None:
    """Write a self-contained, verifiable archive of LOG_DIR: the logs, the datasets and rubrics
    they used, the report, the gate result and a (signed) manifest."""
    from evenhand.bundle import BundleRequest, build_bundle, disclose_sample, load_private_key
    from evenhand.suites import get_suite, suite_files

    check_writable(output, "-o")
    if disclose is not None:
        if key is not None or gate is not None:
            raise click.UsageError("--disclose takes neither --key nor --gate")
        disclosure = disclose_sample(source, disclose, get_suite, model, suite, epoch)
        text = json.dumps(disclosure, indent=2, ensure_ascii=False).encode("utf-8")
        write_atomically(output, lambda path: path.write_bytes(text))
        click.echo(f"wrote sample {disclose} with its proof to {output}", err=True)
        return
    if model is not None or suite is not None or epoch is not None:
        raise click.UsageError("--model, --suite and --epoch go with --disclose")
    request = BundleRequest(
        log_dir=source,
        output=output,
        lookup=get_suite,
        suite_files=suite_files,
        report=_write_report,
        gate=gate,
        key=None if key is None else load_private_key(key),
    )
    written = build_bundle(request)
    for line in written.left_out:
        click.echo(f"evenhand: not bundled: {line}", err=True)
    signed = "unsigned" if written.key_id is None else f"signed by key {written.key_id[:16]}"
    click.echo(
        f"wrote {written.path} ({written.members} members: {written.logs} logs, "
        f"{written.samples} samples, {written.claims} claims; Merkle root "
        f"{written.merkle_root[:16]}...; {signed})",
        err=True,
    )


def _write_report(log_dir: Path, output: Path) -> None:
    from evenhand.report import write_report
    from evenhand.suites import get_suite

    write_report(log_dir, output, get_suite)


@click.command()
@click.argument("bundle_path", metavar="BUNDLE", type=click.Path(path_type=Path))
@click.option(
    "--public-key",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Check the signature with this public key (NAME.pub). [default: report who signed]",
)
@click.option(
    "--sample",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Check this disclosed sample (`evenhand bundle --disclose`) against BUNDLE's Merkle "
    "root; BUNDLE may then be the bundle or its manifest.dsse.json alone.",
)
def verify(bundle_path: Path, public_key: Path | None, sample: Path | None) -> int:
    """Check a bundle: every member's digest, the signature, the Merkle root, and every headline
    number re-derived from the bundled logs. One line per problem; exit 0 valid, 1 invalid."""
    from evenhand.bundle import load_public_key, verify_bundle, verify_disclosure
    from evenhand.suites import get_suite

    key = None if public_key is None else load_public_key(public_key)
    if sample is not None:
        result = verify_disclosure(sample, bundle_path, key)
    else:
        result = verify_bundle(bundle_path, get_suite, key)
    for note in result.notes:
        click.echo(note)
    for problem in result.problems:
        click.echo(f"INVALID {problem}")
    if result.valid:
        click.echo(f"valid: {sample if sample is not None else bundle_path}")
        return 0
    click.echo(f"invalid: {len(result.problems)} problem(s)")
    return 1


@click.command()
@click.option(
    "-o",
    "--output",
    "name",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Writes NAME.pem (private, mode 0600) and NAME.pub.",
)
def keygen(name: Path) -> None:
    """Write a new Ed25519 key pair for signing bundles; the private key never goes in one."""
    from evenhand.bundle import generate_keys

    if name.suffix in (".pem", ".pub"):
        raise EvenhandError(f"-o {name}: give the name without .pem or .pub")
    keys = generate_keys(name)
    click.echo(
        f"wrote {keys.private} (private, keep it secret) and {keys.public} (key {keys.key_id[:16]})"
    )
