"""The `evenhand` command line."""

from evenhand.cli._main import cli, main

__all__ = ["cli", "main"]
