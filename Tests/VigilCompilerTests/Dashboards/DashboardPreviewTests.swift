import Testing
import VigilCompiler
import VigilDSL

@testable import VigilBackends
@testable import VigilModel

/// The SVG preview of a dashboard's layout: the boxes where the dashboard JSON puts the panels, collapsed rows,
/// titles, kinds, units, threshold marks and legends, escaped and cut to fit.
@Suite("Dashboard previews: the layout drawn as SVG")
struct DashboardPreviewTests {
    /// The lowered dashboard of the shop with `uid`.
    static func dashboard(_ uid: String) throws -> ResolvedDashboard {
        try #require(DashboardFixtures.resolvedShop.dashboards.first { $0.uid == uid })
    }

    /// The preview of `dashboards` in a stack of their own, lowered, and its first dashboard.
    static func preview(@ListBuilder<Dashboard> _ dashboards: () -> [Dashboard]) throws -> PreviewDocument {
        let stack = StackLowering.lower(DashboardFixtures.stack(dashboards(), name: "demo"))
        let dashboard = try #require(stack.dashboards.first { $0.folder == "demo" && $0.title == "Demo" })
        return try PreviewDocument(parsing: DashboardPreview.svg(of: dashboard))
    }

    @Test("each drawn panel's box is where the dashboard JSON's gridPos puts it; a collapsed row's are not drawn")
    func boxesFollowTheGrid() throws {
        let dashboard = try Self.dashboard("shop-everything")
        let svg = try PreviewDocument(parsing: DashboardPreview.svg(of: dashboard))
        let json = try JSONDocument(parsing: try DashboardJSON.text(of: dashboard))
        var boxes: [String: [String: String]] = [:]
        for clip in svg.elements(named: "clipPath") {
            boxes[clip.attributes["id"] ?? ""] = [:]
        }
        let rects = svg.elements(named: "rect")
        var expected: [String: PreviewRect] = [:]
        var hidden: [String] = []
        for panel in json["panels"]?.array ?? [] where panel["type"]?.string != "row" {
            let id = try #require(panel["id"]?.int)
            let position = try #require(panel["gridPos"])
            expected["panel-\(id)"] = PreviewRect(
                x: 8 + 40 * (try #require(position["x"]?.int)) + 2, y: 40 + 30 * (try #require(position["y"]?.int)) + 2,
                width: 40 * (try #require(position["w"]?.int)) - 4, height: 30 * (try #require(position["h"]?.int)) - 4)
        }
        for row in json["panels"]?.array ?? [] where row["collapsed"] == .bool(true) {
            hidden += try (row["panels"]?.array ?? []).map { "panel-\(try #require($0["id"]?.int))" }
        }
        #expect(expected.count == 7)
        #expect(hidden.count == 3)
        #expect(Set(boxes.keys) == Set(expected.keys))
        for (clip, frame) in expected {
            let drawn = rects.contains { rect in
                rect.attributes["x"] == "\(frame.x)" && rect.attributes["y"] == "\(frame.y)"
                    && rect.attributes["width"] == "\(frame.width)" && rect.attributes["height"] == "\(frame.height)"
                    && rect.attributes["fill"] == PreviewTheme.panel
            }
            #expect(drawn, "no box at \(frame) for \(clip)")
        }
        let size = try #require(svg.size())
        let bottoms = (json["panels"]?.array ?? []).compactMap { panel -> Int? in
            guard let y = panel["gridPos"]?["y"]?.int, let h = panel["gridPos"]?["h"]?.int else { return nil }
            return y + h
        }
        let bottom = try #require(bottoms.max())
        #expect(size.width == 976)
        #expect(size.height == 40 + 30 * bottom + 8)
    }

    @Test("rows: an open row's chevron and title; a collapsed row says how many panels it hides and draws none")
    func rows() throws {
        let svg = try PreviewDocument(parsing: DashboardPreview.svg(of: try Self.dashboard("shop-everything")))
        let texts = svg.texts
        #expect(texts.contains("Traffic"))
        #expect(texts.contains("Latency"))
        #expect(texts.contains("collapsed: 3 panels hidden"))
        #expect(!texts.contains { $0.contains("Slowest handlers") || $0.contains("Latency buckets") })
        #expect(svg.elements(named: "polygon").count == 3)
        #expect(svg.elements(named: "rect").contains { $0.attributes["stroke-dasharray"] != nil })
        let one = PreviewRow(
            ResolvedRow(
                id: 1, title: "One", collapsed: true, y: 0, panels: [try Self.dashboard("shop-api").panels[0]],
                location: try Self.dashboard("shop-api").location))
        #expect(one.note == "collapsed: 1 panel hidden")
    }

    @Test("a panel shows its title, kind, unit, threshold marks in their colours and each query's legend")
    func panelContents() throws {
        let svg = try PreviewDocument(parsing: DashboardPreview.svg(of: try Self.dashboard("shop-everything")))
        let texts = svg.texts
        for text in ["Requests", "timeseries", "unit: reqps", "A {{method}}", "B all", "stat", "unit: percentunit"] {
            #expect(texts.contains(text), "no text \(text)")
        }
        // The error ratio's query, cut to its six columns.
        #expect(texts.contains("A sum(rate(http_requests_total{sta…"))
        let swatches = svg.elements(named: "rect").filter { $0.attributes["width"] == "8" }.compactMap {
            $0.attributes["fill"]
        }
        // The error ratio's green, orange, red; the in-flight gauge's green, red.
        #expect(swatches == ["#73BF69", "#FF9830", "#F2495C", "#73BF69", "#F2495C"])
        #expect(
            texts.filter { ["base", "0.01", "0.05", "80"].contains($0) } == ["base", "0.01", "0.05", "base", "80"])
    }

    @Test("threshold marks: the base, then each step's value and colour; percentages and hex colours")
    func thresholdMarks() {
        let marks = PreviewThresholdMark.marks(of: Thresholds(.green, .at(0.01, .orange), .at(80, .hex("#d44a3a"))))
        #expect(marks.map(\.label) == ["base", "0.01", "80"])
        #expect(marks.map(\.paint) == ["#73BF69", "#FF9830", "#d44a3a"])
        let percent = PreviewThresholdMark.marks(
            of: Thresholds(.transparent, .at(75, .hex("#11223380")), mode: .percentage))
        #expect(percent.map(\.label) == ["base", "75%"])
        #expect(percent.map(\.paint) == ["none", "#112233"])
        #expect(PreviewThresholdMark.number(1e-6) == "1e-06")
    }

    @Test("text is escaped for XML, control characters become spaces, and the document stays well-formed")
    func escaping() throws {
        #expect(PreviewText.escaped(#"<b>&"x" 'y'"#) == "&lt;b&gt;&amp;&quot;x&quot; &apos;y&apos;")
        #expect(PreviewText.escaped("a\u{0}b\nc\u{1B}\u{FFFF}") == "a b c  ")
        let svg = try Self.preview {
            Dashboard("Demo", folder: "demo") {
                Row("<rows> & \"quotes\"") {
                    TimeSeries("a < b & c > d\u{1}") { DashboardFixtures.inFlight }.legendFormat("{{le}} & <none>")
                }
            }
        }
        #expect(svg.texts.contains("<rows> & \"quotes\""))
        #expect(svg.texts.contains("a < b & c > d "))
        #expect(svg.texts.contains("A {{le}} & <none>"))
    }

    @Test("text is cut to its width by the monospaced estimate, with an ellipsis")
    func truncation() throws {
        #expect(PreviewText.width(of: "abcdef", fontSize: 10) == 36)
        #expect(PreviewText.fitted("abcdef", width: 36, fontSize: 10) == "abcdef")
        #expect(PreviewText.fitted("abcdefg", width: 36, fontSize: 10) == "abcde…")
        #expect(PreviewText.fitted("abcdefg", width: 5, fontSize: 10) == "")
        let title = String(repeating: "Very long title ", count: 10)
        let svg = try Self.preview {
            Dashboard("Demo", folder: "demo") {
                Stat(title) { DashboardFixtures.inFlight }.size(width: 4, height: 4)
            }
        }
        let drawn = try #require(svg.texts.first { $0.hasPrefix("Very long") })
        #expect(drawn.hasSuffix("…"))
        // Four columns less the gutter and padding, less the kind label and its gap.
        let room = 4 * 40 - 4 - 12 - (PreviewText.width(of: "stat", fontSize: 9) + 8) - 6
        #expect(PreviewText.width(of: drawn, fontSize: 12) <= room)
        #expect(svg.elements(named: "title").contains { $0.text == title })
    }

    @Test("a legend longer than the box ends with how many entries are left out")
    func legendOverflow() throws {
        let dashboard = try Self.dashboard("shop-everything")
        var panel = PreviewPanel(try #require(dashboard.panels.first { $0.panel.title == "Requests" }))
        panel.legend = (0..<10).map { _ in panel.legend[0] }
        let lines = panel.lines(fitting: 5 * PreviewPanel.lineHeight)
        #expect(lines.count == 5)
        #expect(lines.first == .unit("reqps"))
        #expect(lines.last == .more(7))
        #expect(panel.lines(fitting: 0).isEmpty)
        #expect(panel.lines(fitting: 11 * PreviewPanel.lineHeight).count == 11)
    }

    @Test("the same dashboard gives the same bytes")
    func deterministic() throws {
        let first = try DashboardPreviewEmitter().emit(DashboardFixtures.resolvedShop)
        let second = try DashboardPreviewEmitter().emit(StackLowering.lower(DashboardFixtures.shop))
        #expect(
            first.map(\.path)
                == DashboardFixtures.resolvedShop.dashboards.flatMap {
                    ["grafana/previews/\($0.uid).svg", "grafana/previews/\($0.uid).png"]
                })
        #expect(first == second)
    }

    @Test("previews are written, and shown in the README, only for a stack with the Grafana target")
    func grafanaTargetOnly() throws {
        let with = try Compiler().compile([DashboardFixtures.shop]).outputs.flatMap(\.files)
        #expect(with.contains { $0.path == "grafana/previews/shop-everything.svg" })
        #expect(with.contains { $0.path == "grafana/previews/shop-everything.png" })
        let readme = try #require(with.first { $0.path == "README.md" }?.contents)
        #expect(
            readme.contains(
                "### Everything\n\n![The layout of Everything](grafana/previews/shop-everything.svg)\n"
                    + "(PNG: [shop-everything.png](grafana/previews/shop-everything.png))\n\n- About (text)"))
        let stack = Stack("shop", targets: [.prometheus, .readme]) {
            DashboardFixtures.api
            DashboardFixtures.everything
        }
        let without = try Compiler().compile([stack]).outputs.flatMap(\.files)
        #expect(!without.contains { $0.path.hasPrefix("grafana/") })
        let plain = try #require(without.first { $0.path == "README.md" }?.contents)
        #expect(plain.contains("### Everything\n\n- About (text)"))
        #expect(!plain.contains("previews"))
    }
}
