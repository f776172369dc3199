import Foundation

/// A minimal HTTP/1.1 server on 127.0.0.1 at a free port: one request per connection, answered by a handler
/// on the server's own thread. Enough for Prometheus' scrapes and Alertmanager's webhooks.
final class HTTPServer: Sendable {
    /// The port it listens on.
    let port: Int
    private let socket: Socket

    /// Starts serving with `handler`.
    init(handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse) throws {
        let (socket, port) = try Socket.listening()
        self.socket = socket
        self.port = port
        let thread = Thread {
            while let client = socket.accept() {
                client.setTimeout(seconds: 5)
                if let request = Self.readRequest(from: client) {
                    client.write(handler(request).wire)
                }
                client.close()
            }
        }
        thread.start()
    }

    /// Stops accepting connections.
    func stop() {
        socket.shutDown()
    }

    /// Reads the request line, headers and a `Content-Length` body.
    static func readRequest(from client: Socket) -> HTTPRequest? {
        var bytes: [UInt8] = []
        let separator = Array("\r\n\r\n".utf8)
        var headerEnd: Int?
        while headerEnd == nil {
            let chunk = client.read()
            guard !chunk.isEmpty else { return nil }
            bytes += chunk
            headerEnd = bytes.firstRange(of: separator)?.upperBound
        }
        guard let headerEnd else { return nil }
        let head = String(decoding: bytes[..<headerEnd], as: UTF8.self)
        let lines = head.split(separator: "\r\n")
        let requestLine = lines.first?.split(separator: " ") ?? []
        guard requestLine.count >= 2 else { return nil }
        let length =
            lines.dropFirst().compactMap { line -> Int? in
                let parts = line.split(separator: ":", maxSplits: 1)
                guard parts.count == 2, parts[0].lowercased() == "content-length" else { return nil }
                return Int(parts[1].trimmingCharacters(in: .whitespaces))
            }.first ?? 0
        while bytes.count - headerEnd < length {
            let chunk = client.read()
            guard !chunk.isEmpty else { return nil }
            bytes += chunk
        }
        return HTTPRequest(
            method: String(requestLine[0]), path: String(requestLine[1]),
            body: Array(bytes[headerEnd..<(headerEnd + length)]))
    }
}
