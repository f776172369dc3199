import VigilModel

/// What docker compose runs for a stack, built from the target-independent model by the compose backend:
/// Prometheus and Alertmanager, then Loki and Alloy, the tracing backend, VictoriaMetrics, Grafana waiting for the data sources it
/// queries, the exporters, and the Docker socket proxy when Alloy or cAdvisor reads the Docker API; and the
/// configuration files the components read, rendered from the package's templates.
package struct ComposeProject: Sendable {
    /// The containers, Prometheus first, in a fixed order.
    package var containers: [ResolvedContainer]
    /// The configuration files the components read, rendered from `templates/`.
    package var configFiles: [ResolvedConfigFile]
    /// The templates a component needs that the library lacks.
    package var missingTemplates: [MissingTemplate]

    /// The project of `stack`.
    package init(_ stack: ResolvedStack) {
        let components = stack.components
        var rendering = ConfigRendering(templates: stack.templates)
        var containers = CoreContainers.prometheus(stack)
        if let alertmanager = stack.alertmanager {
            containers += CoreContainers.alertmanager(alertmanager, stack: stack)
        }
        if let loki = components.lokis.first {
            containers += LogsLowering.containers(loki, rendering: &rendering)
        }
        if let tracing = components.tracings.first {
            containers.append(TracingLowering.container(tracing, rendering: &rendering))
        }
        if let store = components.longTermStores.first {
            containers.append(LongTermStoreLowering.container(store, prometheus: stack.prometheus))
        }
        if let grafana = components.grafanas.first {
            let queried =
                stack.prometheus.replicas.map(\.name) + [LogsLowering.lokiName, LongTermStoreLowering.name]
                + TracingBackend.allCases.map(TracingLowering.serviceName)
            let dependencies = containers.filter { queried.contains($0.name) }.map {
                ContainerDependency(name: $0.name, waitsUntilHealthy: $0.health.isChecked)
            }
            containers.append(GrafanaLowering.container(grafana, dependencies: dependencies))
        }
        containers += components.exporters.map { ExporterContainers.container($0, rendering: &rendering) }
        let dockerClients =
            components.lokis.prefix(1).compactMap(LogsLowering.dockerClient)
            + components.exporters.compactMap(ExporterContainers.dockerClient)
        DockerSocketProxy.serve(dockerClients, in: &containers)
        self.containers = containers
        configFiles = rendering.files
        missingTemplates = rendering.missing
    }

    /// Every secret its containers read, sorted by name, then service and purpose.
    package var secretUses: [SecretUse] {
        Set(containers.flatMap(\.secretUses)).sorted {
            ($0.name, $0.service, $0.purpose) < ($1.name, $1.service, $1.purpose)
        }
    }
}
