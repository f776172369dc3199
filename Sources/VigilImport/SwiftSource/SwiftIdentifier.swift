/// Swift identifiers for names of the input: metric names, label names, service names.
enum SwiftIdentifier {
    /// Words of Swift that need backticks as identifiers.
    static let keywords: Set<String> = [
        "as", "associatedtype", "break", "case", "catch", "class", "continue", "default", "defer", "deinit", "do",
        "else", "enum", "extension", "fallthrough", "false", "fileprivate", "for", "func", "guard", "if", "import",
        "in", "init", "inout", "internal", "is", "let", "nil", "operator", "private", "protocol", "public",
        "repeat", "rethrows", "return", "self", "static", "struct", "subscript", "super", "switch", "throw",
        "throws", "true", "try", "typealias", "var", "where", "while", "Any", "Self", "Type", "Protocol",
    ]

    /// `http_requests_total` as `httpRequestsTotal`: split at anything but ASCII letters and digits, the first
    /// word lowercased and the others capitalised; prefixed by `_` when it would start with a digit.
    static func lowerCamel(_ name: String) -> String {
        let words = words(of: name)
        guard let first = words.first else { return "_" }
        let joined = first.lowercased() + words.dropFirst().map(capitalised).joined()
        return joined.first?.isNumber == true ? "_" + joined : joined
    }

    /// `http_requests_total` as `HttpRequestsTotal`.
    static func upperCamel(_ name: String) -> String {
        let joined = words(of: name).map(capitalised).joined()
        return joined.first?.isNumber == true || joined.isEmpty ? "_" + joined : joined
    }

    /// `identifier`, in backticks when it is a keyword.
    static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    private static func words(of name: String) -> [Substring] {
        name.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
    }

    private static func capitalised(_ word: Substring) -> String { word.prefix(1).uppercased() + word.dropFirst() }
}
