/// How an import writes its rules' queries: with the typed query builder (some of them around raw `PromQL`
/// fragments for parts the builder cannot express), or whole as raw `PromQL`.
public struct RuleQueryStyles: Hashable, Sendable, CustomStringConvertible {
    /// The rules written with the typed builder.
    public var typed = 0
    /// Of those, the ones that embed raw `PromQL` fragments.
    public var typedWithFragments = 0
    /// The rules written as raw `PromQL`.
    public var raw = 0

    /// The styles of the rules of `services`, as `RulesSource` writes them.
    init(services: [ImportedService]) {
        let translator = TypedQueryTranslator(services: services)
        for rule in services.flatMap(\.rules) {
            guard let query = translator.query(of: rule) else {
                raw += 1
                continue
            }
            typed += 1
            if query.fragments > 0 { typedWithFragments += 1 }
        }
    }

    public var description: String {
        "\(typed) rules written with the typed query builder (\(typedWithFragments) of them embed raw PromQL "
            + "fragments), \(raw) as raw PromQL"
    }
}
