import VigilCore

/// The image versions a generated stack runs unless the spec (`version:`) or the environment
/// (`GRAFANA_VERSION=...`) says otherwise: the one table to update when upgrading.
///
/// Each image's healthcheck depends on what the image contains; ``ContainerLowering`` says which tool each
/// one uses. Check them when moving to a new major version. Prometheus and Alertmanager are pinned to the
/// release the tools that prove the stack are (``ProvingTools``): the same minor version, and the same patch.
public enum PinnedImages {
    /// Prometheus 3.5, the long-term-support line, at the patch Debian's promtool is (busybox: `wget`).
    public static let prometheus = ContainerImage(
        repository: "prom/prometheus", tag: "v3.5.3", versionVariable: "PROMETHEUS_VERSION")
    /// Alertmanager 0.28, at the patch Debian's amtool is (busybox: `wget`).
    public static let alertmanager = ContainerImage(
        repository: "prom/alertmanager", tag: "v0.28.1", versionVariable: "ALERTMANAGER_VERSION")
    /// Grafana 12, whose dashboard schema the dashboards are written for (Alpine: `wget`).
    public static let grafana = ContainerImage(
        repository: "grafana/grafana", tag: "12.2.0", versionVariable: "GRAFANA_VERSION")
    /// Loki 3.7 (distroless: no shell; the binary's own `-health` probe).
    public static let loki = ContainerImage(repository: "grafana/loki", tag: "3.7.1", versionVariable: "LOKI_VERSION")
    /// Grafana Alloy, which replaced Promtail (Ubuntu: `bash`, no `wget` or `curl`).
    public static let alloy = ContainerImage(
        repository: "grafana/alloy", tag: "v1.19.2", versionVariable: "ALLOY_VERSION")
    /// Jaeger v2, built on the OpenTelemetry Collector (Alpine: `wget`).
    public static let jaeger = ContainerImage(
        repository: "jaegertracing/jaeger", tag: "2.19.0", versionVariable: "JAEGER_VERSION")
    /// Tempo 2.10 (distroless, and no health command: no healthcheck).
    public static let tempo = ContainerImage(
        repository: "grafana/tempo", tag: "2.10.5", versionVariable: "TEMPO_VERSION")
    /// VictoriaMetrics, single node, at the release Debian's `victoria-metrics` is (Alpine: `wget`).
    public static let victoriaMetrics = ContainerImage(
        repository: "victoriametrics/victoria-metrics", tag: "v1.145.0", versionVariable: "VICTORIA_METRICS_VERSION")
    /// node-exporter (busybox: `wget`).
    public static let nodeExporter = ContainerImage(
        repository: "prom/node-exporter", tag: "v1.9.1", versionVariable: "NODE_EXPORTER_VERSION")
    /// cAdvisor (Alpine: `wget`).
    public static let cadvisor = ContainerImage(
        repository: "gcr.io/cadvisor/cadvisor", tag: "v0.52.1", versionVariable: "CADVISOR_VERSION")
    /// postgres-exporter (busybox: `wget`).
    public static let postgresExporter = ContainerImage(
        repository: "prometheuscommunity/postgres-exporter", tag: "v0.19.1",
        versionVariable: "POSTGRES_EXPORTER_VERSION")
    /// redis-exporter, its Alpine variant: the default image is `FROM scratch` and could run no healthcheck.
    public static let redisExporter = ContainerImage(
        repository: "oliver006/redis_exporter", tag: "v1.74.0-alpine", versionVariable: "REDIS_EXPORTER_VERSION")
    /// socket-proxy, which lets Alloy and cAdvisor read the Docker API without the Docker socket: an allow-list of
    /// requests by method and path (`FROM scratch`: its own `/healthcheck` binary).
    public static let dockerSocketProxy = ContainerImage(
        repository: "wollomatic/socket-proxy", tag: "1.12.2", versionVariable: "SOCKET_PROXY_VERSION")
    /// blackbox-exporter (busybox: `wget`).
    public static let blackboxExporter = ContainerImage(
        repository: "prom/blackbox-exporter", tag: "v0.27.0", versionVariable: "BLACKBOX_EXPORTER_VERSION")
}
