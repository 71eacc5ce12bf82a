"""Save a PNG of every page along a route, as a user would see it (for looking, not testing).

    WENGANG_SHOTS_BOTTOM=1 also saves long pages scrolled to the end (<name>-bottom.png).
    WENGANG_SHOTS_SCALE=1.5 shows the text at 150 % (1.0–2.0); WENGANG_SHOTS_CONTRAST=1 in
    high contrast; WENGANG_SHOTS_KIOSK=1 in kiosk mode (links as QR codes, no browser), and
    also saves the idle countdown dialog. The settings are added to the file names.
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
