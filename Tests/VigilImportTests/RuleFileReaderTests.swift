import Testing
import VigilCore

@testable import VigilImport

@Suite("import: reading rule files")
struct RuleFileReaderTests {
    @Test("a plain rule file: groups, rules, durations, labels and annotations in order, with their lines")
    func plainFile() throws {
        let file = try Fixtures.ruleFile
        let (groups, report) = try RuleFileReader(file: file.name, text: file.text).read()
        #expect(groups.map(\.name) == ["api-availability", "api-host"])
        #expect(groups[0].interval == .seconds(30))
        #expect(groups[0].location == InputLocation(file: file.name, line: 2))
        let alert = groups[0].rules[1]
        #expect(alert.name == "APIHighErrorRate" && alert.kind == .alert)
        #expect(alert.location.line == 7)
        #expect(alert.duration == .minutes(5) && alert.keepFiringFor == .minutes(2))
        #expect(alert.labels.map(\.key) == ["severity", "team"])
        #expect(alert.annotations.map(\.key) == ["summary", "description"])
        #expect(alert.tree == (try PromQLExpression(parsing: alert.expression)))
        #expect(groups[0].rules[0].kind == .record)
        #expect(
            report.entries.map(\.description) == [
                "api.rules.yml:25: not carried over: group api-host: `limit` (Vigil's services have no rule limit)"
            ])
    }

    @Test("a PrometheusRule resource of two documents: the groups of both, the resources reported")
    func customResource() throws {
        let file = try Fixtures.prometheusRule
        let (groups, report) = try RuleFileReader(file: file.name, text: file.text).read()
        #expect(groups.map(\.name) == ["node", "worker"])
        #expect(groups.map { $0.rules.map(\.name) } == [["NodeFilesystemFull"], ["WorkerBacklog"]])
        #expect(groups[1].rules[0].location.line == 23)
        #expect(report.entries.filter { $0.message.contains("PrometheusRule's metadata") }.count == 2)
    }

    @Test("two rules of one name are found at their own lines")
    func sameNames() throws {
        let text = """
            groups:
              - name: g
                rules:
                  - alert: Full
                    expr: x > 1
                  - alert: Full
                    expr: x > 2
            """
        let (groups, _) = try RuleFileReader(file: "f", text: text).read()
        #expect(groups[0].rules.map(\.location.line) == [4, 6])
    }

    @Test(
        "bad input is a located error",
        arguments: [
            ("groups: [", "f:2: error: invalid YAML"),
            (
                "groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: rate(x[5m]\n",
                "f:5: error: rule A: invalid PromQL"
            ),
            (
                "groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: x\n        severity: page\n",
                "f:6: error: unknown field `severity`"
            ),
            ("groups:\n  - name: g\n    evaluation: 1m\n", "f:3: error: unknown field `evaluation`"),
            ("groups:\n  - name: g\n    rules:\n      - expr: x\n", "error: a rule has neither `alert` nor `record`"),
            (
                "groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: x\n        for: soon\n",
                "f:6: error: `for` is not a duration"
            ),
            ("groups:\n  - name: g\n    rules:\n      - alert: A\n", "f:4: error: rule A has no `expr`"),
            ("kind: PrometheusRule\nmetadata: {}\n", "f:1: error: a PrometheusRule has no `spec`"),
        ])
    func badInput(text: String, expected: String) {
        #expect(throws: ImportError.self) { try RuleFileReader(file: "f", text: text).read() }
        do {
            _ = try RuleFileReader(file: "f", text: text).read()
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }
}
