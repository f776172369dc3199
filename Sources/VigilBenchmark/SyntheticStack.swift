import VigilDSL

/// The stacks the benchmark compiles, built in Swift as a spec file would build them.
enum SyntheticStack {
    /// `count` services, each with ten metrics, five alerts, two SLOs and a twelve-panel dashboard, and an
    /// Alertmanager that sends everything to one webhook.
    static func services(_ count: Int) -> Stack {
        let receiver = Receiver("default", .webhook(url: "https://hooks.example.com/alerts"))
        // The SLOs' 30-day windows and 3-day alert windows: Prometheus keeps 33 days.
        return Stack("bench-\(count)", prometheus: Prometheus(retention: .days(33))) {
            (0..<count).map { SyntheticService(index: $0).service }
            Alertmanager(defaultReceiver: receiver)
        }
    }

    /// The title of the dashboard workload's dashboards, before their number.
    static let dashboardTitlePrefix = "Dashboard "

    /// The dashboard workload alone: `count` copies of the synthetic dashboard (titled apart) on the metrics of
    /// one service that declares nothing else.
    static func dashboards(_ count: Int) -> Stack {
        let service = SyntheticService(index: 0)
        return Stack("dashboards-\(count)") {
            Service(service.name, scrape: .target("\(service.name):8080")) { service.metrics.all }
            for index in 0..<count {
                service.dashboard(title: "\(dashboardTitlePrefix)\(index)")
            }
        }
    }
}
