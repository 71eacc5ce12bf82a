"""The employer's optional details: pure checks of the codes a user types. No Qt here."""

from wizard.details.codes import (
    Check,
    check_management_code,
    check_mobile,
    check_org_code,
    check_uscc,
    is_valid_uscc,
    normalise_code,
    normalise_digits,
    org_check_char,
)
from wizard.details.search import SEARCH_ORDER, search_codes

__all__ = [
    "SEARCH_ORDER",
    "Check",
    "check_management_code",
    "check_mobile",
    "check_org_code",
    "check_uscc",
    "is_valid_uscc",
    "normalise_code",
    "normalise_digits",
    "org_check_char",
    "search_codes",
]
