"""The release build (tools/release.py), its exact pins (constraints.txt) and the installer script
(installer/wengang-wizard.nsi). The Windows program itself can only be tried on Windows; what is
checked here is what the scripts say and that makensis accepts the installer script."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from tools import release
from wizard import notices, paths

ROOT = Path(__file__).resolve().parent.parent
NSI = (ROOT / "installer" / "wengang-wizard.nsi").read_text(encoding="utf-8")
SPEC = (ROOT / "build.spec").read_text(encoding="utf-8")
# Captured before tests/conftest.py replaces it in every test (it never touches the disk).
DEFAULT_DATA_DIR = paths.default_data_dir


# ---- release.py's pieces ----

@pytest.mark.parametrize(("version", "expected"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)), ("2025.11", (2025, 11, 0, 0)),
    ("1.2.3.4.5", (1, 2, 3, 4)),
])
def test_version_tuple(version, expected):
    assert release.version_tuple(version) == expected


def test_the_check_step_checks_the_whole_bundled_content_root(monkeypatch):
    """--check-content takes a root (every language); a language folder is refused."""
    calls = []

    class Done:
        stdout = f"{release.NAME} {release.project_version()}"

    monkeypatch.setattr(release, "executables", lambda bundle: (Path("windowed"), Path("console")))
    monkeypatch.setattr(release, "run", lambda args, **kw: calls.append([str(a) for a in args]) or Done())
    release.step_check()
    [check] = [c for c in calls if "--check-content" in c]
    root = Path(check[check.index("--check-content") + 1])
    assert root == release.BUNDLE / "_internal" / "resources" / "content"
    assert (paths.content_root() / "catalogue.json").is_file()  # the same layout from source


def test_version_tuple_refuses_what_windows_cannot_hold():
    with pytest.raises(SystemExit, match="does not fit"):
        release.version_tuple("70000.1")


def test_lowest_python():
    assert release.lowest_python(">=3.11,<3.14") == "3.11"
    assert release.lowest_python(release.pyproject()["project"]["requires-python"]) == "3.11"
    with pytest.raises(SystemExit, match="no lower bound"):
        release.lowest_python("<3.14")


def test_read_pins_takes_exact_pins_with_markers_and_comments():
    text = ("# header\npefile==2024.8.26 ; sys_platform == 'win32'\n    # via pyinstaller\n"
            "PySide6_Essentials==6.11.3\nnumpy==1.26.4 ; python_version < '3.13'\n"
            "numpy==2.1.0 ; python_version >= '3.13'  # a comment\n")
    assert release.read_pins(text) == {"pefile": {"2024.8.26"}, "pyside6-essentials": {"6.11.3"},
                                       "numpy": {"1.26.4", "2.1.0"}}


@pytest.mark.parametrize("line", [
    "--index-url https://mirror.example/simple", "pydantic @ https://files.example/pydantic.whl",
    "-e .", "pydantic>=2.5", "    --hash=sha256:0123abcd", "git+https://example/repo.git",
])
def test_read_pins_refuses_urls_options_hashes_and_ranges(line):
    with pytest.raises(SystemExit, match="line 2 is not an exact pin"):
        release.read_pins(f"segno==1.6.6\n{line}\n")


def test_unpinned_names_every_package_off_its_pin():
    pins = {"segno": {"1.6.6"}, "numpy": {"1.26.4", "2.1.0"}}
    assert release.unpinned({"segno": "1.6.6", "numpy": "2.1.0"}, pins) == []
    assert release.unpinned({"segno": "1.6.5", "extra": "1.0"}, pins) == [
        "extra==1.0 (pinned: nothing)", "segno==1.6.5 (pinned: 1.6.6)"]


def test_constraints_command_is_universal_and_emits_no_index():
    args = release.constraints_args(Path("out.txt"))
    assert args[:4] == ["uv", "pip", "compile", "pyproject.toml"]
    assert {"--universal", "build"} <= set(args) and "--emit-index-url" not in args
    assert "--generate-hashes" not in args
    assert args[args.index("--custom-compile-command") + 1] == release.CONSTRAINTS_COMMAND


def test_makensis_arguments(monkeypatch, tmp_path):
    monkeypatch.setattr(release, "IS_WIN", False)
    args = release.makensis_args(Path("/usr/bin/makensis"), "1.2.3", tmp_path / "b", tmp_path / "o.exe")
    assert args[0] == "/usr/bin/makensis" and args[-1] == str(release.NSIS_SCRIPT)
    assert {"-WX", "-DVERSION=1.2.3", "-DVERSION4=1.2.3.0", f"-DPAYLOAD={tmp_path / 'b'}",
            f"-DOUTFILE={tmp_path / 'o.exe'}", "-DCOMPRESSOR=zlib"} <= set(args)
    assert args[args.index("-INPUTCHARSET") + 1] == "UTF8"
    monkeypatch.setattr(release, "IS_WIN", True)
    args = release.makensis_args(Path("makensis.exe"), "1.2.3", tmp_path / "b", tmp_path / "o.exe")
    assert not [a for a in args if a.startswith("-DCOMPRESSOR")]  # Windows ships solid LZMA


def test_installer_lands_in_dist_only_on_windows(monkeypatch):
    monkeypatch.setattr(release, "IS_WIN", True)
    assert release.installer_output("1.0") == release.DIST / "wengang-wizard-1.0-setup.exe"
    monkeypatch.setattr(release, "IS_WIN", False)
    assert release.installer_output("1.0").parent == release.ROOT / "build" / "installer-check"
    assert "CHECK-ONLY" in release.installer_output("1.0").name


def test_executables_by_platform(monkeypatch):
    monkeypatch.setattr(release, "IS_WIN", True)
    assert [p.name for p in release.executables(Path("b"))] == ["wengang-wizard.exe",
                                                                "wengang-wizard-cli.exe"]
    monkeypatch.setattr(release, "IS_WIN", False)
    assert [p.name for p in release.executables(Path("b"))] == ["wengang-wizard", "wengang-wizard-cli"]


def test_unknown_step_prints_the_usage(capsys):
    assert release.main(["bundel"]) == 2
    assert "uv run tools/release.py constraints" in capsys.readouterr().out


def test_ci_and_the_windows_workflow_run_the_same_release_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    workflow = (ROOT / ".github" / "workflows" / "windows-release.yml").read_text(encoding="utf-8")
    assert re.search(r"^uv run tools/release\.py$", ci, re.MULTILINE)
    assert re.search(r"^uv run tools/release\.py lowest$", ci, re.MULTILINE)
    assert re.findall(r"^\s*- run: (.*)$", workflow, re.MULTILINE) == ["uv run tools/release.py"]
    assert "build.spec" not in ci.replace("(build.spec", "")  # the bundle only through release.py


# ---- constraints.txt ----

PINS = release.read_pins(release.CONSTRAINTS.read_text(encoding="utf-8"))


def test_constraints_file_has_no_urls():
    assert "://" not in release.CONSTRAINTS.read_text(encoding="utf-8")


def test_constraints_pin_every_runtime_dependency_and_pyinstaller():
    shipped = {notices.normalize(n) for n in notices.requirement_closure()} - {"wengang-wizard"}
    assert shipped - PINS.keys() == set()
    assert "pyinstaller" in PINS and "pyinstaller-hooks-contrib" in PINS
    assert "pytest" not in PINS  # the release environment holds no test tools


def test_constraints_satisfy_pyproject_bounds():
    """After a bound changes in pyproject.toml, refresh with `uv run tools/release.py constraints`."""
    project = release.pyproject()
    for text in [*project["project"]["dependencies"], *project["dependency-groups"]["build"]]:
        requirement = Requirement(text)
        if requirement.marker and not requirement.marker.evaluate({"python_version": "3.11"}):
            continue
        pinned = PINS.get(notices.normalize(requirement.name), set())
        assert any(requirement.specifier.contains(v) for v in pinned), (text, pinned)


def test_uv_lock_stays_out_of_the_repository():
    assert "uv.lock" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


# ---- the installer script ----

def nsis_defines() -> dict[str, str]:
    return dict(re.findall(r'^\s*!define (\w+) "([^"]*)"', NSI, re.MULTILINE))


def section(name: str) -> str:
    match = re.search(rf'^Section "{name}"\n(.*?)^SectionEnd', NSI, re.MULTILINE | re.DOTALL)
    assert match, name
    return match.group(1)


def function(name: str) -> str:
    match = re.search(rf"^Function {re.escape(name)}\n(.*?)^FunctionEnd", NSI, re.MULTILINE | re.DOTALL)
    assert match, name
    return match.group(1)


def macro(name: str) -> str:
    match = re.search(rf"^!macro {name}\b.*?\n(.*?)^!macroend", NSI, re.MULTILINE | re.DOTALL)
    assert match, name
    return match.group(1)


def test_installer_is_per_user_without_administrator_rights():
    d = nsis_defines()
    assert re.search(r"^RequestExecutionLevel user$", NSI, re.MULTILINE)
    assert re.search(r'^InstallDir "\$LOCALAPPDATA\\Programs\\\$\{APP\}"$', NSI, re.MULTILINE)
    assert d["APP"] == paths.APP_NAME
    assert not re.search(r"HKLM|\$PROGRAMFILES|SetShellVarContext all", NSI)


def test_installer_names_the_program_as_build_spec_does():
    d = nsis_defines()
    spec_name = re.search(r'^NAME = "([^"]+)"', SPEC, re.MULTILINE).group(1)
    assert d["EXE"] == f"{spec_name}.exe" and d["CLI_EXE"] == f"{spec_name}-cli.exe"
    assert d["TITLE"] == re.search(r'^TITLE = "([^"]+)"', SPEC, re.MULTILINE).group(1)
    assert d["PUBLISHER"] == re.search(r'"CompanyName": "([^"]+)"', SPEC).group(1)


def test_installer_needs_version_and_payload_from_the_command_line():
    for name in ("VERSION", "VERSION4", "PAYLOAD"):
        assert re.search(rf"!ifndef {name}\n\s*!error", NSI), name
    assert 'File /r "${PAYLOAD}\\*"' in section("Install")


def test_apps_and_features_entry():
    d = nsis_defines()
    assert d["UNINST_KEY"] == r"Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
    install = section("Install")
    written = dict(re.findall(r'^\s*WriteReg(?:Str|DWORD) HKCU "\$\{UNINST_KEY\}" "([\w${}]+)" (.+)$',
                              install, re.MULTILINE))
    assert written == {
        "DisplayName": '"${TITLE}"', "DisplayVersion": '"${VERSION}"', "Publisher": '"${PUBLISHER}"',
        "DisplayIcon": '"$INSTDIR\\${EXE},0"', "InstallLocation": '"$INSTDIR"',
        "UninstallString": "'\"$INSTDIR\\${UNINSTALLER}\"'",
        "QuietUninstallString": "'\"$INSTDIR\\${UNINSTALLER}\" /S'",
        "NoModify": "1", "NoRepair": "1", "EstimatedSize": "$0",
        "${MUI_LANGDLL_REGISTRY_VALUENAME}": "$LANGUAGE"}  # also after a silent install
    assert '${GetSize} "$INSTDIR" "/S=0K" $0' in install  # KB, as Apps & Features counts
    assert 'WriteUninstaller "$INSTDIR\\${UNINSTALLER}"' in install
    assert re.search(r'CreateShortcut "\$\{SHORTCUT\}" "\$INSTDIR\\\$\{EXE\}"', install)
    assert d["SHORTCUT"].startswith("$SMPROGRAMS\\")


def test_uninstaller_removes_the_program_and_its_entry_but_keeps_progress_by_default():
    uninstall = section("Uninstall")
    assert 'Delete "${SHORTCUT}"' in uninstall and 'DeleteRegKey HKCU "${UNINST_KEY}"' in uninstall
    assert 'RMDir "$INSTDIR"' in uninstall  # not /r: a folder the user chose may hold other files
    assert not re.search(r'RMDir /r "\$INSTDIR"', uninstall)
    # The data folder is where the program keeps it, and goes only when asked for.
    assert nsis_defines()["DATA_DIR"] == r"$LOCALAPPDATA\${APP}"
    removal = re.search(r"\$\{If\} \$RemoveData == 1\n(.*?)\$\{Else\}(.*?)\$\{EndIf\}", uninstall, re.DOTALL)
    assert removal and 'RMDir /r "${DATA_DIR}"' in removal.group(1)
    assert uninstall.count("${DATA_DIR}") == 3  # removed, or named as kept: nowhere else
    assert "$(DataKeptDetail) ${DATA_DIR}" in removal.group(2)


def test_data_folder_is_the_one_the_program_uses_on_windows(monkeypatch):
    """%LOCALAPPDATA%\\wengang-wizard: what platformdirs gives the program on Windows."""
    import platformdirs
    from platformdirs import windows

    folders = {"CSIDL_LOCAL_APPDATA": r"C:\Users\u\AppData\Local",
               "CSIDL_APPDATA": r"C:\Users\u\AppData\Roaming"}
    monkeypatch.setattr(windows, "get_win_folder", folders.__getitem__)
    monkeypatch.setattr(platformdirs, "PlatformDirs", windows.Windows)
    monkeypatch.setattr(paths, "portable_data_dir", lambda: None)
    found = str(DEFAULT_DATA_DIR()).replace("/", "\\")  # joined with "/" on this non-Windows host
    assert found == "\\".join([folders["CSIDL_LOCAL_APPDATA"], nsis_defines()["APP"]])


def test_remove_data_from_the_box_or_the_silent_switch():
    init = function("un.onInit")
    assert "StrCpy $RemoveData 0" in init  # kept unless asked
    assert re.search(r'\$\{GetOptions\} \$R0 "/REMOVEDATA" \$R1\n\s*\$\{IfNot\} \$\{Errors\}\n'
                     r"\s*StrCpy \$RemoveData 1", init)
    leave = function("un.DataPageLeave")
    assert "${NSD_GetState} $RemoveDataBox $0" in leave and "StrCpy $RemoveData 1" in leave
    create = function("un.DataPageCreate")
    assert '"${DATA_DIR}"' in create and "$(DataKept)" in create and "$(DataRemove)" in create
    assert re.search(r"^UninstPage custom un\.DataPageCreate un\.DataPageLeave$", NSI, re.MULTILINE)


def test_a_running_program_is_closed_before_its_files_are_replaced_or_removed():
    """On Windows a running program's files cannot be overwritten or deleted: an update or an
    uninstall would half fail. Both ask to close it first; silent, they stop with an error code."""
    for name, check in (("Install", "WaitUntilClosed"), ("Uninstall", "un.WaitUntilClosed")):
        body = [ln.strip() for ln in section(name).splitlines()
                if ln.strip() and not ln.strip().startswith(";")]
        touches = next(i for i, ln in enumerate(body) if re.match(r"(File|RMDir|Delete)\b", ln))
        assert f"Call {check}" in body[:touches], name
        assert function(check).split() == ["!insertmacro", "WAIT_UNTIL_CLOSED"], check
    wait = macro("WAIT_UNTIL_CLOSED")
    for exe in ("${EXE}", "${CLI_EXE}"):
        assert f'!insertmacro HELD "$INSTDIR\\{exe}"' in wait, exe
    assert 'FileOpen $0 "${FILE}" a' in macro("HELD")  # opening to write fails while it runs
    assert re.search(r'MessageBox MB_RETRYCANCEL\|MB_ICONEXCLAMATION "\$\(StillRunning\)" /SD IDCANCEL', wait)
    assert re.search(r"SetErrorLevel [1-9]\d*\s+Quit", wait)  # IT staff see it failed


def test_silent_mode_never_waits_for_a_click():
    # /S skips every page; a MessageBox would still wait unless it has a /SD default answer.
    assert all("/SD" in line for line in NSI.splitlines() if line.strip().startswith("MessageBox"))
    assert "MUI_LANGDLL_DISPLAY" in function(".onInit")  # NSIS skips the language box with /S


def test_chinese_and_english_and_every_string_in_both():
    assert re.findall(r'^!insertmacro MUI_LANGUAGE "(\w+)"$', NSI, re.MULTILINE) == ["SimpChinese", "English"]
    strings = re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", NSI, re.MULTILINE)
    names = {name for name, _ in strings}
    both = sorted((n, lang) for n in names for lang in ("SIMPCHINESE", "ENGLISH"))
    assert names and sorted(strings) == both
    used = set(re.findall(r"\$\((\w+)\)", NSI)) - {"^UninstallBtn"}
    assert used == names


# ---- makensis itself (Debian's nsis package; installed by .ci/run) ----

needs_makensis = pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis not installed")


@needs_makensis
def test_makensis_compiles_the_installer_script(tmp_path):
    payload = tmp_path / "wengang-wizard"
    (payload / "_internal").mkdir(parents=True)
    (payload / "wengang-wizard.exe").write_bytes(b"MZ")
    (payload / "_internal" / "base_library.zip").write_bytes(b"PK")
    output = tmp_path / "wengang-wizard-1.2.3-setup.exe"
    args = release.makensis_args(Path(shutil.which("makensis")), "1.2.3", payload, output)
    result = subprocess.run(args, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert output.read_bytes()[:2] == b"MZ"


@needs_makensis
def test_makensis_refuses_a_build_without_a_version(tmp_path):
    args = [a for a in release.makensis_args(Path(shutil.which("makensis")), "1.2.3", tmp_path,
                                             tmp_path / "setup.exe") if not a.startswith("-DVERSION")]
    result = subprocess.run(args, capture_output=True, text=True)
    assert result.returncode != 0
    assert "VERSION is not defined" in result.stdout + result.stderr


@needs_makensis
def test_installer_step_signs_the_executables_the_uninstaller_and_the_installer(tmp_path, monkeypatch):
    bundle = tmp_path / "wengang-wizard"
    bundle.mkdir()
    exes = release.executables(bundle)
    for exe in exes:
        exe.write_bytes(b"MZ")
    signer, log = tmp_path / "sign.py", tmp_path / "signed.txt"
    signer.write_text("import sys\nopen(sys.argv[1], 'a').write(sys.argv[2] + '\\n')\n", encoding="utf-8")
    output = tmp_path / "out" / "wengang-wizard-1.2.3-setup.exe"
    monkeypatch.setattr(release, "BUNDLE", bundle)
    monkeypatch.setattr(release, "installer_output", lambda version: output)
    monkeypatch.setenv(release.SIGN_ENV, f'"{sys.executable}" "{signer}" "{log}"')
    release.step_installer()
    signed = log.read_text(encoding="utf-8").splitlines()
    assert signed[:2] == [str(exe) for exe in exes]
    assert len(signed) == 4 and signed[3] == str(output)  # the uninstaller, then the installer
    assert output.read_bytes()[:2] == b"MZ"


def test_check_step_checks_the_bundled_content_root_not_one_language(monkeypatch):
    """--check-content takes a content ROOT (catalogue.json and every language folder); given
    a language folder it refuses, so the release check must pass the root."""
    calls = []

    def fake_run(args, **kwargs):
        calls.append([str(a) for a in args])
        return subprocess.CompletedProcess(args, 0, stdout=f"{release.NAME} {release.project_version()}\n"
                                                            "内容版本 …\n")

    monkeypatch.setattr(release, "run", fake_run)
    release.step_check()
    [checked] = [c for c in calls if "--check-content" in c]
    folder = Path(checked[checked.index("--check-content") + 1])
    inside_bundle = folder.relative_to(release.BUNDLE / "_internal")  # build.spec's layout
    assert (paths.bundle_dir() / inside_bundle / "catalogue.json").is_file()
