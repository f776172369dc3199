/// The template functions that ``AlertTemplateExpander`` knows.
enum AlertTemplateFunction: String, Sendable {
    case humanize, humanize1024, humanizePercentage, humanizeDuration, humanizeTimestamp
    case toUpper, toLower, title, index, printf

    /// The calls the expander renders, for errors.
    var usage: String {
        switch self {
        case .humanize, .humanize1024, .humanizePercentage, .humanizeDuration, .humanizeTimestamp:
            "\(rawValue) is supported for $value only"
        case .toUpper, .toLower, .title: "\(rawValue) is supported for one ASCII text only"
        case .index: "index is supported as index $labels \"name\" only"
        case .printf: "printf needs a format string first"
        }
    }
}
