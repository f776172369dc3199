/// An SVG document of the elements a preview draws, written straight into one buffer of UTF-8: one element a
/// line, indented by nesting, every attribute value and text escaped (``PreviewText/escaped(_:)``), so that text
/// from the specs cannot break the markup. Each element writes its attributes in one fixed order, and leaves out
/// those it is not given.
///
/// Bytes rather than a `String`: appending a piece to a `String` took about 20 ns, to an array of bytes about
/// 3 ns, and a line is a few dozen pieces.
struct SVGDocument {
    /// The markup written so far, each line ended by a line break: the root's opening tag first.
    private var bytes: [UInt8] = []
    /// Two spaces for each element open: the root's, then one for each ``group(clippedBy:body:)`` or
    /// ``clipPath(id:body:)`` being written.
    private var indentation: [UInt8] = Array("  ".utf8)

    /// A document `width` by `height` pixels, its view box the same size, its text in `fontFamily`.
    init(width: Int, height: Int, fontFamily: String) {
        bytes.reserveCapacity(16_384)
        append("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        attribute("width", width)
        attribute("height", height)
        append(" viewBox=\"0 0 ")
        append(width)
        append(" ")
        append(height)
        append("\"")
        attribute("font-family", fontFamily)
        append(">\n")
    }

    /// The whole document's UTF-8, the root closed, ending with a line break.
    consuming func closed() -> [UInt8] {
        append("</svg>\n")
        return bytes
    }

    /// A `title` element holding `text`: the tooltip of the element it is in.
    mutating func title(_ text: String) {
        start("title")
        end("title", text: text)
    }

    /// A `rect` covering `frame`, with its corners rounded by `cornerRadius`, filled with `fill` and outlined with
    /// `stroke`, `strokeWidth` wide and dashed by `dashes` (an SVG dash array), each left out when `nil`.
    mutating func rect(
        _ frame: PreviewRect, cornerRadius: Int? = nil, fill: String? = nil, stroke: String? = nil,
        strokeWidth: String? = nil, dashes: String? = nil
    ) {
        start("rect")
        attribute("x", frame.x)
        attribute("y", frame.y)
        attribute("width", frame.width)
        attribute("height", frame.height)
        attribute("rx", cornerRadius)
        attribute("fill", fill)
        attribute("stroke", stroke)
        attribute("stroke-width", strokeWidth)
        attribute("stroke-dasharray", dashes)
        end()
    }

    /// A `text` element holding `text`, its baseline starting at `x`, `y`, at `fontSize`, bold when `bold` is
    /// set, filled with `fill`.
    mutating func text(_ text: String, x: Int, y: Int, fontSize: Int, bold: Bool = false, fill: String) {
        start("text")
        attribute("x", x)
        attribute("y", y)
        attribute("font-size", fontSize)
        attribute("font-weight", bold ? "bold" : nil)
        attribute("fill", fill)
        end("text", text: text)
    }

    /// A horizontal `line` at `y` from `x` to `x + width`, stroked with `stroke`.
    mutating func horizontalLine(x: Int, y: Int, width: Int, stroke: String) {
        start("line")
        attribute("x1", x)
        attribute("y1", y)
        attribute("x2", x + width)
        attribute("y2", y)
        attribute("stroke", stroke)
        end()
    }

    /// A `polygon` through `corners`, in order, filled with `fill`.
    mutating func polygon(_ corners: [(x: Int, y: Int)], fill: String) {
        start("polygon")
        append(" points=\"")
        for (index, corner) in corners.enumerated() {
            if index > 0 {
                append(" ")
            }
            append(corner.x)
            append(",")
            append(corner.y)
        }
        append("\"")
        attribute("fill", fill)
        end()
    }

    /// A `clipPath` named `id`, whose shape `body` writes.
    mutating func clipPath(id: String, body: (inout SVGDocument) -> Void) {
        start("clipPath")
        attribute("id", id)
        nest("clipPath", body: body)
    }

    /// A group `g` clipped by the clip path named `clipPath`, whose children `body` writes.
    mutating func group(clippedBy clipPath: String, body: (inout SVGDocument) -> Void) {
        start("g")
        append(" clip-path=\"url(#")
        appendEscaped(clipPath)
        append(")\"")
        nest("g", body: body)
    }

    /// The indentation and the start of `name`'s opening tag, for its attributes to follow.
    private mutating func start(_ name: StaticString) {
        bytes += indentation
        append("<")
        append(name)
    }

    /// ` name="value"` after the tag being written; nothing for no value.
    private mutating func attribute(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        startAttribute(name)
        append(value)
        bytes.append(UInt8(ascii: "\""))
    }

    /// ` name="value"`, the value escaped, after the tag being written; nothing for no value.
    private mutating func attribute(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        startAttribute(name)
        appendEscaped(value)
        bytes.append(UInt8(ascii: "\""))
    }

    /// ` name="`: an attribute up to its value. Its single characters are appended as bytes, which is several
    /// times quicker than appending them as one-character strings.
    private mutating func startAttribute(_ name: StaticString) {
        bytes.append(UInt8(ascii: " "))
        append(name)
        bytes.append(UInt8(ascii: "="))
        bytes.append(UInt8(ascii: "\""))
    }

    /// Ends the tag being written as an empty element.
    private mutating func end() {
        append("/>\n")
    }

    /// Ends the tag being written, then writes `text` and the closing tag of `name`.
    private mutating func end(_ name: StaticString, text: String) {
        append(">")
        appendEscaped(text)
        append("</")
        append(name)
        append(">\n")
    }

    /// Ends the opening tag being written of `name`, writes its children with `body` one level deeper, and
    /// closes it.
    private mutating func nest(_ name: StaticString, body: (inout SVGDocument) -> Void) {
        append(">\n")
        indentation += "  ".utf8
        body(&self)
        indentation.removeLast(2)
        bytes += indentation
        append("</")
        append(name)
        append(">\n")
    }

    /// Markup written as it is.
    private mutating func append(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes += $0 }
    }

    /// `number` in decimal, a `-` before it when negative.
    private mutating func append(_ number: Int) {
        if number < 0 {
            bytes.append(UInt8(ascii: "-"))
        }
        var rest = number.magnitude
        var power: UInt = 1
        while power <= rest / 10 {
            power *= 10
        }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / power))
            rest %= power
            power /= 10
        } while power > 0
    }

    /// `text` escaped (``PreviewText/escaped(_:)``).
    private mutating func appendEscaped(_ text: String) {
        bytes.appendUTF8(of: PreviewText.escaped(text))
    }
}
