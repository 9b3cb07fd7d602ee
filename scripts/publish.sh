#!/bin/sh
# Build the two CopyLint CLI distributions:
#   artifacts/copylint.<version>.nupkg  a .NET tool:  dotnet tool install --global --add-source ./artifacts copylint
#   artifacts/linux-x64/copylint         a Native AOT single binary (no .NET runtime needed)
# Usage: scripts/publish.sh [rid]   (default rid: linux-x64; AOT needs clang/zlib on the build machine)
set -eu
cd "$(dirname "$0")/.."
RID=${1:-linux-x64}
OUT=${ARTIFACTS:-artifacts}

dotnet pack src/CopyLint.Cli -c Release -o "$OUT"
dotnet publish src/CopyLint.Cli -c Release -r "$RID" -p:PublishAot=true -o "$OUT/$RID"
rm -f "$OUT/$RID"/*.dbg "$OUT/$RID"/*.pdb

echo "tool package: $(ls "$OUT"/copylint.*.nupkg)"
echo "native binary: $OUT/$RID/copylint ($(du -h "$OUT/$RID/copylint" | cut -f1))"
"$OUT/$RID/copylint" rules > /dev/null && echo "native binary runs."
