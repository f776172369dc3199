import Foundation
import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// The rule packs of the components the stack deploys (Grafana, Loki and Alloy, Jaeger or Tempo): their scrape
/// jobs, what declaring the component brings, what their overrides change, and which alerts depend on the
/// tracing backend.
@Suite("The components' rule packs: Grafana, Loki, Alloy and the tracing backend")
struct ComponentPackTests {
    @Test(
        "declaring the component brings its scrape and every alert, each with a firing and a quiet test, clean",
        arguments: ComponentPack.allCases)
    func defaults(_ pack: ComponentPack) throws {
        let stack = StackLowering.lower(pack.stack())
        PackExpectations.everyAlertTested(pack.alertNames, job: pack.job, in: stack)
        let job = try #require(stack.scrapeJobs.first { $0.name == pack.job })
        #expect(job.targets == [pack.target] && job.metricsPath == "/metrics" && job.scrapesStack)
        let resolved = try #require(stack.rulePacks.first { $0.job == pack.job })
        #expect(resolved.name == pack.name && resolved.alerts.map(\.name) == pack.alertNames)
        #expect(resolved.alerts.allSatisfy { !$0.meaning.isEmpty && !$0.firstSteps.isEmpty && !$0.tuned })
        #expect(try ComponentFixtures.ids(pack.stack()).isEmpty)
    }

    @Test(
        "thresholds, for and routing are tuned by alert, marked tuned, and stay clean",
        arguments: ComponentPack.allCases)
    func tune(_ pack: ComponentPack) throws {
        let stack = StackLowering.lower(pack.stack(.tuned))
        let entries = try #require(stack.rulePacks.first { $0.job == pack.job }).alerts
        let tuned = try #require(entries.first { $0.name == pack.tunedAlert.name })
        #expect(tuned.threshold == pack.tunedAlert.threshold && tuned.tuned)
        #expect(entries.filter(\.tuned).count >= 2)
        #expect(try ComponentFixtures.ids(pack.stack(.tuned)).isEmpty)
    }

    @Test("a disabled alert is gone with its tests, and the README says why", arguments: ComponentPack.allCases)
    func disable(_ pack: ComponentPack) throws {
        let stack = StackLowering.lower(pack.stack(.disabled))
        #expect(!stack.alerts.contains { $0.name == pack.disabledAlert })
        #expect(!stack.alertTests.contains { $0.name.hasPrefix(pack.disabledAlert + " ") })
        let readme = try #require(try ComponentFixtures.files(pack.stack(.disabled))["README.md"])
        let reason = try #require(stack.rulePacks.first { $0.job == pack.job }?.disabled.first?.reason)
        #expect(readme.contains("- `\(pack.disabledAlert)`: \(reason)"))
        #expect(readme.contains("### The \(pack.name) pack (job `\(pack.job)`)"))
    }

    @Test(
        "an override the pack cannot apply is a located diagnostic",
        arguments: ComponentPack.allCases, [ExporterPack.Overrides.thresholdless, .outOfRange, .tunedAndDisabled])
    func invalid(_ pack: ComponentPack, _ overrides: ExporterPack.Overrides) throws {
        try PackExpectations.invalidOverrideReported(
            in: pack.stack(overrides), pack: pack.name, declaredIn: "ComponentPack.swift")
    }

    @Test("the generated tests pass promtool, defaults and tuned", arguments: ComponentPack.allCases)
    func promtool(_ pack: ComponentPack) throws {
        try PackExpectations.promtoolPasses(job: pack.job) { pack.stack($0) }
    }

