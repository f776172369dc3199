import Foundation
import Testing
import VigilCompiler

/// Every preview committed under `generated/` is well-formed SVG of the declared size, one per dashboard, and
/// renders with `rsvg-convert` (librsvg, which `scripts/bootstrap.sh all` installs) to a PNG of that size; beside
/// each, Vigil's own PNG thumbnail decodes with Python's `zlib` to a quarter of that size.
@Suite("Generated dashboard previews parse and render")
struct GeneratedPreviewTests {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The files below `generated/` whose stack-relative path starts with `prefix` and ends with `suffix`, as
    /// `<stack>/<path>`, sorted.
    static func files(under prefix: String, endingWith suffix: String) throws -> [String] {
        let generated = root.appendingPathComponent("generated")
        var found: [String] = []
        for stack in try FileManager.default.contentsOfDirectory(atPath: generated.path) where !stack.hasPrefix(".") {
            let folder = generated.appendingPathComponent(stack).appendingPathComponent(prefix)
            guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let path as String in enumerator where path.hasSuffix(suffix) {
                found.append("\(stack)/\(prefix)/\(path)")
            }
        }
        return found.sorted()
    }

    /// Every generated preview, as `<stack>/grafana/previews/<uid>.svg`.
    static func previews() throws -> [String] {
        try files(under: "grafana/previews", endingWith: ".svg")
    }

    /// The text of `path` below `generated/`.
    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("generated").appendingPathComponent(path), encoding: .utf8)
    }

    @Test("one preview per generated dashboard, each well-formed SVG with matching width, height and viewBox")
    func wellFormed() throws {
        let previews = try Self.previews()
        let dashboards = try Self.files(under: "grafana/dashboards", endingWith: ".json").map { path in
            let parts = path.split(separator: "/")
            return "\(parts[0])/grafana/previews/\(parts.last!.dropLast(".json".count)).svg"
        }
        #expect(!previews.isEmpty, "no preview under generated/; run make generate")
        #expect(previews == dashboards.sorted())
        for path in previews {
            let document = try PreviewDocument(parsing: try Self.text(path).utf8)
            #expect(document.size() != nil, "\(path): the root is not an svg element with a consistent size")
        }
    }

    @Test("rsvg-convert renders every preview to a PNG of the SVG's size")
    func rendersWithLibrsvg() throws {
        guard ToolRunner.locate("rsvg-convert") != nil else {
            let message = "rsvg-convert is not installed: run scripts/bootstrap.sh all (Debian package librsvg2-bin)"
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("\(message); the previews cannot be checked in CI without it")
            } else {
                print("skipped: \(message); the preview rendering test does not run")
            }
            return
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-previews-\(UUID())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let previews = try Self.previews()
        #expect(!previews.isEmpty, "no preview under generated/; run make generate")
        for (index, path) in previews.enumerated() {
            let svg = Self.root.appendingPathComponent("generated").appendingPathComponent(path)
            let png = scratch.appendingPathComponent("\(index).png")
            let run = try ToolRunner().run(
                "rsvg-convert", ["--format=png", "--output", png.path, svg.path], in: scratch)
            #expect(run.succeeded, "\(run.commandLine): \(run.output)")
            guard run.succeeded else { continue }
            let size = try #require(try PreviewDocument(parsing: try Self.text(path).utf8).size())
            let header = try PNGHeader(Data(contentsOf: png))
            #expect(header.width == size.width && header.height == size.height, "\(path): \(header) rendered")
        }
    }

    @Test("beside each SVG preview a PNG thumbnail: valid chunks and CRCs, a quarter of its size, every row inflated")
    func thumbnails() throws {
        let previews = try Self.previews()
        let thumbnails = try Self.files(under: "grafana/previews", endingWith: ".png")
        #expect(thumbnails == previews.map { $0.dropLast(".svg".count) + ".png" })
        let generated = Self.root.appendingPathComponent("generated")
        guard let decoded = try PNGDecoding.decode(thumbnails.map { generated.appendingPathComponent($0) }, data: false)
        else { return }
        #expect(decoded.count == thumbnails.count)
        for (path, png) in zip(previews, decoded) {
            let size = try #require(try PreviewDocument(parsing: try Self.text(path).utf8).size())
            #expect(png.signature && png.crcs, "\(png.path): signature or CRC wrong")
            #expect(png.chunks == ["IHDR", "PLTE", "IDAT", "IEND"], "\(png.path)")
            #expect(png.width == (size.width + 3) / 4 && png.height == (size.height + 3) / 4, "\(png.path)")
            #expect(png.depth == 8 && png.colorType == 3 && png.palette > 1, "\(png.path)")
            #expect(png.length == png.height * (png.width + 1), "\(png.path)")
            let bytes = try FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int ?? 0
            #expect(bytes < 20_000, "\(png.path): \(bytes) bytes")
        }
    }
}
