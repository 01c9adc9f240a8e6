#!/usr/bin/env bash
# Approves snapshot results: every tests/Fixtures/<topic>/*.received.* becomes the matching *.approved.*.
#   tests/approve.sh            all topics
#   tests/approve.sh export     one topic only
# Read `git diff tests/Fixtures` before committing: an approved file nobody checked is not a test.
set -euo pipefail
cd "$(dirname "$0")/Fixtures/${1:-.}"
find . -name '*.received.*' | while read -r f; do
  mv "$f" "${f/.received./.approved.}"
  echo "approved ${f/.received./.approved.}"
done
