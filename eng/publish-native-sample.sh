#!/usr/bin/env bash
# Publishes samples/CloudTasks as native AOT (PublishAot is set in its project) with every trim and AOT warning
# an error, then runs the demo with the native executable, which must exit with 0.
set -euo pipefail
cd "$(dirname "$0")/.."

output=artifacts/publish/CloudTasks/release
rm -rf "$output"
start=$(date +%s)
dotnet publish samples/CloudTasks -c Release -warnaserror
published=$(date +%s)

# An IL publish would have left the managed assembly beside an apphost.
if [ -e "$output/CloudTasks.dll" ] || [ ! -x "$output/CloudTasks" ]; then
  echo "$output does not hold a native executable"
  exit 1
fi

"$output/CloudTasks"
echo "native AOT: published in $((published - start)) s ($(du -h "$output/CloudTasks" | cut -f1) executable); the native demo exited with 0"
