"""The step pictures: schematic drawings of the portal pages, drawn from their descriptions.

A content root's schematics.json describes each drawing: a canvas size, the page elements
(kind, x/y/w/h, label) and the highlights, each numbered like the step instruction it belongs
to. Words come from where they are declared once: a portal label is written `【label_id】` and
drawn with the catalogue's spelling (respelling a label is one line of catalogue.json, and
the drawing follows); a page's address is drawn as written; a header may name one of the
sites. Any other button, field or column is drawn without words, as a grey placeholder, so
nobody looks on the screen for a word we made up. What a drawing shows is said per language by
the step's `illustration_alt`.

The content check (validate.py) checks the descriptions and draws them; the validated cache
keeps the SVG text, so the program never draws at start. Pure Python, deterministic output.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from annotated_types import Ge, Gt, Le, MaxLen, MinLen

from wizard.catalogue import Catalogue
from wizard.content.labels import MARKER

SCHEMATICS_FILE = "schematics.json"
# The sites as the official guide names them (page headers); addresses go in the address bar.
SITE_NAMES = ("广东政务服务网", "广东省人力资源和社会保障厅网上服务平台", "广东省统一身份认证")
PATH_SEPARATOR = " → "  # a text made of labels, as the guide writes 在线服务→社会保障→失业保险

FONT = "Microsoft YaHei, Noto Sans CJK SC, PingFang SC, sans-serif"
INK = "#1b1b1b"
MUTED = "#5f6b73"
LINE = "#b8bec4"
BLUE = "#1f5fa6"
RED = "#d4351c"
PLACEHOLDER = "#d5dadf"
SIZE = 15  # default label size in px (the drawing is shown 1:1 on a 680 px column)
BADGE_R = 13

Colour = Annotated[str, MinLen(7), MaxLen(7)]  # "#rrggbb", checked in problems()
Coordinate = Annotated[float, Ge(0), Le(4000)]
_CONFIG = {"extra": "forbid"}


@dataclass(frozen=True)
class Element:
    __pydantic_config__ = _CONFIG

    kind: Literal["page", "header", "box", "button", "tab", "menu", "popup", "text", "input",
                  "check", "dim", "arrow"]
    x: Coordinate = 0
    y: Coordinate = 0
    w: Coordinate = 0
    h: Coordinate = 0
    x2: Coordinate = 0  # arrows: where they point
    y2: Coordinate = 0
    label: Annotated[str, MaxLen(200)] = ""
    id: str | None = None  # what a highlight names
    size: Annotated[float, Gt(0), Le(48)] | None = None
    style: Literal["placeholder", "primary"] | None = None
    fill: Colour | None = None
    color: Colour | None = None
    anchor: Literal["middle"] | None = None
    shape: Literal["radio"] | None = None
    active: bool = False
    dark: bool = False  # a menu item on the blue header
    checked: bool = False
    bold: bool = False


@dataclass(frozen=True)
class Highlight:
    __pydantic_config__ = _CONFIG

    n: Annotated[int, Ge(1), Le(99)]  # the instruction's number
    el: str | tuple[str, ...] | None = None  # element id(s), or the rectangle below
    x: Coordinate = 0
    y: Coordinate = 0
    w: Coordinate = 0
    h: Coordinate = 0
    at: Literal["right", "left", "top", "below"] = "right"
    pad: Annotated[float, Ge(0), Le(40)] = 4


@dataclass(frozen=True)
class Schematic:
    __pydantic_config__ = _CONFIG

    width: Annotated[int, Ge(100), Le(2000)]
    height: Annotated[int, Ge(100), Le(2000)]
    elements: Annotated[tuple[Element, ...], MinLen(1)]
    highlights: Annotated[tuple[Highlight, ...], MinLen(1)]


@dataclass(frozen=True)
class SchematicsFile:
    __pydantic_config__ = _CONFIG

    about: str
    steps: dict[str, Schematic]  # drawing name (a step's `illustration`) -> description


# --- words -------------------------------------------------------------------------------------
def portal_words(label: str, catalogue: Catalogue) -> str:
    """A label as drawn: every 【label_id】 in the catalogue's portal spelling, without brackets."""
    return MARKER.sub(lambda m: catalogue.labels[m.group(1)].portal, label)


