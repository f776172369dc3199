/// An ordered mapping with string keys.
///
/// Entries keep insertion order, and that order is part of equality: `[a: 1, b: 2]` and
/// `[b: 2, a: 1]` are different mappings. The type itself does not reject duplicate keys, but
/// ``YAMLEmitter`` refuses to write them and ``YAMLParser`` refuses to read them.
public struct YAMLMapping: Hashable, Sendable, ExpressibleByDictionaryLiteral, RandomAccessCollection {
    /// One key and its value.
    public struct Entry: Hashable, Sendable {
        /// The key, written as a scalar.
        public var key: String
        /// The value.
        public var value: YAMLNode

        /// Creates an entry.
        public init(key: String, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    /// The entries, in order.
    public private(set) var entries: [Entry]

    /// Creates an empty mapping.
    public init() {
        entries = []
    }

    /// Creates a mapping holding these entries, in this order.
    public init(_ entries: [Entry]) {
        self.entries = entries
    }

    /// Creates a mapping whose entries keep the order they are written in.
    public init(dictionaryLiteral elements: (String, YAMLNode)...) {
        entries = elements.map { Entry(key: $0.0, value: $0.1) }
    }

    /// The keys, in order.
    public var keys: [String] {
        entries.map(\.key)
    }

    /// The value of the first entry with this key, or `nil` when there is none.
    public subscript(key: String) -> YAMLNode? {
        entries.first { $0.key == key }?.value
    }

    /// Appends an entry at the end.
    ///
    /// Disfavoured so that a `nil` literal, as in `append("k", flag ? "x" : nil)`, picks the optional
    /// overload and appends nothing rather than `null`; write `.null` to append a null.
    @_disfavoredOverload
    public mutating func append(_ key: String, _ value: YAMLNode) {
        entries.append(Entry(key: key, value: value))
    }

    /// Appends an entry at the end when `value` is not `nil`; does nothing otherwise.
    ///
    /// This keeps optional settings out of the output instead of writing `key: null`.
    public mutating func append(_ key: String, _ value: YAMLNode?) {
        if let value {
            entries.append(Entry(key: key, value: value))
        }
    }

    /// The position of the first entry (always 0).
    public var startIndex: Int {
        entries.startIndex
    }

    /// The position one past the last entry.
    public var endIndex: Int {
        entries.endIndex
    }

    /// The entry at `position`.
    public subscript(position: Int) -> Entry {
        entries[position]
    }
}
