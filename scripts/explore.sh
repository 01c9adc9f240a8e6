#!/usr/bin/env bash
# Runs the reader's property tests long, on fresh random seeds (not part of CI, which runs a fixed list of seeds).
# Usage: bash scripts/explore.sh [SECONDS_PER_TEST=300] [ROUNDS=1]
# Prints every failing seed; to keep one, add it to PropertyTests.Seeds and its mutated text with the line it lost under
# tests/Fixtures/property/<seed>.input.txt and <seed>.lost.txt. Exit 1 when a seed failed.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
rounds="${2:-1}"
dotnet build tests/StaticSite.Core.Tests -c Release -nologo -v quiet || exit 2
failed=0
for round in $(seq 1 "$rounds"); do
  out="$(STATICSITE_EXPLORE_SECONDS="$seconds" dotnet test tests/StaticSite.Core.Tests -c Release --no-build -nologo \
    --filter "FullyQualifiedName~PropertyTests&FullyQualifiedName!~Issue16" --logger "console;verbosity=normal" 2>&1)"
  seeds="$(grep -o 'CsCheck_Seed=[^ ]*' <<<"$out" | sort -u)"
  if [ -n "$seeds" ]; then
    failed=1
    echo "round $round: failing seeds:"
    sed 's/^CsCheck_Seed=/  /' <<<"$seeds"
    grep -E '(lost|twice):|^\s+[0-9]+: ' <<<"$out" | head -20
  else
    echo "round $round: no failure in ${seconds}s per test"
  fi
done
exit $failed
