"""Save a PNG of every page along a route, as a user would see it (for looking, not testing).

    WENGANG_SHOTS_BOTTOM=1 also saves long pages scrolled to the end (<name>-bottom.png).
    WENGANG_SHOTS_SCALE=1.5 shows the text at 150 % (1.0–2.0); WENGANG_SHOTS_CONTRAST=1 in
    high contrast; WENGANG_SHOTS_KIOSK=1 in kiosk mode (links as QR codes, no browser), and
    also saves the idle countdown dialog. WENGANG_SHOTS_EXTRA=1 also saves the About window
    (帮助, with the licences open), the first step's F1 help and its Next prompt, and the side
    panel one step on with the first step (left for later) focused as a link. The settings are
    added to the file names.
    uv run python tools/screenshots.py OUT_DIR [route-s|route-s-init|route-r|route-r-wait] [WxH] [LANG]

LANG is zh_CN (default), zh_HK or en; $WENGANG_LANG works too. File names end in the language.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wizard.catalogue import catalogue
from wizard.content import load_content
from wizard.flow.journey import SUMMARY
from wizard.selftest import SCENARIOS
from wizard.store import ProfileStore
from wizard.ui.autopilot import answer_page, click_next
from wizard.ui.display import Display
from wizard.ui.locale import LANGUAGE_ENV, apply_language
from wizard.ui.qapp import ensure_app
from wizard.ui.session import Session
from wizard.ui.wizard import GuideWizard


class Extras:
    """The windows and states a walk does not show by itself (WENGANG_SHOTS_EXTRA=1)."""

    def __init__(self, out: Path, name: str, lang: str):
        self.out, self.name, self.lang = out, name, lang
        self.done: set[str] = set()

    def save(self, widget, what: str) -> None:
        widget.grab().save(str(self.out / f"{self.name}-{what}-{self.lang}.png"))

    def shoot(self, app, wizard, key) -> None:
        if key.kind == "welcome" and "about" not in self.done:
            self.done.add("about")
            dialog = wizard.help.open_about()
            app.processEvents()
            self.save(dialog, "about")
            dialog.licences.button.click()
            dialog.resize(dialog.width(), min(wizard.height() - 40, dialog.sizeHint().height()))
            for _ in range(3):  # the opened list's layout, then the scroll to it
                app.processEvents()
            self.save(dialog, "about-licences")
            dialog.close()
        elif key.kind == "step" and "step" not in self.done:
            self.done.add("step")
            self.step(app, wizard)

    def step(self, app, wizard) -> None:
        """On the first step: its F1 help; Next pressed without the tick (the question); then
        稍后再做 in the question, and the side panel one step on with the row left for later
        focused. The walk then goes on from the first step, as if none of this had happened."""
        from PySide6.QtWidgets import QWizard

        from wizard.ui.about_window import page_help_of

        here = wizard.current_key()
        wizard.activateWindow()  # focus rings show only in the active window
        app.processEvents()
        page = wizard.currentPage()
        wizard.help.page_help()  # F1
        app.processEvents()
        self.save(wizard, "f1-help")
        page_help_of(page).button.setChecked(False)
        page.scroll.verticalScrollBar().setValue(0)
        wizard.button(QWizard.WizardButton.NextButton).click()  # without the tick: it asks
        app.processEvents()
        self.save(wizard, "next-prompt")
        page.next_prompt.later_button.click()
        app.processEvents()
        wizard.side.rows[here.id].setFocus()  # the row left for later: a link, one click away
        app.processEvents()
        self.save(wizard, "side-links")
        wizard.walk_to(here)
        app.processEvents()


def main() -> None:
    out = Path(sys.argv[1])
    name = sys.argv[2] if len(sys.argv) > 2 else "route-s"
    width, height = (int(v) for v in (sys.argv[3] if len(sys.argv) > 3 else "1024x600").split("x"))
    out.mkdir(parents=True, exist_ok=True)
    app = ensure_app()
    lang = catalogue().normalize_language(sys.argv[4] if len(sys.argv) > 4
                                          else os.environ.get(LANGUAGE_ENV)) or "zh_CN"
    apply_language(app, lang)
    scenario = SCENARIOS[name]
    scale = float(os.environ.get("WENGANG_SHOTS_SCALE") or 1.0)
    contrast = bool(os.environ.get("WENGANG_SHOTS_CONTRAST"))
    kiosk = bool(os.environ.get("WENGANG_SHOTS_KIOSK"))
    lang += f"-{round(scale * 100)}" + ("-hc" if contrast else "") + ("-kiosk" if kiosk else "")
    if kiosk:
        from wizard.store.admin import AdminSettings
        from wizard.ui.kiosk import start_kiosk

        settings = AdminSettings(kiosk=True, font_scale=scale, high_contrast=contrast)
        wizard = start_kiosk(load_content(None, lang.split("-")[0]), settings, lang.split("-")[0])
    else:
        store = ProfileStore(Path(tempfile.mkdtemp()))
        session = Session(load_content(None, lang.split("-")[0]), store, store.open().profile)
        wizard = GuideWizard(session, display=Display(scale, contrast))
    wizard.resize(width, height)
    wizard.show()
    extra = Extras(out, name, lang) if os.environ.get("WENGANG_SHOTS_EXTRA") else None
    n = 0
    while True:
        app.processEvents()
        key = wizard.current_key()
        n += 1
        stem = f"{name}-{n:02d}-{key.replace(':', '_')}-{lang}"
        wizard.grab().save(str(out / f"{stem}.png"))
        bar = wizard.currentPage().scroll.verticalScrollBar()
        if os.environ.get("WENGANG_SHOTS_BOTTOM") and bar.maximum() > 0:
            bar.setValue(bar.maximum())  # the rest of a long page, as a user scrolls to it
            app.processEvents()
            wizard.grab().save(str(out / f"{stem}-bottom.png"))
            bar.setValue(0)
        if extra is not None:
            extra.shoot(app, wizard, key)
        if key == SUMMARY:
            if kiosk:
                wizard.kiosk.ask_still_there()
                app.processEvents()
                dialog = wizard.kiosk.countdown
                dialog.tick.stop()
                dialog.expire.stop()
                dialog.adjustSize()
                dialog.grab().save(str(out / f"{name}-countdown-{lang}.png"))
            break
        answer_page(wizard, scenario.answers, scenario.route)
        click_next(wizard)
    print(f"{n} pages saved to {out}")


if __name__ == "__main__":
    main()
