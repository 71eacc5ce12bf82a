"""`--check-content ROOT`: for service centres that edit the content. Checks every language of
a content root at once, compares their structure, prints the edition and every problem (in
Chinese: the people who edit content read it). Exit 0 only when all is clean. No Qt."""

from __future__ import annotations

from pathlib import Path


def check_content_folder(folder: str) -> int:
    from wizard.content.loader import check_content_root

    root = Path(folder)
    if not (root / "catalogue.json").is_file() and (root / "texts.json").is_file():
        print(f"{root} 是一个语言文件夹。请检查它上一层、放着 catalogue.json 的内容文件夹："
              f"{root.parent}")
        return 1
    result = check_content_root(root)
    if result.problems:
        print(f"内容文件夹 {root} 有 {len(result.problems)} 个问题：")
        for problem in result.problems:
            print(f"  {problem}")
        return 1
    cat = result.catalogue
    any_content = next(iter(result.contents.values()))
    print(f"内容文件夹 {root} 没有问题：版本 {cat.edition}（{cat.checked_on.isoformat()} 对照官方指引核对），"
          f"语言 {'、'.join(result.contents)}，{len(any_content.steps)} 个步骤，"
          f"{len(any_content.questions)} 个问题。")
    return 0
