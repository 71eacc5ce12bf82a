"""用手机打开: a link as a large QR code, with the address printed in full under it.

The way out for kiosks and offline computers: scan the code with the phone's camera or
WeChat and finish on the phone. The code is big enough to scan from about 50 cm on a
1080p screen (at least 300 px, whole pixels per module, drawn at the screen's pixel ratio).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.content import is_allowed_url
from wizard.ui.qr_code import qr_image

log = logging.getLogger(__name__)


def refused_link_text() -> str:
    """What stands in place of a link whose address fails the link rule (one fixed context:
    several classes show it)."""
    return QCoreApplication.translate("Links", "这个链接的网址不安全，已隐藏。")


def breakable(url: str) -> str:
    """The URL with invisible break chances after / ? & = #, so a long one wraps in full."""
    out = []
    for ch in url:
        out.append(ch)
        if ch in "/?&=#":
            out.append("\u200b")
    return "".join(out)


_network = None  # QNetworkInformation, loaded once


def is_online() -> bool:
    """False only when Qt knows the computer has no internet; unknown counts as online."""
    global _network
    try:
        from PySide6.QtNetwork import QNetworkInformation

        if _network is None:
            if not QNetworkInformation.loadBackendByFeatures(
                    QNetworkInformation.Feature.Reachability):
                _network = False
            else:
                _network = QNetworkInformation.instance() or False
        if not _network:
            return True
        reach = _network.reachability()
        return reach not in (QNetworkInformation.Reachability.Disconnected,
                             QNetworkInformation.Reachability.Local)
    except Exception as exc:  # any trouble finding out: behave as online
        log.info("network state unknown: %s", exc)
        return True


INLINE_QR_PX = 240  # beside the text on a kiosk's step page: scannable from about 30 cm


class InlineQr(QLabel):
    """A link's QR code on the page itself (a kiosk without a browser)."""

    def __init__(self, label: str, url: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.url = url
        if not is_allowed_url(url):
            self.setWordWrap(True)
            self.setText(refused_link_text())
            return
        image = qr_image(url, INLINE_QR_PX, dpr=self.devicePixelRatioF())
        self.setPixmap(QPixmap.fromImage(image))
        self.setAccessibleName(self.tr("二维码：%1").replace("%1", label))
        self.setAccessibleDescription(self.tr("用手机扫描这个二维码，会打开 %1").replace("%1", url))

    def code_image(self) -> QImage:
        return self.pixmap().toImage()


class QrDialog(QDialog):
    """Shows one link as a QR code to scan with a phone, with the address in full."""

    def __init__(self, label: str, url: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.url = url
        self.setWindowTitle(self.tr("用手机打开：%1").replace("%1", label))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 16, 24, 16)
        lay.setSpacing(10)
        heading = QLabel(label)
        heading.setProperty("role", "section")
        heading.setWordWrap(True)
        lay.addWidget(heading)
        how = QLabel(self.tr("用手机的相机或微信“扫一扫”对准下面的二维码，就能在手机上打开这个网页。"))
        how.setWordWrap(True)
        lay.addWidget(how)
        self.code = QLabel()
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if is_allowed_url(url):
            image = qr_image(url, dpr=self.devicePixelRatioF())
            self.code.setPixmap(QPixmap.fromImage(image))
            self.code.setAccessibleName(self.tr("二维码：%1").replace("%1", url))
            self.code.setAccessibleDescription(
                self.tr("用手机扫描这个二维码，会打开 %1").replace("%1", url))
        else:  # never encoded, never shown
            image, url = QImage(), ""
            how.setText(refused_link_text())
        lay.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        self.address = QLabel(breakable(url))
        self.address.setWordWrap(True)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setAccessibleName(url)
        self.address.setProperty("role", "code")
        lay.addWidget(self.address)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        lay.addLayout(row)
        self.setMinimumWidth(max(560, int(image.width() / max(image.devicePixelRatio(), 1)) + 48))
        self.close_button.setFocus()

    def code_image(self) -> QImage:
        return self.code.pixmap().toImage()
