#!/usr/bin/env bash
# Issue 13: Hugo side by side. The same 1,000 texts (the corpus of bench/scale.sh) as bare Markdown pages with a one-line
# template, rendered by Debian's hugo (installed with apt-get when missing), alternating with our cold build, RUNS times.
#   bash bench/hugo.sh [PROGRAMS=1000] [RUNS=1]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"; runs="${2:-1}"
command -v hugo >/dev/null || { apt-get update -qq && apt-get install -y -qq hugo >/dev/null; }
dotnet build bench/StaticSite.Bench -c Release -nologo -v quiet >/dev/null
corpus="/tmp/staticsite-scale-$n"
[ -d "$corpus/content" ] || dotnet bench/StaticSite.Bench/bin/Release/net10.0/StaticSite.Bench.dll --scale "$n" >/dev/null
site="/tmp/staticsite-hugo-$n"
rm -rf "$site"; mkdir -p "$site/content" "$site/layouts/_default"
printf 'baseURL = "http://localhost/"\ntitle = "Bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n' > "$site/hugo.toml"
echo '<!doctype html><title>{{ .Title }}</title>{{ .Content }}' > "$site/layouts/_default/single.html"
echo '<!doctype html><title>{{ .Title }}</title>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}' > "$site/layouts/_default/list.html"
cp "$site/layouts/_default/list.html" "$site/layouts/index.html"
for f in "$corpus"/content/*.txt; do
  b="$(basename "$f" .txt)"; { printf -- '---\ntitle: "%s"\n---\n\n' "$b"; cat "$f"; } > "$site/content/$b.md"
done
for r in $(seq "$runs"); do
  rm -rf "$site/public"
  s=$(date +%s.%N); hugo --quiet -s "$site" >/dev/null; e=$(date +%s.%N)
  hugo_s=$(echo "$e - $s" | bc)
  rm -rf "$corpus/_site" "$corpus/.staticsite-cache"
  s=$(date +%s.%N); dotnet bench/StaticSite.Bench/bin/Release/net10.0/StaticSite.Bench.dll --scale "$n" >/dev/null; e=$(date +%s.%N)
  ours_s=$(echo "$e - $s" | bc)
  printf '| run %s | hugo %.1f s | staticsite %.1f s | ratio %.1f |\n' "$r" "$hugo_s" "$ours_s" "$(echo "$ours_s / $hugo_s" | bc -l)"
done
rm -rf "$site"
