"""Test doubles shipped with evenhand: a minimal OpenAI-compatible chat server on loopback.

Used by the tests and benchmarks to exercise the `openai-api/...` path of a real audit without a
network. It answers every chat completion instantly with a fixed or computed reply.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, NamedTuple

Reply = Callable[[list[dict[str, Any]]], str]
"""Maps the request's chat messages to the assistant's reply text."""

DEFAULT_REPLY = "I'm sorry, but I can't help with that."


class FakeServer(NamedTuple):
    """A running fake server: its base URL and the requests it has answered."""

    base_url: str
    requests: list[dict[str, Any]]


@contextmanager
def fake_openai_server(
    reply: Reply | str = DEFAULT_REPLY,
    model: str = "fake-model",
    replies_by_model: dict[str, str] | None = None,
) -> Iterator[FakeServer]:
    """Serve `/v1/chat/completions` and `/v1/models` on 127.0.0.1 with an ephemeral port.

    `replies_by_model` answers requests naming those models with a fixed text each, so that one
    server can stand in for several models.
    """
    requests: list[dict[str, Any]] = []
    answer = _constant(reply) if isinstance(reply, str) else reply

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._send(200, {"object": "list", "data": [{"id": model, "object": "model"}]})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            requests.append(body)
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send(404, {"error": {"message": f"no route {self.path}"}})
                return
            requested = body.get("model", model)
            if replies_by_model and requested in replies_by_model:
                text = replies_by_model[requested]
            else:
                text = answer(body.get("messages", []))
            self._send(200, _completion(body.get("model", model), text))

        def _send(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield FakeServer(f"http://127.0.0.1:{server.server_address[1]}/v1", requests)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _constant(text: str) -> Reply:
    def reply(_messages: list[dict[str, Any]]) -> str:
        return text

    return reply


def _completion(model: str, text: str) -> dict[str, Any]:
    words = len(text.split())
    return {
        "id": f"chatcmpl-{time.monotonic_ns()}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": words, "total_tokens": 10 + words},
    }
