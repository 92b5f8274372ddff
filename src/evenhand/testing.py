"""Test doubles shipped with evenhand: OpenAI-compatible chat servers on loopback.

Used by the tests and benchmarks to exercise the `openai-api/...` path of a real audit without a
network. `fake_openai_server` answers every chat completion at once with a fixed or computed reply;
`faulty_openai_server` answers the same way but fails a seeded share of requests the ways real
endpoints fail (rate limits, server errors, dropped connections, stalls, broken bodies, and a 401
that echoes the caller's key back).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Literal

Reply = Callable[[list[dict[str, Any]]], str]
"""Maps the request's chat messages to the assistant's reply text."""

DEFAULT_REPLY = "I'm sorry, but I can't help with that."

Fault = Literal[
    "rate_limit",
    "server_error",
    "unavailable",
    "dropped_connection",
    "stall",
    "malformed_json",
    "truncated_body",
    "echoed_credentials",
]
FAULTS: tuple[Fault, ...] = (
    "rate_limit",
    "server_error",
    "unavailable",
    "dropped_connection",
    "stall",
    "malformed_json",
    "truncated_body",
    "echoed_credentials",
)
"""Every fault the server can inject: a 429 with Retry-After, a 500, a 503, a connection closed
without a response, a reply after `stall_seconds`, an HTTP 200 whose body is not JSON, a body cut
short of its Content-Length, and a 401 whose message quotes the request's Authorization header."""

DEFAULT_RETRY_AFTER_SECONDS = 1
DEFAULT_STALL_SECONDS = 2.0


@dataclass
class FakeServer:
    """A running fake server: its base URL, the requests it has answered and the faults it
    injected (by kind)."""

    base_url: str
    requests: list[dict[str, Any]]
    faults: Counter[str] = field(default_factory=Counter)


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
    with faulty_openai_server(reply, model, replies_by_model, fault_rate=0.0) as server:
        yield server


def server_process_script(reply: str) -> str:
    """Python source that serves `fake_openai_server(reply)` until killed and prints its base URL
    first: for benchmarks that keep the server's CPU out of the process they measure
    (`subprocess.Popen([sys.executable, "-c", script], stdout=PIPE)`, then read one line)."""
    return (
        "import time\n"
        "from evenhand.testing import fake_openai_server\n"
        f"with fake_openai_server({reply!r}) as s:\n"
        "    print(s.base_url, flush=True)\n"
        "    time.sleep(86400)\n"
    )


