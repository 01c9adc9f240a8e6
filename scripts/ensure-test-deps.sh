#!/bin/sh
# Installs what the browser tests and `staticsite build --pdf` need, only when missing (safe to run again):
#   chromium        headless browser used through Playwright (never `playwright install`)
#   poppler-utils   pdftotext, to read the text of produced PDFs
#   fonts-noto-core fonts with every Vietnamese glyph
#   libreoffice-writer-nogui  soffice, to print the Word originals to PDF for the PDF reader's tests
set -eu

missing=""
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing="$missing chromium"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
[ -d /usr/share/fonts/truetype/noto ] && ls /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf >/dev/null 2>&1 || missing="$missing fonts-noto-core"
command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-writer-nogui"

if [ -z "$missing" ]; then
  echo "ensure-test-deps: chromium, poppler-utils, fonts-noto-core, libreoffice-writer-nogui already installed."
  exit 0
fi

echo "ensure-test-deps: installing$missing"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
