import YAMLKit

extension ResourceLimits {
    /// The limits as a container's `resources`, requested as much as they allow (the Guaranteed class, as
    /// compose reserves nothing and caps at these): CPUs in millicores (`0.25` as `250m`), memory in binary
    /// units (compose's `128m` as `128Mi`, which Kubernetes would read as 0.128 bytes). Kubernetes limits
    /// processes per node, not per container, so `processes` has no field here.
    var kubernetesResources: YAMLNode {
        let quantities: YAMLNode = ["cpu": .string(Self.millicores(cpus)), "memory": .string(Self.binary(memory))]
        return ["requests": quantities, "limits": quantities]
    }

    /// `0.25` as `250m`; a value that is no decimal number is kept.
    static func millicores(_ cpus: String) -> String {
        guard let value = Double(cpus) else { return cpus }
        return "\(Int((value * 1000).rounded()))m"
    }

    /// Compose's `128m`, `1g` or `512k` as `128Mi`, `1Gi`, `512Ki`; a value of other units is kept.
    static func binary(_ memory: String) -> String {
        let units: [Character: String] = ["k": "Ki", "m": "Mi", "g": "Gi"]
        guard let last = memory.last, let unit = units[Character(last.lowercased())],
            Int(memory.dropLast()) != nil
        else { return memory }
        return "\(memory.dropLast())\(unit)"
    }
}
