/// A forward cursor over the UTF-8 bytes of a scalar, for the hand-written grammars in
/// ``YAMLScalarResolver`` (no regular expressions, no allocation).
struct ByteCursor {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// True when every byte has been consumed.
    var isAtEnd: Bool {
        index == bytes.count
    }

    /// The next byte, without consuming it.
    var next: UInt8? {
        isAtEnd ? nil : bytes[index]
    }

    /// Consumes the next byte when it is `byte`.
    mutating func consume(_ byte: UInt8) -> Bool {
        consume { $0 == byte }
    }

    /// Consumes the next byte when it matches `predicate`.
    mutating func consume(where predicate: (UInt8) -> Bool) -> Bool {
        guard let next, predicate(next) else { return false }
        index += 1
        return true
    }

    /// Consumes `+` or `-` and reports whether it was `-`.
    mutating func consumeSign() -> Bool {
        if consume(UInt8(ascii: "-")) { return true }
        _ = consume(UInt8(ascii: "+"))
        return false
    }

    /// Consumes bytes while they match `predicate` and returns how many were consumed.
    @discardableResult
    mutating func consumeAll(where predicate: (UInt8) -> Bool) -> Int {
        let start = index
        while let next, predicate(next) {
            index += 1
        }
        return index - start
    }

    /// The bytes from `start` (an earlier ``position``) up to the cursor.
    func bytes(from start: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[start..<index])
    }

    /// The number of bytes consumed so far.
    var position: Int {
        index
    }
}

extension UInt8 {
    /// `0`–`9`.
    var isDecimalDigit: Bool {
        self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9")
    }

    /// `0`–`9`, `a`–`f`, `A`–`F`.
    var isHexDigit: Bool {
        isDecimalDigit || (self | 0x20 >= UInt8(ascii: "a") && self | 0x20 <= UInt8(ascii: "f"))
    }

    /// The value of a hexadecimal (or smaller base) digit; 0 for other bytes.
    var digitValue: Int {
        isDecimalDigit ? Int(self &- UInt8(ascii: "0")) : Int((self | 0x20) &- UInt8(ascii: "a") &+ 10)
    }
}
