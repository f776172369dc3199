import Foundation
import Testing
import VigilCompiler

@testable import VigilBackends
@testable import VigilModel

/// The PNG thumbnail of a dashboard: the SVG preview's layout at a quarter of its size, without text.
@Suite("Dashboard thumbnails: the SVG preview's layout as a small PNG")
struct DashboardThumbnailTests {
    /// The colour of the thumbnail pixel at `x`, `y`.
    static func color(_ raster: PreviewRaster, _ x: Int, _ y: Int) -> PreviewRGB {
        raster.palette[Int(raster.pixels[y * raster.width + x])]
    }

    /// The colour of `paint`.
    static func rgb(_ paint: String) throws -> PreviewRGB {
        try #require(PreviewRGB(paint: paint))
    }

    @Test("a quarter of the SVG's size; each drawn panel's box edges where the SVG puts them, in the border colour")
    func boxesFollowTheSVG() throws {
        let dashboard = try DashboardPreviewTests.dashboard("shop-everything")
        let canvas = PreviewCanvas(dashboard)
        let raster = DashboardThumbnail.raster(of: dashboard)
        #expect(raster.width == 244 && canvas.width == 976)
        #expect(raster.height == (canvas.height + 3) / 4)
        #expect(raster.palette.first == (try Self.rgb(PreviewTheme.background)))
        let panels = PreviewItem.items(of: dashboard).compactMap { item -> PreviewPanel? in
            guard case .panel(let panel) = item else { return nil }
            return panel
        }
        #expect(panels.count == 7)
        for panel in panels {
            let frame = canvas.frame(of: panel.position)
            let (left, top) = (frame.x / 4, frame.y / 4)
            let (right, bottom) = ((frame.x + frame.width) / 4 - 1, frame.bottom / 4 - 1)
            for (x, y) in [(left, top), (right, top), (left, bottom), (right, bottom)] {
                #expect(Self.color(raster, x, y) == (try Self.rgb(PreviewTheme.border)), "\(panel.title) at \(x),\(y)")
            }
            // The box is filled just inside its edge, below the title.
            #expect(Self.color(raster, left + 1, bottom - 1) == (try Self.rgb(PreviewTheme.panel)), "\(panel.title)")
            let badge = panel.badge(in: frame).frame
            let kind = Self.color(raster, (badge.x + badge.width / 2) / 4, (badge.y + badge.height / 2) / 4)
            #expect(kind == (try Self.rgb(panel.kindPaint)), "\(panel.title): the kind's colour")
        }
    }

    @Test("a collapsed row is a bar outlined in the secondary colour; an open row a divider; neighbours keep a gap")
    func rows() throws {
        let dashboard = try DashboardPreviewTests.dashboard("shop-everything")
        let canvas = PreviewCanvas(dashboard)
        let raster = DashboardThumbnail.raster(of: dashboard)
        let rows = PreviewItem.items(of: dashboard).compactMap { item -> PreviewRow? in
            guard case .row(let row) = item else { return nil }
            return row
        }
        let collapsed = try #require(rows.first { $0.hiddenPanels != nil })
        let bar = collapsed.frame(on: canvas)
        #expect(Self.color(raster, bar.x / 4, bar.y / 4) == (try Self.rgb(PreviewTheme.secondaryText)))
        #expect(Self.color(raster, bar.x / 4 + 50, bar.y / 4 + 3) == (try Self.rgb(PreviewTheme.badge)))
        let open = try #require(rows.first { $0.hiddenPanels == nil })
        let divider = open.frame(on: canvas)
        #expect(Self.color(raster, divider.x / 4 + 100, divider.bottom / 4) == (try Self.rgb(PreviewTheme.border)))
        // The gutter between two boxes side by side stays one background pixel wide.
        let first = try #require(
            PreviewItem.items(of: dashboard).compactMap { item -> PreviewRect? in
                guard case .panel(let panel) = item, panel.position.x > 0 else { return nil }
                return canvas.frame(of: panel.position)
            }.first)
        let gap = Self.color(raster, first.x / 4 - 1, (first.y + first.height / 2) / 4)
        #expect(gap == (try Self.rgb(PreviewTheme.background)))
    }

    @Test("threshold swatches and legend strokes keep their colours")
    func colorMarks() throws {
        let raster = DashboardThumbnail.raster(of: try DashboardPreviewTests.dashboard("shop-everything"))
        for paint in ["#73BF69", "#FF9830", "#F2495C"] + PreviewTheme.seriesColors.prefix(2) {
            #expect(raster.palette.contains(try Self.rgb(paint)), "no \(paint) drawn")
        }
    }

    @Test("shapes scale by a quarter and keep a pixel; none paints nothing; a full palette takes the nearest colour")
    func raster() throws {
        let canvas = PreviewCanvas(try DashboardPreviewTests.dashboard("shop-api"))
        var raster = PreviewRaster(canvas, background: "#000000")
        raster.fill(PreviewRect(x: 10, y: 42, width: 36, height: 26), "#FFFFFF")
        raster.fill(PreviewRect(x: 100, y: 100, width: 2, height: 1), "#FF0000")
        raster.fill(PreviewRect(x: 0, y: 0, width: 976, height: 800), "none")
        let white = (0..<raster.height).flatMap { y in (0..<raster.width).map { (x: $0, y: y) } }
            .filter { Self.color(raster, $0.x, $0.y) == PreviewRGB(red: 255, green: 255, blue: 255) }
        #expect(white.count == 9 * 7)
        #expect(white.first! == (2, 10) && white.last! == (10, 16))
        #expect(Self.color(raster, 25, 25) == PreviewRGB(red: 255, green: 0, blue: 0))
        for value in 0..<300 {
            raster.fill(
                PreviewRect(x: 0, y: 0, width: 4, height: 4),
                String(format: "#%02X%02X4D", value % 256, value / 256 * 40))
        }
        #expect(raster.palette.count == PreviewRaster.paletteLimit)
        raster.fill(PreviewRect(x: 0, y: 0, width: 4, height: 4), "#FE0101")
        #expect(Self.color(raster, 0, 0) == PreviewRGB(red: 255, green: 0, blue: 0))
        // Drawn again, each paint gets the colour it got the first time; none still paints nothing.
        for paint in ["#FE0101", "none", "#FFFFFF", "none", "#FE0101"] {
            raster.fill(PreviewRect(x: 8, y: 0, width: 4, height: 4), paint)
        }
        #expect(Self.color(raster, 2, 0) == PreviewRGB(red: 255, green: 0, blue: 0))
        raster.fill(PreviewRect(x: 8, y: 0, width: 4, height: 4), "#FFFFFF")
        #expect(Self.color(raster, 2, 0) == PreviewRGB(red: 255, green: 255, blue: 255))
        #expect(raster.palette.count == PreviewRaster.paletteLimit)
    }

    @Test("the same dashboard gives the same bytes, a valid PNG of the raster's size")
    func deterministic() throws {
        let dashboard = try DashboardPreviewTests.dashboard("shop-everything")
        let lowered = try #require(
            StackLowering.lower(DashboardFixtures.shop).dashboards.first { $0.uid == "shop-everything" })
        let png = DashboardThumbnail.png(of: dashboard)
        #expect(png == DashboardThumbnail.png(of: lowered))
        let header = try PNGHeader(Data(png))
        let raster = DashboardThumbnail.raster(of: dashboard)
        #expect(header.width == raster.width && header.height == raster.height)
    }
}
