import Foundation
import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// A stack generated for Kubernetes: a service found by a Service selector over https with a bearer token, a
/// CA and its exposition formats, one scraped at a static address with basic auth, relabeling and a fallback
/// format, one found by DNS, an SLO, and a dashboard.
enum KubernetesFixtures {
    typealias S = SLOFixtures

    static let api = Service(
        "api",
        scrape: .target(
            "api:8443", scheme: .https, interval: .seconds(30), timeout: .seconds(10), labels: ["team": "checkout"]
        )
        .authorization(.bearer(.secret("api_token")))
        .tls(ScrapeTLS(certificateAuthority: .secret("api_ca"), serverName: "api.internal"))
        .metricRelabeling([.drop(["__name__"], matching: "go_gc_.*")])
        .protocols([.openMetricsText100, .prometheusText004])
        .kubernetes(.service(["app.kubernetes.io/name": "api"], port: "https-metrics"))
    ) {
        S.requests
        S.latency
    }

    static let legacy = Service(
        "legacy",
        scrape: .target("legacy.example.com:9100", path: "/probe").params(["module": ["http_2xx"]])
            .authorization(.basic(username: "prometheus", password: .secret("legacy_password")))
            .relabeling([.replace("host", from: ["__address__"], regex: "([^:]+):.*")])
            .fallbackProtocol(.prometheusText004)
            .kubernetes(.staticTargets))

    static let nodes = Service(
        "nodes",
        scrape: .discovered(.dns(["_node._tcp.example.com"], type: .srv, port: nil, refresh: .seconds(30)))
            .kubernetes(.staticTargets))

    /// The stack, in the namespace `shop` of kube-prometheus-stack's release `monitoring`.
    static let stack = Stack(
        "shop", prometheus: Prometheus(retention: .days(33)),
        kubernetes: Kubernetes(namespace: "shop", release: "monitoring")
    ) {
        api
        legacy
        nodes
        Service("api-slos") { S.availability }
        Dashboard("API") { Stat("Up") { PrometheusServerMetrics.up } }
    }

    /// A stack of `services` generated for Kubernetes with `settings`, for the rules' tests.
    static func stack(
        _ settings: Kubernetes = Kubernetes(namespace: "shop"), @StackBuilder _ content: () -> [StackElement]
    ) -> Stack {
        Stack("shop", kubernetes: settings, content: content)
    }

    /// The files of the fixture stack, or of another one (with the package's templates), by path.
    static func files(_ stack: Stack = stack) throws -> [String: String] {
        let result = try Compiler().compile([stack], templates: AlertmanagerFixtures.templates)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let files = try #require(result.outputs.first).files
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    /// The objects of the fixture stack's (or another one's) `kubernetes/` folder, by file name,
    /// kustomization.yaml and the chart values aside.
    static func objects(_ stack: Stack = stack) throws -> [String: YAMLNode] {
        let prefix = "\(KubernetesObject.folder)/"
        return try files(stack).filter {
            $0.key.hasPrefix(prefix) && !$0.key.hasSuffix("kustomization.yaml")
                && !$0.key.hasSuffix(KubePrometheusStackValues.fileName)
        }
        .reduce(into: [:]) { objects, file in
            objects[String(file.key.dropFirst(prefix.count))] = try YAMLParser().parse(file.value)
        }
    }

    /// The stacks under `generated/` generated for Kubernetes.
    static let examples: [String] = {
        let generated = SwiftFiles.packageRoot.appendingPathComponent("generated")
        let stacks = (try? FileManager.default.contentsOfDirectory(atPath: generated.path)) ?? []
        return stacks.sorted().filter {
            FileManager.default.fileExists(
                atPath: generated.appendingPathComponent("\($0)/\(KubernetesObject.folder)").path)
        }
    }()

    /// The files of the example `stack` under `kubernetes/` and `prometheus/` (their YAML), and every file
    /// below the folders `alsoUnder`, by path inside its folder.
    static func exampleFiles(_ stack: String, alsoUnder folders: [String] = []) throws -> [String: String] {
        let folder = SwiftFiles.packageRoot.appendingPathComponent("generated/\(stack)")
        var isFolder: ObjCBool = false
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { path in
            guard
                FileManager.default.fileExists(
                    atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder),
                !isFolder.boolValue
            else { return false }
            return (path.hasPrefix("\(KubernetesObject.folder)/") || path.hasPrefix("prometheus/"))
                && path.hasSuffix("ml") || folders.contains { path.hasPrefix($0) }
        }
        return try Dictionary(
            uniqueKeysWithValues: paths.map {
                ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
            })
    }
}
