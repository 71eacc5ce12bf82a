"""Licence notices of what the program ships: (package, version, licence, text) for each.

From source they are computed from the installed packages' metadata (importlib.metadata: the
`License-File`s, `License-Expression`, `License`, the licence classifiers). build.spec writes the
same list into the bundle (`_internal/licenses/`) at build time, because a frozen program carries
no package metadata; there `notices()` reads that folder back. Qt-free: the About window lists
what this returns.
"""

from __future__ import annotations

import json
import logging
import platform
import re
import shutil
import sys
import sysconfig
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from wizard.paths import APP_NAME, bundle_dir, is_frozen

log = logging.getLogger(__name__)

FOLDER = "licenses"  # in the bundle: _internal/licenses/
INDEX = "index.json"
# Texts by SPDX id for packages that name a licence but carry no text (licenses/README.md).
FALLBACK_TEXTS = Path(__file__).resolve().parent.parent / "licenses"

QT_PACKAGE = "pyside6-essentials"  # its notice starts with QT_NOTE
# Qt for Python's wheels carry no licence text, and older ones name the licence only as "LGPL":
# the texts that go with Qt's LGPL v3 (it builds on the GPL v3), whatever the metadata says.
QT_PACKAGES = {QT_PACKAGE, "shiboken6"}
QT_LICENCE_TEXTS = "LGPL-3.0-only GPL-3.0-only"
QT_NOTE = """\
Qt 与 Qt for Python（PySide6、shiboken6）按 GNU 宽通用公共许可证第 3 版（LGPL-3.0）使用，许可证全文见下。
本程序是“一个文件夹”形式，Qt 库是其中的普通文件，您可以把它们换成同一 Qt 版本的其他构建
（例如自己编译的），程序下次启动就会使用：
  Windows：_internal\\PySide6\\ 里的 Qt6*.dll、plugins\\ 和 PySide6 的 *.pyd，以及 _internal\\shiboken6\\
  Linux：  _internal/PySide6/Qt/lib/libQt6*.so.6、_internal/PySide6/Qt/plugins/，以及 _internal/shiboken6/

Qt and Qt for Python (PySide6, shiboken6) are used under the GNU Lesser General Public License
version 3 (LGPL-3.0); its text follows. This program is a one-folder bundle: the Qt libraries are
ordinary files in it, and you may replace them with another build of the same Qt version (your
own, for instance); the program uses them from its next start:
  Windows: Qt6*.dll, plugins\\ and PySide6's *.pyd in _internal\\PySide6\\, and _internal\\shiboken6\\
  Linux:   _internal/PySide6/Qt/lib/libQt6*.so.6, _internal/PySide6/Qt/plugins/, _internal/shiboken6/

Source code / 源代码: Qt https://download.qt.io/official_releases/qt/ ,
Qt for Python https://download.qt.io/official_releases/QtForPython/ .
Qt contains third-party components under their own licences / Qt 所含第三方组件的许可证:
https://doc.qt.io/qt-6/licenses-used-in-qt.html
"""

_LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)
_REQUIREMENT_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_EXTRA_MARKER = re.compile(r"\bextra\s*==")


@dataclass(frozen=True)
class Notice:
    package: str
    version: str
    licence: str
    text: str


class MissingLicence(LookupError):
    """A shipped package whose licence text is neither in its metadata nor in licenses/."""


def notices() -> list[Notice]:
    """The notices of this program: the bundled list when frozen, else from the metadata."""
    if is_frozen():
        return read_folder(bundle_dir() / FOLDER)
    return from_metadata()


