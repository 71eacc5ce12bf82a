"""Progress and its storage: one file per employer profile, settings, the admin file. No Qt."""

from wizard.store.document import SCHEMA_VERSION, ProfileMeta
from wizard.store.profiles import ImportRefused, ImportResult, Opened, Profile, ProfileStore
from wizard.store.progress import EmployerDetails, Progress, StepRecord

__all__ = ["SCHEMA_VERSION", "EmployerDetails", "ImportRefused", "ImportResult", "Opened",
           "Profile", "ProfileMeta", "ProfileStore", "Progress", "StepRecord"]
