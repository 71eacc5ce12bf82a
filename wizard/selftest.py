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
from dataclasses import dataclass
from pathlib import Path

from wizard.flow import plan, situation_of
from wizard.flow.questions import NEUTRAL_DEFAULTS


@dataclass(frozen=True)
class Scenario:
    title: str
    answers: dict[str, str]
    route: str | None = None
    expected_route: str = "S"


# Every answer "nothing yet"; a question added later starts at its neutral default, so the
# scenarios (and the tests and tools that drive them) keep walking without an edit here.
_NOTHING = dict(NEUTRAL_DEFAULTS, legal_person_account="no", trust_level_l2="no", verification_means="none",
                provincial_login_initialized="no", operator_personal_account="none",
                unit_hrss_account="no", authorization="not_started")

SCENARIOS: dict[str, Scenario] = {
    "route-s": Scenario("省统一身份认证，从零开始",
                        {**_NOTHING, "verification_means": "bank_certificate"}),
    "route-s-init": Scenario("省统一身份认证，已初始化",
                             {**_NOTHING, "legal_person_account": "yes", "trust_level_l2": "yes",
                              "provincial_login_initialized": "yes"}),
    "route-s-check": Scenario("法人账号可能已是四级：先查一查",
                              {**_NOTHING, "legal_person_account": "unsure", "trust_level_l2": "unsure",
                               "provincial_login_initialized": "unsure",
                               "operator_personal_account": "verified", "unit_hrss_account": "unsure"}),
    "route-r": Scenario("人社统一认证，从零开始", dict(_NOTHING), expected_route="R"),
    "route-r-wait": Scenario("人社统一认证，已申请授权码",
                             {**_NOTHING, "operator_personal_account": "verified",
                              "unit_hrss_account": "yes", "authorization": "applied_waiting"},
                             expected_route="R"),
    "route-r-chosen": Scenario("可走省统一身份认证，但自己选人社统一认证",
                               {**_NOTHING, "legal_person_account": "yes",
                                "trust_level_l2": "yes", "provincial_login_initialized": "yes",
                                "operator_personal_account": "verified", "unit_hrss_account": "yes",
                                "authorization": "done"},
                               route="R", expected_route="R"),
}


def _new_wizard(data: Path):
    from wizard.content import load_content
    from wizard.store import ProfileStore
    from wizard.ui.session import Session
    from wizard.ui.wizard import GuideWizard

    store = ProfileStore(data)
    opened = store.open()
    wizard = GuideWizard(Session(load_content(), store, opened.profile), opened.notices)
    wizard.resize(1024, 600)
    wizard.show()
    return wizard


def _walk(scenario: Scenario, data: Path) -> str:
    from wizard.ui.autopilot import drive

    wizard = _new_wizard(data)
    visited = drive(wizard, scenario.answers, scenario.route)
    steps = [k.id for k in visited if k.kind == "step"]
    expected = plan(situation_of(scenario.answers, scenario.route))
    if steps != expected.step_ids or expected.route != scenario.expected_route:
        raise AssertionError(f"走过的步骤 {steps}，应为 {expected.step_ids}（路线 {expected.route}）")
    wizard.close()
    return f"{len(visited)} 页，步骤 {' '.join(steps)}"


def _resume(data: Path) -> str:
    from wizard.flow.journey import step_key
    from wizard.report import waiting_step
    from wizard.ui.autopilot import drive

    wizard = _new_wizard(data)
    content = wizard.session.content
    answers = SCENARIOS["route-r"].answers
    waiting = next(s for s in plan(situation_of(answers)).step_ids if content.steps[s].has("waiting"))
    drive(wizard, answers, stop_at=step_key(waiting))
    wizard.close()
    reopened = _new_wizard(data)
    reopened.resume()
    if reopened.current_key() != step_key(waiting):
        raise AssertionError(f"重新打开后停在 {reopened.current_key()}，应为 {waiting}")
    if waiting_step(content, reopened.session.progress) != waiting:
        raise AssertionError("重新打开后没有显示“等待短信”")
    reopened.close()
    return f"关闭再打开后回到 {waiting}（等待审核短信）"


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
    from wizard.app import ensure_app
    from wizard.content import load_content

    _quiet_offscreen_messages()
    ensure_app()
    root = Path(tempfile.mkdtemp(prefix="wengang-selftest-"))
    checks: list[tuple[str, Callable[[], str]]] = [
        ("内容文件", lambda: (lambda c: f"{len(c.steps)} 个步骤，{len(c.questions)} 个问题")(
            load_content())),
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
