"""The staff PIN that leaves kiosk mode: exactly 5 wrong tries, however many dialogs they are
spread over; a malformed pin_hash is an admin error in plain words, never an exception; the
PBKDF2 check never runs on the GUI thread and never runs with an absurd iteration count."""

from __future__ import annotations

import hashlib
import logging
import threading

import pytest
from PySide6.QtCore import Qt

from tests.test_kiosk import PIN, make_kiosk, staff_keys
from tests.ui_helpers import click
from wizard.store.admin import hash_pin, verify_pin

GOOD = hash_pin(PIN)
SALT, DIGEST = GOOD.split("$")[2], GOOD.split("$")[3]

MALFORMED = {
    "not_ascii": f"pbkdf2_sha256$200000${SALT}${DIGEST[:-1]}é",
    "not_ascii_digits": f"pbkdf2_sha256$２００000${SALT}${DIGEST}",
    "fields": f"pbkdf2_sha256$200000${SALT}",
    "fields_extra": f"pbkdf2_sha256$200000${SALT}${DIGEST}$x",
    "scheme": f"pbkdf2_sha1$200000${SALT}${DIGEST}",
    "scheme_plain": "2468",
    "iterations_huge": f"pbkdf2_sha256$999999999999${SALT}${DIGEST}",
    "iterations_digits": f"pbkdf2_sha256${'9' * 5000}${SALT}${DIGEST}",
    "iterations_zero": f"pbkdf2_sha256$0${SALT}${DIGEST}",
    "iterations_negative": f"pbkdf2_sha256$-200000${SALT}${DIGEST}",
    "iterations_word": f"pbkdf2_sha256$many${SALT}${DIGEST}",
    "salt_hex": f"pbkdf2_sha256$200000$zz{SALT[2:]}${DIGEST}",
    "salt_odd": f"pbkdf2_sha256$200000${SALT[:-1]}${DIGEST}",
    "salt_empty": f"pbkdf2_sha256$200000$${DIGEST}",
    "digest_hex": f"pbkdf2_sha256$200000${SALT}${DIGEST[:-2]}zz",
    "digest_short": f"pbkdf2_sha256$200000${SALT}${DIGEST[:-2]}",
    "empty_fields": "$$$",
}


