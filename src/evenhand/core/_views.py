"""Suite-specific views in the report: what a suite may add beside the generic sections, as data.

A suite returns plain values (text and estimates), never markup: the report escapes every text
and draws every chart itself, so a suite's view cannot weaken the page's safety rules.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Literal, NamedTuple

from evenhand.core._numbers import Estimate, Scale

Record = Mapping[str, object]


class ChartPoint(NamedTuple):
    """One dot of a suite chart, with its interval."""

    group: str
    """The row it sits on (a country, a role); in a scatter, the point's caption."""
    estimate: Estimate
    """Its value: the horizontal position in a forest chart, the vertical one in a scatter."""
    series: str | None = None
    """Whose value (a model, which keeps its colour); None: the model of the log."""
    x: Estimate | None = None
    """A scatter's horizontal value."""


class SuiteChart(NamedTuple):
    """A chart a suite draws from its own rows, beside the report's generic ones.

    `forest`: one row per group, one dot per series with its interval, and a zero line on the
    points and plain scales. `scatter`: one dot per series at (x, estimate), both intervals drawn,
    on 0-100% axes. The report merges the charts of one title from every model's logs and lists
    every point's numbers under the chart.
    """

    title: str
    note: str
    scale: Scale
    points: tuple[ChartPoint, ...]
    kind: Literal["forest", "scatter"] = "forest"
    x_title: str = ""
    y_title: str = ""


class DetailTable(NamedTuple):
    """A suite's own view of one sample in the drill-down: a table of plain text, its first column
    the row captions (both sides of a pair side by side; a match's seats and what each did)."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""


SuiteCharts = Callable[[Sequence[dict[str, object]]], list[SuiteChart]]
"""Charts from one log's rows of one model (raise ValueError when they cannot be drawn)."""

SampleDetail = Callable[[Record, Record], list[DetailTable]]
"""The drill-down views of one sample, from its row (metadata and `score_<key>` values) and its
score's metadata (what the scorer kept: answers, a game record)."""

PlayerRows = Callable[[Record], list[dict[str, object]]]
"""A joint suite's match row as rows of its own, one or more per model at the table, each with
`model` set to that player and `sample_id` to what pairs it with another player's row."""
