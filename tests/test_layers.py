"""The package's layers import one way, and private modules are private to their package.

Layers, top to bottom (a layer may import the ones below it, never above; `|` marks siblings
that must not import each other):

    cli
    runner | report | bundle
    suites | analysis | gate
    judging | logs
    stats
    model
    core

So a suite never reaches the analysis (its summaries use `stats`), the analysis, the gate, the
report and the bundle never import a suite (they are handed a `SuiteLookup`), and `core` imports
nothing of evenhand's.
"""

from __future__ import annotations

from typing import Any

import grimp
import pytest

LAYERS = (
    grimp.Layer("evenhand.cli"),
    grimp.Layer("evenhand.runner", "evenhand.report", "evenhand.bundle", independent=True),
    grimp.Layer("evenhand.suites", "evenhand.analysis", "evenhand.gate", independent=True),
    grimp.Layer("evenhand.judging", "evenhand.logs", independent=True),
    grimp.Layer("evenhand.stats"),
    grimp.Layer("evenhand.model"),
    grimp.Layer("evenhand.core"),
)


@pytest.fixture(scope="module")
def graph() -> Any:
    return grimp.build_graph("evenhand")


def illegal(graph: Any) -> set[Any]:
    return set(graph.find_illegal_dependencies_for_layers(layers=LAYERS))


def test_layers_import_one_way(graph: Any) -> None:
    found = illegal(graph)
    assert not found, [f"{d.importer} -> {d.imported}" for d in found]


def test_a_reintroduced_cycle_breaks_the_layering(graph: Any) -> None:
    graph.add_import(importer="evenhand.analysis._compare", imported="evenhand.suites._catalog")
    try:
        assert {(d.importer, d.imported) for d in illegal(graph)} == {
            ("evenhand.analysis", "evenhand.suites")
        }
    finally:
        graph.remove_import(
            importer="evenhand.analysis._compare", imported="evenhand.suites._catalog"
        )
    assert not illegal(graph)


def test_report_bundle_gate_and_analysis_import_no_suite(graph: Any) -> None:
    for package in ("evenhand.report", "evenhand.bundle", "evenhand.gate", "evenhand.analysis"):
        chain = graph.find_shortest_chain(
            importer=package, imported="evenhand.suites", as_packages=True
        )
        assert chain is None, chain


def test_private_modules_are_imported_only_inside_their_package(graph: Any) -> None:
    offenders = []
    for module in graph.modules:
        parts = module.split(".")
        if not parts[-1].startswith("_") or parts[-1] in ("__init__", "__main__", "_registry"):
            continue
        package = ".".join(parts[:-1])
        for importer in graph.find_modules_that_directly_import(module):
            if not (importer == package or importer.startswith(package + ".")):
                offenders.append(f"{importer} -> {module}")
    assert not offenders, offenders
