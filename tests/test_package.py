"""Package surface: the registry imports cleanly, public modules list a complete, sorted __all__."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

PUBLIC_MODULES = [
    "evenhand",
    "evenhand.core",
    "evenhand.judging",
    "evenhand.logs",
    "evenhand.stats",
    "evenhand.model",
    "evenhand.analysis",
    "evenhand.report",
    "evenhand.suites",
]


def test_registry_registers_every_suite_and_the_local_provider() -> None:
    from evenhand.suites import REGISTRY

    registry = importlib.reload(importlib.import_module("evenhand._registry"))
    assert [suite.name for suite in registry.SUITES] == list(REGISTRY)
    assert all(callable(suite.task) for suite in registry.SUITES)
    assert callable(registry.local)


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_all_is_complete_and_resolvable(name: str) -> None:
    module = importlib.import_module(name)
    public = {
        symbol
        for symbol, value in vars(module).items()
        if not symbol.startswith("_") and getattr(value, "__module__", "").startswith("evenhand")
    }
    assert public <= set(module.__all__), (
        f"missing from {name}.__all__: {public - set(module.__all__)}"
    )
    assert len(module.__all__) == len(set(module.__all__))
    assert list(module.__all__) == sorted(module.__all__, key=lambda s: (not s.isupper(), s))
    for symbol in module.__all__:
        assert hasattr(module, symbol), f"{name}.{symbol}"


def test_importing_evenhand_does_not_import_inspect() -> None:
    code = "import sys, evenhand, evenhand.core; print('inspect_ai' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
