import Foundation

/// The size a PNG file declares: its signature checked, then its first chunk, which must be `IHDR`.
struct PNGHeader: CustomStringConvertible {
    /// What is wrong with a file that is not a PNG.
    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    /// The width in pixels.
    var width: Int
    /// The height in pixels.
    var height: Int

    /// The eight bytes every PNG file starts with.
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Reads the header of `data`; throws when the signature or the `IHDR` chunk is missing.
    init(_ data: Data) throws {
        let bytes = [UInt8](data.prefix(33))
        guard bytes.count == 33, Array(bytes[0..<8]) == Self.signature else {
            throw Invalid(description: "not a PNG: the signature is missing")
        }
        func integer(at offset: Int) -> Int {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        guard integer(at: 8) == 13, String(decoding: bytes[12..<16], as: UTF8.self) == "IHDR" else {
            throw Invalid(description: "not a PNG: the first chunk is not a 13-byte IHDR")
        }
        width = integer(at: 16)
        height = integer(at: 20)
    }

    var description: String { "\(width)x\(height) PNG" }
}
