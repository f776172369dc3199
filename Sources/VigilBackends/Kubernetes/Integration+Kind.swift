import VigilModel

extension Integration {
    /// What kind of integration it is, for messages: `Jira`.
    var kind: String {
        switch self {
        case .slack: "Slack"
        case .pagerDuty: "PagerDuty"
        case .email: "email"
        case .webhook: "a webhook"
        case .opsgenie: "Opsgenie"
        case .microsoftTeams: "Microsoft Teams"
        case .microsoftTeamsV2: "Microsoft Teams (Workflows)"
        case .discord: "Discord"
        case .telegram: "Telegram"
        case .jira: "Jira"
        case .rocketChat: "Rocket.Chat"
        }
    }
}
