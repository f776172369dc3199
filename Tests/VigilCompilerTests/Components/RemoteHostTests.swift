import Foundation
import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("Components: remote hosts run exporters the stack scrapes")
struct RemoteHostTests {
    typealias F = ComponentFixtures

    /// node-exporter beside Prometheus, and a database host running node-exporter and cAdvisor.
    static let stack = Stack("fleet") {
        NodeExporter()
        RemoteHost("db-1", address: "10.0.0.12") {
            NodeExporter()
            CAdvisor()
        }
    }

    static let composePath = "remote-hosts/db-1/docker-compose.yml"

    @Test("each remote exporter is a target of the job of its name; a job the stack lacks is created")
    func scrapeTargets() throws {
        let resolved = StackLowering.lower(Self.stack, templates: AlertmanagerFixtures.templates)
        let jobs = Dictionary(uniqueKeysWithValues: resolved.scrapeJobs.map { ($0.name, $0) })
        #expect(jobs["node"]?.targets == ["node-exporter:9100", "10.0.0.12:9100"])
        #expect(jobs["cadvisor"]?.targets == ["10.0.0.12:8080"])
        #expect(jobs["cadvisor"]?.scrapesStack == true)
        #expect(resolved.services.first { $0.name == "cadvisor" }?.metrics.isEmpty == false)
        #expect(resolved.rulePacks.map(\.job) == ["node", "cadvisor", "prometheus"])
        #expect(resolved.components.exporters.map(\.job) == ["node"])
        #expect(resolved.components.remoteHosts.map(\.name) == ["db-1"])
    }

    @Test("the remote host's compose file runs only its exporters, hardened, published on its address")
    func composeFile() throws {
        let files = try F.files(Self.stack)
        let text = try #require(files[Self.composePath])
        #expect(text.contains("docker compose -f \(Self.composePath) up -d"))
        let compose = try YAMLParser().parse(text)
        let services = try #require(compose["services"]?.mappingValue)
        #expect(services.entries.map(\.key) == ["node-exporter", "cadvisor", "docker-socket-proxy"])
        let node = try #require(services["node-exporter"])
        #expect(
            node["ports"]?.sequenceValue?.compactMap(\.stringValue) == ["${VIGIL_BIND_ADDRESS:-10.0.0.12}:9100:9100"])
        #expect(
            services["cadvisor"]?["ports"]?.sequenceValue?.first?.stringValue
                == "${VIGIL_BIND_ADDRESS:-10.0.0.12}:8080:8080")
        for service in services.entries.map(\.value) {
            #expect(service["read_only"] == true)
            #expect(service["cap_drop"]?.sequenceValue?.first?.stringValue == "ALL")
            #expect(service["healthcheck"]?["test"] != nil)
            #expect(service["deploy"]?["resources"]?["limits"]?["memory"] != nil)
        }
        #expect(compose["secrets"] == nil)
        let main = try F.compose(Self.stack)
        #expect(main["services"]?["cadvisor"] == nil)
    }

    @Test(".env.example lists the remote hosts' images; verify.sh checks their compose files")
    func environmentAndVerifyScript() throws {
        let files = try F.files(Self.stack)
        let env = try #require(files[EnvExampleEmitter.path])
        // cAdvisor runs on the remote host only.
        #expect(env.contains("\nCADVISOR_VERSION="), "\(env)")
        #expect(env.contains("\nSOCKET_PROXY_VERSION="), "\(env)")
        #expect(env.contains("from a .env beside each (remote-hosts/<host>/.env)"))
        #expect(env.components(separatedBy: "\nNODE_EXPORTER_VERSION=").count == 2, "\(env)")
        let script = try #require(files[VerifyScriptEmitter.path])
        #expect(script.contains("run_check compose docker compose --file \(Self.composePath) config --quiet\n"))
        let alone = try #require(try F.files(Stack("alone") { NodeExporter() })[EnvExampleEmitter.path])
        #expect(!alone.contains("CADVISOR_VERSION") && !alone.contains("remote-hosts"))
    }

    @Test("the README lists each remote host, how to deploy it and what to let through")
    func readme() throws {
        let readme = try #require(try F.files(Self.stack)["README.md"])
        #expect(readme.contains("### Remote hosts"))
        #expect(readme.contains("remote0 -->|scraped| prometheus0"))
        #expect(
            readme.contains(
                "| `db-1` | `10.0.0.12` | `10.0.0.12:9100` (job `node`), `10.0.0.12:8080` (job `cadvisor`) |"))
        #expect(readme.contains("docker compose -f \(Self.composePath) up -d"))
        #expect(readme.contains("let only the Prometheus host reach them"))
        #expect(!readme.contains("The Kubernetes deployment does not scrape remote hosts"))
        #expect(!(try #require(try F.files(ComponentFixtures.tempo)["README.md"])).contains("Remote hosts"))
    }

    @Test("validate runs docker-compose config on each remote host's compose file and reports a broken one")
    func validated() throws {
        let command = "docker-compose --file \(Self.composePath) config --quiet"
        let runs = try F.verified(
            Self.stack, breaking: Self.composePath, with: "services:\n  node-exporter:\n    ports: 9100\n")
        let run = try #require(runs.intact.first { $0.commandLine == command })
        #expect(run.succeeded, "\(run.output)")
        #expect(try #require(runs.broken.first { $0.commandLine == command }).succeeded == false)
    }

    @Test("duplicate-remote-host: two remote hosts of one name")
    func duplicateHost() throws {
        let stack = Stack("twice") {
            RemoteHost("db-1", address: "10.0.0.12") { NodeExporter() }
            RemoteHost("db-1", address: "10.0.0.13") { NodeExporter() }
        }
        #expect(try F.ids(stack) == ["duplicate-remote-host"])
    }

    @Test("invalid-remote-host: a name that is no folder name, an address with a port")
    func invalidHost() throws {
        let name = Stack("bad") { RemoteHost("../db", address: "10.0.0.12") { NodeExporter() } }
        #expect(try F.ids(name) == ["invalid-remote-host"])
        let port = Stack("bad") { RemoteHost("db-1", address: "10.0.0.12:22") { CAdvisor() } }
        #expect(try F.ids(port).contains("invalid-remote-host"))
        let scheme = Stack("bad") { RemoteHost("db-1", address: "http://db") { CAdvisor() } }
        #expect(try F.ids(scheme).contains("invalid-remote-host"))
    }

    @Test("duplicate-remote-exporter: two node-exporters on one host")
    func duplicateExporter() throws {
        let stack = Stack("twice") {
            RemoteHost("db-1", address: "10.0.0.12") {
                NodeExporter()
                NodeExporter(job: "node-2")
            }
        }
        #expect(try F.ids(stack).contains("duplicate-remote-exporter"))
    }

    @Test("unsupported-remote-exporter: an exporter that reads a secret")
    func unsupportedExporter() throws {
        let stack = Stack("db") {
            RemoteHost("db-1", address: "10.0.0.12") {
                PostgresExporter(address: "localhost:5432", database: "shop", user: "exporter", password: .secret("pw"))
            }
        }
        #expect(try F.ids(stack).contains("unsupported-remote-exporter"))
    }
}
