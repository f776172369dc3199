/// Everything an import did not carry over as it was, or decided on its own, each with the input place it is
/// about: unsupported fields, uncertain metric kinds, labels Vigil adds, expressions the checker may reject.
public struct ImportReport: Sendable, Equatable {
    /// One remark.
    public struct Entry: Hashable, Sendable, Comparable, CustomStringConvertible {
        /// What kind of remark it is.
        public enum Kind: String, Hashable, Sendable, Comparable {
            /// Something of the input that the specs do not carry.
            case dropped = "not carried over"
            /// A choice the importer made that a person should review.
            case review = "review"

            public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
        }

        /// Where in the input.
        public var location: InputLocation
        /// Its kind.
        public var kind: Kind
        /// What happened.
        public var message: String

        /// `file:line: kind: message`.
        public var description: String { "\(location): \(kind.rawValue): \(message)" }

        /// Orders by place, then kind and message, for a stable report.
        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.location, lhs.kind, lhs.message) < (rhs.location, rhs.kind, rhs.message)
        }
    }

    /// The remarks, sorted by place.
    public private(set) var entries: [Entry] = []

    /// An empty report.
    public init() {}

    /// Adds a remark, once.
    mutating func add(_ kind: Entry.Kind, at location: InputLocation, _ message: String) {
        let entry = Entry(location: location, kind: kind, message: message)
        guard !entries.contains(entry) else { return }
        let index = entries.firstIndex { entry < $0 } ?? entries.endIndex
        entries.insert(entry, at: index)
    }

    /// Adds every remark of `other`.
    mutating func merge(_ other: ImportReport) {
        for entry in other.entries { add(entry.kind, at: entry.location, entry.message) }
    }
}
