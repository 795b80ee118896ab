#!/usr/bin/env bash
# Trimming proof: publish the quickstart trimmed and self-contained (trim analysis warnings fail the build),
# then run the trimmed binary and check it still tells the whole story.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
dotnet publish "$ROOT/samples/IncidentCore.Samples.Quickstart/IncidentCore.Samples.Quickstart.csproj" \
  -c Release -r linux-x64 --self-contained -p:PublishTrimmed=true -o "$OUT/app" >"$OUT/publish.log" 2>&1 || { cat "$OUT/publish.log"; exit 1; }
grep -E "warning (IL|CS)" "$OUT/publish.log" && { echo "trimmed publish reported warnings"; exit 1; }
"$OUT/app/IncidentCore.Samples.Quickstart" >"$OUT/run.txt"
tail -1 "$OUT/run.txt"
grep -q "Every step ended as the policy says." "$OUT/run.txt"
echo "trimmed quickstart: $(du -sh "$OUT/app" | cut -f1) self-contained, ran to the end"
