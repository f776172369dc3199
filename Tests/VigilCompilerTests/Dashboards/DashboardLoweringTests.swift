import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

@Suite("Dashboards: layout, uids, ids and refIds")
struct DashboardLoweringTests {
    typealias F = DashboardFixtures

    static func dashboard(_ title: String, in stack: ResolvedStack = F.resolvedShop) throws -> ResolvedDashboard {
        try #require(stack.dashboards.first { $0.title == title })
    }

    static func rows(of dashboard: ResolvedDashboard) -> [ResolvedRow] {
        dashboard.items.compactMap { item -> ResolvedRow? in
            guard case .row(let row) = item else { return nil }
            return row
        }
    }

    @Test("panels are laid out in lines that fill the 24 columns, without overlap")
    func linesFillTheGrid() throws {
        let dashboard = try Self.dashboard("Everything")
        // What is visible at once: the panels outside rows and in open rows; a collapsed row's own panels.
        let visible = dashboard.items.flatMap { item -> [GridPosition] in
            switch item {
            case .panel(let panel): [panel.position]
            case .row(let row):
                [GridPosition(x: 0, y: row.y, width: 24, height: 1)] + (row.collapsed ? [] : row.panels.map(\.position))
            }
        }
        let collapsed = Self.rows(of: dashboard).filter(\.collapsed).map { $0.panels.map(\.position) }
        for positions in [visible] + collapsed {
            for (index, position) in positions.enumerated() {
                #expect(position.x >= 0 && position.x + position.width <= 24)
                for other in positions[(index + 1)...] {
                    #expect(!position.overlaps(other))
                }
            }
        }
        let traffic = try #require(Self.rows(of: dashboard).first)
        // A text panel spans the grid; the row's four panels are 12 + 6 + 6, then 8 stretched to 24.
        #expect(traffic.y == 3)
        #expect(traffic.panels.map(\.position.width) == [12, 6, 6, 24])
        #expect(traffic.panels.map(\.position.x) == [0, 12, 18, 0])
        #expect(traffic.panels.map(\.position.y) == [4, 4, 4, 12])
        #expect(traffic.panels.map(\.position.height) == [8, 8, 8, 8])
    }

    @Test("a collapsed row takes one grid row; its panels are placed as if it were open")
    func collapsedRows() throws {
        let dashboard = try Self.dashboard("Everything")
        let rows = Self.rows(of: dashboard)
        #expect(rows.map(\.y) == [3, 20, 21])
        #expect(rows[1].collapsed)
        #expect(rows[1].panels.map(\.position.y) == [21, 21, 29])
    }

    @Test("explicit sizes are kept; the other panels of the line share what is left")
    func explicitSizes() throws {
        let stack = StackLowering.lower(
            F.stack([
                Dashboard("D") {
                    Stat("A") { F.inFlight }.size(width: 4, height: 2)
                    Stat("B") { F.inFlight }
                    TimeSeries("C") { F.inFlight }.size(width: 10)
                }
            ]))
        let positions = try Self.dashboard("D", in: stack).panels.map(\.position)
        #expect(positions.map(\.width) == [4, 10, 10])
        #expect(positions.map(\.x) == [0, 4, 14])
        #expect(positions.map(\.height) == [2, 8, 8])
    }

    @Test("panel ids count up in reading order, rows included; refIds are A, B, ...")
    func ids() throws {
        let dashboard = try Self.dashboard("Everything")
        var ids: [Int] = []
        for item in dashboard.items {
            switch item {
            case .panel(let panel): ids.append(panel.id)
            case .row(let row): ids += [row.id] + row.panels.map(\.id)
            }
        }
        #expect(ids == Array(1...ids.count))
        let requests = try #require(dashboard.panels.first { $0.panel.title == "Requests" })
        #expect(requests.targets.map(\.refID) == ["A", "B"])
        let many = (0..<28).map { _ in Query(F.inFlight) }
        var panel = TimeSeries("Many") {}
        panel.panel.queries = many
        let stack = StackLowering.lower(F.stack([Dashboard("M") { panel }]))
        let refIDs = try Self.dashboard("M", in: stack).panels[0].targets.map(\.refID)
        #expect(refIDs.suffix(3) == ["Z", "AA", "AB"])
    }

    @Test("uids derive from the stack and the title, at most 40 characters, stable")
    func uids() throws {
        let long = String(repeating: "Very long title ", count: 5)
        let stack = StackLowering.lower(
            F.stack([
                Dashboard("System Overview") { Stat("A") { F.inFlight } },
                Dashboard(long) { Stat("A") { F.inFlight } },
                Dashboard("Twice", folder: "One") { Stat("A") { F.inFlight } },
                Dashboard("Twice", folder: "Two") { Stat("A") { F.inFlight } },
                Dashboard("Mine", uid: "my-uid") { Stat("A") { F.inFlight } },
            ]))
        let uids = stack.dashboards.map(\.uid)
        #expect(uids[0] == "shop-system-overview")
        #expect(uids[1].count <= 40)
        #expect(uids[1].hasPrefix("shop-very-long-title-very-long"))
        #expect(uids[1].split(separator: "-").last?.count == 8)
        #expect(uids[2...3] == ["shop-one-twice", "shop-two-twice"])
        #expect(uids[4] == "my-uid")
        #expect(
            StackLowering.lower(F.stack([Dashboard(long) { Stat("A") { F.inFlight } }])).dashboards[0].uid == uids[1])
        #expect(stack.dashboards[0].path == "grafana/dashboards/shop/shop-system-overview.json")
    }

    @Test("a service's dashboards are tagged with its name; tables query instantly; heatmaps by bucket")
    func targets() throws {
        let api = try Self.dashboard("API")
        #expect(api.tags == ["api"])
        let everything = try Self.dashboard("Everything")
        let table = try #require(everything.panels.first { $0.panel.title == "Slowest handlers" })
        #expect(table.targets.map(\.format) == [.table])
        #expect(table.targets.map(\.instant) == [true])
        let heatmap = try #require(everything.panels.first { $0.panel.title == "Latency buckets" })
        #expect(heatmap.targets.map(\.text) == ["sum by (le) (rate(http_request_duration_seconds_bucket[5m]))"])
        #expect(heatmap.targets.map(\.format) == [.heatmap])
        let requests = try #require(everything.panels.first { $0.panel.title == "Requests" })
        #expect(requests.targets.map(\.legendFormat) == ["{{method}}", "all"])
        #expect(requests.targets[1].text == #"sum(rate(http_requests_total{method="$method"}[$__rate_interval]))"#)
        #expect(requests.datasource?.uid == "${source}")
    }

    @Test("Prometheus is provisioned always, Alertmanager with the stack's")
    func datasources() {
        #expect(F.resolvedShop.datasources.map(\.kind) == [.prometheus])
    }
}
