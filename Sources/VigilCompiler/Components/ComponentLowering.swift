import VigilDSL

/// Adds the stack's containers and the components' configuration files to its lowered form: Prometheus and
/// Alertmanager, then Loki and Alloy, the tracing backend, Grafana waiting for the data sources it queries,
/// the exporters, and the Docker socket proxy when Alloy or cAdvisor reads the Docker API; and the data sources
/// Grafana gets for logs and traces.
enum ComponentLowering {
    static func lower(_ stack: Stack, templates: TemplateLibrary, into resolved: inout ResolvedStack) {
        resolved.bindAddress = stack.bindAddress.address
        resolved.bindsEveryInterfaceOnPurpose = stack.bindAddress.isEveryInterfaceOnPurpose
        resolved.network = stack.network
        var rendering = ConfigRendering(templates: templates)
        var containers = [CoreContainers.prometheus(resolved, settings: stack.prometheus)]
        if let alertmanager = resolved.alertmanager {
            containers.append(CoreContainers.alertmanager(alertmanager, stack: resolved))
        }
        if let loki = stack.lokis.first {
            containers += LogsLowering.containers(loki, rendering: &rendering)
        }
        if let tracing = stack.tracings.first {
            containers.append(TracingLowering.container(tracing, rendering: &rendering))
        }
        if let grafana = stack.grafanas.first {
            let queried =
                [ResolvedPrometheus.serviceName, LogsLowering.lokiName]
                + TracingBackend.allCases.map(TracingLowering.serviceName)
            let dependencies = containers.filter { queried.contains($0.name) }.map {
                ContainerDependency(name: $0.name, waitsUntilHealthy: $0.health.isChecked)
            }
            containers.append(GrafanaLowering.container(grafana, dependencies: dependencies))
        }
        containers += stack.exporters.map { ExporterContainers.container($0, rendering: &rendering) }
        let dockerClients =
            stack.lokis.prefix(1).compactMap(LogsLowering.dockerClient)
            + stack.exporters.compactMap(ExporterContainers.dockerClient)
        if let proxy = DockerSocketProxy.container(for: dockerClients) {
            let clients = Set(dockerClients.map(\.name))
            for index in containers.indices where clients.contains(containers[index].name) {
                containers[index].dependencies.append(ContainerDependency(name: proxy.name, waitsUntilHealthy: true))
            }
            containers.append(proxy)
        }
        resolved.containers = containers
        resolved.configFiles = rendering.files
        resolved.missingTemplates = rendering.missing
        resolved.redeclarations =
            redeclarations("Grafana", stack.grafanas.map(\.location))
            + redeclarations("Loki", stack.lokis.map(\.location))
            + redeclarations("a tracing backend", stack.tracings.map(\.location))
    }

    /// The declarations after the first of a component a stack runs once.
    static func redeclarations(_ component: String, _ locations: [SourceLocation]) -> [Redeclaration] {
        guard let first = locations.first else { return [] }
        return locations.dropFirst().map { Redeclaration(component: component, first: first, location: $0) }
    }

    /// The data sources of the stack's Loki and tracing backend, for Grafana.
    static func datasources(_ stack: Stack) -> [ResolvedDatasource] {
        var datasources: [ResolvedDatasource] = []
        if !stack.lokis.isEmpty {
            datasources.append(
                ResolvedDatasource(
                    kind: .loki, url: "http://\(LogsLowering.lokiName):\(LogsLowering.lokiPort)", isDefault: false))
        }
        if let tracing = stack.tracings.first {
            let kind: DatasourceKind = tracing.backend == .jaeger ? .jaeger : .tempo
            datasources.append(
                ResolvedDatasource(
                    kind: kind,
                    url:
                        "http://\(TracingLowering.serviceName(tracing.backend)):\(TracingLowering.queryPort(tracing.backend))",
                    isDefault: false))
        }
        return datasources
    }
}
