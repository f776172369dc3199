/// A zlib stream (RFC 1950), the format of a PNG's image data: a two-byte header, the deflate stream, then the
/// Adler-32 of the uncompressed bytes, big-endian.
enum ZlibStream {
    /// CMF `0x78` (deflate, 32 KiB window) and FLG `0x01` (no dictionary, fastest level, and the check bits that
    /// make the pair, read big-endian, a multiple of 31).
    static let header: [UInt8] = [0x78, 0x01]

    /// `data` as a zlib stream; `stride` is the distance of the row above, for ``Deflate``.
    static func compress(_ data: [UInt8], stride: Int) -> [UInt8] {
        header + Deflate.compress(data, stride: stride) + BigEndian.bytes(of: Adler32.checksum(of: data))
    }
}
