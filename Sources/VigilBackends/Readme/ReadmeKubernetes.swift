import VigilModel

/// The README's Kubernetes section, for a stack generated for that target: what `kubernetes/` holds, the
/// Secrets to create, `kubectl apply -k`, the chart values the objects need, and what is not there yet.
enum ReadmeKubernetes {
    static func lines(_ stack: ResolvedStack) -> [String] {
        guard let kubernetes = stack.kubernetes, stack.targets.contains(.kubernetes) else { return [] }
        let namespace = kubernetes.namespace
        let labels = kubernetes.selectorLabels.map { "`\($0.name): \($0.value)`" }.joined(separator: ", ")
        var lines = [
            "## Deploying on Kubernetes",
            "",
            "`\(KubernetesObject.folder)/` holds the stack for a cluster whose Prometheus, Alertmanager and Grafana run"
                + " through the Prometheus Operator, as kube-prometheus-stack installs them, in the namespace"
                + " \(Markdown.code(namespace)): a `PrometheusRule` per rule file (the same groups as"
                + " `prometheus/rules/`, which the promtool tests prove), a `ServiceMonitor` per service found by a"
                + " Service selector, a `PodMonitor` per service found by pod labels and a `ScrapeConfig` per service"
                + " scraped at static addresses (each keeps the service's name as its `job` label), and each dashboard in a ConfigMap for Grafana's sidecar"
                + " (`grafana_dashboard: \"1\"`, its folder in the `\(ResolvedKubernetes.folderAnnotation)`"
                + " annotation)."
                + " The operator's objects carry \(labels), which its selectors match.",
            "",
            "```sh",
            "kubectl create namespace \(namespace)   # unless it exists",
        ]
        let uses = KubernetesSecret.uses(in: stack)
        for use in uses {
            let username = use.username.map { " --from-literal=\(KubernetesSecret.usernameKey)=\($0)" } ?? ""
            lines.append(
                "kubectl create secret generic \(KubernetesSecret.name(of: use.secret)) --namespace \(namespace)"
                    + " --from-file=\(use.secret.name)=\(SecretsEmitter.folder)/\(use.secret.name)\(username)")
        }
        lines += [
            "kubectl apply --server-side -k \(KubernetesObject.folder)/",
            "```",
            "",
            "`--server-side`, because a client-side apply keeps a copy of each object in an annotation of at most"
                + " 256 KiB, which a large dashboard's ConfigMap exceeds.",
            "",
        ]
        if !uses.isEmpty {
            lines += [
                "No Secret is written: each is created from the file of the same name under"
                    + " \"Secrets\", under the secret's name with `-` for `_`.",
                "",
            ]
        }
        lines += routing(stack, kubernetes: kubernetes) + exporters(stack, namespace: namespace)
        return lines + [
            "Grafana's sidecar reads ConfigMaps of its own namespace unless the chart's values say"
                + " `grafana.sidecar.dashboards.searchNamespace: ALL`"
                + " (and `grafana.sidecar.datasources.searchNamespace`);"
                + " `grafana.sidecar.dashboards.provider.foldersFromFilesStructure: true` makes the annotation a"
                + " folder. The chart's Grafana provisions the Prometheus and Alertmanager data sources under the uids"
                + " the dashboards use; other data sources are in a ConfigMap labelled `grafana_datasource: \"1\"`,"
                + " at their compose addresses: Services of those names in Grafana's namespace.",
            "",
        ] + longTermStore(stack) + [
            "Not on Kubernetes yet: Loki and tracing. Their rule packs and dashboards, and Grafana's, stay with the"
                + " compose deployment: the cluster runs none of the stack's Loki, Alloy or tracing backend, and"
                + " scrapes the chart's Grafana under the chart's own job."
                + " The stack's own alerts on Prometheus and Alertmanager watch every target and server the cluster's"
                + " Prometheus has, as kube-prometheus-stack's default rules do too (its `Watchdog` among them):"
                + " keep one set, e.g. with the chart's `defaultRules.create: false`."
        ]
    }

    /// What the stack's VictoriaMetrics, a compose service, is on Kubernetes: nothing deploys it.
    static func longTermStore(_ stack: ResolvedStack) -> [String] {
        guard !stack.components.longTermStores.isEmpty else { return [] }
        return [
            "VictoriaMetrics runs in the compose deployment only: Grafana gets no data source for it here, and"
                + " the remote write to \(Markdown.code(VictoriaMetrics.writeURL)) reaches a store only where a"
                + " Service \(Markdown.code(VictoriaMetrics.serviceName)) in Prometheus's namespace serves one"
                + " (or point the remote write at the cluster's long-term store).",
            "",
        ]
    }