def _cjk(text: str) -> bool:
    return any(ord(ch) > 0x2E7F for ch in text)


def word_problem(el: Element, catalogue: Catalogue) -> str | None:
    """Why this element's words may not be drawn, or None. Allowed: labels of the catalogue (or
    a path of them), a site's name in a header, an address in a page's address bar."""
    label = el.label
    if not label:
        return None
    unknown = [m.group(1) for m in MARKER.finditer(label) if m.group(1) not in catalogue.labels]
    if unknown:
        return f"目录里没有门户标签 {'、'.join(unknown)}"
    if el.kind == "page":
        return "地址栏只写网址" if _cjk(label) or "【" in label else None
    if el.kind == "arrow":
        return "箭头不写字（“跳转”之类是我们的话，不是门户上的字）"
    if el.kind == "header" and label in SITE_NAMES:
        return None
    if all(MARKER.fullmatch(part) for part in label.split(PATH_SEPARATOR)):
        return None
    return "只能写官方指引里的门户标签（写成【标签编号】）；其他文字请去掉，画成灰条"


def text_width(text: str, size: float) -> float:
    """A generous estimate of how wide `text` is drawn (CJK is square, Latin about half)."""
    return sum(size if ord(ch) > 0x2E7F else size * 0.6 for ch in text)


def _room(el: Element) -> float:
    return {"page": el.w - 28, "header": el.w - 24, "box": el.w - 20, "menu": el.w - 12,
            "input": el.w - 16, "check": el.w - 26, "popup": el.w - 40}.get(el.kind, el.w - 12)


def _size(el: Element) -> float:
    return el.size or (12 if el.kind == "page" else SIZE)


def problems(name: str, spec: Schematic, catalogue: Catalogue) -> list[str]:
    """What is wrong with one description beyond its structure, in the content check's words."""
    found: list[str] = []
    where = f"{SCHEMATICS_FILE}: steps.{name}"
    ids = [e.id for e in spec.elements if e.id]
    if len(ids) != len(set(ids)):
        found.append(f"{where}: 元素编号（id）重复")
    for index, el in enumerate(spec.elements, 1):
        place = f"{where}.elements[{index}]"
        for colour in (el.fill, el.color):
            if colour is not None and not (colour[0] == "#" and all(c in "0123456789abcdefABCDEF"
                                                                    for c in colour[1:])):
                found.append(f"{place}: 颜色要写成 #rrggbb")
        why = word_problem(el, catalogue)
        if why:
            found.append(f"{place}: {el.label}：{why}")
            continue
        if el.kind == "arrow":
            continue
        if el.x + el.w > spec.width or el.y + el.h > spec.height:
            found.append(f"{place}: 超出画布")
        words = portal_words(el.label, catalogue)
        if words and el.kind != "dim" and text_width(words, _size(el)) > _room(el):
            found.append(f"{place}: “{words}”放不下（宽 {el.w:g} 像素）")
    for index, hl in enumerate(spec.highlights, 1):
        place = f"{where}.highlights[{index}]"
        if hl.el is not None:
            missing = [i for i in _ids(hl) if i not in ids]
            if missing:
                found.append(f"{place}: 没有这个元素：{'、'.join(missing)}")
                continue
        cx, cy = _badge_centre(_bounds(spec, hl), hl.at)
        if cx - BADGE_R < 0 or cy - BADGE_R < 0 or cx + BADGE_R > spec.width or \
                cy + BADGE_R > spec.height:
            found.append(f"{place}: 数字 {hl.n} 在画布外面")
    return found


