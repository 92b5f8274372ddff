"""Synthetic but realistic Inspect logs: up to a million scored samples over many models.

Every sample is one of three scored templates per item (benchmarks/synthetic_templates.py: real
evenhand runs that refuse, answer candidly or evade). Each synthetic model answers every
(item, epoch) with one of them, drawn with its own propensities: a refusal baseline shifted by
jurisdiction (or pressure kind, misuse context, sycophancy part), by language and by item, so that
models differ detectably and pair on items. About 1 in 50 responses carries an HTML or script
payload, scores unchanged, to test escaping.

Logs are `.eval` zips laid out as Inspect writes them. The header, `_journal/start.json` and
`reductions.json` come from Inspect's own writer, with results and reductions recomputed by
`recompute_metrics`; sample and summary members are Inspect's own JSON of the template samples with
epoch, uuid and model substituted. This avoids `write_eval_log` per sample (about 6 ms each, half of
it re-condensing already condensed samples, and a 12-thread zstd context per zip member).

    .venv/bin/python benchmarks/synthetic_logs.py OUT_DIR --samples 100000 [--models 20]
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import random
import sys
import tempfile
import time
import uuid
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from synthetic_templates import (
    BEHAVIOURS,
    DEFAULT_CACHE,
    EPOCH_MARK,
    SUITE_NAMES,
    TEMPLATE_PROVIDER,
    UUID_MARK,
    Template,
    ensure_templates,
    load_templates,
    raw_members,
)

DEFAULT_MODELS = 20
DEFAULT_SEED = 1
PAYLOAD_RATE = 1 / 50
PAYLOADS: tuple[str, ...] = (
    "<script>window.__evenhand_pwned=1</script>",
    '<img src=x onerror="window.__evenhand_pwned=1">',
    '<a href="javascript:alert(1)">more</a>',
    '<img src="http://example.invalid/x.png">',
)
JURISDICTION_SPREAD = 1.0
"""Standard deviation of a model's refusal log-odds shift per jurisdiction (or group)."""
LANGUAGE_SPREAD = 0.5
ITEM_SPREAD = 0.7
"""Shared across models: some items are refused more by everyone, as in real audits."""
HARMFUL_SHIFT = 1.5
"""Misuse requests are refused more often than their look-alike benign controls."""
GROUP_KEYS: dict[str, tuple[str, ...]] = {
    "censorship": ("jurisdiction",),
    "honesty": ("government", "pressure_kind"),
    "misuse": ("context",),
    "sycophancy": ("part",),
}
"""The item metadata a model's refusal rate varies by, first present value."""


class SyntheticModel(NamedTuple):
    """A made-up model: its Inspect name, endpoint and propensities."""

    index: int
    name: str
    base_url: str | None
    refusal_logit: float
    """Baseline log-odds of refusing rather than answering."""
    evasion_logit: float


class Selection(NamedTuple):
    """The items of a suite every model's log holds, each in epochs 1..`epochs`."""

    item_ids: list[str]
    epochs: int

    @property
    def samples(self) -> int:
        return len(self.item_ids) * self.epochs


