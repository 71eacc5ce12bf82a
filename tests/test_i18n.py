"""Three languages: Qt translations complete and compiled, content with the same ids in every
language, every page readable in each language, and switching at any moment."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWizard

from tests.ui_helpers import NEXT, click, click_next, make_wizard, mouse_walk
from wizard.catalogue import catalogue
from wizard.paths import content_dir
from wizard.selftest import SCENARIOS
from wizard.ui.widgets import Disclosure

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import i18n as i18n_tool  # noqa: E402  (tools/i18n.py: lupdate/lrelease wrapper)

B = QWizard.WizardButton
LANGUAGES = catalogue().language_codes

# Keys whose values are not words for the reader: identical in every language.
FIXED_KEYS = {"id", "route", "url", "illustration", "value", "features"}

PORTAL_LABEL = re.compile(r"【([^】]*)】")
URL = re.compile(r"(https?://|www\.)[^\s）)，。]*")

# Characters that exist only in Simplified Chinese (each has a different Traditional form and
# is not itself used in Traditional text). Common ones, enough to catch a Simplified sentence.
SIMPLIFIED_ONLY = set(
    "这们个时说对会过还发单证码账号实认办请应该经话从来动开关门问间见现电进运边页东广务网厅"
    "统级书执营业银验险费报绑权户么为与产亲仅众优伙传伤体佣侦侧侨俭债倾偿储兑党兰兴养兽内册"
    "军农净减凭击刘则刚创删别剂剑剧劝励劲劳势勋医华协卖卢卫厂历压厌厕县参双变叙叶叹吓吗听启"
    "员响园围国图圆圣场坏块坚坛坝坠垄垫墙壮声壳处备够头夹夺奋奖妆妇妈娱婴孙学宁宝审宪宫宽宾"
    "寻导寿将尔尘尝层属岁岂岗岛岭岳币帅师帐帘带帮库庙废异弃张弯归当录彻忆忧怀态怜总恋恳恶恼"
    "悬惊惧惨惩惯愤愿戏战扑执扩扫扬扰抚抢护担拟拢拣拥拦拨择挂挡挣挤挥捞损捡换据掷搀搁搂搅携"
    "摄摆摇摊撑敌数斋断无旧旷昼显晋晒晓晕暂术机杀杂条杨极构枪柜标栈栋栏树样档桥梦检楼横欢欧"
    "歼残毁毕毙气汇汉汤沟没泪泽洁洒浅浆浇浊测济浏浑浓涂涛涡润涨渊渐渔温湾湿溃满滤滥滨滩灭灯"
    "灵灾灿炉点炼烂烟烦烧热爱牵牺犹独狭狮狱猎献环现电画畅疗疯痒盏盐监盖盘着矿码砖础确碍礼祸"
    "离种积称稳穷窃窝竞笔笼筑筛筹签简类粮紧纠红纤约级纪纯纱纲纳纵纷纸纹纺线练组细织终绍经结"
    "绕绘给络绝统继绩续维综绿缓编缘缩缴网罗罚职联聪肃肠肤肿胀胁胆胜脏脑脚脱脸腊舆舰艰艳艺节"
    "苏范荐药获营萝蓝虑虚虽补衬袭装见观规视览觉誉计订认讨让训议讯记讲许论设访证评识诉词译试"
    "诗诚话询该详语误说请诸读课谁调谈谢谱贝负贡财责贤败货质贩贪贫购贯贴贵贷贸费贺资赋赏赔赖"
    "赚赛赞赠赶趋跃践踪车轨转轮软轻载较辅辆辉输辞辩边达迁过迈运还这进远违连迟适选递逻遗邮邻"
    "郑释鉴针钟钢钥钱钻铁铃银铺链销锁锅错键镇长门闪闭问闲间闻阅队阳阴阵阶际陆陈险随隐难雾"
    "韩页顶项顺须顾顿预领频题颜额风飞饭饮饱馆驱驶驾验骗鱼鲁鸡鸣麦黄齐齿龙龟")
# These have a Simplified spelling but stand as they are in Traditional text too.
SIMPLIFIED_ONLY -= set("范着")

# Visible text allowed in any language: brands, codes and the language names themselves.
ALLOWED = ("U盾", "CA", "L2", "QQ", "Edge", "Chrome", "Ctrl", "Shift", "Delete", "Esc", "PDF",
           "WeChat", "简体中文", "繁體中文", "English")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
CJK = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture
def back_to_zh_cn():
    """Every test here may switch the app-wide language: leave it as the other tests expect."""
    from wizard.app import ensure_app
    from wizard.ui.locale import apply_language

    app = ensure_app()
    yield
    apply_language(app, "zh_CN")
    QLocale.setDefault(QLocale.system())


# --- Qt translations --------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_has_no_unfinished_or_empty_entry(language):
    ts = i18n_tool.ts_path(language)
    assert ts.exists(), f"{ts} missing: run tools/i18n.py update"
    assert i18n_tool.messages(ts), "no entries at all"
    assert i18n_tool.problems(ts) == []


def test_ts_is_up_to_date_with_the_code():
    """lupdate on copies finds nothing new and nothing gone (run tools/i18n.py update)."""
    assert i18n_tool.stale_ts() == []


def test_qm_is_up_to_date_with_its_ts():
    """The committed .qm equals a fresh lrelease of the .ts (run tools/i18n.py release)."""
    assert i18n_tool.stale_qm() == []


def test_placeholders_survive_translation():
    for language in LANGUAGES:
        for (ctx, source), tr in i18n_tool.messages(i18n_tool.ts_path(language)).items():
            if tr.get("type") == "unfinished":
                continue  # reported by the test above
            wanted = sorted(re.findall(r"%\d", source))
            assert sorted(re.findall(r"%\d", tr.text or "")) == wanted, (language, ctx, source)


def test_zh_hk_and_en_translations_are_in_their_own_script():
    for (ctx, source), tr in i18n_tool.messages(i18n_tool.ts_path("zh_HK")).items():
        bad = simplified_in(tr.text)
        assert not bad, f"zh_HK {ctx} {source!r}: Simplified {bad} in {tr.text!r}"
    for (ctx, source), tr in i18n_tool.messages(i18n_tool.ts_path("en")).items():
        if ctx == "Dates":
            continue
        assert not chinese_only(tr.text), f"en {ctx} {source!r}: {tr.text!r}"


CORE = ["wizard/details", "wizard/store", "wizard/report", "wizard/flow", "wizard/content",
        "wizard/files.py", "wizard/export.py"]
CODE = re.compile(r"[a-z_]+(\.[a-z0-9_]+)+")


def core_message_codes() -> set[str]:
    """Every code the core passes to msg(): the literal, or for msg(code, …) every code-like
    string of the function that picks `code`."""
    import ast

    codes = set()
    files = [f for part in CORE for f in ((ROOT / part).rglob("*.py") if (ROOT / part).is_dir()
                                          else [ROOT / part])]
    for file in files:
        tree = ast.parse(file.read_text("utf-8"))
        for func in [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.Module))]:
            for call in ast.walk(func):
                if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                        and call.func.id == "msg" and call.args):
                    continue
                first = call.args[0]
                if isinstance(first, ast.Constant):
                    codes.add(first.value)
                elif isinstance(func, ast.FunctionDef):
                    codes |= {c.value for c in ast.walk(func) if isinstance(c, ast.Constant)
                              and isinstance(c.value, str) and CODE.fullmatch(c.value)}
    return codes


def test_every_code_the_core_says_has_translatable_words():
    """Issue 13: the core says codes, the UI words them; a code without words would be shown raw."""
    from wizard.ui.words import WORDS

    codes = core_message_codes()
    assert len(codes) >= 30 and "mobile.not_digit_letter" in codes  # the picked code is seen
    assert sorted(c for c in codes if c not in WORDS) == []


def test_the_check_detects_a_stale_qm(tmp_path, monkeypatch):
    """The .qm check can fail: a .ts edited after the .qm was built is reported."""
    for language in LANGUAGES:
        (tmp_path / f"wizard_{language}.ts").write_bytes(i18n_tool.ts_path(language).read_bytes())
        (tmp_path / f"wizard_{language}.qm").write_bytes(i18n_tool.qm_path(language).read_bytes())
    ts = tmp_path / "wizard_en.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace(">Save and exit<", ">Save, exit<"),
                  encoding="utf-8")
    monkeypatch.setattr(i18n_tool, "I18N", tmp_path)
    monkeypatch.setattr(i18n_tool, "ts_path", lambda lang, folder=tmp_path:
                        folder / f"wizard_{lang}.ts")
    monkeypatch.setattr(i18n_tool, "qm_path", lambda lang, folder=tmp_path:
                        folder / f"wizard_{lang}.qm")
    stale = i18n_tool.stale_qm()
    assert len(stale) == 1 and "wizard_en.qm" in stale[0]


# --- content ------------------------------------------------------------------------------

def content_files(language: str) -> dict[str, object]:
    folder = content_dir(language)
    return {p.relative_to(folder).as_posix(): json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(folder.rglob("*.json"))}


def shape(node, key=None):
    """The structure with every reader's word blanked out: ids, keys, list lengths, links."""
    if isinstance(node, dict):
        return {k: shape(v, k) for k, v in node.items()}
    if isinstance(node, list):
        return [shape(v, key) for v in node]
    if isinstance(node, str) and key not in FIXED_KEYS:
        return "…"
    return node