def normalize(name: str) -> str:
    """PEP 503 name: `PySide6_Essentials` and `pyside6-essentials` are the same package."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_closure(root: str = APP_NAME) -> list[str]:
    """`root` and every installed distribution it requires, directly or not (extras left out;
    a requirement whose distribution is not installed, e.g. Windows-only, is skipped)."""
    seen: dict[str, str] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            if not seen:
                raise
            continue
        key = normalize(dist.metadata["Name"])
        if key in seen:
            continue
        seen[key] = dist.metadata["Name"]
        for requirement in dist.requires or []:
            _, _, marker = requirement.partition(";")
            match = _REQUIREMENT_NAME.match(requirement)
            if match and not _EXTRA_MARKER.search(marker):
                pending.append(match.group(1))
    return list(seen.values())


def from_metadata(root: str = APP_NAME, extra: tuple[str, ...] = ()) -> list[Notice]:
    """The program, the Python runtime, then every package it requires and the `extra` ones
    (not their requirements: PyInstaller ships its bootloader in each .exe, not its tools)."""
    names = {normalize(n): n for n in requirement_closure(root)}
    names.update((normalize(n), n) for n in extra)
    first, *rest = (distribution_notice(metadata.distribution(n)) for n in names.values())
    return [first, python_notice(), *sorted(rest, key=lambda n: n.package.lower())]


def licence_name(meta) -> str:
    """SPDX `License-Expression`, else the more specific of a one-line `License` field and the
    licence classifiers ("LGPL" loses to "GNU Lesser General Public License v2 or later")."""
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if "\n" in field or len(field) > 200 or field.upper() == "UNKNOWN":
        field = ""
    classifiers = "; ".join(c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                            if c.startswith("License ::"))
    return max(field, classifiers, key=len) or "unknown"


def _join(parts: list[tuple[str, str]]) -> str:
    if len(parts) == 1:
        return parts[0][1]
    return "\n\n".join(f"===== {name} =====\n\n{text}" for name, text in parts)


def licence_text(dist: metadata.Distribution) -> str:
    """The licence files the distribution carries (metadata 2.4 keeps them under licenses/),
    else a full licence text put in its `License` field; "" when it has neither."""
    names = dist.metadata.get_all("License-File") or [
        str(path.name) for path in dist.files or []
        if path.parent.name.endswith(".dist-info") and _LICENCE_FILE.match(path.name)]
    parts = []
    for name in names:
        text = dist.read_text(f"licenses/{name}") or dist.read_text(name)
        if text:
            parts.append((name, text))
    if parts:
        return _join(parts)
    field = (dist.metadata.get("License") or "").strip()
    return field if "\n" in field else ""


def fallback_text(licence: str) -> str:
    """The texts in licenses/ of the SPDX ids the licence names ("" if none is there)."""
    ids = re.findall(r"[A-Za-z0-9.+-]+", licence)
    parts = [(spdx, (FALLBACK_TEXTS / f"{spdx}.txt").read_text(encoding="utf-8"))
             for spdx in dict.fromkeys(ids) if (FALLBACK_TEXTS / f"{spdx}.txt").is_file()]
    return _join(parts) if parts else ""


def distribution_notice(dist: metadata.Distribution) -> Notice:
    name, version = dist.metadata["Name"], dist.version
    licence = licence_name(dist.metadata)
    key = normalize(name)
    text = licence_text(dist) or fallback_text(QT_LICENCE_TEXTS if key in QT_PACKAGES else licence)
    if not text:
        raise MissingLicence(f"{name} {version} ({licence}): no licence text in its metadata "
                             f"nor in {FALLBACK_TEXTS.name}/ (see its README.md)")
    if key == QT_PACKAGE:
        text = f"{QT_NOTE}\n\n{text}"
    return Notice(name, version, licence, text)


def python_notice() -> Notice:
    """The Python runtime the bundle carries (python3.dll / libpython and the standard library)."""
    candidates = [Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
                  Path(sys.base_prefix) / "LICENSE.txt"]
    text = next((p.read_text(encoding="utf-8", errors="replace") for p in candidates if p.is_file()),
                None) or fallback_text("PSF-2.0")
    return Notice("Python", platform.python_version(), "PSF-2.0", text)


def distributions_of(top_level_names: set[str]) -> set[str]:
    """The installed distributions (normalized names) that provide these top-level import
    names; standard-library and unknown names give none."""
    owners = metadata.packages_distributions()
    return {normalize(dist) for name in top_level_names for dist in owners.get(name, [])}


def _file_name(notice: Notice) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", f"{notice.package}-{notice.version}") + ".txt"


def write_folder(items: list[Notice], folder: Path) -> None:
    """Write the notices as the bundle carries them: one text file each, index.json, and a
    README.txt for whoever opens the folder."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    index = []
    for notice in items:
        name = _file_name(notice)
        (folder / name).write_text(notice.text, encoding="utf-8")
        index.append({"package": notice.package, "version": notice.version,
                      "licence": notice.licence, "file": name})
    (folder / INDEX).write_text(json.dumps(index, ensure_ascii=False, indent=1), encoding="utf-8")
    listing = "\n".join(f"  {n.package} {n.version}: {n.licence} ({_file_name(n)})" for n in items)
    (folder / "README.txt").write_text(
        f"Licences of the software in this program / 本程序所含软件的许可证\n\n{listing}\n\n{QT_NOTE}",
        encoding="utf-8")


def read_folder(folder: Path) -> list[Notice]:
    """The notices written by write_folder; [] (logged) if the folder is missing or damaged."""
    try:
        index = json.loads((folder / INDEX).read_text(encoding="utf-8"))
        return [Notice(e["package"], e["version"], e["licence"],
                       (folder / e["file"]).read_text(encoding="utf-8")) for e in index]
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.warning("licence notices in %s cannot be read: %s", folder, error)
        return []
