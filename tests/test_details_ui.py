"""The optional employer-details page, R5's search codes and the summary, clicked and typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWizard

from tests.ui_helpers import NEXT, click, click_next, make_wizard, mouse_walk
from wizard.selftest import SCENARIOS

BACK = QWizard.WizardButton.BackButton
TENCENT = "9144030071526726XG"


def to_details(qtbot, isolated_data, scenario="route-r"):
    wizard = make_wizard(qtbot, isolated_data)
    with qtbot.waitActive(wizard):  # focus moves (and a field is finished) only when active
        wizard.activateWindow()
    mouse_walk(qtbot, wizard, SCENARIOS[scenario].answers, stop_at="details")
    assert wizard.current_key() == "details"
    return wizard, wizard.currentPage()


def type_in(qtbot, page, name: str, text: str, finish: bool = True) -> None:
    """Type as a user does: keys for letters and digits, the input method for Chinese."""
    edit = page.edits[name]
    edit.setFocus()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(edit, event)
    if finish:
        qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_details_page_is_offered_once_and_can_be_skipped(qtbot, isolated_data):
    wizard, page = to_details(qtbot, isolated_data, "route-s-init")
    from tests.test_wizard_ui import visible_text

    assert "记下单位信息（可以跳过）" in visible_text(page)
    next_button = wizard.button(NEXT)
    assert next_button.isEnabled() and next_button.text() == "跳过这一页(&N)"
    assert not wizard.session.progress.employer_page_seen
    assert click_next(qtbot, wizard) == "step:S3"
    assert wizard.session.progress.employer_page_seen
    assert wizard.session.progress.employer.is_empty()
    click(qtbot, wizard.button(BACK))
    assert wizard.current_key() == "details"  # Back still finds it
    click(qtbot, wizard.button(BACK))
    assert wizard.current_key() == "route"
    assert click_next(qtbot, wizard) == "step:S3"  # offered once: not again


def test_typing_normalises_warns_but_never_blocks_and_saves(qtbot, isolated_data):
    wizard, page = to_details(qtbot, isolated_data)
    employer = lambda: wizard.session.progress.employer  # noqa: E731
    # Spaces vanish and letters become capitals as the user types.
    type_in(qtbot, page, "uscc", "9144 0300 7152 6726 xh")
    assert page.edits["uscc"].text() == "9144030071526726XH"
    shown = page.feedback_text("uscc")
    assert shown.startswith("⚠") and "第 18 位（最后一位，校验位）" in shown and "请核对" in shown
    assert employer().uscc == "9144030071526726XH"  # saved as typed, warning or not
    assert wizard.button(NEXT).isEnabled() and wizard.button(NEXT).text() == "下一步(&N)"

    page.edits["uscc"].clear()
    type_in(qtbot, page, "uscc", "9144O30071526726XG")
    assert "第 5 位是字母 O" in page.feedback_text("uscc")
    assert "是不是数字 0" in page.feedback_text("uscc")

    page.edits["uscc"].clear()
    type_in(qtbot, page, "uscc", TENCENT.lower())
    assert page.feedback_text("uscc").startswith("✔")
    assert employer().uscc == TENCENT

    type_in(qtbot, page, "operator_mobile", "138 1234 567")
    assert page.edits["operator_mobile"].text() == "1381234567"
    assert "现在是 10 位" in page.feedback_text("operator_mobile")
    assert employer().operator_mobile == "1381234567"

    type_in(qtbot, page, "unit_name", "示例科技有限公司")
    type_in(qtbot, page, "management_code", "GD0001")
    assert employer().unit_name == "示例科技有限公司" and employer().management_code == "GD0001"
    assert wizard.button(NEXT).isEnabled()
    assert click_next(qtbot, wizard) == "step:R1"


def test_while_typing_a_short_code_only_counts(qtbot, isolated_data):
    _wizard, page = to_details(qtbot, isolated_data)
    type_in(qtbot, page, "uscc", "91440300", finish=False)
    assert page.feedback_text("uscc") == "已输入 8 位，还差 10 位（共 18 位）。"
    qtbot.keyClick(page.edits["uscc"], Qt.Key.Key_Tab)
    assert page.feedback_text("uscc").startswith("⚠ 只有 8 位")


def test_the_cursor_stays_where_the_user_types(qtbot, isolated_data):
    _wizard, page = to_details(qtbot, isolated_data)
    edit = page.edits["uscc"]
    type_in(qtbot, page, "uscc", "91440300", finish=False)
    edit.setCursorPosition(4)
    qtbot.keyClicks(edit, " a")
    assert edit.text() == "9144A0300"
    assert edit.cursorPosition() == 5


def test_an_id_card_number_is_not_kept(qtbot, isolated_data):
    wizard, page = to_details(qtbot, isolated_data)
    type_in(qtbot, page, "uscc", "11010519491231002X")
    assert "身份证号码" in page.feedback_text("uscc")
    assert wizard.session.progress.employer.uscc is None


def test_old_organisation_code_has_its_own_field(qtbot, isolated_data):
    wizard, page = to_details(qtbot, isolated_data)
    click(qtbot, page.org_box.button)
    type_in(qtbot, page, "org_code", "71526726-x")
    assert page.edits["org_code"].text() == "71526726X"
    assert page.feedback_text("org_code").startswith("✔")
    assert wizard.session.progress.employer.org_code == "71526726X"


def test_r5_shows_the_users_code_ready_to_copy(qtbot, isolated_data):
    wizard, page = to_details(qtbot, isolated_data)
    type_in(qtbot, page, "management_code", "GD0001")
    type_in(qtbot, page, "uscc", TENCENT)
    mouse_walk(qtbot, wizard, SCENARIOS["route-r"].answers, stop_at="step:R5")
    box = wizard.currentPage().codes_box
    assert box is not None and box.isVisible()
    assert "查询单位时可以用" in box.text.text()
    assert list(box.values) == ["uscc", "management_code"]  # the USCC first
    assert box.values["uscc"].text() == TENCENT
    click(qtbot, box.copy_buttons["uscc"])
    assert QApplication.clipboard().text() == TENCENT


def test_r5_without_codes_offers_to_fill_them_in_and_comes_back(qtbot, isolated_data):
    wizard, _page = to_details(qtbot, isolated_data)
    mouse_walk(qtbot, wizard, SCENARIOS["route-r"].answers, stop_at="step:R5")
    box = wizard.currentPage().codes_box
    assert "统一社会信用代码" in box.text.text() and "组织机构代码" in box.text.text()
    assert "单位管理码" in box.text.text() and not box.values
    click(qtbot, box.fill_button)
    assert wizard.current_key() == "details"
    assert wizard.button(NEXT).text() == "保存并返回(&N)"
    type_in(qtbot, wizard.currentPage(), "uscc", TENCENT)
    assert click_next(qtbot, wizard) == "step:R5"
    assert wizard.currentPage().codes_box.values["uscc"].text() == TENCENT
    click(qtbot, wizard.button(BACK))
    assert wizard.current_key() == "step:R4"  # the history was not disturbed


def test_summary_shows_the_unit_and_edits_it(qtbot, isolated_data):
    wizard, page = to_details(qtbot, isolated_data, "route-s-init")
    type_in(qtbot, page, "unit_name", "示例科技有限公司")
    type_in(qtbot, page, "uscc", TENCENT)
    mouse_walk(qtbot, wizard, SCENARIOS["route-s-init"].answers)
    summary = wizard.currentPage()
    assert "示例科技有限公司" in summary.employer.text.text()
    assert TENCENT in summary.employer.text.text()
    click(qtbot, summary.employer.edit_button)
    assert wizard.current_key() == "details"
    details = wizard.currentPage()
    details.edits["unit_name"].clear()
    type_in(qtbot, details, "unit_name", "新名称有限公司")
    assert click_next(qtbot, wizard) == "summary"
    assert "新名称有限公司" in wizard.currentPage().employer.text.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()


def test_c4_reminds_of_the_unit_name_for_the_bank_account(qtbot, isolated_data):
    wizard, page = to_details(qtbot, isolated_data, "route-s-init")
    type_in(qtbot, page, "unit_name", "示例科技有限公司")
    mouse_walk(qtbot, wizard, SCENARIOS["route-s-init"].answers, stop_at="step:C4")
    from tests.test_wizard_ui import visible_text

    shown = visible_text(wizard.currentPage())
    assert "户名是否和单位名称“示例科技有限公司”一致；据报道" in shown  # hedged, as DOMAIN-NOTES


def test_closing_on_the_details_page_resumes_there(qtbot, isolated_data):
    wizard, page = to_details(qtbot, isolated_data)
    type_in(qtbot, page, "unit_name", "示例科技有限公司")
    wizard.close()
    reopened = make_wizard(qtbot, isolated_data)
    click(qtbot, reopened.welcome.resume_button)
    assert reopened.current_key() == "details"
    assert reopened.currentPage().edits["unit_name"].text() == "示例科技有限公司"
    assert click_next(qtbot, reopened) == "step:R1"


def test_welcome_lists_what_to_prepare_for_the_route_once_known(qtbot, isolated_data):
    from tests.test_wizard_ui import visible_text

    wizard = make_wizard(qtbot, isolated_data)
    general = wizard.session.content.texts.welcome
    assert general.prepare[0] in visible_text(wizard.currentPage())
    mouse_walk(qtbot, wizard, SCENARIOS["route-r"].answers, stop_at="route")
    wizard.close()
    reopened = make_wizard(qtbot, isolated_data)
    text = visible_text(reopened.currentPage())
    assert "按您的情况（广东人社统一认证）" in text
    assert general.prepare_by_route.R[0] in text
