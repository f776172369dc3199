import VigilModel

/// The character rules Kubernetes applies to object names, namespaces, port names and labels.
enum KubernetesNames {
    /// The most characters a DNS label, a label's name or value and most object names may have.
    static let maximumLength = 63

    /// What is wrong with `name` as a DNS label (RFC 1123: at most 63 lowercase letters, digits and `-`,
    /// starting and ending with a letter or digit), or `nil` when it is one.
    static func dnsLabelProblem(_ name: String) -> String? {
        if name.count > maximumLength { return "is \(name.count) characters long, over \(maximumLength)" }
        let valid =
            !name.isEmpty && name.utf8.allSatisfy { isLowercaseAlphanumeric($0) || $0 == UInt8(ascii: "-") }
            && name.first != "-" && name.last != "-"
        return valid ? nil : "is not a DNS label (lowercase letters, digits and '-', starting and ending alphanumeric)"
    }

    /// What is wrong with `name` as a Service port name (an IANA service name: at most 15 lowercase letters,
    /// digits and `-`, at least one letter, no `-` at either end or twice in a row), or `nil`.
    static func portNameProblem(_ name: String) -> String? {
        let valid =
            (1...15).contains(name.count)
            && name.utf8.allSatisfy { isLowercaseAlphanumeric($0) || $0 == UInt8(ascii: "-") }
            && name.utf8.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
            && name.first != "-" && name.last != "-" && !name.contains("--")
        return valid
            ? nil
            : "is not a port name (1 to 15 lowercase letters, digits and '-', with a letter, "
                + "no '-' at either end or twice in a row)"
    }

    /// What is wrong with a label `key` and `value`, or `nil` when Kubernetes accepts them: a key is an
    /// optional DNS subdomain prefix and `/`, then a name; a name and a value (which may be empty) have at most
    /// 63 letters, digits, `-`, `_` and `.`, starting and ending alphanumeric.
    static func labelProblem(key: String, value: String) -> String? {
        let parts = key.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts.last ?? "")
        if parts.count == 2 {
            let prefix = parts[0]
            let prefixValid =
                (1...253).contains(prefix.count)
                && prefix.split(separator: ".", omittingEmptySubsequences: false).allSatisfy {
                    dnsLabelProblem(String($0)) == nil
                }
            if !prefixValid { return "label '\(key)' has a prefix that is not a DNS subdomain" }
        }
        if name.isEmpty || !isLabelText(name) { return "label name '\(key)' is not valid" }
        if !value.isEmpty && !isLabelText(value) { return "value '\(value)' of label '\(key)' is not valid" }
        return nil
    }

    /// At most 63 letters, digits, `-`, `_` and `.`, starting and ending alphanumeric.
    static func isLabelText(_ text: String) -> Bool {
        guard text.count <= maximumLength, let first = text.utf8.first, let last = text.utf8.last else {
            return false
        }
        let isAlphanumeric = { (byte: UInt8) in
            isLowercaseAlphanumeric(byte) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        }
        return isAlphanumeric(first) && isAlphanumeric(last)
            && text.utf8.allSatisfy {
                isAlphanumeric($0) || [UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ".")].contains($0)
            }
    }

    static func isLowercaseAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || PrometheusNames.isDigit(byte)
    }
}
