#!/usr/bin/env bash
# The rule pack benchmark (a section of `make bench`, runnable alone): what the rule packs' alerts cost the real
# Prometheus 3.5 for a fleet of 100 targets of each exporter (node, cAdvisor, postgres, redis, blackbox).
#   1. `vigil-bench packs-setup` lowers a stack running every exporter, and writes the series each target would
#      serve of every metric the packs' alerts read, as far back as the alerts read them, as OpenMetrics;
#   2. `promtool tsdb create-blocks-from openmetrics` turns the data into TSDB blocks;
#   3. Prometheus serves them on 127.0.0.1 (no scraping, no rules);
#   4. `vigil-bench packs-measure` evaluates every pack alert at the end time through the query API with
#      `stats=all` and prints the samples each pack reads per evaluation, per target and per day, and the
#      server's query times.
# Usage: scripts/bench/packs.sh [path of a release vigil-bench]   (builds one when not given)
#   BENCH_PACKS_HOSTS=N   targets per job (default 100)
#   TMPDIR                where the work folder goes (about 1 GB free needed for a moment)
set -euo pipefail
given="${1:+$(realpath "$1")}"
cd "$(dirname "$0")/../.."
export PATH="$PWD/.tools/bin:$PATH"
# shellcheck source=scripts/bench/prometheus-server.sh
source scripts/bench/prometheus-server.sh
find_bench "$given"
require_prometheus_release

work="$(mktemp -d "${TMPDIR:-/tmp}/vigil-packs-bench.XXXXXX")"
trap 'stop_prometheus; rm -rf "$work"' EXIT

began="$(now)"
phase="$(now)"
"$bench" packs-setup --work "$work" --hosts "${BENCH_PACKS_HOSTS:-100}"
echo "setup: $(since "$phase")"

phase="$(now)"
promtool tsdb create-blocks-from openmetrics --quiet --max-block-duration="$(setting data_block)" \
    "$work/data.om" "$work/data" >>"$work/promtool.log" 2>&1 || { cat "$work/promtool.log" >&2; exit 1; }
rm -f "$work/data.om"
echo "promtool tsdb create-blocks-from openmetrics: $(since "$phase")"

pick_port
printf 'global:\n  scrape_interval: 15s\n' >"$work/prometheus.yml"
retention=3650d
start_prometheus
phase="$(now)"
before="$(compactions)"
"$bench" packs-measure --work "$work" --url "$url"
if [ "$(compactions)" != "$before" ]; then
    echo "note: Prometheus compacted the blocks during the measurement"
fi
echo "measurement: $(since "$phase"); whole rule pack benchmark: $(since "$began")"
