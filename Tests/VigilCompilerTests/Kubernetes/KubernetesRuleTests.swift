import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("The Kubernetes target's rules: what the API server or the operator would reject")
struct KubernetesRuleTests {
    typealias F = KubernetesFixtures

    /// A service scraped at `<name>:8080`, its scrape located at the caller's line.
    static func scraped(_ discovery: KubernetesScrape?, name: String = "api", line: Int = #line) -> Service {
        var scrape = Scrape.target("\(name):8080", line: line)
        scrape.kubernetes = discovery
        return Service(name, scrape: scrape)
    }

    @Test("the fixture and a stack without Kubernetes selectors but without the target are clean")
    func clean() throws {
        #expect(try Fixtures.ids([F.stack]).isEmpty)
        #expect(try Fixtures.ids([Stack("shop") { Self.scraped(nil) }]).isEmpty)
    }

    @Test(
        "a namespace that is not a DNS label",
        arguments: ["Shop", "shop_prod", "-shop", String(repeating: "a", count: 64)])
    func namespace(_ namespace: String) throws {
        let diagnostics = try Fixtures.diagnostics([F.stack(Kubernetes(namespace: namespace)) { Grafana() }])
        #expect(diagnostics.map(\.id) == ["invalid-kubernetes-namespace"])
        #expect(diagnostics.first?.location.line == #line - 2)
    }

    @Test("an object name over 63 characters, or not a DNS label")
    func names() throws {
        let long = String(repeating: "a", count: 64)
        let diagnostics = try Fixtures.diagnostics([
            F.stack {
                Self.scraped(.staticTargets, name: long)
                Self.scraped(.service(["app": "api"], port: "metrics"), name: "checkout_api")
            }
        ])
        #expect(diagnostics.map(\.id) == ["invalid-kubernetes-name", "invalid-kubernetes-name"])
        #expect(diagnostics.first?.message.contains("over 63") == true)
        #expect(diagnostics.last?.hint?.contains("'checkout-api'") == true)
        var scrape = Scrape.target("api:8080").authorization(.bearer(.secret("API_Token")))
        scrape.kubernetes = .staticTargets
        let secret = try Fixtures.diagnostics([F.stack { Service("api", scrape: scrape) }])
        #expect(secret.map(\.id) == ["invalid-kubernetes-name"])
        #expect(secret.first?.message.contains("'api-token'") == false)
        #expect(secret.first?.message.contains("'API-Token' of a Secret") == true)
    }

    @Test(
        "a port name that is not an IANA service name",
        arguments: ["http_metrics", "8080", "metrics--http", "a-very-long-port-name"])
    func portName(_ port: String) throws {
        #expect(
            try Fixtures.ids([F.stack { Self.scraped(.service(["app": "api"], port: port)) }])
                == ["invalid-kubernetes-port-name"])
    }

    @Test("an invalid label value or name, in the operator's selector or a Service selector")
    func labels() throws {
        let selector = Kubernetes(namespace: "shop", selectorLabels: ["release": "kube prometheus"])
        #expect(try Fixtures.ids([F.stack(selector) { Grafana() }]) == ["invalid-kubernetes-label"])
        let service = Self.scraped(.service(["app": String(repeating: "x", count: 64), "-tier": "web"], port: "http"))
        #expect(try Fixtures.ids([F.stack { service }]) == ["invalid-kubernetes-label", "invalid-kubernetes-label"])
        #expect(KubernetesNames.labelProblem(key: "app.kubernetes.io/name", value: "") == nil)
        #expect(KubernetesNames.labelProblem(key: "Bad_Domain/name", value: "v") != nil)
    }

    @Test("file discovery has no place on Kubernetes; DNS discovery becomes the ScrapeConfig's")
    func discovery() throws {
        let files = Service(
            "nodes",
            scrape: .discovered(.files(["targets/nodes.json"], refresh: .minutes(5))).kubernetes(.staticTargets))
        #expect(try Fixtures.ids([F.stack { files }]) == ["unsupported-kubernetes-discovery"])
        let spec = try #require(try KubernetesFixtures.objects()["scrapeconfig-nodes.yaml"]?["spec"])
        #expect(spec["staticConfigs"] == nil)
        #expect(
            spec["dnsSDConfigs"] == [["names": ["_node._tcp.example.com"], "type": "SRV", "refreshInterval": "30s"]])
    }

    @Test("a Kubernetes selector in a stack not generated for Kubernetes is a warning at its scrape")
    func unusedSelector() throws {
        let diagnostics = try Fixtures.diagnostics([Stack("shop") { Self.scraped(.staticTargets) }])
        #expect(diagnostics.map(\.id) == ["unused-kubernetes-selector"])
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.first?.location.line == #line - 3)
    }

    @Test("a scraped service without a Kubernetes selector in a Kubernetes stack, at its scrape")
    func missingSelector() throws {
        let diagnostics = try Fixtures.diagnostics([F.stack { Self.scraped(nil) }])
        #expect(diagnostics.map(\.id) == ["missing-kubernetes-selector"])
        #expect(diagnostics.first?.location.line == #line - 2)
    }
}
