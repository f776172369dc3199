import VigilCore
import VigilModel

/// One dashboard file being read: its name for locations, and the remarks made so far. The readers of the
/// dashboard, its panels, field options and variables share it.
struct DashboardInput {
    /// The file's name, as given.
    let file: String
    /// The remarks.
    var report = ImportReport()

    /// The input place of `node`.
    func location(_ node: JSONNode) -> InputLocation { InputLocation(file: file, line: node.line) }

    /// The model's place of `node`: the input file as `fileID`, so that the checker's diagnostics point at it.
    func sourceLocation(_ node: JSONNode) -> SourceLocation {
        SourceLocation(fileID: file, filePath: file, line: node.line, column: 1)
    }

    /// Notes that the members of `node` outside `known` are not carried over, each at its line, as
    /// `path.member`; returns the notes' texts, for comments in the specs.
    @discardableResult
    mutating func dropUnknownMembers(of node: JSONNode?, known: Set<String>, path: String, subject: String) -> [String]
    {
        guard let node else { return [] }
        return node.members.filter { !known.contains($0.key) }.map { member in
            drop("\(subject): `\(path).\(member.key)` is not carried over", at: member.value)
        }
    }

    /// Notes that something of the input at `node` is not carried over; the note's text, for a comment in the
    /// specs.
    mutating func drop(_ message: String, at node: JSONNode) -> String {
        report.add(.dropped, at: location(node), message)
        return "\(location(node)): \(message)"
    }

    /// Adds a remark at `node`'s line.
    mutating func remark(_ kind: ImportReport.Entry.Kind, at node: JSONNode, _ message: String) {
        report.add(kind, at: location(node), message)
    }

    /// An error at `node`'s line.
    func error(_ message: String, at node: JSONNode, hint: String? = nil) -> ImportError {
        ImportError(message, at: location(node), hint: hint)
    }

    /// The duration Grafana writes as `5m`, `1h`, `30s`.
    static func duration(_ text: String) -> Duration? { Duration(parsing: text) }
}
