"""Every page kind as a screen reader gets it, through QAccessible (the tree AT-SPI and UI
Automation export): no control without a name, every picture described, every text a keyboard
can reach, links with the role link, disclosures with an expanded state — in Chinese, and again
after switching to English at run time (then every name and description is English, the same
as in a wizard started in English)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton, QWidget, QWizard

from tests.test_accessibility import open_everything, unnamed
from tests.ui_helpers import make_wizard
from wizard.content import load_content
from wizard.selftest import SCENARIOS
from wizard.ui.autopilot import drive
from wizard.ui.picture import PictureButton
from wizard.ui.widgets import AddressLink, Disclosure, plain_text

B = QWizard.WizardButton
CJK = re.compile(r"[\u3400-\u9fff]")
# Chinese that English keeps on purpose: the portal's own words 【单位登录】(Employer login),
# names with their Chinese in brackets, the language names.
KEPT_CHINESE = re.compile(r"【[^】]*】|（[^）]*）|\([^)]*[\u3400-\u9fff][^)]*\)|简体中文|繁體中文|语言|語言")


def spoken(widget: QWidget) -> tuple[str, str]:
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return "", ""
    return iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Description)


def tab_stops(root: QWidget) -> list[QWidget]:
    """What Tab or the arrows reach: enabled, shown, taking the focus (every option of a radio
    group, which the arrows reach)."""
    return [w for w in root.findChildren(QWidget) if w.isVisible() and w.isEnabled()
            and (w.focusPolicy() & Qt.FocusPolicy.TabFocus or isinstance(w, QRadioButton))]


def _lines(text: str) -> list[str]:
    out = []
    for line in text.replace("\u200b", "").splitlines():
        line = line.strip().lstrip("•→ ").strip()
        if line:
            out.append(" ".join(line.split()))
    return out


def unreachable_texts(page) -> list[str]:
    """Lines of text shown on the page that no tab stop says (as its name or description)."""
    said = "\n".join(" ".join(" ".join(spoken(w)).split()) for w in tab_stops(page))
    said = " ".join(said.replace("\u200b", "").split())
    missing = []
    for w in page.findChildren(QLabel):
        if not w.isVisible() or w in tab_stops(page):
            continue
        missing += [f"{type(w).__name__}: {line!r}" for line in _lines(plain_text(w))
                    if line not in said]
    return missing


def audit_page(wizard, where: str, content) -> list[str]:
    page = wizard.currentPage()
    open_everything(page)
    QApplication.processEvents()
    problems = [f"unnamed {p}" for p in unnamed(wizard)]
    problems += [f"cannot be reached: {p}" for p in unreachable_texts(page)]
    for picture in page.findChildren(PictureButton):
        name, description = spoken(picture)
        if not description:
            problems.append(f"picture {name!r} has no description")
        step = getattr(page, "step", None)
        if step is not None and step.illustration_alt and step.illustration_alt not in description:
            problems.append(f"picture {name!r} is not described by its step's alt text")
    for link in page.findChildren(AddressLink):
        if QAccessible.queryAccessibleInterface(link).role() != QAccessible.Role.Link:
            problems.append(f"link {link.url} has not the role link")
    for w in page.findChildren(QLabel):
        if "<a " in w.text() and not isinstance(w, AddressLink):
            problems.append(f"a label with a link that is not a link: {w.text()[:60]!r}")
    for box in page.findChildren(Disclosure):
        state = QAccessible.queryAccessibleInterface(box.button).state()
        if not state.expandable or state.expanded != box.button.isChecked():
            problems.append(f"disclosure {box.button.text()!r} says no open/closed state")
    return [f"{where}: {p}" for p in problems]


def said_on_page(wizard) -> list[tuple[str, str, str]]:
    """(role, name, description) of everything shown on the page and the footer."""
    page = wizard.currentPage()
    footer = [wizard.button(b) for b in (B.CancelButton, B.CustomButton2, B.BackButton,
                                          B.CustomButton1, B.NextButton, B.FinishButton)]
    out = []
    for w in [page, *page.findChildren(QWidget), *footer]:
        if w.isVisible():
            iface = QAccessible.queryAccessibleInterface(w)
            if iface is not None:
                out.append((iface.role().name, *spoken(w)))
    return out


def chinese_left(said: list[tuple[str, str, str]]) -> list[str]:
    return [f"{role}: {text[:80]!r}" for role, *texts in said for text in texts
            if CJK.search(KEPT_CHINESE.sub("", text))]


def english_wizard(qtbot, data: Path):
    from wizard.app import ensure_app
    from wizard.store import ProfileStore
    from wizard.ui.locale import apply_language
    from wizard.ui.session import Session
    from wizard.ui.wizard import GuideWizard

    apply_language(ensure_app(), "en")
    store = ProfileStore(data)
    wizard = GuideWizard(Session(load_content(None, "en"), store, store.open().profile))
    qtbot.addWidget(wizard)
    wizard.resize(1024, 600)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def page_kinds(name: str) -> list[str]:
    return {"route-r": ["welcome", "q:legal_person_account", "route", "details", "step:R1",
                        "step:R5", "step:R6", "step:C1", "summary"],
            "route-s-init": ["welcome", "q:trust_level_l2", "route", "details", "step:S3",
                             "summary"]}[name]


@pytest.mark.parametrize("name", ["route-r", "route-s-init"])
def test_every_page_kind_read_in_chinese_then_switched_to_english(qtbot, tmp_path, name):
    scenario = SCENARIOS[name]
    stops = page_kinds(name)
    # First, how each page reads in a wizard started in English.
    english = english_wizard(qtbot, tmp_path / "en")
    expected, problems = {}, []
    for stop in stops:
        if stop != "welcome":
            drive(english, scenario.answers, stop_at=stop)
        problems += audit_page(english, f"{stop} (started in English)", english.session.content)
        expected[stop] = said_on_page(english)
        problems += [f"{stop} (started in English): Chinese {c}" for c in chinese_left(expected[stop])]
    english.close()
    from wizard.ui.locale import apply_language

    apply_language(QApplication.instance(), "zh_CN")
    # Then in Chinese, switching to English and back on every page.
    wizard = make_wizard(qtbot, tmp_path / "zh")
    for stop in stops:
        if stop != "welcome":
            drive(wizard, scenario.answers, stop_at=stop)
        problems += audit_page(wizard, stop, wizard.session.content)
        assert wizard.set_language("en")
        QApplication.processEvents()
        problems += audit_page(wizard, f"{stop} (switched to English)", wizard.session.content)
        switched = said_on_page(wizard)
        problems += [f"{stop} (switched to English): Chinese {c}" for c in chinese_left(switched)]
        if switched != expected[stop]:
            differ = [f"{a} ≠ {b}" for a, b in zip(switched, expected[stop], strict=False) if a != b]
            problems.append(f"{stop}: after switching, not as started in English: {differ[:3]}"
                            f" ({len(switched)} vs {len(expected[stop])} objects)")
        assert wizard.set_language("zh_CN")
    assert problems == [], "\n".join(problems)


def test_the_audit_finds_text_that_cannot_be_reached(qtbot, isolated_data):
    from wizard.ui.widgets import label

    wizard = make_wizard(qtbot, isolated_data)
    page = wizard.currentPage()
    page.content.insertWidget(0, label("一段只有鼠标用户才看得到的说明。"))
    QApplication.processEvents()
    assert any("一段只有鼠标用户才看得到的说明。" in p for p in unreachable_texts(page))
