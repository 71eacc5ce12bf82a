"""The shipped content is complete and faithful to the guide; broken content is reported whole."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from wizard.catalogue import catalogue
from wizard.content import ContentError, load_content
from wizard.content.loader import check_content_root
from wizard.flow import all_reason_codes
from wizard.paths import content_root
from wizard.typed_data import to_plain

GUIDE = Path(__file__).resolve().parents[2] / "shared" / "official-guide.txt"
ROOT = content_root()


def strings(data) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for v in data.values() for s in strings(v)]
    if isinstance(data, (list, tuple)):
        return [s for v in data for s in strings(v)]
    return []


def all_text(language: str = "zh_CN") -> str:
    """Everything the content says in `language`, labels rendered as the user sees them."""
    return "\n".join(strings(to_plain(load_content(None, language))))


def guide_text() -> str:
    if GUIDE.exists():
        return GUIDE.read_text(encoding="utf-8")
    pytest.skip("the official guide is not beside this checkout")


def test_shipped_content_loads_in_every_language():
    for language in catalogue().language_codes:
        content = load_content(None, language)
        assert list(content.steps) == list(catalogue().step_ids)
        assert set(content.texts.reasons) == all_reason_codes()


def test_every_guide_url_is_in_the_content():
    urls = set(re.findall(r"https://[^\s）()，。]+", guide_text()))
    assert len(urls) >= 6
    text = all_text()
    missing = [u for u in urls if u.rstrip() not in text]
    assert missing == []


def test_every_portal_label_is_spelled_as_in_the_guide():
    guide = guide_text()
    wrong = [label.portal for label in catalogue().labels.values()
             if label.portal not in guide.replace("“", "").replace("”", "")]
    assert wrong == []


def test_every_bracketed_label_shown_is_a_catalogue_label():
    portal = {label.portal for label in catalogue().labels.values()}
    for language in catalogue().language_codes:
        used = set(re.findall(r"【([^】]+)】", all_text(language)))
        assert used and used <= portal, (language, used - portal)


def test_confirmation_steps_carry_the_guides_five_sentences(content):
    c = "".join("".join(content.steps[s].instructions) for s in catalogue().phase("C").steps)
    for phrase in ["在线服务", "社会保障", "失业保险", "失业保险稳岗补贴信息确认", "单位办理",
                   "单位信息确认界面", "提交"]:
        assert phrase in c


def test_every_question_has_how_to_check(content):
    for q in content.questions:
        assert len(q.how_to_check) > 10
    assert "实名核验" in content.question("trust_level_l2").how_to_check


def test_features_are_declared_in_content_and_the_same_everywhere():
    declared = {language: {s: step.features for s, step in load_content(None, language).steps.items()}
                for language in catalogue().language_codes}
    first = next(iter(declared.values()))
    assert all(d == first for d in declared.values())
    assert any("waiting" in f for f in first.values()) and any("application_date" in f
                                                               for f in first.values())


# --- a deliberately broken root --------------------------------------------------------------
def write(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def read(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def copy(tmp_path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(ROOT, root)
    return root


@pytest.fixture
def broken(copy) -> Path:
    folder = copy / "zh_CN"
    # 1. invalid JSON
    (folder / "steps" / "S1.json").write_text('{"id": "S1", ', encoding="utf-8")
    # 2. a non-gov link and an empty title
    s3 = read(folder / "steps" / "S3.json")
    s3["links"][0]["url"] = "http://example.com/login"
    s3["title"] = ""
    write(folder / "steps" / "S3.json", s3)
    # 3. a missing step file
    (folder / "steps" / "C5.json").unlink()
    # 4. an id that does not match its file
    r2 = read(folder / "steps" / "R2.json")
    r2["id"] = "R9"
    write(folder / "steps" / "R2.json", r2)
    # 5. a question option that does not exist, and a missing reason text
    q = read(folder / "questions.json")
    q["questions"][0]["options"][0]["value"] = "maybe"
    write(folder / "questions.json", q)
    t = read(folder / "texts.json")
    del t["reasons"]["S3.in.always"]
    write(folder / "texts.json", t)
    # 6. a picture that does not exist, an unknown feature, a label not in the catalogue
    r4 = read(folder / "steps" / "R4.json")
    r4["illustration"] = "nowhere.svg"
    r4["features"] = ["teleport"]
    r4["purpose"] = "在【没有这个标签】里点击"
    write(folder / "steps" / "R4.json", r4)
    return copy


def test_broken_root_lists_every_problem_with_file_and_place(broken):
    with pytest.raises(ContentError) as info:
        load_content(broken, "zh_CN")
    problems = info.value.problems
    text = "\n".join(problems)
    assert "zh_CN/steps/S1.json: JSON 格式错误" in text
    assert "zh_CN/steps/S3.json: links[1].url: 只允许 https 链接" in text
    assert "zh_CN/steps/S3.json: title: 不能为空" in text
    assert "zh_CN/steps/C5.json: 文件不存在" in text
    assert "zh_CN/steps/R2.json: id: 应与文件名一致" in text
    assert "zh_CN/questions.json: questions[1].options: 选项 maybe 不是允许的取值" in text
    assert "zh_CN/questions.json: questions[1].options: 缺少选项" in text
    assert "zh_CN/texts.json: reasons: 缺少理由 S3.in.always 的文字" in text
    assert "zh_CN/steps/R4.json: purpose: 【没有这个标签】不是目录里的网页标签" in text
    assert "zh_CN/steps/R4.json: features[1]: 取值不在允许范围内" in text
    assert len(problems) >= 10


def test_an_unknown_picture_is_named(copy):
    r4 = read(copy / "zh_CN" / "steps" / "R4.json")
    r4["illustration"] = "nowhere.svg"
    write(copy / "zh_CN" / "steps" / "R4.json", r4)
    for lang in ("zh_HK", "en"):
        other = read(copy / lang / "steps" / "R4.json")
        other["illustration"] = "nowhere.svg"
        write(copy / lang / "steps" / "R4.json", other)
    problems = check_content_root(copy).problems
    assert "zh_CN/steps/R4.json: illustration: schematics.json 里没有这张图：nowhere.svg" in problems


def test_a_label_written_out_instead_of_its_id_gets_a_hint(copy):
    s3 = read(copy / "zh_CN" / "steps" / "S3.json")
    label = catalogue().labels[next(iter(catalogue().labels))]
    s3["purpose"] = f"选择【{label.portal}】"
    write(copy / "zh_CN" / "steps" / "S3.json", s3)
    problems = "\n".join(check_content_root(copy).problems)
    assert f"（请写成【{label.id}】）" in problems


def test_languages_must_agree_on_structure(copy):
    r5 = read(copy / "en" / "steps" / "R5.json")
    r5["features"] = []
    r5["instructions"] = r5["instructions"][:-1]
    write(copy / "en" / "steps" / "R5.json", r5)
    problems = "\n".join(check_content_root(copy).problems)
    assert "en/steps/R5.json: features: 与 zh_CN 不同" in problems
    assert "en/steps/R5.json: instructions: 与 zh_CN 的条数不同" in problems


def test_missing_root_is_reported(tmp_path):
    with pytest.raises(ContentError) as info:
        load_content(tmp_path / "nothing")
    assert "不是内容文件夹" in info.value.problems[0]


def test_a_language_folder_given_as_the_root_is_explained():
    with pytest.raises(ContentError) as info:
        load_content(ROOT / "zh_CN")
    assert "这是一个语言文件夹" in info.value.problems[0]


def test_non_utf8_file_is_reported(copy):
    (copy / "zh_CN" / "texts.json").write_bytes("{\"app_title\": \"稳岗\"}".encode("gbk"))
    with pytest.raises(ContentError) as info:
        load_content(copy, "zh_CN")
    assert any(p.startswith("zh_CN/texts.json: 无法读取：文字编码不对") for p in info.value.problems)
