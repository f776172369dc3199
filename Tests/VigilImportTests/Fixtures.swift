import Foundation

/// The importer's test input in `Tests/VigilImportTests/Fixtures/`, and the reference corpus when it is there.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A fixture's name (its file name, without the folders of `path`) and text.
    static func file(_ path: String) throws -> (name: String, text: String) {
        let url = folder.appendingPathComponent(path)
        return (url.lastPathComponent, try String(contentsOf: url, encoding: .utf8))
    }

    /// An Alertmanager configuration (in a folder of its own, apart from the rule files): match and match_re,
    /// continue, nested routes, inline credentials, a credential file, time intervals and an inhibition.
    static var alertmanager: (name: String, text: String) { get throws { try file("Alertmanager/alertmanager.yml") } }

    /// A plain rule file: two groups selecting job `api`, a recording rule, a histogram, `keep_firing_for`,
    /// a group `limit` and a template reading a label the query drops.
    static var ruleFile: (name: String, text: String) { get throws { try file("api.rules.yml") } }

    /// A Grafana dashboard in the folder `shop`: a loose panel, an open and a collapsed row, every panel kind
    /// Vigil has (a classic graph, a heatmap of bucket rates and one of a gauge among them), an unknown panel kind,
    /// unknown members and options, overrides, value mappings, thresholds, variables of six types and links.
    static var dashboard: (name: String, text: String, folder: String?) {
        get throws {
            let file = try file("Dashboards/shop/api.json")
            return (file.name, file.text, "shop")
        }
    }

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
