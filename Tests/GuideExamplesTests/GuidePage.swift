import Vigil

/// A page of the user guide with examples: its Markdown file in `docs/guide/`, the Swift file of `Pages/` that
/// holds its examples, and the stacks those examples make.
struct GuidePage: Sendable, CustomStringConvertible {
    /// The Markdown file's name in `docs/guide/`.
    let document: String
    /// The examples' file name in `Tests/GuideExamplesTests/Pages/`.
    let examples: String
    /// The stacks that use every example of the page.
    let stacks: [Stack]
    /// The ids of the warnings the page's stacks may get: the alerts that only carry what a page shows (its
    /// queries, the alerts its routes take, an exporter's alert, a corrected query) have no tests
    /// (`untested-alert`), and Vigil cannot test a hand-written SLO indicator (`slo-untested`).
    var allowedWarnings: Set<String> = []
    /// Whether the generated stacks are run through promtool, amtool and docker-compose, as `specs validate`
    /// does: for the pages whose examples have alert tests, SLOs, routing expectations or rule packs.
    let provenWithTools: Bool

    var description: String { document }

    /// Every page with examples, in the guide's order.
    static let all: [GuidePage] = [
        GuidePage(
            document: "getting-started.md", examples: "GettingStarted.swift", stacks: [Storefront.stack],
            provenWithTools: true),
        GuidePage(
            document: "metrics.md", examples: "Metrics.swift", stacks: [Shop.metricsStack], provenWithTools: false),
        GuidePage(
            document: "queries.md", examples: "Queries.swift", stacks: [Shop.queriesStack],
            allowedWarnings: ["untested-alert"],
            provenWithTools: false),
        GuidePage(document: "alerts.md", examples: "Alerts.swift", stacks: [Shop.alertsStack], provenWithTools: true),
        GuidePage(
            document: "slos.md", examples: "SLOs.swift", stacks: [Shop.slosStack],
            allowedWarnings: ["slo-untested", "untested-alert"], provenWithTools: true),
        GuidePage(
            document: "routing.md", examples: "Routing.swift", stacks: [Shop.routingStack],
            allowedWarnings: ["untested-alert"],
            provenWithTools: true),
        GuidePage(
            document: "dashboards.md", examples: "Dashboards.swift", stacks: [Shop.dashboardsStack],
            provenWithTools: false),
        GuidePage(
            document: "components.md", examples: "Components.swift",
            stacks: [Shop.componentsStack, Shop.selfPacksStack, Shop.componentPacksStack],
            allowedWarnings: ["untested-alert"], provenWithTools: true),
        GuidePage(
            document: "secrets.md", examples: "Secrets.swift", stacks: [Shop.secretsStack], provenWithTools: false),
        GuidePage(
            document: "deployment.md", examples: "Deployment.swift",
            stacks: [
                Shop.composeStack, Shop.configOnly, Shop.kubernetesStack, Shop.remoteWriteStack,
                Shop.highlyAvailableStack,
            ],
            provenWithTools: false),
        GuidePage(
            document: "documentation.md", examples: "Documentation.swift", stacks: [Shop.documentationStack],
            allowedWarnings: ["untested-alert"], provenWithTools: false),
    ]

    /// The pages without Swift examples: the index, the command line and the diagnostics.
    static let withoutExamples = ["README.md", "cli.md", "diagnostics.md"]
}