def texts_of(node, key=None):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from texts_of(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from texts_of(v, key)
    elif isinstance(node, str) and key not in FIXED_KEYS:
        yield node


@pytest.mark.parametrize("language", ["zh_HK", "en"])
def test_content_has_the_same_files_ids_and_structure(language):
    reference = content_files("zh_CN")
    translated = content_files(language)
    assert sorted(translated) == sorted(reference)
    for name in reference:
        assert shape(translated[name]) == shape(reference[name]), f"{language}/{name}"


@pytest.mark.parametrize("language", ["zh_HK", "en"])
def test_content_loads_and_is_valid(language):
    from wizard.content import load_content

    content = load_content(None, language)
    assert content.language == language
    assert list(content.steps) == list(load_content().steps) == list(catalogue().step_ids)


def simplified_in(text: str) -> set[str]:
    """Simplified-only characters outside portal labels and addresses."""
    rest = URL.sub("", PORTAL_LABEL.sub("", text or "")).replace("简体中文", "")
    return {ch for ch in rest if ch in SIMPLIFIED_ONLY}


def chinese_only(text: str) -> bool:
    """Chinese with no English word, outside portal labels (which are Chinese on purpose)."""
    rest = PORTAL_LABEL.sub("", text or "")
    for allowed in ALLOWED:
        rest = rest.replace(allowed, "")
    return bool(CJK.search(rest)) and not LATIN_WORD.search(rest)


def test_zh_hk_content_has_no_simplified_outside_portal_labels():
    for name, data in content_files("zh_HK").items():
        for text in texts_of(data):
            assert not simplified_in(text), f"zh_HK/{name}: {simplified_in(text)} in {text!r}"


def test_en_content_has_no_chinese_only_text():
    for name, data in content_files("en").items():
        for text in texts_of(data):
            stripped = re.sub(r"[（(][^）)]*[）)]", "", PORTAL_LABEL.sub("", text))
            for allowed in ALLOWED:
                stripped = stripped.replace(allowed, "")
            assert not CJK.search(stripped), f"en/{name}: Chinese in {text!r}"


def test_the_simplified_check_can_fail():
    assert simplified_in("請選擇【单位登录】（單位登錄）後繼續") == set()
    assert simplified_in("请选择单位登录") >= {"请", "单", "录"}
    assert chinese_only("请选择") and not chinese_only("Choose【单位登录】(Employer login)")


# --- the language itself -------------------------------------------------------------------

@pytest.mark.parametrize("locale_name, expected", [
    ("zh_CN", "zh_CN"), ("zh_HK", "zh_HK"), ("zh_TW", "zh_HK"), ("en_US", "en"), ("fr_FR", "en"),
    ("zh_MO", "zh_HK"), ("zh_SG", "zh_CN"), ("zh-Hant-HK", "zh_HK"), ("zh_CN.UTF-8", "zh_CN"),
    ("C", "en"), ("", "en"),
])
def test_default_language_follows_the_system_locale(locale_name, expected):
    assert catalogue().language_for_locale(locale_name) == expected


def test_language_codes():
    c = catalogue()
    assert c.normalize_language("zh_HK") == "zh_HK" and c.normalize_language("zh-TW") == "zh_HK"
    assert c.normalize_language("en_GB") == "en" and c.normalize_language("fr") is None
    assert [c.next_language(x) for x in LANGUAGES] == ["zh_HK", "en", "zh_CN"]


def test_startup_language_env_beats_locale(monkeypatch):
    from wizard.ui.locale import startup_language

    monkeypatch.setenv("WENGANG_LANG", "zh_HK")
    assert startup_language() == "zh_HK"
    assert startup_language("en") == "en"


def test_fonts_are_chinese_families_per_script(back_to_zh_cn):
    from wizard.ui.theme import families_for

    SIMPLIFIED_FAMILIES = catalogue().language("zh_CN").fonts
    TRADITIONAL_FAMILIES = catalogue().language("zh_HK").fonts[:-2]  # its last two: SC fallback

    japanese = re.compile(r"\bJP\b|Japan|Gothic|Mincho|Meiryo|Yu ", re.I)
    for language in LANGUAGES:
        assert not any(japanese.search(f) for f in families_for(language))
    hk, cn = families_for("zh_HK"), families_for("zh_CN")
    if not any(f in TRADITIONAL_FAMILIES for f in hk):
        pytest.skip("no Traditional Chinese font installed")
    assert hk[0] in TRADITIONAL_FAMILIES and cn[0] in SIMPLIFIED_FAMILIES
    assert any(f in SIMPLIFIED_FAMILIES for f in families_for("en"))  # for portal labels


# --- the window -----------------------------------------------------------------------------

def visible_texts(wizard) -> list[str]:
    """What the reader sees now: labels and buttons of the page, the side panel and the
    button row, with every 怎么查？ / 遇到问题？ section opened."""
    for d in wizard.currentPage().findChildren(Disclosure):
        if not d.button.isChecked():
            d.button.click()
    QApplication.processEvents()
    out = []
    for w in wizard.findChildren(QLabel) + wizard.findChildren(QAbstractButton):
        if w.isVisibleTo(wizard) and w.text().strip():
            out.append(w.text())
    return out


def english_only(text: str) -> bool:
    # (zero-width spaces are invisible break chances in a shown address: wizard/ui/qr.py)
    rest = URL.sub("", re.sub(r"<[^>]+>", "", text).replace("\u200b", ""))
    for allowed in ALLOWED:
        rest = rest.replace(allowed, "")
    return bool(LATIN_WORD.search(rest)) and not CJK.search(rest)


def walk_collect(qtbot, wizard, scenario) -> dict[str, list[str]]:
    seen = {}
    answers = SCENARIOS[scenario].answers
    for _ in range(60):
        key = wizard.current_key()
        seen[key] = visible_texts(wizard)
        if key == "summary":
            return seen
        page = wizard.currentPage()
        if key.kind == "question":
            click(qtbot, page.buttons[answers[key.id]])
        elif key == "route" and SCENARIOS[scenario].route:
            click(qtbot, page.route_buttons[SCENARIOS[scenario].route])
        elif key.kind == "step":
            click(qtbot, page.done_box)
        click_next(qtbot, wizard)
    raise AssertionError("never reached the summary")


def test_the_english_check_can_fail():
    assert english_only("Save and exit") and not english_only("保存并退出")
    assert not english_only("https://ggfw.hrss.gd.gov.cn/isso/login.html")
    assert not english_only("插上 U盾 后按 Ctrl+Shift+Delete")


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_every_page_in_zh_cn_has_no_english_only_text(qtbot, isolated_data, scenario):
    wizard = make_wizard(qtbot, isolated_data)
    for key, texts in walk_collect(qtbot, wizard, scenario).items():
        bad = [t for t in texts if english_only(t)]
        assert not bad, f"{key}: English-only text {bad}"


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_every_page_in_zh_hk_has_no_simplified_sentence(qtbot, isolated_data, scenario,
                                                       back_to_zh_cn):
    wizard = make_wizard(qtbot, isolated_data)
    assert wizard.set_language("zh_HK")
    for key, texts in walk_collect(qtbot, wizard, scenario).items():
        bad = {t: simplified_in(t) for t in texts if simplified_in(t)}
        assert not bad, f"{key}: Simplified outside portal labels: {bad}"


@pytest.mark.parametrize("scenario", ["route-r", "route-s"])
def test_every_page_in_en_has_no_chinese_only_text(qtbot, isolated_data, scenario,
                                                  back_to_zh_cn):
    wizard = make_wizard(qtbot, isolated_data)
    assert wizard.set_language("en")
    for key, texts in walk_collect(qtbot, wizard, scenario).items():
        bad = [t for t in texts if chinese_only(t)]
        assert not bad, f"{key}: Chinese-only text {bad}"


@pytest.mark.parametrize("language", ["zh_HK", "en"])
def test_store_notices_and_details_warnings_speak_the_users_language(qtbot, isolated_data, tmp_path,
                                                                    language, back_to_zh_cn):
    """Issue 13: these stayed in Simplified Chinese; the names in them are the employer's own."""
    from wizard.store import ProfileStore
    from wizard.store.document import SCHEMA_VERSION, dump_document

    store = ProfileStore(tmp_path / "notices")
    good = store.new_profile("Good Ltd")
    assert store.save(good)
    folder = tmp_path / "notices" / "profiles"
    (folder / "0123456789ab.json").write_text('{"profile": {"name": "Broken Ltd"}, "schema', "utf-8")
    newer = json.loads(dump_document(good.meta, good.progress))
    newer["schema_version"], newer["profile"]["name"] = SCHEMA_VERSION + 1, "Newer Ltd"
    (folder / "0123456789ac.json").write_text(json.dumps(newer), "utf-8")
    wizard = make_wizard(qtbot, tmp_path / "notices")
    assert wizard.set_language(language)

    def wrong(texts: list[str]) -> list[str]:
        return [t for t in texts if (simplified_in(t) if language == "zh_HK" else chinese_only(t))]

    shown = visible_texts(wizard)
    assert any("0123456789ab.json" in t or "Broken Ltd" in t for t in shown)  # the notices are there
    assert any("Newer Ltd" in t for t in shown)
    assert wrong(shown) == []
    wizard.close()
    wizard = make_wizard(qtbot, isolated_data)
    assert wizard.set_language(language)
    mouse_walk(qtbot, wizard, SCENARIOS["route-r"].answers, stop_at="details")
    page = wizard.currentPage()
    for name, typed in (("uscc", "91350100M000100Y44"), ("org_code", "12345678A"),
                        ("operator_mobile", "+8613800138000")):
        page.edits[name].setFocus()
        qtbot.keyClicks(page.edits[name], typed)
        page.edits[name].editingFinished.emit()
    shown = visible_texts(wizard)
    assert sum("18" in t for t in shown) >= 1 and len(shown) > 10
    assert wrong(shown) == []


def test_switching_mid_wizard_keeps_answers_progress_and_page(qtbot, isolated_data,
                                                              back_to_zh_cn):
    wizard = make_wizard(qtbot, isolated_data)
    answers = SCENARIOS["route-s-init"].answers
    mouse_walk(qtbot, wizard, answers, stop_at="step:C2")
    p = wizard.session.progress
    before = (dict(p.answers), {k: v.status for k, v in p.steps.items()})
    back_before = wizard.button(B.BackButton).text()
    history = wizard.visitedIds()

    # The welcome page is out of sight: the menu in the button row switches.
    wizard.language_actions["en"].trigger()
    assert wizard.current_key() == "step:C2"
    assert wizard.visitedIds() == history
    assert (dict(p.answers), {k: v.status for k, v in p.steps.items()}) == before
    page_text = "\n".join(visible_texts(wizard))
    assert wizard.session.content.steps["C2"].title in page_text
    assert "Open the unemployment-insurance section" in page_text
    assert "【在线服务】(Online services) → 【社会保障】(Social security)" in page_text  # labels kept
    assert wizard.button(B.BackButton).text() != back_before  # Qt's own buttons too
    assert wizard.button(B.CancelButton).text() == "Save and exit"
    assert "now" in wizard.side.rows["C2"].text() and "done" in wizard.side.rows["S3"].text()
    assert wizard.windowTitle() == "Job-Stabilisation Refund Wizard"

    wizard.set_language("zh_HK")
    assert wizard.current_key() == "step:C2"
    assert "進入【失业保险】（失業保險）介面" in "\n".join(visible_texts(wizard))
    assert wizard.button(B.CancelButton).text() == "儲存並退出"
    assert "目前" in wizard.side.rows["C2"].text()

    # Work goes on in the new language, and the old one comes back unchanged.
    click(qtbot, wizard.currentPage().done_box)
    assert click_next(qtbot, wizard) == "step:C3"
    click(qtbot, wizard.button(B.BackButton))
    assert wizard.current_key() == "step:C2" and wizard.currentPage().done_box.isChecked()
    wizard.set_language("zh_CN")
    assert wizard.button(B.CancelButton).text() == "保存并退出"
    assert "进入失业保险界面" in "\n".join(visible_texts(wizard))
    assert wizard.session.progress.status("C2") == "done"


def test_switching_on_a_question_keeps_the_choice(qtbot, isolated_data, back_to_zh_cn):
    wizard = make_wizard(qtbot, isolated_data)
    click_next(qtbot, wizard)
    click(qtbot, wizard.currentPage().buttons["no"])
    wizard.set_language("en")
    page = wizard.currentPage()
    assert wizard.current_key() == "q:legal_person_account"
    assert page.buttons["no"].isChecked() and page.buttons["no"].text() == "No"
    assert wizard.button(NEXT).isEnabled()
    assert click_next(qtbot, wizard) == "q:verification_means"


def test_welcome_page_offers_each_language_in_its_own_words(qtbot, isolated_data,
                                                            back_to_zh_cn):
    wizard = make_wizard(qtbot, isolated_data)
    buttons = wizard.welcome.language_buttons
    assert [b.text() for b in buttons.values()] == ["简体中文", "繁體中文", "English"]
    assert buttons["zh_CN"].isChecked()
    click(qtbot, buttons["en"])
    assert wizard.current_key() == "welcome"
    assert wizard.welcome.language_buttons["en"].isChecked()
    assert wizard.button(NEXT).text() == "Start (&N)"
    assert wizard.focusWidget() is wizard.welcome.language_buttons["en"]
    click(qtbot, wizard.welcome.language_buttons["zh_HK"])
    assert "歡迎使用穩崗返還確認嚮導" in "\n".join(visible_texts(wizard))
    assert wizard.button(NEXT).text() == "開始(&N)"


def test_language_menu_is_always_in_the_button_row(qtbot, isolated_data, back_to_zh_cn):
    wizard = make_wizard(qtbot, isolated_data)
    button = wizard.button(B.CustomButton2)
    assert button.isVisible() and button.menu() is wizard.language_menu
    assert [a.text() for a in wizard.language_menu.actions()] == ["简体中文", "繁體中文", "English"]
    assert wizard.language_shortcut.key().toString() == "Ctrl+L"
    click_next(qtbot, wizard)
    assert button.isVisible()
    wizard.language_actions["zh_HK"].trigger()
    assert button.text() == "語言 Language" and wizard.language_actions["zh_HK"].isChecked()


def test_start_up_in_the_chosen_language(tmp_path, monkeypatch, back_to_zh_cn):
    """--lang / $WENGANG_LANG reach even the first dialog (here: broken content)."""
    shown = []
    monkeypatch.setattr("wizard.app.QMessageBox.critical",
                        lambda _parent, title, text: shown.append((title, text)))
    monkeypatch.setattr("wizard.paths.content_root", lambda: tmp_path / "missing")
    from wizard.app import run

    assert run(data_dir=str(tmp_path / "d"), language="en") == 2
    assert shown[0][0] == "Content files are broken"
    assert QApplication.instance()._wizard_language == "en"


# --- what leaves the window: the PDF and --help ---------------------------------------------

def without_glosses_and_labels(text: str) -> str:
    """English text without portal labels, their glosses, addresses and allowed words."""
    rest = re.sub(r"[（(][^）)]*[）)]", "", PORTAL_LABEL.sub("", URL.sub("", text)))
    for allowed in ALLOWED:
        rest = rest.replace(allowed, "")
    return rest


@pytest.mark.skipif(not __import__("shutil").which("pdftotext"),
                    reason="poppler-utils (pdftotext) is installed by .ci/run")
@pytest.mark.parametrize("language", ["zh_HK", "en"])
def test_the_summary_pdf_speaks_the_users_language(qapp, tmp_path, language, back_to_zh_cn):
    """Read back with pdftotext: only the employer's own entries and portal labels stay in
    Simplified Chinese (the labels are what the portal shows)."""
    from tests.test_summary_doc import document, pdf_text, progress_for
    from wizard.content import load_content
    from wizard.ui.locale import apply_language

    apply_language(qapp, language)
    progress = progress_for("route-r", done=("R1", "R2"))
    progress.set_status("R6", "waiting")
    out = tmp_path / "summary.pdf"
    document(qapp, load_content(None, language), progress).write_pdf(out)
    # Whitespace removed: a label or a sentence wrapped across lines is read whole.
    text = "".join(pdf_text(out).split())
    own = (progress.employer.unit_name, progress.employer.uscc)
    for entry in own:
        assert entry in text
        text = text.replace(entry, "")
    if language == "zh_HK":
        assert simplified_in(text) == set(), text
    else:
        rest = without_glosses_and_labels(text)
        assert not CJK.search(rest), CJK.findall(rest)


def test_the_copied_summary_in_english_uses_english_punctuation(qapp, back_to_zh_cn):
    from tests.test_summary_doc import document, progress_for
    from wizard.content import load_content
    from wizard.ui.locale import apply_language

    apply_language(qapp, "en")
    progress = progress_for("route-r", done=("R1",))
    text = PORTAL_LABEL.sub("", document(qapp, load_content(None, "en"), progress).text())
    text = text.replace(progress.employer.unit_name, "")
    assert [ch for ch in "：（）【】" if ch in text] == [], text


@pytest.mark.parametrize("language", ["zh_HK", "en"])
def test_help_speaks_the_users_language(language):
    import os
    import subprocess

    env = {**os.environ, "WENGANG_LANG": language, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "wizard", "--help"], cwd=ROOT, env=env,
                         capture_output=True, text=True, encoding="utf-8", timeout=120,
                         check=True).stdout
    assert "--check-content" in out
    if language == "zh_HK":
        assert simplified_in(out) == set(), out
        assert "穩崗" in out
    else:
        assert not CJK.search(without_glosses_and_labels(out)), out
        assert "refund" in out
