"""The summary in words, once: the summary page, the PDF (and printout) and the copied text all
render the blocks made here from the same facts (wizard/report/facts.py).

Each block says where it belongs: "all", "page" (things to change: answers, the employer's
details, the buttons) or "print" (what a kept sheet needs: the QR code of the login page,
the remaining steps' instructions).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication

from wizard.report import SummaryFacts
from wizard.ui.words import format_day, status_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")

Where = Literal["all", "page", "print"]



@dataclass(frozen=True)
class Block:
    kind: str  # title, who, note, actions, login, heading, paragraph, steps, remaining,
    #            employer, answers, help, edition
    where: Where = "all"
    text: str = ""
    box: str = ""  # note: info / warning / waiting
    rows: tuple[Any, ...] = field(default_factory=tuple)



def labelled(label: str, value: str) -> str:
    """"label：value" with the language's own colon ("label: value" in English)."""
    return translate("Summary", "%1：%2").replace("%1", label).replace("%2", value)

def title_text() -> str:
    return translate("Summary", "稳岗返还确认：进度和下一步")


def edition_text(edition: str) -> str:
    """Which edition of the guide's content the summary was made from (catalogue.json)."""
    return translate("Summary", "内容版本：%1").replace("%1", edition)


def blocks(facts: SummaryFacts) -> list[Block]:
    f = facts
    who = []
    if f.unit_name:
        who.append(translate("Summary", "单位：%1").replace("%1", f.unit_name))
    if f.uscc:
        who.append(translate("Summary", "统一社会信用代码：%1").replace("%1", f.uscc))
    steps = []
    for n, row in enumerate(f.steps, 1):
        icon, word = status_label(row.status)
        steps.append((n, row.title, icon, word, format_day(row.changed_on) if row.changed_on else ""))
    remaining = tuple((row.title, row.instructions, row.links) for row in f.remaining)
    return [
        Block("title", text=title_text()),
        Block("who", "print", rows=tuple(who)),
        Block("note", box="waiting" if f.waiting and f.remaining and
              f.remaining[0].status == "waiting" else "info", text=f.next_text),
        Block("note", box="warning", text=translate("Summary", "截止时间：%1。%2")
              .replace("%1", f.deadline_text).replace("%2", f.deadline_detail)),
        Block("actions", "page"),
        Block("login", "print", text=f.login_url),
        Block("heading", text=translate("Summary", "登录路线：%1").replace("%1", f.route.name)),
        Block("paragraph", text=f.route.reason),
        Block("heading", text=translate("Summary", "各步骤的状态")),
        Block("steps", rows=tuple(steps)),
        Block("remaining", "print", rows=remaining),
        Block("heading", "page", text=translate("Summary", "单位信息")),
        Block("employer", "page"),
        Block("heading", "page", text=translate("Summary", "您的回答")),
        Block("answers", "page", rows=tuple((a.question_id, a.question, a.answer) for a in f.answers)),
        Block("help", text=f.help_line),
        Block("edition", text=edition_text(f.edition)),
    ]


def for_medium(facts: SummaryFacts, medium: Literal["page", "print"]) -> list[Block]:
    return [b for b in blocks(facts) if b.where in ("all", medium)]


def plain_text(facts: SummaryFacts) -> str:
    """The copied text (复制文字): print's blocks as lines (only links the link rule allows)."""
    from wizard.content import is_allowed_url

    lines: list[str] = []
    for b in for_medium(facts, "print"):
        if b.kind == "title":
            generated = translate("Summary", "生成日期：%1")
            lines += [b.text, generated.replace("%1", format_day(facts.generated_on))]
        elif b.kind == "who":
            lines += list(b.rows)
        elif b.kind in ("note", "paragraph", "help", "edition"):
            lines.append(b.text)
        elif b.kind == "heading":
            lines += ["", b.text]
        elif b.kind == "login" and is_allowed_url(b.text):
            lines += ["", translate("Summary", "登录网址：%1").replace("%1", b.text)]
        elif b.kind == "steps":
            lines += [f"{n}. {title} · {word}" + (translate("Summary", "（%1）").replace("%1", when)
                                                   if when else "")
                      for n, title, _, word, when in b.rows]
        elif b.kind == "remaining" and b.rows:
            lines += ["", translate("Summary", "还要做的步骤：")]
            for title, instructions, links in b.rows:
                lines.append(translate("Summary", "%1：").replace("%1", title))
                lines += [f"  {i}. {text}" for i, text in enumerate(instructions, 1)]
                lines += [f"  {labelled(link.label, link.url)}" for link in links
                          if is_allowed_url(link.url)]
    return "\n".join(lines)


