import VigilModel

/// What one monitored service brings Prometheus, in the model's terms: the service with its metrics, its rule
/// group's alerts, recording rules and alert tests, and its scrape job.
struct ServiceRules {
    /// The service.
    var service: ResolvedService
    /// The rule group its rules go in; a stack keeps it only when it has rules (``ruleGroup``).
    var group: ResolvedRuleGroup
    /// Its alerts, in order.
    var alerts: [ResolvedAlert] = []
    /// Its recording rules, in order.
    var recordingRules: [ResolvedRecordingRule] = []
    /// Its alert tests, in order.
    var alertTests: [ResolvedAlertTest] = []
    /// Its scrape job; `nil` when nothing is scraped.
    var scrapeJob: ResolvedScrapeJob?

    /// The rule group, when the service has alerts or recording rules.
    var ruleGroup: ResolvedRuleGroup? {
        alerts.isEmpty && recordingRules.isEmpty ? nil : group
    }

    /// Adds `rules` after the service's own alerts and tests.
    mutating func add(_ rules: PackRules) {
        alerts += rules.alerts
        alertTests += rules.tests
    }

    /// Puts `rules` before the service's own alerts and tests.
    mutating func prepend(_ rules: PackRules) {
        alerts = rules.alerts + alerts
        alertTests = rules.tests + alertTests
    }
}

extension ServiceRules {
    /// A server the stack runs or deploys itself, built without the DSL: the job `name` scraping `targets` at
    /// `/metrics` and declaring `metrics`, with `pack`'s alerts and tests, all attributed to `location`.
    init(
        scraping name: String, at targets: [String], metrics: [MetricDeclaration], pack: any DeployedRulePack,
        declaredAt location: SourceLocation
    ) {
        service = ResolvedService(name: name, metrics: metrics, location: location)
        group = ResolvedRuleGroup(name: name, location: location)
        var job = ResolvedScrapeJob(
            name: name, targets: targets, metricsPath: ResolvedScrapeJob.defaultMetricsPath,
            scheme: ResolvedScrapeJob.defaultScheme, labels: [], location: location)
        job.scrapesStack = true
        scrapeJob = job
        add(pack.rules(in: group))
    }
}