# --- drawing -----------------------------------------------------------------------------------
def _num(v: float) -> str:
    return f"{v:g}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _text(x: float, y: float, label: str, size: float = SIZE, color: str = INK,
          bold: bool = False, anchor: str = "start") -> str:
    attrs = [f'x="{_num(x)}"', f'y="{_num(y)}"', f'font-family="{FONT}"',
             f'font-size="{_num(size)}"', f'fill="{color}"']
    if bold:
        attrs.append('font-weight="bold"')
    if anchor != "start":
        attrs.append(f'text-anchor="{anchor}"')
    return f"<text {' '.join(attrs)}>{_escape(label)}</text>"


def _baseline(y: float, h: float, size: float) -> float:
    return round(y + h / 2 + size * 0.36, 1)


def _rect(x, y, w, h, fill="#ffffff", stroke=LINE, width=1, rx=3, extra="") -> str:
    s = (f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(w)}" height="{_num(h)}" '
         f'rx="{_num(rx)}" fill="{fill}"')
    if stroke:
        s += f' stroke="{stroke}" stroke-width="{_num(width)}"'
    return s + extra + "/>"


def _placeholder(x: float, y: float, w: float, h: float, fill: str = PLACEHOLDER) -> str:
    """A grey bar standing for words on the page that the guide does not name."""
    bar_w = max(min(w * 0.6, 96.0), min(w - 8, 12.0))
    bar_h = min(10.0, max(h - 8, 4.0))
    return _rect(x + (w - bar_w) / 2, y + (h - bar_h) / 2, bar_w, bar_h, fill=fill, stroke=None,
                 rx=bar_h / 2)


