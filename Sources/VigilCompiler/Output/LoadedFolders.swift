import VigilBackends
import VigilModel

/// The folders of a stack whose every file a tool loads, by a glob or by reading the whole folder: a file there that
/// vigil did not generate still changes what runs, so `check` reports it (and `generate` warns about it, leaving it
/// alone). A folder counts when the stack generates files into its parent, the folder a container mounts.
enum LoadedFolders {
    /// Each folder, relative to the stack folder, and the tool that loads its files.
    static let loaders: [String: String] = [
        "prometheus/rules": "Prometheus loads it (rule_files: rules/*.yml)",
        "prometheus/tests": "verify.sh runs it with promtool (prometheus/tests/*.yml)",
        DashboardsEmitter.folder: "Grafana loads every dashboard below \(DashboardsEmitter.folder)/",
        "grafana/provisioning": "Grafana provisions every file below grafana/provisioning/",
    ]
}
