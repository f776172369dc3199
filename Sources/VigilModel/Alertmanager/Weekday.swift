/// A day of the week, as Alertmanager's time intervals name it. Cases are in Alertmanager's order, Sunday
/// first, so that consecutive days can be written as one range (`monday:friday`).
public enum Weekday: String, Hashable, Sendable, CaseIterable, Comparable {
    case sunday, monday, tuesday, wednesday, thursday, friday, saturday

    /// Monday to Friday.
    public static let workdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]
    /// Saturday and Sunday.
    public static let weekend: [Weekday] = [.saturday, .sunday]

    /// Orders Sunday first, as Alertmanager does.
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
