"""Everything evenhand registers with Inspect (through the `inspect_ai` entry point)."""

# ruff: noqa: F401

from inspect_ai.model import ModelAPI, modelapi

from evenhand.suites.censorship.censorship import censorship
from evenhand.suites.honesty.honesty import honesty
from evenhand.suites.misuse.misuse import misuse
from evenhand.suites.sycophancy.sycophancy import sycophancy


@modelapi(name="local")
def local() -> type[ModelAPI]:
    """In-process GGUF models: `local/smollm2` or `local/<path to a .gguf file>`."""
    from evenhand.model._local import LocalModel

    return LocalModel
