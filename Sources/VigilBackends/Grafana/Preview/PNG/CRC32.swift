/// The CRC-32 that closes every PNG chunk (ISO 3309, the same as zip and Ethernet): the reflected polynomial
/// `0xEDB88320`, a register that starts as all ones and is inverted at the end, computed a byte at a time with a
/// table of the 256 byte remainders.
enum CRC32 {
    /// The remainder of each byte value, shifted through the register eight bits at a time.
    static let table: [UInt32] = (0..<256).map { byte in
        (0..<8).reduce(UInt32(byte)) { crc, _ in crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    }

    /// The CRC-32 of `bytes`: `0xCBF43926` for the ASCII digits `123456789`.
    static func checksum(of bytes: some Sequence<UInt8>) -> UInt32 {
        ~bytes.reduce(UInt32.max) { crc, byte in table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }
}
