import VigilCore

/// A stack after lowering: defaults applied, implicit parts added, everything the emitters need and nothing
/// of the DSL's sugar. Emitters and validation rules read this model, never the DSL.
public struct ResolvedStack: Sendable {
    /// The stack's name, also the folder under the output directory.
    public var name: String
    /// The Prometheus server.
    public var prometheus: ResolvedPrometheus
    /// The monitored services, in declaration order.
    public var services: [ResolvedService]
    /// Every alerting rule of the stack, in declaration order.
    public var alerts: [ResolvedAlert]
    /// Every recording rule of the stack, in declaration order.
    public var recordingRules: [ResolvedRecordingRule] = []
    /// The alert unit tests, in declaration order.
    public var alertTests: [ResolvedAlertTest] = []
    /// The rule groups, one per service with rules, in declaration order.
    public var ruleGroups: [ResolvedRuleGroup] = []
    /// The service level objectives, in declaration order; their rules, alerts and tests are among the above.
    public var slos: [ResolvedSLO] = []
    /// The rule packs the exporters brought, in declaration order; their alerts and tests are among the above.
    public var rulePacks: [ResolvedRulePack] = []
    /// Every scrape job, the stack's own self-monitoring jobs first, then the services in declaration order.
    public var scrapeJobs: [ResolvedScrapeJob]
    /// The Alertmanager, when the stack declares one.
    public var alertmanager: ResolvedAlertmanager?
    /// The data sources Grafana is provisioned with.
    public var datasources: [ResolvedDatasource] = []
    /// The Grafana dashboards, declared in the stack's body first, then in its services' bodies.
    public var dashboards: [ResolvedDashboard] = []
    /// The corrections of the source document the README lists, in declaration order.
    public var corrections: [ResolvedCorrection] = []
    /// The notes the README carries, in declaration order.
    public var notes: [Note] = []
    /// The components it runs beside Prometheus and Alertmanager: Grafana, Loki, tracing, exporters.
    public var components: ResolvedComponents = ResolvedComponents()
    /// The package's templates (notification templates, component configurations), as the command line read them.
    public var templates: TemplateLibrary = TemplateLibrary()
    /// The compose target's settings.
    public var compose: ResolvedCompose = ResolvedCompose()
    /// Where the stack was declared.
    public var location: SourceLocation
    /// What it is generated for, in ``OutputTarget`` order.
    public var targets: [OutputTarget] = OutputTarget.standard.sorted()
    /// The Kubernetes target's settings, when it is among the targets.
    public var kubernetes: ResolvedKubernetes?

    /// A value of these fields.
    package init(
        name: String, prometheus: ResolvedPrometheus, services: [ResolvedService], alerts: [ResolvedAlert],
        recordingRules: [ResolvedRecordingRule] = [], alertTests: [ResolvedAlertTest] = [],
        ruleGroups: [ResolvedRuleGroup] = [], slos: [ResolvedSLO] = [], rulePacks: [ResolvedRulePack] = [],
        scrapeJobs: [ResolvedScrapeJob],
        alertmanager: ResolvedAlertmanager? = nil, datasources: [ResolvedDatasource] = [],
        dashboards: [ResolvedDashboard] = [], corrections: [ResolvedCorrection] = [], notes: [Note] = [],
        components: ResolvedComponents = ResolvedComponents(), templates: TemplateLibrary = TemplateLibrary(),
        compose: ResolvedCompose = ResolvedCompose(), location: SourceLocation,
        targets: [OutputTarget] = OutputTarget.standard.sorted(), kubernetes: ResolvedKubernetes? = nil
    ) {
        self.name = name
        self.prometheus = prometheus
        self.services = services
        self.alerts = alerts
        self.recordingRules = recordingRules
        self.alertTests = alertTests
        self.ruleGroups = ruleGroups
        self.slos = slos
        self.rulePacks = rulePacks
        self.scrapeJobs = scrapeJobs
        self.alertmanager = alertmanager
        self.datasources = datasources
        self.dashboards = dashboards
        self.corrections = corrections
        self.notes = notes
        self.components = components
        self.templates = templates
        self.compose = compose
        self.location = location
        self.targets = targets
        self.kubernetes = kubernetes
    }
}
