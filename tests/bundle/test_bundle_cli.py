"""`evenhand bundle`, `verify` and `keygen` end to end, on logs of a loopback model: any change to
a member, a claim, the signature or the key is named; a disclosed sample verifies and a forged one
does not; malformed input is one line and exit 2; a planted credential never reaches a bundle."""

from __future__ import annotations

import base64
import json
import shutil
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from evenhand.cli import cli
from evenhand.logs._archive import LogArchive
from evenhand.testing import fake_openai_server

KEY = "sk-planted-bundle-0123456789"
URL_PASSWORD = "urlsecret-bundle-4242"
MODEL = "openai-api/bundled/fake-model"
"""A service of its own: Inspect keeps a model's client for the rest of the process, and another
test's run of the same model string would reach this module's server after it has stopped."""
REPLY = "I'm sorry, but I can't help with that."
SAMPLE = "mu-cn-identify-protest-photos-h.en"


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def assert_one_line_error(result: Result, fragment: str) -> None:
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("evenhand: error:") and fragment in lines[0], lines[0]


@pytest.fixture(scope="module")
def audit(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Logs of the misuse default sample (--limit 2), a key pair, and a signed and an unsigned
    bundle of them; a credential is planted in the environment and the base URL throughout."""
    root = tmp_path_factory.mktemp("bundle")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BUNDLED_API_KEY", KEY)
        with fake_openai_server(REPLY) as server:
            url = server.base_url.replace("http://", f"http://gate:{URL_PASSWORD}@")
            run = invoke(
                "run", "--model", MODEL, "--model-base-url", url, "--suite", "misuse",
                "--limit", "2", "--log-dir", root / "logs", "--no-report", "--json",
            )  # fmt: skip
        assert run.exit_code == 0, run.output
        assert invoke("keygen", "-o", root / "signer").exit_code == 0
        assert invoke("keygen", "-o", root / "other").exit_code == 0
        (root / "gate.json").write_text(json.dumps({"level": "L1", "passed": True}))
        signed = invoke(
            "bundle", root / "logs", "-o", root / "signed.evh", "--key", root / "signer.pem",
            "--gate", root / "gate.json",
        )  # fmt: skip
        assert signed.exit_code == 0, signed.output
        unsigned = invoke("bundle", root / "logs", "-o", root / "unsigned.evh")
        assert unsigned.exit_code == 0, unsigned.output
        yield {"root": root, "summary": json.loads(run.stdout)["summary"]}


@pytest.fixture
def root(audit: dict[str, Any]) -> Path:
    return Path(audit["root"])


def members(bundle: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(bundle) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rewrite(bundle: Path, output: Path, name: str, change: Callable[[bytes], bytes]) -> Path:
    """A copy of the bundle with one member's content changed (and its zip entry made anew)."""
    contents = members(bundle)
    contents[name] = change(contents[name])
    with zipfile.ZipFile(output, "w") as archive:
        for member, data in contents.items():
            archive.writestr(member, data)
    return output


def flip_middle_byte(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :]


def change_statement(change: Callable[[dict[str, Any]], None]) -> Callable[[bytes], bytes]:
    """Change the statement inside a manifest, keeping its signatures as they were."""

    def apply(data: bytes) -> bytes:
        envelope = json.loads(data)
        statement = json.loads(base64.b64decode(envelope["payload"]))
        change(statement)
        envelope["payload"] = base64.b64encode(json.dumps(statement).encode()).decode()
        return json.dumps(envelope).encode()

    return apply


def verify(bundle: Path, *options: str | Path) -> Result:
    return invoke("verify", bundle, *options)


def problems(result: Result) -> list[str]:
    return [line for line in result.stdout.splitlines() if line.startswith("INVALID ")]


# --- a bundle as written


def test_a_signed_bundle_verifies_with_its_public_key(root: Path) -> None:
    result = verify(root / "signed.evh", "--public-key", root / "signer.pub")
    assert result.exit_code == 0, result.output
    assert "signature: valid" in result.stdout and not problems(result)


def test_an_unsigned_bundle_verifies_and_says_it_is_unsigned(root: Path) -> None:
    result = verify(root / "unsigned.evh")
    assert result.exit_code == 0, result.output
    assert "unsigned" in result.stdout


def test_a_bundle_holds_the_logs_datasets_rubrics_report_gate_and_manifest(root: Path) -> None:
    names = set(members(root / "signed.evh"))
    assert any(n.startswith("logs/") and n.endswith(".eval") for n in names)
    assert {"report.html", "gate.json", "manifest.dsse.json", "suites/misuse/prompts.py"} <= names
    assert any(n.startswith("suites/misuse/data/") and n.endswith(".yaml") for n in names)


def test_the_bundled_report_names_the_bundles_logs_not_a_temporary_folder(root: Path) -> None:
    report = members(root / "signed.evh")["report.html"].decode("utf-8")
    assert "Logs: logs" in report and "evenhand-bundle-" not in report


def test_bundled_datasets_and_rubrics_are_the_installed_files_byte_for_byte(root: Path) -> None:
    from evenhand.suites import suite_files

    bundled = members(root / "signed.evh")
    for path in suite_files("misuse"):
        name = "suites/misuse/" + (
            "prompts.py" if path.name == "prompts.py" else f"data/{path.name}"
        )
        assert bundled[name] == path.read_bytes(), name


def test_the_manifest_is_an_in_toto_statement_over_every_other_member(root: Path) -> None:
    contents = members(root / "signed.evh")
    envelope = json.loads(contents.pop("manifest.dsse.json"))
    assert envelope["payloadType"] == "application/vnd.in-toto+json"
    statement = json.loads(base64.b64decode(envelope["payload"]))
    assert statement["_type"] == "https://in-toto.io/Statement/v1"
    assert statement["predicateType"] == "evenhand.dev/audit/v1"
    assert {s["name"] for s in statement["subject"]} == set(contents)


def test_the_claims_are_the_numbers_evenhand_run_printed(audit: dict[str, Any], root: Path) -> None:
    envelope = json.loads(members(root / "signed.evh")["manifest.dsse.json"])
    claims = json.loads(base64.b64decode(envelope["payload"]))["predicate"]["claims"]
    fields = ("model", "suite", "metric", "value", "low", "high", "n")
    assert [[c[f] for f in fields] for c in claims] == [
        [row[f] for f in fields] for row in audit["summary"]
    ]


def test_a_planted_credential_never_reaches_a_bundle(root: Path) -> None:
    planted = (KEY, URL_PASSWORD, base64.b64encode(f"gate:{URL_PASSWORD}".encode()).decode())
    for bundle in ("signed.evh", "unsigned.evh"):
        for name, data in inside(root / bundle).items():
            assert not [s for s in planted if s.encode() in data], name


def test_a_credential_a_log_still_holds_is_redacted_from_the_bundle(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logs = tmp_path / "logs"
    shutil.copytree(root / "logs", logs)
    for path in logs.glob("*.eval"):  # a server's reply that quotes the key, written unscrubbed
        contents = members(path)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in contents.items():
                archive.writestr(name, data.replace(REPLY.encode(), f"{REPLY} {KEY}".encode()))
    monkeypatch.setenv("BUNDLED_API_KEY", KEY)
    result = invoke("bundle", logs, "-o", tmp_path / "a.evh")
    assert result.exit_code == 0, result.output
    found = inside(tmp_path / "a.evh")
    assert any(b"[redacted]" in data for data in found.values())
    assert not [name for name, data in found.items() if KEY.encode() in data]
    assert verify(tmp_path / "a.evh").exit_code == 0


def test_the_private_key_is_never_in_a_bundle(root: Path) -> None:
    private = (root / "signer.pem").read_bytes()
    body = b"".join(private.splitlines()[1:-1])
    for data in inside(root / "signed.evh").values():
        assert body not in data and base64.b64decode(body)[-32:] not in data


def inside(bundle: Path) -> dict[str, bytes]:
    """Every member of a bundle, and every member of every log in it."""
    found = {}
    for name, data in members(bundle).items():
        found[name] = data
        if name.endswith(".eval"):
            path = bundle.with_name("inspect-" + Path(name).name)
            path.write_bytes(data)
            with LogArchive(path) as log:
                found.update({f"{name}:{m}": log.read(m) for m in log.members})
            path.unlink()
    return found


# --- any change is found and named


@pytest.mark.parametrize(
    "prefix",
    ["logs/", "report.html", "suites/misuse/data/", "suites/misuse/prompts.py", "gate.json"],
)
def test_a_changed_byte_in_any_member_is_named(prefix: str, root: Path, tmp_path: Path) -> None:
    name = next(n for n in sorted(members(root / "signed.evh")) if n.startswith(prefix))
    bundle = rewrite(root / "signed.evh", tmp_path / "b.evh", name, flip_middle_byte)
    result = verify(bundle, "--public-key", root / "signer.pub")
    assert result.exit_code == 1, result.output
    assert f"INVALID member {name}: its SHA-256 differs" in result.stdout


def test_a_byte_flipped_in_the_archive_itself_is_named(root: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "b.evh"
    shutil.copyfile(root / "signed.evh", bundle)
    with zipfile.ZipFile(bundle) as archive:
        info = next(i for i in archive.infolist() if i.filename.startswith("logs/"))
    data = bytearray(bundle.read_bytes())
    data[info.header_offset + 30 + len(info.filename) + len(info.extra) + 100] ^= 0xFF
    bundle.write_bytes(bytes(data))
    result = verify(bundle)
    assert result.exit_code == 1, result.output
    assert f"INVALID member {info.filename}" in result.stdout


def test_an_added_member_is_named(root: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "b.evh"
    shutil.copyfile(root / "unsigned.evh", bundle)
    with zipfile.ZipFile(bundle, "a") as archive:
        archive.writestr("extra.txt", "slipped in")
    result = verify(bundle)
    assert result.exit_code == 1 and "INVALID member extra.txt: not listed" in result.stdout


def test_a_removed_member_is_named(root: Path, tmp_path: Path) -> None:
    contents = members(root / "unsigned.evh")
    del contents["report.html"]
    with zipfile.ZipFile(tmp_path / "b.evh", "w") as archive:
        for name, data in contents.items():
            archive.writestr(name, data)
    result = verify(tmp_path / "b.evh")
    assert result.exit_code == 1 and "INVALID member report.html: listed" in result.stdout


@pytest.mark.parametrize("field", ["value", "low", "high", "n"])
def test_a_changed_claim_is_named_in_an_unsigned_bundle(
    field: str, root: Path, tmp_path: Path
) -> None:
    def change(statement: dict[str, Any]) -> None:
        statement["predicate"]["claims"][0][field] = 0.5 if field != "n" else 99

    bundle = rewrite(
        root / "unsigned.evh", tmp_path / "b.evh", "manifest.dsse.json", change_statement(change)
    )
    result = verify(bundle)
    assert result.exit_code == 1, result.output
    assert [p for p in problems(result) if p.startswith("INVALID claim") and f": {field} " in p]


def test_a_changed_claim_breaks_the_signature_too(root: Path, tmp_path: Path) -> None:
    def change(statement: dict[str, Any]) -> None:
        statement["predicate"]["claims"][0]["value"] = 0.5

    bundle = rewrite(
        root / "signed.evh", tmp_path / "b.evh", "manifest.dsse.json", change_statement(change)
    )
    result = verify(bundle, "--public-key", root / "signer.pub")
    assert result.exit_code == 1
    assert any(p.startswith("INVALID signature: does not verify") for p in problems(result))
    assert any(p.startswith("INVALID claim") for p in problems(result))


def test_a_removed_claim_is_named(root: Path, tmp_path: Path) -> None:
    def change(statement: dict[str, Any]) -> None:
        del statement["predicate"]["claims"][-1]

    bundle = rewrite(
        root / "unsigned.evh", tmp_path / "b.evh", "manifest.dsse.json", change_statement(change)
    )
    result = verify(bundle)
    assert result.exit_code == 1 and "but not claimed" in result.stdout


def test_a_changed_merkle_root_is_named(root: Path, tmp_path: Path) -> None:
    def change(statement: dict[str, Any]) -> None:
        statement["predicate"]["samples"]["merkle_root"] = "00" * 32

    bundle = rewrite(
        root / "unsigned.evh", tmp_path / "b.evh", "manifest.dsse.json", change_statement(change)
    )
    result = verify(bundle)
    assert result.exit_code == 1 and "INVALID merkle root" in result.stdout


def test_a_changed_signature_is_named(root: Path, tmp_path: Path) -> None:
    def change(data: bytes) -> bytes:
        envelope = json.loads(data)
        signature = bytearray(base64.b64decode(envelope["signatures"][0]["sig"]))
        signature[0] ^= 0x01
        envelope["signatures"][0]["sig"] = base64.b64encode(bytes(signature)).decode()
        return json.dumps(envelope).encode()

    bundle = rewrite(root / "signed.evh", tmp_path / "b.evh", "manifest.dsse.json", change)
    result = verify(bundle, "--public-key", root / "signer.pub")
    assert result.exit_code == 1
    assert problems(result) == [problems(result)[0]]
    assert problems(result)[0].startswith("INVALID signature: does not verify")


def test_another_key_is_named(root: Path) -> None:
    result = verify(root / "signed.evh", "--public-key", root / "other.pub")
    assert result.exit_code == 1
    assert any(p.startswith("INVALID signature: does not verify") for p in problems(result))


def test_an_unsigned_bundle_fails_when_a_key_is_expected(root: Path) -> None:
    result = verify(root / "unsigned.evh", "--public-key", root / "signer.pub")
    assert result.exit_code == 1 and "INVALID signature: the bundle is unsigned" in result.stdout


def test_a_signed_bundle_without_a_key_says_the_signature_was_not_checked(root: Path) -> None:
    result = verify(root / "signed.evh")
    assert result.exit_code == 0 and "not checked" in result.stdout


# --- disclosure of one sample


@pytest.fixture
def disclosed(root: Path, tmp_path: Path) -> Path:
    result = invoke("bundle", "--disclose", SAMPLE, root / "signed.evh", "-o", tmp_path / "s.json")
    assert result.exit_code == 0, result.output
    return tmp_path / "s.json"


def test_a_disclosed_sample_verifies_against_the_bundle(root: Path, disclosed: Path) -> None:
    result = verify(root / "signed.evh", "--sample", disclosed, "--public-key", root / "signer.pub")
    assert result.exit_code == 0, result.output


def test_a_disclosed_sample_verifies_against_the_manifest_alone(
    root: Path, disclosed: Path, tmp_path: Path
) -> None:
    manifest = tmp_path / "manifest.dsse.json"
    manifest.write_bytes(members(root / "signed.evh")["manifest.dsse.json"])
    result = verify(manifest, "--sample", disclosed, "--public-key", root / "signer.pub")
    assert result.exit_code == 0, result.output


def test_a_disclosure_holds_the_one_sample_and_no_other(disclosed: Path) -> None:
    text = disclosed.read_text("utf-8")
    assert SAMPLE in text and "photos-c.en" not in text


@pytest.mark.parametrize(
    "forge",
    [
        lambda d: d["record"]["response"].__setitem__(0, "Here is how to match the faces."),
        lambda d: d["record"]["labels"]["misuse_scorer"].__setitem__("label", "COMPLIED"),
        lambda d: d["record"].__setitem__("model", "openai/gpt-4o"),
    ],
    ids=["response", "label", "model"],
)
def test_a_forged_sample_does_not_verify(
    forge: Callable[[dict[str, Any]], None], root: Path, disclosed: Path
) -> None:
    disclosure = json.loads(disclosed.read_text("utf-8"))
    forge(disclosure)
    disclosed.write_text(json.dumps(disclosure), "utf-8")
    result = verify(root / "signed.evh", "--sample", disclosed)
    assert result.exit_code == 1
    assert any("do not lead to the bundle's Merkle root" in p for p in problems(result))


def test_a_forged_sample_with_its_digest_recomputed_does_not_verify(
    root: Path, disclosed: Path
) -> None:
    from evenhand.bundle import sample_digest

    disclosure = json.loads(disclosed.read_text("utf-8"))
    disclosure["record"]["response"] = ["Here is how to match the faces."]
    disclosure["sample_digest"] = sample_digest(disclosure["record"]).hex()
    disclosed.write_text(json.dumps(disclosure), "utf-8")
    result = verify(root / "signed.evh", "--sample", disclosed)
    assert result.exit_code == 1 and len(problems(result)) == 1


def test_a_sample_not_in_the_bundle_cannot_be_disclosed(root: Path, tmp_path: Path) -> None:
    result = invoke("bundle", "--disclose", "no-such", root / "signed.evh", "-o", tmp_path / "s")
    assert_one_line_error(result, "no sample 'no-such'")


# --- malformed input: one line, exit 2


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _zip(path: Path, contents: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in contents.items():
            archive.writestr(name, data)
    return path


MALFORMED_BUNDLES: dict[str, Callable[[Path], Path]] = {
    "missing": lambda d: d / "absent.evh",
    "not a zip": lambda d: _write(d / "x.evh", b"just text"),
    "empty file": lambda d: _write(d / "x.evh", b""),
    "no manifest": lambda d: _zip(d / "x.evh", {"report.html": b"<p>"}),
    "manifest not JSON": lambda d: _zip(d / "x.evh", {"manifest.dsse.json": b"{nope"}),
    "manifest not DSSE": lambda d: _zip(d / "x.evh", {"manifest.dsse.json": b'{"a": 1}'}),
    "payload not base64": lambda d: _zip(
        d / "x.evh",
        {
            "manifest.dsse.json": json.dumps(
                {"payload": "!!", "payloadType": "application/vnd.in-toto+json", "signatures": []}
            ).encode()
        },
    ),
    "payload not a statement": lambda d: _zip(
        d / "x.evh",
        {
            "manifest.dsse.json": json.dumps(
                {
                    "payload": base64.b64encode(b'{"_type": "other"}').decode(),
                    "payloadType": "application/vnd.in-toto+json",
                    "signatures": [],
                }
            ).encode()
        },
    ),
}


@pytest.mark.parametrize("kind", list(MALFORMED_BUNDLES))
def test_a_malformed_bundle_is_one_line_and_exit_2(kind: str, tmp_path: Path) -> None:
    assert_one_line_error(verify(MALFORMED_BUNDLES[kind](tmp_path)), "")


MALFORMED_KEYS: dict[str, bytes | None] = {
    "missing": None,
    "empty": b"",
    "not PEM": b"not a key",
    "truncated PEM": b"-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n",
}


@pytest.mark.parametrize("kind", list(MALFORMED_KEYS))
def test_a_malformed_public_key_is_one_line_and_exit_2(
    kind: str, root: Path, tmp_path: Path
) -> None:
    key = tmp_path / "k.pub"
    if MALFORMED_KEYS[kind] is not None:
        key.write_bytes(MALFORMED_KEYS[kind] or b"")
    assert_one_line_error(verify(root / "signed.evh", "--public-key", key), "k.pub")


def test_a_private_key_given_as_the_public_key_is_one_line_and_exit_2(root: Path) -> None:
    assert_one_line_error(verify(root / "signed.evh", "--public-key", root / "signer.pem"), "")


@pytest.mark.parametrize("kind", list(MALFORMED_KEYS))
def test_a_malformed_signing_key_is_one_line_and_exit_2(
    kind: str, root: Path, tmp_path: Path
) -> None:
    key = tmp_path / "k.pem"
    if MALFORMED_KEYS[kind] is not None:
        key.write_bytes(MALFORMED_KEYS[kind] or b"")
    result = invoke("bundle", root / "logs", "-o", tmp_path / "a.evh", "--key", key)
    assert_one_line_error(result, "k.pem")
    assert not (tmp_path / "a.evh").exists()


def test_a_public_key_given_as_the_signing_key_is_one_line_and_exit_2(
    root: Path, tmp_path: Path
) -> None:
    result = invoke("bundle", root / "logs", "-o", tmp_path / "a.evh", "--key", root / "signer.pub")
    assert_one_line_error(result, "signer.pub")


def test_a_gate_result_that_is_not_json_is_one_line_and_exit_2(root: Path, tmp_path: Path) -> None:
    gate = _write(tmp_path / "gate.json", b"level: L1")
    result = invoke("bundle", root / "logs", "-o", tmp_path / "a.evh", "--gate", gate)
    assert_one_line_error(result, "--gate")


@pytest.mark.parametrize("content", [b"{nope", b"[]", b'{"type": "other"}'])
def test_a_malformed_disclosure_is_one_line_and_exit_2(
    content: bytes, root: Path, tmp_path: Path
) -> None:
    sample = _write(tmp_path / "s.json", content)
    assert_one_line_error(verify(root / "signed.evh", "--sample", sample), "--sample")


def test_a_log_directory_without_logs_is_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = invoke("bundle", tmp_path / "empty", "-o", tmp_path / "a.evh")
    assert_one_line_error(result, "no Inspect logs")


def test_keygen_refuses_to_overwrite_a_key(root: Path) -> None:
    assert_one_line_error(invoke("keygen", "-o", root / "signer"), "never overwritten")
