"""帮助 and F1: the About window, and help for the page one is on.

- The 帮助 button in the wizard's button row opens the About window: the 12333 line first (what
  an owner who is stuck needs), then what support staff ask for — program version, content
  edition and its check date, content, data and log folders — with 复制这些信息 to paste into
  a message, and the licence notices of the software the program ships.
- F1 is Windows' key for "help with what I am doing". On a step it opens that step's 遇到问题？
  and moves the keyboard there (a question page: its 怎么查？), since the answer to "I am stuck
  here" is on the page, not in a window about the program; on pages without their own help,
  or pressed again once that help is open, it opens the About window, which has the 12333 line.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from wizard.ui import accessible
from wizard.ui.about import AboutFacts, Running, as_text, facts_of, rows
from wizard.ui.widgets import Disclosure, NoteBox, ReadableText, ScrollArea, button_row, label

HELP_BUTTON = QWizard.WizardButton.CustomButton3


class AboutDialog(QDialog):
    def __init__(self, facts: AboutFacts, app_title: str, notices=None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutWindow")
        self.facts = facts
        self.setWindowTitle(self.tr("帮助和程序信息"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 12)
        # Everything but 关闭 scrolls: with the licences open or big text, nothing is cut.
        self.scroll = ScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(16, 8, 16, 8)
        lay.setSpacing(10)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)
        lay.addWidget(label(app_title, role="title"))
        help_box = NoteBox("info")
        help_box.set_text(f"{facts.help_line}\n" + self.tr(
            "每一步的下方都有“遇到问题？”，写着常见问题的解决办法；在那一页按 F1 键就能打开它。"))
        help_box.setObjectName("aboutHelp")
        lay.addWidget(help_box)
        lay.addWidget(label(self.tr("给技术支持的信息："), role="section"))
        line = self.tr("%1：%2")
        items = [line.replace("%1", f"<b>{html.escape(what)}</b>").replace("%2", html.escape(value))
                 for what, value in rows(facts, with_help=False)]
        self.info = ReadableText(items, rich=True)
        self.info.setObjectName("aboutInfo")
        lay.addWidget(self.info)
        self.copy_button = self.folder_button = None
        buttons: list[QWidget] = []
        if not facts.kiosk:  # a kiosk leaves nothing behind, not even on the clipboard
            self.copy_button = QPushButton(self.tr("复制这些信息"))
            self.copy_button.setObjectName("aboutCopy")
            self.copy_button.clicked.connect(self.copy)
            buttons.append(self.copy_button)
            if facts.data_dir is not None:
                self.folder_button = QPushButton(self.tr("打开数据文件夹"))
                self.folder_button.setObjectName("aboutOpenFolder")
                self.folder_button.clicked.connect(self.open_data_folder)
                buttons.append(self.folder_button)
        self.copied = label("", role="muted")
        if buttons:
            lay.addWidget(button_row(*buttons, self.copied))
        self.licences = Disclosure(self.tr("本程序使用的开源软件和许可证"))
        self.licences.setObjectName("aboutLicences")
        self.licences.button.toggled.connect(self._show_licences)
        self.notices = notices  # None: read when first opened (wizard/notices.py)
        self.licence_list: QListWidget | None = None
        self.licence_text: QPlainTextEdit | None = None
        lay.addWidget(self.licences)
        lay.addStretch(1)
        close_row = QHBoxLayout()
        close_row.setContentsMargins(16, 0, 16, 0)
        close_row.addStretch(1)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.setObjectName("aboutClose")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        close_row.addWidget(self.close_button)
        outer.addLayout(close_row)
        # Tab order as on screen; Enter closes. A screen reader hears the window's title, and
        # the facts are the first tab stop.
        self.close_button.setFocus()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(as_text(self.facts))
        self.copied.setText(self.tr("已复制"))
        accessible.announce(self.copy_button, self.copied.text())

    def open_data_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.facts.data_dir)))

    def _show_licences(self, on: bool) -> None:
        if not on or self.licence_list is not None:
            return
        if self.notices is None:
            from wizard.notices import notices

            self.notices = notices()
        body = self.licences.body_layout
        body.addWidget(label(self.tr("共 %1 项。选一项，旁边显示它的许可证全文。")
                             .replace("%1", str(len(self.notices)))))
        self.licence_list = QListWidget()
        self.licence_list.setObjectName("licenceList")
        self.licence_list.setAccessibleName(self.tr("开源软件"))
        for notice in self.notices:
            self.licence_list.addItem(f"{notice.package} {notice.version} · {notice.licence}")
        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setReadOnly(True)
        self.licence_text.setAccessibleName(self.tr("许可证全文"))
        self.licence_list.currentRowChanged.connect(
            lambda row: self.licence_text.setPlainText(self.notices[row].text if row >= 0 else ""))
        row = QHBoxLayout()
        row.addWidget(self.licence_list, 2)
        row.addWidget(self.licence_text, 3)
        body.addLayout(row)
        if self.notices:
            self.licence_list.setCurrentRow(0)
        self.licence_list.setMinimumHeight(self.licence_list.sizeHintForRow(0) * 8)
        self.licence_text.setMinimumHeight(self.licence_list.minimumHeight())
        bar = self.scroll.verticalScrollBar()

        def follow(_low: int, _high: int) -> None:  # once the opened list has its room
            bar.rangeChanged.disconnect(follow)
            scroll_to_top_of(self.scroll, self.licences)

        bar.rangeChanged.connect(follow)


class HelpControl(QObject):
    """The 帮助 button in the wizard's button row, and F1 (see the module doc)."""

    def __init__(self, wizard: QWizard):
        super().__init__(wizard)
        self.wizard = wizard
        self.running = Running()  # wizard/app.py says which content folder runs
        self.dialog: AboutDialog | None = None
        wizard.setOption(QWizard.WizardOption.HaveCustomButton3, True)
        # The button is asked of QWizard at each use and its click taken from customButtonClicked:
        # QWizard may replace a custom button, and a kept wrapper would then name a deleted one.
        wizard.customButtonClicked.connect(self._clicked)
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), wizard)
        self.shortcut.activated.connect(self.page_help)
        self.retranslate()

    @property
    def button(self) -> QPushButton:
        return self.wizard.button(HELP_BUTTON)

    def _clicked(self, which: int) -> None:
        if which == HELP_BUTTON.value:
            self.open_about()

    def retranslate(self) -> None:
        button = self.button
        button.setObjectName("helpButton")
        button.setText(self.tr("帮助"))
        button.setToolTip(self.tr("遇到问题时找谁，程序的版本和信息（F1：这一页的帮助）"))
        button.setAccessibleName(self.tr("帮助和程序信息"))

    def facts(self) -> AboutFacts:
        from wizard.ui import diagnostics

        session = self.wizard.session
        kiosk = getattr(self.wizard, "kiosk", None) is not None
        store = session.store
        return facts_of(session.content, self.running,
                        None if kiosk or store is None else store.data_dir,
                        None if kiosk else diagnostics.log_path(), kiosk)

    def open_about(self) -> AboutDialog:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = AboutDialog(self.facts(), self.wizard.session.content.texts.app_title,
                                  parent=self.wizard)
        width = min(860, max(480, self.wizard.width() - 60))
        wanted = self.dialog.scroll.widget().sizeHint().height() + 90
        self.dialog.resize(width, min(wanted, self.wizard.height() - 40))
        self.dialog.open()
        return self.dialog

    def page_help(self) -> None:
        """F1: the current page's own help, opened and in reach of the keyboard; else (or when
        it is already open where the keyboard is) the About window."""
        page = self.wizard.currentPage()
        found = page_help_of(page) if page is not None else None
        if found is None or (found.button.isChecked() and found.button.hasFocus()):
            self.open_about()
            return
        if not found.button.isChecked():
            found.button.click()  # says what it opened (Disclosure announces its text)
        found.button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        scroll = getattr(page, "scroll", None)
        if scroll is not None:  # its top at the top of the page, once the opened text is laid out
            QTimer.singleShot(0, lambda: scroll_to_top_of(scroll, found))


def scroll_to_top_of(scroll, widget: QWidget) -> None:
    if scroll.widget() is not None and scroll.widget().isAncestorOf(widget):
        top = widget.mapTo(scroll.widget(), QPoint(0, 0)).y()
        scroll.verticalScrollBar().setValue(max(0, top - 8))


def page_help_of(page) -> Disclosure | None:
    """A step's 遇到问题？ or a question's 怎么查？: the page's last disclosure. Other pages'
    disclosures say more about the page, they are not its help."""
    key = getattr(page, "key", None)
    if key is None or key.kind not in ("step", "question"):
        return None
    found = [d for d in page.findChildren(Disclosure) if not d.isHidden()]
    return found[-1] if found else None
