import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

@Suite("Validation: every diagnostic kind")
struct ValidationTests {
    @Test("a valid stack has no diagnostics")
    func validStack() throws {
        #expect(try Fixtures.diagnostics([Fixtures.shop]).isEmpty)
    }

    @Test("duplicate-stack: two stacks with one name")
    func duplicateStack() throws {
        let diagnostics = try Fixtures.diagnostics([Stack("shop") {}, Stack("shop") {}])
        #expect(diagnostics.map(\.id) == ["duplicate-stack"])
        #expect(diagnostics[0].hint?.contains("ValidationTests.swift") == true)
    }

    @Test("invalid-stack-name: not a folder or compose project name", arguments: ["Shop", "my stack", "-shop", ""])
    func invalidStackName(name: String) throws {
        #expect(try Fixtures.ids([Stack(name) {}]) == ["invalid-stack-name"])
    }

    @Test("invalid-stack-name suggests a slug")
    func stackNameSuggestion() throws {
        let diagnostic = try #require(try Fixtures.diagnostics([Stack("Auto Deal") {}]).first)
        #expect(diagnostic.hint == "did you mean 'auto-deal'?")
    }

    @Test("invalid-service-name", arguments: ["my api", "-api", "api/v1"])
    func invalidServiceName(name: String) throws {
        let stack = Stack("shop") { Service(name, scrape: .target("api:8080")) }
        #expect(try Fixtures.ids([stack]) == ["invalid-service-name"])
    }

    @Test("duplicate-job: two services with one name")
    func duplicateJob() throws {
        let stack = Stack("shop") {
            Service("api", scrape: .target("api:8080"))
            Service("api", scrape: .target("api:8081"))
        }
        let diagnostics = try Fixtures.diagnostics([stack])
        #expect(diagnostics.map(\.id) == ["duplicate-job"])
        #expect(diagnostics[0].hint?.contains("must be unique") == true)
    }

    @Test("duplicate-job: a service named like the stack's own Prometheus job")
    func reservedJob() throws {
        let stack = Stack("shop") { Service("prometheus", scrape: .target("other:9090")) }
        let diagnostic = try #require(try Fixtures.diagnostics([stack]).first)
        #expect(diagnostic.id == "duplicate-job")
        #expect(diagnostic.hint?.contains("its own Prometheus") == true)
    }

    @Test("invalid-label-name: external and target labels")
    func invalidLabelName() throws {
        let stack = Stack("shop", prometheus: Prometheus(externalLabels: ["__meta": "x", "region-1": "eu"])) {
            Service("api", scrape: .target("api:8080", labels: ["9team": "a"]))
        }
        let diagnostics = try Fixtures.diagnostics([stack])
        #expect(diagnostics.map(\.id) == ["invalid-label-name", "invalid-label-name", "invalid-label-name"])
        #expect(diagnostics.contains { $0.message.contains("reserved for Prometheus") })
    }

