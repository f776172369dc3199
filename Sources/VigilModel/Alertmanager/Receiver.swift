/// A named destination for notifications: one or more integrations, or none at all.
///
/// Routes take receivers by value, so a route cannot name a receiver that does not exist:
/// ```swift
/// static let pagerDuty = Receiver("pagerduty", .pagerDuty(routingKey: .secret("pagerduty_routing_key")))
/// static let discard = Receiver("null")        // no integrations: alerts routed here notify no one
/// ```
public struct Receiver: Hashable, Sendable {
    /// The name, unique in the stack.
    public let name: String
    /// How it notifies, in the order written; empty for a receiver that discards what it gets.
    public let integrations: [Integration]
    /// Where the receiver was declared.
    public let location: SourceLocation

    /// A receiver called `name` that notifies through every one of `integrations`.
    public init(
        _ name: String, _ integrations: Integration...,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(
            name: name, integrations: integrations,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// A receiver from its parts, for code that builds receivers from data (`specs import`).
    package init(name: String, integrations: [Integration], location: SourceLocation) {
        self.name = name
        self.integrations = integrations
        self.location = location
    }

    /// Whether it has no integrations, so that alerts routed to it notify no one.
    public var isNull: Bool { integrations.isEmpty }
}
