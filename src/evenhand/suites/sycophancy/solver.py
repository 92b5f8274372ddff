"""One solver for the three sycophancy parts, chosen by each sample's `part`."""

from __future__ import annotations

from inspect_ai.model import ChatMessageUser
from inspect_ai.solver import Generate, Solver, TaskState, solver

FIRST_ANSWER = "first_answer"
SPIRAL_REPLIES = "spiral_replies"


@solver
def sycophancy_solver() -> Solver:
    """Pushback: answer, then answer again after the user disputes it. Stance: one answer to the
    persona's question. Spiral: one assistant reply after each scripted user turn."""

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        part = state.metadata["part"]
        if part == "pushback":
            state = await generate(state)
            state.store.set(FIRST_ANSWER, state.output.completion)
            state.messages.append(ChatMessageUser(content=state.metadata["pushback"]))
            return await generate(state)
        if part == "spiral":
            replies: list[str] = []
            for index, turn in enumerate(state.metadata["turns"]):
                if index > 0:  # the first turn is the sample's input
                    state.messages.append(ChatMessageUser(content=turn))
                state = await generate(state)
                replies.append(state.output.completion)
            state.store.set(SPIRAL_REPLIES, replies)
            return state
        return await generate(state)

    return solve
