"""What runs, for the people who support it: program version, content edition and the day it
was checked against the official guide, where the content, the progress and the log are, and
the 12333 line. The About window (wizard/ui/about_window.py) shows it, and `--version` prints
it (the windowed program shows it in a message box). QtCore only: --version loads no window code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from wizard import __version__
from wizard.messages import Message

translate = QCoreApplication.translate  # lupdate reads translate("About", "…")
PROGRAM = "wengang-wizard"


@dataclass(frozen=True)
class Running:
    """What the window cannot know by itself: set by wizard/app.py at start."""

    content_root: Path | None = None  # None: the program's own content
    content_notice: Message | None = None  # a content folder that failed the check at start


@dataclass(frozen=True)
class AboutFacts:
    version: str
    edition: str
    checked_on: date
    content_root: Path | None  # None: the program's own
    content_notice: Message | None
    data_dir: Path | None  # None: kiosk mode, nothing is saved
    log_file: Path | None  # None: no log file (kiosk, or the data folder cannot be written)
    help_line: str  # the content's 12333 sentence
    kiosk: bool = False


def facts_of(content, running: Running, data_dir: Path | None, log_file: Path | None,
             kiosk: bool) -> AboutFacts:
    return AboutFacts(__version__, content.edition, content.checked_on, running.content_root,
                      running.content_notice, data_dir, log_file,
                      content.texts.summary.help_line, kiosk)


def rows(facts: AboutFacts, with_help: bool = True) -> list[tuple[str, str]]:
    """(what, value) in the reader's language, in the order the window and --version show
    (the window shows the 12333 line on its own, above them: `with_help` False)."""
    from wizard.ui.words import format_day, say

    content_folder = (str(facts.content_root) if facts.content_root is not None
                      else translate("About", "程序自带"))
    if facts.kiosk:
        data = translate("About", "自助机模式：不保存任何信息")
        log = translate("About", "自助机模式：不写日志文件")
    else:
        data = str(facts.data_dir) if facts.data_dir is not None else "—"
        log = (str(facts.log_file) if facts.log_file is not None
               else translate("About", "没有（数据文件夹无法写入）"))
    found = [
        (translate("About", "程序版本"), facts.version),
        (translate("About", "内容版本"), translate("About", "%1（%2 对照官方指引核对）")
         .replace("%1", facts.edition).replace("%2", format_day(facts.checked_on))),
        (translate("About", "内容文件夹"), content_folder),
    ]
    if facts.content_notice is not None:
        found.append((translate("About", "注意"), say(facts.content_notice)))
    found += [
        (translate("About", "数据文件夹"), data),
        (translate("About", "日志文件"), log),
    ]
    if with_help:
        found.append((translate("About", "遇到问题"), facts.help_line))
    return found


def as_text(facts: AboutFacts) -> str:
    """The rows as lines: for --version and the window's 复制这些信息."""
    line = translate("About", "%1：%2")
    return "\n".join(line.replace("%1", what).replace("%2", value) for what, value in rows(facts))


def version_text(facts: AboutFacts) -> str:
    """--version: the program and its version first (the release check reads that line)."""
    return f"{PROGRAM} {facts.version}\n{as_text(facts)}"


def command_line_facts(data_dir: str | None, content: str | None, language: str,
                       kiosk: bool) -> AboutFacts:
    """The facts a start with these options would have, without opening a window."""
    from wizard.content.choice import choose_content
    from wizard.paths import cache_dir, data_dir_from
    from wizard.store.admin import choose_content_dir, read_admin_settings
    from wizard.store.checked import Checked
    from wizard.ui.diagnostics import LOG_FILE

    admin = read_admin_settings(checked=Checked(cache_dir())).settings
    kiosk = kiosk or admin.kiosk
    folder = None if kiosk else data_dir_from(data_dir)
    choice = choose_content(choose_content_dir(content, admin), language)
    notice = choice.fallback.notice(choice.content.edition) if choice.fallback else None
    return facts_of(choice.content, Running(choice.root, notice), folder,
                    folder / LOG_FILE if folder is not None else None, kiosk)
