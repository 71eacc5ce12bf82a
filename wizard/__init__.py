"""稳岗返还确认向导 — the employer login and confirmation wizard."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("wengang-wizard")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
