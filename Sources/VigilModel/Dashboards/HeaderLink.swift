/// A link in a dashboard's header: to a web page, or to the dashboards with some tags.
public struct HeaderLink: Hashable, Sendable {
    /// Where a link goes.
    public enum Target: Hashable, Sendable {
        /// A web page.
        case url(String)
        /// The dashboards with all of these tags.
        case dashboards(tags: [String])
    }

    /// The text of the link (for tagged dashboards, of the dropdown).
    public let title: String
    /// Where it goes.
    public let target: Target
    /// Shown when hovering the link.
    public let tooltip: String
    /// Whether tagged dashboards are listed in a dropdown rather than side by side.
    public let asDropdown: Bool
    /// Whether the link carries the current variable values.
    public let includesVariables: Bool
    /// Whether the link carries the current time range.
    public let keepsTime: Bool
    /// Whether it opens in a new browser tab.
    public let opensInNewTab: Bool

    /// A link to a web page, e.g. a runbook index.
    public static func url(
        _ title: String, _ url: String, tooltip: String = "", opensInNewTab: Bool = true
    ) -> HeaderLink {
        HeaderLink(
            title: title, target: .url(url), tooltip: tooltip, asDropdown: false, includesVariables: false,
            keepsTime: false, opensInNewTab: opensInNewTab)
    }

    /// Links to the dashboards tagged with all of `tags`, keeping the time range and variables.
    public static func dashboards(
        _ title: String, tagged tags: [String], asDropdown: Bool = true, includesVariables: Bool = true,
        keepsTime: Bool = true
    ) -> HeaderLink {
        HeaderLink(
            title: title, target: .dashboards(tags: tags), tooltip: "", asDropdown: asDropdown,
            includesVariables: includesVariables, keepsTime: keepsTime, opensInNewTab: false)
    }
}
