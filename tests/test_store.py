"""Progress is saved atomically, restored exactly, and a damaged file never stops the program."""

from __future__ import annotations

import json
import os
from datetime import date

import pytest

from wizard.files import write_atomic
from wizard.report import shown_status, waiting_step
from wizard.store import SCHEMA_VERSION as PROFILE_SCHEMA_VERSION
from wizard.store import ProfileStore, Progress


def sample() -> Progress:
    p = Progress(answers=dict(legal_person_account="no", verification_means="none"))
    p.route_override = "R"
    p.current_page = "step:R6"
    p.set_status("R5", "done", date(2026, 11, 20))
    p.set_status("R3", "later", date(2026, 11, 19))
    p.applied_on = date(2026, 11, 20)
    return p


def test_save_and_restore_round_trip(isolated_data):
    store = ProfileStore(isolated_data)
    profile = store.new_profile()
    profile.progress = sample()
    assert store.save(profile)
    opened = ProfileStore(isolated_data).open()
    assert opened.notices == []
    assert opened.profile.id == profile.id
    assert opened.profile.progress == profile.progress
    raw = json.loads(store.path_of(profile.id).read_text(encoding="utf-8"))
    assert raw["schema_version"] == PROFILE_SCHEMA_VERSION and "updated_at" in raw["progress"]


def test_file_is_utf8_json_with_real_chinese_free_of_secrets(isolated_data):
    store = ProfileStore(isolated_data)
    profile = store.new_profile("广州市某某餐饮有限公司")
    profile.progress = sample()
    store.save(profile)
    text = store.path_of(profile.id).read_text(encoding="utf-8")
    assert "广州市某某餐饮有限公司" in text
    for word in ("password", "passwd", "sms_code", "verification_code", "captcha", "id_card"):
        assert word not in text.lower()


def test_no_field_can_hold_a_secret():
    from wizard.store.document import ProfileDocument
    from wizard.validation import json_schema

    forbidden = ("password", "passwd", "pwd", "sms", "captcha", "otp", "verification_code",
                 "verify_code", "id_card", "idcard", "id_number")

    def walk(node):
        if isinstance(node, dict):
            for name in node.get("properties", {}):
                assert not any(f in name.lower() for f in forbidden), name
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    schema = json_schema(ProfileDocument)
    assert "applied_on" in json.dumps(schema)  # the walk sees the whole saved model
    walk(schema)


def test_days_waited_and_waiting_state(content):
    p = sample()
    p.answers.update(operator_personal_account="verified", unit_hrss_account="yes",
                     authorization="not_started")
    assert p.days_waited(date(2026, 11, 26)) == 6
    assert waiting_step(content, p) == "R6"
    p.set_status("R6", "done")
    assert waiting_step(content, p) is None


def test_atomic_write_leaves_old_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "progress.json"
    write_atomic(target, "old")

    def boom(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["progress.json"]  # no temp file left


def test_save_failure_is_reported_not_raised(tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    store = ProfileStore(blocker / "data")
    assert store.save(store.new_profile()) is False
    assert store.last_error


def test_shown_status_marks_the_waiting_step_only_until_done(content):
    p = sample()  # Route R, R5 done (applied), R3 put off
    p.answers.update(operator_personal_account="verified", unit_hrss_account="yes",
                     authorization="not_started")

    def shown(step):
        return shown_status(content, p, p.plan(), step)

    assert shown("R6") == "waiting"
    assert shown("R3") == "later" and shown("R5") == "done"
    assert shown("R7") == "todo"
    p.set_status("R6", "done")
    assert shown("R6") == "done"


def test_waiting_from_the_start_when_the_interview_says_applied(content):
    p = Progress(answers=dict(legal_person_account="no", verification_means="none",
                              operator_personal_account="verified", unit_hrss_account="yes",
                              authorization="applied_waiting"))
    assert waiting_step(content, p) == "R6" and p.applied_on is None


def test_a_step_the_plan_no_longer_has_is_not_a_place_to_describe(content):
    """Switching route from a check page (S1/S2 -> route R) leaves the old step as the saved
    page for a moment: where the employer stands is then the route, not a step without a name."""
    from wizard.report.facts import whereabouts

    p = Progress(answers=dict(legal_person_account="unsure", trust_level_l2="unsure",
                              verification_means="none"))
    p.current_page = "step:S1"
    p.route_override = "R"
    where = whereabouts(content, p)
    assert where.state == "route" and where.step_id is None and where.route == "R"
