import Foundation
import Testing
import VigilDSL
import YAMLKit

/// One `expr` of a rule in the reference corpus.
struct PromQLCorpusExpression: Sendable, CustomTestStringConvertible {
    /// The file, relative to the corpus folder.
    let file: String
    /// The alert or recording rule name.
    let rule: String
    /// The expression as written.
    let expression: String

    var testDescription: String { "\(file): \(rule)" }

    /// The corpus folder: `../shared/reference/corpus` next to the package root.
    static let directory = SharedReference.url("corpus")

    /// Every rule expression of every YAML file in the corpus, in file order. A file that does not read
    /// as YAML yields one entry whose expression is the error, so that its test fails.
    static let all: [PromQLCorpusExpression] = {
        let files = (FileManager.default.enumerator(atPath: directory.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") || $0.hasSuffix(".rules") }
            .sorted()
        var entries: [PromQLCorpusExpression] = []
        for file in files {
            do {
                let text = try String(contentsOf: directory.appending(path: file), encoding: .utf8)
                for document in try YAMLParser().parseDocuments(text) {
                    collect(document, file: file, into: &entries)
                }
            } catch {
                entries.append(PromQLCorpusExpression(file: file, rule: "unreadable", expression: "\(error)"))
            }
        }
        return entries
    }()

    /// Finds `rules: [{expr: ...}]` at any depth, which covers plain rule files and PrometheusRule objects.
    private static func collect(_ node: YAMLNode, file: String, into entries: inout [PromQLCorpusExpression]) {
        switch node {
        case .mapping(let mapping):
            for rule in mapping["rules"]?.sequenceValue ?? [] {
                guard let expression = rule["expr"] else { continue }
                let name = rule["alert"]?.stringValue ?? rule["record"]?.stringValue ?? "rule"
                let text: String
                switch expression {
                case .string(let value): text = value
                case .int(let value): text = String(value)
                case .float(let value): text = String(value)
                default: text = "\(expression)"
                }
                entries.append(PromQLCorpusExpression(file: file, rule: name, expression: text))
            }
            for entry in mapping.entries { collect(entry.value, file: file, into: &entries) }
        case .sequence(let items):
            for item in items { collect(item, file: file, into: &entries) }
        default:
            break
        }
    }
}

@Suite("PromQL reference corpus", .enabled(if: SharedReference.isPresent("corpus")))
struct PromQLCorpusTests {
    @Test("the corpus is found and holds rule expressions from every rule file")
    func corpusIsFound() {
        let files = Set(PromQLCorpusExpression.all.map(\.file))
        #expect(PromQLCorpusExpression.all.count >= 100, "\(PromQLCorpusExpression.directory.path)")
        #expect(files.contains("dockprom/alert.rules"))
        #expect(files.contains("kube-prometheus/nodeExporter-prometheusRule.yaml"))
        #expect(files.contains("node-mixin/rules.yaml"))
    }

    @Test(
        "every corpus expression parses and its canonical print is a fixed point", arguments: PromQLCorpusExpression.all
    )
    func roundTrip(entry: PromQLCorpusExpression) throws {
        let parsed = try PromQLExpression(parsing: entry.expression)
        let printed = parsed.description
        let reparsed = try PromQLExpression(parsing: printed)
        #expect(reparsed == parsed, "\(printed)")
        #expect(reparsed.description == printed)
        #expect(!printed.contains("\n"))
    }
}
