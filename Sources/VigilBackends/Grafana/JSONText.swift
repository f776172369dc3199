import VigilModel

/// The bytes of JSON text as Foundation's `JSONEncoder` writes them with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes`: quoted strings with quotes, backslashes and control characters escaped (slashes
/// not), integers, doubles as Swift prints them without a trailing `.0`, line breaks with two-space indents.
/// `JSONWriter` lays out containers and members with them.
///
/// It writes UTF-8 bytes into a buffer of its own that doubles when full, and copies them into a `String` once:
/// a string's bytes are checked and copied eight at a time, integers' digits and indents written in place. Going
/// through `Encodable`, and then appending to an array piece by piece, cost most of a dashboard's emission.
///
/// What it is worth (measured for issue 19, BENCHMARKS.md "Speed machinery"): the plain version, a copyable
/// writer appending to a `[UInt8]` with `String` keys and no unsafe pointers, took emission from 64 to 161 µs
/// per dashboard and the whole dashboard workload from 186 to 284 µs (best of 10 alternating runs, panels
/// without their box in both), which would leave the 10x target against grafana-foundation-sdk at about 5.5x;
/// `specs generate` of the example stacks took 5% more CPU. Of the difference, the eight-byte escape scan and
/// the indents stored a word at a time are 2 to 3 µs per dashboard.
struct JSONText: ~Copyable {
    /// The text written so far: `count` bytes at `start`, in a buffer of `capacity` bytes.
    private var start: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    /// An empty text whose buffer first holds the text of a typical dashboard, so that it seldom grows.
    init() {
        capacity = 1 << 16
        start = .allocate(capacity: capacity)
    }

    deinit {
        start.deallocate()
    }

    /// The text written so far.
    var string: String {
        String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }

    /// The bytes written so far, for a file: copied once, without the check of their UTF-8 that a `String` makes.
    var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: start, count: count))
    }

    /// Appends an integer's decimal digits.
    mutating func write(_ value: Int) {
        reserve(20)
        if value < 0 {
            append(UInt8(ascii: "-"))
        }
        var magnitude = value.magnitude
        let first = count
        repeat {
            start[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            count += 1
            magnitude /= 10
        } while magnitude > 0
        var digits = UnsafeMutableBufferPointer(start: start + first, count: count - first)
        digits.reverse()
    }

    /// Appends a finite double; JSON has no infinities or NaN, so those throw as `JSONEncoder` does.
    mutating func write(_ value: Double) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: [], debugDescription: "\(value) is not valid in JSON"))
        }
        var text = value.description
        text.withUTF8 { digits in
            let integral =
                digits.count >= 2 && digits[digits.count - 2] == UInt8(ascii: ".")
                && digits.last == UInt8(ascii: "0")
            append(UnsafeBufferPointer(rebasing: digits.dropLast(integral ? 2 : 0)))
        }
    }

    /// Appends a quoted string: quotes, backslashes and control characters escaped, everything else as is.
    mutating func write(string: String) {
        if string.utf8.withContiguousStorageIfAvailable({ write(utf8: $0) }) == nil {
            var contiguous = string
            contiguous.withUTF8 { write(utf8: $0) }
        }
    }

    /// Appends a string's UTF-8 bytes, quoted and escaped.
    private mutating func write(utf8: UnsafeBufferPointer<UInt8>) {
        reserve(utf8.count + 2)
        append(UInt8(ascii: "\""))
        let copied = Self.copyUntilEscape(utf8, to: start + count)
        count += copied
        if copied < utf8.count {
            writeEscaping(UnsafeBufferPointer(rebasing: utf8[copied...]))
        }
        append(UInt8(ascii: "\""))
    }

    /// Appends a member's key, quoted and escaped, and the ` : ` that separates it from its value.
    mutating func write(key utf8: UnsafeBufferPointer<UInt8>) {
        write(utf8: utf8)
        append(" : ")
    }

    /// Appends a key written in the emitter's code, quoted, and the ` : ` after it. Such keys are Grafana's
    /// field names, which need no escaping: their bytes are copied as they are (debug builds check them).
    mutating func write(literalKey utf8: UnsafeBufferPointer<UInt8>) {
        assert(!utf8.contains(where: Self.mustEscape), "a literal JSON key needs no escaping")
        reserve(utf8.count + 5)
        start[count] = UInt8(ascii: "\"")
        // Byte by byte: keys are short, too short for a call to copy them to pay off.
        for index in utf8.indices {
            start[count + 1 + index] = utf8[index]
        }
        count += 1 + utf8.count
        append("\" : ")
    }

    /// Appends bytes that start with one to escape: each escape, then the bytes up to the next one.
    private mutating func writeEscaping(_ utf8: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < utf8.count {
            reserve(6 + utf8.count - index)
            writeEscape(of: utf8[index])
            index += 1
            let copied = Self.copyUntilEscape(UnsafeBufferPointer(rebasing: utf8[index...]), to: start + count)
            count += copied
            index += copied
        }
    }

    /// Copies the bytes of `utf8` before the first one to escape (all of them if none is) to `output`, and
    /// returns how many it copied. Eight bytes at a time are checked at once and copied as one word.
    private static func copyUntilEscape(
        _ utf8: UnsafeBufferPointer<UInt8>, to output: UnsafeMutablePointer<UInt8>
    ) -> Int {
        let words = UnsafeRawBufferPointer(utf8)
        let target = UnsafeMutableRawPointer(output)
        var index = 0
        while index + 8 <= utf8.count {
            let word = words.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            guard !holdsByteToEscape(word) else { break }
            target.storeBytes(of: word, toByteOffset: index, as: UInt64.self)
            index += 8
        }
        if index < utf8.count, index + 8 > utf8.count, utf8.count >= 8 {
            // Fewer than eight bytes are left: the last eight, overlapping ones already copied.
            let last = utf8.count - 8
            let word = words.loadUnaligned(fromByteOffset: last, as: UInt64.self)
            if !holdsByteToEscape(word) {
                target.storeBytes(of: word, toByteOffset: last, as: UInt64.self)
                return utf8.count
            }
        }
        while index < utf8.count, !mustEscape(utf8[index]) {
            output[index] = utf8[index]
            index += 1
        }
        return index
    }

    /// Whether a byte is a control character, a quote or a backslash, which a JSON string escapes.
    private static func mustEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Whether any of the eight bytes of `word` must be escaped.
    /// `(x &- n * 0x0101…01) & ~x & 0x8080…80` is non-zero exactly when some byte of `x` is below `n` (for `n` up
    /// to 0x80), and a byte equals `c` when it is below 1 once exclusive-ored with `c`.
    private static func holdsByteToEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        func below(_ limit: UInt64, in word: UInt64) -> UInt64 { (word &- ones &* limit) & ~word }
        let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let found = below(0x20, in: word) | below(1, in: quotes) | below(1, in: backslashes)
        return found & (ones &* 0x80) != 0
    }

    /// Appends the escape sequence of a quote, a backslash or a control character.
    private mutating func writeEscape(of byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): append("\\\"")
        case UInt8(ascii: "\\"): append("\\\\")
        case UInt8(ascii: "\n"): append("\\n")
        case UInt8(ascii: "\r"): append("\\r")
        case UInt8(ascii: "\t"): append("\\t")
        case 0x08: append("\\b")
        case 0x0C: append("\\f")
        default:  // The other control characters, as four hexadecimal digits.
            append("\\u00")
            append(Self.hexDigit(byte >> 4))
            append(Self.hexDigit(byte & 0x0F))
        }
    }

    /// The lowercase hexadecimal digit of a value below 16.
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// Appends a line break and `indent` spaces, the spaces eight at a time (the last eight may run past the
    /// line, into room that the next bytes overwrite).
    @inline(__always)
    mutating func appendLine(indent: Int) {
        reserve(1 + indent + 8)
        start[count] = UInt8(ascii: "\n")
        let spaces = UnsafeMutableRawPointer(start + count + 1)
        var written = 0
        while written < indent {
            spaces.storeBytes(of: Self.eightSpaces, toByteOffset: written, as: UInt64.self)
            written += 8
        }
        count += 1 + indent
    }

    /// Eight spaces as one word.
    private static let eightSpaces = UInt64(0x2020_2020_2020_2020)

    /// Appends text that needs no escaping.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        // Byte by byte: the texts are a few bytes long, too short for a call to copy them to pay off.
        let length = text.utf8CodeUnitCount
        reserve(length)
        for index in 0..<length {
            start[count + index] = text.utf8Start[index]
        }
        count += length
    }

    @inline(__always)
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (start + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity {
            grow(toHold: count + extra)
        }
    }

    /// Doubles the buffer as often as it takes to hold `size` bytes.
    @inline(never)
    private mutating func grow(toHold size: Int) {
        while size > capacity {
            capacity *= 2
        }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.moveInitialize(from: start, count: count)
        start.deallocate()
        start = grown
    }
}
