import Foundation
import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("Components: a remote host's Prometheus agent forwards its exporters' samples")
struct AgentForwardingTests {
    typealias F = ComponentFixtures

    /// node-exporter beside Prometheus, a scraped database host, and an edge host whose agent forwards its
    /// node-exporter and cAdvisor with a password from a secret file.
    static let stack = Stack("fleet") {
        NodeExporter()
        RemoteHost("db-1", address: "10.0.0.12") { NodeExporter() }
        RemoteHost(
            "edge-1", address: "10.0.0.30",
            forwarding: .agent(
                url: "https://metrics.example.com/api/v1/write",
                authorization: .basic(username: "edge-1", password: .secret("edge_write")))
        ) {
            NodeExporter()
            CAdvisor()
        }
    }

    static let composePath = "remote-hosts/edge-1/docker-compose.yml"
    static let agentPath = "remote-hosts/edge-1/prometheus/agent.yml"

    @Test("the stack scrapes no target of a forwarding host; a job only it runs keeps its pack, unscraped")
    func scrapeJobs() throws {
        let resolved = StackLowering.lower(Self.stack, templates: AlertmanagerFixtures.templates)
        let jobs = Dictionary(uniqueKeysWithValues: resolved.scrapeJobs.map { ($0.name, $0) })
        #expect(jobs["node"]?.targets == ["node-exporter:9100", "10.0.0.12:9100"])
        #expect(jobs["cadvisor"] == nil)
        #expect(resolved.services.contains { $0.name == "cadvisor" })
        // The exporters' packs, then the stack's own Prometheus's.
        #expect(resolved.rulePacks.map(\.job) == ["node", "cadvisor", "prometheus"])
        #expect(try F.ids(Self.stack).allSatisfy { $0 != "no-scrape-targets" })
    }

    @Test("the agent's configuration scrapes the host's exporters as the stack's jobs and writes with a secret")
    func agentConfig() throws {
        let config = try YAMLParser().parse(try #require(try F.files(Self.stack)[Self.agentPath]))
        #expect(config["global"]?["external_labels"] == ["remote_host": "edge-1"])
        let jobs = try #require(config["scrape_configs"]?.sequenceValue)
        #expect(jobs.compactMap { $0["job_name"]?.stringValue } == ["node", "cadvisor"])
        #expect(
            jobs.first?["static_configs"] == [
                ["targets": ["node-exporter:9100"], "labels": ["instance": "10.0.0.30:9100"]]
            ])
        let write = try #require(config["remote_write"]?.sequenceValue?.first)
        #expect(write["url"] == "https://metrics.example.com/api/v1/write")
        #expect(write["basic_auth"] == ["username": "edge-1", "password_file": "/run/secrets/edge_write"])
        #expect(try F.files(RemoteHostTests.stack)["remote-hosts/db-1/prometheus/agent.yml"] == nil)
    }

    @Test("the host's compose file runs the agent, hardened, with its secret and volume; the exporters are unpublished")
    func composeFile() throws {
        let compose = try YAMLParser().parse(try #require(try F.files(Self.stack)[Self.composePath]))
        let services = try #require(compose["services"]?.mappingValue)
        #expect(
            services.entries.map(\.key) == ["node-exporter", "cadvisor", "prometheus-agent", "docker-socket-proxy"])
        #expect(services["node-exporter"]?["ports"] == nil)
        let agent = try #require(services["prometheus-agent"])
        let command = agent["command"]?.sequenceValue?.compactMap(\.stringValue) ?? []
        #expect(command.starts(with: ["--agent", "--config.file=/etc/prometheus/agent.yml"]))
        #expect(agent["image"] == "prom/prometheus:${PROMETHEUS_VERSION:-v3.5.3}")
        #expect(agent["secrets"] == ["edge_write"])
        #expect(agent["read_only"] == true)
        #expect(agent["ports"] == nil)
        #expect(compose["secrets"] == ["edge_write": ["file": "./secrets/edge_write"]])
        #expect(compose["volumes"] == ["prometheus-agent-data": [:]])
        let main = try F.compose(Self.stack)
        let mainCommand = main["services"]?["prometheus"]?["command"]?.sequenceValue?.compactMap(\.stringValue)
        #expect(mainCommand?.contains(AgentForwarding.receiverArgument) == true)
        // The secret is the remote host's: the stack's compose file does not declare it.
        #expect(main["secrets"]?["edge_write"] == nil)
        let scraped = try F.compose(RemoteHostTests.stack)["services"]?["prometheus"]?["command"]?.sequenceValue
        #expect(scraped?.contains(.string(AgentForwarding.receiverArgument)) == false)
    }

