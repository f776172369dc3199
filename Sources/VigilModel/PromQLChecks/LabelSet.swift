/// The labels the series of a query's result carry, as far as the checker can tell.
enum LabelSet: Equatable {
    /// Exactly these labels (besides `__name__`).
    case known(Set<String>)
    /// Not known: the query involves an undeclared metric or a construct the checker does not follow.
    case unknown

    /// No labels at all.
    static let none = LabelSet.known([])

    /// Whether `label` may be on the series (`true` when unknown: no false alarms).
    func mayContain(_ label: String) -> Bool {
        switch self {
        case .known(let labels): labels.contains(label)
        case .unknown: true
        }
    }

    /// The set with `labels` added.
    func adding(_ labels: some Sequence<String>) -> LabelSet {
        guard case .known(let own) = self else { return .unknown }
        return .known(own.union(labels))
    }

    /// The set without `labels`.
    func removing(_ labels: some Sequence<String>) -> LabelSet {
        guard case .known(let own) = self else { return .unknown }
        return .known(own.subtracting(labels))
    }

    /// Only the `labels` that are in the set.
    func keeping(_ labels: some Sequence<String>) -> LabelSet {
        guard case .known(let own) = self else { return .unknown }
        return .known(own.intersection(labels))
    }

    /// The labels either set may have.
    func union(_ other: LabelSet) -> LabelSet {
        guard case .known(let others) = other else { return .unknown }
        return adding(others)
    }

    /// The labels both sets surely have.
    func intersection(_ other: LabelSet) -> LabelSet {
        guard case .known(let own) = self, case .known(let others) = other else { return .unknown }
        return .known(own.intersection(others))
    }
}
