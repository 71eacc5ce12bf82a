"""用手机打开: every link's QR code decodes (with a real decoder) back to exactly its URL."""

from __future__ import annotations

import numpy as np
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton

from wizard.content import Link
from wizard.ui.qr import QrDialog, breakable
from wizard.ui.qr_code import MIN_QR_PX, qr_image
from wizard.ui.widgets import LinkOpener, LinkRow


def decode(image: QImage) -> list[str]:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h, stride = gray.width(), gray.height(), gray.bytesPerLine()
    pixels = np.frombuffer(gray.constBits(), dtype=np.uint8, count=stride * h)
    array = np.ascontiguousarray(pixels.reshape(h, stride)[:, :w])
    return [r.text for r in zxingcpp.read_barcodes(array)]


def all_links(content) -> list[Link]:
    links = {}
    for step in content.steps.values():
        for link in step.links:
            links[link.url] = link
        for item in step.help:
            for link in item.links:
                links[link.url] = link
    return list(links.values())


def test_content_has_links(content):
    assert len(all_links(content)) >= 5


def test_every_link_qr_decodes_to_exactly_its_url(qtbot, content):
    for link in all_links(content):
        dialog = QrDialog(link.label, link.url)
        qtbot.addWidget(dialog)
        image = dialog.code_image()
        assert not image.isNull()
        assert decode(image) == [link.url], link.url
        # big enough to scan from 50 cm on a 1080p screen
        assert image.width() / image.devicePixelRatio() >= MIN_QR_PX - 1
        # the address is printed in full under the code
        assert dialog.address.text().replace("\u200b", "") == link.url
        assert dialog.address.accessibleName() == link.url
        assert link.url in dialog.code.accessibleName()


@pytest.mark.parametrize("dpr", [1.0, 1.5, 2.0])
def test_qr_is_crisp_at_display_scaling(qapp, dpr):
    url = "https://ggfw.hrss.gd.gov.cn/isso/findLoginId.html?showIndex=1"
    image = qr_image(url, dpr=dpr)
    assert image.width() >= MIN_QR_PX * dpr
    assert decode(image) == [url]


def test_breakable_keeps_every_character():
    url = "https://ggfw.hrss.gd.gov.cn/isso/static/person.html#004"
    assert breakable(url).replace("\u200b", "") == url


def test_link_row_has_open_copy_and_phone(qtbot):
    link = Link(label="登录页", url="https://ggfw.hrss.gd.gov.cn/isso/login.html")
    row = LinkRow(link, LinkOpener(), online=True)
    qtbot.addWidget(row)
    texts = [b.text() for b in row.buttons_in_order()]
    assert texts == ["在浏览器打开", "复制链接", "用手机打开"]
    assert row.offline_note is None
    row.show()
    qtbot.mouseClick(row.phone_button, Qt.MouseButton.LeftButton)
    assert row.qr_dialog is not None and row.qr_dialog.isVisible()
    assert decode(row.qr_dialog.code_image()) == [link.url]
    qtbot.keyClick(row.qr_dialog, Qt.Key.Key_Escape)
    assert not row.qr_dialog.isVisible()


def test_offline_link_row_says_so_and_offers_qr_first(qtbot, monkeypatch):
    monkeypatch.setattr("wizard.ui.qr.is_online", lambda: False)
    link = Link(label="登录页", url="https://ggfw.hrss.gd.gov.cn/isso/login.html")
    row = LinkRow(link, LinkOpener())
    qtbot.addWidget(row)
    assert row.offline_note is not None
    assert row.offline_note.text() == "这台电脑现在没有联网：请用手机扫码打开"
    assert row.buttons_in_order()[0] is row.phone_button
    assert isinstance(row.phone_button, QPushButton)


def test_unknown_network_state_counts_as_online(monkeypatch):
    from wizard.ui import qr

    monkeypatch.setattr(qr, "_network", False)  # no backend could be loaded
    assert qr.is_online() is True
