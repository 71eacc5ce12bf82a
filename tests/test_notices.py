"""Licence notices (wizard/notices.py): computed from package metadata from source, written into
the bundle by build.spec and read back from there when frozen."""

from __future__ import annotations

import logging
import tomllib
from email.message import Message
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from wizard import notices
from wizard.notices import Notice


def make_dist(site: Path, name: str, version: str = "1.0", fields: dict | None = None,
              files: dict[str, str] | None = None) -> metadata.Distribution:
    """A distribution installed in `site`: its dist-info METADATA, plus files inside dist-info."""
    info = site / f"{name.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True)
    lines = ["Metadata-Version: 2.4", f"Name: {name}", f"Version: {version}"]
    for key, values in (fields or {}).items():
        lines += [f"{key}: {value}" for value in ([values] if isinstance(values, str) else values)]
    (info / "METADATA").write_text("\n".join(lines) + "\n", encoding="utf-8")
    record = [f"{info.name}/METADATA,,"]
    for relative, text in (files or {}).items():
        (info / relative).parent.mkdir(parents=True, exist_ok=True)
        (info / relative).write_text(text, encoding="utf-8")
        record.append(f"{info.name}/{relative},,")
    (info / "RECORD").write_text("\n".join(record) + "\n", encoding="utf-8")
    return metadata.PathDistribution(info)


def meta(**fields) -> Message:
    message = Message()
    for key, values in fields.items():
        for value in [values] if isinstance(values, str) else values:
            message[key.replace("_", "-")] = value
    return message


def test_from_source_lists_the_program_python_and_every_runtime_dependency():
    items = notices.notices()
    names = [notices.normalize(n.package) for n in items]
    assert names[:2] == ["wengang-wizard", "python"]
    assert items[0].licence == "MIT" and "Permission is hereby granted" in items[0].text
    project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    direct = {notices.normalize(Requirement(r).name) for r in project["project"]["dependencies"]}
    assert direct <= set(names)
    assert {"pydantic-core", "shiboken6"} <= set(names)  # what they pull in
    assert not {"pytest", "hypothesis", "numpy", "ruff"} & set(names)  # dev tools are not shipped
    assert all(n.version and n.licence and n.licence != "unknown" and len(n.text) > 200 for n in items)


def test_qt_notice_carries_the_lgpl_and_says_how_to_replace_the_qt_libraries():
    qt = next(n for n in notices.notices() if notices.normalize(n.package) == "pyside6-essentials")
    assert "LGPL" in qt.licence  # 6.11 says "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only", 6.7 "… (LGPL)"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt.text and "Version 3" in qt.text
    assert "GNU GENERAL PUBLIC LICENSE" in qt.text  # the LGPL v3 builds on the GPL v3's text
    assert r"_internal\PySide6" in qt.text and "_internal/PySide6/Qt/lib" in qt.text
    assert "you may replace them with another build of the same Qt version" in qt.text
    assert "换成同一 Qt 版本的其他构建" in qt.text


@pytest.mark.parametrize(("fields", "expected"), [
    ({"License_Expression": "MIT", "License": "BSD", "Classifier": "License :: OSI Approved :: BSD"},
     "MIT"),
    ({"License": "LGPL", "Classifier": "License :: OSI Approved :: GNU Lesser General Public "
                                        "License v2 or later (LGPLv2+)"},
     "GNU Lesser General Public License v2 or later (LGPLv2+)"),
    ({"License": "GPLv2-or-later with a special exception for the bootloader",
      "Classifier": "License :: OSI Approved :: GNU General Public License v2 (GPLv2)"},
     "GPLv2-or-later with a special exception for the bootloader"),
    ({"License": "Copyright (c) someone\n\nPermission is hereby granted",
      "Classifier": ["License :: OSI Approved :: MIT License", "Programming Language :: Python"]},
     "MIT License"),
    ({"License": "UNKNOWN"}, "unknown"),
    ({}, "unknown"),
])
def test_licence_name(fields, expected):
    assert notices.licence_name(meta(**fields)) == expected


