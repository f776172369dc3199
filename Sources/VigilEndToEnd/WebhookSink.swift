import Foundation

/// Records the notifications Alertmanager posts: each receiver of the local profile posts to
/// `/<receiver name>`.
final class WebhookSink: Sendable {
    /// One notification: the webhook payload, and the receiver whose URL it was posted to.
    struct Notification: Decodable, Sendable {
        /// An alert of the notification.
        struct Alert: Decodable, Sendable {
            var status: String
            var labels: [String: String]
            var annotations: [String: String]
        }

        /// The receiver named in the URL.
        var receiverInURL: String = ""
        /// The receiver named in the payload.
        var receiver: String
        /// `firing` or `resolved`.
        var status: String
        var alerts: [Alert]
        var groupLabels: [String: String]

        enum CodingKeys: String, CodingKey {
            case receiver, status, alerts, groupLabels
        }
    }

    private let received = Locked<[Notification]>([])
    private let server: HTTPServer

    /// Starts listening.
    init() throws {
        let received = self.received
        server = try HTTPServer { request in
            guard request.method == "POST",
                var notification = try? JSONDecoder().decode(Notification.self, from: Data(request.body))
            else { return .text("expected a webhook POST\n", status: 400) }
            notification.receiverInURL =
                String(request.path.dropFirst()).removingPercentEncoding ?? String(request.path.dropFirst())
            received.withLock { $0.append(notification) }
            return .text("recorded\n")
        }
    }

    /// The port it listens on.
    var port: Int { server.port }

    /// Every notification so far, in arrival order.
    var notifications: [Notification] { received.withLock { $0 } }

    /// Stops listening.
    func stop() {
        server.stop()
    }
}
