/// The dead man's switch: the always-firing `Watchdog` alert goes to its own receiver (a service such as
/// Dead Man's Snitch or healthchecks.io that pages when the notifications stop), ahead of every other route.
public struct Watchdog: Hashable, Sendable {
    /// Where the Watchdog's notifications go.
    public let receiver: Receiver
    /// How often the notification repeats while everything works. The dead man's switch must expect a
    /// notification at least this often: set its period a little longer.
    public let repeatInterval: Duration
    /// Where the watchdog was declared.
    public let location: SourceLocation

    /// Routes the `Watchdog` alert to `receiver`, repeating its notification every `repeatInterval`.
    public init(
        to receiver: Receiver, repeatInterval: Duration = .hours(1),
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.receiver = receiver
        self.repeatInterval = repeatInterval
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// The alert name it routes.
    public static let alertname = "Watchdog"
}
