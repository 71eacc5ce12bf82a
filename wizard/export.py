"""`--export-summary`: the summary PDF without a window, for staff (one employer at a time)."""

from __future__ import annotations

import os
from pathlib import Path

EXIT_NO_PROFILE = 2
EXIT_CANNOT_WRITE = 3


def export_summary(data_dir: str | None, profile_name: str | None, out: str,
                   language: str | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from wizard.app import apply_language, data_dir_from, ensure_app, load_checked_content, startup_language
    from wizard.report import summary_facts
    from wizard.store.profiles import ProfileStore, same_name
    from wizard.ui.summary_doc import SummaryDocument
    from wizard.ui.widgets import format_day

    profiles = ProfileStore(data_dir_from(data_dir)).scan().profiles
    if profile_name:
        chosen = next((p for p in profiles if same_name(p.name, profile_name)), None)
        if chosen is None:
            known = "、".join(p.name for p in profiles) or "（没有）"
            print(f"找不到名为“{profile_name}”的单位。现有的单位：{known}")
            return EXIT_NO_PROFILE
    elif profiles:
        chosen = profiles[0]  # the one the wizard would continue: the most recently updated
    else:
        print("这个数据文件夹里还没有任何进度，没有可以导出的总结。")
        return EXIT_NO_PROFILE

    language = startup_language(language)
    app = ensure_app()
    apply_language(app, language)
    content = load_checked_content(language=language)
    facts = summary_facts(content, chosen.progress, day_format=format_day)
    target = Path(out)
    try:
        pages = SummaryDocument(facts, content.texts.app_title).write_pdf(target)
    except OSError as exc:
        print(f"无法写入 {target}：{exc.strerror or exc}。请检查文件夹是否存在、是否可写。")
        return EXIT_CANNOT_WRITE
    print(f"已导出“{chosen.name}”的总结：{target}（{pages} 页）")
    return 0
