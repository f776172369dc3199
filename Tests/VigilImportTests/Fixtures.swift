import Foundation

/// The importer's test input in `Tests/VigilImportTests/Fixtures/`, and the reference corpus when it is there.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A fixture's name and text.
    static func file(_ name: String) throws -> (name: String, text: String) {
        (name, try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
    }

    /// A plain rule file: two groups selecting job `api`, a recording rule, a histogram, `keep_firing_for`,
    /// a group `limit` and a template reading a label the query drops.
    static var ruleFile: (name: String, text: String) { get throws { try file("api.rules.yml") } }

    /// A PrometheusRule resource in two YAML documents.
    static var prometheusRule: (name: String, text: String) { get throws { try file("node.prometheusrule.yaml") } }

    /// `../shared/reference/corpus`, or `nil` (with a printed line) when it is absent.
    static func corpus() -> URL? {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../../shared/reference/corpus"
        ).standardizedFileURL
        guard FileManager.default.fileExists(atPath: folder.path) else {
            print("skipped: \(folder.path) is absent, so the corpus is not imported")
            return nil
        }
        return folder
    }
}