def test_licence_text_from_license_files_old_and_new_layout(tmp_path):
    new = make_dist(tmp_path, "new", fields={"License-File": ["LICENSE", "NOTICE"]},
                    files={"licenses/LICENSE": "the new licence", "licenses/NOTICE": "a notice"})
    old = make_dist(tmp_path, "old", fields={"License-File": "COPYING"},
                    files={"COPYING": "the old licence"})
    unlisted = make_dist(tmp_path, "unlisted", files={"LICENSE.txt": "found by its name"})
    assert notices.licence_text(new) == ("===== LICENSE =====\n\nthe new licence\n\n"
                                         "===== NOTICE =====\n\na notice")
    assert notices.licence_text(old) == "the old licence"
    assert notices.licence_text(unlisted) == "found by its name"


def test_full_text_in_the_license_field_is_used_when_no_file_is_there(tmp_path):
    dist = make_dist(tmp_path, "inline", fields={"License": "Line one\n        Line two"})
    assert notices.licence_text(dist).startswith("Line one")


def test_qt_packages_get_the_lgpl_v3_texts_whatever_their_metadata_calls_it(tmp_path):
    """PySide6 6.7's metadata names only "GNU Library or Lesser General Public License (LGPL)"."""
    old_qt = make_dist(tmp_path, "shiboken6", "6.7.0", fields={"Classifier": [
        "License :: OSI Approved :: GNU Library or Lesser General Public License (LGPL)",
        "License :: Other/Proprietary License"]})
    notice = notices.distribution_notice(old_qt)
    assert notice.licence == "GNU Library or Lesser General Public License (LGPL); Other/Proprietary License"
    assert "===== LGPL-3.0-only =====" in notice.text and "===== GPL-3.0-only =====" in notice.text


def test_spdx_fallback_and_a_package_without_any_text_fails(tmp_path):
    qt_like = make_dist(tmp_path, "qt-like", fields={"License": "LGPL-3.0-only OR GPL-2.0-only"})
    notice = notices.distribution_notice(qt_like)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notice.text
    assert "===== LGPL-3.0-only =====" not in notice.text  # one text: no headings
    bare = make_dist(tmp_path, "bare", fields={"License": "Some-Unknown-Licence"})
    with pytest.raises(notices.MissingLicence, match=r"bare 1\.0"):
        notices.distribution_notice(bare)


def test_requirement_closure_skips_extras_and_absent_platform_packages(tmp_path, monkeypatch):
    make_dist(tmp_path, "top", fields={"Requires-Dist": [
        "middle>=1", "extra-only; extra == 'docs'", "windows-only; sys_platform == 'win32'"]})
    make_dist(tmp_path, "middle", fields={"Requires-Dist": "bottom", "License": "MIT"})
    make_dist(tmp_path, "bottom", fields={"Requires-Dist": "top"})  # a cycle ends
    make_dist(tmp_path, "extra-only")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert notices.requirement_closure("top") == ["top", "middle", "bottom"]
    with pytest.raises(metadata.PackageNotFoundError):
        notices.requirement_closure("not-installed-at-all")


def test_written_folder_reads_back_the_same_and_is_what_a_frozen_program_lists(tmp_path, monkeypatch):
    items = [Notice("wengang-wizard", "0.1.0", "MIT", "mit text"),
             Notice("PySide6/Essentials", "6.11.3", "LGPL-3.0-only", "lgpl text 中文")]
    folder = tmp_path / "_internal" / notices.FOLDER
    notices.write_folder(items, folder)
    notices.write_folder(items, folder)  # a rebuild replaces it
    assert notices.read_folder(folder) == items
    assert "PySide6/Essentials 6.11.3: LGPL-3.0-only" in (folder / "README.txt").read_text(encoding="utf-8")
    monkeypatch.setattr(notices, "is_frozen", lambda: True)
    monkeypatch.setattr(notices, "bundle_dir", lambda: tmp_path / "_internal")
    assert notices.notices() == items


def test_a_missing_or_damaged_folder_gives_an_empty_list_and_a_log_line(tmp_path, caplog):
    with caplog.at_level(logging.WARNING):
        assert notices.read_folder(tmp_path / "nothing") == []
    (tmp_path / notices.INDEX).write_text('[{"package": "x"}]', encoding="utf-8")
    assert notices.read_folder(tmp_path) == []
    assert "cannot be read" in caplog.text


def test_distributions_of_import_names():
    assert notices.distributions_of({"pydantic", "PySide6", "json", "no_such_module"}) == {
        "pydantic", "pyside6-essentials"}
