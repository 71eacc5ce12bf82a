"""Check a whole content root and report every problem at once, in plain Chinese (the people
who edit content are service-centre staff), each with its file and place.

The structure comes from the models' annotations (pydantic, wizard/content/model.py); the
rules beyond structure are here: the catalogue's shape, every step and language present,
reasons for every routing outcome, questions matching the interview, links allowed by the link
rule, portal labels known to the catalogue, features and pictures that exist, and the same
structure in every language. Only called when the validated cache (loader.py) has no entry.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from annotated_types import MaxLen, MinLen

from wizard.catalogue import CATALOGUE_FILE, PORTAL_LANGUAGE, Catalogue, catalogue_from_data, month_day
from wizard.content.drawings import SCHEMATICS_FILE, draw_all
from wizard.content.labels import markers, render_tree
from wizard.content.links import link_problem
from wizard.content.model import Content, Questions, Step, Texts, content_from_plain
from wizard.typed_data import to_plain

# pydantic's error types, said in plain Chinese for the people who edit content.
_MESSAGES = {
    "missing": "缺少必填项",
    "missing_argument": "缺少必填项",
    "extra_forbidden": "不认识的字段（是否拼错了？）",
    "unexpected_keyword_argument": "不认识的字段（是否拼错了？）",
    "string_type": "应该是一段文字",
    "string_too_short": "不能为空",
    "string_too_long": "文字太长",
    "too_short": "内容太少（不能为空）",
    "too_long": "内容太多",
    "list_type": "应该是一个列表 [...]",
    "tuple_type": "应该是一个列表 [...]",
    "dict_type": "应该是一个对象 {...}",
    "model_type": "应该是一个对象 {...}",
    "dataclass_type": "应该是一个对象 {...}",
    "dataclass_args_type": "应该是一个对象 {...}",
    "literal_error": "取值不在允许范围内",
    "int_type": "应该是一个整数",
    "date_from_datetime_parsing": "应该是日期，例如 2026-11-30",
    "date_parsing": "应该是日期，例如 2026-11-30",
}
PANEL_WIDTH = 24  # the side panel: 12 Chinese characters or about 24 Latin letters
NEXT_STEP = "{next_step}"


# --- the catalogue file as written (labels keyed by id) -------------------------------------
@dataclass(frozen=True)
class _LanguageFile:
    __pydantic_config__ = {"extra": "forbid"}  # noqa: RUF012

    code: Annotated[str, MinLen(2), MaxLen(16)]
    name: Annotated[str, MinLen(1)]
    qt_locale: Annotated[str, MinLen(2)]
    qt_translation: str | None
    system_locales: tuple[Annotated[str, MinLen(2)], ...]
    fonts: tuple[Annotated[str, MinLen(1)], ...]


@dataclass(frozen=True)
class _PhaseFile:
    __pydantic_config__ = {"extra": "forbid"}  # noqa: RUF012

    id: Annotated[str, MinLen(1)]
    steps: Annotated[tuple[Annotated[str, MinLen(1), MaxLen(16)], ...], MinLen(1)]


@dataclass(frozen=True)
class _LabelFile:
    __pydantic_config__ = {"extra": "forbid", "str_strip_whitespace": True}  # noqa: RUF012

    portal: Annotated[str, MinLen(1)]
    gloss: dict[str, Annotated[str, MinLen(1)]]


@dataclass(frozen=True)
class _CatalogueFile:
    __pydantic_config__ = {"extra": "forbid"}  # noqa: RUF012

    schema_version: int
    edition: Annotated[str, MinLen(1), MaxLen(40)]
    checked_on: date
    languages: Annotated[tuple[_LanguageFile, ...], MinLen(1)]
    fallback_language: str
    phases: Annotated[tuple[_PhaseFile, ...], MinLen(1)]
    labels: dict[Annotated[str, MinLen(1)], _LabelFile]
    usual_deadline: str | None = None  # "MM-DD"


@dataclass
class RootCheck:
    """The outcome of a check: every problem, and the contents when there are none."""

    catalogue: Catalogue | None
    contents: dict[str, Content]  # language -> content, labels rendered
    problems: list[str]
    plain: dict[str, Any]  # language -> the contents as plain data, for the cache


def _place(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "（整个文件）"


def _describe(file: str, error) -> list[str]:
    lines = []
    for e in error.errors():
        msg = e["msg"].removeprefix("Value error, ") if e["type"] == "value_error" else None
        msg = msg or _MESSAGES.get(e["type"], e["msg"])
        loc = tuple(p for p in e["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        lines.append(f"{file}: {_place(loc)}: {msg}")
    return lines


def read_json(path: Path, label: str, problems: list[str]) -> Any:
    """Parsed JSON, or None with the problem said (missing, not a regular file, too large, not
    UTF-8, bad JSON, nested too deep, a huge number …: wizard/files.py)."""
    from wizard.files import problem_text
    from wizard.files import read_json as read_safely

    try:
        return read_safely(path)
    except (OSError, ValueError) as exc:
        problems.append(f"{label}: {problem_text(exc)}")
        return None


def _validate(tp, data: Any, label: str, problems: list[str]) -> Any:
    from wizard.validation import validate

    try:
        return validate(tp, data)
    except ValueError as exc:
        if hasattr(exc, "errors"):
            problems.extend(_describe(label, exc))
        else:
            problems.append(f"{label}: {exc}")
        return None


def panel_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# --- the catalogue --------------------------------------------------------------------------
def check_catalogue(root: Path, problems: list[str]) -> Catalogue | None:
    from wizard.flow.plan import R_STEPS, S_STEPS

    data = read_json(root / CATALOGUE_FILE, CATALOGUE_FILE, problems)
    if data is None:
        return None
    checked = _validate(_CatalogueFile, data, CATALOGUE_FILE, problems)
    if checked is None:
        return None
    before = len(problems)
    where = CATALOGUE_FILE
    codes = [lang.code for lang in checked.languages]
    for code in {c for c in codes if codes.count(c) > 1}:
        problems.append(f"{where}: languages: 语言 {code} 重复出现")
    if checked.fallback_language not in codes:
        problems.append(f"{where}: fallback_language: {checked.fallback_language} 不在 languages 里")
    if PORTAL_LANGUAGE not in codes:
        problems.append(f"{where}: languages: 必须有 {PORTAL_LANGUAGE}（网站本身的语言）")
    phase_ids = [p.id for p in checked.phases]
    all_steps = [s for p in checked.phases for s in p.steps]
    for step in {s for s in all_steps if all_steps.count(s) > 1}:
        problems.append(f"{where}: phases: 步骤 {step} 重复出现")
    for needed, steps in (("S", S_STEPS), ("R", R_STEPS)):
        if needed not in phase_ids:
            problems.append(f"{where}: phases: 缺少路线 {needed}")
        elif tuple(next(p for p in checked.phases if p.id == needed).steps) != steps:
            problems.append(f"{where}: phases: 路线 {needed} 的步骤由程序的路线规则决定，应为 "
                            f"{' '.join(steps)}")
    if "C" not in phase_ids:
        problems.append(f"{where}: phases: 缺少确认阶段 C")
    for label_id, label in checked.labels.items():
        if not label_id.isascii() or not label_id.replace("_", "").isalnum():
            problems.append(f"{where}: labels.{label_id}: 标签的 id 只能用英文字母、数字和下划线")
        for code in codes:
            if code != PORTAL_LANGUAGE and code not in label.gloss:
                problems.append(f"{where}: labels.{label_id}.gloss: 缺少 {code} 的译名")
        for code in label.gloss:
            if code not in codes:
                problems.append(f"{where}: labels.{label_id}.gloss: 没有这个语言：{code}")
    if checked.usual_deadline is not None:
        try:
            month_day(checked.usual_deadline)
        except ValueError:
            problems.append(f"{where}: usual_deadline: 应写成“月-日”，例如 12-31，"
                            f"现在是 {checked.usual_deadline}")
    if len(problems) > before:
        return None
    return catalogue_from_data(to_plain(checked))


# --- one language -------------------------------------------------------------------------------
def _check_markers(data: Any, label: str, catalogue: Catalogue, problems: list[str]) -> None:
    for place, label_id in markers(data):
        if label_id not in catalogue.labels:
            hint = ""
            spelled = [k for k, v in catalogue.labels.items() if v.portal == label_id]
            if spelled:
                hint = f"（请写成【{spelled[0]}】）"
            problems.append(f"{label}: {place}: 【{label_id}】不是目录里的网页标签{hint}")


def _check_links(links: Any, where: str, problems: list[str]) -> None:
    """The link rule on every link of a (raw, maybe otherwise broken) step."""
    for i, link in enumerate(links if isinstance(links, list) else [], 1):
        url = link.get("url") if isinstance(link, dict) else None
        if isinstance(url, str) and (problem := link_problem(url)):
            problems.append(f"{where}[{i}].url: {problem}")


def _check_raw_step(data: Any, label: str, problems: list[str]) -> None:
    if not isinstance(data, dict):
        return
    _check_links(data.get("links"), f"{label}: links", problems)
    for i, item in enumerate(data.get("help") if isinstance(data.get("help"), list) else [], 1):
        if isinstance(item, dict):
            _check_links(item.get("links"), f"{label}: help[{i}].links", problems)


def _check_step(step: Step, label: str, problems: list[str], drawings: dict[str, str] | None) -> None:
    if panel_width(step.short_title) > PANEL_WIDTH:
        problems.append(f"{label}: short_title: 太长：侧栏最多放 12 个汉字或 24 个英文字母")
    if drawings is not None and step.illustration and step.illustration not in drawings:
        problems.append(f"{label}: illustration: {SCHEMATICS_FILE} 里没有这张图：{step.illustration}")
    if step.illustration and not step.illustration_alt:
        problems.append(f"{label}: illustration_alt: 有图就要写图上画了什么（给读屏软件）")
    for field_name in ("title", "purpose", "check_first"):
        if NEXT_STEP in getattr(step, field_name):
            problems.append(f"{label}: {field_name}: {NEXT_STEP} 只能用在 instructions 里")
    if len(set(step.features)) != len(step.features):
        problems.append(f"{label}: features: 有重复的功能")


def _check_language(root: Path, language: str, catalogue: Catalogue, problems: list[str],
                    drawings: dict[str, str] | None) -> tuple[Content | None, Any]:
    from wizard.flow.plan import all_reason_codes
    from wizard.flow.questions import QUESTION_ORDER, QUESTIONS

    folder = root / language
    if not folder.is_dir():
        problems.append(f"{language}: 缺少这个语言的内容文件夹")
        return None, None
    before = len(problems)
    raw: dict[str, Any] = {}
    for name in ("texts", "questions"):
        label = f"{language}/{name}.json"
        raw[name] = read_json(folder / f"{name}.json", label, problems)
        if raw[name] is not None:
            _check_markers(raw[name], label, catalogue, problems)
    texts = _validate(Texts, raw["texts"], f"{language}/texts.json", problems) \
        if raw["texts"] is not None else None
    questions = _validate(Questions, raw["questions"], f"{language}/questions.json", problems) \
        if raw["questions"] is not None else None
    if texts is not None:
        where = f"{language}/texts.json"
        codes = all_reason_codes()
        for code in sorted(codes - set(texts.reasons)):
            problems.append(f"{where}: reasons: 缺少理由 {code} 的文字")
        for code in sorted(set(texts.reasons) - codes):
            problems.append(f"{where}: reasons.{code}: 程序不会用到这个理由（是否拼错了？）")
        for phase in catalogue.phases:
            if phase.id not in texts.routes:
                problems.append(f"{where}: routes: 缺少路线 {phase.id}")
        for route in texts.routes:
            if route not in {p.id for p in catalogue.phases}:
                problems.append(f"{where}: routes.{route}: 目录里没有这条路线")
    if questions is not None:
        where = f"{language}/questions.json"
        ids = [q.id for q in questions.questions]
        for index, q in enumerate(questions.questions, 1):
            if q.id not in QUESTIONS:
                problems.append(f"{where}: questions[{index}].id: 没有这个问题：{q.id}"
                                f"（可用：{', '.join(QUESTION_ORDER)}）")
                continue
            if ids.count(q.id) > 1:
                problems.append(f"{where}: questions[{index}].id: 问题 {q.id} 重复出现")
            values = [o.value for o in q.options]
            for v in values:
                if v not in QUESTIONS[q.id]:
                    problems.append(f"{where}: questions[{index}].options: 选项 {v} 不是允许的取值"
                                    f"（{', '.join(QUESTIONS[q.id])}）")
                if values.count(v) > 1:
                    problems.append(f"{where}: questions[{index}].options: 选项 {v} 重复出现")
            for v in QUESTIONS[q.id]:
                if v not in values:
                    problems.append(f"{where}: questions[{index}].options: 缺少选项 {v}")
        for qid in QUESTION_ORDER:
            if qid not in ids:
                problems.append(f"{where}: 缺少问题 {qid}")
    steps: dict[str, Step] = {}
    raw_steps: dict[str, Any] = {}
    step_dir = folder / "steps"
    if not step_dir.is_dir():
        problems.append(f"{language}/steps: 文件夹不存在")
    else:
        known = set(catalogue.step_ids)
        for path in sorted(step_dir.glob("*.json")):
            if path.stem not in known:
                problems.append(f"{language}/steps/{path.name}: 目录（{CATALOGUE_FILE}）里没有步骤 "
                                f"{path.stem}")
        for step_id in catalogue.step_ids:
            label = f"{language}/steps/{step_id}.json"
            data = read_json(step_dir / f"{step_id}.json", label, problems)
            if data is None:
                continue
            _check_markers(data, label, catalogue, problems)
            _check_raw_step(data, label, problems)
            step = _validate(Step, data, label, problems)
            if step is None:
                continue
            if step.id != step_id:
                problems.append(f"{label}: id: 应与文件名一致（{step_id}），现在是 {step.id}")
                continue
            _check_step(step, label, problems, drawings)
            steps[step_id] = step
            raw_steps[step_id] = data
    if len(problems) > before or texts is None or questions is None:
        return None, None
    plain = {
        "language": language, "edition": catalogue.edition,
        "checked_on": catalogue.checked_on.isoformat(),
        "usual_deadline": list(catalogue.usual_deadline) if catalogue.usual_deadline else None,
        "texts": render_tree(to_plain(texts), catalogue, language),
        "questions": render_tree(to_plain(questions.questions), catalogue, language),
        "steps": {s: render_tree(to_plain(steps[s]), catalogue, language) for s in catalogue.step_ids},
        "phases": {s: catalogue.phase_of(s) for s in catalogue.step_ids},
        "drawings": dict(drawings or {}),
    }
    return content_from_plain(plain), plain


def _compare_languages(contents: dict[str, Content], problems: list[str]) -> None:
    """Every language says the same steps with the same structure: features, numbered
    instructions (they match the picture's numbers), links, help items and options."""
    if len(contents) < 2:
        return
    first_lang, first = next(iter(contents.items()))
    for language, other in list(contents.items())[1:]:
        for step_id, step in first.steps.items():
            theirs = other.steps[step_id]
            where = f"{language}/steps/{step_id}.json"
            if theirs.features != step.features:
                problems.append(f"{where}: features: 与 {first_lang} 不同（{list(step.features)}）")
            if len(theirs.instructions) != len(step.instructions):
                problems.append(f"{where}: instructions: 与 {first_lang} 的条数不同"
                                f"（{len(step.instructions)} 条）")
            if [link.url for link in theirs.links] != [link.url for link in step.links]:
                problems.append(f"{where}: links: 与 {first_lang} 的链接不同")
            if len(theirs.help) != len(step.help):
                problems.append(f"{where}: help: 与 {first_lang} 的条数不同")
            if theirs.illustration != step.illustration:
                problems.append(f"{where}: illustration: 与 {first_lang} 不同")
        for q in first.questions:
            mine = [o.value for o in q.options]
            if [o.value for o in other.question(q.id).options] != mine:
                problems.append(f"{language}/questions.json: {q.id}: 选项的顺序与 {first_lang} 不同")


def check_drawings(root: Path, catalogue: Catalogue, problems: list[str]) -> dict[str, str] | None:
    """The root's drawings (name -> SVG text) drawn from schematics.json, those that could be
    drawn; None if the file cannot be read or has the wrong shape (every problem is said)."""
    data = read_json(root / SCHEMATICS_FILE, SCHEMATICS_FILE, problems)
    if data is None:
        return None
    before = len(problems)
    drawings, found = draw_all(data, catalogue,
                               lambda tp, d: _validate(tp, d, SCHEMATICS_FILE, problems))
    problems.extend(found)
    return None if len(problems) > before and not drawings else drawings


def check_root(root: Path, languages: tuple[str, ...] | None = None) -> RootCheck:
    """Check a content root: the catalogue, its drawings, then every language it declares (or
    `languages`)."""
    root = Path(root)
    problems: list[str] = []
    if not root.is_dir():
        return RootCheck(None, {}, [f"{root}: 内容文件夹不存在"], {})
    catalogue = check_catalogue(root, problems)
    if catalogue is None:
        return RootCheck(None, {}, problems, {})
    drawings = check_drawings(root, catalogue, problems)
    contents: dict[str, Content] = {}
    plain: dict[str, Any] = {}
    for language in languages or catalogue.language_codes:
        if language not in catalogue.language_codes:
            problems.append(f"{CATALOGUE_FILE}: languages: 缺少语言 {language}")
            continue
        content, data = _check_language(root, language, catalogue, problems, drawings)
        if content is not None:
            contents[language], plain[language] = content, data
    if not problems:
        _compare_languages(contents, problems)
    return RootCheck(catalogue, contents if not problems else {}, problems, plain)
