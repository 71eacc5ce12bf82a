"""Draw the step pictures (schematic SVGs of the portal pages) from their descriptions.

    uv run python tools/draw_schematics.py          # rewrite resources/illustrations/<ID>.svg
    uv run python tools/draw_schematics.py --check  # exit 1 if a drawing is out of date

The descriptions are one data file, resources/illustrations/schematics.json: for each step a
canvas size, the alt text, the elements of the page (kind, x/y/w/h, label) and the highlights,
each numbered like the step's instruction it belongs to. A wording change on the portal is a
one-line edit there, then run this script. Pure Python, deterministic output.

A drawing writes only words the guide names: the portal labels of resources/content/catalogue.json,
the sites' names and addresses. Any other button, field or column is drawn without a label, as a
grey placeholder, so nobody looks on the screen for a word we made up.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
ILLUSTRATIONS = ROOT / "resources" / "illustrations"
SPEC_FILE = ILLUSTRATIONS / "schematics.json"
CATALOGUE = ROOT / "resources" / "content" / "catalogue.json"

# The sites as the official guide names them (page headers); addresses go in the address bar.
SITE_NAMES = ("广东政务服务网", "广东省人力资源和社会保障厅网上服务平台", "广东省统一身份认证")
PATH_SEPARATOR = " → "  # a text made of labels, as the guide writes 在线服务→社会保障→失业保险

FONT = "Microsoft YaHei, Noto Sans CJK SC, PingFang SC, sans-serif"
INK = "#1b1b1b"
MUTED = "#5f6b73"
LINE = "#b8bec4"
BLUE = "#1f5fa6"
RED = "#d4351c"
SIZE = 15  # default label size in px (the drawing is shown 1:1 on a 680 px column)

KINDS = ("page", "header", "box", "button", "tab", "menu", "popup", "text", "input", "check",
         "dim", "arrow")


def text_width(text: str, size: float) -> float:
    """A generous estimate of how wide `text` is drawn (CJK is square, Latin about half)."""
    return sum(size if ord(ch) > 0x2E7F else size * 0.6 for ch in text)


def _num(v: float) -> str:
    return f"{v:g}"


def _text(x: float, y: float, label: str, size: float = SIZE, color: str = INK,
          bold: bool = False, anchor: str = "start") -> str:
    attrs = [f'x="{_num(x)}"', f'y="{_num(y)}"', f'font-family="{FONT}"',
             f'font-size="{_num(size)}"', f'fill="{color}"']
    if bold:
        attrs.append('font-weight="bold"')
    if anchor != "start":
        attrs.append(f'text-anchor="{anchor}"')
    return f"<text {' '.join(attrs)}>{escape(label)}</text>"


def _baseline(y: float, h: float, size: float) -> float:
    return round(y + h / 2 + size * 0.36, 1)


def _rect(x, y, w, h, fill="#ffffff", stroke=LINE, width=1, rx=3, extra="") -> str:
    s = (f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(w)}" height="{_num(h)}" '
         f'rx="{_num(rx)}" fill="{fill}"')
    if stroke:
        s += f' stroke="{stroke}" stroke-width="{_num(width)}"'
    return s + extra + "/>"


PLACEHOLDER = "#d5dadf"


def _placeholder(x: float, y: float, w: float, h: float, fill: str = PLACEHOLDER) -> str:
    """A grey bar standing for words on the page that the guide does not name."""
    bar_w = max(min(w * 0.6, 96.0), min(w - 8, 12.0))
    bar_h = min(10.0, max(h - 8, 4.0))
    return _rect(x + (w - bar_w) / 2, y + (h - bar_h) / 2, bar_w, bar_h, fill=fill, stroke=None,
                 rx=bar_h / 2)


def _centered(el: dict, color: str = INK, bold: bool = False) -> str:
    size = el.get("size", SIZE)
    return _text(el["x"] + el["w"] / 2, _baseline(el["y"], el["h"], size), el["label"], size,
                 color, bold, "middle")


def _left(el: dict, pad: float, color: str = INK, bold: bool = False) -> str:
    size = el.get("size", SIZE)
    return _text(el["x"] + pad, _baseline(el["y"], el["h"], size), el["label"], size, color, bold)


def draw_element(el: dict) -> list[str]:
    kind = el["kind"]
    x, y = el.get("x", 0), el.get("y", 0)
    w, h = el.get("w", 0), el.get("h", 0)
    label = el.get("label", "")
    out: list[str] = []
    if kind == "page":  # a simplified browser window: frame and address bar
        out.append(_rect(x, y, w, h, stroke="#8d959b", rx=6))
        out.append(f'<path d="M{_num(x)} {_num(y + 6)}q0 -6 6 -6h{_num(w - 12)}q6 0 6 6'
                   f'v{_num(24)}h{_num(-w)}z" fill="#e9ecef"/>')
        out.append(_rect(x + 8, y + 5, w - 16, 20, fill="#ffffff", stroke="#cfd4d8", rx=10))
        if label:
            out.append(_text(x + 18, y + 19.5, label, 12, MUTED))
    elif kind == "header":
        out.append(_rect(x, y, w, h, fill=BLUE, stroke=None, rx=0))
        if label:
            out.append(_left(el, 12, "#ffffff", bold=True))
    elif kind == "box":
        style = el.get("style", "")
        if style == "placeholder":  # stands for page content the step does not need
            out.append(_rect(x, y, w, h, fill="#e4e7ea", stroke=None, rx=h / 2 if h < 20 else 3))
        else:
            out.append(_rect(x, y, w, h, fill=el.get("fill", "#ffffff"), rx=4))
            if label:
                size = el.get("size", SIZE)
                out.append(_text(x + 10, y + 8 + size, label, size, INK, bold=True))
    elif kind == "button":
        if el.get("style") == "primary":
            out.append(_rect(x, y, w, h, fill=BLUE, stroke=None, rx=4))
            out.append(_centered(el, "#ffffff", bold=True) if label
                       else _placeholder(x, y, w, h, "#8fb0d6"))
        else:
            out.append(_rect(x, y, w, h, fill="#f7f8f9", stroke="#9aa3a9", rx=4))
            out.append(_centered(el) if label else _placeholder(x, y, w, h))
    elif kind == "tab":
        if el.get("active"):
            out.append(_rect(x, y, w, h, fill="#ffffff", stroke=LINE, rx=2))
            out.append(_rect(x, y + h - 3, w, 3, fill=BLUE, stroke=None, rx=0))
            out.append(_centered(el, BLUE, bold=True) if label else _placeholder(x, y, w, h))
        else:
            out.append(_rect(x, y, w, h, fill="#eef0f2", stroke=LINE, rx=2))
            out.append(_centered(el, MUTED) if label else _placeholder(x, y, w, h))
    elif kind == "menu":  # a navigation item: on the blue header ("dark") or in a list
        if el.get("dark"):
            out.append(_centered(el, "#ffffff", bold=bool(el.get("active"))) if label
                       else _placeholder(x, y, w, h, "#8fb0d6"))
        elif el.get("active"):
            out.append(_rect(x, y, w, h, fill="#e3edf9", stroke=None, rx=2))
            out.append(_left(el, 10, BLUE, bold=True) if label else _placeholder(x, y, w, h))
        else:
            out.append(_left(el, 10) if label else _placeholder(x, y, w, h))
    elif kind == "popup":
        out.append(_rect(x + 4, y + 5, w, h, fill="#000000", stroke=None, rx=6,
                         extra=' fill-opacity="0.18"'))
        out.append(_rect(x, y, w, h, fill="#ffffff", stroke="#8d959b", rx=6))
        out.append(f'<path d="M{_num(x)} {_num(y + 6)}q0 -6 6 -6h{_num(w - 12)}q6 0 6 6'
                   f'v{_num(30)}h{_num(-w)}z" fill="#eef0f2"/>')
        out.append(_text(x + 12, _baseline(y, 36, SIZE), label, SIZE, INK, bold=True) if label
                   else _rect(x + 12, y + 13, min(w * 0.4, 140), 10, fill=PLACEHOLDER, stroke=None,
                              rx=5))
        out.append(_text(x + w - 14, _baseline(y, 36, SIZE), "×", SIZE, MUTED, anchor="middle"))
    elif kind == "text":
        size = el.get("size", SIZE)
        color = el.get("color", INK)
        if el.get("anchor") == "middle":
            out.append(_centered(el, color, bool(el.get("bold"))))
        else:
            out.append(_text(x, _baseline(y, h, size), label, size, color, bool(el.get("bold"))))
    elif kind == "input":
        out.append(_rect(x, y, w, h, fill="#ffffff", stroke="#9aa3a9", rx=3))
        if label:
            out.append(_left(el, 8, "#8a9399"))
    elif kind == "check":  # a tick box (or a round choice) with its label
        d = 16
        cy = y + h / 2
        if el.get("shape") == "radio":
            out.append(f'<circle cx="{_num(x + d / 2)}" cy="{_num(cy)}" r="{_num(d / 2)}" '
                       f'fill="#ffffff" stroke="#5f6b73" stroke-width="1.5"/>')
            if el.get("checked"):
                out.append(f'<circle cx="{_num(x + d / 2)}" cy="{_num(cy)}" r="4" fill="{BLUE}"/>')
        else:
            out.append(_rect(x, cy - d / 2, d, d, fill=BLUE if el.get("checked") else "#ffffff",
                             stroke="#5f6b73", width=1.5, rx=2))
            if el.get("checked"):
                out.append(f'<path d="M{_num(x + 3.5)} {_num(cy)}l3.5 3.5l6 -7" fill="none" '
                           f'stroke="#ffffff" stroke-width="2"/>')
        if label:
            out.append(_left(el, d + 8))
        else:
            bar = min(w - d - 8, 120.0)
            out.append(_rect(x + d + 8, cy - 5, bar, 10, fill=PLACEHOLDER, stroke=None, rx=5))
    elif kind == "dim":  # the grey veil behind a pop-up
        out.append(_rect(x, y, w, h, fill="#000000", stroke=None, rx=0,
                         extra=' fill-opacity="0.28"'))
    elif kind == "arrow":
        x2, y2 = el["x2"], el["y2"]
        color = el.get("color", MUTED)
        out.append(f'<line x1="{_num(x)}" y1="{_num(y)}" x2="{_num(x2)}" y2="{_num(y2)}" '
                   f'stroke="{color}" stroke-width="2.5"/>')
        dx, dy = x2 - x, y2 - y
        length = max((dx * dx + dy * dy) ** 0.5, 1)
        ux, uy = dx / length, dy / length
        p1 = (x2 - 10 * ux + 6 * uy, y2 - 10 * uy - 6 * ux)
        p2 = (x2 - 10 * ux - 6 * uy, y2 - 10 * uy + 6 * ux)
        out.append(f'<path d="M{_num(x2)} {_num(y2)}L{_num(round(p1[0], 1))} '
                   f'{_num(round(p1[1], 1))}L{_num(round(p2[0], 1))} {_num(round(p2[1], 1))}z" '
                   f'fill="{color}"/>')
    return out


def _bounds(spec: dict, highlight: dict) -> tuple[float, float, float, float]:
    if "el" not in highlight:
        return highlight["x"], highlight["y"], highlight["w"], highlight["h"]
    ids = highlight["el"] if isinstance(highlight["el"], list) else [highlight["el"]]
    els = [e for e in spec["elements"] if e.get("id") in ids]
    pad = highlight.get("pad", 4)
    x0 = min(e["x"] for e in els) - pad
    y0 = min(e["y"] for e in els) - pad
    x1 = max(e["x"] + e["w"] for e in els) + pad
    y1 = max(e["y"] + e["h"] for e in els) + pad
    return x0, y0, x1 - x0, y1 - y0


BADGE_R = 13


def _badge_centre(rect: tuple[float, float, float, float], at: str) -> tuple[float, float]:
    x, y, w, h = rect
    gap = BADGE_R + 5
    if at == "left":
        return x - gap, y + h / 2
    if at == "top":
        return x + w, y
    if at == "below":
        return x + w / 2, y + h + gap
    return x + w + gap, y + h / 2


def draw_highlight(spec: dict, hl: dict) -> tuple[list[str], list[str]]:
    x, y, w, h = _bounds(spec, hl)
    frame = [_rect(x, y, w, h, fill="none", stroke=RED, width=3, rx=5)]
    cx, cy = _badge_centre((x, y, w, h), hl.get("at", "right"))
    badge = [f'<circle cx="{_num(cx)}" cy="{_num(cy)}" r="{BADGE_R}" fill="{RED}" '
             f'stroke="#ffffff" stroke-width="2"/>',
             _text(cx, round(cy + 5.5, 1), str(hl["n"]), 16, "#ffffff", True, "middle")]
    return frame, badge


def render_svg(step_id: str, spec: dict) -> str:
    """One step's description -> the SVG text (deterministic: same input, same bytes)."""
    width, height = spec["width"], spec["height"]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<!-- Generated by tools/draw_schematics.py from schematics.json ({step_id}). "
        "Do not edit by hand. -->",
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        f"<title>{escape('示意图：' + spec['title'])}</title>",
        f"<desc>{escape(spec['alt'])}</desc>",
        _rect(0, 0, width, height, fill="#ffffff", stroke=None, rx=0),
    ]
    for el in spec["elements"]:
        lines += draw_element(el)
    frames: list[str] = []
    badges: list[str] = []
    for hl in spec["highlights"]:
        f, b = draw_highlight(spec, hl)
        frames += f
        badges += b
    lines += frames + badges
    tag = "示意图"
    tw = text_width(tag, 12) + 12
    lines.append(_rect(width - tw - 4, height - 22, tw, 18, fill="#ffffff", stroke="#cfd4d8",
                       rx=9))
    lines.append(_text(width - 4 - tw / 2, height - 8.5, tag, 12, MUTED, anchor="middle"))
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def load_spec(path: Path = SPEC_FILE) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def render_all(spec: dict) -> dict[str, str]:
    """File name -> SVG text for every step in the description file."""
    return {f"{sid}.svg": render_svg(sid, s) for sid, s in sorted(spec["steps"].items())}


