import VigilCore

extension Matcher {
    /// Whether an alert with `labels` satisfies the matcher; a missing label has the empty value, as in
    /// Alertmanager. A regular expression that does not compile matches nothing (validation reports it).
    package func matches(_ labels: [String: String]) -> Bool {
        let actual = labels[label.name] ?? ""
        switch self.operator {
        case .equal: return actual == value
        case .notEqual: return actual != value
        case .matchesRegex: return wholeMatch(actual)
        case .notMatchesRegex: return !wholeMatch(actual)
        }
    }

    /// Whether the matcher holds for every alert: a regular expression `.*`, which also matches the empty
    /// value of a missing label.
    var matchesEverything: Bool { self.operator == .matchesRegex && value == ".*" }

    /// Alertmanager anchors regular expressions at both ends: the whole value must match.
    func wholeMatch(_ text: String) -> Bool {
        guard let regex = try? Regex(value) else { return false }
        return (try? regex.wholeMatch(in: text)) != nil
    }

    /// Why the regular expression cannot be used, or `nil` when it can (or the matcher has none). Besides
    /// syntax errors, this rejects what Go's RE2 engine, which Alertmanager uses, does not have: lookaround,
    /// atomic groups and backreferences.
    var regexProblem: String? {
        guard self.operator.isRegex else { return nil }
        for construct in ["(?=", "(?!", "(?<=", "(?<!", "(?>"] where value.contains(construct) {
            return "'\(construct)' (lookaround and atomic groups) is not supported by Go's RE2"
        }
        var escaped = false
        for character in value {
            if escaped, let digit = character.wholeNumberValue, digit > 0 {
                return "'\\\(digit)' (a backreference) is not supported by Go's RE2"
            }
            escaped = !escaped && character == "\\"
        }
        do {
            _ = try Regex(value)
            return nil
        } catch {
            return "\(error)"
        }
    }
}
