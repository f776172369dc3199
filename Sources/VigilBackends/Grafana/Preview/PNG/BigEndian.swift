/// Numbers written most significant byte first, as PNG and zlib write theirs.
enum BigEndian {
    /// The four bytes of `value`, most significant first.
    static func bytes(of value: UInt32) -> [UInt8] {
        [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) }
    }
}
