#!/usr/bin/env bash
# Runs every test of the solution, after installing what the tests need (chromium, poppler-utils, fonts) when missing.
# Results go to TestResults/*.trx (read by .ci/run); screenshots and PDFs of the browser tests to TestResults/screenshots/.
# Tests read their samples from tests/Fixtures/samples/ (never content/); each test process keeps its temp folders under
# $TMPDIR/staticsite-tests-<pid>/ and deletes it when it exits (a killed run's folder is swept by the next run).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-test-deps.sh || { echo "test.sh: could not install the test dependencies" >&2; exit 2; }
rm -rf TestResults
dotnet build StaticSite.sln -c Debug -nologo -v quiet || exit 2
dotnet test StaticSite.sln --no-build -c Debug -nologo \
  --blame-hang-timeout 5m --logger "trx" --logger "console;verbosity=minimal" --results-directory TestResults "$@"
