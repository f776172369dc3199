import Foundation
import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("Components: the compose file and the files beside it")
struct ComposeOutputTests {
    typealias F = ComponentFixtures

    /// Every service of a compose file, by name.
    func services(_ compose: YAMLNode) throws -> [(name: String, service: YAMLNode)] {
        try #require(compose["services"]?.mappingValue).entries.map { ($0.key, $0.value) }
    }

    @Test("a $ of the spec's reaches the container as written: docker-compose 2 does not interpolate it")
    func dollarsAreLiteral() throws {
        let stack = Stack("dollars") {
            Grafana(environment: ["GF_SECURITY_SECRET_KEY": "pa$word ${HOME} $$"])
            Loki(logs: [.files(job: "app", path: "/var/log/$USER/*.log")])
        }
        let compose = try #require(try F.files(stack)[ComposeEmitter.path])
        #expect(compose.contains("pa$$word $${HOME} $$$$"))
        // `config` prints the file it resolved, writing a literal $ as $$ again: what it printed is what it read,
        // and nothing was interpolated. The same value unescaped loses `$word` and gains the home folder.
        let resolved = try Self.resolvedCompose(compose)
        #expect(resolved.contains("GF_SECURITY_SECRET_KEY: pa$$word $${HOME} $$$$"), "\(resolved)")
        #expect(resolved.contains("source: /var/log/$$USER"), "\(resolved)")
        let unescaped = try Self.resolvedCompose(compose.replacing("pa$$word $${HOME} $$$$", with: "pa$word ${HOME}"))
        #expect(!unescaped.contains("${HOME}") && !unescaped.contains("$word"), "\(unescaped)")
    }

    /// The compose file `text` as docker-compose 2's `config` resolves it.
    static func resolvedCompose(_ text: String) throws -> String {
        let directory = try TemporaryDirectory()
        try directory.write(ComposeEmitter.path, text)
        let run = try ToolRunner().run("docker-compose", ["--file", ComposeEmitter.path, "config"], in: directory.url)
        try #require(run.succeeded, "\(run.output)")
        return run.output
    }

    @Test("every image is pinned and overridable, every port on the bind address, every config mount read-only")
    func secureDefaults() throws {
        for stack in [F.full, F.tempo] {
            for (name, service) in try services(try F.compose(stack)) {
                let image = try #require(service["image"]?.stringValue)
                #expect(image.contains(":${") && image.hasSuffix("}") && !image.contains("latest"), "\(name)")
                for port in service["ports"]?.sequenceValue ?? [] {
                    #expect(port.stringValue?.hasPrefix("${VIGIL_BIND_ADDRESS:-127.0.0.1}:") == true, "\(name)")
                }
                for volume in service["volumes"]?.sequenceValue ?? [] {
                    let mount = try #require(volume.stringValue)
                    #expect(!mount.hasPrefix(".") || mount.hasSuffix(":ro"), "\(name): \(mount)")
                }
                #expect(service["security_opt"] == ["no-new-privileges:true"], "\(name)")
                #expect(service["restart"] == "unless-stopped", "\(name)")
                #expect(service["deploy"]?["resources"]?["limits"]?["memory"] != nil, "\(name)")
                #expect(service["healthcheck"] != nil, "\(name)")
            }
        }
    }

    @Test("docker-compose config accepts the compose files of every component, Jaeger and Tempo")
    func dockerCompose() throws {
        for stack in [F.full, F.tempo] {
            let directory = try TemporaryDirectory()
            _ = try OutputWriter(root: directory.url).write(
                try F.compile([stack]).outputs, removeUndeclaredStacks: true)
            let run = try ToolRunner().run(
                "docker-compose", ["--file", ComposeEmitter.path, "config", "--quiet"],
                in: directory.url.appendingPathComponent(stack.name))
            #expect(run.succeeded, "\(stack.name): \(run.output)")
        }
    }

    @Test("depends_on waits for healthy only where a healthcheck can pass")
    func dependencies() throws {
        let jaeger = try F.compose(F.full)["services"]?["grafana"]?["depends_on"]
        #expect(jaeger?["prometheus"]?["condition"] == "service_healthy")
        #expect(jaeger?["loki"]?["condition"] == "service_healthy")
        #expect(jaeger?["jaeger"]?["condition"] == "service_healthy")
        let compose = try F.compose(F.tempo)
        #expect(compose["services"]?["tempo"]?["healthcheck"] == ["disable": true])
        #expect(compose["services"]?["grafana"]?["depends_on"]?["tempo"]?["condition"] == "service_started")
        let header = try #require(try F.files(F.tempo)[ComposeEmitter.path])
        #expect(header.contains("# No healthcheck for tempo: the Tempo image is distroless"))
    }

