#!/usr/bin/env bash
# `make bench`, in a release build: the example stacks' generation, the dashboard workload against grafanalib and
# grafana-foundation-sdk (in a virtual environment made here), `specs import` of 1,000 synthetic rules and 100
# dashboards, Vigil's compiler on synthetic stacks of 10, 100 and 1000 services, a cold and an incremental
# `make generate` in a fresh clone, what SLO recording rules cost the real Prometheus (scripts/bench/slo.sh:
# Vigil's, Sloth's and Pyrra's rules of the same two SLOs), and what the rule packs' alerts cost it for 100 targets
# of each exporter (scripts/bench/packs.sh).
#   BENCH_SKIP_PYTHON=1     skip the Python libraries
#   BENCH_SKIP_GENERATE=1   skip the cold and incremental `make generate` (a full debug build)
#   BENCH_SKIP_SLO=1        skip the SLO rules on Prometheus (about two minutes; 3.3 GB of data written, then deleted)
#   BENCH_SKIP_PACKS=1      skip the rule packs on Prometheus (about a minute and a half; 450 MB written, then deleted)
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

# The Swift runtime and Foundation are linked into the binaries, as a compiler is shipped: loading them as
# shared libraries costs about 5 ms at every start.
section "Release build, runtime linked statically (not timed)"
release=(-c release --static-swift-stdlib)
"$swift" build "${release[@]}" --product vigil-bench
"$swift" build "${release[@]}" --product specs
bin="$("$swift" build "${release[@]}" --show-bin-path)"

# The example stacks and the dashboard comparison come before the synthetic stacks, which write 150 MB in some
# 8,000 files and delete them: the kernel's writeback of those files takes a core for half a minute, and for
# minutes after the deletions ext4 skips the freed inodes when it looks for free ones, so creating a file costs
# several times more system time.
section "Example stacks: specs generate into an empty folder, and specs check (release build, best of 10)"
# Runs `$@` ten times; prints the best elapsed milliseconds and the CPU milliseconds (user + system) of that run.
best_of_ten() {
    local best="" cpu="" run times
    for run in $(seq 1 10); do
        times="$( { TIMEFORMAT='%R %U %S'; time "$@" "$run" >/dev/null; } 2>&1 )"
        read -r ms run_cpu < <(awk '{ printf "%.0f %.0f", $1 * 1000, ($2 + $3) * 1000 }' <<<"$times")
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best="$ms"; cpu="$run_cpu"; fi
    done
    echo "$best ms elapsed ($cpu ms CPU)"
}
# --no-format-check: the generator alone, without the swift format lint of specs/ that generate runs first.
generate_into() { "$bin/specs" generate --no-format-check --output "$scratch/generated-$1"; }
check_generated() { "$bin/specs" check; }
generated="$(best_of_ten generate_into)"
checked="$(best_of_ten check_generated)"
stacks="$(find "$scratch/generated-1" -mindepth 1 -maxdepth 1 -type d | wc -l)"
files="$(find "$scratch/generated-1" -type f | wc -l)"
echo "$stacks stacks, $files files, whole process (target: under 100 ms)"
echo "  generate into an empty folder:            $generated"
# Creating 204 new files costs the kernel from 10 ms to a few hundred on this VM's disk, depending on what was
# deleted in the minutes before: the same into a memory file system shows what the generator itself takes.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    memory="$(mktemp -d /dev/shm/vigil-bench.XXXXXX)"
    generate_into_memory() { "$bin/specs" generate --no-format-check --output "$memory/generated-$1"; }
    echo "  generate into an empty folder in /dev/shm: $(best_of_ten generate_into_memory)"
    rm -rf "$memory"
fi
echo "  check against generated/ (no writes):     $checked"

# The example stacks' generated files are flushed first, so that their writeback does not share the cores.
sync
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

section "specs import: 1,000 rules and 100 dashboards"
"$bin/vigil-bench" import --rules 1000 --dashboards 100

section "Synthetic stacks"
"$bin/vigil-bench" scale --services 10 100 1000

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

# Last: it writes 3.3 GB of OpenMetrics text and a 50 MB TSDB, whose writeback would share the cores with the
# sections above.
section "SLO rules on Prometheus: Vigil's, Sloth's and Pyrra's, on 30 days of synthetic requests"
if [ "${BENCH_SKIP_SLO:-}" = 1 ]; then
    echo "skipped (BENCH_SKIP_SLO=1)"
else
    SWIFT="$swift" scripts/bench/slo.sh "$bin/vigil-bench"
fi

section "Rule packs on Prometheus: every pack alert over 100 targets of each exporter"
if [ "${BENCH_SKIP_PACKS:-}" = 1 ]; then
    echo "skipped (BENCH_SKIP_PACKS=1)"
else
    SWIFT="$swift" scripts/bench/packs.sh "$bin/vigil-bench"
fi
