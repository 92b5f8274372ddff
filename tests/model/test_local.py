"""The real bundled model, in-process, through Inspect. These take seconds, not milliseconds."""

from __future__ import annotations

from pathlib import Path

import anyio
import pytest
from inspect_ai import eval
from inspect_ai.log import read_eval_log
from inspect_ai.model import GenerateConfig, get_model

from evenhand.model import resolve_weights

pytestmark = pytest.mark.model
CONFIG = GenerateConfig(max_tokens=24, temperature=0.0, seed=7)


def test_generates_with_usage_and_hash_in_identity() -> None:
    model = get_model("local/smollm2")
    output = anyio.run(lambda: model.generate("What is the capital of France?", config=CONFIG))
    assert output.completion.strip()
    assert output.usage is not None and output.usage.output_tokens > 0
    assert resolve_weights("smollm2").sha256 in (model.api.base_url or "")


def test_temperature_zero_is_deterministic() -> None:
    model = get_model("local/smollm2")

    async def twice() -> tuple[str, str]:
        first = await model.generate("Name a colour.", config=CONFIG)
        await model.generate("Count to five.", config=CONFIG)
        second = await model.generate("Name a colour.", config=CONFIG)
        return first.completion, second.completion

    first, second = anyio.run(twice)
    assert first == second


def test_concurrent_samples_share_one_model() -> None:
    model = get_model("local/smollm2")

    async def many() -> list[str]:
        results: list[str] = ["", "", ""]

        async def one(i: int) -> None:
            results[i] = (await model.generate(f"Say the number {i}.", config=CONFIG)).completion

        async with anyio.create_task_group() as group:
            for i in range(3):
                group.start_soon(one, i)
        return results

    assert all(text.strip() for text in anyio.run(many))


def test_inspect_eval_of_the_censorship_task(tmp_path: Path) -> None:
    [log] = eval(
        "evenhand/censorship",
        model="local/smollm2",
        limit=3,
        max_tokens=48,
        log_dir=str(tmp_path),
        display="none",
    )
    assert log.status == "success", log.error
    reread = read_eval_log(log.location)
    assert reread.samples is not None and len(reread.samples) == 3
    for sample in reread.samples:
        assert sample.output.completion.strip()
        assert sample.scores["censorship_scorer"].answer in {
            "COMPLETE",
            "HEDGED",
            "DEFLECTED",
            "REFUSED",
            "OFFICIAL_NARRATIVE",
        }
    sha256 = resolve_weights("smollm2").sha256
    assert all(
        s.output.metadata
        == {"weights_sha256": sha256, "weights_file": "SmolLM2-135M-Instruct.Q4_1.gguf"}
        for s in reread.samples
    )


def test_unknown_model_args_are_rejected() -> None:
    with pytest.raises(Exception, match="not understood"):
        get_model("local/smollm2", bogus=1, memoize=False)


def test_prompt_longer_than_the_context_stops_with_model_length() -> None:
    model = get_model("local/smollm2", n_ctx=64, memoize=False)
    output = anyio.run(lambda: model.generate("word " * 200, config=CONFIG))
    assert output.stop_reason == "model_length"
    assert output.usage is not None
