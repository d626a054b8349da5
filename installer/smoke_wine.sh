#!/usr/bin/env bash
# Smoke test of the Windows installer under Debian's Wine — a TEST, not part of the product.
#
#   bash installer/smoke_wine.sh [dist/QMSDesktop-<version>-setup.exe]
#
# In a throw-away Wine prefix (installer/build/wine/, own HOME so nothing lands in yours):
# silent per-user install (/S /CurrentUser); checks of what was installed (files, fonts,
# translations, trimmed Qt, shortcuts, PATH, Apps & features entry, sizes); then the installed
# command line on Windows Python: qms --version, qms demo, qms check, report create / finalize /
# sign (PAdES with two .pfx files of a throwaway CA: pyHanko, python-pkcs11, lxml, aiohttp on
# Windows) / export (PDF, XLSX, signed ZIP) and qms package verify and qms pdf verify against the
# test root (and a tampered copy refused); the
# installed GUI code offscreen (tests/installer/gui_offscreen.py: every module imports, login
# and main window drawn, QtPdf renders the report); a second install over the first (upgrade);
# finally a silent uninstall that must leave the user's data in place.
#
# Wine 8's gaps and the TEST-ONLY workarounds used here (never in the installer):
#  - Qt6Core.dll imports icuuc.dll (Windows 10's system ICU), which Wine lacks:
#    tests/installer/icuuc_stub.c, built with mingw-w64 into the prefix's system32;
#  - cryptography's Rust extension imports bcryptprimitives.dll!ProcessPrng (Windows 10+),
#    which Wine 8 lacks: tests/installer/bcryptprimitives_stub.c, likewise;
#  - a Windows console Python whose output goes to a *file* dies in init_sys_streams
#    ("Invalid handle"): output is taken through a pipe instead;
#  - Wine's crash dialog would wait forever: switched off, and every run is under `timeout`;
#  - winemenubuilder (Linux menu entries for the shortcuts) and the Mono/Gecko prompts: off.
# Qt windows on the real Windows platform plugin (qwindows) do not work under Wine ("no
# screens available"), so the GUI is checked offscreen only; a real Windows run is
# .github/workflows/windows.yml.
#
# Prints one line per check and ends with "smoke_wine: N passed, M failed"; exit 1 on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
EXE=${1:-$(ls -t "$ROOT"/dist/QMSDesktop-*-setup.exe 2>/dev/null | head -n 1 || true)}
[ -n "$EXE" ] && [ -f "$EXE" ] || { echo "smoke_wine.sh: no installer (run installer/build.sh first)" >&2; exit 2; }
EXE=$(realpath "$EXE")
VERSION=$(basename "$EXE" | sed -E 's/^QMSDesktop-(.*)-setup\.exe$/\1/')
WINE64=${WINE64:-/usr/lib/wine/wine64}
WINESERVER=${WINESERVER:-/usr/lib/wine/wineserver}
for tool in "$WINE64" "$WINESERVER"; do
  [ -x "$tool" ] || { echo "smoke_wine.sh: $tool missing (apt-get install wine wine64)" >&2; exit 2; }
done
command -v x86_64-w64-mingw32-gcc >/dev/null || { echo "smoke_wine.sh: x86_64-w64-mingw32-gcc missing (apt-get install gcc-mingw-w64-x86-64-win32)" >&2; exit 2; }

W=$ROOT/installer/build/wine
rm -rf "$W"
mkdir -p "$W/home" "$W/out" "$W/stubs"
export HOME=$W/home XDG_CONFIG_HOME=$W/home/.config XDG_DATA_HOME=$W/home/.local/share \
  XDG_CACHE_HOME=$W/home/.cache WINEPREFIX=$W/prefix WINEARCH=win64 WINEDEBUG=-all \
  WINELOADER=$WINE64 WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
unset DISPLAY WAYLAND_DISPLAY QMS_DB QMS_DATA_DIR QMS_LANG
export QMS_USER=kiemthu QMS_PASSWORD='Kiem-thu-2026!'
WUSER=$(id -un)
LOCAL=$WINEPREFIX/drive_c/users/$WUSER/AppData/Local          # %LOCALAPPDATA%
INSTDIR=$LOCAL/Programs/QMS\ Desktop
WIN_INSTDIR="C:\\users\\$WUSER\\AppData\\Local\\Programs\\QMS Desktop"
DATA=$LOCAL/QMSDesktop                                          # the user's data (platformdirs)

