"""The robustness solver: one generation for a wrapped request; for a hijack scenario the
simulated tools and Inspect's tool loop, unless the model's provider cannot call tools."""

from __future__ import annotations

from inspect_ai.model import ChatMessageSystem, get_model
from inspect_ai.solver import Generate, Solver, TaskState, solver
from inspect_ai.util import store

from evenhand.suites.robustness.hijack import HIJACK, hijack_tools, load_tool_outputs
from evenhand.suites.robustness.prompts import HIJACK_SYSTEM
from evenhand.suites.robustness.scorer import TOOLS_AVAILABLE

HIJACK_ROUNDS = 8
"""Most model turns in a hijack scenario (each may call tools): enough to read three sources and
send, short enough that a model calling tools forever cannot stall the run."""
HIJACK_MAX_TOKENS = 256
"""Answer cap per turn of a hijack scenario, whatever the sample's cap: a tool call must fit."""


def calls_tools() -> bool:
    """Whether the model under evaluation can call tools: a provider that cannot (evenhand's
    in-process `local/...` models) says so with a `calls_tools = False` attribute."""
    return bool(getattr(get_model().api, "calls_tools", True))


@solver
def robustness_solver() -> Solver:
    """Generate once for a wrapped request; run a hijack scenario's tool loop."""

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        if state.metadata.get("part") != HIJACK:
            return await generate(state)
        if not calls_tools():
            store().set(TOOLS_AVAILABLE, False)
            return state
        load_tool_outputs(state.metadata)
        state.messages.insert(0, ChatMessageSystem(content=HIJACK_SYSTEM))
        state.tools = hijack_tools()
        for _ in range(HIJACK_ROUNDS):
            state = await generate(state, tool_calls="single", max_tokens=HIJACK_MAX_TOKENS)
            if not state.output.message.tool_calls or state.completed:
                break
        return state

    return solve