    @Test("duplicate-scrape-target: a copied service scraping the same target and path")
    func targetInTwoJobs() throws {
        let copied = Stack("shop") {
            Service("api", scrape: .target("api:8080"))
            Service("api-copy", scrape: .targets(["api:8080", "api-2:8080"]))
        }
        let diagnostics = try Fixtures.diagnostics([copied])
        #expect(diagnostics.map(\.id) == ["duplicate-scrape-target"])
        #expect(
            diagnostics.first?.message
                == "job 'api-copy' scrapes api:8080/metrics, which job 'api' scrapes too: its series would be stored "
                + "twice, under both jobs")
        // Another path of the same address is another target.
        let paths = Stack("shop") {
            Service("api", scrape: .target("api:8080"))
            Service("api-internal", scrape: .target("api:8080", path: "/internal/metrics"))
        }
        #expect(try Fixtures.ids([paths]).isEmpty)
    }

    @Test("nonpositive-duration and scrape-timeout-too-long on the global settings")
    func globalDurations() throws {
        let stack = Stack(
            "shop",
            prometheus: Prometheus(
                scrapeInterval: .seconds(10), scrapeTimeout: .seconds(20), evaluationInterval: .seconds(0))
        ) {}
        #expect(try Fixtures.ids([stack]).sorted() == ["nonpositive-duration", "scrape-timeout-too-long"])
    }

    @Test("scrape-timeout-too-long on a job, against its own interval")
    func jobTimeout() throws {
        let stack = Stack("shop") {
            Service("api", scrape: .target("api:8080", interval: .seconds(5), timeout: .seconds(6)))
            Service("ok", scrape: .target("ok:8080", interval: .seconds(5)))
        }
        let diagnostic = try #require(try Fixtures.diagnostics([stack]).first)
        #expect(diagnostic.id == "scrape-timeout-too-long")
        #expect(diagnostic.message == "scrape timeout 6s is longer than the scrape interval 5s")
    }

    @Test("nonpositive-duration on a job")
    func jobNonPositive() throws {
        let stack = Stack("shop") { Service("api", scrape: .target("api:8080", interval: .seconds(0))) }
        #expect(try Fixtures.ids([stack]) == ["nonpositive-duration"])
    }

    @Test("no-scrape-targets")
    func noTargets() throws {
        let stack = Stack("shop") { Service("api", scrape: .targets([])) }
        #expect(try Fixtures.ids([stack]) == ["no-scrape-targets"])
    }

    @Test("duplicate-target is a warning, and output is still produced")
    func duplicateTarget() throws {
        let stack = Stack("shop") { Service("api", scrape: .targets(["api:8080", "api:8080"])) }
        let result = try Compiler().compile([stack])
        #expect(result.diagnostics.map(\.id) == ["duplicate-target"])
        #expect(result.diagnostics[0].severity == .warning)
        #expect(!result.outputs.isEmpty)
    }

    @Test(
        "invalid-target",
        arguments: [
            ("http://api:8080", "write 'api:8080'"),
            ("api:8080/metrics", "path"),
            ("api:99999", "port"),
            ("api:http", "port"),
            ("api server:80", "host"),
        ])
    func invalidTarget(target: String, expected: String) throws {
        let stack = Stack("shop") { Service("api", scrape: .target(target)) }
        let diagnostic = try #require(try Fixtures.diagnostics([stack]).first)
        #expect(diagnostic.id == "invalid-target")
        #expect(diagnostic.message.contains(expected) || diagnostic.hint?.contains(expected) == true)
    }

    @Test("valid targets", arguments: ["api:8080", "api", "10.0.0.1:9100", "[::1]:9090", "a-b.example.com:443"])
    func validTarget(target: String) throws {
        let stack = Stack("shop") { Service("api", scrape: .target(target)) }
        #expect(try Fixtures.ids([stack]).isEmpty)
    }

    @Test("invalid-metrics-path")
    func metricsPath() throws {
        let stack = Stack("shop") { Service("api", scrape: .target("api:8080", path: "metrics")) }
        let diagnostic = try #require(try Fixtures.diagnostics([stack]).first)
        #expect(diagnostic.id == "invalid-metrics-path")
        #expect(diagnostic.hint == "did you mean '/metrics'?")
    }

    @Test("all diagnostics are reported at once, and an error stops emission")
    func allAtOnce() throws {
        let stack = Stack("Bad Name") {
            Service("api", scrape: .target("http://api:8080", path: "metrics"))
            Service("api", scrape: .targets([]))
        }
        let result = try Compiler().compile([stack])
        #expect(
            Set(result.diagnostics.map(\.id)) == [
                "invalid-stack-name", "invalid-target", "invalid-metrics-path", "duplicate-job", "no-scrape-targets",
            ])
        #expect(result.hasErrors)
        #expect(result.outputs.isEmpty)
    }
}