def select_items(item_ids: list[str], count: int) -> Selection:
    """About `count` samples: as few epochs as cover it, over evenly spread items (so a small
    selection still spans every jurisdiction and language)."""
    epochs = math.ceil(count / len(item_ids))
    chosen = round(count / epochs)
    return Selection([item_ids[i * len(item_ids) // chosen] for i in range(chosen)], epochs)


def make_logs(
    out_dir: Path,
    total_samples: int,
    models: int = DEFAULT_MODELS,
    seed: int = DEFAULT_SEED,
    cache: Path = DEFAULT_CACHE,
) -> Path:
    """Write one `.eval` log per (model, suite) holding about `total_samples` scored samples in all.

    Samples split evenly over models and suites. The logs of a suite hold the same (id, epoch) keys:
    epochs 1..k over the suite's items, or over an evenly spread subset of them so that every epoch
    is complete (Inspect's `read_eval_log_samples` expects every selected id in every epoch).
    """
    import numpy as np

    out_dir.mkdir(parents=True, exist_ok=True)
    template_dir = ensure_templates(cache)
    roster = synthetic_models(models, seed)
    per_log = max(1, round(total_samples / (models * len(SUITE_NAMES))))
    eval_set_id = _short_id(np.random.default_rng([seed, 0]))
    started, written = time.perf_counter(), 0
    for suite_index, suite in enumerate(SUITE_NAMES):
        header, templates = load_templates(template_dir, suite)
        selection = select_items(list(header.eval.dataset.sample_ids or []), per_log)
        for model in roster:
            rng = np.random.default_rng([seed, model.index + 1, suite_index])
            path = write_log(out_dir, header, templates, selection, model, eval_set_id, rng)
            written += selection.samples
            rate = written / (time.perf_counter() - started)
            print(
                f"{path.name}: {model.name}, {selection.samples} samples "
                f"({written} so far, {rate:,.0f} samples/s)",
                file=sys.stderr,
                flush=True,
            )
    return out_dir


def synthetic_models(count: int, seed: int) -> list[SyntheticModel]:
    """`count` models across four providers, each with its own refusal and evasion baselines."""
    import numpy as np

    rng = np.random.default_rng([seed, 0xE7E])
    roster = []
    for index in range(count):
        lab = f"lab{index:02d}"
        provider = ("openai-api", "openai", "anthropic", "local")[index % 4]
        name = (
            f"openai-api/{lab}/model-{index:02d}"
            if provider == "openai-api"
            else f"{provider}/{lab}-model-{index:02d}"
        )
        base_url = None if provider == "local" else f"https://api.{lab}.example/v1"
        refusal, evasion = rng.uniform(-2.5, 0.5), rng.uniform(-2.5, -0.5)
        roster.append(SyntheticModel(index, name, base_url, float(refusal), float(evasion)))
    return roster


def variant_probabilities(
    model: SyntheticModel, suite: str, metadata: dict[str, Any]
) -> list[float]:
    """Probabilities of the model answering, refusing and evading one item (BEHAVIOURS order)."""
    group = next((str(metadata[k]) for k in GROUP_KEYS[suite] if metadata.get(k)), "none")
    refusal = (
        model.refusal_logit
        + (HARMFUL_SHIFT if metadata.get("kind") == "harmful" else 0.0)
        + _effect((model.index, suite, group), JURISDICTION_SPREAD)
        + _effect((model.index, "language", str(metadata.get("language"))), LANGUAGE_SPREAD)
        + _effect(("item", str(metadata.get("id") or metadata.get("pair_id"))), ITEM_SPREAD)
    )
    logits = {"answers": 0.0, "refuses": refusal, "evades": model.evasion_logit}
    weights = [math.exp(logits[behaviour]) for behaviour in BEHAVIOURS]
    return [w / sum(weights) for w in weights]


def _effect(key: tuple[Any, ...], spread: float) -> float:
    """A fixed random effect per key: the same for a key in every log and every run."""
    return random.Random(zlib.crc32(json.dumps(key).encode())).gauss(0.0, spread)


def write_log(
    out_dir: Path,
    header: Any,
    templates: dict[str, dict[str, Template]],
    selection: Selection,
    model: SyntheticModel,
    eval_set_id: str,
    rng: Any,
) -> Path:
    """Write one synthetic log of the selected samples; returns its path."""
    from inspect_ai.log import EvalSample

    suite = header.eval.metadata["suite"]
    keys = [(i, epoch) for epoch in range(1, selection.epochs + 1) for i in selection.item_ids]
    probabilities = {  # cumulative, in BEHAVIOURS order
        item: list(
            itertools.accumulate(
                variant_probabilities(model, suite, templates[BEHAVIOURS[0]][item].sample.metadata)
            )
        )
        for item in selection.item_ids
    }
    draws, payload_draws = rng.random(len(keys)), rng.random(len(keys))
    payload_choice = rng.integers(len(PAYLOADS), size=len(keys))
    uuids = [_short_id(rng) for _ in keys]
    renamed: dict[tuple[str, str], Template] = {}
    chosen: list[Template] = []
    for (item, _), draw in zip(keys, draws, strict=True):
        behaviour = BEHAVIOURS[-1]
        for candidate, cumulative in zip(BEHAVIOURS, probabilities[item], strict=True):
            if draw < cumulative:
                behaviour = candidate
                break
        if (behaviour, item) not in renamed:
            renamed[behaviour, item] = _rename(templates[behaviour][item], behaviour, model)
        chosen.append(renamed[behaviour, item])

    samples: list[EvalSample] = [
        t.sample.model_copy(update={"epoch": epoch})
        for t, (_, epoch) in zip(chosen, keys, strict=True)
    ]
    log = synthetic_header(header, model, samples, selection, eval_set_id, rng)
    name = f"{log.eval.created[:19].replace(':', '-')}-00-00_{suite}_{log.eval.task_id}.eval"
    target = out_dir / name
    partial = target.with_name(target.name + ".partial")
    skeleton = inspect_skeleton(log)
    with _reused_zstd_context(), _zip_writer(partial) as archive:
        archive.writestr("_journal/start.json", skeleton["_journal/start.json"])
        summaries = []
        for index, (template, (item, epoch)) in enumerate(zip(chosen, keys, strict=True)):
            text = template.sample_json
            if payload_draws[index] < PAYLOAD_RATE:
                payload = json.dumps(PAYLOADS[payload_choice[index]])[1:-1]
                text = text.replace(
                    template.completion_json, f"{template.completion_json} {payload}"
                )
            text = text.replace(EPOCH_MARK, str(epoch)).replace(UUID_MARK, uuids[index])
            archive.writestr(f"samples/{item}_epoch_{epoch}.json", text.encode())
            summary = template.summary_json.replace(EPOCH_MARK, str(epoch))
            summaries.append(summary.replace(UUID_MARK, uuids[index]))
        archive.writestr("summaries.json", f"[{','.join(summaries)}]".encode())
        archive.writestr("reductions.json", skeleton["reductions.json"])
        archive.writestr("header.json", skeleton["header.json"])
    os.replace(partial, target)
    return target


def synthetic_header(
    header: Any,
    model: SyntheticModel,
    samples: list[Any],
    selection: Selection,
    eval_set_id: str,
    rng: Any,
) -> Any:
    """The template's header for this model, with results and reductions recomputed from samples."""
    from inspect_ai.log import EvalStats, recompute_metrics
    from inspect_ai.model import ModelUsage

    full = header.eval.dataset.samples
    usage = ModelUsage()
    for sample in samples:
        for sample_usage in sample.model_usage.values():
            usage = usage + sample_usage
    eval_spec = header.eval.model_copy(
        update={
            "eval_set_id": eval_set_id,
            "eval_id": _short_id(rng),
            "run_id": _short_id(rng),
            "task_id": _short_id(rng),
            "model": model.name,
            "model_base_url": model.base_url,
            "dataset": header.eval.dataset.model_copy(update={"sample_ids": selection.item_ids}),
            "config": header.eval.config.model_copy(
                update={
                    "epochs": selection.epochs,
                    "limit": None,
                    "sample_id": selection.item_ids if len(selection.item_ids) < full else None,
                }
            ),
        }
    )
    stats = EvalStats(
        started_at=header.stats.started_at,
        completed_at=header.stats.completed_at,
        model_usage={model.name: usage},
    )
    log = header.model_copy(update={"eval": eval_spec, "stats": stats, "samples": samples})
    recompute_metrics(log)
    return log


def inspect_skeleton(log: Any) -> dict[str, bytes]:
    """Inspect's own members (header, start, reductions) for a log, written without its samples."""
    from inspect_ai.log import write_eval_log

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "skeleton.eval"
        write_eval_log(log.model_copy(update={"samples": []}), str(path), format="eval")
        return raw_members(str(path))


def _rename(template: Template, behaviour: str, model: SyntheticModel) -> Template:
    """The template as the synthetic model's: its Inspect name, and the name its API reports."""
    old, new = f"{TEMPLATE_PROVIDER}/tmpl-{behaviour}", model.name
    api_name = new.removeprefix("openai-api/").split("/", 1)[1]
    return template._replace(
        sample_json=template.sample_json.replace(old, new).replace(
            f'"tmpl-{behaviour}"', f'"{api_name}"'
        ),
        summary_json=template.summary_json.replace(old, new),
    )


def _short_id(rng: Any) -> str:
    import shortuuid

    return str(shortuuid.encode(uuid.UUID(bytes=rng.bytes(16))))


@contextmanager
def _zip_writer(path: Path) -> Iterator[Any]:
    import zipfile

    import zipfile_zstd  # noqa: F401

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_ZSTANDARD) as archive:  # type: ignore[attr-defined]
        yield archive


@contextmanager
def _reused_zstd_context() -> Iterator[None]:
    """zipfile_zstd builds a fresh 12-thread zstd context for every member (~1 ms each); reuse one
    single-threaded context for this log instead. The members are ordinary zstd frames either way."""
    import zipfile

    import zstandard

    compressor = zstandard.ZstdCompressor(level=3)
    original: Callable[..., Any] = zipfile._get_compressor  # type: ignore[attr-defined]

    def get_compressor(compress_type: int, compresslevel: int | None = None) -> Any:
        if compress_type == zipfile.ZIP_ZSTANDARD:  # type: ignore[attr-defined]
            return compressor.compressobj()
        return original(compress_type, compresslevel)

    zipfile._get_compressor = get_compressor  # type: ignore[attr-defined]
    try:
        yield
    finally:
        zipfile._get_compressor = original  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--samples", type=int, required=True)
    parser.add_argument("--models", type=int, default=DEFAULT_MODELS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    args = parser.parse_args()
    started = time.perf_counter()
    make_logs(args.out_dir, args.samples, args.models, args.seed, args.cache)
    print(f"done in {time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
