import Foundation

/// The rule pack benchmark's report: per pack, the samples its alerts read at one evaluation and per day at the
/// stack's evaluation interval, per target, and the server's query time; then the costliest alerts.
struct PackCostReport {
    /// What was measured on.
    let plan: PackCostPlan
    /// Each alert's fastest evaluation.
    let measured: [(alert: PackFleet.Alert, query: InstantQuery)]
    /// How many of the costliest alerts the last table lists.
    var costliest = 10

    /// The report.
    var text: String {
        let perDay = 86_400 / plan.evaluationIntervalSeconds
        var packs = TextTable(
            header: [
                "pack (job)", "alerts", "samples / evaluation", "per target", "samples / day",
                "query time / evaluation",
                "server time / day",
            ])
        let jobs = measured.map(\.alert.job).reduce(into: [String]()) { jobs, job in
            if !jobs.contains(job) { jobs.append(job) }
        }
        for job in jobs + ["all"] {
            let alerts = measured.filter { job == "all" || $0.alert.job == job }
            let samples = Double(alerts.map(\.query.samples).reduce(0, +))
            let seconds = alerts.map(\.query.seconds).reduce(0, +)
            packs.rows.append([
                job, "\(alerts.count)", SLOReport.si(samples), SLOReport.si(samples / Double(plan.hosts)),
                SLOReport.si(samples * perDay), Formatting.milliseconds(seconds),
                String(format: "%.0f s", seconds * perDay),
            ])
        }
        var top = TextTable(header: ["alert", "job", "samples / evaluation", "query time"])
        for (alert, query) in measured.sorted(by: { $0.query.samples > $1.query.samples }).prefix(costliest) {
            top.rows.append([
                alert.name, alert.job, SLOReport.si(Double(query.samples)), Formatting.milliseconds(query.seconds),
            ])
        }
        return """
            \(plan.hosts) targets per job, \(SLOReport.si(Double(plan.series))) series, \
            \(SLOReport.si(Double(plan.samples))) samples; every alert evaluated every \
            \(Int(plan.evaluationIntervalSeconds)) s (\(Int(perDay)) times a day)

            \(packs.text)

            the \(costliest) costliest alerts:
            \(top.text)
            """
    }
}
