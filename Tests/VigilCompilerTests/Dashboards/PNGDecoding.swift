import Foundation
import Testing
import VigilCompiler

/// PNG files read by an independent decoder: Python's `zlib` (installed by `scripts/bootstrap.sh all`), which
/// checks each chunk's CRC-32, inflates the image data and checks its Adler-32, so that Vigil's encoder is not
/// checked against itself.
struct PNGDecoding: Decodable {
    /// The file read.
    var path: String
    /// Whether the file starts with the PNG signature.
    var signature: Bool
    /// The chunk types in order.
    var chunks: [String]
    /// Whether every chunk's CRC-32 matched.
    var crcs: Bool
    /// IHDR's width, height, bit depth and colour type.
    var width: Int
    var height: Int
    var depth: Int
    var colorType: Int
    /// The number of palette entries.
    var palette: Int
    /// The inflated image data (filter bytes and pixels) in hex when asked for, else empty.
    var data: String
    /// The length of the inflated image data.
    var length: Int

    /// The inflated image data.
    var bytes: [UInt8] {
        stride(from: 0, to: data.count, by: 2).map { offset in
            let start = data.index(data.startIndex, offsetBy: offset)
            return UInt8(data[start..<data.index(start, offsetBy: 2)], radix: 16) ?? 0
        }
    }

    /// The Python program: for each path argument, a JSON line (the image data only after `--data`).
    static let program = """
        import json, struct, sys, zlib
        want = sys.argv[1] == "--data"
        for path in sys.argv[2:]:
            blob = open(path, "rb").read()
            out = {"path": path, "signature": blob[:8] == bytes([137, 80, 78, 71, 13, 10, 26, 10]), "chunks": [],
                   "crcs": True, "width": 0, "height": 0, "depth": 0, "colorType": 0, "palette": 0}
            at, idat = 8, b""
            while at + 8 <= len(blob):
                size, kind = struct.unpack(">I4s", blob[at:at + 8])
                body = blob[at + 8:at + 8 + size]
                (crc,) = struct.unpack(">I", blob[at + 8 + size:at + 12 + size])
                out["crcs"] &= zlib.crc32(kind + body) == crc
                out["chunks"].append(kind.decode("latin-1"))
                if kind == b"IHDR":
                    out["width"], out["height"], out["depth"], out["colorType"] = struct.unpack(">IIBB", body[:10])
                elif kind == b"PLTE":
                    out["palette"] = size // 3
                elif kind == b"IDAT":
                    idat += body
                at += 12 + size
            data = zlib.decompress(idat)
            out["length"], out["data"] = len(data), data.hex() if want else ""
            print(json.dumps(out))
        """

    /// Decodes `files` with Python, the image data too when `data` is set; `nil` (after printing why, or
    /// recording an issue in CI) when python3 is not installed.
    static func decode(_ files: [URL], data: Bool) throws -> [PNGDecoding]? {
        guard ToolRunner.locate("python3") != nil else {
            let message = "python3 is not installed: run scripts/bootstrap.sh all (Debian package python3)"
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("\(message); the PNG previews cannot be decoded in CI without it")
            } else {
                print("skipped: \(message); the PNG decoding check does not run")
            }
            return nil
        }
        let run = try ToolRunner().run(
            "python3", ["-c", program, data ? "--data" : "--no-data"] + files.map(\.path),
            in: FileManager.default.temporaryDirectory)
        #expect(run.succeeded, "\(run.commandLine): \(run.output)")
        return try run.output.split(separator: "\n").map { line in
            try JSONDecoder().decode(PNGDecoding.self, from: Data(line.utf8))
        }
    }
}
