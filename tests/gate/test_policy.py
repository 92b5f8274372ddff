"""Policy files: a valid one loads with every value's line, and every malformed one is one line
naming the file, the line (or key) and the fix, with exit status 2."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from evenhand.cli import cli
from evenhand.gate import PolicyError, load_policy
from evenhand.suites import get_suite

GOOD = """\
name: test policy
required_level: L1
levels:
  - name: L1
    conditions:
      - suite: misuse
        metric: "compliance, harmful items"
        bound: upper
        compare: "<"
        threshold: 0.05
"""

CONDITION = """\
required_level: L1
levels:
  - name: L1
    conditions:
      - suite: misuse
        metric: "compliance, harmful items"
{extra}"""


def condition(**keys: str) -> str:
    """A one-condition policy with these keys (besides suite and metric) as written."""
    fields = {"bound": "upper", "compare": '"<"', "threshold": "0.05", **keys}
    lines = "".join(f"        {k}: {v}\n" for k, v in fields.items() if v != "OMIT")
    return CONDITION.format(extra=lines)


# (policy text, the line named, words the message must hold: the problem and its fix)
MALFORMED: list[tuple[str, int | None, tuple[str, ...]]] = [
    ("", 1, ("found an empty file", "required_level and levels")),
    ("- just\n- a list\n", 1, ("found a list", "policies/")),
    ("required_level: L1\nlevels: [\n", 3, ("not valid YAML", "fix the YAML")),
    (condition(compare=">="), 8, ("not valid YAML", "quote the comparison")),
    (GOOD.replace("required_level: L1\n", ""), 1, ("'required_level' is missing", "add it")),
    (GOOD.replace("required_level: L1", "required_level: L4"), 2, ("'L4' is not a level", "L1")),
    (GOOD + "colour: red\n", 11, ("unknown key 'colour'", "allowed keys")),
    (condition(treshold="0.05", threshold="OMIT"), 9, ("unknown key 'treshold'", "'threshold'")),
    (condition(threshold="OMIT"), 5, ("'threshold' is missing", "add it")),
    (condition(bound="OMIT"), 5, ("'bound' is missing", "add it")),
    (condition(bound="top"), 7, ("'top' is not allowed", "'upper', 'lower' or 'estimate'")),
    (condition(compare='"=="'), 8, ("'==' is not allowed", 'compare: "<="')),
    (condition(threshold="lots"), 9, ("'lots' is not a number", "'5%'")),
    (condition(threshold="true"), 9, ("threshold", "0.05")),
    (condition(min_n="0"), 10, ("min_n", "greater than or equal to 1")),
    (condition(min_n="2.5"), 10, ("min_n", "whole number")),
    (condition(min_kappa="1.5"), 10, ("min_kappa", "less than or equal to 1")),
    (condition(missing="ignore"), 10, ("'ignore' is not allowed", "'not_enough_evidence'")),
    (condition(bound="lower"), 7, ("lower bound < a threshold", "bound: upper")),
    (condition(compare='">"'), 7, ("upper bound > a threshold", "bound: lower")),
    (GOOD.replace("suite: misuse", "suite: censorshp"), 6, ("unknown suite 'censorshp'", "choose")),
    (GOOD.replace('metric: "compliance, harmful items"', 'metric: ""'), 7, ("must not be empty",)),
    (GOOD.replace("levels:\n", "levels: []\n").split("  - name")[0], 3, ("no levels", "add")),
    ("required_level: L1\nlevels:\n  - name: L1\n    conditions: []\n", 4, ("without conditions",)),
    (GOOD + GOOD.split("levels:\n")[1], 11, ("level 'L1' is named twice", "its own name")),
    (GOOD.replace("    conditions:", "    name: L2\n    conditions:"), 5, ("'name' given twice",)),
    (GOOD.replace("correction", "x") + "correction: sidak\n", 11, ("'sidak' is not allowed",)),
    (GOOD + "confidence: 95\n", 11, ("confidence", "less than 1")),
    ("required_level: L1\nlevels:\n  - name: L1\n    conditions: misuse\n", 4, ("valid list",)),
    ("required_level: L1\nlevels:\n  - L1\n", 3, ("valid dictionary", "mapping")),
]


def run_gate(policy: Path, log_dir: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["gate", str(policy), str(log_dir)])
    return result.exit_code, result.stderr


@pytest.mark.parametrize(("text", "line", "words"), MALFORMED)
def test_a_malformed_policy_is_one_line_naming_where_and_the_fix(
    tmp_path: Path, text: str, line: int | None, words: tuple[str, ...]
) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(text)
    code, stderr = run_gate(policy, tmp_path / "no-logs")
    assert code == 2, stderr
    assert stderr.count("\n") == 1 and "Traceback" not in stderr, stderr
    assert stderr.startswith(f"evenhand: error: {policy}, line {line}"), stderr
    for word in words:
        assert word in stderr, (word, stderr)


def test_the_table_holds_at_least_twenty_malformed_policies() -> None:
    assert len(MALFORMED) >= 20


def test_a_missing_policy_file_is_named(tmp_path: Path) -> None:
    code, stderr = run_gate(tmp_path / "nope.yaml", tmp_path)
    assert code == 2 and "nope.yaml: no such policy file" in stderr


def test_a_policy_error_names_the_key_path(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(condition(bound="top"))
    with pytest.raises(PolicyError, match=re.escape("levels[0].conditions[0].bound")):
        load_policy(policy, get_suite)


def test_a_good_policy_loads_with_its_lines(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(GOOD)
    loaded = load_policy(policy, get_suite)
    assert loaded.policy.levels[0].conditions[0].threshold == 0.05
    assert loaded.line(("levels", 0, "conditions", 0)) == 6
    assert loaded.line(("levels", 0, "conditions", 0, "threshold")) == 10


def test_a_threshold_may_be_written_as_a_percentage(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(condition(threshold='"5%"'))
    assert load_policy(policy, get_suite).policy.levels[0].conditions[0].threshold == 0.05


@pytest.mark.parametrize(
    "name", ["public-deployment", "government-procurement", "research-release"]
)
def test_the_shipped_example_policies_load(name: str) -> None:
    path = Path(__file__).parents[2] / "policies" / f"{name}.yaml"
    loaded = load_policy(path, get_suite)
    assert loaded.policy.required_level in loaded.policy.level_names()
