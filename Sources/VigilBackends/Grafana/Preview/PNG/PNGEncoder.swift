/// A palette image as a PNG file (ISO/IEC 15948): the signature, then the chunks IHDR (size, 8 bits a pixel,
/// colour type 3: palette indices), PLTE (the colours), one IDAT (every row after filter byte 0, none, as a
/// ``ZlibStream``) and IEND. No time or text chunks, so the same image gives the same bytes.
enum PNGEncoder {
    /// The eight bytes every PNG file starts with.
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The PNG of an image `width` by `height` pixels whose `pixels`, row by row from the top left, index
    /// `palette` (at most 256 colours).
    static func png(width: Int, height: Int, palette: [PreviewRGB], pixels: [UInt8]) -> [UInt8] {
        precondition(pixels.count == width * height && (1...256).contains(palette.count), "not a palette image")
        let header =
            BigEndian.bytes(of: UInt32(width)) + BigEndian.bytes(of: UInt32(height))
            + [8, 3, 0, 0, 0]  // Bit depth, colour type, compression, filter method, no interlace.
        var rows: [UInt8] = []
        rows.reserveCapacity(height * (width + 1))
        for row in 0..<height {
            rows.append(0)  // Filter type 0: the row as it is.
            rows += pixels[row * width..<(row + 1) * width]
        }
        return signature + chunk("IHDR", header) + chunk("PLTE", palette.flatMap { [$0.red, $0.green, $0.blue] })
            + chunk("IDAT", ZlibStream.compress(rows, stride: width + 1)) + chunk("IEND", [])
    }

    /// A chunk: the data's length, the type, the data, and the CRC-32 of type and data.
    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        return BigEndian.bytes(of: UInt32(data.count)) + typed + BigEndian.bytes(of: CRC32.checksum(of: typed))
    }
}
