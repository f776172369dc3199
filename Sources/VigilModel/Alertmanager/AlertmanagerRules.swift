/// Every rule on a stack's Alertmanager, grouped by what they check.
package enum AlertmanagerRules {
    package static let all: [ValidationRule] =
        ReceiverRules.all + IntegrationRules.all + RouteRules.all + ScheduleRules.all + ExpectationRules.all
        + WatchdogRules.all
}
