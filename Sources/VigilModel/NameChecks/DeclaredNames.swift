/// The names of declared things that other parts of a stack refer to by name (time intervals, dashboard
/// variables, the labels alerts carry), for checking the references: which of them name nothing declared,
/// and which declared name a misspelt one most likely meant.
///
/// `Names` is whatever the caller holds: a `Set` is searched by hash, an `Array` (a handful of names, or
/// names in the order a suggestion should prefer) one by one.
struct DeclaredNames<Names: Sequence<String>> {
    /// The declared names; on a tie, a suggestion prefers the one that comes first.
    let names: Names

    /// The names `names` declares.
    init(_ names: Names) {
        self.names = names
    }

    /// Whether `name` is declared.
    func contains(_ name: String) -> Bool {
        names.contains(name)
    }

    /// `did you mean 'x'?` for the declared name closest to `name`, or `nil` when none is close.
    func suggestion(for name: String) -> String? {
        Suggestion.hint(for: name, in: names)
    }

    /// What `report` makes of each reference, in order, whose `name` is not declared, given the suggestion for
    /// that name.
    func undeclared<Reference, Problem>(
        _ references: some Sequence<Reference>, name: (Reference) -> String,
        report: (Reference, _ suggestion: String?) -> Problem
    ) -> [Problem] {
        references.compactMap { reference in
            let referenced = name(reference)
            return contains(referenced) ? nil : report(reference, suggestion(for: referenced))
        }
    }
}
