/// A month, as Alertmanager's time intervals name it.
public enum Month: String, Hashable, Sendable, CaseIterable, Comparable {
    case january, february, march, april, may, june, july, august, september, october, november, december

    /// Orders January first.
    public static func < (lhs: Month, rhs: Month) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
