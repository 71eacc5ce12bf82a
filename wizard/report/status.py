"""What a step's status is, as the user is shown it — one rule for the side panel, the
summary, the PDF and the desk. Step features come from content; no step id appears here.

  done      ticked as done
  waiting   a step with the "waiting" feature, not done, whose application was submitted: the
            plan says so from the interview, or an earlier step of the plan with the
            "application_date" feature is done
  later     put off ("稍后再做")
  todo      everything else
"""

from __future__ import annotations

from typing import Literal

from wizard.content.model import Content
from wizard.flow.plan import Plan
from wizard.store.progress import Progress

ShownStatus = Literal["done", "waiting", "later", "todo"]


def is_waiting(content: Content, progress: Progress, plan: Plan, step_id: str) -> bool:
    step = content.steps.get(step_id)
    entry = plan.entry(step_id)
    if step is None or not step.has("waiting") or entry is None or not entry.included:
        return False
    if progress.status(step_id) == "done":
        return False
    if entry.waiting:
        return True
    ids = plan.step_ids
    earlier = ids[: ids.index(step_id)]
    return any(content.steps[s].has("application_date") and progress.status(s) == "done"
               for s in earlier)


def waiting_step(content: Content, progress: Progress, plan: Plan | None = None) -> str | None:
    """The step now waiting for an office's answer, if any."""
    plan = plan or progress.plan()
    return next((s for s in plan.step_ids if is_waiting(content, progress, plan, s)), None)


def shown_status(content: Content, progress: Progress, plan: Plan, step_id: str) -> ShownStatus:
    status = progress.status(step_id)
    if status != "done" and is_waiting(content, progress, plan, step_id):
        return "waiting"
    return status
