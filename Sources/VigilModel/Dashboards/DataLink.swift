/// A link on a panel's values, e.g. to a runbook or another dashboard. The URL may use Grafana's data-link
/// variables, such as `${__field.labels.job}` or `${__url_time_range}`.
public struct DataLink: Hashable, Sendable {
    /// The text of the link.
    public let title: String
    /// Where it goes.
    public let url: String
    /// Whether it opens in a new browser tab.
    public let opensInNewTab: Bool

    /// A link on the panel's values.
    public init(_ title: String, url: String, opensInNewTab: Bool = false) {
        self.title = title
        self.url = url
        self.opensInNewTab = opensInNewTab
    }
}
