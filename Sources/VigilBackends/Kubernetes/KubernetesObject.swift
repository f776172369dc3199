import VigilModel
import YAMLKit

/// One object of the Kubernetes target, written to `kubernetes/<kind>-<name>.yaml` in the stack's namespace.
struct KubernetesObject {
    /// The folder, below the stack folder, that holds the objects.
    static let folder = "kubernetes"

    /// `apiVersion`.
    var apiVersion: String
    /// `kind`.
    var kind: String
    /// `metadata.name`.
    var name: String
    /// `metadata.labels`, in order.
    var labels: [Label]
    /// `metadata.annotations`, in order.
    var annotations: [Label] = []
    /// The top-level field after `metadata` (`spec` or `data`) and its value.
    var body: (key: String, value: YAMLNode)

    /// The file's name inside `kubernetes/`.
    var fileName: String { "\(kind.lowercased())-\(name).yaml" }

    /// The object as a file of the stack, in `namespace`.
    func file(namespace: String, stack: String) throws -> OutputFile {
        var metadata = YAMLMapping()
        metadata.append("name", .string(name))
        metadata.append("namespace", .string(namespace))
        if !labels.isEmpty {
            metadata.append("labels", Self.mapping(labels))
        }
        if !annotations.isEmpty {
            metadata.append("annotations", Self.mapping(annotations))
        }
        var object = YAMLMapping()
        object.append("apiVersion", .string(apiVersion))
        object.append("kind", .string(kind))
        object.append("metadata", .mapping(metadata))
        object.append(body.key, body.value)
        return try GeneratedYAML.file(
            "\(Self.folder)/\(fileName)", .mapping(object),
            comment: ["The \(kind) '\(name)' of the '\(stack)' stack on Kubernetes."])
    }

    /// A mapping of string values, in the order given.
    static func mapping(_ labels: [Label]) -> YAMLNode {
        .mapping(YAMLMapping(labels.map { .init(key: $0.name, value: .string($0.value)) }))
    }
}
