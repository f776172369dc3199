import Foundation
import VigilBackends
import VigilModel
import YAMLKit

/// Checks a generated stack folder the way docker compose will run it: every `/run/secrets/<name>` that a
/// container's environment or a configuration file mounted into it refers to must be among the container's
/// `secrets`, and every secret a container takes must be declared at the top of docker-compose.yml with a
/// file under `./secrets/`.
public struct ComposeSecretsCheck: Sendable {
    /// The command line reported for this check, as the tools' runs report theirs.
    public static let commandLine = "vigil: every secret the configuration refers to is provided by docker-compose.yml"

    /// Creates the check.
    public init() {}

    /// The check's result for the stack folder at `folder`, as a run: status 1 and one line per problem when
    /// a secret is missing.
    public func run(stackFolder folder: URL) throws -> ToolRunner.Run {
        let text = try String(contentsOf: folder.appendingPathComponent(ComposeEmitter.path), encoding: .utf8)
        let compose = try YAMLParser().parse(text)
        let declared = Dictionary(
            (compose["secrets"]?.mappingValue?.entries ?? []).map { ($0.key, $0.value["file"]?.stringValue) }
        ) { first, _ in first }
        var problems: [String] = []
        for (declaredName, file) in declared.sorted(by: { $0.key < $1.key })
        where file != "./\(SecretsEmitter.folder)/\(declaredName)" {
            problems.append("secret '\(declaredName)' is not read from ./\(SecretsEmitter.folder)/\(declaredName)")
        }
        for entry in compose["services"]?.mappingValue?.entries ?? [] {
            let service = entry.value
            let given = Set((service["secrets"]?.sequenceValue ?? []).compactMap(\.stringValue))
            for name in given.sorted() where declared[name] == nil {
                problems.append("service '\(entry.key)' takes secret '\(name)', which the file does not declare")
            }
            for (source, text) in try references(of: service, in: folder) {
                for name in SecretReferences.names(in: text) where !given.contains(name) {
                    problems.append(
                        "\(source) refers to /run/secrets/\(name), which service '\(entry.key)' is not given")
                }
            }
        }
        return ToolRunner.Run(
            commandLine: Self.commandLine, status: problems.isEmpty ? 0 : 1,
            output: problems.map { $0 + "\n" }.joined())
    }

    /// The texts a service reads: its environment values, and every file below the stack-folder paths it
    /// mounts, each with where it comes from.
    func references(of service: YAMLNode, in folder: URL) throws -> [(source: String, text: String)] {
        var texts = (service["environment"]?.mappingValue?.entries ?? []).compactMap { entry in
            entry.value.stringValue.map { (source: "environment variable \(entry.key)", text: $0) }
        }
        let mounts = (service["volumes"]?.sequenceValue ?? []).compactMap(\.stringValue).compactMap { volume in
            volume.hasPrefix("./") ? String(volume.prefix { $0 != ":" }.dropFirst(2)) : nil
        }
        for mount in mounts {
            for path in files(below: mount, in: folder) {
                let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
                texts.append((source: path, text: text))
            }
        }
        return texts
    }

    /// The regular files at or below `path` in `folder`, relative to `folder`, sorted.
    func files(below path: String, in folder: URL) -> [String] {
        let url = folder.appendingPathComponent(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: url.path)) ?? []
        return names.map { "\(path)/\($0)" }.filter {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(
                atPath: folder.appendingPathComponent($0).path, isDirectory: &isFolder)
            return exists && !isFolder.boolValue
        }
        .sorted()
    }
}
