#!/usr/bin/env bash
# Issue 13: cold builds of generated corpora (the five samples re-issued per province), one process per size, under
# /usr/bin/time -v for the kernel's peak RSS, then the warm rebuild of each (one document edited, rebuilt with the cache
# of the cold build; then the edit undone). STATICSITE_BENCH_STAGES=1 prints each stage's time.
#   bash bench/scale.sh [100 1000]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/StaticSite.Bench -c Release -nologo -v quiet >/dev/null
sizes=("${@:-100 1000}")
bench=bench/StaticSite.Bench/bin/Release/net10.0/StaticSite.Bench.dll
for n in ${sizes[@]}; do
  # Cold: no site, no cache (documents read before, files published before).
  rm -rf "/tmp/staticsite-scale-$n/_site" "/tmp/staticsite-scale-$n/"._site.* "/tmp/staticsite-scale-$n/.staticsite-cache"
  STATICSITE_BENCH_STAGES=1 /usr/bin/time -v dotnet "$bench" --scale "$n" 2>&1 | grep -E ' ms|^\||Elapsed|Maximum resident'
  STATICSITE_BENCH_STAGES=1 /usr/bin/time -v dotnet "$bench" --scale "$n" --warm 2>&1 | grep -E ' ms|^\||Elapsed|Maximum resident'
done