    @Test("the README says where the host forwards and what the receiving Prometheus then accepts")
    func readme() throws {
        let readme = try #require(try F.files(Self.stack)["README.md"])
        #expect(
            readme.contains(
                "| `edge-1` | `10.0.0.30` | `10.0.0.30:9100` (job `node`), `10.0.0.30:8080` (job `cadvisor`) | "
                    + "forwarded by its agent to `https://metrics.example.com/api/v1/write` |"))
        #expect(readme.contains("| `db-1` | `10.0.0.12` | `10.0.0.12:9100` (job `node`) | scraped |"))
        #expect(readme.contains("A host that forwards runs Prometheus in agent mode"))
        #expect(readme.contains("`\(AgentForwarding.receiverArgument)`"))
        #expect(readme.contains("remote1 -->|agent remote write| forward1"))
        #expect(
            readme.contains("Copy each host's folder (its compose file, and a forwarding host's agent configuration)"))
        let edgeOnly = Stack("edge") {
            RemoteHost("edge-1", address: "10.0.0.30", forwarding: .agent(url: "http://10.0.0.5:9090/api/v1/write")) {
                NodeExporter()
            }
        }
        // No port of a forwarding host is published.
        #expect(!(try #require(try F.files(edgeOnly)["README.md"])).contains("The exporters' ports are published"))
    }

    @Test("validate runs promtool check config --agent on the agent's configuration and reports a broken one")
    func validated() throws {
        let command = "promtool check config --agent --syntax-only \(Self.agentPath)"
        let runs = try F.verified(
            Self.stack, breaking: Self.agentPath, with: "scrape_configs:\n- job_name: node\n  scrape_interval: often\n")
        let run = try #require(runs.intact.first { $0.commandLine == command })
        #expect(run.succeeded, "\(run.output)")
        let compose = try #require(
            runs.intact.first { $0.commandLine == "docker-compose --file \(Self.composePath) config --quiet" })
        #expect(compose.succeeded, "\(compose.output)")
        #expect(try #require(runs.broken.first { $0.commandLine == command }).succeeded == false)
    }

    @Test("invalid-agent-forwarding: a URL that is not http(s)")
    func invalidURL() throws {
        let stack = Stack("bad") {
            RemoteHost("edge-1", address: "10.0.0.30", forwarding: .agent(url: "metrics.example.com:9090")) {
                NodeExporter()
            }
        }
        #expect(try F.ids(stack).contains("invalid-agent-forwarding"))
        #expect(try !F.ids(Self.stack).contains("invalid-agent-forwarding"))
    }

    @Test("credential-in-url: a password in the agent's URL")
    func credentialInURL() throws {
        let stack = Stack("leaky") {
            RemoteHost(
                "edge-1", address: "10.0.0.30", forwarding: .agent(url: "https://edge:hunter2@metrics.example.com")
            ) {
                NodeExporter()
            }
        }
        let diagnostics = try F.compile([stack]).diagnostics.filter { $0.id == "credential-in-url" }
        #expect(diagnostics.map(\.message).contains { $0.contains("the agent of remote host 'edge-1'") })
    }
}
