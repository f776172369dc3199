import VigilCore

/// A rule pack as a stack deploys it: the alerts an exporter brought to its scrape job with the values the
/// stack tuned, their runbooks, the alerts it disabled and why, and what a healthy target serves for the metrics
/// whose steady value matters (the end-to-end exporter serves those rather than its default).
public struct ResolvedRulePack: Sendable {
    /// One alert of the pack as deployed.
    public struct Entry: Sendable {
        /// The alert's name.
        public var name: String
        /// Its severity after overrides.
        public var severity: Severity
        /// Its `for` after overrides.
        public var duration: Duration?
        /// Its threshold after overrides, with its unit, e.g. `5%`; `nil` when it has none.
        public var threshold: String?
        /// Whether the stack changed its threshold, `for`, severity or labels.
        public var tuned: Bool
        /// What the alert means (Markdown).
        public var meaning: String
        /// The first things to look at when it fires (Markdown).
        public var firstSteps: [String]

        /// An entry of these fields.
        package init(
            name: String, severity: Severity, duration: Duration?, threshold: String?, tuned: Bool, meaning: String,
            firstSteps: [String]
        ) {
            self.name = name
            self.severity = severity
            self.duration = duration
            self.threshold = threshold
            self.tuned = tuned
            self.meaning = meaning
            self.firstSteps = firstSteps
        }
    }

    /// An override that cannot work, reported by ``RulePackRules``.
    public struct Problem: Sendable {
        /// What is wrong.
        public var message: String
        /// How to fix it.
        public var hint: String
        /// Where the override was written.
        public var location: SourceLocation

        /// A problem of these fields.
        package init(message: String, hint: String, location: SourceLocation) {
            self.message = message
            self.hint = hint
            self.location = location
        }
    }

    /// The pack's name, e.g. `node`.
    public var name: String
    /// The scrape job its alerts watch.
    public var job: String
    /// The alerts deployed, in the pack's order.
    public var alerts: [Entry]
    /// The alerts the stack disabled, with its reasons, in the pack's order.
    public var disabled: [(name: String, reason: String)]
    /// The exclusions the stack added (the node pack's filesystems), as PromQL matchers.
    public var selectors: [String]
    /// The value a healthy target serves for a metric, by series name.
    public var healthyValues: [String: Double]
    /// The overrides that cannot work.
    public var problems: [Problem]
    /// Where the exporter was declared.
    public var location: SourceLocation

    /// A pack of these fields.
    package init(
        name: String, job: String, alerts: [Entry], disabled: [(name: String, reason: String)], selectors: [String],
        healthyValues: [String: Double], problems: [Problem] = [], location: SourceLocation
    ) {
        self.name = name
        self.job = job
        self.alerts = alerts
        self.disabled = disabled
        self.selectors = selectors
        self.healthyValues = healthyValues
        self.problems = problems
        self.location = location
    }
}
