extension UnsafeBufferPointer<UInt8> {
    /// The Unicode scalar whose UTF-8 encoding starts at `index` of these bytes, which are valid UTF-8
    /// (a Swift string's), and the length of that encoding.
    func unicodeScalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        self[index] < 0x80 ? (Unicode.Scalar(self[index]), 1) : decodeNonASCII(at: index)
    }

    /// ``unicodeScalar(at:)`` for a scalar outside ASCII.
    private func decodeNonASCII(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = self[index...].makeIterator()
        guard case .valid(let encoded) = parser.parseScalar(from: &iterator) else {
            return ("\u{FFFD}", 1)
        }
        return (Unicode.UTF8.decode(encoded), encoded.count)
    }
}