    /// How the routing reaches the operator's Alertmanager, and the chart values beside the objects.
    static func routing(_ stack: ResolvedStack, kubernetes: ResolvedKubernetes) -> [String] {
        let values = "`\(KubernetesObject.folder)/\(KubePrometheusStackValues.fileName)`"
        let chart =
            "\(values) holds kube-prometheus-stack values for a release that serves this stack: its Prometheus"
            + " selects the objects by their labels and keeps samples as long as the compose target's."
        guard let alertmanager = stack.alertmanager else { return [chart, ""] }
        switch kubernetes.alertmanager {
        case .alertmanagerConfig:
            let object = AlertmanagerConfigObjects.name(of: stack)
            return [
                "The routing is the `AlertmanagerConfig` \(Markdown.code(object)). The operator merges it into its"
                    + " Alertmanager's configuration as the first route below the root, matching"
                    + " `namespace=\"\(kubernetes.namespace)\"` and with `continue: true`, and prefixes every receiver"
                    + " and schedule with `\(kubernetes.namespace)/\(object)/`; its inhibitions match that namespace"
                    + " on both sides. An alert reaches these routes only when it carries"
                    + " `namespace=\"\(kubernetes.namespace)\"`. " + chart
                    + " The values also add that label to the alerts of the release's Prometheus (an external label,"
                    + " which an alert's own `namespace` overrides), select the object by its labels, and give"
                    + " Alertmanager the notification templates and the resolve timeout, which the object cannot"
                    + " carry.",
                "",
            ]
        case .configSecret(let name):
            let secrets = alertmanager.secrets.map { Markdown.code(KubernetesSecret.name(of: $0)) }.uniqued
            return [
                "The routing is the whole `alertmanager.yaml` of the compose target, with the notification"
                    + " templates, in the Secret \(Markdown.code(name)); it holds no credential, since every one is"
                    + " read from a file: the Secrets above, which the operator mounts below"
                    + " `\(AlertmanagerSecretObjects.secretsFolder)/<Secret>/`"
                    + (secrets.isEmpty
                        ? "." : " when `alertmanagerSpec.secrets` lists them (\(secrets.joined(separator: ", "))).")
                    + " Alertmanager must run in the namespace \(Markdown.code(kubernetes.namespace)) to read them. "
                    + chart + " The values point its Alertmanager at that Secret (`useExistingSecret`, `configSecret`)"
                    + " and mount the Secrets.",
                "",
            ]
        }
    }

    /// What the Kubernetes target runs of the stack's exporters, how they are scraped and hardened, and why
    /// node-exporter and cAdvisor are not among them.
    static func exporters(_ stack: ResolvedStack, namespace: String) -> [String] {
        let exporters = stack.components.exporters
        guard !exporters.isEmpty else { return [] }
        var lines: [String] = []
        let deployed = ExporterWorkloads.deployed(stack)
        if !deployed.isEmpty {
            let names = deployed.map { Markdown.code($0.containerName) }.joined(separator: ", ")
            var text =
                "The exporters run in the namespace as a `Deployment` and a `Service` each (\(names)), named as"
                + " under compose, so their compose addresses resolve in the namespace too. They run the same pinned"
                + " images as the same users, and are hardened alike: not root (`runAsNonRoot`, the user and group"
                + " by number), a read-only root file system, no privilege escalation, every capability dropped, the"
                + " runtime's default seccomp profile, no service-account token, and requests equal to compose's"
                + " limits; Kubernetes checks each on its health path. A password is a file of a mounted Secret"
                + " (below `/etc/secrets/<Secret>/`), never a value."
            let monitored = deployed.filter { if case .blackbox = $0.kind { false } else { true } }
            if !monitored.isEmpty {
                text +=
                    " Prometheus scrapes \(monitored.map { Markdown.code($0.containerName) }.joined(separator: " and "))"
                    + " through the Service, by a `ServiceMonitor` keeping the exporter's job as the `job` label."
            }
            if monitored.count < deployed.count {
                text +=
                    " blackbox-exporter reads its modules from a ConfigMap, and each probe is in a `Probe` of its"
                    + " module whose prober is that Service: the probed addresses must resolve from the namespace"
                    + " \(Markdown.code(namespace)), as a Service's name does."
            }
            lines += [text, ""]
        }
        let provided = exporters.filter { !$0.kind.isDeployedOnKubernetes }
        if !provided.isEmpty {
            let names = provided.map { "the job \(Markdown.code($0.job))" }.joined(separator: " and ")
            lines += [
                "Not deployed: \(provided.map { Markdown.code($0.containerName) }.joined(separator: " and ")). On a cluster, kube-prometheus-stack runs node-exporter as a DaemonSet"
                    + " on every node and scrapes the kubelet's cAdvisor, which a Deployment in one namespace cannot"
                    + " replace: one pod sees one node. The chart scrapes them under its own job names"
                    + " (`node-exporter`, `kubelet`), so the rules and dashboards that select \(names) match only"
                    + " once the chart's monitors relabel `job` to the stack's names.",
                "",
            ]
        }
        return lines
    }
}