def guide_labels(path: Path = CATALOGUE) -> frozenset[str]:
    """The portal labels the guide names, exactly as the portal spells them."""
    labels = json.loads(path.read_text(encoding="utf-8"))["labels"]
    return frozenset(entry["portal"] for entry in labels.values())


def _cjk(text: str) -> bool:
    return any(ord(ch) > 0x2E7F for ch in text)


def named_by_the_guide(kind: str, label: str, labels: frozenset[str]) -> bool:
    """May this word be drawn? Labels, a path of labels, a site's name or an address."""
    if kind == "page":
        return not _cjk(label)  # the address bar: an address, never words
    if kind == "header":
        return label in SITE_NAMES or label in labels
    if kind == "arrow":
        return False  # "跳转" and the like are our words, not the portal's
    return label in labels or all(part in labels for part in label.split(PATH_SEPARATOR))


def problems(spec: dict) -> list[str]:
    """What is wrong with the descriptions: unknown kinds, labels that do not fit, words the guide
    does not name, stray marks."""
    found: list[str] = []
    labels = guide_labels()
    for sid, s in sorted(spec["steps"].items()):
        width, height = s["width"], s["height"]
        ids = [e.get("id") for e in s["elements"] if e.get("id")]
        if len(ids) != len(set(ids)):
            found.append(f"{sid}: element ids repeat")
        for key in ("title", "alt"):
            if not s.get(key):
                found.append(f"{sid}: {key} is missing")
        for el in s["elements"]:
            kind, label = el.get("kind"), el.get("label", "")
            if kind not in KINDS:
                found.append(f"{sid}: unknown kind {kind!r}")
                continue
            if label and not named_by_the_guide(kind, label, labels):
                found.append(f"{sid}: {kind} {label!r} is not a label of the guide: draw it without "
                             "words (a grey placeholder)")
            if kind == "arrow":
                continue
            x, y, w, h = el["x"], el["y"], el["w"], el["h"]
            if x < 0 or y < 0 or x + w > width or y + h > height:
                found.append(f"{sid}: {kind} {label!r} is outside the canvas")
            size = el.get("size", 12 if kind == "page" else SIZE)
            room = {"page": w - 28, "header": w - 24, "box": w - 20, "menu": w - 12,
                    "input": w - 16, "check": w - 26, "popup": w - 40}.get(kind, w - 12)
            if label and kind not in ("dim",) and text_width(label, size) > room:
                found.append(f"{sid}: label {label!r} does not fit its {kind} ({w} px wide)")
        if not s["highlights"]:
            found.append(f"{sid}: no highlight")
        for hl in s["highlights"]:
            if "el" in hl:
                want = hl["el"] if isinstance(hl["el"], list) else [hl["el"]]
                missing = [i for i in want if i not in ids]
                if missing:
                    found.append(f"{sid}: highlight {hl.get('n')} names unknown element {missing}")
                    continue
            n = hl.get("n")
            if not isinstance(n, int) or n < 1:
                found.append(f"{sid}: highlight number {n!r} must be 1 or more")
            cx, cy = _badge_centre(_bounds(s, hl), hl.get("at", "right"))
            if cx - BADGE_R < 0 or cy - BADGE_R < 0 or cx + BADGE_R > width or \
                    cy + BADGE_R > height:
                found.append(f"{sid}: the number {n} of a highlight is outside the canvas")
    return found


def out_of_date(spec: dict, folder: Path = ILLUSTRATIONS) -> list[str]:
    """Names of drawings whose file differs from what the description gives."""
    stale = []
    for name, svg in render_all(spec).items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != svg:
            stale.append(name)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only check; exit 1 when a drawing is out of date")
    args = parser.parse_args(argv)
    spec = load_spec()
    issues = problems(spec)
    for line in issues:
        print(f"problem: {line}", file=sys.stderr)
    if args.check:
        stale = out_of_date(spec)
        for name in stale:
            print(f"out of date: resources/illustrations/{name}", file=sys.stderr)
        if stale or issues:
            print("run: uv run python tools/draw_schematics.py", file=sys.stderr)
            return 1
        print("all drawings are up to date")
        return 0
    if issues:
        return 1
    for name, svg in render_all(spec).items():
        path = ILLUSTRATIONS / name
        if not path.is_file() or path.read_text(encoding="utf-8") != svg:
            path.write_text(svg, encoding="utf-8", newline="\n")
            print(f"wrote resources/illustrations/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