class _Painter:
    """Draws one element; `words` is its label as the portal spells it."""

    def __init__(self, el: Element, words: str):
        self.el, self.words = el, words

    def centred(self, color: str = INK, bold: bool = False) -> str:
        el, size = self.el, self.el.size or SIZE
        return _text(el.x + el.w / 2, _baseline(el.y, el.h, size), self.words, size, color, bold,
                     "middle")

    def left(self, pad: float, color: str = INK, bold: bool = False) -> str:
        el, size = self.el, self.el.size or SIZE
        return _text(el.x + pad, _baseline(el.y, el.h, size), self.words, size, color, bold)

    def or_placeholder(self, drawn: str, fill: str = PLACEHOLDER) -> str:
        el = self.el
        return drawn if self.words else _placeholder(el.x, el.y, el.w, el.h, fill)

    def draw(self) -> list[str]:
        el, words = self.el, self.words
        x, y, w, h = el.x, el.y, el.w, el.h
        kind = el.kind
        if kind == "page":  # a simplified browser window: frame and address bar
            out = [_rect(x, y, w, h, stroke="#8d959b", rx=6),
                   f'<path d="M{_num(x)} {_num(y + 6)}q0 -6 6 -6h{_num(w - 12)}q6 0 6 6'
                   f'v{_num(24)}h{_num(-w)}z" fill="#e9ecef"/>',
                   _rect(x + 8, y + 5, w - 16, 20, fill="#ffffff", stroke="#cfd4d8", rx=10)]
            return out + ([_text(x + 18, y + 19.5, words, 12, MUTED)] if words else [])
        if kind == "header":
            return [_rect(x, y, w, h, fill=BLUE, stroke=None, rx=0)] + \
                ([self.left(12, "#ffffff", bold=True)] if words else [])
        if kind == "box":
            if el.style == "placeholder":  # stands for page content the step does not need
                return [_rect(x, y, w, h, fill="#e4e7ea", stroke=None, rx=h / 2 if h < 20 else 3)]
            size = el.size or SIZE
            return [_rect(x, y, w, h, fill=el.fill or "#ffffff", rx=4)] + \
                ([_text(x + 10, y + 8 + size, words, size, INK, bold=True)] if words else [])
        if kind == "button":
            if el.style == "primary":
                return [_rect(x, y, w, h, fill=BLUE, stroke=None, rx=4),
                        self.or_placeholder(words and self.centred("#ffffff", bold=True), "#8fb0d6")]
            return [_rect(x, y, w, h, fill="#f7f8f9", stroke="#9aa3a9", rx=4),
                    self.or_placeholder(words and self.centred())]
        if kind == "tab":
            if el.active:
                return [_rect(x, y, w, h, fill="#ffffff", stroke=LINE, rx=2),
                        _rect(x, y + h - 3, w, 3, fill=BLUE, stroke=None, rx=0),
                        self.or_placeholder(words and self.centred(BLUE, bold=True))]
            return [_rect(x, y, w, h, fill="#eef0f2", stroke=LINE, rx=2),
                    self.or_placeholder(words and self.centred(MUTED))]
        if kind == "menu":  # a navigation item: on the blue header ("dark") or in a list
            if el.dark:
                return [self.or_placeholder(words and self.centred("#ffffff", bold=el.active),
                                            "#8fb0d6")]
            if el.active:
                return [_rect(x, y, w, h, fill="#e3edf9", stroke=None, rx=2),
                        self.or_placeholder(words and self.left(10, BLUE, bold=True))]
            return [self.or_placeholder(words and self.left(10))]
        if kind == "popup":
            title = _text(x + 12, _baseline(y, 36, SIZE), words, SIZE, INK, bold=True) if words \
                else _rect(x + 12, y + 13, min(w * 0.4, 140), 10, fill=PLACEHOLDER, stroke=None, rx=5)
            return [_rect(x + 4, y + 5, w, h, fill="#000000", stroke=None, rx=6,
                          extra=' fill-opacity="0.18"'),
                    _rect(x, y, w, h, fill="#ffffff", stroke="#8d959b", rx=6),
                    f'<path d="M{_num(x)} {_num(y + 6)}q0 -6 6 -6h{_num(w - 12)}q6 0 6 6'
                    f'v{_num(30)}h{_num(-w)}z" fill="#eef0f2"/>',
                    title,
                    _text(x + w - 14, _baseline(y, 36, SIZE), "×", SIZE, MUTED, anchor="middle")]
        if kind == "text":
            color = el.color or INK
            if el.anchor == "middle":
                return [self.centred(color, el.bold)]
            size = el.size or SIZE
            return [_text(x, _baseline(y, h, size), words, size, color, el.bold)]
        if kind == "input":
            return [_rect(x, y, w, h, fill="#ffffff", stroke="#9aa3a9", rx=3)] + \
                ([self.left(8, "#8a9399")] if words else [])
        if kind == "check":
            return self.check()
        if kind == "dim":  # the grey veil behind a pop-up
            return [_rect(x, y, w, h, fill="#000000", stroke=None, rx=0, extra=' fill-opacity="0.28"')]
        return self.arrow()

    def check(self) -> list[str]:
        """A tick box (or a round choice) with its label."""
        el, d = self.el, 16
        x, cy = el.x, el.y + el.h / 2
        if el.shape == "radio":
            out = [f'<circle cx="{_num(x + d / 2)}" cy="{_num(cy)}" r="{_num(d / 2)}" '
                   f'fill="#ffffff" stroke="#5f6b73" stroke-width="1.5"/>']
            if el.checked:
                out.append(f'<circle cx="{_num(x + d / 2)}" cy="{_num(cy)}" r="4" fill="{BLUE}"/>')
        else:
            out = [_rect(x, cy - d / 2, d, d, fill=BLUE if el.checked else "#ffffff",
                         stroke="#5f6b73", width=1.5, rx=2)]
            if el.checked:
                out.append(f'<path d="M{_num(x + 3.5)} {_num(cy)}l3.5 3.5l6 -7" fill="none" '
                           f'stroke="#ffffff" stroke-width="2"/>')
        if self.words:
            return [*out, self.left(d + 8)]
        bar = min(el.w - d - 8, 120.0)
        return [*out, _rect(x + d + 8, cy - 5, bar, 10, fill=PLACEHOLDER, stroke=None, rx=5)]

    def arrow(self) -> list[str]:
        el = self.el
        x, y, x2, y2 = el.x, el.y, el.x2, el.y2
        color = el.color or MUTED
        dx, dy = x2 - x, y2 - y
        length = max((dx * dx + dy * dy) ** 0.5, 1)
        ux, uy = dx / length, dy / length
        p1 = (x2 - 10 * ux + 6 * uy, y2 - 10 * uy - 6 * ux)
        p2 = (x2 - 10 * ux - 6 * uy, y2 - 10 * uy + 6 * ux)
        return [f'<line x1="{_num(x)}" y1="{_num(y)}" x2="{_num(x2)}" y2="{_num(y2)}" '
                f'stroke="{color}" stroke-width="2.5"/>',
                f'<path d="M{_num(x2)} {_num(y2)}L{_num(round(p1[0], 1))} '
                f'{_num(round(p1[1], 1))}L{_num(round(p2[0], 1))} {_num(round(p2[1], 1))}z" '
                f'fill="{color}"/>']


