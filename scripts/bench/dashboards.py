"""The dashboard workload of `make bench` in a Python library: N twelve-panel dashboards built as objects and
encoded as JSON in memory (no files). Prints the best elapsed and the best CPU time in seconds over the
repetitions.

The JSON is compact unless --indent is given: with an indent, Python's json module leaves its C encoder for
the pure-Python one, about ten times slower, so the compact form is the libraries' fastest path (their own
command-line tools indent).

The dashboards match vigil-bench's synthetic one: two variables; eight time series with two queries each, two
stats, a gauge and a table, each with a unit and thresholds.
"""

import argparse
import json
import time

PREFIX = "svc0"
REQUESTS = f'{PREFIX}_http_requests_total{{route=~"$route"}}'
JOBS = f'{PREFIX}_jobs_processed_total{{queue=~"$queue"}}'

# (title, unit, [(expr, legend), (expr, legend)]) for the eight time series.
TIME_SERIES = [
    ("Request rate", "reqps", [
        (f"sum by (method) (rate({REQUESTS}[5m]))", "{{method}}"),
        (f"sum by (method) (rate({REQUESTS}[1h]))", "{{method}} 1h"),
    ]),
    ("Error ratio", "percentunit", [
        (f'sum(rate({PREFIX}_http_requests_total{{route=~"$route",status=~"5.."}}[5m])) / sum(rate({REQUESTS}[5m]))',
         "5xx"),
        (f'sum(rate({PREFIX}_http_requests_total{{route=~"$route",status=~"4.."}}[5m])) / sum(rate({REQUESTS}[5m]))',
         "4xx"),
    ]),
    ("Latency", "s", [
        (f"histogram_quantile(0.5, sum by (le) (rate({PREFIX}_http_request_duration_seconds_bucket[5m])))", "p50"),
        (f"histogram_quantile(0.99, sum by (le) (rate({PREFIX}_http_request_duration_seconds_bucket[5m])))", "p99"),
    ]),
    ("Response bytes", "Bps", [
        (f"sum by (route) (rate({PREFIX}_http_response_size_bytes_total[5m]))", "{{route}}"),
        (f"sum(rate({PREFIX}_http_response_size_bytes_total[5m]))", "all"),
    ]),
    ("In flight", "short", [
        (f"sum by (route) ({PREFIX}_http_requests_in_flight)", "{{route}}"),
        (f"max({PREFIX}_http_requests_in_flight)", "max"),
    ]),
    ("Jobs", "ops", [
        (f"sum by (outcome) (rate({JOBS}[5m]))", "{{outcome}}"),
        (f"sum by (queue) (rate({JOBS}[5m]))", "{{queue}}"),
    ]),
    ("Job duration", "s", [
        (f"histogram_quantile(0.5, sum by (le) (rate({PREFIX}_job_duration_seconds_bucket[5m])))", "p50"),
        (f"histogram_quantile(0.95, sum by (le) (rate({PREFIX}_job_duration_seconds_bucket[5m])))", "p95"),
    ]),
    ("Queue depth", "short", [
        (f"sum by (queue) ({PREFIX}_queue_depth)", "{{queue}}"),
        (f"max({PREFIX}_queue_depth)", "max"),
    ]),
]
STATS = [
    ("Dependencies up", "short", f"sum({PREFIX}_dependency_up)"),
    ("Dependency errors", "ops", f"sum(rate({PREFIX}_dependency_errors_total[5m]))"),
]
GAUGE = ("Cache size", "bytes", f"sum({PREFIX}_cache_size_bytes)")
TABLE = ("Errors by dependency", "ops", f"sum by (dependency) (rate({PREFIX}_dependency_errors_total[5m]))")
VARIABLES = [
    ("route", f"label_values({PREFIX}_http_requests_total, route)"),
    ("queue", f"label_values({PREFIX}_jobs_processed_total, queue)"),
]
THRESHOLDS = [(None, "green"), (0.8, "orange"), (0.95, "red")]
DATASOURCE = {"type": "prometheus", "uid": "prometheus"}


