#!/usr/bin/env bash
# Approves snapshot results: every tests/Fixtures/**/*.received.* becomes the matching *.approved.*.
# Read `git diff tests/Fixtures` before committing: an approved file nobody checked is not a test.
set -euo pipefail
cd "$(dirname "$0")/Fixtures"
find . -name '*.received.*' | while read -r f; do
  mv "$f" "${f/.received./.approved.}"
  echo "approved ${f/.received./.approved.}"
done
