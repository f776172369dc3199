import VigilCompiler

/// The loopback ports of one local run: the real Prometheus (each replica) and Alertmanager (each peer), the
/// webhook sink, and one test exporter port per target.
public struct LocalAddresses: Sendable {
    /// The port of each Prometheus replica, in the order of ``ResolvedPrometheus/replicas``.
    public var prometheus: [Int]
    /// The port of each Alertmanager peer, in the order of ``ResolvedAlertmanager/peers``.
    public var alertmanager: [Int]
    /// The webhook sink's port.
    public var sink: Int
    /// The port serving each target.
    public var targets: [LocalTarget: Int]

    /// Creates the addresses of a run with several replicas or peers.
    public init(prometheus: [Int], alertmanager: [Int], sink: Int, targets: [LocalTarget: Int]) {
        self.prometheus = prometheus
        self.alertmanager = alertmanager
        self.sink = sink
        self.targets = targets
    }

    /// Creates the addresses of a run with one Prometheus and one Alertmanager.
    public init(prometheus: Int, alertmanager: Int, sink: Int, targets: [LocalTarget: Int]) {
        self.init(prometheus: [prometheus], alertmanager: [alertmanager], sink: sink, targets: targets)
    }

    /// `127.0.0.1:<port>`.
    public static func loopback(_ port: Int) -> String { "127.0.0.1:\(port)" }

    /// The URL the sink records a receiver's notifications under: `http://127.0.0.1:<sink>/<receiver>`.
    public func sinkURL(receiver: String) -> String {
        "http://\(Self.loopback(sink))/\(receiver.addingPercentEscapesForPath)"
    }
}

extension String {
    /// The string with every byte outside unreserved URL characters percent-escaped.
    var addingPercentEscapesForPath: String {
        var escaped = ""
        for byte in utf8 {
            let character = Character(Unicode.Scalar(byte))
            if character.isASCII && (character.isLetter || character.isNumber || "-._~".contains(character)) {
                escaped.append(character)
            } else {
                escaped += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return escaped
    }

    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}
