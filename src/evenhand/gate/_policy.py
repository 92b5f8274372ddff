"""A gate policy: ordered levels of conditions on suites' headline metrics, read from YAML.

Every problem with a policy file is one `PolicyError` naming the file, the line, the key and the
fix, so the CLI can print it as one line and exit 2.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from evenhand.core import CONFIDENCE, EvenhandError, SuiteLookup, UnknownSuiteError

Bound = Literal["upper", "lower", "estimate"]
Comparison = Literal["<", "<=", ">", ">="]
Missing = Literal["fail", "pass", "not_enough_evidence"]
Correction = Literal["none", "bonferroni", "holm"]
Location = tuple[str | int, ...]
"""Where a value sits in the policy: ('levels', 0, 'conditions', 2, 'threshold')."""

_PERCENT = re.compile(r"^\s*([+-]?\d+(?:\.\d+)?)\s*%\s*$")


class PolicyError(EvenhandError):
    """A policy file that cannot be used; the message names the file, line, key and fix."""


class Condition(BaseModel):
    """One requirement on one headline metric of one suite, for one model or every model."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    suite: str
    metric: str
    """The headline metric's name exactly as the suite's summary names it."""
    model: str | None = None
    """Only this model (an Inspect model string); every model in the logs when absent."""
    bound: Bound
    """Which number is compared: the interval's upper or lower bound, or the point estimate."""
    compare: Comparison
    threshold: float
    """In the metric's own units: a rate or a difference of rates as a fraction (0.05, or "5%")."""
    min_n: int = Field(default=1, ge=1, strict=True)
    """Fewer samples behind the metric: not enough evidence."""
    min_items: int | None = Field(default=None, ge=1, strict=True)
    """Fewer independent items (an item's scripts and epochs count once): not enough evidence."""
    min_kappa: float | None = Field(default=None, ge=-1, le=1)
    """The gold kappa every judge behind the metric must reach; a judge never measured fails."""
    missing: Missing = "fail"
    """The verdict when the logs do not have the metric for a model."""
    note: str | None = None

    @field_validator("threshold", mode="before")
    @classmethod
    def _threshold(cls, value: Any) -> Any:
        if isinstance(value, bool):
            raise ValueError("the threshold is a number such as 0.05 or a percentage such as 5%")
        if isinstance(value, str):
            match = _PERCENT.match(value)
            if match is None:
                raise ValueError(
                    f"{value!r} is not a number: write 0.05 or '5%' (in quotes) for five percent"
                )
            return float(match.group(1)) / 100
        return value

    @field_validator("suite", "metric", "model")
    @classmethod
    def _not_blank(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("must not be empty")
        return value


class Level(BaseModel):
    """One level of the policy: every condition must pass (and every lower level) to reach it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    description: str | None = None
    conditions: list[Condition] = Field(min_length=1)


class Policy(BaseModel):
    """A whole gate policy: levels from lowest to highest and the level every model must reach."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str | None = None
    description: str | None = None
    required_level: str
    correction: Correction = "none"
    """Multiplicity correction across the bound-testing conditions of each level, per model."""
    confidence: float = Field(default=CONFIDENCE, gt=0.5, lt=1)
    """The two-sided confidence of the intervals before any correction."""
    levels: list[Level] = Field(min_length=1)

    def level_names(self) -> list[str]:
        return [level.name for level in self.levels]


@dataclass(frozen=True)
class PolicyFile:
    """A validated policy and where each of its values sits in the file."""

    path: Path
    policy: Policy
    lines: dict[Location, int]

    def line(self, location: Location) -> int | None:
        """The 1-based line of a value, or of the nearest enclosing value the file has."""
        while location:
            if location in self.lines:
                return self.lines[location]
            location = location[:-1]
        return self.lines.get(())

    def where(self, location: Location) -> str:
        """`policy.yaml, line 12 (levels[0].conditions[1].threshold)`."""
        line = self.line(location)
        at = f"{self.path}, line {line}" if line is not None else str(self.path)
        return f"{at} ({dotted(location)})" if location else at

    def error(self, location: Location, problem: str) -> PolicyError:
        return PolicyError(f"{self.where(location)}: {problem}")


def dotted(location: Location) -> str:
    """('levels', 0, 'conditions', 2) as `levels[0].conditions[2]`."""
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def load_policy(path: Path, lookup: SuiteLookup) -> PolicyFile:
    """Read, validate and check a policy file; `lookup` checks that every suite exists.

    Raises:
        PolicyError: the file is missing, not YAML, or breaks a rule; the message names the file,
            the line and key, and the fix.
    """
    import yaml

    if not path.is_file():
        raise PolicyError(f"{path}: no such policy file; give the path of a policy YAML file")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise PolicyError(f"{path}: cannot be read as UTF-8 text ({error})") from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as error:
        raise PolicyError(_yaml_problem(path, text, error)) from None
    except yaml.YAMLError as error:
        raise PolicyError(f"{path}: not valid YAML ({' '.join(str(error).split())})") from None
    lines: dict[Location, int] = {}
    if node is not None:
        _index(node, (), lines, path)
    if not isinstance(data, dict):
        found = "an empty file" if data is None else f"a {type(data).__name__}"
        raise PolicyError(
            f"{path}, line 1: a policy is a mapping with required_level and levels, found {found}; "
            "see policies/ for examples"
        )
    partial = PolicyFile(path, Policy.model_construct(), lines)
    try:
        policy = Policy.model_validate(data)
    except ValidationError as error:
        raise _first_problem(partial, error) from None
    policy_file = PolicyFile(path, policy, lines)
    _check(policy_file, lookup)
    return policy_file


def _yaml_problem(path: Path, text: str, error: Any) -> str:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark is not None else None
    problem = " ".join(str(error.problem or error.context or "not valid YAML").split())
    fix = "fix the YAML syntax (indent with spaces; quote values with ':' or '#')"
    source = text.splitlines()[line - 1] if line and line <= len(text.splitlines()) else ""
    if re.search(r":\s*[<>]", source):
        fix = 'quote the comparison: compare: "<=" (YAML reads a bare > or < as syntax)'
    at = f"{path}, line {line}" if line is not None else str(path)
    return f"{at}: not valid YAML ({problem}); {fix}"


def _index(node: Any, location: Location, lines: dict[Location, int], path: Path) -> None:
    """Record the line of every value, and refuse a key given twice in one mapping (YAML keeps
    the last silently, so a repeated threshold would be ignored without a word)."""
    import yaml

    lines[location] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key, value in node.value:
            name = key.value
            line = key.start_mark.line + 1
            if name in seen:
                where = dotted((*location, name))
                raise PolicyError(
                    f"{path}, line {line} ({where}): key {name!r} given twice (first on line "
                    f"{seen[name]}); keep one"
                )
            seen[name] = line
            lines[(*location, name)] = line
            _index(value, (*location, name), lines, path)
            lines[(*location, name)] = line  # a key's own line, not its value's
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index(item, (*location, index), lines, path)


_FIXES = {
    "missing": "add it",
    "extra_forbidden": "remove it or fix its spelling",
    "literal_error": "use one of the values listed",
    "int_type": "write a whole number such as 30",
    "float_parsing": "write a number such as 0.05",
    "float_type": "write a number such as 0.05",
    "string_type": "write text (quote it if it looks like a number)",
    "list_type": "write a list, one '- ' entry per line",
    "model_type": "write a mapping of keys and values",
    "dict_type": "write a mapping of keys and values",
    "too_short": "give at least one",
}


def _first_problem(policy_file: PolicyFile, error: ValidationError) -> PolicyError:
    """The validation error that comes first in the file, as one line with its fix."""

    def line_of(problem: Any) -> int:
        return policy_file.line(tuple(problem["loc"])) or 0

    problems = error.errors()
    # a misspelt key is reported as itself, not as the required key it leaves missing
    misspelt = {tuple(p["loc"][:-1]) for p in problems if p["type"] == "extra_forbidden"}
    problems = [
        p for p in problems if not (p["type"] == "missing" and tuple(p["loc"][:-1]) in misspelt)
    ]
    problem = min(problems, key=line_of)
    location: Location = tuple(problem["loc"])
    kind = problem["type"]
    message = problem["msg"].removeprefix("Value error, ")
    fix = _FIXES.get(kind, "")
    if kind == "missing":
        message = f"required key {location[-1]!r} is missing"
    elif kind == "extra_forbidden":
        allowed = _allowed_keys(location[:-1])
        close = difflib.get_close_matches(str(location[-1]), allowed, n=1)
        message = f"unknown key {location[-1]!r}"
        fix = f"did you mean {close[0]!r}?" if close else f"allowed keys: {', '.join(allowed)}"
    elif kind == "literal_error":
        message = f"{problem['input']!r} is not allowed: {message[0].lower()}{message[1:]}"
        if location[-1] == "compare":
            fix = 'quote the comparison in YAML: compare: "<="'
    elif kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        message = f"{problem['input']!r} is out of range: {message[0].lower()}{message[1:]}"
        fix = "change the value"
    if kind == "too_short" and location and location[-1] == "levels":
        message, fix = "no levels", "add at least one level with conditions"
    elif kind == "too_short" and location and location[-1] == "conditions":
        message, fix = "a level without conditions", "add at least one condition"
    text = f"{message}; {fix}" if fix else message
    return policy_file.error(location, text)


def _allowed_keys(location: Location) -> list[str]:
    if not location:
        return list(Policy.model_fields)
    if location[-1] == "conditions" or (len(location) >= 2 and location[-2] == "conditions"):
        return list(Condition.model_fields)
    return list(Level.model_fields)


def _check(policy_file: PolicyFile, lookup: SuiteLookup) -> None:
    """What the schema alone cannot say: unique level names, a required level that exists,
    suites evenhand has, and a bound that supports the comparison."""
    policy = policy_file.policy
    names: dict[str, int] = {}
    for index, level in enumerate(policy.levels):
        if level.name in names:
            raise policy_file.error(
                ("levels", index, "name"),
                f"level {level.name!r} is named twice (also levels[{names[level.name]}]); "
                "give every level its own name",
            )
        names[level.name] = index
    if policy.required_level not in names:
        raise policy_file.error(
            ("required_level",),
            f"{policy.required_level!r} is not a level of this policy; use one of "
            f"{', '.join(names)}",
        )
    for index, level in enumerate(policy.levels):
        for number, condition in enumerate(level.conditions):
            where: Location = ("levels", index, "conditions", number)
            try:
                lookup(condition.suite)
            except UnknownSuiteError as error:
                raise policy_file.error((*where, "suite"), str(error)) from None
            upward = condition.compare in ("<", "<=")
            if (condition.bound == "lower" and upward) or (
                condition.bound == "upper" and not upward
            ):
                right = "upper" if upward else "lower"
                raise policy_file.error(
                    (*where, "bound"),
                    f"the {condition.bound} bound {condition.compare} a threshold passes even "
                    f"when the metric may lie on the wrong side of it; use bound: {right}",
                )
