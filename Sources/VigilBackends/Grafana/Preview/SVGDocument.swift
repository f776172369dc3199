/// An SVG document written element by element: one element a line, indented by nesting, every attribute value
/// and text escaped (``PreviewText/escaped(_:)``), so that text from the specs cannot break the markup.
struct SVGDocument {
    /// The lines written so far, the root's opening tag first.
    private var lines: [String]
    /// The names of the elements opened and not yet closed, the root first.
    private var open: [String]

    /// A document `width` by `height` pixels, its view box the same size, with `attributes` on the root.
    init(width: Int, height: Int, attributes: KeyValuePairs<String, String> = [:]) {
        let root: KeyValuePairs<String, String> = [
            "xmlns": "http://www.w3.org/2000/svg", "width": "\(width)", "height": "\(height)",
            "viewBox": "0 0 \(width) \(height)",
        ]
        lines = ["<svg" + Self.attributes(root) + Self.attributes(attributes) + ">"]
        open = ["svg"]
    }

    /// An element without children: empty, or holding `text`.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String>, text: String? = nil) {
        element(name, Array(attributes), text: text)
    }

    /// A `rect` covering `frame`, with `attributes` after its geometry.
    mutating func rect(_ frame: PreviewRect, _ attributes: KeyValuePairs<String, String>) {
        let geometry = [
            (key: "x", value: "\(frame.x)"), (key: "y", value: "\(frame.y)"),
            (key: "width", value: "\(frame.width)"), (key: "height", value: "\(frame.height)"),
        ]
        element("rect", geometry + Array(attributes), text: nil)
    }

    /// An element without children, its attributes in order.
    private mutating func element(_ name: String, _ attributes: [(key: String, value: String)], text: String?) {
        let tag = name + Self.attributes(attributes)
        let line =
            if let text {
                "<\(tag)>\(PreviewText.escaped(text))</\(name)>"
            } else {
                "<\(tag)/>"
            }
        lines.append(indentation + line)
    }

    /// An element whose children `body` writes.
    mutating func element(
        _ name: String, _ attributes: KeyValuePairs<String, String>, body: (inout SVGDocument) -> Void
    ) {
        lines.append(indentation + "<\(name)\(Self.attributes(attributes))>")
        open.append(name)
        body(&self)
        open.removeLast()
        lines.append(indentation + "</\(name)>")
    }

    /// The whole document, the root closed, ending with a line break.
    var text: String {
        (lines + ["</svg>"]).joined(separator: "\n") + "\n"
    }

    /// Two spaces for each element open.
    private var indentation: String {
        String(repeating: "  ", count: open.count)
    }

    /// ` name="value"` for each attribute, in order.
    private static func attributes(_ attributes: some Sequence<(key: String, value: String)>) -> String {
        attributes.map { " \($0.key)=\"\(PreviewText.escaped($0.value))\"" }.joined()
    }
}
