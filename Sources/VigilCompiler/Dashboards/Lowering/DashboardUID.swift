/// Dashboard uids: derived from the stack and the title so that links to a dashboard survive
/// regeneration, and short enough for Grafana (at most 40 of `A-Z a-z 0-9 - _`).
enum DashboardUID {
    /// Grafana's limit.
    static let maximumLength = 40

    /// `autodealgenie-system-overview`: the parts in lowercase, joined by `-`, anything but letters and digits
    /// turned into single dashes. A longer slug keeps its start and ends in a hash of the whole, so two long
    /// titles stay apart.
    static func derive(_ parts: [String]) -> String {
        var slug = ""
        for character in parts.joined(separator: "-").lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        guard slug.count > maximumLength else { return slug }
        let hash = String(fnv1a(slug), radix: 16)
        let padded = String(repeating: "0", count: 8 - hash.count) + hash
        var start = String(slug.prefix(maximumLength - padded.count - 1))
        while start.hasSuffix("-") { start.removeLast() }
        return start + "-" + padded
    }

    /// Whether `uid` is one Grafana accepts.
    static func isValid(_ uid: String) -> Bool {
        !uid.isEmpty && uid.count <= maximumLength
            && uid.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    /// The 32-bit FNV-1a hash: small, stable across runs and platforms.
    static func fnv1a(_ text: String) -> UInt32 {
        text.utf8.reduce(2_166_136_261 as UInt32) { ($0 ^ UInt32($1)) &* 16_777_619 }
    }
}
