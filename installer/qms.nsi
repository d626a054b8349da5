; QMS Desktop installer: an NSIS 3 script that pynsist fills in (with Jinja, using square
; brackets instead of braces as markers). Adapted from pynsist 2.8's pyapp.nsi. What differs from it:
;  - a 64-bit installer (Target amd64-unicode), solid LZMA;
;  - Vietnamese and English (Windows' display language picks; Vietnamese for any other);
;  - per-user install by default, never asking for administrator rights
;    (%LOCALAPPDATA%\Programs\QMS Desktop); /AllUsers from an elevated prompt installs for
;    every user in Program Files; /CurrentUser forces per-user;
;  - three clicks: Welcome (Next), Folder (Install), Finish (starts the application);
;  - Start-menu and desktop shortcuts; an upgrade replaces the program files cleanly;
;  - the uninstaller removes the program only: the user's data (%LOCALAPPDATA%\QMSDesktop:
;    database, backups, settings) is never touched, and the uninstaller says so.
!define PRODUCT_NAME "[[ib.appname]]"
!define PRODUCT_VERSION "[[ib.version]]"
!define PY_VERSION "[[ib.py_version]]"
!define PY_MAJOR_VERSION "[[ib.py_major_version]]"
!define BITNESS "[[ib.py_bitness]]"
!define ARCH_TAG "[[arch_tag]]"
!define INSTALLER_NAME "[[ib.installer_name]]"
!define PRODUCT_ICON "[[icon]]"
!define USER_INSTALL_MARKER _user_install_marker
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${PRODUCT_NAME}"
[% for scname, sc in ib.shortcuts.items() %]
!define APP_SCRIPT "[[ sc['script'] ]]"
[% endfor %]

Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma
SetCompressorDictSize 32

!define MULTIUSER_EXECUTIONLEVEL Standard
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${PRODUCT_NAME}"
!include MultiUser.nsh
!include FileFunc.nsh
!include MUI2.nsh

!define MUI_ABORTWARNING
!define MUI_ICON "[[icon]]"
!define MUI_UNICON "[[icon]]"
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION StartApplication
!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(DATA_KEPT)"

!insertmacro MUI_PAGE_WELCOME
[% if license_file %]
!insertmacro MUI_PAGE_LICENSE [[license_file]]
[% endif %]
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the fallback when Windows' display language is neither.
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

LangString DATA_KEPT ${LANG_VIETNAMESE} "Chỉ gỡ chương trình. Dữ liệu của anh/chị (cơ sở dữ liệu, bản sao lưu, cài đặt trong %LOCALAPPDATA%\QMSDesktop) được giữ nguyên."
LangString DATA_KEPT ${LANG_ENGLISH} "Only the program is removed. Your data (database, backups and settings in %LOCALAPPDATA%\QMSDesktop) is kept."
LangString SETTING_UP_COMMAND ${LANG_VIETNAMESE} "Đang cài lệnh qms cho cửa sổ dòng lệnh..."
LangString SETTING_UP_COMMAND ${LANG_ENGLISH} "Setting up the qms command..."
LangString COMPILING ${LANG_VIETNAMESE} "Đang chuẩn bị các mô-đun Python..."
LangString COMPILING ${LANG_ENGLISH} "Byte-compiling Python modules..."
LangString REBOOT ${LANG_VIETNAMESE} "Cần khởi động lại máy để hoàn tất. Khởi động lại ngay?"
LangString REBOOT ${LANG_ENGLISH} "A reboot is required to finish the installation. Reboot now?"

