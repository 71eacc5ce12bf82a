"""A private desktop for accessibility tests: Xvfb, a D-Bus session, the AT-SPI bus.

What a screen reader (Orca) gets is read from the real AT-SPI bus by tests/atspi_dump.py, run
under the system python3 with Debian's python3-pyatspi. Keys are real X key events sent with
xdotool (XTEST, to the focused window). Every process started here is started in its own
process group and ended by that group's id when the desktop closes.

    with Desktop() as desk:
        app = desk.launch_wizard(data_dir, "zh_CN")
        tree = app.wait_for(lambda t: find(t, name="开始"))
        app.key("Tab")
        print(outline(app.tree()))

`missing()` says why the desktop cannot run here (tests skip with that reason).
"""

from __future__ import annotations

import json
import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DUMP = Path(__file__).with_name("atspi_dump.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher",
                 "/usr/lib/at-spi2/at-spi-bus-launcher")
START_TIMEOUT = 30.0  # seconds for a process to come up (2 shared cores, several helpers)
CALL_TIMEOUT = 30.0  # seconds for one call of the dump script or xdotool


class DesktopError(RuntimeError):
    pass


def bus_launcher() -> str | None:
    return next((p for p in BUS_LAUNCHERS if os.access(p, os.X_OK)), None)


@cache
def missing() -> str | None:
    """Why the accessibility desktop cannot run here, or None when it can."""
    if not sys.platform.startswith("linux"):
        return "the AT-SPI bus is Linux only"
    for tool, package in (("Xvfb", "xvfb"), ("dbus-daemon", "dbus"), ("xdotool", "xdotool")):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt: {package})"
    if bus_launcher() is None:
        return "at-spi-bus-launcher is not installed (apt: at-spi2-core)"
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        return f"{SYSTEM_PYTHON} is missing (pyatspi is a Debian package for the system python)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                           timeout=CALL_TIMEOUT)
    if probe.returncode != 0:
        return "pyatspi is not installed for the system python3 (apt: python3-pyatspi)"
    return None


def _end_group(process: subprocess.Popen) -> None:
    """End a process we started and everything it started (its own process group): politely,
    then for sure (a daemon's helpers may outlive their parent)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        if sig == signal.SIGTERM and process.poll() is not None:
            continue
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass


def wait_until(check: Callable[[], object], timeout: float, what: str, every: float = 0.2):
    """Poll `check` until it returns something true; DesktopError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise DesktopError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(every)


