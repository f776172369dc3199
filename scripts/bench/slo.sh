#!/usr/bin/env bash
# The SLO benchmark (a section of `make bench`, runnable alone): what SLO recording rules cost the real Prometheus
# 3.5 every day, for Vigil's rules (from its compiler), and Sloth's and Pyrra's rules of the same two SLOs.
#   1. `vigil-bench slo-setup` writes the rule files, 30 days and more of synthetic request data as OpenMetrics
#      (its true error ratios counted exactly), and the backfill plan of the recorded series;
#   2. `promtool tsdb create-blocks-from openmetrics` turns the data into one TSDB block;
#   3. Prometheus serves it on 127.0.0.1 (no scraping, no rules), and `promtool tsdb create-blocks-from rules`
#      backfills the recorded series that other rules read, pass after pass, Prometheus restarted after each
#      pass to load the new blocks;
#   4. `vigil-bench slo-measure` evaluates every recording rule at the end time through the query API with
#      `stats=all` and prints the samples each reads, per evaluation and per day, the query times and each rule
#      set's period error ratio against the true one.
# Usage: scripts/bench/slo.sh [path of a release vigil-bench]   (builds one when not given; `make bench-slo`)
#   BENCH_SLO_KEEP=1   keep the work folder (its path is printed) instead of deleting it
#   TMPDIR             where the work folder goes (4.5 GB free needed for a moment)
set -euo pipefail
given="${1:+$(realpath "$1")}"
cd "$(dirname "$0")/../.."
export PATH="$PWD/.tools/bin:$PATH"
# shellcheck source=scripts/bench/prometheus-server.sh
source scripts/bench/prometheus-server.sh
find_bench "$given"
require_prometheus_release

work="$(mktemp -d "${TMPDIR:-/tmp}/vigil-slo-bench.XXXXXX")"
# The OpenMetrics text takes 3.3 GB until promtool has read it.
free_kib="$(df -Pk "$work" | awk 'NR == 2 { print $4 }')"
if [ "$free_kib" -lt 4500000 ]; then
    echo "slo.sh: $work has $((free_kib / 1024)) MiB free; the data needs 4.5 GB for a moment (set TMPDIR)" >&2
    rmdir "$work"
    exit 1
fi
finish() {
    stop_prometheus
    if [ "${BENCH_SLO_KEEP:-}" = 1 ]; then
        echo "work folder kept: $work"
    else
        rm -rf "$work"
    fi
}
trap finish EXIT


began="$(now)"
phase="$(now)"
"$bench" slo-setup --work "$work" --reference scripts/bench/slo
echo "setup: $(since "$phase")"
promtool check rules "$work"/rules/*.yml "$work"/backfill/*.yml >/dev/null

phase="$(now)"
promtool tsdb create-blocks-from openmetrics --quiet --max-block-duration="$(setting data_block)" \
    "$work/data.om" "$work/data" >>"$work/promtool.log" 2>&1 || { cat "$work/promtool.log" >&2; exit 1; }
rm -f "$work/data.om"
echo "promtool tsdb create-blocks-from openmetrics: $(since "$phase")"

pick_port
retention="$(setting retention)"
printf 'global:\n  scrape_interval: 15s\n  evaluation_interval: %s\n' "$(setting evaluation_interval)" \
    >"$work/prometheus.yml"

# The backfill passes: promtool evaluates the rules as written, with range queries, so the series a rule reads
# must already be on the server; each pass's blocks are moved into the data folder and Prometheus restarted.
phase="$(now)"
start_prometheus
passes="$(cut -f1 "$work/backfill.tsv" | sort -un)"
for pass in $passes; do
    while IFS=$'\t' read -r step_pass start step_end block files; do
        [ "$step_pass" = "$pass" ] || continue
        read -r -a rule_files <<<"$files"
        # Relative file names: the evaluation times promtool aligns a group on hash the group's file name.
        (cd "$work/backfill" && promtool tsdb create-blocks-from rules --quiet --url="$url" \
            --start="$start" --end="$step_end" --max-block-duration="$block" \
            --eval-interval="$(setting evaluation_interval)" --output-dir="$work/blocks" "${rule_files[@]}") \
            >>"$work/promtool.log" 2>&1 || { cat "$work/promtool.log" >&2; exit 1; }
    done <"$work/backfill.tsv"
    stop_prometheus
    if [ -d "$work/blocks" ] && [ -n "$(ls -A "$work/blocks")" ]; then
        mv "$work/blocks"/* "$work/data/"
    fi
    start_prometheus
done
echo "backfill of the recorded series ($(wc -w <<<"$passes") passes, $(wc -l <"$work/backfill.tsv") promtool runs):" \
    "$(since "$phase"); $(find "$work/data" -mindepth 1 -maxdepth 1 -type d -name '0*' | wc -l) blocks"

# Prometheus merges the overlapping blocks a minute after it starts; the measurement usually ends before. The
# samples do not depend on it, the times a little: say so when it happened meanwhile.
phase="$(now)"
before="$(compactions)"
"$bench" slo-measure --work "$work" --url "$url"
if [ "$(compactions)" != "$before" ]; then
    echo "note: Prometheus compacted the backfilled blocks during the measurement"
fi
echo "measurement: $(since "$phase"); whole SLO benchmark: $(since "$began")"
