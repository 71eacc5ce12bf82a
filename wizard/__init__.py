"""稳岗返还确认向导 — the employer login and confirmation wizard."""

import os

# The program uses no pydantic plugins; looking for them scans every installed package's
# metadata (about 30 ms of each start).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

# Kept literal (importlib.metadata costs tens of milliseconds at every start);
# tests/test_cli.py checks it equals the version in pyproject.toml.
__version__ = "0.1.0"
