import Foundation

/// A blocking HTTP/1.0 client for the loopback APIs of Prometheus and Alertmanager (HTTP/1.0, so that
/// responses are never chunked).
struct HTTPClient: Sendable {
    /// A request that got no usable answer.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The port of the server on 127.0.0.1.
    var port: Int

    /// The status and body of `GET path`.
    func get(_ path: String) throws -> (status: Int, body: Data) {
        let socket: Socket
        do {
            socket = try Socket.connected(port: port)
        } catch {
            throw Failure(description: "GET http://127.0.0.1:\(port)\(path): \(error)")
        }
        defer { socket.close() }
        socket.write(Array("GET \(path) HTTP/1.0\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8))
        var bytes: [UInt8] = []
        while true {
            let chunk = socket.read()
            if chunk.isEmpty { break }
            bytes += chunk
        }
        guard let headerEnd = bytes.firstRange(of: Array("\r\n\r\n".utf8))?.upperBound,
            let statusLine = String(decoding: bytes[..<headerEnd], as: UTF8.self).split(separator: "\r\n").first,
            let status = statusLine.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
        else { throw Failure(description: "GET http://127.0.0.1:\(port)\(path): no HTTP response") }
        return (status, Data(bytes[headerEnd...]))
    }

    /// The JSON body of `GET path`, decoded; a status other than 200 is an error.
    func getJSON<Value: Decodable>(_ path: String, as type: Value.Type) throws -> Value {
        let (status, body) = try get(path)
        guard status == 200 else {
            throw Failure(description: "GET \(path): status \(status): \(String(decoding: body, as: UTF8.self))")
        }
        return try JSONDecoder().decode(type, from: body)
    }
}
