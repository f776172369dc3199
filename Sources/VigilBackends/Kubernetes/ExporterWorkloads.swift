import VigilModel
import YAMLKit

/// The exporters the stack runs, as workloads of its namespace: for each of postgres-exporter, redis-exporter
/// and blackbox-exporter a `Deployment` of one replica and a `Service` of its container's name, so that the
/// compose address (`postgres-exporter:9187`) resolves in the namespace too; blackbox-exporter's modules in a
/// ConfigMap. They run as compose runs them (``ExporterProfile``: the pinned image, the user, the limits and
/// the health path), hardened the same way: not root, a read-only root file system, no privilege escalation, no
/// capability, the runtime's seccomp profile, and no service-account token. Passwords are files of mounted
/// Secrets, never values. node-exporter and cAdvisor are not deployed: kube-prometheus-stack runs
/// node-exporter as a DaemonSet on every node, and the kubelet serves cAdvisor's metrics.
enum ExporterWorkloads {
    /// The name of every Service's and container's metrics port.
    static let portName = "metrics"

    /// The folder a Secret's keys are mounted in: `/etc/secrets/<Secret>/`.
    static func secretFolder(_ secret: Secret) -> String { "/etc/secrets/\(KubernetesSecret.name(of: secret))" }

    /// The exporters deployed on Kubernetes, in the order declared.
    static func deployed(_ stack: ResolvedStack) -> [ResolvedExporter] {
        stack.components.exporters.filter(\.kind.isDeployedOnKubernetes)
    }

    /// The labels of an exporter's pods, which its Deployment and Service select, and which its objects carry.
    static func labels(of exporter: ResolvedExporter, stack: ResolvedStack) -> [Label] {
        [Label("app.kubernetes.io/name", exporter.containerName), Label("app.kubernetes.io/part-of", stack.name)]
    }

    /// Each deployed exporter's ConfigMap (blackbox-exporter's modules), Deployment and Service, in order.
    static func objects(of stack: ResolvedStack) -> [KubernetesObject] {
        deployed(stack).flatMap { exporter in
            let labels = labels(of: exporter, stack: stack)
            let configMap = configMap(of: exporter, stack: stack, labels: labels)
            return (configMap.map { [$0] } ?? []) + [
                deployment(of: exporter, labels: labels, configMap: configMap?.name),
                service(of: exporter, labels: labels),
            ]
        }
    }

    /// The template of blackbox-exporter's modules, which its ConfigMap holds.
    static let blackboxTemplate = "blackbox/blackbox.yml"

    /// The templates the deployed exporters need that the library lacks.
    static func missingTemplates(_ stack: ResolvedStack) -> [MissingTemplate] {
        var rendering = ConfigRendering(templates: stack.templates)
        for exporter in deployed(stack) {
            if case .blackbox = exporter.kind {
                _ = rendering.text(of: blackboxTemplate, at: exporter.location)
            }
        }
        return rendering.missing
    }

    /// blackbox-exporter's modules, rendered from `templates/blackbox/` as compose renders them; `nil` for the
    /// other exporters, or when the template is missing (which ``KubernetesRules`` reports).
    static func configMap(of exporter: ResolvedExporter, stack: ResolvedStack, labels: [Label]) -> KubernetesObject? {
        guard case .blackbox = exporter.kind else { return nil }
        var rendering = ConfigRendering(templates: stack.templates)
        guard let text = rendering.text(of: blackboxTemplate, at: exporter.location) else { return nil }
        return KubernetesObject(
            apiVersion: "v1", kind: "ConfigMap", name: "\(exporter.containerName)-config", labels: labels,
            body: ("data", ["blackbox.yml": .string(text)]))
    }

