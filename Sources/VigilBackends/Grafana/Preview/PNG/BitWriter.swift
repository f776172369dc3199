/// Bits packed into bytes as deflate orders them (RFC 1951, section 3.1.1): each byte filled from its least
/// significant bit up; numbers (extra bits, block headers) go least significant bit first, Huffman codes most
/// significant bit first.
struct BitWriter {
    /// The bytes completed so far.
    private(set) var bytes: [UInt8] = []
    /// The bits not yet making up a whole byte, in the low end.
    private var pending: UInt32 = 0
    /// How many bits `pending` holds: fewer than 8 between calls.
    private var pendingCount = 0

    /// Appends the low `count` bits of `value` (at most 24), least significant first.
    mutating func write(_ value: UInt32, count: Int) {
        pending |= (value & ((1 << count) - 1)) << pendingCount
        pendingCount += count
        while pendingCount >= 8 {
            bytes.append(UInt8(pending & 0xFF))
            pending >>= 8
            pendingCount -= 8
        }
    }

    /// Appends the Huffman code `code` of `length` bits, most significant bit first.
    mutating func write(code: UInt32, length: Int) {
        write(Self.reversed(code, length: length), count: length)
    }

    /// The low `length` bits of `code` in reverse order: a Huffman code as ``write(_:count:)`` appends it.
    static func reversed(_ code: UInt32, length: Int) -> UInt32 {
        (0..<length).reduce(UInt32(0)) { result, bit in result << 1 | (code >> bit) & 1 }
    }

    /// The bytes, the last one padded with zero bits.
    var flushed: [UInt8] {
        pendingCount == 0 ? bytes : bytes + [UInt8(pending & 0xFF)]
    }
}
