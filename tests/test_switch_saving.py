"""Where the user is, written after the new page has painted and never lost on closing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from tests.ui_helpers import NEXT, click, make_wizard, mouse_walk
from wizard.selftest import SCENARIOS
from wizard.store import ProfileStore


class Order(QObject):
    """Notes 'paint' when the watched widget paints, 'save' when the store writes."""

    def __init__(self):
        super().__init__()
        self.log: list[str] = []

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.log.append("paint")
        return False


def test_next_paints_the_new_page_before_writing_where_the_user_is(qtbot, isolated_data, monkeypatch):
    wizard = make_wizard(qtbot, isolated_data)
    mouse_walk(qtbot, wizard, SCENARIOS["route-r"].answers, stop_at="step:R2")
    wizard.currentPage().tick()
    qtbot.wait(50)  # the tick's own write, and the next page built while the user reads
    wizard.after_paint.fallback.setInterval(60_000)  # the paint, not the fallback (a busy machine)
    order = Order()
    store = wizard.session.store
    real_save = store.save
    monkeypatch.setattr(store, "save", lambda profile: (order.log.append("save"), real_save(profile))[1])
    target = wizard.page_for(wizard.journey.next_key())
    target.scroll.widget().installEventFilter(order)
    click(qtbot, wizard.button(NEXT))
    qtbot.waitUntil(lambda: "save" in order.log and "paint" in order.log)
    assert order.log[0] == "paint", order.log
    assert ProfileStore(isolated_data).open().profile.progress.current_page == "step:R3"


def test_closing_right_after_next_keeps_the_new_page(qtbot, isolated_data):
    wizard = make_wizard(qtbot, isolated_data)
    mouse_walk(qtbot, wizard, SCENARIOS["route-r"].answers, stop_at="step:R2")
    wizard.currentPage().tick()
    wizard.button(NEXT).click()  # no event processed between the click and the close
    assert wizard.current_key() == "step:R3"
    wizard.close()  # the last window: the event loop ends here, no timer fires after it
    assert ProfileStore(isolated_data).open().profile.progress.current_page == "step:R3"


def _fill(button) -> str:
    """The button's colour inside its border (where no text is drawn)."""
    image = button.grab().toImage()
    return image.pixelColor(6, image.height() // 2).name()


def test_next_looks_primary_on_every_page_and_start_too(qtbot, isolated_data):
    from wizard.ui.theme import colour

    wizard = make_wizard(qtbot, isolated_data)
    qtbot.wait(20)
    assert _fill(wizard.button(NEXT)) == colour("primary")  # 开始 on a first visit
    click(qtbot, wizard.button(NEXT))
    qtbot.wait(20)
    assert not wizard.button(NEXT).isEnabled()
    assert _fill(wizard.button(NEXT)) == colour("primary_off")  # waiting for an answer

