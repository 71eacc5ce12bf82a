"""A content folder that fails the check at start: the program runs on its own content and tells
the staff — on the welcome page (desktop) or the staff exit screen (kiosk) — never a half-built
wizard (issue 17)."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication, QLabel

from tests.test_content_choice import BUILT_IN, centre_copy
from tests.test_kiosk import staff_keys
from wizard.content import load_content
from wizard.messages import msg
from wizard.store.admin import AdminSettings
from wizard.ui.kiosk import start_kiosk
from wizard.ui.widgets import plain_text
from wizard.ui.wizard import GuideWizard


def admin_file(tmp_path, monkeypatch, **keys):
    path = tmp_path / "admin.json"
    path.write_text(json.dumps(keys, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr("wizard.store.admin.admin_settings_path", lambda: path)


def start_and_keep_window(monkeypatch, tmp_path, **run_args) -> GuideWizard:
    from wizard import app

    monkeypatch.setenv(app.FIRST_PAINT_ENV, "1")  # quit after the first painted page
    monkeypatch.setenv("WENGANG_LANG", "zh_CN")
    before = set(QApplication.topLevelWidgets())  # another test's window may still be open
    assert app.run(data_dir=str(tmp_path / "data"), **run_args) == 0
    [wizard] = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, GuideWizard) and w.isVisible() and w not in before]
    return wizard


def visible_text(widget) -> str:
    return "\n".join(plain_text(w) for w in widget.findChildren(QLabel) if w.isVisible())


def test_admin_content_dir_that_fails_runs_the_built_in_content_and_says_so(tmp_path, monkeypatch):
    broken = centre_copy(tmp_path, "2099-01", broken=True)
    admin_file(tmp_path, monkeypatch, content_dir=str(broken))
    wizard = start_and_keep_window(monkeypatch, tmp_path)
    try:
        assert wizard.session.content.edition == BUILT_IN
        shown = visible_text(wizard.currentPage())
        assert "2099-01" in shown and BUILT_IN in shown and str(broken) in shown
        assert wizard.set_language("en")  # the other languages come from the same, good root
        assert wizard.session.content.edition == BUILT_IN and wizard.session.content.language == "en"
    finally:
        wizard.close()


def test_admin_content_dir_that_passes_is_used(tmp_path, monkeypatch):
    good = centre_copy(tmp_path, "2099-02")
    admin_file(tmp_path, monkeypatch, content_dir=str(good))
    wizard = start_and_keep_window(monkeypatch, tmp_path)
    try:
        assert wizard.session.content.edition == "2099-02"
        assert "2099" not in visible_text(wizard.currentPage())  # no notice
        assert wizard.set_language("zh_HK") and wizard.session.content.edition == "2099-02"
    finally:
        wizard.close()


def test_command_line_content_wins_over_the_admin_file(tmp_path, monkeypatch):
    admin_file(tmp_path, monkeypatch, content_dir=str(centre_copy(tmp_path, "2099-03", broken=True)))
    own = centre_copy(tmp_path, "2099-04")
    wizard = start_and_keep_window(monkeypatch, tmp_path, content_folder=str(own))
    try:
        assert wizard.session.content.edition == "2099-04"
    finally:
        wizard.close()


def test_a_kiosk_starts_on_the_built_in_content_and_tells_staff_when_they_exit(
        qtbot, tmp_path, monkeypatch):
    from wizard import app

    broken = centre_copy(tmp_path, "2099-01", broken=True)
    admin_file(tmp_path, monkeypatch, kiosk=True, content_dir=str(broken))
    started = []
    monkeypatch.setattr(app, "run_kiosk", lambda *a, **k: started.append((a, k)) or 0)
    monkeypatch.setenv("WENGANG_LANG", "zh_CN")
    assert app.run(data_dir=str(tmp_path / "data")) == 0
    [(args, kwargs)] = started
    assert args[1].edition == BUILT_IN
    [notice] = kwargs["staff_notices"]
    assert notice.param("found") == "2099-01"

    wizard = start_kiosk(load_content(), AdminSettings(kiosk=True), "zh_CN",
                         staff_notices=[notice])
    qtbot.addWidget(wizard, before_close_func=lambda w: setattr(w.kiosk, "may_close", True))
    wizard.show()
    qtbot.waitExposed(wizard)
    assert "2099-01" not in visible_text(wizard)  # visitors are not shown it
    staff_keys(qtbot, wizard)
    shown = visible_text(wizard.kiosk.staff_dialog)
    assert "2099-01" in shown and BUILT_IN in shown and str(broken) in shown


def test_the_staff_notice_names_the_folder_even_without_an_edition(qtbot):
    from wizard.ui.words import say

    text = say(msg("content.fallback_no_edition", folder="D:\\内容\\zh_CN", count=1, used=BUILT_IN))
    assert "D:\\内容\\zh_CN" in text and BUILT_IN in text
