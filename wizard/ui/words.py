"""The user's language for everything the core says as a code (wizard/messages.py): one table,
read by the pages, the PDF and the command line alike.

Each wording is Simplified Chinese source text marked for Qt's translation (lupdate finds
QT_TRANSLATE_NOOP), with {name} placeholders filled from the message's parameters. A test
checks that every code the core can produce has a wording here and a translation.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate

from wizard.messages import Message

CONTEXT = "Words"

WORDS: dict[str, str] = {
    # --- the side panel and statuses ------------------------------------------------------
    "sidebar.interview": QT_TRANSLATE_NOOP("Words", "了解情况"),
    "sidebar.route": QT_TRANSLATE_NOOP("Words", "选择路线"),
    "sidebar.steps": QT_TRANSLATE_NOOP("Words", "按路线一步一步登录、确认"),
    "sidebar.summary": QT_TRANSLATE_NOOP("Words", "总结"),
    "status.done": QT_TRANSLATE_NOOP("Words", "已完成"),
    "status.current": QT_TRANSLATE_NOOP("Words", "当前"),
    "status.waiting": QT_TRANSLATE_NOOP("Words", "等待短信"),
    "status.later": QT_TRANSLATE_NOOP("Words", "稍后再做"),
    "status.todo": QT_TRANSLATE_NOOP("Words", "待办"),
    # --- profiles and files (wizard/store) ------------------------------------------------
    "store.newer_file": QT_TRANSLATE_NOOP(
        "Words", "“{name}”的文件来自更新版本的程序，本程序不会改动它；请更新本程序。"),
    "store.damaged_set_aside": QT_TRANSLATE_NOOP(
        "Words", "“{name}”的文件已损坏，已另存为 {kept}，这家单位要从头开始；其他单位不受影响。"),
    "store.damaged_not_moved": QT_TRANSLATE_NOOP(
        "Words", "“{name}”的文件已损坏且无法移走，本次不显示它；其他单位不受影响。"),
    "store.legacy_newer": QT_TRANSLATE_NOOP(
        "Words", "进度文件来自更新版本的程序，本次不会改动它；请更新本程序。"),
    "store.legacy_damaged_set_aside": QT_TRANSLATE_NOOP(
        "Words", "上次的进度文件已损坏，已另存为 {kept}，本次从头开始。"),
    "store.legacy_damaged_not_moved": QT_TRANSLATE_NOOP(
        "Words", "上次的进度文件已损坏且无法移走，本次从头开始。"),
    "import.too_large": QT_TRANSLATE_NOOP(
        "Words", "无法导入“{file}”：文件太大，不是本程序导出的单位文件。"),
    "import.unreadable": QT_TRANSLATE_NOOP("Words", "无法导入“{file}”：读不出这个文件。"),
    "import.newer": QT_TRANSLATE_NOOP(
        "Words", "无法导入“{file}”：它来自更新版本的程序，请先更新本程序。"),
    "import.damaged": QT_TRANSLATE_NOOP(
        "Words", "无法导入“{file}”：文件已损坏，或不是本程序导出的单位文件。"),
    "import.cannot_write": QT_TRANSLATE_NOOP("Words", "无法导入“{file}”：数据文件夹无法写入。"),
    # --- the employer's codes (wizard/details) -----------------------------------------------
    "code.ok_checked": QT_TRANSLATE_NOOP("Words", "格式正确，校验位也对上了。"),
    "code.incomplete": QT_TRANSLATE_NOOP("Words", "已输入 {typed} 位，还差 {missing} 位（共 {total} 位）。"),
    "code.bad_char": QT_TRANSLATE_NOOP("Words", "第 {pos} 位“{char}”不是数字或字母，请核对。"),
    "uscc.typo_digit": QT_TRANSLATE_NOOP(
        "Words", "第 {pos} 位是字母 {char}。统一社会信用代码里没有 {char}，是不是数字 {meant}？"),
    "uscc.typo_letter": QT_TRANSLATE_NOOP(
        "Words", "第 {pos} 位是字母 {char}。统一社会信用代码里没有 {char}，是不是字母 {meant}？"),
    "uscc.digit_expected": QT_TRANSLATE_NOOP("Words", "第 {pos} 位应该是数字，现在是字母 {char}，请核对。"),
    "uscc.too_short": QT_TRANSLATE_NOOP(
        "Words", "只有 {length} 位。统一社会信用代码是 18 位，请核对是否漏了。"),
    "uscc.maybe_org_code": QT_TRANSLATE_NOOP(
        "Words", "如果这是旧证上的 9 位组织机构代码，请填到下面“组织机构代码”一栏。"),
    "uscc.too_long": QT_TRANSLATE_NOOP(
        "Words", "多了 {extra} 位：统一社会信用代码是 18 位，现在有 {length} 位，请核对。"),
    "uscc.looks_like_id": QT_TRANSLATE_NOOP(
        "Words", "这像是身份证号码。这里要填营业执照上的统一社会信用代码；本程序不保存身份证号码。"),
    "uscc.fix_matches": QT_TRANSLATE_NOOP("Words", "照上面改过来，校验位就对上了。"),
    "uscc.check_failed": QT_TRANSLATE_NOOP("Words", "第 18 位（最后一位，校验位）和前面的对不上，请核对。"),
    "uscc.error_in_head": QT_TRANSLATE_NOOP("Words", "错处多半在第 1–8 位或第 18 位。"),
    "uscc.error_in_org": QT_TRANSLATE_NOOP("Words", "错处多半在第 9–17 位。"),
    "uscc.early_codes": QT_TRANSLATE_NOOP(
        "Words", "如果营业执照上印的就是这样，就不用改：少数早期的代码本身通不过校验。"),
    "org.check_char_letter": QT_TRANSLATE_NOOP(
        "Words", "第 9 位（校验位）只能是数字或 X，现在是字母 {char}，请核对。"),
    "org.check_char_typo": QT_TRANSLATE_NOOP(
        "Words", "第 9 位（校验位）只能是数字或 X，现在是字母 {char}，是不是数字 {meant}？"),
    "org.looks_like_uscc": QT_TRANSLATE_NOOP(
        "Words", "这是 18 位，像是统一社会信用代码：请填到上面“统一社会信用代码”一栏。"),
    "org.wrong_length": QT_TRANSLATE_NOOP(
        "Words", "组织机构代码是 9 位（证书上印作“8 位-1 位”），现在是 {length} 位，请核对。"),
    "org.check_failed": QT_TRANSLATE_NOOP("Words", "第 9 位（最后一位，校验位）和前面的对不上，请核对。"),
    "mobile.no_country_code": QT_TRANSLATE_NOOP("Words", "不用填 +86，只填 11 位手机号码。"),
    "mobile.not_digit": QT_TRANSLATE_NOOP("Words", "手机号码只能是数字，第 {pos} 位是“{char}”，请核对。"),
    "mobile.not_digit_letter": QT_TRANSLATE_NOOP(
        "Words", "手机号码只能是数字，第 {pos} 位是字母 {char}，请核对。"),
    "mobile.prefix": QT_TRANSLATE_NOOP(
        "Words", "手机号码一般以 13 到 19 开头，现在是“{prefix}”开头，请核对。"),
    "mobile.wrong_length": QT_TRANSLATE_NOOP("Words", "手机号码是 11 位，现在是 {length} 位，请核对。"),
    "mobile.bad": QT_TRANSLATE_NOOP("Words", "手机号码的格式不对，请核对。"),
    "mobile.ok": QT_TRANSLATE_NOOP("Words", "格式正确。"),
    "management.too_long": QT_TRANSLATE_NOOP(
        "Words", "单位管理码最多 20 位，现在有 {length} 位，请核对。"),
    # --- content from a service centre's folder (wizard/content/choice.py) ------------------
    "content.fallback": QT_TRANSLATE_NOOP(
        "Words", "给工作人员：内容文件夹 {folder}（版本 {found}）没有通过检查（{count} 个问题），"
                 "所以现在用的是程序自带的内容（版本 {used}）。请用 --check-content 检查那个文件夹，"
                 "改好后重新启动程序。"),
    "content.fallback_no_edition": QT_TRANSLATE_NOOP(
        "Words", "给工作人员：{folder} 不是能用的内容文件夹（没有找到版本信息，{count} 个问题），"
                 "所以现在用的是程序自带的内容（版本 {used}）。请用 --check-content 检查那个文件夹，"
                 "改好后重新启动程序。"),
}


def word(code: str) -> str:
    """The translated wording of a code (the code itself if there is none: a test forbids)."""
    source = WORDS.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def say(message: Message) -> str:
    """A message in the user's language, its parameters filled in."""
    text = word(message.code)
    for name, value in message.params:
        text = text.replace("{" + name + "}", value)
    return text


def status_label(status: str) -> tuple[str, str]:
    """Icon and word for a step's status (never colour alone)."""
    icons = {"done": "✔", "current": "▶", "waiting": "◔", "later": "↷", "todo": "○"}
    status = status if status in icons else "todo"
    return icons[status], word(f"status.{status}")


def format_day(day: date) -> str:
    """A date in the reader's language: 2026年11月20日 / 20 November 2026."""
    pattern = QCoreApplication.translate("Dates", "yyyy年M月d日")
    return QDate(day.year, day.month, day.day).toString(pattern)
