import Foundation
import Testing

@testable import VigilBackends

/// The PNG encoder of the thumbnails: its checksums against published values, its bit order, and its output
/// read back by Python's `zlib` (``PNGDecoding``), never by the encoder's own code.
@Suite("PNG encoder: checksums, deflate and chunks, read back by an independent decoder")
struct PNGEncoderTests {
    /// `bytes` written to a scratch file, for the decoder.
    static func scratchFile(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-png-\(UUID()).png")
        try Data(bytes).write(to: url)
        return url
    }

    /// `pixels` of a `width`-wide image with a grey palette of 256 entries, encoded and decoded by Python.
    static func roundTrip(width: Int, pixels: [UInt8]) throws -> PNGDecoding? {
        let palette = (0..<256).map { PreviewRGB(red: UInt8($0), green: UInt8($0), blue: UInt8($0)) }
        let url = try scratchFile(
            PNGEncoder.png(width: width, height: pixels.count / width, palette: palette, pixels: pixels))
        defer { try? FileManager.default.removeItem(at: url) }
        return try PNGDecoding.decode([url], data: true)?.first
    }

    @Test("CRC-32 and Adler-32 give the published check values")
    func checksums() {
        #expect(CRC32.checksum(of: Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum(of: Array("IEND".utf8)) == 0xAE42_6082)
        #expect(CRC32.checksum(of: []) == 0)
        #expect(Adler32.checksum(of: Array("Wikipedia".utf8)) == 0x11E6_0398)
        #expect(Adler32.checksum(of: []) == 1)
        #expect(Adler32.checksum(of: Array(repeating: 255, count: 5553)) == 0x8E29_9C8B)
        // Three runs and a part of one, summed a run at a time (zlib's value for the same bytes).
        let count = 3 * Adler32.run + 17
        let bytes: [UInt8] = (0..<count).map { (index: Int) -> UInt8 in UInt8((index * 7 + index / 3) % 256) }
        #expect(Adler32.checksum(of: bytes) == 0xE06B_61A1)
        // Every length around the blocks of 16 and the runs, against the sums taken one byte at a time.
        func reference(_ bytes: ArraySlice<UInt8>) -> UInt32 {
            var (a, b): (UInt32, UInt32) = (1, 0)
            for byte in bytes {
                a = (a + UInt32(byte)) % Adler32.modulus
                b = (b + a) % Adler32.modulus
            }
            return b << 16 | a
        }
        for count in Array(0...40) + Array(Adler32.run - 20...Adler32.run + 20) + [2 * Adler32.run + 15] {
            #expect(Adler32.checksum(of: Array(bytes.prefix(count))) == reference(bytes.prefix(count)), "\(count)")
        }
        let bright = [UInt8](repeating: 255, count: 3 * Adler32.run + 33)
        #expect(Adler32.checksum(of: bright) == reference(bright[...]))
        #expect(BigEndian.bytes(of: 0x0102_0304) == [1, 2, 3, 4])
    }

    @Test("bits fill each byte from the low end; Huffman codes go most significant bit first")
    func bitOrder() {
        var bits = BitWriter()
        bits.write(0b1, count: 1)
        bits.write(0b10, count: 2)
        bits.write(code: 0b110, length: 3)
        #expect(bits.flushed == [0b0001_1101])
        // An empty fixed block: BFINAL, BTYPE 01, then the seven zero bits of end-of-block.
        #expect(Deflate.compress([], stride: 1) == [0x03, 0x00])
        #expect(ZlibStream.compress([], stride: 1) == [0x78, 0x01, 0x03, 0x00, 0, 0, 0, 1])
    }

    @Test("runs at distance 1 and one row up, up to 258 bytes, the shorter distance on a tie")
    func runs() {
        let data: [UInt8] = [1, 2, 3, 1, 2, 3, 3, 3, 3, 3]
        #expect(Deflate.longestRun(in: data.span, at: 0, stride: 3) == (0, 0))
        #expect(Deflate.longestRun(in: data.span, at: 3, stride: 3) == (3, 3))
        #expect(Deflate.longestRun(in: data.span, at: 6, stride: 3) == (4, 1))
        let same: [UInt8] = [5, 5, 5, 5, 5, 5]
        #expect(Deflate.longestRun(in: same.span, at: 3, stride: 3) == (3, 1))
        let flat = [UInt8](repeating: 7, count: 600)
        #expect(Deflate.longestRun(in: flat.span, at: 1, stride: 1) == (258, 1))
    }

