/// An HTTP request as the loopback servers see it.
struct HTTPRequest: Sendable {
    /// `GET`, `POST`, ...
    var method: String
    /// The path and query.
    var path: String
    /// The body.
    var body: [UInt8]
}

/// An HTTP response.
struct HTTPResponse: Sendable {
    /// The status code.
    var status: Int
    /// The `Content-Type`.
    var contentType: String = "text/plain; charset=utf-8"
    /// The body.
    var body: [UInt8] = []

    /// A text response.
    static func text(_ text: String, status: Int = 200, contentType: String = "text/plain; charset=utf-8")
        -> HTTPResponse
    {
        HTTPResponse(status: status, contentType: contentType, body: Array(text.utf8))
    }

    /// The response as bytes on the wire; the connection closes after it.
    var wire: [UInt8] {
        let reason = status == 200 ? "OK" : "Error"
        let head =
            "HTTP/1.1 \(status) \(reason)\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n"
            + "Connection: close\r\n\r\n"
        return Array(head.utf8) + body
    }
}
