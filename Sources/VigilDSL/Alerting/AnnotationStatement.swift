/// A statement of an alert's `annotations:` block.
public protocol AnnotationStatement: Sendable {
    /// The annotation it declares.
    var annotation: AlertAnnotation { get }
}

/// One line saying what is wrong: the notification's title (`summary`).
public struct AlertSummary: AnnotationStatement {
    public let annotation: AlertAnnotation

    /// The summary text, possibly a Go template.
    public init(
        _ text: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        annotation = AlertAnnotation("summary", text, fileID: fileID, filePath: filePath, line: line, column: column)
    }
}

/// Details: what is affected, how much, since when (`description`).
public struct AlertDescription: AnnotationStatement {
    public let annotation: AlertAnnotation

    /// The description text, possibly a Go template.
    public init(
        _ text: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        annotation = AlertAnnotation(
            "description", text, fileID: fileID, filePath: filePath, line: line, column: column)
    }
}

/// The runbook to follow (`runbook_url`).
public struct Runbook: AnnotationStatement {
    public let annotation: AlertAnnotation

    /// The runbook's URL.
    public init(
        _ url: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        annotation = AlertAnnotation("runbook_url", url, fileID: fileID, filePath: filePath, line: line, column: column)
    }
}

/// The dashboard that shows the problem (`dashboard_url`).
public struct DashboardURL: AnnotationStatement {
    public let annotation: AlertAnnotation

    /// The dashboard's URL.
    public init(
        _ url: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        annotation = AlertAnnotation(
            "dashboard_url", url, fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
