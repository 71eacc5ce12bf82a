"""`--export-summary`: the summary PDF without a window, for staff (one employer at a time).

Needs no widgets: a QGuiApplication (offscreen) paints the PDF, and every sentence goes through
the same translations as the window's.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")

EXIT_NO_PROFILE = 2
EXIT_CANNOT_WRITE = 3



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
    profiles = ProfileStore(data_dir_from(data_dir)).scan().profiles
    if profile_name:
        chosen = next((p for p in profiles if same_name(p.name, profile_name)), None)
        if chosen is None:
            known = translate("Cli", "、").join(p.name for p in profiles) or translate("Cli", "（没有）")
            print(translate("Cli", "找不到名为“%1”的单位。现有的单位：%2").replace("%1", profile_name)
                  .replace("%2", known))
            return EXIT_NO_PROFILE
    elif profiles:
        chosen = profiles[0]  # the one the wizard would continue: the most recently updated
    else:
        print(translate("Cli", "这个数据文件夹里还没有任何进度，没有可以导出的总结。"))
        return EXIT_NO_PROFILE
    content = load_content(None, language)
    facts = summary_facts(content, chosen.progress, day_format=format_day)
    target = Path(out)
    try:
        pages = SummaryDocument(facts, content.texts.app_title).write_pdf(target)
    except OSError as exc:
        text = translate("Cli", "无法写入 %1：%2。请检查文件夹是否存在、是否可写。")
        print(text.replace("%1", str(target)).replace("%2", exc.strerror or str(exc)))
        return EXIT_CANNOT_WRITE
    done = translate("Cli", "已导出“%1”的总结：%2（%3 页）")
    print(done.replace("%1", chosen.name).replace("%2", str(target)).replace("%3", str(pages)))
    return 0
