"""稳岗返还确认向导 — the employer login and confirmation wizard."""

# Kept literal (importlib.metadata costs tens of milliseconds at every start);
# tests/test_cli.py checks it equals the version in pyproject.toml.
__version__ = "0.1.0"
