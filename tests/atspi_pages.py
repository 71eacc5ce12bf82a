"""Put the real program (`python -m wizard`) on a given page, on the private AT-SPI desktop.

The progress is prepared first, offscreen in this process, by clicking through the wizard
(wizard/ui/autopilot.py) on a data folder; the real program then opens that folder and is
resumed with 继续上次的进度 pressed through AT-SPI, as a screen reader's user presses it.

    uv run python -m tests.atspi_pages OUT_DIR [LANG]   writes OUT_DIR/<page>-<LANG>.txt (the
        focus on arrival, the order real Tab presses follow, the tree as Orca gets it), .json, .png
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from tests.atspi_harness import App, Desktop, DesktopError, find, focused, outline

# Every page kind: (name, scenario, page key to stop at)
PAGE_KINDS = [
    ("welcome", None, "welcome"),
    ("question", "route-s", "q:legal_person_account"),
    ("route", "route-s", "route"),
    ("details", "route-s", "details"),
    ("step-S3", "route-s-init", "step:S3"),
    ("step-R6-waiting", "route-r-wait", "step:R6"),
    ("summary", "route-s-init", "summary"),
]
RESUME = {"zh_CN": "继续上次的进度", "zh_HK": "繼續上次的進度", "en": "Carry on where I left off"}


def prepare(data_dir: Path, scenario: str | None, stop_at: str) -> None:
    """Click through the wizard offscreen until `stop_at`; the progress is saved as it goes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from wizard.app import ensure_app
    from wizard.content import load_content
    from wizard.selftest import SCENARIOS
    from wizard.store import ProfileStore
    from wizard.ui.autopilot import drive
    from wizard.ui.session import Session
    from wizard.ui.wizard import GuideWizard

    if scenario is None:
        return
    ensure_app()
    store = ProfileStore(data_dir)
    opened = store.open()
    wizard = GuideWizard(Session(load_content(), store, opened.profile), opened.notices)
    wizard.show()  # (offscreen) Next is pressed only while it is visible
    s = SCENARIOS[scenario]
    visited = drive(wizard, s.answers, s.route, stop_at=stop_at)
    if visited[-1] != stop_at:
        raise RuntimeError(f"{scenario} never reached {stop_at}: {visited}")
    wizard.close()
    wizard.deleteLater()


def open_page(desktop: Desktop, data_dir: Path, scenario: str | None, stop_at: str,
              language: str = "zh_CN") -> App:
    """The real program on the page `stop_at`, on `desktop`."""
    prepare(data_dir, scenario, stop_at)
    app = desktop.launch_wizard(data_dir, language)
    if scenario is not None:
        resume = RESUME[language]
        app.wait_for(lambda t: find(t, name=resume), what=resume)
        app.press(resume)
        app.wait_for(lambda t: not find(t, name=resume), what="the resumed page")
    return app


def tab_walk(app: App, limit: int = 45) -> list[str]:
    """Where real Tab presses lead, from the focus on arrival until it comes round again."""
    seen: list[str] = []
    for _ in range(limit):
        now = app.focused()
        where = f"{now['role']} {now['name'][:60]!r}" if now else "(nothing focused)"
        if seen and where == seen[0]:
            break
        seen.append(where)
        app.key("Tab")
        time.sleep(0.15)  # let the focus event reach the bus (for reading, not for a test)
    return seen


def survey(out: Path, language: str) -> None:
    """Each page kind: the tree as Orca gets it, the focus on arrival and the Tab order."""
    with Desktop() as desktop:
        for name, scenario, key in PAGE_KINDS:
            for attempt in (1, 2):  # a crash on the bus is reported, then tried once more
                data = Path(tempfile.mkdtemp(prefix="wengang-atspi-data-"))
                try:
                    app = open_page(desktop, data, scenario, key, language)
                    app.activate()  # the window gets the keyboard, as a user's click gives it
                    time.sleep(0.5)
                    tree = app.tree()
                    arrival = focused(tree)
                    app.screenshot(out / f"{name}-{language}.png")  # as on arrival
                    tabs = tab_walk(app)
                except DesktopError as error:
                    print(f"{name}: attempt {attempt} failed: {str(error)[:300]}")
                    continue
                (out / f"{name}-{language}.json").write_text(
                    json.dumps(tree, ensure_ascii=False, indent=1), encoding="utf-8")
                arrived = f"{arrival['role']} {arrival['name']!r}" if arrival else "nothing"
                (out / f"{name}-{language}.txt").write_text(
                    f"focus on arrival: {arrived}\n\nTab order:\n  " + "\n  ".join(tabs)
                    + "\n\n" + outline(tree), encoding="utf-8")
                app.process.terminate()
                app.process.wait(timeout=10)
                print(name, "ok")
                break


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    survey(out, sys.argv[2] if len(sys.argv) > 2 else "zh_CN")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main()
