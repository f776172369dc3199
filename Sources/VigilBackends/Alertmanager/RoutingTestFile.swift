import VigilModel

/// `alertmanager/tests/routes.tsv`: one routing test a line, which `specs validate` hands to
/// `amtool config routes test`. A line is the expected receivers (comma-separated, in order), then the alert's
/// labels as matchers (`severity="critical"`), separated by tabs; lines starting with `#` are comments.
public enum RoutingTestFile {
    /// The path inside the stack folder.
    public static let path = "alertmanager/tests/routes.tsv"

    /// One routing test.
    public struct Case: Hashable, Sendable {
        /// The receivers the alert must reach, in order.
        public var receivers: [String]
        /// The alert's labels, as `name="value"` matchers.
        public var labels: [String]
    }

    /// The file: a header, then one section per titled group of cases (groups without cases left out).
    static func render(header: [String], sections: [(title: String, cases: [Case])]) -> String {
        var lines = header.map { "# \($0)" }
        for (title, cases) in sections where !cases.isEmpty {
            lines += ["", "# \(title)"]
            lines += cases.map { ([$0.receivers.joined(separator: ",")] + $0.labels).joined(separator: "\t") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The cases of a file's text, in order.
    public static func parse(_ text: String) -> [Case] {
        text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Case(receivers: fields[0].split(separator: ",").map(String.init), labels: Array(fields.dropFirst()))
        }
    }
}
