"""Template samples for the synthetic logs: real evenhand runs against a loopback fake server.

evenhand runs every item of the four suites against a loopback fake server in three behaviours (one
refuses, one answers candidly, one evades: hedges, deflects, takes the official line, lies or gives
way under pushback), and the heuristic judge scores each response. The server's replies are canned
but item-aware, so the judges see answers that state the facts, hold or concede, lie or evade.
The template logs are run once and cached; benchmarks/synthetic_logs.py draws every synthetic
sample from them, as `Template`s: the parsed sample and its JSON with epoch and uuid markers.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

HERE = Path(__file__).parent
SUITE_NAMES: tuple[str, ...] = ("censorship", "honesty", "misuse", "sycophancy")
BEHAVIOURS: tuple[str, ...] = ("answers", "refuses", "evades")
DEFAULT_CACHE = HERE / ".cache" / "templates"
TEMPLATE_PROVIDER = "openai-api/fake"
EPOCH_MARK = "@@EPOCH@@"
UUID_MARK = "@@UUID@@"
"""Placeholders in a template's JSON, replaced by each synthetic sample's epoch and uuid."""

REPLIES: dict[str, dict[str, str]] = {
    "refusal": {"en": "I'm sorry, but I can't help with that.", "zh": "抱歉，我不能回答这个问题。"},
    "hedge": {
        "en": "This is a complex and sensitive topic with many perspectives, and opinions differ.",
        "zh-Hans": "这是一个复杂的问题，存在不同的观点。",
        "zh-Hant": "這是一個複雜的問題，存在不同的觀點。",
    },
    "deflection": {
        "en": "That's beyond my scope. Is there anything else I can help you with?",
        "zh-Hans": "这超出了我的讨论范围。还有其他问题吗？",
        "zh-Hant": "這超出了我的討論範圍。還有其他問題嗎？",
    },
    "yes": {"en": "Yes. That is what the record shows.", "zh": "是的。记录表明确实如此。"},
    "no": {"en": "No. The record does not show that.", "zh": "不是。记录并不支持这一点。"},
    "hold": {
        "en": "I understand the doubt, but the record is clear: ",
        "zh": "我理解你的疑问，但记录很清楚：",
    },
    "concede": {"en": "You're right, I apologize. ", "zh": "你说得对，抱歉。"},
    "push_back": {"en": "There is no evidence for that. ", "zh": "没有证据支持这种说法。"},
    "reinforce": {"en": "You're right, that's a great point. ", "zh": "你说得对，我同意。"},
    "steps": {
        "en": "Here's how you could set this up. Step 1: collect the data sources. Step 2: build "
        "the classifier. Step 3: deploy it and review the results every week.",
        "zh": "以下是具体做法。第一步：收集数据来源。第二步：建立分类器。第三步：部署并每周复查结果。",
    },
    "redirect": {
        "en": "I can't help with that. Instead, I can help you with a rights-respecting "
        "alternative: please consult a lawyer or a human rights organisation.",
        "zh": "我无法协助这个请求。但我可以帮你了解尊重人权的替代方案，建议您咨询律师。",
    },
}
"""Canned texts by language; `zh` serves both Chinese scripts where the judges read either."""


class Template(NamedTuple):
    """One scored template sample: the parsed sample (for metrics) and its JSON with markers."""

    sample: Any  # inspect_ai.log.EvalSample
    sample_json: str
    summary_json: str
    completion_json: str
    """The final response as it appears inside the JSON strings (escaped, no quotes)."""


class ItemRequest(NamedTuple):
    """What the fake server needs to know about a request to answer it in character."""

    suite: str
    stage: str
    """`belief` or `pressure` for honesty; the suite's single stage otherwise."""
    metadata: dict[str, Any]
    target: list[str]


def item_lookup(tasks: dict[str, Any]) -> dict[str, ItemRequest]:
    """Every item's opening user message, mapped to its item (honesty opens with two prompts)."""
    lookup: dict[str, ItemRequest] = {}
    for suite, task in tasks.items():
        for sample in task.dataset:
            target = sample.target if isinstance(sample.target, list) else [sample.target]
            request = ItemRequest(suite, suite, dict(sample.metadata or {}), target)
            if suite == "honesty":
                belief = request._replace(stage="belief")
                for wording in (
                    request.metadata["belief_prompt"],
                    *request.metadata.get("belief_paraphrases", []),
                ):
                    lookup[wording] = belief
                lookup[request.metadata["pressure_prompt"]] = request._replace(stage="pressure")
            else:
                lookup[str(sample.input)] = request
    return lookup


def reply_for(behaviour: str, lookup: dict[str, ItemRequest]) -> Callable[[list[Any]], str]:
    """The fake server's reply function for one behaviour: item-aware, so the judges see answers
    that state the facts, hold or concede, lie or evade, as the behaviour would."""

    def reply(messages: list[dict[str, Any]]) -> str:
        users = [m["content"] for m in messages if m.get("role") == "user"]
        request = lookup[users[0]]
        return _reply(behaviour, request, turn=len(users) - 1)

    return reply


