#!/usr/bin/env bash
# Issue 13, search: bytes a real Chromium (/usr/bin/chromium) loads for three queries and the time to first results, on
# the built 100-program corpus and on its search entries repeated ×10 (1,000 programs' worth: the provinces renamed, as
# bench/scale.sh would name them), written with this build's SearchShards and read by this theme's search.js.
#   bash bench/search.sh [DIR]      DIR: a corpus folder with a built _site (default /tmp/staticsite-scale-100;
#                                   bench/scale.sh 100 builds it)
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-/tmp/staticsite-scale-100}"
dotnet build bench/StaticSite.Bench -c Release -nologo -v quiet >/dev/null
bench=bench/StaticSite.Bench/bin/Release/net10.0/StaticSite.Bench.dll
dotnet "$bench" --search-payload "$dir/_site"
dotnet "$bench" --search-payload "$dir/_site" --times 10 --provinces 20 --out "$dir/_search-x10"
