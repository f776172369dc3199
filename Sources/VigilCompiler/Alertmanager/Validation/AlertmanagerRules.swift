/// Every rule on a stack's Alertmanager, grouped by what they check.
enum AlertmanagerRules {
    static let all: [ValidationRule] =
        ReceiverRules.all + IntegrationRules.all + RouteRules.all + ScheduleRules.all + ExpectationRules.all
        + WatchdogRules.all
}
