"""PNGs of the service-centre desk, as a clerk sees it (for looking, not testing).

    uv run python tools/desk_screenshots.py OUT_DIR [WxH] [LANG]

Saves, each in a fresh temporary data folder of made-up employers (benchmarks/desk_data.py):
desk-1 (one employer: no desk, the program continues it), desk-12, desk-1000, desk-1000-waiting
(filtered: waiting more than 14 days, longest first), import-preview (a list with merges,
duplicates and warnings), import-preview-flagged (only the rows to check), import-refused
(a damaged .xlsx), export-dialog and export-dialog-mobile, and desk-welcome (the wizard's
welcome page reached from the desk). WENGANG_SHOTS_SCALE=1.5 shows the text at 150 %.
LANG is zh_CN (default), zh_HK or en. File names end in the language.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

TODAY = date(2026, 11, 23)


def main() -> None:
    import desk_data
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from wizard.app import ensure_app
    from wizard.content import load_content
    from wizard.desk.table import COLUMNS
    from wizard.flow.journey import WELCOME
    from wizard.store import ProfileStore
    from wizard.ui.desk import open_desk
    from wizard.ui.desk_dialogs import ExportChoice
    from wizard.ui.display import Display
    from wizard.ui.locale import apply_language
    from wizard.ui.session import Session
    from wizard.ui.wizard import GuideWizard

    out = Path(sys.argv[1])
    width, height = (int(v) for v in (sys.argv[2] if len(sys.argv) > 2 else "1024x600").split("x"))
    language = sys.argv[3] if len(sys.argv) > 3 else "zh_CN"
    scale = float(os.environ.get("WENGANG_SHOTS_SCALE") or 1.0)
    out.mkdir(parents=True, exist_ok=True)
    app = ensure_app()
    apply_language(app, language)
    content = load_content(None, language)
    suffix = f"{language}-{round(scale * 100)}"

    def settle() -> None:
        for _ in range(3):
            QApplication.processEvents()

    def save(widget, stem: str) -> None:
        settle()
        widget.grab().save(str(out / f"{stem}-{suffix}.png"))

    def program(n: int):
        """What the program shows first with n employers: the desk, or the wizard."""
        data = Path(tempfile.mkdtemp(prefix="wengang-desk-shots-"))
        desk_data.write_employers(data, n, TODAY)
        store = ProfileStore(data)
        opened = store.open()
        wizard = GuideWizard(Session(content, store, opened.profile, lambda: TODAY), opened.notices,
                             display=Display(scale, False))
        wizard.resize(width, height)
        desk = open_desk(wizard, opened)
        first = desk or wizard
        first.resize(width, height)
        first.show()
        return desk, wizard, data

    desk, wizard, _ = program(1)
    assert desk is None
    save(wizard, "desk-1")
    wizard.close()

    desk, wizard, data = program(12)
    save(desk, "desk-12")
    existing = list(desk.profiles.values())
    listed = desk_data.write_list(data / "名单.xlsx", 40, existing)
    dialog = desk.preview_import(listed)
    dialog.resize(width, height)
    save(dialog, "import-preview")
    dialog.only_flagged.setChecked(True)
    save(dialog, "import-preview-flagged")
    dialog.reject()
    damaged = data / "坏的名单.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + bytes(300))
    desk.preview_import(damaged)
    save(desk, "import-refused")
    choice = ExportChoice(desk.proxy.rowCount(), desk)
    choice.show()
    save(choice, "export-dialog")
    choice.mobile.setChecked(True)
    save(choice, "export-dialog-mobile")
    choice.close()
    desk.open_employer(existing[0].id)
    wizard.walk_to(WELCOME)
    save(wizard, "desk-welcome")
    wizard.close()
    desk.close()

    desk, wizard, _ = program(1000)
    save(desk, "desk-1000")
    desk.state_box.setCurrentIndex(desk.state_box.findData("waiting"))
    desk.days_box.setValue(14)
    desk.view.sortByColumn(COLUMNS.index("days"), Qt.SortOrder.DescendingOrder)
    save(desk, "desk-1000-waiting")
    desk.close()
    print(f"desk screenshots saved to {out}")


if __name__ == "__main__":
    main()
