"""Load a content folder, validate it whole, and report every problem at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from wizard.content.models import Content, Questions, Step, Texts
from wizard.content.pictures import illustration_problem
from wizard.flow import ALL_STEP_IDS, QUESTION_ORDER, REASON_CODES
from wizard.flow.situation import ANSWER_VALUES
from wizard.store.files import problem_text, read_json

# pydantic's error types, said in plain Chinese for the people who edit content.
_MESSAGES = {
    "missing": "缺少必填项",
    "extra_forbidden": "不认识的字段（是否拼错了？）",
    "string_type": "应该是一段文字",
    "string_too_short": "不能为空",
    "string_too_long": "文字太长",
    "too_short": "内容太少（不能为空）",
    "list_type": "应该是一个列表 [...]",
    "tuple_type": "应该是一个列表 [...]",
    "dict_type": "应该是一个对象 {...}",
    "model_type": "应该是一个对象 {...}",
    "literal_error": "取值不在允许范围内",
    "int_type": "应该是一个整数",
}


class ContentError(Exception):
    """A content folder that cannot be used; `problems` lists every reason, one line each."""

    def __init__(self, folder: Path, problems: list[str]):
        self.folder = folder
        self.problems = problems
        super().__init__("\n".join(problems))


def _place(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "（整个文件）"


def _describe(file: str, error: ValidationError) -> list[str]:
    lines = []
    for e in error.errors():
        if e["type"] == "json_invalid":
            lines.append(f"{file}: JSON 格式错误：{e['msg']}")
            continue
        msg = e["msg"].removeprefix("Value error, ") if e["type"] == "value_error" else None
        msg = msg or _MESSAGES.get(e["type"], e["msg"])
        lines.append(f"{file}: {_place(e['loc'])}: {msg}")
    return lines


def _read(path: Path, model: type[BaseModel], label: str, problems: list[str]) -> Any:
    try:
        data = read_json(path)
    except (OSError, ValueError) as exc:
        problems.append(f"{label}: {problem_text(exc)}")
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems.extend(_describe(label, exc))
        return None


def _check_questions(questions: Questions, problems: list[str]) -> None:
    ids = [q.id for q in questions.questions]
    for index, q in enumerate(questions.questions, 1):
        where = f"questions.json: questions[{index}]"
        if q.id not in ANSWER_VALUES:
            problems.append(f"{where}.id: 没有这个问题：{q.id}（可用：{', '.join(QUESTION_ORDER)}）")
            continue
        if ids.count(q.id) > 1:
            problems.append(f"{where}.id: 问题 {q.id} 重复出现")
        values = [o.value for o in q.options]
        allowed = ANSWER_VALUES[q.id]
        for v in values:
            if v not in allowed:
                problems.append(f"{where}.options: 选项 {v} 不是允许的取值（{', '.join(allowed)}）")
            if values.count(v) > 1:
                problems.append(f"{where}.options: 选项 {v} 重复出现")
        for v in allowed:
            if v not in values:
                problems.append(f"{where}.options: 缺少选项 {v}")
    for qid in QUESTION_ORDER:
        if qid not in ids:
            problems.append(f"questions.json: 缺少问题 {qid}")


def load_content(folder: Path, illustrations: Path | None = None) -> Content:
    """Read and check a whole content folder; raise ContentError listing every problem."""
    folder = Path(folder)
    problems: list[str] = []
    if not folder.is_dir():
        raise ContentError(folder, [f"{folder}: 内容文件夹不存在"])

    texts = _read(folder / "texts.json", Texts, "texts.json", problems)
    questions = _read(folder / "questions.json", Questions, "questions.json", problems)
    if texts is not None:
        for code in sorted(REASON_CODES - set(texts.reasons)):
            problems.append(f"texts.json: reasons: 缺少理由 {code} 的文字")
        for code in sorted(set(texts.reasons) - REASON_CODES):
            problems.append(f"texts.json: reasons.{code}: 程序不会用到这个理由（是否拼错了？）")
        for route in ("S", "R", "C"):
            if route not in texts.routes:
                problems.append(f"texts.json: routes: 缺少路线 {route}")
    if questions is not None:
        _check_questions(questions, problems)

    steps: dict[str, Step] = {}
    step_dir = folder / "steps"
    if not step_dir.is_dir():
        problems.append("steps: 文件夹不存在")
    else:
        for path in sorted(step_dir.glob("*.json")):
            label = f"steps/{path.name}"
            step = _read(path, Step, label, problems)
            if step is None:
                continue
            if step.id != path.stem:
                problems.append(f"{label}: id: 应与文件名一致（{path.stem}），现在是 {step.id}")
            elif step.id not in ALL_STEP_IDS:
                problems.append(f"{label}: id: 没有这个步骤：{step.id}")
            else:
                if step.route != step.id[0]:
                    problems.append(f"{label}: route: 步骤 {step.id} 属于路线 {step.id[0]}")
                if step.illustration and illustrations is not None:
                    if problem := illustration_problem(illustrations, step.illustration):
                        problems.append(f"{label}: illustration: {problem}")
                steps[step.id] = step
        for step_id in ALL_STEP_IDS:
            if step_id not in steps and not (step_dir / f"{step_id}.json").exists():
                problems.append(f"steps/{step_id}.json: 缺少这个步骤的文件")

    if problems:
        raise ContentError(folder, problems)
    return Content(
        language=folder.name,
        texts=texts,
        questions=tuple(sorted(questions.questions, key=lambda q: QUESTION_ORDER.index(q.id))),
        steps={i: steps[i] for i in ALL_STEP_IDS},
    )
