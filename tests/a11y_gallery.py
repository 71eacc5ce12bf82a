"""The wizard's own small widgets in one window, for the AT-SPI tests (tests/test_atspi.py).

Run by the harness as a program on the private desktop: a link row, a disclosure, a readable
numbered text between two buttons; with --viewer, the picture viewer alone. Opening a link only prints
"opened URL" (the harness reads the program's output), nothing is launched. The harness
puts the checkout on PYTHONPATH.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.content import Link, load_content
from wizard.content.pictures import Picture
from wizard.ui.picture import PictureViewer
from wizard.ui.widgets import Disclosure, LinkOpener, LinkRow, ReadableText

LINK = Link(label="登录页", url="https://ggfw.hrss.gd.gov.cn/isso/login.html")
HOW = "看营业执照右上角的 18 位代码。"
STEPS = ["打开登录页。", "点【单位登录】。"]
PICTURE = ("示意图：登录", "登录页，红框 1 是单位登录")


class PrintingOpener(LinkOpener):
    def open(self, url: str) -> bool:
        print(f"opened {url}", flush=True)
        return True


def main() -> int:
    app = QApplication(sys.argv)
    if "--viewer" in sys.argv:
        drawing = Picture("S3", drawing=load_content().drawings["S3"])
        viewer = PictureViewer(drawing, PICTURE[0], "示意图", PICTURE[1], None)
        viewer.show()
        return app.exec()
    window = QWidget()
    window.setWindowTitle("a11y gallery")
    lay = QVBoxLayout(window)
    lay.addWidget(LinkRow(LINK, PrintingOpener(), online=True))
    how = Disclosure("怎么查？")
    how.body_layout.addWidget(QLabel(HOW))
    lay.addWidget(how)
    lay.addWidget(QPushButton("上一个"))
    lay.addWidget(ReadableText(STEPS, numbered=True))
    lay.addWidget(QPushButton("下一个"))
    window.resize(700, 500)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
