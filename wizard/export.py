"""`--export-summary`: the summary PDF without a window, for staff (one employer at a time).

Needs no widgets: a QGuiApplication (offscreen) paints the PDF, and every sentence goes through
the same translations as the window's.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")

EXIT_NO_PROFILE = 2
EXIT_CANNOT_WRITE = 3
EXIT_NEWER_PROFILE = 5  # (4 is wizard.app.BUSY_EXIT)


def _inside(path: Path, folder: Path) -> bool:
    """Whether `path` is `folder` or inside it, after following every symlinked folder on the
    way (and ignoring case where the file system does, on Windows)."""
    try:
        where = Path(os.path.normcase(path.parent.resolve() / path.name))
        data = Path(os.path.normcase(folder.resolve()))
    except (OSError, RuntimeError):  # a symlink loop: do not write there either
        return True
    return where == data or where.is_relative_to(data)


def target_problem(out: Path, data_dir: Path) -> str | None:
    """Why the summary may not be written at `out`, in one sentence; None when it may.

    Only a new file, or an existing regular file, outside the data folder: the PDF replaces the
    file whole (os.replace), so a symlink, device, pipe or folder there, or a progress file,
    would be lost or written through."""
    try:
        mode = os.lstat(out).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        return translate("Cli", "无法使用 %1：%2。").replace("%1", str(out)) \
            .replace("%2", exc.strerror or str(exc))
    if mode is not None and stat.S_ISLNK(mode):
        return translate("Cli", "%1 是一个链接（快捷方式），总结不会写到它指向的地方；请换一个文件名。") \
            .replace("%1", str(out))
    if mode is not None and stat.S_ISDIR(mode):
        return translate("Cli", "%1 是一个文件夹；请在 --out 后面写上 PDF 文件的名字，例如 %2。") \
            .replace("%1", str(out)).replace("%2", str(out / "summary.pdf"))
    if mode is not None and not stat.S_ISREG(mode):
        return translate("Cli", "%1 不是普通文件（是设备或管道），不会写入；请换一个文件名。") \
            .replace("%1", str(out))
    if _inside(out, data_dir):
        return translate("Cli", "%1 在本程序的数据文件夹 %2 里，总结不能放在那里（会弄坏保存的进度）；"
                                "请换一个文件夹。").replace("%1", str(out)).replace("%2", str(data_dir))
    return None


def export_summary(data_dir: str | None, profile_name: str | None, out: str,
                   language: str | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from wizard.content import load_content
    from wizard.paths import data_dir_from
    from wizard.report import summary_facts
    from wizard.store.profiles import ProfileStore, same_name
    from wizard.ui.locale import apply_language, startup_language
    from wizard.ui.summary_doc import SummaryDocument
    from wizard.ui.words import format_day

    app = QGuiApplication.instance() or QGuiApplication(["wengang-wizard"])
    language = startup_language(language)
    apply_language(app, language)
    folder = data_dir_from(data_dir)
    target = Path(out)
    problem = target_problem(target, folder)
    if problem:
        print(problem)
        return EXIT_CANNOT_WRITE
    profiles = ProfileStore(folder).scan().profiles
    writable = [p for p in profiles if not p.read_only]
    if profile_name:
        named = [p for p in writable + profiles if same_name(p.name, profile_name)]
        chosen = named[0] if named else None
        if chosen is None:
            known = translate("Cli", "、").join(p.name for p in profiles) or translate("Cli", "（没有）")
            print(translate("Cli", "找不到名为“%1”的单位。现有的单位：%2").replace("%1", profile_name)
                  .replace("%2", known))
            return EXIT_NO_PROFILE
    elif profiles:
        # the one the wizard would continue: the most recently updated it can read
        chosen = writable[0] if writable else profiles[0]
    else:
        print(translate("Cli", "这个数据文件夹里还没有任何进度，没有可以导出的总结。"))
        return EXIT_NO_PROFILE
    if chosen.read_only:
        print(translate("Cli", "“%1”的进度来自更新版本的程序，本程序读不懂，不能导出它的总结；"
                               "请用更新版本的程序导出。").replace("%1", chosen.name))
        return EXIT_NEWER_PROFILE
    content = load_content(None, language)
    facts = summary_facts(content, chosen.progress, day_format=format_day)
    try:
        pages = SummaryDocument(facts, content.texts.app_title).write_pdf(target)
    except OSError as exc:
        text = translate("Cli", "无法写入 %1：%2。请检查文件夹是否存在、是否可写。")
        print(text.replace("%1", str(target)).replace("%2", exc.strerror or str(exc)))
        return EXIT_CANNOT_WRITE
    done = translate("Cli", "已导出“%1”的总结：%2（%3 页）")
    print(done.replace("%1", chosen.name).replace("%2", str(target)).replace("%3", str(pages)))
    return 0