def html_document(facts: SummaryFacts, qr_resource: str, colours: dict[str, str]) -> str:
    """The printed page as HTML (QTextDocument's subset): print's blocks."""
    import html as h

    from wizard.content import is_allowed_url

    e = h.escape
    parts: list[str] = []
    for b in for_medium(facts, "print"):
        if b.kind == "title":
            parts.append(f"<h1>{e(b.text)}</h1>")
        elif b.kind == "who" and b.rows:
            parts.append(f"<p class='who'>{'<br>'.join(e(r) for r in b.rows)}</p>")
        elif b.kind == "note":
            cls = "warn" if b.box == "warning" else "box"
            parts.append(f"<table class='{cls}' width='100%'><tr><td><b>{e(b.text)}</b>"
                         "</td></tr></table>")
        elif b.kind == "login" and is_allowed_url(b.text):
            heading = translate("Summary", "登录网址")
            scan = translate("Summary", "用手机扫左边的二维码，也能打开登录页。")
            parts.append(
                f"<h2>{e(heading)}</h2><table width='100%'><tr>"
                f"<td width='120'><img src='{qr_resource}' width='110' height='110'></td>"
                f"<td valign='middle'><p class='url'>{e(b.text)}</p>"
                f"<p>{e(scan)}</p></td></tr></table>")
        elif b.kind == "heading":
            parts.append(f"<h2>{e(b.text)}</h2>")
        elif b.kind in ("paragraph",):
            parts.append(f"<p>{e(b.text)}</p>")
        elif b.kind == "steps":
            rows = "".join(f"<tr><td width='6%'>{n}.</td><td width='56%'>{e(title)}</td>"
                           f"<td width='18%'>{icon} {e(word)}</td><td width='20%'>{e(when)}</td></tr>"
                           for n, title, icon, word, when in b.rows)
            parts.append(f"<table class='steps' width='100%'>{rows}</table>")
        elif b.kind == "remaining" and b.rows:
            still = translate("Summary", "还要做的步骤")
            parts.append(f"<h2>{e(still)}</h2>")
            for title, instructions, links in b.rows:
                items = "".join(f"<li>{e(t)}</li>" for t in instructions)
                shown = "".join(f"<p class='url'>{e(labelled(link.label, link.url))}</p>"
                                for link in links if is_allowed_url(link.url))
                parts.append(f"<h3>{e(title)}</h3><ol>{items}</ol>{shown}")
        elif b.kind == "help":
            parts.append(f"<p class='help'>{e(b.text)}</p>")
        elif b.kind == "edition":
            parts.append(f"<p class='edition'>{e(b.text)}</p>")
    style = ("h1{font-size:16pt;} h2{font-size:12.5pt; margin-top:10px;}"
             "h3{font-size:11pt; margin-top:6px; margin-bottom:2px;}"
             "p, li, td{font-size:10.5pt;} .url{font-size:9.5pt;}"
             f"table.box{{background:{colours['info']}; margin-top:6px;}}"
             f"table.warn{{background:{colours['warning']};}}"
             "table.box td, table.warn td{padding:6px;} .help{margin-top:10px;}"
             f".edition{{font-size:9pt; color:{colours['muted']};}}")
    return f"<html><head><style>{style}</style></head><body>{''.join(parts)}</body></html>"
