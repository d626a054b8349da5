#!/usr/bin/env bash
# CI step (called at the end of .ci/run): build the Windows installer on Linux and smoke-test it
# under Wine, when the tools can be had. It installs its Debian packages if it may (root,
# apt-get), says plainly what it skips and why, and bounds every step with `timeout` so that CI
# cannot hang. A build or smoke-test failure fails CI; missing tools only skip.
#
#   bash installer/ci.sh
#
# Limits (seconds) can be changed with QMS_CI_APT_TIMEOUT, QMS_CI_BUILD_TIMEOUT,
# QMS_CI_SMOKE_TIMEOUT. Measured here: build about 1.5 min (3 with empty caches), smoke about
# 1.5 min.
set -uo pipefail
cd "$(dirname "$0")/.."
APT_LIMIT=${QMS_CI_APT_TIMEOUT:-900}
BUILD_LIMIT=${QMS_CI_BUILD_TIMEOUT:-1200}
SMOKE_LIMIT=${QMS_CI_SMOKE_TIMEOUT:-900}
WINE64=/usr/lib/wine/wine64
start=$SECONDS

say() { echo "installer/ci.sh: $*"; }
have() { command -v "$1" >/dev/null 2>&1; }

# --- Debian packages ----------------------------------------------------------------------------
missing=()
have makensis || missing+=(nsis)
have osslsigncode || missing+=(osslsigncode)
[ -r /etc/ssl/certs/ca-certificates.crt ] || missing+=(ca-certificates)
[ -x "$WINE64" ] || missing+=(wine wine64)
have x86_64-w64-mingw32-gcc || missing+=(gcc-mingw-w64-x86-64-win32)
have pdftotext || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  if have apt-get && [ "$(id -u)" = 0 ]; then
    say "apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    { timeout "$APT_LIMIT" apt-get update -qq &&
      timeout "$APT_LIMIT" apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >/dev/null \
      || say "apt-get could not install everything (exit $?); going on with what is there"
  else
    say "missing ${missing[*]} and not root with apt-get: cannot install them"
  fi
fi

# --- build --------------------------------------------------------------------------------------
if ! have makensis || ! have osslsigncode; then
  say "SKIPPED the Windows installer build and the Wine smoke test: makensis (nsis) or osslsigncode is not available"
  exit 0
fi
say "installer/build.sh (limit ${BUILD_LIMIT} s)"
t=$SECONDS
timeout -k 30 "$BUILD_LIMIT" bash installer/build.sh
rc=$?
if [ $rc = 124 ] || [ $rc = 137 ]; then say "FAILED: the installer build took longer than ${BUILD_LIMIT} s"; exit 1; fi
if [ $rc != 0 ]; then say "FAILED: the installer build (exit $rc)"; exit 1; fi
say "build took $((SECONDS - t)) s"

# --- Wine smoke test ------------------------------------------------------------------------------
if [ ! -x "$WINE64" ] || ! have x86_64-w64-mingw32-gcc; then
  say "SKIPPED the Wine smoke test: wine64 ($WINE64) or mingw-w64 (for the test-only stub DLLs) is not available"
  exit 0
fi
exe=$(ls -t dist/QMSDesktop-*-setup.exe | head -n 1)
say "installer/smoke_wine.sh $exe (limit ${SMOKE_LIMIT} s)"
t=$SECONDS
mkdir -p installer/build
timeout -k 30 "$SMOKE_LIMIT" bash installer/smoke_wine.sh "$exe" 2>&1 | tee installer/build/smoke_wine.log
rc=${PIPESTATUS[0]}
if [ $rc = 124 ] || [ $rc = 137 ]; then
  # leave no Wine processes behind
  WINEPREFIX=$PWD/installer/build/wine/prefix timeout 30 /usr/lib/wine/wineserver -k 2>/dev/null
  say "FAILED: the Wine smoke test took longer than ${SMOKE_LIMIT} s"; exit 1
fi
if [ $rc != 0 ]; then say "FAILED: the Wine smoke test (exit $rc)"; exit 1; fi
say "smoke test took $((SECONDS - t)) s; build + smoke $((SECONDS - start)) s in all"
tail -n 1 installer/build/smoke_wine.log   # "smoke_wine: N passed, 0 failed" closes the output
