"""Apply a confirmed list preview (wizard.desk.lists_in) to the profiles. No Qt.

New employers become profiles; a merge fills only what the existing employer has empty — its
统一社会信用代码 (when neither the profile nor its details hold one), the operator's name and
mobile (in the employer details), the note — and never renames or overwrites anything. Each
profile is its own file, written on its own: one that cannot be written touches no other.
A merge or a creation is not a visit: "last updated" stays as it was for merged employers.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from wizard.desk.lists_in import MergeInto, NewEmployer, Preview
from wizard.store.names import name_key, unique_name
from wizard.store.profiles import Profile, ProfileStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Applied:
    created: tuple[Profile, ...]
    merged: tuple[Profile, ...]  # existing employers that gained something
    unchanged: int  # merges that brought nothing the employer did not have
    not_written: int  # profiles the data folder refused (nothing else changed for them)
    read_only: int  # merges into a file from a newer program: left alone


def _created(store: ProfileStore, new: NewEmployer, taken: set[str],
             names: list[str]) -> Profile:
    name = new.name
    if name_key(name) in taken:  # the preview rules this out; never two of one name all the same
        name = unique_name(name, names)
    profile = store.new_profile(name, new.uscc, new.note)
    profile.progress.employer.operator_name = new.operator_name
    profile.progress.employer.operator_mobile = new.operator_mobile
    taken.add(name_key(profile.name))
    names.append(profile.name)
    return profile


def fill_blanks(profile: Profile, merge: MergeInto) -> bool:
    """Fill what the profile has empty from the merge; True if anything changed."""
    meta, employer = profile.meta, profile.progress.employer
    changed = False
    if merge.uscc and not meta.uscc and not employer.uscc:
        meta.uscc, changed = merge.uscc, True
    if merge.note and not meta.note:
        meta.note, changed = merge.note, True
    for field in ("operator_name", "operator_mobile"):
        value = getattr(merge, field)
        if value and not getattr(employer, field):
            setattr(employer, field, value)
            changed = True
    return changed


def apply_preview(store: ProfileStore, preview: Preview, profiles: Mapping[str, Profile]) -> Applied:
    """Write what the preview said. `profiles`: the employers the preview was made against,
    by id — the very objects in use (the open employer's included), so that its next save
    keeps what the merge filled in."""
    created: list[Profile] = []
    merged: list[Profile] = []
    unchanged = not_written = read_only = 0
    names = [p.name for p in profiles.values()]
    taken = {name_key(n) for n in names}
    for new in preview.new:
        profile = _created(store, new, taken, names)
        if store.save(profile, touch=False):
            created.append(profile)
        else:
            not_written += 1
    for merge in preview.merges:
        profile = profiles.get(merge.existing_id)
        if profile is None:
            log.warning("a merge names a profile that is gone: %s", merge.existing_id)
            not_written += 1
            continue
        if profile.read_only:
            read_only += 1
            continue
        before = (profile.meta.uscc, profile.meta.note, profile.progress.employer.operator_name,
                  profile.progress.employer.operator_mobile)
        if not fill_blanks(profile, merge):
            unchanged += 1
        elif store.save(profile, touch=False):
            merged.append(profile)
        else:  # as it was: what is in memory stays what is on disk
            (profile.meta.uscc, profile.meta.note, profile.progress.employer.operator_name,
             profile.progress.employer.operator_mobile) = before
            not_written += 1
    return Applied(tuple(created), tuple(merged), unchanged, not_written, read_only)
