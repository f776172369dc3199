/// The pixels of a PNG preview: the SVG preview's canvas at a quarter of its size (10 pixels a grid column), as
/// indices into a palette of the colours drawn, in the order first drawn. Shapes are given in the SVG preview's
/// coordinates and scaled here, so both images come from the same layout: an edge at SVG pixel `x` falls on
/// thumbnail pixel `x / 4`, and a shape keeps at least one pixel each way.
struct PreviewRaster {
    /// How many SVG pixels make one thumbnail pixel, each way.
    static let scale = 4
    /// The most colours a palette PNG holds.
    static let paletteLimit = 256

    /// The width in pixels.
    let width: Int
    /// The height in pixels.
    let height: Int
    /// The colours, in the order first drawn; the background first.
    private(set) var palette: [PreviewRGB]
    /// The palette index of each pixel, row by row from the top left.
    private(set) var pixels: [UInt8]
    /// The palette index of each paint drawn so far, `nil` for a paint that is not a colour: a preview draws a
    /// few paints many times, each read and looked up in the palette once.
    private var paintIndices: [String: UInt8?] = [:]

    /// A raster of `canvas` scaled down (rounding up), every pixel palette entry 0: `background` (black when
    /// the paint is not a colour).
    init(_ canvas: PreviewCanvas, background: String) {
        width = (canvas.width + Self.scale - 1) / Self.scale
        height = (canvas.height + Self.scale - 1) / Self.scale
        pixels = Array(repeating: 0, count: width * height)
        palette = [PreviewRGB(paint: background) ?? PreviewRGB(red: 0, green: 0, blue: 0)]
    }

    /// Paints `rect` (SVG coordinates) with `paint`; a paint that is not a colour (`none`) paints nothing.
    mutating func fill(_ rect: PreviewRect, _ paint: String) {
        guard let index = index(of: paint), let (columns, rows) = scaled(rect) else { return }
        set(columns, rows, to: index)
    }

    /// Paints the one-pixel edges of `rect` (SVG coordinates) with `paint`.
    mutating func outline(_ rect: PreviewRect, _ paint: String) {
        guard let index = index(of: paint), let (columns, rows) = scaled(rect) else { return }
        set(columns, rows.lowerBound..<rows.lowerBound + 1, to: index)
        set(columns, rows.upperBound - 1..<rows.upperBound, to: index)
        set(columns.lowerBound..<columns.lowerBound + 1, rows, to: index)
        set(columns.upperBound - 1..<columns.upperBound, rows, to: index)
    }

    /// The image as PNG bytes.
    var png: [UInt8] {
        PNGEncoder.png(width: width, height: height, palette: palette, pixels: pixels)
    }

    /// Sets the pixels of `columns` in each of `rows` to palette entry `index`.
    private mutating func set(_ columns: Range<Int>, _ rows: Range<Int>, to index: UInt8) {
        // A loop over a span, which the compiler turns into a fill; `replaceSubrange` with `repeatElement` took
        // ten times as long.
        let width = width
        var span = pixels.mutableSpan
        for row in rows {
            for pixel in row * width + columns.lowerBound..<row * width + columns.upperBound {
                span[pixel] = index
            }
        }
    }

    /// The thumbnail columns and rows `rect` covers, clipped to the image; `nil` when it is empty or outside.
    private func scaled(_ rect: PreviewRect) -> (columns: Range<Int>, rows: Range<Int>)? {
        func span(_ start: Int, _ length: Int, limit: Int) -> Range<Int>? {
            guard length > 0 else { return nil }
            let first = start / Self.scale
            let end = Swift.max(first + 1, (start + length) / Self.scale)
            let clipped = Swift.max(0, first)..<Swift.min(limit, end)
            return clipped.isEmpty ? nil : clipped
        }
        guard let columns = span(rect.x, rect.width, limit: width), let rows = span(rect.y, rect.height, limit: height)
        else { return nil }
        return (columns, rows)
    }

    /// The palette index of `paint`, added to the palette when new; the nearest colour once the palette is
    /// full; `nil` when the paint is not a colour.
    private mutating func index(of paint: String) -> UInt8? {
        if let known = paintIndices[paint] {
            return known
        }
        let index = PreviewRGB(paint: paint).flatMap { paletteIndex(of: $0) }
        paintIndices[paint] = index
        return index
    }

    /// The palette index of `color`, added to the palette when new; the nearest colour once the palette is full.
    private mutating func paletteIndex(of color: PreviewRGB) -> UInt8? {
        if let found = palette.firstIndex(of: color) {
            return UInt8(found)
        }
        guard palette.count < Self.paletteLimit else {
            let nearest = palette.indices.min { palette[$0].distance(to: color) < palette[$1].distance(to: color) }
            return nearest.map(UInt8.init)
        }
        palette.append(color)
        return UInt8(palette.count - 1)
    }
}
