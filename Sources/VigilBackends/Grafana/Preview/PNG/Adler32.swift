/// The Adler-32 checksum that ends a zlib stream (RFC 1950, section 8.2): the sum `a` of the bytes plus one, and
/// the sum `b` of every intermediate `a`, both modulo 65521, as `b << 16 | a`.
enum Adler32 {
    /// The largest prime below 2^16.
    static let modulus: UInt32 = 65521
    /// The most bytes summed before `b` could overflow 32 bits, starting from values below the modulus
    /// (255 n (n + 1) / 2 + (n + 1) (modulus - 1) < 2^32): the sums are reduced once per run of this many
    /// bytes rather than twice per byte, a division being the costliest step of the loop.
    static let run = 5552

    /// The Adler-32 of `bytes`: `0x11E60398` for the ASCII text `Wikipedia`, `1` for nothing.
    static func checksum(of bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        var start = 0
        while start < bytes.count {
            let end = min(start + run, bytes.count)
            for byte in bytes[start..<end] {
                a += UInt32(byte)
                b += a
            }
            a %= modulus
            b %= modulus
            start = end
        }
        return b << 16 | a
    }
}