def _ids(hl: Highlight) -> tuple[str, ...]:
    return (hl.el,) if isinstance(hl.el, str) else tuple(hl.el or ())


def _bounds(spec: Schematic, hl: Highlight) -> tuple[float, float, float, float]:
    if hl.el is None:
        return hl.x, hl.y, hl.w, hl.h
    els = [e for e in spec.elements if e.id in _ids(hl)]
    x0 = min(e.x for e in els) - hl.pad
    y0 = min(e.y for e in els) - hl.pad
    x1 = max(e.x + e.w for e in els) + hl.pad
    y1 = max(e.y + e.h for e in els) + hl.pad
    return x0, y0, x1 - x0, y1 - y0


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


def _highlight(spec: Schematic, hl: Highlight) -> tuple[str, list[str]]:
    x, y, w, h = _bounds(spec, hl)
    cx, cy = _badge_centre((x, y, w, h), hl.at)
    return (_rect(x, y, w, h, fill="none", stroke=RED, width=3, rx=5),
            [f'<circle cx="{_num(cx)}" cy="{_num(cy)}" r="{BADGE_R}" fill="{RED}" '
             f'stroke="#ffffff" stroke-width="2"/>',
             _text(cx, round(cy + 5.5, 1), str(hl.n), 16, "#ffffff", True, "middle")])


def render_svg(spec: Schematic, catalogue: Catalogue) -> str:
    """One description -> SVG text (SVG Tiny, as Qt draws it; same input, same bytes)."""
    width, height = spec.width, spec.height
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
        _rect(0, 0, width, height, fill="#ffffff", stroke=None, rx=0),
    ]
    for el in spec.elements:
        lines += _Painter(el, portal_words(el.label, catalogue)).draw()
    highlights = [_highlight(spec, hl) for hl in spec.highlights]
    lines += [frame for frame, _ in highlights] + [b for _, badge in highlights for b in badge]
    tag = "示意图"
    tw = text_width(tag, 12) + 12
    lines.append(_rect(width - tw - 4, height - 22, tw, 18, fill="#ffffff", stroke="#cfd4d8", rx=9))
    lines.append(_text(width - 4 - tw / 2, height - 8.5, tag, 12, MUTED, anchor="middle"))
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def draw_all(data: Any, catalogue: Catalogue, validate) -> tuple[dict[str, str], list[str]]:
    """Every drawing of a schematics file's parsed JSON: name -> SVG text, and the problems.
    `validate(type, data)` checks the structure (the content check's pydantic wrapper)."""
    checked = validate(SchematicsFile, data)
    if checked is None:
        return {}, []
    found: list[str] = []
    drawings: dict[str, str] = {}
    for name, spec in checked.steps.items():
        mine = problems(name, spec, catalogue)
        found += mine
        if not mine:
            drawings[name] = render_svg(spec, catalogue)
    return drawings, found
