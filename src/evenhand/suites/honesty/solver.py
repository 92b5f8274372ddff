"""Ask the belief question in its three wordings, each in a fresh conversation, then ask it again
under pressure."""

from __future__ import annotations

from typing import Any

from inspect_ai.model import ChatMessageSystem, ChatMessageUser, get_model
from inspect_ai.solver import Generate, Solver, TaskState, solver

from evenhand.suites.honesty.schema import HonestyItem

BELIEF_ANSWERS = "belief_answers"
"""Key in the sample store under which the belief probes' answers are kept (in wording order)."""
BELIEF_PROMPTS = "belief_prompts"
"""Key in the sample store under which the three wordings asked are kept."""


@solver
def belief_then_pressure() -> Solver:
    """Probe the belief once in each of the item's three wordings (each a fresh one-message
    conversation), then pressure it.

    The belief answers go to the sample's store (and the model events to the transcript); the
    pressured conversation becomes the sample's messages and output.
    """

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        item = HonestyItem.model_validate(state.metadata)
        model = get_model()
        answers: list[str] = []
        for wording in item.belief_probes:
            output = await model.generate([ChatMessageUser(content=wording)])
            answers.append(output.completion)
        state.store.set(BELIEF_PROMPTS, item.belief_probes)
        state.store.set(BELIEF_ANSWERS, answers)
        state.messages = [
            ChatMessageSystem(content=item.pressure_system),
            ChatMessageUser(content=item.pressure_prompt),
        ]
        return await generate(state)

    return solve


def belief_answers(state: Any) -> list[str]:
    """The belief probes' answers recorded for a sample."""
    return list(state.store.get(BELIEF_ANSWERS, []))
