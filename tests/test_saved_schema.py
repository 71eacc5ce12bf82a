"""Saved formats are guarded: one SCHEMA_VERSION, a committed JSON Schema snapshot per version,
and a migration from every older version (the rule is in wizard/store/document.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from wizard.report import waiting_step
from wizard.store.document import MIGRATIONS, SCHEMA_VERSION, document_from_data, upgrade

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(ROOT / "tools"))
import schemas as schema_tool  # noqa: E402  (tools/schemas.py)


def test_the_saved_models_equal_the_snapshot_of_their_version():
    """Changed a saved model? Bump SCHEMA_VERSION, add the migration, run tools/schemas.py."""
    for name, (version, schema) in schema_tool.saved_formats().items():
        path = schema_tool.snapshot_path(name, version)
        assert path.exists(), f"{path.name} missing: run tools/schemas.py"
        assert path.read_text(encoding="utf-8") == schema_tool.text(schema), (
            f"the saved {name} model changed but SCHEMA_VERSION is still {version}: bump it, add a "
            "migration from the previous version, and run tools/schemas.py")


def test_the_guard_notices_a_changed_model(monkeypatch):
    """A new question (or answer value) changes the schema without a version bump: caught."""
    version, schema = schema_tool.saved_formats()["profile"]
    changed = json.loads(json.dumps(schema))
    answers = next(v for k, v in changed["$defs"].items() if k == "AnswerValues")
    answers["properties"]["a_new_question"] = {"enum": ["yes", "no"], "type": "string"}
    assert schema_tool.text(changed) != schema_tool.snapshot_path("profile", version).read_text(
        encoding="utf-8")


def test_one_migration_per_older_version_and_a_snapshot_only_for_versions_that_exist():
    assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION))
    versions = sorted(int(p.stem.split("-v")[1]) for p in (ROOT / "schemas").glob("profile-v*.json"))
    assert versions and versions[-1] == SCHEMA_VERSION


@pytest.mark.parametrize("fixture", ["progress_v1.json", "profile_v2.json"])
def test_files_of_every_older_version_still_load(fixture, content):
    data = json.loads((FIXTURES / fixture).read_text(encoding="utf-8"))
    if "format" not in data:
        data.setdefault("schema_version", 1)
    assert upgrade(json.loads(json.dumps(data)))["schema_version"] == SCHEMA_VERSION
    document = document_from_data(data)
    progress = document.progress
    assert progress.applied_on is not None and progress.current_page == "step:R6"
    assert None not in progress.answers.values()  # unasked questions are absent now
    assert waiting_step(content, progress) == "R6"


def test_an_older_program_sees_a_newer_file_as_newer_not_damaged():
    """The reason for the bump: version 2 programs refuse `schema_version: 3` as newer."""
    from wizard.store.document import NewerFile

    data = json.loads((FIXTURES / "profile_v2.json").read_text(encoding="utf-8"))
    data["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(NewerFile):
        document_from_data(data)
