"""Model providers evenhand adds to Inspect."""

from evenhand.model._gguf import (
    DEFAULT_LOCAL_MODEL,
    PACKAGED_MODELS,
    Weights,
    resolve_weights,
)

__all__ = ["DEFAULT_LOCAL_MODEL", "PACKAGED_MODELS", "Weights", "resolve_weights"]