class Desktop:
    """Xvfb + a private D-Bus session + the AT-SPI bus, torn down on exit."""

    def __init__(self, width: int = 1280, height: int = 800):
        self.size = (width, height)
        self.processes: list[subprocess.Popen] = []
        self.tmp = Path(tempfile.mkdtemp(prefix="wengang-atspi-"))
        self.env: dict[str, str] = {}

    def __enter__(self) -> Desktop:
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def _spawn(self, args: list[str], env: dict[str, str] | None = None, **kw) -> subprocess.Popen:
        process = subprocess.Popen(args, env=env if env is not None else self.env,
                                   start_new_session=True, **kw)
        self.processes.append(process)
        return process

    def _start(self) -> None:
        reason = missing()
        if reason:
            raise DesktopError(reason)
        base = {k: v for k, v in os.environ.items()
                if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS",
                             "AT_SPI_BUS_ADDRESS", "QT_QPA_PLATFORM", "XAUTHORITY")}
        runtime = self.tmp / "run"
        runtime.mkdir(mode=0o700)
        base["XDG_RUNTIME_DIR"] = str(runtime)  # the AT-SPI bus socket lives here, not in ~
        base["DISPLAY"] = self._start_x(base)
        bus = self.tmp / "session-bus"
        dbus = self._spawn(["dbus-daemon", "--session", "--nofork", f"--address=unix:path={bus}",
                            "--print-address=1"], env=base, stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL)
        base["DBUS_SESSION_BUS_ADDRESS"] = self._read_line(dbus.stdout.fileno(), "the D-Bus address")
        self.env = base
        self._spawn([bus_launcher(), "--launch-immediately"], stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL)
        wait_until(self._bus_answers, START_TIMEOUT, "the AT-SPI bus", every=0.3)
        self._start_listener()

    def _start_listener(self) -> None:
        """One event listener for the desktop's life, registered before any program starts:
        a Qt program asks the registry which events are wanted when it starts (a listener
        registered later is learnt of asynchronously, so its first events could be lost)."""
        self._listener = self._spawn([SYSTEM_PYTHON, str(DUMP), "listen"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self._events: queue.Queue[str] = queue.Queue()
        stdout = self._listener.stdout
        threading.Thread(target=lambda: [self._events.put(x.decode()) for x in stdout],
                         daemon=True).start()
        try:
            first = self._events.get(timeout=START_TIMEOUT)
        except queue.Empty:
            raise DesktopError("the AT-SPI event listener never got ready") from None
        if first.strip() != "ready":
            raise DesktopError(f"the AT-SPI event listener said {first!r}")

    def events(self, pid: int, trigger: Callable[[], None], until: Callable[[list[dict]], bool],
               timeout: float) -> list[dict]:
        while not self._events.empty():  # what came before the trigger is not its doing
            self._events.get_nowait()
        trigger()
        events: list[dict] = []
        deadline = time.monotonic() + timeout
        while not until(events) and time.monotonic() < deadline:
            try:
                event = json.loads(self._events.get(timeout=0.2))
            except queue.Empty:
                continue
            if event.get("pid") == pid:
                events.append(event)
        return events

    def _start_x(self, env: dict[str, str]) -> str:
        """Xvfb on a free display. A high, random number: other sessions on this machine may
        start Xvfb on :0 or :99 in another /tmp, where a display's socket file is not seen."""
        for number in random.sample(range(200, 1000), 20):
            if os.path.exists(f"/tmp/.X11-unix/X{number}"):
                continue
            read_fd, write_fd = os.pipe()
            xvfb = self._spawn(["Xvfb", f":{number}", "-displayfd", str(write_fd), "-screen", "0",
                                f"{self.size[0]}x{self.size[1]}x24", "-nolisten", "tcp",
                                "-noreset"], env=env, pass_fds=(write_fd,),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            os.close(write_fd)
            try:  # Xvfb writes the number once it listens, or exits (display taken)
                if self._read_line(read_fd, "Xvfb") == str(number):
                    return f":{number}"
            except DesktopError:
                pass
            finally:
                os.close(read_fd)
            _end_group(xvfb)
        raise DesktopError("no free X display for Xvfb")

    def _read_line(self, fd: int, what: str) -> str:
        out: queue.Queue[str] = queue.Queue()

        def read() -> None:
            data = b""
            while not data.endswith(b"\n"):
                chunk = os.read(fd, 256)
                if not chunk:
                    break
                data += chunk
            out.put(data.decode().strip())

        threading.Thread(target=read, daemon=True).start()
        try:
            line = out.get(timeout=START_TIMEOUT)
        except queue.Empty:
            raise DesktopError(f"timed out waiting for {what}") from None
        if not line:
            raise DesktopError(f"no {what}")
        return line

    def _bus_answers(self) -> bool:
        probe = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi; print(pyatspi.Registry.getDesktop(0).name)"],
            env=self.env, capture_output=True, timeout=CALL_TIMEOUT)
        return probe.returncode == 0 and b"main" in probe.stdout

    def close(self) -> None:
        listener = getattr(self, "_listener", None)
        if listener is not None and listener.stdin:
            listener.stdin.close()
        for process in reversed(self.processes):
            _end_group(process)
        self.processes.clear()
        shutil.rmtree(self.tmp, ignore_errors=True)

    # --- applications -----------------------------------------------------------------------
    def qt_env(self, **extra: str) -> dict[str, str]:
        env = dict(self.env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                   QT_ACCESSIBILITY="1", PYTHONPATH=str(ROOT))
        env.update(extra)
        return env

    def launch(self, args: list[str], **extra_env: str) -> App:
        """Start a Qt program on this desktop and wait until it is on the AT-SPI bus."""
        log = open(self.tmp / f"app-{len(self.processes)}.log", "w+b")
        process = self._spawn(args, env=self.qt_env(**extra_env), cwd=str(ROOT), stdout=log,
                              stderr=subprocess.STDOUT)
        app = App(self, process, log)
        wait_until(lambda: app.alive() and app.tree(), START_TIMEOUT, f"{args} on the bus", every=0.5)
        return app

    def launch_wizard(self, data_dir: Path, language: str = "zh_CN") -> App:
        app = self.launch([sys.executable, "-m", "wizard", "--data-dir", str(data_dir),
                           "--lang", language])
        app.wait_for(lambda t: find(t, role="push button", showing=True), what="the wizard's buttons")
        return app


class App:
    def __init__(self, desktop: Desktop, process: subprocess.Popen, log):
        self.desktop = desktop
        self.process = process
        self.pid = process.pid
        self.log = log
        self.title: str | None = None  # of the window to type into, if it has several
        self._window: str | None = None

    def alive(self) -> bool:
        if self.process.poll() is not None:
            raise DesktopError(f"the program ended (exit {self.process.returncode}):\n{self.output()}")
        return True

    def output(self) -> str:
        self.log.flush()
        self.log.seek(0)
        return self.log.read().decode(errors="replace")[-4000:]

    def _dump(self, *args: str) -> object:
        done = subprocess.run([SYSTEM_PYTHON, str(DUMP), args[0], str(self.pid), *args[1:]],
                              env=self.desktop.env, capture_output=True, timeout=CALL_TIMEOUT)
        if not done.stdout.strip():
            raise DesktopError(f"atspi_dump {args}: {done.stderr.decode(errors='replace')[-2000:]}")
        try:
            return json.loads(done.stdout)
        except json.JSONDecodeError:
            raise DesktopError(f"atspi_dump {args}: {done.stderr.decode(errors='replace')}") from None

    # --- what a screen reader gets ----------------------------------------------------------
    def tree(self) -> dict | None:
        """The application's accessible tree as AT-SPI exports it (None: not on the bus yet)."""
        return self._dump("tree")

    def wait_for(self, check: Callable[[dict], object], what: str = "a condition",
                 timeout: float = START_TIMEOUT):
        """Poll the tree until `check(tree)` is true; returns that result."""
        def probe():
            self.alive()
            tree = self.tree()
            return tree and check(tree)
        return wait_until(probe, timeout, what, every=0.3)

    def focused(self) -> dict | None:
        tree = self.tree()
        return tree and focused(tree)

    def press(self, name: str, role: str | None = None) -> None:
        """The node's first action (Press for a button), as a screen reader's user does it."""
        args = ["press", name] + ([role] if role else [])
        result = self._dump(*args)
        if not (isinstance(result, dict) and result.get("done")):
            raise DesktopError(f"could not press {name!r}: {result}")

    def focus(self, name: str, role: str | None = None) -> None:
        """Move the keyboard focus to the node so named (AT-SPI grabFocus), window first."""
        self.activate()
        result = self._dump("grab-focus", name, *([role] if role else []))
        if not (isinstance(result, dict) and result.get("done")):
            raise DesktopError(f"could not focus {name!r}: {result}")

    def listen(self, trigger: Callable[[], None], until: Callable[[list[dict]], bool],
               timeout: float = 15.0) -> list[dict]:
        """The events this program sends after `trigger()`, until `until(events)` holds or
        `timeout` seconds pass (the caller then asserts on what came)."""
        return self.desktop.events(self.pid, trigger, until, timeout)

    # --- real keys (xdotool) ----------------------------------------------------------------
    def _xdotool(self, *args: str) -> str:
        done = subprocess.run(["xdotool", *args], env=self.desktop.env, capture_output=True,
                              timeout=CALL_TIMEOUT)
        if done.returncode != 0:
            raise DesktopError(f"xdotool {args}: {done.stderr.decode(errors='replace')}")
        return done.stdout.decode().strip()

    def window(self) -> str:
        """The X window id of the program's visible top-level window (the one titled
        `self.title` when the program shows several)."""
        if self._window is None:
            by = ["--name", f"^{self.title}$"] if self.title else []

            def search():
                self.alive()
                try:
                    found = self._xdotool("search", "--onlyvisible", "--pid", str(self.pid), *by)
                except DesktopError:
                    return None
                return found.split()[-1] if found else None
            self._window = wait_until(search, START_TIMEOUT, "the program's window")
        return self._window

    def activate(self) -> None:
        """Give the window the keyboard focus, as clicking its title bar does (no window
        manager runs here, so nothing else would)."""
        self._xdotool("windowfocus", "--sync", self.window())

    def key(self, *keys: str) -> None:
        """Real key presses (XTEST) into the program's window, e.g. key("Tab"), key("alt+n")."""
        self.activate()
        self._xdotool("key", "--clearmodifiers", "--delay", "60", *keys)

    def screenshot(self, path: Path) -> Path:
        """The program's window as a PNG, grabbed from the X server by a separate Qt process."""
        grab = ("import sys; from PySide6.QtGui import QGuiApplication; a = QGuiApplication([]); "
                "sys.exit(0 if a.primaryScreen().grabWindow(int(sys.argv[1])).save(sys.argv[2]) "
                "else 1)")
        subprocess.run([sys.executable, "-c", grab, self.window(), str(path)],
                       env=self.desktop.qt_env(QT_LINUX_ACCESSIBILITY_ALWAYS_ON="0"), check=True,
                       timeout=CALL_TIMEOUT, capture_output=True)
        return path


# --- reading a tree -------------------------------------------------------------------------
def walk(node: dict, path: tuple = ()) -> Iterator[tuple[dict, tuple]]:
    """Every node with the chain of its ancestors."""
    yield node, path
    for child in node.get("children", []):
        yield from walk(child, (*path, node))


def is_showing(node: dict) -> bool:
    return "showing" in node.get("states", [])


def find_all(tree: dict, role: str | None = None, name: str | None = None,
             showing: bool = True, contains: str | None = None) -> list[dict]:
    out = []
    for node, _path in walk(tree):
        if showing and not is_showing(node):
            continue
        if role is not None and node.get("role") != role:
            continue
        if name is not None and node.get("name") != name:
            continue
        if contains is not None and contains not in (node.get("name", "") + node.get("text", "")):
            continue
        out.append(node)
    return out


def find(tree: dict, role: str | None = None, name: str | None = None, showing: bool = True,
         contains: str | None = None) -> dict | None:
    found = find_all(tree, role, name, showing, contains)
    return found[0] if found else None


def focused(tree: dict) -> dict | None:
    return next((n for n, _p in walk(tree) if "focused" in n.get("states", [])), None)


def spoken(node: dict) -> str:
    """Roughly what Orca says for a node: name, role, description, states that matter."""
    parts = [node.get("name") or node.get("text", "")[:80], node.get("role", "")]
    if node.get("description"):
        parts.append(node["description"])
    parts += [s for s in ("checked", "expanded", "collapsed") if s in node.get("states", [])]
    if "expandable" in node.get("states", []) and "expanded" not in node.get("states", []):
        parts.append("collapsed")
    return " · ".join(p for p in parts if p)


def outline(tree: dict, showing_only: bool = True) -> str:
    """The tree as indented lines, for reading (and for the report)."""
    lines = []
    for node, path in walk(tree):
        if showing_only and not is_showing(node) and node.get("role") != "application":
            continue
        states = [s for s in node.get("states", [])
                  if s in ("focusable", "focused", "checked", "expandable", "expanded",
                           "collapsed", "selectable-text", "read only", "sensitive")]
        text = node.get("text", "")
        bits = [node.get("role", "?"), repr(node.get("name", ""))]
        if node.get("description"):
            bits.append(f"desc={node['description']!r}")
        if text and text != node.get("name"):
            bits.append(f"text={text[:120]!r}")
        if node.get("image_description"):
            bits.append(f"image={node['image_description'][:60]!r}")
        if node.get("attributes"):
            bits.append(f"attrs={node['attributes']}")
        if node.get("links"):
            bits.append(f"links={node['links']}")
        bits.append("{" + ",".join(states) + "}")
        lines.append("  " * len(path) + " ".join(bits))
    return "\n".join(lines)
