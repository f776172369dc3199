/// What `specs new` accepts as a stack's Swift name: an UpperCamelCase identifier of ASCII letters and digits,
/// which names its enum, its folder under `specs/` and, lowercased, its folder under `generated/` (a valid stack
/// name: lowercase letters and digits).
enum StackName {
    /// The longest name accepted: with it, no line of the scaffold is longer than swift-format's 120 columns.
    static let maximumLength = 40

    /// The names of Swift that cannot name an enum.
    static let keywords: Set<String> = ["Any", "Protocol", "Self", "Type"]

    /// Why `name` cannot name a stack, or `nil` when it can.
    static func problem(with name: String) -> String? {
        guard !name.isEmpty else { return "the name is empty; give the stack's Swift name, e.g. 'Shop'" }
        let hint = suggestion(for: name).map { "; did you mean '\($0)'?" } ?? ""
        guard name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || isDigit($0)) }) else {
            return "'\(name)' is not a Swift identifier of ASCII letters and digits\(hint)"
        }
        guard let first = name.unicodeScalars.first, first.properties.isUppercase else {
            return "'\(name)' is not UpperCamelCase: a stack's enum starts with an uppercase letter\(hint)"
        }
        guard name.count <= maximumLength else {
            return "'\(name)' is longer than \(maximumLength) characters"
        }
        guard !keywords.contains(name) else { return "'\(name)' is a Swift keyword" }
        return nil
    }

    /// `name` as an UpperCamelCase identifier: its words (split at anything but letters and digits) capitalised
    /// and joined; `nil` when nothing of it can start one.
    static func suggestion(for name: String) -> String? {
        let words = name.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let joined = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        guard let first = joined.first, first.isLetter, joined != name else { return nil }
        return joined
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
