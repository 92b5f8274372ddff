"""Shared fixtures. Outbound network is blocked for every test (pytest-socket, loopback allowed)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True, scope="session")
def _offline_environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No hub downloads, an empty tiktoken cache (a fetch would fail), logs and caches in tmp."""
    root = tmp_path_factory.mktemp("env")
    saved = dict(os.environ)
    os.environ.update(
        {
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "TIKTOKEN_CACHE_DIR": str(root / "tiktoken"),
            "INSPECT_LOG_DIR": str(root / "inspect-logs"),
            "INSPECT_CACHE_DIR": str(root / "inspect-cache"),
            "INSPECT_DISPLAY": "none",
            "XDG_DATA_HOME": str(root / "data"),
            "XDG_CACHE_HOME": str(root / "cache"),
        }
    )
    yield
    os.environ.clear()
    os.environ.update(saved)


@pytest.fixture
def log_dir(tmp_path: Path) -> Path:
    return tmp_path / "logs"


@pytest.fixture
def endpoint(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """`evenhand run` arguments for a model behind a loopback OpenAI-compatible server."""
    from evenhand.testing import fake_openai_server

    monkeypatch.setenv("FAKE_API_KEY", "not-a-secret")
    with fake_openai_server("I'm sorry, but I can't help with that.") as server:
        yield ["--model", "openai-api/fake/fake-model", "--model-base-url", server.base_url]
