import Foundation
import VigilBackends
import VigilModel
import YAMLKit

/// alertmanager.yml without its receivers' `jira_configs`, for an amtool built without Jira. Debian builds its
/// Alertmanager 0.28.1 without the Jira integration, so its amtool rejects the whole file ("field jira_configs
/// not found") while the upstream image the stack runs reads it. The copy lets that amtool check everything
/// else and run the routing tests, which do not depend on a receiver's integrations; `verify.sh` checks the
/// Jira settings with the image itself on the deploy host.
struct JiraFreeCopy {
    /// What amtool says of a file with `jira_configs` when it is built without Jira.
    static let unknownField = "field jira_configs not found"

    /// The folder holding the copy, and its `templates` link to the stack's; removed when the copy is released.
    let folder: URL
    /// The copy of the configuration.
    var configuration: URL { folder.appendingPathComponent("alertmanager.yml") }

    /// The receivers that had Jira settings, in order.
    let jiraReceivers: [String]

    /// Writes the copy of the stack folder `stack`'s alertmanager.yml beside a link to its templates, which the
    /// configuration names relative to its own folder.
    init(stackFolder stack: URL) throws {
        let source = stack.appendingPathComponent(AlertmanagerConfigEmitter.path)
        let configuration = try YAMLParser().parse(try String(contentsOf: source, encoding: .utf8))
        var stripped = YAMLMapping()
        var jiraReceivers: [String] = []
        for entry in configuration.mappingValue?.entries ?? [] {
            guard entry.key == "receivers", let receivers = entry.value.sequenceValue else {
                stripped.append(entry.key, entry.value)
                continue
            }
            stripped.append(
                "receivers",
                .sequence(
                    receivers.map { receiver in
                        guard let fields = receiver.mappingValue, fields["jira_configs"] != nil else { return receiver }
                        jiraReceivers.append(fields["name"]?.stringValue ?? "?")
                        return .mapping(YAMLMapping(fields.entries.filter { $0.key != "jira_configs" }))
                    }))
        }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-amtool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("templates"),
            withDestinationURL: source.deletingLastPathComponent().appendingPathComponent("templates"))
        try Data(try YAMLEmitter().emit(.mapping(stripped)).utf8).write(
            to: folder.appendingPathComponent("alertmanager.yml"))
        self.jiraReceivers = jiraReceivers
    }

    /// Removes the copy.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// How a run on the copy names itself in reports.
    var note: String {
        "(without the jira_configs of \(jiraReceivers.joined(separator: ", ")): this amtool is built without Jira; "
            + "verify.sh checks them with the image)"
    }
}
