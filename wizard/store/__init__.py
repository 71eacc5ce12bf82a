"""Progress models and their storage: one file per employer profile. No Qt here."""

from wizard.store.profiles import (
    ImportRefused,
    ImportResult,
    Opened,
    Profile,
    ProfileMeta,
    ProfileStore,
)
from wizard.store.progress import SCHEMA_VERSION, EmployerDetails, Progress, StepRecord

__all__ = ["SCHEMA_VERSION", "EmployerDetails", "ImportRefused", "ImportResult", "Opened",
           "Profile", "ProfileMeta", "ProfileStore", "Progress", "StepRecord"]
