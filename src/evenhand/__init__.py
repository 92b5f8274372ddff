"""evenhand: an open, even-handed evaluator of AI models across jurisdictions and languages."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("evenhand")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
