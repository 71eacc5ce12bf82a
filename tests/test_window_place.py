"""The window comes back where it was, as big as it was, maximised if it was — and on a screen
that is still there (issue 17). Not in kiosk mode: a kiosk is always full screen."""

from __future__ import annotations

import dataclasses
import json

from PySide6.QtCore import QRect

from tests.ui_helpers import make_wizard
from wizard.store.user_settings import WindowPlace, load_user_settings, save_user_settings
from wizard.ui.window_place import on_screen, remember_place, restore_place

MAIN = (0, 0, 1920, 1040)  # available geometry: x, y, width, height (task bar excluded)
LEFT = (-1280, 0, 1280, 984)  # a second monitor left of the main one


def test_a_place_on_a_screen_stays():
    assert on_screen((100, 80, 1024, 700), [MAIN], MAIN) == (100, 80, 1024, 700)
    assert on_screen((-1200, 50, 1000, 700), [MAIN, LEFT], MAIN) == (-1200, 50, 1000, 700)


def test_a_place_on_a_monitor_that_is_gone_comes_back_to_the_main_screen():
    x, y, w, h = on_screen((-1200, 50, 1000, 700), [MAIN], MAIN)
    assert (w, h) == (1000, 700) and 0 <= x <= 1920 - w and 0 <= y <= 1040 - h


def test_a_place_half_off_the_screen_is_pulled_back_whole():
    assert on_screen((1500, 900, 1024, 700), [MAIN], MAIN) == (1920 - 1024, 1040 - 700, 1024, 700)
    assert on_screen((-300, -40, 1024, 700), [MAIN], MAIN) == (0, 0, 1024, 700)


def test_a_window_larger_than_its_screen_is_made_to_fit():
    assert on_screen((0, 0, 2500, 1400), [MAIN], MAIN) == (0, 0, 1920, 1040)
    small = (0, 0, 1024, 600)  # the smallest screen the wizard is made for
    assert on_screen((200, 100, 1024, 700), [small], small) == (0, 0, 1024, 600)


def test_the_screen_holding_most_of_the_window_keeps_it():
    x, _, w, _ = on_screen((-200, 100, 1000, 600), [MAIN, LEFT], MAIN)  # mostly on the main one
    assert (x, w) == (0, 1000)
    x, _, _, _ = on_screen((-900, 100, 1000, 600), [MAIN, LEFT], MAIN)  # mostly on the left one
    assert x == -1000


# --- remembered in the user settings ------------------------------------------------------------
def test_the_place_is_saved_with_the_other_settings(isolated_data):
    settings = load_user_settings(isolated_data)
    assert settings.window is None
    place = WindowPlace(10, 20, 1000, 650, True)
    save_user_settings(isolated_data, dataclasses.replace(settings, window=place, font_scale=1.5))
    again = load_user_settings(isolated_data)
    assert again.window == place and again.font_scale == 1.5


def test_a_damaged_place_costs_only_the_place(isolated_data):
    isolated_data.mkdir(parents=True, exist_ok=True)
    (isolated_data / "settings.json").write_text(json.dumps(
        {"schema_version": 1, "font_scale": 1.25, "language": "en",
         "window": {"x": "left", "y": 0, "width": -5, "height": 600}}), encoding="utf-8")
    settings = load_user_settings(isolated_data)
    assert settings.window is None and settings.font_scale == 1.25 and settings.language == "en"


def test_a_file_from_before_has_no_place(isolated_data):
    isolated_data.mkdir(parents=True, exist_ok=True)
    (isolated_data / "settings.json").write_text('{"schema_version": 1, "font_scale": 1.5}',
                                                 encoding="utf-8")
    assert load_user_settings(isolated_data).window is None


# --- the window --------------------------------------------------------------------------------
def available(wizard) -> QRect:
    return wizard.screen().availableGeometry()


def test_closing_remembers_the_place_and_the_next_start_restores_it(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    remember_place(wizard, isolated_data)
    screen = available(wizard)  # the offscreen platform's screen is small: stay inside it
    wanted = QRect(screen.x() + 40, screen.y() + 30, screen.width() - 90, screen.height() - 70)
    wizard.setGeometry(wanted)
    qtbot.waitUntil(lambda: wizard.geometry() == wanted)
    wizard.close()
    saved = load_user_settings(isolated_data).window
    assert (saved.width, saved.height, saved.maximized) == (wanted.width(), wanted.height(), False)

    again = make_wizard(qtbot, isolated_data)
    assert restore_place(again, load_user_settings(isolated_data).window) is False
    qtbot.waitUntil(lambda: again.geometry() == wanted)


def test_a_maximised_window_comes_back_maximised_and_unmaximises_to_its_size(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    remember_place(wizard, isolated_data)
    screen = available(wizard)
    normal = QRect(screen.x() + 20, screen.y() + 20, screen.width() - 60, screen.height() - 80)
    wizard.setGeometry(normal)
    qtbot.waitUntil(lambda: wizard.geometry() == normal)
    wizard.showMaximized()
    qtbot.waitUntil(wizard.isMaximized)
    wizard.close()
    saved = load_user_settings(isolated_data).window
    assert saved.maximized and (saved.width, saved.height) == normal.size().toTuple()

    again = make_wizard(qtbot, isolated_data)
    assert restore_place(again, saved) is True  # the caller shows it maximised
    qtbot.waitUntil(lambda: again.geometry() == normal)


def test_an_off_screen_place_is_restored_on_screen(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    screen = available(wizard)
    size = (screen.width() - 50, screen.height() - 50)
    restore_place(wizard, WindowPlace(screen.right() + 3000, screen.bottom() + 2000, *size))
    qtbot.waitUntil(lambda: wizard.geometry().size().toTuple() == size)
    assert screen.contains(wizard.frameGeometry())


def test_the_program_puts_the_window_back_where_it_was_left(tmp_path, monkeypatch):
    from tests.test_content_fallback_ui import start_and_keep_window

    monkeypatch.setattr("wizard.store.admin.admin_settings_path", lambda: tmp_path / "none.json")
    first = start_and_keep_window(monkeypatch, tmp_path)
    screen = available(first)
    wanted = QRect(screen.x() + 30, screen.y() + 40, screen.width() - 100, screen.height() - 120)
    first.setGeometry(wanted)
    first.close()
    assert load_user_settings(tmp_path / "data").window is not None
    second = start_and_keep_window(monkeypatch, tmp_path)
    try:
        assert second.geometry() == wanted
    finally:
        second.close()


def test_the_remembered_place_is_read_back_without_validation(qtbot, isolated_data, tmp_path, monkeypatch):
    """Closing writes settings.json as this program's own bytes: the next start reads them
    without pydantic (the start-up budget), like every other settings change."""
    from wizard import validation
    from wizard.store.checked import Checked

    checked = Checked(tmp_path / "cache")
    wizard = make_wizard(qtbot, isolated_data)
    remember_place(wizard, isolated_data, checked)
    wizard.close()
    validated = []
    real = validation.adapter
    monkeypatch.setattr(validation, "adapter", lambda tp: validated.append(tp) or real(tp))
    assert load_user_settings(isolated_data, Checked(tmp_path / "cache")).window is not None
    assert validated == []
