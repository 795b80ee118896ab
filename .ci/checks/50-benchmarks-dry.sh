#!/usr/bin/env bash
# The benchmark suite must keep compiling and running: every benchmark once, in process (--job dry).
# Nothing here asserts a timing; it fails only when a benchmark cannot run or its workload halts.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet run -c Release --no-build --project benchmarks/IncidentCore.Benchmarks -- \
  --filter '*' --job dry --inProcess --artifacts "$out" --stopOnFirstError | tee "$out/run.log" | grep -E '^\||Benchmark:|Exception' || true
found=$(sed -n 's/.*Found \([0-9]*\) benchmark(s) in total.*/\1/p' "$out/run.log" | head -1)
if [ -z "$found" ] || [ "$found" -eq 0 ]; then echo "no benchmarks found"; exit 1; fi
if grep -qE 'Exception|ExecuteException|failed to run|Benchmark .* has failed' "$out/run.log"; then echo "a benchmark failed"; exit 1; fi
rows=$(grep -cE "^\| '" "$out/run.log" || true)
echo "benchmarks dry run: $found found, $rows result rows"
[ "$rows" -ge "$found" ]
