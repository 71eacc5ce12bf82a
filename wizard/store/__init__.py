"""Progress models and their storage. No Qt here."""

from wizard.store.progress import SCHEMA_VERSION, EmployerDetails, Progress, StepRecord
from wizard.store.store import Loaded, ProgressStore

__all__ = ["SCHEMA_VERSION", "EmployerDetails", "Loaded", "Progress", "ProgressStore", "StepRecord"]
