import Foundation
import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel
import YAMLKit

@Suite("Scrape options: discovery, authorization, TLS, params, relabeling")
struct ScrapeOptionsTests {
    static let full = Stack("shop") {
        Service(
            "api",
            scrape: .target("api:8443", scheme: .https, labels: ["team": "checkout"])
                .authorization(.bearer(.secret("api_token")))
                .tls(ScrapeTLS(certificateAuthority: .secret("api_ca"), serverName: "api.internal"))
                .metricRelabeling([.drop(["__name__"], matching: "go_gc_.*")]))
        Service(
            "nodes",
            scrape: .discovered(
                .files(["targets/nodes.json"], refresh: .minutes(5)),
                .dns(["_node._tcp.example.com"], type: .srv, port: nil, refresh: .seconds(30)),
                labels: ["tier": "hosts"]
            )
            .authorization(.basic(username: "prometheus", password: .secret("nodes_password")))
            .relabeling([.replace("host", from: ["__address__"], regex: "([^:]+):.*"), .labelDrop("tmp_.*")]))
        Service(
            "probes",
            scrape: .target("blackbox:9115", path: "/probe").params(["module": ["http_2xx"]]).honoringLabels())
    }

    static func config() throws -> YAMLNode {
        let files = try #require(try Compiler().compile([full]).outputs.first).files
        let text = try #require(files.first { $0.path == PrometheusConfigEmitter.path }).contents
        return try YAMLParser().parse(text)
    }

    static func job(_ name: String) throws -> YAMLNode {
        let jobs = try #require(try config()["scrape_configs"]?.sequenceValue)
        return try #require(jobs.first { $0["job_name"] == .string(name) })
    }

    @Test("credentials and certificates are only *_file references to /run/secrets")
    func secrets() throws {
        let api = try Self.job("api")
        #expect(api["authorization"] == ["type": "Bearer", "credentials_file": "/run/secrets/api_token"])
        #expect(api["tls_config"] == ["ca_file": "/run/secrets/api_ca", "server_name": "api.internal"])
        let nodes = try Self.job("nodes")
        #expect(nodes["basic_auth"] == ["username": "prometheus", "password_file": "/run/secrets/nodes_password"])
    }

    @Test("discovered targets get the job's labels by relabeling, then the user's steps")
    func discovery() throws {
        let nodes = try Self.job("nodes")
        #expect(nodes["static_configs"] == nil)
        #expect(nodes["file_sd_configs"] == [["files": ["targets/nodes.json"], "refresh_interval": "5m"]])
        #expect(
            nodes["dns_sd_configs"] == [
                ["names": ["_node._tcp.example.com"], "type": "SRV", "refresh_interval": "30s"]
            ])
        let steps = try #require(nodes["relabel_configs"]?.sequenceValue)
        #expect(steps.first == ["target_label": "tier", "replacement": "hosts"])
        #expect(steps[1]["action"] == "replace")
        #expect(steps[2] == ["regex": "tmp_.*", "action": "labeldrop"])
    }

    @Test("params, honor_labels and metric relabeling")
    func options() throws {
        let probes = try Self.job("probes")
        #expect(probes["params"] == ["module": ["http_2xx"]])
        #expect(probes["honor_labels"] == true)
        let api = try Self.job("api")
        #expect(
            api["metric_relabel_configs"] == [["source_labels": ["__name__"], "regex": "go_gc_.*", "action": "drop"]])
        #expect(api["static_configs"] == [["targets": ["api:8443"], "labels": ["team": "checkout"]]])
    }

    @Test("promtool accepts every option")
    func promtool() throws {
        let directory = try TemporaryDirectory()
        _ = try OutputWriter(root: directory.url).write(
            try Compiler().compile([Self.full]).outputs, removeUndeclaredStacks: true)
        let run = try ToolRunner().run(
            "promtool", ["check", "config", "--syntax-only", "prometheus/prometheus.yml"],
            in: directory.url.appendingPathComponent("shop"))
        #expect(run.succeeded, "\(run.output)")
    }

    @Test("invalid-discovery, tls-without-https, invalid-regex and invalid-relabel")
    func diagnostics() throws {
        let stack = Stack("shop") {
            Service("a", scrape: .discovered(.dns(["db.example.com"], type: .a, port: nil, refresh: .seconds(30))))
            Service("b", scrape: .target("b:80").tls(ScrapeTLS(serverName: "b")))
            Service(
                "c",
                scrape: .target("c:80").relabeling([
                    .keep(["job"], matching: "(unclosed"), .hashMod("shard", from: ["__address__"], modulus: 0),
                ]))
            Service("d", scrape: .target("d:80").metricRelabeling([.drop([], matching: "x")]))
        }
        let ids = try Fixtures.ids([stack])
        #expect(
            ids == ["invalid-discovery", "tls-without-https", "invalid-regex", "invalid-relabel", "invalid-relabel"])
    }
}

@Suite("Scrape secrets reach the compose file")
struct ScrapeSecretsTests {
    @Test("every scrape secret is a compose secret of the prometheus service, listed in secrets/README.md")
    func composeSecrets() throws {
        let files = try #require(try Compiler().compile([ScrapeOptionsTests.full]).outputs.first).files
        let compose = try YAMLParser().parse(try #require(files.first { $0.path == ComposeEmitter.path }).contents)
        #expect(compose["services"]?["prometheus"]?["secrets"] == ["api_ca", "api_token", "nodes_password"])
        #expect(compose["secrets"]?["api_token"] == ["file": "./secrets/api_token"])
        let readme = try #require(files.first { $0.path == "secrets/README.md" }).contents
        #expect(readme.contains("api_token") && readme.contains("nodes_password") && readme.contains("api_ca"))
    }
}
