extension ListBuilder where Element == AlertExpectation {
    /// A ``Fires`` statement.
    public static func buildExpression(_ statement: Fires) -> [AlertExpectation] { [statement.expectation] }

    /// A ``Quiet`` statement.
    public static func buildExpression(_ statement: Quiet) -> [AlertExpectation] { [statement.expectation] }
}
