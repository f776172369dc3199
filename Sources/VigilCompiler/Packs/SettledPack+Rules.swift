import VigilModel

extension SettledPack {
    /// The pack's alerts in `group` (its subject's service's), each with a test where its fault holds and it
    /// fires and one where the target is healthy and it stays quiet, all attributed to the subject's declaration.
    /// A condition written as PromQL text is parsed here, once.
    func rules(in group: ResolvedRuleGroup) -> PackRules {
        let location = subject.location
        var rules = PackRules()
        for (alert, settled, pack, definition) in deployed {
            let name = alert.alertName
            let at = Duration.minutes(Int64(pack.evaluationMinute))
            rules.alerts.append(
                group.alert(
                    name, severity: settled.severity, labels: settled.labels,
                    expression: ResolvedExpression(
                        tree: definition.expression, rawText: nil, syntaxError: nil, location: location),
                    duration: settled.duration,
                    annotations: [
                        ResolvedAnnotation(key: "summary", value: definition.summary, location: location),
                        ResolvedAnnotation(key: "description", value: definition.description, location: location),
                    ], location: location))
            let firing = AlertExpectation.Firing(labels: definition.firingLabels, value: definition.firingValue)
            rules.tests += [
                PackRules.test(
                    "\(name) fires \(definition.faultStory)", of: group, series: definition.fault,
                    expecting: AlertExpectation(alertName: name, time: at, firing: [firing], location: location),
                    at: location),
                PackRules.test(
                    "\(name) stays quiet \(definition.healthyStory)", of: group, series: definition.healthy,
                    expecting: AlertExpectation(alertName: name, time: at, firing: [], location: location),
                    at: location),
            ]
        }
        return rules
    }
}
