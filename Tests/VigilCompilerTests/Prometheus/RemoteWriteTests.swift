import Foundation
import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel
import YAMLKit

@testable import VigilEndToEnd

@Suite("Remote write: long-term storage by preset")
struct RemoteWriteTests {
    static let stores: [RemoteWrite] = [
        .mimir(
            url: "https://mimir.example.com/api/v1/push", tenant: "shop",
            authorization: .basic(username: "shop", password: .secret("mimir_password")), rawSeries: ["up"]),
        .thanosReceive(url: "http://thanos-receive:19291/api/v1/receive", tenant: "shop"),
        .victoriaMetrics(
            url: "http://victoriametrics:8428/api/v1/write", authorization: .bearer(.secret("vm_token")),
            tls: ScrapeTLS(certificateAuthority: .secret("vm_ca"))),
    ]

    static func stack(_ stores: [RemoteWrite] = stores) -> Stack {
        Stack("shop", prometheus: Prometheus(remoteWrite: stores)) {
            Service("api", scrape: .target("api:8080")) { Gauge<NoLabels>("jobs_queued", help: "Jobs waiting.") }
        }
    }

    static func files() throws -> [String: String] {
        let output = try #require(try Compiler().compile([stack()]).outputs.first)
        return Dictionary(uniqueKeysWithValues: output.files.map { ($0.path, $0.contents) })
    }

    @Test("each preset: its tenant header, credentials from secret files, its queue, recorded series and the listed")
    func presets() throws {
        let config = try YAMLParser().parse(try #require(try Self.files()[PrometheusConfigEmitter.path]))
        let writes = try #require(config["remote_write"]?.sequenceValue)
        #expect(writes.map { $0["name"] } == ["mimir", "thanos-receive", "victoria-metrics"])
        #expect(writes[0]["headers"] == ["X-Scope-OrgID": "shop"])
        #expect(writes[0]["basic_auth"] == ["username": "shop", "password_file": "/run/secrets/mimir_password"])
        #expect(
            writes[0]["write_relabel_configs"] == [
                ["source_labels": ["__name__"], "regex": ".+:.+|up", "action": "keep"]
            ])
        #expect(writes[1]["headers"] == ["THANOS-TENANT": "shop"])
        #expect(writes[1]["queue_config"]?["max_samples_per_send"] == 2000)
        #expect(writes[2]["headers"] == nil)
        #expect(writes[2]["authorization"] == ["type": "Bearer", "credentials_file": "/run/secrets/vm_token"])
        #expect(writes[2]["tls_config"] == ["ca_file": "/run/secrets/vm_ca"])
        #expect(
            writes[2]["queue_config"] == [
                "capacity": 20000, "max_shards": 30, "max_samples_per_send": 10000, "batch_send_deadline": "5s",
            ])
        #expect(writes[2]["write_relabel_configs"]?.sequenceValue?.first?["regex"] == ".+:.+")
    }

    @Test("the secrets a remote write reads are mounted into Prometheus and listed for their owner")
    func secrets() throws {
        let files = try Self.files()
        let compose = try YAMLParser().parse(try #require(files[ComposeEmitter.path]))
        let mounted = compose["services"]?["prometheus"]?["secrets"]?.sequenceValue?.compactMap(\.stringValue) ?? []
        #expect(Set(["mimir_password", "vm_token", "vm_ca"]).isSubset(of: Set(mounted)))
        let readme = try #require(files["secrets/README.md"])
        #expect(readme.contains("for remote write 'mimir'"))
    }

    @Test("promtool 3.5 accepts the remote writes")
    func promtool() throws {
        let (directory, folder) = try EmitterToolTests.generate(Self.stack())
        let run = try ToolRunner().run(
            "promtool", ["check", "config", "--syntax-only", PrometheusConfigEmitter.path], in: folder)
        #expect(run.succeeded, "\(run.output)")
        _ = directory
    }

    @Test("the e2e profile sends nothing to a store that does not listen on loopback")
    func localProfile() throws {
        let lowered = try #require(Compiler().lower([Self.stack()]).first)
        let local = LocalProfile().apply(
            to: lowered, addresses: LocalAddresses(prometheus: 1, alertmanager: 2, sink: 3, targets: [:]))
        #expect(!lowered.prometheus.remoteWrite.isEmpty)
        #expect(local.prometheus.remoteWrite.isEmpty)
    }

    @Test("bad remote writes are located diagnostics")
    func diagnostics() throws {
        func ids(_ store: RemoteWrite...) throws -> [String] {
            try Fixtures.diagnostics([Self.stack(store)]).map(\.id)
        }
        #expect(try ids(.mimir(url: "mimir:9009/api/v1/push", tenant: "shop")) == ["invalid-remote-write-url"])
        #expect(
            try ids(.victoriaMetrics(url: "http://vm:8428/api/v1/write"), .victoriaMetrics(url: "http://vm2:8428/w"))
                == ["duplicate-remote-write"])
        #expect(
            try ids(.victoriaMetrics(url: "http://vm:8428/api/v1/write", rawSeries: ["up{job}"]))
                == ["invalid-remote-write-series"])
        #expect(
            try ids(.victoriaMetrics(url: "http://vm:8428/api/v1/write", headers: ["x-scope-orgid": "shop"]))
                == ["misplaced-tenant-header"])
        #expect(
            try ids(.thanosReceive(url: "http://receive:19291/api/v1/receive", headers: ["THANOS-TENANT": "a"]))
                == ["misplaced-tenant-header"])
        let line = #line + 1
        let leaked = try Fixtures.diagnostics([
            Self.stack([.mimir(url: "https://shop:hunter2@mimir.example.com/api/v1/push", tenant: "shop")])
        ])
        #expect(leaked.map(\.id) == ["credential-in-url"])
        #expect(leaked.first?.location.line == line + 1)
        #expect(!(leaked.first?.message.contains("hunter2") ?? true))
    }
}
