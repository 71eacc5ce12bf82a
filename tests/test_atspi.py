"""What Orca gets, read from the real AT-SPI bus under Xvfb (tests/atspi_harness.py), with
real key presses from xdotool. Skipped, with the reason, where Xvfb, the bus or pyatspi is
missing (apt: xvfb xdotool at-spi2-core python3-pyatspi dbus; .ci/run installs them)."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.atspi_harness import Desktop, find, find_all, focused, is_showing, missing, walk

pytestmark = pytest.mark.skipif(missing() is not None, reason=f"no AT-SPI desktop: {missing()}")

GALLERY = Path(__file__).with_name("a11y_gallery.py")


@contextmanager
def real_page(desktop, data_dir, scenario: str | None, stop_at: str):
    """The real program on a page (tests/atspi_pages.py), ended afterwards."""
    from tests.atspi_pages import open_page

    app = open_page(desktop, data_dir, scenario, stop_at)
    try:
        yield app
    finally:
        app.process.terminate()
        app.process.wait(timeout=10)


@pytest.fixture(scope="module")
def desktop():
    with Desktop() as desk:
        yield desk


@pytest.fixture(scope="module")
def gallery(desktop):
    from tests import a11y_gallery

    app = desktop.launch([sys.executable, str(GALLERY)])
    app.wait_for(lambda t: find(t, role="link"), what="the gallery's link")
    yield app, a11y_gallery
    app.process.terminate()
    app.process.wait(timeout=10)


def test_the_address_is_a_link_that_says_its_url(gallery):
    app, g = gallery
    link = find(app.tree(), role="link")
    assert link["name"] == g.LINK.url
    assert g.LINK.label in link["description"]
    assert "focusable" in link["states"]
    assert link["actions"][0] == "Press"
    app.press(g.LINK.url, "link")  # what Orca's "activate" does
    app.wait_for(lambda _t: f"opened {g.LINK.url}" in app.output(), what="the link to open")


def test_a_disclosure_says_collapsed_then_expanded_and_says_what_opened(gallery):
    app, g = gallery
    button = find(app.tree(), name="怎么查？")
    assert button["role"] == "push button"  # not "check box"
    assert {"expandable", "collapsed"} <= set(button["states"])
    events = app.listen(lambda: app.press("怎么查？"),
                        until=lambda ev: any(e["type"] == "object:announcement" for e in ev))
    said = [e["data"] for e in events if e["type"] == "object:announcement"]
    assert said and g.HOW in said[0]
    opened = app.wait_for(lambda t: (n := find(t, name="怎么查？")) and "expanded" in n["states"]
                          and n, what="the expanded state")
    assert "collapsed" not in opened["states"]
    assert find(app.tree(), name=g.HOW) is not None  # the opened text is on the bus, showing


def test_copied_is_announced(gallery):
    app, g = gallery
    events = app.listen(lambda: app.press(f"复制链接：{g.LINK.label}"),
                        until=lambda ev: any(e["type"] == "object:announcement" for e in ev))
    assert [e["data"] for e in events if e["type"] == "object:announcement"] == ["已复制"]


def test_tab_reaches_the_readable_text_and_it_reads_in_full(gallery):
    app, g = gallery
    app.focus("上一个")
    app.wait_for(lambda t: (f := focused(t)) and f["name"] == "上一个", what="focus on 上一个")
    app.key("Tab")  # a real key press, into the window
    now = app.wait_for(lambda t: (f := focused(t)) and f["name"] != "上一个" and f,
                       what="the focus to move")
    assert now["role"] == "label"
    assert f"1. {g.STEPS[0]}" in now["name"] and f"2. {g.STEPS[1]}" in now["name"]
    app.key("Tab")
    app.wait_for(lambda t: (f := focused(t)) and f["name"] == "下一个", what="Tab to leave it")


def test_the_viewer_image_has_a_name_and_a_description(desktop):
    from tests.a11y_gallery import PICTURE

    app = desktop.launch([sys.executable, str(GALLERY), "--viewer"])
    try:
        image = app.wait_for(lambda t: find(t, role="image"), what="the viewer's image")
        assert image["name"] == PICTURE[0]
        assert PICTURE[1] in (image["description"], image.get("image_description"))
    finally:
        app.process.terminate()
        app.process.wait(timeout=10)


def test_the_real_step_page_has_its_link_and_disclosure_on_the_bus(desktop, tmp_path):
    with real_page(desktop, tmp_path / "data", "route-s-init", "step:S3") as app:
        tree = app.wait_for(lambda t: find(t, role="link") and t, what="the step page's link")
        link = find(tree, role="link")
        assert link["name"] == "https://ggfw.hrss.gd.gov.cn/isso/login.html"
        problem = find(tree, name="遇到问题？")
        assert problem["role"] == "push button" and "collapsed" in problem["states"]
        app.focus(link["name"], "link")  # then real Tab presses go on in screen order
        app.wait_for(lambda t: (f := focused(t)) and f["role"] == "link", what="focus on the link")
        app.key("Tab")
        after = app.wait_for(lambda t: (f := focused(t)) and f["role"] != "link" and f,
                             what="Tab to leave the link")
        assert after["name"].startswith("在浏览器打开")


def tab_to(app, check, what: str, limit: int = 25, focus_of=focused) -> dict:
    """Real Tab presses until the focused object (as `focus_of` finds it) passes `check`."""
    for _ in range(limit):
        now = focus_of(app.tree())
        if now is not None and check(now):
            return now
        app.key("Tab")
        app.wait_for(lambda t, before=now: focus_of(t) != before, what="the focus to move")
    raise AssertionError(f"Tab never reached {what}")


def test_the_real_step_page_starts_at_its_heading_and_tab_reads_on_in_screen_order(desktop, tmp_path):
    """On arrival the focus is on the page's title, which says what the step is for; Tab
    reaches the numbered instructions (read in full), then the footer from left to right."""
    from wizard.content import load_content

    step = load_content(None, "zh_CN").steps["S3"]
    with real_page(desktop, tmp_path / "data", "route-s-init", "step:S3") as app:
        app.activate()
        heading = app.wait_for(lambda t: (f := focused(t)) and f["name"] == step.title and f,
                               what="the focus on the page's title")
        assert heading["role"] == "label" and step.purpose in heading["description"]
        steps = tab_to(app, lambda f: f["name"].startswith("怎么做："), "the instructions")
        assert steps["role"] == "label"
        assert all(f"{n}. " in steps["name"] for n in range(1, len(step.instructions) + 1))
        tab_to(app, lambda f: f["role"] == "check box", "the tick")
        footer: list[str] = []
        for _ in range(5):
            app.key("Tab")
            now = app.wait_for(lambda t: (f := focused(t)) and f["role"] == "push button"
                               and f["name"] not in footer and f, what="the next footer button")
            footer.append(now["name"])
        assert footer == ["保存并退出", "切换语言", "帮助和程序信息", "< 上一步(B)", "稍后再做"]


def test_the_side_panel_rows_are_links_shift_tab_reaches_and_a_reader_presses(desktop, tmp_path):
    """The task list (issue 17) as Orca gets it: Shift+Tab from the page's title reaches the side
    panel's last link (role link, the row's words as its name); pressing a row goes to its step,
    the focus on that step's title."""
    from wizard.content import load_content

    steps = load_content(None, "zh_CN").steps
    with real_page(desktop, tmp_path / "data", "route-s-init", "step:S3") as app:
        app.activate()
        app.wait_for(lambda t: (f := focused(t)) and f["name"] == steps["S3"].title and f,
                     what="the focus on the page's title")
        app.key("shift+Tab")
        last = app.wait_for(lambda t: (f := focused(t)) and f["role"] == "link" and f,
                            what="a side-panel link")
        assert " · " in last["name"]  # the row's icon, title and state word
        links = find_all(app.tree(), role="link")
        row, step = next((link, st) for link in links for st in steps.values()
                         if f". {st.short_title} · " in link["name"] and st.id != "S3")  # a step's row
        app.press(row["name"], "link")
        app.wait_for(lambda t: (f := focused(t)) and f["name"] == step.title and f,
                     what=f"step {step.id}, its title focused")


