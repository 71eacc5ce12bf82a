"""Every path that shows or uses a link obeys the one rule (wizard.content.links): a URL that
fails it is never opened, copied, encoded as a QR code, printed or shown.

Content files are checked when they load, so a bad URL reaches the UI only past that check (a
model built in code, a future loader): a Link built directly stands for that here.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from wizard.content import Link, is_allowed_url
from wizard.report import summary_facts
from wizard.report.facts import StepRow
from wizard.store import Progress
from wizard.ui.qr import InlineQr, QrDialog, qr_image
from wizard.ui.widgets import LinkOpener, LinkRow

BAD = "https://evil.com\\.gov.cn/isso/login.html"  # a browser goes to evil.com
GOOD = "https://ggfw.hrss.gd.gov.cn/isso/login.html"


def bad_link() -> Link:
    return Link(label="登录页", url=BAD)


def shown_texts(widget) -> str:
    """Everything a person or a screen reader could get from the widget and its children."""
    parts = []
    for w in [widget, *widget.findChildren(QLabel)]:
        parts += [w.accessibleName(), w.accessibleDescription(), w.toolTip()]
        if isinstance(w, QLabel):
            parts.append(w.text())
    return "\n".join(parts)


def test_qr_image_refuses_a_bad_url(qapp):
    with pytest.raises(ValueError):
        qr_image(BAD)
    assert not qr_image(GOOD).isNull()


@pytest.mark.parametrize("char", ["a", "é", "路", "😀"])
def test_every_allowed_url_fits_a_qr_code(qapp, char):
    """The rule's length limit keeps every allowed URL within what a QR code holds (segno
    raised DataOverflowError for 970 emoji in the path, which the rule allowed)."""
    from wizard.content.links import MAX_URL_BYTES

    head = "https://www.gd.gov.cn/"
    n = (MAX_URL_BYTES - len(head)) // len(char.encode())
    longest = head + char * n
    assert is_allowed_url(longest) and not is_allowed_url(longest + char)
    assert not qr_image(longest).isNull()


def test_link_row_hides_a_bad_url(qtbot):
    row = LinkRow(bad_link(), LinkOpener(), online=True)
    qtbot.addWidget(row)
    text = shown_texts(row)
    assert "evil" not in text
    assert "登录页" in text and "不安全" in text  # the user learns a link was held back
    assert row.open_button is None and row.copy_button is None and row.phone_button is None
    assert row.buttons_in_order() == []


def test_link_row_never_copies_a_bad_url(qtbot):
    QGuiApplication.clipboard().setText("before")
    row = LinkRow(bad_link(), LinkOpener(), online=True)
    qtbot.addWidget(row)
    row._copy()
    assert QGuiApplication.clipboard().text() == "before"


def test_link_row_never_shows_a_bad_url_as_a_qr(qtbot):
    row = LinkRow(bad_link(), LinkOpener(), online=True)
    qtbot.addWidget(row)
    row.show_qr()
    assert row.qr_dialog is None


def test_kiosk_link_row_shows_no_code_for_a_bad_url(qtbot):
    opener = LinkOpener()
    opener.allow_browser = False
    row = LinkRow(bad_link(), opener, online=True)
    qtbot.addWidget(row)
    assert row.inline_qr is None
    assert "evil" not in shown_texts(row)


def test_qr_dialog_and_inline_qr_refuse_a_bad_url(qtbot):
    dialog = QrDialog("登录页", BAD)
    qtbot.addWidget(dialog)
    assert dialog.code_image().isNull()
    assert "evil" not in shown_texts(dialog)
    inline = InlineQr("登录页", BAD)
    qtbot.addWidget(inline)
    assert inline.code_image().isNull()
    assert "evil" not in shown_texts(inline)


def test_opener_refuses_a_bad_url(qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr("wizard.ui.widgets.QDesktopServices.openUrl",
                        lambda url: opened.append(url) or True)
    opener = LinkOpener()
    refused = []
    opener.refused.connect(refused.append)
    assert opener.open(BAD) is False
    assert opened == [] and refused == [BAD]


def test_summary_document_leaves_out_bad_urls(qapp, content):
    from wizard.ui.summary_doc import QR_RESOURCE, SummaryDocument

    facts = summary_facts(content, Progress(), date(2026, 11, 26))
    row = facts.steps[0]
    steps = [StepRow(row.step_id, row.title, "todo", None, ("做这一步",), (bad_link(),)),
             *facts.steps[1:]]
    facts = facts.__class__(**{**facts.__dict__, "steps": steps, "login_url": BAD})
    doc = SummaryDocument(facts, "向导")
    assert "evil" not in doc.text()
    assert "evil" not in doc.html()
    rendered = doc.document(None)
    assert rendered.resource(1, QR_RESOURCE) is None or rendered.resource(1, QR_RESOURCE).isNull()
    assert "evil" not in rendered.toPlainText()
