"""Command line: `wengang-wizard` or `python -m wizard`."""

from __future__ import annotations

import argparse
import sys

from wizard import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wengang-wizard",
        description="稳岗返还确认向导：一步一步帮单位登录广东人社网上服务平台，完成失业保险稳岗返还信息确认。",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="进度保存的文件夹（默认：用户数据文件夹）")
    parser.add_argument("--content", metavar="DIR", help="使用另一个内容文件夹（默认：程序自带）")
    parser.add_argument("--lang", choices=("zh_CN", "zh_HK", "en"),
                        help="界面语言：zh_CN 简体中文，zh_HK 繁體中文，en English（默认按系统语言）")
    parser.add_argument("--screenshots", metavar="DIR",
                        help="真实截图文件夹（按步骤命名，如 S3.png）；有图时代替示意图")
    parser.add_argument("--kiosk", action="store_true",
                        help="自助机模式：全屏，不保存访客的任何信息，闲置后自动清除"
                             "（admin.json 里的 \"kiosk\": true 也会打开）")
    parser.add_argument("--hash-pin", action="store_true",
                        help="从标准输入读工作人员 PIN（不回显），打印 admin.json 里 pin_hash 的值")
    parser.add_argument("--check-content", metavar="DIR",
                        help="检查一个内容文件夹，列出全部问题；没有问题时退出码为 0")
    parser.add_argument("--export-summary", action="store_true",
                        help="不开窗口，把一家单位的总结导出为 PDF（配合 --out，可选 --profile）")
    parser.add_argument("--profile", metavar="NAME", help="单位名称（与 --export-summary 一起用）")
    parser.add_argument("--out", metavar="FILE.pdf", help="导出的 PDF 文件（与 --export-summary 一起用）")
    parser.add_argument("--self-test", action="store_true",
                        help="自检：在临时文件夹里离屏走完每条路线，每项检查打印一行")
    return parser


def _console_utf8() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError):
            pass


def main(argv: list[str] | None = None) -> int:
    from wizard import diagnostics

    _console_utf8()
    args = diagnostics.parse_args(build_parser(), argv)  # the windowed program shows mistakes
    if isinstance(args, int):
        return args
    if args.check_content:
        from wizard.checks import check_content_folder

        return check_content_folder(args.check_content)
    if args.export_summary:
        if not args.out:
            print("请用 --out 指定要保存的 PDF 文件，例如 --out 总结.pdf")
            return 2
        from wizard.export import export_summary

        return export_summary(args.data_dir, args.profile, args.out, args.lang)
    if args.hash_pin:
        return hash_pin_command()
    if args.self_test:
        from wizard.selftest import run_self_test

        return run_self_test()
    from wizard.app import run

    try:
        return run(args.data_dir, args.content, args.screenshots, args.lang, kiosk=args.kiosk)
    except Exception as exc:  # the window never came: say so instead of vanishing
        return diagnostics.fatal(exc)


def hash_pin_command() -> int:
    """`--hash-pin`: the staff PIN from the keyboard (not shown) or a pipe -> the pin_hash value."""
    from wizard.store.admin import hash_pin

    if sys.stdin.isatty():
        import getpass

        pin = getpass.getpass("工作人员 PIN（输入时不显示）：")
        if getpass.getpass("再输入一次：") != pin:
            print("两次输入的 PIN 不一样，没有生成。", file=sys.stderr)
            return 2
    else:
        pin = sys.stdin.readline().rstrip("\r\n")
    if len(pin) < 4:
        print("PIN 至少要 4 位。", file=sys.stderr)
        return 2
    print(hash_pin(pin))
    print('把上面这一行作为 "pin_hash" 的值写进 admin.json。', file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