# --- the hash, without Qt ---------------------------------------------------------------------
@pytest.mark.parametrize("stored", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_pin_hash_is_refused_without_computing(stored, monkeypatch, caplog):
    def no_pbkdf2(*_args):
        raise AssertionError("PBKDF2 must not run for a malformed pin_hash")

    monkeypatch.setattr(hashlib, "pbkdf2_hmac", no_pbkdf2)
    with caplog.at_level(logging.WARNING):
        assert verify_pin(PIN, stored) is False
    assert "pin_hash" in caplog.text


@pytest.mark.parametrize("stored", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_pin_hash_has_a_problem_code(stored):
    from wizard.store.staff_pin import PIN_HASH_PROBLEMS, pin_hash_problem

    assert pin_hash_problem(stored) in PIN_HASH_PROBLEMS


def test_good_pin_hash_has_no_problem():
    from wizard.store.staff_pin import pin_hash_problem

    assert pin_hash_problem(GOOD) is None
    assert pin_hash_problem(" " + GOOD.upper().replace("PBKDF2_SHA256", "pbkdf2_sha256") + "\n") \
        is None  # hex in capitals, spaces around: still the same value
    assert verify_pin(PIN, GOOD.upper().replace("PBKDF2_SHA256", "pbkdf2_sha256"))


def test_hash_pin_refuses_an_iteration_count_verify_would_refuse():
    from wizard.store.staff_pin import PIN_ITERATIONS_MAX, PIN_ITERATIONS_MIN

    for n in (PIN_ITERATIONS_MIN - 1, PIN_ITERATIONS_MAX + 1):
        with pytest.raises(ValueError):
            hash_pin(PIN, iterations=n)
    assert verify_pin(PIN, hash_pin(PIN, iterations=PIN_ITERATIONS_MIN))


def test_a_pin_no_text_encoding_can_take_is_simply_wrong():
    assert verify_pin("\udcff" + PIN, GOOD) is False  # a lone surrogate: no exception


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_guard_rests_after_exactly_five_wrong_tries():
    from wizard.store.staff_pin import PinGuard

    clock = Clock()
    guard = PinGuard(clock=clock)
    for _ in range(4):
        assert guard.attempt()  # checked
    assert not guard.locked()
    assert guard.attempt()  # the fifth is still checked ...
    assert guard.locked()  # ... and, unless it is right, rests the exit
    assert not guard.attempt()
    clock.now += guard.lockout_s - 1
    assert guard.locked() and guard.seconds_left() == 1
    clock.now += 1
    assert not guard.locked() and guard.attempt()  # five fresh tries after the rest


def test_guard_right_pin_on_the_fifth_try_opens():
    from wizard.store.staff_pin import PinGuard

    guard = PinGuard(clock=Clock())
    for _ in range(5):
        assert guard.attempt()
    guard.succeeded()
    assert not guard.locked() and guard.attempt()


# --- the dialog ---------------------------------------------------------------------------------
def enter(qtbot, wizard, pin: str) -> None:
    """Type a PIN in the open staff dialog and wait until it has been judged."""
    dialog = wizard.kiosk.staff_dialog
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not getattr(dialog, "checking", False))


def open_dialog(qtbot, wizard):
    staff_keys(qtbot, wizard)
    dialog = wizard.kiosk.staff_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def cancel(qtbot, wizard) -> None:
    click(qtbot, wizard.kiosk.staff_dialog.cancel)
    assert wizard.kiosk.staff_dialog is None


def test_five_wrong_tries_across_cancelled_dialogs_rest_the_exit(qtbot):
    wizard = make_kiosk(qtbot, pin_hash=GOOD)
    open_dialog(qtbot, wizard)
    for _ in range(4):
        enter(qtbot, wizard, "0000")
    cancel(qtbot, wizard)
    open_dialog(qtbot, wizard)
    enter(qtbot, wizard, "1111")  # the fifth wrong try, in a new dialog
    dialog = wizard.kiosk.staff_dialog
    assert dialog is not None and "分钟后再试" in dialog.error.text()
    enter(qtbot, wizard, PIN)  # even the right PIN waits now
    assert wizard.isVisible() and not wizard.kiosk.may_close
    cancel(qtbot, wizard)
    dialog = open_dialog(qtbot, wizard)  # a new dialog says so at once
    assert "分钟后再试" in dialog.error.text() and not dialog.pin.isEnabled()


def test_the_fifth_try_is_still_checked(qtbot):
    wizard = make_kiosk(qtbot, pin_hash=GOOD)
    for _ in range(2):
        open_dialog(qtbot, wizard)
        enter(qtbot, wizard, "0000")
        enter(qtbot, wizard, "9999")
        cancel(qtbot, wizard)
    open_dialog(qtbot, wizard)
    enter(qtbot, wizard, PIN)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.kiosk.may_close


@pytest.mark.parametrize("stored", [MALFORMED["not_ascii"], MALFORMED["iterations_huge"],
                                    MALFORMED["scheme"], MALFORMED["fields"]])
def test_malformed_pin_hash_is_told_to_staff_in_plain_words(qtbot, caplog, stored):
    with caplog.at_level(logging.WARNING):
        wizard = make_kiosk(qtbot, pin_hash=stored)
        dialog = open_dialog(qtbot, wizard)
    assert "pin_hash" in caplog.text
    assert not dialog.pin.isVisible() and not dialog.ok.isVisible()
    assert "admin.json" in dialog.problem.text() and "--hash-pin" in dialog.problem.text()
    dialog.check()  # nothing to check, nothing raised
    cancel(qtbot, wizard)
    assert wizard.isVisible() and not wizard.kiosk.may_close


def test_the_pin_is_checked_off_the_gui_thread(qtbot, monkeypatch):
    gui = threading.get_ident()
    release = threading.Event()
    threads = []

    def slow_verify(pin, stored):
        threads.append(threading.get_ident())
        release.wait(2)  # a slow machine: the window must stay responsive meanwhile
        return pin == PIN

    monkeypatch.setattr("wizard.ui.kiosk.verify_pin", slow_verify)
    wizard = make_kiosk(qtbot, pin_hash=GOOD)
    dialog = open_dialog(qtbot, wizard)
    qtbot.keyClicks(dialog.pin, PIN)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] != gui
    assert dialog.checking and "正在核对" in dialog.error.text()
    assert not dialog.ok.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.kiosk.may_close


def test_a_try_cancelled_while_checked_still_counts(qtbot, monkeypatch):
    release = threading.Event()
    wizard = make_kiosk(qtbot, pin_hash=GOOD)
    open_dialog(qtbot, wizard)
    for _ in range(4):
        enter(qtbot, wizard, "0000")
    calls = []

    def slow_verify(pin, stored):
        calls.append(pin)
        release.wait(2)
        return False

    monkeypatch.setattr("wizard.ui.kiosk.verify_pin", slow_verify)
    dialog = wizard.kiosk.staff_dialog
    qtbot.keyClicks(dialog.pin, "1234")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)  # pressed again while checking: one try
    qtbot.waitUntil(lambda: bool(calls))
    cancel(qtbot, wizard)  # before the answer
    release.set()
    dialog = open_dialog(qtbot, wizard)
    assert "分钟后再试" in dialog.error.text() and calls == ["1234"]
