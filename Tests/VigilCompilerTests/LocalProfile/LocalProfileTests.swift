import Foundation
import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilEndToEnd
@testable import VigilModel

/// The local profile: same rules and routing, loopback addresses, webhooks to the sink, short timings.
@Suite("Local profile")
struct LocalProfileTests {
    enum Request: String, LabelKey { case status }
    static let requests = Counter<Request>("api_requests_total", help: "Requests handled.")

    /// Scrapes with credentials, TLS and discovery, an alert with a long `for` and `keep_firing_for`, and the
    /// routing fixture with every receiver kind and schedules.
    static let stack = Stack("shop") {
        Service(
            "api",
            scrape: .target("api:8443", scheme: .https)
                .authorization(.bearer(.secret("api_token")))
                .tls(ScrapeTLS(certificateAuthority: .secret("api_ca")))
                .relabeling([.labelDrop("tmp_.*")]),
            ruleQueryOffset: .minutes(1)
        ) {
            requests
            Alert("ApiErrors", severity: .critical, for: .minutes(10), keepFiringFor: .minutes(5)) {
                sum(rate(requests.where(.status, matches: "5.."), over: .minutes(5))) > 1
            } annotations: {
                AlertSummary("API errors")
            }
        }
        Service("nodes", scrape: .discovered(.files(["targets/nodes.json"], refresh: .minutes(5))))
        AlertmanagerFixtures.routing
    }

    static let resolved = StackLowering.lower(stack, templates: AlertmanagerFixtures.templates)

    static let addresses = LocalAddresses(
        prometheus: 40001, alertmanager: 40002, sink: 40003,
        targets: [
            LocalTarget(job: "api", instance: "api:8443"): 40010,
            LocalTarget(job: "nodes", instance: "nodes-discovered"): 40011,
        ])

    static let local = LocalProfile().apply(to: resolved, addresses: addresses)

    static func emitted(_ emitter: any ArtefactEmitter, _ path: String) throws -> (String, YAMLNode) {
        let text = try #require(try emitter.emit(local).first { $0.path == path }).contents
        return (text, try YAMLParser().parse(text))
    }

    @Test("the exporter serves every target of every service; a discovered job gets one named after it")
    func targets() {
        #expect(
            LocalProfile.targets(of: Self.resolved) == [
                LocalTarget(job: "api", instance: "api:8443"), LocalTarget(job: "nodes", instance: "nodes-discovered"),
            ])
    }

    @Test("scrapes go to loopback over plain HTTP, keep the production instance, and carry no secret")
    func scrapes() throws {
        let (text, config) = try Self.emitted(PrometheusConfigEmitter(), PrometheusConfigEmitter.path)
        #expect(config["global"] == ["scrape_interval": "1s", "scrape_timeout": "1s", "evaluation_interval": "1s"])
        #expect(config["alerting"]?["alertmanagers"] == [["static_configs": [["targets": ["127.0.0.1:40002"]]]]])
        let jobs = try #require(config["scrape_configs"]?.sequenceValue)
        let api = try #require(jobs.first { $0["job_name"] == "api" })
        #expect(api["scheme"] == "http")
        #expect(api["static_configs"] == [["targets": ["127.0.0.1:40010"]]])
        #expect(
            api["relabel_configs"] == [
                [
                    "source_labels": ["__address__"], "regex": "127\\.0\\.0\\.1:40010", "target_label": "instance",
                    "replacement": "api:8443", "action": "replace",
                ]
            ])
        #expect(jobs.first { $0["job_name"] == "prometheus" }?["static_configs"] == [["targets": ["127.0.0.1:40001"]]])
        #expect(
            jobs.first { $0["job_name"] == "alertmanager" }?["static_configs"] == [["targets": ["127.0.0.1:40002"]]])
        #expect(jobs.first { $0["job_name"] == "nodes" }?["file_sd_configs"] == nil)
        #expect(!text.contains("/run/secrets"))
    }

    @Test("alerts keep their rules and labels, with `for` at most 2s and no keep_firing_for or query_offset")
    func alerts() throws {
        #expect(Self.resolved.ruleGroups.first { $0.name == "api" }?.queryOffset == .minutes(1))
        #expect(Self.local.ruleGroups.allSatisfy { $0.queryOffset == nil })
        let alert = try #require(Self.local.alerts.first { $0.name == "ApiErrors" })
        let original = try #require(Self.resolved.alerts.first { $0.name == "ApiErrors" })
        #expect(alert.duration == .seconds(2))
        #expect(alert.keepFiringFor == nil)
        #expect(alert.expression?.tree == original.expression?.tree)
        #expect(alert.labels == original.labels)
        #expect(Self.local.alerts.first { $0.name == "Watchdog" }?.duration == nil)
    }

    @Test("every receiver becomes a webhook to the sink under its name; the tree keeps its shape, not its waits")
    func routing() throws {
        let (text, config) = try Self.emitted(AlertmanagerConfigEmitter(), AlertmanagerConfigEmitter.path)
        let receivers = try #require(config["receivers"]?.sequenceValue)
        #expect(
            receivers.map(\.self)
                == Self.resolved.alertmanager?.receivers.map { receiver in
                    [
                        "name": .string(receiver.name),
                        "webhook_configs": [
                            ["url": .string("http://127.0.0.1:40003/\(receiver.name)"), "send_resolved": true]
                        ],
                    ]
                })
        #expect(config["route"]?["group_wait"] == "1s")
        #expect(config["route"]?["group_interval"] == "1s")
        #expect(config["time_intervals"] == nil)
        #expect(!text.contains("mute_time_intervals") && !text.contains("active_time_intervals"))
        #expect(
            Self.local.alertmanager?.root.allRoutes.map(\.receiver)
                == Self.resolved.alertmanager?.root.allRoutes.map(\.receiver))
        #expect(Self.local.alertmanager?.inhibitions == Self.resolved.alertmanager?.inhibitions)
        #expect(config["templates"] == ["templates/vigil.tmpl"])
    }

    @Test("promtool and amtool accept the local profile, rule files included")
    func tools() throws {
        let directory = try TemporaryDirectory()
        let emitters: [any ArtefactEmitter] = [
            PrometheusConfigEmitter(), RuleFilesEmitter(), AlertmanagerConfigEmitter(),
        ]
        for file in try emitters.flatMap({ try $0.emit(Self.local) }) {
            try directory.write(file.path, file.contents)
        }
        let prometheus = try ToolRunner().run(
            "promtool", ["check", "config", "prometheus/prometheus.yml"], in: directory.url)
        #expect(prometheus.succeeded, "\(prometheus.output)")
        let alertmanager = try ToolRunner().run(
            "amtool", ["check-config", "alertmanager/alertmanager.yml"], in: directory.url)
        #expect(alertmanager.succeeded, "\(alertmanager.output)")
    }
}
