#!/usr/bin/env bash
# The README's first command: the quickstart must tell its story and exit 0.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(dotnet run -c Release --no-build --project samples/IncidentCore.Samples.Quickstart)
echo "$out"
grep -q "Every step ended as the policy says." <<<"$out"
if grep -qiE '@example\.com|@johnsonllc|@cloudco' <<<"$(sed -n '/The audit trail/,$p' <<<"$out")"; then
  echo "the printed audit trail contains an email address"; exit 1
fi
