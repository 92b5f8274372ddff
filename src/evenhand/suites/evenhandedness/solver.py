"""Both sides of a pair from the same model, each in a fresh conversation."""

from __future__ import annotations

from inspect_ai.model import ChatMessageUser
from inspect_ai.solver import Generate, Solver, TaskState, solver

ANSWER_A = "answer_a"


@solver
def pair_solver() -> Solver:
    """Answer side A's request, keep it, then answer side B's alone (A's exchange is not shown to
    B); the sample's final output is side B's answer, side A's is in the store."""

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        state = await generate(state)
        state.store.set(ANSWER_A, state.output.completion)
        state.messages = [ChatMessageUser(content=state.metadata["prompt_b"])]
        return await generate(state)

    return solve
