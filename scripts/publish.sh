#!/usr/bin/env bash
# Builds the self-contained single-file executables of staticsite (no .NET needed on the target machine):
#   dist/win-x64/staticsite.exe   for Windows 10/11 and Windows Server (64-bit)
#   dist/linux-x64/staticsite     for 64-bit Linux (glibc)
# Usage: bash scripts/publish.sh [RID...]   (default: win-x64 linux-x64). Needs the .NET 10 SDK and the NuGet registry
# (it downloads the .NET runtime pack of each RID once).
set -euo pipefail
cd "$(dirname "$0")/.."
rids=("$@")
[ ${#rids[@]} -gt 0 ] || rids=(win-x64 linux-x64)
for rid in "${rids[@]}"; do
  out="dist/$rid"
  rm -rf "$out"
  # IncludeAllContentForSelfExtract: the theme's Razor templates are compiled at run time by Roslyn, which reads the
  # assemblies it compiles against from disk; the executable unpacks them once into a cache folder
  # (DOTNET_BUNDLE_EXTRACT_BASE_DIR, by default under the user's profile) on its first run.
  dotnet publish src/StaticSite.Cli/StaticSite.Cli.csproj -c Release -r "$rid" --self-contained true \
    -p:PublishSingleFile=true -p:IncludeAllContentForSelfExtract=true -p:EnableCompressionInSingleFile=true \
    -p:DebugType=none -p:GenerateDocumentationFile=false -o "$out" -nologo
  echo "publish.sh: $out/$(ls "$out" | grep -m1 '^staticsite')"
done
