import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("Validation: containers and components")
struct ContainerRuleTests {
    typealias F = ComponentFixtures

    @Test("the component fixtures have no diagnostics")
    func valid() throws {
        #expect(try F.ids(F.full).isEmpty)
        #expect(try F.ids(F.tempo).isEmpty)
    }

    @Test("duplicate-host-port: two services on one host port")
    func duplicateHostPort() throws {
        let stack = Stack("ports") {
            Grafana(port: 9090)
        }
        let diagnostics = try F.compile([stack]).diagnostics
        #expect(diagnostics.map(\.id) == ["duplicate-host-port"])
        #expect(diagnostics.first?.message == "host port 9090 is published by both 'prometheus' and 'grafana'")
        #expect(diagnostics.first?.location.fileID.hasSuffix("ContainerRuleTests.swift") == true)
    }

    @Test("public-bind-address: a wildcard written as text is an error naming what it exposes")
    func publicBindAddress() throws {
        for wildcard in ["0.0.0.0", "::"] {
            let stack = Stack("open", bindAddress: BindAddress(wildcard)) { Grafana() }
            let diagnostics = try F.compile([stack]).diagnostics
            #expect(diagnostics.map(\.id) == ["public-bind-address"])
            let message = try #require(diagnostics.first?.message)
            #expect(message.hasPrefix("bind address '\(wildcard)' publishes every port on every interface of the host"))
            #expect(message.contains("prometheus on 9090 (web UI and API)"), "\(message)")
            #expect(message.contains("grafana on 3000"), "\(message)")
            #expect(diagnostics.first?.hint?.contains("bindAddress: .everyInterface") == true)
        }
        // Asked for by name, or one interface's address: no diagnostic.
        #expect(try F.ids(Stack("open", bindAddress: .everyInterface) { Grafana() }).isEmpty)
        #expect(try F.ids(Stack("lan", bindAddress: "10.0.4.12") { Grafana() }).isEmpty)
        #expect(try F.ids(Stack("v6", bindAddress: "::1") { Grafana() }).isEmpty)
        let compose = try #require(
            try F.compile([Stack("open", bindAddress: .everyInterface) { Grafana() }]).outputs.first?.files.first {
                $0.path == "docker-compose.yml"
            })
        #expect(compose.contents.contains("${VIGIL_BIND_ADDRESS:-0.0.0.0}:9090:9090"))
    }

    @Test("credential-in-url: a password in an address or URL, masked in the message")
    func passwordInURL() throws {
        let stack = Stack("leaky") {
            Grafana(rootURL: "https://admin:hunter2@grafana.example.com")
            PostgresExporter(
                address: "exporter:hunter2@postgres:5432", database: "app", user: "exporter",
                password: .secret("postgres_password"))
            RedisExporter(address: "redis://:hunter2@redis:6379")
            BlackboxExporter { Probe.http("http://probe:hunter2@shop.example.com/health") }
        }
        let diagnostics = try F.compile([stack]).diagnostics
        #expect(diagnostics.map(\.id) == Array(repeating: "credential-in-url", count: 4))
        #expect(!diagnostics.contains { $0.message.contains("hunter2") })
        #expect(
            diagnostics.contains {
                $0.message == "the environment variable REDIS_ADDR of 'redis-exporter' carries a password: "
                    + "redis://:****@redis:6379; it would be written into generated/ and git"
            }, "\(diagnostics.map(\.message))")
        #expect(diagnostics.contains { $0.message.contains("a target of job 'blackbox' carries a password") })
    }

    @Test("a Redis address written as a URL keeps its scheme, once")
    func redisURL() throws {
        for (address, url) in [("redis:6379", "redis://redis:6379"), ("rediss://redis:6380", "rediss://redis:6380")] {
            let stack = StackLowering.lower(Stack("cache") { RedisExporter(address: address) })
            let exporter = try #require(ComposeProject(stack).containers.first { $0.name == "redis-exporter" })
            #expect(exporter.environment.map(\.value) == [url])
        }
    }

    @Test("invalid-secret-name wherever a secret is named: scrape credentials, exporters, Grafana")
    func secretNames() throws {
        let shadow = "../../../../etc/shadow"
        let stack = Stack("traversal") {
            Service("api", scrape: .target("api:8443", scheme: .https).authorization(.bearer(.secret(shadow))))
            Grafana(adminPassword: .secret(shadow))
            PostgresExporter(address: "db:5432", database: "app", user: "exporter", password: .secret("/etc/passwd"))
        }
        let result = try F.compile([stack])
        #expect(result.diagnostics.map(\.id) == Array(repeating: "invalid-secret-name", count: 3))
        #expect(result.diagnostics.first?.message == "secret name '../../../../etc/shadow' is not a valid file name")
        #expect(result.outputs.isEmpty)
    }

    @Test("invalid-bind-address: not an IP address")
    func invalidBindAddress() throws {
        #expect(try F.ids(Stack("typo", bindAddress: "127.0.0.1:9090") { Grafana() }) == ["invalid-bind-address"])
        #expect(try F.ids(Stack("name", bindAddress: "localhost") { Grafana() }) == ["invalid-bind-address"])
    }

    @Test("unpinned-image: an image without a tag, or with latest", arguments: ["", "latest"])
    func unpinnedImage(tag: String) throws {
        let stack = Stack("unpinned") { Loki(version: ImageVersion(tag)) }
        #expect(try F.ids(stack) == ["unpinned-image"])
    }

    @Test("undeclared-secret: a setting reads a secret the container is not given")
    func undeclaredSecret() throws {
        let smtp = ["GF_SMTP_PASSWORD__FILE": "/run/secrets/smtp_password"]
        let missing = Stack("mail") { Grafana(environment: smtp) }
        let diagnostics = try F.compile([missing]).diagnostics
        #expect(diagnostics.map(\.id) == ["undeclared-secret"])
        #expect(diagnostics.first?.message.contains("/run/secrets/smtp_password") == true)
        let declared = Stack("mail") { Grafana(environment: smtp, secrets: [.secret("smtp_password")]) }
        #expect(try F.ids(declared).isEmpty)
    }

    @Test("volume-outside-stack: a mount climbing out of the stack folder")
    func volumeOutsideStack() throws {
        let stack = Stack("logs") { Loki(logs: [.files(job: "api", path: "../api/logs/*.log")]) }
        #expect(try F.ids(stack) == ["volume-outside-stack"])
        let inside = Stack("logs") { Loki(logs: [.files(job: "api", path: "logs/*.log")]) }
        #expect(try F.ids(inside).isEmpty)
        #expect(StackFolderPath.staysInside("a/../b"))
        #expect(!StackFolderPath.staysInside("a/../../b"))
    }

    @Test("duplicate-component: a second Grafana")
    func duplicateComponent() throws {
        let stack = Stack("twice") {
            Grafana()
            Grafana(port: 3001)
        }
        #expect(try F.ids(stack) == ["duplicate-component"])
    }

    @Test("missing-template: a component whose template is gone")
    func missingTemplate() throws {
        let result = try F.compile([Stack("bare") { Tracing(.tempo) }], templates: TemplateLibrary())
        #expect(result.diagnostics.map(\.id) == ["missing-template"])
        #expect(result.diagnostics.first?.message.contains("templates/tempo/tempo.yml") == true)
    }
}
