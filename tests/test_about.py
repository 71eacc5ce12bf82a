"""Knowing what runs (issue 17): the About window behind 帮助, F1 for the page's own help, and
--version saying the same (printed; in the windowed program a message box)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.test_content_choice import BUILT_IN
from tests.test_kiosk import make_kiosk
from tests.ui_helpers import click, make_wizard, mouse_walk
from wizard import __version__
from wizard.__main__ import main
from wizard.catalogue import catalogue
from wizard.messages import msg
from wizard.notices import notices
from wizard.selftest import SCENARIOS
from wizard.ui import diagnostics
from wizard.ui.about import Running
from wizard.ui.about_window import HELP_BUTTON, page_help_of
from wizard.ui.widgets import NoteBox, plain_text

CHECKED_ON = catalogue().checked_on


def about_text(dialog) -> str:
    return plain_text(dialog.info)


def press_f1(qtbot, wizard) -> None:
    if not wizard.isActiveWindow():  # shortcuts work in the active window
        with qtbot.waitActive(wizard):
            wizard.activateWindow()
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_F1)


def test_help_button_opens_about_with_what_support_needs(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    button = wizard.button(HELP_BUTTON)
    assert button.isVisible() and button.text() == "帮助"
    click(qtbot, button)
    dialog = wizard.help.dialog
    qtbot.waitExposed(dialog)
    text = about_text(dialog)
    assert f"程序版本：{__version__}" in text
    assert f"内容版本：{BUILT_IN}（{CHECKED_ON.year}年{CHECKED_ON.month}月{CHECKED_ON.day}日" in text
    assert "内容文件夹：程序自带" in text
    assert f"数据文件夹：{isolated_data}" in text
    assert "日志文件：" in text
    helping = dialog.findChild(NoteBox, "aboutHelp")
    assert helping.isVisible() and "12333" in plain_text(helping.text)


def test_about_lists_every_licence_notice_and_shows_its_text(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    dialog = wizard.help.open_about()
    assert dialog.licence_list is None  # read only when asked for
    click(qtbot, dialog.licences.button)
    expected = notices()
    assert dialog.licence_list.count() == len(expected) >= 5
    names = [dialog.licence_list.item(i).text() for i in range(dialog.licence_list.count())]
    assert names[0].startswith(f"wengang-wizard {__version__}")
    assert any(n.startswith("PySide6") and "LGPL" in n for n in names)
    qt_row = next(i for i, n in enumerate(names) if n.startswith("PySide6"))
    dialog.licence_list.setCurrentRow(qt_row)
    assert "_internal" in dialog.licence_text.toPlainText()  # how to replace the Qt libraries


def test_copy_puts_the_facts_on_the_clipboard(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    dialog = wizard.help.open_about()
    click(qtbot, dialog.copy_button)
    copied = QGuiApplication.clipboard().text()
    assert __version__ in copied and BUILT_IN in copied and str(isolated_data) in copied
    assert dialog.copied.text() == "已复制"


def test_about_says_when_a_content_folder_failed(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    wizard.help.running = Running(None, msg("content.fallback", folder="D:\\内容", found="2099-01",
                                            count=3, used=BUILT_IN))
    text = about_text(wizard.help.open_about())
    assert "D:\\内容" in text and "2099-01" in text


def test_f1_on_a_step_opens_its_help_there_and_again_opens_about(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    mouse_walk(qtbot, wizard, SCENARIOS["route-r"].answers, stop_at="step:R2")
    page = wizard.currentPage()
    help_box = page_help_of(page)
    assert help_box is not None and help_box.button.text() == "遇到问题？"
    assert not help_box.button.isChecked()
    press_f1(qtbot, wizard)
    assert help_box.button.isChecked() and help_box.body.isVisible()
    assert QApplication.focusWidget() is help_box.button
    assert wizard.help.dialog is None  # the page's own help first
    press_f1(qtbot, wizard)
    assert wizard.help.dialog is not None and wizard.help.dialog.isVisible()


def test_f1_on_a_question_opens_how_to_check(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    click(qtbot, wizard.button(wizard.WizardButton.NextButton))
    assert wizard.current_key().kind == "question"
    press_f1(qtbot, wizard)
    assert page_help_of(wizard.currentPage()).button.isChecked()


def test_f1_on_the_welcome_page_opens_about(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    press_f1(qtbot, wizard)
    assert wizard.help.dialog is not None and wizard.help.dialog.isVisible()


def test_the_help_button_speaks_the_language_switched_to(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    wizard.set_language("en")
    assert wizard.button(HELP_BUTTON).text() == "Help"
    wizard.set_language("zh_HK")
    assert wizard.button(HELP_BUTTON).text() == "說明"
    wizard.set_language("zh_CN")


def test_a_help_button_qwizard_makes_anew_is_named_and_opens_about(qtbot, isolated_data):
    """QWizard may replace a custom button (a closed window waiting for deletion met a language
    switch with its old button gone): the new one is worded, named and opens About too."""
    from PySide6.QtWidgets import QPushButton

    wizard = make_wizard(qtbot, isolated_data)
    wizard.setButton(HELP_BUTTON, QPushButton())  # deletes the button made at start
    wizard.set_language("en")
    button = wizard.button(HELP_BUTTON)
    assert button.text() == "Help" and button.objectName() == "helpButton"
    click(qtbot, button)
    assert wizard.help.dialog is not None and wizard.help.dialog.isVisible()
    wizard.set_language("zh_CN")


def test_kiosk_about_keeps_nothing_and_names_no_folder(qtbot):
    wizard = make_kiosk(qtbot)
    assert wizard.button(HELP_BUTTON).isVisible()
    dialog = wizard.help.open_about()
    text = about_text(dialog)
    assert "不保存任何信息" in text and "不写日志文件" in text
    assert str(Path.home()) not in text
    assert dialog.copy_button is None and dialog.folder_button is None


# --- --version --------------------------------------------------------------------------------
def test_version_prints_what_about_shows(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr("wizard.store.admin.admin_settings_path", lambda: tmp_path / "none.json")
    monkeypatch.setenv("WENGANG_LANG", "zh_CN")
    assert main(["--version", "--data-dir", str(tmp_path / "d")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"wengang-wizard {__version__}"  # tools/release.py reads this line
    text = "\n".join(out)
    assert BUILT_IN in text and str(tmp_path / "d") in text and "wizard.log" in text
    assert "12333" in text
    assert not (tmp_path / "d").exists()  # saying where is not making it


def test_version_in_the_windowed_program_is_a_message_box(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(diagnostics, "has_console", lambda: False)
    monkeypatch.setattr(diagnostics, "show_usage_box", lambda text, is_error: shown.append((text, is_error)))
    monkeypatch.setattr("wizard.store.admin.admin_settings_path", lambda: tmp_path / "none.json")
    monkeypatch.setenv("WENGANG_LANG", "zh_CN")
    assert main(["--version"]) == 0
    [(text, is_error)] = shown
    assert not is_error and text.startswith(f"wengang-wizard {__version__}") and BUILT_IN in text


@pytest.mark.parametrize("language, word", [("en", "Content edition"), ("zh_HK", "內容版本")])
def test_version_speaks_the_chosen_language(capsys, tmp_path, monkeypatch, language, word):
    monkeypatch.setattr("wizard.store.admin.admin_settings_path", lambda: tmp_path / "none.json")
    assert main(["--version", "--lang", language]) == 0
    assert word in capsys.readouterr().out
