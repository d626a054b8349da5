#!/usr/bin/env bash
# Re-resolve the Windows wheels from pyproject.toml and rewrite installer/requirements-win.txt
# (hash-pinned). Run it after changing the project's dependencies, then rebuild and re-test.
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_DISABLE_PIP_VERSION_CHECK=1
VENV=installer/cache/buildvenv
[ -x "$VENV/bin/python" ] || { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q -r installer/requirements-build.txt; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$VENV/bin/pip" wheel -q --no-deps -w "$tmp" .
"$VENV/bin/pip" download -q --only-binary=:all: --platform win_amd64 --python-version 3.11 \
  --implementation cp --abi cp311 --abi abi3 --abi none -d "$tmp" "$tmp"/qms_desktop-*.whl
# pip evaluates environment markers for this (Linux) machine: fetch the Windows-only requirements
# (e.g. tzlocal's tzdata) that the Windows evaluation in wheelset.py finds missing, until none is.
for _ in 1 2 3 4 5; do
  mapfile -t extra < <("$VENV/bin/python" installer/wheelset.py missing "$tmp")
  [ ${#extra[@]} -eq 0 ] && break
  echo "lock.sh: Windows-only requirements: ${extra[*]}"
  "$VENV/bin/pip" download -q --only-binary=:all: --platform win_amd64 --python-version 3.11 \
    --implementation cp --abi cp311 --abi abi3 --abi none -d "$tmp" "${extra[@]}"
done
"$VENV/bin/python" installer/wheelset.py check "$tmp"
"$VENV/bin/python" installer/wheelset.py lock "$tmp" > installer/requirements-win.txt
echo "lock.sh: installer/requirements-win.txt rewritten:"
git --no-pager diff --stat -- installer/requirements-win.txt || true
