#!/usr/bin/env bash
# `make bench`: Vigil's compiler on synthetic stacks of 10, 100 and 1000 services (release build), the dashboard
# workload against grafanalib and grafana-foundation-sdk (in a virtual environment made here), the example
# stacks' generation, and a cold and an incremental `make generate` in a fresh clone.
#   BENCH_SKIP_PYTHON=1     skip the Python libraries
#   BENCH_SKIP_GENERATE=1   skip the cold and incremental `make generate` (a full debug build)
#   BENCH_TOUCH=<file>      the spec file touched for the incremental build (default: the largest under specs/)
set -euo pipefail
cd "$(dirname "$0")/../.."

swift="${SWIFT:-swift}"
venv=.build/bench-venv
python_packages=(grafanalib==0.7.1 grafana-foundation-sdk==0.0.21)
scratch="$(mktemp -d "${TMPDIR:-/tmp}/vigil-bench.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

# Seconds since the epoch, with nanoseconds.
now() { date +%s.%N; }
# Milliseconds between two `now` readings.
elapsed_ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", (b - a) * 1000 }'; }

section() { printf '\n== %s\n' "$1"; }

section "Machine"
echo "cores: $(nproc); CPU: $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
echo "memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "swift: $("$swift" --version 2>&1 | head -n 1)"

scripts/bootstrap.sh "$([ "${BENCH_SKIP_PYTHON:-}" = 1 ] && echo build || echo bench)"

section "Release build (not timed)"
"$swift" build -c release --product vigil-bench
"$swift" build -c release --product specs
bin="$("$swift" build -c release --show-bin-path)"

section "Synthetic stacks"
"$bin/vigil-bench" scale --services 10 100 1000

section "Dashboards against Python libraries"
if [ "${BENCH_SKIP_PYTHON:-}" = 1 ]; then
    "$bin/vigil-bench" dashboards --count 500
else
    if ! "$venv/bin/python" -c 'import grafanalib, grafana_foundation_sdk' 2>/dev/null; then
        python3 -m venv "$venv"
        "$venv/bin/pip" install --quiet --disable-pip-version-check "${python_packages[@]}"
    fi
    echo "python: $("$venv/bin/python" --version); $("$venv/bin/pip" list --disable-pip-version-check 2>/dev/null |
        awk '/^(grafanalib|grafana.foundation.sdk) / { printf "%s %s  ", $1, $2 }')"
    PYTHONWARNINGS=ignore "$bin/vigil-bench" dashboards --count 500 --python "$venv/bin/python" \
        --script scripts/bench/dashboards.py
fi

section "Example stacks: specs generate into an empty folder (release build, best of 5)"
best=""
for run in 1 2 3 4 5; do
    start="$(now)"
    "$bin/specs" generate --output "$scratch/generated-$run" >/dev/null
    ms="$(elapsed_ms "$start" "$(now)")"
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best="$ms"; fi
done
stacks="$(find "$scratch/generated-1" -mindepth 1 -maxdepth 1 -type d | wc -l)"
files="$(find "$scratch/generated-1" -type f | wc -l)"
echo "$stacks stacks, $files files: $best ms for the whole process (target: under 100 ms)"

section "make generate in a fresh clone (debug build, as a user runs it)"
if [ "${BENCH_SKIP_GENERATE:-}" = 1 ]; then
    echo "skipped (BENCH_SKIP_GENERATE=1)"
else
    git clone --quiet . "$scratch/clone"
    touched="${BENCH_TOUCH:-$(find specs -name '*.swift' -exec wc -l {} + | grep -v ' total$' | sort -n | tail -n 1 |
        awk '{ print $2 }')}"
    start="$(now)"
    make -C "$scratch/clone" generate >"$scratch/cold.log" 2>&1 || { cat "$scratch/cold.log"; exit 1; }
    cold="$(elapsed_ms "$start" "$(now)")"
    touch "$scratch/clone/$touched"
    start="$(now)"
    make -C "$scratch/clone" generate >"$scratch/incremental.log" 2>&1 || { cat "$scratch/incremental.log"; exit 1; }
    incremental="$(elapsed_ms "$start" "$(now)")"
    echo "cold (clone of HEAD, empty .build): $cold ms"
    echo "incremental after touching $touched: $incremental ms (target: under 15000 ms)"
fi