    @Test("runs compared eight bytes at a time end where a byte by byte comparison ends them")
    func runsByWord() {
        /// How many bytes from `position` repeat those `distance` before, compared one at a time.
        func reference(_ data: [UInt8], _ position: Int, _ distance: Int) -> Int {
            guard distance <= position else { return 0 }
            var length = 0
            while length < min(Deflate.maximumMatch, data.count - position),
                data[position + length] == data[position + length - distance]
            {
                length += 1
            }
            return length
        }
        // Runs of every length from 0 to past the longest match, each ended by one differing byte, so that the
        // first difference falls on every byte of a word and the end of the data cuts runs short.
        var data: [UInt8] = []
        for length in 0...270 {
            data += repeatElement(UInt8(length % 5), count: length)
            data.append(UInt8(length % 5) &+ 1)
        }
        data += data.prefix(700)
        for position in data.indices {
            for distance in [1, 2, 7, 8, 9, 300] {
                #expect(
                    Deflate.runLength(in: data.span, at: position, distance: distance)
                        == reference(data, position, distance), "at \(position), distance \(distance)")
            }
        }
    }

    @Test("the tables: each length's code, and the fixed code of each symbol reversed for the bit writer")
    func codeTables() {
        for length in Deflate.minimumMatch...Deflate.maximumMatch {
            let code = Deflate.lengthCodes[length]
            #expect(Deflate.lengths[code].base <= length, "\(length)")
            #expect(code == Deflate.lengths.count - 1 || Deflate.lengths[code + 1].base > length, "\(length)")
        }
        // RFC 1951, section 3.2.6: 0-143 from 00110000 (8 bits), 144-255 from 110010000 (9), 256-279 from
        // 0000000 (7), 280-287 from 11000000 (8); written most significant bit first.
        for (symbol, code, length) in [
            (0, 0b0011_0000, 8), (143, 0b1011_1111, 8), (144, 0b1_1001_0000, 9), (255, 0b1_1111_1111, 9),
            (256, 0, 7), (279, 0b001_0111, 7), (280, 0b1100_0000, 8), (287, 0b1100_0111, 8),
        ] {
            var expected = BitWriter()
            expected.write(code: UInt32(code), length: length)
            var written = BitWriter()
            Deflate.writeSymbol(symbol, into: &written)
            #expect(written.flushed == expected.flushed, "symbol \(symbol)")
            #expect(Deflate.fixedCodes[symbol].count == length, "symbol \(symbol)")
        }
    }

    @Test("a tiny palette image decodes to its rows, each after filter byte 0")
    func tinyImage() throws {
        let palette = ["#111217", "#73BF69", "#F2495C"].compactMap(PreviewRGB.init(paint:))
        let png = PNGEncoder.png(width: 3, height: 2, palette: palette, pixels: [0, 1, 2, 2, 2, 2])
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let url = try Self.scratchFile(png)
        defer { try? FileManager.default.removeItem(at: url) }
        guard let decoded = try PNGDecoding.decode([url], data: true)?.first else { return }
        #expect(decoded.signature && decoded.crcs)
        #expect(decoded.chunks == ["IHDR", "PLTE", "IDAT", "IEND"])
        #expect(
            [decoded.width, decoded.height, decoded.depth, decoded.colorType, decoded.palette]
                == [Int]([3, 2, 8, 3, 3]))
        #expect(decoded.bytes == [0, 0, 1, 2, 0, 2, 2, 2])
    }

    @Test("every length and distance code survives: flat rows, repeated rows, long runs and noise")
    func deflateRoundTrip() throws {
        var pixels: [UInt8] = []
        var noise: UInt32 = 12345
        for row in 0..<60 {
            for column in 0..<700 {
                noise = noise &* 1_103_515_245 &+ 12345
                switch row % 4 {
                case 0: pixels.append(UInt8(column / (row / 4 + 1) % 256))
                case 1: pixels.append(pixels[pixels.count - 700])
                case 2: pixels.append(UInt8(truncatingIfNeeded: noise >> 16))
                default: pixels.append(column % (row + 3) == 0 ? 9 : 200)
                }
            }
        }
        guard let decoded = try Self.roundTrip(width: 700, pixels: pixels) else { return }
        let expected = (0..<60).flatMap { [0] + pixels[$0 * 700..<($0 + 1) * 700] }
        #expect(decoded.crcs)
        #expect(decoded.length == expected.count)
        #expect(decoded.bytes == expected)
    }

    @Test("a flat image deflates to a small fraction of its pixels")
    func compression() throws {
        var pixels = [UInt8](repeating: 0, count: 244 * 400)
        for row in 100..<300 {
            pixels.replaceSubrange(row * 244 + 20..<row * 244 + 200, with: repeatElement(1, count: 180))
        }
        let palette = ["#000000", "#FFFFFF"].compactMap(PreviewRGB.init(paint:))
        let png = PNGEncoder.png(width: 244, height: 400, palette: palette, pixels: pixels)
        #expect(png.count < 1000, "\(png.count) bytes")
        guard let decoded = try Self.roundTrip(width: 244, pixels: pixels) else { return }
        #expect(decoded.length == 400 * 245)
    }

    @Test("paints read as colours: #RRGGBB and #RGB; none and anything else are not drawn")
    func paints() {
        #expect(PreviewRGB(paint: "#73BF69") == PreviewRGB(red: 0x73, green: 0xBF, blue: 0x69))
        #expect(PreviewRGB(paint: "#fa0") == PreviewRGB(red: 0xFF, green: 0xAA, blue: 0x00))
        #expect(PreviewRGB(paint: "none") == nil)
        #expect(PreviewRGB(paint: "#12345") == nil)
        #expect(PreviewRGB(paint: "#GGGGGG") == nil)
    }
}