def test_real_keys_esc_stays_alt_n_goes_on_ctrl_l_opens_the_languages(desktop, tmp_path):
    with real_page(desktop, tmp_path / "data", "route-s-init", "details") as app:
        app.focus("单位名称", "text")
        app.wait_for(lambda t: (f := focused(t)) and f["name"] == "单位名称", what="the field")
        app.key("Escape")  # leaves nothing: the program and the page stay
        app.key("alt+n")  # 跳过这一页(&N)
        app.wait_for(lambda t: (f := focused(t)) and f["name"] == "用法人账号登录人社网上服务平台",
                     what="the next page's title after Alt+N")
        assert app.alive()
        # Ctrl+L: the language menu, named, opens on the current language, which is checked.
        events = app.listen(lambda: app.key("ctrl+l"),
                            until=lambda ev: any(e["type"] == "focus:" for e in ev)
                            and any(e["role"] == "popup menu" for e in ev))
        item = next(e for e in events if e["type"] == "focus:")
        assert item["role"] == "menu item" and item["name"] == "简体中文"
        assert {"checkable", "checked"} <= set(item["states"])
        assert any(e["role"] == "popup menu" and e["name"] == "切换语言" for e in events)
        app.key("Escape")  # closes the menu, not the program
        app.wait_for(lambda t: (f := focused(t)) and f["role"] == "label", what="the focus back")
        assert app.alive()


