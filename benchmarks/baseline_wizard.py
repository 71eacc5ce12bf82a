"""The floor the program is measured against: a bare PySide6 QWizard, nothing else.

Three pages of Chinese text in the ModernStyle, with a CJK font, like the program. With
WENGANG_BENCH_FIRST_PAINT=1 it quits right after its first painted page and prints
"WENGANG_FIRST_PAINT <wall-clock ns> <page>" — exactly the hook in wizard/app.py.
Run: python benchmarks/baseline_wizard.py
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage

FAMILIES = ("Microsoft YaHei", "Noto Sans CJK SC")
TEXTS = [
    ("欢迎使用稳岗返还确认向导",
     "广东的失业保险稳岗返还是“免申即享”：社保经办机构已经选好符合条件的单位并推送了返还信息，"
     "单位只要在截止日期前，以单位身份登录广东省人力资源和社会保障厅网上服务平台，核对并点击"
     "“提交”确认即可。"),
    ("了解您的情况",
     "本程序先问您几个简单问题，找出适合您的登录路线（广东省统一身份认证，或广东人社统一认证），"
     "再一页一页带您完成每一步，并配有链接和说明。"),
    ("总结",
     "它会随时保存进度，关掉再打开也能接着做，最后给出一页总结。本程序不会要求、显示或保存任何"
     "密码、短信验证码或验证码。"),
]


class FirstPaint(QObject):
    def __init__(self, page: QWizardPage, app: QApplication):
        super().__init__(app)
        self.page, self.app, self.seen = page, app, False
        page.installEventFilter(self)
        QTimer.singleShot(30_000, lambda: app.exit(3))

    def eventFilter(self, obj, event) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"WENGANG_FIRST_PAINT {time.time_ns()} {self.page.objectName()}", flush=True)
        self.app.exit(0)


def main() -> int:
    app = QApplication(sys.argv[:1])
    font = QFont(app.font())
    available = set(QFontDatabase.families())
    family = next((f for f in FAMILIES if f in available), None)
    if family:
        font.setFamilies([family])
    font.setPointSize(12)
    app.setFont(font)
    wizard = QWizard()
    wizard.setWindowTitle("稳岗返还确认向导")
    wizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
    for n, (title, text) in enumerate(TEXTS, 1):
        page = QWizardPage()
        page.setObjectName(f"page{n}")
        page.setTitle(title)
        layout = QVBoxLayout(page)
        body = QLabel(text)
        body.setWordWrap(True)
        layout.addWidget(body)
        wizard.addPage(page)
    wizard.resize(1024, 700)
    wizard.show()
    if os.environ.get("WENGANG_BENCH_FIRST_PAINT"):
        FirstPaint(wizard.currentPage(), app)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
