/// The Adler-32 checksum that ends a zlib stream (RFC 1950, section 8.2): the sum `a` of the bytes plus one, and
/// the sum `b` of every intermediate `a`, both modulo 65521, as `b << 16 | a`.
enum Adler32 {
    /// The largest prime below 2^16.
    static let modulus: UInt32 = 65521

    /// The Adler-32 of `bytes`: `0x11E60398` for the ASCII text `Wikipedia`, `1` for nothing.
    static func checksum(of bytes: some Sequence<UInt8>) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % modulus
            b = (b + a) % modulus
        }
        return b << 16 | a
    }
}
