"""Everything evenhand registers with Inspect (through the `inspect_ai` entry point): the `local`
model provider, and every registered suite's `@task` (importing a suite registers its task)."""

from inspect_ai.model import ModelAPI, modelapi

from evenhand.suites import all_suites

SUITES = all_suites()


@modelapi(name="local")
def local() -> type[ModelAPI]:
    """In-process GGUF models: `local/smollm2` or `local/<path to a .gguf file>`."""
    from evenhand.model import local_model_api

    return local_model_api()
