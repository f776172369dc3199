/// Dashboard uids: derived from the stack and the title so that links to a dashboard survive
/// regeneration, and short enough for Grafana (at most 40 of `A-Z a-z 0-9 - _`).
package enum DashboardUID {
    /// Grafana's limit.
    static let maximumLength = 40

    /// `autodealgenie-system-overview`: the parts in lowercase, joined by `-`, anything but letters and digits
    /// turned into single dashes. A longer slug keeps its start and ends in a hash of the whole, so two long
    /// titles stay apart.
    package static func derive(_ parts: [String]) -> String {
        let joined = parts.joined(separator: "-")
        var slug = joined.utf8.allSatisfy { $0 < 0x80 } ? asciiSlug(joined) : unicodeSlug(joined)
        while slug.hasSuffix("-") { slug.removeLast() }
        guard slug.count > maximumLength else { return slug }
        let hash = String(fnv1a(slug), radix: 16)
        let padded = String(repeating: "0", count: 8 - hash.count) + hash
        var start = String(slug.prefix(maximumLength - padded.count - 1))
        while start.hasSuffix("-") { start.removeLast() }
        return start + "-" + padded
    }

    /// The slug of ASCII text, byte by byte: letters lowercased, digits kept, runs of anything else one dash.
    private static func asciiSlug(_ text: String) -> String {
        var slug: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): slug.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): slug.append(byte + 32)
            default: if let last = slug.last, last != UInt8(ascii: "-") { slug.append(UInt8(ascii: "-")) }
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }

    /// The slug of any text, character by character: lowercasing can turn a character outside ASCII into an
    /// ASCII one (the Kelvin sign into `k`), which the slug keeps.
    private static func unicodeSlug(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        return slug
    }

    /// Whether `uid` is one Grafana accepts: 1 to 40 ASCII letters, digits, `-` and `_`.
    static func isValid(_ uid: String) -> Bool {
        !uid.isEmpty && uid.utf8.count <= maximumLength
            && uid.utf8.allSatisfy {
                PrometheusNames.isLetterOrUnderscore($0) || PrometheusNames.isDigit($0) || $0 == UInt8(ascii: "-")
            }
    }

    /// The 32-bit FNV-1a hash: small, stable across runs and platforms.
    static func fnv1a(_ text: String) -> UInt32 {
        text.utf8.reduce(2_166_136_261 as UInt32) { ($0 ^ UInt32($1)) &* 16_777_619 }
    }
}
