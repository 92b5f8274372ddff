"""Dot-and-whisker charts as inline SVG: one row per group, one dot per model with its 95% interval.

Every text in a chart is escaped; charts use presentation attributes only (no style attributes or
scripts), so the page's Content-Security-Policy needs no exception for them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from markupsafe import Markup, escape

from evenhand.core import Estimate, Scale, describe

PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
    "#7f7f7f", "#bcbd22", "#393b79", "#ad494a", "#637939", "#7b4173", "#8c6d31", "#3182bd",
    "#e6550d", "#31a354", "#756bb1", "#636363",
)  # fmt: skip
"""Twenty distinguishable colours; a model keeps its colour in every chart of a report."""

WIDTH = 760
LABEL_WIDTH = 230
RIGHT_MARGIN = 20
TOP = 26
DOT_GAP = 7
GROUP_GAP = 10


def colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def forest(
    title: str,
    groups: Sequence[tuple[str, Sequence[tuple[int, str, Estimate]]]],
    scale: Scale,
) -> Markup:
    """A chart of estimates: `groups` is [(group label, [(model index, model name, estimate)])].

    Rates run from 0 to 100%; differences get a zero line and a symmetric axis around it.
    """
    if not any(points for _, points in groups):
        return Markup("")
    low, high = _domain(groups, scale)
    plot = WIDTH - LABEL_WIDTH - RIGHT_MARGIN

    def x(value: float) -> float:
        clipped = min(max(value, low), high)
        return LABEL_WIDTH + (clipped - low) / (high - low) * plot

    parts: list[str] = []
    y = TOP
    for label, points in groups:
        height = max(len(points), 1) * DOT_GAP + GROUP_GAP
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + height / 2:.1f}" text-anchor="end" '
            f'dominant-baseline="middle" class="group">{escape(_short(label))}</text>'
        )
        for offset, (index, model, estimate) in enumerate(points):
            cy = y + GROUP_GAP / 2 + offset * DOT_GAP + DOT_GAP / 2
            tip = escape(f"{model}, {label}: {describe(estimate, scale)}")
            parts.append(
                f'<g><title>{tip}</title><line x1="{x(estimate.low):.1f}" '
                f'x2="{x(estimate.high):.1f}" y1="{cy:.1f}" y2="{cy:.1f}" stroke="{colour(index)}" '
                f'stroke-width="1.5"/><circle cx="{x(estimate.value):.1f}" cy="{cy:.1f}" r="3" '
                f'fill="{colour(index)}"/></g>'
            )
        parts.append(
            f'<line x1="{LABEL_WIDTH}" x2="{WIDTH - RIGHT_MARGIN}" y1="{y + height:.1f}" '
            f'y2="{y + height:.1f}" stroke="#e3e3e3"/>'
        )
        y += height
    axis = [
        f'<line x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="{TOP - 4}" y2="{y}" '
        f'stroke="{"#555" if tick == 0 and scale != "percent" else "#d0d0d0"}"/>'
        f'<text x="{x(tick):.1f}" y="{TOP - 8}" text-anchor="middle" class="tick">'
        f"{escape(_tick(tick, scale))}</text>"
        for tick in _ticks(low, high)
    ]
    total = y + 8
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {total}" width="{WIDTH}" '
        f'height="{total}" role="img" aria-label="{escape(title)}" class="chart">'
        + "".join(axis)
        + "".join(parts)
        + "</svg>"
    )


def _domain(
    groups: Sequence[tuple[str, Sequence[tuple[int, str, Estimate]]]], scale: Scale
) -> tuple[float, float]:
    if scale == "percent":
        return 0.0, 1.0
    values = [
        abs(v)
        for _, points in groups
        for _, _, e in points
        for v in (e.value, e.low, e.high)
        if not math.isinf(v) and not math.isnan(v)
    ]
    reach = max(values, default=1.0) or 1.0
    reach = min(reach * 1.05, 2.0 if scale == "plain" else 1.0)
    return -reach, reach


def _ticks(low: float, high: float) -> list[float]:
    if low == 0.0 and high == 1.0:
        return [0.0, 0.25, 0.5, 0.75, 1.0]
    step = high / 2
    return [low, -step, 0.0, step, high]


def _tick(value: float, scale: Scale) -> str:
    if scale == "percent":
        return f"{value * 100:.0f}%"
    if scale == "points":
        return f"{value * 100:+.0f}" if value else "0"
    return f"{value:+.2f}" if value else "0"


def _short(text: str, limit: int = 38) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


SCATTER_SIZE = 360
SCATTER_MARGIN = 46


def scatter(
    title: str,
    points: Sequence[tuple[int, str, Estimate, Estimate]],
    x_title: str,
    y_title: str,
) -> Markup:
    """Estimates against estimates on 0-100% axes: `points` is [(model index, caption, x, y)];
    each dot carries both 95% intervals as a cross of whiskers."""
    if not points:
        return Markup("")
    size, margin = SCATTER_SIZE, SCATTER_MARGIN
    width, height = size + margin + 20, size + margin + 20

    def x(value: float) -> float:
        return margin + min(max(value, 0.0), 1.0) * size

    def y(value: float) -> float:
        return 10 + (1.0 - min(max(value, 0.0), 1.0)) * size

    parts: list[str] = []
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        parts.append(
            f'<line x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="{y(0):.1f}" y2="{y(1):.1f}" '
            f'stroke="#e3e3e3"/><line x1="{x(0):.1f}" x2="{x(1):.1f}" y1="{y(tick):.1f}" '
            f'y2="{y(tick):.1f}" stroke="#e3e3e3"/>'
            f'<text x="{x(tick):.1f}" y="{y(0) + 14:.1f}" text-anchor="middle" class="tick">'
            f"{tick * 100:.0f}%</text>"
            f'<text x="{margin - 6}" y="{y(tick):.1f}" text-anchor="end" '
            f'dominant-baseline="middle" class="tick">{tick * 100:.0f}%</text>'
        )
    parts.append(
        f'<text x="{x(0.5):.1f}" y="{height - 4}" text-anchor="middle" class="group">'
        f"{escape(_short(x_title, 70))}</text>"
        f'<text x="12" y="{y(0.5):.1f}" text-anchor="middle" class="group" '
        f'transform="rotate(-90 12 {y(0.5):.1f})">{escape(_short(y_title, 60))}</text>'
    )
    for index, caption, ex, ey in points:
        tip = escape(
            f"{caption}: {x_title} {describe(ex, 'percent')}; {y_title} {describe(ey, 'percent')}"
        )
        c = colour(index)
        parts.append(
            f"<g><title>{tip}</title>"
            f'<line x1="{x(ex.low):.1f}" x2="{x(ex.high):.1f}" y1="{y(ey.value):.1f}" '
            f'y2="{y(ey.value):.1f}" stroke="{c}" stroke-width="1.5"/>'
            f'<line x1="{x(ex.value):.1f}" x2="{x(ex.value):.1f}" y1="{y(ey.low):.1f}" '
            f'y2="{y(ey.high):.1f}" stroke="{c}" stroke-width="1.5"/>'
            f'<circle cx="{x(ex.value):.1f}" cy="{y(ey.value):.1f}" r="4" fill="{c}"/></g>'
        )
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}" '
        f'class="chart">' + "".join(parts) + "</svg>"
    )