    @Test("Grafana: admin password from a secret file, sign-up and anonymous access off, provisioning read-only")
    func grafana() throws {
        let grafana = try #require(try F.compose(F.full)["services"]?["grafana"])
        #expect(grafana["environment"]?["GF_SECURITY_ADMIN_PASSWORD__FILE"] == "/run/secrets/grafana_admin_password")
        #expect(grafana["environment"]?["GF_USERS_ALLOW_SIGN_UP"] == "false")
        #expect(grafana["environment"]?["GF_AUTH_ANONYMOUS_ENABLED"] == "false")
        #expect(grafana["secrets"] == ["grafana_admin_password"])
        #expect(grafana["ports"] == ["${VIGIL_BIND_ADDRESS:-127.0.0.1}:3001:3000"])
        #expect(
            grafana["volumes"]?.sequenceValue?.contains("./grafana/provisioning:/etc/grafana/provisioning:ro") == true)
    }

    @Test("exporters read their credentials from secret files; secrets are declared and documented")
    func exporterSecrets() throws {
        let files = try F.files(F.full)
        let compose = try YAMLParser().parse(try #require(files[ComposeEmitter.path]))
        let postgres = try #require(compose["services"]?["postgres-exporter"])
        #expect(postgres["environment"]?["DATA_SOURCE_PASS_FILE"] == "/run/secrets/db_password")
        #expect(postgres["environment"]?["DATA_SOURCE_URI"] == "db:5432/shop?sslmode=disable")
        #expect(compose["services"]?["redis-exporter"]?["secrets"] == ["redis_passwords"])
        #expect(compose["secrets"]?["db_password"]?["file"] == "./secrets/db_password")
        let readme = try #require(files["secrets/README.md"])
        for name in ["db_password", "redis_passwords", "grafana_admin_password"] {
            #expect(readme.contains("| `\(name)` |"))
        }
        #expect(compose["networks"]?["default"] == ["name": "shop_default", "external": true])
    }

    @Test(".env.example lists the bind address and every image's version variable")
    func envExample() throws {
        let env = try #require(try F.files(F.full)[EnvExampleEmitter.path])
        #expect(env.contains("VIGIL_BIND_ADDRESS=127.0.0.1\n"))
        for variable in [
            "PROMETHEUS_VERSION", "GRAFANA_VERSION", "LOKI_VERSION", "ALLOY_VERSION", "JAEGER_VERSION",
            "NODE_EXPORTER_VERSION", "CADVISOR_VERSION", "POSTGRES_EXPORTER_VERSION", "REDIS_EXPORTER_VERSION",
            "BLACKBOX_EXPORTER_VERSION",
        ] {
            #expect(env.contains("\n\(variable)="), "\(variable)")
        }
    }

    @Test("a version given in the spec replaces the pinned tag, still overridable")
    func versionOverride() throws {
        let stack = Stack("pinned", prometheus: Prometheus(version: "v3.6.0")) { Grafana(version: "12.1.1") }
        let compose = try F.compose(stack)
        #expect(compose["services"]?["prometheus"]?["image"] == "prom/prometheus:${PROMETHEUS_VERSION:-v3.6.0}")
        #expect(compose["services"]?["grafana"]?["image"] == "grafana/grafana:${GRAFANA_VERSION:-12.1.1}")
    }

    @Test("Prometheus keeps samples by time and size")
    func retention() throws {
        let stack = Stack("kept", prometheus: Prometheus(retention: .days(30), retentionSize: .gigabytes(20))) {}
        let command = try F.compose(stack)["services"]?["prometheus"]?["command"]?.sequenceValue ?? []
        #expect(command.contains("--storage.tsdb.retention.time=30d"))
        #expect(command.contains("--storage.tsdb.retention.size=20GB"))
        #expect(StorageSize.megabytes(1500).description == "1500MB")
    }

    @Test("configuration files are rendered from templates/ with no placeholder left")
    func renderedConfigs() throws {
        let files = try F.files(F.full).merging(try F.files(F.tempo)) { first, _ in first }
        for path in [
            "loki/loki.yml", "alloy/config.alloy", "jaeger/config.yml", "tempo/tempo.yml", "blackbox/blackbox.yml",
        ] {
            let text = try #require(files[path], "\(path)")
            #expect(ConfigTemplate.placeholders(in: text).isEmpty, "\(path)")
        }
        #expect(files["loki/loki.yml"]?.contains("retention_period: 14d") == true)
        #expect(files["jaeger/config.yml"]?.contains("spans: 168h") == true)
        #expect(files["tempo/tempo.yml"]?.contains("block_retention: 48h") == true)
        let alloy = try #require(files["alloy/config.alloy"])
        #expect(alloy.contains(#"loki.source.docker "containers""#))
        #expect(alloy.contains(#""__path__" = "/var/log/api/*.log", "job" = "api""#))
        for path in ["loki/loki.yml", "jaeger/config.yml", "tempo/tempo.yml", "blackbox/blackbox.yml"] {
            #expect(throws: Never.self, "\(path)") { try YAMLParser().parse(files[path] ?? "") }
        }
    }

    @Test("Grafana's data sources link logs to traces and traces to logs")
    func datasourceLinks() throws {
        let files = try F.files(F.full)
        let sources = try YAMLParser().parse(try #require(files[GrafanaProvisioningEmitter.datasourcesPath]))
        let list = try #require(sources["datasources"]?.sequenceValue)
        let loki = try #require(list.first { $0["uid"] == "loki" })
        #expect(loki["url"] == "http://loki:3100")
        #expect(loki["jsonData"]?["derivedFields"]?.sequenceValue?.first?["datasourceUid"] == "jaeger")
        #expect(loki["jsonData"]?["derivedFields"]?.sequenceValue?.first?["url"] == "$${__value.raw}")
        let jaeger = try #require(list.first { $0["uid"] == "jaeger" })
        #expect(jaeger["url"] == "http://jaeger:16686")
        #expect(jaeger["jsonData"]?["tracesToLogsV2"]?["datasourceUid"] == "loki")
        let tempoFiles = try F.files(F.tempo)
        let tempoSources = try YAMLParser().parse(try #require(tempoFiles[GrafanaProvisioningEmitter.datasourcesPath]))
        #expect(tempoSources["datasources"]?.sequenceValue?.contains { $0["uid"] == "tempo" } == true)
    }
}
