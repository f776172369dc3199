/// A colour of a PNG preview's palette, read from the SVG paint the preview draws with.
struct PreviewRGB: Hashable {
    /// The red component.
    var red: UInt8
    /// The green component.
    var green: UInt8
    /// The blue component.
    var blue: UInt8

    /// The colour of these components.
    init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// The colour of `paint`, `#RRGGBB` or `#RGB`; `nil` for `none` or anything else, which is not drawn.
    init?(paint: String) {
        guard paint.hasPrefix("#"), [4, 7].contains(paint.count) else { return nil }
        let digits = paint.dropFirst().map { $0.hexDigitValue }
        guard digits.allSatisfy({ $0 != nil }) else { return nil }
        let values = digits.map { UInt8($0 ?? 0) }
        let components =
            values.count == 3 ? values.map { $0 * 17 } : [0, 2, 4].map { values[$0] * 16 + values[$0 + 1] }
        self.init(red: components[0], green: components[1], blue: components[2])
    }

    /// The squared distance to `other` in RGB space, which picks the nearest colour of a full palette.
    func distance(to other: PreviewRGB) -> Int {
        [(red, other.red), (green, other.green), (blue, other.blue)].reduce(0) { sum, pair in
            sum + (Int(pair.0) - Int(pair.1)) * (Int(pair.0) - Int(pair.1))
        }
    }
}
