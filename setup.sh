#!/usr/bin/env bash
# Rekom set-up: the README's first command on a fresh machine.
#   1. system packages (apt, when root and any is missing)
#   2. a virtual environment .venv with the project in editable mode
#   3. the sample corpus, then the main job on the embedded default (SQLite, local files)
# Safe to run again: each step skips what is already there.
set -euo pipefail
cd "$(dirname "$0")"

APT_PACKAGES=(
  tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng  # OCR of scans and photos
  poppler-utils                                      # pdftoppm/pdftotext for checks and tests
  libreoffice-writer                                 # DOCX -> PDF for letters
  fonts-dejavu-core fonts-liberation                 # fonts for samples and letters
)

say() { printf '\n== %s\n' "$*"; }

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  say "Memasang paket sistem / installing system packages: ${missing[*]}"
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  else
    echo "Galat / Error: paket sistem belum terpasang dan tidak ada akses root / missing system" >&2
    echo "packages and no root access. Ask an administrator to run:" >&2
    echo "  apt-get install -y ${missing[*]}" >&2
    exit 2
  fi
fi

PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
  echo "Galat / Error: Rekom membutuhkan Python 3.11 / Rekom needs Python 3.11 (set PYTHON=...)." >&2
  exit 2
fi

if [[ ! -x .venv/bin/python ]]; then
  say "Membuat lingkungan virtual / creating .venv"
  "$PYTHON" -m venv .venv
fi
say "Memasang Rekom / installing Rekom (editable, with dev tools)"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[dev]"

export PREFECT_SERVER_ANALYTICS_ENABLED=false
say "Membuat korpus contoh / generating the sample corpus"
.venv/bin/rekom samples
say "Menjalankan pekerjaan utama / running the main job (rekom demo)"
.venv/bin/rekom demo