def grafanalib_dashboards(count, indent):
    from grafanalib import core
    from grafanalib._gen import DashboardEncoder

    def thresholds():
        return [core.Threshold(color, index, 0.0 if value is None else value)
                for index, (value, color) in enumerate(THRESHOLDS)]

    def targets(queries):
        return [core.Target(expr=expr, legendFormat=legend, refId=chr(65 + i))
                for i, (expr, legend) in enumerate(queries)]

    def dashboard(index):
        panels = []
        for i, (title, unit, queries) in enumerate(TIME_SERIES):
            panels.append(core.TimeSeries(
                title=title, dataSource=DATASOURCE, targets=targets(queries), unit=unit, thresholds=thresholds(),
                gridPos=core.GridPos(h=8, w=12, x=12 * (i % 2), y=8 * (i // 2))))
        for i, (title, unit, expr) in enumerate(STATS):
            panels.append(core.Stat(
                title=title, dataSource=DATASOURCE, targets=targets([(expr, "")]), format=unit,
                thresholds=thresholds(), gridPos=core.GridPos(h=8, w=6, x=6 * i, y=32)))
        title, unit, expr = GAUGE
        panels.append(core.GaugePanel(
            title=title, dataSource=DATASOURCE, targets=targets([(expr, "")]), format=unit,
            thresholds=thresholds(), gridPos=core.GridPos(h=8, w=6, x=12, y=32)))
        title, unit, expr = TABLE
        panels.append(core.Table(
            title=title, dataSource=DATASOURCE, targets=targets([(expr, "")]), unit=unit, thresholds=thresholds(),
            gridPos=core.GridPos(h=8, w=6, x=18, y=32)))
        templating = core.Templating(list=[
            core.Template(name=name, query=query, dataSource=DATASOURCE, multi=True, includeAll=True)
            for name, query in VARIABLES])
        return core.Dashboard(
            title=f"Dashboard {index}", uid=f"dashboard-{index}", description="Synthetic service 0.",
            panels=panels, templating=templating).auto_panel_ids()

    return [json.dumps(dashboard(i).to_json_data(), cls=DashboardEncoder, sort_keys=True, indent=indent)
            for i in range(count)]


def foundation_dashboards(count, indent):
    from grafana_foundation_sdk.builders import dashboard as db
    from grafana_foundation_sdk.builders import gauge, prometheus, stat, table, timeseries
    from grafana_foundation_sdk.cog.encoder import JSONEncoder
    from grafana_foundation_sdk.models import dashboard as model
    from grafana_foundation_sdk.models.common import DataSourceRef

    source = DataSourceRef(type_val="prometheus", uid="prometheus")

    def thresholds():
        return db.ThresholdsConfig().mode(model.ThresholdsMode.ABSOLUTE).steps(
            [model.Threshold(value=value, color=color) for value, color in THRESHOLDS])

    def with_queries(panel, queries):
        for i, (expr, legend) in enumerate(queries):
            panel = panel.with_target(prometheus.Dataquery().expr(expr).legend_format(legend).ref_id(chr(65 + i)))
        return panel.datasource(source)

    def dashboard(index):
        builder = db.Dashboard(f"Dashboard {index}").uid(f"dashboard-{index}").description("Synthetic service 0.")
        for name, query in VARIABLES:
            builder = builder.with_variable(
                db.QueryVariable(name).query(query).datasource(source).multi(True).include_all(True))
        for title, unit, queries in TIME_SERIES:
            builder = builder.with_panel(with_queries(
                timeseries.Panel().title(title).unit(unit).thresholds(thresholds()).height(8).span(12), queries))
        for title, unit, expr in STATS:
            builder = builder.with_panel(with_queries(
                stat.Panel().title(title).unit(unit).thresholds(thresholds()).height(8).span(6), [(expr, "")]))
        title, unit, expr = GAUGE
        builder = builder.with_panel(with_queries(
            gauge.Panel().title(title).unit(unit).thresholds(thresholds()).height(8).span(6), [(expr, "")]))
        title, unit, expr = TABLE
        builder = builder.with_panel(with_queries(
            table.Panel().title(title).unit(unit).thresholds(thresholds()).height(8).span(6), [(expr, "")]))
        return builder.build()

    return [json.dumps(dashboard(i), cls=JSONEncoder, sort_keys=True, indent=indent) for i in range(count)]


WORKLOADS = {"grafanalib": grafanalib_dashboards, "foundation": foundation_dashboards}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--library", choices=sorted(WORKLOADS), required=True)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--indent", action="store_true", help="indent the JSON by two spaces")
    parser.add_argument("--dump", action="store_true", help="print the first dashboard's JSON instead of a time")
    arguments = parser.parse_args()
    workload = WORKLOADS[arguments.library]
    if arguments.dump:
        print(workload(1, 2)[0])
        return
    indent = 2 if arguments.indent else None
    workload(1, indent)  # imports and first-use costs stay out of the figure
    best_wall = best_cpu = float("inf")
    for _ in range(arguments.repetitions):
        wall, cpu = time.perf_counter(), time.process_time()
        workload(arguments.count, indent)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    print(f"{best_wall:.6f} {best_cpu:.6f}")


if __name__ == "__main__":
    main()
