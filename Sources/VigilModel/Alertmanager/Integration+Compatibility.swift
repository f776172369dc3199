import VigilCore

extension Integration {
    /// What the integration needs from an Alertmanager newer than 0.25, and the version that brought it.
    var newerFeature: (field: String, since: AlertmanagerVersion)? {
        switch self {
        case .webhook(let config) where config.address.secret != nil: ("webhook url_file", .v026)
        // 0.27 announced `webhook_url_file` but fails to load it ("no msteams webhook URL provided").
        case .microsoftTeams: ("msteams_configs with webhook_url_file", .v028)
        case .discord: ("discord_configs with webhook_url_file", .v028)
        case .microsoftTeamsV2: ("msteamsv2_configs", .v028)
        case .telegram(let config) where config.topic != nil: ("telegram_configs with message_thread_id", .v028)
        case .telegram: ("telegram_configs with bot_token_file", .v026)
        case .jira: ("jira_configs", .v028)
        case .rocketChat: ("rocketchat_configs", .v028)
        case .slack, .pagerDuty, .email, .webhook, .opsgenie: nil
        }
    }
}

extension AlertmanagerVersion {
    /// The release whose `amtool` checks the generated configuration, and the one the compose file runs.
    static let verifiable = AlertmanagerVersion.v028
    /// The oldest release Vigil writes configuration for.
    static let oldestSupported = AlertmanagerVersion.v025
}

extension ResolvedAlertmanager {
    /// The oldest Alertmanager that loads the generated configuration: 0.25, or the version that brought the
    /// newest field a receiver uses.
    public var requiredVersion: AlertmanagerVersion {
        receivers.flatMap(\.integrations).compactMap(\.newerFeature?.since).max() ?? .oldestSupported
    }
}
