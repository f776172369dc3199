import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("Output targets: a stack runs only its targets' backends")
struct TargetBackendTests {
    typealias F = ComponentFixtures

    @Test("every target has one backend, in target order, and together they are the standard emitters")
    func backends() {
        #expect(TargetBackends.all.map(\.target) == OutputTarget.allCases)
        #expect(Compiler.standardEmitters.count == TargetBackends.all.reduce(0) { $0 + $1.emitters.count })
    }

    @Test("without compose: no docker-compose.yml, secrets or verify.sh, and no compose rules")
    func withoutCompose() throws {
        let engines: Set<OutputTarget> = [.prometheus, .alertmanager, .grafana, .readme]
        // Grafana on Prometheus's host port clashes only where compose publishes both.
        let clash = { (targets: Set<OutputTarget>) in Stack("ports", targets: targets) { Grafana(port: 9090) } }
        #expect(try F.compile([clash(Set(OutputTarget.allCases))]).diagnostics.map(\.id) == ["duplicate-host-port"])
        let result = try F.compile([clash(engines)])
        #expect(result.diagnostics.isEmpty)
        let paths = try #require(result.outputs.first?.files.map(\.path))
        #expect(paths.contains("prometheus/prometheus.yml"))
        #expect(paths.contains("README.md"))
        #expect(!paths.contains("docker-compose.yml"))
        #expect(!paths.contains("verify.sh"))
        #expect(!paths.contains { $0.hasPrefix("secrets/") })
        // The README says nothing of containers, docker compose or secret files it does not write.
        let readme = try #require(result.outputs.first?.files.first { $0.path == "README.md" }?.contents)
        for composeSection in ["## What runs", "## Deploying", "## Reloading", "## Secrets", "docker compose"] {
            #expect(!readme.contains(composeSection), "\(composeSection)")
        }
        let withCompose = try F.compile([Stack("ports", targets: engines.union([.compose])) { Grafana() }])
        let composeReadme = try #require(withCompose.outputs.first?.files.first { $0.path == "README.md" }?.contents)
        #expect(composeReadme.contains("## What runs") && composeReadme.contains("## Deploying"))
    }

    @Test("scrape jobs are the model's: checked whatever the targets")
    func scrapeRulesForEveryTarget() throws {
        let stack = Stack("docs", targets: [.readme]) { Service("api", scrape: .target("api:8080", path: "metrics")) }
        #expect(try F.compile([stack]).diagnostics.map(\.id) == ["invalid-metrics-path"])
    }

    @Test("the README alone: it and the manifest of what was written")
    func readmeOnly() throws {
        let result = try F.compile([Stack("docs", targets: [.readme]) { Grafana() }])
        #expect(result.outputs.first?.files.map(\.path) == ["README.md", ".vigil-manifest"])
    }
}
