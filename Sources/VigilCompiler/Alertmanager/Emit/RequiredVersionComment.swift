import VigilDSL

/// The header line of `alertmanager.yml` that says which Alertmanager it needs, so that `specs validate` can
/// tell whether the local amtool is able to check it.
enum RequiredVersionComment {
    static let prefix = "Written for Alertmanager "
    static let suffix = " and later."

    /// `Written for Alertmanager 0.25 and later.`
    static func line(for version: AlertmanagerVersion) -> String {
        prefix + version.description + suffix
    }

    /// The version a generated configuration's header names, or `nil` when it names none.
    static func version(in text: String) -> AlertmanagerVersion? {
        for line in text.split(separator: "\n") where line.hasPrefix("# ") {
            let comment = line.dropFirst(2)
            guard comment.hasPrefix(prefix), comment.hasSuffix(suffix) else { continue }
            let parts = comment.dropFirst(prefix.count).dropLast(suffix.count).split(separator: ".")
            guard parts.count == 2, let major = Int(parts[0]), let minor = Int(parts[1]) else { return nil }
            return AlertmanagerVersion(major, minor)
        }
        return nil
    }
}
