"""Read an application's accessible tree from the AT-SPI bus, as Orca does. Prints JSON.

Runs under the SYSTEM python3 with Debian's python3-pyatspi (not in the project's venv), as a
subprocess of tests/atspi_harness.py, with DISPLAY and DBUS_SESSION_BUS_ADDRESS of the private
desktop. Commands (the application is found by its process id):

    atspi_dump.py tree PID              the whole tree: role, name, description, states, text …
    atspi_dump.py press PID NAME [ROLE] do the first action of the first showing node so named
    atspi_dump.py grab-focus PID NAME   ask the node so named for focus (Component.grabFocus)
    atspi_dump.py listen                print "ready", then every event on the bus, one JSON
                                        line each, until stdin closes
"""

from __future__ import annotations

import json
import sys
import threading

import pyatspi

MAX_DEPTH = 60
MAX_CHILDREN = 400


def _try(fn, default=None):
    try:
        return fn()
    except Exception:
        return default


def states_of(acc) -> list[str]:
    state_set = _try(acc.getState)
    if state_set is None:
        return []
    return sorted(pyatspi.stateToString(s) for s in state_set.getStates())


def interfaces_of(acc) -> list[str]:
    return sorted(_try(lambda: [str(i) for i in acc.get_interfaces()], []))


def _relation(rel) -> dict:
    targets = [_try(lambda i=i: rel.getTarget(i).name, "") for i in range(rel.getNTargets())]
    kind = _try(lambda: pyatspi.relationToString(rel.getRelationType()), "")
    return {"type": kind or str(_try(rel.getRelationType, "")), "targets": targets}


def node(acc, depth: int = 0) -> dict:
    out = {
        "role": _try(acc.getRoleName, ""),
        "name": _try(lambda: acc.name, "") or "",
        "description": _try(lambda: acc.description, "") or "",
        "states": states_of(acc),
        "interfaces": interfaces_of(acc),
    }
    attributes = _try(acc.getAttributes, []) or []
    if attributes:
        out["attributes"] = sorted(attributes)
    text = _try(lambda: acc.queryText())
    if text is not None:
        out["text"] = _try(lambda: text.getText(0, -1), "")
    image = _try(lambda: acc.queryImage())
    if image is not None:
        out["image_description"] = _try(lambda: image.imageDescription, "") or ""
    value = _try(lambda: acc.queryValue())
    if value is not None:
        out["value"] = _try(lambda: value.currentValue)
    action = _try(lambda: acc.queryAction())
    if action is not None:
        out["actions"] = [_try(lambda i=i: action.getName(i), "") for i in range(action.nActions)]
    relations = []
    for rel in _try(acc.getRelationSet, []) or []:
        relations.append(_relation(rel))
    if relations:
        out["relations"] = relations
    hypertext = _try(lambda: acc.queryHypertext())
    if hypertext is not None:
        links = []
        for i in range(_try(hypertext.getNLinks, 0) or 0):
            link = _try(lambda i=i: hypertext.getLink(i))
            if link is not None:
                links.append(_try(lambda link=link: link.getURI(0), ""))
        if links:
            out["links"] = links
    children = []
    if depth < MAX_DEPTH:
        count = min(_try(lambda: acc.childCount, 0) or 0, MAX_CHILDREN)
        for i in range(count):
            child = _try(lambda i=i: acc.getChildAtIndex(i))
            if child is not None:
                children.append(node(child, depth + 1))
    out["children"] = children
    return out


def application(pid: int):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = _try(lambda i=i: desktop.getChildAtIndex(i))
        if app is not None and _try(app.get_process_id) == pid:
            return app
    return None


def find(acc, name: str, role: str | None):
    """Depth first, showing nodes only: what a user can reach on screen."""
    if acc is None:
        return None
    states = states_of(acc)
    if (_try(lambda: acc.name) == name and "showing" in states
            and (role is None or _try(acc.getRoleName) == role)):
        return acc
    for i in range(min(_try(lambda: acc.childCount, 0) or 0, MAX_CHILDREN)):
        found = find(_try(lambda i=i: acc.getChildAtIndex(i)), name, role)
        if found is not None:
            return found
    return None


def listen() -> None:
    """Every event of every application, one JSON line each, until stdin closes."""

    def record(event) -> None:
        source = event.source
        any_data = event.any_data
        if hasattr(any_data, "name"):
            any_data = _try(lambda: any_data.name, "")
        line = {"pid": _try(source.get_process_id), "type": event.type, "detail1": event.detail1,
                "detail2": event.detail2,
                "data": any_data if isinstance(any_data, (str, int, float)) else str(any_data),
                "role": _try(source.getRoleName, ""), "name": _try(lambda: source.name, ""),
                "states": states_of(source)}
        print(json.dumps(line, ensure_ascii=False), flush=True)

    kinds = ["object:state-changed", "object:property-change", "object:text-changed",
             "object:text-caret-moved", "object:children-changed", "object:announcement",
             "object:active-descendant-changed", "focus", "window"]
    pyatspi.Registry.registerEventListener(record, *kinds)

    def stop_when_stdin_closes() -> None:
        sys.stdin.read()
        pyatspi.Registry.stop()

    threading.Thread(target=stop_when_stdin_closes, daemon=True).start()
    print("ready", flush=True)
    pyatspi.Registry.start()


def main(argv: list[str]) -> int:
    command = argv[1]
    if command == "listen":
        listen()
        return 0
    pid = int(argv[2])
    app = application(pid)
    if app is None:
        json.dump(None, sys.stdout)
        return 3
    if command == "tree":
        json.dump(node(app), sys.stdout, ensure_ascii=False)
        return 0
    target = find(app, argv[3], argv[4] if len(argv) > 4 else None)
    if target is None:
        json.dump({"error": f"no showing node named {argv[3]!r}"}, sys.stdout, ensure_ascii=False)
        return 4
    if command == "press":
        action = target.queryAction()
        name = action.getName(0)  # first: pressing may take the node away (a link that leads on)
        json.dump({"done": bool(action.doAction(0)), "action": name}, sys.stdout)
        return 0
    if command == "grab-focus":
        json.dump({"done": bool(target.queryComponent().grabFocus())}, sys.stdout)
        return 0
    raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