    static func deployment(of exporter: ResolvedExporter, labels: [Label], configMap: String?) -> KubernetesObject {
        let profile = ExporterProfile(exporter.kind)
        let image = profile.image.pinned(to: exporter.version)
        var container = YAMLMapping()
        container.append("name", .string(exporter.containerName))
        container.append("image", .string("\(image.repository):\(image.tag)"))
        let workload = workload(of: exporter, configMap: configMap)
        container.append("args", workload.arguments.isEmpty ? nil : .sequence(workload.arguments.map(YAMLNode.string)))
        let environment = workload.environment.map { variable -> YAMLNode in
            ["name": .string(variable.name), "value": .string(variable.value)]
        }
        container.append("env", environment.isEmpty ? nil : .sequence(environment))
        container.append(
            "ports", [["name": .string(portName), "containerPort": .int(profile.port), "protocol": "TCP"]])
        let check: YAMLNode = ["httpGet": ["path": .string(profile.healthPath), "port": .string(portName)]]
        container.append("livenessProbe", check)
        container.append("readinessProbe", check)
        container.append("resources", profile.limits.kubernetesResources)
        container.append(
            "securityContext",
            [
                "allowPrivilegeEscalation": false, "readOnlyRootFilesystem": true,
                "capabilities": ["drop": ["ALL"]],
            ])
        let mounts = workload.volumes.map { volume -> YAMLNode in
            ["name": .string(volume.name), "mountPath": .string(volume.path), "readOnly": true]
        }
        container.append("volumeMounts", mounts.isEmpty ? nil : .sequence(mounts))
        var pod = YAMLMapping()
        pod.append("automountServiceAccountToken", false)
        pod.append("securityContext", profile.user.podSecurityContext)
        pod.append("containers", .sequence([.mapping(container)]))
        let volumes = workload.volumes.map(\.node)
        pod.append("volumes", volumes.isEmpty ? nil : .sequence(volumes))
        let selector = KubernetesObject.mapping(labels)
        var spec = YAMLMapping()
        spec.append("replicas", 1)
        spec.append("selector", ["matchLabels": selector])
        spec.append("template", ["metadata": ["labels": selector], "spec": .mapping(pod)])
        return KubernetesObject(
            apiVersion: "apps/v1", kind: "Deployment", name: exporter.containerName, labels: labels,
            body: ("spec", .mapping(spec)))
    }

    static func service(of exporter: ResolvedExporter, labels: [Label]) -> KubernetesObject {
        var spec = YAMLMapping()
        spec.append("selector", KubernetesObject.mapping(labels))
        spec.append(
            "ports",
            [
                [
                    "name": .string(portName), "port": .int(exporter.kind.port), "targetPort": .string(portName),
                    "protocol": "TCP",
                ]
            ])
        return KubernetesObject(
            apiVersion: "v1", kind: "Service", name: exporter.containerName, labels: labels,
            body: ("spec", .mapping(spec)))
    }

    /// What an exporter's container is given: its arguments, environment and read-only volumes, as compose
    /// gives them, with each password file in a mounted Secret.
    static func workload(of exporter: ResolvedExporter, configMap: String?) -> ExporterWorkload {
        var workload = ExporterWorkload()
        switch exporter.kind {
        case .postgres(let address, let database, let user, let password, let sslMode):
            workload.mount(password)
            workload.environment = [
                Label("DATA_SOURCE_PASS_FILE", "\(secretFolder(password))/\(password.name)"),
                Label("DATA_SOURCE_URI", "\(address)/\(database)?sslmode=\(sslMode.rawValue)"),
                Label("DATA_SOURCE_USER", user),
            ]
        case .redis(let address, let password):
            workload.environment = [Label("REDIS_ADDR", exporter.redisURL(address))]
            if let password {
                workload.mount(password)
                workload.environment.append(
                    Label("REDIS_PASSWORD_FILE", "\(secretFolder(password))/\(password.name)"))
            }
        case .blackbox:
            let folder = "/etc/blackbox_exporter"
            workload.arguments = ["--config.file=\(folder)/blackbox.yml"]
            if let configMap {
                workload.volumes.append(
                    ExporterWorkload.Volume(name: "config", path: folder, source: .configMap(configMap)))
            }
        case .node, .cadvisor:
            break
        }
        return workload
    }
}

extension ExporterKind {
    /// Whether the Kubernetes target deploys it: not node-exporter, which kube-prometheus-stack runs as a
    /// DaemonSet, nor cAdvisor, whose metrics the kubelet serves.
    var isDeployedOnKubernetes: Bool {
        switch self {
        case .postgres, .redis, .blackbox: true
        case .node, .cadvisor: false
        }
    }
}