def test_the_real_route_page_tab_reaches_the_chosen_route(desktop, tmp_path):
    with real_page(desktop, tmp_path / "data", "route-r", "route") as app:
        app.activate()
        app.wait_for(lambda t: (f := focused(t)) and f["name"].startswith("请走："),
                     what="the focus on the route's title")
        radio = tab_to(app, lambda f: f["role"] == "radio button", "the routes")
        assert "checked" in radio["states"] and radio["name"].startswith("广东人社统一认证")


def focus_shown(tree: dict) -> dict | None:
    """The innermost focused object (a table's cell, not the table), leaving out the current item
    of a closed combo box's list (Qt says 'focused' for it all the time)."""
    found = [n for n, path in walk(tree) if "focused" in n.get("states", []) and is_showing(n)
             and not any(a.get("role") == "combo box" and "expanded" not in a.get("states", [])
                         for a in path)]
    return found[-1] if found else None


def test_the_real_desk_says_its_table_and_enter_opens_the_employer(desktop, tmp_path):
    """The desk as Orca gets it: the table named, the count line said with it, the cell under the
    focus named; real Tab presses reach the texts and buttons, real Enter opens the employer."""
    from datetime import date

    from tests.test_profiles_ui import NAMES, seed

    seed(tmp_path / "data", 3, date.today())
    app = desktop.launch_wizard(tmp_path / "data")
    try:
        app.activate()
        tree = app.wait_for(lambda t: find(t, role="table") and t, what="the desk's table")
        table = find(tree, role="table")
        assert table["name"] == "全部单位" and "共 3 家单位" in table["description"]
        cell = app.wait_for(lambda t: (f := focus_shown(t)) and f["role"] == "table cell" and f,
                            what="the focus on the table's current cell")
        assert cell["name"] in NAMES
        hint = tab_to(app, lambda f: f["name"].startswith("双击一行"), "the hint below the table",
                      focus_of=focus_shown)
        assert hint["role"] == "label"
        button = tab_to(app, lambda f: f["role"] == "push button", "the buttons", focus_of=focus_shown)
        assert button["name"] == "继续办理选中的单位"
        app.key("shift+Tab", "shift+Tab")  # back to the table
        app.wait_for(lambda t: (f := focus_shown(t)) and f["role"] == "table cell", what="the table again")
        app.key("Return")
        app.wait_for(lambda t: find(t, name="保存并退出"), what="the wizard, on the employer")
    finally:
        app.process.terminate()
        app.process.wait(timeout=10)
