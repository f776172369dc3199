import VigilModel
import YAMLKit

/// What the Kubernetes target gives an exporter's container beside its image: arguments, environment
/// variables (never a secret's value) and read-only volumes of ConfigMaps and Secrets.
struct ExporterWorkload {
    /// A read-only volume of a ConfigMap or a Secret, mounted as a folder.
    struct Volume {
        /// The volume's name in the pod.
        var name: String
        /// The folder it is mounted at.
        var path: String
        /// The object whose keys are its files.
        var source: Source

        /// A ConfigMap or a Secret, by name.
        enum Source {
            case configMap(String)
            case secret(String)
        }

        /// The pod's `volumes` entry.
        var node: YAMLNode {
            var volume = YAMLMapping()
            volume.append("name", .string(name))
            switch source {
            case .configMap(let object): volume.append("configMap", ["name": .string(object)])
            case .secret(let object): volume.append("secret", ["secretName": .string(object)])
            }
            return .mapping(volume)
        }
    }

    /// The command-line arguments.
    var arguments: [String] = []
    /// The environment variables, in order.
    var environment: [Label] = []
    /// The volumes, in order.
    var volumes: [Volume] = []

    /// Mounts the Secret holding `secret` at ``ExporterWorkloads/secretFolder(_:)``, where its key is a file.
    mutating func mount(_ secret: Secret) {
        let name = KubernetesSecret.name(of: secret)
        volumes.append(
            Volume(name: name, path: ExporterWorkloads.secretFolder(secret), source: .secret(name)))
    }
}
