import Testing

@testable import VigilBackends

/// The SVG writer of the dashboard previews: its exact output, attribute by attribute, and its escaping.
@Suite("SVG document: one element a line, attributes in order, text escaped")
struct SVGDocumentTests {
    /// The document `body` writes on a 40 by 30 canvas, as text.
    static func document(_ body: (inout SVGDocument) -> Void) -> String {
        var svg = SVGDocument(width: 40, height: 30, fontFamily: "Mono, monospace")
        body(&svg)
        return String(decoding: svg.closed(), as: UTF8.self)
    }

    /// The lines between the root's opening and closing tags of the document `body` writes.
    static func lines(_ body: (inout SVGDocument) -> Void) -> [String] {
        Array(document(body).split(separator: "\n").dropFirst().dropLast().map(String.init))
    }

    @Test("the root's size, view box and font, closed at the end with a line break")
    func root() {
        #expect(
            Self.document { _ in }
                == """
                <svg xmlns="http://www.w3.org/2000/svg" width="40" height="30" viewBox="0 0 40 30" \
                font-family="Mono, monospace">
                </svg>

                """)
    }

    @Test("a rect writes its geometry, then only the attributes it is given, in one order")
    func rects() {
        let frame = PreviewRect(x: -2, y: 0, width: 10, height: 305)
        #expect(
            Self.lines { svg in
                svg.rect(frame)
                svg.rect(frame, fill: "#111217")
                svg.rect(frame, cornerRadius: 3, fill: "#181B1F", stroke: "#2F3238")
                svg.rect(frame, fill: "none", stroke: "#CCCCDC", strokeWidth: "0.5")
                svg.rect(frame, cornerRadius: 2, fill: "#22252B", stroke: "#8E8E9E", dashes: "4 3")
            } == [
                ##"  <rect x="-2" y="0" width="10" height="305"/>"##,
                ##"  <rect x="-2" y="0" width="10" height="305" fill="#111217"/>"##,
                ##"  <rect x="-2" y="0" width="10" height="305" rx="3" fill="#181B1F" stroke="#2F3238"/>"##,
                ##"  <rect x="-2" y="0" width="10" height="305" fill="none" stroke="#CCCCDC" stroke-width="0.5"/>"##,
                ##"  <rect x="-2" y="0" width="10" height="305" rx="2" fill="#22252B" stroke="#8E8E9E" "##
                    + ##"stroke-dasharray="4 3"/>"##,
            ])
    }

    @Test("text, titles, lines and polygons; nested elements indent two spaces a level")
    func elements() {
        #expect(
            Self.lines { svg in
                svg.title("Overview")
                svg.text("Latency", x: 16, y: 89, fontSize: 12, bold: true, fill: "#CCCCDC")
                svg.text("unit: s", x: 16, y: 106, fontSize: 10, fill: "#8E8E9E")
                svg.horizontalLine(x: 10, y: 68, width: 956, stroke: "#2F3238")
                svg.polygon([(16, 52), (24, 52), (20, 58)], fill: "#CCCCDC")
                svg.clipPath(id: "panel-2") { svg in svg.rect(PreviewRect(x: 1, y: 2, width: 3, height: 4)) }
                svg.group(clippedBy: "panel-2") { svg in
                    svg.title("Targets up")
                    svg.clipPath(id: "inner") { svg in svg.title("deeper") }
                }
                svg.title("after")
            } == [
                "  <title>Overview</title>",
                ##"  <text x="16" y="89" font-size="12" font-weight="bold" fill="#CCCCDC">Latency</text>"##,
                ##"  <text x="16" y="106" font-size="10" fill="#8E8E9E">unit: s</text>"##,
                ##"  <line x1="10" y1="68" x2="966" y2="68" stroke="#2F3238"/>"##,
                ##"  <polygon points="16,52 24,52 20,58" fill="#CCCCDC"/>"##,
                ##"  <clipPath id="panel-2">"##,
                ##"    <rect x="1" y="2" width="3" height="4"/>"##,
                "  </clipPath>",
                ##"  <g clip-path="url(#panel-2)">"##,
                "    <title>Targets up</title>",
                ##"    <clipPath id="inner">"##,
                "      <title>deeper</title>",
                "    </clipPath>",
                "  </g>",
                "  <title>after</title>",
            ])
    }

    @Test("attribute values and text are escaped; text with nothing to escape is written as it is")
    func escaping() {
        #expect(
            Self.lines { svg in
                svg.text(##"a<b & "c" 'd'>"##, x: 0, y: 0, fontSize: 9, fill: ##"#"x"##)
                svg.title("tab\there, ÄÖ €, \u{FEFF}\u{FFFD} kept, \u{FFFE}\u{FFFF} not")
                svg.clipPath(id: "a&b") { _ in }
                svg.group(clippedBy: "a&b") { _ in }
            } == [
                ##"  <text x="0" y="0" font-size="9" fill="#&quot;x">a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;</text>"##,
                "  <title>tab here, ÄÖ €, \u{FEFF}\u{FFFD} kept,    not</title>",
                ##"  <clipPath id="a&amp;b">"##,
                "  </clipPath>",
                ##"  <g clip-path="url(#a&amp;b)">"##,
                "  </g>",
            ])
    }

    @Test("numbers in decimal: zero, negative, several digits, the extremes")
    func numbers() {
        let values = [0, 7, -7, 10, 99, 100, 4096, -12_345, Int.max, Int.min]
        #expect(
            Self.lines { svg in
                for value in values {
                    svg.horizontalLine(x: value, y: 0, width: 0, stroke: "none")
                }
            } == values.map { ##"  <line x1="\##($0)" y1="0" x2="\##($0)" y2="0" stroke="none"/>"## })
    }

    @Test("escaping leaves text without special characters as it is, and keeps other characters")
    func previewText() {
        #expect(PreviewText.escaped("Requests (p95) – ok µs") == "Requests (p95) – ok µs")
        #expect(PreviewText.escaped("\u{FEFF}\u{EFFF}\u{FFFD}") == "\u{FEFF}\u{EFFF}\u{FFFD}")
        #expect(PreviewText.escaped("x\u{FFFE}y\u{FFFF}z\r\n") == "x y z  ")
        #expect(PreviewText.escaped("") == "")
    }
}
