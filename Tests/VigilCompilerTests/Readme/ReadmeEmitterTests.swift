import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("The stack README")
struct ReadmeEmitterTests {
    enum Request: String, LabelKey { case status }
    static let requests = Counter<Request>("http_requests_total", help: "Requests | by status.")
    static let api = Service("api", scrape: .target("api:8080")) { requests }
    static let pager = Receiver("pager", .pagerDuty(routingKey: .secret("pagerduty_key")))

    /// The README of `stack`, lowered.
    static func readme(_ stack: Stack) throws -> String {
        let files = try ReadmeEmitter().emit(StackLowering.lower(stack))
        #expect(files.map(\.path) == ["README.md"])
        return files.first?.contents ?? ""
    }

    /// The lines of `readme` from the heading `heading` up to the next heading of the same level.
    static func section(_ heading: String, of readme: String) -> [String] {
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: heading) else { return [] }
        let level = heading.prefix { $0 == "#" }.count
        var fenced = false
        let end =
            lines[(start + 1)...].firstIndex { line in
                if line.hasPrefix("```") { fenced.toggle() }
                let hashes = line.prefix { $0 == "#" }.count
                return !fenced && hashes > 0 && hashes <= level && line.dropFirst(hashes).hasPrefix(" ")
            } ?? lines.count
        return Array(lines[start..<end]).reversed().drop { $0.isEmpty }.reversed()
    }

    @Test("what runs: Prometheus alone, then with the Alertmanager, each on 127.0.0.1 with its reload command")
    func running() throws {
        let bare = try Self.readme(Stack("shop") { Self.api })
        let table = Self.section("## What runs", of: bare).suffix(3)
        #expect(Array(table.prefix(2)) == ["| service | image | published on | role |", "|---|---|---|---|"])
        #expect(
            table.last?.hasPrefix(
                "| `prometheus` | `prom/prometheus:${PROMETHEUS_VERSION:-\(PinnedImages.prometheus.tag)}` | `127.0.0.1:9090`"
            ) == true)
        #expect(bare.contains("curl -X POST http://127.0.0.1:9090/-/reload"))
        #expect(!bare.contains("9093"))
        #expect(!bare.contains("## Secrets"))
        #expect(!bare.contains("docker compose restart"))

        let routed = try Self.readme(
            Stack("shop") {
                Self.api
                Alertmanager(defaultReceiver: Self.pager) {}
            })
        #expect(Self.section("## What runs", of: routed).last?.hasPrefix("| `alertmanager` |") == true)
        #expect(routed.contains("curl -X POST http://127.0.0.1:9093/-/reload"))
        #expect(
            Self.section("## Secrets", of: routed).suffix(3) == [
                "| file | read by | holds |",
                "|---|---|---|",
                "| `secrets/pagerduty_key` | `alertmanager` | PagerDuty Events API v2 routing key of receiver 'pager' |",
            ])
        #expect(Self.section("## Deploying", of: routed).contains("docker compose up -d"))
    }

    @Test("what runs: a port published elsewhere on the host, containers restarted for their configuration, a network")
    func components() throws {
        let readme = try Self.readme(
            Stack("shop", network: .external("shop_default")) {
                Self.api
                Grafana(port: 3001)
                Loki(port: nil)
            })
        let grafana = Self.section("## What runs", of: readme).first { $0.hasPrefix("| `grafana` |") } ?? ""
        #expect(grafana.contains("| `127.0.0.1:3001` → 3000 ("))
        let loki = Self.section("## What runs", of: readme).first { $0.hasPrefix("| `loki` |") } ?? ""
        #expect(loki.contains("| not published |"))
        #expect(
            Self.section("## Reloading after `make generate`", of: readme).contains {
                $0.hasPrefix("docker compose restart ") && $0.contains(" grafana") && $0.contains(" loki")
            })
        #expect(
            Self.section("## Deploying", of: readme).contains(
                "The containers join the application's network `shop_default`, which must exist first:"))
    }

    @Test("corrections: numbered, the document's query and the stack's in PromQL blocks, the reason, the spec line")
    func corrections() throws {
        let line = #line + 5
        let readme = try Self.readme(
            Stack("shop") {
                Self.api
                Note("The document's `api` job\nkeeps its name.")
                Correction(
                    "HighErrorRate *alert*", original: "http_requests_total{status=~\"5..\"} > 5",
                    corrected: rate(Self.requests.where(.status, matches: "5.."), over: .minutes(5)) > 5,
                    reason: "A counter only grows; compare its per-second rate.")
            })
        #expect(
            Self.section("## Corrections to the source document", of: readme) == [
                "## Corrections to the source document",
                "",
                "Where the document's PromQL does not mean what it intends, the stack expresses the intent instead:",
                "",
                #"### 1. HighErrorRate \*alert\*"#,
                "",
                "The document:",
                "",
                "```promql",
                #"http_requests_total{status=~"5.."} > 5"#,
                "```",
                "",
                "The stack:",
                "",
                "```promql",
                #"rate(http_requests_total{status=~"5.."}[5m]) > 5"#,
                "```",
                "",
                "Why: A counter only grows; compare its per-second rate.",
                "",
                "Declared at `VigilCompilerTests/Readme/ReadmeEmitterTests.swift:\(line)`.",
            ])
        #expect(
            Self.section("## Notes", of: readme) == [
                "## Notes", "", "- The document's `api` job", "  keeps its name.",
            ])
    }

    @Test("a raw corrected query is shown as written; no corrections or notes, no sections")
    func rawCorrection() throws {
        let readme = try Self.readme(
            Stack("shop") {
                Self.api
                Correction(
                    "rate", original: "rate(http_requests_total)",
                    corrected: PromQL("sum  (rate(http_requests_total[5m]))"), reason: "r")
            })
        #expect(readme.contains("```promql\nsum  (rate(http_requests_total[5m]))\n```"))
        #expect(!readme.contains("## Notes"))
        #expect(!(try Self.readme(Stack("shop") { Self.api })).contains("## Corrections"))
    }

    @Test("the README starts with the generated-code marker and names the stack's spec file")
    func header() throws {
        let readme = try Self.readme(Stack("shop") { Self.api })
        #expect(
            readme.hasPrefix(
                "<!-- Code generated by vigil. DO NOT EDIT. -->\n# The 'shop' monitoring stack\n\n"
                    + "Generated by `make generate` from the specs declared in"
                    + " `VigilCompilerTests/Readme/ReadmeEmitterTests.swift`"))
    }

    @Test("the file is each line followed by a line break, as UTF-8")
    func lines() {
        #expect(ReadmeEmitter.utf8(of: ["# Title", "", "Café – ×2"]) == Array("# Title\n\nCafé – ×2\n".utf8))
        #expect(ReadmeEmitter.utf8(of: []).isEmpty)
    }

    @Test("contents: a link per section, with GitHub's fragment, counting headings that share it, not code")
    func contents() throws {
        #expect(
            ReadmeEmitter.contents([
                "# Title", "## What runs", "```sh", "# a comment", "## not a heading", "```", "### alerts",
                "## Reloading after `make generate`", "## Alerts", "````", "```", "## Notes", "````",
            ]) == [
                "[What runs](#what-runs)", "[Reloading after make generate](#reloading-after-make-generate)",
                "[Alerts](#alerts-1)",
            ])
        let readme = try Self.readme(Stack("shop") { Self.api })
        #expect(
            readme.contains(
                "\n\nContents: [Topology](#topology) · [What runs](#what-runs) · [Container security](#container-security) · [Deploying](#deploying) · "
            ))
    }
}
