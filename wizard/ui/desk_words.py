"""The user's language for the desk's list messages (wizard.desk.messages): why a file was
refused — one sentence — and what to check on a row of an imported list.

Each wording is Simplified Chinese source text marked for Qt's translation, with {name}
placeholders filled from the message's parameters; the code checks' own advice is worded by
wizard/ui/words.py.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from wizard.desk.messages import Message, Refusal, RowIssue
from wizard.ui.words import say

CONTEXT = "DeskWords"

WORDS: dict[str, str] = {
    # --- a file that is not read, or a table that is not written: one sentence ------------------
    Refusal.UNREADABLE: QT_TRANSLATE_NOOP(
        "DeskWords", "读不出这个文件：请确认它还在，而且没有被别的程序占用。"),
    Refusal.TOO_BIG: QT_TRANSLATE_NOOP(
        "DeskWords", "这个文件太大（超过 {max_mb} MB），不像是一份单位名单。"),
    Refusal.EMPTY_FILE: QT_TRANSLATE_NOOP("DeskWords", "这个文件是空的，里面没有单位名单。"),
    Refusal.ENCRYPTED: QT_TRANSLATE_NOOP(
        "DeskWords", "这个表格设了密码：请在 Excel 里去掉密码另存一份，再导入那一份。"),
    Refusal.OLD_EXCEL: QT_TRANSLATE_NOOP(
        "DeskWords", "这是旧版 Excel 的 .xls 文件：请在 Excel 里“另存为” .xlsx 或 .csv 再导入。"),
    Refusal.UNSUPPORTED: QT_TRANSLATE_NOOP(
        "DeskWords", "只能导入 Excel 的 .xlsx 文件或 .csv 文件，这个文件不是。"),
    Refusal.DAMAGED: QT_TRANSLATE_NOOP(
        "DeskWords", "这个表格文件已损坏，打不开：请在 Excel 里打开它，另存为 .xlsx 再试。"),
    Refusal.ENCODING: QT_TRANSLATE_NOOP(
        "DeskWords", "读不懂这个 CSV 文件的文字编码：请在 Excel 里另存为“CSV UTF-8”再导入。"),
    Refusal.NO_HEADER: QT_TRANSLATE_NOOP(
        "DeskWords", "前 {rows_searched} 行里没有找到“单位名称”这一列：请在名单的第一行写上"
                     "“单位名称”“统一社会信用代码”等列名。"),
    Refusal.NO_ROWS: QT_TRANSLATE_NOOP("DeskWords", "表格里有列名，但下面没有一家单位。"),
    Refusal.TOO_MANY_ROWS: QT_TRANSLATE_NOOP(
        "DeskWords", "一次最多导入 {limit} 家单位，请把名单分成几个文件。"),
    Refusal.NOT_A_FILE: QT_TRANSLATE_NOOP(
        "DeskWords", "不能存到这里：这个名字已经是一个文件夹或快捷方式，请换一个文件名。"),
    Refusal.CANNOT_WRITE: QT_TRANSLATE_NOOP(
        "DeskWords", "没能保存（{reason}）：请换一个文件夹，例如“文档”或 U 盘，再试一次。"),
    # --- what to check on a row ------------------------------------------------------------------
    RowIssue.NO_NAME: QT_TRANSLATE_NOOP("DeskWords", "没有单位名称：这一行不导入。"),
    f"{RowIssue.SHORTENED}.name": QT_TRANSLATE_NOOP(
        "DeskWords", "单位名称太长：只保留前 {limit} 个字。"),
    f"{RowIssue.SHORTENED}.operator_name": QT_TRANSLATE_NOOP(
        "DeskWords", "联系人太长：只保留前 {limit} 个字。"),
    f"{RowIssue.SHORTENED}.note": QT_TRANSLATE_NOOP("DeskWords", "备注太长：只保留前 {limit} 个字。"),
    RowIssue.USCC_CHECK: QT_TRANSLATE_NOOP("DeskWords", "统一社会信用代码：{messages}"),
    f"{RowIssue.USCC_NOT_KEPT}.id_number": QT_TRANSLATE_NOOP(
        "DeskWords", "信用代码一栏像是身份证号码：没有导入（本程序不保存身份证号码）。"),
    f"{RowIssue.USCC_NOT_KEPT}.too_long": QT_TRANSLATE_NOOP(
        "DeskWords", "统一社会信用代码太长：没有导入，请核对。"),
    RowIssue.USCC_WAS_NUMBER: QT_TRANSLATE_NOOP(
        "DeskWords", "统一社会信用代码在表格里存成了数字，可能少了位数：请核对。"),
    RowIssue.MOBILE_CHECK: QT_TRANSLATE_NOOP("DeskWords", "手机号码：{messages}"),
    RowIssue.MOBILE_NOT_KEPT: QT_TRANSLATE_NOOP("DeskWords", "手机号码太长：没有导入。"),
    f"{RowIssue.NAME_DIFFERS}.existing_name": QT_TRANSLATE_NOOP(
        "DeskWords", "信用代码和已有的“{existing_name}”相同，名称不同：合并到它，名称不改。"),
    f"{RowIssue.NAME_DIFFERS}.line": QT_TRANSLATE_NOOP(
        "DeskWords", "信用代码和第 {line} 行相同，名称不同：并到第 {line} 行那家。"),
    f"{RowIssue.SAME_NAME_OTHER_CODE}.existing_name": QT_TRANSLATE_NOOP(
        "DeskWords", "和已有的“{existing_name}”同名，但信用代码不同：这一行不导入，请核对代码。"),
    f"{RowIssue.SAME_NAME_OTHER_CODE}.line": QT_TRANSLATE_NOOP(
        "DeskWords", "和第 {line} 行同名，但信用代码不同：这一行不导入，请核对代码。"),
}

# The parameter that picks the wording, for codes worded in variants.
_VARIANT = {RowIssue.SHORTENED: "field", RowIssue.USCC_NOT_KEPT: "reason"}


def wording_key(message: Message) -> str:
    code, params = message.code, message.params
    if code in _VARIANT:
        return f"{code}.{params.get(_VARIANT[code])}"
    if code in (RowIssue.NAME_DIFFERS, RowIssue.SAME_NAME_OTHER_CODE):
        return f"{code}.{'existing_name' if 'existing_name' in params else 'line'}"
    return str(code)


def say_list(message: Message) -> str:
    """A list message in the user's language, its parameters filled in."""
    key = wording_key(message)
    source = WORDS.get(key)
    text = QCoreApplication.translate(CONTEXT, source) if source else key
    for name, value in message.params.items():
        if name == "messages":  # the code checks' own advice
            value = " ".join(say(m) for m in value)
        text = text.replace("{" + name + "}", str(value))
    return text
