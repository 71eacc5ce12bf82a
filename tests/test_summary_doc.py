"""The kept summary: real text in the PDF, a QR that scans, sensible pages, the same facts copied."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from wizard.report import summary_facts
from wizard.report.facts import LOGIN_URL
from wizard.selftest import SCENARIOS
from wizard.store import Progress

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"),
                                reason="poppler-utils (pdftotext) is installed by .ci/run")


def progress_for(name: str, done: tuple[str, ...] = ()) -> Progress:
    p = Progress()
    p.answers.update(SCENARIOS[name].answers)
    for step in done:
        p.set_status(step, "done", date(2026, 11, 20))
    p.employer.unit_name = "佛山市某某五金制品有限公司"
    p.employer.uscc = "91440605MA4UXXXX1Q"
    p.employer.operator_mobile = "13912345678"  # entered, but never printed
    p.employer.operator_name = "陈某某"
    return p


def document(qapp, content, progress, today=date(2026, 11, 26)):
    from wizard.ui.summary_doc import SummaryDocument
    from wizard.ui.words import format_day

    return SummaryDocument(summary_facts(content, progress, today, format_day),
                           content.texts.app_title)


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, encoding="utf-8", check=True).stdout


@pytest.mark.parametrize("name", ["route-r", "route-s"])
def test_pdf_holds_the_facts_as_real_text(qapp, content, tmp_path, name):
    progress = progress_for(name, done=("R1", "S1"))
    out = tmp_path / "summary.pdf"
    pages = document(qapp, content, progress).write_pdf(out)
    assert 1 <= pages <= 3
    text = pdf_text(out)
    squeezed = "".join(text.split())
    assert "佛山市某某五金制品有限公司" in squeezed
    assert "91440605MA4UXXXX1Q" in squeezed
    route = progress.plan().route
    assert "".join(content.texts.routes[route].name.split()) in squeezed
    for step in progress.plan().step_ids:
        assert "".join(content.steps[step].title.split()) in squeezed, step
    assert LOGIN_URL in text
    assert "12333" in text and "12月31日" in squeezed
    assert f"第1页，共{pages}页" in squeezed
    # Nothing personal beyond the unit: the operator's phone and name stay out.
    assert "13912345678" not in text and "陈某某" not in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "A4" in info and f"Pages:           {pages}" in info


def test_fonts_are_embedded(qapp, content, tmp_path):
    out = tmp_path / "s.pdf"
    document(qapp, content, progress_for("route-s-init")).write_pdf(out)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts)


def test_qr_on_the_rendered_page_decodes_to_the_login_url(qapp, content, tmp_path):
    zxingcpp = pytest.importorskip("zxingcpp")
    np = pytest.importorskip("numpy")
    from PySide6.QtGui import QImage

    out = tmp_path / "s.pdf"
    document(qapp, content, progress_for("route-r")).write_pdf(out)
    subprocess.run(["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-gray", "-png", str(out),
                    str(tmp_path / "page")], check=True)
    page = QImage(str(next(tmp_path.glob("page*.png")))).convertToFormat(
        QImage.Format.Format_Grayscale8)
    pixels = np.frombuffer(page.constBits(), np.uint8).reshape(page.height(),
                                                               page.bytesPerLine())
    found = [r.text for r in zxingcpp.read_barcodes(pixels[:, :page.width()])]
    assert LOGIN_URL in found


def test_copied_text_states_the_same_facts(qapp, content):
    progress = progress_for("route-r", done=("R1",))
    doc = document(qapp, content, progress)
    text = doc.text()
    for fact in ("佛山市某某五金制品有限公司", "91440605MA4UXXXX1Q", LOGIN_URL,
                 content.texts.routes["R"].name, content.texts.summary.help_line):
        assert fact in text
    for step in progress.plan().step_ids:
        assert content.steps[step].title in text
    assert "2026年11月20日" in text  # the day R1 was ticked
    assert "13912345678" not in text


def test_waiting_state_is_in_the_document(qapp, content, tmp_path):
    progress = progress_for("route-r", done=("R1", "R2", "R3", "R4", "R5"))
    progress.applied_on = date(2026, 11, 21)
    doc = document(qapp, content, progress, today=date(2026, 11, 26))
    assert "2026年11月21日" in doc.text() and "5" in doc.facts.next_text
    out = tmp_path / "w.pdf"
    doc.write_pdf(out)
    assert "已等待5天" in "".join(pdf_text(out).split())


def test_existing_file_is_replaced_only_by_a_complete_one(qapp, content, tmp_path, monkeypatch):
    from wizard.ui import summary_doc

    out = tmp_path / "keep.pdf"
    out.write_bytes(b"old summary")
    doc = document(qapp, content, progress_for("route-s-init"))

    def broken_paint(self, device):
        raise RuntimeError("painting failed half-way")

    monkeypatch.setattr(summary_doc.SummaryDocument, "paint", broken_paint)
    with pytest.raises(RuntimeError):
        doc.write_pdf(out)
    assert out.read_bytes() == b"old summary"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.pdf"]  # no temp file left


def test_unwritable_target_raises_oserror(qapp, content, tmp_path):
    doc = document(qapp, content, progress_for("route-s-init"))
    with pytest.raises(OSError):
        doc.write_pdf(tmp_path / "no-such-folder" / "s.pdf")


def test_summary_actions_save_print_copy(qtbot, content, tmp_path):
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from wizard.ui.session import Session
    from wizard.ui.summary_actions import SummaryActions, suggested_file_name

    session = Session(content, None, progress_for("route-r", done=("R1",)))
    actions = SummaryActions(session)
    qtbot.addWidget(actions)
    out = tmp_path / "a.pdf"
    assert actions.save_pdf(str(out)) and out.stat().st_size > 1000
    assert "已保存" in actions.message.text()
    assert not actions.save_pdf(str(tmp_path / "missing" / "b.pdf"))
    assert "没能保存" in actions.message.text()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert actions.print(printer)
    assert "佛山市某某五金制品有限公司" in "".join(pdf_text(tmp_path / "printed.pdf").split())
    actions.copy_text()
    assert QApplication.clipboard().text() == actions.document().text()
    assert suggested_file_name("某某/公司 A", date(2026, 1, 2)) == "稳岗返还确认-某某公司 A-20260102.pdf"


# --- headless export for staff ------------------------------------------------------------

def _cli(*args: str):
    import os
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WENGANG_LANG": "zh_CN"}
    return subprocess.run([sys.executable, "-m", "wizard", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120)


def _two_profiles(data):
    from wizard.store.profiles import ProfileStore

    store = ProfileStore(data)
    for name, scenario in (("佛山市某某五金制品有限公司", "route-r"), ("东莞某某电子厂", "route-s-init")):
        profile = store.new_profile(name)
        profile.progress = progress_for(scenario)
        profile.progress.employer.unit_name = name
        assert store.save(profile)
    return store


def test_export_summary_for_a_named_profile(tmp_path):
    _two_profiles(tmp_path / "data")
    out = tmp_path / "东莞.pdf"
    result = _cli("--export-summary", "--data-dir", str(tmp_path / "data"),
                  "--profile", "东莞某某电子厂", "--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    text = "".join(pdf_text(out).split())
    assert "东莞某某电子厂" in text and "佛山" not in text
    assert "已导出" in result.stdout


def test_export_summary_errors_are_clear(tmp_path):
    _two_profiles(tmp_path / "data")
    missing = _cli("--export-summary", "--data-dir", str(tmp_path / "data"), "--profile", "没有这家",
                   "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 2
    assert "找不到名为“没有这家”的单位" in missing.stdout and "东莞某某电子厂" in missing.stdout
    unwritable = _cli("--export-summary", "--data-dir", str(tmp_path / "data"),
                      "--out", str(tmp_path / "no-folder" / "x.pdf"))
    assert unwritable.returncode == 3 and "无法写入" in unwritable.stdout
    empty = _cli("--export-summary", "--data-dir", str(tmp_path / "empty"),
                 "--out", str(tmp_path / "y.pdf"))
    assert empty.returncode == 2 and "还没有任何进度" in empty.stdout
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()
    no_out = _cli("--export-summary", "--data-dir", str(tmp_path / "data"))
    assert no_out.returncode == 2 and "--out" in no_out.stdout


def test_the_content_edition_is_on_the_pdf_the_copied_text_and_the_page(qtbot, content, tmp_path):
    """Which edition of the guide's content a kept summary was made from (issue 17)."""
    from PySide6.QtWidgets import QLabel

    from wizard.ui.session import Session
    from wizard.ui.summary_page import SummaryPage
    from wizard.ui.widgets import plain_text

    doc = document(None, content, progress_for("route-r"))
    out = tmp_path / "s.pdf"
    doc.write_pdf(out)
    expected = f"内容版本：{content.edition}"
    assert expected in "".join(pdf_text(out).split())
    assert expected in doc.text()
    page = SummaryPage(Session(content, None, None))
    qtbot.addWidget(page)
    page.session.progress.answers.update(SCENARIOS["route-r"].answers)
    page.ensure_built()
    assert any(expected in plain_text(w) for w in page.findChildren(QLabel))
