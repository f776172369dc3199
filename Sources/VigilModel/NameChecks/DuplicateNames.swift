import VigilCore

/// Declarations that must be unique by a key: a name, or what else tells two of them apart (a folder and a
/// title, a name and labels, a host port). Every declaration after the first of its key is a duplicate; a check
/// reports it at its own location, with the first one's location in the hint.
package enum DuplicateNames {
    /// Every value after the first of its key, in the order given, with that first one.
    package static func find<Value, Key: Hashable>(
        _ values: some Sequence<Value>, by key: (Value) -> Key
    ) -> [(duplicate: Value, first: Value)] {
        var first: [Key: Value] = [:]
        // Growing the dictionary rehashes every key it holds, each time it grows.
        first.reserveCapacity(values.underestimatedCount)
        return values.compactMap { value in
            let key = key(value)
            guard let other = first[key] else {
                first[key] = value
                return nil
            }
            return (value, other)
        }
    }

    /// Every value after the first of its key whose `owner` is not that first one's, with that first one: for
    /// the checks to which one owner's repeats are another rule's business (a target listed twice in one job).
    static func find<Value, Key: Hashable, Owner: Equatable>(
        _ values: some Sequence<Value>, by key: (Value) -> Key, across owner: (Value) -> Owner
    ) -> [(duplicate: Value, first: Value)] {
        find(values, by: key).filter { owner($0.duplicate) != owner($0.first) }
    }

    /// An error at each value after the first of its key: `id`, the `message` about that value, and the `hint`
    /// with the first one's location, by default ``hint(first:_:)``.
    package static func errors<Value, Key: Hashable>(
        _ values: some Sequence<Value>, by key: (Value) -> Key, at location: (Value) -> SourceLocation, id: String,
        hint: (_ first: SourceLocation) -> String = { DuplicateNames.hint(first: $0) }, message: (Value) -> String
    ) -> [Diagnostic] {
        find(values, by: key).map { duplicate, first in
            .error(id, message(duplicate), at: location(duplicate), hint: hint(location(first)))
        }
    }

    /// `the first is at File.swift:12`, then `; ` and the advice when there is one.
    package static func hint(first location: SourceLocation, _ advice: String? = nil) -> String {
        "the first is at \(location.reference)" + (advice.map { "; " + $0 } ?? "")
    }

    /// `the other is at File.swift:12; ` and the advice, by default `rename one, or use one value`.
    static func hint(other location: SourceLocation, _ advice: String = "rename one, or use one value") -> String {
        "the other is at \(location.reference); \(advice)"
    }
}
