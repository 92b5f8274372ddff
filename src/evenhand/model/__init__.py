"""Model providers evenhand adds to Inspect."""

from __future__ import annotations

from typing import TYPE_CHECKING

from evenhand.model._gguf import (
    DEFAULT_LOCAL_MODEL,
    PACKAGED_MODELS,
    Weights,
    resolve_weights,
)

if TYPE_CHECKING:
    from inspect_ai.model import ModelAPI


def local_model_api() -> type[ModelAPI]:
    """The in-process GGUF provider class, imported on first use (it loads llama.cpp)."""
    from evenhand.model._local import LocalModel

    return LocalModel


__all__ = [
    "DEFAULT_LOCAL_MODEL",
    "PACKAGED_MODELS",
    "Weights",
    "local_model_api",
    "resolve_weights",
]
