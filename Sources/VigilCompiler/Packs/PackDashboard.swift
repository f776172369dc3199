import VigilModel

/// The dashboard a rule pack brings for its job, derived from the definitions its alerts are written from:
/// each enabled alert's signal in a panel, in the query the alert compares, with the threshold the stack
/// settled on drawn as a dashed line and the panel coloured by the severity of the alerts that fire there.
/// Alerts on the same signal (a warning and a critical level) share a panel. On top: the job's targets, the
/// pack's alerts firing, and the alerts the stack disabled with their reasons. Every query is narrowed to the
/// instances chosen in the `instance` variable.
struct PackDashboard {
    /// One alert's threshold on a panel.
    struct Line {
        /// The value and the side the alert fires on.
        var threshold: PackSignal.Threshold
        /// The alert's severity: the colour of that side.
        var severity: Severity
    }

    /// A panel: a signal and the alerts that watch it.
    struct Graph {
        /// What the panel shows.
        var signal: PackSignal
        /// The alerts watching it, as the panel's description names them.
        var watchers: [String]
        /// Their thresholds.
        var lines: [Line]
    }

    /// The matcher every query takes: the instances chosen in the dashboard's variable.
    static let narrowing = PromQLLabelMatcher("instance", .matchesRegex, "$instance")

    /// The dashboard's title.
    var title: String
    /// The pack's name, e.g. `node`.
    var pack: String
    /// The job the pack watches.
    var job: String
    /// The panels, in the order of the pack's alerts.
    var graphs: [Graph]
    /// The enabled alerts' names.
    var alerts: [String]
    /// The disabled alerts and the reasons given.
    var disabled: [(alert: String, reason: String)]
    /// Where the pack was declared.
    var location: SourceLocation

    /// The panels' rows, in the order their first panels come.
    var areas: [String] {
        var areas: [String] = []
        for graph in graphs where !areas.contains(graph.signal.area) {
            areas.append(graph.signal.area)
        }
        return areas
    }

    /// The dashboard.
    var dashboard: DashboardOutline {
        let panels = DerivedPanels(location: location)
        let job = PromQLLabelMatcher("job", .equal, self.job)
        let firing = PromQLExpression.series(
            "ALERTS",
            [
                PromQLLabelMatcher("alertstate", .equal, "firing"), job, Self.narrowing,
                PromQLLabelMatcher("alertname", .matchesRegex, alerts.joined(separator: "|")),
            ])
        let overview = [
            panels.stateTimeline(
                "Targets up", legend: "{{instance}}", [panels.query(.series("up", [job, Self.narrowing]))]
            )
            .with { $0.field.mappings = DerivedPanels.upOrDown },
            panels.stateTimeline(
                "Firing alerts", legend: "{{alertname}} {{instance}}",
                [panels.query(firing.aggregated(.max, by: ["alertname", "instance"]))]
            ).with { $0.field.mappings = [.value("1", text: "firing", color: .red)] },
        ]
        let notes =
            disabled.isEmpty
            ? []
            : [panels.text("Disabled alerts", disabled.map { "- `\($0.alert)`: \($0.reason)" }.joined(separator: "\n"))]
        let rows = areas.map { area in
            PanelRow(
                title: area, collapsed: false,
                panels: graphs.filter { $0.signal.area == area }.map { panel(of: $0, panels: panels) },
                location: location)
        }
        return DashboardOutline(
            title: title, tags: [DerivedDashboards.tag, self.job],
            description:
                "The signals the \(pack) rule pack alerts on for the '\(self.job)' job, with the thresholds this stack "
                + "settles on.",
            variables: [
                Variable(
                    "instance", .labelValues(label: "instance", of: PromQLVectorSelector(name: "up", matchers: [job])),
                    label: "Instance", multi: true, includeAll: true, fileID: location.fileID,
                    filePath: location.filePath, line: location.line, column: location.column)
            ],
            items: [.row(PanelRow(title: "Overview", collapsed: false, panels: overview + notes, location: location))]
                + rows.map(DashboardOutline.Item.row),
            location: location)
    }

    /// The panel of `graph`: the signal, its thresholds coloured and drawn when any alert compares it with one.
    func panel(of graph: Graph, panels: DerivedPanels) -> Panel {
        panels.timeSeries(graph.signal.title, unit: graph.signal.unit, [panels.query(graph.signal.query)]).with {
            $0.legendFormat = graph.signal.legend
            $0.description = "Alerts on it: \(graph.watchers.joined(separator: "; "))."
            guard let thresholds = Self.thresholds(graph.lines), case .timeSeries(var options) = $0.kind else { return }
            $0.field.thresholds = thresholds
            options.thresholdsStyle = .dashed
            $0.kind = .timeSeries(options)
        }
    }

    /// The colours of `lines`: each range of values takes the colour of the most severe alert that fires there,
    /// green where none does; `nil` without lines.
    static func thresholds(_ lines: [Line]) -> Thresholds? {
        let values = Set(lines.map(\.value)).sorted()
        guard let lowest = values.first, let highest = values.last else { return nil }
        // A value inside each range: below the lowest, between two neighbours, above the highest.
        let inside = [lowest - 1] + zip(values, values.dropFirst() + [highest + 2]).map { ($0 + $1) / 2 }
        let colors = inside.map { value in
            lines.filter { $0.fires(at: value) }.map(\.severity).min().map(color) ?? .green
        }
        var steps: [ThresholdStep] = []
        var current = colors[0]
        for (value, color) in zip(values, colors.dropFirst()) where color != current {
            steps.append(.at(value, color))
            current = color
        }
        return Thresholds(colors[0], steps: steps)
    }

    /// The colour of a severity: red for critical, orange for warning, blue for info, purple for the others.
    static func color(of severity: Severity) -> PanelColor {
        switch severity {
        case .critical: .red
        case .warning: .orange
        case .info: .blue
        default: .purple
        }
    }
}

extension PackDashboard.Line {
    /// The threshold's value.
    var value: Double {
        switch threshold {
        case .above(let value), .below(let value): value
        }
    }

    /// Whether the alert fires at `value`.
    func fires(at value: Double) -> Bool {
        switch threshold {
        case .above(let threshold): value > threshold
        case .below(let threshold): value < threshold
        }
    }
}