@contextmanager
def faulty_openai_server(
    reply: Reply | str = DEFAULT_REPLY,
    model: str = "fake-model",
    replies_by_model: dict[str, str] | None = None,
    *,
    fault_rate: float = 0.3,
    faults: Sequence[Fault] = FAULTS,
    seed: int = 0,
    stall_seconds: float = DEFAULT_STALL_SECONDS,
    retry_after_seconds: int = DEFAULT_RETRY_AFTER_SECONDS,
) -> Iterator[FakeServer]:
    """A fake server that fails `fault_rate` of chat completions with one of `faults`, chosen by a
    generator seeded with `seed` (the sequence of draws is fixed; which request meets which draw
    depends on arrival order). Successful answers are exactly `fake_openai_server`'s.

    Raises:
        ValueError: a rate outside [0, 1] or an unknown fault.
    """
    if not 0.0 <= fault_rate <= 1.0:
        raise ValueError(f"fault_rate must be between 0 and 1, got {fault_rate}")
    unknown = sorted(set(faults) - set(FAULTS))
    if unknown or not faults:
        raise ValueError(f"unknown or no faults {unknown}: choose from {', '.join(FAULTS)}")
    requests: list[dict[str, Any]] = []
    injected: Counter[str] = Counter()
    answer = _constant(reply) if isinstance(reply, str) else reply
    draws = random.Random(seed)
    lock = threading.Lock()

    def draw() -> Fault | None:
        with lock:
            if draws.random() >= fault_rate:
                return None
            fault = draws.choice(list(faults))
            injected[fault] += 1
            return fault

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._send(200, {"object": "list", "data": [{"id": model, "object": "model"}]})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send(404, {"error": {"message": f"no route {self.path}"}})
                return
            fault = draw()
            if fault is not None and self._inject(fault):
                return
            with lock:
                requests.append(body)
            requested = body.get("model", model)
            if replies_by_model and requested in replies_by_model:
                text = replies_by_model[requested]
            else:
                text = answer(body.get("messages", []))
            self._send(200, _completion(requested, text))

        def _inject(self, fault: Fault) -> bool:
            """Fail this request; False when the fault only delays the answer."""
            if fault == "rate_limit":
                limited = {"error": {"message": "rate limited", "type": "rate_limit_error"}}
                self._send(429, limited, {"Retry-After": str(retry_after_seconds)})
            elif fault == "server_error":
                self._send(500, {"error": {"message": "internal error", "type": "server_error"}})
            elif fault == "unavailable":
                self._send(503, {"error": {"message": "overloaded", "type": "server_error"}})
            elif fault == "dropped_connection":
                self.close_connection = True
                self.connection.close()
            elif fault == "stall":
                time.sleep(stall_seconds)
                return False
            elif fault == "malformed_json":
                self._send_bytes(200, b'{"id": "chatcmpl-broken", "choices": [{"mess')
            elif fault == "truncated_body":
                data = json.dumps(_completion(model, DEFAULT_REPLY)).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data[: len(data) // 2])
                self.close_connection = True
                self.connection.close()
            else:  # echoed_credentials: what careless gateways do
                key = self.headers.get("Authorization", "").removeprefix("Bearer ")
                message = f"Incorrect API key provided: {key}. Check {self.headers.get('Host')}."
                self._send(401, {"error": {"message": message, "type": "invalid_request_error"}})
            return True

        def _send(
            self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None
        ) -> None:
            self._send_bytes(status, json.dumps(payload).encode(), headers)

        def _send_bytes(
            self, status: int, data: bytes, headers: dict[str, str] | None = None
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield FakeServer(f"http://127.0.0.1:{server.server_address[1]}/v1", requests, injected)
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


ToolPolicy = Callable[[list[dict[str, Any]]], "dict[str, Any] | str"]
"""Maps the request's chat messages to the assistant's next move: reply text, or a tool call
``{"name": ..., "arguments": {...}}``."""


@contextmanager
def tool_calling_server(policy: ToolPolicy, model: str = "fake-tools") -> Iterator[FakeServer]:
    """Serve an OpenAI-compatible chat endpoint on loopback that can call tools.

    Each request is answered by `policy`: a string is an ordinary reply, a dict a single tool
    call (OpenAI's ``tool_calls`` with JSON arguments), so Inspect's real tool-calling loop runs
    the tool and sends its output back in the next request.
    """
    requests: list[dict[str, Any]] = []
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._send({"object": "list", "data": [{"id": model, "object": "model"}]})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            with lock:
                requests.append(body)
            move = policy(body.get("messages", []))
            if isinstance(move, str):
                self._send(_completion(body.get("model", model), move))
                return
            completion = _completion(body.get("model", model), "")
            call_id = f"call_{len(requests)}"
            completion["choices"][0]["message"] = {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": call_id,
                        "type": "function",
                        "function": {
                            "name": move["name"],
                            "arguments": json.dumps(move.get("arguments", {})),
                        },
                    }
                ],
            }
            completion["choices"][0]["finish_reason"] = "tool_calls"
            self._send(completion)

        def _send(self, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(200)
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


@dataclass
class S3Server:
    """A running S3-compatible server on loopback: its endpoint, and the variables through which
    boto3 and s3fs (Inspect's S3 file system) reach it with test credentials."""

    endpoint: str
    env: dict[str, str]


@contextmanager
def local_s3_server(buckets: Sequence[str] = ("audit",)) -> Iterator[S3Server]:
    """Start moto's S3 server (a test dependency) in a thread on 127.0.0.1, create `buckets`, and
    stop it on exit. Nothing in it leaves the process's memory.

    fsspec keeps one S3 file system per set of options, bound to the endpoint it first saw, so the
    cache is cleared on entry and exit: a server started later has another port.
    """
    import logging

    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # a line per request otherwise
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=_free_port(), verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    env = {
        "AWS_ENDPOINT_URL": endpoint,
        "AWS_ACCESS_KEY_ID": "evenhand-test",
        "AWS_SECRET_ACCESS_KEY": "evenhand-test-secret",
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    _clear_s3_cache()
    try:
        import boto3

        client = boto3.client(
            "s3",
            endpoint_url=endpoint,
            aws_access_key_id=env["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=env["AWS_SECRET_ACCESS_KEY"],
            region_name=env["AWS_DEFAULT_REGION"],
        )
        for bucket in buckets:
            client.create_bucket(Bucket=bucket)
        yield S3Server(endpoint, env)
    finally:
        _clear_s3_cache()
        server.stop()


def _clear_s3_cache() -> None:
    from s3fs import S3FileSystem

    S3FileSystem.clear_instance_cache()


@dataclass
class RayCluster:
    """A running local Ray cluster: the address a driver connects to and each node's process
    (`ray start --block`, the leader of its own process group)."""

    address: str
    pids: list[int]


@contextmanager
def local_ray_cluster(nodes: int = 2, cpus_per_node: int = 1) -> Iterator[RayCluster]:
    """Start a Ray cluster of `nodes` node processes on 127.0.0.1 (a head and the others joined to
    it), each offering `cpus_per_node` CPUs, with Ray's usage reporting off and its files in a
    temporary folder; wait until every node has joined; on exit stop every node by its process
    group and remove the folder.

    Raises:
        RuntimeError: Ray is not installed, or the cluster did not come up within a minute (the
            message carries the end of the nodes' output).
    """
    ray = Path(sys.executable).with_name("ray")
    if not ray.exists():
        raise RuntimeError(f"no {ray}: install Ray with pip install 'evenhand[ray]'")
    folder = Path(tempfile.mkdtemp(prefix="evenhand-ray-"))
    port = _free_port()
    address = f"127.0.0.1:{port}"
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
    common = ["--block", "--node-ip-address", "127.0.0.1", "--num-cpus", str(cpus_per_node)]
    common += ["--object-store-memory", str(100 * 1024 * 1024), "--disable-usage-stats"]
    head = [str(ray), "start", "--head", "--port", str(port), "--include-dashboard=false"]
    head += ["--temp-dir", str(folder / "ray"), *common]
    processes: list[subprocess.Popen[bytes]] = []
    output = folder / "nodes.log"
    try:
        with output.open("ab") as sink:
            processes.append(
                subprocess.Popen(head, env=env, stdout=sink, stderr=sink, start_new_session=True)
            )
            _wait_for_nodes(ray, address, 1, output, env)
            for _ in range(nodes - 1):
                worker = [str(ray), "start", "--address", address, *common]
                processes.append(
                    subprocess.Popen(
                        worker, env=env, stdout=sink, stderr=sink, start_new_session=True
                    )
                )
            _wait_for_nodes(ray, address, nodes, output, env)
        yield RayCluster(address, [p.pid for p in processes])
    finally:
        _stop_groups(processes)
        shutil.rmtree(folder, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for_nodes(ray: Path, address: str, nodes: int, output: Path, env: dict[str, str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        status = subprocess.run(
            [str(ray), "status", "--address", address], env=env, capture_output=True, text=True
        )
        active = status.stdout.split("Pending:")[0]
        if status.returncode == 0 and active.count(" node_") >= nodes:
            return
        time.sleep(0.5)
    tail = output.read_text(errors="replace")[-2000:]
    raise RuntimeError(f"the local Ray cluster did not bring up {nodes} nodes in 60 s: {tail}")


def _stop_groups(processes: list[subprocess.Popen[bytes]]) -> None:
    """Stop nodes: SIGTERM to each one's process group (its daemons), then SIGKILL to every process
    left in its session after 3 s (a node's daemons can take half a minute to stop by themselves,
    and Ray's workers lead process groups of their own inside the node's session; a test cluster
    keeps nothing worth the wait)."""
    for process in processes:
        _signal_group(process.pid, signal.SIGTERM)
    deadline = time.monotonic() + 3
    for process in processes:
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
    for process in processes:
        for pid in _session(process.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=5)


def _session(session: int) -> list[int]:
    """The processes of a session (Linux: field 6 of /proc/PID/stat, after the command's ')')."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[3]) == session:
            members.append(int(entry.name))
    return members


def _signal_group(group: int, signal_number: int) -> bool:
    """Send a signal to a process group; whether the group had any process."""
    try:
        os.killpg(group, signal_number)
    except ProcessLookupError:
        return False
    return True
