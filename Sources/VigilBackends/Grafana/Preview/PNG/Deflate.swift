/// A deflate stream (RFC 1951) of one final block with the fixed Huffman codes, whose matches are runs: a byte
/// that repeats the byte before it (distance 1) or the byte one image row up (distance `stride`). A preview is
/// flat areas of colour, so most of a row repeats its neighbour or the row above, and this small encoder makes
/// it a few hundred bytes where storing it would take one byte a pixel.
enum Deflate {
    /// The shortest match deflate encodes.
    static let minimumMatch = 3
    /// The longest match deflate encodes.
    static let maximumMatch = 258
    /// The first length of each length code 257...285, and its number of extra bits.
    static let lengths: [(base: Int, extraBits: Int)] = [
        (3, 0), (4, 0), (5, 0), (6, 0), (7, 0), (8, 0), (9, 0), (10, 0), (11, 1), (13, 1), (15, 1), (17, 1),
        (19, 2), (23, 2), (27, 2), (31, 2), (35, 3), (43, 3), (51, 3), (59, 3), (67, 4), (83, 4), (99, 4),
        (115, 4), (131, 5), (163, 5), (195, 5), (227, 5), (258, 0),
    ]
    /// The first distance of each distance code 0...29, and its number of extra bits.
    static let distances: [(base: Int, extraBits: Int)] = [
        (1, 0), (2, 0), (3, 0), (4, 0), (5, 1), (7, 1), (9, 2), (13, 2), (17, 3), (25, 3), (33, 4), (49, 4),
        (65, 5), (97, 5), (129, 6), (193, 6), (257, 7), (385, 7), (513, 8), (769, 8), (1025, 9), (1537, 9),
        (2049, 10), (3073, 10), (4097, 11), (6145, 11), (8193, 12), (12289, 12), (16385, 13), (24577, 13),
    ]

    /// The length code (0...28, for symbols 257...285) of each match length up to ``maximumMatch``, so that a
    /// match finds its code at once rather than by searching ``lengths``.
    static let lengthCodes: [Int] = (0...maximumMatch).map { length in lengths.lastIndex { $0.base <= length } ?? 0 }

    /// `data` compressed, its runs found at distance 1 and `stride` (at most 32768, deflate's window).
    static func compress(_ data: [UInt8], stride: Int) -> [UInt8] {
        var bits = BitWriter()
        bits.write(1, count: 1)  // BFINAL: the last block.
        bits.write(1, count: 2)  // BTYPE 01: fixed Huffman codes.
        let bytes = data.span
        var position = 0
        while position < bytes.count {
            let (length, distance) = longestRun(in: bytes, at: position, stride: stride)
            if length >= minimumMatch {
                writeMatch(length: length, distance: distance, into: &bits)
                position += length
            } else {
                writeSymbol(Int(bytes[position]), into: &bits)
                position += 1
            }
        }
        writeSymbol(256, into: &bits)  // End of block.
        return bits.flushed
    }

    /// The longest repeat of earlier bytes starting at `position`, at distance 1 or `stride` (the shorter
    /// distance on a tie), up to ``maximumMatch`` bytes.
    static func longestRun(in data: Span<UInt8>, at position: Int, stride: Int) -> (length: Int, distance: Int) {
        let left = runLength(in: data, at: position, distance: 1)
        let up = stride > 1 ? runLength(in: data, at: position, distance: stride) : 0
        return up > left ? (up, stride) : left > 0 ? (left, 1) : (0, 0)
    }

    /// How many bytes from `position` repeat those `distance` bytes before them, up to ``maximumMatch``; none
    /// when `position` is closer than `distance` to the start.
    static func runLength(in data: Span<UInt8>, at position: Int, distance: Int) -> Int {
        guard distance <= position else { return 0 }
        let limit = Swift.min(maximumMatch, data.count - position)
        // Eight bytes at a time, as little-endian words, the first byte that differs being the lowest set bit of
        // their difference: the examples' 61 thumbnails took 1.3 ms instead of 4.5 ms byte by byte. The loads
        // are bounds-checked; `unsafe` in their name is about types whose bit patterns are not all valid, which
        // a `UInt64`'s are.
        let bytes = data.bytes
        var length = 0
        while length + 8 <= limit {
            let ahead = UInt64(
                littleEndian: bytes.unsafeLoadUnaligned(fromByteOffset: position + length, as: UInt64.self))
            let behind = UInt64(
                littleEndian: bytes.unsafeLoadUnaligned(fromByteOffset: position + length - distance, as: UInt64.self))
            guard ahead == behind else { return length + (ahead ^ behind).trailingZeroBitCount / 8 }
            length += 8
        }
        while length < limit, data[position + length] == data[position + length - distance] {
            length += 1
        }
        return length
    }

    /// The code of each symbol in the fixed code (RFC 1951, section 3.2.6): a literal byte (0...255), the end
    /// of block (256) or a length code (257...287). Each is reversed once here, ready for
    /// ``BitWriter/write(_:count:)``, rather than on every use.
    static let fixedCodes: [(bits: UInt32, count: Int)] = (0...287).map { symbol in
        let (code, length) =
            switch symbol {
            case 0...143: (0x30 + symbol, 8)
            case 144...255: (0x190 + symbol - 144, 9)
            case 256...279: (symbol - 256, 7)
            default: (0xC0 + symbol - 280, 8)
            }
        return (BitWriter.reversed(UInt32(code), length: length), length)
    }

    /// A literal byte (0...255), the end of block (256) or a length code (257...285) in the fixed code.
    static func writeSymbol(_ symbol: Int, into bits: inout BitWriter) {
        let code = fixedCodes[symbol]
        bits.write(code.bits, count: code.count)
    }

    /// A match: its length code and extra bits, then its distance code (five bits) and extra bits.
    static func writeMatch(length: Int, distance: Int, into bits: inout BitWriter) {
        let lengthCode = lengthCodes[length]
        writeSymbol(257 + lengthCode, into: &bits)
        bits.write(UInt32(length - lengths[lengthCode].base), count: lengths[lengthCode].extraBits)
        let distanceCode = distances.lastIndex { $0.base <= distance }!
        bits.write(code: UInt32(distanceCode), length: 5)
        bits.write(UInt32(distance - distances[distanceCode].base), count: distances[distanceCode].extraBits)
    }
}
