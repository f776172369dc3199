/// One tier of multi-window, multi-burn-rate alerting (the SRE Workbook's method): the alert fires while the
/// error ratio over both a long and a short window exceeds `factor` times the error budget. The long window
/// makes the alert significant, the short one makes it stop soon after the problem does.
///
/// A tier's burn rate is given directly (`.page(factor: 14, ...)`) or as the share of the whole window's
/// budget that may be spent within the long window (`.page(budgetShare: 2%, ...)`), from which the factor
/// follows as share × SLO window / long window: 2% of a 30-day budget within 1h is a burn rate of 14.4.
public struct BurnRateTier: Sendable {
    /// Who is told: someone now, or a ticket for working hours.
    public enum Urgency: String, Hashable, Sendable, CaseIterable {
        /// Pages: the alert has severity `critical`.
        case page
        /// Opens a ticket: the alert has severity `warning`.
        case ticket

        /// The severity label of the alert that carries the tier.
        public var severity: Severity {
            switch self {
            case .page: .critical
            case .ticket: .warning
            }
        }
    }

    /// How fast the budget must burn for the tier to fire.
    public enum Rate: Hashable, Sendable {
        /// A multiple of the sustainable rate (1 spends the budget exactly over the SLO's window).
        case factor(ExactDecimal)
        /// The share of the window's budget spent within the long window.
        case budgetShare(Percent)
    }

    /// Page or ticket.
    public let urgency: Urgency
    /// The burn rate that fires it.
    public let rate: Rate
    /// The window over which the burn must be significant.
    public let longWindow: Duration
    /// The window that confirms the burn is still going on.
    public let shortWindow: Duration
    /// Where the tier was written.
    public let location: SourceLocation

    /// A tier; usually written through ``page(factor:long:short:fileID:filePath:line:column:)`` and its siblings.
    public init(
        _ urgency: Urgency, _ rate: Rate, long longWindow: Duration, short shortWindow: Duration,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.urgency = urgency
        self.rate = rate
        self.longWindow = longWindow
        self.shortWindow = shortWindow
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// A paging tier firing at `factor` times the sustainable burn rate.
    public static func page(
        factor: ExactDecimal, long: Duration, short: Duration,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> BurnRateTier {
        BurnRateTier(
            .page, .factor(factor), long: long, short: short, fileID: fileID, filePath: filePath, line: line,
            column: column)
    }

    /// A paging tier firing when `budgetShare` of the window's budget is spent within `long`.
    public static func page(
        budgetShare: Percent, long: Duration, short: Duration,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> BurnRateTier {
        BurnRateTier(
            .page, .budgetShare(budgetShare), long: long, short: short, fileID: fileID, filePath: filePath,
            line: line, column: column)
    }

    /// A ticket tier firing at `factor` times the sustainable burn rate.
    public static func ticket(
        factor: ExactDecimal, long: Duration, short: Duration,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> BurnRateTier {
        BurnRateTier(
            .ticket, .factor(factor), long: long, short: short, fileID: fileID, filePath: filePath, line: line,
            column: column)
    }

    /// A ticket tier firing when `budgetShare` of the window's budget is spent within `long`.
    public static func ticket(
        budgetShare: Percent, long: Duration, short: Duration,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> BurnRateTier {
        BurnRateTier(
            .ticket, .budgetShare(budgetShare), long: long, short: short, fileID: fileID, filePath: filePath,
            line: line, column: column)
    }

    /// The SRE Workbook's tiers, by budget share so that they suit any window; for 30 days they page at 14.4x
    /// over 1h and 5m and at 6x over 6h and 30m, and open a ticket at 3x over 1d and 2h and at 1x over 3d and 6h.
    public static let standard: [BurnRateTier] = [
        .page(budgetShare: 2%, long: .hours(1), short: .minutes(5)),
        .page(budgetShare: 5%, long: .hours(6), short: .minutes(30)),
        .ticket(budgetShare: 10%, long: .days(1), short: .hours(2)),
        .ticket(budgetShare: 10%, long: .days(3), short: .hours(6)),
    ]
}
