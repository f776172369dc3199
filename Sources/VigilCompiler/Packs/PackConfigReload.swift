import VigilDSL

extension RulePack {
    /// `<component>ConfigReloadFailed`: the component's last configuration reload failed (`metric` 0), so it
    /// still runs the previous configuration. Prometheus and Alertmanager report it alike.
    func configReloadFailed(component: String, metric: Gauge<NoLabels>) -> PackAlertDefinition {
        flag(
            metric.name, bad: 0, good: 1,
            summary: "\(component) {{ $labels.instance }} failed to reload its configuration",
            description: "The last configuration reload failed; \(component) still runs the previous one.",
            meaning:
                "\(component) rejected the configuration it was asked to reload and keeps running the previous "
                + "one: what the stack last generated is not in force.",
            firstSteps: [
                "Read \(component)'s log for the reload error; it names the file and the field.",
                "Run `specs validate` on the stack, fix the spec, regenerate and reload again.",
            ],
            stories: ("when the last reload failed", "when it succeeded"))
    }
}
