"""What Orca gets, read from the real AT-SPI bus under Xvfb (tests/atspi_harness.py), with
real key presses from xdotool. Skipped, with the reason, where Xvfb, the bus or pyatspi is
missing (apt: xvfb xdotool at-spi2-core python3-pyatspi dbus; .ci/run installs them)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.atspi_harness import Desktop, find, focused, missing

pytestmark = pytest.mark.skipif(missing() is not None, reason=f"no AT-SPI desktop: {missing()}")

GALLERY = Path(__file__).with_name("a11y_gallery.py")


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
    from tests.atspi_pages import open_page

    app = open_page(desktop, tmp_path / "data", "route-s-init", "step:S3")
    try:
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
    finally:
        app.process.terminate()
        app.process.wait(timeout=10)
