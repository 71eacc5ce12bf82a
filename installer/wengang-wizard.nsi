; 稳岗返还确认向导 — the Windows installer (NSIS 3, Modern UI 2).
;
; Built by `uv run tools/release.py` (it passes the defines below; do not run makensis by hand
; unless you pass them too):
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DVERSION4=0.1.0.0
;            -DPAYLOAD=dist/wengang-wizard -DOUTFILE=dist/wengang-wizard-0.1.0-setup.exe
;            installer/wengang-wizard.nsi
;
; Per-user: no administrator rights, installs to %LOCALAPPDATA%\Programs\wengang-wizard, a
; Start-menu shortcut and an Apps & Features entry in HKCU. Silent: `setup.exe /S` (optionally
; /D=C:\path as the last argument). The uninstaller keeps the employers' progress
; (%LOCALAPPDATA%\wengang-wizard) unless its box is ticked or `uninstall.exe /S /REMOVEDATA`.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
; tools/release.py passes COMPRESSOR=zlib only for the Linux check build (never shipped; solid LZMA
; of the Linux payload would cost minutes of CI for nothing).
!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma"
!endif
SetCompressor ${COMPRESSOR}
; Signing (README, "Sign the program"): tools/release.py passes SIGN, the signtool command from
; WENGANG_SIGN_COMMAND; makensis then signs the uninstaller it embeds and the installer it writes.
!ifdef SIGN
  !uninstfinalize '${SIGN} "%1"' = 0
  !finalize '${SIGN} "%1"' = 0
!endif

!ifndef VERSION
  !error "VERSION is not defined: build with tools/release.py (it reads pyproject.toml)"
!endif
!ifndef VERSION4
  !error "VERSION4 (four numbers for Windows, e.g. 0.1.0.0) is not defined"
!endif
!ifndef PAYLOAD
  !error "PAYLOAD (the one-folder bundle, dist/wengang-wizard) is not defined"
!endif
!ifndef OUTFILE
  !define OUTFILE "wengang-wizard-${VERSION}-setup.exe"
!endif

!define APP "wengang-wizard"
!define TITLE "稳岗返还确认向导"
!define PUBLISHER "稳岗返还确认向导项目"
!define EXE "wengang-wizard.exe"
!define CLI_EXE "wengang-wizard-cli.exe"
!define UNINSTALLER "uninstall.exe"
!define SHORTCUT "$SMPROGRAMS\${TITLE}.lnk"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
; Where the program keeps progress (platformdirs user_data_dir, wizard/paths.py).
!define DATA_DIR "$LOCALAPPDATA\${APP}"

!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh
!include nsDialogs.nsh
!include WinMessages.nsh

Name "${TITLE}"
Caption "$(SetupCaption)"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${TITLE} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

; Relative to this folder: makensis works in the script's folder.
!define MUI_ICON "..\resources\icons\app.ico"
!define MUI_UNICON "..\resources\icons\app.ico"
!define MUI_ABORTWARNING
; The language chosen at install is remembered for the uninstaller.
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

; ---- installer pages: where to, copy, finish (start the program) ----
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_FINISH

; ---- uninstaller pages: what happens to the progress, then remove ----
UninstPage custom un.DataPageCreate un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SetupCaption ${LANG_SIMPCHINESE} "${TITLE} ${VERSION} 安装"
LangString SetupCaption ${LANG_ENGLISH} "${TITLE} (job-stabilisation refund wizard) ${VERSION} setup"
LangString DataTitle ${LANG_SIMPCHINESE} "各单位的进度"
LangString DataTitle ${LANG_ENGLISH} "The employers' progress"
LangString DataSubtitle ${LANG_SIMPCHINESE} "卸载程序，进度默认保留。"
LangString DataSubtitle ${LANG_ENGLISH} "Uninstalling keeps the progress unless you choose otherwise."
LangString DataKept ${LANG_SIMPCHINESE} "各单位办到哪一步、填过的资料和设置，保存在下面这个文件夹里。卸载只删除程序本身，这个文件夹会保留，以后重新安装可以接着办。"
LangString DataKept ${LANG_ENGLISH} "How far each employer got, the details entered and the settings are kept in the folder below. Uninstalling removes only the program and keeps this folder, so a later installation carries on where you left off."
LangString DataRemove ${LANG_SIMPCHINESE} "同时删除这个文件夹里的全部进度（删除后不能恢复）"
LangString DataRemove ${LANG_ENGLISH} "Also delete all progress in this folder (it cannot be recovered)"
LangString DataKeptDetail ${LANG_SIMPCHINESE} "进度已保留在："
LangString DataKeptDetail ${LANG_ENGLISH} "Progress kept in:"
LangString StillRunning ${LANG_SIMPCHINESE} "稳岗返还确认向导正在运行。请先关闭它（点“保存并退出”），再点“重试”。"
LangString StillRunning ${LANG_ENGLISH} "The job-stabilisation refund wizard is still running. Close it first (Save and exit), then click Retry."
LangString DataRemovedDetail ${LANG_SIMPCHINESE} "已删除进度文件夹："
LangString DataRemovedDetail ${LANG_ENGLISH} "Progress folder deleted:"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${TITLE}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${TITLE} ${VERSION} setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "MIT License"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY  ; skipped with /S: the system's language is used
FunctionEnd

