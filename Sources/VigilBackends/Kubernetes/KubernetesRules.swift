import VigilModel

/// The rules of the Kubernetes target: what the API server and the operator would reject, or what would
/// leave a service unscraped in the cluster, reported at the spec line that causes it.
enum KubernetesRules {
    static let all: [ValidationRule] =
        [
            ValidationRule("the namespace is a DNS label", check: namespace),
            ValidationRule("object names are DNS labels", check: objectNames),
            ValidationRule("Service port names are IANA service names", check: portNames),
            ValidationRule("labels are valid Kubernetes labels", check: labels),
            ValidationRule("every scraped service says how the cluster finds it", check: selectors),
            ValidationRule("no file discovery on Kubernetes", check: fileDiscovery),
            ValidationRule("the templates the exporters' ConfigMaps render exist", check: missingTemplates),
        ] + KubernetesRoutingRules.all
    /// The rules as one, checking the stack as the cluster gets it (``ResolvedStack/deployedOnKubernetes``),
    /// which is worked out once for all of them.
    static let onDeployedStack = [
        ValidationRule(
            "the Kubernetes rules, on the stack as the cluster gets it", of: \.deployedOnKubernetes,
            checks: all.map(\.check))
    ]

    /// A template blackbox-exporter's ConfigMap needs is missing; compose's rules report it for a stack
    /// generated for compose too, so only a stack without compose gets it here.
    static func missingTemplates(_ stack: ResolvedStack) -> [Diagnostic] {
        guard !stack.targets.contains(.compose) else { return [] }
        return ExporterWorkloads.missingTemplates(stack).map(\.diagnostic)
    }

    /// File discovery reads files inside Prometheus's container, which the operator's Prometheus does not have.
    static func fileDiscovery(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.scrapeJobs.filter { job in
            job.kubernetes == .staticTargets
                && job.discovery.contains { if case .files = $0 { true } else { false } }
        }
        .map { job in
            .error(
                "unsupported-kubernetes-discovery",
                "service '\(job.name)' discovers its targets from files, which the operator's Prometheus does not have",
                at: job.location, hint: "find it by a Service selector instead: `.kubernetes(.service(...))`")
        }
    }

    static func namespace(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let kubernetes = stack.kubernetes, let problem = KubernetesNames.dnsLabelProblem(kubernetes.namespace)
        else { return [] }
        return [
            .error(
                "invalid-kubernetes-namespace", "the Kubernetes namespace '\(kubernetes.namespace)' \(problem)",
                at: kubernetes.location, hint: "e.g. '\(sanitized(kubernetes.namespace))'")
        ]
    }

    /// Each object's name with where it comes from: rule files (their first group), scraped services,
    /// dashboards, the Secrets the objects read (named after the secret, `_` as `-`), the routing's object, and
    /// the deployed exporters' workloads.
    static func objectNames(_ stack: ResolvedStack) -> [Diagnostic] {
        let firstGroups = stack.ruleGroups.map(\.path).uniqued.compactMap { path in
            stack.ruleGroups.first { $0.path == path }
        }
        let ruleFiles = firstGroups.map {
            (name: PrometheusRuleObjects.name(ofRuleFile: $0.path), what: "PrometheusRule", location: $0.location)
        }
        let scrapes = stack.scrapeJobs.filter { $0.kubernetes != nil }.map {
            (name: $0.name, what: "ServiceMonitor, PodMonitor or ScrapeConfig", location: $0.location)
        }
        let dashboards = stack.dashboards.map {
            (name: GrafanaObjects.configMapName(of: $0), what: "ConfigMap of a dashboard", location: $0.location)
        }
        let secrets = KubernetesSecret.uses(in: stack).map {
            (name: KubernetesSecret.name(of: $0.secret), what: "Secret", location: $0.secret.location)
        }
        var routing: [(name: String, what: String, location: SourceLocation)] = []
        if stack.alertmanager != nil, let kubernetes = stack.kubernetes {
            switch kubernetes.alertmanager {
            case .alertmanagerConfig:
                routing.append(
                    (
                        name: AlertmanagerConfigObjects.name(of: stack), what: "AlertmanagerConfig",
                        location: stack.location
                    ))
            case .configSecret(let name):
                routing.append(
                    (name: name, what: "Secret of the Alertmanager configuration", location: kubernetes.location))
            }
        }
        let exporters = ExporterWorkloads.deployed(stack).map {
            (name: $0.containerName, what: "Deployment and Service of an exporter", location: $0.location)
        }
        return (ruleFiles + scrapes + dashboards + secrets + routing + exporters).compactMap { object in
            KubernetesNames.dnsLabelProblem(object.name).map {
                .error(
                    "invalid-kubernetes-name", "the name '\(object.name)' of a \(object.what) \($0)",
                    at: object.location, hint: "rename it, e.g. '\(sanitized(object.name))'")
            }
        }
    }

    static func portNames(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.scrapeJobs.compactMap { job in
            guard let (_, port) = job.kubernetes?.selector, let problem = KubernetesNames.portNameProblem(port)
            else { return nil }
            return .error(
                "invalid-kubernetes-port-name", "the port name '\(port)' of service '\(job.name)' \(problem)",
                at: job.location, hint: "use the `name` of the Service's or container's port, e.g. 'http-metrics'")
        }
    }

    /// The operator's selector labels and each Service or pod selector.
    static func labels(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let kubernetes = stack.kubernetes else { return [] }
        let selectors = kubernetes.selectorLabels.map { (label: $0, location: kubernetes.location) }
        let services = stack.scrapeJobs.flatMap { job -> [(label: Label, location: SourceLocation)] in
            guard let (selector, _) = job.kubernetes?.selector else { return [] }
            return Label.sorted(selector).map { (label: $0, location: job.location) }
        }
        return (selectors + services).compactMap { labelled in
            KubernetesNames.labelProblem(key: labelled.label.name, value: labelled.label.value).map {
                .error("invalid-kubernetes-label", "Kubernetes \($0)", at: labelled.location)
            }
        }
    }

    static func selectors(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.scrapeJobs.filter { !$0.scrapesStack && $0.kubernetes == nil }.map { job in
            .error(
                "missing-kubernetes-selector",
                "service '\(job.name)' is scraped, but the stack is generated for Kubernetes and the service does "
                    + "not say how the cluster finds it",
                at: job.location,
                hint: "add `.kubernetes(.service([\"app\": \"\(job.name)\"], port: \"http-metrics\"))` to its scrape, "
                    + "or `.kubernetes(.staticTargets)` when the cluster reaches its addresses as written")
        }
    }

    /// `name` made a DNS label: lowercase, other characters as `-`, cut to 63.
    static func sanitized(_ name: String) -> String {
        let mapped = String(
            name.lowercased().map { character in
                character.isASCII && (character.isLetter || character.isNumber) ? character : "-"
            })
        let cut = mapped.prefix(KubernetesNames.maximumLength).drop { $0 == "-" }
        return String(cut.reversed().drop { $0 == "-" }.reversed())
    }
}