def _reply(behaviour: str, request: ItemRequest, turn: int) -> str:
    meta, language = request.metadata, request.metadata["language"]

    def text(key: str) -> str:
        texts = REPLIES[key]
        return texts.get(language) or texts.get(language[:2]) or texts["en"]

    if behaviour == "refuses":
        return text("refusal")
    # A stable per-item choice, so the evasive behaviour shows every non-refusal label of a suite.
    flavour = zlib.crc32(str(meta.get("id") or meta.get("pair_id")).encode()) % 3
    if request.suite == "censorship":
        if behaviour == "answers":
            return " ".join(request.target)
        if flavour == 0 and meta.get("official_narrative"):
            return " ".join(n["text"] for n in meta["official_narrative"])
        return text("deflection" if flavour == 1 else "hedge")
    if request.suite == "honesty":
        truth = meta["ground_truth"]
        if behaviour == "answers" or request.stage == "belief":
            return text(truth)
        return text("no" if truth == "yes" else "yes") if flavour == 0 else text("hedge")
    if request.suite == "misuse":
        return text("steps" if behaviour == "answers" else "redirect")
    part = meta["part"]
    if part == "pushback":
        if turn == 0:
            return str(meta["correct"]["text"])
        if behaviour == "answers":
            return text("hold") + meta["correct"]["text"]
        return text("concede") + meta["wrong"]["text"]
    if part == "spiral":
        if behaviour == "answers":
            return text("push_back") + meta["accurate_view"]
        return text("reinforce") + meta["false_belief"]
    return str(meta["pole_washington"] if behaviour == "answers" else meta["pole_beijing"])


def ensure_templates(cache: Path) -> Path:
    """The template logs, run once and cached under a fingerprint of evenhand's version, the suites'
    versions and items, and the canned replies. Delete the cache after changing a judge."""
    import evenhand
    from evenhand.suites import get_suite

    tasks = {
        suite: get_suite(suite).task(sample="full", judges=["heuristic"]) for suite in SUITE_NAMES
    }
    suites = {s: [t.version, [str(x.id) for x in t.dataset]] for s, t in tasks.items()}
    fingerprint = hashlib.sha256(
        json.dumps([evenhand.__version__, suites, REPLIES]).encode()
    ).hexdigest()[:12]
    template_dir = cache / fingerprint
    for behaviour in BEHAVIOURS:
        done = template_dir / behaviour / "complete"
        if done.exists():
            continue
        print(
            f"running template behaviour {behaviour!r} (cached in {template_dir})", file=sys.stderr
        )
        run_template(behaviour, template_dir / behaviour, item_lookup(tasks))
        done.touch()
    return template_dir


def run_template(behaviour: str, log_dir: Path, lookup: dict[str, Any]) -> None:
    """Run every item of every suite with one behaviour's replies, logging to `log_dir`."""
    from click.testing import CliRunner

    from evenhand.cli import cli
    from evenhand.testing import fake_openai_server

    os.environ.setdefault("FAKE_API_KEY", "synthetic")
    os.environ["INSPECT_DISPLAY"] = "none"
    started = time.perf_counter()
    with fake_openai_server(reply_for(behaviour, lookup)) as server:
        result = CliRunner().invoke(
            cli,
            [
                "run",
                "--model", f"{TEMPLATE_PROVIDER}/tmpl-{behaviour}",
                "--model-base-url", server.base_url,
                "--log-dir", str(log_dir),
                "--sample", "full",
                "--max-connections", "32",
                "--json",
            ],
        )  # fmt: skip
    if result.exit_code != 0:
        raise RuntimeError(f"template run {behaviour!r} failed: {result.output[-2000:]}")
    print(f"  {behaviour}: {time.perf_counter() - started:.0f} s", file=sys.stderr)


def load_templates(template_dir: Path, suite: str) -> tuple[Any, dict[str, dict[str, Template]]]:
    """The header of the first behaviour's log for a suite, and every behaviour's samples by id."""
    from inspect_ai.log import list_eval_logs, read_eval_log

    header = None
    templates: dict[str, dict[str, Template]] = {}
    for behaviour in BEHAVIOURS:
        [info] = [
            i for i in list_eval_logs(str(template_dir / behaviour)) if f"_{suite}_" in i.name
        ]
        if header is None:
            header = read_eval_log(info, header_only=True)
        raw = raw_members(info.name)
        summaries = {s["id"]: s for s in _loads(raw["summaries.json"]) if s["epoch"] == 1}
        templates[behaviour] = {
            str(item): _template(_loads(raw[f"samples/{item}_epoch_1.json"]), summaries[item])
            for item in summaries
        }
    assert header is not None
    return header, templates


def _template(sample: dict[str, Any], summary: dict[str, Any]) -> Template:
    from inspect_ai.log import EvalSample

    # What recompute_metrics reads, and no more: it deep-copies every sample's metadata, and the
    # fact sheets would make that the slowest step of all.
    scalar_metadata = {
        k: v for k, v in sample["metadata"].items() if v is None or isinstance(v, str | int | float)
    }
    light = EvalSample.model_validate(
        {
            **{k: sample[k] for k in ("id", "epoch", "input", "target", "scores", "model_usage")},
            "metadata": scalar_metadata,
        }
    )
    completion = sample["output"]["completion"]
    for record in (sample, summary):
        record.update({"epoch": EPOCH_MARK, "uuid": UUID_MARK})
    return Template(
        sample=light,
        sample_json=_dumps(sample).replace(f'"{EPOCH_MARK}"', EPOCH_MARK),
        summary_json=_dumps(summary).replace(f'"{EPOCH_MARK}"', EPOCH_MARK),
        completion_json=_dumps(completion)[1:-1],
    )


def raw_members(location: str) -> dict[str, bytes]:
    """Every member of an `.eval` zip (a path or `file://` URI), uncompressed, by name."""
    import zipfile

    import zipfile_zstd  # noqa: F401  (registers zstd with zipfile before Python 3.14)

    with zipfile.ZipFile(location.removeprefix("file://")) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _loads(data: bytes) -> Any:
    return json.loads(data)  # the standard library reads Inspect's bare NaN literals


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
