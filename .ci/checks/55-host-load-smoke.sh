#!/usr/bin/env bash
# The web API load test must keep running: one tiny bounded run of each endpoint on loopback (200 requests after 20
# warm-up, 8 at a time, 20 s limit per run; about 3 s in all). Nothing here asserts a timing: the command exits
# non-zero when any request is not answered 201 Created, and the check fails with it.
set -euo pipefail
cd "$(dirname "$0")/../.."
timeout 120 dotnet run -c Release --no-build --project benchmarks/IncidentCore.Benchmarks -- \
  host-load --requests 200 --warmup 20 --concurrency 8 --rounds 1 --time-limit 20