Name "${PRODUCT_NAME} ${PRODUCT_VERSION}"
OutFile "${INSTALLER_NAME}"
ShowInstDetails show
ShowUninstDetails show
VIProductVersion "[[ (ib.version.split('+')[0].split('.') + ['0', '0', '0'])[:4] | join('.') ]]"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${PRODUCT_VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${PRODUCT_VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${PRODUCT_NAME} ${PRODUCT_VERSION} Setup"
[% if ib.publisher is not none %]
VIAddVersionKey /LANG=0 "CompanyName" "[[ib.publisher]]"
[% endif %]
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

Var cmdLineInstallDir

Section -SETTINGS
  SetOutPath "$INSTDIR"
  SetOverwrite on
SectionEnd

Section "!${PRODUCT_NAME}" sec_app
  SetRegView 64
  SectionIn RO

  ; An upgrade replaces the program files whole (never the user's data, which lives elsewhere).
  RMDir /r "$INSTDIR\pkgs"
  RMDir /r "$INSTDIR\Python"
  RMDir /r "$INSTDIR\bin"

  File ${PRODUCT_ICON}

  SetOutPath "$INSTDIR\pkgs"
  File /r "pkgs\*.*"
  SetOutPath "$INSTDIR"

  ; Marker file for a per-user install (read by the uninstaller)
  StrCmp $MultiUser.InstallMode CurrentUser 0 +3
    FileOpen $0 "$INSTDIR\${USER_INSTALL_MARKER}" w
    FileClose $0
    SetFileAttributes "$INSTDIR\${USER_INSTALL_MARKER}" HIDDEN

  ; Install files
  [% for destination, group in grouped_files %]
  SetOutPath "[[destination]]"
  [% for file in group %]
  File "[[ file ]]"
  [% endfor %]
  [% endfor %]

  ; Install directories
  [% for dir, destination in ib.install_dirs %]
  SetOutPath "[[ pjoin(destination, dir) ]]"
  File /r "[[dir]]\*.*"
  [% endfor %]

  ; Shortcuts: Start menu and desktop. The working folder is the user's profile.
  SetOutPath "$PROFILE"
  [% for scname, sc in ib.shortcuts.items() %]
  CreateShortCut "$SMPROGRAMS\[[scname]].lnk" "[[sc['target'] ]]" \
    '[[ sc['parameters'] ]]' "$INSTDIR\[[ sc['icon'] ]]"
  CreateShortCut "$DESKTOP\[[scname]].lnk" "[[sc['target'] ]]" \
    '[[ sc['parameters'] ]]' "$INSTDIR\[[ sc['icon'] ]]"
  [% endfor %]
  SetOutPath "$INSTDIR"

  [% if has_commands %]
  ; The qms command: $INSTDIR\bin on the user's (or, for /AllUsers, the system's) PATH
  DetailPrint "$(SETTING_UP_COMMAND)"
  StrCmp $MultiUser.InstallMode CurrentUser 0 AddSysPathSystem
    nsExec::ExecToLog '[[ python ]] -Es "$INSTDIR\_system_path.py" add_user "$INSTDIR\bin"'
    GoTo AddedSysPath
  AddSysPathSystem:
    nsExec::ExecToLog '[[ python ]] -Es "$INSTDIR\_system_path.py" add "$INSTDIR\bin"'
  AddedSysPath:
  [% endif %]

  DetailPrint "$(COMPILING)"
  nsExec::ExecToLog '[[ python ]] -Es -m compileall -q "$INSTDIR\pkgs"'

  WriteUninstaller $INSTDIR\uninstall.exe
  ; Apps & features
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${PRODUCT_NAME}"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${PRODUCT_ICON}"
  [% if ib.publisher is not none %]
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "[[ib.publisher]]"
  [% endif %]
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${PRODUCT_VERSION}"
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" "$0"

  IfRebootFlag 0 noreboot
    MessageBox MB_YESNO "$(REBOOT)" /SD IDNO IDNO noreboot
      Reboot
  noreboot:
SectionEnd

Section "Uninstall"
  SetRegView 64
  SetShellVarContext all
  IfFileExists "$INSTDIR\${USER_INSTALL_MARKER}" 0 +3
    SetShellVarContext current
    Delete "$INSTDIR\${USER_INSTALL_MARKER}"

  [% if has_commands %]
  nsExec::ExecToLog '[[ python ]] -Es "$INSTDIR\_system_path.py" remove "$INSTDIR\bin"'
  [% endif %]

  ; Only what the installer wrote. The user's data (%LOCALAPPDATA%\QMSDesktop) is not here.
  Delete $INSTDIR\uninstall.exe
  Delete "$INSTDIR\${PRODUCT_ICON}"
  RMDir /r "$INSTDIR\pkgs"
  [% for file, destination in ib.install_files %]
  Delete "[[pjoin(destination, file)]]"
  [% endfor %]
  [% for dir, destination in ib.install_dirs %]
  RMDir /r "[[pjoin(destination, dir)]]"
  [% endfor %]
  [% for scname in ib.shortcuts %]
  Delete "$SMPROGRAMS\[[scname]].lnk"
  Delete "$DESKTOP\[[scname]].lnk"
  [% endfor %]
  RMDir $INSTDIR
  DeleteRegKey SHCTX "${UNINST_KEY}"
SectionEnd

Function .onInit
  ; MultiUser.nsh breaks the /D command-line parameter: /INSTDIR=... is read instead.
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} '$0' "/INSTDIR=" $1
  IfErrors +2
    StrCpy $cmdLineInstallDir $1
  ClearErrors

  !insertmacro MULTIUSER_INIT

  StrCmp $cmdLineInstallDir "" +2
    StrCpy $INSTDIR $cmdLineInstallDir
FunctionEnd

Function StartApplication
  SetOutPath "$PROFILE"
  Exec '"$INSTDIR\Python\pythonw.exe" "$INSTDIR\${APP_SCRIPT}"'
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd
