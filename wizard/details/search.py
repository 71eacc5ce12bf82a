"""Which of the unit's codes to search by (a step with the search_codes feature)."""

from __future__ import annotations

from typing import Literal

from wizard.store.progress import EmployerDetails

CodeKind = Literal["uscc", "org_code", "management_code"]

# The portal finds a unit by any of the three; the USCC is on every current business licence,
# so it comes first, then the old organisation code, then the agency's management code.
SEARCH_ORDER: tuple[CodeKind, ...] = ("uscc", "org_code", "management_code")


def search_codes(employer: EmployerDetails) -> list[tuple[CodeKind, str]]:
    """The codes the user entered, best to search by first."""
    return [(kind, value) for kind in SEARCH_ORDER if (value := getattr(employer, kind))]
