"""`--self-test`: for whoever installs the program (e.g. at a kiosk).

Runs offscreen in a throwaway data folder: checks the content, walks every route from the
welcome page to the summary, closes and reopens a waiting Route R, and prints one line per
check. Exit code 0 only when every check passes.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from wizard.flow import Answers, plan


@dataclass(frozen=True)
class Scenario:
    title: str
    answers: dict[str, str]
    route: str | None = None
    expected: list[str] = field(default_factory=list)


_C = ["C1", "C2", "C3", "C4", "C5"]
_NOTHING = dict(legal_person_account="no", trust_level_l2="no", verification_means="none",
                provincial_login_initialized="no", operator_personal_account="none",
                unit_hrss_account="no", authorization="not_started")

SCENARIOS: dict[str, Scenario] = {
    "route-s": Scenario("省统一身份认证，从零开始",
                        {**_NOTHING, "verification_means": "bank_certificate"},
                        expected=["S1", "S2", "S3", "R1", "S4", "S5", *_C]),
    "route-s-init": Scenario("省统一身份认证，已初始化",
                             {**_NOTHING, "legal_person_account": "yes", "trust_level_l2": "yes",
                              "provincial_login_initialized": "yes"},
                             expected=["S3", *_C]),
    "route-r": Scenario("人社统一认证，从零开始", dict(_NOTHING),
                        expected=["R1", "R2", "R3", "R4", "R5", "R6", "R7", *_C]),
    "route-r-wait": Scenario("人社统一认证，已申请授权码",
                             {**_NOTHING, "operator_personal_account": "verified",
                              "unit_hrss_account": "yes", "authorization": "applied_waiting"},
                             expected=["R6", "R7", *_C]),
    "route-r-chosen": Scenario("可走省统一身份认证，但自己选人社统一认证",
                               {**_NOTHING, "legal_person_account": "yes",
                                "trust_level_l2": "yes", "provincial_login_initialized": "yes",
                                "operator_personal_account": "verified", "unit_hrss_account": "yes",
                                "authorization": "done"},
                               route="R", expected=["R7", *_C]),
}


def _new_wizard(data: Path):
    from wizard.app import load_checked_content
    from wizard.store import ProfileStore
    from wizard.ui.session import Session
    from wizard.ui.wizard import GuideWizard

    store = ProfileStore(data)
    opened = store.open()
    wizard = GuideWizard(Session(load_checked_content(), store, opened.profile), opened.notice)
    wizard.resize(1024, 600)
    wizard.show()
    return wizard


def _walk(scenario: Scenario, data: Path) -> str:
    from wizard.ui.autopilot import drive

    wizard = _new_wizard(data)
    visited = drive(wizard, scenario.answers, scenario.route)
    steps = [k[5:] for k in visited if k.startswith("step:")]
    expected_plan = plan(Answers(**scenario.answers).situation(scenario.route)).step_ids
    if steps != scenario.expected or steps != expected_plan:
        raise AssertionError(f"走过的步骤 {steps}，应为 {scenario.expected}")
    wizard.close()
    return f"{len(visited)} 页，步骤 {' '.join(steps)}"


def _resume(data: Path) -> str:
    from wizard.ui.autopilot import drive

    wizard = _new_wizard(data)
    drive(wizard, SCENARIOS["route-r"].answers, stop_at="step:R6")
    wizard.close()
    reopened = _new_wizard(data)
    reopened.resume()
    if reopened.current_key() != "step:R6":
        raise AssertionError(f"重新打开后停在 {reopened.current_key()}，应为 step:R6")
    if not reopened.session.progress.is_waiting_for_sms():
        raise AssertionError("重新打开后没有显示“等待短信”")
    reopened.close()
    return "关闭再打开后回到 R6（等待授权码短信）"


def _quiet_offscreen_messages() -> None:
    """The offscreen platform warns on every window it cannot resize; keep the report readable."""
    import sys

    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from wizard.app import ensure_app, load_checked_content

    _quiet_offscreen_messages()
    ensure_app()
    root = Path(tempfile.mkdtemp(prefix="wengang-selftest-"))
    checks: list[tuple[str, Callable[[], str]]] = [
        ("内容文件", lambda: (lambda c: f"{len(c.steps)} 个步骤，{len(c.questions)} 个问题")(
            load_checked_content())),
    ]
    for name, scenario in SCENARIOS.items():
        checks.append((f"路线：{scenario.title}",
                       lambda s=scenario, n=name: _walk(s, root / n)))
    checks.append(("关闭后继续", lambda: _resume(root / "resume")))
    failures = 0
    try:
        for title, check in checks:
            try:
                detail = check()
                print(f"[ok]   {title}：{detail}", flush=True)
            except Exception as exc:  # a self-test reports every failure and goes on
                failures += 1
                print(f"[FAIL] {title}：{exc}", flush=True)
                if os.environ.get("WENGANG_DEBUG"):
                    traceback.print_exc()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"{len(checks) - failures} passed, {failures} failed")
    return 1 if failures else 0
