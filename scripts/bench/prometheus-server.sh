# shellcheck shell=bash
# What the benchmarks that measure rules on the real Prometheus share (sourced by slo.sh and packs.sh): the
# release the stacks deploy, a free port, and Prometheus serving a data folder on 127.0.0.1 without scraping or
# rules. The caller sets `work` (its work folder, with prometheus.yml) and `retention` before starting it.

# Sets `bench` to the vigil-bench given (a path, made absolute), or builds a release one when none is.
# `SWIFT` names the swift to build with.
find_bench() {
    local swift="${SWIFT:-swift}"
    bench="${1:+$(realpath "$1")}"
    if [ -z "$bench" ]; then
        "$swift" build -c release --static-swift-stdlib --product vigil-bench
        bench="$("$swift" build -c release --static-swift-stdlib --show-bin-path)/vigil-bench"
    fi
}

# A setting the setup command wrote into "$work/setup.env".
# shellcheck disable=SC2154
setting() { sed -n "s/^$1=//p" "$work/setup.env"; }

# Prometheus and promtool of the release the stacks deploy (scripts/proving-tools.tsv), installed when missing.
require_prometheus_release() {
    local release tool
    release="$(awk -F'\t' '$1 == "prometheus" { print $2 }' scripts/proving-tools.tsv)"
    has_release() { command -v "$1" >/dev/null && "$1" --version 2>&1 | head -n 1 | grep -q "version $release\."; }
    if ! has_release prometheus || ! has_release promtool; then
        scripts/bootstrap.sh tools
    fi
    for tool in prometheus promtool; do
        if ! has_release "$tool"; then
            echo "$0: $tool $release is needed: $(command -v "$tool" || echo none found)" >&2
            exit 1
        fi
    done
    echo "$(prometheus --version 2>&1 | head -n 1); $(promtool --version 2>&1 | head -n 1)"
}

# Sets `port` to one on 127.0.0.1 that nothing listens on, and `url` to the server's address there.
pick_port() {
    local candidate
    port=""
    for candidate in $(seq 19190 19290); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            port="$candidate"
            break
        fi
    done
    [ -n "$port" ] || { echo "$0: no free port in 19190-19290" >&2; exit 1; }
    url="http://127.0.0.1:$port"
}

prometheus_pid=""

# Prometheus on "$work/data", no scrape and no rules; a retention long enough that no block is dropped (it
# counts from the newest block, not from the wall clock). `work` and `retention` are the sourcing script's.
# shellcheck disable=SC2154
start_prometheus() {
    prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/data" \
        --storage.tsdb.retention.time="$retention" --web.listen-address="127.0.0.1:$port" \
        --log.level=warn >>"$work/prometheus.log" 2>&1 &
    prometheus_pid=$!
    for _ in $(seq 1 300); do
        if curl --silent --fail "$url/-/ready" >/dev/null 2>&1; then
            return 0
        fi
        if ! kill -0 "$prometheus_pid" 2>/dev/null; then
            cat "$work/prometheus.log" >&2
            exit 1
        fi
        sleep 0.2
    done
    echo "$0: Prometheus was not ready within a minute" >&2
    exit 1
}

stop_prometheus() {
    if [ -n "$prometheus_pid" ]; then
        kill "$prometheus_pid" 2>/dev/null || true
        wait "$prometheus_pid" 2>/dev/null || true
        prometheus_pid=""
    fi
}

# The server's compactions so far: Prometheus merges overlapping blocks a minute after it starts.
compactions() {
    curl --silent "$url/metrics" | awk '/^prometheus_tsdb_compactions_total / { print $2 }'
}

# Seconds since the epoch, with nanoseconds, and the seconds between two readings.
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }
