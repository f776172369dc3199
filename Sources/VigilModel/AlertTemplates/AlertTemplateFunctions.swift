/// The functions an alert template may call in Prometheus 3.5: Go's `text/template` builtins and Prometheus's own
/// (`template/template.go`), checked name by name against `promtool check rules` 3.5.3, which reports any other name
/// as `function "x" not defined`. `toDuration`, `now` and `urlQueryEscape` came after 3.5; `tmpl` exists in console
/// templates only.
enum AlertTemplateFunctions {
    /// Go's builtins.
    static let builtins: Set<String> = [
        "and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf", "println", "urlquery",
        "eq", "ge", "gt", "le", "lt", "ne",
    ]

    /// Prometheus 3.5's functions.
    static let prometheus: Set<String> = [
        "query", "first", "label", "value", "strvalue", "args", "reReplaceAll", "safeHtml", "match", "title",
        "toUpper", "toLower", "graphLink", "tableLink", "sortByLabel", "stripPort", "stripDomain", "humanize",
        "humanize1024", "humanizeDuration", "humanizePercentage", "humanizeTimestamp", "toTime", "pathPrefix",
        "externalURL", "parseDuration",
    ]

    /// Every name a template may call.
    static let all = builtins.union(prometheus)
}
