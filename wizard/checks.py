"""`--check-content`: for service centres that edit the content files."""

from __future__ import annotations

from pathlib import Path

from wizard.content import ContentError, load_content
from wizard.paths import illustrations_dir


def check_content_folder(folder: str) -> int:
    try:
        content = load_content(Path(folder), illustrations_dir())
    except ContentError as error:
        print(f"内容文件夹 {error.folder} 有 {len(error.problems)} 个问题：")
        for problem in error.problems:
            print(f"  {problem}")
        return 1
    print(f"内容文件夹 {folder} 没有问题：{len(content.steps)} 个步骤，"
          f"{len(content.questions)} 个问题。")
    return 0