passed=0 failed=0
ok() { echo "ok: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
expect() {  # expect DESCRIPTION COMMAND...  — ok if the command succeeds
  local what=$1; shift
  if "$@"; then ok "$what"; else fail "$what"; fi
}
winpath() { printf 'Z:%s' "${1//\//\\}"; }
wrun() {  # wrun SECONDS PROGRAM ARGS... → exit code; stdout+stderr in $W/out.txt (through a pipe)
  local secs=$1; shift
  set +e
  timeout -k 10 "$secs" "$WINE64" "$@" </dev/null 2>&1 | cat >"$W/out.txt"
  local rc=${PIPESTATUS[0]}
  set -e
  return "$rc"
}
qms() { wrun 300 "$INSTDIR/bin/qms.exe" "$@"; }
show() { sed 's/^/    | /' "$W/out.txt" | tail -n "${1:-8}"; }
t0=$SECONDS

# --- prefix ---------------------------------------------------------------------------------
echo "== smoke_wine: Wine prefix ($("$WINE64" --version 2>/dev/null || echo wine))"
wrun 300 wineboot --init || true
timeout 120 "$WINESERVER" -w || true
wrun 60 reg add 'HKCU\Software\Wine\WineDbg' /v ShowCrashDialog /t REG_DWORD /d 0 /f || true
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$W/stubs/icuuc.dll" tests/installer/icuuc_stub.c
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$W/stubs/bcryptprimitives.dll" tests/installer/bcryptprimitives_stub.c -lbcrypt
cp "$W/stubs/"*.dll "$WINEPREFIX/drive_c/windows/system32/"
echo "   test-only stubs in the prefix: icuuc.dll, bcryptprimitives.dll ($((SECONDS - t0)) s)"

# --- install ----------------------------------------------------------------------------------
echo "== smoke_wine: silent per-user install of $(basename "$EXE")"
t1=$SECONDS
if wrun 900 "$EXE" /S /CurrentUser; then ok "installer exit code 0 (/S /CurrentUser)"; else fail "installer exit code $?"; show; fi
timeout 300 "$WINESERVER" -w || true
echo "   install took $((SECONDS - t1)) s"

expect "installed per-user in %LOCALAPPDATA%\\Programs\\QMS Desktop" test -f "$INSTDIR/Python/python.exe"
expect "bin\\qms.exe and the GUI launcher script installed" test -f "$INSTDIR/bin/qms.exe" -a -f "$INSTDIR/QMS_Desktop.launch.pyw"
expect "fonts bundled (Liberation Serif, Be Vietnam Pro)" \
  test -f "$INSTDIR/pkgs/qms_desktop/resources/fonts/LiberationSerif-Regular.ttf" -a -f "$INSTDIR/pkgs/qms_desktop/resources/fonts/ui/BeVietnamPro-Regular.ttf"
expect "translations bundled (qms_desktop_vi.qm, qms_desktop_en.qm)" \
  test -f "$INSTDIR/pkgs/qms_desktop/translations/qms_desktop_vi.qm" -a -f "$INSTDIR/pkgs/qms_desktop/translations/qms_desktop_en.qm"
expect "Qt trimmed (no QML/Quick/WebEngine/Designer/opengl32sw; Charts, Pdf kept)" bash -c '
  d="$1/pkgs/PySide6"
  [ -f "$d/Qt6Charts.dll" ] && [ -f "$d/Qt6Pdf.dll" ] && [ -f "$d/plugins/platforms/qwindows.dll" ] &&
  [ ! -e "$d/Qt6Quick.dll" ] && [ ! -e "$d/qml" ] && [ ! -e "$d/Qt6Designer.dll" ] && [ ! -e "$d/opengl32sw.dll" ] &&
  [ ! -e "$d/translations" ]' _ "$INSTDIR"
pyc=$(find "$INSTDIR/pkgs" -name '*.pyc' | wc -l)
expect "Python modules byte-compiled at install ($pyc .pyc files)" test "$pyc" -gt 500
startmenu=$WINEPREFIX/drive_c/users/$WUSER/AppData/Roaming/Microsoft/Windows/Start\ Menu/Programs
expect "Start-menu shortcut 'QMS Desktop'" test -f "$startmenu/QMS Desktop.lnk"
desktop_lnk=$(find -L "$WINEPREFIX/drive_c/users/$WUSER" "$HOME" -maxdepth 2 -name 'QMS Desktop.lnk' -path '*Desktop/*' 2>/dev/null | head -n 1)
expect "desktop shortcut 'QMS Desktop'" test -n "$desktop_lnk"
expect "qms on the user's PATH (HKCU\\Environment)" grep -q 'QMS Desktop\\\\bin' "$WINEPREFIX/user.reg"
expect "Apps & features entry (HKCU ...\\Uninstall\\QMS Desktop)" grep -q 'Uninstall\\\\QMS Desktop\]' "$WINEPREFIX/user.reg"
installer_bytes=$(stat -c %s "$EXE")
installed_bytes=$(du -sb "$INSTDIR" | cut -f1)
sizes=$(awk -v a="$installer_bytes" -v b="$installed_bytes" 'BEGIN { printf "installer %.1f MB, installed %.1f MB", a / 1e6, b / 1e6 }')
expect "sizes within the goal (installer <= 120 MB, installed <= 350 MB): $sizes" \
  test "$installer_bytes" -le 120000000 -a "$installed_bytes" -le 350000000

# --- the command line on Windows Python ---------------------------------------------------------
echo "== smoke_wine: the installed qms command"
if qms --version && grep -qx "qms $VERSION" <(tr -d '\r' <"$W/out.txt"); then ok "qms --version: $(tr -d '\r' <"$W/out.txt")"; else fail "qms --version"; show; fi
if qms demo && [ -f "$DATA/qms.sqlite" ]; then
  ok "qms demo: demo commune in the default data folder %LOCALAPPDATA%\\QMSDesktop (SQLite on Windows)"
else fail "qms demo"; show; fi
if qms check; then ok "qms check: integrity, schema, history chain"; else fail "qms check"; show; fi
# The demo already holds the reports of its last two years; a period five years back is always free.
period="$(( $(date +%Y) - 5 ))-H1"
if qms report create --period "$period"; then
  report_id=$(tr -d '\r' <"$W/out.txt" | grep -E '^[0-9]+$' | tail -n 1)
  ok "qms report create --period $period (id ${report_id:-?})"
else fail "qms report create"; show; fi
report_id=${report_id:-1}
# The pre-flight refuses an empty Part III when the report lists problems; the leader acknowledges the warnings.
if qms report edit "$report_id" --shortcomings "Mot so ho so con tre han."; then ok "qms report edit $report_id --shortcomings"
else fail "qms report edit --shortcomings"; show; fi
if qms report finalize "$report_id" --acknowledge-all; then ok "qms report finalize $report_id --acknowledge-all"
else fail "qms report finalize"; show; fi
# The official digital signature with .pfx files (the CA is made on Linux by the test venv's Python).
HOST_PY=${HOST_PY:-$ROOT/.venv/bin/python}
PKI=$W/out/pki
export QMS_PFX_PASSWORD='Pfx-thu-2026'
if [ -x "$HOST_PY" ] && "$HOST_PY" tests/installer/make_test_pki.py "$PKI" "$QMS_PFX_PASSWORD"; then
  if qms report sign "$report_id" --pfx "$(winpath "$PKI/official.pfx")" && grep -q "Nguyễn Văn An" "$W/out.txt"; then
    ok "qms report sign --pfx: the chairman's PAdES signature (pyHanko on Windows), certificate shown"
  else fail "qms report sign --pfx (official)"; show; fi
  if qms report sign "$report_id" --pfx "$(winpath "$PKI/agency.pfx")"; then
    ok "qms report sign --pfx: the agency's signature, the PDF locked"
  else fail "qms report sign --pfx (agency)"; show; fi
  if qms report sign "$report_id" --pfx "$(winpath "$PKI/agency.pfx")"; then fail "a finalised PDF was signed again"; show
  else ok "signing a finalised PDF again is refused"; fi
else
  fail "could not make the test certificates with $HOST_PY (tests/installer/make_test_pki.py)"
fi
mkdir -p "$W/out/usb"
if qms report export "$report_id" --out "$(winpath "$W/out/usb")"; then ok "qms report export $report_id --out <folder>"; else fail "qms report export"; show; fi
pdf=$(ls "$W"/out/usb/*.pdf 2>/dev/null | head -n 1 || true)
xlsx=$(ls "$W"/out/usb/*.xlsx 2>/dev/null | head -n 1 || true)
zip=$(ls "$W"/out/usb/*.zip 2>/dev/null | head -n 1 || true)
expect "PDF written by reportlab on Windows ($(basename "${pdf:-none}"))" bash -c '[ -n "$1" ] && head -c 5 "$1" | grep -q "%PDF-"' _ "$pdf"
if [ -n "$pdf" ] && command -v pdftotext >/dev/null; then
  expect "PDF text is Vietnamese with embedded fonts ('Tân Phú')" bash -c 'pdftotext "$1" - | grep -q "Tân Phú"' _ "$pdf"
fi
expect "XLSX written by openpyxl on Windows ($(basename "${xlsx:-none}"))" python3 -c '
import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert "xl/workbook.xml" in z.namelist()' "${xlsx:-/nonexistent}"
# The receiving office confirms the sender's key fingerprint (by phone): without it verify exits 3.
fp=""
if qms key show; then fp=$(tr -d '\r' <"$W/out.txt" | grep -E '^[0-9A-F]{4}( [0-9A-F]{4}){3}$' | tail -n 1); fi
if [ -n "$zip" ] && qms package verify "$(winpath "$zip")" --fingerprint "$fp" && grep -q "Tân Phú" "$W/out.txt"; then
  ok "qms package verify: signature valid (cryptography on Windows); Vietnamese output through a pipe"
else fail "qms package verify"; show; fi
if [ -n "$zip" ] && [ -d "$PKI/trust" ]; then
  if qms package verify "$(winpath "$zip")" --fingerprint "$fp" --trust "$(winpath "$PKI/trust")" && grep -q "Chữ ký số: hợp lệ" "$W/out.txt"; then
    ok "qms package verify --trust: report.pdf's PAdES signatures valid against the test root"
  else fail "qms package verify --trust (PAdES)"; show 12; fi
  if qms pdf verify "$(winpath "$pdf")" --trust "$(winpath "$PKI/trust")"; then
    ok "qms pdf verify --trust: the loose signed PDF validates"
  else fail "qms pdf verify --trust"; show 12; fi
fi
if [ -n "$zip" ]; then
  python3 - "$zip" "$W/out/tampered.zip" <<'EOF'
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
    for info in zin.infolist():
        data = zin.read(info)
        if info.filename.endswith(".xlsx"):
            data = data[:-1] + bytes([data[-1] ^ 1])
        zout.writestr(info, data)
EOF
  if qms package verify "$(winpath "$W/out/tampered.zip")" --fingerprint "$fp"; then fail "a tampered package was accepted"; show; else ok "a tampered package is refused"; fi
fi

# --- the GUI code, offscreen --------------------------------------------------------------------
echo "== smoke_wine: the installed GUI code on Qt's offscreen platform"
if wrun 300 "$INSTDIR/Python/python.exe" "$(winpath "$ROOT/tests/installer/gui_offscreen.py")" \
     "$(winpath "$W/out/gui")" "C:\\users\\$WUSER\\AppData\\Local\\QMSDesktop\\qms.sqlite" \
     "$QMS_USER" "$QMS_PASSWORD" "$(winpath "${pdf:-$W/none.pdf}")"; then
  ok "GUI offscreen: $(tr -d '\r' <"$W/out.txt" | grep -c '^ok:') checks (screenshots in installer/build/wine/out/gui)"
else fail "GUI offscreen"; fi
tr -d '\r' <"$W/out.txt" | grep -E '^(ok|FAIL):' | sed 's/^/    | /' || true

# --- install again over it (an upgrade) -------------------------------------------------------------
echo "== smoke_wine: installing again over the installed copy (as an upgrade does)"
if wrun 900 "$EXE" /S /CurrentUser && timeout 300 "$WINESERVER" -w && qms --version && qms check; then
  ok "reinstall over an existing install: program replaced, qms works, the data opens"
else fail "reinstall over an existing install"; show; fi

# --- uninstall --------------------------------------------------------------------------------
echo "== smoke_wine: silent uninstall"
# _?= runs the uninstaller in place, so that it finishes before it returns
if wrun 300 "$INSTDIR/uninstall.exe" /S "_?=$WIN_INSTDIR"; then ok "uninstaller exit code 0"; else fail "uninstaller exit code $?"; show; fi
timeout 120 "$WINESERVER" -w || true
expect "program files removed" test ! -e "$INSTDIR/pkgs" -a ! -e "$INSTDIR/Python" -a ! -e "$INSTDIR/bin"
expect "shortcuts removed" test ! -e "$startmenu/QMS Desktop.lnk" -a ! -e "${desktop_lnk:-/nonexistent}"
expect "PATH entry and Apps & features entry removed" bash -c '! grep -q "QMS Desktop\\\\\\\\bin" "$1" && ! grep -q "Uninstall\\\\\\\\QMS Desktop\]" "$1"' _ "$WINEPREFIX/user.reg"
expect "the user's data is kept (%LOCALAPPDATA%\\QMSDesktop\\qms.sqlite)" test -s "$DATA/qms.sqlite"

timeout 60 "$WINESERVER" -k 2>/dev/null || true
echo "   smoke test took $((SECONDS - t0)) s; $sizes"
echo "smoke_wine: $passed passed, $failed failed"
[ "$failed" = 0 ]
