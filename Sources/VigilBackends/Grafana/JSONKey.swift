import VigilModel

/// The key of an object's member: a literal in the emitter's code, or text from a spec.
///
/// A literal is kept as a `StaticString`, whose bytes the writer compares and copies without counting
/// references: emitters write thousands of keys per dashboard, nearly all of them literals.
enum JSONKey: ExpressibleByStringLiteral, CustomStringConvertible {
    /// A key written in the code.
    case literal(StaticString)
    /// A key that comes from a spec, such as the value a value mapping matches.
    case text(String)

    init(stringLiteral value: StaticString) {
        self = .literal(value)
    }

    var description: String {
        switch self {
        case .literal(let key): key.description
        case .text(let key): key
        }
    }

    /// Calls `body` with the key's UTF-8 bytes.
    @inline(__always)
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch self {
        case .literal(let key):
            return key.withUTF8Buffer(body)
        case .text(let key):
            if let result = key.utf8.withContiguousStorageIfAvailable(body) {
                return result
            }
            return Array(key.utf8).withUnsafeBufferPointer(body)
        }
    }

    /// Whether this key's UTF-8 bytes sort strictly before those of `other`.
    @inline(__always)
    func precedes(_ other: JSONKey) -> Bool {
        if case .literal(let left) = self, case .literal(let right) = other, left.hasPointerRepresentation,
            right.hasPointerRepresentation
        {
            // Two literals, the common case: their bytes compared where they are, without closures.
            return Self.sortsBefore(
                UnsafeBufferPointer(start: left.utf8Start, count: left.utf8CodeUnitCount),
                UnsafeBufferPointer(start: right.utf8Start, count: right.utf8CodeUnitCount))
        }
        return withUTF8 { left in other.withUTF8 { right in Self.sortsBefore(left, right) } }
    }

    /// Whether `left` sorts strictly before `right`, byte by byte.
    @inline(__always)
    private static func sortsBefore(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<min(left.count, right.count) where left[index] != right[index] {
            return left[index] < right[index]
        }
        return left.count < right.count
    }
}
