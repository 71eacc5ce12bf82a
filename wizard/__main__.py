"""Command line: `wengang-wizard` or `python -m wizard`."""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    """The options, described in the user's language (install_cli_language first)."""
    from PySide6.QtCore import QCoreApplication

    from wizard.catalogue import catalogue

    translate = QCoreApplication.translate
    codes = catalogue().language_codes
    names = " / ".join(f"{lang.code} {lang.name}" for lang in catalogue().languages)
    parser = argparse.ArgumentParser(
        prog="wengang-wizard", add_help=False,
        description=translate(
            "Cli", "稳岗返还确认向导：一步一步帮单位登录广东人社网上服务平台，"
                   "完成失业保险稳岗返还信息确认。"))
    add = parser.add_argument
    add("-h", "--help", action="help", help=translate("Cli", "显示这段说明，然后退出"))
    add("--version", action="store_true", help=translate(
        "Cli", "显示程序和内容的版本、数据文件夹和日志文件，然后退出"))
    add("--data-dir", metavar="DIR", help=translate("Cli", "进度保存的文件夹（默认：用户数据文件夹）"))
    add("--content", metavar="DIR", help=translate(
        "Cli", "使用另一个内容文件夹（放着 catalogue.json 和各语言文件夹；默认：程序自带）"))
    add("--lang", choices=codes,
        help=translate("Cli", "界面语言：%1（默认按系统语言）").replace("%1", names))
    add("--screenshots", metavar="DIR",
        help=translate("Cli", "真实截图文件夹（按步骤命名，如 S3.png）；有图时代替示意图"))
    add("--kiosk", action="store_true", help=translate(
        "Cli", "自助机模式：全屏，不保存访客的任何信息，闲置后自动清除"
               "（admin.json 里的 \"kiosk\": true 也会打开）"))
    add("--hash-pin", action="store_true", help=translate(
        "Cli", "从标准输入读工作人员 PIN（不回显），打印 admin.json 里 pin_hash 的值"))
    add("--check-content", metavar="DIR", help=translate(
        "Cli", "检查一个内容文件夹的所有语言，列出全部问题；没有问题时退出码为 0"))
    add("--export-summary", action="store_true", help=translate(
        "Cli", "不开窗口，把一家单位的总结导出为 PDF（配合 --out，可选 --profile）"))
    add("--profile", metavar="NAME", help=translate("Cli", "单位名称（与 --export-summary 一起用）"))
    add("--out", metavar="FILE.pdf", help=translate("Cli", "导出的 PDF 文件（与 --export-summary 一起用）"))
    add("--self-test", action="store_true",
        help=translate("Cli", "自检：在临时文件夹里离屏走完每条路线，每项检查打印一行"))
    return parser


def install_cli_language(argv: list[str]) -> str:
    """Translations for the command line's own words, before the parser is built: --lang
    (looked for by hand: the parser is not made yet), else $WENGANG_LANG, else the system's."""
    from PySide6.QtCore import QCoreApplication

    from wizard.ui.locale import install_translators, startup_language

    wanted = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            wanted = argv[i + 1]
        elif arg.startswith("--lang="):
            wanted = arg.split("=", 1)[1]
    language = startup_language(wanted)
    app = QCoreApplication.instance() or QCoreApplication(["wengang-wizard"])
    install_translators(app, language)
    return language


def _console_utf8() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError):
            pass


def main(argv: list[str] | None = None) -> int:
    from wizard.ui import diagnostics

    _console_utf8()
    argv = sys.argv[1:] if argv is None else argv
    if any(a in ("-h", "--help") for a in argv):  # the only path that prints before a choice
        install_cli_language(argv)
    args = diagnostics.parse_args(build_parser(), argv)  # the windowed program shows mistakes
    if isinstance(args, int):
        return args
    if args.version:
        return version_command(args, argv)
    if args.check_content:
        from wizard.checks import check_content_folder

        return check_content_folder(args.check_content)
    if args.export_summary:
        if not args.out:
            from PySide6.QtCore import QCoreApplication

            translate = QCoreApplication.translate
            install_cli_language(argv)
            print(translate("Cli", "请用 --out 指定要保存的 PDF 文件，例如 --out 总结.pdf"))
            return 2
        from wizard.export import export_summary

        return export_summary(args.data_dir, args.profile, args.out, args.lang)
    if args.hash_pin:
        install_cli_language(argv)
        return hash_pin_command()
    if args.self_test:
        from wizard.selftest import run_self_test

        return run_self_test()
    from wizard.app import run

    try:
        return run(args.data_dir, args.content, args.screenshots, args.lang, kiosk=args.kiosk)
    except Exception as exc:  # the window never came: say so instead of vanishing
        return diagnostics.fatal(exc)


def version_command(args, argv: list[str]) -> int:
    """`--version`: what the About window says (wizard/ui/about.py), printed; the windowed
    program (no console) shows it in a message box."""
    from wizard.ui import diagnostics
    from wizard.ui.about import command_line_facts, version_text

    language = install_cli_language(argv)
    text = version_text(command_line_facts(args.data_dir, args.content, language, args.kiosk))
    if diagnostics.has_console():
        print(text)
    else:
        diagnostics.show_usage_box(text, is_error=False)
    return 0


def hash_pin_command() -> int:
    """`--hash-pin`: the staff PIN from the keyboard (not shown) or a pipe -> the pin_hash value."""
    from PySide6.QtCore import QCoreApplication

    from wizard.store.admin import hash_pin

    translate = QCoreApplication.translate
    if sys.stdin.isatty():
        import getpass

        pin = getpass.getpass(translate("Cli", "工作人员 PIN（输入时不显示）："))
        if getpass.getpass(translate("Cli", "再输入一次：")) != pin:
            print(translate("Cli", "两次输入的 PIN 不一样，没有生成。"), file=sys.stderr)
            return 2
    else:
        pin = sys.stdin.readline().rstrip("\r\n")
    if len(pin) < 4:
        print(translate("Cli", "PIN 至少要 4 位。"), file=sys.stderr)
        return 2
    print(hash_pin(pin))
    print(translate("Cli", '把上面这一行作为 "pin_hash" 的值写进 admin.json。'), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
