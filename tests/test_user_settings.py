"""settings.json: what this program wrote (or already checked) is read without pydantic, like
the progress files; any other bytes are validated in full and a bad file gives the defaults."""

from __future__ import annotations

import json

import pytest

from wizard import validation
from wizard.store.checked import Checked
from wizard.store.user_settings import UserSettings, load_user_settings, save_user_settings, settings_path


@pytest.fixture
def validations(monkeypatch) -> list:
    seen = []
    real = validation.validate

    def counting(tp, data):
        seen.append(tp)
        return real(tp, data)

    monkeypatch.setattr(validation, "validate", counting)
    return seen


def test_saved_settings_are_read_back_without_validation(tmp_path, validations):
    checked = Checked(tmp_path / "cache")
    wanted = UserSettings(font_scale=1.5, high_contrast=True, language="en")
    assert save_user_settings(tmp_path, wanted, checked)
    again = Checked(tmp_path / "cache")  # the next start reads the record from the cache folder
    assert load_user_settings(tmp_path, again) == wanted
    assert validations == []


def test_an_edited_file_is_validated_and_a_bad_value_gives_the_defaults(tmp_path, validations):
    checked = Checked(tmp_path / "cache")
    save_user_settings(tmp_path, UserSettings(font_scale=1.5), checked)
    path = settings_path(tmp_path)
    path.write_text(json.dumps({"font_scale": 9}), encoding="utf-8")  # by hand, out of range
    assert load_user_settings(tmp_path, checked) == UserSettings()
    assert validations == [UserSettings]


def test_a_file_validated_once_in_its_normal_form_is_trusted_after(tmp_path, validations):
    save_user_settings(tmp_path, UserSettings(language="zh_HK"))  # no record of it
    checked = Checked(tmp_path / "cache")
    assert load_user_settings(tmp_path, checked).language == "zh_HK"
    assert load_user_settings(tmp_path, checked).language == "zh_HK"
    assert validations == [UserSettings]
    # written differently (same values, other spacing): validated, never trusted by mistake
    settings_path(tmp_path).write_text('{"language": "zh_HK"}', encoding="utf-8")
    assert load_user_settings(tmp_path, checked).language == "zh_HK"
    assert load_user_settings(tmp_path, checked).language == "zh_HK"
    assert validations == [UserSettings] * 3
