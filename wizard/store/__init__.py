"""Progress models and their storage. No Qt here."""

from wizard.store.progress import SCHEMA_VERSION, Progress, StepRecord
from wizard.store.store import Loaded, ProgressStore

__all__ = ["SCHEMA_VERSION", "Loaded", "Progress", "ProgressStore", "StepRecord"]
