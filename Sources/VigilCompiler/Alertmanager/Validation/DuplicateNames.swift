import VigilCore

/// Finds values that share a name: every one after the first of its name, in the order they were written,
/// with that first one.
enum DuplicateNames {
    static func find<Value>(
        _ values: [Value], name: (Value) -> String, location: (Value) -> SourceLocation
    ) -> [(duplicate: Value, first: Value)] {
        var first: [String: Value] = [:]
        return values.sorted { location($0) < location($1) }.compactMap { value in
            guard let other = first[name(value)] else {
                first[name(value)] = value
                return nil
            }
            return (value, other)
        }
    }

    /// `the other is at File.swift:12; rename one, or use one value`.
    static func hint(other location: SourceLocation) -> String {
        "the other is at \(location.reference); rename one, or use one value"
    }
}
