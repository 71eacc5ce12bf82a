"""The staff PIN that leaves kiosk mode: its PBKDF2 hash (`pin_hash` in admin.json, made with
--hash-pin) and the count of tries. No Qt here.

A pin_hash that is not exactly what --hash-pin writes is an administrator's mistake: it is
named by a problem code (PIN_HASH_PROBLEMS; the UI says it in words), logged, and never
computed — an absurd iteration count would freeze the check for hours.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

PIN_SCHEME = "pbkdf2_sha256"
PIN_ITERATIONS = 200_000
# What verify_pin accepts: at most about a second of PBKDF2 on a slow kiosk PC (and that off
# the GUI thread), at least enough to make guessing from the file cost something.
PIN_ITERATIONS_MIN, PIN_ITERATIONS_MAX = 10_000, 1_000_000
SALT_HEX_MIN, SALT_HEX_MAX = 16, 128  # 8 to 64 bytes; --hash-pin makes 16
DIGEST_HEX = 64  # sha256

PIN_HASH_PROBLEMS = ("not_ascii", "fields", "scheme", "iterations", "salt", "digest")
_HEX = re.compile(r"[0-9a-fA-F]+")

MAX_PIN_TRIES = 5  # the fifth wrong try rests the staff exit for PIN_LOCKOUT_S
PIN_LOCKOUT_S = 300


class PinHashError(ValueError):
    def __init__(self, problem: str):
        super().__init__(problem)
        self.problem = problem  # one of PIN_HASH_PROBLEMS


@dataclass(frozen=True)
class PinHash:
    iterations: int
    salt: bytes
    digest: bytes


def parse_pin_hash(stored: str) -> PinHash:
    """`pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>`, or PinHashError naming what is wrong."""
    text = stored.strip()
    if not text.isascii():
        raise PinHashError("not_ascii")
    fields = text.split("$")
    if len(fields) != 4:
        raise PinHashError("fields")
    scheme, iterations, salt, digest = fields
    if scheme != PIN_SCHEME:
        raise PinHashError("scheme")
    if not (iterations.isdigit() and len(iterations) <= 9
            and PIN_ITERATIONS_MIN <= int(iterations) <= PIN_ITERATIONS_MAX):
        raise PinHashError("iterations")
    if not (_HEX.fullmatch(salt) and len(salt) % 2 == 0
            and SALT_HEX_MIN <= len(salt) <= SALT_HEX_MAX):
        raise PinHashError("salt")
    if not (_HEX.fullmatch(digest) and len(digest) == DIGEST_HEX):
        raise PinHashError("digest")
    return PinHash(int(iterations), bytes.fromhex(salt), bytes.fromhex(digest))


def pin_hash_problem(stored: str | None) -> str | None:
    """The problem code of a set pin_hash; None when it is usable or not set at all."""
    if not stored:
        return None
    try:
        parse_pin_hash(stored)
    except PinHashError as error:
        return error.problem
    return None


def _pbkdf2(pin: str, salt: bytes, iterations: int) -> bytes:
    # surrogatepass: any text a widget can hold is hashed, none raises
    return hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8", "surrogatepass"), salt, iterations)


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = PIN_ITERATIONS) -> str:
    """The value for `pin_hash`: pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>."""
    if not PIN_ITERATIONS_MIN <= iterations <= PIN_ITERATIONS_MAX:
        raise ValueError(f"iterations must be {PIN_ITERATIONS_MIN}–{PIN_ITERATIONS_MAX}")
    salt = os.urandom(16) if salt is None else salt
    return f"{PIN_SCHEME}${iterations}${salt.hex()}${_pbkdf2(pin, salt, iterations).hex()}"


def verify_pin(pin: str, stored: str | None) -> bool:
    """True only if `pin` matches `stored` (a hash_pin value). No hash, or a malformed one
    (logged): never. Never raises. Takes up to about a second: call it off the GUI thread."""
    if not stored or not pin:
        return False
    try:
        parsed = parse_pin_hash(stored)
    except PinHashError as error:
        log.warning("pin_hash in the admin settings is not a --hash-pin value (%s)", error.problem)
        return False
    return hmac.compare_digest(_pbkdf2(pin, parsed.salt, parsed.iterations), parsed.digest)


class PinGuard:
    """The tries at the staff PIN, across every dialog: the MAX_PIN_TRIES-th try that is not
    right rests the exit for PIN_LOCKOUT_S. A try counts when it is made, before its answer,
    so a dialog closed while the PIN is being checked cannot take it back."""

    def __init__(self, max_tries: int = MAX_PIN_TRIES, lockout_s: float = PIN_LOCKOUT_S,
                 clock: Callable[[], float] = time.monotonic):
        self.max_tries = max_tries
        self.lockout_s = lockout_s
        self.clock = clock
        self.tries = 0
        self.locked_until: float | None = None

    def seconds_left(self) -> int:
        """Seconds until the exit may be tried again; 0 when it may now."""
        if self.locked_until is None:
            return 0
        left = self.locked_until - self.clock()
        if left <= 0:  # rested: a fresh set of tries
            self.locked_until, self.tries = None, 0
            return 0
        return math.ceil(left)

    def locked(self) -> bool:
        return self.seconds_left() > 0

    def attempt(self) -> bool:
        """Count a try; False (and nothing counted) while the exit rests: do not check then."""
        if self.locked():
            return False
        self.tries += 1
        if self.tries >= self.max_tries:  # rests unless this very try proves right
            self.locked_until = self.clock() + self.lockout_s
        return True

    def succeeded(self) -> None:
        self.tries, self.locked_until = 0, None
