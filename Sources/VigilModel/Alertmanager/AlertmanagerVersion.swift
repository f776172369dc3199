/// An Alertmanager release line, for what a generated configuration may use.
///
/// Vigil writes only fields the stack's `compatibility` version understands. The default, 0.28, is the release
/// the generated compose file runs and the one whose `amtool` checks the configuration; declare an older one
/// when the configuration must also load in an older Alertmanager, and a receiver that needs a newer one stops
/// generation, naming the release that brought it.
public struct AlertmanagerVersion: ReleaseLine {
    /// The major version.
    public let major: Int
    /// The minor version.
    public let minor: Int

    /// Version `major.minor`.
    public init(_ major: Int, _ minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// 0.25, the oldest release Vigil writes configuration for: it brought `*_file` secrets for PagerDuty and
    /// SMTP, and time zones in time intervals.
    public static let v025 = AlertmanagerVersion(0, 25)
    /// 0.26: Microsoft Teams (with the URL written out), webhook `url_file`, Telegram `bot_token_file`, the
    /// `trimSpace` template function.
    public static let v026 = AlertmanagerVersion(0, 26)
    /// 0.27: UTF-8 label names and matchers. Its `webhook_url_file` for Microsoft Teams and Discord does not
    /// load (fixed in 0.28).
    public static let v027 = AlertmanagerVersion(0, 27)
    /// 0.28, the version the generated compose file runs: Microsoft Teams through Workflows (`msteamsv2`),
    /// Jira, Rocket.Chat, a working `webhook_url_file`, Telegram topics, and the `date`, `tz`, `since` and
    /// `humanizeDuration` template functions.
    public static let v028 = AlertmanagerVersion(0, 28)
}
