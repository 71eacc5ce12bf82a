"""The shipped content is complete and faithful to the guide; broken content is reported whole."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from wizard.content import ContentError, is_allowed_url, load_content
from wizard.flow import ALL_STEP_IDS, REASON_CODES
from wizard.paths import content_dir, illustrations_dir

GUIDE = Path(__file__).resolve().parents[2] / "shared" / "official-guide.txt"
ZH = content_dir("zh_CN")


def all_text(folder: Path = ZH) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.json")))


def guide_text() -> str:
    if GUIDE.exists():
        return GUIDE.read_text(encoding="utf-8")
    pytest.skip("the official guide is not beside this checkout")


def test_shipped_content_loads(content):
    assert list(content.steps) == list(ALL_STEP_IDS)
    assert set(content.texts.reasons) == REASON_CODES


def test_every_guide_url_is_in_the_content():
    urls = set(re.findall(r"https://[^\s）()，。]+", guide_text()))
    assert len(urls) >= 6
    text = all_text()
    missing = [u for u in urls if u.rstrip() not in text]
    assert missing == []


LABELS = ["【单位登录】", "【省统一身份认证】", "【法人登录】", "【子账号信息】", "【父账号信息】",
          "【实名认证】", "【申请单位授权码】", "【授权码实名】", "【个人登录】",
          "失业保险稳岗补贴信息确认", "单位办理", "单位注册", "单位所属实名人员信息", "单位信息",
          "为选中的单位办理业务，点击此处登录", "账号管理", "实名核验", "立即注册", "账号密码",
          "网银证书", "CA证书", "电子营业执照", "在线服务→社会保障→失业保险", "四级（L2）"]


@pytest.mark.parametrize("quoted", LABELS)
def test_guide_labels_spelled_as_in_the_guide(quoted):
    assert quoted in guide_text()  # the label really is the guide's spelling
    assert quoted in all_text()


def test_guide_labels_keep_their_brackets_in_steps():
    # Every 【…】 label used in the content exists, spelled the same, in the guide (which itself
    # marks labels with 【】, “” or nothing at all).
    guide = guide_text()
    used = set(re.findall(r"【([^】]+)】", all_text()))
    assert used and {u for u in used if u not in guide} == set()


def test_confirmation_steps_carry_the_guides_five_sentences(content):
    c = "".join("".join(content.steps[s].instructions) for s in ("C1", "C2", "C3", "C4", "C5"))
    for phrase in ["在线服务→社会保障→失业保险", "失业保险稳岗补贴信息确认", "单位办理",
                   "单位信息确认界面", "提交"]:
        assert phrase in c


def test_links_rule():
    assert is_allowed_url("https://ggfw.hrss.gd.gov.cn/isso/login.html")
    assert is_allowed_url("https://www.gdzwfw.gov.cn")
    for bad in ["http://ggfw.hrss.gd.gov.cn/", "https://gov.cn.evil.com/", "https://evilgov.cn/",
                "https://user@www.gdzwfw.gov.cn/", "javascript:alert(1)", "ftp://x.gov.cn/",
                "https://example.com/?q=.gov.cn"]:
        assert not is_allowed_url(bad), bad


def test_every_question_has_how_to_check(content):
    for q in content.questions:
        assert len(q.how_to_check) > 10
    lpa = content.question("trust_level_l2")
    assert "实名核验" in lpa.how_to_check


# --- a deliberately broken folder ------------------------------------------------------

@pytest.fixture
def broken(tmp_path) -> Path:
    folder = tmp_path / "zh_CN"
    shutil.copytree(ZH, folder)
    # 1. invalid JSON
    (folder / "steps" / "S1.json").write_text('{"id": "S1", ', encoding="utf-8")
    # 2. a non-gov link and an empty title
    s3 = json.loads((folder / "steps" / "S3.json").read_text(encoding="utf-8"))
    s3["links"][0]["url"] = "http://example.com/login"
    s3["title"] = ""
    (folder / "steps" / "S3.json").write_text(json.dumps(s3, ensure_ascii=False), "utf-8")
    # 3. a missing step file
    (folder / "steps" / "C5.json").unlink()
    # 4. an id that does not match its file
    r2 = json.loads((folder / "steps" / "R2.json").read_text(encoding="utf-8"))
    r2["id"] = "R9"
    (folder / "steps" / "R2.json").write_text(json.dumps(r2, ensure_ascii=False), "utf-8")
    # 5. a question option that does not exist, and a missing reason text
    q = json.loads((folder / "questions.json").read_text(encoding="utf-8"))
    q["questions"][0]["options"][0]["value"] = "maybe"
    (folder / "questions.json").write_text(json.dumps(q, ensure_ascii=False), "utf-8")
    t = json.loads((folder / "texts.json").read_text(encoding="utf-8"))
    del t["reasons"]["S3.in.always"]
    (folder / "texts.json").write_text(json.dumps(t, ensure_ascii=False), "utf-8")
    # 6. a picture that does not exist
    r4 = json.loads((folder / "steps" / "R4.json").read_text(encoding="utf-8"))
    r4["illustration"] = "nowhere.svg"
    (folder / "steps" / "R4.json").write_text(json.dumps(r4, ensure_ascii=False), "utf-8")
    return folder


def test_broken_folder_lists_every_problem_with_file_and_place(broken):
    with pytest.raises(ContentError) as info:
        load_content(broken, illustrations_dir())
    problems = info.value.problems
    text = "\n".join(problems)
    assert "steps/S1.json: JSON 格式错误" in text
    assert "steps/S3.json: links[1].url: 只允许 https 链接" in text
    assert "steps/S3.json: title: 不能为空" in text
    assert "steps/C5.json: 缺少这个步骤的文件" in text
    assert "steps/R2.json: id: 应与文件名一致" in text
    assert "questions.json: questions[1].options: 选项 maybe 不是允许的取值" in text
    assert "questions.json: questions[1].options: 缺少选项" in text
    assert "texts.json: reasons: 缺少理由 S3.in.always 的文字" in text
    assert "steps/R4.json: illustration: 图片文件不存在：nowhere.svg" in text
    assert len(problems) >= 9


def test_missing_folder_is_reported(tmp_path):
    with pytest.raises(ContentError) as info:
        load_content(tmp_path / "nothing")
    assert "内容文件夹不存在" in info.value.problems[0]


def test_non_utf8_file_is_reported(tmp_path):
    folder = tmp_path / "zh_CN"
    shutil.copytree(ZH, folder)
    (folder / "texts.json").write_bytes("{\"app_title\": \"稳岗\"}".encode("gbk"))
    with pytest.raises(ContentError) as info:
        load_content(folder)
    assert any(p.startswith("texts.json: 无法读取") for p in info.value.problems)