; ---- a running program (Windows holds its files): closed before an update or a removal ----
; A file of a running program cannot be opened for writing; without this an update or an uninstall
; would half fail. Retry checks again; Cancel (and /S, which cannot wait) stops with error level 2.
!macro HELD FILE
  ClearErrors
  ${If} ${FileExists} "${FILE}"
    FileOpen $0 "${FILE}" a
    ${If} ${Errors}
      StrCpy $1 1
    ${Else}
      FileClose $0
    ${EndIf}
  ${EndIf}
!macroend

!macro WAIT_UNTIL_CLOSED
  again:
  StrCpy $1 0
  !insertmacro HELD "$INSTDIR\${EXE}"
  !insertmacro HELD "$INSTDIR\${CLI_EXE}"
  ${If} $1 == 1
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDRETRY again
    SetErrorLevel 2
    Quit
  ${EndIf}
!macroend

Function WaitUntilClosed
  !insertmacro WAIT_UNTIL_CLOSED
FunctionEnd

Function un.WaitUntilClosed
  !insertmacro WAIT_UNTIL_CLOSED
FunctionEnd

Section "Install"
  SetShellVarContext current
  Call WaitUntilClosed
  SetOutPath "$INSTDIR"
  ; An update replaces the whole program: nothing of the older version is left behind.
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}\*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"
  CreateShortcut "${SHORTCUT}" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  ; Apps & Features (per user).
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${TITLE}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ; The uninstaller speaks the installer's language (MUI saves it itself only on a non-silent run).
  WriteRegStr HKCU "${UNINST_KEY}" "${MUI_LANGDLL_REGISTRY_VALUENAME}" $LANGUAGE
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

; ---- uninstaller ----

Var RemoveData     ; 1: delete the progress folder too (the box, or /REMOVEDATA)
Var RemoveDataBox

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  StrCpy $RemoveData 0
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    StrCpy $RemoveData 1
  ${EndIf}
FunctionEnd

Function un.DataPageCreate
  !insertmacro MUI_HEADER_TEXT "$(DataTitle)" "$(DataSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 40u "$(DataKept)"
  Pop $0
  ${NSD_CreateText} 0 44u 100% 14u "${DATA_DIR}"
  Pop $0
  SendMessage $0 ${EM_SETREADONLY} 1 0
  ${NSD_CreateCheckbox} 0 70u 100% 14u "$(DataRemove)"
  Pop $RemoveDataBox
  ${If} $RemoveData == 1
    ${NSD_Check} $RemoveDataBox
  ${EndIf}
  GetDlgItem $0 $HWNDPARENT 1  ; the page before the removal: its button says "Uninstall"
  SendMessage $0 ${WM_SETTEXT} 0 "STR:$(^UninstallBtn)"
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $RemoveDataBox $0
  ${If} $0 == ${BST_CHECKED}
    StrCpy $RemoveData 1
  ${Else}
    StrCpy $RemoveData 0
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  Call un.WaitUntilClosed
  Delete "${SHORTCUT}"
  ; Only what the installer put there: a folder the user chose may hold other files.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"

  ${If} $RemoveData == 1
  ${AndIf} $LOCALAPPDATA != ""
    RMDir /r "${DATA_DIR}"
    DetailPrint "$(DataRemovedDetail) ${DATA_DIR}"
  ${Else}
    DetailPrint "$(DataKeptDetail) ${DATA_DIR}"
  ${EndIf}
SectionEnd