    @Test("an override of the other tracing backend's alert is a located diagnostic that names the backend")
    func otherBackend() throws {
        let override = PackOverride<TracingAlert>.tune(.tempoFlushesFailing, threshold: 5)
        let stack = Stack("traces") { Tracing(.jaeger, pack: [override]) }
        let diagnostics = try ComponentFixtures.compile([stack]).diagnostics
        let found = try #require(diagnostics.first { $0.id == "invalid-pack-override" }, "\(diagnostics)")
        #expect(
            found.message
                == "tracing pack: TempoFlushesFailing is not deployed: the stack's tracing backend is jaeger")
        #expect(found.location.line == override.location.line)
    }

    @Test("compose scrapes each component; Kubernetes, which deploys none, has neither their jobs nor packs")
    func scrapedOnComposeOnly() throws {
        let composed = try ComponentFixtures.files(ComponentFixtures.full)
        let config = try YAMLParser().parse(try #require(composed["prometheus/prometheus.yml"]))
        let jobs = try #require(config["scrape_configs"]?.sequenceValue).compactMap { job in
            job["job_name"]?.stringValue.map { ($0, job["static_configs"]?.sequenceValue?.first?["targets"]) }
        }
        let targets = Dictionary(jobs) { first, _ in first }
        for (job, target) in [
            ("grafana", "grafana:3000"), ("loki", "loki:3100"), ("alloy", "alloy:12345"), ("jaeger", "jaeger:8888"),
        ] {
            #expect(targets[job] == [.string(target)], "\(job)")
        }
        let tempo = try ComponentFixtures.files(ComponentFixtures.tempo)
        #expect(tempo["prometheus/prometheus.yml"]?.contains("- tempo:3200") == true)
        let cluster = Stack("logs", kubernetes: Kubernetes(namespace: "logs")) {
            Grafana()
            Loki()
            Tracing(.tempo)
        }
        let kubernetes = try ComponentFixtures.files(cluster).filter { $0.key.hasPrefix("kubernetes/") }
        #expect(!kubernetes.isEmpty)
        for (path, contents) in kubernetes {
            for scrape in ["kind: ScrapeConfig", "kind: ServiceMonitor", "kind: PodMonitor", "job_name:"] {
                #expect(!contents.contains(scrape), "\(path) scrapes a component")
            }
        }
        // The packs of what the cluster does not run would never fire, and their dashboards stay empty.
        #expect(kubernetes.keys.contains("kubernetes/prometheusrule-prometheus.yaml"))
        for component in ["grafana", "loki", "alloy", "tempo"] {
            #expect(!kubernetes.keys.contains("kubernetes/prometheusrule-\(component).yaml"), "\(component)")
            #expect(!kubernetes.keys.contains("kubernetes/configmap-dashboard-logs-\(component).yaml"), "\(component)")
        }
        #expect(kubernetes.keys.contains("kubernetes/configmap-dashboard-logs-stack-health.yaml"))
        let clusterFiles = try ComponentFixtures.files(cluster)
        #expect(clusterFiles.keys.contains { $0.hasPrefix("grafana/dashboards/") && $0.hasSuffix("/logs-loki.json") })
    }

    @Test("Jaeger's configuration serves its own metrics to the stack's network on the scraped port")
    func jaegerTelemetry() throws {
        let config = try YAMLParser().parse(
            try #require(try ComponentFixtures.files(ComponentFixtures.full)["jaeger/config.yml"]))
        let prometheus = config["service"]?["telemetry"]?["metrics"]?["readers"]?.sequenceValue?.first?["pull"]?[
            "exporter"]?["prometheus"]
        #expect(prometheus?["host"] == "0.0.0.0" && prometheus?["port"] == 8888)
    }

    @Test("each component's pack brings its dashboard, derived from its alerts' signals")
    func dashboards() throws {
        let stack = StackLowering.lower(ComponentFixtures.full)
        let titles = Set(stack.dashboards.map(\.title))
        for title in ["Grafana", "Loki", "Alloy", "Tracing"] {
            #expect(titles.contains(title), "\(title)")
        }
        let loki = try #require(stack.dashboards.first { $0.title == "Loki" })
        #expect(loki.panels.flatMap(\.targets).contains { $0.text.contains("loki_request_duration_seconds_count") })
    }
}
